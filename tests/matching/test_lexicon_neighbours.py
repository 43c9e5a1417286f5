"""What a pendamping knows about neighbours: a sibling product, or one made from the subject.

Listings of our own (never those of an evaluation set), on the shipped lexicon. A related concept
is a kind, part or aspect of the same subject, one a facilitator would propose; a neighbour is not.
Tofu and soy milk are not tempeh; smoked, salted and fermented fish are different trades, and a
buyer of smoked fish does not buy fresh tuna or skipjack; *bandeng presto* is not fresh milkfish;
beef floss is not jerky; syrup is not jam, and peanut butter is neither; *es lilin* is not a dairy
product; salted eggs are not duck eggs; rendang, smoked beef and meatballs are not fresh meat;
*ebi* is not *terasi*; crickets are not black soldier flies; goat milk is not a dairy cow; offal is
not bone meal. Siblings too: brewing tea is not a barista's trade; *peyek* and cashews are not
*kacang atom*; oyster sauce and *tauco* are not *kecap*, nor is black soybean; *petis* is not
*terasi*; bone flour for food is not fish meal for feed; candy is not chocolate; *oncom* is not
tempeh, mooncakes are not *bakpia*, *bakcang* is not *lemper*; *kluwih* is not *sukun*. And
products made from a subject, sold to other buyers: nata de coco from coconut water, bean sprouts
from mung beans, *tuak* from palm sap, white sugar from cane, *brem* from *tape*, *sambal roa* from
smoked roa; eggshell flour is not eggs, and a fish meal maker does not sell to a buyer of trash
fish.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/kendal")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("cari pembeli tempe", "Pembeli tahu putih", "market"),
        ("cari pembeli susu kedelai", "Pembeli tahu", "market"),
        ("cari pembeli ikan asap", "Pembeli ikan asin", "market"),
        ("jual bekasam ikan", "Pembeli ikan asin", "market"),
        ("jual ikan tuna segar", "Pembeli ikan asap", "market"),
        ("jual cakalang segar", "Pembeli ikan asap", "market"),
        ("jual bandeng segar 1 ton", "Pembeli bandeng presto", "market"),
        ("pelatihan membuat dendeng", "Pelatihan pembuatan abon", "training"),
        ("jual sirup markisa", "Pembeli selai buah", "market"),
        ("jual selai kacang", "Pembeli selai buah", "market"),
        ("cari pembeli es lilin", "Pembeli susu bubuk", "market"),
        ("jual telur bebek", "Pembeli telur asin", "market"),
        ("jual daging sapi segar", "Pembeli rendang kemasan", "market"),
        ("jual daging sapi segar", "Pembeli bakso", "market"),
        ("jual daging sapi segar", "Pembeli daging asap", "market"),
        ("jual ebi kering", "Pembeli terasi", "market"),
        ("jual jangkrik", "Pembeli maggot BSF", "market"),
        ("jual susu kambing etawa", "Pembeli sapi perah", "market"),
        ("jual jeroan sapi", "Pembeli tepung tulang", "market"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("pelatihan seduh teh", "Pelatihan barista", "training"),
        ("jual air kelapa muda", "Pembeli nata de coco", "market"),
        ("jual kacang hijau 1 ton", "Pembeli tauge", "market"),
        ("jual kedelai hitam", "Pembeli kecap manis", "market"),
        ("jual kluwih", "Pembeli buah sukun", "market"),
        ("jual rempeyek", "Pembeli kacang atom", "market"),
        ("jual mete goreng", "Pembeli kacang atom", "market"),
        ("jual saus tiram", "Pembeli kecap manis", "market"),
        ("jual tauco", "Pembeli kecap manis", "market"),
        ("jual nira aren", "Pembeli tuak", "market"),
        ("jual tebu", "Pembeli gula pasir", "market"),
        ("jual tepung ikan", "Pembeli tepung tulang ikan", "market"),
        ("jual petis", "Pembeli terasi", "market"),
        ("jual permen jahe", "Pembeli cokelat batangan", "market"),
        ("jual telur ayam negeri", "Pembeli tepung cangkang telur", "market"),
        ("jual tepung ikan", "Pembeli ikan rucah", "market"),
        ("jual oncom merah", "Pembeli tempe", "market"),
        ("jual tape ketan", "Pembeli brem", "market"),
        ("jual kue bulan", "Pembeli bakpia", "market"),
        ("jual bakcang", "Pembeli lemper", "market"),
        ("jual ikan roa asap", "Pembeli saus sambal", "market"),
    ],
)
def test_a_sibling_product_is_not_suggested_for_its_neighbour(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []
