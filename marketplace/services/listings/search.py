"""Browsing and searching needs and offers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import (
    Select,
    String,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import contains_eager
from sqlalchemy.sql import ColumnElement

from marketplace import regions
from marketplace.extensions import db
from marketplace.lifecycle import PUBLIC_LISTING_STATES
from marketplace.models import Group, Need, Offer, Provider
from marketplace.services import paging

BROWSE_DEFAULT_STATUSES = ("open", "matched")


@dataclass(frozen=True)
class Filters:
    q: str = ""
    kind: str = ""
    sector: str = ""
    province: str = ""
    regency: str = ""
    status: str = ""


def _words(q: str) -> list[str]:
    return re.findall(r"\w+", q)[:10]


def _text_matches(model, q: str, *, typos: bool = True) -> list[ColumnElement[bool]]:
    """Full-text search on the database's own index (every word must match)."""
    words = _words(q)
    if not words:
        return []
    table = model.__tablename__
    if db.engine.dialect.name == "postgresql":
        # Each word: its start (simple), its stem (indonesian), or a title word it nearly
        # spells (a typo). Word by word, so a common word never matches on its own: the
        # whole query as one trigram string let "pelatihan kopi" find every "pelatihan".
        vector = literal_column(f"{table}.search_vector")
        simple, indonesian = (literal_column(f"'{c}'::regconfig") for c in ("simple", "indonesian"))
        return [
            or_(
                vector.op("@@")(func.to_tsquery(simple, f"{word}:*")),
                vector.op("@@")(func.plainto_tsquery(indonesian, word)),
                *([literal(word, String).op("<%")(model.title)] if typos else []),
            )
            for word in words
        ]
    if db.engine.dialect.name == "sqlite":
        match = " ".join('"' + word.replace('"', "") + '"*' for word in words)
        found = (
            select(literal_column("rowid"))
            .select_from(text(f"{table}_fts"))
            .where(text(f"{table}_fts MATCH :match").bindparams(match=match))
        )
        return [model.id.in_(found)]
    return [  # any other database: a plain scan
        or_(model.title.ilike(f"%{w}%"), model.description.ilike(f"%{w}%")) for w in words
    ]


def _json_list_contains(column, code: str) -> ColumnElement[bool]:
    """The JSON list holds this code: an indexed containment on PostgreSQL (jsonb GIN)."""
    if db.engine.dialect.name == "postgresql":
        return cast(column, JSONB).op("@>")(cast(literal(json.dumps([code])), JSONB))
    if db.engine.dialect.name == "sqlite":
        return exists(
            select(literal_column("1"))
            .select_from(func.json_each(column).table_valued("value"))
            .where(literal_column("value") == code)
        )
    return cast(column, String).like(f'%"{code}"%')


def _json_list_empty(column) -> ColumnElement[bool]:
    if db.engine.dialect.name == "postgresql":
        return func.coalesce(func.jsonb_array_length(cast(column, JSONB)), 0) == 0
    return cast(column, String).in_(["[]", "null"])


def _common(model, filters: Filters, stmt, *, typos: bool = True):
    statuses = (
        (filters.status,) if filters.status in PUBLIC_LISTING_STATES else BROWSE_DEFAULT_STATUSES
    )
    stmt = stmt.where(model.status.in_(statuses))
    if filters.kind:
        stmt = stmt.where(model.kind == filters.kind)
    if filters.sector:
        stmt = stmt.where(model.sector == filters.sector)
    if filters.q.strip():
        stmt = stmt.where(*_text_matches(model, filters.q, typos=typos))
    return stmt.order_by(*_newest_first(model))


def _newest_first(columns) -> tuple:
    """The listings' order: a model's, or a subquery's of its ``created_at`` and ``id``."""
    return columns.created_at.desc(), columns.id.desc()


@dataclass(frozen=True)
class GroupCard:
    name: str
    regency_code: str | None
    province_code: str | None


@dataclass(frozen=True)
class NeedCard:
    """A found need as its card shows it (``_macros.need_card``)."""

    id: int
    kind: str
    status: str
    title: str
    group: GroupCard


@dataclass(frozen=True)
class ProviderCard:
    name: str
    verified: bool


@dataclass(frozen=True)
class OfferCard:
    """A found offer as its card shows it (``_macros.offer_card``)."""

    id: int
    kind: str
    status: str
    title: str
    service_area: list
    provider: ProviderCard


def _need_card(row) -> NeedCard:
    return NeedCard(row.id, row.kind, row.status, row.title, GroupCard(*row[4:7]))


def _offer_card(row) -> OfferCard:
    provider = ProviderCard(row.provider_name, row.verified_at is not None)
    return OfferCard(row.id, row.kind, row.status, row.title, row.service_area, provider)


# What each kind of card shows, and how a row becomes one.
_CARDS = {
    "needs": (
        (Need.id, Need.kind, Need.status, Need.title, Group.name, Group.regency_code,
         Group.province_code),
        Need.group,
        _need_card,
    ),
    "offers": (
        (Offer.id, Offer.kind, Offer.status, Offer.title, Offer.service_area,
         Provider.name.label("provider_name"), Provider.verified_at),
        Offer.provider,
        _offer_card,
    ),
}  # fmt: skip


