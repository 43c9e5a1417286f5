"""What a pendamping knows, eleventh round: seed cotton, bawal, silat, Paket C, boat papers.

Listings of our own (never those of an evaluation set), on the shipped lexicon. Seed cotton
(*kapas berbiji*, *kapas gelondong*) is cotton, and *gelondong* alone is a thing whole and
unhulled (seed cotton, logs, coffee cherries), not the nursing of fish fry
(*penggelondongan*); spinning is what is done with cotton, as growing is, so a spinning course
is no cotton-growing course, and cotton yarn (*benang kapas*) is yarn. Bawal farmed in a pond,
and bawal seed, is the freshwater bawal, not the sea pomfret. Village regulations are written
under many names (*peraturan kampung / nagari / gampong*, *qanun gampong*). Eco-enzyme is also
*eko enzim*. Subsidised fertiliser goes through the e-RDKK and the Kartu Tani: registering
farmers there is not registering a fertiliser product. A paddy or rice thresher is a thresher,
not a rice mill. CCTV is a kit and a trade of its own, not the night watch it may serve. A
frame maker (*tukang kusen*) works in wood or aluminium. Paket A, B and C are different levels.
Pencak silat (*silek*) is a martial art of its own, and its referees and judges (*wasit juri*)
are a trade apart from its coaches and from football referees. A boat's papers (*pas kecil*,
BPKP, *tanda daftar kapal*) are not the fisher's KUSUKA card. Rice bran (*dedak*, *bekatul*) is
a commodity of its own, not any feed. And the words people write: LED bagan lamps,
human-elephant conflict.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa timur", "jawa timur/kabupaten lamongan")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "jual kapas gelondong hasil panen 2 ton",
            "Ginnery buys seed cotton from farmers",
            "Beli kapuk randu gelondong",
            "market",
        ),
        (
            "mau belajar budidaya bawal di kolam tanah",
            "Pembesaran bawal air tawar",
            "Budidaya ikan nila di kolam tanah",
            "training",
        ),
        (
            "cari benih bawal ukuran 3 cm",
            "Jual benih bawal air tawar (Colossoma)",
            "Jual benih ikan nila",
            "resource",
        ),
        (
            "pelatihan menyusun peraturan kampung",
            "Bimtek penyusunan Perdes",
            "Pelatihan penyusunan APBDes",
            "training",
        ),
        (
            "ibu-ibu mau belajar bikin eko enzim dari kulit buah",
            "Kelas eco enzyme untuk rumah tangga",
            "Pembuatan kompos takakura dari sampah dapur",
            "training",
        ),
        (
            "pendampingan pendataan e-RDKK supaya petani dapat pupuk subsidi",
            "Klinik Kartu Tani untuk kelompok tani",
            "Pelatihan pembuatan pupuk organik cair",
            "training",
        ),
        (
            "rice thresher machine wanted by our village co-op",
            "Power thresher with diesel engine",
            "Mesin penggiling padi (RMU)",
            "resource",
        ),
        (
            "pelatihan pasang cctv untuk pemuda desa",
            "Kursus teknisi kamera pengawas dan CCTV",
            "Pelatihan Linmas dan siskamling",
            "training",
        ),
        (
            "pelatihan tukang kusen aluminium untuk pemuda",
            "Kursus kusen aluminium dan kaca",
            "Pelatihan pembuatan kusen dan daun pintu",
            "training",
        ),
        (
            "ikut kejar paket C",
            "Kesetaraan Paket C untuk orang dewasa",
            "Kejar Paket B untuk pemuda",
            "training",
        ),
        (
            "pelatihan pelatih pencak silat untuk perguruan kami",
            "Penataran pelatih silat",
            "Pelatihan pelatih taekwondo",
            "training",
        ),
        (
            "help registering our fishing boats",
            "Pendampingan pas kecil dan BPKP kapal",
            "Pendaftaran kartu KUSUKA",
            "training",
        ),
        (
            "butuh lampu LED bagan",
            "Lift-net LED lights, wholesale",
            "Lampu LED tenaga surya untuk rumah",
            "resource",
        ),
        (
            "pelatihan mitigasi konflik gajah untuk tim patroli desa",
            "Human-elephant conflict response course",
            "Pelatihan patroli pencegahan kebakaran hutan",
            "training",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual ulat hongkong hidup tiap minggu", "Beli dedak padi", "market"),
        ("butuh paket kamera cctv untuk pos ronda", "Paket radio HT untuk siskamling", "resource"),
        ("daftar paket C untuk pemuda", "Program kesetaraan Paket B", "training"),
        ("belajar menanam kapas", "Pelatihan memintal benang kapas", "training"),
        ("pelatihan wasit juri pencak silat", "Kursus wasit sepak bola", "training"),
        ("pelatihan wasit juri pencak silat", "Pelatihan pelatih pencak silat", "training"),
        ("urus pas kecil untuk perahu", "Pembuatan kartu KUSUKA nelayan", "training"),
        ("cari benih bawal", "Pengepul ikan bawal laut", "resource"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("beli kapuk randu gelondong", "fish_grow_out"),
        ("kapas gelondong kering", "fish_grow_out"),
        ("petani belum terdaftar pupuk subsidi", "agri_input_registration"),
        ("pelatihan tukang kusen aluminium", "wooden_joinery"),
        ("kamera cctv", "security_services"),
        ("pas kecil kapal nelayan", "fisher_permits"),
        ("jual dedak halus", "animal_feed"),
        ("pelatih pencak silat", "martial_arts"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert f"c:{not_concept}" not in real.analyser.profile(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("kapas berbiji", "cotton"),
        ("seed cotton", "cotton"),
        ("benang kapas", "yarn"),
        ("pendederan dan penggelondongan benih nila", "fish_grow_out"),
        ("benih bawal", "pacu"),
        ("jual ikan bawal hasil tangkapan", "pomfret"),
        ("peraturan kampung", "village_regulation"),
        ("qanun gampong", "village_regulation"),
        ("eko enzim", "eco_enzyme"),
        ("pendaftaran pupuk organik", "agri_input_registration"),
        ("e-RDKK", "fertiliser_subsidy"),
        ("kartu tani", "fertiliser_subsidy"),
        ("pupuk urea", "fertiliser"),
        ("paddy thresher", "thresher"),
        ("pembuatan kusen kayu jati", "wooden_joinery"),
        ("ronda malam", "security_services"),
        ("tanda daftar kapal perikanan", "boat_papers"),
        ("kartu kusuka", "fisher_permits"),
        ("bekatul", "rice_bran"),
        ("pakan konsentrat sapi", "animal_feed"),
        ("pelatih karate", "martial_arts"),
        ("silek", "pencak_silat"),
        ("paket b", "equivalency_paket_b"),
        ("pkbm", "equivalency_education"),
        ("lampu led bagan", "fishing_lights"),
        ("human-elephant conflict", "wildlife"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)
