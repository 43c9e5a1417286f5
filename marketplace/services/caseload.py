"""Facilitators' caseloads: who accompanies which group, and what waits on whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask_babel import gettext as _
from sqlalchemy import select

from marketplace import regions
from marketplace.errors import ValidationFailed
from marketplace.extensions import db
from marketplace.models import FacilitatorAssignment, Group, Match, Need, User
from marketplace.models.base import utcnow
from marketplace.services import coverage


def is_assigned(user: User, group: Group) -> bool:
    return coverage.follows(user, group)


def caseload_groups(user: User) -> list[Group]:
    """Groups the user accompanies: by name, by regency or province, or as internal facilitator."""
    if user.is_admin:
        return list(db.session.scalars(select(Group).order_by(Group.name)))
    stmt = select(Group).where(coverage.followed_groups_clause(user)).order_by(Group.name)
    return list(db.session.scalars(stmt))


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
