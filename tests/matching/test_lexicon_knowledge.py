"""What every facilitator knows about words, as rules of the product.

Written with listings of our own (never those of an evaluation set), on the shipped lexicon:
near crops, machines and services are different subjects; a subject is met in the other
language and in everyday words; derived words keep their own meaning, not their stripped root.
"""

from functools import partial

import pytest

from marketplace.matching.normalise import Stemmer
from marketplace.matching.trade import side
from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("derived", "root"),
    [
        ("pengemasan", "emas"),  # packaging, gold
        ("perbaikan", "baik"),  # repair, good
        ("pakaian", "pakai"),  # clothing, to use
        ("kebakaran", "bakar"),  # a fire, to grill
        ("pemerahan", "merah"),  # milking, red
        ("perbankan", "perban"),  # banking, a bandage
        ("penyamakan", "sama"),  # tanning, same
        ("pembesaran", "besar"),  # grow-out, big
        ("mobile", "mobil"),  # mobile, a car
        ("orange", "orang"),  # orange, a person
        ("manisan", "manis"),  # candied fruit, sweet
        ("penghijauan", "hijau"),  # re-greening, green
        ("pembiayaan", "biaya"),  # financing, a cost
        ("gorengan", "goreng"),  # fritters, fried
        ("perawat", "perawatan"),  # a nurse, upkeep
        ("mengetik", "etik"),  # typing, ethics
        ("pengeringan", "kering"),  # drying, dry
        ("penyerbukan", "serbuk"),  # pollination, powder
        ("pemutihan", "putih"),  # bleaching, white
        ("penapis", "tapis"),  # a filter, Lampung's tapis cloth
        ("asinan", "asin"),  # fruit pickled in brine, salty (ikan asin)
    ],
)
def test_a_derived_word_keeps_its_meaning_not_its_stripped_root(derived, root):
    stemmer = Stemmer()
    assert stemmer.key(derived) != stemmer.key(root)


@pytest.mark.parametrize(
    ("derived", "root"),
    [
        ("pemupukan", "pupuk"),  # not pupu, a thigh
        ("pemetaan", "peta"),  # not meta
        ("penyaring", "saring"),  # not nyaring, loud
        ("pemangkasan", "pangkas"),  # not mangkas
        ("pemetikan", "petik"),  # not left whole
        ("penyuntikan", "suntik"),  # not sunti
    ],
)
def test_a_nasal_prefix_gives_back_the_roots_first_letter(derived, root):
    stemmer = Stemmer()
    assert stemmer.key(derived) == stemmer.key(root)


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("pelatihan budidaya melon di greenhouse", "Pelatihan budidaya semangka", "training"),
        ("jual jengkol 2 ton, cari pembeli", "Pembeli petai segar tiap minggu", "market"),
        ("butuh bantuan traktor tangan", "Bantuan combine harvester utk gapoktan", "resource"),
        ("pelatihan P3K utk kader desa", "Pertolongan pertama pada ternak sakit", "training"),
        # lending a thing for use is no money loan
        ("butuh pinjaman modal utk kelompok", "Pinjam pakai alat pesta", "resource"),
    ],
)
def test_a_near_crop_machine_or_service_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "offer"),
    [
        ("pelatihan kesiapsiagaan gempa bumi utk warga", "Earthquake preparedness drills"),
        ("pelatihan damkar utk kebakaran lahan gambut", "Peat fire fighting for fire brigades"),
        ("pelatihan pengelola taman baca", "Village library management course"),
        ("pelatihan CPR utk kader posyandu", "Kursus pertolongan pertama dasar"),
        ("pengen belajar bikin kombucha", "Fermented tea (scoby) brewing class"),
        ("pelatihan bikin bihun jagung", "Rice vermicelli making class"),
        ("pelatihan paralegal utk kader desa", "Legal aid training for village cadres"),
        ("bantuan urus akta kelahiran anak2", "Birth certificate registration support"),
        ("pengen belajar budidaya kodok", "Frog farming course"),
        ("pelatihan budidaya markisa", "Passion fruit growing course"),
        ("les renang utk anak2 nelayan", "Swimming lessons for children"),
        ("pelatihan keselamatan di laut", "Sea safety course for fishers"),
        ("butuh tandon air utk musim kemarau", "Water storage tanks for villages"),
        ("penyuluhan bahaya narkoba utk remaja", "Drug prevention sessions for youth"),
        ("pelatihan bikin bioetanol dr singkong", "Bioethanol production course"),
        ("bantuan kursi roda utk warga", "Wheelchair donations for villages"),
        ("pengen buka usaha sate ayam", "Chicken satay business class"),
        ("pelatihan tambal ban utk pemuda", "Tyre repair course for youth"),
    ],
)
def test_everyday_subjects_meet_across_languages(real, need, offer):
    assert order(real, need, {"o": offer}) == ["o"]


