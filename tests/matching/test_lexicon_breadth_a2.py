"""What a pendamping knows about crops, estate crops, livestock and bees: the second round.

Listings of our own (never those of an evaluation set), on the shipped lexicon: each flower
a group grows is its own trade, a look-alike tool or by-product is another subject, and a
regional or English name meets the Indonesian one.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        # flowers grown for sale are different trades
        ("pelatihan budidaya anggrek", "Pelatihan budidaya krisan", "training"),
        ("jual bunga melati 50 kg/hari", "Pembeli bunga mawar potong", "market"),
        # a by-product, a tool or a neighbouring species is another subject
        ("jual menir beras 2 ton", "Pembeli beras premium", "market"),
        ("jual minyak jarak kepyar", "Pembeli biji jarak pagar utk biodiesel", "market"),
        ("butuh kecambah sawit bersertifikat", "Pembeli tauge segar", "market"),
        ("butuh mesin potong rumput", "Mesin pencacah rumput utk pakan", "resource"),
        ("jual egg tray kertas 1000 pcs", "Pembeli telur ayam ras", "market"),
        ("jual marmut 50 ekor", "Pembeli kelinci pedaging", "market"),
        ("jual jamur enoki", "Pembeli jamur tiram", "market"),
        ("jual kulit masoi kering", "Pembeli kayu manis", "market"),
        ("jual kucai segar", "Pembeli daun bawang", "market"),
        ("jual umbi suweg", "Pembeli porang basah", "market"),
        ("jual cabai kering 1 ton", "Pembeli cabai merah segar", "market"),
        ("jual buah jambu mete utk sirup", "Pembeli kacang mete gelondong", "market"),
        ("jual cangkang kemiri utk arang", "Pembeli kemiri kupas", "market"),
        ("jual daun kari (temurui)", "Pembeli daun salam kering", "market"),
        ("jual kawa daun kering", "Pembeli kopi arabika", "market"),
        ("jual pakan burung kicau", "Pakan konsentrat sapi", "market"),
        ("jual jantung pisang 200 kg", "Pembeli pisang kepok", "market"),
        ("jual daun gaharu kering", "Pembeli gubal gaharu", "market"),
        ("jual buah tarap", "Pembeli nangka matang", "market"),
        ("jual peterseli segar", "Pembeli seledri", "market"),
        ("jual tongkol jagung kering 5 ton", "Pembeli jagung pipil kering", "market"),
        ("jual daun melinjo", "Pembeli emping melinjo", "market"),
        ("jual rumput gajah mini utk taman", "Bibit rumput gajah utk pakan sapi", "market"),
        ("jual ayam mutiara 30 ekor", "Pembeli kerang mutiara", "market"),
        ("butuh mesin pemecah kemiri", "Pembeli kemiri kupas", "resource"),
        ("jual daun sirsak kering", "Pembeli buah sirsak", "market"),
        ("jual daun jambu biji", "Pembeli jambu kristal", "market"),
        ("jual kulit kacang tanah 2 ton", "Pembeli kacang tanah polong", "market"),
        ("jual biji karet 1 ton", "Pembeli getah karet", "market"),
        ("jual ampas sagu utk pakan", "Pembeli tepung sagu", "market"),
        ("jual pucuk tebu utk pakan sapi", "Pembeli tebu giling", "market"),
        ("jual sabut pinang", "Pembeli pinang kering", "market"),
        ("jual kulit mete 3 ton", "Pembeli kacang mete kupas", "market"),
        ("pelatihan budidaya cordyceps", "Pelatihan budidaya jamur tiram", "training"),
        ("jual telur puyuh 5000 butir/minggu", "Pembeli burung puyuh afkir", "market"),
        ("butuh jasa pembangunan rumah walet", "Pembeli sarang walet kotor", "resource"),
    ],
)
def test_a_neighbouring_kind_tool_or_by_product_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "offer", "kind"),
    [
        ("pelatihan budidaya anggrek", "Orchid growing course", "training"),
        ("jual bunga melati 50 kg/hari", "Jasmine flower buyer for tea", "market"),
        ("jual krisan potong", "Chrysanthemum buyer", "market"),
        ("jual bengkuang 2 ton", "Jicama buyer", "market"),
        ("jual kucai segar", "Garlic chives buyer", "market"),
        ("jual buah delima", "Pomegranate buyer", "market"),
        ("jual daun bidara", "Sidr leaves (jujube) buyer", "market"),
        ("pelatihan microgreens utk ibu2", "Microgreens growing workshop", "training"),
        ("butuh alat ukur kadar air gabah", "Grain moisture meter supply", "resource"),
        ("butuh perangkap kuning utk cabai", "Yellow sticky traps for farmers", "resource"),
        ("butuh mesin potong rumput", "Brush cutter supply and repair", "resource"),
        ("butuh media tanam utk pembibitan", "Potting mix supplier", "resource"),
        ("jual minyak jarak kepyar", "Castor oil buyer", "market"),
        ("pendampingan kebun plasma sawit", "Outgrower scheme support for oil palm", "training"),
        ("butuh kecambah sawit bersertifikat", "Certified oil palm seedlings", "resource"),
        ("jual daun pandan wangi", "Pandan extract buyer", "market"),
        ("jual akar pasak bumi", "Tongkat ali root buyer", "market"),
        ("jual kulit masoi kering", "Massoia bark buyer", "market"),
        ("jual marmut 50 ekor", "Guinea pig buyer", "market"),
        ("pelatihan biosekuriti kandang ayam", "Farm biosecurity for poultry", "training"),
        ("jual karton telur 1000 pcs", "Egg carton buyer", "market"),
        ("jual anak bebek 500 ekor", "Buyer of ducklings", "market"),
        ("jual domba garut", "Garut sheep buyer", "market"),
        ("jual sapi fh bunting", "Holstein dairy cows buyer", "market"),
        ("pelatihan penanganan tetelo", "Newcastle disease control for chickens", "training"),
        ("butuh sekat ratu utk stup", "Queen excluder supply", "resource"),
        ("jual bibit klanceng 20 stup", "Stingless bee colonies buyer", "market"),
        ("jual cabai kering 1 ton", "Dried chillies buyer", "market"),
        ("jual jeruk kunci 500 kg", "Calamansi buyer", "market"),
        ("butuh tray dapog utk rice transplanter", "Dapog nursery trays", "resource"),
        ("butuh buruh panen utk 5 ha", "Harvest labour crews", "resource"),
        ("jual buah jambu mete utk sirup", "Cashew apple buyer", "market"),
        ("jual cangkang kemiri utk arang", "Candlenut shell buyer", "market"),
        ("jual daun kari (temurui)", "Curry leaves buyer", "market"),
        ("jual kawa daun kering", "Coffee leaf tea buyer", "market"),
        ("jual pakan burung kicau", "Bird seed supplier", "market"),
        ("pelatihan kesejahteraan hewan di RPH", "Animal welfare in slaughterhouses", "training"),
        ("jual jantung pisang 200 kg", "Banana blossom buyer", "market"),
        ("jual daun gaharu kering", "Agarwood leaf tea maker buys leaves", "market"),
        ("jual peterseli segar", "Parsley buyer for restaurants", "market"),
        (
            "pendampingan pengurusan STDB sawit",
            "Smallholder plantation registration support",
            "training",
        ),
        ("pelatihan q grader kopi", "Q grader course for coffee cuppers", "training"),
        ("pelatihan budidaya palawija", "Palawija crops course (maize, soybean)", "training"),
        ("pelatihan pola tanam dan rotasi", "Crop rotation planning for smallholders", "training"),
        (
            "pelatihan smart farming utk petani muda",
            "Precision agriculture with farm sensors",
            "training",
        ),
        ("pendampingan pertanian lahan rawa", "Swamp farming support for rice growers", "training"),
        ("pelatihan ubinan utk penyuluh", "Yield estimation training", "training"),
        ("pelatihan permakultur", "Permaculture design course", "training"),
        ("bantuan petani gagal panen", "Crop failure relief for farmers", "resource"),
        ("jual tongkol jagung kering 5 ton", "Corn cob buyer for biomass", "market"),
        ("jual daun melinjo", "Melinjo leaves buyer", "market"),
        ("jual rumput gajah mini utk taman", "Turf grass buyer for landscaping", "market"),
        ("butuh jasa tukang kebun utk balai desa", "Gardening services for offices", "resource"),
        ("butuh grinder kopi utk kedai", "Coffee grinders for cafes", "resource"),
        ("butuh mesin pemecah kemiri", "Candlenut cracking machine", "resource"),
        ("jual ayam mutiara 30 ekor", "Guinea fowl buyer", "market"),
        ("jual daun sirsak kering", "Soursop leaf tea maker", "market"),
        ("jual kulit mete 3 ton", "Cashew nut shell liquid (CNSL) plant", "market"),
        ("jual biji karet 1 ton", "Rubber seed oil buyer", "market"),
        ("pelatihan budidaya cordyceps", "Cordyceps militaris cultivation course", "training"),
        ("jual rosemary segar", "Culinary herbs buyer for hotels", "market"),
        ("jual telur puyuh 5000 butir/minggu", "Quail egg buyer", "market"),
        ("butuh jasa pembangunan rumah walet", "Swiftlet house construction and audio", "resource"),
        ("pelatihan pengolahan teh artisan", "Artisan tea processing workshop", "training"),
        ("pelatihan sekolah lapang peternakan", "Livestock field school for herders", "training"),
        ("butuh alat uji kualitas susu", "Milk analyzer for dairy cooperatives", "resource"),
        ("butuh beauveria utk hama wereng", "Beauveria bassiana biocontrol supply", "resource"),
    ],
)
def test_crops_trees_animals_and_bees_meet_across_languages(real, need, offer, kind):
    assert order(real, need, {"o": offer}, kind) == ["o"]


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("poultry hatchery equipment", "c:fish_seed"),  # a hatchery of chicks, not fish seed
        ("guinea pigs for sale", "c:pig"),  # a cavy, not a pig
        ("jual jambu air rose apple", "c:rose_flower"),  # a fruit, not a rose
        ("jual royal jelly (susu ratu lebah)", "c:dairy_cattle"),  # no milk of cows
        ("jual beras pandan wangi", "c:pandan_weaving"),  # a rice, not pandan mats
        ("pintu baja ringan", "c:bajakah"),  # steel, not the bajakah root
        ("kursus terapis pijat", "c:tarap"),  # a therapist, not the tarap fruit
        ("penerapan teknologi tepat guna", "c:tarap"),  # applying, not the tarap fruit
        ("pelatihan lapoan keuangan", "c:coconut"),  # a typo of laporan, not kelapo (coconut)
        ("birds of paradise tour", "c:bird_feed"),  # birds, not birdseed
        ("chilly mountain weather", "c:chili"),  # cold, not chillies
        ("kursus taman baca", "c:landscaping"),  # a reading room, not gardening
        ("beautiful landscape photography", "c:landscaping"),  # a view, not gardening
        ("pintu dan kusen ubin", "c:yield_estimation"),  # a floor tile, not a crop-cut survey
    ],
)
def test_a_word_inside_another_concept_s_phrase_is_not_that_subject(real, text, not_concept):
    assert not_concept not in real.analyser.profile(text)
