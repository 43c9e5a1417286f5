"""Facilitators' caseloads: who accompanies which group, and what waits on whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask_babel import gettext as _
from sqlalchemy import or_, select

from marketplace.errors import ValidationFailed
from marketplace.extensions import db
from marketplace.models import FacilitatorAssignment, Group, Match, Need, User
from marketplace.models.base import utcnow


def is_assigned(user: User, group: Group) -> bool:
    stmt = select(FacilitatorAssignment.id).where(
        FacilitatorAssignment.facilitator_id == user.id,
        or_(
            FacilitatorAssignment.group_id == group.id,
            FacilitatorAssignment.province_code == group.province_code,
        ),
    )
    return db.session.scalar(stmt.limit(1)) is not None


def caseload_groups(user: User) -> list[Group]:
    """Groups the user accompanies: assigned directly, by province, or as internal facilitator."""
    if user.is_admin:
        return list(db.session.scalars(select(Group).order_by(Group.name)))
    assignments = select(FacilitatorAssignment).where(
        FacilitatorAssignment.facilitator_id == user.id
    )
    rows = db.session.scalars(assignments).all()
    group_ids = [a.group_id for a in rows if a.group_id]
    provinces = [a.province_code for a in rows if a.province_code]
    stmt = (
        select(Group)
        .where(
            or_(
                Group.id.in_(group_ids),
                Group.province_code.in_(provinces),
                Group.internal_facilitator_id == user.id,
            )
        )
        .order_by(Group.name)
    )
    return list(db.session.scalars(stmt))


def assign(
    *, facilitator: User, group: Group | None = None, province_code: str | None = None
) -> None:
    if not facilitator.is_facilitator and not facilitator.is_admin:
        raise ValidationFailed({"facilitator": [_("This account is not a facilitator.")]})
    if (group is None) == (province_code is None):
        raise ValidationFailed({"group": [_("Choose a group or a province.")]})
    exists = db.session.scalar(
        select(FacilitatorAssignment).filter_by(
            facilitator_id=facilitator.id,
            group_id=group.id if group else None,
            province_code=province_code,
        )
    )
    if exists is None:
        db.session.add(
            FacilitatorAssignment(
                facilitator_id=facilitator.id,
                group_id=group.id if group else None,
                province_code=province_code,
            )
        )
    db.session.commit()


def unassign(assignment_id: int) -> None:
    assignment = db.session.get(FacilitatorAssignment, assignment_id)
    if assignment is not None:
        db.session.delete(assignment)
        db.session.commit()


def facilitators_of(group: Group) -> list[User]:
    """Who is told about this group's matches: its internal facilitator, else the assigned ones."""
    if group.internal_facilitator_id:
        return [u for u in [db.session.get(User, group.internal_facilitator_id)] if u]
    assigned = FacilitatorAssignment.facilitator_id == User.id
    stmt = (
        select(User)
        .join(FacilitatorAssignment, assigned)
        .where(
            or_(
                FacilitatorAssignment.group_id == group.id,
                FacilitatorAssignment.province_code == group.province_code,
            )
        )
        .distinct()
    )
    return list(db.session.scalars(stmt))


@dataclass
class GroupCase:
    group: Group
    open_needs: list[Need] = field(default_factory=list)
    waiting_on_facilitator: list[Match] = field(default_factory=list)
    waiting_on_group: list[Match] = field(default_factory=list)
    waiting_on_provider: list[Match] = field(default_factory=list)
    untouched: list[Need] = field(default_factory=list)

    @property
    def attention(self) -> int:
        return len(self.untouched) * 10 + len(self.waiting_on_facilitator)


def caseload(user: User, *, stale_days: int, now: datetime | None = None) -> list[GroupCase]:
    """Each group with its open needs and what waits on whom; untouched needs first."""
    now = now or utcnow()
    groups = caseload_groups(user)
    if not groups:
        return []
    cases = {g.id: GroupCase(group=g) for g in groups}
    needs = db.session.scalars(
        select(Need)
        .where(Need.group_id.in_(cases), Need.status.in_(("open", "matched")))
        .order_by(Need.created_at)
    ).all()
    matches = db.session.scalars(
        select(Match).where(Match.need_id.in_([n.id for n in needs]))
    ).all()
    touched = {m.need_id for m in matches if m.state != "suggested"}
    for need in needs:
        case = cases[need.group_id]
        case.open_needs.append(need)
        if need.id not in touched and need.created_at <= now - timedelta(days=stale_days):
            case.untouched.append(need)
    for match in matches:
        case = cases[match.need.group_id]
        if match.state in ("responded", "requested"):
            case.waiting_on_facilitator.append(match)
        elif match.state == "proposed":
            case.waiting_on_group.append(match)
        elif match.state == "group_accepted":
            case.waiting_on_provider.append(match)
    return sorted(cases.values(), key=lambda c: (-c.attention, c.group.name))


def assignments() -> list[FacilitatorAssignment]:
    return list(
        db.session.scalars(select(FacilitatorAssignment).order_by(FacilitatorAssignment.id))
    )
