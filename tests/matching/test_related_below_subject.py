"""A related concept gives credit only below the subject itself, however rare it is.

A product made from the need's subject (banana chips for bananas, milkfish *presto* for fresh
milkfish) is related to it and rarer than it: weighed by its own rarity, the related product
counted for more than the subject and its buyer came first. Written with listings of our own
(never those of an evaluation set).
"""

from functools import partial

from tests.matching import ranking

order = partial(ranking.order, area=("jawa barat", "jawa barat/garut"))


def test_a_banana_seller_meets_banana_buyers_before_a_chips_buyer(real):
    offers = {
        "chips": "Pembeli keripik pisang",
        "kepok": "Pembeli pisang kepok",
        "english": "Banana buyer",
    }
    ranked = order(real, "jual pisang", offers, "market")
    assert set(ranked[:2]) == {"kepok", "english"}


def test_a_fresh_milkfish_seller_meets_the_fresh_fish_buyer_first(real):
    offers = {"presto": "Pembeli bandeng presto", "fresh": "Fresh milkfish buyer"}
    assert order(real, "jual bandeng segar", offers, "market")[:1] == ["fresh"]


def test_a_related_course_still_follows_when_nothing_names_the_subject(real):
    offers = {"chips": "Pelatihan membuat keripik pisang", "sewing": "Kursus menjahit"}
    assert order(real, "pelatihan olahan pisang", offers)[:1] == ["chips"]
