"""Which way a query goes: offers for a need, or needs for an offer.

Ranking is the same machinery both ways; what differs is named here once: which side of a
pair the query listing is, and whether listings without an area count as reaching.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from .types import Listing, NeedInput, OfferInput


@dataclass(frozen=True, slots=True)
class Direction:
    """One direction of ranking; ``query_is_need`` tells which side the query is on."""

    name: str
    query_is_need: bool

    def pair(self, query: Listing, item: Listing) -> tuple[NeedInput, OfferInput]:
        """Return (need, offer) of a query listing and a candidate."""
        need, offer = (query, item) if self.query_is_need else (item, query)
        return cast(NeedInput, need), cast(OfferInput, offer)

    def ids(self, query_id: str, item_id: str) -> tuple[str, str]:
        """Return (need id, offer id) of a query and a candidate."""
        return (query_id, item_id) if self.query_is_need else (item_id, query_id)

    @property
    def arealess_reach(self) -> bool:
        """Candidates without an area reach everywhere (offers do; needs without an area
        are groups whose place is unknown, not groups everywhere)."""
        return self.query_is_need

    def looks_near(self, query: Listing) -> bool:
        """Whether candidates in reach are worth gathering apart (an offer reaching
        everywhere has no nearer needs)."""
        return self.query_is_need or bool(query.area_keys)

    def need_side(self, contributions: list[tuple[str, str, float]]) -> list:
        """Return contributions as (offer feature, need feature, weight)."""
        if self.query_is_need:
            return contributions
        # the candidates are needs: their features are the items, the offer's the origins
        return [(origin, feature, c) for feature, origin, c in contributions]


OFFERS_FOR_NEED = Direction("offers for a need", query_is_need=True)
NEEDS_FOR_OFFER = Direction("needs for an offer", query_is_need=False)


def of(query: Listing) -> Direction:
    """Return the direction a query listing ranks in."""
    return OFFERS_FOR_NEED if isinstance(query, NeedInput) else NEEDS_FOR_OFFER
