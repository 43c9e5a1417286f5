"""Tokens, informal spellings, reduplication and stems."""

import pytest

from marketplace.matching.normalise import Stemmer, english_stem, tokenize


def test_abbreviations_and_reduplication():
    assert tokenize("Pelatihan utk kel. ibu2 yg tdk bs hadir, ikan-ikan 50kg/bln") == [
        "pelatihan",
        "untuk",
        "kelompok",
        "ibu",
        "yang",
        "tidak",
        "bisa",
        "hadir",
        "ikan",
        "50",
        "kg",
        "bulan",
    ]


def test_accents_are_folded():
    assert tokenize("Café KOPI") == ["cafe", "kopi"]


@pytest.fixture(scope="module")
def stemmer() -> Stemmer:
    return Stemmer()


@pytest.mark.parametrize("word", ["menganyam", "anyaman", "penganyam", "anyam"])
def test_indonesian_affixes_share_a_stem(stemmer, word):
    assert stemmer.key(word) == "anyam"


@pytest.mark.parametrize("word", ["tahu", "tahun", "roti", "rotan", "kopi", "kopiah"])
def test_root_words_stay_distinct(stemmer, word):
    assert stemmer.key(word) == word


def test_stem_override(stemmer):
    assert stemmer.key("peternakan") == "ternak"


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("baskets", "basket"),
        ("roasting", "roast"),
        ("making", "make"),
        ("dyeing", "dye"),
        ("processes", "process"),
        ("labelling", "label"),
        ("packaging", "packag"),
    ],
)
def test_english_stem(word, stem):
    assert english_stem(word) == stem


def test_stems_are_cached(stemmer):
    stemmer.key("pengolahan")
    assert "pengolahan" in stemmer._cache
