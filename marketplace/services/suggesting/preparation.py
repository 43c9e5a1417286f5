"""The matching worker's side: one engine, kept current from the change log, writing the
suggestions the pages read.

Only the process running ``flask worker`` builds a :class:`Preparer`. It loads every open
listing with its stored profile (analysing and storing the ones without a current
profile), then follows ``listing_changes``: a changed need is re-ranked; a changed offer
is re-indexed and the needs it enters or leaves are re-ranked (the engine's reverse
direction finds the ones it enters). Rows ranked right after a change serve the pages at
once. Rows are also marked *exact* (``ranked_generation``) when they were ranked on an
index built afresh, as ``suggest`` would build it: ``reconcile`` re-ranks the others on a
fresh index when the worker has time, and ``suggest`` reads only exact rows.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterable
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, or_, select, update

from marketplace import matching as engine_package
from marketplace.extensions import db
from marketplace.matching.version import analysis_version, engine_version
from marketplace.models import (
    ListingAnalysis,
    ListingChange,
    MatchingState,
    Need,
    NeedSuggestion,
    Offer,
    OfferSuggestion,
)
from marketplace.models.base import utcnow
from marketplace.services.suggesting import index_store, inputs, ranking_pool
from marketplace.services.suggesting.inputs import Loaded

log = logging.getLogger(__name__)
LEASE = timedelta(seconds=30)
STALE_LOOKUP = 4_000  # stale listings looked up at once
BURST_BATCH = 4_000  # listings re-ranked per step of a burst (a fork of the ranking each)


class Preparer:
    """The engine of the matching worker, and the rows it keeps prepared."""

    def __init__(self, settings=None) -> None:
        config = current_app.config
        self.settings = settings or inputs.settings()
        self.engine = engine_package.MatchEngine(self.settings)
        self.version = engine_version(self.settings)
        self.analysis = analysis_version(self.settings)
        self.prepared_k = config["PREPARED_K"]
        self.affect_k = config["PREPARED_AFFECT_K"]
        self.holder = f"{socket.gethostname()}:{os.getpid()}"
        self.generation = 0
        self.stale_queue: list[tuple[str, int]] = []  # listings ``reconcile`` ranks next
        self.workers = 1  # processes ranking a large batch (``run_burst`` uses every core)
        self.loaded = False
        self.loaded_pending: list[int] = []  # change ids pending when the index was loaded
        self.fresh = False  # the index is as a fresh build would make it
        self.need_db: dict[str, int] = {}  # stable id → database id
        self.offer_db: dict[str, int] = {}

    # ------------------------------------------------------------------ lease
    def hold_lease(self) -> bool:
        """Be the one matching worker (or stay it); False while another one is alive."""
        now = utcnow()
        if db.session.get(MatchingState, 1) is None:
            db.session.add(MatchingState(id=1, generation=0))
            db.session.flush()
        taken = db.session.execute(
            update(MatchingState)
            .where(MatchingState.id == 1)
            .where(
                or_(
                    MatchingState.holder == self.holder,
                    MatchingState.holder.is_(None),
                    MatchingState.heartbeat_at.is_(None),
                    MatchingState.heartbeat_at < now - LEASE,
                )
            )
            .values(holder=self.holder, heartbeat_at=now)
        ).rowcount
        db.session.commit()
        return taken == 1

    def release_lease(self) -> None:
        db.session.execute(
            update(MatchingState)
            .where(MatchingState.id == 1, MatchingState.holder == self.holder)
            .values(holder=None)
        )
        db.session.commit()

    # ------------------------------------------------------------------- load
    def load(self) -> None:
        """Build both indexes from the open listings and their stored profiles (or load
        the saved snapshot of them when it is current, and save one when not).

        The generation moves on unless nothing changed since the last one (a restart): then
        the rows it marked exact still are.
        """
        pending = index_store.pending_ids()  # before the data: see index_store
        current_app.extensions.pop("match_settings", None)  # tuned settings may be new
        settings = inputs.settings()
        if settings != self.settings:
            self.settings = settings
            self.version = engine_version(settings)
            self.analysis = analysis_version(settings)
        # the old index and its ids go first: at 1M offers the two would not fit together
        self.engine = engine_package.MatchEngine(settings, self.engine.lexicon)
        self.offer_db, self.need_db, self.loaded = {}, {}, False
        ids = index_store.load(self.engine, pending)
        saved = ids is not None
        if ids is None:
            ids = index_store.build(self.engine)
            db.session.commit()
        self.offer_db, self.need_db = ids["offers"], ids["needs"]
        state = db.session.get(MatchingState, 1)
        if pending or state.engine_version != self.version or not state.generation:
            state.generation += 1
        state.engine_version = self.version
        state.started_at = utcnow()
        self.generation = state.generation
        if saved:
            index_store.restamp(generation=self.generation, pending=pending)
        else:
            index_store.save(self.engine, ids, generation=self.generation, pending=pending)
        db.session.commit()
        self.loaded_pending, self.stale_queue = pending, []
        self.loaded = self.fresh = True
        log.info(
            "matching index%s: %d open offers, %d open needs",
            " (saved)" if saved else "",
            len(self.offer_db),
            len(self.need_db),
        )

    # ---------------------------------------------------------------- changes
    def apply_pending(self, limit: int = 2_000) -> int:
        """Apply up to ``limit`` logged changes; returns how many were applied."""
        changes = db.session.scalars(
            select(ListingChange).order_by(ListingChange.id).limit(limit)
        ).all()
        if not changes:
            return 0
        ids = [c.id for c in changes]
        if any(c.kind == "all" for c in changes):
            self.load()
            self._delete_changes(ids)
            # the index just loaded holds these changes: the snapshot still describes it
            done = set(ids)
            index_store.restamp(
                generation=self.generation,
                pending=[i for i in self.loaded_pending if i not in done],
            )
            db.session.commit()
            return len(changes)
        need_ids = {c.target_id for c in changes if c.kind == "need"}
        offer_ids = {c.target_id for c in changes if c.kind == "offer"}
        providers = {c.target_id for c in changes if c.kind == "provider"}
        if providers:
            offer_ids |= set(
                db.session.scalars(select(Offer.id).where(Offer.provider_id.in_(providers)))
            )
        offers = inputs.load_offers(offer_ids)
        needs = inputs.load_needs(need_ids)
        self._reindex(offers, needs)
        self.fresh = False  # rows ranked now serve the pages; none is exact until a rebuild
        state = db.session.get(MatchingState, 1)
        state.generation += 1
        self.generation = state.generation
        affected_needs, affected_offers = self._affected(offers, needs)
        self.rank_needs(affected_needs)
        self.rank_offers(affected_offers)
        self._delete_changes(ids)
        db.session.commit()
        return len(changes)

    def _delete_changes(self, ids: list[int]) -> None:
        for start in range(0, len(ids), inputs.BATCH):
            db.session.execute(
                delete(ListingChange).where(ListingChange.id.in_(ids[start : start + inputs.BATCH]))
            )

    def _reindex(self, offers: list[Loaded], needs: list[Loaded]) -> None:
        open_offers = [o for o in offers if o.input.status == "open"]
        open_needs = [n for n in needs if n.input.status == "open"]
        fresh_offers = dict(zip((o.id for o in open_offers),
                                self.engine.profiles([o.input for o in open_offers], workers=1),
                                strict=True))  # fmt: skip
        fresh_needs = dict(zip((n.id for n in open_needs),
                               self.engine.profiles([n.input for n in open_needs], workers=1),
                               strict=True))  # fmt: skip
        inputs.store_profiles("offer", self.analysis, fresh_offers)
        inputs.store_profiles("need", self.analysis, fresh_needs)
        for offer in offers:
            if offer.input.status == "open":
                self.engine.upsert_offer(offer.input, fresh_offers[offer.id])
                self.offer_db[offer.input.id] = offer.id
            else:
                self.engine.remove_offer(offer.input.id)
                self.offer_db.pop(offer.input.id, None)
        for need in needs:
            if need.input.status == "open":
                self.engine.upsert_need(need.input, fresh_needs[need.id])
                self.need_db[need.input.id] = need.id
            else:
                self.engine.remove_need(need.input.id)
                self.need_db.pop(need.input.id, None)

    def _affected(self, offers: list[Loaded], needs: list[Loaded]) -> tuple[set[int], set[int]]:
        """The needs and offers whose prepared lists these changes can alter."""
        offer_ids = {o.id for o in offers}
        need_ids = {n.id for n in needs}
        affected_needs = set(need_ids)
        affected_offers = set(offer_ids)
        if offer_ids:
            affected_needs |= set(
                db.session.scalars(
                    select(NeedSuggestion.need_id).where(NeedSuggestion.offer_id.in_(offer_ids))
                )
            )
        if need_ids:
            affected_offers |= set(
                db.session.scalars(
                    select(OfferSuggestion.offer_id).where(OfferSuggestion.need_id.in_(need_ids))
                )
            )
        for offer in offers:
            if offer.input.status == "open":
                for s in self.engine.top_needs(offer.input, self.affect_k, explain=False):
                    affected_needs.add(self.need_db[s.need_id])
        for need in needs:
            if need.input.status == "open":
                for s in self.engine.top_k(need.input, self.prepared_k, explain=False):
                    affected_offers.add(self.offer_db[s.offer_id])
        return affected_needs, affected_offers

    # ---------------------------------------------------------------- ranking
    def rank_needs(self, ids: Iterable[int]) -> None:
        """Prepare the top offers of these needs (closed ones lose their rows)."""
        self._rank("need", ids)

    def rank_offers(self, ids: Iterable[int]) -> None:
        """Prepare the open needs each of these offers could serve best."""
        self._rank("offer", ids)

    def _rank(self, kind: str, ids: Iterable[int]) -> None:
        ids = sorted(set(ids))
        if not ids:
            return
        if kind == "need":
            listings, rank, model = inputs.load_needs(ids), self.engine.top_k, NeedSuggestion
            key, other, other_db = "need_id", "offer_id", self.offer_db
        else:
            listings, rank, model = (
                inputs.load_offers(ids),
                self.engine.top_needs,
                OfferSuggestion,
            )
            key, other, other_db = "offer_id", "need_id", self.need_db
        profiles = inputs.profiles_for(self.engine, kind, listings)
        todo = [item for item in listings if item.input.status == "open"]
        results = ranking_pool.ranked(
            rank,
            [(item.input, profiles[item.input.id]) for item in todo],
            self.prepared_k,
            self.workers,
        )
        which = 1 if kind == "need" else 0  # the other side's id in (need id, offer id, ...)
        rows = []
        now = utcnow()
        for listing, ranked in zip(todo, results, strict=True):
            rows.extend(
                {
                    key: listing.id,
                    "rank": position,
                    other: other_db[row[which]],
                    "score": round(row[2], 6),
                    "can_serve": row[3],
                    "reasons": row[4],
                    "engine_version": self.version,
                    "computed_at": now,
                }
                for position, row in enumerate(ranked, start=1)
            )
        self._replace(model, getattr(model, key), ids, rows)
        self._mark_ranked(kind, ids, now)

    def _replace(self, model, key, ids: list[int], rows: list[dict]) -> None:
        for start in range(0, len(ids), inputs.BATCH):
            db.session.execute(delete(model).where(key.in_(ids[start : start + inputs.BATCH])))
        for start in range(0, len(rows), inputs.BATCH):
            db.session.execute(model.__table__.insert(), rows[start : start + inputs.BATCH])

    def _mark_ranked(self, kind: str, ids: list[int], now) -> None:
        exact = self.generation if self.fresh else None
        for start in range(0, len(ids), inputs.BATCH):
            db.session.execute(
                update(ListingAnalysis)
                .where(
                    ListingAnalysis.kind == kind,
                    ListingAnalysis.listing_id.in_(ids[start : start + inputs.BATCH]),
                )
                .values(ranked_version=self.version, ranked_generation=exact, ranked_at=now)
            )

    # -------------------------------------------------------------- reconcile
    def stale(self, kind: str, limit: int) -> list[int]:
        """Open listings whose rows are not of the current generation and engine."""
        model = Need if kind == "need" else Offer
        return list(
            db.session.scalars(
                select(model.id)
                .outerjoin(
                    ListingAnalysis,
                    (ListingAnalysis.kind == kind) & (ListingAnalysis.listing_id == model.id),
                )
                .where(model.status == "open")
                .where(
                    or_(
                        ListingAnalysis.ranked_generation.is_(None),
                        ListingAnalysis.ranked_generation != self.generation,
                        ListingAnalysis.ranked_version != self.version,
                    )
                )
                .order_by(model.id)
                .limit(limit)
            )
        )

    def reconcile(self, batch: int = 500) -> int:
        """Re-rank one batch of needs (else offers) not exact yet; returns how many.

        Only on a fresh index: after incremental changes, ``load`` first. The stale ids
        are looked up a few thousand at a time (one scan of the listings), so small
        batches cost no more scans.
        """
        if not self.fresh:
            return 0
        if not self.stale_queue:
            for kind in ("need", "offer"):
                ids = self.stale(kind, max(batch, STALE_LOOKUP))
                if ids:
                    self.stale_queue = [(kind, i) for i in ids]
                    break
        taken, self.stale_queue = self.stale_queue[:batch], self.stale_queue[batch:]
        if not taken:
            return 0
        rank = self.rank_needs if taken[0][0] == "need" else self.rank_offers
        rank([i for _kind, i in taken])
        db.session.commit()
        return len(taken)

    def count_demand(self) -> int:
        """Count the unmet demand on this index (see ``services/insight/demand.py``)."""
        from marketplace.services.insight import demand

        return demand.count(self.engine)

    def heartbeat(self) -> None:
        db.session.execute(
            update(MatchingState)
            .where(MatchingState.id == 1, MatchingState.holder == self.holder)
            .values(heartbeat_at=utcnow())
        )
        db.session.commit()


def run_burst() -> Preparer:
    """Everything now: load, apply every logged change, reconcile every stale row."""
    preparer = Preparer()
    if not preparer.hold_lease():
        raise RuntimeError("Another matching worker is running; it keeps the suggestions.")
    preparer.workers = os.cpu_count() or 1
    preparer.load()
    applied = 0
    while count := preparer.apply_pending():
        applied += count
    if applied:
        preparer.load()
    while preparer.reconcile(BURST_BATCH):
        pass
    preparer.count_demand()
    preparer.release_lease()
    return preparer
