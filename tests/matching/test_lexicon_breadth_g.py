"""Breadth round g: the words people write. A group writes in its own language (Minang itiak,
lauak and palatiahan, Bugis berre, bembe and lopi, Sasak and Balinese sampi and kamen, Madurese
jhuko, Acehnese eungkot and leumo, Sundanese suuk, balong and bedog, Javanese blumbang and
jetor, Ambonese and Papuan patatas and momar), sells and buys in it (adol and tuku, manggaleh,
mabbalu, ngajual and meuli, manukar, bajual), writes chat spellings (plthn, pmsrn, onlen,
bibid, pidio, leptop, ketring, kulbox), names a thing by its brand (Honda for a motorbike,
Aqua for bottled water, Pampers for diapers, Tupperware for a food box, Odol for toothpaste,
Johnson for an outboard engine) and uses English product names loosely (tracking for
trekking, rice bowl, totebag). Each meets its offer before the look-alike beside it: the
bengkuang in bangkung, the leather in kulit manih, the dry of kering in ketring, the potato
beside patatas, the motorbike beside a Honda pump, the cloth diaper beside Pampers, and a
seller beside the buyer a selling group looks for.

Written with listings of our own, on the shipped lexicon.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa timur", "jawa timur/malang")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        # Minangkabau
        (
            "pelatihan baternak itiak petelur",
            "Laying duck farming course",
            "Pelatihan beternak ayam petelur",
            "training",
        ),
        ("jual lauak kering", "Dried fish buyer", "Pembeli kerupuk kulit", "market"),
        (
            "kursus ternak kambiang etawa",
            "Etawa goat farming course",
            "Pelatihan ternak sapi perah",
            "training",
        ),
        (
            "pelatihan olah kulit manih",
            "Cinnamon processing training",
            "Pelatihan penyamakan kulit sapi",
            "training",
        ),
        ("manggaleh karupuak sanjai", "Cassava chips buyer", "Jual keripik singkong", "market"),
        (
            "pelatihan baraja maolah jariang",
            "Dogfruit (jengkol) processing course",
            "Pelatihan membuat keripik pisang",
            "training",
        ),
        ("palatiahan ladiang", "Machete smithing course", "Pelatihan menjahit", "training"),
        # Bugis and Makassar
        ("jual berre pulu mandoti", "Rice buyer", "Pembeli gabah kering", "market"),
        (
            "pelatihan tanam batara hibrida",
            "Hybrid maize growing course",
            "Pelatihan tanam padi hibrida",
            "training",
        ),
        (
            "pelatihan olah unti jadi keripik",
            "Banana chips making course",
            "Pelatihan keripik singkong",
            "training",
        ),
        ("butuh bibit bembe", "Breeding goats", "Bibit sapi bali", "resource"),
        (
            "pelatihan bikin lopi fiber",
            "Fibreglass boat building course",
            "Pelatihan membuat kolam fiber",
            "training",
        ),
        ("mabbalu dangke", "Buffalo milk cheese buyer", "Jual dangke segar", "market"),
        (
            "pelatihan ternak manu kampung",
            "Native chicken farming course",
            "Pelatihan ternak bebek",
            "training",
        ),
        # Sasak and Balinese
        (
            "pelatihan penggemukan sampi",
            "Cattle fattening course",
            "Pelatihan penggemukan babi",
            "training",
        ),
        ("pelatihan olah empak asin", "Salted fish processing", "Pelatihan telur asin", "training"),
        (
            "pelatihan bikin poteng ketan",
            "Fermented sticky rice (tapai) course",
            "Pelatihan membuat wajik ketan",
            "training",
        ),
        ("pelatihan ternak celeng", "Pig farming course", "Pelatihan ternak kambing", "training"),
        ("butuh bibit bangkung", "Breeding sows and piglets", "Bibit bengkuang", "resource"),
        (
            "melajah ngae canang",
            "Canang (janur offerings) making",
            "Belajar membuat kue bolu",
            "training",
        ),
        ("medagang nyuh", "Coconut buyer", "Jual kelapa muda", "market"),
        # Madurese
        (
            "pelatihan ternak ajam buras",
            "Native chicken course",
            "Pelatihan ternak itik",
            "training",
        ),
        (
            "pelatihan olah jhuko asin",
            "Salted fish processing course",
            "Pelatihan membuat garam beryodium",
            "training",
        ),
        ("jual bherras", "Rice buyer", "Jual beras organik", "market"),
        (
            "pelatihan budidaya tembhakoh",
            "Tobacco growing course",
            "Pelatihan budidaya cabai",
            "training",
        ),
        # Banjar
        ("bajualan iwak haruan", "Snakehead fish buyer", "Jual ikan gabus asap", "market"),
        ("jual banih", "Manukar banih", "Bajual banih kering", "market"),
        # Acehnese
        (
            "pelatihan olah eungkot asin",
            "Salted fish processing course",
            "Pelatihan pembuatan garam",
            "training",
        ),
        ("pelatihan ternak leumo", "Cattle farming course", "Pelatihan ternak kambing", "training"),
        ("pelatihan ternak kameng", "Goat farming course", "Pelatihan ternak sapi", "training"),
        (
            "pelatihan ternak keubeu",
            "Water buffalo husbandry",
            "Pelatihan ternak sapi potong",
            "training",
        ),
        ("jual breuh sigupai", "Rice buyer", "Pembeli gabah", "market"),
        (
            "pelatihan ternak manok kampung",
            "Native chicken farming",
            "Pelatihan ternak bebek",
            "training",
        ),
        # Sundanese
        ("diajar melak suuk", "Peanut growing course", "Pelatihan tanam kedelai", "training"),
        ("pelatihan nyieun tarasi", "Shrimp paste making", "Pelatihan kecap ikan", "training"),
        (
            "pelatihan nyieun gula beureum",
            "Palm sugar making course",
            "Pelatihan membuat permen jahe",
            "training",
        ),
        (
            "pelatihan nyieun balong",
            "Fish pond building course",
            "Pelatihan kandang ayam",
            "training",
        ),
        ("jual hayam kampung", "Meuli hayam kampung", "Ngajual hayam kampung", "market"),
        ("diajar nyieun bedog", "Blacksmithing: machetes", "Jual kayu bakar", "training"),
        # Javanese
        ("jasa gali blumbang", "Fish pond digging", "Jasa gali sumur", "resource"),
        ("sewa jetor kanggo mbajak sawah", "Hand tractor hire", "Sewa mobil pikap", "resource"),
        ("adol gabah", "Tuku gabah", "Adol gabah kering", "market"),
        ("jual gabah kering panen", "Tuku gabah petani", "Adol gabah kering panen", "market"),
        # who buys, asked in regional speech, is the buyer a selling group looks for
        ("adol kopi bubuk, sopo sing gelem tuku?", "Tuku kopi bubuk", "Adol kopi bubuk", "market"),
        ("hayam kampung, saha nu rek meuli?", "Meuli hayam kampung", "Ngajual hayam", "market"),
        ("iwak haruan, siapa nang handak manukar?", "Manukar iwak haruan", "Bajual iwak", "market"),
        # Ambonese and Papuan Malay
        (
            "pelatihan tanam patatas",
            "Sweet potato growing course",
            "Pelatihan tanam kentang",
            "training",
        ),
        ("bajual ikan momar", "Scad buyer", "Pembeli ikan tongkol", "market"),
        ("butuh mesin johnson 40 pk", "Outboard engines", "Jual perahu fiber", "resource"),
        ("mesin jonson rusak", "Outboard motor repair", "Servis motor matic", "resource"),
        ("sewa pompong ke pulau", "Passenger boat to the islands", "Sewa motor", "resource"),
        # more of the names people write for crops, fish and tools
        (
            "pelatihan olah iwak saluang",
            "Rasbora (saluang) fish processing",
            "Kursus alat musik saluang",
            "training",
        ),
        (
            "pelatihan olah lauak bilih",
            "Bilih fish processing",
            "Pelatihan olah ikan nila",
            "training",
        ),
        ("jual kulik manih", "Cinnamon buyer", "Pembeli kulit sapi", "market"),
        (
            "pelatihan olah cubadak",
            "Jackfruit processing course",
            "Pelatihan olah pisang",
            "training",
        ),
        ("jual pineung kering", "Areca nut buyer", "Pembeli kopra", "market"),
        ("pelatihan bikin ikan asar", "Smoked fish course", "Pelatihan ikan asin", "training"),
        ("kerajinan tiying", "Bamboo crafts course", "Kerajinan rotan", "training"),
        ("kursus servis mesin robin", "Small engine repair course", "Kursus servis hp", "training"),
        # chat spellings and misspellings
        (
            "plthn pmsrn produk umkm",
            "Marketing course for small businesses",
            "Pelatihan produksi kue kering",
            "training",
        ),
        ("pelatihan toko onlen", "Online shop training", "Pelatihan toko kelontong", "training"),
        ("butuh bibid durian", "Durian seedlings", "Jual buah durian", "resource"),
        ("pelatihan edit pidio", "Video editing course", "Pelatihan edit foto", "training"),
        ("kursus bikin vidio promosi", "Promotional video course", "Cetak brosur", "training"),
        (
            "pasang wipi di balai desa",
            "Village wifi installation",
            "Pasang listrik desa",
            "resource",
        ),
        ("servis leptop", "Laptop repair", "Servis hp", "resource"),
        ("pelatihan riseler online", "Reseller training", "Pelatihan agen asuransi", "training"),
        (
            "pelatihan hydroponik sayur",
            "Hydroponic vegetable course",
            "Pelatihan sayur organik",
            "training",
        ),
        (
            "pelatihan lele bioplok",
            "Biofloc catfish farming",
            "Pelatihan lele kolam tanah",
            "training",
        ),
        ("kursus tiedye kaos", "Tie-dye T-shirt course", "Sablon kaos", "training"),
        ("kursus jait baju", "Dressmaking course", "Jual baju anak", "training"),
        (
            "pelatihan bikin sendal hotel",
            "Hotel slipper making",
            "Pelatihan tata graha hotel",
            "training",
        ),
        (
            "pelatihan bikin saos tomat",
            "Tomato sauce making course",
            "Pelatihan budidaya tomat",
            "training",
        ),
        ("pelatihan serpis hp", "Phone repair course", "Jual hp bekas", "training"),
        (
            "pelatihan usaha ketring",
            "Catering business training",
            "Pelatihan pengeringan ikan",
            "training",
        ),
        ("pelatihan disain kemasan", "Packaging design course", "Jual standing pouch", "training"),
        ("pelatihan brending produk", "Branding course", "Pelatihan foto produk", "training"),
        (
            "pelatihan pakejing keripik",
            "Snack packaging course",
            "Pelatihan membuat keripik",
            "training",
        ),
        ("butuh minjem modal usaha", "Small business loans", "Hibah alat produksi", "resource"),
        ("jasa steam motor", "Cuci motor & mobil", "Bengkel motor", "resource"),
        ("butuh kulbox ikan", "Insulated fish boxes", "Jual ikan segar", "resource"),
        ("butuh frizer ikan", "Chest freezers", "Jual ikan beku", "resource"),
        ("sewa pikap angkut sayur", "Pickup truck hire", "Jual sayur segar", "resource"),
        ("butuh tengki semprot", "Knapsack sprayers", "Jual pestisida", "resource"),
        ("sewa kombain padi", "Combine harvester rental", "Jual gabah", "resource"),
        ("jual sayor mayur", "Vegetable buyer", "Pembeli beras organik", "market"),
        (
            "pelatihan bikin kripca",
            "Glass chips (keripik kaca) course",
            "Kerajinan kaca",
            "training",
        ),
        ("jasa xerox dan jilid", "Photocopying and binding", "Jual kertas hvs", "resource"),
        ("butuh sterofom makanan", "Foam food containers", "Jasa katering", "resource"),
        ("jual jajanan ciki anak", "Snack buyer", "Pembeli mainan anak", "market"),
        # brands for things
        ("servis honda beat", "Motorbike servicing", "Servis mobil", "resource"),
        ("pelatihan bengkel honda", "Motorcycle mechanic course", "Kursus stir mobil", "training"),
        ("butuh aqua buat acara desa", "Bottled water supply", "Sewa tenda acara", "resource"),
        ("jual aqua gelas", "Bottled water buyer", "Pembeli air isi ulang galon", "market"),
        (
            "jual pampers bayi grosir",
            "Disposable diapers wholesale",
            "Popok kain bayi (clodi)",
            "resource",
        ),
        (
            "olah sampah pampers",
            "Used diaper waste processing",
            "Jual popok bayi",
            "training",
        ),
        ("butuh tupperware buat katering", "Food containers", "Jasa katering", "resource"),
        (
            "pelatihan bikin odol herbal",
            "Herbal toothpaste making course",
            "Pelatihan membuat sabun herbal",
            "training",
        ),
        ("stok pepsodent & sampo", "Toiletries supply", "Jual sikat cuci baju", "resource"),
        (
            "stok indomie buat warung",
            "Instant noodle distributor",
            "Distributor minyak goreng",
            "resource",
        ),
        ("ajinomoto grosir", "MSG wholesale", "Garam grosir", "resource"),
        ("butuh baygon buat posyandu", "Mosquito spray supply", "Jual pestisida sawah", "resource"),
        ("stok hansaplast & betadine", "First aid supplies", "Jual cat tembok", "resource"),
        ("obat merah dan plester luka", "First aid supplies", "Jual cat merah", "resource"),
        ("pipa rucika 3 dim", "PVC pipes and fittings", "Jasa tukang ledeng", "resource"),
        ("servis mesin dompeng", "Diesel engine repair", "Servis mesin jahit", "resource"),
        (
            "daftar gojek buat warung makan",
            "Food delivery app onboarding",
            "Pelatihan memasak",
            "training",
        ),
        ("butuh sanyo buat sumur", "Water pumps", "Jasa bor sumur", "resource"),
        ("softex buat remaja putri", "Sanitary pads", "Jual tisu", "resource"),
        ("servis pompa air honda", "Water pump repair", "Servis motor honda", "resource"),
        ("sewa genset honda", "Generator hire", "Sewa motor honda", "resource"),
        ("jual kamen bali", "Sarong buyer", "Pembeli kain batik", "market"),
        (
            "pelatian pmasaran olshop",
            "E-commerce marketing course",
            "Pelatihan menjahit",
            "training",
        ),
        ("kursus jualan ol", "Online selling course", "Kursus menjahit", "training"),
        (
            "sewa molen buat ngecor",
            "Concrete mixer hire",
            "Pelatihan bikin pisang molen",
            "resource",
        ),
        ("jual pisang molen", "Fried banana snack buyer", "Pembeli mesin molen bekas", "market"),
        ("servis mejikom & dispenser", "Household appliance repair", "Jual beras", "resource"),
        ("jual minyak bimoli eceran", "Cooking oil buyer", "Pembeli kelapa sawit", "market"),
        # English names used loosely
        ("wisata tracking gunung", "Mountain trekking guide", "Jasa lacak paket", "resource"),
        (
            "pelatihan usaha rice bowl",
            "Rice bowl food business course",
            "Pelatihan penggilingan beras",
            "training",
        ),
        ("pelatihan bikin dessert box", "Dessert box making course", "Jual kardus box", "training"),
        ("pelatihan bikin totebag", "Tote bag sewing course", "Jual kantong kresek", "training"),
        (
            "bikin merch untuk desa wisata",
            "Souvenir and merchandise making",
            "Desa wisata",
            "training",
        ),
        (
            "pelatihan bikin salad buah",
            "Fruit salad business course",
            "Jual buah segar",
            "training",
        ),
        (
            "kursus fashion muslim",
            "Muslim fashion design course",
            "Kursus fashion show anak",
            "training",
        ),
        ("pelatihan ngonten tiktok", "Content creation course", "Jual hp", "training"),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual pampers bayi grosir", "Popok kain bayi (clodi)", "resource"),
        ("mesin jonson rusak", "Servis motor matic", "resource"),
        ("sewa jetor kanggo mbajak sawah", "Sewa mobil pikap", "resource"),
        ("sewa genset honda", "Sewa motor honda", "resource"),
        ("pelatihan olah iwak saluang", "Kursus alat musik saluang", "training"),
        ("servis mejikom & dispenser", "Jual beras", "resource"),
        ("jual pisang molen", "Pembeli mesin molen bekas", "market"),
        ("sewa molen buat ngecor", "Pelatihan bikin pisang molen", "resource"),
        ("servis pompa air honda", "Servis motor honda", "resource"),
        ("butuh bibit bangkung", "Bibit bengkuang", "resource"),
        ("pelatihan olah kulit manih", "Pelatihan penyamakan kulit sapi", "training"),
        ("pelatihan usaha ketring", "Pelatihan pengeringan ikan", "training"),
        ("pelatihan tanam patatas", "Pelatihan tanam kentang", "training"),
        ("olah sampah pampers", "Jual popok bayi", "training"),
        ("pelatihan usaha rice bowl", "Pelatihan penggilingan beras", "training"),
        ("wisata tracking gunung", "Jasa lacak paket", "resource"),
    ],
)
def test_a_look_alike_gets_no_credit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "concept", "not_concept"),
    [
        ("itiak", "c:duck", None),
        ("kulit manih", "c:cinnamon", "c:leather_craft"),
        ("bembe", "c:goat", None),
        ("sampi bali", "c:cattle", "c:pig"),
        ("bangkung", "c:pig", "c:jicama"),
        ("eungkot", "c:fish", None),
        ("leumo", "c:cattle", None),
        ("suuk", "c:peanut", None),
        ("blumbang", "c:fish_pond", None),
        ("patatas", "c:sweet_potato", "c:potato"),
        ("pampers", "c:disposable_diapers", None),
        ("sampah pampers", "c:diaper_sanitary_waste", "c:disposable_diapers"),
        ("honda", "c:motorcycle_repair", None),
        ("pompa air honda", "c:water_pump", "c:motorcycle_repair"),
        ("kamen", "c:sarong", "c:goat"),
        ("iwak saluang", "c:rasbora", "c:musical_instruments"),
        ("tiying", "c:bamboo", None),
        ("aqua botol", "c:bottled_drinks", None),
        ("odol", "c:toiletries", None),
        ("mesin johnson", "c:boat_engine", None),
        ("jetor", "c:hand_tractor", None),
        ("rice bowl", "c:rice_dishes", "c:milled_rice"),
        ("ketring", "c:catering", "t:kering"),
    ],
)
def test_a_word_is_read_as_its_own_subject(real, text, concept, not_concept):
    profile = real.analyser.profile(text)
    assert concept is None or concept in profile
    assert not_concept is None or not_concept not in profile
