"""Community groups: creation, profile, members and invitations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from marketplace import regions
from marketplace.errors import NotFound, ValidationFailed
from marketplace.extensions import db
from marketplace.links import external_url
from marketplace.models import Group, GroupMembership, Invitation, User
from marketplace.models.base import utcnow
from marketplace.services.accounts.users import normalise_email
from marketplace.services.messaging.outbox import queue_email
from marketplace.services.parties import coverage
from marketplace.services.parties.places import check_place
from marketplace.vocab import GROUP_ROLES, GROUP_STAGES, OFFICER_ROLES, SECTORS

GROUP_FIELDS = (
    "name",
    "sector",
    "province_code",
    "regency_code",
    "district",
    "village",
    "lat",
    "lon",
    "members_count",
    "stage",
    "description",
    "products",
    "achievements",
)


def _apply(group: Group, fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(GROUP_FIELDS)
    if unknown:
        raise ValueError(f"unknown group fields: {sorted(unknown)}")
    errors: dict[str, list[str]] = {}
    if fields.get("sector") and fields["sector"] not in SECTORS:
        errors["sector"] = [_("Unknown sector.")]
    if fields.get("stage") and fields["stage"] not in GROUP_STAGES:
        errors["stage"] = [_("Unknown stage.")]
    errors.update(check_place(fields.get("province_code"), fields.get("regency_code")))
    if errors:
        raise ValidationFailed(errors)
    fields = dict(fields)
    if "lat" in fields and (fields.get("lat") is None or fields.get("lon") is None):
        # No exact location given: the regency's centre is close enough for reach.
        centre = regions.regency_by_code(fields.get("regency_code") or "")
        fields["lat"], fields["lon"] = (centre.lat, centre.lon) if centre else (None, None)
    for name, value in fields.items():
        setattr(group, name, value)


def group_has_exact_location(group: Group) -> bool:
    """Whether the group's coordinates were set by someone, not taken from its regency."""
    if group.lat is None or group.lon is None:
        return False
    centre = regions.regency_by_code(group.regency_code or "")
    return centre is None or (round(centre.lat, 5), round(centre.lon, 5)) != (
        round(group.lat, 5),
        round(group.lon, 5),
    )


def get_group(group_id: int) -> Group:
    group = db.session.get(Group, group_id)
    if group is None:
        raise NotFound(_("This group does not exist."))
    return group


def create_group(*, creator: User, fields: Mapping[str, Any]) -> Group:
    """Create a group; its creator becomes its chair (ketua), and one facilitator covering
    its place accompanies it (none where nobody covers it: it waits in the uncovered queue)."""
    group = Group()
    _apply(group, fields)
    db.session.add(group)
    db.session.flush()
    db.session.add(GroupMembership(group_id=group.id, user_id=creator.id, role="ketua"))
    coverage.give_to_facilitator(group)
    db.session.commit()
    return group


def update_group(group: Group, fields: Mapping[str, Any]) -> None:
    _apply(group, fields)
    db.session.commit()


def invite_member(group: Group, *, email: str, role: str, by: User) -> None:
    """Invite an address to the group; the person joins only when they accept.

    The inviter learns nothing about whether the address has an account: the same
    invitation mail goes out either way, once per address and group.
    """
    if role not in GROUP_ROLES:
        raise ValidationFailed({"role": [_("Unknown role.")]})
    email = normalise_email(email)
    members = {normalise_email(m.user.email) for m in group.memberships}
    if email in members:
        raise ValidationFailed({"email": [_("This person is already a member.")]})
    earlier = db.session.scalar(
        select(Invitation).where(Invitation.group_id == group.id, Invitation.email == email)
    )
    if earlier is not None:
        return  # one invitation per address and group: no second mail
    db.session.add(Invitation(email=email, group_id=group.id, role=role, invited_by_id=by.id))
    with force_locale(current_app.config["BABEL_DEFAULT_LOCALE"]):
        queue_email(
            to=email,
            subject=_("Invitation to join %(group)s", group=group.name),
            body=_(
                "%(by)s invites you to join the group %(group)s on Pasar Pendamping.\n\n"
                "To accept or decline, sign in and open your account page:\n%(account)s\n"
                "No account yet? Create one with this email address:\n%(signup)s\n\n"
                "If you do not know this group, ignore this message.",
                by=by.name,
                group=group.name,
                account=external_url("auth.account"),
                signup=external_url("auth.signup"),
            ),
        )
    db.session.commit()


