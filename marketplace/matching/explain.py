"""Turn a scored pair into :class:`~marketplace.matching.types.Reason` evidence.

Subject reasons say which concepts or words met, through which words on each side
(``concept``: *tahu* ≈ *tofu*; ``related``: a related concept, partial credit; ``term``: a
shared word, or a word and its translation in the general glossary, *gunting* ≈ *scissors*).
Generic words (pelatihan, kelompok, buyer ...) are never a reason: they help the score a
little but say nothing about the subject. The weights split the subject part of the score in
proportion to what each named feature contributed; the soft signals (reach, capacity, dates,
verified, reputation, text) follow with their own contributions, so the weights add up to
the score. ``unmatched`` names the need's key words the offer did not meet.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from .analyse import Analyser
from .direction import Direction
from .settings import MatchSettings
from .types import Listing, Reason, Suggestion

_EVIDENCE_CACHE = 50_000

# (feature, need feature it answers, contribution to the dot product)
Contribution = tuple[str, str, float]
Signal = tuple[str, tuple[tuple[str, str], ...], float]  # (code, params, contribution)


class Found(Protocol):
    """What the ranker knows of a kept candidate."""

    score: float
    subject: float
    serves: bool
    contributions: list[Contribution]
    signals: list[Signal]


def subject_reasons(
    contributions: list[Contribution],
    need_words: dict[str, str],
    offer_words: dict[str, str],
    subject_weight: float,
) -> list[Reason]:
    """Explain the subject part of a score (``subject_weight`` = S * subject_share)."""
    contributions = [c for c in contributions if not c[0].startswith("g:")]
    total = sum(c for _f, _o, c in contributions) or 1.0
    reasons = []
    for feature, origin, contribution in sorted(contributions, key=lambda x: (-x[2], x[0])):
        weight = subject_weight * contribution / total
        kind, _, key = feature.partition(":")
        need_word = need_words.get(origin, origin.partition(":")[2])
        offer_word = offer_words.get(feature, key)
        if kind == "c" and origin == feature:
            params = (("need_word", need_word), ("offer_word", offer_word), ("concept", key))
            reasons.append(Reason("concept", params, weight))
        elif kind == "c":
            params = (
                ("need_word", need_word),
                ("offer_word", offer_word),
                ("concept", key),
                ("need_concept", origin.partition(":")[2]),
            )
            reasons.append(Reason("related", params, weight))
        else:
            params = (("need_word", need_word), ("offer_word", offer_word), ("term", key))
            reasons.append(Reason("term", params, weight))
    return reasons


def unmatched_reason(
    need_profile: dict[str, float],
    met: set[str],
    need_words: dict[str, str],
    min_weight: float,
    limit: int = 4,
) -> Reason | None:
    """Name the need's key words (concepts, and free words of its title or tags) that met
    nothing in the offer, heaviest first; None when every key word met something."""
    # a word with several glosses carries each at 1/sqrt(n) of its weight, and is met
    # when one of them is
    glosses = Counter(need_words.get(f) for f in need_profile if f[:2] == "w:")
    met_words = {need_words.get(f) for f in met}
    missing = [
        (w * glosses[need_words.get(f)] ** 0.5 if f[:2] == "w:" else w, f)
        for f, w in need_profile.items()
        if f not in met
        and (f.startswith("c:") or (f[:2] in ("t:", "w:") and len(f) >= 6))
        and need_words.get(f) not in met_words
    ]
    missing = [(w, f) for w, f in missing if w >= min_weight - 1e-9]
    if not missing:
        return None
    missing.sort(key=lambda x: (-x[0], x[1]))
    words: list[str] = []
    for _w, feature in missing:
        word = need_words.get(feature, feature[2:])
        if word not in words:
            words.append(word)
    return Reason("unmatched", (("words", ", ".join(words[:limit])),), 0.0)


def signal_reason(code: str, params: tuple[tuple[str, str], ...], weight: float) -> Reason:
    """Wrap one soft signal."""
    return Reason(code, params, weight)


class Explainer:
    """Turn ranked pairs into :class:`Suggestion` objects with their reasons."""

    def __init__(self, analyser: Analyser, settings: MatchSettings) -> None:
        self.analyser = analyser
        self.s = settings
        self._evidence: dict[int, tuple[Listing, dict[str, str]]] = {}  # id(item) -> words

    def words(self, item: Listing) -> dict[str, str]:
        """Return a listing's evidence words (cached: the same offers win again and again)."""
        cached = self._evidence.get(id(item))
        if cached is not None and cached[0] is item:
            return cached[1]
        if len(self._evidence) >= _EVIDENCE_CACHE:
            self._evidence.clear()
        words = self.analyser.evidence(item.title, item.description, item.tags)
        self._evidence[id(item)] = (item, words)
        return words

    def suggestion(
        self,
        direction: Direction,
        query: Listing,
        item: Listing,
        found: Found,
        query_words: dict[str, str] | None = None,
        need_profile: dict[str, float] | None = None,
    ) -> Suggestion:
        """Explain one scored pair: subject reasons, soft signals, the need's unmet words."""
        if query_words is None:
            query_words = self.analyser.evidence(query.title, query.description, query.tags)
        item_words = self.words(item)
        need, offer = direction.pair(query, item)
        need_words, offer_words = (
            (query_words, item_words) if direction.query_is_need else (item_words, query_words)
        )
        contributions = direction.need_side(found.contributions)
        s = self.s
        plain = self.analyser.is_generic
        shown = [
            c
            for c in contributions
            if not (plain(need_words.get(c[1], "")) and plain(offer_words.get(c[0], "")))
        ]
        reasons = subject_reasons(shown, need_words, offer_words, found.subject * s.subject_share)
        reasons.extend(signal_reason(code, params, w) for code, params, w in found.signals)
        if need_profile is None:
            need_profile = self.analyser.profile(need.title, need.description, need.tags)
        gap = unmatched_reason(
            {f: w for f, w in need_profile.items() if not plain(need_words.get(f, ""))},
            {origin for _f, origin, _c in contributions},
            need_words,
            s.term_factor * s.title_weight,
        )
        if gap is not None:
            reasons.append(gap)
        return Suggestion(
            need_id=need.id,
            offer_id=offer.id,
            score=round(found.score, 6),
            reasons=tuple(reasons),
            can_serve=found.serves,
        )
