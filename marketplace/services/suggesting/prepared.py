"""Prepared suggestions, as the pages read them: rows the matching worker wrote.

No engine here: a page costs a few indexed queries whatever the number of offers. A need
whose suggestions are not prepared yet (just posted, or changed since) says so; when the
worker is down the pages still serve what was prepared and say since when it is stale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from types import SimpleNamespace

from flask import current_app
from sqlalchemy import Integer, Row, Select, String, bindparam, select
from sqlalchemy.orm import joinedload, selectinload

from marketplace.extensions import db
from marketplace.models import (
    Group,
    ListingAnalysis,
    ListingChange,
    MatchingState,
    Need,
    NeedSuggestion,
    Offer,
    OfferSuggestion,
    Provider,
)
from marketplace.models.base import utcnow
from marketplace.services.listings.cards import ProviderCard


@dataclass(frozen=True)
class Prepared:
    """One prepared suggestion: the engine's score and reasons (as stored dicts)."""

    score: float
    reasons: list = field(default_factory=list)
    can_serve: bool = True


@dataclass(frozen=True)
class Readiness:
    """Whether a listing's suggestions are prepared: ``ready``, ``preparing`` or ``stale``.

    ``since`` is when the worker was last seen (for ``stale``).
    """

    state: str
    since: datetime | None = None

    @property
    def ready(self) -> bool:
        return self.state == "ready"


def _worker_alive(state: MatchingState | None, now: datetime) -> bool:
    """The worker beats every few seconds; ``MATCH_WORKER_SILENT_SECONDS`` without, it is down."""
    silent = timedelta(seconds=current_app.config["MATCH_WORKER_SILENT_SECONDS"])
    return bool(state and state.heartbeat_at and now - state.heartbeat_at < silent)


def readiness(listing: Need | Offer) -> Readiness:
    """Are this listing's suggestions prepared for what it says now?"""
    kind = "need" if isinstance(listing, Need) else "offer"
    params = {"kind": kind, "listing_id": listing.id}
    ranked, waiting = db.session.execute(_readiness_statement(), params).one()
    if ranked is not None and not waiting:
        return Readiness("ready")
    state = db.session.get(MatchingState, 1)
    now = utcnow()
    if _worker_alive(state, now):
        return Readiness("preparing")
    return Readiness("stale", since=state.heartbeat_at if state else None)


@cache
def _readiness_statement() -> Select:
    """When the listing was ranked, and whether a change waits for the worker: one round
    trip, and not the stored profile; built once per process (kind and id are bound)."""
    kind, listing_id = bindparam("kind", type_=String), bindparam("listing_id", type_=Integer)
    ranked_at = (
        select(ListingAnalysis.ranked_at)
        .where(ListingAnalysis.kind == kind, ListingAnalysis.listing_id == listing_id)
        .scalar_subquery()
    )
    pending = (
        select(ListingChange.id)
        .where(
            (ListingChange.kind == "all")
            | ((ListingChange.kind == kind) & (ListingChange.target_id == listing_id))
        )
        .exists()
    )
    return select(ranked_at, pending)


def _usable(need: Need, offer: Offer, today: date | None) -> bool:
    """Still open, and the dates can still meet (the worker ranks without a today)."""
    if offer.status != "open":
        return False
    if today is None:
        return True
    need_end = need.wanted_until or date.max
    offer_end = offer.available_until or date.max
    start = max(today, need.wanted_from or date.min, offer.available_from or date.min)
    return start <= min(need_end, offer_end)


def for_need(
    need: Need,
    k: int = 10,
    *,
    exclude: frozenset[int] = frozenset(),
    today: date | None = None,
) -> list[tuple[Offer, Prepared]]:
    """The prepared offers for an open need, best first, leaving out ``exclude`` (ids)."""
    if need.status != "open":
        return []
    rows = db.session.execute(
        select(NeedSuggestion, Offer)
        .join(Offer, Offer.id == NeedSuggestion.offer_id)
        .where(NeedSuggestion.need_id == need.id)
        .options(joinedload(Offer.provider))  # one provider per offer: in the same query
        .order_by(NeedSuggestion.rank)
    ).all()
    return _first_usable(need, ((offer, row) for row, offer in rows), k, exclude, today)


@dataclass(frozen=True)
class OfferCard:
    """What a suggestion shows of its offer, and what says whether it can still be taken."""

    id: int
    title: str
    status: str
    available_from: date | None
    available_until: date | None
    service_area: list
    provider: ProviderCard


def cards_for_need(
    need: Need,
    k: int = 10,
    *,
    exclude: frozenset[int] = frozenset(),
    today: date | None = None,
) -> list[tuple[OfferCard, Prepared]]:
    """``for_need`` for a page: the offers as the cards show them, read as rows of the
    columns they show (not whole offers and providers: 47 columns and 40 objects a need)."""
    if need.status != "open":
        return []
    pairs = (
        (OfferCard(*row[3:9], ProviderCard(row.provider_name, row.verified_at is not None)), row)
        for row in db.session.execute(_cards_statement(), {"need_id": need.id})
    )
    return _first_usable(need, pairs, k, exclude, today)


