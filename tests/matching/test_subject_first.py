"""What a need asks for comes before what it wants it for.

Written with listings of our own (never those of an evaluation set).
"""

from functools import partial

from tests.matching import ranking

order = partial(ranking.order, area=("jawa timur", "jawa timur/malang"))


def test_an_offer_of_the_asked_thing_ranks_before_one_for_what_it_is_for(real):
    # a loan to buy fertiliser: the loan is asked for, the fertiliser is what it is for
    offers = {
        "loan": "Pinjaman modal usaha tani bunga rendah",
        "fertiliser": "Pelatihan pupuk organik dan pembibitan padi",
    }
    found = order(real, "Pinjaman modal untuk beli pupuk dan bibit padi", offers)
    assert found[0] == "loan"
