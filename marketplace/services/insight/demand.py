"""Demand without supply: what groups ask for that no open offer covers.

The matching worker counts it (:func:`count`, with its own engine and the prepared
suggestions) into ``unmet_demand``; the facilitators' page, its CSV and the providers'
home page read those rows (:func:`unmet_demand`, :func:`for_providers`), never an engine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache

from flask import current_app
from sqlalchemy import Select, and_, bindparam, delete, select

from marketplace.extensions import db
from marketplace.matching import Reason, Suggestion
from marketplace.matching.demand import gaps, tally
from marketplace.models import (
    ListingAnalysis,
    MatchingState,
    Need,
    NeedSuggestion,
    Offer,
    Provider,
    UnmetDemand,
)
from marketplace.models.base import utcnow
from marketplace.services import paging
from marketplace.services.suggesting import inputs


@dataclass(frozen=True)
class DemandRow:
    """Uncovered needs of one subject, kind and province: how many groups ask."""

    province: str  # province code ("" when the group's place is unknown)
    sector: str
    concept: str
    kind: str
    words: str
    groups: int
    needs: int
    need_ids: tuple[int, ...]


DEMAND_FIELDS = tuple(f.name for f in fields(DemandRow))


def unmet_demand(
    *,
    sectors: set[str] | None = None,
    provinces: set[str] | None = None,
    limit: int | None = None,
) -> list[DemandRow]:
    """Subjects open needs ask for that no good open offer covers, the most asked first
    (only these sectors and provinces, when given; at most ``limit`` rows)."""
    stmt = _unmet_demand(sectors is not None, provinces is not None, limit)
    params = {}
    if sectors is not None:
        params["sectors"] = sorted(sectors)
    if provinces is not None:
        params["provinces"] = sorted(provinces)
    return [_demand_row(r) for r in db.session.execute(stmt, params)]


def _demand_row(row) -> DemandRow:
    """A row of ``_unmet_demand``'s statement (a page's carries its total after it)."""
    *columns, need_ids = row[: len(DEMAND_FIELDS)]
    return DemandRow(*columns, tuple(need_ids))


def unmet_demand_page(*, province: str = "", sector: str = "", page: int, per_page: int):
    """A page of ``unmet_demand`` in one province and/or sector (empty: all), with its
    total: the rows grow with the needs (2,347 at 100k needs, 380 kB as one page)."""
    stmt = _unmet_demand(bool(sector), bool(province), None)
    params = {"sectors": [sector], "provinces": [province]}
    result = paging.counted_page(stmt, page=page, per_page=per_page, params=params)
    result.items = [_demand_row(r) for r in result.items]
    return result


@cache
def _unmet_demand(by_sector: bool, by_province: bool, limit: int | None) -> Select:
    """``unmet_demand``'s statement, built once per process for each set of filters and
    limit, the filters' values bound."""
    u = UnmetDemand  # the row's columns, in DemandRow's order: no ORM objects to make
    stmt = select(u.province, u.sector, u.concept, u.kind, u.words, u.groups, u.needs, u.need_ids)
    stmt = stmt.order_by(UnmetDemand.needs.desc(), UnmetDemand.id)
    if by_sector:
        stmt = stmt.where(UnmetDemand.sector.in_(bindparam("sectors", expanding=True)))
    if by_province:
        stmt = stmt.where(UnmetDemand.province.in_(bindparam("provinces", expanding=True)))
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt


def _prepared(need_ids: list[int]) -> dict[int, list[Suggestion]]:
    """The prepared suggestions of these needs, as the engine's objects."""
    found: dict[int, list[Suggestion]] = {i: [] for i in need_ids}
    for start in range(0, len(need_ids), inputs.BATCH):
        rows = db.session.scalars(
            select(NeedSuggestion)
            .where(NeedSuggestion.need_id.in_(need_ids[start : start + inputs.BATCH]))
            .order_by(NeedSuggestion.need_id, NeedSuggestion.rank)
        )
        for row in rows:
            reasons = tuple(
                Reason(r["code"], tuple((r.get("params") or {}).items()), r.get("weight", 0.0))
                for r in row.reasons
            )
            found[row.need_id].append(
                Suggestion(str(row.need_id), str(row.offer_id), row.score, reasons, row.can_serve)
            )
    return found


def count(engine, *, today: date | None = None) -> int:
    """Count the unmet demand afresh (the worker, whose ``engine`` holds the offers)."""
    counting = Counting()
    while not counting.step(engine, size=len(counting.need_ids) or 1, today=today):
        pass
    return counting.write(engine)


