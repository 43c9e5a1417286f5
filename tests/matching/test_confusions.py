"""The general confusions a facilitator would never make, each as a rule of the product.

Written with listings of our own (never those of an evaluation set), on the shipped
lexicon: a buyer is not another seller; a rival kind (another species, crop or bee) is not
the subject; growing a thing is not making food from it; words the stemmer would merge
keep apart; generic words never pad the reasons.
"""

import pytest

from marketplace.matching import MatchEngine, NeedInput, OfferInput
from marketplace.matching.lexicon import Lexicon
from marketplace.matching.resources import rival_groups
from marketplace.matching.trade import BUYS, SELLS, side

AREA = ("sulawesi selatan", "sulawesi selatan/bone")


def ranked(engine: MatchEngine, need: str, offers: dict[str, str], kind="training") -> list:
    engine.build(OfferInput(id=i, kind=kind, title=t) for i, t in offers.items())
    return engine.top_k(NeedInput(id="n", kind=kind, title=need, area_keys=AREA))


def order(engine, need, offers, kind="training") -> list[str]:
    return [s.offer_id for s in ranked(engine, need, offers, kind)]


@pytest.mark.parametrize(
    ("title", "way"),
    [
        ("Kami jual gula aren cetak, cari pembeli tetap", SELLS),
        ("Selling dried cloves, looking for a buyer", SELLS),
        ("Dijual kopra putih 3 ton", SELLS),
        ("Pembeli kopra putih, ambil di gudang desa", BUYS),
        ("We buy dried cloves from farmer groups", BUYS),
        ("Pengepul gabah kering panen", BUYS),
        ("Kami menerima pesanan jahit seragam sekolah", SELLS),
        ("Dicari supplier sayur organik utk hotel", BUYS),
        ("Jual beli hasil bumi", None),
        ("Kopra putih kualitas ekspor", None),
    ],
)
def test_a_market_title_says_which_way_it_faces(title, way):
    assert side(title) == way


def test_a_group_selling_meets_a_buyer_before_another_seller(real):
    offers = {
        "seller": "Jual gula aren cetak asli, stok banyak",
        "buyer": "Membeli gula aren cetak dari kelompok tani",
    }
    found = order(real, "Kami jual gula aren cetak, butuh pembeli", offers, kind="market")
    assert found[0] == "buyer"


@pytest.mark.parametrize(
    ("need", "right", "rival"),
    [
        ("Jual udang windu hasil tambak, cari pembeli", "Membeli udang windu size 30",
         "Membeli udang vaname segala size"),
        ("Pelatihan penggemukan kambing utk kelompok", "Pelatihan beternak kambing etawa",
         "Pelatihan beternak sapi potong"),
        ("Training on raising ducks for eggs", "Pelatihan budidaya itik petelur",
         "Pelatihan budidaya ayam petelur"),
        ("Cari pembeli jahe merah kering", "Membeli jahe merah kering utk jamu",
         "Membeli kunyit kering utk jamu"),
        ("Pelatihan budidaya kelengkeng utk ibu2", "Longan growing course",
         "Pelatihan budidaya durian musangking"),
    ],
)  # fmt: skip
def test_a_rival_kind_ranks_below_the_subject_and_far_below_in_score(real, need, right, rival):
    kind = "market" if "beli" in need.lower() else "training"
    found = ranked(real, need, {"right": right, "rival": rival}, kind)
    assert found[0].offer_id == "right"
    scores = {s.offer_id: s.score for s in found}
    assert scores.get("rival", 0.0) < 0.5 * scores["right"]


def test_a_listing_naming_several_kinds_meets_each(real):
    offers = {"mixed": "Membeli ikan lele, nila dan gurame segar"}
    assert order(real, "Jual ikan nila 500 kg per bulan, cari pembeli", offers, "market") == [
        "mixed"
    ]


