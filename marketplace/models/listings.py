"""Needs posted by groups and offers posted by providers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from marketplace import refs
from marketplace.extensions import db
from marketplace.models.base import utcnow

if TYPE_CHECKING:
    from marketplace.models.parties import Group, Provider


class ListingColumns:
    """Columns needs and offers share."""

    id: Mapped[int] = mapped_column(primary_key=True)
    # The bulk import that brought the record (see marketplace/refs.py); "" for our own.
    source: Mapped[str] = mapped_column(String(40), default="", server_default="")
    ref: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    sector: Mapped[str | None] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    quantity: Mapped[int | None]
    unit: Mapped[str | None] = mapped_column(String(40))
    capacity: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    # Why it was closed or withdrawn (a code of vocab.*_END_REASONS); cleared when reopened.
    end_reason: Mapped[str | None] = mapped_column(String(20))
    end_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    @declared_attr.directive
    def __table_args__(cls) -> tuple:
        # newest first (browse, the home page): read backwards, a page stops at its rows
        newest = Index(f"ix_{cls.__tablename__}_newest", "created_at", "id")
        return (UniqueConstraint("source", "ref"), newest)

    @property
    def stable_id(self) -> str:
        """The identifier ``suggest`` prints (``marketplace.refs.stable_id``)."""
        return refs.stable_id(self.__tablename__, source=self.source, ref=self.ref, id=self.id)


class Need(ListingColumns, db.Model):
    __tablename__ = "needs"

    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    wanted_from: Mapped[date | None]
    wanted_until: Mapped[date | None]

    group: Mapped[Group] = relationship(back_populates="needs")


class Offer(ListingColumns, db.Model):
    __tablename__ = "offers"

    provider_id: Mapped[int] = mapped_column(
        ForeignKey("providers.id", ondelete="CASCADE"), index=True
    )
    price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    available_from: Mapped[date | None]
    available_until: Mapped[date | None]
    # Region codes this offer reaches; empty = everywhere / online.
    service_area: Mapped[list[str]] = mapped_column(JSON, default=list)

    provider: Mapped[Provider] = relationship(back_populates="offers")
