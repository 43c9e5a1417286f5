"""The matching engine: pure Python (standard library, rapidfuzz, Sastrawi, its own data).

Frozen :class:`NeedInput`/:class:`OfferInput` in, ranked :class:`Suggestion` objects with
language-neutral :class:`Reason` evidence out. No Flask, no database, no clock.
"""

from .engine import MatchEngine
from .settings import MatchSettings
from .types import NeedInput, OfferInput, Reason, Suggestion

__all__ = ["MatchEngine", "MatchSettings", "NeedInput", "OfferInput", "Reason", "Suggestion"]
