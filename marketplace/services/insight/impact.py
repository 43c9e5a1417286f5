"""The facilitator and programme dashboard: what is open, how fast it moves, what came of it."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from marketplace.extensions import db
from marketplace.models import Group, Match, Need
from marketplace.services.curation.moves import INTRODUCED_STATES


@dataclass(frozen=True)
class Scope:
    group_ids: frozenset[int] | None = None  # None = every group (admins)
    province: str = ""
    sector: str = ""
    kind: str = ""


@dataclass
class Impact:
    open_by_kind: Counter = field(default_factory=Counter)
    open_by_sector: Counter = field(default_factory=Counter)
    open_by_province: Counter = field(default_factory=Counter)
    days_to_first_proposal: float | None = None
    days_to_acceptance: float | None = None
    proposals: int = 0
    group_decisions: int = 0
    accepted: int = 0
    completed: int = 0
    people_trained: int = 0
    volume_sold: Decimal = Decimal(0)
    value_sold: Decimal = Decimal(0)
    dismiss_reasons: Counter = field(default_factory=Counter)
    decline_reasons: Counter = field(default_factory=Counter)

    @property
    def acceptance_rate(self) -> float | None:
        return self.accepted / self.group_decisions if self.group_decisions else None


def _days(later, earlier) -> float:
    return (later - earlier).total_seconds() / 86400


def measure(scope: Scope) -> Impact:
    stmt = select(Need).join(Group).options(selectinload(Need.group))
    if scope.group_ids is not None:
        stmt = stmt.where(Need.group_id.in_(scope.group_ids))
    if scope.province:
        stmt = stmt.where(Group.province_code == scope.province)
    if scope.sector:
        stmt = stmt.where(Need.sector == scope.sector)
    if scope.kind:
        stmt = stmt.where(Need.kind == scope.kind)
    needs = db.session.scalars(stmt).all()
    impact = Impact()
    by_need: dict[int, list[Match]] = {n.id: [] for n in needs}
    if needs:
        matches = db.session.scalars(
            select(Match).where(Match.need_id.in_(by_need)).options(selectinload(Match.outcome))
        ).all()
        for match in matches:
            by_need[match.need_id].append(match)
    to_proposal, to_acceptance = [], []
    for need in needs:
        if need.status == "open":
            impact.open_by_kind[need.kind] += 1
            impact.open_by_sector[need.sector or "other"] += 1
            impact.open_by_province[need.group.province_code] += 1
        proposed = [m.proposed_at for m in by_need[need.id] if m.proposed_at]
        if proposed:
            to_proposal.append(_days(min(proposed), need.created_at))
        for match in by_need[need.id]:
            _count_match(impact, match, need, to_acceptance)
    impact.days_to_first_proposal = round(median(to_proposal), 1) if to_proposal else None
    impact.days_to_acceptance = round(median(to_acceptance), 1) if to_acceptance else None
    return impact


def _count_match(impact: Impact, match: Match, need: Need, to_acceptance: list[float]) -> None:
    if match.proposed_at:
        impact.proposals += 1
    if match.group_decided_at:
        impact.group_decisions += 1
    if match.state in INTRODUCED_STATES:
        impact.accepted += 1
        if match.provider_decided_at:
            to_acceptance.append(_days(match.provider_decided_at, need.created_at))
    if match.state == "dismissed" and match.reason_code:
        impact.dismiss_reasons[match.reason_code] += 1
    if match.state == "declined" and match.reason_code:
        impact.decline_reasons[match.reason_code] += 1
    if match.state == "completed":
        impact.completed += 1
        outcome = match.outcome
        if outcome is not None:
            impact.people_trained += outcome.people_trained or 0
            impact.volume_sold += outcome.volume or 0
            impact.value_sold += outcome.price or 0


def impact_csv(impact: Impact, labels) -> str:
    """The dashboard's figures as rows of (section, item, value)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "item", "value"])
    for section, counter in (
        ("open needs by kind", impact.open_by_kind),
        ("open needs by sector", impact.open_by_sector),
        ("open needs by province", impact.open_by_province),
        ("dismissal reasons", impact.dismiss_reasons),
        ("decline reasons", impact.decline_reasons),
    ):
        for key, value in sorted(counter.items()):
            writer.writerow([section, labels(section, key), value])
    for name in (
        "days_to_first_proposal",
        "days_to_acceptance",
        "proposals",
        "group_decisions",
        "accepted",
        "acceptance_rate",
        "completed",
        "people_trained",
        "volume_sold",
        "value_sold",
    ):
        writer.writerow(["summary", name, getattr(impact, name)])
    return out.getvalue()
