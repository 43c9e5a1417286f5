"""Frozen input and output records of the matching engine.

The engine takes plain, immutable descriptions of needs and offers (built by the web layer
from database rows, or by :mod:`marketplace.matching.bulk` from an import document) and
returns ranked :class:`Suggestion` objects whose :class:`Reason` items are language-neutral
evidence that the web layer renders in Indonesian or English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("training", "market", "resource")


@dataclass(frozen=True, slots=True)
class OfferInput:
    """One offer (training, market access, resource) as the engine sees it.

    ``area_keys`` are opaque region keys the offer reaches (empty = everywhere/online);
    ``base_keys`` are the provider's own region keys; ``lat``/``lon`` its base coordinates.
    """

    id: str
    kind: str
    title: str
    description: str = ""
    tags: tuple[str, ...] = ()
    area_keys: tuple[str, ...] = ()
    base_keys: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    capacity: int | None = None
    available_from: date | None = None
    available_until: date | None = None
    verified: bool = False
    reputation: float | None = None
    status: str = "open"


@dataclass(frozen=True, slots=True)
class NeedInput:
    """One need posted by a community group.

    ``area_keys`` are the group's region keys (province key, regency key); ``quantity`` is
    what the need states: participants (training), volume for sale (market) or units wanted
    (resource); ``members`` is the group's size, which stands for the participants of a
    training when the need states none (and for nothing else).
    """

    id: str
    kind: str
    title: str
    description: str = ""
    tags: tuple[str, ...] = ()
    area_keys: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    quantity: int | None = None
    wanted_from: date | None = None
    wanted_until: date | None = None
    status: str = "open"
    members: int | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence behind a suggestion.

    ``code`` names the evidence ("concept", "related", "term", "reach_area", ...),
    ``params`` holds its details as string pairs, ``weight`` its contribution to the score.
    """

    code: str
    params: tuple[tuple[str, str], ...] = ()
    weight: float = 0.0

    def param(self, name: str, default: str = "") -> str:
        """Return the value of one parameter (``default`` when absent)."""
        for key, value in self.params:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A ranked pairing of one need with one offer; ``score`` lies in 0..1.

    ``can_serve`` is False when the offer cannot reach the group (see
    :class:`~marketplace.matching.settings.MatchSettings`, "reach as a rule"): such
    suggestions always come after those that can serve.
    """

    need_id: str
    offer_id: str
    score: float
    reasons: tuple[Reason, ...]
    can_serve: bool = True


# a listing of either side, as the indexes hold them
Listing = NeedInput | OfferInput
