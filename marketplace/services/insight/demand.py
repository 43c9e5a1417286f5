"""Demand without supply: what groups ask for that no open offer covers.

The matching worker counts it (:func:`count`, with its own engine and the prepared
suggestions) into ``unmet_demand``; the facilitators' page, its CSV and the providers'
home page read those rows (:func:`unmet_demand`, :func:`for_providers`), never an engine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select

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


def unmet_demand(
    *,
    sectors: set[str] | None = None,
    provinces: set[str] | None = None,
    limit: int | None = None,
) -> list[DemandRow]:
    """Subjects open needs ask for that no good open offer covers, the most asked first
    (only these sectors and provinces, when given; at most ``limit`` rows)."""
    stmt = select(UnmetDemand).order_by(UnmetDemand.needs.desc(), UnmetDemand.id)
    if sectors is not None:
        stmt = stmt.where(UnmetDemand.sector.in_(sorted(sectors)))
    if provinces is not None:
        stmt = stmt.where(UnmetDemand.province.in_(sorted(provinces)))
    rows = db.session.scalars(stmt.limit(limit))
    return [
        DemandRow(
            r.province, r.sector, r.concept, r.kind, r.words, r.groups, r.needs, tuple(r.need_ids)
        )  # fmt: skip
        for r in rows
    ]


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
    needs = inputs.load_needs(open_only=True)
    prepared = _prepared([n.id for n in needs])
    by_stable = {n.input.id: n.id for n in needs}
    suggestions = {n.input.id: prepared[n.id] for n in needs if prepared[n.id]}
    found = tally(gaps(engine, [n.input for n in needs], today=today, suggestions=suggestions))
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
    state.demand_at = utcnow()
    state.concept_sectors = {
        key: concept.sector
        for key, concept in engine.lexicon.concepts.items()
        if concept.role != "activity"
    }
    db.session.commit()
    return len(rows)


def _offer_sectors(offer_ids: list[int]) -> set[str]:
    """Sectors of the key subjects of these offers, from their stored profiles."""
    state = db.session.get(MatchingState, 1)
    sectors_of = (state.concept_sectors if state else None) or {}
    settings = inputs.settings()
    floor = settings.term_factor * settings.title_weight
    profiles = db.session.scalars(
        select(ListingAnalysis.profile).where(
            ListingAnalysis.kind == "offer", ListingAnalysis.listing_id.in_(offer_ids)
        )
    )
    return {
        sectors_of[feature[2:]]
        for profile in profiles
        for feature, weight in profile.items()
        if feature.startswith("c:") and weight >= floor and feature[2:] in sectors_of
    }


def filtered(rows: list[DemandRow], *, province: str = "", sector: str = "") -> list[DemandRow]:
    """Keep the rows of one province and/or sector (empty = all)."""
    return [
        r
        for r in rows
        if (not province or r.province == province) and (not sector or r.sector == sector)
    ]


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
    offers = list(
        db.session.scalars(
            select(Offer.id).where(
                Offer.provider_id.in_([p.id for p in providers]), Offer.status == "open"
            )
        )
    )
    if not offers:
        return []
    sectors = _offer_sectors(offers)
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
