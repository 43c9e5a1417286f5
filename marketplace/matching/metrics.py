"""Ranking metrics against a truth dict (need id -> relevant offer ids)."""

from __future__ import annotations

import math
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
