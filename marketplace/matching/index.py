"""An inverted index over listing features, one per kind, with incremental updates.

Each listing is normalised once (its feature ids and weights, stored as compact arrays).
Postings per feature are parallel ``array`` objects of slot numbers and length-normalised
weights; a listing's weak features (below ``earnest``, the weight of a concept its title
names: free words, a description, a word in passing) count in its length at ``passing`` of
their square. Removal marks a slot dead (filtered at query time); ``compact`` rebuilds.
Document frequencies are kept live, so IDF always reflects the open listings.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from heapq import nlargest
from itertools import chain, compress, repeat
from operator import add, mul, truediv

from .types import Listing

_PART_MIN = 200  # shorter posting lists are cheap to multiply out per query
_PART_BUDGET = 400_000  # cached products (about 40 MB)


class FeatureTable:
    """Intern feature strings (``c:tofu``, ``t:anyam``, ``g:latih``) as small ints."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []

    def get(self, name: str) -> int | None:
        """Return the id of a known feature, or None."""
        return self.ids.get(name)

    def add(self, name: str) -> int:
        """Return the id of a feature, interning it when new."""
        fid = self.ids.get(name)
        if fid is None:
            fid = self.ids[name] = len(self.names)
            self.names.append(name)
        return fid


class KindIndex:
    """Inverted index of the open listings of one kind (offers, or needs)."""

    def __init__(self, table: FeatureTable, passing: float = 1.0, earnest: float = 1.0) -> None:
        self.table = table
        self.passing = passing
        self.earnest = earnest
        self.items: list[Listing | None] = []
        self.fids: list[array] = []
        self.fws: list[array] = []
        self.norms: array = array("d")
        self.slot_of: dict[str, int] = {}
        self.postings: dict[int, tuple[array, array]] = {}
        self.df: dict[int, int] = {}
        self.dead: set[int] = set()
        self.areas: dict[str, set[int]] = {}
        self.everywhere: set[int] = set()
        self._heads: dict[int, dict[int, tuple[array, array]]] = {}
        # fid -> (cap, query weight) -> slot -> weight * query weight, for long postings
        self._parts: dict[int, dict[tuple[int, float], dict[int, float]]] = {}
        self._parts_size = 0
        self._idf: dict[int | None, float] = {}
        self._subjects: dict[int, str] = {}  # slot -> its subject words (see ``subject``)

    def __len__(self) -> int:
        return len(self.slot_of)

    # what a snapshot keeps (see ``snapshot.py``): the shared feature table is saved once
    # beside the indexes, and caches rebuilt on demand are left out
    _TRANSIENT = ("table", "_parts", "_parts_size", "_idf", "_subjects")

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in self._TRANSIENT}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._parts, self._parts_size, self._idf, self._subjects = {}, 0, {}, {}

    def idf(self, fid: int | None) -> float:
        """Return ``ln((N+1)/(df+0.5))`` over the live listings (cached until a change)."""
        value = self._idf.get(fid)
        if value is None:
            df = self.df.get(fid, 0) if fid is not None else 0
            value = self._idf[fid] = math.log((len(self.slot_of) + 1) / (df + 0.5))
        return value

    def _norm(self, fids: array, fws: array, idf: Callable[[int], float] | None = None) -> float:
        """Return a listing's length: the root of its squared IDF-weighted features, the weak
        ones at ``passing`` of their square (see ``MatchSettings.weak_length``); ``idf``: a
        faster look-up than ``self.idf`` where the caller has one (``build``)."""
        x = list(map(mul, fws, map(idf or self.idf, fids)))
        squares = map(mul, x, x)
        if self.passing != 1.0:
            earnest, passing = self.earnest, self.passing
            squares = (
                q if w >= earnest else passing * q for q, w in zip(squares, fws, strict=True)
            )
        return math.sqrt(sum(squares)) or 1.0

    def _place(self, item: Listing, profile: dict[str, float]) -> tuple[int, array, array]:
        add = self.table.add
        fids = array("i", [add(name) for name in profile])
        fws = array("f", profile.values())
        slot = len(self.items)
        self.items.append(item)
        self.fids.append(fids)
        self.fws.append(fws)
        self.slot_of[item.id] = slot
        self._idf.clear()
        areas = item.area_keys
        if areas:
            for key in areas:
                self.areas.setdefault(key, set()).add(slot)
        else:
            self.everywhere.add(slot)
        for fid in fids:
            self.df[fid] = self.df.get(fid, 0) + 1
        return slot, fids, fws

    def _post(self, slot: int, fids: array, fws: array, norm: float) -> None:
        self.norms.append(norm)
        for fid, w in zip(fids, fws, strict=True):
            entry = self.postings.get(fid)
            if entry is None:
                entry = self.postings[fid] = (array("i"), array("f"))
            entry[0].append(slot)
            entry[1].append(w / norm)
            if self._heads:
                self._heads.pop(fid, None)
            if self._parts:
                self._parts.pop(fid, None)

    def build(self, pairs: Iterable[tuple[Listing, dict[str, float]]]) -> None:
        """Index many listings at once (IDF computed after all are counted).

        Same result as adding them one by one with the final IDF, in bulk: features are
        interned through one dict lookup each, document frequencies counted in C.
        """
        ids, add = self.table.ids, self.table.add
        items, all_fids, all_fws, slot_of = self.items, self.fids, self.fws, self.slot_of
        areas, everywhere = self.areas, self.everywhere
        first = len(items)
        for item, profile in pairs:
            found = list(map(ids.get, profile))
            if None in found:
                found = [add(name) for name in profile]
            slot = len(items)
            items.append(item)
            all_fids.append(array("i", found))
            all_fws.append(array("f", profile.values()))
            slot_of[item.id] = slot
            keys = item.area_keys
            if keys:
                for key in keys:
                    area = areas.get(key)
                    if area is None:
                        area = areas[key] = set()
                    area.add(slot)
            else:
                everywhere.add(slot)
        self._idf.clear()
        df = self.df
        for fid, count in Counter(chain.from_iterable(all_fids[first:])).items():
            df[fid] = df.get(fid, 0) + count
        idf = {fid: self.idf(fid) for fid in df}.__getitem__
        postings, norms = self.postings, self.norms
        for slot in range(first, len(items)):
            fids, fws = all_fids[slot], all_fws[slot]
            norm = self._norm(fids, fws, idf)
            norms.append(norm)
            for fid, w in zip(fids, map(truediv, fws, repeat(norm)), strict=True):
                entry = postings.get(fid)
                if entry is None:
                    entry = postings[fid] = (array("i"), array("f"))
                entry[0].append(slot)
                entry[1].append(w)
        self._heads.clear()
        self._parts.clear()

    def add(self, item: Listing, profile: dict[str, float]) -> None:
        """Add or replace one listing."""
        self.remove(item.id)
        slot, fids, fws = self._place(item, profile)
        self._post(slot, fids, fws, self._norm(fids, fws))

    def remove(self, item_id: str) -> bool:
        """Remove one listing; return whether it was indexed."""
        slot = self.slot_of.pop(item_id, None)
        if slot is None:
            return False
        self._idf.clear()
        item = self.items[slot]
        assert item is not None  # a live slot holds its listing
        self.items[slot] = None
        self.dead.add(slot)
        self._subjects.pop(slot, None)
        for fid in self.fids[slot]:
            left = self.df[fid] - 1
            if left:
                self.df[fid] = left
            else:
                del self.df[fid]
        for key in item.area_keys or ():
            self.areas.get(key, set()).discard(slot)
        self.everywhere.discard(slot)
        if len(self.dead) > max(50_000, 2 * len(self.slot_of)):
            self.compact()
        return True

    def compact(self) -> None:
        """Rebuild without dead slots (and with norms under the current IDF)."""
        live = [
            (item, dict(zip((self.table.names[f] for f in fids), fws, strict=True)))
            for item, fids, fws in zip(self.items, self.fids, self.fws, strict=True)
            if item is not None
        ]
        self.__init__(self.table, self.passing, self.earnest)  # type: ignore[misc]
        self.build(live)

    def head(self, fid: int, cap: int, order: list[int] | None = None) -> tuple[array, array]:
        """Return the postings of ``fid``, cut to its ``cap`` heaviest entries (cached).

        ``order`` may pass the posting positions already sorted by :meth:`_order`.
        """
        slots, weights = self.postings[fid]
        if len(slots) <= cap:
            return slots, weights
        cached = self._heads.setdefault(fid, {})
        found = cached.get(cap)
        if found is None:
            best = sorted((order or self._order(weights))[:cap])
            found = cached[cap] = (
                array("i", map(slots.__getitem__, best)),
                array("f", map(weights.__getitem__, best)),
            )
        return found

    @staticmethod
    def _order(weights: array) -> list[int]:
        """Return posting positions heaviest first; a stable sort keeps the first of equal
        weights first (so a cut equals ``nlargest``)."""
        return sorted(range(len(weights)), key=weights.__getitem__, reverse=True)

    def warm(self, caps: tuple[int, ...]) -> None:
        """Precompute the cut postings of every long posting list (after a bulk build)."""
        for fid, (slots, weights) in self.postings.items():
            cut = [cap for cap in caps if len(slots) > cap]
            if cut:
                order = self._order(weights)  # one sort serves every cap
                for cap in cut:
                    self.head(fid, cap, order)

    def accumulate(
        self, query: dict[int, float], caps: dict[int, int], skip: set[int] | frozenset[int]
    ) -> dict[int, float]:
        """Return slot -> partial dot product over the query's features.

        ``query`` maps feature id -> query weight already multiplied by idf^2. Features in
        ``skip`` (generic words) are not used to find candidates; a feature held by many
        listings contributes only its ``caps[fid]`` heaviest postings (impact-ordered
        pruning keeps a query's cost bounded whatever the corpus size).
        """
        selective = [(f, q) for f, q in query.items() if f in self.postings and f not in skip]
        selective.sort(key=lambda fq: -fq[1])
        acc: dict[int, float] = {}
        for fid, q in selective:
            part = self._part(fid, caps[fid], q)
            if not acc:
                acc = part.copy()
                continue
            # add the overlap in Python, merge the rest in C (same sums, same key order)
            both = list(part.keys() & acc.keys())
            if both:
                summed = list(map(add, map(part.__getitem__, both), map(acc.__getitem__, both)))
                acc.update(part)
                acc.update(zip(both, summed, strict=True))
            else:
                acc.update(part)
        if self.dead:
            for slot in self.dead.intersection(acc):
                del acc[slot]
        return acc

    def _part(self, fid: int, cap: int, q: float) -> dict[int, float]:
        """Return slot -> posting weight * ``q`` for ``fid`` (do not mutate: may be cached).

        A full re-match meets the same long posting lists with the same query weight again
        and again (same feature, same field, same IDF): those products are kept, within a
        memory budget, until the feature's postings change.
        """
        slots, weights = self.head(fid, cap)
        if len(slots) < _PART_MIN:
            return dict(zip(slots, map(mul, weights, repeat(q)), strict=True))
        by_query = self._parts.get(fid)
        if by_query is None:
            by_query = self._parts[fid] = {}
        part = by_query.get((cap, q))
        if part is None:
            if self._parts_size > _PART_BUDGET:
                self._parts.clear()
                self._parts_size = 0
                by_query = self._parts[fid] = {}
            part = by_query[cap, q] = dict(zip(slots, map(mul, weights, repeat(q)), strict=True))
            self._parts_size += len(part)
        return part

    def in_reach(
        self, slots: Iterable[int], keys: Iterable[str], *, arealess: bool = True
    ) -> set[int]:
        """Return those of ``slots`` whose listing has one of ``keys`` in its area.

        With ``arealess`` listings without any area (offers reaching everywhere) count too.
        """
        pool = slots if isinstance(slots, (set, frozenset, type({}.keys()))) else set(slots)
        found = pool & self.everywhere if arealess else set()
        for key in keys:
            area = self.areas.get(key)
            if area:
                found |= pool & area
        return found

    def reaches(self, slot: int, keys: Iterable[str], *, arealess: bool = True) -> bool:
        """Tell whether one listing has one of ``keys`` in its area (or, with
        ``arealess``, no area at all)."""
        if arealess and slot in self.everywhere:
            return True
        return any(slot in self.areas.get(key, ()) for key in keys)

    def reaching(self, slots: list[int], keys: Iterable[str], *, arealess: bool) -> list[int]:
        """Return those of ``slots`` (in order) that :meth:`reaches`."""
        found = self.everywhere.intersection(slots) if arealess else set()
        for key in keys:
            area = self.areas.get(key)
            if area:
                found |= area.intersection(slots)
        return [slot for slot in slots if slot in found]

    def subject(self, slot: int) -> str:
        """Return a listing's non-generic feature keys, sorted and space-separated (cached)."""
        words = self._subjects.get(slot)
        if words is None:
            names = self.table.names
            keys = [names[f] for f in self.fids[slot]]
            words = " ".join(sorted(n[2:] for n in keys if not n.startswith("g:")))
            if len(self._subjects) >= _PART_BUDGET:
                self._subjects.clear()
            self._subjects[slot] = words
        return words

    @staticmethod
    def top(acc: dict[int, float], slots: Iterable[int] | None, n: int) -> list[int]:
        """Return the ``n`` best ``slots`` (None: all of ``acc``) by partial score (ties:
        first indexed first).

        Same as ``nlargest(n, slots, key=acc.__getitem__)``; over all of ``acc`` a sampled
        threshold first drops the many slots that cannot be among the ``n`` best.
        """
        if slots is not None or len(acc) <= 4 * n:
            return nlargest(n, acc if slots is None else slots, key=acc.__getitem__)
        step = len(acc) // (2 * n)
        sample = sorted(list(acc.values())[::step], reverse=True)
        guess = sample[min(len(sample) - 1, n // step + 2)]
        best = list(compress(acc, map(guess.__le__, acc.values())))  # value >= guess
        if len(best) < n:
            return nlargest(n, acc, key=acc.__getitem__)
        # every slot at least as good as the n-th best is in ``best``, in ``acc`` order
        best.sort(key=acc.__getitem__, reverse=True)
        return best[:n]
