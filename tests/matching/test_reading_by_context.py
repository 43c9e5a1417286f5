"""How the words around a word change its reading (``data/readings.toml``).

A word read by the concepts beside it (*telo* beside a cassava product is cassava; a *vaksin*
beside cattle is livestock vaccination), fixed phrases read as one word (*dari nol*, from
scratch, is a beginner's wish and no material), and a title that names only a broad thing
(*alat*, a tool) leaving its subject to the description.

Written with listings of our own (never those of an evaluation set).
"""

from __future__ import annotations

from functools import partial

import pytest

from marketplace.matching import NeedInput, OfferInput
from marketplace.matching.lexicon import Lexicon
from marketplace.matching.resources import readings
from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")

order = partial(ranking.order, area=AREA)


def _order_described(engine, title, description, offers, kind):
    engine.build(OfferInput(id=i, kind=kind, title=t) for i, t in offers.items())
    need = NeedInput(id="n", kind=kind, title=title, description=description, area_keys=AREA)
    return [s.offer_id for s in engine.top_k(need)]


def test_every_concept_a_reading_names_is_in_the_lexicon():
    concepts = Lexicon.load().concepts
    r = readings()
    named = {k for rule in r.by_neighbours for k in (rule.concept, rule.becomes, *rule.near)}
    assert named | r.broad_subjects <= set(concepts)


# ------------------------------------------------------------ a word read by its neighbours


@pytest.mark.parametrize(
    "title",
    [
        "Pengin sinau gawe tiwul saka telo",
        "Jual gaplek telo 2 ton",
        "Pelatihan tepung mocaf dari telo",
        "Butuh mesin parut untuk getuk telo",
    ],
)
def test_telo_beside_a_cassava_product_is_cassava(real, title):
    profile = real.analyser.profile(title)
    assert "c:cassava" in profile
    assert "c:sweet_potato" not in profile


@pytest.mark.parametrize(
    "title",
    [
        "Jual telo 1 ton",
        "Jual telo rambat madu",
        # cassava itself is no sign: a listing naming both names two tubers
        "Jual singkong dan telo",
        # another sentence is another context
        "Jual tiwul instan. Kami juga jual telo",
    ],
)
def test_telo_elsewhere_stays_sweet_potato(real, title):
    assert "c:sweet_potato" in real.analyser.profile(title)


def test_a_telo_mocaf_course_need_meets_the_cassava_mocaf_course(real):
    offers = {
        "mocaf": "Pelatihan produksi tepung mocaf singkong",
        "ubi": "Pelatihan olahan ubi jalar ungu",
    }
    assert order(real, "Pengin sinau gawe tepung mocaf saka telo", offers)[:1] == ["mocaf"]


@pytest.mark.parametrize(
    "title",
    [
        "Butuh vaksin untuk sapi kami",
        "Vaksinasi untuk kambing anggota kelompok",
        "Perlu vaccine for our ducks",
    ],
)
def test_a_vaccine_beside_livestock_is_livestock_vaccination(real, title):
    profile = real.analyser.profile(title)
    assert "c:livestock_vaccination" in profile
    assert "c:immunisation" not in profile


def test_a_word_turned_in_one_sentence_is_turned_throughout_the_listing(real):
    # one listing uses one word in one sense: the title's bare vaccine is the cattle's
    profile = real.analyser.profile("Butuh vaksin", "Sapi kami sakit, perlu vaksin untuk sapi")
    assert profile["c:livestock_vaccination"] >= real.settings.title_weight
    assert "c:immunisation" not in profile


@pytest.mark.parametrize(
    "title",
    [
        "Imunisasi dan vaksin balita di posyandu",
        "Vaksin untuk balita. Kami juga beternak sapi",
    ],
)
def test_a_vaccine_for_children_stays_immunisation(real, title):
    assert "c:immunisation" in real.analyser.profile(title)


def test_a_cattle_vaccine_need_is_not_offered_childrens_immunisation(real):
    offers = {"ternak": "Vaksinasi ternak gratis", "anak": "Imunisasi dasar lengkap untuk balita"}
    assert order(real, "Butuh vaksin buat sapi kami", offers, "resource") == ["ternak"]


@pytest.mark.parametrize(
    "title",
    ["Butuh bibit 20 ekor kambing", "Jual bibit unggul kambing PE", "Cari bibit 5 ekor sapi bali"],
)
def test_seedlings_beside_livestock_are_breeding_stock(real, title):
    profile = real.analyser.profile(title)
    assert "c:livestock_stock" in profile
    assert "c:seedlings" not in profile


