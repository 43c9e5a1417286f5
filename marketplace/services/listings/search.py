"""Browsing and searching needs and offers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from threading import Lock

from cachetools import TTLCache, cached
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import (
    Select,
    String,
    bindparam,
    cast,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import contains_eager, joinedload
from sqlalchemy.sql import ColumnElement

from marketplace import regions
from marketplace.extensions import db
from marketplace.lifecycle import PUBLIC_LISTING_STATES
from marketplace.models import Group, Need, Offer, Provider
from marketplace.services import paging
from marketplace.services.listings import cards

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
                vector.op("@@")(func.to_tsquery(simple, bindparam(f"prefix_{i}", f"{word}:*"))),
                vector.op("@@")(func.plainto_tsquery(indonesian, bindparam(f"stem_{i}", word))),
                *([bindparam(f"typo_{i}", word).op("<%")(model.title)] if typos else []),
            )
            for i, word in enumerate(words)
        ]
    if db.engine.dialect.name == "sqlite":
        found = (
            select(literal_column("rowid"))
            .select_from(text(f"{table}_fts"))
            .where(text(f"{table}_fts MATCH :match").bindparams(match=_fts_match(words)))
        )
        return [model.id.in_(found)]
    return [  # any other database: a plain scan
        or_(model.title.ilike(like), model.description.ilike(like))
        for like in (bindparam(f"like_{i}", f"%{w}%") for i, w in enumerate(words))
    ]


def _fts_match(words: list[str]) -> str:
    return " ".join('"' + word.replace('"', "") + '"*' for word in words)


def _json_list_contains(column, code: str, name: str) -> ColumnElement[bool]:
    """The JSON list holds this code (bound as ``name``): an indexed containment on
    PostgreSQL (jsonb GIN)."""
    value = _json_list_value(code)
    if db.engine.dialect.name == "postgresql":
        return cast(column, JSONB).op("@>")(cast(bindparam(name, value), JSONB))
    if db.engine.dialect.name == "sqlite":
        return exists(
            select(literal_column("1"))
            .select_from(func.json_each(column).table_valued("value"))
            .where(literal_column("value") == bindparam(name, value))
        )
    return cast(column, String).like(bindparam(name, value))


def _json_list_value(code: str) -> str:
    """What ``_json_list_contains`` binds for ``code``, in this database."""
    if db.engine.dialect.name == "postgresql":
        return json.dumps([code])
    if db.engine.dialect.name == "sqlite":
        return code
    return f'%"{code}"%'


def _json_list_empty(column) -> ColumnElement[bool]:
    # PostgreSQL keeps statistics on this very expression of offers.service_area (migration
    # f2c8d4e6a913): written otherwise, the planner no longer knows how many reach everywhere
    if db.engine.dialect.name == "postgresql":
        return func.coalesce(func.jsonb_array_length(cast(column, JSONB)), 0) == 0
    return cast(column, String).in_(["[]", "null"])


def _statuses(filters: Filters) -> list[str]:
    """The statuses a search shows: the one chosen, if public, or the default ones."""
    if filters.status in PUBLIC_LISTING_STATES:
        return [filters.status]
    return list(BROWSE_DEFAULT_STATUSES)


def _common(model, filters: Filters, stmt, *, typos: bool = True):
    stmt = stmt.where(model.status.in_(bindparam("statuses", _statuses(filters), expanding=True)))
    if filters.kind:
        stmt = stmt.where(model.kind == bindparam("kind", filters.kind))
    if filters.sector:
        stmt = stmt.where(model.sector == bindparam("sector", filters.sector))
    if filters.q.strip():
        stmt = stmt.where(*_text_matches(model, filters.q, typos=typos))
    return stmt.order_by(*_newest_first(model))


def _newest_first(columns) -> tuple:
    """The listings' order: a model's, or a subquery's of its ``created_at`` and ``id``."""
    return columns.created_at.desc(), columns.id.desc()


class _NarrowPagination(paging.PreparedPagination):
    """A page and the total in one query. The matches are found, counted and sorted as
    narrow rows (id and sort key) and only the page's rows are read, as the columns their
    cards show: reading every match whole to sort it was most of a common word's search
    ("madu", 862 needs: 9 → 2.5 ms in PostgreSQL); reading the page's 20 listings and their
    groups or providers as ORM objects, most of the rest.

    ``select`` selects ``model.id`` and ``model.created_at`` of the matches, in order."""

    def _items(self, rows: list) -> list:
        card = cards.CARDS[self._query_args["model"].__tablename__][2]
        return [card(row) for row in rows]


