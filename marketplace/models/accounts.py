"""Accounts, invitations and the email outbox."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.extensions import db
from marketplace.models.base import new_token, utcnow

if TYPE_CHECKING:
    from marketplace.models.parties import Group, GroupMembership, ProviderMember
    from marketplace.models.support import FacilitatorAssignment


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Email is optional for accounts made with a phone number (``phone_key`` signs them in).
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_key: Mapped[str | None] = mapped_column(String(20), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    # Flask-Login stores this, not the primary key, in the session: rotating it
    # ends every session of the account, including copied cookies.
    session_token: Mapped[str] = mapped_column(String(64), unique=True, default=new_token)
    locale: Mapped[str | None] = mapped_column(String(5))
    is_admin: Mapped[bool] = mapped_column(default=False)
    is_facilitator: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # None until the owner opens the link mailed at sign-up; signing in needs it.
    email_confirmed_at: Mapped[datetime | None]
    privacy_version: Mapped[str | None] = mapped_column(String(20))  # the notice agreed to
    privacy_accepted_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]  # personal data removed at the owner's request

    memberships: Mapped[list[GroupMembership]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )
    provider_links: Mapped[list[ProviderMember]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )
    # Read by the permission predicates; written through FacilitatorAssignment rows.
    assignments: Mapped[list[FacilitatorAssignment]] = relationship(
        viewonly=True, order_by="FacilitatorAssignment.id"
    )

    def get_id(self) -> str:
        return self.session_token

    @property
    def is_active(self) -> bool:
        return self.active

    def __repr__(self) -> str:
        return f"<User {self.email or self.phone_key}>"


class Invitation(db.Model):
    """An invitation to join a group, sent to an email address; the person accepts or declines.

    Nobody becomes a member (or an officer) of a group without accepting.
    """

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_at: Mapped[datetime | None]
    declined_at: Mapped[datetime | None]

    group: Mapped[Group] = relationship()


class OutboxMessage(db.Model):
    """An email waiting to be delivered, delivered, or given up on (``dead_at``)."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(index=True)
    dead_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class AccessLogEntry(db.Model):
    """Who exported data or opened someone's contact details, and when (shown to admins)."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))

    user: Mapped[User | None] = relationship()
