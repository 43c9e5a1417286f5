"""What a pendamping knows, fifteenth round: pyrolysis, leaf curl, gravity tables, copper, notes.

Listings of our own (never those of an evaluation set), on the shipped lexicon. A pyrolysis
machine says only how: heated without air, coconut shell gives liquid smoke and plastic gives
fuel oil (*plastik jadi BBM*). The yellow leaf-curl virus of chilli (*virus kuning*, Gemini,
*bule*, leaves *kuning lan kriting*) is carried by whitefly and is not anthracnose. Gold is
caught without mercury by its weight, on a sluice box or a shaking table (*meja goyang*), not in
a tromol. Kayak and SUP guides are paddling, whatever else a homestay offers; a CHSE certificate
is asked of every small tourism business, beach ones included. A point-of-sale app is the
cashier app of a kiosk. Dried seeds bought by the ton are beans to eat, not seed to plant.
Coffee sachets and other plastic wrappers are plastic waste to weave, not coffee. Copper beaten
into sinks and lamps is a craft (a copper village), not the scrap copper bought by weight.
Neighbours kept apart: *ubi gembili* is a yam, not a sweet potato; ata grass is not lontar;
fish-scale crafts are not shell crafts; live food cultured for larvae (*kutu air*, Moina) is not
pellet making; vetiver crafts (*kerajinan akar wangi*) are not the distilling of vetiver oil,
and what is left in the still (*ampas penyulingan*) is a by-product of its own. And the words
people write: a visit report names the pen or the group visited (*kunjungan kandang ...*,
*kunjungan KTH ...*), a hill may be named after a yam (*Bukit Gadung*), *jual botolan eceran*
says how a product is sold, and a *suling Sunda* is a flute.

Before this round, every case of the first three groups failed (23 of 23); of the 21 guards
of the last group (the same words where they name their subject), ten already held and eleven
are readings new in this round (34 of the 44 cases failed).
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa barat", "jawa barat/kabupaten garut")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "sampah plastik kresek numpuk, mau diolah jadi BBM, butuh mesin pirolisis",
            "Mesin pirolisis plastik 5 kg per proses",
            "Reaktor pirolisis tempurung kelapa untuk asap cair",
            "resource",
        ),
        (
            "daun cabe kuning lan keriting, separuh kebun kena virus",
            "Sekolah lapang virus kuning (Gemini) cabai",
            "Pengendalian antraknosa cabai",
            "training",
        ),
        (
            "penambang emas perlu meja goyang dan sluice box biar berhenti pakai merkuri",
            "Shaking tables and sluice boxes for small mines",
            "Jual mesin giling batu dan tromol",
            "resource",
        ),
        (
            "Our homestay group plans kayak rental; training wanted for kayak guides",
            "Kayak and SUP guide course",
            "Pelatihan pengelolaan homestay",
            "training",
        ),
        (
            "Beach warungs and snorkeling boat owners are asked for a CHSE certificate",
            "Pendampingan sertifikasi CHSE untuk usaha wisata",
            "Beach lifeguard certification course",
            "training",
        ),
        (
            "kios anggota perlu belajar point of sale di HP",
            "Pelatihan aplikasi kasir untuk warung",
            "Pelatihan pembukuan sederhana",
            "training",
        ),
        (
            "ibu-ibu mau belajar anyam bungkus kopi sachet jadi tas",
            "Upcycling plastic wrappers into bags",
            "Kursus menjahit tas kain",
            "training",
        ),
        (
            "jual koro pedang kering 2 ton",
            "Buying dried seeds of jack bean for tempeh",
            "Beli benih kedelai",
            "market",
        ),
        (
            "perajin tembaga cari pembeli wastafel dan lampu tembaga",
            "Showroom buying hammered copper homeware",
            "Beli tembaga bekas rongsok",
            "market",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual ubi gembili 1 ton", "Beli ubi jalar partai", "market"),
        ("jual tas anyaman ate", "Beli kerajinan anyaman lontar", "market"),
        ("belajar kerajinan sisik ikan untuk bros", "Pelatihan kerajinan kulit kerang", "training"),
        ("belajar kultur kutu air untuk larva lele", "Pelatihan membuat pelet ikan", "training"),
        ("belajar kerajinan akar wangi", "Pelatihan penyulingan minyak akar wangi", "training"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("laporan kunjungan kandang Sumber Rejeki", "animal_housing"),
        ("hasil kunjungan KTH Wana Lestari", "social_forestry"),
        ("KWT Bukit Gadung", "yam"),
        ("jual kopi bubuk botolan eceran", "wholesale_retail"),
        ("madu hutan dijual botolan", "bottles_jars"),
        ("kursus membuat suling sunda", "essential_oil"),
        ("Pelatihan pirolisis", "liquid_smoke"),
        ("jual ubi gembili", "sweet_potato"),
        ("Jack bean dried seeds wanted", "seeds"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert real.analyser.profile(text).get(f"c:{not_concept}", 0.0) < 1.0


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("renovasi kandang kambing", "animal_housing"),
        ("pendampingan KTH perhutanan sosial", "social_forestry"),
        ("jual umbi gadung", "yam"),
        ("toko eceran sembako", "wholesale_retail"),
        ("butuh botol kaca untuk sambal", "bottles_jars"),
        ("kursus membuat suling sunda", "musical_instruments"),
        ("reaktor pirolisis", "pyrolysis"),
        ("plastik jadi BBM", "plastic_to_fuel"),
        ("asap cair tempurung", "liquid_smoke"),
        ("virus kuning cabai", "leaf_curl_virus"),
        ("yellow leaf curl virus", "leaf_curl_virus"),
        ("meja goyang", "gravity_concentration"),
        ("sea kayaking and kayak guides", "canoeing"),
        ("point-of-sale app", "bookkeeping_app"),
        ("kiosks", "wholesale_retail"),
        ("dried beans", "dried_seeds"),
        ("bungkus kopi sachet", "plastic_waste"),
        ("copper village", "copper_craft"),
        ("ate grass bags", "ata_grass_weaving"),
        ("kultur moina", "live_feed"),
        ("ampas penyulingan nilam", "distillation_residue"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)
