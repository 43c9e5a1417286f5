"""Facilitation: caseloads, consultations and notifications."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.extensions import db
from marketplace.models.base import utcnow

if TYPE_CHECKING:
    from marketplace.models.accounts import User
    from marketplace.models.parties import Group


class FacilitatorAssignment(db.Model):
    """A facilitator accompanies one group, or covers a regency or a province.

    Exactly one of ``group_id``, ``regency_code`` and ``province_code`` is set. A
    facilitator follows every group of the places covered; a new group is given to one
    of them (``group_id``), who is the one named on its page.
    """

    __tablename__ = "facilitator_assignments"
    # NULLs are distinct, so the service, not this constraint, keeps assignments single.
    __table_args__ = (UniqueConstraint("facilitator_id", "group_id", "province_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facilitator_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    regency_code: Mapped[str | None] = mapped_column(String(8), index=True)
    province_code: Mapped[str | None] = mapped_column(String(8), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    facilitator: Mapped[User] = relationship()
    group: Mapped[Group | None] = relationship()

    def covers(self, group: Group) -> bool:
        """This assignment names ``group``, or covers its regency or its province."""
        return (
            self.group_id == group.id
            or (self.regency_code is not None and self.regency_code == group.regency_code)
            or (self.province_code is not None and self.province_code == group.province_code)
        )


class Consultation(db.Model):
    """A question a group brings to its facilitator, and the replies."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    group: Mapped[Group] = relationship()
    messages: Mapped[list[ConsultationMessage]] = relationship(
        back_populates="consultation",
        order_by="ConsultationMessage.id",
        cascade="all, delete-orphan",
    )


class ConsultationMessage(db.Model):
    __tablename__ = "consultation_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    consultation: Mapped[Consultation] = relationship(back_populates="messages")
    author: Mapped[User | None] = relationship()


class Notification(db.Model):
    """An in-app notice. ``message_key`` and ``params`` render it in the reader's language
    when shown; ``text`` is the wording at the time (in the recipient's language then),
    and all that rows from before keys were kept have."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    message_key: Mapped[str | None] = mapped_column(Text)
    params: Mapped[dict | None] = mapped_column(JSON)
    link: Mapped[str | None] = mapped_column(String(300))
    read_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IdempotencyKey(db.Model):
    """A create form's one-time key: a replayed post finds the record made the first time."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    target_url: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
