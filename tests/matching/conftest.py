"""Shared fixtures of the pure engine tests: a small fixed lexicon, independent of the files."""

from __future__ import annotations

import pytest

from marketplace.matching import MatchEngine, MatchSettings
from marketplace.matching.lexicon import Concept, Lexicon

CONCEPTS = [
    Concept("tofu", "food_processing", ("tahu", "tahu putih"), ("tofu", "bean curd"), ("soybean",)),
    Concept("soybean", "food_crops", ("kedelai",), ("soybean", "soy")),
    Concept("bread", "food_processing", ("roti",), ("bread",)),
    Concept("rattan", "crafts", ("rotan",), ("rattan",), ("weaving",)),
    Concept("weaving", "crafts", ("anyaman", "anyam"), ("weaving", "woven", "basketry")),
    Concept("coffee", "plantation", ("kopi",), ("coffee",)),
    Concept("skullcap", "textiles", ("kopiah", "peci"), ("skullcap",)),
    Concept("goat", "livestock", ("kambing",), ("goat",)),
    Concept("catfish", "fisheries", ("lele", "ikan lele"), ("catfish",)),
    Concept("post_harvest", "plantation", ("pasca panen", "pascapanen"), ("post-harvest",)),
    Concept("batik", "textiles", ("batik",), ("batik",)),
    Concept("weaving_cloth", "textiles", ("tenun", "kain tenun"), ("handwoven cloth",)),
]


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon(CONCEPTS)


@pytest.fixture()
def engine(lexicon: Lexicon) -> MatchEngine:
    return MatchEngine(MatchSettings(), lexicon=lexicon)
