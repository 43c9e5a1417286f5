"""Provider reputation from groups' feedback and completed work, for the engine's score."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.matching import MatchSettings
from marketplace.matching.score import reputation_from_ratings
from marketplace.models import Feedback, Match, Offer


def reputations(
    provider_ids: Iterable[int] | None = None, *, settings: MatchSettings | None = None
) -> dict[int, float]:
    """provider id → 0..1 from the groups' 1–5 ratings; providers without ratings are absent."""
    stmt = (
        select(Offer.provider_id, func.sum(Feedback.rating), func.count(Feedback.id))
        .join(Match, Match.offer_id == Offer.id)
        .join(Feedback, Feedback.match_id == Match.id)
        .where(Feedback.side == "group")
        .group_by(Offer.provider_id)
    )
    if provider_ids is not None:
        stmt = stmt.where(Offer.provider_id.in_(list(provider_ids)))
    settings = settings or MatchSettings()
    return {
        provider_id: round(reputation_from_ratings(total, count, settings), 3)
        for provider_id, total, count in db.session.execute(stmt)
    }