class _BrowsePagination(_NarrowPagination, paging.CappedPagination):
    """``_NarrowPagination`` of a search without words: its total is counted only so far
    (``paging.CappedPagination``), as counting every open listing for each page cost more
    than the rest of the page (100k needs: 125 → 9.5 ms a page)."""


def _page_statement(model, narrow: Select, *, capped: bool) -> Select:
    """The page of ``narrow``'s matches (limit and offset bound) with their total, as rows
    of what their cards show; ``capped``: the total counted only so far (``count_limit``).
    Matches of words are counted whole: the text index finds them all at once, and a word
    matches few listings beside all of them."""
    columns, joined, _card = cards.CARDS[model.__tablename__]
    found = paging.found_page_statement(narrow, _newest_first, capped=capped).subquery()
    return (
        select(*columns, found.c.total)
        .join_from(model, found, found.c.id == model.id)
        .join(joined)
        .order_by(*_newest_first(found.c))
    )


# Searches of one shape (``_shape``) share their statements, their values bound: building
# them took about half of a search's time in Python, more than running them.
_STATEMENTS: dict[tuple, tuple[Select, Select]] = {}


def _paginate(model, build, filters: Filters, *, typos: bool, page: int, per_page: int):
    shape = _shape(model, filters, typos=typos)
    browse = not _words(filters.q)  # as _shape counts them: one shape, one statement
    statements = _STATEMENTS.get(shape)
    if statements is None:
        narrow = select(model.id, model.created_at).select_from(model)
        narrow = build(narrow, filters, typos=typos, joined=False)
        page_statement = _page_statement(model, narrow, capped=browse)
        statements = _STATEMENTS[shape] = (narrow, page_statement)
    return (_BrowsePagination if browse else _NarrowPagination)(
        select=statements[0],
        page=page,
        per_page=per_page,
        error_out=False,
        model=model,
        session=db.session(),
        params=_params(model, filters, typos=typos),
        page_statement=statements[1],
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
    return _found_first(Need, stmt, _needs, filters, typos=typos)


def _needs(stmt, filters: Filters, *, typos: bool, joined: bool):
    """``stmt`` narrowed to the filters; joined to the group when ``joined`` or a place asks."""
    if joined or filters.province or filters.regency:
        stmt = stmt.join(Group, Group.id == Need.group_id)
    if filters.province:
        stmt = stmt.where(Group.province_code == bindparam("province", filters.province))
    if filters.regency:
        stmt = stmt.where(Group.regency_code == bindparam("regency", filters.regency))
    return _common(Need, filters, stmt, typos=typos)


def search_needs(filters: Filters, *, page: int, per_page: int) -> Pagination:
    return _search(Need, _needs, filters, page=page, per_page=per_page)


def search_offers(filters: Filters, *, page: int, per_page: int) -> Pagination:
    return _search(Offer, _offers, filters, page=page, per_page=per_page)


def offers_query(filters: Filters, *, typos: bool = True) -> Select:
    """Offers that reach the chosen place: listed in their area, based there, or everywhere
    (the API)."""
    stmt = select(Offer).options(contains_eager(Offer.provider))
    return _found_first(Offer, stmt, _offers, filters, typos=typos)


def _found_first(model, stmt: Select, build, filters: Filters, *, typos: bool) -> Select:
    """``build``'s statement of ``stmt``, the words' matches found first
    (``paging.found_first``) and joined: paged by id, PostgreSQL walked every listing
    newest first testing each for the words ("kopi" in 100k needs: 62 -> 10 ms a page of
    the API)."""
    if not _words(filters.q):
        return build(stmt, filters, typos=typos, joined=True)
    matches = build(select(model.id), filters, typos=typos, joined=False).order_by(None)
    found = paging.found_first(matches)
    listed = build(stmt, replace(filters, q=""), typos=typos, joined=True)
    return listed.join(found, found.c.id == model.id)


def _offers(stmt, filters: Filters, *, typos: bool, joined: bool):
    """``stmt`` narrowed to the filters; joined to the provider when ``joined`` or a place
    asks."""
    place = filters.regency or filters.province
    if joined or place:
        stmt = stmt.join(Provider, Provider.id == Offer.provider_id)
    if place:
        codes = _reach_codes(filters)
        reach = [
            _json_list_contains(Offer.service_area, c, f"area_{i}") for i, c in enumerate(codes)
        ]
        reach.append(_json_list_empty(Offer.service_area))
        reach.append(
            Provider.regency_code == bindparam("regency", filters.regency)
            if filters.regency
            else Provider.province_code == bindparam("province", filters.province)
        )
        stmt = stmt.where(or_(*reach))
    return _common(Offer, filters, stmt, typos=typos)


def _reach_codes(filters: Filters) -> list[str]:
    """The places an offer's area may list to reach the chosen one: it, and a regency's
    province."""
    place = filters.regency or filters.province
    if not place:
        return []
    regency = regions.regency_by_code(filters.regency) if filters.regency else None
    return [place, regency.province_code] if regency is not None else [place]


def _shape(model, filters: Filters, *, typos: bool) -> tuple:
    """What a search's statement depends on besides its bound values: searches of one
    shape share one statement (``_paginate``)."""
    words = len(_words(filters.q)) if filters.q.strip() else 0
    places = len(_reach_codes(filters)) if model is Offer else 0
    given = (
        bool(filters.kind),
        bool(filters.sector),
        bool(filters.province),
        bool(filters.regency),
    )
    return (db.engine.dialect.name, model.__tablename__, typos, words, places, *given)


def _params(model, filters: Filters, *, typos: bool) -> dict:
    """The values a search binds, by the names its statement gives them."""
    params: dict = {"statuses": _statuses(filters)}
    # a need's group is in the province and the regency; an offer reaches the finer place
    places = (
        ("province", "regency")
        if model is Need
        else ("regency" if filters.regency else "province",)
    )
    for name in ("kind", "sector", *places):
        if getattr(filters, name):
            params[name] = getattr(filters, name)
    words = _words(filters.q) if filters.q.strip() else []
    dialect = db.engine.dialect.name
    if words and dialect == "postgresql":
        for i, word in enumerate(words):
            params[f"prefix_{i}"], params[f"stem_{i}"] = f"{word}:*", word
            if typos:
                params[f"typo_{i}"] = word
    elif words and dialect == "sqlite":
        params["match"] = _fts_match(words)
    elif words:
        params.update({f"like_{i}": f"%{w}%" for i, w in enumerate(words)})
    if model is Offer:
        for i, code in enumerate(_reach_codes(filters)):
            params[f"area_{i}"] = _json_list_value(code)
    return params


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    latest_needs: list[Need]
    latest_offers: list[Offer]


def overview(*, latest: int = 6) -> Overview:
    """What the home page shows: how big the marketplace is, and what was posted last."""

    def newest(model):
        owner = Need.group if model is Need else Offer.provider  # what each card names
        return db.session.scalars(
            select(model)
            .options(joinedload(owner))
            .where(model.status == "open")
            .order_by(model.created_at.desc(), model.id.desc())
            .limit(latest)
        ).all()

    return Overview(marketplace_counts(db.engine.url), list(newest(Need)), list(newest(Offer)))


COUNTS_SECONDS = 60  # how old the home page's counts may be


@cached(TTLCache(maxsize=4, ttl=COUNTS_SECONDS), lock=Lock())
def marketplace_counts(database_url) -> dict[str, int]:
    """How big the marketplace is, counted at most once a minute in each process (by
    database): counting every open need and offer was most of the home page's time
    (100k of each: ~90 ms in PostgreSQL), and a minute old says as much to a visitor."""
    return {
        "groups": db.session.scalar(select(func.count(Group.id))),
        "providers": db.session.scalar(select(func.count(Provider.id))),
        "needs": db.session.scalar(select(func.count(Need.id)).where(Need.status == "open")),
        "offers": db.session.scalar(select(func.count(Offer.id)).where(Offer.status == "open")),
    }


def providers_page(*, page: int, per_page: int = 30) -> Pagination:
    """The provider directory: verified providers first."""
    stmt = select(Provider).order_by(Provider.verified_at.is_(None), Provider.name)
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)
