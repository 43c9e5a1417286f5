"""Rank the listings of one kind index for one query listing (either direction).

Four steps, one method each: *retrieve* candidates from the inverted index (best partial
scores overall and among those in reach) and keep those with subject evidence; *bound*
each one's score by its similarity and (cheap) reach; *rescore* the best bounds exactly
until nothing further can enter the top ``k``; *explain* the kept ones. Those that can
serve the group always come before those that cannot. The direction (offers for a need,
needs for an offer) is a :class:`~marketplace.matching.direction.Direction`.
"""

from __future__ import annotations

from collections.abc import KeysView
from dataclasses import dataclass, field
from datetime import date
from heapq import heappush, heapreplace

from rapidfuzz import fuzz

from . import score, trade
from .analyse import Analyser
from .direction import Direction, of
from .explain import Contribution, Explainer, Signal
from .index import FeatureTable, KindIndex
from .lexicon import Lexicon
from .settings import MatchSettings
from .subject import Query, Subjects
from .types import Listing, NeedInput, OfferInput, Suggestion


@dataclass(slots=True)
class Scored:
    """One candidate after exact rescoring."""

    score: float
    item_id: str
    slot: int
    subject: float
    signals: list[Signal]
    serves: bool = True
    contributions: list[Contribution] = field(default_factory=list)
    covers: bool = True  # meets one of the query's key concepts (Subjects.covers)


@dataclass(slots=True)
class Bounded:
    """One retrieved candidate with the best score it could reach."""

    serves: bool
    bound: float
    similarity: float
    slot: int
    reach: score.Signal
    covers: bool | None = None  # meets one of the query's key concepts (None: not asked yet)


