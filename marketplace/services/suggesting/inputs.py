"""Rows → the matching engine's inputs, in one place, and ``suggest`` for the command line.

Web requests never build an engine: they read the suggestions the matching worker
prepared (``suggesting/prepared.py``). The worker (``suggesting/preparation.py``), the
``suggest`` and ``evaluate`` commands use the inputs made here, so every path ranks the
very same data the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flask import current_app
from sqlalchemy import bindparam, select

from marketplace import matching as engine_package
from marketplace import refs, regions
from marketplace.extensions import db
from marketplace.matching import settings_file
from marketplace.matching.version import analysis_version, engine_version
from marketplace.models import (
    Group,
    ListingAnalysis,
    ListingChange,
    MatchingState,
    Need,
    NeedSuggestion,
    Offer,
    Provider,
)
from marketplace.services.suggesting.reputation import reputations

BATCH = 5_000


def settings_path() -> Path | None:
    """Where tuned settings live (None: the engine's defaults only)."""
    configured = current_app.config.get("MATCH_SETTINGS_FILE")
    if configured == "":
        return None
    return Path(configured or Path(current_app.instance_path) / "match_settings.toml")


def settings():
    """The one configuration the worker and ``suggest`` share: the engine's defaults, or
    the tuned file (``MATCH_SETTINGS_FILE``) when there is one, read once per process."""
    found = current_app.extensions.get("match_settings")
    if found is None:
        path = settings_path()
        found = (path and settings_file.load(path)) or engine_package.MatchSettings()
        current_app.extensions["match_settings"] = found
    return found


@dataclass(frozen=True)
class Place:
    """Where a group or a provider is, as its listings carry it to the engine."""

    keys: tuple[str, ...]
    lat: float | None
    lon: float | None


def place_of(province_code, regency_code, lat, lon) -> Place:
    lat, lon = place_coordinates(lat, lon, province_code, regency_code)
    return Place(region_keys(province_code, regency_code), lat, lon)


def place_coordinates(lat, lon, province_code, regency_code) -> tuple[float | None, float | None]:
    if lat is not None and lon is not None:
        return lat, lon
    return _seat(province_code, regency_code)


@functools.lru_cache(maxsize=1024)
def _seat(province_code: str | None, regency_code: str | None) -> tuple[float | None, float | None]:
    """The seat of the regency (else the province): where a place without coordinates is."""
    place = (regency_code and regions.regency_by_code(regency_code)) or regions.province_by_code(
        province_code or ""
    )
    return (place.lat, place.lon) if place else (None, None)


@functools.lru_cache(maxsize=4096)  # one tuple for every listing of a region
def region_keys(province_code: str | None, regency_code: str | None) -> tuple[str, ...]:
    return tuple(code for code in (province_code, regency_code) if code)


def need_from(
    *, id, source, ref, kind, title, description, tags, quantity, capacity,
    wanted_from, wanted_until, status, place: Place, members,
) -> engine_package.NeedInput:  # fmt: skip
    """The one rule from a need's columns (and its group's place) to the engine's input."""
    return engine_package.NeedInput(
        id=refs.stable_id("needs", source=source, ref=ref, id=id),
        kind=kind,
        title=title,
        description=description or "",
        tags=tags,
        area_keys=place.keys,
        lat=place.lat,
        lon=place.lon,
        quantity=quantity or capacity,
        members=members,
        wanted_from=wanted_from,
        wanted_until=wanted_until,
        status=status,
    )


def offer_from(
    *, id, source, ref, kind, title, description, tags, service_area, capacity, quantity,
    available_from, available_until, status, base: Place, verified, reputation,
) -> engine_package.OfferInput:  # fmt: skip
    """The one rule from an offer's columns (and its provider's place) to the engine's input."""
    return engine_package.OfferInput(
        id=refs.stable_id("offers", source=source, ref=ref, id=id),
        kind=kind,
        title=title,
        description=description or "",
        tags=tags,
        area_keys=service_area,
        base_keys=base.keys,
        lat=base.lat,
        lon=base.lon,
        capacity=capacity if capacity is not None else quantity,
        available_from=available_from,
        available_until=available_until,
        verified=verified,
        reputation=reputation,
        status=status,
    )


@dataclass(frozen=True)
class Loaded:
    """One listing as loaded for the engine: its database id and its engine input."""

    id: int
    input: object


_NEED_COLUMNS = (
    Need.id,
    Need.source,
    Need.ref,
    Need.kind,
    Need.title,
    Need.description,
    Need.tags,
    Need.quantity,
    Need.capacity,
    Need.wanted_from,
    Need.wanted_until,
    Need.status,
    Group.province_code,
    Group.regency_code,
    Group.lat,
    Group.lon,
    Group.members_count,
)
_OFFER_COLUMNS = (
    Offer.id,
    Offer.source,
    Offer.ref,
    Offer.kind,
    Offer.title,
    Offer.description,
    Offer.tags,
    Offer.service_area,
    Offer.capacity,
    Offer.quantity,
    Offer.available_from,
    Offer.available_until,
    Offer.status,
    Offer.provider_id,
    Provider.province_code,
    Provider.regency_code,
    Provider.lat,
    Provider.lon,
    Provider.verified_at,
)


def _need_input(row) -> engine_package.NeedInput:
    return need_from(
        id=row.id,
        source=row.source,
        ref=row.ref,
        kind=row.kind,
        title=row.title,
        description=row.description,
        tags=tuple(row.tags or ()),
        quantity=row.quantity,
        capacity=row.capacity,
        wanted_from=row.wanted_from,
        wanted_until=row.wanted_until,
        status=row.status,
        place=place_of(row.province_code, row.regency_code, row.lat, row.lon),
        members=row.members_count,
    )


def _offer_input(row, reputation: float | None) -> engine_package.OfferInput:
    return offer_from(
        id=row.id,
        source=row.source,
        ref=row.ref,
        kind=row.kind,
        title=row.title,
        description=row.description,
        tags=tuple(row.tags or ()),
        service_area=tuple(row.service_area or ()),
        capacity=row.capacity,
        quantity=row.quantity,
        available_from=row.available_from,
        available_until=row.available_until,
        status=row.status,
        base=place_of(row.province_code, row.regency_code, row.lat, row.lon),
        verified=row.verified_at is not None,
        reputation=reputation,
    )


def _in_batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def load_needs(ids: Iterable[int] | None = None, *, open_only: bool = False) -> list[Loaded]:
    """Needs as engine inputs (all, or these ids), by id, without loading ORM objects."""
    stmt = select(*_NEED_COLUMNS).join(Group, Group.id == Need.group_id).order_by(Need.id)
    if open_only:
        stmt = stmt.where(Need.status == "open")
    rows = _rows(stmt, Need.id, ids)
    return [Loaded(row.id, _need_input(row)) for row in rows]


def load_offers(ids: Iterable[int] | None = None, *, open_only: bool = False) -> list[Loaded]:
    """Offers as engine inputs, with their providers' places, verification and reputation."""
    stmt = (
        select(*_OFFER_COLUMNS).join(Provider, Provider.id == Offer.provider_id).order_by(Offer.id)
    )
    if open_only:
        stmt = stmt.where(Offer.status == "open")
    rows = _rows(stmt, Offer.id, ids)
    known = reputations(
        {row.provider_id for row in rows} if ids is not None else None, settings=settings()
    )
    return [Loaded(row.id, _offer_input(row, known.get(row.provider_id))) for row in rows]


def _rows(stmt, id_column, ids):
    if ids is None:
        return db.session.execute(stmt).all()
    rows = []
    for chunk in _in_batches(sorted(set(ids))):
        rows.extend(db.session.execute(stmt.where(id_column.in_(chunk))).all())
    return rows


def need_input(need: Need) -> engine_package.NeedInput:
    return load_needs([need.id])[0].input


def offer_input(offer: Offer) -> engine_package.OfferInput:
    return load_offers([offer.id])[0].input


def stored_profiles(
    kind: str, version: str, ids: Iterable[int] | None = None
) -> dict[int, dict[str, float]]:
    """listing id → its stored profile made by this analysis version (all, or these ids)."""
    stmt = select(ListingAnalysis.listing_id, ListingAnalysis.profile).where(
        ListingAnalysis.kind == kind, ListingAnalysis.version == version
    )
    if ids is None:
        return {listing_id: profile for listing_id, profile in db.session.execute(stmt)}
    found = {}
    for chunk in _in_batches(sorted(set(ids))):
        rows = db.session.execute(stmt.where(ListingAnalysis.listing_id.in_(chunk)))
        found.update({listing_id: profile for listing_id, profile in rows})
    return found


def store_profiles(kind: str, version: str, profiles: dict[int, dict[str, float]]) -> None:
    """Save analysed profiles (the caller commits)."""
    if not profiles:
        return
    existing = set()
    for chunk in _in_batches(list(profiles)):
        existing.update(
            db.session.scalars(
                select(ListingAnalysis.listing_id).where(
                    ListingAnalysis.kind == kind, ListingAnalysis.listing_id.in_(chunk)
                )
            )
        )
    fresh = [
        {"kind": kind, "listing_id": i, "version": version, "profile": p}
        for i, p in profiles.items()
        if i not in existing
    ]
    changed = [
        {"kind": kind, "listing_id": i, "version": version, "profile": p}
        for i, p in profiles.items()
        if i in existing
    ]
    if fresh:
        db.session.execute(ListingAnalysis.__table__.insert(), fresh)
    if changed:
        table = ListingAnalysis.__table__
        db.session.execute(
            table.update()
            .where(table.c.kind == bindparam("b_kind"))
            .where(table.c.listing_id == bindparam("b_id"))
            .values(version=bindparam("b_version"), profile=bindparam("b_profile")),
            [
                {
                    "b_kind": kind,
                    "b_id": c["listing_id"],
                    "b_version": version,
                    "b_profile": c["profile"],
                }
                for c in changed
            ],
        )


def profiles_for(
    engine, kind: str, loaded: list[Loaded], *, store: bool = True
) -> dict[str, dict[str, float]]:
    """Stable id → profile for these listings: stored ones where current, the rest analysed
    (and stored, so the next process need not analyse them again)."""
    version = analysis_version(engine.settings)
    few = len(loaded) < BATCH
    stored = stored_profiles(kind, version, [item.id for item in loaded] if few else None)
    missing = [item for item in loaded if item.id not in stored]
    if missing:
        made = engine.profiles([item.input for item in missing])
        fresh = {item.id: profile for item, profile in zip(missing, made, strict=True)}
        if store:
            store_profiles(kind, version, fresh)
        stored.update(fresh)
    return {item.input.id: stored[item.id] for item in loaded}


def analyse_missing(*, workers: int | None = None) -> int:
    """Analyse and store the profiles open listings lack (after a bulk import); how many."""
    from marketplace.services.suggesting import streamed

    engine = engine_package.MatchEngine(settings())
    return sum(
        streamed.analyse_missing(engine, kind, workers=workers) for kind in ("offer", "need")
    )


def suggest_all(
    k: int, *, today: date | None = None, workers: int | None = 1
) -> dict[str, list[str]]:
    """For every open need, the ids of the best ``k`` open offers (what ``suggest`` prints).

    Needs whose prepared suggestions are current (same engine, same generation of the
    worker's index, nothing changed since, and ``today`` not set) are read; the rest are
    ranked here, from stored profiles where they exist.
    """
    from marketplace.services.suggesting import index_store

    pending = index_store.pending_ids()  # before the data (see index_store)
    needs = load_needs(open_only=True)
    current = {} if today is not None else _current_prepared(k)
    todo = [n for n in needs if n.id not in current]
    ranked: dict[str, list[str]] = {}
    if todo:
        engine = engine_package.MatchEngine(settings())
        if index_store.load(engine, pending, needs=False) is None:
            index_store.build(engine, needs=False, workers=workers)
        profiles = profiles_for(engine, "need", todo)
        db.session.commit()
        results = engine.match_all(
            [n.input for n in todo],
            k,
            today=today,
            workers=workers,
            explain=False,
            profiles=profiles,
        )
        ranked = {nid: [s.offer_id for s in rows if s.can_serve] for nid, rows in results.items()}
    for need in needs:
        if need.id in current:
            ranked[need.input.id] = current[need.id]
    return {key: ranked[key] for key in sorted(ranked)}


def _current_prepared(k: int) -> dict[int, list[str]]:
    """need id → prepared offer ids, for the needs whose rows are exactly current."""
    if k > current_app.config["PREPARED_K"]:
        return {}
    state = db.session.get(MatchingState, 1)
    if state is None or state.engine_version != engine_version(settings()):
        return {}
    if db.session.scalar(select(ListingChange.id).limit(1)) is not None:
        return {}
    current_needs = set(
        db.session.scalars(
            select(ListingAnalysis.listing_id).where(
                ListingAnalysis.kind == "need",
                ListingAnalysis.ranked_generation == state.generation,
                ListingAnalysis.ranked_version == state.engine_version,
            )
        )
    )
    result: dict[int, list[str]] = {need_id: [] for need_id in current_needs}
    rows = db.session.execute(
        select(NeedSuggestion.need_id, NeedSuggestion.rank, Offer.source, Offer.ref, Offer.id)
        .join(Offer, Offer.id == NeedSuggestion.offer_id)
        .where(NeedSuggestion.can_serve.is_(True))
        .order_by(NeedSuggestion.need_id, NeedSuggestion.rank)
    )
    for need_id, rank, source, ref, offer_id in rows:
        if need_id in result and rank <= k:
            result[need_id].append(refs.stable_id("offers", source=source, ref=ref, id=offer_id))
    return result
