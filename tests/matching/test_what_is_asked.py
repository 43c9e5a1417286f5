"""What a listing asks for, and what it only mentions.

Written with listings of our own (never those of an evaluation set). A title may say what
the group already holds ("sudah ada PIRT"): that is no request for a permit, so it neither
gates the subject nor keeps a buyer of the product away.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa timur", "jawa timur/malang")


order = partial(ranking.order, area=AREA)


# ------------------------------------------------------------ what the group already holds


@pytest.mark.parametrize(
    "title",
    [
        "Jual keripik tempe 500 bungkus/bln, sudah ada PIRT",
        "Jual keripik tempe, su ada PIRT",
        "Jual keripik tempe, sdh punya izin PIRT",
        "Selling tempeh chips, already PIRT certified",
        # an earlier word of "already" that holds nothing (so manis: so sweet) hides no later one
        "Jual madu hutan so manis, sudah ada PIRT",
        "Keripik pisang so renyah, sdh punya PIRT",
        "Honey so sweet, already have PIRT",
    ],
)
def test_a_permit_the_group_already_holds_is_not_what_it_asks_for(real, title):
    profile = real.analyser.profile(title)
    s = real.settings
    assert profile["c:pirt"] < s.title_weight
    assert profile["c:pirt"] == pytest.approx(s.held_weight)


def test_a_buyer_of_the_product_serves_a_seller_who_already_holds_a_permit(real):
    offers = {"buyer": "Membeli keripik tempe untuk toko oleh-oleh"}
    assert order(real, "Jual keripik tempe, su ada PIRT", offers, kind="market") == ["buyer"]


def test_a_permit_still_asked_for_stays_the_subject(real):
    profile = real.analyser.profile("Bantu urus izin PIRT, kami blm punya")
    assert profile["c:pirt"] >= real.settings.title_weight


def test_what_sudah_says_of_the_product_stays_the_product(real):
    # roasted coffee, fermented cocoa: the state of what is sold, not something held beside it
    s = real.settings
    assert (
        real.analyser.profile("Jual kopi yg sudah disangrai")["c:coffee_roasting"] >= s.title_weight
    )
    assert (
        real.analyser.profile("Jual kakao yg sudah difermentasi")["c:fermentation"]
        >= s.title_weight
    )


def test_what_the_group_already_has_weighs_less_than_what_it_asks_for(real):
    profile = real.analyser.profile("Pelatihan kopi, kami sudah punya mesin sangrai")
    assert profile["c:coffee"] == pytest.approx(real.settings.title_weight)
    assert max(w for f, w in profile.items() if f != "c:coffee") < real.settings.title_weight


def test_a_title_of_generic_words_before_sudah_is_not_split(real):
    profile = real.analyser.profile("Pelatihan sudah PIRT")
    assert profile["c:pirt"] >= real.settings.title_weight


# ------------------------------------------------------------ who a title looks for


@pytest.mark.parametrize(
    "title",
    ["Cari offtaker utk kopi robusta, 10 ton/thn", "butuh pengepul utk rumput laut kering"],
)
def test_a_title_that_first_says_who_it_looks_for_keeps_what_it_sells_as_its_subject(real, title):
    profile = real.analyser.profile(title)
    subject = "c:robusta_coffee" if "kopi" in title else "c:seaweed_drying"
    assert profile[subject] == pytest.approx(real.settings.title_weight)


def test_a_coffee_seller_looking_for_an_offtaker_meets_coffee_buyers_first(real):
    offers = {
        "cocoa": "Pabrik cokelat membeli biji kakao kering, kemitraan dgn kelompok tani",
        "coffee": "Pembeli kopi robusta",
    }
    ranked = order(real, "Cari offtaker utk kopi robusta, 10 ton/thn", offers, "market")
    assert ranked[:1] == ["coffee"]
