"""What the matching worker prepares for the pages, and the change log it follows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.extensions import db
from marketplace.models.base import utcnow

CHANGE_KINDS = ("need", "offer", "provider", "all")


class ListingChange(db.Model):
    """One change the matching worker has not applied yet (written with the change itself).

    The worker deletes the rows it applied, so a change committed late is never skipped.
    ``kind`` is need, offer or provider (``target_id`` names it) or ``all`` (a bulk import).
    """

    __tablename__ = "listing_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ListingAnalysis(db.Model):
    """A listing's analysed text (the engine's profile) and when it was last ranked."""

    __tablename__ = "listing_analyses"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # need | offer
    listing_id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    profile: Mapped[dict] = mapped_column(JSON)
    ranked_version: Mapped[str | None] = mapped_column(String(40))
    ranked_generation: Mapped[int | None]
    ranked_at: Mapped[datetime | None]


class NeedSuggestion(db.Model):
    """An offer the engine ranks for an open need (``rank`` 1 is the best)."""

    __tablename__ = "need_suggestions"

    need_id: Mapped[int] = mapped_column(
        ForeignKey("needs.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), index=True)
    score: Mapped[float]
    can_serve: Mapped[bool] = mapped_column(default=True)  # within the group's reach
    reasons: Mapped[list] = mapped_column(JSON)
    engine_version: Mapped[str] = mapped_column(String(40))
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


class OfferSuggestion(db.Model):
    """An open need an offer could serve, as the engine ranks them."""

    __tablename__ = "offer_suggestions"

    offer_id: Mapped[int] = mapped_column(
        ForeignKey("offers.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    score: Mapped[float]
    can_serve: Mapped[bool] = mapped_column(default=True)  # within the group's reach
    reasons: Mapped[list] = mapped_column(JSON)
    engine_version: Mapped[str] = mapped_column(String(40))
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


class MatchingState(db.Model):
    """The matching worker's one row: what its index holds, and whether it is alive."""

    __tablename__ = "matching_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    engine_version: Mapped[str | None] = mapped_column(String(40))
    generation: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime | None]
    holder: Mapped[str | None] = mapped_column(String(100))
    demand_at: Mapped[datetime | None]  # when ``unmet_demand`` was last counted
    # lexicon concept → its sector, for pages that place an offer's subjects in sectors
    concept_sectors: Mapped[dict | None] = mapped_column(JSON)
    # the saved matching index and the data it holds (see services/suggesting/index_store.py)
    index_stamp: Mapped[dict | None] = mapped_column(JSON)


class UnmetDemand(db.Model):
    """Open needs of one subject, kind and province that no offer able to serve covers."""

    __tablename__ = "unmet_demand"

    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str] = mapped_column(String(10), index=True)
    sector: Mapped[str] = mapped_column(String(30), index=True)
    concept: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    words: Mapped[str] = mapped_column(String(200))
    groups: Mapped[int]
    needs: Mapped[int]
    need_ids: Mapped[list] = mapped_column(JSON)
