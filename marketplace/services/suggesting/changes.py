"""The change log the matching worker follows, written in the same transaction as the change.

Call ``record`` before the use-case commits: the change and its log line land together or
not at all, so the worker never misses a change and never sees one that was rolled back.
"""

from __future__ import annotations

from marketplace.extensions import db
from marketplace.models import ListingChange, Need, Offer, Provider


def record(item: Need | Offer | Provider) -> None:
    """Log that this need, offer or provider changed (the caller commits)."""
    if item.id is None:
        db.session.flush()
    kind = {Need: "need", Offer: "offer", Provider: "provider"}[type(item)]
    db.session.add(ListingChange(kind=kind, target_id=item.id))


def record_everything() -> None:
    """Log that listings changed in bulk: the worker reloads and re-ranks everything."""
    db.session.add(ListingChange(kind="all"))
