"""Quality gate: the matcher's figures on the labelled sets, through the production path.

Each set is imported by the real importer into a scratch SQLite database and ranked by
``suggest`` on the inputs the production adapter builds (``services/suggesting/evaluation.py``), so
what is measured is what a facilitator gets. The issue's numbers hold on every set:
hit@1 and recall@10 at least 0.97, no suggestion of the wrong kind, none of an offer
that cannot serve the group, no need where such an offer ranks above one that can; and
the engine beats the naive baseline.
"""

import json
from pathlib import Path

import pytest

from marketplace.services.suggesting.evaluation import evaluate_file

HERE = Path(__file__).resolve().parent / "data"
SETS = {
    "sample": HERE / "sample" / "sample-marketplace",
    "eval": HERE / "eval" / "eval-marketplace",
    "eval2": HERE / "eval2" / "eval2-marketplace",
    # held out until 7 December 2026, used for tuning since (see its README)
    "eval3": HERE / "eval3" / "eval3-marketplace",
    # held out until 7 December 2026 (after eval3), used for tuning since (see its README)
    "eval4": HERE / "eval4" / "eval4-marketplace",
    # held out until 7 December 2026 (after eval4), used for tuning since (see its README)
    "eval5": HERE / "eval5" / "eval5-marketplace",
    # held out until 7 December 2026 (after eval5), used for tuning since (see its README)
    "eval6": HERE / "eval6" / "eval6-marketplace",
    # held out until 7 December 2026 (after eval6), used for tuning since (see its README)
    "eval7": HERE / "eval7" / "eval7-marketplace",
    # held out until 7 December 2026 (after eval7), used for tuning since (see its README)
    "eval8": HERE / "eval8" / "eval8-marketplace",
    # held out until 7 December 2026 (stop 20), used for tuning since (see its README)
    "eval9": HERE / "eval9" / "eval9-marketplace",
    # held out until 7 December 2026 (stop 21), used for tuning since (see its README)
    "eval10": HERE / "eval10" / "eval10-marketplace",
    # held out until 7 December 2026 (stop 21, after eval10), used for tuning since (see its README)
    "eval11": HERE / "eval11" / "eval11-marketplace",
    # held out until 8 December 2026 (stop 22), used for tuning since (see its README)
    "eval12": HERE / "eval12" / "eval12-marketplace",
    # held out until 8 December 2026 (stop 22, with eval12), used for tuning since (see its README)
    "eval13": HERE / "eval13" / "eval13-marketplace",
    # held out until 8 December 2026 (stop 23), used for tuning since (see its README)
    "eval15": HERE / "eval15" / "eval15-marketplace",
    # held out until 8 December 2026 (stop 23, with eval15), used for tuning since (see its README)
    "eval16": HERE / "eval16" / "eval16-marketplace",
}
HIT_AT_1 = RECALL_AT_10 = 0.97
# what a set reaches where it is short of the 0.97 (a floor against regressions)
HIT_AT_1_REACHED: dict[str, float] = {}


@pytest.fixture(scope="module", params=sorted(SETS))
def measured(request):
    base = SETS[request.param]
    data, truth = base.with_suffix(".json"), Path(f"{base}.truth.json")
    assert data.exists() and truth.exists(), f"the {request.param} set is part of the repository"
    return request.param, evaluate_file(data, json.loads(truth.read_text("utf-8")))


def _misses(result) -> str:
    return "\n".join(
        f"  {m.need} {m.title!r}: first {m.first} {m.first_title!r}, expected {m.expected}"
        for m in result.misses
    )


def test_the_first_suggestion_is_right_for_nearly_every_need(measured):
    name, result = measured
    floor = HIT_AT_1_REACHED.get(name, HIT_AT_1)
    assert result.engine["hit@1"] >= floor, f"{name}: {result.engine}\n{_misses(result)}"


def test_the_first_ten_hold_nearly_every_relevant_offer(measured):
    name, result = measured
    assert result.engine["recall@10"] >= RECALL_AT_10, f"{name}: {result.engine}"


def test_no_wrong_kind_and_nothing_that_cannot_serve_the_group(measured):
    name, result = measured
    figures = result.engine
    assert figures["wrong_kind"] == 0, name
    assert figures["cannot_serve"] == 0, name
    assert figures["reach_inversions"] == 0, name


def test_the_engine_beats_the_naive_baseline(measured):
    name, result = measured
    for metric in ("hit@1", "recall@10"):
        assert result.engine[metric] > result.baseline[metric], (name, metric)
