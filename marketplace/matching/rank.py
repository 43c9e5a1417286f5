"""Rank the listings of one kind index for one query listing (either direction).

Steps: build the query vector (IDF-weighted, related concepts at partial credit), gather
candidates from the inverted index (best partial scores overall and among those in reach),
rescore them exactly (cosine subject similarity, hard rules, relevance floor, soft signals,
rapidfuzz text similarity), sort by score then id, and explain the top ``k``.
"""

from __future__ import annotations

from collections.abc import KeysView
from dataclasses import dataclass
from datetime import date
from heapq import heappush, heapreplace

from rapidfuzz import fuzz

from . import score
from .analyse import Analyser
from .explain import Contribution, signal_reason, subject_reasons, unmatched_reason
from .index import FeatureTable, KindIndex
from .lexicon import Lexicon
from .settings import MatchSettings
from .types import NeedInput, OfferInput, Reason, Suggestion

_EVIDENCE_CACHE = 50_000


@dataclass(slots=True)
class Query:
    """A query listing turned into index terms."""

    weights: dict[int, float]  # feature id -> expanded weight * idf^2 (features in the index)
    origin: dict[int, str]  # feature id -> the query feature it stands for
    generic: set[int]  # feature ids that are generic words
    norm: float
    subject: str  # subject words, for the rapidfuzz text similarity
    related_of: dict[int, int]  # feature id of a related concept -> the query feature's id
    permits: frozenset[int]  # the query's own permit concepts
    meets_permit: frozenset[int]  # features that meet one of them (themselves or related)
    activities: frozenset[int]  # the query's own activity concepts (cultivation, processing)


@dataclass(slots=True)
class Scored:
    """One candidate after exact rescoring."""

    score: float
    item_id: str
    slot: int
    subject: float
    contributions: list[Contribution]
    signals: list[tuple[str, tuple[tuple[str, str], ...], float]]
    serves: bool = True


