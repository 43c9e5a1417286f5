"""What a pendamping knows, ninth round: instruments, rice mills, timber legality, regional words.

Listings of our own (never those of an evaluation set), on the shipped lexicon. A kolintang is its
own instrument (making one is not making a gamelan; a drum band is not one); a rice mill is not a
flour grinder; V-Legal and SVLK are the timber legality permit, not the making of furniture; red and
black rice are not unhusked paddy; dried taro leaves are not taro tubers; Cavendish is the export
banana; *layu* is the wilt a course on banana diseases treats (but "sayur cepat layu" is freshness);
an ice machine is not a cold room, pindang not salted fish, a rubber boat neither rubber nor a
fishing boat, housekeeping not running a homestay; a rice cooker is an appliance, not rice; *larvae
rearing* is hatchery work, not black soldier fly farming; a farm is where a demonstration is held,
farming the activity; a Posbindu is run by health cadres; seaweed-based foods are seaweed products.
And the names people write: Javanese *golek bakul* (looking for a trader, not a basket), Sundanese
*taleus* (taro), *asam biji* and *asam kupas* (tamarind), *salai patin* (smoked fish; *pisang salai*
is a banana snack), *pakan iwak* (fish feed), PUTS / PUTK (soil test kits).
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("sulawesi utara", "sulawesi utara/minahasa")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "pelatihan membuat kolintang",
            "Kursus pembuatan dan stem nada kolintang",
            "Pelatihan membuat gamelan",
            "training",
        ),
        (
            "butuh mesin penggiling padi untuk kelompok tani",
            "Hibah rice milling unit untuk gapoktan",
            "Mesin penggiling bumbu dan tepung",
            "resource",
        ),
        (
            "perajin mebel butuh pendampingan urus V-Legal",
            "Pendampingan sertifikasi legalitas kayu (SVLK)",
            "Pelatihan pembuatan mebel jati",
            "training",
        ),
        (
            "panen padi hitam, cari pembeli beras",
            "Pembeli beras hitam untuk toko pangan organik",
            "Beli gabah kering panen",
            "market",
        ),
        (
            "jual daun talas beneng kering 300 kg",
            "Buyer of dried taro leaves",
            "Beli umbi talas beneng",
            "market",
        ),
        (
            "Buyer wanted for our Cavendish bananas, packed in cartons",
            "Cavendish banana exporter buying from farmer groups",
            "Beli keripik pisang kemasan",
            "market",
        ),
        (
            "pisang kami banyak yang layu dan jantungnya kering",
            "Pengendalian layu fusarium pada pisang",
            "Pelatihan pembuatan keripik pisang",
            "training",
        ),
        (
            "pelatihan kader kesehatan untuk cek tensi dan gula darah warga",
            "Pelatihan kader posbindu",
            "Pelatihan pembuatan gula aren",
            "training",
        ),
        (
            "pelatihan olahan rumput laut untuk kelompok wanita pesisir",
            "Seaweed-based foods: a cooking workshop for women",
            "Seaweed farming course",
            "training",
        ),
        (
            "belajar perbaiki TV, radio dan kipas angin",
            "Kursus servis elektronik rumah tangga",
            "Pelatihan penyiar radio",
            "training",
        ),
        (
            "tilapia hatchery course: broodstock, spawning and larvae rearing",
            "Pembenihan ikan nila: pemijahan dan pemeliharaan larva",
            "Budidaya maggot BSF",
            "training",
        ),
        (
            "kelompok ternak sapi ingin belajar membuat silase",
            "Silage for cattle and goats: on-farm demonstration",
            "Pelatihan pembuatan pakan konsentrat sapi",
            "training",
        ),
        (
            "belajar bikin pakan iwak, bahannya maggot dan iwak rucah",
            "Pelatihan pembuatan pelet ikan mandiri",
            "Budidaya maggot BSF",
            "training",
        ),
        (
            "jual salai patin 100 kg",
            "Pembeli ikan asap",
            "Pembeli patin segar",
            "market",
        ),
        (
            "butuh paket irigasi tetes untuk kebun cabai",
            "Drip irrigation kits",
            "Sprinkler taman",
            "resource",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "offer", "kind"),
    [
        ("hoyong diajar melak taleus", "Pelatihan budidaya talas", "training"),
        ("jual asam biji 2 ton", "Tamarind buyer", "market"),
        ("cari pembeli asam kupas", "Pembeli asam jawa", "market"),
        ("training on soil sampling for our farmers", "Pelatihan uji tanah", "training"),
        ("belajar pakai PUTK di ladang", "Soil testing course", "training"),
    ],
)
def test_regional_and_trade_names_meet_their_offer(real, need, offer, kind):
    assert order(real, need, {"o": offer}, kind) == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("butuh seperangkat alat musik kolintang", "Set drum band sekolah", "resource"),
        ("butuh cold room untuk sayur", "Mesin es balok", "resource"),
        ("cari pembeli ikan pindang", "Pembeli ikan asin", "market"),
        ("pelatihan tata graha untuk homestay", "Pelatihan pengelolaan homestay", "training"),
        ("butuh perahu karet untuk arung jeram", "Bantuan perahu fiber nelayan", "resource"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("golek bakul pepaya", "basket"),
        ("Pangasius hatchery: larvae rearing", "black_soldier_fly"),
        ("servis rice cooker dan kipas angin", "milled_rice"),
        ("mesin penggiling padi", "food_grinder"),
        ("perahu karet", "rubber"),
        ("jual pisang salai khas Bengkalis", "smoked_fish"),
        ("Silage making: on-farm demonstration", "cultivation"),
        ("Pelatihan pelayuan dan pemeraman vanili", "crop_diseases"),
        ("butuh cold storage supaya sayur tidak cepat layu", "crop_diseases"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert f"c:{not_concept}" not in real.analyser.profile(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("jual bakul nasi anyaman bambu", "basket"),
        ("Budidaya maggot BSF", "black_soldier_fly"),
        ("goat farming course", "cultivation"),
        ("pelatihan pengendalian penyakit layu tomat", "crop_diseases"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)
