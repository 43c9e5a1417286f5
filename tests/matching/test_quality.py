"""Quality gate: the engine's metrics on the shared sample and the labelled eval set.

Runs in about a second (no app, no database); both sets ship in ``data/``. Targets:
hit@1 >= 0.95, recall@10 >= 0.95, no suggestion of the wrong kind.
"""

import json
from pathlib import Path

import pytest

from marketplace.matching.evaluate import report

HERE = Path(__file__).resolve().parent
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
    assert metrics["wrong_kind"] == 0
    assert metrics["hit@1"] >= 0.95, metrics
    assert metrics["recall@10"] >= 0.95, metrics