def pending_invitations(group: Group) -> list[Invitation]:
    """Invitations of the group not answered yet, newest first (for its officers)."""
    return list(
        db.session.scalars(
            select(Invitation)
            .where(
                Invitation.group_id == group.id,
                Invitation.accepted_at.is_(None),
                Invitation.declined_at.is_(None),
            )
            .order_by(Invitation.id.desc())
        )
    )


def invitations_for(user: User) -> list[Invitation]:
    """Invitations waiting for this person's answer."""
    return list(
        db.session.scalars(
            select(Invitation)
            .where(
                Invitation.email == normalise_email(user.email),
                Invitation.accepted_at.is_(None),
                Invitation.declined_at.is_(None),
            )
            .order_by(Invitation.id)
        )
    )


def _own_invitation(user: User, invitation_id: int) -> Invitation:
    invitation = db.session.get(Invitation, invitation_id)
    if (
        invitation is None
        or invitation.email != normalise_email(user.email)
        or invitation.accepted_at is not None
        or invitation.declined_at is not None
    ):
        raise NotFound(_("This invitation does not exist or was already answered."))
    return invitation


def accept_invitation(user: User, invitation_id: int) -> Group:
    """Join the group with the role the invitation named."""
    invitation = _own_invitation(user, invitation_id)
    group = get_group(invitation.group_id)
    if not any(m.user_id == user.id for m in group.memberships):
        db.session.add(GroupMembership(group_id=group.id, user_id=user.id, role=invitation.role))
    invitation.accepted_at = utcnow()
    db.session.commit()
    return group


def decline_invitation(user: User, invitation_id: int) -> None:
    invitation = _own_invitation(user, invitation_id)
    invitation.declined_at = utcnow()
    db.session.commit()


def change_member_role(group: Group, *, membership_id: int, role: str) -> None:
    membership = _membership(group, membership_id)
    if role not in GROUP_ROLES:
        raise ValidationFailed({"role": [_("Unknown role.")]})
    if membership.role in OFFICER_ROLES and role not in OFFICER_ROLES:
        _keep_one_officer(group, leaving=membership)
    membership.role = role
    db.session.commit()


def remove_member(group: Group, *, membership_id: int) -> None:
    membership = _membership(group, membership_id)
    if membership.role in OFFICER_ROLES:
        _keep_one_officer(group, leaving=membership)
    if group.internal_facilitator_id == membership.user_id:
        group.internal_facilitator_id = None
    db.session.delete(membership)
    db.session.commit()


def _membership(group: Group, membership_id: int) -> GroupMembership:
    membership = db.session.get(GroupMembership, membership_id)
    if membership is None or membership.group_id != group.id:
        raise NotFound(_("This member does not exist."))
    return membership


def _keep_one_officer(group: Group, *, leaving: GroupMembership) -> None:
    officers = [m for m in group.memberships if m.role in OFFICER_ROLES and m.id != leaving.id]
    if not officers:
        raise ValidationFailed({"role": [_("A group needs at least one officer.")]})


def officers_of(group: Group) -> list[User]:
    """The group's chair, secretary and treasurer: who speaks for the group."""
    return [m.user for m in group.memberships if m.role in OFFICER_ROLES]


def groups_of(user: User) -> list[Group]:
    if not user.memberships:  # loaded with the signed-in user: no query for most people
        return []
    return list(
        db.session.scalars(
            select(Group)
            .join(GroupMembership)
            .where(GroupMembership.user_id == user.id)
            .order_by(Group.name)
        )
    )


def name_internal_facilitator(group: Group, *, user_id: int | None) -> None:
    """At kemandirian a member takes over the facilitation; None hands it back outside."""
    if user_id is not None:
        if group.stage != "kemandirian":
            raise ValidationFailed(
                {"user_id": [_("Only an independent group names its own facilitator.")]}
            )
        if not any(m.user_id == user_id for m in group.memberships):
            raise ValidationFailed({"user_id": [_("Choose a member of the group.")]})
    group.internal_facilitator_id = user_id
    db.session.commit()


def all_groups() -> list[Group]:
    return list(db.session.scalars(select(Group).order_by(Group.name)))