class _NarrowPagination(paging.CountedPagination):
    """A page and the total in one query. The matches are found, counted and sorted as
    narrow rows (id and sort key) and only the page's rows are read, as the columns their
    cards show: reading every match whole to sort it was most of a common word's search
    ("madu", 862 needs: 9 → 2.5 ms in PostgreSQL); reading the page's 20 listings and their
    groups or providers as ORM objects, most of the rest.

    ``select`` selects ``model.id`` and ``model.created_at`` of the matches, in order."""

    def _page_statement(self, counted: Select) -> Select:
        columns, joined, _card = _CARDS[self._query_args["model"].__tablename__]
        found = counted.subquery()
        model = self._query_args["model"]
        return (
            select(*columns, found.c.total)
            .join_from(model, found, found.c.id == model.id)
            .join(joined)
            .order_by(*_newest_first(found.c))
        )

    def _items(self, rows: list) -> list:
        card = _CARDS[self._query_args["model"].__tablename__][2]
        return [card(row) for row in rows]


def _paginate(model, build, filters: Filters, *, typos: bool, page: int, per_page: int):
    narrow = select(model.id, model.created_at).select_from(model)
    narrow = build(narrow, filters, typos=typos, joined=False)
    return _NarrowPagination(
        select=narrow,
        model=model,
        session=db.session(),
        page=page,
        per_page=per_page,
        error_out=False,
        params={},
    )


def _search(model, build, filters: Filters, *, page: int, per_page: int) -> Pagination:
    """A page of the listings ``build`` selects. Near spellings (the trigram clause: most of
    a search's time in the database) are looked for only when the words as written match
    less than a page: "tahuu" still finds "tahu", "tahu" no longer also scans for titles
    that nearly spell it."""
    if db.engine.dialect.name != "postgresql" or not _words(filters.q):
        return _paginate(model, build, filters, typos=True, page=page, per_page=per_page)
    exact = _paginate(model, build, filters, typos=False, page=page, per_page=per_page)
    if exact.total >= per_page:
        return exact
    return _paginate(model, build, filters, typos=True, page=page, per_page=per_page)


def needs_query(filters: Filters, *, typos: bool = True) -> Select:
    """Published needs that pass the filters, newest first (the API); ``typos``: words also
    match title words they nearly spell."""
    stmt = select(Need).options(contains_eager(Need.group))  # one query per page
    return _needs(stmt, filters, typos=typos, joined=True)


def _needs(stmt, filters: Filters, *, typos: bool, joined: bool):
    """``stmt`` narrowed to the filters; joined to the group when ``joined`` or a place asks."""
    if joined or filters.province or filters.regency:
        stmt = stmt.join(Group, Group.id == Need.group_id)
    if filters.province:
        stmt = stmt.where(Group.province_code == filters.province)
    if filters.regency:
        stmt = stmt.where(Group.regency_code == filters.regency)
    return _common(Need, filters, stmt, typos=typos)


def search_needs(filters: Filters, *, page: int, per_page: int) -> Pagination:
    return _search(Need, _needs, filters, page=page, per_page=per_page)


def search_offers(filters: Filters, *, page: int, per_page: int) -> Pagination:
    return _search(Offer, _offers, filters, page=page, per_page=per_page)


def offers_query(filters: Filters, *, typos: bool = True) -> Select:
    """Offers that reach the chosen place: listed in their area, based there, or everywhere
    (the API)."""
    stmt = select(Offer).options(contains_eager(Offer.provider))
    return _offers(stmt, filters, typos=typos, joined=True)


def _offers(stmt, filters: Filters, *, typos: bool, joined: bool):
    """``stmt`` narrowed to the filters; joined to the provider when ``joined`` or a place
    asks."""
    place = filters.regency or filters.province
    if joined or place:
        stmt = stmt.join(Provider, Provider.id == Offer.provider_id)
    if place:
        codes = [place]
        regency = regions.regency_by_code(filters.regency) if filters.regency else None
        if regency is not None:
            codes.append(regency.province_code)
        reach = [_json_list_contains(Offer.service_area, c) for c in codes]
        reach.append(_json_list_empty(Offer.service_area))
        reach.append(
            Provider.regency_code == filters.regency
            if filters.regency
            else Provider.province_code == filters.province
        )
        stmt = stmt.where(or_(*reach))
    return _common(Offer, filters, stmt, typos=typos)


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    latest_needs: list[Need]
    latest_offers: list[Offer]


def overview(*, latest: int = 6) -> Overview:
    """What the home page shows: how big the marketplace is, and what was posted last."""

    def newest(model):
        return db.session.scalars(
            select(model)
            .where(model.status == "open")
            .order_by(model.created_at.desc(), model.id.desc())
            .limit(latest)
        ).all()

    counts = {
        "groups": db.session.scalar(select(func.count(Group.id))),
        "providers": db.session.scalar(select(func.count(Provider.id))),
        "needs": db.session.scalar(select(func.count(Need.id)).where(Need.status == "open")),
        "offers": db.session.scalar(select(func.count(Offer.id)).where(Offer.status == "open")),
    }
    return Overview(counts, list(newest(Need)), list(newest(Offer)))


def providers_page(*, page: int, per_page: int = 30) -> Pagination:
    """The provider directory: verified providers first."""
    stmt = select(Provider).order_by(Provider.verified_at.is_(None), Provider.name)
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)
