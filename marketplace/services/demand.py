"""Demand without supply: what groups ask for that no open offer covers.

One service function, :func:`unmet_demand`, gives the counted gaps (computed by the engine
over the open needs and offers, kept until a listing changes); the facilitators' page, its
CSV and the providers' home page read them. Later it can read prepared suggestions.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from marketplace import matching as engine_package
from marketplace.extensions import db
from marketplace.matching.demand import Demand, gaps, key_subjects, tally
from marketplace.models import Need, Offer, Provider
from marketplace.services import matching

_LOCK = threading.Lock()


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


def _stamp() -> tuple:
    """What changes whenever a listing that counts here changes."""
    return tuple(
        db.session.execute(select(func.max(model.updated_at), func.count(model.id))).one()
        for model in (Need, Offer)
    )


def _engine() -> engine_package.MatchEngine:
    """This process's engine for demand (its lexicon loaded once)."""
    engine = current_app.extensions.get("demand_engine")
    if engine is None or engine.settings != matching.settings():
        engine = current_app.extensions["demand_engine"] = engine_package.MatchEngine(
            matching.settings()
        )
    return engine


def unmet_demand(*, today: date | None = None) -> list[DemandRow]:
    """Subjects open needs ask for that no good open offer covers, with counts.

    Rows are per province, sector, subject (lexicon concept) and kind, the most asked first.
    """
    cache = current_app.extensions.setdefault("unmet_demand", {})
    today = today or date.today()
    key = (_stamp(), today)
    with _LOCK:
        if cache.get("key") != key:
            cache.update(key=key, rows=_compute(today))
        return cache["rows"]


def _compute(today: date) -> list[DemandRow]:
    offers = db.session.scalars(
        select(Offer).where(Offer.status == "open").options(selectinload(Offer.provider))
    ).all()
    needs = db.session.scalars(
        select(Need).where(Need.status == "open").options(selectinload(Need.group))
    ).all()
    engine = _engine()
    engine.build(matching.offer_inputs(offers))
    by_ref = {n.stable_id: n for n in needs}
    found = tally(gaps(engine, [matching.need_input(n) for n in needs], today=today))
    return [_row(demand, by_ref) for demand in found]


def _row(demand: Demand, by_ref: dict[str, Need]) -> DemandRow:
    needs = [by_ref[ref] for ref in demand.need_ids if ref in by_ref]
    return DemandRow(
        province=demand.region,
        sector=demand.sector,
        concept=demand.concept,
        kind=demand.kind,
        words=demand.words,
        groups=len({n.group_id for n in needs}),
        needs=len(needs),
        need_ids=tuple(sorted(n.id for n in needs)),
    )


def filtered(rows: list[DemandRow], *, province: str = "", sector: str = "") -> list[DemandRow]:
    """Keep the rows of one province and/or sector (empty = all)."""
    return [
        r
        for r in rows
        if (not province or r.province == province) and (not sector or r.sector == sector)
    ]


def for_providers(
    providers: list[Provider], rows: list[DemandRow] | None = None
) -> list[DemandRow]:
    """The unmet demand providers could answer: rows in the sectors of their open offers'
    subjects, in the provinces they serve (their service area and base; a provider
    without a service area serves everywhere)."""
    offers = [o for p in providers for o in p.offers if o.status == "open"]
    if not offers:
        return []
    rows = unmet_demand() if rows is None else rows
    engine = _engine()
    concepts = engine.lexicon.concepts
    sectors = {
        concepts[key].sector
        for offer in offers
        for key in key_subjects(engine, matching.offer_input(offer))
    }
    everywhere = any(not p.service_area for p in providers)
    provinces = {code for p in providers for code in [*(p.service_area or ()), p.province_code]}
    return [r for r in rows if r.sector in sectors and (everywhere or r.province in provinces)]


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
