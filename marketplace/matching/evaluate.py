"""Measure the engine (and the reference baseline) on a labelled bulk document.

``python -m marketplace.matching.evaluate DATA.json TRUTH.json [--k 10] [--baseline]``
prints hit@1, recall@k, nDCG@k, the number of wrong-kind suggestions, of suggestions that
cannot serve the group, and of needs where such an offer ranks above one that can.

The engine's figures are those of what ``suggest`` lists: its ranking without the offers
that cannot serve the group; the inversions are counted on the full ranking.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date

from rapidfuzz import fuzz, process

from .bulk import needs_from_bulk, offers_from_bulk
from .engine import MatchEngine
from .metrics import evaluate, reach_metrics
from .score import can_serve, reach
from .settings import MatchSettings
from .types import NeedInput, OfferInput


def run_engine(
    needs: Sequence[NeedInput],
    offers: Sequence[OfferInput],
    k: int = 10,
    settings: MatchSettings | None = None,
    today: date | None = None,
    *,
    listed: bool = True,
) -> dict[str, list[str]]:
    """Return need id -> ranked offer ids from the engine (with ``listed``, only those that
    can serve the group, as ``suggest`` prints them)."""
    engine = MatchEngine(settings)
    engine.build(offers)
    results = engine.match_all(needs, k, today=today)
    return {
        nid: [s.offer_id for s in sugg if s.can_serve or not listed]
        for nid, sugg in results.items()
    }


def serving(
    needs: Sequence[NeedInput], offers: Sequence[OfferInput], settings: MatchSettings | None = None
):
    """Return ``can_serve(need_id, offer_id)``, the reach rule applied to one document."""
    s = settings or MatchSettings()
    by_need, by_offer = {n.id: n for n in needs}, {o.id: o for o in offers}

    def verdict(need_id: str, offer_id: str) -> bool:
        return can_serve(reach(by_need[need_id], by_offer[offer_id], s))

    return verdict


def run_baseline(
    needs: Sequence[NeedInput], offers: Sequence[OfferInput], k: int = 10
) -> dict[str, list[str]]:
    """The reference baseline: token_set_ratio over same-kind offers reaching the province."""
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
    results: dict[str, list[str]], needs: Sequence[NeedInput], offers: Sequence[OfferInput]
) -> int:
    """Count suggestions whose offer kind differs from the need kind."""
    kind = {o.id: o.kind for o in offers}
    return sum(1 for n in needs for oid in results.get(n.id, ()) if kind.get(oid) != n.kind)


def report(data: dict, truth: dict, k: int = 10, baseline: bool = False) -> dict[str, float]:
    """Return the metrics of the engine (or of the baseline) on one document."""
    needs, offers = needs_from_bulk(data), offers_from_bulk(data)
    results = run_baseline(needs, offers, k) if baseline else run_engine(needs, offers, k)
    metrics = evaluate(results, truth, k)
    metrics["wrong_kind"] = float(wrong_kind(results, needs, offers))
    verdict = serving(needs, offers)
    metrics["cannot_serve"] = reach_metrics(results, verdict)["cannot_serve"]
    ranked = results if baseline else run_engine(needs, offers, k, listed=False)
    metrics["reach_inversions"] = reach_metrics(ranked, verdict)["reach_inversions"]
    metrics["suggestions"] = float(sum(len(v) for v in results.values()))
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("truth")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--baseline", action="store_true", help="also measure the baseline")
    args = parser.parse_args(argv)
    with open(args.data, encoding="utf-8") as handle:
        data = json.load(handle)
    with open(args.truth, encoding="utf-8") as handle:
        truth = json.load(handle)
    runs = [("engine", False)] + ([("baseline", True)] if args.baseline else [])
    for name, flag in runs:
        m = report(data, truth, args.k, baseline=flag)
        print(
            f"{name}: needs={int(m['needs'])} hit@1={m['hit@1']:.3f} "
            f"recall@{args.k}={m[f'recall@{args.k}']:.3f} ndcg@{args.k}={m[f'ndcg@{args.k}']:.3f} "
            f"wrong_kind={int(m['wrong_kind'])} cannot_serve={int(m['cannot_serve'])} "
            f"reach_inversions={int(m['reach_inversions'])} suggestions={int(m['suggestions'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
