"""Typos find their concept; near-spellings with another meaning do not."""

import csv
from pathlib import Path

import pytest

from marketplace.matching import MatchSettings
from marketplace.matching.analyse import Analyser
from marketplace.matching.fuzzy import TypoCorrector
from marketplace.matching.glossary import name_pairs
from marketplace.matching.lexicon import Lexicon


@pytest.fixture(scope="module")
def analyser(lexicon):
    return Analyser(lexicon, MatchSettings())


def concepts(analyser, text):
    return {f for f in analyser.profile(text) if f.startswith("c:")}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("rtoan", "c:rattan"),
        ("rotann", "c:rattan"),
        ("rattn", "c:rattan"),
        ("kedeai", "c:soybean"),
        ("kedelaii", "c:soybean"),
        ("bateik", "c:batik"),
        ("tnun", "c:weaving_cloth"),
        ("catfsih", "c:catfish"),
    ],
)
def test_typos_reach_the_concept(analyser, text, concept):
    assert concept in concepts(analyser, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("tahun", "c:tofu"),
        ("roti", "c:rattan"),
        ("kopiah", "c:coffee"),
        ("kamping", "c:goat"),
        ("rotan", "c:bread"),
        ("kopi", "c:skullcap"),
    ],
)
def test_near_spellings_do_not_match(analyser, text, wrong):
    assert wrong not in concepts(analyser, text)


def test_ambiguous_typos_are_left_alone():
    fixer = TypoCorrector(["batik", "batuk"])
    assert fixer.correct("batak") is None  # one letter from both
    assert fixer.correct("battik") == "batik"


def test_short_words_and_substitutions_are_not_fuzzed():
    fixer = TypoCorrector(["kambing", "sederhana"])
    assert fixer.correct("kamping") is None  # a replaced letter on a short word
    assert fixer.correct("sedarhana") == "sederhana"  # long words tolerate one
    assert fixer.correct("kmb") is None


def test_a_slip_never_touches_a_first_letter_nor_the_end_of_a_short_word():
    fixer = TypoCorrector(["yeast", "resto", "sukabumi", "tenun", "wisata"])
    assert fixer.correct("east") is None  # another word, not yeast missing its y
    assert fixer.correct("rest") is None  # a short word ending early is another word
    assert fixer.correct("tnun") == "tenun"  # a dropped letter inside a short word
    assert fixer.correct("wisat") == "wisata"  # a longer word may end early
    assert fixer.correct("uskabumi") is None  # the first letter swapped away


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Pengepul kopi Kapuas Hulu", "c:cotton"),
        ("Pelatihan menjahit di Karawang", "c:embroidery"),
        ("Pembeli jagung Pinrang", "c:areca_nut"),
        ("Kelompok tani Kaur", "c:soil_liming"),
    ],
)
def test_a_place_is_never_read_as_a_typo(analyser, text, wrong):
    assert wrong not in concepts(analyser, text)


@pytest.mark.skipif(not name_pairs(), reason="the glossary's dictionary is not installed")
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ganti v-belt traktor", "c:eel"),  # belt, not belut
        ("Pemandangan desa wisata", "c:boiled_fish"),  # scenery, not pemindangan
        ("Kursus swing golf", "c:sewing"),
        ("Obat pain relief", "c:pangasius"),  # pain, not patin
        ("Penjahat", "c:sewing"),  # a criminal, not a tailor (penjahit)
        ("Beam and column repair", "c:traditional_therapy"),  # beam, not bekam
    ],
)
def test_a_word_of_the_dictionary_is_never_read_as_a_typo(text, wrong):
    shipped = Analyser(Lexicon.load(), MatchSettings())
    assert wrong not in concepts(shipped, text)


def test_every_word_of_the_official_region_names_is_a_place():
    from marketplace.matching.normalise import tokenize
    from marketplace.matching.resources import place_words

    regions = Path(__file__).resolve().parents[2] / "marketplace/regions/data/regions.csv"
    with regions.open(encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    words = {w for name in names for w in tokenize(name) if w.isalpha()}
    assert words == set(place_words())
