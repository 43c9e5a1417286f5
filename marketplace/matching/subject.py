"""Subject similarity: a query listing as index terms, and how far a candidate shares it.

The query vector holds the listing's features weighted by IDF, plus the concepts related to
its concepts at ``related_credit``. A candidate's similarity is the cosine of the two
vectors; it is scaled by ``off_subject_factor`` when the pair is off subject (a permit one
side names and the other does not meet, or activities that differ; see
:class:`~marketplace.matching.settings.MatchSettings`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .index import FeatureTable, KindIndex
from .lexicon import Lexicon
from .settings import MatchSettings


@dataclass(slots=True)
class Query:
    """A query listing turned into index terms."""

    weights: dict[int, float]  # feature id -> expanded weight * idf^2 (features in the index)
    origin: dict[int, str]  # feature id -> the query feature it stands for
    generic: set[int]  # feature ids that are generic words
    norm: float
    subject: str  # subject words, for the rapidfuzz text similarity
    permits: frozenset[int]  # the query's own permit concepts
    meets_permit: frozenset[int]  # features that answer one of them
    activities: frozenset[int]  # the query's own activity concepts (cultivation, processing)
    # (a concept the query names in earnest, its rivals the query does not name)
    rivals: tuple[tuple[int, frozenset[int]], ...] = ()
    any_rival: frozenset[int] = frozenset()  # every rival of the query, for a quick test
    # the query's key concepts (named in earnest, activities aside) and the concepts their
    # phrases hold: a candidate that meets none of them shares only incidental words
    keys: frozenset[str] = frozenset()
    own_keys: frozenset[str] = frozenset()  # the key concepts it names itself (not related)
    trade: bool = False  # a market listing: product forms gate both ways


# a permit gates a subject: a listing naming one in earnest is off the subject of one that
# meets none of its permits (and the other way round)
GATES = ("permit",)


def gates(kind: str) -> tuple[str, ...]:
    """Return the roles whose concepts a candidate must meet when a query of this kind names
    them in earnest: in trade the form of a product is part of the product too (a buyer of
    table tilapia is no buyer for tilapia fry); a course or a resource may cover several
    forms (a seed-potato course serves a potato-growing need)."""
    return (*GATES, "form") if kind == "market" else GATES


class Subjects:
    """Build queries and measure candidates' subject similarity against them."""

    def __init__(
        self,
        table: FeatureTable,
        lexicon: Lexicon,
        settings: MatchSettings,
        inside: Callable[[str], frozenset[str]] | None = None,
    ) -> None:
        self.table = table
        self.lexicon = lexicon
        self.s = settings
        self._inside = inside or (lambda key: frozenset({key}))
        self._related = {
            f"c:{key}": tuple(f"c:{rel}" for rel in rels) for key, rels in lexicon.related.items()
        }
        self._roles_seen = -1
        self._role_sets: tuple[frozenset[int], ...] = (frozenset(), frozenset(), frozenset())
        self._pair_credit = {(f"c:{a}", f"c:{b}"): c for a, b, c in settings.pair_credit}

    def query(self, index: KindIndex, profile: dict[str, float], kind: str = "") -> Query:
        """Build the query vector of a listing profile (of a listing of ``kind``) against
        ``index``'s statistics."""
        get_fid, df = self.table.ids.get, index.df
        norm2 = 0.0
        for name, w in profile.items():
            fid = get_fid(name)
            if name.startswith("c:") or (fid is not None and df.get(fid)):
                norm2 += (w * index.idf(fid)) ** 2
        weights, origin, generic = {}, {}, set()
        for name, w in profile.items():
            fid = get_fid(name)
            if fid is None or not df.get(fid):
                continue
            idf = index.idf(fid)
            weights[fid], origin[fid] = w * idf * idf, name
            if name.startswith("g:"):
                generic.add(fid)
        related_of: dict[int, str] = {}
        for fid, weight, src in self._related_weights(index, profile):
            if weight > weights.get(fid, 0.0):
                weights[fid], origin[fid], related_of[fid] = weight, src, src
        permits, meets, activities = self._roles_of(profile, weights, related_of, gates(kind))
        subject = " ".join(sorted(n[2:] for n in profile if not n.startswith("g:")))
        rivals = self._rivals_of(profile)
        return Query(
            weights,
            origin,
            generic,
            norm2**0.5 or 1.0,
            subject,
            permits,
            meets,
            activities,
            rivals,
            frozenset().union(*(ids for _own, ids in rivals)),
            *self._keys_of(profile),
            kind == "market",
        )

    def _related_weights(self, index: KindIndex, profile: dict[str, float]):
        """Yield (feature id, query weight, source concept) for the concepts related to the
        listing's concepts: ``related_credit`` (or a learnt pair's credit) of the source's
        weight, weighted by the smaller of the two concepts' IDFs: by its own IDF a related
        concept rarer than the source (banana chips beside banana) weighed more than the
        source itself, and an offer naming it outranked one naming the very subject."""
        related, credit_share, pairs = self._related, self.s.related_credit, self._pair_credit
        get_fid, df = self.table.ids.get, index.df
        for name, w in profile.items():
            rnames = related.get(name)
            if not rnames:
                continue
            source_idf = index.idf(get_fid(name))
            for rname in rnames:
                fid = get_fid(rname)
                if fid is None or not df.get(fid):
                    continue
                idf = min(index.idf(fid), source_idf)
                yield fid, w * pairs.get((name, rname), credit_share) * idf * idf, name

    def _keys_of(self, profile: dict[str, float]) -> tuple[frozenset[str], frozenset[str]]:
        """Return the listing's key concepts with the concepts related to them, and its own
        key concepts alone, as feature names: the concepts it names in earnest (activities
        aside). A product form (seed, fry) is what is wanted of a product, not the product:
        where a phrase holds a form, the concepts inside it are key (the species of *benih
        nila*), not the form; the concepts inside another phrase are parts of its subject,
        not the subject (the shellfish of *kerajinan kerang*, shell craft)."""
        concepts, earnest = self.lexicon.concepts, self.s.title_weight
        keys: set[str] = set()
        for name, w in profile.items():
            concept = concepts.get(name[2:]) if name[:2] == "c:" and w >= earnest else None
            if concept is not None and concept.role != "activity":
                inside = self._inside(concept.key)
                if not any(concepts[key].role == "form" for key in inside):
                    inside = frozenset({concept.key})
                keys.update(
                    key for key in inside if concepts[key].role != "form" and f"c:{key}" in profile
                )
        related = self.lexicon.related
        own = frozenset(f"c:{key}" for key in keys)
        return own | {f"c:{k}" for key in keys for k in related.get(key, ())}, own

    def covers(self, index: KindIndex, q: Query, slot: int) -> bool:
        """Tell whether a candidate on the query's subject meets one of its key concepts,
        exactly or through a related concept.

        Met only through a related concept, it does not when it names in earnest an activity
        the query does not name: it stands on the other side of the relation (growing
        shellfish, for shell craft; growing soybeans, for a tofu course)."""
        names, keys = self.table.names, q.keys
        met = {names[fid] for fid in self.matched(index, q, slot)}.intersection(keys)
        if not met or not self.on_subject(index, q, slot):
            return False
        if not q.own_keys.isdisjoint(met):
            return True
        return self._in_earnest(index, slot, met) and not self._acts_apart(index, q, slot)

    def _in_earnest(self, index: KindIndex, slot: int, met: set[str]) -> bool:
        """Tell whether a candidate names one of the concepts it met in earnest (title or
        tags weight): a related concept met only in passing, inside a phrase of another
        product or in a purpose clause, is a side mention (the coconut of *gula kelapa*
        for a copra need: the course is about coconut sugar)."""
        ids, earnest = self.table.ids, self.s.title_weight
        fids, fws = index.fids[slot], index.fws[slot]
        return any(fws[fids.index(ids[name])] >= earnest for name in met)

    def _acts_apart(self, index: KindIndex, q: Query, slot: int) -> bool:
        """Tell whether a candidate names in earnest an activity the query does not name."""
        fids, fws, earnest = index.fids[slot], index.fws[slot], self.s.title_weight
        return any(
            fid not in q.activities and fws[fids.index(fid)] >= earnest
            for fid in self._role_ids()[1].intersection(fids)
        )

    def _rivals_of(self, profile: dict[str, float]) -> tuple[tuple[int, frozenset[int]], ...]:
        """Return, for each concept the listing names in earnest, the rivals it does not."""
        rivals, add, earnest = self.lexicon.rivals, self.table.add, self.s.title_weight
        found = []
        for name, w in profile.items():
            others = rivals.get(name[2:]) if w >= earnest and name.startswith("c:") else None
            if others:
                ids = frozenset(add(f"c:{o}") for o in others if f"c:{o}" not in profile)
                if ids:
                    found.append((add(name), ids))
        return tuple(found)

    def _roles_of(
        self,
        profile: dict[str, float],
        weights: dict[int, float],
        related_of: dict[int, str],
        gated: tuple[str, ...] = GATES,
    ) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
        """Return the query's permits, the features that answer them, and its activities
        with the activities related to them (spinning is a way of processing: a need to process
        wool and a spinning course share their activity).

        A permit is the subject only where it is named in earnest (title or tags weight), not
        a requirement in passing ("products must have PIRT" in a buyer's description).

        A permit is answered by itself, a related permit, or a concept of the permit's own
        sector that the query names too, in earnest (packaging beside PIRT), never by the
        permitted product alone (jamu for a BPOM permit for jamu), nor by a word of the
        permit's own phrase (the *izin* of *izin PIRT*: every permit is an *izin*), nor by the
        product's own form inside its phrase (the bottle of bottled sambal). A product form (seed,
        fry) is a permit's like: answered by itself or a related form only (tilapia fry is
        not table tilapia).
        """
        concepts, add, roles = self.lexicon.concepts, self.table.add, self.lexicon.roles
        named = [n for n in profile if n.startswith("c:") and n[2:] in concepts]
        earnest = self.s.title_weight
        permits = {n for n in named if concepts[n[2:]].role in gated and profile[n] >= earnest}
        sectors = {concepts[n[2:]].sector for n in permits if concepts[n[2:]].role == "permit"}
        own = self._permit_words(permits)
        near = {
            n
            for n in named
            if concepts[n[2:]].sector in sectors and n not in own and profile[n] >= earnest
        } | permits
        names = self.table.names
        meets = frozenset(f for f in weights if names[f] in near or related_of.get(f) in permits)
        acts = [n[2:] for n in named if concepts[n[2:]].role == "activity"]
        acts += [k for a in acts for k in self.lexicon.related.get(a, ()) if k in roles["activity"]]
        activities = frozenset(add(f"c:{k}") for k in acts)
        return frozenset(add(n) for n in permits), meets, activities

    def _permit_words(self, permits: set[str]) -> frozenset[str]:
        """Return the concepts inside the permits' own phrases, as feature names: the
        *izin* (permit) of *izin PIRT* is the permit's word, not a permit named beside it,
        and answers no other permit (*izin usaha perikanan*)."""
        inside = self._inside
        return frozenset(f"c:{key}" for n in permits for key in inside(n[2:]) if f"c:{key}" != n)

    def _role_ids(self) -> tuple[frozenset[int], ...]:
        """Return the feature ids of the permit and activity concepts met so far, and of the
        permit and form concepts (what gates a market pair)."""
        if self._roles_seen != len(self.table.names):
            ids = self.table.ids
            self._role_sets = tuple(
                frozenset(fid for key in keys if (fid := ids.get(f"c:{key}")) is not None)
                for keys in (
                    frozenset().union(*(self.lexicon.roles[role] for role in GATES)),
                    self.lexicon.roles["activity"],
                    frozenset().union(*(self.lexicon.roles[role] for role in gates("market"))),
                )
            )
            self._roles_seen = len(self.table.names)
        return self._role_sets

    def matched(self, index: KindIndex, q: Query, slot: int) -> dict[int, float]:
        """Return feature id -> contribution of what a candidate shares with the query."""
        return dict(self.shared(index, q, slot))

    @staticmethod
    def shared(index: KindIndex, q: Query, slot: int) -> Iterator[tuple[int, float]]:
        """Yield (feature id, contribution) of what a candidate shares with the query, in the
        candidate's feature order."""
        fids = index.fids[slot]
        for qw, w, fid in zip(map(q.weights.get, fids), index.fws[slot], fids, strict=True):
            if qw is not None:
                yield fid, qw * w

    def on_subject(self, index: KindIndex, q: Query, slot: int) -> bool:
        """Tell whether a candidate is on the query's subject.

        Not when one side names a permit the other does not meet (in trade a product form
        too, on either side: a fry buyer is no buyer for table fish), nor when the candidate
        names in earnest a rival of a concept the query names in earnest and not that
        concept, nor when both name activities (cultivation, processing) and share none.
        """
        fids = index.fids[slot]
        if q.permits and not q.meets_permit.intersection(fids):
            return False
        if q.rivals and not q.any_rival.isdisjoint(fids):
            present = set(fids)
            for own, rivals in q.rivals:
                if own not in present and self._names_in_earnest(index, slot, rivals):
                    return False
        permits, activities, traded = self._role_ids()
        if q.trade:
            permits = traded
        for fid in permits.intersection(fids):
            if fid not in q.weights and index.fws[slot][fids.index(fid)] >= self.s.title_weight:
                return False
        if not q.activities:
            return True
        acts = activities.intersection(fids)
        return not acts or not acts.isdisjoint(q.activities)

    def _names_in_earnest(self, index: KindIndex, slot: int, ids: frozenset[int]) -> bool:
        fids, fws, earnest = index.fids[slot], index.fws[slot], self.s.title_weight
        return any(fws[fids.index(fid)] >= earnest for fid in ids.intersection(fids))

    def similarity(self, index: KindIndex, q: Query, slot: int) -> tuple[float, float]:
        """Return the cosine similarity and its non-generic part."""
        generic = q.generic
        dot = subject_dot = 0.0
        for fid, c in self.shared(index, q, slot):
            dot += c
            if fid not in generic:
                subject_dot += c
        denom = q.norm * index.norms[slot]
        factor = 1.0 if self.on_subject(index, q, slot) else self.s.off_subject_factor
        return factor * dot / denom, factor * subject_dot / denom