@cache
def _cards_statement() -> Select:
    """``cards_for_need``'s statement, built once per process (the need's id is bound)."""
    return (
        select(
            NeedSuggestion.score,
            NeedSuggestion.reasons,
            NeedSuggestion.can_serve,
            Offer.id,
            Offer.title,
            Offer.status,
            Offer.available_from,
            Offer.available_until,
            Offer.service_area,
            Provider.name.label("provider_name"),
            Provider.verified_at,
        )
        .join(Offer, Offer.id == NeedSuggestion.offer_id)
        .join(Provider, Provider.id == Offer.provider_id)
        .where(NeedSuggestion.need_id == bindparam("need_id", type_=Integer))
        .order_by(NeedSuggestion.rank)
    )


def _first_usable(need: Need, pairs, k: int, exclude: frozenset[int], today: date | None) -> list:
    """The first ``k`` (offer, suggestion row) pairs whose offer is not excluded and still
    usable, each as (offer, ``Prepared``)."""
    today = today or date.today()
    result = []
    for offer, row in pairs:
        if offer.id in exclude or not _usable(need, offer, today):
            continue
        result.append((offer, Prepared(row.score, row.reasons, row.can_serve)))
        if len(result) == k:
            break
    return result


def evidence(need: Need, offer: Offer) -> tuple[float | None, list]:
    """The engine's score and reasons for this pair, if it prepared the pair at all."""
    row = db.session.scalar(
        select(NeedSuggestion).where(
            NeedSuggestion.need_id == need.id, NeedSuggestion.offer_id == offer.id
        )
    )
    return (row.score, list(row.reasons)) if row else (None, [])


def for_offers(
    offers: list[Offer],
    *,
    group_ids: set[int] | None = None,
    k: int = 10,
    today: date | None = None,
) -> dict[int, list[tuple[Need, Prepared]]]:
    """For each open offer, the prepared open needs (of these groups, or all) it could serve."""
    result: dict[int, list[tuple[Need, Prepared]]] = {o.id: [] for o in offers}
    offers = [o for o in offers if o.status == "open"]
    if not offers or group_ids == set():
        return result
    stmt = (
        select(OfferSuggestion, Need)
        .join(Need, Need.id == OfferSuggestion.need_id)
        .where(OfferSuggestion.offer_id.in_([o.id for o in offers]), Need.status == "open")
        .options(selectinload(Need.group))
        .order_by(OfferSuggestion.offer_id, OfferSuggestion.rank)
    )
    if group_ids is not None:
        stmt = stmt.where(Need.group_id.in_(group_ids))
    by_id = {o.id: o for o in offers}
    today = today or date.today()
    for row, need in db.session.execute(stmt):
        found = result[row.offer_id]
        if len(found) < k and _usable(need, by_id[row.offer_id], today):
            found.append((need, Prepared(row.score, row.reasons, row.can_serve)))
    return result


def needs_for_offers(offers: list[Offer], *, k: int = 3) -> dict[int, list[Row]]:
    """For each open offer, its first ``k`` prepared open needs as rows of what a list of
    them shows (``id``, ``title``, ``group_name``), without scores or reasons: the
    provider's home page, where whole needs and groups cost more than the query.

    An offer's first ``k`` suggestions are usually the ``k`` it shows: those ranks are read
    first, the ranks after them only for the offers still short of ``k`` (a page read all
    20 of each offer, each with its need and group, to show three)."""
    result: dict[int, list[Row]] = {o.id: [] for o in offers}
    by_id = {o.id: o for o in offers if o.status == "open"}
    if not by_id:
        return result
    today = date.today()
    statements, wanting = _needs_for_offers(), list(by_id)
    for stmt in (statements.first, statements.rest):
        for row in db.session.execute(stmt, {"offer_ids": wanting, "last_rank": k}):
            found = result[row.offer_id]
            if len(found) < k and _usable(row, by_id[row.offer_id], today):
                found.append(row)
        wanting = [offer_id for offer_id in wanting if len(result[offer_id]) < k]
        if not wanting:
            break
    return result


@cache
def _needs_for_offers() -> SimpleNamespace:
    """``needs_for_offers``' statements, built once per process (the offers' ids and the
    last rank read first, ``k``, bound): the first ranks, then the rest."""
    stmt = (
        select(
            OfferSuggestion.offer_id,
            Need.id,
            Need.title,
            Need.status,
            Need.wanted_from,
            Need.wanted_until,
            Group.name.label("group_name"),
        )
        .join(Need, Need.id == OfferSuggestion.need_id)
        .join(Group, Group.id == Need.group_id)
        .where(
            OfferSuggestion.offer_id.in_(bindparam("offer_ids", expanding=True)),
            Need.status == "open",
        )
        .order_by(OfferSuggestion.offer_id, OfferSuggestion.rank)
    )
    last_rank = bindparam("last_rank", type_=Integer)
    return SimpleNamespace(
        first=stmt.where(OfferSuggestion.rank <= last_rank),
        rest=stmt.where(OfferSuggestion.rank > last_rank),
    )
