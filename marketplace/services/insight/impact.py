"""The facilitator and programme dashboard: what is open, how fast it moves, what came of it."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from statistics import median
from typing import Any

from sqlalchemy import bindparam, func, select

from marketplace.extensions import db
from marketplace.lifecycle import INTRODUCED_STATES
from marketplace.models import Group, Match, Need, Outcome
from marketplace.services.parties import coverage


@dataclass(frozen=True)
class Scope:
    group_ids: frozenset[int] | None = None  # None = every group (admins)
    groups: Any = None  # or a condition on Group (a caseload), kept in the database
    # or the groups a user follows: ``coverage.followed_groups_values`` (statements built once)
    followed: dict | None = None
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


def _in_scope(stmt, scope: Scope):
    """``stmt`` (which joins ``Need`` and ``Group``) narrowed to the scope."""
    if scope.groups is not None:
        stmt = stmt.where(scope.groups)
    if scope.group_ids is not None:
        stmt = stmt.where(Need.group_id.in_(scope.group_ids))
    if scope.province:
        stmt = stmt.where(Group.province_code == scope.province)
    if scope.sector:
        stmt = stmt.where(Need.sector == scope.sector)
    if scope.kind:
        stmt = stmt.where(Need.kind == scope.kind)
    return stmt


def _open_needs():
    sector = func.coalesce(Need.sector, "other")
    return (
        select(Need.kind, sector, Group.province_code, func.count())
        .join(Group, Group.id == Need.group_id)
        .where(Need.status == "open")
        .group_by(Need.kind, sector, Group.province_code)
    )


def _matches():
    return (
        select(
            Match.need_id,
            Match.state,
            Match.reason_code,
            Match.proposed_at,
            Match.group_decided_at,
            Match.provider_decided_at,
            Need.created_at.label("need_created_at"),
            Outcome.people_trained,
            Outcome.volume,
            Outcome.price,
            Outcome.id.label("outcome_id"),
        )
        .join(Need, Need.id == Match.need_id)
        .join(Group, Group.id == Need.group_id)
        .outerjoin(Outcome, Outcome.match_id == Match.id)
        .order_by(Match.id)
    )


@cache
def _bound_statements(*, followed: bool, province: bool, sector: bool, kind: bool) -> tuple:
    """The two statements of a scope of followed groups (or every group), built once per
    process for each set of filters, their values bound: the dashboard's scope changes
    with each user, its shape seldom (building them anew cost a page ~0.3 ms)."""
    where = [coverage.FOLLOWED_GROUPS] if followed else []
    for wanted, clause in (
        (province, Group.province_code == bindparam("province")),
        (sector, Need.sector == bindparam("sector")),
        (kind, Need.kind == bindparam("kind")),
    ):
        if wanted:
            where.append(clause)
    return _open_needs().where(*where), _matches().where(*where)


def _statements(scope: Scope) -> tuple:
    """The open needs' and the matches' statements of the scope, and their parameters."""
    if scope.groups is not None or scope.group_ids is not None:
        return _in_scope(_open_needs(), scope), _in_scope(_matches(), scope), {}
    filters = {f: getattr(scope, f) for f in ("province", "sector", "kind") if getattr(scope, f)}
    open_needs, matches = _bound_statements(
        followed=scope.followed is not None,
        province="province" in filters,
        sector="sector" in filters,
        kind="kind" in filters,
    )
    return open_needs, matches, {**(scope.followed or {}), **filters}


def measure(scope: Scope) -> Impact:
    """The figures of the scope, counted by the database.

    Open needs are counted in one grouped query and only matches come back as rows, so a
    caseload of thousands of needs costs what its curated pairs cost.
    """
    impact = Impact()
    open_needs, matches, params = _statements(scope)
    for kind, need_sector, province, count in db.session.execute(open_needs, params):
        impact.open_by_kind[kind] += count
        impact.open_by_sector[need_sector or "other"] += count
        impact.open_by_province[province] += count
    first_proposal: dict[int, tuple] = {}
    to_acceptance: list[float] = []
    for match in db.session.execute(matches, params):
        if match.proposed_at:
            seen = first_proposal.get(match.need_id)
            if seen is None or match.proposed_at < seen[0]:
                first_proposal[match.need_id] = (match.proposed_at, match.need_created_at)
        _count_match(impact, match, to_acceptance)
    to_proposal = [_days(proposed, created) for proposed, created in first_proposal.values()]
    impact.days_to_first_proposal = round(median(to_proposal), 1) if to_proposal else None
    impact.days_to_acceptance = round(median(to_acceptance), 1) if to_acceptance else None
    return impact


def _count_match(impact: Impact, match, to_acceptance: list[float]) -> None:
    if match.proposed_at:
        impact.proposals += 1
    if match.group_decided_at:
        impact.group_decisions += 1
    if match.state in INTRODUCED_STATES:
        impact.accepted += 1
        if match.provider_decided_at:
            to_acceptance.append(_days(match.provider_decided_at, match.need_created_at))
    if match.state == "dismissed" and match.reason_code:
        impact.dismiss_reasons[match.reason_code] += 1
    if match.state == "declined" and match.reason_code:
        impact.decline_reasons[match.reason_code] += 1
    if match.state == "completed":
        impact.completed += 1
        if match.outcome_id is not None:
            impact.people_trained += match.people_trained or 0
            impact.volume_sold += match.volume or 0
            impact.value_sold += match.price or 0


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
