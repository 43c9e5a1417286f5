"""Quality gate: the engine's metrics on the shared sample and the labelled eval set.

Runs in a few seconds (no app, no database); both sets ship in ``data/``. Targets (what
the engine reaches, so a regression fails): hit@1 and recall@10 per set below, no
suggestion of the wrong kind, none of an offer that cannot serve the group, and no need
where such an offer ranks above one that can.
"""

import json
from pathlib import Path

import pytest

from marketplace.matching.evaluate import report

HERE = Path(__file__).resolve().parent
TARGETS = {"sample": (0.98, 1.0), "eval": (0.98, 0.98)}  # (hit@1, recall@10)
SETS = {
    "sample": HERE / "data" / "sample" / "sample-marketplace",
    "eval": HERE / "data" / "eval" / "eval-marketplace",
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_targets(name):
    base = SETS[name]
    data, truth = base.with_suffix(".json"), Path(f"{base}.truth.json")
    assert data.exists() and truth.exists(), f"the {name} set is part of the repository"
    metrics = report(json.loads(data.read_text("utf-8")), json.loads(truth.read_text("utf-8")))
    hit, recall = TARGETS[name]
    assert metrics["wrong_kind"] == 0
    assert metrics["cannot_serve"] == 0 and metrics["reach_inversions"] == 0, metrics
    assert metrics["hit@1"] >= hit, metrics
    assert metrics["recall@10"] >= recall, metrics
