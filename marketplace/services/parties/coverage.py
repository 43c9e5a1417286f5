"""Facilitator coverage: who covers which place, who accompanies which group.

A facilitator covers regencies or whole provinces and follows every group there. Each new
group is given to one facilitator covering its place (a regency's first, then the
province's; the least loaded first): the one named on the group's page. A group nobody
covers waits in the uncovered queue until a facilitator takes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, exists, func, or_, select

from marketplace.extensions import db
from marketplace.models import FacilitatorAssignment, Group, User
from marketplace.services import paging


def _covers(group: Group):
    """An assignment clause: this row covers ``group``'s place."""
    clauses = [FacilitatorAssignment.province_code == group.province_code]
    if group.regency_code:
        clauses.append(FacilitatorAssignment.regency_code == group.regency_code)
    return or_(*clauses)


def follows(user: User, group: Group) -> bool:
    """The user is assigned to the group or covers its place."""
    return any(assignment.covers(group) for assignment in user.assignments)


def followed_groups_values(user: User) -> dict[str, Any]:
    """What the user follows: their id (internal facilitator) and, while they hold the
    facilitator role, the groups, regencies and provinces of their assignments (loaded
    with the signed-in user). The parameters of ``FOLLOWED_GROUPS``."""
    rows = user.assignments if user.is_facilitator else ()
    return {
        "follower_id": user.id,
        "followed_group_ids": sorted({r.group_id for r in rows} - {None}),
        "followed_regencies": sorted({r.regency_code for r in rows} - {None}),
        "followed_provinces": sorted({r.province_code for r in rows} - {None}),
    }


def followed_groups_clause(user: User):
    """A clause on ``Group``: groups the user is assigned to or whose place the user covers
    (assignments count while the user holds the facilitator role, as in
    ``permissions.follows_group``), or accompanies as its internal facilitator.

    The user's few assignments are written into the clause as values, so the database can
    estimate how many groups it selects (through subqueries it guessed a whole table, and
    chose whole-table scans and JIT compilation for a caseload page).
    """
    values = followed_groups_values(user)
    clauses = [Group.internal_facilitator_id == user.id]
    for column, key in (
        (Group.id, "followed_group_ids"),
        (Group.regency_code, "followed_regencies"),
        (Group.province_code, "followed_provinces"),
    ):
        if values[key]:
            clauses.append(column.in_(values[key]))
    return or_(*clauses)


# ``followed_groups_clause`` for statements built once: its values are bound at execution
# (``followed_groups_values``), each list expanded into its values, an empty one into false.
FOLLOWED_GROUPS = or_(
    Group.internal_facilitator_id == bindparam("follower_id"),
    Group.id.in_(bindparam("followed_group_ids", expanding=True)),
    Group.regency_code.in_(bindparam("followed_regencies", expanding=True)),
    Group.province_code.in_(bindparam("followed_provinces", expanding=True)),
)


def _load():
    """Groups assigned to each facilitator by name, as a subquery (facilitator_id, n)."""
    return (
        select(FacilitatorAssignment.facilitator_id, func.count().label("n"))
        .where(FacilitatorAssignment.group_id.is_not(None))
        .group_by(FacilitatorAssignment.facilitator_id)
        .subquery()
    )


def _least_loaded(where) -> User | None:
    load = _load()
    stmt = (
        select(User)
        .join(FacilitatorAssignment, FacilitatorAssignment.facilitator_id == User.id)
        .outerjoin(load, load.c.facilitator_id == User.id)
        .where(where, User.active.is_(True), or_(User.is_facilitator, User.is_admin))
        .order_by(func.coalesce(load.c.n, 0), User.id)
        .limit(1)
    )
    return db.session.scalar(stmt)


def pick_facilitator(group: Group) -> User | None:
    """One facilitator covering the group's regency, else its province; least loaded first."""
    if group.regency_code:
        chosen = _least_loaded(FacilitatorAssignment.regency_code == group.regency_code)
        if chosen is not None:
            return chosen
    return _least_loaded(FacilitatorAssignment.province_code == group.province_code)


def give_to_facilitator(group: Group) -> User | None:
    """Assign a new group to one facilitator covering its place (no commit: the caller's)."""
    chosen = pick_facilitator(group)
    if chosen is not None:
        db.session.add(FacilitatorAssignment(facilitator_id=chosen.id, group_id=group.id))
    return chosen


def accompanying(group: Group) -> list[User]:
    """Who accompanies the group: its own facilitator, else the ones named for it, else
    those covering its place (groups made before facilitators were named)."""
    if group.internal_facilitator_id:
        return [u for u in [db.session.get(User, group.internal_facilitator_id)] if u]
    by_name = select(FacilitatorAssignment.facilitator_id).where(
        FacilitatorAssignment.group_id == group.id
    )
    named = list(db.session.scalars(select(User).where(User.id.in_(by_name)).order_by(User.id)))
    if named:
        return named
    by_place = select(FacilitatorAssignment.facilitator_id).where(_covers(group))
    return list(db.session.scalars(select(User).where(User.id.in_(by_place)).order_by(User.id)))


def _uncovered_clause():
    a = FacilitatorAssignment
    return and_(
        Group.internal_facilitator_id.is_(None),
        ~exists().where(
            or_(
                a.group_id == Group.id,
                a.province_code == Group.province_code,
                and_(a.regency_code.is_not(None), a.regency_code == Group.regency_code),
            )
        ),
    )


def _uncovered_groups():
    """Groups nobody accompanies, oldest first: the queue admins and facilitators work from."""
    return select(Group).where(_uncovered_clause()).order_by(Group.created_at, Group.id)


def uncovered_page(*, page: int, per_page: int):
    """A page of the uncovered groups with their total: the queue has no end of its own."""
    return paging.counted_page(_uncovered_groups(), page=page, per_page=per_page)


def is_uncovered(group: Group) -> bool:
    stmt = select(Group.id).where(Group.id == group.id, _uncovered_clause())
    return db.session.scalar(stmt) is not None


def take(group: Group, *, facilitator: User) -> None:
    """A facilitator takes an uncovered group (no commit: the caller's)."""
    db.session.add(FacilitatorAssignment(facilitator_id=facilitator.id, group_id=group.id))
