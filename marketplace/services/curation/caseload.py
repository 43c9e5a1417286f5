"""Facilitators' caseloads: who accompanies which group, and what waits on whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from types import SimpleNamespace

from flask_babel import gettext as _
from sqlalchemy import (
    ColumnElement,
    DateTime,
    Row,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    true,
)
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
SHOWN_GROUP_COLUMNS = (Group.id, Group.name, Group.stage, Group.regency_code, Group.province_code)
SHOWN_NEED_COLUMNS = ("id", "group_id", "title", "kind", "status", "untouched")
GROUP_COUNT_COLUMNS = ("open_count", "untouched_count")  # read with the shown needs
SHOWN_STATES = ("proposed", "group_accepted")  # waiting on the group, on the provider


@dataclass
class GroupCase:
    """One group of a caseload page: counts of everything, the first items of each list."""

    # id, name, stage, regency_code, province_code (SHOWN_GROUP_COLUMNS), then the counts
    group: Row
    open_count: int = 0
    # the oldest SHOWN_PER_GROUP: rows of id, group_id, title, kind and status
    open_needs: list[Row] = field(default_factory=list)
    untouched_count: int = 0
    untouched_ids: set[int] = field(default_factory=set)  # among the shown needs
    waiting: dict[str, int] = field(default_factory=dict)  # SHOWN_STATES → count
    waiting_on_facilitator_count: int = 0  # answers in ASKED_OF_FACILITATOR states
    waiting_on_facilitator: list[Match] = field(default_factory=list)  # the first shown

    @property
    def attention(self) -> int:
        return self.untouched_count * 10 + self.waiting_on_facilitator_count


# The live states written into the statement, not bound: PostgreSQL can then read the
# untouched needs from the partial index of live needs by group (ix_needs_live_by_group),
# whose condition a bound value could not be proven to meet in a plan kept for every page.
LIVE_STATES = bindparam(
    "live_states", list(LIVE_LISTING_STATES), expanding=True, literal_execute=True
)


def _untouched(stale_before):
    touched = select(Match.id).where(Match.need_id == Need.id, Match.state != "suggested").exists()
    return and_(Need.status.in_(LIVE_STATES), Need.created_at <= stale_before, ~touched)


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
    params = {"stale_before": (now or utcnow()) - timedelta(days=stale_days)}
    if not user.is_admin:
        params.update(coverage.followed_groups_values(user))
    statements = _page_statements(every_group=user.is_admin, per_page=per_page)
    result = paging.PreparedPagination(
        select=statements.ordered_groups,
        page_statement=statements.page,
        session=db.session(),
        page=page,
        per_page=per_page,
        error_out=False,
        params=params,
    )
    cases = {}
    for row in result.items:
        cases[row.id] = GroupCase(
            group=row,
            waiting={state: n for state, n in zip(SHOWN_STATES, row[-2:], strict=True) if n},
            waiting_on_facilitator_count=row.asked,
        )
    if cases:
        _fill(cases, {**params, "ids": list(cases)})
    result.cases = list(cases.values())
    return result


@cache
def _page_statements(*, every_group: bool, per_page: int) -> SimpleNamespace:
    """The caseload's groups in order, and a page of them with their counts, built once per
    process (building them anew cost a page more than running them): a page binds the
    followed places (``coverage.FOLLOWED_GROUPS``; none for admins, who see every group),
    the stale date and offset.

    The page's size is written into the statement, not bound: with a bound limit
    PostgreSQL guesses a tenth of the groups for a page, so its plan for any page looked
    dearer than a plan for the page at hand, and it planned the statement anew on every
    request (~0.7 ms); with the limit known, it keeps one plan (as ``bench_pages`` shows:
    ``pg_prepared_statements.generic_plans``)."""
    stale_before = bindparam("stale_before", type_=DateTime)
    # Counted for each group of the caseload through the index on needs.group_id, never
    # over the whole table (the planner cannot tell how few groups a caseload holds).
    untouched = (
        select(func.count())
        .select_from(Need)
        .where(Need.group_id == Group.id, _untouched(stale_before))
        .correlate(Group)
        .scalar_subquery()
    )
    # Answers waiting on a facilitator are few: counted once for all groups, joined to
    # each (a count for each group of the caseload cost more than the rest of the page).
    asked = (
        select(Need.group_id, func.count().label("n"))
        .select_from(Match)
        .join(Need, Need.id == Match.need_id)
        .where(Match.state.in_(ASKED_OF_FACILITATOR), Need.status.in_(LIVE_LISTING_STATES))
        .group_by(Need.group_id)
        .subquery("asked")
    )
    asked_count = func.coalesce(asked.c.n, 0)
    attention = (untouched * 10 + asked_count).label("attention")
    # The columns a page shows of each group: plain rows sort narrower than whole groups
    # (descriptions, products) and need no ORM objects.
    ordered_groups = (
        select(*SHOWN_GROUP_COLUMNS, attention, asked_count.label("asked"))
        .outerjoin(asked, asked.c.group_id == Group.id)
        .order_by(attention.desc(), Group.name, Group.id)
    )
    if not every_group:
        ordered_groups = ordered_groups.where(coverage.FOLLOWED_GROUPS)
    # The ordering reads every group of the caseload: the total comes with the page, and
    # the page's own groups (only they) are counted around it.
    page_limit = literal_column(str(int(per_page)))  # the size PreparedPagination pages by
    shown = paging.page_statement(ordered_groups, limit=page_limit).subquery("shown")
    live_needs = (Need.group_id == shown.c.id) & Need.status.in_(LIVE_LISTING_STATES)

    def count(*where):
        stmt = select(func.count()).select_from(Need).join(Match, Match.need_id == Need.id)
        return stmt.where(live_needs, *where).correlate(shown).scalar_subquery()

    page = select(
        shown, *(count(Match.state == state).label(state) for state in SHOWN_STATES)
    ).order_by(shown.c.attention.desc(), shown.c.name, shown.c.id)
    return SimpleNamespace(ordered_groups=ordered_groups, page=page)


@cache
def _statements() -> SimpleNamespace:
    """What a page shows of its groups' needs and waiting answers, built once per process;
    a page binds the stale date and its groups' ids."""
    stale_before = bindparam("stale_before", type_=DateTime)
    ids = bindparam("ids", expanding=True)
    open_needs = Need.group_id.in_(ids) & Need.status.in_(LIVE_LISTING_STATES)
    # The groups' live needs with what is shown of them, ranked in each group and counted
    # (all, untouched) in one pass: each shown row carries its group's counts.
    live = select(
        Need.id,
        Need.group_id,
        Need.title,
        Need.kind,
        Need.status,
        _untouched(stale_before).label("untouched"),
        Need.created_at,
    ).where(open_needs)
    live = live.subquery("live")
    in_group = {"partition_by": live.c.group_id}
    ranked_needs = select(
        live,
        func.row_number().over(**in_group, order_by=(live.c.created_at, live.c.id)).label("rank"),
        func.count().over(**in_group).label("open_count"),
        func.count().filter(live.c.untouched).over(**in_group).label("untouched_count"),
    ).subquery("ranked")
    first_matches = _first_ids(
        select(Match.id)
        .join(Need, Match.need_id == Need.id)
        .where(open_needs, Match.state.in_(ASKED_OF_FACILITATOR)),
        Need.group_id,
        Match.id,
        SHOWN_PER_GROUP,
    )
    return SimpleNamespace(
        # What the page shows of each need, and whether it is untouched: plain rows, as a
        # page of 200 needs spent more on making ORM objects than on reading them.
        shown=select(*(ranked_needs.c[n] for n in SHOWN_NEED_COLUMNS + GROUP_COUNT_COLUMNS))
        .where(ranked_needs.c.rank <= SHOWN_PER_GROUP)
        .order_by(ranked_needs.c.created_at, ranked_needs.c.id),
        matches=select(Match, Need.group_id)
        .join(Need, Match.need_id == Need.id)
        .where(Match.id.in_(first_matches))
        .options(selectinload(Match.offer).selectinload(Offer.provider))
        .order_by(Match.id),
    )


def _fill(cases: dict[int, GroupCase], params: dict) -> None:
    """The page's needs with their groups' counts, and the answers waiting on the
    facilitator where there are any."""
    statements = _statements()
    for need in db.session.execute(statements.shown, params).all():
        case = cases[need.group_id]
        case.open_needs.append(need)
        if need.untouched:
            case.untouched_ids.add(need.id)
        case.open_count, case.untouched_count = need.open_count, need.untouched_count
    if any(case.waiting_on_facilitator_count for case in cases.values()):
        for match, group_id in db.session.execute(statements.matches, params):
            cases[group_id].waiting_on_facilitator.append(match)


def assignments(*, page: int = 1, per_page: int = 50):
    stmt = select(FacilitatorAssignment).order_by(FacilitatorAssignment.id)
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)
