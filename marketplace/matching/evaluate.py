"""The figures of a ranking on a labelled set, and the naive baseline beside it.

Pure: the inputs are those the production adapter built (``services/suggesting/evaluation.py``
imports a labelled file and ranks it through ``suggest``). ``measure`` gives hit@1,
recall@k, nDCG@k, the suggestions of the wrong kind, those of an offer that cannot serve
the group, and the needs where such an offer ranks above one that can.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from .metrics import evaluate, reach_metrics
from .score import can_serve, reach
from .settings import MatchSettings
from .types import NeedInput, OfferInput


def serving(
    needs: Sequence[NeedInput], offers: Sequence[OfferInput], settings: MatchSettings | None = None
):
    """Return ``can_serve(need_id, offer_id)``, the reach rule applied to these inputs."""
    s = settings or MatchSettings()
    by_need, by_offer = {n.id: n for n in needs}, {o.id: o for o in offers}

    def verdict(need_id: str, offer_id: str) -> bool:
        return can_serve(reach(by_need[need_id], by_offer[offer_id], s))

    return verdict


def run_baseline(
    needs: Sequence[NeedInput], offers: Sequence[OfferInput], k: int = 10
) -> dict[str, list[str]]:
    """The reference baseline: token_set_ratio over same-kind open offers whose area is
    empty or names the group's province."""
    out = {}
    for need in needs:
        pool = [
            o
            for o in offers
            if o.kind == need.kind
            and o.status == "open"
            and (not o.area_keys or any(key in o.area_keys for key in need.area_keys[:1]))
        ]
        texts = {o.id: f"{o.title} {o.description} {' '.join(o.tags)}" for o in pool}
        query = f"{need.title} {need.description} {' '.join(need.tags)}"
        found = process.extract(query, texts, scorer=fuzz.token_set_ratio, limit=None)
        found.sort(key=lambda x: (-x[1], x[2]))
        out[need.id] = [key for _text, _score, key in found[:k]]
    return out


def wrong_kind(
    results: Mapping[str, Sequence[str]], needs: Sequence[NeedInput], offers: Sequence[OfferInput]
) -> int:
    """Count suggestions whose offer kind differs from the need kind."""
    kind = {o.id: o.kind for o in offers}
    return sum(1 for n in needs for oid in results.get(n.id, ()) if kind.get(oid) != n.kind)


def measure(
    needs: Sequence[NeedInput],
    offers: Sequence[OfferInput],
    listed: Mapping[str, Sequence[str]],
    ranked: Mapping[str, Sequence[str]],
    truth: Mapping[str, Sequence[str]],
    k: int = 10,
    settings: MatchSettings | None = None,
) -> dict[str, float]:
    """Score ``listed`` (what ``suggest`` prints) against ``truth``; count reach
    inversions on ``ranked`` (the full ranking, offers that cannot serve included)."""
    metrics = evaluate(listed, truth, k)
    verdict = serving(needs, offers, settings)
    metrics["wrong_kind"] = float(wrong_kind(listed, needs, offers))
    metrics["cannot_serve"] = reach_metrics(listed, verdict)["cannot_serve"]
    metrics["reach_inversions"] = reach_metrics(ranked, verdict)["reach_inversions"]
    metrics["suggestions"] = float(sum(len(v) for v in listed.values()))
    return metrics