@pytest.mark.parametrize(
    "title", ["Jual bibit durian, nangka dan alpukat", "Jual bibit tanaman dan pupuk kandang sapi"]
)
def test_seedlings_of_a_crop_stay_seedlings(real, title):
    assert "c:seedlings" in real.analyser.profile(title)


def test_breeding_goats_for_sale_meet_a_buyer_of_breeding_goats(real):
    offers = {"kambing": "Beli bibit kambing", "tanaman": "Beli bibit tanaman buah"}
    assert order(real, "Jual bibit 20 ekor kambing", offers, "market") == ["kambing"]


# ------------------------------------------------------------ fixed phrases


@pytest.mark.parametrize(
    ("phrase", "word"),
    [("dari nol", "pemula"), ("dr nol", "pemula"), ("mulai nol", "pemula")],
)
def test_from_scratch_is_read_as_a_beginner(real, phrase, word):
    profile = real.analyser.profile
    assert profile(f"Belajar menjahit {phrase}, bikin baju") == profile(
        f"Belajar menjahit {word}, bikin baju"
    )


def test_from_scratch_in_english_is_a_beginner(real):
    profile = real.analyser.profile
    assert profile("Learn sewing from scratch") == profile("Learn sewing beginner")


def test_a_reason_quotes_the_fixed_phrase_as_written(real):
    words = real.analyser.evidence("Ibu-ibu mau belajar menjahit Dari Nol")
    assert words["t:mula"] == "dari nol"


def test_dari_before_a_material_still_opens_the_material_clause(real):
    profile = real.analyser.profile("Pelatihan keripik dari singkong")
    assert profile["c:cassava"] < real.settings.title_weight


def test_a_beginner_need_meets_the_beginners_course_first(real):
    offers = {
        "pemula": "Kelas menjahit pemula",
        "tambal": "Menjahit tambal sulam dari sisa kain konveksi",
    }
    assert order(real, "Ibu-ibu mau belajar menjahit dari nol, bikin baju", offers)[:1] == [
        "pemula"
    ]


# ------------------------------------------------------------ a broad title


INCUBATOR = "Telur ayam kami banyak. Kami perlu mesin tetas telur kapasitas 300 butir."


def test_a_title_naming_only_a_tool_leaves_the_subject_to_the_description(real):
    profile = real.analyser.profile("Butuh alat untuk kelompok ayam kampung kami", INCUBATOR)
    # the description weighs as the title, and the title's broad word as a description's
    assert profile["c:poultry_hatching"] >= real.settings.title_weight
    assert profile["c:equipment"] < real.settings.title_weight


@pytest.mark.parametrize(
    "title",
    [
        "Butuh alat pres untuk kelompok kami",  # a subject the lexicon does not know
        "Butuh alat pencacah rumput untuk kelompok kami",
    ],
)
def test_a_title_naming_its_tool_keeps_the_subject(real, title):
    profile = real.analyser.profile(title, INCUBATOR)
    assert profile["c:poultry_hatching"] < real.settings.title_weight


def test_a_tool_need_meets_the_tool_its_description_names(real):
    offers = {"tetas": "Mesin tetas telur otomatis", "pres": "Alat press sablon"}
    found = _order_described(
        real, "Butuh alat utk kelompok ayam kampung kami", INCUBATOR, offers, "resource"
    )
    assert found[:1] == ["tetas"]


def test_a_title_naming_only_a_tool_keeps_it_without_a_description(real):
    profile = real.analyser.profile("Butuh alat untuk kelompok ayam kampung kami")
    assert profile["c:equipment"] >= real.settings.title_weight


@pytest.mark.parametrize(
    "title", ["Belajar menjahit darİ nol", "Learn sewing from ſcratch", "Kursus DARI NOL"]
)
def test_a_fixed_phrase_in_odd_capitals_reads_without_failing(real, title):
    real.build([OfferInput(id="o", kind="training", title=title)])
    assert real.analyser.evidence(title)


def test_communal_work_in_a_programme_title_is_its_subject(real):
    # "program kerja bakti" is communal work, not a work programme (a record)
    profile = real.analyser.profile("Program kerja bakti bersih desa", "kami butuh bantuan")
    assert profile["c:community_work"] >= real.settings.title_weight
