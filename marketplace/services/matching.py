"""The adapter between the database and the matching engine.

It turns rows into the engine's frozen inputs, keeps one engine index per process
current as listings change (by upserting single offers, never rebuilding per change),
and answers the web pages and ``suggest`` with the very same engine and settings.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

from flask import current_app
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from marketplace import matching as engine_package
from marketplace import regions
from marketplace.extensions import db
from marketplace.matching import settings_file
from marketplace.models import Need, Offer, Provider
from marketplace.services.reputation import reputations


def settings_path() -> Path | None:
    """Where tuned settings live (None: the engine's defaults only)."""
    configured = current_app.config.get("MATCH_SETTINGS_FILE")
    if configured == "":
        return None
    return Path(configured or Path(current_app.instance_path) / "match_settings.toml")


def settings():
    """The one configuration the pages and ``suggest`` share: the engine's defaults, or
    the tuned file (``MATCH_SETTINGS_FILE``) when there is one, read once per process."""
    found = current_app.extensions.get("match_settings")
    if found is None:
        path = settings_path()
        found = (path and settings_file.load(path)) or engine_package.MatchSettings()
        current_app.extensions["match_settings"] = found
    return found


def _place_coordinates(lat, lon, province_code, regency_code) -> tuple[float | None, float | None]:
    if lat is not None and lon is not None:
        return lat, lon
    place = (regency_code and regions.regency_by_code(regency_code)) or regions.province_by_code(
        province_code or ""
    )
    return (place.lat, place.lon) if place else (None, None)


def _keys(province_code: str | None, regency_code: str | None) -> tuple[str, ...]:
    return tuple(code for code in (province_code, regency_code) if code)


def need_input(need: Need):
    group = need.group
    lat, lon = _place_coordinates(group.lat, group.lon, group.province_code, group.regency_code)
    return engine_package.NeedInput(
        id=need.stable_id,
        kind=need.kind,
        title=need.title,
        description=need.description or "",
        tags=tuple(need.tags or ()),
        area_keys=_keys(group.province_code, group.regency_code),
        lat=lat,
        lon=lon,
        quantity=need.quantity or need.capacity,
        members=group.members_count,
        wanted_from=need.wanted_from,
        wanted_until=need.wanted_until,
        status=need.status,
    )


def offer_input(offer: Offer, reputation: float | None = None):
    provider = offer.provider
    lat, lon = _place_coordinates(
        provider.lat, provider.lon, provider.province_code, provider.regency_code
    )
    return engine_package.OfferInput(
        id=offer.stable_id,
        kind=offer.kind,
        title=offer.title,
        description=offer.description or "",
        tags=tuple(offer.tags or ()),
        area_keys=tuple(offer.service_area or ()),
        base_keys=_keys(provider.province_code, provider.regency_code),
        lat=lat,
        lon=lon,
        capacity=offer.capacity if offer.capacity is not None else offer.quantity,
        available_from=offer.available_from,
        available_until=offer.available_until,
        verified=provider.verified,
        reputation=reputation,
        status=offer.status,
    )


def offer_inputs(offers) -> list:
    """Engine inputs for many offers, with their providers' reputations in one query."""
    offers = list(offers)
    known = reputations({o.provider_id for o in offers}, settings=settings())
    return [offer_input(o, known.get(o.provider_id)) for o in offers]


def _open_offers():
    return db.session.scalars(
        select(Offer)
        .where(Offer.status == "open")
        .options(selectinload(Offer.provider))
        .order_by(Offer.id)
    )


def _open_needs():
    return db.session.scalars(
        select(Need)
        .where(Need.status == "open")
        .options(selectinload(Need.group))
        .order_by(Need.id)
    )


class _LiveIndex:
    """One process's engine over the open offers, caught up from ``updated_at``."""

    def __init__(self) -> None:
        self.engine = engine_package.MatchEngine(settings())
        self.lock = threading.Lock()
        self.watermark: datetime | None = None
        self.offer_count = -1

    def catch_up(self) -> None:
        """Apply changes other processes made since the last look (cheap when none)."""
        newest, count = db.session.execute(
            select(func.max(Offer.updated_at), func.count(Offer.id))
        ).one()
        with self.lock:
            if self.watermark is None:
                self.engine.build(offer_inputs(_open_offers()))
            elif newest is not None and (newest > self.watermark or count != self.offer_count):
                changed = db.session.scalars(
                    select(Offer)
                    .where(Offer.updated_at >= self.watermark)
                    .options(selectinload(Offer.provider))
                )
                for item in offer_inputs(changed):
                    self.engine.upsert_offer(item)
            self.watermark, self.offer_count = newest or datetime.min, count

    def upsert(self, offer: Offer) -> None:
        with self.lock:
            if self.watermark is not None:
                self.engine.upsert_offer(offer_inputs([offer])[0])


def _live_index() -> _LiveIndex:
    index = current_app.extensions.get("matching_index")
    if index is None:
        index = current_app.extensions["matching_index"] = _LiveIndex()
    return index


def listing_changed(listing: Need | Offer) -> None:
    """Keep this process's index current after a listing was saved."""
    index = current_app.extensions.get("matching_index")
    if index is not None and isinstance(listing, Offer):
        index.upsert(listing)


def data_changed() -> None:
    """Forget this process's index after a bulk change; the next query rebuilds it."""
    current_app.extensions.pop("matching_index", None)


def provider_changed(provider: Provider) -> None:
    for offer in provider.offers:
        listing_changed(offer)


def offers_by_stable_id(ids: list[str]) -> dict[str, Offer]:
    numeric = [
        int(i.removeprefix("offer-")) for i in ids if i.startswith("offer-") and i[6:].isdigit()
    ]
    rows = db.session.scalars(
        select(Offer)
        .where(or_(Offer.ref.in_(ids), Offer.id.in_(numeric)))
        .options(selectinload(Offer.provider))
    )
    return {row.stable_id: row for row in rows}


def suggestions_for_need(
    need: Need,
    k: int | None = None,
    *,
    today: date | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[tuple[Offer, engine_package.Suggestion]]:
    """The engine's ranked offers for one need, with the offers themselves."""
    if need.status != "open":
        return []
    index = _live_index()
    index.catch_up()
    with index.lock:
        ranked = index.engine.top_k(
            need_input(need),
            k or current_app.config["MATCH_K"],
            today=today or date.today(),
            exclude=exclude,
        )
    offers = offers_by_stable_id([s.offer_id for s in ranked])
    return [(offers[s.offer_id], s) for s in ranked if s.offer_id in offers]


def suggest_all(
    k: int, *, today: date | None = None, workers: int | None = 1
) -> dict[str, list[str]]:
    """For every open need, the ids of the best ``k`` open offers that can serve its group
    (what ``suggest`` prints)."""
    engine = engine_package.MatchEngine(settings())
    engine.build(offer_inputs(_open_offers()))
    needs = [need_input(n) for n in _open_needs()]
    results = engine.match_all(needs, k, today=today, workers=workers, explain=False)
    return {
        n.id: [s.offer_id for s in results.get(n.id, []) if s.can_serve]
        for n in sorted(needs, key=lambda n: n.id)
    }


def needs_for_offers(
    offers: list[Offer],
    *,
    group_ids: set[int] | None = None,
    k: int | None = None,
    today: date | None = None,
) -> dict[int, list[tuple[Need, engine_package.Suggestion]]]:
    """For each offer, the open needs (of these groups, or all) it could serve, best first.

    The reverse view indexes the needs per request: they are far fewer than offers.
    """
    offers = [o for o in offers if o.status == "open"]
    if not offers or group_ids == set():
        return {o.id: [] for o in offers}
    stmt = select(Need).where(Need.status == "open").options(selectinload(Need.group))
    if group_ids is not None:
        stmt = stmt.where(Need.group_id.in_(group_ids))
    needs = db.session.scalars(stmt).all()
    engine = engine_package.MatchEngine(settings())
    engine.build_needs(need_input(n) for n in needs)
    by_id = {n.stable_id: n for n in needs}
    result = {}
    for offer in offers:
        # The engine names each pair by (need_id, offer_id) in either direction.
        ranked = engine.top_needs(
            offer_inputs([offer])[0],
            k or current_app.config["MATCH_K"],
            today=today or date.today(),
        )
        result[offer.id] = [(by_id[s.need_id], s) for s in ranked if s.need_id in by_id]
    return result
