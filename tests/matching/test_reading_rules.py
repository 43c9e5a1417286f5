"""How a listing's words are read: where a title turns to its purpose, repeated words,
function words and measures.

Written with listings of our own (never those of an evaluation set).
"""

from __future__ import annotations

import pytest

# ------------------------------------------------------------ a purpose inside a phrase


@pytest.mark.parametrize(
    ("title", "whole", "part"),
    [
        ("Jual incubator for eggs", "c:poultry_hatching", "c:eggs"),
        ("Pelatihan first aid for livestock untuk peternak", "c:animal_health", "c:livestock"),
    ],
)
def test_a_for_inside_a_lexicon_phrase_does_not_split_off_a_purpose(real, title, whole, part):
    profile = real.analyser.profile(title)
    s = real.settings
    assert profile[whole] == pytest.approx(s.title_weight)
    assert profile[part] < s.title_weight


def test_a_for_outside_any_phrase_still_turns_to_the_purpose(real):
    profile = real.analyser.profile("Pelatihan pupuk organik untuk petani cabai")
    assert profile["c:chili"] < real.settings.title_weight


# ------------------------------------------------------------ repeated words


def test_a_repeat_the_lexicon_writes_is_a_word_of_its_own(real):
    # otak-otak is a fish cake; otak alone is a brain
    for title in ("Jual otak-otak bandeng", "Jual otak2 bandeng", "Jual otak otak bandeng"):
        assert "c:otak_otak" in real.analyser.profile(title)
    assert "c:otak_otak" not in real.analyser.profile("Pelatihan otak kreatif anak")


def test_other_repeats_still_collapse_to_their_root(real):
    # plurals: ikan-ikan are fish, sayur-sayuran vegetables
    assert real.analyser.profile("Jual ikan-ikan segar") == real.analyser.profile("Jual ikan segar")


def test_a_repeat_whose_concept_also_writes_its_root_is_a_plural(real):
    # cumi-cumi and cumi are both squid
    assert real.analyser.profile("Jual cumi-cumi kering") == real.analyser.profile(
        "Jual cumi kering"
    )


def test_the_root_of_a_repeat_keeps_its_own_meaning(real):
    # ice-ice is a seaweed disease, ice is ice
    assert "c:ice_ice_disease" in real.analyser.profile("Penanganan penyakit ice-ice")
    assert "c:ice_ice_disease" not in real.analyser.profile("Jual ice cube untuk nelayan")


# ------------------------------------------------------------ function words and measures


@pytest.mark.parametrize(
    "title",
    [
        "Ingin tahu cara budidaya lele",
        "Kami belum tahu cara budidaya lele",
        "Gak tahu caranya budidaya lele",
        "Mau tahu budidaya lele",
    ],
)
def test_tahu_as_to_know_is_no_tofu(real, title):
    assert "c:tofu" not in real.analyser.profile(title)
    assert "c:catfish" in real.analyser.profile(title)


def test_tahu_as_a_product_stays_tofu(real):
    assert "c:tofu" in real.analyser.profile("Jual tahu putih 200 potong")
    assert "c:tofu" in real.analyser.profile("Pelatihan membuat tahu")


def test_kayak_as_like_is_no_boat(real):
    profile = real.analyser.profile
    assert profile("Jual kopi kayak yg kemarin") == profile("Jual kopi yg kemarin")
    assert profile("Sewa kayak untuk wisata") != profile("Sewa untuk wisata")


@pytest.mark.parametrize(
    ("title", "product", "unit"),
    [
        ("Jual 50 karung jagung", "c:maize", "karung"),
        ("Jual 100 ikat kangkung", "c:water_spinach", "ikat"),
        ("Beli 20 rak telur ayam", "c:eggs", "rak"),
        ("Selling 50 sacks of maize", "c:maize", "sack"),
    ],
)
def test_a_counted_unit_is_a_measure_and_the_product_the_subject(real, title, product, unit):
    profile = real.analyser.profile(title)
    assert profile[product] >= real.settings.title_weight
    assert not [f for f in profile if f.endswith(f":{unit}") or f == "c:ikat"]


@pytest.mark.parametrize("title", ["Jual karung goni bekas", "Jual 100 karung goni bekas"])
def test_a_unit_that_counts_nothing_else_stays_the_subject(real, title):
    assert "c:jute_sacks" in real.analyser.profile(title)


# ------------------------------------------------------------ place names


@pytest.mark.parametrize(
    ("place", "word"), [("bekasi", "bekas"), ("kediri", "diri"), ("rokan", "rok")]
)
def test_a_place_name_is_not_stemmed_into_another_word(real, place, word):
    # Bekasi is no second-hand goods, Rokan no skirt
    assert real.analyser.stemmer.key(place) == place
    assert real.analyser.stemmer.key(place) != word