def test_working_a_paddy_field_is_tillage_not_processing(real):
    profile = real.analyser.profile("butuh traktor utk olah sawah")
    assert "c:processing" not in profile
    assert "c:tillage" in profile


def test_dung_is_its_own_product_and_dirty_water_is_not_dung(real):
    assert "c:livestock_manure" in real.analyser.profile("jual kotoran domba kering")
    assert "c:livestock_manure" not in real.analyser.profile("pengolahan air kotor")
    assert "c:qurban" in real.analyser.profile("Sacrificial animals for Eid al-Adha")
    assert "c:qurban" in real.analyser.profile("jual kambing kurban")


def test_regional_pronouns_particles_and_greetings_carry_no_subject(real):
    profile = real.analyser.profile("kitong butuh pelatihan tenun ikat, mauliate, suksma")
    assert not {"t:kitong", "t:mauliate", "t:suksma"} & set(profile)
    assert "c:ikat" in profile


def test_chat_abbreviations_read_as_the_words_they_stand_for(real):
    profile = real.analyser.profile("jual gula aren lgsg dr petani, klo bs 20 kg")
    assert not {"t:lgsg", "t:klo"} & set(profile)


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("mulsa perak hitam utk cabai", "c:jewellery"),  # silver mulch, not silverwork
        ("water apple seedlings", "c:apple"),  # a guava, not an apple
        ("bayar pakai dompet digital", "c:wallets"),  # an e-wallet, not a leather wallet
        ("wood vinegar for pest control", "c:vinegar"),  # liquid smoke, not table vinegar
        ("tahu susu khas Lembang", "c:dairy_cattle"),  # a tofu, not dairy
        ("labu siam rebus", "c:pumpkin"),  # chayote, not pumpkin
        ("first aid for fishers", "c:grant"),  # aid in first aid is no grant
        ("oyster mushroom growing", "c:shellfish"),  # a mushroom, not an oyster
        ("tongkol jagung utk pakan", "c:tuna"),  # a corn cob, not a tuna
        ("air layering of mango trees", "c:layer"),  # grafting, not laying hens
        ("small-scale fisheries", "c:scales"),  # a size, not weighing scales
        ("jual jagung manis", "c:candied_fruit"),  # sweet corn, not candied fruit
        ("jual kacang hijau", "c:reforestation"),  # mung beans, not re-greening
        ("stir fry cooking class", "c:fish_seed"),  # cooking, not fish fry
        ("jaring paranet utk kebun cabai", "c:fishing_net"),  # a shade net, not a fishing net
        ("beli bulu angsa utk kerajinan", "c:goose"),  # feathers, not live geese
        ("kursi roda lipat", "c:furniture"),  # a wheelchair, not a chair
    ],
)
def test_a_word_inside_another_concept_s_phrase_is_not_that_subject(real, text, not_concept):
    assert not_concept not in real.analyser.profile(text)


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual gurita segar 1 ton", "Beli cumi-cumi kering", "market"),  # octopus, squid
        ("butuh alat bantu dengar utk lansia", "Bantuan kursi roda utk warga", "resource"),
        ("jual angsa hidup 40 ekor", "Pembeli ayam kampung hidup", "market"),  # geese, hens
        ("jual angsa hidup 40 ekor", "Beli bulu angsa utk kerajinan", "market"),  # feathers
    ],
)
def test_a_neighbouring_species_or_device_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "offer"),
    [
        ("pelatihan teknisi refrigerasi utk pemuda", "AC servicing course for youth"),
        ("kader UKGMD butuh pelatihan", "Oral health training for volunteers"),
        ("pelatihan melaras gamelan desa", "Instrument tuning workshop"),
        ("pelatihan bikin alat permainan edukatif", "Wooden toy making class"),
    ],
)
def test_trades_crops_and_programmes_meet_across_languages(real, need, offer):
    assert order(real, need, {"o": offer}) == ["o"]


@pytest.mark.parametrize(
    "title", ["kacang hijau kering 2 ton, sapa mau beli?", "rumput laut kering, siapa yg mau beli"]
)
def test_asking_who_will_buy_is_selling(title):
    assert side(title) == "sells"


