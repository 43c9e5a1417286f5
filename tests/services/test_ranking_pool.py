"""Ranking many listings in forked processes gives exactly the serial results."""

from __future__ import annotations

from marketplace.matching import MatchEngine, NeedInput, OfferInput
from marketplace.services.suggesting import ranking_pool

SUBJECTS = ["tahu", "rotan", "lele", "batik", "kopi", "madu", "tempe", "garam"]


def test_forked_ranking_equals_the_serial_one(monkeypatch):
    engine = MatchEngine()
    offers = [
        OfferInput(
            id=f"o{i}",
            kind="training",
            title=f"Pelatihan {SUBJECTS[i % 8]} {i % 13}",
            area_keys=(f"p{i % 5}",),
            capacity=10 + i % 20,
        )  # fmt: skip
        for i in range(240)
    ]
    needs = [
        NeedInput(
            id=f"n{i}",
            kind="training",
            title=f"Kami butuh pelatihan {SUBJECTS[i % 8]}",
            area_keys=(f"p{i % 5}",),
            quantity=5 + i,
        )  # fmt: skip
        for i in range(40)
    ]
    engine.build(offers)
    engine.build_needs(needs)
    items = [(o, engine.profile(o)) for o in offers]
    monkeypatch.setattr(ranking_pool, "MIN_PER_WORKER", 10)
    serial = ranking_pool.ranked(engine.top_needs, items, 20, workers=1)
    forked = ranking_pool.ranked(engine.top_needs, items, 20, workers=2)
    assert any(serial) and forked == serial
