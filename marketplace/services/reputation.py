"""Provider reputation from groups' feedback and completed work, for the engine's score."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.models import Feedback, Match, Offer

# A provider's first ratings count for less: the average is pulled toward neutral (0.5)
# as if it had this many neutral ratings already.
PRIOR_WEIGHT = 2


def reputations(provider_ids: Iterable[int] | None = None) -> dict[int, float]:
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
    result = {}
    for provider_id, total, count in db.session.execute(stmt):
        mean = ((total - count) / 4 + 0.5 * PRIOR_WEIGHT) / (count + PRIOR_WEIGHT)
        result[provider_id] = round(mean, 3)
    return result