@pytest.mark.parametrize("title", ["sesame seed buyer? ada 2 ton", "pembeli kopi robusta?"])
def test_a_buyer_named_in_a_need_s_title_is_the_one_it_looks_for(title):
    assert side(title, asking=True) == "sells"
    assert side(title) == "buys"  # in an offer's title, the buyer is the provider


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual genteng press 10 rb biji", "Dibeli batu bata merah", "market"),  # tiles, bricks
        ("jual kembang kol segar", "Pembeli kubis bulat", "market"),  # cauliflower, cabbage
        ("jual daun sirih 500 ikat", "Pembeli sirih merah utk herbal", "market"),  # red betel
        ("jual pinang kering 3 ton", "Dibeli pelepah pinang utk piring", "market"),  # sheaths
        ("butuh kompresor angin utk bengkel", "Kompresor AC dan kulkas bekas", "resource"),
        ("pelatihan budidaya teh utk petani", "Kursus barista teh", "training"),  # brewing
        ("pelatihan pembuatan simplisia kunyit", "Pelatihan jahe instan", "training"),
        ("kursus servis sepeda onthel", "Kursus servis sepeda motor", "training"),
        ("pelatihan panitia pemilihan kepala desa", "Pelatihan KPPS pemilu", "training"),
        ("pelatihan pangkas kopi utk petani", "Pelatihan pengolahan kopi", "training"),  # pruning
    ],
)
def test_a_near_product_trade_or_programme_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "offer", "kind"),
    [
        ("pelatihan pengendalian tikus sawah", "Rat control for rice farmers", "training"),
        ("bantuan rumah burung hantu utk sawah", "Barn owl nest boxes", "resource"),
        ("pembinaan pengurus P3A", "Water users' association training", "training"),
        ("perawatan embung desa", "Farm pond maintenance course", "training"),
        ("jual lidah buaya segar", "Aloe vera leaf buyer", "market"),
        ("jual kulit manis kering", "Cassia vera buyer", "market"),
        ("jual gambia kering", "Gambier buyer", "market"),
        ("pelatihan PBJ desa utk TPK", "Village procurement course", "training"),
        ("pelatihan calon TKI sebelum berangkat", "Pre-departure training", "training"),
        ("kursus pelatih sepak bola", "Football coaching course", "training"),
        ("pendampingan sertifikasi prima 3", "GAP certification support", "training"),
        ("kursus ngaji utk anak", "Quran reading class", "training"),
        ("kursus mengetik utk pemuda", "Typing course", "training"),
        ("butuh mesin pemipil jagung", "Corn sheller machines", "resource"),
    ],
)
def test_subjects_of_plantations_villages_and_trades_meet_across_languages(real, need, offer, kind):
    assert order(real, need, {"o": offer}, kind) == ["o"]


@pytest.mark.parametrize(
    ("text", "concept", "not_concept"),
    [
        ("typing course", "c:computer", "c:seaweed_tying"),  # typing is not tying
        ("butuh mesin sheller jagung", "c:corn_sheller", None),  # a sheller is not a seller
        ("kurasi produk utk toko", None, "c:furniture"),  # curation is not kursi, a chair
    ],
)
def test_a_word_is_not_corrected_into_another_subject(real, text, concept, not_concept):
    profile = real.analyser.profile(text)
    assert concept is None or concept in profile
    assert not_concept is None or not_concept not in profile


def test_regional_words_for_for_split_off_what_a_title_is_for(real):
    profile = real.analyser.profile("sinau gawe tempe kanggo warung")
    assert profile["c:wholesale_retail"] < profile["c:tempeh"]
    assert not {"t:sinau", "t:gawe", "t:kanggo"} & set(profile)


@pytest.mark.parametrize(
    "title",
    ["pabrik mana yg mau terima jagung pipil?", "siapa yg nampung kopra kami?", "who buys cloves?"],
)
def test_asking_who_buys_in_a_need_s_title_is_selling(title):
    assert side(title, asking=True) == "sells"


@pytest.mark.parametrize(
    ("title", "way"),
    [
        ("Dicari reseller keripik pisang", "sells"),  # a maker selling on
        ("Dicari agen pemasaran sabun herbal", "sells"),  # sales agents
        ("Dicari agen pengumpul kopra", "buys"),  # a collecting agent
        ("Toke karet, beli lump tiap minggu", "buys"),
    ],
)
def test_resellers_and_sales_agents_sell_collecting_agents_buy(title, way):
    assert side(title) == way


def test_a_savings_and_credit_group_is_a_savings_group_not_saving_and_credit_apart(real):
    offers = {
        "literacy": "Financial literacy for rural women: saving, budgeting, avoiding loan sharks",
        "group": "Pelatihan pengelolaan kelompok simpan pinjam",
    }
    need = "Training for our members to run a savings and credit group"
    assert order(real, need, offers)[:1] == ["group"]


def test_salted_fish_is_no_pickled_fruit(real):
    assert "c:candied_fruit" not in real.analyser.profile("jual ikan asin 1 kwintal")
