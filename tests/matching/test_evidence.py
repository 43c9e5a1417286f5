"""Minimum evidence: a need is answered on its own subject, or not at all.

Written with listings of our own (never those of an evaluation set). A need's key subjects
are the concepts it names in earnest (title or tags), activities and product forms aside;
when no offer meets one of them (exactly, or through a related concept while on the need's
subject), the words an offer shares are incidental and nothing is suggested: the gap shows
as demand without supply instead of a weak neighbour at rank 1. Nor is an offer evidence
that is met only through a related concept across an activity (growing soybeans, for a tofu
course). Beside it: what a product is
made *from* is not the product, in trade the form of a product (seed, fry) is part of it,
and the lexicon's general knowledge (languages, crayfish, leather, village water, leaving a
crop, chocolate) that keeps near subjects apart.
"""

from functools import partial

import pytest

from marketplace.matching import NeedInput, OfferInput
from marketplace.matching.settings import MatchSettings
from tests.matching import ranking

AREA = ("jawa timur", "jawa timur/malang")


order = partial(ranking.order, area=AREA)


# -------------------------------------------------------------- minimum evidence


def test_shared_incidental_words_are_no_evidence(engine):
    offers = {"bread": "Pelatihan roti, mesin oven listrik"}
    assert order(engine, "Pelatihan kopi, mesin sangrai listrik", offers) == []


def test_once_an_offer_meets_the_subject_the_neighbours_may_follow(engine):
    offers = {
        "bread": "Pelatihan roti, mesin oven listrik",
        "coffee": "Pelatihan sangrai kopi",
    }
    assert order(engine, "Pelatihan kopi, mesin sangrai listrik", offers)[0] == "coffee"


def test_a_related_concept_is_evidence_of_the_subject(engine):
    assert order(engine, "Pelatihan pembuatan tahu", {"soy": "Pelatihan olahan kedelai"}) == ["soy"]


def test_a_weak_neighbour_in_reach_is_not_suggested_when_only_a_far_offer_meets_the_subject(
    engine,
):
    engine.build(
        [
            OfferInput(id="far", kind="training", title="Pelatihan kopi", area_keys=("bali",)),
            OfferInput(id="near", kind="training", title="Pelatihan roti, mesin oven listrik"),
        ]
    )
    need = NeedInput(
        id="n", kind="training", title="Pelatihan kopi, mesin sangrai listrik", area_keys=AREA
    )
    assert [(s.offer_id, s.can_serve) for s in engine.top_k(need)] == [("far", False)]


def test_the_material_of_the_product_is_evidence_when_related_to_it(engine):
    offers = {"soy": "Kursus olahan kedelai"}
    assert order(engine, "Pelatihan membuat tahu dari kedelai", offers) == ["soy"]


def test_a_need_naming_no_concept_is_matched_on_its_words(engine):
    offers = {"o": "Kursus sablon kaos manual"}
    assert order(engine, "Belajar sablon kaos", offers) == ["o"]


def test_a_course_in_another_language_answers_no_language_need(real):
    offers = {
        "english": "Kursus bahasa Inggris untuk pemandu wisata",
        "mandarin": "Kelas bahasa Mandarin bagi pemandu wisata",
    }
    assert order(real, "Kursus bahasa Korea untuk pemandu wisata desa", offers) == []


def test_the_course_in_the_right_language_comes_first(real):
    offers = {
        "english": "Kursus bahasa Inggris untuk pemandu wisata",
        "korean": "Kelas bahasa Korea dasar",
    }
    assert order(real, "Kursus bahasa Korea untuk pemandu wisata desa", offers)[0] == "korean"


def test_an_unsupplied_need_still_says_which_key_words_met_nothing(real):
    real.build([OfferInput(id="o", kind="training", title="Kursus bahasa Inggris")])
    need = NeedInput(id="n", kind="training", title="Kursus bahasa Korea", area_keys=AREA)
    assert real.top_k(need) == []
    from marketplace.matching.demand import gaps

    assert "korean_language" in {gap.concept for gap in gaps(real, [need])}


def test_a_course_on_a_related_subject_across_an_activity_is_no_evidence(real):
    offers = {"soy": "Pelatihan budidaya kedelai"}
    assert order(real, "Kursus tahu untuk ibu-ibu", offers) == []


def test_a_course_on_a_related_subject_naming_no_activity_is_evidence(real):
    assert order(real, "Kursus tahu untuk ibu-ibu", {"soy": "Kursus kedelai"}) == ["soy"]


def test_a_part_of_a_phrase_is_not_its_subject(real):
    # rattan craft holds handicraft (kerajinan); a silver craft course meets only that
    offers = {"silver": "Pelatihan kerajinan tangan perak"}
    assert order(real, "Pelatihan kerajinan rotan", offers) == []


