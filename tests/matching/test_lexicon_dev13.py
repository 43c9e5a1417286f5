"""What a pendamping knows, thirteenth round: pulpers and hullers, biocontrol, limbs, sewing work.

Listings of our own (never those of an evaluation set), on the shipped lexicon. A coffee
pulper strips the red skin off fresh cherries and a huller the parchment off dried beans: two
machines, one no substitute for the other. *Trichoderma* and the other living agents (*agens
hayati*) are bred and applied, a trade apart from pesticides brewed from plants. An artificial
limb (*kaki palsu*, prosthesis) is made for one amputee, not a wheelchair or a crutch; a cataract
is operated on, not corrected with reading glasses. Cacti and succulents are a plant trade of
their own beside cut flowers. Silver-black mulch is also sold as *plastik hitam perak* or a bed
cover (*penutup bedengan*); a *payung kertas lukis* is the painted paper umbrella, not a
painting class; *tambal sulam* is patchwork, not embroidery; a shoe is footwear in the singular
too, and shoemaking with it. Sewing orders put out to home sewers (*maklun*, CMT, *order jahit*)
are regular work for a group that has machines. Rengginang made of sticky rice is rengginang,
not sticky rice. And the words people write: Sundanese *mijahkeun* (to spawn fish), Banjar *iwak
papuyu*, Javanese *wedhus kacang* and *siap dodol* (ready to sell: not the dodol sweet), a
*blantik* who trades goats and sheep as well as cattle, and *tinggal* (to stay, to be left),
which is not *meninggalkan* a crop.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/kabupaten boyolali")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "butuh mesin pulper kopi untuk kopi petik merah",
            "Coffee pulper for wet processing, 500 kg per hour",
            "Mesin huller kopi (pengupas kulit tanduk)",
            "resource",
        ),
        (
            "pelatihan perbanyakan trichoderma untuk petani sayur",
            "Kursus agens hayati: pembiakan dan aplikasi di lahan",
            "Pembuatan pestisida nabati dari daun mimba",
            "training",
        ),
        (
            "butuh kaki palsu untuk anggota yang diamputasi",
            "Artificial limbs fitted free for amputees",
            "Bantuan kursi roda dan kruk",
            "resource",
        ),
        (
            "operasi katarak untuk warga lansia",
            "Bakti sosial operasi katarak",
            "Kacamata baca murah untuk lansia",
            "resource",
        ),
        (
            "cari plastik hitam perak untuk bedengan cabai",
            "Jual mulsa MPHP per roll",
            "Jual plastik UV untuk greenhouse",
            "resource",
        ),
        (
            "perajin sepatu perlu pelatihan pola sepatu",
            "Shoemaking and last-making workshop",
            "Kursus pola baju",
            "training",
        ),
        (
            "penjahit rumahan cari order jahit borongan",
            "Konveksi cari mitra maklun kemeja",
            "Beli kain perca kiloan",
            "market",
        ),
        (
            "ibu-ibu cari kerjaan rutin, banyak yang nganggur",
            "Konveksi cari mitra maklun (CMT) kaos",
            "Beli kain perca kiloan",
            "market",
        ),
        (
            "jual rengginang ketan siap goreng",
            "Pengepul rengginang untuk oleh-oleh",
            "Beli beras ketan hitam",
            "market",
        ),
        (
            "hoyong diajar mijahkeun patin (pembenihan), bibit mahal",
            "Kursus pemijahan patin",
            "Pembesaran patin di kolam tanah",
            "training",
        ),
        (
            "wedhus kacang siap dodol 20 ekor",
            "Blantik kambing keliling, timbang di kandang",
            "Beli susu kambing segar",
            "market",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual kaktus mini untuk souvenir", "Beli bunga krisan potong", "market"),
        ("butuh mesin huller kopi", "Mesin pulper kopi basah", "resource"),
        ("operasi katarak gratis", "Kacamata baca murah", "resource"),
        ("belajar membuat payung kertas lukis", "Kelas melukis di atas kain", "training"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("kerajinan tambal sulam", "embroidery"),
        ("siap dodol wedhus kacang", "dodol"),
        ("perajin tinggal sedikit", "crop_transition"),
        ("mesin huller kopi", "rice_milling"),
        ("plastik penutup bedengan hitam-perak", "jewellery"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert f"c:{not_concept}" not in real.analyser.profile(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("kerajinan tambal sulam", "patchwork"),
        ("sulam pita", "embroidery"),
        ("jual dodol garut", "dodol"),
        ("petani meninggalkan tembakau", "crop_transition"),
        ("mesin huller kopi", "coffee_huller"),
        ("coffee pulper", "coffee_pulper"),
        ("penggilingan padi huller", "rice_milling"),
        ("agens hayati", "biocontrol_agents"),
        ("pestisida nabati", "biopesticide"),
        ("prosthetic legs", "prosthesis"),
        ("kursi roda", "wheelchair"),
        ("cataract surgery", "cataract"),
        ("reading glasses", "eyeglasses"),
        ("succulents", "cacti_succulents"),
        ("tanaman hias pot", "ornamental_plants"),
        ("plastik hitam perak", "mulch"),
        ("shoe", "footwear"),
        ("cut make trim", "sewing_orders"),
        ("rengginang ketan", "rice_crackers"),
        ("mijahkeun lele", "fish_seed"),
        ("iwak papuyu", "climbing_perch"),
        ("wedhus kacang", "goat"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)