def test_growing_a_thing_is_not_making_food_from_it(real):
    offers = {
        "making": "Pelatihan membuat keripik jamur tiram",
        "growing": "Pelatihan budidaya jamur tiram dan baglog",
    }
    assert order(real, "Kami mau belajar budidaya jamur tiram", offers)[0] == "growing"


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("kopi dijemur sampai warna coklat merata", "c:cocoa"),
        ("kopi dijemur sampai warna coklat merata", "c:dyeing"),
        ("tepung sagu yang bersih", "c:food_grinder"),
        ("turning market waste into feed", "c:malnutrition"),
        ("pelatihan pengelola bank sampah", "c:bank_account"),
        ("tahu putih dan tahu kuning", "c:colour"),
        ("fresh lime juice", "c:soil_liming"),
        ("long term loans for boats", "c:longan"),
        ("biji coklat kering fermentasi", "c:colour"),
    ],
)
def test_words_the_stemmer_would_merge_keep_apart(real, text, not_concept):
    assert not_concept not in real.analyser.profile(text)


def test_a_colour_is_not_cocoa_nor_dyeing(real):
    offers = {"dye": "Pelatihan pewarnaan kain dengan pewarna alam"}
    assert order(real, "Pelatihan pengeringan pala supaya warna coklat mengkilap", offers) == []


def test_making_names_the_activity_but_weighs_as_a_generic_word(real):
    profile = real.analyser.profile("Pelatihan membuat tahu")
    assert profile["c:processing"] < 0.2 < 1.0 <= profile["c:tofu"]


def test_generic_words_in_a_lexicon_phrase_are_never_a_reason_nor_unmet(real):
    (found,) = ranked(real, "Pelatihan membuat sabun cuci piring", {"o": "Membuat sabun cair"})
    params = {r.code: dict(r.params) for r in found.reasons}
    assert "membuat" not in {dict(r.params).get("need_word") for r in found.reasons}
    assert "membuat" not in params.get("unmatched", {}).get("words", "")


@pytest.mark.parametrize(
    ("need", "offer"),
    [
        ("pelatihan inokulasi gaharu", "Agarwood inoculation training"),
        ("kursus servis AC utk pemuda desa", "AC technician course for youth"),
        ("butuh pelatihan bikin bumbu instan kemasan", "Spice paste production class"),
        ("jual petai & jengkol, cari pembeli", "Buying stink beans (petai) weekly"),
        ("pengen belajar budidaya ikan gabus", "Snakehead fish farming workshop"),
        ("urus sertifikat tanah kelompok", "Land titling assistance for farmer groups"),
    ],
)
def test_new_sectors_meet_across_languages(real, need, offer):
    kind = "market" if "jual" in need else "training"
    assert order(real, need, {"o": offer}, kind) == ["o"]


def test_every_rival_is_a_lexicon_concept():
    known = Lexicon.load().concepts
    assert {key for group in rival_groups() for key in group} <= set(known)


def test_the_subject_comes_before_whom_it_is_for(real):
    profile = real.analyser.profile("Pelatihan pupuk organik utk petani cabai")
    assert profile["c:organic_fertiliser"] >= 1.0 > profile["c:chili"]
    assert real.analyser.profile("Training for coffee farmers")["c:coffee"] >= 1.0


def test_a_purpose_naming_another_crop_is_no_rival(real):
    others = [
        "Budidaya lele bioflok",
        "Pelatihan batik tulis",
        "Membuat keripik tempe",
        "Pelatihan budidaya tomat",
        "Pelatihan budidaya cabai",
        "Kursus menjahit",
    ]
    offers = {f"other{i}": title for i, title in enumerate(others)}
    offers |= {"tomato": "Pelatihan pupuk organik untuk petani tomat", "plain": "Pupuk organik"}
    found = ranked(real, "Pelatihan pupuk organik utk petani cabai", offers)
    scores = {s.offer_id: s.score for s in found}
    assert scores["tomato"] > 0.5 * scores["plain"]
