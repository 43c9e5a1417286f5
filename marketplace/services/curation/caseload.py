"""Facilitators' caseloads: who accompanies which group, and what waits on whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask_babel import gettext as _
from sqlalchemy import ColumnElement, Row, and_, func, select, true
from sqlalchemy.orm import selectinload

from marketplace import regions
from marketplace.errors import ValidationFailed
from marketplace.extensions import db
from marketplace.lifecycle import ASKED_OF_FACILITATOR, LIVE_LISTING_STATES
from marketplace.models import FacilitatorAssignment, Group, Match, Need, Offer, User
from marketplace.models.base import utcnow
from marketplace.services import paging
from marketplace.services.parties import coverage


def is_assigned(user: User, group: Group) -> bool:
    return coverage.follows(user, group)


def caseload_filter(user: User) -> ColumnElement[bool]:
    """Which groups the user accompanies, as a condition on ``Group`` (admins: all groups)."""
    return true() if user.is_admin else coverage.followed_groups_clause(user)


def caseload_groups(user: User) -> list[Group]:
    """Groups the user accompanies: by name, by regency or province, or as internal facilitator."""
    return list(db.session.scalars(select(Group).where(caseload_filter(user)).order_by(Group.name)))


def caseload_group_ids(user: User) -> frozenset[int]:
    return frozenset(db.session.scalars(select(Group.id).where(caseload_filter(user))))


def assign(
    *,
    facilitator: User,
    group: Group | None = None,
    regency_code: str | None = None,
    province_code: str | None = None,
) -> None:
    """Name a facilitator for one group, or let them cover a regency or a province."""
    if not facilitator.is_facilitator and not facilitator.is_admin:
        raise ValidationFailed({"facilitator": [_("This account is not a facilitator.")]})
    targets = [t for t in (group, regency_code, province_code) if t]
    if len(targets) != 1:
        raise ValidationFailed({"group": [_("Choose one group, one regency or one province.")]})
    if regency_code and regions.regency_by_code(regency_code) is None:
        raise ValidationFailed({"regency_code": [_("Choose a regency or city from the list.")]})
    if province_code and regions.province_by_code(province_code) is None:
        raise ValidationFailed({"province_code": [_("Choose a province from the list.")]})
    where = {
        "facilitator_id": facilitator.id,
        "group_id": group.id if group else None,
        "regency_code": regency_code,
        "province_code": province_code,
    }
    if db.session.scalar(select(FacilitatorAssignment).filter_by(**where)) is None:
        db.session.add(FacilitatorAssignment(**where))
    db.session.commit()


def take_group(group: Group, *, facilitator: User) -> None:
    """A facilitator takes a group from the uncovered queue and accompanies it."""
    if not facilitator.is_facilitator and not facilitator.is_admin:
        raise ValidationFailed({"facilitator": [_("This account is not a facilitator.")]})
    if not coverage.is_uncovered(group):
        raise ValidationFailed({"group": [_("Someone already accompanies this group.")]})
    coverage.take(group, facilitator=facilitator)
    db.session.commit()


def unassign(assignment_id: int) -> None:
    assignment = db.session.get(FacilitatorAssignment, assignment_id)
    if assignment is not None:
        db.session.delete(assignment)
        db.session.commit()


def facilitators_of(group: Group) -> list[User]:
    """Who is told about this group's matches: whoever accompanies it."""
    return coverage.accompanying(group)


SHOWN_PER_GROUP = 10


@dataclass
class GroupCase:
    """One group of a caseload page: counts of everything, the first items of each list."""

    group: Group
    open_count: int = 0
    # the oldest SHOWN_PER_GROUP: rows of id, group_id, title, kind and status
    open_needs: list[Row] = field(default_factory=list)
    untouched_count: int = 0
    untouched_ids: set[int] = field(default_factory=set)  # among the shown needs
    waiting: dict[str, int] = field(default_factory=dict)  # match state → count
    waiting_on_facilitator: list[Match] = field(default_factory=list)  # the first shown

    @property
    def waiting_on_facilitator_count(self) -> int:
        return sum(self.waiting.get(state, 0) for state in ASKED_OF_FACILITATOR)

    @property
    def attention(self) -> int:
        return self.untouched_count * 10 + self.waiting_on_facilitator_count


def _untouched(stale_before: datetime):
    touched = select(Match.id).where(Match.need_id == Need.id, Match.state != "suggested").exists()
    return and_(Need.status.in_(LIVE_LISTING_STATES), Need.created_at <= stale_before, ~touched)


