"""The demo marketplace reads like a real one: named providers and groups, real sectors."""

from __future__ import annotations

import json
import re

from marketplace.services.bulk.demo import SAMPLE
from marketplace.vocab import SECTORS

DEMO = json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_providers_and_groups_have_names_people_would_give_them():
    names = [p["name"] for p in DEMO["providers"]] + [g["name"] for g in DEMO["groups"]]
    assert not [n for n in names if re.search(r"Penyedia|\bp?\d+$", n)]
    assert len(set(names)) == len(names)


def test_most_listings_have_a_sector_of_the_product_not_other():
    for array in ("needs", "offers", "groups"):
        sectors = [item.get("sector") for item in DEMO[array]]
        assert set(sectors) <= set(SECTORS), array
        assert sum(s != "other" for s in sectors) >= 0.8 * len(sectors), array