# ---------------------------------------------------------- what a product is made of


def test_what_a_product_is_made_from_weighs_less_than_the_product(engine):
    profile = engine.analyser.profile("Pelatihan membuat tahu dari kedelai lokal")
    s = engine.settings
    assert profile["c:soybean"] == pytest.approx(s.material_weight)
    assert profile["c:tofu"] == pytest.approx(s.title_weight)


def test_the_product_comes_before_its_material(engine):
    offers = {"soy": "Pelatihan budidaya kedelai", "tofu": "Pelatihan tahu"}
    assert order(engine, "Pelatihan membuat tahu dari kedelai lokal", offers)[0] == "tofu"


def test_a_title_of_generic_words_before_dari_is_not_split(engine):
    profile = engine.analyser.profile("Pelatihan dari dinas: tahu")
    assert profile["c:tofu"] == pytest.approx(engine.settings.title_weight)


def test_the_material_weight_is_a_setting():
    assert MatchSettings().material_weight < MatchSettings().title_weight


# --------------------------------------------------------------------- product forms


def test_a_buyer_of_the_grown_product_is_no_buyer_for_its_seedlings(real):
    offers = {"fruit": "Membeli durian segar dari kebun petani"}
    assert order(real, "Jual bibit durian okulasi, cari pembeli", offers, "market") == []


def test_a_buyer_of_seedlings_serves_a_seller_of_seedlings(real):
    offers = {
        "fruit": "Membeli durian segar dari kebun petani",
        "seedlings": "Membeli bibit durian untuk kebun baru",
    }
    found = order(real, "Jual bibit durian okulasi, cari pembeli", offers, "market")
    assert found[0] == "seedlings"


def test_the_species_of_a_seed_is_the_need_and_not_the_seed(real):
    offers = {"maize": "Jual benih jagung hibrida", "mango": "Jual bibit mangga"}
    assert order(real, "butuh benih ikan kerapu untuk keramba", offers, "resource") == []


def test_a_course_may_cover_the_seed_and_the_growing(real):
    offers = {"o": "Pelatihan produksi benih kentang dan budidaya kentang"}
    assert order(real, "Pelatihan budidaya kentang", offers) == ["o"]


def test_a_seed_phrase_holds_its_species(real):
    assert "tilapia" in real.analyser.inside("fish_seed")


# ---------------------------------------------------------------- general knowledge


@pytest.mark.parametrize(
    ("need", "right", "near", "kind"),
    [
        ("Jual lobster laut hasil tangkapan nelayan", "Membeli lobster mutiara hidup",
         "Membeli lobster air tawar (crayfish)", "market"),
        ("Jual kulit mentah sapi, cari pembeli", "Membeli kulit mentah (raw hides)",
         "Membeli kulit samak (crust) untuk pabrik", "market"),
        ("Pelatihan pengurus HIPPAM desa", "Pelatihan pengelolaan air minum desa (SPAM desa)",
         "Pelatihan usaha depot air minum isi ulang", "training"),
        ("Pendampingan beralih dari tembakau ke hortikultura",
         "Program tanaman alternatif pengganti tembakau",
         "Pelatihan budidaya tembakau", "training"),
        ("Pelatihan membuat cokelat praline", "Chocolate confectionery class",
         "Pelatihan fermentasi biji kakao", "training"),
        ("Pelatihan bahasa isyarat untuk kader", "Sign language basics for village cadres",
         "Kursus bahasa Inggris untuk kader", "training"),
        ("Kursus selam untuk pemuda desa", "Open water diver course for youth",
         "Pelatihan pemandu wisata pantai", "training"),
        ("butuh tungku hemat kayu bakar", "Bantuan kompor biomassa hemat energi",
         "Jual kayu jati gelondongan", "resource"),
    ],
)  # fmt: skip
def test_the_near_subject_ranks_below_the_subject(real, need, right, near, kind):
    found = order(real, need, {"right": right, "near": near}, kind)
    assert found[0] == "right"


def test_farming_names_cultivation(real):
    assert "c:cultivation" in real.analyser.profile("Mud crab farming training")


def test_making_names_processing_in_english_as_membuat_does_in_indonesian(real):
    assert "c:processing" in real.analyser.profile("Jamu making class")
    assert "c:processing" in real.analyser.profile("Kelas membuat jamu")


def test_crab_farming_is_not_crab_processing(real):
    offers = {"farming": "Mud crab fattening and farming training"}
    assert order(real, "Pelatihan olah kepiting jadi nugget", offers) == []
