"""Shared fixtures of the pure engine tests: a small fixed lexicon, independent of the files."""

from __future__ import annotations

import pytest

from marketplace.matching import MatchEngine, MatchSettings
from marketplace.matching.lexicon import Concept, Lexicon

CONCEPTS = [
    Concept(
        "tofu",
        "food_processing",
        {"id": ("tahu", "tahu putih"), "en": ("tofu", "bean curd")},
        ("soybean",),
    ),
    Concept("soybean", "food_crops", {"id": ("kedelai",), "en": ("soybean", "soy")}),
    Concept("bread", "food_processing", {"id": ("roti",), "en": ("bread",)}),
    Concept("rattan", "crafts", {"id": ("rotan",), "en": ("rattan",)}, ("weaving",)),
    Concept(
        "weaving", "crafts", {"id": ("anyaman", "anyam"), "en": ("weaving", "woven", "basketry")}
    ),
    Concept("coffee", "plantation", {"id": ("kopi",), "en": ("coffee",)}),
    Concept("skullcap", "textiles", {"id": ("kopiah", "peci"), "en": ("skullcap",)}),
    Concept("goat", "livestock", {"id": ("kambing",), "en": ("goat",)}),
    Concept("catfish", "fisheries", {"id": ("lele", "ikan lele"), "en": ("catfish",)}),
    Concept(
        "post_harvest", "plantation", {"id": ("pasca panen", "pascapanen"), "en": ("post-harvest",)}
    ),
    Concept("batik", "textiles", {"id": ("batik",), "en": ("batik",)}),
    Concept(
        "weaving_cloth", "textiles", {"id": ("tenun", "kain tenun"), "en": ("handwoven cloth",)}
    ),
]


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon(CONCEPTS)


@pytest.fixture()
def engine(lexicon: Lexicon) -> MatchEngine:
    return MatchEngine(MatchSettings(), lexicon=lexicon)


@pytest.fixture(scope="module")
def real() -> MatchEngine:
    """The engine with the shipped lexicon and settings."""
    return MatchEngine()