class Ranker:
    """Score and rank candidates of one kind index for one query."""

    def __init__(
        self, analyser: Analyser, table: FeatureTable, lexicon: Lexicon, settings: MatchSettings
    ) -> None:
        self.analyser = analyser
        self.table = table
        self.lexicon = lexicon
        self.s = settings
        self.subjects = Subjects(table, lexicon, settings, analyser.inside)
        self.explainer = Explainer(analyser, settings)

    def query(self, index: KindIndex, profile: dict[str, float], kind: str = "") -> Query:
        """Build the query vector of a listing profile against ``index``'s statistics."""
        return self.subjects.query(index, profile, kind)

    def rank(
        self,
        index: KindIndex,
        probe: Listing,
        profile: dict[str, float],
        k: int,
        today: date | None,
        exclude: frozenset[str],
    ) -> list[Scored]:
        """Return the best ``k`` scored candidates for ``probe`` (need or offer)."""
        if k <= 0 or not len(index):
            return []
        direction = of(probe)
        q = self.subjects.query(index, profile, probe.kind)
        similar = self._retrieve(index, q, direction, probe, k, exclude)
        if not similar:
            return []
        bounded = self._evident(index, q, self._bound(index, direction, probe, similar))
        scored = self._rescore(index, q, direction, probe, bounded, k, today)
        for result in scored:
            result.contributions = self._contributions(index, q, result.slot)
        return scored

    def _retrieve(
        self,
        index: KindIndex,
        q: Query,
        direction: Direction,
        probe: Listing,
        k: int,
        exclude: frozenset[str],
    ) -> list[tuple[float, int]]:
        """Return (S, slot) of the candidates with enough subject evidence.

        The best partial scores come first, plus as many among those in reach; the pool
        widens until ``k`` candidates qualify or every candidate was looked at.
        """
        names, s = self.table.names, self.s
        caps = {
            f: s.posting_cap if q.origin[f] == names[f] else s.related_posting_cap
            for f in q.weights
        }
        acc = index.accumulate(q.weights, caps, q.generic)
        keys, arealess = probe.area_keys, direction.arealess_reach
        pool, seen = max(s.candidate_pool, k), set()
        similar: list[tuple[float, int]] = []
        remaining: set[int] | KeysView[int] = acc.keys()
        while remaining:
            wide = index.top(acc, None if len(remaining) == len(acc) else remaining, 4 * pool)
            batch = set(wide[:pool])
            if direction.looks_near(probe):
                near = index.reaching(wide, keys, arealess=arealess)
                if len(near) < pool and len(wide) < len(remaining):
                    reachable = index.in_reach(remaining, keys, arealess=arealess)
                    near = index.top(acc, reachable, pool)
                batch.update(near[:pool])
            seen |= batch
            for slot in batch:
                item = index.items[slot]
                if item is None or item.id in exclude:
                    continue
                sim, subject = self.subjects.similarity(index, q, slot)
                if subject >= s.min_subject:
                    similar.append((sim, slot))
            if len(similar) >= k or len(seen) >= len(acc):
                break
            remaining = acc.keys() - seen
            pool *= 4
        return similar

    def _evident(self, index: KindIndex, q: Query, bounded: list[Bounded]) -> list[Bounded]:
        """Keep the candidates with evidence of the query's subject (minimum evidence).

        A candidate meeting none of the query's key concepts (see :meth:`Subjects.covers`)
        shares only incidental words (a workshop compressor for a dive compressor, a Mandarin
        course for Japanese, a rat poison for an owl nest box wanted *to* control rats). It
        may follow the candidates that meet one (among those that can serve the group, and
        among those that cannot); without a candidate that can serve and meets one it is
        dropped, so a need nothing in reach covers gets no weak neighbour, and its key words
        show as demand without supply.
        """
        if not q.keys:
            return bounded
        if any(b.serves and self._covers(index, q, b) for b in bounded):
            return bounded
        return [b for b in bounded if self._covers(index, q, b)]

    def _covers(self, index: KindIndex, q: Query, b: Bounded) -> bool:
        """Tell (once) whether a candidate meets one of the query's key concepts."""
        if b.covers is None:
            b.covers = not q.keys or self.subjects.covers(index, q, b.slot)
        return b.covers

    def _bound(
        self,
        index: KindIndex,
        direction: Direction,
        probe: Listing,
        similar: list[tuple[float, int]],
    ) -> list[Bounded]:
        """Drop candidates below the relative floor; bound the others, best first (those
        that can serve the group before those that cannot)."""
        s, items = self.s, index.items
        floor = s.relative_floor * max(sim for sim, _slot in similar)
        bounded = []
        for sim, slot in similar:
            item = items[slot]
            if item is None:
                continue
            need, offer = direction.pair(probe, item)
            sim *= self._facing(need, offer)
            if sim < floor:
                continue
            reach = score.reach(need, offer, s)
            bound = score.bound(s, sim, reach[0])
            bounded.append(Bounded(score.can_serve(reach), bound, sim, slot, reach))
        bounded.sort(key=lambda b: (not b.serves, -b.bound, b.slot))
        return bounded

    def _rescore(
        self,
        index: KindIndex,
        q: Query,
        direction: Direction,
        probe: Listing,
        bounded: list[Bounded],
        k: int,
        today: date | None,
    ) -> list[Scored]:
        """Score the best bounds exactly until nothing further can enter the top ``k``
        (candidates that meet a key concept of the query before those that do not)."""
        scored: list[Scored] = []
        kth: list[tuple[bool, bool, float]] = []  # min-heap of the k best (serves, covers,
        # score) so far
        for b in bounded:
            if len(kth) >= k and (b.serves, True, b.bound) < kth[0]:
                break
            if len(kth) >= k and (b.serves, self._covers(index, q, b), b.bound) < kth[0]:
                continue
            result = self._score(index, q, direction, probe, b, today)
            if result is None:
                continue
            scored.append(result)
            key = (result.serves, result.covers, result.score)
            if len(kth) < k:
                heappush(kth, key)
            elif key > kth[0]:
                heapreplace(kth, key)
        scored.sort(key=lambda r: (not r.serves, not r.covers, -r.score, r.item_id))
        del scored[k:]
        return scored

    def _score(
        self,
        index: KindIndex,
        q: Query,
        direction: Direction,
        probe: Listing,
        b: Bounded,
        today: date | None,
    ) -> Scored | None:
        """Score one candidate exactly (hard rules, then the soft signals)."""
        item = index.items[b.slot]
        if item is None:
            return None
        need, offer = direction.pair(probe, item)
        if not score.compatible(need, offer, today):
            return None
        s = self.s
        signals = self._signals(index, q, b.slot, need, offer, b.reach, today)
        values = {name: signal[0] for name, signal in signals.items()}
        parts = score.contributions(s, b.similarity, values)
        return Scored(
            score=score.total(s, b.similarity, values),
            item_id=item.id,
            slot=b.slot,
            subject=b.similarity,
            signals=[(code, params, parts[name]) for name, (_v, code, params) in signals.items()],
            serves=b.serves,
            covers=self._covers(index, q, b),
        )

    def _signals(
        self,
        index: KindIndex,
        q: Query,
        slot: int,
        need: NeedInput,
        offer: OfferInput,
        reach: score.Signal,
        today: date | None,
    ) -> dict[str, score.Signal]:
        """Return the soft signals of one pair (see MatchSettings, step 5)."""
        s = self.s
        text = fuzz.token_set_ratio(q.subject, index.subject(slot)) / 100.0
        return {
            "reach": reach,
            "capacity": score.capacity(need, offer, s),
            "dates": score.dates(need, offer, s, today),
            "verified": score.verified(offer),
            "reputation": score.reputation(offer, s),
            "text": (text, "text", (("ratio", str(round(text * 100))),)),
        }

    def parts(
        self,
        index: KindIndex,
        need: NeedInput,
        profile: dict[str, float],
        offer_id: str,
        today: date | None = None,
    ) -> tuple[float, dict[str, float]] | None:
        """Return (S, signal values) of one need with one indexed offer, whatever its rank:
        what a score is made of, for replaying recorded decisions (None if the hard rules
        part them or the offer is not indexed)."""
        slot = index.slot_of.get(offer_id)
        offer = index.items[slot] if slot is not None else None
        if slot is None or not isinstance(offer, OfferInput):
            return None
        if not score.compatible(need, offer, today):
            return None
        q = self.subjects.query(index, profile, need.kind)
        similarity = self.subjects.similarity(index, q, slot)[0] * self._facing(need, offer)
        reach = score.reach(need, offer, self.s)
        signals = self._signals(index, q, slot, need, offer, reach, today)
        return similarity, {name: signal[0] for name, signal in signals.items()}

    def _facing(self, need: NeedInput, offer: OfferInput) -> float:
        """``off_subject_factor`` for a market pair facing the same way (both selling, or
        both buying: see :mod:`~marketplace.matching.trade`), else 1."""
        if need.kind == "market" and trade.same_way(need.title, offer.title):
            return self.s.off_subject_factor
        return 1.0

    def _contributions(self, index: KindIndex, q: Query, slot: int) -> list[Contribution]:
        """Return which features of a kept candidate met the query, and how much."""
        names, origin = self.table.names, q.origin
        return [
            (names[fid], origin[fid], c) for fid, c in self.subjects.matched(index, q, slot).items()
        ]

    def suggestions(
        self,
        probe: Listing,
        index: KindIndex,
        ranked: list[Scored],
        explain: bool = True,
        analysed: dict[str, float] | None = None,
    ) -> list[Suggestion]:
        """Explain ranked pairs as :class:`Suggestion` objects (no reasons unless ``explain``);
        ``analysed``: the probe's profile as the analyser gives it now, if already at hand."""
        if not ranked:
            return []
        direction = of(probe)
        if not explain:
            return [
                Suggestion(*direction.ids(probe.id, r.item_id), round(r.score, 6), (), r.serves)
                for r in ranked
            ]
        words = self.analyser.evidence(probe.title, probe.description, probe.tags)
        need_profile = None
        if direction.query_is_need:
            need_profile = analysed or self.analyser.profile(
                probe.title, probe.description, probe.tags
            )
        found = []
        for r in ranked:
            item = index.items[r.slot]
            assert item is not None  # ranked just now from live slots
            found.append(self.explainer.suggestion(direction, probe, item, r, words, need_profile))
        return found
