"""Ranking metrics, and the figures of a ranking with its reach faults."""

import pytest

from marketplace.matching import NeedInput, OfferInput
from marketplace.matching.evaluate import measure, run_baseline
from marketplace.matching.metrics import (
    MISS_KINDS,
    evaluate,
    hit_at_1,
    miss_kinds,
    ndcg_at,
    recall_at,
)


def test_metrics():
    assert hit_at_1(["a", "b"], {"b"}) == 0
    assert recall_at(["a", "b"], {"b", "c"}) == 0.5
    assert ndcg_at(["b"], {"b"}) == pytest.approx(1.0)
    m = evaluate({"n1": ["a"], "n2": []}, {"n1": ["a"], "n2": []})
    assert m["hit@1"] == 1.0 and m["recall@10"] == 1.0


def _need(id, kind="training", keys=("31",)):  # noqa: A002
    return NeedInput(id=id, kind=kind, title="pelatihan tahu", area_keys=keys)


def _offer(id, kind="training", area=()):  # noqa: A002
    return OfferInput(id=id, kind=kind, title="tofu workshop", area_keys=area)


def test_measure_counts_wrong_kind_cannot_serve_and_inversions():
    needs = [_need("n1")]
    offers = [_offer("near", area=("31",)), _offer("far", area=("73",)), _offer("m", "market")]
    figures = measure(
        needs, offers, {"n1": ["far", "m"]}, {"n1": ["far", "near"]}, {"n1": ["near"]}
    )
    assert figures["wrong_kind"] == 1
    assert figures["cannot_serve"] == 1
    assert figures["reach_inversions"] == 1
    assert figures["hit@1"] == 0


def test_the_baseline_keeps_to_the_kind_and_the_groups_province():
    needs = [_need("n1")]
    offers = [_offer("near", area=("31",)), _offer("far", area=("73",)), _offer("m", "market")]
    assert run_baseline(needs, offers) == {"n1": ["near"]}


def test_miss_kinds_count_each_kind_of_miss_without_naming_a_need():
    truth = {
        "right": ["a"],
        "second": ["b"],
        "fifth": ["e"],
        "absent": ["z"],
        "empty": ["a"],
        "no-fit-quiet": [],
        "no-fit-noisy": [],
    }
    results = {
        "right": ["a", "x"],
        "second": ["x", "b"],
        "fifth": ["x", "y", "w", "v", "e"],
        "absent": ["x"],
        "empty": [],
        "no-fit-quiet": [],
        "no-fit-noisy": ["x"],
    }
    kinds = miss_kinds(results, truth, k=10)
    assert kinds == {
        "first wrong, a fit 2nd-3rd": 1,
        "first wrong, a fit 4th-kth": 1,
        "first wrong, no fit in the first k": 1,
        "a fit, nothing suggested": 1,
        "no fit, suggested anyway": 1,
        "fits left out, the list cut short": 2,  # "absent" and "empty"
    }
    assert set(kinds) <= set(MISS_KINDS)


def test_a_fit_below_a_full_list_is_ranked_below_not_cut():
    ranked = [f"o{i}" for i in range(10)]
    kinds = miss_kinds({"n": ranked}, {"n": ["o0", "late"]}, k=10)
    assert kinds == {"fits left out, ranked below k": 1}
