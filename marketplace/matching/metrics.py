"""Ranking metrics against a truth dict (need id -> relevant offer ids)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence


def hit_at_1(ranked: Sequence[str], relevant: set[str]) -> float:
    """Return 1 when the first suggestion is relevant."""
    return 1.0 if ranked and ranked[0] in relevant else 0.0


def recall_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    """Return the share of relevant offers found in the first ``k``."""
    if not relevant:
        return 1.0
    return len(set(ranked[:k]) & relevant) / len(relevant)


def ndcg_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    """Return binary-gain nDCG over the first ``k``."""
    if not relevant:
        return 1.0 if not ranked else 0.0
    dcg = sum(1.0 / math.log2(i + 2) for i, r in enumerate(ranked[:k]) if r in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal


def evaluate(
    results: Mapping[str, Sequence[str]], truth: Mapping[str, Sequence[str]], k: int = 10
) -> dict[str, float]:
    """Return mean hit@1, recall@k and nDCG@k over the needs of ``truth``.

    A need whose truth is empty scores hit@1 = 1 only when nothing is suggested.
    """
    hits, recalls, ndcgs = [], [], []
    for need_id, rel in truth.items():
        ranked = list(results.get(need_id, ()))
        relevant = set(rel)
        hits.append(hit_at_1(ranked, relevant) if relevant else float(not ranked))
        recalls.append(recall_at(ranked, relevant, k))
        ndcgs.append(ndcg_at(ranked, relevant, k))
    n = len(truth) or 1
    return {
        "needs": float(len(truth)),
        "hit@1": sum(hits) / n,
        f"recall@{k}": sum(recalls) / n,
        f"ndcg@{k}": sum(ndcgs) / n,
    }


def reach_metrics(
    results: Mapping[str, Sequence[str]], can_serve: Callable[[str, str], bool]
) -> dict[str, float]:
    """Count reach faults in ranked results, given ``can_serve(need_id, offer_id)``.

    ``cannot_serve``: suggestions of an offer that cannot serve the group;
    ``reach_inversions``: needs where such an offer ranks above one that can.
    """
    cannot = inverted = 0
    for need_id, ranked in results.items():
        verdicts = [can_serve(need_id, offer_id) for offer_id in ranked]
        cannot += verdicts.count(False)
        if False in verdicts and True in verdicts[verdicts.index(False) :]:
            inverted += 1
    return {"cannot_serve": float(cannot), "reach_inversions": float(inverted)}


# what kinds of miss ``miss_kinds`` counts, in the order it prints them
MISS_KINDS = (
    "no fit, suggested anyway",
    "a fit, nothing suggested",
    "first wrong, a fit 2nd-3rd",
    "first wrong, a fit 4th-kth",
    "first wrong, no fit in the first k",
    "fits left out, the list cut short",
    "fits left out, ranked below k",
)


def miss_kinds(
    results: Mapping[str, Sequence[str]], truth: Mapping[str, Sequence[str]], k: int = 10
) -> Counter[str]:
    """Count the kinds of miss without naming a need: what a held-out set lacks can be
    asked of it without reading it. The first five count needs missed at hit@1; the last
    two count the fits missing from the first ``k`` (recall), split by whether the list
    stopped short of ``k`` (a fit filtered out) or was full (a fit ranked below)."""
    kinds: Counter[str] = Counter()
    for need_id, rel in truth.items():
        ranked = list(results.get(need_id, ()))[:k]
        relevant = set(rel)
        if not relevant:
            if ranked:
                kinds[MISS_KINDS[0]] += 1
            continue
        missing = len(relevant - set(ranked))
        if missing:
            kinds[MISS_KINDS[5] if len(ranked) < k else MISS_KINDS[6]] += missing
        if ranked and ranked[0] in relevant:
            continue
        found = [i for i, offer in enumerate(ranked) if offer in relevant]
        if not ranked:
            kinds[MISS_KINDS[1]] += 1
        elif not found:
            kinds[MISS_KINDS[4]] += 1
        else:
            kinds[MISS_KINDS[2] if found[0] < 3 else MISS_KINDS[3]] += 1
    return kinds