class Ranker:
    """Score and rank candidates of one kind index for one query."""

    def __init__(
        self, analyser: Analyser, table: FeatureTable, lexicon: Lexicon, settings: MatchSettings
    ) -> None:
        self.analyser = analyser
        self.table = table
        self.lexicon = lexicon
        self.s = settings
        self._related = {
            f"c:{key}": tuple(f"c:{rel}" for rel in rels) for key, rels in lexicon.related.items()
        }
        self._evidence: dict[int, tuple[object, dict[str, str]]] = {}  # id(item) -> words
        self._roles: dict[int, str] = {}

    def query(self, index: KindIndex, profile: dict[str, float]) -> Query:
        """Build the query vector of a listing profile against ``index``'s statistics."""
        expanded: dict[str, tuple[float, str]] = {name: (w, name) for name, w in profile.items()}
        related, credit_share = self._related, self.s.related_credit
        for name, w in profile.items():
            for rname in related.get(name, ()):
                credit = w * credit_share
                if credit > expanded.get(rname, (0.0, ""))[0]:
                    expanded[rname] = (credit, name)
        norm2 = 0.0
        get_fid, df = self.table.ids.get, index.df
        for name, w in profile.items():
            fid = get_fid(name)
            if name.startswith("c:") or (fid is not None and df.get(fid)):
                norm2 += (w * index.idf(fid)) ** 2
        weights, origin, generic = {}, {}, set()
        related_of: dict[int, int] = {}
        for name, (w, src) in expanded.items():
            fid = get_fid(name)
            if fid is None or not df.get(fid):
                continue
            idf = index.idf(fid)
            weights[fid] = w * idf * idf
            origin[fid] = src
            if name.startswith("g:"):
                generic.add(fid)
            if src != name:
                related_of[fid] = self.table.add(src)
        permits = frozenset(
            self.table.add(n)
            for n in profile
            if n.startswith("c:") and n[2:] in self.lexicon.permits
        )
        # what answers a permit: the permit itself, a related one, or a concept of the
        # permit's own sector (packaging for a PIRT need), never the permitted product alone
        concepts = self.lexicon.concepts
        sectors = {concepts[self.table.names[f][2:]].sector for f in permits}
        near = {
            self.table.add(n)
            for n in profile
            if n.startswith("c:") and n[2:] in concepts and concepts[n[2:]].sector in sectors
        }
        meets = frozenset(
            f for f in weights if f in permits or f in near or related_of.get(f) in permits
        )
        activities = frozenset(
            fid
            for n in profile
            if n.startswith("c:") and n[2:] in self.lexicon.roles["activity"]
            for fid in [self.table.add(n)]
        )
        subject = " ".join(sorted(n[2:] for n in profile if not n.startswith("g:")))
        return Query(
            weights,
            origin,
            generic,
            norm2**0.5 or 1.0,
            subject,
            related_of,
            permits,
            meets,
            activities,
        )

    def _role(self, fid: int) -> str:
        """Return the lexicon role of a feature ("" for none), cached per feature id."""
        found = self._roles.get(fid)
        if found is None:
            name = self.table.names[fid]
            found = ""
            if name.startswith("c:"):
                concept = self.lexicon.concepts.get(name[2:])
                found = concept.role if concept is not None else ""
            self._roles[fid] = found
        return found

    def rank(
        self,
        index: KindIndex,
        probe: NeedInput | OfferInput,
        profile: dict[str, float],
        k: int,
        today: date | None,
        exclude: frozenset[str],
    ) -> list[Scored]:
        """Return the best ``k`` scored candidates for ``probe`` (need or offer)."""
        if k <= 0 or not len(index):
            return []
        q = self.query(index, profile)
        names = self.table.names
        caps = {
            f: self.s.posting_cap if q.origin[f] == names[f] else self.s.related_posting_cap
            for f in q.weights
        }
        acc = index.accumulate(q.weights, caps, q.generic)
        probe_is_need = isinstance(probe, NeedInput)
        keys = probe.area_keys
        pool, seen = max(self.s.candidate_pool, k), set()
        similar: list[tuple[float, float, int]] = []  # (S, subject part, slot)
        remaining: set[int] | KeysView[int] = acc.keys()
        while remaining:
            wide = index.top(acc, None if len(remaining) == len(acc) else remaining, 4 * pool)
            batch = set(wide[:pool])
            if probe_is_need or probe.area_keys:
                near = index.reaching(wide, keys, arealess=probe_is_need)
                if len(near) < pool and len(wide) < len(remaining):
                    reachable = index.in_reach(remaining, keys, arealess=probe_is_need)
                    near = index.top(acc, reachable, pool)
                batch.update(near[:pool])
            seen |= batch
            for slot in batch:
                item = index.items[slot]
                if item is None or item.id in exclude:  # type: ignore[attr-defined]
                    continue
                sim = self._similarity(index, q, slot)
                if sim[1] >= self.s.min_subject:
                    similar.append((sim[0], sim[1], slot))
            if len(similar) >= k or len(seen) >= len(acc):
                break
            remaining = acc.keys() - seen
            pool *= 4
        if not similar:
            return []
        floor = self.s.relative_floor * max(x[0] for x in similar)
        # bound each candidate's score by S and its (cheap) reach, best bound first
        s = self.s
        rest = s.w_capacity + s.w_dates + s.w_verified + s.w_reputation + s.w_text
        bounded = []
        reaches: dict[int, score.Signal] = {}
        items = index.items
        for sim, _subject, slot in similar:
            if sim < floor:
                continue
            item = items[slot]
            need, offer = (probe, item) if probe_is_need else (item, probe)
            reach = reaches[slot] = score.reach(need, offer, s)  # type: ignore[arg-type]
            serves = score.can_serve(reach)
            bound = sim * (s.subject_share + s.w_reach * reach[0] + rest)
            bounded.append((serves, bound, sim, slot))
        # those that can serve the group first: one that cannot never ranks above them
        bounded.sort(key=lambda x: (not x[0], -x[1], x[3]))
        scored: list[Scored] = []
        kth: list[tuple[bool, float]] = []  # min-heap of the k best (serves, score) so far
        for serves, bound, sim, slot in bounded:
            if len(kth) >= k and (serves, bound) < kth[0]:
                break  # nothing further can enter the top k
            result = self._score(index, q, probe, items[slot], slot, sim, today, reaches[slot])
            if result is not None:
                scored.append(result)
                key = (result.serves, result.score)
                if len(kth) < k:
                    heappush(kth, key)
                elif key > kth[0]:
                    heapreplace(kth, key)
        scored.sort(key=lambda r: (not r.serves, -r.score, r.item_id))
        del scored[k:]
        for result in scored:
            self._explain(index, q, result)
        return scored

    def _matched(self, index: KindIndex, q: Query, slot: int) -> dict[int, float]:
        """Return feature id -> contribution of what a candidate shares with the query."""
        weights = q.weights
        fids = index.fids[slot]
        return {
            fid: qw * w
            for qw, w, fid in zip(map(weights.get, fids), index.fws[slot], fids, strict=True)
            if qw is not None
        }

    def _on_subject(self, index: KindIndex, q: Query, slot: int) -> bool:
        """Tell whether a candidate is on the query's subject.

        Not when one side names a permit the other does not meet, nor when both name
        activities (cultivation, processing) and share none.
        """
        fids = index.fids[slot]
        if q.permits and not q.meets_permit.intersection(fids):
            return False
        weights, role = q.weights, self._role
        acts = shared = False
        for fid in fids:
            kind = role(fid)
            if kind == "permit" and fid not in weights:
                return False
            if kind == "activity":
                acts = True
                shared = shared or fid in q.activities
        return shared or not (acts and q.activities)

    def _similarity(self, index: KindIndex, q: Query, slot: int) -> tuple[float, float]:
        """Return the cosine similarity and its non-generic part."""
        generic = q.generic
        dot = subject_dot = 0.0
        for fid, c in self._matched(index, q, slot).items():
            dot += c
            if fid not in generic:
                subject_dot += c
        denom = q.norm * index.norms[slot]
        factor = 1.0 if self._on_subject(index, q, slot) else self.s.off_subject_factor
        return factor * dot / denom, factor * subject_dot / denom

    def _score(
        self,
        index: KindIndex,
        q: Query,
        probe: NeedInput | OfferInput,
        item: object,
        slot: int,
        similarity: float,
        today: date | None,
        reach: score.Signal,
    ) -> Scored | None:
        """Score one candidate (its explanation is left to :meth:`_explain`)."""
        need, offer = (probe, item) if isinstance(probe, NeedInput) else (item, probe)
        if not score.compatible(need, offer, today):  # type: ignore[arg-type]
            return None
        s = self.s
        parts = [
            (reach, s.w_reach),
            (score.capacity(need, offer, s), s.w_capacity),  # type: ignore[arg-type]
            (score.dates(need, offer, s, today), s.w_dates),  # type: ignore[arg-type]
            (score.verified(offer), s.w_verified),  # type: ignore[arg-type]
            (score.reputation(offer, s), s.w_reputation),  # type: ignore[arg-type]
        ]
        text = fuzz.token_set_ratio(q.subject, index.subject(slot)) / 100.0
        signals = [(code, params, similarity * w * v) for (v, code, params), w in parts]
        signals.append(("text", (("ratio", str(round(text * 100))),), similarity * s.w_text * text))
        total = similarity * s.subject_share + sum(x[2] for x in signals)
        return Scored(
            score=min(1.0, total),
            item_id=item.id,  # type: ignore[attr-defined]
            slot=slot,
            subject=similarity,
            contributions=[],
            signals=signals,
            serves=score.can_serve(reach),
        )

    def _explain(self, index: KindIndex, q: Query, scored: Scored) -> None:
        """Fill in which features of a kept candidate met the query, and how much."""
        names, origin = self.table.names, q.origin
        scored.contributions = [
            (names[fid], origin[fid], c) for fid, c in self._matched(index, q, scored.slot).items()
        ]

    def suggestions(
        self,
        probe: NeedInput | OfferInput,
        index: KindIndex,
        ranked: list[Scored],
        explain: bool = True,
    ) -> list[Suggestion]:
        """Explain ranked pairs as :class:`Suggestion` objects (no reasons unless ``explain``)."""
        if not ranked:
            return []
        if not explain:
            if isinstance(probe, NeedInput):
                pairs = [(probe.id, r.item_id, r) for r in ranked]
            else:
                pairs = [(r.item_id, probe.id, r) for r in ranked]
            return [Suggestion(n, o, round(r.score, 6), (), r.serves) for n, o, r in pairs]
        words = self.analyser.evidence(probe.title, probe.description, probe.tags)
        return [self.suggestion(probe, index.items[r.slot], r, words) for r in ranked]

    def _need_profile(self, need: NeedInput) -> dict[str, float]:
        return self.analyser.profile(need.title, need.description, need.tags)

    def _words(self, item: object) -> dict[str, str]:
        """Return a listing's evidence words (cached: the same offers win again and again)."""
        cached = self._evidence.get(id(item))
        if cached is not None and cached[0] is item:
            return cached[1]
        if len(self._evidence) >= _EVIDENCE_CACHE:
            self._evidence.clear()
        words = self.analyser.evidence(item.title, item.description, item.tags)  # type: ignore[attr-defined]
        self._evidence[id(item)] = (item, words)
        return words

    def suggestion(
        self,
        probe: NeedInput | OfferInput,
        item: object,
        scored: Scored,
        probe_words: dict[str, str] | None = None,
    ) -> Suggestion:
        """Explain one scored pair as a :class:`Suggestion`."""
        a = self.analyser
        if probe_words is None:
            probe_words = a.evidence(probe.title, probe.description, probe.tags)
        item_words = self._words(item)
        if isinstance(probe, NeedInput):
            need, offer, need_words, offer_words = probe, item, probe_words, item_words
        else:
            need, offer, need_words, offer_words = item, probe, item_words, probe_words
        if not isinstance(probe, NeedInput):
            # contributions name the need's features as items, the offer's as origins
            contributions = [(o, f, c) for f, o, c in scored.contributions]
        else:
            contributions = scored.contributions
        reasons: list[Reason] = subject_reasons(
            contributions, need_words, offer_words, scored.subject * self.s.subject_share
        )
        reasons.extend(signal_reason(code, params, w) for code, params, w in scored.signals)
        gap = unmatched_reason(
            self._need_profile(need),  # type: ignore[arg-type]
            {origin for _f, origin, _c in contributions},
            need_words,
            self.s.term_factor * self.s.title_weight,
        )
        if gap is not None:
            reasons.append(gap)
        return Suggestion(
            need_id=need.id,  # type: ignore[union-attr]
            offer_id=offer.id,  # type: ignore[union-attr]
            score=round(scored.score, 6),
            reasons=tuple(reasons),
            can_serve=scored.serves,
        )
