"""Breadth of the crafts, textiles, tourism, digital, finance, governance, environment and
trades lexicon: what village groups ask for in these sectors meets its offer in either
language, and the look-alike beside it (a neighbouring product, the repair of a thing and
the thing, the by-product and its source) gets no credit.

Written with listings of our own, on the shipped lexicon.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("nusa tenggara barat", "nusa tenggara barat/lombok tengah")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        # crafts: material, product and look-alike
        (
            "pelatihan ukir batu paras utk pemuda",
            "Stone carving workshop",
            "Kursus ukir kayu jepara",
            "training",
        ),
        (
            "jual cobek batu 300 biji",
            "Buyer of stone mortars and pestles",
            "Pembeli batu akik",
            "market",
        ),
        (
            "pelatihan cor kuningan",
            "Brass casting course",
            "Kursus membuat perhiasan perak",
            "training",
        ),
        (
            "kerajinan tanduk kerbau, cari pembeli",
            "Buffalo horn crafts buyer",
            "Pembeli kerbau hidup",
            "market",
        ),
        (
            "jual talenan dan sendok kayu",
            "Wooden kitchenware buyer",
            "Pembeli mebel jati",
            "market",
        ),
        (
            "butuh gergaji mesin dan mesin serut kayu",
            "Woodworking tools for carpenters",
            "Bantuan mesin jahit",
            "resource",
        ),
        (
            "pelatihan merangkai janur utk ibu2",
            "Coconut leaf decoration class",
            "Pelatihan olahan kelapa",
            "training",
        ),
        (
            "pelatihan bikin kertas daluang",
            "Bark paper making workshop",
            "Kursus percetakan dan sablon",
            "training",
        ),
        (
            "pelatihan bikin buket bunga kertas",
            "Paper flower bouquet class",
            "Pelatihan budidaya bunga potong",
            "training",
        ),
        (
            "pelatihan bikin lampion bambu",
            "Decorative lamp making class",
            "Instalasi listrik rumah",
            "training",
        ),
        (
            "jual sapu lidi 1000 ikat",
            "Stick broom buyer",
            "Pembeli lidi untuk anyaman piring",
            "market",
        ),
        (
            "pelatihan natah wayang kulit",
            "Leather puppet carving course",
            "Pelatihan penyamakan kulit",
            "training",
        ),
        (
            "jual pot gerabah hias",
            "Buyer of decorative pottery and vases",
            "Pembeli genteng tanah liat",
            "market",
        ),
        ("kursus bikin batik kayu", "Wooden batik craft class", "Kursus batik tulis", "training"),
        # textiles: regional cloths, garments and the trades around them
        ("jual kain endek bali", "Buyer of Balinese endek", "Pembeli songket bali", "market"),
        (
            "pelatihan menenun tais utk mama2",
            "Timorese weaving (tais) workshop",
            "Pelatihan menjahit baju",
            "training",
        ),
        ("jual kain kulit kayu fuya", "Bark cloth buyer", "Pembeli kain tenun ikat", "market"),
        (
            "pelatihan jahit kebaya",
            "Kebaya tailoring course",
            "Kursus jahit seragam sekolah",
            "training",
        ),
        (
            "butuh mesin press kaos utk sablon dtf",
            "Heat press machines for DTF printing",
            "Bantuan mesin jahit",
            "resource",
        ),
        (
            "kursus servis mesin jahit",
            "Sewing machine repair course",
            "Jual mesin jahit baru",
            "training",
        ),
        ("pelatihan sulam kristik", "Cross-stitch class", "Pelatihan sulam alis", "training"),
        (
            "pelatihan budidaya ulat sutra",
            "Silkworm rearing training",
            "Pembeli kain sutra",
            "training",
        ),
        ("jual sarung sutra sengkang", "Silk sarong buyer", "Pembeli sarung tenun ikat", "market"),
        (
            "sewa baju adat utk karnaval",
            "Traditional costume rental",
            "Kursus tari tradisional",
            "resource",
        ),
        # tourism
        (
            "pengelolaan wisata air panas desa",
            "Hot springs management",
            "Pelatihan pengelolaan air bersih",
            "training",
        ),
        (
            "pelatihan pemandu pengamatan burung",
            "Birdwatching guide training",
            "Pelatihan budidaya burung kicau",
            "training",
        ),
        (
            "kolam pemancingan desa butuh pendampingan",
            "Recreational fishing pond management",
            "Jual alat pancing dan jaring",
            "training",
        ),
        (
            "pelatihan pemandu wisata berkuda",
            "Horse riding tour guide course",
            "Pelatihan beternak kuda",
            "training",
        ),
        (
            "pelatihan sopir jeep wisata lava tour",
            "Jeep tour driver training",
            "Kursus servis mobil",
            "training",
        ),
        (
            "pelatihan resepsionis homestay",
            "Front office training for guesthouses",
            "Pelatihan tata graha",
            "training",
        ),
        (
            "pengelolaan parkir objek wisata",
            "Parking management for tourist sites",
            "Pelatihan pemandu wisata",
            "training",
        ),
        (
            "pelatihan porter gunung rinjani",
            "Mountain porter and guide training",
            "Kursus outbound",
            "training",
        ),
        (
            "pelatihan sekolah selancar",
            "Surf school instructor course",
            "Pelatihan menyelam",
            "training",
        ),
        (
            "pengelolaan museum desa",
            "Village museum management",
            "Pelatihan pengelolaan perpustakaan desa",
            "training",
        ),
        # digital
        (
            "pelatihan edit foto produk pakai hp",
            "Photo editing for sellers",
            "Video editing with CapCut",
            "training",
        ),
        (
            "penyuluhan bahaya penipuan online & hoaks",
            "Online scams and hoax awareness",
            "Kursus jualan online",
            "training",
        ),
        (
            "kursus coding utk anak muda",
            "Coding course for youth",
            "Kursus komputer dasar",
            "training",
        ),
        ("pelatihan jadi freelancer", "Freelancing course", "Kursus membuat website", "training"),
        (
            "pelatihan bikin rt rw net",
            "Community wifi network setup",
            "Pelatihan servis hp",
            "training",
        ),
        # savings and credit
        (
            "pelatihan pengelolaan zakat dan wakaf produktif",
            "Productive waqf and zakat management",
            "Sharia microfinance training",
            "training",
        ),
        (
            "cari pinjaman dr LPD",
            "Village credit institution loans",
            "Koperasi produsen kopi",
            "resource",
        ),
        (
            "pelatihan sistem tanggung renteng",
            "Joint liability group lending training",
            "Pelatihan arisan kelompok",
            "training",
        ),
        (
            "jadi agen ppob jual pulsa & token listrik",
            "Bill payment agent sign-up",
            "Solar home system installation",
            "resource",
        ),
        (
            "butuh keringanan angsuran pinjaman",
            "Loan restructuring advice",
            "Syarat pengajuan pinjaman baru",
            "resource",
        ),
        # governance
        (
            "pelatihan siskeudes utk bendahara desa",
            "Village finance system (Siskeudes) course",
            "Pelatihan bendahara kelompok",
            "training",
        ),
        (
            "pelatihan bikin website desa",
            "Village information system setup",
            "Pelatihan toko online",
            "training",
        ),
        (
            "penyuluhan antikorupsi dana desa",
            "Anti-corruption training for villages",
            "Pelatihan dana bergulir",
            "training",
        ),
        (
            "pelatihan teknik negosiasi dgn pembeli",
            "Negotiation skills course",
            "Pelatihan pemasaran produk",
            "training",
        ),
        (
            "bantuan hukum sengketa tanah ulayat",
            "Legal aid in land disputes",
            "Sertifikasi tanah PTSL",
            "training",
        ),
        (
            "pendampingan isbat nikah massal",
            "Marriage registration support",
            "Penyuluhan pernikahan dini",
            "training",
        ),
        (
            "pelatihan takmir masjid",
            "Mosque management training",
            "Kursus ngaji utk anak",
            "training",
        ),
        (
            "pelatihan penulisan laporan kegiatan",
            "Report writing course",
            "Pelatihan laporan keuangan",
            "training",
        ),
        # energy and environment
        (
            "butuh motor roda tiga sampah",
            "Waste collection vehicles",
            "Gerobak jualan bakso",
            "resource",
        ),
        (
            "butuh insinerator sampah desa",
            "Waste incinerators for villages",
            "Tungku hemat energi",
            "resource",
        ),
        (
            "pelatihan bikin bbm dr plastik (pirolisis plastik)",
            "Plastic pyrolysis course",
            "Pelatihan asap cair tempurung",
            "training",
        ),
        (
            "bantuan pompa hidram utk air bersih",
            "Hydraulic ram pump installation",
            "Solar pump installation",
            "resource",
        ),
        (
            "uji kualitas air minum sumur warga",
            "Drinking water testing",
            "Pengukuran kualitas air kolam lele",
            "training",
        ),
        (
            "pelatihan konversi motor listrik",
            "Electric motorcycle conversion course",
            "Kursus servis sepeda motor",
            "training",
        ),
        (
            "bantuan lampu jalan tenaga surya",
            "Solar street lights",
            "Bantuan lampu hias",
            "resource",
        ),
        (
            "pelatihan penanganan kekeringan",
            "Drought preparedness",
            "Pelatihan pengeringan kopi",
            "training",
        ),
        (
            "pelatihan dapur umum saat bencana",
            "Emergency community kitchen training",
            "Pelatihan katering",
            "training",
        ),
        (
            "pelatihan penambang emas bebas merkuri",
            "Mercury-free artisanal gold mining",
            "Kursus perhiasan emas",
            "training",
        ),
        (
            "pengelolaan daerah perlindungan laut",
            "Marine protected area management",
            "Pelatihan alat tangkap ikan",
            "training",
        ),
        # trades, services, education, arts, sport
        ("kursus servis hp utk pemuda", "Phone repair course", "Kursus servis AC", "training"),
        ("kursus servis laptop", "Computer repair course", "Kursus komputer dasar", "training"),
        (
            "pelatihan perbaikan mesin diesel alsintan",
            "Diesel engine repair course",
            "Kursus servis mobil",
            "training",
        ),
        (
            "kursus operator excavator",
            "Excavator operator training",
            "Forklift operator training",
            "training",
        ),
        (
            "pelatihan pasang baja ringan",
            "Light steel roof framing course",
            "Pelatihan cetak genteng",
            "training",
        ),
        (
            "pelatihan tukang pasang keramik lantai",
            "Floor tiling course",
            "Kursus gerabah dan keramik",
            "training",
        ),
        ("pelatihan tukang cat rumah", "House painting course", "Kursus seni lukis", "training"),
        (
            "kursus bikin kusen aluminium",
            "Aluminium frames fabrication course",
            "Kursus pertukangan kayu",
            "training",
        ),
        ("kursus servis jok motor", "Seat upholstery course", "Kerajinan tas kulit", "training"),
        ("kursus sol sepatu", "Shoe repair course", "Kursus membuat sepatu kulit", "training"),
        (
            "kursus sulam alis & eyelash extension",
            "Eyebrow embroidery and lash course",
            "Kursus sulam pita",
            "training",
        ),
        (
            "kursus creambath dan pewarnaan rambut",
            "Hair colouring and treatment course",
            "Pelatihan pewarnaan kain",
            "training",
        ),
        (
            "daftar kejar paket c",
            "Equivalency education enrolment",
            "Bimbel persiapan ujian",
            "training",
        ),
        (
            "info beasiswa kuliah anak petani",
            "Scholarships for farmers' children",
            "Bantuan modal usaha tani",
            "resource",
        ),
        (
            "program magang ke jepang",
            "Apprenticeship placement in Japan",
            "Kursus bahasa Jepang",
            "training",
        ),
        (
            "pelatihan penyiar radio komunitas",
            "Community radio broadcasting course",
            "Podcast production class",
            "training",
        ),
        (
            "pelatihan jurnalis warga",
            "Citizen journalism workshop",
            "Creative writing class",
            "training",
        ),
        (
            "pelatihan reog utk sanggar",
            "Folk performance (reog) coaching",
            "Traditional dance class",
            "training",
        ),
        (
            "pelatih bola basket utk remaja",
            "Basketball coaching",
            "Basket weaving class",
            "training",
        ),
        (
            "instruktur senam lansia",
            "Exercise classes for elderly",
            "Lansia care training",
            "training",
        ),
        (
            "pelatihan grooming kucing",
            "Pet grooming course",
            "Pelatihan beternak kambing",
            "training",
        ),
        # second round: caves, gamelan playing, scouts, sanitation works, village heads
        (
            "pelatihan pemandu susur goa",
            "Cave tour guide training",
            "Rafting guide course",
            "training",
        ),
        (
            "kursus karawitan utk anak2",
            "Gamelan lessons for children",
            "Angklung making workshop",
            "training",
        ),
        (
            "pelatihan pembina pramuka",
            "Scout leader training",
            "Youth leadership course",
            "training",
        ),
        (
            "bantuan sedot tinja & ipal komunal",
            "Desludging and communal wastewater treatment",
            "Water filter donations",
            "resource",
        ),
        (
            "pelatihan teknisi plts atap",
            "Rooftop solar installer course",
            "Electrical wiring course",
            "training",
        ),
        (
            "pelatihan kepala desa baru",
            "Training for newly elected village heads",
            "Village head election committee training",
            "training",
        ),
        (
            "pelatihan payet & bordir komputer",
            "Sequin embroidery course",
            "Kursus menjahit kaos",
            "training",
        ),
        ("jual baju bayi rajut", "Buyer of knitted baby clothes", "Pembeli benang rajut", "market"),
        # third round: regional words, garments beside their look-alikes, trades
        ("pengen belajar mbatik", "Batik making class", "Kursus menjahit", "training"),
        ("jual mukena bordir 200 pcs", "Buyer of prayer robes", "Pembeli jilbab instan", "market"),
        ("jual sarung tangan rajut", "Buyer of knitted gloves", "Pembeli sarung tenun", "market"),
        ("jual sedotan purun", "Grass straws buyer", "Pembeli tikar purun", "market"),
        (
            "pelatihan bikin miniatur kapal pinisi",
            "Model ship making class",
            "Boatbuilding course",
            "training",
        ),
        (
            "pelatihan operator mesin bubut",
            "Lathe machining course",
            "Woodworking tools for carpenters",
            "training",
        ),
        (
            "usaha rental mobil utk wisata",
            "Car rental business course",
            "Vehicle leasing for members",
            "training",
        ),
        (
            "pendampingan padat karya tunai desa",
            "Cash-based community work programmes",
            "Village fund bookkeeping",
            "training",
        ),
        # fourth round: village works, schools, arts and rights
        (
            "pembangunan jalan usaha tani",
            "Farm access road construction",
            "Zipline and canopy walk building",
            "training",
        ),
        (
            "bantuan bedah rumah warga miskin",
            "Housing rehabilitation grants",
            "Bantuan modal usaha",
            "resource",
        ),
        (
            "pelatihan wirausaha utk santri pondok pesantren",
            "Entrepreneurship for Islamic boarding schools",
            "Kursus ngaji utk anak",
            "training",
        ),
        (
            "pelatihan bikin film pendek",
            "Short film making workshop",
            "Promotional video for products",
            "training",
        ),
        ("kursus lukis henna pengantin", "Bridal henna art class", "Kursus seni lukis", "training"),
        (
            "pelatihan kompor induksi utk ibu2",
            "Induction stove cooking training",
            "Tungku hemat energi",
            "training",
        ),
        (
            "sosialisasi pencegahan tppo utk calon pmi",
            "Anti-trafficking awareness",
            "Kursus bahasa Jepang",
            "training",
        ),
        # fifth round
        (
            "pelatihan bikin komposter takakura",
            "Home composting basket training",
            "Bantuan tempat sampah",
            "training",
        ),
        (
            "pelatihan admin olshop & entri data",
            "Data entry and online shop admin course",
            "Kursus komputer servis laptop",
            "training",
        ),
        (
            "info kpr subsidi utk anggota",
            "Subsidised housing loans",
            "Bantuan bedah rumah",
            "resource",
        ),
        (
            "bantuan utk panti asuhan desa",
            "Orphanage support programme",
            "Bantuan modal usaha",
            "resource",
        ),
        # sixth round
        ("jual sangkar burung bambu 100 biji", "Bird cage buyer", "Pembeli burung kicau", "market"),
        (
            "butuh speedboat utk penyeberangan warga",
            "Passenger boats for island villages",
            "Fishing boat grants",
            "resource",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual kain endek bali", "Pembeli songket bali", "market"),
        ("kursus servis mesin jahit", "Jual mesin jahit baru", "training"),
        ("kolam pemancingan desa butuh pendampingan", "Jual alat pancing dan jaring", "training"),
        ("pelatihan pemandu wisata berkuda", "Pelatihan beternak kuda", "training"),
        ("pelatihan tukang pasang keramik lantai", "Kursus gerabah dan keramik", "training"),
        ("kursus sulam alis & eyelash extension", "Kursus sulam pita", "training"),
        ("kursus sol sepatu", "Kursus membuat sepatu kulit", "training"),
        ("kursus operator excavator", "Forklift operator training", "training"),
        ("pelatih bola basket utk remaja", "Basket weaving class", "training"),
        ("butuh insinerator sampah desa", "Tungku hemat energi", "resource"),
        (
            "pelatihan bikin bbm dr plastik (pirolisis plastik)",
            "Pelatihan asap cair tempurung",
            "training",
        ),
        ("pelatihan penanganan kekeringan", "Pelatihan pengeringan kopi", "training"),
        ("uji kualitas air minum sumur warga", "Pengukuran kualitas air kolam lele", "training"),
        ("jual sarung tangan rajut", "Pembeli sarung tenun", "market"),
    ],
)
def test_a_look_alike_gets_no_credit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "concept", "not_concept"),
    [
        ("kopi kering 2 ton", None, "c:drought"),  # dry, not a drought
        ("paket data internet", None, "c:data_collection"),  # data, not a census
        ("tali tambang plastik", None, "c:artisanal_mining"),  # a rope, not a mine
        ("pemancingan", "c:recreational_fishing", "c:fishing_gear"),  # an angling pond
        ("belajar menulis proposal", "c:proposal_writing", "c:creative_writing"),
        ("kayak gini bisa?", None, "c:canoeing"),  # "like this", not a kayak
        ("national park trekking", None, "c:parking"),
        ("pengelasan pagar besi", "c:welding", None),  # welding, not a class
        ("qr code pembayaran", "c:qr_code", "c:programming"),
        ("sarung sutra sengkang", "c:bugis_silk", None),
        ("craft boxes and bags", None, "c:martial_arts"),  # boxes, not boxing
        ("sandal hotel 500 pasang", "c:footwear", "c:hospitality"),  # slippers, not hospitality
        ("sarung tangan kerja", "c:gloves_socks", "c:sarong"),  # gloves, not a sarong
        ("toko di seberang jalan", None, "c:boat_transport"),  # across the road, not a ferry
    ],
)
def test_a_word_is_read_as_its_own_subject(real, text, concept, not_concept):
    profile = real.analyser.profile(text)
    assert concept is None or concept in profile
    assert not_concept is None or not_concept not in profile
