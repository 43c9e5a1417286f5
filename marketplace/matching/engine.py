"""The public matching engine: index offers (and needs), answer top-k queries.

::

    engine = MatchEngine(MatchSettings())
    engine.build(offers)
    engine.top_k(need, k=10, today=date(2025, 1, 1))

Both directions use the same machinery: offers are indexed per kind for "which offers
serve this need", needs are indexed per kind for "which open needs could this offer serve".
Results are deterministic: sorted by score, ties broken by id; no clock is read.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date

from .analyse import Analyser
from .index import FeatureTable, KindIndex
from .lexicon import Lexicon
from .rank import Ranker
from .settings import MatchSettings
from .types import Listing, NeedInput, OfferInput, Reason, Suggestion

_WORKER_ENGINE: MatchEngine | None = None


class MatchEngine:
    """Match needs with offers (and offers with needs) by subject, reach and fit."""

    def __init__(self, settings: MatchSettings | None = None, lexicon: Lexicon | None = None):
        self.settings = settings or MatchSettings()
        self.lexicon = lexicon if lexicon is not None else Lexicon.load()
        self.analyser = Analyser(self.lexicon, self.settings)
        self.table = FeatureTable()
        self.ranker = Ranker(self.analyser, self.table, self.lexicon, self.settings)
        self._offers: dict[str, KindIndex] = {}
        self._needs: dict[str, KindIndex] = {}
        self._query_profiles: Mapping[str, dict[str, float]] = {}

    # ----------------------------------------------------------------- profiles
    def profile(self, listing: NeedInput | OfferInput) -> dict[str, float]:
        """Return the weighted features of one listing."""
        return self.analyser.profile(listing.title, listing.description, listing.tags)

    def profiles(self, items: list, workers: int | None = None) -> list[dict[str, float]]:
        """Profiles of many listings (forked workers for large batches; None = per core)."""
        with _gc_paused():
            return self._profiles(list(items), workers or os.cpu_count() or 1)

    def _kind(self, indexes: dict[str, KindIndex], kind: str) -> KindIndex:
        index = indexes.get(kind)
        if index is None:
            s = self.settings
            index = indexes[kind] = KindIndex(self.table, s.weak_length, s.title_weight)
        return index

    def _profiles(self, items: list, workers: int) -> list[dict[str, float]]:
        """Analyse many listings, in forked worker processes when worth it."""
        if workers <= 1 or len(items) < 20_000 or not _can_fork():
            return [self.profile(item) for item in items]
        chunks = [items[i::workers] for i in range(workers)]
        parts = _in_workers(self, _profile_chunk, [(chunk,) for chunk in chunks], workers)
        merged: list[dict[str, float]] = [{}] * len(items)
        for w, part in enumerate(parts):
            merged[w::workers] = part
        return merged

    def _build(
        self,
        indexes: dict[str, KindIndex],
        listings: Iterable,
        workers: int | None,
        stored: Mapping[str, dict[str, float]] | None = None,
    ) -> None:
        indexes.clear()
        unique: dict[str, object] = {}
        for item in listings:
            if item.status == "open":
                unique.pop(item.id, None)
                unique[item.id] = item
        items = list(unique.values())
        stored = stored or {}
        missing = [item for item in items if item.id not in stored]
        fresh = dict(
            zip(
                (item.id for item in missing),
                self._profiles(missing, workers or os.cpu_count() or 1),
                strict=True,
            )
        )
        profiles = [stored.get(item.id) or fresh[item.id] for item in items]
        groups: dict[str, list] = {}
        for item, profile in zip(items, profiles, strict=True):
            groups.setdefault(item.kind, []).append((item, profile))
        self._index_kinds(indexes, sorted(groups.items()))

    def build_streamed(
        self,
        kinds: Iterable[tuple[str, Iterable[tuple[Listing, dict[str, float]]]]],
        *,
        needs: bool = False,
    ) -> None:
        """Index one side (offers, or needs with ``needs``) from ``(kind, pairs)`` in sorted
        kind order, each pair an open listing and its profile, ids unique: the index
        :meth:`build` makes of the same listings in the same order, read as it goes, so
        only the listings and their compact features are ever held, not every profile."""
        indexes = self._needs if needs else self._offers
        with _gc_paused():
            indexes.clear()
            self._index_kinds(indexes, kinds)

    def _index_kinds(self, indexes: dict[str, KindIndex], kinds: Iterable[tuple]) -> None:
        caps = (self.settings.posting_cap, self.settings.related_posting_cap)
        for kind, pairs in kinds:
            index = self._kind(indexes, kind)
            index.build(pairs)
            index.warm(caps)

    def _upsert(self, indexes: dict[str, KindIndex], item, profile=None) -> None:
        for kind, index in indexes.items():
            if kind != item.kind:
                index.remove(item.id)
        if item.status != "open":
            self._remove(indexes, item.id)
            return
        self._kind(indexes, item.kind).add(item, profile or self.profile(item))

    @staticmethod
    def _remove(indexes: dict[str, KindIndex], item_id: str) -> bool:
        return any([index.remove(item_id) for index in indexes.values()])

    # ------------------------------------------------------------------- offers
    def build(
        self,
        offers: Iterable[OfferInput],
        *,
        workers: int | None = 1,
        profiles: Mapping[str, dict[str, float]] | None = None,
    ) -> None:
        """Index all open offers (replacing the current offer index).

        ``profiles`` (offer id → what :meth:`profile` returned, e.g. stored with the
        offer) spares the analysis of those offers. ``workers`` > 1 (None = one per core)
        analyses large batches in forked processes.
        """
        with _gc_paused():
            self._build(self._offers, offers, workers, profiles)

    def upsert_offer(self, offer: OfferInput, profile: dict[str, float] | None = None) -> None:
        """Add or replace one offer; a non-open offer is removed."""
        self._upsert(self._offers, offer, profile)

    def remove_offer(self, offer_id: str) -> bool:
        """Remove one offer; return whether it was indexed."""
        return self._remove(self._offers, offer_id)

    @property
    def offer_count(self) -> int:
        """Return the number of indexed open offers."""
        return sum(len(index) for index in self._offers.values())

    def top_k(
        self,
        need: NeedInput,
        k: int = 10,
        *,
        today: date | None = None,
        exclude: frozenset[str] = frozenset(),
        explain: bool = True,
        profile: dict[str, float] | None = None,
    ) -> list[Suggestion]:
        """Return up to ``k`` offers for one need, best first.

        ``explain=False`` leaves the reasons out (same ranking and scores), for callers
        that only need the ranking, such as ``suggest``; ``profile`` is the need's stored
        analysis, if there is one.
        """
        index = self._offers.get(need.kind)
        if index is None or need.status != "open":
            return []
        analysed = None if profile else self.profile(need)
        ranked = self.ranker.rank(index, need, profile or analysed, k, today, exclude)
        # the unmet words of a reason are read from the need as analysed now, never stored
        return self.ranker.suggestions(need, index, ranked, explain, analysed)

    def match_all(
        self,
        needs: Iterable[NeedInput],
        k: int = 10,
        *,
        today: date | None = None,
        workers: int | None = 1,
        explain: bool = True,
        profiles: Mapping[str, dict[str, float]] | None = None,
    ) -> dict[str, list[Suggestion]]:
        """Return need id -> its top ``k`` suggestions, for many needs.

        ``workers`` > 1 (None = one per core) spreads the needs over forked processes
        that share the built index copy-on-write; results are identical to a serial run.
        ``profiles`` (need id → stored profile) spares analysing those needs.
        """
        needs = list(needs)
        workers = workers or os.cpu_count() or 1
        self._query_profiles = profiles or {}
        try:
            with _gc_paused():
                if workers <= 1 or len(needs) < 200 or not _can_fork():
                    return {need.id: self._top(need, k, today, explain) for need in needs}
                chunks = [needs[i::workers] for i in range(workers)]
                args = [(chunk, k, today, explain) for chunk in chunks]
                parts = _in_workers(self, _match_chunk, args, workers)
        finally:
            self._query_profiles = {}
        merged: dict[str, list[Suggestion]] = {}
        for part in parts:
            merged.update((nid, [_unpack(row) for row in rows]) for nid, rows in part.items())
        return {need.id: merged[need.id] for need in needs}

    def _top(self, need: NeedInput, k: int, today: date | None, explain: bool):
        return self.top_k(
            need, k, today=today, explain=explain, profile=self._query_profiles.get(need.id)
        )

    def parts(
        self, need: NeedInput, offer_id: str, today: date | None = None
    ) -> tuple[float, dict[str, float]] | None:
        """Return what the score of one need with one indexed offer is made of: its subject
        similarity ``S`` and its soft signals (see :func:`~marketplace.matching.score.total`)."""
        index = self._offers.get(need.kind)
        if index is None:
            return None
        return self.ranker.parts(index, need, self.profile(need), offer_id, today)

    # -------------------------------------------------------------------- needs
    def build_needs(
        self,
        needs: Iterable[NeedInput],
        *,
        workers: int | None = 1,
        profiles: Mapping[str, dict[str, float]] | None = None,
    ) -> None:
        """Index all open needs (replacing the current need index)."""
        with _gc_paused():
            self._build(self._needs, needs, workers, profiles)

    def upsert_need(self, need: NeedInput, profile: dict[str, float] | None = None) -> None:
        """Add or replace one need; a non-open need is removed."""
        self._upsert(self._needs, need, profile)

    def remove_need(self, need_id: str) -> bool:
        """Remove one need; return whether it was indexed."""
        return self._remove(self._needs, need_id)

    def top_needs(
        self,
        offer: OfferInput,
        k: int = 10,
        *,
        today: date | None = None,
        exclude: frozenset[str] = frozenset(),
        explain: bool = True,
        profile: dict[str, float] | None = None,
    ) -> list[Suggestion]:
        """Return up to ``k`` open needs this offer could serve, best first."""
        index = self._needs.get(offer.kind)
        if index is None or offer.status != "open":
            return []
        ranked = self.ranker.rank(index, offer, profile or self.profile(offer), k, today, exclude)
        return self.ranker.suggestions(offer, index, ranked, explain)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk operation.

    Building an index or re-matching allocates millions of small objects (profiles, index
    entries, suggestions and their reasons) that form no reference cycles; with the
    collector on, each of its full passes walks the whole heap again, which cost about a
    fifth of a full re-match. The collector is enabled again afterwards (if it was).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            # move what was allocated meanwhile to the oldest generation at once: enabling
            # the collector with it all in the youngest would walk it all at the next
            # allocation (objects frozen by the application are never touched)
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _in_workers(engine: MatchEngine, func, args: list[tuple], workers: int) -> list:
    """Run ``func(*a)`` for each ``a`` in forked processes sharing ``engine`` copy-on-write."""
    global _WORKER_ENGINE
    _WORKER_ENGINE = engine
    # the children inherit the paused collector: it never walks (and so copies) the shared
    # heap, and the parent unpacks the results without collections either
    try:
        with _gc_paused(), multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.starmap(func, args)
    finally:
        _WORKER_ENGINE = None


def _profile_chunk(items: list) -> list[dict[str, float]]:
    engine = _WORKER_ENGINE
    assert engine is not None
    return [engine.profile(item) for item in items]


def _match_chunk(
    needs: list[NeedInput], k: int, today: date | None, explain: bool = True
) -> dict[str, list[tuple]]:
    engine = _WORKER_ENGINE
    assert engine is not None
    # plain tuples pickle far faster than dataclasses
    return {
        need.id: [
            (
                s.need_id,
                s.offer_id,
                s.score,
                [(r.code, r.params, r.weight) for r in s.reasons],
                s.can_serve,
            )
            for s in engine._top(need, k, today, explain)
        ]
        for need in needs
    }


def _unpack(row: tuple) -> Suggestion:
    need_id, offer_id, score, reasons, can_serve = row
    return Suggestion(need_id, offer_id, score, tuple(Reason(*r) for r in reasons), can_serve)
