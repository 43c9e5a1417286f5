"""Turn a scored pair into :class:`~marketplace.matching.types.Reason` evidence.

Subject reasons say which concepts or words met, through which words on each side
(``concept``: *tahu* ≈ *tofu*; ``related``: a related concept, partial credit; ``term``: a
shared word). Generic words (pelatihan, kelompok, buyer ...) are never a reason: they help
the score a little but say nothing about the subject. The weights split the subject part of
the score in proportion to what each named feature contributed; the soft signals (reach,
capacity, dates, verified, reputation, text) follow with their own contributions, so the
weights add up to the score. ``unmatched`` names the need's key words the offer did not meet.
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
    missing = [
        (w, f)
        for f, w in need_profile.items()
        if f not in met
        and w >= min_weight
        and (f.startswith("c:") or (f.startswith("t:") and len(f) >= 6))
    ]
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
