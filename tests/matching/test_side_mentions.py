"""What an offer is about, and what it only mentions on the way.

Written with listings of our own (never those of an evaluation set). A related product held
only inside another product's name (the coconut of *gula kelapa*) is no evidence of a
subject; a by-product of a crop (its peel, its skins) or another kind of the same family
(rengginang beside emping) is another product; repairing an engine is not building a boat.
"""

from functools import partial

from marketplace.matching import NeedInput
from tests.matching import ranking

AREA = ("sulawesi utara", "sulawesi utara/minahasa")


order = partial(ranking.order, area=AREA)


# ------------------------------------------------------------ side mentions are no evidence


def test_a_course_on_another_product_of_the_crop_is_no_neighbour(real):
    offers = {"sugar": "Pelatihan pembuatan gula kelapa", "oil": "Pelatihan pembuatan VCO"}
    assert order(real, "ajar bikin kopra putih yg bersih", offers) == []


def test_the_course_on_the_subject_still_comes_first(real):
    offers = {
        "sugar": "Pelatihan pembuatan gula kelapa",
        "copra": "Pelatihan pengolahan kopra putih dengan oven",
    }
    assert order(real, "ajar bikin kopra putih yg bersih", offers)[0] == "copra"


# ------------------------------------------------------------ another product of the same crop


def test_a_buyer_of_the_peel_is_not_a_buyer_of_the_fruit(real):
    offers = {
        "peel": "Pembeli kulit manggis kering untuk ekstrak jamu",
        "fruit": "Pengumpul manggis segar, ambil di kebun",
    }
    assert order(real, "Mangosteen buyer needed, 4 ton this season", offers, "market") == ["fruit"]


def test_a_buyer_of_melinjo_skins_is_no_buyer_of_emping(real):
    offers = {"skins": "Beli kulit melinjo kering", "emping": "Grosir beli emping melinjo mentah"}
    assert order(real, "Jual emping melinjo 3 kuintal, cari pembeli", offers, "market") == [
        "emping"
    ]


def test_another_kind_of_cracker_is_not_the_product(real):
    offers = {"rice": "Beli rengginang & opak mentah"}
    assert order(real, "emping mentah 2 kuintal, sopo sing gelem tuku?", offers, "market") == []


def test_skipjack_is_not_yellowfin_tuna(real):
    offers = {
        "skipjack": "Beli ikan cakalang & tongkol untuk ikan asap",
        "yellowfin": "Exporter buying fresh yellowfin tuna, sashimi grade",
    }
    found = order(real, "tuna ekor kuning 1 ton per trip, cari buyer ekspor", offers, "market")
    assert found == ["yellowfin"]


# ------------------------------------------------------------ what is done with the thing


def test_repairing_an_engine_is_not_building_a_boat(real):
    offers = {
        "build": "Pelatihan membuat perahu fiberglass",
        "repair": "Outboard engine maintenance course",
    }
    assert order(real, "pelatihan perbaikan mesin perahu (motor tempel 15 PK)", offers)[0] == (
        "repair"
    )


def test_the_javanese_sing_is_no_singing(real):
    profile = real.profile(
        NeedInput(id="n", kind="market", title="cacing ANC 200 kg, sopo sing arep tuku?")
    )
    assert "c:music_lessons" not in profile
    assert "c:earthworms" in profile


# ------------------------------------------------------------ a product's form, either side


def test_a_buyer_of_fry_is_no_buyer_for_a_group_selling_table_fish(real):
    offers = {"fry": "Beli benih nila ukuran 5-7 cm"}
    assert order(real, "Jual ikan nila 1 ton, cari pembeli", offers, "market") == []


def test_a_buyer_of_the_fish_still_meets_the_group(real):
    offers = {"fry": "Beli benih nila ukuran 5-7 cm", "table": "Beli ikan nila segar"}
    assert order(real, "Jual ikan nila 1 ton, cari pembeli", offers, "market") == ["table"]
