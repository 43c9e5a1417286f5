"""What a pendamping knows, twelfth round: the machine is not its product, nor the box a freezer.

Listings of our own (never those of an evaluation set), on the shipped lexicon. Javanese
*ngemukke* (*nggemukke*) is fattening. Breeding animals of one species (*bibit sapi*, *bibit
kambing*) are a form of that species, as fish seed is of a fish: goat stock is not cattle
stock, though both are *bibit*. A machine that makes fish pellets (*mesin pencetak pelet*) is
not the pellets: a group short of feed is not served by it. An organic shredder (*pencacah
organik*, *penghancur daun / jerami*) is a chopper for compost, and a plastic shredder
(*mesin pencacah plastik*) a machine of the recycling trade, not a chopper. A cool box (*box
fiber*, *kotak pendingin*) keeps the catch on ice; it is not a freezer. Bins and bags (*tempat
sampah*, *tong sampah pilah*) are not the cart or motor tricycle that carries the waste away.
And a workshop's tools (*alat / peralatan bengkel*) are workshop tools, not any equipment.
The PET of *plastik PET* (and PET alone, beside HDPE) is the plastic a waste bank sells, not
pets; leafy greens (*sayuran hijau*, Minang *sayua*) are vegetables; hotel and bed linen are
the sheets a homestay needs.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/kabupaten klaten")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "pengin sinau ngemukke sapi ben cepet laku",
            "Pelatihan penggemukan sapi potong",
            "Pelatihan beternak sapi perah",
            "training",
        ),
        (
            "kelompok minta bantuan bibit kambing PE",
            "Bantuan kambing kacang untuk kelompok tani",
            "Bantuan bibit sapi PO untuk kelompok tani",
            "resource",
        ),
        (
            "butuh pakan ikan murah untuk kolam lele",
            "Pelet apung lele harga pabrik",
            "Mesin pembuat pelet ikan kapasitas 100 kg",
            "resource",
        ),
        (
            "perlu alat pencacah jerami buat kompos",
            "Mesin pencacah organik 1 ton per jam",
            "Mesin pencacah plastik PET",
            "resource",
        ),
        (
            "butuh box fiber utk perahu nelayan",
            "Cool boxes for small-scale fishers",
            "Chest freezer 300 liter",
            "resource",
        ),
        (
            "butuh gerobak sampah untuk dusun",
            "Waste carts for village waste units",
            "Tempat sampah terpilah untuk sekolah",
            "resource",
        ),
        (
            "awak jua sayua tiok pagi, sia nan ka mambali",
            "Leafy greens wanted by caterers",
            "Pembeli cabai rawit",
            "market",
        ),
        (
            "bank sampah kami jual plastik PET dan kardus",
            "Pengepul plastik PET bekas dan kardus",
            "Pembeli ikan hias dan pakan kucing",
            "market",
        ),
        (
            "bank sampah jual gelas dan botol PET bekas",
            "Recycler buying PET and HDPE bales",
            "Pet shop and cat food supplier",
            "market",
        ),
        (
            "bantuan sprei dan handuk untuk homestay",
            "Bed linen and towels for guesthouses",
            "Bantuan papan nama homestay",
            "resource",
        ),
        (
            "butuh alat bengkel motor untuk pemuda",
            "Toolkit bengkel sepeda motor lengkap",
            "Bantuan alat produksi tahu",
            "resource",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("butuh bantuan bibit domba garut", "Hibah bibit sapi PO dari dinas", "resource"),
        (
            "kelompok wanita tani perlu bibit kambing",
            "Hibah bibit sapi PO dari dinas",
            "resource",
        ),
        ("bantuan pelet ikan untuk pembudidaya", "Mesin cetak pelet apung 50 kg/jam", "resource"),
        ("butuh mesin pencacah organik", "Mesin penggiling plastik", "resource"),
        ("perlu lemari pembeku untuk hasil tangkapan", "Kotak pendingin fiber isi es", "resource"),
        ("butuh motor sampah roda tiga", "Tong sampah pilah organik anorganik", "resource"),
        ("peralatan bengkel untuk pemuda", "Bantuan alat produksi tempe", "resource"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("mesin pencetak pelet ikan", "fish_feed"),
        ("mesin pencacah plastik", "chopper"),
        ("kotak pendingin ikan", "cold_storage"),
        ("tempat sampah pilah", "waste_collection"),
        ("bibit kambing", "livestock_breeding"),
        ("pengepul plastik pet", "pet_care"),
        ("PET", "pet_care"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert f"c:{not_concept}" not in real.analyser.profile(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ngemukke wedhus", "fattening"),
        ("nggemukke sapi", "fattening"),
        ("bibit sapi", "livestock_stock"),
        ("pembibitan ternak", "livestock_breeding"),
        ("pelet ikan", "fish_feed"),
        ("mesin pelet ikan", "fish_feed_machine"),
        ("penghancur daun", "organic_waste_shredder"),
        ("pencacah rumput", "chopper"),
        ("mesin pencacah plastik", "plastic_shredder"),
        ("box fiber", "cool_box"),
        ("chest freezer", "cold_storage"),
        ("tong sampah", "waste_bins"),
        ("motor sampah", "waste_collection"),
        ("peralatan bengkel", "workshop_tools"),
        ("sayua segar", "vegetables"),
        ("leafy greens", "vegetables"),
        ("hotel linen", "home_textiles"),
        ("plastik PET bekas", "plastic_waste"),
        ("botol pet", "bottles_jars"),
        ("PET and HDPE bales", "plastic_waste"),
        ("pet shop", "pet_care"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)
