"""Hard rules and soft signals for one (need, offer) pair.

Every function takes the two frozen inputs and returns a value in 0..1 (or a verdict) plus
the :class:`~marketplace.matching.types.Reason` parameters that explain it. Nothing here
reads a clock: ``today`` is always passed in.
"""

from __future__ import annotations

import math
from datetime import date

from .settings import MatchSettings
from .types import NeedInput, OfferInput

EARTH_RADIUS_KM = 6371.0088
Signal = tuple[float, str, tuple[tuple[str, str], ...]]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _window(start: date | None, end: date | None, today: date | None) -> tuple[date, date]:
    lo = start or date.min
    if today is not None and today > lo:
        lo = today
    return lo, end or date.max


def compatible(need: NeedInput, offer: OfferInput, today: date | None) -> bool:
    """Apply the hard rules: same kind, both open, date ranges that can overlap."""
    if need.kind != offer.kind or need.status != "open" or offer.status != "open":
        return False
    n_lo, n_hi = _window(need.wanted_from, need.wanted_until, today)
    o_lo, o_hi = _window(offer.available_from, offer.available_until, today)
    return n_lo <= n_hi and o_lo <= o_hi and max(n_lo, o_lo) <= min(n_hi, o_hi)


def _km(need: NeedInput, offer: OfferInput) -> float | None:
    if need.lat is None or need.lon is None or offer.lat is None or offer.lon is None:
        return None
    return haversine_km(need.lat, need.lon, offer.lat, offer.lon)


def _surely_within(need: NeedInput, offer: OfferInput, km: float) -> bool:
    """Tell cheaply that two points are at most ``km`` apart (a great-circle distance is at
    most the sum of the latitude and longitude differences, in arc length)."""
    if need.lat is None or need.lon is None or offer.lat is None or offer.lon is None:
        return True
    return _KM_PER_DEGREE * (abs(need.lat - offer.lat) + abs(need.lon - offer.lon)) <= km


_KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180


def reach(need: NeedInput, offer: OfferInput, s: MatchSettings) -> Signal:
    """Score how well the offer reaches the group: area, else distance, else nothing."""
    if not offer.area_keys:
        km = None if _surely_within(need, offer, s.arealess_reach_km) else _km(need, offer)
        if km is not None and km > s.arealess_reach_km:
            return 0.0, "reach_far", (("km", str(round(km))),)
        return s.anywhere_reach, "reach_everywhere", ()
    if not need.area_keys:
        return s.anywhere_reach, "reach_unknown", ()  # nothing known excludes the group
    shared = [key for key in need.area_keys if key in offer.area_keys]
    if shared:
        return 1.0, "reach_area", (("key", shared[-1]),)
    km = _km(need, offer)
    if km is not None:
        value = s.distance_reach_max * 0.5 ** (km / s.distance_half_life_km)
        return value, "reach_distance", (("km", str(round(km))),)
    if any(key in offer.base_keys for key in need.area_keys):
        return s.distance_reach_max, "reach_base", ()
    return 0.0, "reach_none", ()


SERVING = frozenset({"reach_everywhere", "reach_area", "reach_unknown"})


def can_serve(signal: Signal) -> bool:
    """Tell from a :func:`reach` signal whether the offer can serve the group at all.

    It cannot when its area names neither the group's province nor its regency, or when,
    with no area, its base lies beyond ``arealess_reach_km``.
    """
    return signal[1] in SERVING


UNITS = {"training": "people", "market": "volume", "resource": "units"}


def capacity(need: NeedInput, offer: OfferInput, s: MatchSettings) -> Signal:
    """Score whether the offer's capacity covers what the need means by its quantity.

    A training's capacity is places for people (the group's size when the need states no
    number); a market offer's is the volume a buyer takes; a resource's the units it
    provides. A buyer's volume is never compared with the number of members.
    """
    wanted = need.quantity
    if wanted is None and need.kind == "training":
        wanted = need.members
    if wanted is None or offer.capacity is None or wanted <= 0:
        return s.unknown_capacity, "capacity_unknown", ()
    unit = UNITS.get(need.kind, "units")
    params = (("wanted", str(wanted)), ("capacity", str(offer.capacity)), ("unit", unit))
    if offer.capacity >= wanted:
        return 1.0, "capacity_ok", params
    return max(0.0, offer.capacity / wanted), "capacity_short", params


def dates(need: NeedInput, offer: OfferInput, s: MatchSettings, today: date | None) -> Signal:
    """Score the share of the wanted period that the offer's availability covers."""
    if (
        need.wanted_from is None
        and need.wanted_until is None
        and offer.available_from is None
        and offer.available_until is None
    ):
        return s.unknown_dates, "dates_unknown", ()
    n_lo, n_hi = _window(need.wanted_from, need.wanted_until, today)
    o_lo, o_hi = _window(offer.available_from, offer.available_until, today)
    lo, hi = max(n_lo, o_lo), min(n_hi, o_hi)
    bounds = (("from", lo), ("until", hi))
    params = tuple((name, d.isoformat()) for name, d in bounds if d not in (date.min, date.max))
    if n_lo == date.min or n_hi == date.max:
        return 1.0, "dates_overlap", params
    wanted = (n_hi - n_lo).days + 1
    covered = (hi - lo).days + 1
    return max(0.0, min(1.0, covered / wanted)), "dates_overlap", params


def verified(offer: OfferInput) -> Signal:
    """Score the provider's verification."""
    return (1.0, "verified", ()) if offer.verified else (0.0, "unverified", ())


def reputation(offer: OfferInput, s: MatchSettings) -> Signal:
    """Score the provider's reputation (unknown -> ``unknown_reputation``)."""
    if offer.reputation is None:
        return s.unknown_reputation, "reputation_unknown", ()
    value = max(0.0, min(1.0, offer.reputation))
    return value, "reputation", (("value", f"{value:.2f}"),)


def reputation_from_ratings(total: float, count: int, s: MatchSettings) -> float:
    """Turn a provider's ``count`` ratings of 1..5 (summing to ``total``) into 0..1.

    The first ratings count for less: the mean is pulled toward ``unknown_reputation`` as
    if the provider had ``reputation_prior_weight`` such ratings already.
    """
    prior = s.reputation_prior_weight
    return ((total - count) / 4 + s.unknown_reputation * prior) / (count + prior)


# the soft signals and their shares of the final score (see MatchSettings, step 6)
SIGNALS = ("reach", "capacity", "dates", "verified", "reputation", "text")
_SHARES = tuple(zip(SIGNALS, ("w_reach", "w_capacity", "w_dates", "w_verified",
                              "w_reputation", "w_text"), strict=True))  # fmt: skip
_BEST = dict.fromkeys(SIGNALS, 1.0)


def shares(s: MatchSettings) -> dict[str, float]:
    """Return signal -> its weight in the final score."""
    return {name: getattr(s, field) for name, field in _SHARES}


def contributions(
    s: MatchSettings, similarity: float, values: dict[str, float]
) -> dict[str, float]:
    """Return signal -> what it adds to the score: ``S * w_signal * value``."""
    return {name: similarity * getattr(s, field) * values[name] for name, field in _SHARES}


def total(s: MatchSettings, similarity: float, values: dict[str, float]) -> float:
    """The final score: ``S * (subject_share + sum(w_i * signal_i))``, at most 1."""
    return min(
        1.0, similarity * s.subject_share + sum(contributions(s, similarity, values).values())
    )


def bound(s: MatchSettings, similarity: float, reach_value: float) -> float:
    """The best score a candidate can reach given its similarity and reach: :func:`total`
    with every other signal at its best (1)."""
    return total(s, similarity, _BEST | {"reach": reach_value})
