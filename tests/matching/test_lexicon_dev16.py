"""What a pendamping knows, sixteenth round: spices, oils, pests, permits and the words asked with.

Listings of our own (never those of an evaluation set), on the shipped lexicon. Mace (*fuli*,
*bunga pala*) is sold apart from the nutmeg seed, and cajuput oil (*minyak kayu putih*) is
distilled from the leaves, its own product beside patchouli oil. The coffee berry borer
(*PBKo*, *bubuk buah kopi*) is not the cocoa pod borer (*PBK*); a cow that does not get in
calf (*majir*, *gangguan reproduksi*) needs a vet's work on her disorder, not another
insemination; Newcastle disease (*tetelo*, ND) is fought with a vaccine. Saline tilapia (*nila
salin*, *nila air payau*) is reared in brackish ponds, wool is the sheep's fleece (*bulu
domba*), fish skins are tanned (*nyamak*) into fish leather, and bamboo is cured with boric
acid (*asam borat*). The *gambus* is the Malay lute, not the frame drums of *hadrah*; a
marching band is not a set of traditional drums; the bows and arrows of a bowyer are not an
archery class. Canning (*pengalengan*) is processing, a can (*kaleng*) packaging; a product's
own bottle (*sambal roa botol*) is no packaging asked for, so a permit need stays on its
permit, and Manado *so PIRT* is a permit held already. An English "request for" introduces
what is asked, not whom it is for, and a title that only names the record a note is (*notulen
rapat*, *usulan kegiatan*) leaves the subject to the note.

Before the fixes of this round 40 of the 57 cases below failed; the 17 that passed are the guards
that a word keeps its subject elsewhere and eight rankings the old lexicon already got right in
these words (kept as guards: a course distilling several oils still serves a cajuput-oil need).
"""

from functools import partial

import pytest

from marketplace.matching import NeedInput, OfferInput
from tests.matching import ranking

