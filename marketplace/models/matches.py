"""Matches between a need and an offer, their history, outcomes and feedback."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.extensions import db
from marketplace.models.base import utcnow

if TYPE_CHECKING:
    from marketplace.models.accounts import User
    from marketplace.models.listings import Need, Offer


class Match(db.Model):
    """One need meeting one offer, from suggestion to outcome. Each pair exists once."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("need_id", "offer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    # engine | manual (facilitator searched by hand) | provider (a response) | group (a request)
    origin: Mapped[str] = mapped_column(String(10))
    score: Mapped[float | None]
    reasons: Mapped[list[dict]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")  # the facilitator's note to both sides
    message: Mapped[str] = mapped_column(Text, default="")  # the provider's or group's own words
    terms_dates: Mapped[str | None] = mapped_column(String(120))
    terms_fee: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    terms_capacity: Mapped[int | None]
    # Structured reason for dismiss/decline: wrong_subject, out_of_reach, too_expensive,
    # unreliable, other (kept to tune the engine's weights later).
    reason_code: Mapped[str | None] = mapped_column(String(20), index=True)
    reason_note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    proposed_at: Mapped[datetime | None]
    group_decided_at: Mapped[datetime | None]
    provider_decided_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    need: Mapped[Need] = relationship()
    offer: Mapped[Offer] = relationship()
    events: Mapped[list[MatchEvent]] = relationship(
        back_populates="match", order_by="MatchEvent.id", cascade="all, delete-orphan"
    )
    outcome: Mapped[Outcome | None] = relationship(
        back_populates="match", cascade="all, delete-orphan"
    )
    feedback: Mapped[list[Feedback]] = relationship(
        back_populates="match", cascade="all, delete-orphan"
    )
    messages: Mapped[list[MatchMessage]] = relationship(
        back_populates="match", order_by="MatchMessage.id", cascade="all, delete-orphan"
    )


class MatchEvent(db.Model):
    """The audit record of one transition: who, when, from, to, note."""

    __tablename__ = "match_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    match: Mapped[Match] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()


class Outcome(db.Model):
    """What came of a completed match."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), unique=True)
    happened_on: Mapped[date | None]
    people_trained: Mapped[int | None]
    volume: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    unit: Mapped[str | None] = mapped_column(String(40))
    price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))  # total value in rupiah
    first_delivery_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    match: Mapped[Match] = relationship(back_populates="outcome")


class Feedback(db.Model):
    """A rating (1–5) and a comment from one side of a match about the other."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("match_id", "side"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"))
    side: Mapped[str] = mapped_column(String(10))  # "group" or "provider": who gave it
    rating: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    match: Mapped[Match] = relationship(back_populates="feedback")


class MatchMessage(db.Model):
    """A message between the parties of a match once they are introduced."""

    __tablename__ = "match_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    match: Mapped[Match] = relationship(back_populates="messages")
    author: Mapped[User | None] = relationship()
