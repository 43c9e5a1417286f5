"""Personal data (UU PDP, Law 27/2022): the notice people agree to, their copy, erasure.

Erasure keeps the account's row so that matches, outcomes and feedback stay counted, but
empties everything that identifies the person: name, email, phone, their messages, their
memberships, notifications and the mail addressed to them.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from sqlalchemy import delete, select, update

from marketplace.errors import ValidationFailed
from marketplace.extensions import db
from marketplace.models import (
    ConsultationMessage,
    FacilitatorAssignment,
    Feedback,
    Group,
    GroupMembership,
    Invitation,
    MatchMessage,
    Notification,
    OutboxMessage,
    ProviderMember,
    User,
)
from marketplace.models.base import new_token, utcnow
from marketplace.services.accounts.passwords import verify_password
from marketplace.vocab import OFFICER_ROLES

# Bump when the notice at /privacy changes in substance; consent is stored with the version.
PRIVACY_NOTICE_VERSION = "2026-12-01"
ERASED_NAME = "—"
ERASED_TEXT = ""


def _when(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def personal_data(user: User) -> dict[str, Any]:
    """Everything the service holds about this person, as one JSON-ready document."""
    memberships = db.session.scalars(
        select(GroupMembership).where(GroupMembership.user_id == user.id)
    ).all()
    provider_links = db.session.scalars(
        select(ProviderMember).where(ProviderMember.user_id == user.id)
    ).all()
    invitations = db.session.scalars(select(Invitation).where(Invitation.email == user.email))
    notifications = db.session.scalars(
        select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
    )
    match_messages = db.session.scalars(
        select(MatchMessage).where(MatchMessage.author_id == user.id).order_by(MatchMessage.id)
    )
    consultation_messages = db.session.scalars(
        select(ConsultationMessage)
        .where(ConsultationMessage.author_id == user.id)
        .order_by(ConsultationMessage.id)
    )
    feedback = db.session.scalars(select(Feedback).where(Feedback.author_id == user.id))
    return {
        "account": {
            "name": user.name,
            "email": user.email,
            "phone": user.phone,
            "language": user.locale,
            "created_at": _when(user.created_at),
            "email_confirmed_at": _when(user.email_confirmed_at),
            "password_changed_at": _when(user.password_changed_at),
            "facilitator": user.is_facilitator,
            "admin": user.is_admin,
            "privacy_notice_version": user.privacy_version,
            "privacy_notice_accepted_at": _when(user.privacy_accepted_at),
        },
        "groups": [
            {"group": m.group.name, "role": m.role, "joined_at": _when(m.joined_at)}
            for m in memberships
        ],
        "providers": [{"provider": link.provider.name} for link in provider_links],
        "invitations": [
            {
                "group": i.group.name,
                "role": i.role,
                "sent_at": _when(i.created_at),
                "accepted_at": _when(i.accepted_at),
                "declined_at": _when(i.declined_at),
            }
            for i in invitations
        ],
        "notifications": [
            {"text": n.text, "link": n.link, "at": _when(n.created_at)} for n in notifications
        ],
        "messages": [
            {"match": m.match_id, "text": m.body, "at": _when(m.created_at)} for m in match_messages
        ],
        "consultation_messages": [
            {"consultation": m.consultation_id, "text": m.body, "at": _when(m.created_at)}
            for m in consultation_messages
        ],
        "feedback": [
            {
                "match": f.match_id,
                "rating": f.rating,
                "comment": f.comment,
                "at": _when(f.created_at),
            }
            for f in feedback
        ],
    }


def erase_account(user: User, *, password: str) -> None:
    """Remove or anonymise this person's data at their request; outcomes stay counted."""
    if not verify_password(user.password_hash, password):
        raise ValidationFailed({"password": [_("The password is not correct.")]})
    for membership in db.session.scalars(
        select(GroupMembership).where(GroupMembership.user_id == user.id)
    ):
        others = [
            m
            for m in membership.group.memberships
            if m.user_id != user.id and m.role in OFFICER_ROLES
        ]
        members = [m for m in membership.group.memberships if m.user_id != user.id]
        if membership.role in OFFICER_ROLES and members and not others:
            raise ValidationFailed(
                {
                    "password": [
                        _(
                            "You are the only officer of %(group)s: make another member an "
                            "officer first.",
                            group=membership.group.name,
                        )
                    ]
                }
            )
    email = user.email
    for group in db.session.scalars(select(Group).where(Group.internal_facilitator_id == user.id)):
        group.internal_facilitator_id = None
    user.name = ERASED_NAME
    user.email = f"erased-{user.id}@invalid"
    user.phone = None
    user.locale = None
    user.password_hash = "!" + new_token()  # matches no password
    user.session_token = new_token()  # ends every session
    user.is_admin = user.is_facilitator = False
    user.active = False
    user.erased_at = utcnow()
    db.session.flush()
    for model in (GroupMembership, ProviderMember, Notification):
        db.session.execute(delete(model).where(model.user_id == user.id))
    db.session.execute(
        delete(FacilitatorAssignment).where(FacilitatorAssignment.facilitator_id == user.id)
    )
    db.session.execute(delete(Invitation).where(Invitation.email == email))
    db.session.execute(delete(OutboxMessage).where(OutboxMessage.recipient == email))
    for model in (MatchMessage, ConsultationMessage):
        db.session.execute(update(model).where(model.author_id == user.id).values(body=ERASED_TEXT))
    db.session.execute(
        update(Feedback).where(Feedback.author_id == user.id).values(comment=ERASED_TEXT)
    )
    db.session.commit()