AREA = ("sulawesi utara", "sulawesi utara/kabupaten minahasa")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "jual jamur kuping 50 kg per bulan",
            "Buyer of dried wood-ear fungus for noodle shops",
            "Beli jamur tiram segar untuk pasar",
            "market",
        ),
        (
            "jual fuli kering 50 kg, sudah dijemur",
            "Eksportir rempah beli fuli pala (mace)",
            "Beli biji pala kering",
            "market",
        ),
        (
            "kelompok mau belajar menyuling minyak kayu putih dari daun sendiri",
            "Kursus penyulingan minyak kayu putih skala rumahan",
            "Pelatihan penyulingan minyak nilam",
            "training",
        ),
        (
            "mau belajar menyuling minyak kayu putih",
            "Kursus minyak atsiri: nilam, sereh wangi dan kayu putih",
            "Pelatihan penyulingan minyak nilam",
            "training",
        ),
        (
            "anak muda sanggar mau belajar petik gambus",
            "Malay lute (gambus) lessons for youth groups",
            "Kursus hadrah dan rebana",
            "training",
        ),
        (
            "mau hidupkan jemparingan untuk anak muda, cari pelatih",
            "Kelas jemparingan tiap Minggu sore",
            "Pembuatan busur dan anak panah tradisional",
            "training",
        ),
        (
            "mau budidaya nila air payau di tambak",
            "Saline tilapia farming in brackish ponds",
            "Budidaya nila di keramba jaring apung danau",
            "training",
        ),
        (
            "ada yang bisa ajari nyamak kulit ikan buat dompet?",
            "Fish leather tanning course for fish processors",
            "Pelatihan kerupuk kulit ikan",
            "training",
        ),
        (
            "butuh asam borat dan bak rendam untuk bambu rumah",
            "Paket pengawetan bambu siap pakai",
            "Alat uji boraks pada makanan",
            "resource",
        ),
        (
            "rendang kaleng kami perlu izin edar BPOM, mohon pendampingan",
            "Klinik pendaftaran BPOM pangan olahan",
            "Pelatihan pengalengan rendang",
            "training",
        ),
        (
            "sambal roa botol so PIRT, butuh izin edar BPOM MD",
            "Pendampingan registrasi BPOM MD untuk UMKM",
            "Pembuatan sambal roa botol yang tahan lama",
            "training",
        ),
        (
            "hama PBKo di kebun kopi makin parah, minta sekolah lapang",
            "Coffee berry borer control field school",
            "Pengendalian penggerek buah kakao (PBK)",
            "training",
        ),
        (
            "sapi induk majir sudah dua tahun, minta pelatihan",
            "Penanganan gangguan reproduksi sapi betina",
            "Pelatihan inseminator IB sapi",
            "training",
        ),
        (
            "ayam kampung kena tetelo, minta pelatihan",
            "Pelatihan vaksin unggas untuk kader desa",
            "Pelatihan vaksinasi rabies untuk kader",
            "training",
        ),
        (
            "bulu domba tiap cukur dibuang, pengin belajar ngolah jadi benang",
            "Wool spinning workshop for sheep farmers",
            "Kelas merajut tas dan syal",
            "training",
        ),
        (
            "tambak udang sering gagal, mau beralih ke nila salin",
            "Budidaya nila salin di tambak",
            "Pengendalian penyakit udang vaname",
            "training",
        ),
        (
            "bawang putih kami murah, mau belajar fermentasi jadi bawang hitam",
            "Black garlic fermentation course",
            "Sekolah lapang budidaya bawang putih",
            "training",
        ),
        (
            "Dark village road: request for 10 solar street lights",
            "Solar street lights (PJU) for villages",
            "Jual lampu LED bagan untuk nelayan",
            "resource",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual bunga pala kering 100 kg", "Beli biji pala kering", "market"),
        ("pelatihan penyulingan minyak kayu putih", "Kursus penyulingan minyak nilam", "training"),
        ("kelas gambus untuk anak-anak", "Kursus hadrah dan rebana", "training"),
        ("butuh alat drumband untuk sekolah", "Gendang beleq set lengkap", "resource"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("fuli pala kering", "nutmeg"),
        ("bunga pala kering", "nutmeg"),
        ("biji pala kering", "mace"),
        ("minyak kayu putih", "cajuput"),
        ("gambus melayu", "islamic_music"),
        ("pengalengan ikan", "cans"),
        ("penggerek buah kopi", "cocoa_pod_borer"),
        ("bubuk buah kopi", "coffee_cherry"),
        ("pbk kakao", "coffee_berry_borer"),
        ("wood-ear fungus", "smallholder_timber"),
        ("nila salin", "tilapia"),
        ("pembuatan busur dan anak panah", "archery"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert real.analyser.profile(text).get(f"c:{not_concept}", 0.0) < 1.0


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("fuli pala kering", "mace"),
        ("biji pala kering", "nutmeg"),
        ("daun kayu putih", "cajuput"),
        ("minyak kayu putih", "cajuput_oil"),
        ("petik gambus", "gambus"),
        ("grup hadrah", "islamic_music"),
        ("pengalengan ikan", "canned_food"),
        ("butuh kaleng kosong untuk kemasan", "cans"),
        ("hama pbko", "coffee_berry_borer"),
        ("penggerek buah kakao", "cocoa_pod_borer"),
        ("wood-ear fungus", "wood_ear_mushroom"),
        ("sapi majir", "livestock_reproductive_disorders"),
        ("nila air payau", "saline_tilapia"),
        ("bulu domba", "wool_felt_yarn"),
        ("nyamak kulit ikan", "exotic_leather"),
        ("asam borat untuk bambu", "bamboo_preservation"),
        ("busur dan anak panah", "archery_equipment"),
        ("jemparingan", "archery"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)


def test_a_permit_held_already_is_not_asked_for(real):
    profile = real.analyser.profile("sambal roa botol so PIRT, butuh izin edar BPOM MD")
    assert profile["c:bpom"] >= 1.0
    assert profile["c:pirt"] < 1.0


def test_what_a_request_is_for_is_what_is_asked(real):
    profile = real.analyser.profile("Dark village road: request for 10 solar street lights")
    assert profile["c:street_lighting"] >= 1.0


@pytest.mark.parametrize(
    ("title", "note", "offer", "other", "kind"),
    [
        (
            "Notulen rapat kelompok tani Sumber Rejeki, 3 Mei",
            "Hadir 20 orang. 1) Iuran naik. 2) Gabah kering giling 5 ton belum ada pembeli "
            "tetap, usul cari penggilingan yang mau beli rutin.",
            "Penggilingan padi beli gabah kering giling",
            "Beli kopi arabika gelondong merah",
            "market",
        ),
        (
            "Usulan kegiatan kelompok wanita tani 2027",
            "1. Arisan bulanan jalan terus. 2. Pisang kepok melimpah: mohon pelatihan membuat "
            "keripik pisang.",
            "Pelatihan keripik pisang aneka rasa",
            "Pelatihan budidaya jamur tiram",
            "training",
        ),
    ],
)
def test_a_title_that_only_names_its_record_leaves_the_subject_to_the_note(
    real, title, note, offer, other, kind
):
    real.build(
        [OfferInput(id="o", kind=kind, title=offer), OfferInput(id="other", kind=kind, title=other)]
    )
    need = NeedInput(id="n", kind=kind, title=title, description=note, area_keys=AREA)
    assert [s.offer_id for s in real.top_k(need)][:1] == ["o"]


def test_minute_taking_asked_for_is_still_the_subject(real):
    assert real.analyser.profile("Pelatihan notulensi rapat untuk sekretaris")["c:meetings"] >= 1.0
    assert real.analyser.profile("Notulen rapat", "cari pelatih")["c:meetings"] < 1.0
