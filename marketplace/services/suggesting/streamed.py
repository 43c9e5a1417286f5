"""The matching index built straight from the rows and their stored profiles, streamed.

At 1M offers, loading every row into a list of engine inputs and every stored profile
into a dict before indexing held both at once beside the index being built (3.9 GiB,
most of ten minutes). Here each side is read kind by kind, in id order (the order
:meth:`MatchEngine.build` gives the same listings, so the index is the same), from one
cursor over plain columns; a profile is decoded with orjson as its row arrives and is
dropped once the index holds its features. What many listings share (a provider's
place, verification and reputation; a group's; region keys, tags) is made once.

Listings without a current stored profile are analysed first, a chunk at a time (forked
workers for large chunks), and stored, so the next start reads them.
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson
from sqlalchemy import Text, cast, func, select

from marketplace.extensions import db
from marketplace.matching.version import analysis_version
from marketplace.models import Group, ListingAnalysis, Need, Offer, Provider
from marketplace.services.suggesting import inputs
from marketplace.services.suggesting.reputation import reputations

ANALYSE_CHUNK = 20_000  # listings analysed (and stored) at once when profiles are missing
_SHARED_MAX = 200_000  # distinct tag lists kept to share among listings


class DuplicateId(Exception):
    """Two listings share a stable id: the whole-list build decides which one is kept."""


def build_side(engine, kind: str, *, workers: int | None = None) -> dict[str, int]:
    """Index the open listings of one side (``offer`` or ``need``); return stable id →
    database id. Raise :class:`DuplicateId` when a stable id repeats."""
    model = Offer if kind == "offer" else Need
    version = analysis_version(engine.settings)
    analyse_missing(engine, kind, workers=workers)
    listing_kinds = sorted(
        db.session.scalars(select(model.kind).distinct().where(model.status == "open"))
    )
    ids: dict[str, int] = {}
    fresh: dict[int, dict[str, float]] = {}  # analysed here: missing when the chunks ran
    read = _offer_rows if kind == "offer" else _need_rows
    engine.build_streamed(
        ((k, _pairs(engine, read(k, version), ids, fresh)) for k in listing_kinds),
        needs=kind == "need",
    )
    inputs.store_profiles(kind, version, fresh)
    return ids


def _pairs(engine, rows, ids: dict[str, int], fresh: dict) -> Iterator[tuple]:
    for listing_id, item, text in rows:
        if item.id in ids:
            raise DuplicateId(item.id)
        ids[item.id] = listing_id
        if text is None:  # stored since the missing ones were analysed: analysed here
            profile = fresh[listing_id] = engine.profile(item)
        else:
            profile = orjson.loads(text)
        yield item, profile


def _stream(stmt):
    """The rows of ``stmt`` a batch at a time (a server-side cursor on PostgreSQL)."""
    return db.session.connection().execute(stmt.execution_options(yield_per=inputs.BATCH))


def _stored(kind: str, model, column, *where):
    """``column`` of each row's stored analysis, looked up by its primary key row by row.

    Not a join: right after a bulk import the database has no statistics on the analyses
    yet, and PostgreSQL, planning a cursor for its first rows, chose a nested loop over
    them all for every listing (quadratic)."""
    return (
        select(column)
        .where(ListingAnalysis.kind == kind, ListingAnalysis.listing_id == model.id, *where)
        .scalar_subquery()
    )


class _Shared(dict):
    """One object for equal values (tuples of tags, region keys) across listings."""

    def get_tuple(self, raw: str | None) -> tuple:
        if raw is None:
            return ()
        found = self.get(raw)
        if found is None:
            found = tuple(orjson.loads(raw) or ())
            if len(self) < _SHARED_MAX:
                self[raw] = found
        return found


def _offer_rows(listing_kind: str, version: str) -> Iterator[tuple]:
    """(offer id, OfferInput, stored profile as JSON text or None) of the open offers of
    one kind, by id."""
    places = _provider_places()
    shared = _Shared()
    stmt = (
        select(
            Offer.id,
            Offer.source,
            Offer.ref,
            Offer.title,
            Offer.description,
            cast(Offer.tags, Text),
            cast(Offer.service_area, Text),
            Offer.capacity,
            Offer.quantity,
            Offer.available_from,
            Offer.available_until,
            Offer.provider_id,
            _stored(
                "offer",
                Offer,
                cast(ListingAnalysis.profile, Text),
                ListingAnalysis.version == version,
            ),
        )
        .where(Offer.status == "open", Offer.kind == listing_kind)
        .order_by(Offer.id)
    )
    with _stream(stmt) as rows:
        for (oid, source, ref, title, description, tags, area, capacity, quantity,
             available_from, available_until, provider_id, profile) in rows:  # fmt: skip
            base, verified, reputation = places[provider_id]
            item = inputs.offer_from(
                id=oid,
                source=source,
                ref=ref,
                kind=listing_kind,
                title=title,
                description=description,
                tags=shared.get_tuple(tags),
                service_area=shared.get_tuple(area),
                capacity=capacity,
                quantity=quantity,
                available_from=available_from,
                available_until=available_until,
                status="open",
                base=base,
                verified=verified,
                reputation=reputation,
            )
            yield oid, item, profile


def _provider_places() -> dict[int, tuple]:
    """provider id → (place, verified, reputation), as its offers carry them."""
    known = reputations(settings=inputs.settings())
    rows = db.session.execute(
        select(
            Provider.id,
            Provider.province_code,
            Provider.regency_code,
            Provider.lat,
            Provider.lon,
            Provider.verified_at.is_not(None),
        )
    )
    return {
        pid: (inputs.place_of(province, regency, lat, lon), bool(verified), known.get(pid))
        for pid, province, regency, lat, lon, verified in rows
    }


def _need_rows(listing_kind: str, version: str) -> Iterator[tuple]:
    """(need id, NeedInput, stored profile as JSON text or None) of the open needs of one
    kind, by id."""
    groups = _group_places()
    shared = _Shared()
    stmt = (
        select(
            Need.id,
            Need.source,
            Need.ref,
            Need.title,
            Need.description,
            cast(Need.tags, Text),
            Need.quantity,
            Need.capacity,
            Need.wanted_from,
            Need.wanted_until,
            Need.group_id,
            _stored(
                "need",
                Need,
                cast(ListingAnalysis.profile, Text),
                ListingAnalysis.version == version,
            ),
        )
        .where(Need.status == "open", Need.kind == listing_kind)
        .order_by(Need.id)
    )
    with _stream(stmt) as rows:
        for (nid, source, ref, title, description, tags, quantity, capacity, wanted_from,
             wanted_until, group_id, profile) in rows:  # fmt: skip
            place, members = groups[group_id]
            item = inputs.need_from(
                id=nid,
                source=source,
                ref=ref,
                kind=listing_kind,
                title=title,
                description=description,
                tags=shared.get_tuple(tags),
                quantity=quantity,
                capacity=capacity,
                wanted_from=wanted_from,
                wanted_until=wanted_until,
                status="open",
                place=place,
                members=members,
            )
            yield nid, item, profile


def _group_places() -> dict[int, tuple]:
    """group id → (place, members), as its needs carry them."""
    rows = db.session.execute(
        select(
            Group.id,
            Group.province_code,
            Group.regency_code,
            Group.lat,
            Group.lon,
            Group.members_count,
        )
    )
    return {
        gid: (inputs.place_of(province, regency, lat, lon), members)
        for gid, province, regency, lat, lon, members in rows
    }


def missing_ids(kind: str, version: str) -> list[int]:
    """The open listings of one side without a stored profile of this version, by id."""
    model = Offer if kind == "offer" else Need
    stored = func.coalesce(_stored(kind, model, ListingAnalysis.version), "")
    return list(
        db.session.scalars(
            select(model.id).where(model.status == "open", stored != version).order_by(model.id)
        )
    )


def analyse_missing(engine, kind: str, *, workers: int | None = None) -> int:
    """Analyse and store (committing each chunk) the profiles the open listings of one
    side lack; return how many."""
    version = analysis_version(engine.settings)
    todo = missing_ids(kind, version)
    load = inputs.load_offers if kind == "offer" else inputs.load_needs
    for start in range(0, len(todo), ANALYSE_CHUNK):
        loaded = load(todo[start : start + ANALYSE_CHUNK])
        made = engine.profiles([item.input for item in loaded], workers=workers)
        inputs.store_profiles(
            kind, version, {item.id: p for item, p in zip(loaded, made, strict=True)}
        )
        db.session.commit()
    return len(todo)
