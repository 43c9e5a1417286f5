"""Turn a scored pair into :class:`~marketplace.matching.types.Reason` evidence.

Subject reasons say which concepts or words met, through which words on each side
(``concept``: *tahu* ≈ *tofu*; ``related``: a related concept, partial credit; ``term``: a
shared word). Their weights split the subject part of the score in proportion to what each
feature contributed; the soft signals (reach, capacity, dates, verified, reputation, text)
follow with their own contributions, so the weights add up to the score.
"""

from __future__ import annotations

from .types import Reason

# (feature, need feature it answers, contribution to the dot product)
Contribution = tuple[str, str, float]


def subject_reasons(
    contributions: list[Contribution],
    need_words: dict[str, str],
    offer_words: dict[str, str],
    subject_weight: float,
) -> list[Reason]:
    """Explain the subject part of a score (``subject_weight`` = S * subject_share)."""
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
            if kind == "g":
                params += (("generic", "true"),)
            reasons.append(Reason("term", params, weight))
    return reasons


def signal_reason(code: str, params: tuple[tuple[str, str], ...], weight: float) -> Reason:
    """Wrap one soft signal."""
    return Reason(code, params, weight)