def _first_ids(stmt, partition, order, limit: int):
    """The ids ``stmt`` selects, only the first ``limit`` of each ``partition``."""
    ranked = stmt.add_columns(
        func.row_number().over(partition_by=partition, order_by=order).label("rank")
    ).subquery()
    return select(ranked.c.id).where(ranked.c.rank <= limit)


def untouched_count(user: User, *, stale_days: int, now: datetime | None = None) -> int:
    """How many needs of the user's caseload nobody has proposed anything for in time."""
    stale_before = (now or utcnow()) - timedelta(days=stale_days)
    return db.session.scalar(
        select(func.count(Need.id))
        .join(Group, Group.id == Need.group_id)
        .where(caseload_filter(user), _untouched(stale_before))
    )


def caseload(
    user: User,
    *,
    stale_days: int,
    now: datetime | None = None,
    page: int = 1,
    per_page: int = 20,
):
    """A page of the user's groups, those needing attention first, each with its counts.

    Attention is counted in SQL (untouched needs weigh ten, each answer waiting on the
    facilitator one), so a page costs a handful of queries whatever the caseload's size.
    """
    stale_before = (now or utcnow()) - timedelta(days=stale_days)
    # Counted for each group of the caseload through the index on needs.group_id, never
    # over the whole table (the planner cannot tell how few groups a caseload holds).
    untouched = (
        select(func.count())
        .select_from(Need)
        .where(Need.group_id == Group.id, _untouched(stale_before))
        .correlate(Group)
        .scalar_subquery()
    )
    waiting = (
        select(func.count())
        .select_from(Need)
        .join(Match, Match.need_id == Need.id)
        .where(
            Need.group_id == Group.id,
            Need.status.in_(LIVE_LISTING_STATES),
            Match.state.in_(ASKED_OF_FACILITATOR),
        )
        .correlate(Group)
        .scalar_subquery()
    )
    attention = untouched * 10 + waiting
    stmt = (
        select(Group).where(caseload_filter(user)).order_by(attention.desc(), Group.name, Group.id)
    )
    # The ordering reads every group of the caseload: the total comes with the page.
    result = paging.counted_page(stmt, page=page, per_page=per_page)
    cases = {g.id: GroupCase(group=g) for g in result.items}
    if cases:
        _fill(cases, stale_before)
    result.cases = list(cases.values())
    return result


def _fill(cases: dict[int, GroupCase], stale_before: datetime) -> None:
    ids = list(cases)
    open_needs = Need.group_id.in_(ids) & Need.status.in_(LIVE_LISTING_STATES)
    untouched = _untouched(stale_before)
    for group_id, count, untouched_count in db.session.execute(
        select(Need.group_id, func.count(), func.count().filter(untouched))
        .where(open_needs)
        .group_by(Need.group_id)
    ):
        cases[group_id].open_count = count
        cases[group_id].untouched_count = untouched_count
    first_needs = _first_ids(
        select(Need.id).where(open_needs),
        Need.group_id,
        (Need.created_at, Need.id),
        SHOWN_PER_GROUP,
    )
    # What the page shows of each need, and whether it is untouched, in one query: plain
    # rows, as a page of 200 needs spent more on making ORM objects than on reading them.
    shown = db.session.execute(
        select(Need.id, Need.group_id, Need.title, Need.kind, Need.status, untouched)
        .where(Need.id.in_(first_needs))
        .order_by(Need.created_at, Need.id)
    ).all()
    for need in shown:
        cases[need.group_id].open_needs.append(need)
        if need[-1]:
            cases[need.group_id].untouched_ids.add(need.id)
    for group_id, state, count in db.session.execute(
        select(Need.group_id, Match.state, func.count())
        .join(Match, Match.need_id == Need.id)
        .where(open_needs)
        .group_by(Need.group_id, Match.state)
    ):
        cases[group_id].waiting[state] = count
    first_matches = _first_ids(
        select(Match.id)
        .join(Need, Match.need_id == Need.id)
        .where(open_needs, Match.state.in_(ASKED_OF_FACILITATOR)),
        Need.group_id,
        Match.id,
        SHOWN_PER_GROUP,
    )
    for match, group_id in db.session.execute(
        select(Match, Need.group_id)
        .join(Need, Match.need_id == Need.id)
        .where(Match.id.in_(first_matches))
        .options(selectinload(Match.offer).selectinload(Offer.provider))
        .order_by(Match.id)
    ):
        cases[group_id].waiting_on_facilitator.append(match)


def assignments(*, page: int = 1, per_page: int = 50):
    stmt = select(FacilitatorAssignment).order_by(FacilitatorAssignment.id)
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)