class Counting:
    """Unmet demand counted a slice of open needs at a time, then written at once: the
    matching worker takes one slice when it has nothing else to do, so a change waits for
    one slice at most, never for a whole count (seconds at 10,000 needs)."""

    def __init__(self) -> None:
        self.need_ids = list(
            db.session.scalars(select(Need.id).where(Need.status == "open").order_by(Need.id))
        )
        self.done = 0
        self.found: list = []
        self.by_stable: dict[str, int] = {}

    def step(self, engine, *, size: int = 50, today: date | None = None) -> bool:
        """Count the next ``size`` needs; True when every need is counted."""
        chunk = self.need_ids[self.done : self.done + size]
        self.done += len(chunk)
        needs = [n for n in inputs.load_needs(chunk) if n.input.status == "open"]
        prepared = _prepared([n.id for n in needs])
        self.by_stable.update((n.input.id, n.id) for n in needs)
        suggestions = {n.input.id: prepared[n.id] for n in needs if prepared[n.id]}
        self.found.extend(
            gaps(engine, [n.input for n in needs], today=today, suggestions=suggestions)
        )
        return self.done >= len(self.need_ids)

    def write(self, engine) -> int:
        """Replace the ``unmet_demand`` rows with this count (commits); how many rows."""
        found, by_stable = tally(self.found), self.by_stable
        group_of = {
            need_id: group_id
            for need_id, group_id in db.session.execute(select(Need.id, Need.group_id))
        }
        db.session.execute(delete(UnmetDemand))
        rows = []
        for demand in found:
            ids = sorted(by_stable[ref] for ref in demand.need_ids if ref in by_stable)
            rows.append(
                {"province": demand.region, "sector": demand.sector, "concept": demand.concept,
                 "kind": demand.kind, "words": demand.words[:200],
                 "groups": len({group_of[i] for i in ids}), "needs": len(ids), "need_ids": ids}
            )  # fmt: skip
        if rows:
            db.session.execute(UnmetDemand.__table__.insert(), rows)
        state = db.session.get(MatchingState, 1)
        # the map with a new time, always together: pages keep the map of a time
        # (_concept_sectors)
        state.demand_at = utcnow()
        state.concept_sectors = {
            key: concept.sector
            for key, concept in engine.lexicon.concepts.items()
            if concept.role != "activity"
        }
        db.session.commit()
        return len(rows)


def _concept_sectors(counted_at: datetime | None) -> dict[str, str]:
    """The lexicon's concept → sector map the worker saved with its last count of unmet
    demand (``counted_at``), kept by this process until a later count: :meth:`Counting.write`
    saves the map and the count's time in one commit, so a process that has the map of
    that time has the saved one (the map is ~25 kB of JSON: decoding it cost a page more
    than its statement)."""
    kept = current_app.extensions.get("concept_sectors")
    if kept is None or kept[0] != counted_at:
        saved = db.session.execute(
            select(MatchingState.demand_at, MatchingState.concept_sectors).where(
                MatchingState.id == 1
            )
        ).first()
        kept = (saved[0], saved[1] or {}) if saved else (None, {})
        current_app.extensions["concept_sectors"] = kept
    return kept[1]


def _offer_sectors(providers: list[Provider]) -> set[str]:
    """Sectors of the key subjects of these providers' open offers, from their stored
    profiles (read with the time of the last count, for :func:`_concept_sectors`)."""
    rows = db.session.execute(_offer_profiles(), {"provider_ids": [p.id for p in providers]}).all()
    if not rows:
        return set()
    sectors_of = _concept_sectors(rows[0][1])
    settings = inputs.settings()
    floor = settings.term_factor * settings.title_weight
    return {
        sectors_of[feature[2:]]
        for profile, _counted_at in rows
        for feature, weight in profile.items()
        if feature.startswith("c:") and weight >= floor and feature[2:] in sectors_of
    }


@cache
def _offer_profiles() -> Select:
    """``_offer_sectors``' statement, built once per process (the providers' ids bound)."""
    counted_at = select(MatchingState.demand_at).where(MatchingState.id == 1).scalar_subquery()
    return (
        select(ListingAnalysis.profile, counted_at)
        .join(Offer, and_(ListingAnalysis.kind == "offer", ListingAnalysis.listing_id == Offer.id))
        .where(
            Offer.provider_id.in_(bindparam("provider_ids", expanding=True)),
            Offer.status == "open",
        )
    )


def for_providers(
    providers: list[Provider],
    rows: list[DemandRow] | None = None,
    *,
    limit: int | None = None,
) -> list[DemandRow]:
    """The unmet demand providers could answer: rows in the sectors of their open offers'
    subjects, in the provinces they serve (their service area and base; a provider
    without a service area serves everywhere). Without ``rows`` the database picks them
    (the most asked first, at most ``limit``)."""
    if not providers:
        return []
    sectors = _offer_sectors(providers)  # none without open offers
    everywhere = any(not p.service_area for p in providers)
    provinces = {code for p in providers for code in [*(p.service_area or ()), p.province_code]}
    if rows is None:
        if not sectors:
            return []
        return unmet_demand(
            sectors=sectors, provinces=None if everywhere else provinces, limit=limit
        )
    found = [r for r in rows if r.sector in sectors and (everywhere or r.province in provinces)]
    return found[:limit]


def _cell(value):
    # A leading = + - @ makes spreadsheets run the cell as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def demand_csv(rows: list[DemandRow], label: Callable[[str, str], str]) -> str:
    """The rows as CSV; ``label(field, value)`` names provinces, sectors and kinds."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["province", "sector", "subject", "kind", "groups", "needs"])
    for r in rows:
        writer.writerow(
            [
                _cell(label("province", r.province)),
                _cell(label("sector", r.sector)),
                _cell(r.words),
                _cell(label("kind", r.kind)),
                r.groups,
                r.needs,
            ]
        )
    return out.getvalue()
