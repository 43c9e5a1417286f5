#!/usr/bin/env python3
"""Subject-labelled source of the eval9 set (held out: do not read while working on the matcher).

Writes ../eval9-marketplace.json and ../eval9-marketplace.truth.json.

Every need and offer carries a subject label "family" or "family:variant". An offer fits a need
when it has the need's label (offers may carry several labels), is the same kind, is open, and its
service_area is empty or names the group's province or regency (exact official names).
Offers whose label is never a need's label are look-alikes / neighbours (hard negatives).

    python3 eval9_source.py            # write both files
    python3 eval9_source.py --review   # each need with every offer of its subject family
"""
import csv, json, os, random, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGIONS = os.environ.get(
    "EVAL_REGIONS",
    os.path.join(OUT, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"),
)

# ---------------------------------------------------------------- groups
# key: (name, regency, province, members)
GROUPS = {
    "pepaya_lamtim": ("Kelompok Tani Sido Makmur", "Kabupaten Lampung Timur", "Lampung", 27),
    "pepaya_boyolali": ("Gapoktan Ngudi Rejeki", "Kabupaten Boyolali", "Jawa Tengah", 41),
    "pepaya_kukar": ("Kelompok Tani Reklamasi Hijau", "Kabupaten Kutai Kartanegara", "Kalimantan Timur", 19),
    "pepaya_buleleng": ("Sekaa Teruna Tunas Mekar", "Kabupaten Buleleng", "Bali", 22),
    "pisang_donggala": ("Kelompok Tani Sinar Tompe", "Kabupaten Donggala", "Sulawesi Tengah", 25),
    "pisang_tapin": ("Kelompok Tani Banua Anyar", "Kabupaten Tapin", "Kalimantan Selatan", 18),
    "pisang_keerom": ("Kelompok Tani Mama Arso", "Kabupaten Keerom", "Papua", 16),
    "pisang_deliserdang": ("Koperasi Tani Deli Hijau", "Kabupaten Deli Serdang", "Sumatera Utara", 52),
    "talas_bogor": ("Kelompok Tani Taleus Saluyu", "Kabupaten Bogor", "Jawa Barat", 23),
    "talas_merauke": ("Kelompok Mama-Mama Kampung Wasur", "Kabupaten Merauke", "Papua Selatan", 14),
    "talas_pandeglang": ("KWT Beneng Mandiri", "Kabupaten Pandeglang", "Banten", 30),
    "asam_jeneponto": ("Kelompok Tani Sipakainga", "Kabupaten Jeneponto", "Sulawesi Selatan", 21),
    "asam_kupang": ("Kelompok Tani Nekaf Mese", "Kabupaten Kupang", "Nusa Tenggara Timur", 26),
    "asam_bima": ("KWT Nggahi Rawi", "Kabupaten Bima", "Nusa Tenggara Barat", 20),
    "andaliman_humbang": ("Kelompok Tani Andaliman Dolok Sanggul", "Kabupaten Humbang Hasundutan", "Sumatera Utara", 33),
    "andaliman_dairi": ("Kelompok Tani Sada Arih", "Kabupaten Dairi", "Sumatera Utara", 17),
    "pinus_wonosobo": ("KTH Wana Lestari", "Kabupaten Wonosobo", "Jawa Tengah", 38),
    "pinus_acehtengah": ("LPHD Uten Bur Lintang", "Kabupaten Aceh Tengah", "Aceh", 24),
    "pinus_gowa": ("KTH Bulu Ballea", "Kabupaten Gowa", "Sulawesi Selatan", 31),
    "kroto_blitar": ("Kelompok Peternak Kroto Rangrang Jaya", "Kabupaten Blitar", "Jawa Timur", 12),
    "kroto_kulonprogo": ("Kelompok Kroto Menoreh", "Kabupaten Kulon Progo", "DI Yogyakarta", 15),
    "kroto_rejang": ("Kelompok Pemuda Tani Curup", "Kabupaten Rejang Lebong", "Bengkulu", 11),
    "patin_muarojambi": ("Pokdakan Mina Batanghari", "Kabupaten Muaro Jambi", "Jambi", 22),
    "patin_kampar": ("Pokdakan Kampar Jaya", "Kabupaten Kampar", "Riau", 28),
    "patin_banjar": ("Pokdakan Martapura Sejahtera", "Kabupaten Banjar", "Kalimantan Selatan", 19),
    "patin_oki": ("UPR Benih Lempuing", "Kabupaten Ogan Komering Ilir", "Sumatera Selatan", 13),
    "gabus_pulangpisau": ("Pokdakan Haruan Kahayan", "Kabupaten Pulang Pisau", "Kalimantan Tengah", 17),
    "gabus_konsel": ("Pokdakan Konda Mandiri", "Kabupaten Konawe Selatan", "Sulawesi Tenggara", 14),
    "rajungan_cirebon": ("KUB Nelayan Rajungan Gebang", "Kabupaten Cirebon", "Jawa Barat", 35),
    "rajungan_kuburaya": ("KUB Nelayan Padang Tikar", "Kabupaten Kubu Raya", "Kalimantan Barat", 29),
    "rajungan_lamongan": ("KUB Bina Samudra Paciran", "Kabupaten Lamongan", "Jawa Timur", 24),
    "torani_fakfak": ("Kelompok Nelayan Kampung Kokas", "Kabupaten Fakfak", "Papua Barat", 18),
    "torani_takalar": ("Kelompok Patorani Galesong", "Kabupaten Takalar", "Sulawesi Selatan", 27),
    "ternak_lomboktengah": ("Kelompok Ternak Patuh Angen", "Kabupaten Lombok Tengah", "Nusa Tenggara Barat", 34),
    "silase_boalemo": ("Kelompok Peternak Huyula", "Kabupaten Boalemo", "Gorontalo", 21),
    "silase_sumbatimur": ("Kelompok Peternak Padang Sabana", "Kabupaten Sumba Timur", "Nusa Tenggara Timur", 26),
    "kecap_madiun": ("KWT Sekar Melati", "Kabupaten Madiun", "Jawa Timur", 16),
    "kecap_sambas": ("Kelompok Usaha Bersama Kecap Sambas", "Kabupaten Sambas", "Kalimantan Barat", 12),
    "rendang_tanahdatar": ("KWT Bundo Kanduang", "Kabupaten Tanah Datar", "Sumatera Barat", 19),
    "rendang_padpar": ("Kelompok Usaha Randang Nagari Sicincin", "Kabupaten Padang Pariaman", "Sumatera Barat", 14),
    "kue_serang": ("PKK Desa Kramatwatu", "Kabupaten Serang", "Banten", 28),
    "kue_batam": ("Kelompok UMKM Perempuan Tiban", "Kota Batam", "Kepulauan Riau", 17),
    "purun_hsu": ("Kelompok Pengrajin Purun Danau Panggang", "Kabupaten Hulu Sungai Utara", "Kalimantan Selatan", 32),
    "purun_oki": ("Kelompok Perajin Purun Pedamaran", "Kabupaten Ogan Komering Ilir", "Sumatera Selatan", 40),
    "purun_kapuashulu": ("Kelompok Ibu Anyam Danau Sentarum", "Kabupaten Kapuas Hulu", "Kalimantan Barat", 15),
    "celup_bantul": ("KWT Ngudi Lestari", "Kabupaten Bantul", "DI Yogyakarta", 20),
    "celup_banjarbaru": ("Kelompok Pengrajin Sasirangan Cempaka", "Kota Banjarbaru", "Kalimantan Selatan", 13),
    "celup_bulungan": ("Kelompok Perempuan Tenun Tanjung Selor", "Kabupaten Bulungan", "Kalimantan Utara", 15),
    "celup_gianyar": ("Sekaa Teruna Kreatif Ubud", "Kabupaten Gianyar", "Bali", 18),
    "akik_naganraya": ("Pemuda Gampong Krueng Isep", "Kabupaten Nagan Raya", "Aceh", 16),
    "akik_pacitan": ("Kelompok Perajin Batu Mulia Donorojo", "Kabupaten Pacitan", "Jawa Timur", 11),
    "kolintang_minahasa": ("Sanggar Seni Wale Kolintang", "Kabupaten Minahasa", "Sulawesi Utara", 20),
    "kolintang_bolmong": ("Sanggar Anak Bogani", "Kabupaten Bolaang Mongondow", "Sulawesi Utara", 25),
    "drip_belu": ("Kelompok Tani Hortikultura Fatuketi", "Kabupaten Belu", "Nusa Tenggara Timur", 19),
    "drip_malteng": ("Kelompok Tani Negeri Waai", "Kabupaten Maluku Tengah", "Maluku", 14),
    "tanah_polman": ("Gapoktan Sipatuo", "Kabupaten Polewali Mandar", "Sulawesi Barat", 45),
    "tanah_landak": ("Kelompok Tani Pangkalan Batu", "Kabupaten Landak", "Kalimantan Barat", 23),
    "rmu_parimo": ("Gapoktan Sumber Rejeki Torue", "Kabupaten Parigi Moutong", "Sulawesi Tengah", 60),
    "rmu_sorong": ("Kelompok Tani Aimas Makmur", "Kabupaten Sorong", "Papua Barat Daya", 22),
    "rmu_banyuasin": ("Gapoktan Tanjung Lago", "Kabupaten Banyuasin", "Sumatera Selatan", 48),
    "dingin_halsel": ("KUB Nelayan Bacan", "Kabupaten Halmahera Selatan", "Maluku Utara", 30),
    "dingin_jayawijaya": ("Koperasi Sayur Lembah Baliem", "Kabupaten Jayawijaya", "Papua Pegunungan", 37),
    "dingin_natuna": ("KUB Nelayan Ranai", "Kabupaten Natuna", "Kepulauan Riau", 21),
    "hotel_mabar": ("Karang Taruna Desa Gorontalo Labuan Bajo", "Kabupaten Manggarai Barat", "Nusa Tenggara Timur", 26),
    "hotel_klu": ("Kelompok Pemuda Gili Indah", "Kabupaten Lombok Utara", "Nusa Tenggara Barat", 24),
    "hotel_rajaampat": ("Kelompok Homestay Kampung Arborek", "Kabupaten Raja Ampat", "Papua Barat Daya", 12),
    "jeram_probolinggo": ("Pokdarwis Pekalen Asri", "Kabupaten Probolinggo", "Jawa Timur", 18),
    "jeram_mamasa": ("Pokdarwis Sungai Mamasa", "Kabupaten Mamasa", "Sulawesi Barat", 15),
    "jeram_langkat": ("Kelompok Pemuda Bukit Lawang", "Kabupaten Langkat", "Sumatera Utara", 20),
    "renang_basel": ("Karang Taruna Pulau Lepar", "Kabupaten Bangka Selatan", "Kepulauan Bangka Belitung", 30),
    "renang_sbb": ("Kelompok Mama-Mama Negeri Kaibobu", "Kabupaten Seram Bagian Barat", "Maluku", 19),
    "web_kolaka": ("Pemerintah Desa Tosiba (operator desa)", "Kabupaten Kolaka", "Sulawesi Tenggara", 5),
    "web_malinau": ("Pokdarwis Setulang", "Kabupaten Malinau", "Kalimantan Utara", 17),
    "web_gorontalo": ("Perangkat Desa Dulamayo Selatan", "Kabupaten Gorontalo", "Gorontalo", 8),
    "nib_paser": ("Forum UMKM Tanah Grogot", "Kabupaten Paser", "Kalimantan Timur", 25),
    "ptm_tanggamus": ("Kader Kesehatan Pekon Way Nipah", "Kabupaten Tanggamus", "Lampung", 14),
    "ptm_garut": ("Kader Posbindu Desa Cikajang", "Kabupaten Garut", "Jawa Barat", 12),
    "ptm_mimika": ("Kader Kesehatan Kampung Nayaro", "Kabupaten Mimika", "Papua Tengah", 10),
    "kayu_jepara": ("Paguyuban Perajin Mebel Mulyoharjo", "Kabupaten Jepara", "Jawa Tengah", 36),
    "kayu_gunungkidul": ("KTH Sedyo Makmur", "Kabupaten Gunungkidul", "DI Yogyakarta", 42),
    "krisan_semarang": ("Kelompok Tani Bunga Sekar Bandungan", "Kabupaten Semarang", "Jawa Tengah", 21),
    "krisan_tomohon": ("Kelompok Tani Bunga Kakaskasen", "Kota Tomohon", "Sulawesi Utara", 18),
    "pindang_klungkung": ("Kelompok Pengolah Ikan Kusamba", "Kabupaten Klungkung", "Bali", 16),
    "pindang_buton": ("Kelompok Pengolah Ikan Lasalimu", "Kabupaten Buton", "Sulawesi Tenggara", 13),
    "pakan_kapuas": ("Pokdakan Sei Tatas", "Kabupaten Kapuas", "Kalimantan Tengah", 15),
    "jok_maros": ("Kelompok Usaha Pemuda Turikale", "Kabupaten Maros", "Sulawesi Selatan", 10),
    "jok_pekanbaru": ("Kelompok Usaha Bersama Rumbai", "Kota Pekanbaru", "Riau", 9),
    "sandal_badung": ("KWT Mekar Sari Mengwi", "Kabupaten Badung", "Bali", 23),
    "elektro_kotim": ("Karang Taruna Baamang", "Kabupaten Kotawaringin Timur", "Kalimantan Tengah", 21),
    "elektro_biak": ("Kelompok Pemuda Kampung Samofa", "Kabupaten Biak Numfor", "Papua", 14),
    "bicara_jakut": ("Kelompok Perempuan Kampung Nelayan Cilincing", "Kota Administrasi Jakarta Utara", "DKI Jakarta", 31),
    "bicara_kaur": ("KWT Sekundang Setungguan", "Kabupaten Kaur", "Bengkulu", 18),
    "beras_ngada": ("Kelompok Tani Wae Ia", "Kabupaten Ngada", "Nusa Tenggara Timur", 29),
    "beras_toraja": ("Kelompok Tani Pare Lallodo", "Kabupaten Tana Toraja", "Sulawesi Selatan", 24),
    "kayu_pasuruan": ("Kelompok Perajin Mebel Bukir", "Kabupaten Pasuruan", "Jawa Timur", 22),
    "kecap_kudus": ("KWT Sekar Arum", "Kabupaten Kudus", "Jawa Tengah", 17),
    "rajungan_rembang": ("KUB Nelayan Sarang Mina", "Kabupaten Rembang", "Jawa Tengah", 26),
    "pisang_bone": ("Kelompok Tani Mattiro Bulu", "Kabupaten Bone", "Sulawesi Selatan", 23),
    "gabus_hss": ("Pokdakan Iwak Haruan Nagara", "Kabupaten Hulu Sungai Selatan", "Kalimantan Selatan", 16),
}

# ---------------------------------------------------------------- needs
# (group key, subject label, kind, title)
NEEDS = [
    # papaya
    ("pepaya_lamtim", "pepaya", "training", "mohon info pelatihan budidaya pepaya calina, bnyk pohon yg daunnya keriting & buahnya busuk sblm mateng"),
    ("pepaya_boyolali", "pepaya", "market", "Golek bakul pepaya California, saben minggu iso metik 2 ton, regane saiki anjlok"),
    ("pepaya_kukar", "pepaya", "resource", "butuh bibit pepaya calina unggul utk 2 ha lahan bekas tambang, ada yg bisa kirim ke Tenggarong?"),
    ("pepaya_buleleng", "pepaya", "training", "Papaya growing training for our youth group, we want to start 1 ha next season"),
    ("pepaya_lamtim", "ujitanah", "training", "sekalian kami mau belajar uji tanah sendiri pake PUTS biar takaran pupuknya pas"),
    # banana
    ("pisang_donggala", "pisang", "training", "Pisang kepok kami banyak yg layu, jantungnya kering & daging buahnya hitam kemerahan. Ada yg bisa ajar cara atasinya?"),
    ("pisang_tapin", "pisang", "market", "ulun handak manjual pisang kapok satandan-satandan, siapa nang handak manukar rutin tiap minggu?"),
    ("pisang_keerom", "pisang", "resource", "Sa pu kelompok perlu anakan pisang yg sehat (kultur jaringan) utk tanam di kebun baru 3 hektar"),
    ("pisang_deliserdang", "pisang", "market", "Looking for buyer of our Cavendish bananas, 5 ha harvesting every week, can pack in cartons"),
    # taro
    ("talas_bogor", "talas", "training", "punten, abdi hoyong diajar melak taleus Bogor nu hade, umbina sok laleutik wae"),
    ("talas_merauke", "talas", "market", "Kitong pu keladi banyak skali di kebun, sapa yg mau beli? bisa antar ke kota Merauke"),
    ("talas_pandeglang", "talas:beneng-daun", "market", "cari pembeli daun talas beneng yg sdh dirajang & dijemur, stok 500 kg"),
    # tamarind
    ("asam_jeneponto", "asam", "market", "Tabe' ki, ada yg mau beli asam (asam jawa) yg sdh dikupas? di kampung byk pohon asam tp dibiarkan jatuh"),
    ("asam_kupang", "asam", "market", "cari pembeli asam biji, kami su kumpul 3 ton tp sonde tau jual ke mana lai"),
    ("asam_bima", "asam:olahan", "training", "Tamarind processing training for our women group (paste, candy, drinks)"),
    # andaliman
    ("andaliman_humbang", "andaliman", "market", "Horas, kami petani andaliman, cari toke yg mau tampung rutin, harga di pajak skrg jatuh kali"),
    ("andaliman_dairi", "andaliman", "training", "mau belajar tanam andaliman, bibitnya sering mati di persemaian, gmn caranya?"),
    # pine resin
    ("pinus_wonosobo", "pinus", "training", "Pengin sinau nyadap getah pinus sing bener, ben wite ora gampang rusak lan getahe akeh"),
    ("pinus_acehtengah", "pinus", "market", "LPHD kami punya hutan pinus 40 ha, cari pabrik yg mau beli getahnya (utk gondorukem)"),
    ("pinus_gowa", "pinus", "resource", "Butuh alat sadap (kedukul), talang & mangkok getah utk 30 orang penyadap pinus"),
    # kroto
    ("kroto_blitar", "kroto", "training", "ada yg bisa ngajari ternak kroto semut rangrang pake toples? sdh nyoba 2x gagal trs, ratunya kabur"),
    ("kroto_kulonprogo", "kroto", "market", "Kelompok kmi panen kroto 20 kg/mgg, cari pengepul yg ambil rutin, seger2"),
    ("kroto_rejang", "kroto", "resource", "We need weaver ant colonies (semut rangrang) to start kroto farming, about 50 jars"),
    # patin
    ("patin_muarojambi", "patin", "training", "Pelatihan pembesaran ikan patin di kolam tanah, FCR kmi tinggi bgt, pakan boros"),
    ("patin_muarojambi", "pakan-ikan", "training", "kalau bisa jg pelatihan bikin pelet pakan sendiri dr bahan lokal biar ga tergantung pabrik"),
    ("patin_muarojambi", "patin", "market", "jugo cari toke patin, panen kami 2 ton tiap 6 bulan, ado yg nak ambik?"),
    ("patin_kampar", "patin", "resource", "nak beli benih patin 20 ribu ekor ukuran 2 inci, ado yg jual dan bisa antar ke Kampar?"),
    ("patin_kampar", "pakan-ikan", "resource", "kelompok perlu mesin pelet pakan ikan, kapasitas 50-100 kg sejam"),
    ("patin_banjar", "patin", "market", "Cari pembeli ikan patin ukuran konsumsi 700 gr - 1 kg, bisa 3 ton sebulan"),
    ("patin_oki", "patin:benih", "training", "Pangasius hatchery training (induced spawning, larvae rearing) for our group"),
    # snakehead
    ("gabus_pulangpisau", "gabus", "market", "iwak haruan hasil budidaya kami siapa nang handak manukar? sudah ada 500 kg siap panen"),
    ("gabus_konsel", "gabus", "training", "pelatihan budidaya ikan gabus di kolam terpal, anggota blm ada yg pengalaman"),
    # blue swimming crab
    ("rajungan_cirebon", "rajungan", "market", "Kel. nelayan kmi dpt rajungan 50-100 kg/hari, cari miniplant/pengepul yg timbangannya jujur"),
    ("rajungan_kuburaya", "rajungan", "resource", "Mohon bantuan bubu lipat utk nangkap rajungan, 200 buah utk 40 anggota"),
    ("rajungan_lamongan", "rajungan", "training", "pelatihan penanganan rajungan setelah ditangkap spy tdk cepat mati & dagingnya ga rusak"),
    # flying fish roe
    ("torani_fakfak", "torani", "market", "Kitong nelayan ada kumpul telur ikan terbang kering, tra tau mo jual kemana. Sapa yg beli?"),
    ("torani_takalar", "torani", "market", "Tabe', kami patorani di Galesong, cari pembeli telur torani yg harganya bagus ki"),
    # silage
    ("ternak_lomboktengah", "silase", "training", "Tiang dari kelompok ternak, musim kemarau pakan sapi habis, kami mau belajar bikin silase"),
    ("ternak_lomboktengah", "irigasi-tetes", "training", "pelatihan pasang irigasi tetes utk kebun sayur di lahan kering dekat kandang"),
    ("silase_boalemo", "silase", "resource", "Butuh drum plastik / silo bag utk fermentasi pakan ternak, sekitar 40 buah"),
    ("silase_sumbatimur", "silase", "training", "Training on silage and hay making so our cattle survive the long dry season"),
    # soy sauce
    ("kecap_madiun", "kecap", "training", "Pengin sinau gawe kecap manis dhewe saka kedelai ireng, ibu2 wis siap"),
    ("kecap_sambas", "kecap", "market", "kamek ada kecap produksi kelompok, sdh PIRT, cari toko/distributor yg mau ambil"),
    # rendang
    ("rendang_tanahdatar", "rendang", "training", "Awak nio baraja mambuek randang nan tahan lamo, dikemas kaleng atau retort"),
    ("rendang_tanahdatar", "nib", "training", "anggota banyak yg alun punyo izin usaha, minta dibantu urus NIB"),
    ("rendang_padpar", "rendang", "market", "Randang kelompok kami alah ado merek, cari pembeli toko oleh2 atau reseller"),
    # cookies
    ("kue_serang", "kue-kering", "training", "Ibu2 PKK mau pelatihan bikin kue kering (nastar, kastengel) utk pesanan lebaran"),
    ("kue_batam", "kue-kering", "market", "cari yg mau pesan kue kering toples utk parsel/hampers, kmi sanggup 300 toples"),
    ("kue_batam", "nib", "training", "gmn cara bikin NIB lewat OSS? anggota sy byk yg blm punya izin usaha"),
    # purun
    ("purun_hsu", "purun", "training", "ulun handak belajar maanyam purun jadi tas nang bagus, gasan dijual ke kota"),
    ("purun_oki", "purun", "market", "Tas & tikar purun hasil ibu2 Pedamaran, cari pembeli tetap atau toko kerajinan"),
    ("purun_kapuashulu", "purun", "training", "pelatihan anyaman purun motif baru utk ibu-ibu di pinggir danau"),
    # tie-dye
    ("celup_bantul", "ikat-celup", "training", "Pelatihan membuat kain jumputan (ikat celup) utk remaja putri putus sekolah"),
    ("celup_banjarbaru", "ikat-celup", "market", "Kami produksi kain sasirangan tiap bulan 200 lembar, cari pembeli grosir / butik"),
    ("celup_banjarbaru", "ikat-celup", "resource", "butuh pewarna naptol & indigosol utk sasirangan, yg bisa kirim ke Banjarbaru"),
    ("celup_bulungan", "ikat-celup", "resource", "perlu bahan pewarna remasol utk tie dye, kelompok baru mulai"),
    ("celup_gianyar", "ikat-celup", "training", "Tie-dye (shibori) workshop for our youth group, we want to sell to tourists"),
    # gemstones
    ("akik_naganraya", "akik", "training", "Pemuda gampong kamoe ingin belajar asah batu giok & akik, supaya tidak jual bongkahan saja"),
    ("akik_pacitan", "akik", "resource", "Butuh mesin gosok/poles batu akik 3 unit utk kelompok"),
    # kolintang
    ("kolintang_minahasa", "kolintang", "training", "Torang mo belajar bikin kolintang dari kayu cempaka, sapa yg bisa ajar stem nada?"),
    ("kolintang_bolmong", "kolintang", "resource", "Sanggar anak2 butuh 1 set alat musik kolintang utk latihan"),
    # drip irrigation
    ("drip_belu", "irigasi-tetes", "resource", "Butuh paket irigasi tetes (selang, emitter, tandon) utk setengah hektar, air di sini susah"),
    ("drip_malteng", "irigasi-tetes", "resource", "Katong butuh alat irigasi tetes par kobong sayur, kira2 1000 meter persegi"),
    # soil testing
    ("tanah_polman", "ujitanah", "resource", "Perlu bantuan alat uji tanah (PUTS) utk gapoktan, pupuk selama ini asal tabur, ga diukur dgn benar"),
    ("tanah_landak", "ujitanah", "resource", "need soil test kit (pH, NPK) for our farmer group"),
    # rice mill
    ("rmu_parimo", "rmu", "resource", "kelompok kami butuh mesin penggiling padi (RMU) kecil, gabah selama ini dibawa jauh ke kecamatan"),
    ("rmu_sorong", "rmu", "resource", "Sa pu kampung tra ada mesin giling padi, mama2 masih tumbuk. Mohon bantuan"),
    ("rmu_banyuasin", "rmu", "training", "pelatihan operator dan perawatan mesin penggilingan padi, rendemen kami rendah"),
    # cold storage
    ("dingin_halsel", "cold-storage", "resource", "Butuh cold storage / freezer besar utk simpan ikan, kalau tdk ada es ikan cepat busuk"),
    ("dingin_jayawijaya", "cold-storage", "resource", "We need a cold room (solar if possible) to keep our vegetables fresh before flights"),
    ("dingin_natuna", "cold-storage", "training", "pelatihan pengoperasian & perawatan cold storage, mesin kami sering rusak"),
    # housekeeping
    ("hotel_mabar", "housekeeping", "training", "Anak2 muda desa mau kerja di hotel, perlu pelatihan housekeeping / tata graha"),
    ("hotel_klu", "housekeeping", "training", "pelatihan room attendant & laundry hotel utk pemuda, bnyk hotel di Gili cari tenaga lokal"),
    ("hotel_klu", "sandal-hotel", "market", "ibu2 kmi bisa bikin sandal hotel, cari hotel/supplier yg mau beli rutin"),
    ("hotel_rajaampat", "housekeeping", "training", "Pelatihan bersih kamar & tata graha utk homestay dan resort di kampung"),
    # rafting
    ("jeram_probolinggo", "arung-jeram", "training", "kami mau buka wisata arung jeram, butuh pelatihan pemandu (river guide) & penyelamatan"),
    ("jeram_mamasa", "arung-jeram", "resource", "Butuh perahu karet, dayung, pelampung & helm utk wisata arung jeram desa"),
    ("jeram_langkat", "arung-jeram", "training", "River rafting guide certification for our youth, tourists ask for tubing and rafting"),
    # swimming
    ("renang_basel", "renang", "training", "Anak2 di pulau kami bnyk yg tdk bisa berenang, cari pelatih renang & keselamatan air"),
    ("renang_sbb", "renang", "training", "Beta pung anak2 seng bisa berenang padahal rumah di pinggir pante. Ada yg mau ajar?"),
    # village website
    ("web_kolaka", "web-desa", "training", "Operator desa perlu pelatihan mengelola website desa (OpenSID) & update berita"),
    ("web_malinau", "web-desa", "training", "pelatihan bikin web desa wisata biar tamu bisa liat paket & pesan langsung"),
    ("web_gorontalo", "web-desa", "training", "Village information system (SID) training for village staff"),
    # business licence
    ("nib_paser", "nib", "training", "Pendampingan pengurusan Nomor Induk Berusaha utk 25 UMKM anggota forum"),
    # NCD screening
    ("ptm_tanggamus", "posbindu", "training", "kader kami perlu pelatihan Posbindu: ukur tensi, cek gula darah, utk warga dewasa"),
    ("ptm_garut", "posbindu", "resource", "Butuh tensimeter digital & alat cek gula darah utk posbindu desa"),
    ("ptm_mimika", "posbindu", "training", "Training for health volunteers on hypertension and diabetes screening in our kampung"),
    # timber legality
    ("kayu_jepara", "svlk", "training", "Perajin mebel jati kmi mau ekspor, katanya wajib SVLK / V-Legal, butuh pendampingan"),
    ("kayu_gunungkidul", "svlk", "training", "Hutan rakyat kami mau sertifkasi legalitas kayu (SVLK) biar harga kayu naik"),
    # chrysanthemum
    ("krisan_semarang", "krisan", "training", "Pelatihan budidaya krisan bunga potong, tangkai kami pendek2 & bunganya kecil"),
    ("krisan_semarang", "krisan", "resource", "butuh stek krisan berakar 10 ribu batang, varietas yg laku"),
    ("krisan_tomohon", "krisan", "market", "Torang pe bunga krisan so banyak, sapa mo beli tetap? florist atau pedagang"),
    # pindang
    ("pindang_klungkung", "pindang", "training", "pelatihan bikin pindang tongkol yg bersih & tahan lama, biar bisa masuk pasar modern"),
    ("pindang_buton", "pindang", "market", "cari pembeli ikan pindang, kelompok bisa produksi 200 kg sehari"),
    # fish feed
    ("pakan_kapuas", "pakan-ikan", "training", "ulun handak belajar maulah pakan iwak surang, ada maggot wan iwak rucah banyak"),
    # upholstery
    ("jok_maros", "jok", "training", "Pemuda mau pelatihan bikin & perbaiki jok sofa / kursi tamu"),
    ("jok_pekanbaru", "jok", "training", "nak belajar upholstery, bikin jok motor & jok mobil, ado kursus?"),
    # hotel slippers
    ("sandal_badung", "sandal-hotel", "training", "KWT mau belajar bikin sandal hotel dr spon & handuk, pesanan hotel byk"),
    # electronics repair
    ("elektro_kotim", "elektronik", "training", "kursus servis elektronik: TV, rice cooker, kipas angin, utk pemuda pengangguran"),
    ("elektro_biak", "elektronik", "training", "Kitong pu anak muda mau belajar perbaiki TV, radio & alat listrik rumah, sapa bisa ajar?"),
    # public speaking
    ("bicara_jakut", "public-speaking", "training", "ibu2 pengurus minta pelatihan public speaking, kalo rapat sm kelurahan suka grogi"),
    ("bicara_kaur", "public-speaking", "training", "Pelatihn berbicara di depan umum & jd MC acara utk pengurus KWT"),
    # red / black rice
    ("beras_ngada", "beras-merah-hitam", "market", "Kami tanam padi merah & hitam lokal, cari pembeli beras yg mau kontrak, sonde pake pupuk kimia"),
    ("beras_toraja", "beras-merah-hitam", "market", "Kurre sumanga', kami ada beras pare lallodo (hitam) & beras merah Toraja, cari pembeli"),
    # second needs of some subjects
    ("kayu_pasuruan", "svlk", "training", "Kami perajin mebel, buyer luar negeri minta dokumen V-Legal. gmn ngurusnya? mohon didampingi"),
    ("kecap_kudus", "kecap", "training", "Nyuwun pelatihan damel kecap, kedelai saking petani piyambak"),
    ("rajungan_rembang", "rajungan", "market", "Rajungan saka nelayan kene akeh, sopo sing gelem tuku saben dino? regane bakul cilik murah bgt"),
    ("pisang_bone", "pisang", "training", "tabe', pelatihan budidaya pisang spy tdk kena penyakit layu lg, tahun lalu habis satu kebun"),
    ("gabus_hss", "gabus", "market", "cari pembeli haruan hidup hasil kolam, bisa 300 kg tiap bulan"),
]

# ---------------------------------------------------------------- offers
# (subject label(s), kind, provider type, title, service_area, status, description or None)
T, M, R = "training", "market", "resource"
OFFERS = [
    # ---- papaya
    ("pepaya", T, "programme", "Sekolah Lapang Budidaya Pepaya Calina (IPB-9): pemupukan, virus keriting, antraknosa", [], "open", None),
    ("pepaya", T, "trainer", "Papaya orchard management & pest control (mealybug, ringspot, anthracnose)", ["Lampung", "Sumatera Selatan"], "open", None),
    ("pepaya:olahan", T, "trainer", "Pelatihan Pembuatan Manisan, Dodol & Selai Pepaya", ["Lampung", "Bali"], "open", None),
    ("pepaya", T, "trainer", "Pelatihan budidaya pepaya untuk petani muda", ["Jawa Barat"], "open", None),
    ("pepaya", M, "buyer", "Beli pepaya California grade A-B untuk supermarket, jemput di kebun", ["Jawa Tengah", "DI Yogyakarta"], "open", "Minimal 1 ton per pengambilan, bayar tempo 7 hari"),
    ("pepaya:muda", M, "buyer", "Dibutuhkan pepaya muda (mengkal) untuk pabrik manisan dan asinan", ["Jawa Tengah", "Jawa Timur"], "open", None),
    ("pepaya", M, "buyer", "Fresh papaya buyer for a juice bar chain, weekly orders", ["Jawa Tengah", "Jawa Barat", "DKI Jakarta"], "open", None),
    ("pepaya", M, "buyer", "Tampung pepaya calina partai besar", [], "closed", None),
    ("pepaya", R, "supplier", "Benih pepaya Calina IPB-9 (sachet) & bibit polybag siap tanam, kirim seluruh Indonesia", [], "open", None),
    ("pepaya", R, "supplier", "Bibit pepaya Thailand merah & Calina", ["Jawa Timur"], "open", None),
    ("chaya", R, "supplier", "Bibit pepaya jepang (chaya) untuk sayur dan pakan", ["Kalimantan Timur"], "open", None),
    # ---- banana
    ("pisang", T, "programme", "Pengendalian Penyakit Darah dan Layu Fusarium pada Pisang Kepok", ["Sulawesi Tengah", "Sulawesi Selatan"], "open", None),
    ("pisang", T, "trainer", "Banana agronomy: managing Fusarium wilt and Blood Disease Bacterium", [], "open", None),
    ("pisang:olahan", T, "trainer", "Pelatihan pembuatan keripik pisang & sale pisang", ["Sulawesi Tengah", "Sulawesi Selatan"], "open", None),
    ("pisang", T, "trainer", "Budidaya pisang cavendish sistem kebun", ["Lampung"], "open", None),
    ("pisang", M, "buyer", "Pengepul pisang kepok & pisang raja, ambil per tandan di kebun", ["Kalimantan Selatan", "Kalimantan Tengah"], "open", None),
    ("pisang", M, "buyer", "Pabrik tepung pisang beli pisang kepok mentah", ["Jawa Timur"], "open", None),
    ("pisang", M, "buyer", "We buy Cavendish bananas for export (Middle East, Japan), GAP-registered farms preferred", ["Lampung", "Sumatera Utara", "Jawa Timur"], "open", None),
    ("pisang:keripik", M, "buyer", "Beli keripik pisang curah untuk toko oleh-oleh", ["Kalimantan Selatan", "Sumatera Utara"], "open", None),
    ("daun-pisang", M, "buyer", "Beli daun pisang batu untuk pembungkus, 2 ton/minggu", [], "open", None),
    ("pisang", R, "supplier", "Bibit pisang kultur jaringan (cavendish, barangan, kepok) siap tanam", [], "open", None),
    ("pisang", R, "supplier", "Anakan pisang raja bulu & tanduk", ["Jawa Barat"], "open", None),
    # ---- taro
    ("talas", T, "programme", "Budidaya Talas (Colocasia) untuk Pangan Lokal", ["Jawa Barat", "Banten"], "open", None),
    ("talas", T, "trainer", "Taro cultivation: spacing, suckers removal and bigger corms", [], "open", None),
    ("talas:olahan", T, "trainer", "Pelatihan pengolahan keripik & tepung talas", ["Jawa Barat"], "open", None),
    ("talas", M, "buyer", "Beli umbi talas / keladi segar semua ukuran untuk pasar Merauke dan Jayapura", ["Papua Selatan", "Papua"], "open", None),
    ("talas", M, "buyer", "Tampung keladi dan hipere dari kampung, bawa ke pasar Jibama", ["Papua Pegunungan"], "open", None),
    ("talas:beneng-daun", M, "buyer", "Buyer of dried talas beneng leaves (cut and sun-dried) for export, min 1 ton", [], "open", None),
    ("talas:beneng-umbi", M, "buyer", "Beli umbi talas beneng segar untuk keripik", ["Banten"], "open", None),
    ("talas", M, "buyer", "Beli keladi/talas segar", [], "closed", None),
    ("talas:bibit", R, "supplier", "Bibit talas beneng (bonggol & anakan)", ["Banten", "Jawa Barat"], "open", None),
    # ---- tamarind
    ("asam", M, "buyer", "Beli asam jawa kupas (tanpa kulit), kering, min 2 ton", ["Nusa Tenggara Timur", "Nusa Tenggara Barat"], "open", None),
    ("asam", M, "buyer", "Tamarind pulp buyer for a spice exporter in Surabaya, all islands", [], "open", "Seeded or seedless, dried, clean of shell fibres"),
    ("asam-gelugur", M, "buyer", "Beli asam gelugur dan asam kandis kering (irisan)", ["Sumatera Utara", "Sulawesi Selatan"], "open", None),
    ("asam:olahan", T, "trainer", "Pelatihan olahan asam jawa: pasta, permen dan minuman", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], "open", None),
    ("jamu", T, "trainer", "Pembuatan jamu kunyit asam siap minum", ["Nusa Tenggara Barat"], "open", None),
    ("asam:olahan", T, "programme", "Tamarind value-chain workshop", [], "closed", None),
    # ---- andaliman
    ("andaliman", M, "buyer", "Tampung andaliman segar & kering, Medan - Siantar", ["Sumatera Utara"], "open", None),
    ("andaliman", M, "buyer", "Batak pepper (andaliman) wanted for restaurants in Jakarta, 100 kg/month", [], "open", None),
    ("lada", M, "buyer", "Beli lada hitam & lada putih petani", [], "open", None),
    ("andaliman", T, "trainer", "Budidaya dan Persemaian Andaliman (Zanthoxylum acanthopodium)", ["Kabupaten Toba", "Kabupaten Samosir"], "open", None),
    ("lada", T, "trainer", "Budidaya lada perdu di pekarangan", ["Sumatera Utara"], "open", None),
    # ---- pine resin
    ("pinus", T, "programme", "Pelatihan Penyadapan Getah Pinus Metode Koakan dan Stimulansia", ["Jawa Tengah", "Jawa Barat", "Jawa Timur"], "open", None),
    ("pinus", T, "trainer", "Pine resin tapping (borehole method) for community forest groups", [], "open", None),
    ("karet", T, "trainer", "Penyadapan karet (deres) yang benar", ["Jawa Tengah", "Sumatera Selatan"], "open", None),
    ("pinus", M, "buyer", "Pabrik gondorukem & terpentin beli getah pinus rakyat", ["Aceh", "Sumatera Utara"], "open", None),
    ("damar", M, "buyer", "Beli getah damar mata kucing", [], "open", None),
    ("pinus", M, "buyer", "Beli getah pinus, bayar tunai", ["Jawa Barat"], "open", None),
    ("pinus", R, "supplier", "Paket alat sadap getah pinus: kedukul, talang seng, mangkok, stimulan", ["Sulawesi Selatan", "Sulawesi Barat"], "open", None),
    ("karet", R, "supplier", "Pisau sadap karet & mangkok lateks", ["Sulawesi Selatan", "Jambi"], "open", None),
    ("pinus", R, "supplier", "Alat sadap pinus", [], "withdrawn", None),
    # ---- kroto
    ("kroto", T, "trainer", "Pelatihan Budidaya Kroto Semut Rangrang Sistem Toples", [], "open", None),
    ("kroto", T, "trainer", "Weaver ant (Oecophylla) farming for egg production", ["Jawa Timur", "Jawa Tengah"], "open", None),
    ("jangkrik", T, "trainer", "Budidaya jangkrik untuk pakan burung", [], "open", None),
    ("kroto", M, "buyer", "Tampung kroto segar dan kering untuk pakan burung, Jogja-Solo", ["DI Yogyakarta", "Jawa Tengah"], "open", None),
    ("kroto", M, "buyer", "Beli kroto", [], "closed", None),
    ("pakan-burung", M, "buyer", "Beli cacing & jangkrik hidup untuk pakan burung", ["DI Yogyakarta"], "open", None),
    ("kroto", R, "supplier", "Koloni semut rangrang siap produksi + toples, kirim luar pulau", [], "open", None),
    ("klanceng", R, "supplier", "Koloni lebah klanceng (trigona) dalam stup", ["Bengkulu", "Sumatera Barat"], "open", None),
    # ---- patin
    ("patin", T, "programme", "Bimtek Pembesaran Ikan Patin Kolam Tanah dan Efisiensi Pakan", ["Jambi", "Riau", "Sumatera Selatan"], "open", None),
    ("patin:benih", T, "programme", "Pembenihan Patin: Pemijahan Buatan dan Pemeliharaan Larva", ["Sumatera Selatan", "Jambi"], "open", None),
    ("patin", T, "trainer", "Striped catfish (Pangasius) pond grow-out course, online with a field visit", [], "open", None),
    ("lele", T, "trainer", "Budidaya lele sistem bioflok", [], "open", None),
    ("patin:benih", T, "trainer", "Pelatihan pembenihan ikan patin", ["Kalimantan Selatan"], "open", None),
    ("patin", R, "supplier", "Jual benih patin siam & pasupati 1-3 inci, kirim pakai oksigen", ["Riau", "Jambi", "Sumatera Barat"], "open", None),
    ("lele", R, "supplier", "Benih lele sangkuriang", ["Riau"], "open", None),
    ("pakan-pabrik", R, "supplier", "Pakan ikan apung (pelet pabrikan) harga grosir", [], "open", None),
    ("patin", M, "buyer", "Beli patin hidup/segar untuk pabrik fillet", ["Kalimantan Selatan", "Kalimantan Tengah"], "open", None),
    ("patin-asap", M, "buyer", "Beli salai patin (patin asap)", ["Riau", "Jambi", "Kalimantan Selatan"], "open", None),
    ("lele", M, "buyer", "Beli lele konsumsi ukuran 7-8 ekor/kg", ["Kalimantan Selatan"], "open", None),
    # ---- snakehead
    ("gabus", M, "buyer", "Pabrik ekstrak albumin beli ikan gabus hidup, min 300 kg", [], "open", None),
    ("gabus", M, "buyer", "Buyer of live snakehead (Channa striata)", ["Kalimantan Selatan", "Kalimantan Tengah", "Kalimantan Timur"], "open", None),
    ("papuyu", M, "buyer", "Beli ikan papuyu / betok hidup", ["Kalimantan Tengah", "Kalimantan Selatan"], "open", None),
    ("gabus", T, "trainer", "Budidaya Ikan Gabus di Kolam Terpal", ["Sulawesi Selatan", "Sulawesi Tenggara"], "open", None),
    ("gabus", T, "trainer", "Snakehead nursery and grow-out", ["Jawa Barat"], "open", None),
    ("gabus:olahan", T, "trainer", "Pembuatan ekstrak albumin ikan gabus skala rumah tangga", ["Sulawesi Tenggara", "Sulawesi Selatan"], "open", None),
    # ---- blue swimming crab
    ("rajungan", M, "buyer", "Miniplant rajungan terima rajungan segar harian, jemput di TPI", ["Jawa Barat", "Jawa Tengah"], "open", None),
    ("rajungan", M, "buyer", "Blue swimming crab (Portunus pelagicus) buyer for pasteurized crabmeat", [], "open", None),
    ("kepiting", M, "buyer", "Beli kepiting bakau hidup size 300 gr up", ["Jawa Barat", "Jawa Tengah", "Kalimantan Barat"], "open", None),
    ("rajungan", M, "buyer", "Beli rajungan", [], "closed", None),
    ("rajungan", R, "supplier", "Bubu lipat rajungan (collapsible crab trap) 50x30 cm", [], "open", None),
    ("jaring-insang", R, "programme", "Bantuan jaring insang (gillnet) untuk nelayan kecil", ["Kalimantan Barat"], "open", None),
    ("rajungan", T, "trainer", "Penanganan Rajungan di Atas Perahu dan Pengupasan Higienis", ["Jawa Timur", "Jawa Tengah"], "open", None),
    ("kepiting", T, "trainer", "Budidaya kepiting soka", ["Jawa Timur"], "open", None),
    # ---- flying fish roe
    ("torani", M, "buyer", "Eksportir beli telur ikan terbang (torani) kering", ["Sulawesi Selatan", "Sulawesi Barat"], "open", None),
    ("torani", M, "buyer", "Flying fish roe buyer, export to Japan and Taiwan, we collect in Fakfak and Makassar", ["Papua Barat", "Sulawesi Selatan"], "open", None),
    ("ikan-asap", M, "buyer", "Beli ikan terbang asap (ikan tuing-tuing)", ["Sulawesi Utara", "Sulawesi Selatan", "Papua Barat"], "open", None),
    ("torani", M, "buyer", "Beli telur ikan terbang", ["Maluku"], "open", None),
    # ---- silage
    ("silase", T, "programme", "Pelatihan Pembuatan Silase dan Hay untuk Pakan Musim Kemarau", ["Nusa Tenggara Barat", "Nusa Tenggara Timur", "Bali"], "open", None),
    ("silase", T, "trainer", "Fermented forage (silage) for cattle and goats, on-farm demo", [], "open", None),
    ("pakan-ikan", T, "trainer", "Pembuatan Pakan Ikan Mandiri (Pelet) dari Bahan Lokal", [], "open", None),
    ("kompos", T, "trainer", "Pembuatan pupuk kandang dan kompos kotoran sapi", [], "open", None),
    ("silase", R, "supplier", "Silo bag / plastik silase 100 kg dan drum biru 150 L", [], "open", None),
    ("chopper", R, "supplier", "Mesin chopper rumput pakan", ["Gorontalo", "Sulawesi Tengah"], "open", None),
    ("rumput-pakan", R, "supplier", "Stek rumput odot dan pakchong", ["Gorontalo", "Sulawesi Utara"], "open", None),
    # ---- soy sauce
    ("kecap", T, "trainer", "Pelatihan Pembuatan Kecap Manis dari Kedelai Hitam", ["Jawa Timur", "Jawa Tengah", "DI Yogyakarta"], "open", None),
    ("kecap", T, "trainer", "Soy sauce fermentation (koji and moromi), small scale", [], "open", None),
    ("saus", T, "trainer", "Pembuatan saus sambal dan saus tomat", ["Jawa Timur"], "open", None),
    ("tauco", T, "trainer", "Pelatihan pembuatan tauco", [], "open", None),
    ("kecap", M, "buyer", "Distributor sembako cari produk kecap UMKM (sudah PIRT) untuk toko-toko", ["Kalimantan Barat"], "open", None),
    ("kedelai", M, "buyer", "Beli kedelai hitam petani", ["Kalimantan Barat", "Jawa Timur"], "open", None),
    ("reseller-kecap", M, "buyer", "Dicari reseller dan agen kecap merek Cap Bango Emas", [], "open", None),
    # ---- rendang
    ("rendang", T, "trainer", "Pelatihan Pengemasan Retort dan Sterilisasi Rendang", ["Sumatera Barat", "Riau"], "open", None),
    ("rendang", T, "programme", "Shelf-stable rendang: retort pouch processing for small food businesses", [], "open", None),
    ("dendeng", T, "trainer", "Pelatihan membuat dendeng balado", ["Sumatera Barat"], "open", None),
    ("rendang", M, "buyer", "Toko oleh-oleh di Padang beli rendang kemasan dari UMKM", ["Sumatera Barat"], "open", None),
    ("daging", M, "buyer", "Beli sapi dan kerbau potong", [], "open", None),
    ("rendang", M, "buyer", "Buyer of packaged rendang for Malaysia and Brunei", [], "withdrawn", None),
    # ---- cookies
    ("kue-kering", T, "trainer", "Kelas Kue Kering Lebaran: Nastar, Kastengel, Putri Salju", ["Banten", "DKI Jakarta", "Jawa Barat"], "open", None),
    ("kue-kering", T, "trainer", "Baking class: Indonesian festive cookies (pineapple tarts, kaasstengels)", [], "open", None),
    ("roti", T, "trainer", "Pelatihan membuat roti manis dan donat", [], "open", None),
    ("kue-basah", T, "trainer", "Pelatihan kue basah tradisional", ["Banten"], "open", None),
    ("kue-kering", M, "buyer", "Corporate hampers: kami beli kue kering toples dari UMKM menjelang Lebaran dan Natal", [], "open", None),
    ("roti", M, "buyer", "Beli roti dan kue basah untuk kantin pabrik", ["Kepulauan Riau"], "open", None),
    ("kue-kering", M, "buyer", "Beli kue kering", ["Jawa Barat"], "open", None),
    # ---- purun
    ("purun", T, "trainer", "Pelatihan Anyaman Purun: Tas, Dompet dan Tikar Motif", ["Kalimantan Selatan", "Kalimantan Tengah"], "open", None),
    ("mendong", T, "trainer", "Pelatihan anyaman mendong", ["Jawa Barat"], "open", None),
    ("pandan", T, "trainer", "Anyaman pandan untuk tas dan topi", [], "open", None),
    ("purun", M, "buyer", "Craft exporter buying woven purun (Lepironia sedge) bags and mats", [], "open", None),
    ("pandan", M, "buyer", "Beli tikar pandan dan tas pandan", ["Sumatera Selatan", "Kalimantan Selatan"], "open", None),
    ("purun:bahan", M, "buyer", "Beli purun kering (bahan baku), diikat per kg", ["Sumatera Selatan"], "open", None),
    # ---- tie-dye
    ("ikat-celup", T, "trainer", "Pelatihan Ikat Celup / Jumputan dengan Pewarna Sintetis dan Alam", ["DI Yogyakarta", "Jawa Tengah"], "open", None),
    ("ikat-celup", T, "trainer", "Shibori and tie-dye masterclass (online, kit sent by post)", [], "open", None),
    ("batik", T, "trainer", "Pelatihan membatik tulis dan cap", [], "open", None),
    ("ecoprint", T, "trainer", "Pelatihan eco print daun", ["Bali", "DI Yogyakarta"], "open", None),
    ("ikat-celup", M, "buyer", "Butik & grosir Banjarmasin beli kain sasirangan dari pengrajin", ["Kalimantan Selatan"], "open", None),
    ("batik", M, "buyer", "Beli kain batik cap dan tulis", [], "open", None),
    ("ikat-celup", R, "supplier", "Pewarna tekstil naptol, indigosol, remazol - eceran dan grosir", [], "open", None),
    ("pewarna-makanan", R, "supplier", "Pewarna makanan cair dan bubuk", ["Kalimantan Utara"], "open", None),
    ("sablon", R, "supplier", "Paket alat sablon kaos", [], "open", None),
    # ---- gemstones
    ("akik", T, "trainer", "Kursus Asah dan Poles Batu Akik / Giok", ["Aceh", "Sumatera Utara"], "open", None),
    ("akik", T, "trainer", "Gemstone cutting and polishing (cabochon), basic course", [], "open", None),
    ("perak", T, "trainer", "Pelatihan kerajinan perhiasan perak", [], "open", None),
    ("akik", R, "supplier", "Mesin gerinda poles akik 2 batu + mata intan", ["Jawa Timur", "Jawa Tengah"], "open", None),
    ("gerinda", R, "supplier", "Mesin poles lantai dan gerinda kayu", ["Jawa Timur"], "open", None),
    ("akik", R, "supplier", "Mesin akik bekas", [], "closed", None),
    # ---- kolintang
    ("kolintang", T, "trainer", "Pelatihan Pembuatan dan Penyetelan Kolintang Kayu", ["Sulawesi Utara", "Gorontalo"], "open", None),
    ("kolintang:main", T, "trainer", "Kelas bermain kolintang untuk anak dan remaja", [], "open", None),
    ("gamelan", T, "trainer", "Pelatihan membuat gamelan dan angklung", [], "open", None),
    ("kolintang", R, "programme", "Hibah set kolintang kayu (melodi, bass, cello, gitar) untuk sanggar", [], "closed", None),
    ("drumband", R, "supplier", "Set marching band / drum band sekolah", ["Sulawesi Utara"], "open", None),
    ("kolintang", R, "supplier", "Kolintang bekas layak pakai", ["Kota Manado"], "open", None),
    # ---- drip irrigation
    ("irigasi-tetes", T, "programme", "Bimtek Irigasi Tetes dan Fertigasi Lahan Kering", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], "open", None),
    ("irigasi-tetes", T, "trainer", "Drip irrigation design and installation for smallholders", [], "open", None),
    ("pompa-surya", T, "trainer", "Pelatihan pompa air tenaga surya", [], "open", None),
    ("irigasi-tetes", R, "supplier", "Paket drip irrigation (pipa PE 16 mm, emitter, filter) 1000-5000 m2", [], "open", None),
    ("sprinkler", R, "supplier", "Sprinkler dan selang taman", ["Nusa Tenggara Timur"], "open", None),
    ("tandon", R, "supplier", "Tandon air 1000 L untuk penampungan air hujan", ["Nusa Tenggara Timur", "Maluku"], "open", None),
    ("irigasi-tetes", R, "programme", "Bantuan irigasi tetes untuk kelompok tani hortikultura", ["Maluku Utara"], "open", None),
    # ---- soil testing
    ("ujitanah", T, "programme", "Pelatihan Penggunaan Perangkat Uji Tanah Sawah (PUTS) dan Rekomendasi Pemupukan", [], "open", None),
    ("ujitanah", T, "trainer", "Soil sampling and testing for farmers", ["Bengkulu", "Sumatera Selatan", "Lampung"], "open", None),
    ("poc", T, "trainer", "Pembuatan pupuk organik cair (POC)", [], "open", None),
    ("ujitanah", R, "supplier", "Perangkat Uji Tanah (PUTS/PUTK) dan pH meter tanah", [], "open", None),
    ("ujitanah", R, "supplier", "Soil test kit (NPK, pH)", ["Kalimantan Timur"], "open", None),
    ("dolomit", R, "supplier", "Kapur pertanian dolomit", ["Sulawesi Barat", "Kalimantan Barat"], "open", None),
    ("moisture", R, "supplier", "Alat ukur kadar air gabah (moisture meter)", [], "open", None),
    # ---- rice mill
    ("rmu", R, "programme", "Hibah Rice Milling Unit (RMU) mini untuk Gapoktan", [], "open", None),
    ("rmu", R, "supplier", "Mesin penggilingan padi keliling (selep keliling), bisa kredit", ["Sulawesi Tengah", "Sulawesi Selatan", "Gorontalo"], "open", None),
    ("thresher", R, "supplier", "Mesin perontok padi (power thresher)", ["Sulawesi Tengah", "Papua Barat Daya"], "open", None),
    ("diskmill", R, "supplier", "Mesin penggiling kopi / tepung (disk mill)", [], "open", None),
    ("rmu", T, "trainer", "Pelatihan Operator dan Perawatan Rice Milling Unit", ["Sumatera Selatan", "Lampung"], "open", None),
    ("rmu", T, "programme", "Rice mill operation and milling yield improvement", [], "closed", None),
    ("transplanter", T, "trainer", "Operator mesin tanam padi (rice transplanter)", [], "open", None),
    # ---- cold storage
    ("cold-storage", R, "programme", "Bantuan cold storage / chest freezer untuk KUB nelayan", ["Maluku Utara", "Maluku", "Sulawesi Utara"], "open", None),
    ("cold-storage", R, "supplier", "Solar cold room, lease-to-own, for produce and fish", ["Nusa Tenggara Timur", "Nusa Tenggara Barat", "Maluku"], "open", None),
    ("mesin-es", R, "supplier", "Mesin es balok dan flake ice", [], "open", None),
    ("coolbox", R, "supplier", "Cool box dan styrofoam ikan", ["Maluku Utara"], "open", None),
    ("cold-storage", R, "programme", "Cold storage untuk kelompok", ["Papua"], "open", None),
    ("cold-storage", T, "trainer", "Teknik Pendinginan dan Perawatan Cold Storage Perikanan", ["Kepulauan Riau", "Riau"], "open", None),
    ("servis-ac", T, "trainer", "Servis AC dan kulkas", [], "open", None),
    # ---- housekeeping
    ("housekeeping", T, "trainer", "Pelatihan Tata Graha (Housekeeping) Hotel Bersertifikat", ["Nusa Tenggara Timur", "Bali", "Nusa Tenggara Barat"], "open", None),
    ("housekeeping", T, "programme", "Hotel housekeeping and laundry skills for village youth", ["Kabupaten Manggarai Barat"], "open", None),
    ("homestay", T, "programme", "Pelatihan pengelolaan homestay", [], "open", None),
    ("fnb", T, "trainer", "Pelatihan barista dan food & beverage service", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], "open", None),
    ("housekeeping", T, "trainer", "Housekeeping training", ["Kota Kupang"], "open", None),
    ("housekeeping", T, "trainer", "Kursus room attendant", ["Papua Barat"], "open", None),
    # ---- rafting
    ("arung-jeram", T, "trainer", "Pelatihan Pemandu Arung Jeram dan Swiftwater Rescue (standar FAJI)", [], "open", None),
    ("arung-jeram", T, "trainer", "River guide course", ["Jawa Barat", "Banten"], "open", None),
    ("selam", T, "trainer", "Pelatihan pemandu selam", [], "open", None),
    ("pemandu-wisata", T, "programme", "Pelatihan pemandu wisata (tour guide) dan bahasa Inggris", [], "open", None),
    ("arung-jeram", R, "supplier", "Perahu karet rafting, dayung, pelampung dan helm - paket operator", ["Jawa Timur", "Jawa Barat", "Bali"], "open", None),
    ("perahu-fiber", R, "programme", "Bantuan perahu fiber nelayan", ["Sulawesi Barat"], "open", None),
    # ---- swimming
    ("renang", T, "programme", "Learn-to-swim and water safety for coastal children (SwimSafe)", [], "open", None),
    ("renang", T, "trainer", "Kursus renang anak", ["Kepulauan Bangka Belitung"], "open", None),
    ("p3k", T, "trainer", "Pelatihan P3K dan CPR", [], "open", None),
    ("selam", T, "trainer", "Kursus selam open water", [], "open", None),
    # ---- village website
    ("web-desa", T, "programme", "Pelatihan Operator Sistem Informasi Desa (OpenSID) dan Website Desa", [], "open", None),
    ("web-desa", T, "trainer", "Website building for tourism villages and small businesses (WordPress)", ["Kalimantan Utara", "Kalimantan Timur"], "open", None),
    ("siskeudes", T, "programme", "Pelatihan Siskeudes", [], "open", None),
    ("digital-marketing", T, "trainer", "Digital marketing medsos untuk UMKM", [], "open", None),
    ("komputer", T, "trainer", "Pelatihan komputer dasar (Ms Office)", [], "open", None),
    ("web-desa", T, "programme", "OpenSID", ["Sulawesi Tenggara"], "closed", None),
    # ---- business licence
    ("nib", T, "programme", "Klinik Perizinan: Pendaftaran NIB lewat OSS RBA untuk Usaha Mikro", [], "open", None),
    ("nib", T, "trainer", "Business licensing (NIB/OSS) assistance for micro enterprises", ["Kepulauan Riau", "Riau", "Jambi"], "open", None),
    ("halal", T, "programme", "Pendampingan sertifikasi halal gratis (SEHATI)", [], "open", None),
    ("pirt", T, "programme", "Pelatihan pengurusan izin PIRT", [], "open", None),
    ("merek", T, "programme", "Pendaftaran merek dagang (HKI)", [], "open", None),
    # ---- NCD screening
    ("posbindu", T, "programme", "Pelatihan Kader Posbindu PTM (Penyakit Tidak Menular)", [], "open", None),
    ("posbindu", T, "programme", "NCD screening for community health volunteers (blood pressure, blood sugar)", ["Papua Tengah", "Papua"], "open", None),
    ("posyandu", T, "programme", "Pelatihan kader posyandu balita", [], "open", None),
    ("lansia", T, "trainer", "Pelatihan perawatan lansia di rumah", [], "open", None),
    ("posbindu", R, "supplier", "Posbindu kit: tensimeter digital, glukometer + strip, timbangan, meteran", ["Jawa Barat", "Jawa Tengah"], "open", None),
    ("alkes", R, "programme", "Kursi roda dan alat bantu dengar", [], "open", None),
    ("posbindu", R, "programme", "Posbindu kit", [], "withdrawn", None),
    # ---- timber legality
    ("svlk", T, "programme", "Pendampingan Sertifikasi SVLK / S-LK untuk IKM Mebel dan Hutan Rakyat", ["Jawa Tengah", "DI Yogyakarta", "Jawa Timur"], "open", None),
    ("svlk", T, "programme", "Timber legality (SVLK) group certification support", [], "open", None),
    ("finishing", T, "trainer", "Pelatihan finishing mebel", [], "open", None),
    ("dokumen-ekspor", T, "trainer", "Pengurusan dokumen ekspor dan PEB", [], "open", None),
    # ---- chrysanthemum
    ("krisan", T, "trainer", "Budidaya Krisan Bunga Potong dan Pencahayaan Malam", ["Jawa Tengah", "DI Yogyakarta"], "open", None),
    ("krisan", T, "trainer", "Cut-flower growing: chrysanthemum, rose and gerbera, greenhouse course", [], "open", None),
    ("florist", T, "trainer", "Merangkai bunga (florist) dan buket", [], "open", None),
    ("anggrek", T, "trainer", "Budidaya anggrek", [], "open", None),
    ("krisan", M, "buyer", "Florist Manado-Tomohon tampung krisan potong segar", ["Sulawesi Utara"], "open", None),
    ("krisan:kering", M, "buyer", "Beli bunga krisan kering untuk teh", [], "open", None),
    ("krisan", M, "buyer", "Pasar bunga beli bunga potong", ["DKI Jakarta", "Jawa Barat", "Banten"], "open", None),
    ("krisan", R, "supplier", "Stek / bibit krisan berakar (varietas Balithi)", [], "open", None),
    ("lampu", R, "supplier", "Lampu LED tanaman", [], "open", None),
    ("anggrek", R, "supplier", "Bibit mawar dan anggrek", [], "open", None),
    # ---- pindang
    ("pindang", T, "trainer", "Pengolahan Pindang Ikan Higienis (Pindang Tongkol, Bandeng)", ["Bali", "Jawa Timur", "Nusa Tenggara Barat"], "open", None),
    ("pindang", T, "programme", "Boiled-salted fish (pindang) hygiene and shelf life for fish processor groups", [], "closed", None),
    ("ikan-asap", T, "trainer", "Pengasapan ikan", [], "open", None),
    ("pindang", M, "buyer", "Beli pindang tongkol / layang, ambil di pengolah", ["Jawa Timur", "Bali"], "open", None),
    ("ikan-asin", M, "buyer", "Beli ikan asin", [], "open", None),
    ("pindang", M, "buyer", "Pindang buyer", ["Sulawesi Selatan"], "open", None),
    # ---- fish feed
    ("pakan-ikan", T, "trainer", "Homemade fish feed with BSF maggot and trash fish", ["Kalimantan Tengah", "Kalimantan Selatan"], "open", None),
    ("bsf", T, "trainer", "Budidaya maggot BSF", [], "open", None),
    ("pakan-ikan", R, "supplier", "Mesin pelet ikan (pelletizer) 50-100 kg/jam + mesin penepung", ["Riau", "Sumatera Barat", "Jambi"], "open", None),
    ("pelet-kayu", R, "supplier", "Mesin pellet kayu (wood pellet)", [], "open", None),
    # ---- upholstery
    ("jok", T, "trainer", "Pelatihan Reparasi dan Pembuatan Jok Sofa / Kursi (Upholstery)", ["Sulawesi Selatan", "Sulawesi Barat"], "open", None),
    ("jok", T, "trainer", "Upholstery course: sofas, chairs, car and motorbike seats", [], "open", None),
    ("servis-motor", T, "trainer", "Pelatihan servis sepeda motor", [], "open", None),
    ("mebel", T, "trainer", "Pembuatan mebel kayu", [], "open", None),
    ("jok", T, "trainer", "Kursus jok motor", ["Riau"], "closed", None),
    # ---- hotel slippers
    ("sandal-hotel", T, "trainer", "Pelatihan Pembuatan Sandal Hotel (Spon EVA dan Handuk)", [], "open", None),
    ("sepatu", T, "trainer", "Pembuatan sepatu kulit", [], "open", None),
    ("sandal-hotel", M, "buyer", "Supplier amenities hotel cari pengrajin sandal hotel, 5.000 pasang/bulan", ["Bali", "Nusa Tenggara Barat"], "open", None),
    ("amenities", M, "buyer", "Hotel di Lombok beli sabun dan sampo amenities", ["Nusa Tenggara Barat"], "open", None),
    ("sandal-jepit", M, "buyer", "Beli sandal jepit karet", ["Nusa Tenggara Barat"], "open", None),
    # ---- electronics repair
    ("elektronik", T, "trainer", "Kursus Servis Elektronika Rumah Tangga (TV, Rice Cooker, Kipas, Setrika)", [], "open", None),
    ("servis-hp", T, "trainer", "Servis HP", [], "open", None),
    ("elektronik", T, "trainer", "Basic electronics repair for youth", ["Kalimantan Tengah"], "open", None),
    # ---- public speaking
    ("public-speaking", T, "trainer", "Pelatihan Public Speaking dan MC untuk Pengurus Kelompok Perempuan", ["DKI Jakarta", "Banten", "Jawa Barat"], "open", None),
    ("public-speaking", T, "programme", "Leadership and public speaking for women leaders (online)", [], "open", None),
    ("tata-kelola", T, "programme", "Tata kelola organisasi kelompok", [], "open", None),
    ("penyiar", T, "trainer", "Penyiar radio komunitas", [], "open", None),
    # ---- red / black rice
    ("beras-merah-hitam", M, "buyer", "Beli beras merah dan beras hitam organik lokal, min 500 kg", [], "open", None),
    ("beras-merah-hitam", M, "buyer", "Toko pangan sehat di Makassar beli beras merah/hitam Toraja", ["Sulawesi Selatan"], "open", None),
    ("gabah", M, "buyer", "Beli gabah kering panen (GKP)", ["Nusa Tenggara Timur", "Sulawesi Selatan"], "open", None),
    ("beras-merah-hitam", M, "buyer", "Beli beras hitam", [], "closed", None),
    # ---- regional offers
    ("ikat-celup", R, "supplier", "Bahan sasirangan: kain katun, pewarna, benang jelujur", ["Kalimantan Selatan", "Kalimantan Utara", "Kalimantan Timur"], "open", None),
    ("irigasi-tetes", R, "programme", "Drip kits with installation support for dryland vegetable growers", ["Nusa Tenggara Timur", "Maluku"], "open", None),
    ("pisang", M, "buyer", "Pedagang pasar induk Banjarmasin beli pisang kapok dan pisang mauli", ["Kalimantan Selatan"], "open", None),
    ("patin", M, "buyer", "Pengepul patin konsumsi, timbang di kolam", ["Kabupaten Banjar", "Kabupaten Tapin", "Kabupaten Barito Kuala"], "open", None),
    ("patin|pakan-ikan", R, "supplier", "Toko Sarana Perikanan: benih patin, mesin pelet pakan ikan, aerator", ["Kabupaten Kampar", "Kota Pekanbaru"], "open", None),
    ("pinus", M, "buyer", "Pengepul getah pinus Takengon, harga per kg sesuai kadar kotoran", ["Kabupaten Aceh Tengah", "Kabupaten Bener Meriah"], "open", None),
    ("posbindu", T, "programme", "Penguatan Kader Deteksi Dini Hipertensi dan Diabetes", ["Lampung", "Bengkulu"], "open", None),
    ("torani", M, "buyer", "Pengumpul telur ikan terbang", ["Kabupaten Fakfak", "Kabupaten Kaimana"], "open", None),
    ("web-desa", T, "programme", "Bimtek Pengelolaan Situs Web Desa dan Data Desa untuk Aparatur", ["Sulawesi Tenggara", "Gorontalo"], "open", None),
    ("nib", T, "programme", "Pendampingan Legalitas Usaha Mikro (NIB, OSS)", ["Kalimantan Timur", "Sumatera Barat"], "open", None),
    ("ujitanah", R, "programme", "Soil testing kits for farmer groups (lime requirement, N-P-K)", ["Sulawesi Barat", "Kalimantan Barat"], "open", None),
    ("rmu", R, "programme", "Bantuan alsintan: penggilingan padi kecil untuk kampung", ["Papua Barat Daya", "Papua Selatan"], "open", None),
    ("arung-jeram", T, "trainer", "Rafting guide and river rescue course, FAJI licence", ["Jawa Timur", "Sumatera Utara"], "open", None),
    ("sandal-hotel", M, "buyer", "Hotel slippers wanted, 2,000 pairs a month, Gili and Senggigi resorts", ["Kabupaten Lombok Utara", "Kabupaten Lombok Barat"], "open", None),
    ("sandal-hotel", T, "trainer", "Kursus membuat slipper hotel dan amenities kain", ["Bali"], "open", None),
    ("rajungan", R, "programme", "Bantuan alat tangkap ramah lingkungan: bubu lipat", ["Kalimantan Barat"], "open", None),
    ("cold-storage", T, "trainer", "Refrigeration technician course for fishing cooperatives (cold rooms, blast freezers)", ["Kepulauan Riau"], "open", None),
    ("asam", M, "buyer", "Pengepul asam Makassar terima asam kupas dari petani", ["Kabupaten Jeneponto", "Kabupaten Bantaeng", "Kabupaten Takalar"], "open", None),
    ("beras-merah-hitam", M, "buyer", "Heirloom rice buyer: red and black rice from Flores and Sumba, organic preferred", ["Nusa Tenggara Timur"], "open", None),
    ("kue-kering", M, "buyer", "Toko oleh-oleh terima titipan kue kering toples", ["Kepulauan Riau"], "open", None),
    ("purun", M, "buyer", "Galeri kerajinan Palembang beli tas dan tikar purun", ["Sumatera Selatan"], "open", None),
]

# look-alike / neighbouring families shown beside a need in --review (never in its truth)
NEAR = {
    "pepaya": ["chaya"], "pisang": ["daun-pisang"], "asam": ["asam-gelugur", "jamu"], "andaliman": ["lada"],
    "pinus": ["karet", "damar"], "kroto": ["jangkrik", "pakan-burung", "klanceng"],
    "patin": ["lele", "pakan-pabrik", "patin-asap"], "gabus": ["papuyu"], "rajungan": ["kepiting", "jaring-insang"],
    "torani": ["ikan-asap"], "silase": ["pakan-ikan", "kompos", "chopper", "rumput-pakan"],
    "kecap": ["saus", "tauco", "kedelai", "reseller-kecap"], "rendang": ["dendeng", "daging"],
    "kue-kering": ["roti", "kue-basah"], "purun": ["mendong", "pandan"],
    "ikat-celup": ["batik", "ecoprint", "pewarna-makanan", "sablon"], "akik": ["perak", "gerinda"],
    "kolintang": ["gamelan", "drumband"], "irigasi-tetes": ["pompa-surya", "sprinkler", "tandon"],
    "ujitanah": ["poc", "dolomit", "moisture"], "rmu": ["thresher", "diskmill", "transplanter"],
    "cold-storage": ["mesin-es", "coolbox", "servis-ac"], "housekeeping": ["homestay", "fnb"],
    "arung-jeram": ["selam", "pemandu-wisata", "perahu-fiber"], "renang": ["p3k", "selam"],
    "web-desa": ["siskeudes", "digital-marketing", "komputer"], "nib": ["halal", "pirt", "merek"],
    "posbindu": ["posyandu", "lansia", "alkes"], "svlk": ["finishing", "dokumen-ekspor"],
    "krisan": ["florist", "anggrek", "lampu"], "pindang": ["ikan-asap", "ikan-asin"],
    "pakan-ikan": ["bsf", "pakan-pabrik", "pelet-kayu", "silase"], "jok": ["servis-motor", "mebel"],
    "sandal-hotel": ["sepatu", "amenities", "sandal-jepit"], "elektronik": ["servis-hp", "servis-ac"],
    "public-speaking": ["tata-kelola", "penyiar"], "beras-merah-hitam": ["gabah"],
}

CITIES = ["Kota Surabaya", "Kota Bandung", "Kota Medan", "Kota Makassar", "Kota Yogyakarta", "Kota Denpasar",
          "Kota Administrasi Jakarta Selatan", "Kota Semarang", "Kota Malang", "Kota Bogor", "Kota Padang",
          "Kota Balikpapan", "Kota Kupang", "Kota Manado", "Kota Pontianak", "Kota Palembang"]

FIRST = {"Pak": ["Agus", "Wayan", "Yohanes", "Made", "Rudi", "Hendrik", "Bambang", "Andi", "Rahmat", "Yusuf", "Marthen", "Ilham"],
         "Bu": ["Sri", "Siti", "Dewi", "Nur", "Fransiska", "Ketut", "Maria", "Lestari", "Theresia", "Putu", "Ratna", "Yuliana"]}
LAST = ["Saragih", "Wulandari", "Pattiasina", "Nainggolan", "Hasibuan", "Rumbiak", "Setiawan", "Lubis", "Tamba",
        "Manurung", "Latuconsina", "Sinaga", "Kurniawan", "Mandagi", "Tahir", "Siregar", "Pratama", "Daud", "Ndun"]
WORDS = ["Sumber", "Makmur", "Jaya", "Sentosa", "Abadi", "Mitra", "Tani", "Nusantara", "Bahari", "Sejahtera",
         "Lestari", "Mandiri", "Harapan", "Berkah", "Cahaya", "Samudra", "Agro", "Karya", "Hijau", "Timur", "Baru"]


def load_regions():
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    prov = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "province"}
    reg = {r["name"]: (pname[r["parent_code"]], float(r["lat"]), float(r["lon"]))
           for r in rows if r["level"] == "regency"}
    return prov, reg


def labels(o):
    return o[0].split("|")


def family(label):
    return label.split(":")[0]


def reaches(area, regency, province):
    return not area or province in area or regency in area


def build():
    prov, reg = load_regions()
    rng = random.Random(9)
    for k, (name, r, p, m) in GROUPS.items():
        if reg.get(r, (None,))[0] != p:
            sys.exit(f"group {k}: {r} not in {p}")
    for o in OFFERS:
        for a in o[4]:
            if a not in prov and a not in reg:
                sys.exit(f"offer {o[3]!r}: unknown area {a}")
        assert o[1] in (T, M, R) and o[5] in ("open", "closed", "withdrawn"), o
        assert o[2] in {T: ("trainer", "programme"), M: ("buyer",), R: ("supplier", "programme")}[o[1]], o
    for n in NEEDS:
        assert n[0] in GROUPS and n[2] in (T, M, R), n

    def jitter(key, lat, lon):
        r = random.Random(zlib.crc32(key.encode()))
        return round(lat + r.uniform(-0.05, 0.05), 4), round(lon + r.uniform(-0.05, 0.05), 4)

    gkeys = sorted(GROUPS)
    rng.shuffle(gkeys)
    gref = {k: f"g{i + 1:02d}" for i, k in enumerate(gkeys)}
    groups = []
    for k in gkeys:
        name, r, p, m = GROUPS[k]
        lat, lon = jitter(k, reg[r][1], reg[r][2])
        groups.append({"ref": gref[k], "name": name, "province": p, "regency": r, "lat": lat, "lon": lon, "members": m})

    needs = list(NEEDS)
    rng.shuffle(needs)
    nref = {id(n): f"n{i + 1:03d}" for i, n in enumerate(needs)}
    offers = list(OFFERS)
    rng.shuffle(offers)
    oref = {id(o): f"o{i + 1:03d}" for i, o in enumerate(offers)}

    used_names = set()

    def pname_for(ptype, i):
        while True:
            if ptype == "trainer":
                c = rng.random()
                if c < 0.35:
                    t = rng.choice(["Pak", "Bu"])
                    n = f"{t} {rng.choice(FIRST[t])} {rng.choice(LAST)}"
                elif c < 0.7:
                    n = f"LPK {rng.choice(WORDS)} {rng.choice(WORDS)}"
                else:
                    n = f"{rng.choice(['Rumah Belajar', 'Sanggar', 'Balai Kursus', 'Pusat Pelatihan'])} {rng.choice(WORDS)}"
            elif ptype == "programme":
                n = rng.choice(["Yayasan", "Program", "Balai", "Dinas Mitra", "Inisiatif", "Forum"]) + \
                    f" {rng.choice(WORDS)} {rng.choice(WORDS)}"
            elif ptype == "buyer":
                n = f"{rng.choice(['UD', 'CV', 'PT', 'Toko', 'Koperasi'])} {rng.choice(WORDS)} {rng.choice(WORDS)}"
            else:
                n = f"{rng.choice(['Toko', 'CV', 'PT', 'UD'])} {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(['Teknik', 'Agro', 'Sarana', 'Supply'])}"
            if n not in used_names:
                used_names.add(n)
                return n

    providers, out_offers = [], []
    for i, o in enumerate(offers):
        lab, kind, ptype, title, area, status, desc = o
        ref = oref[id(o)]
        h = zlib.crc32(title.encode())
        if area:
            a = area[0]
            if a in reg:
                home = a
            else:
                inprov = sorted(r for r, v in reg.items() if v[0] == a)
                kotas = [r for r in inprov if r.startswith("Kota")] or inprov
                home = kotas[h % len(kotas)]
        else:
            home = CITIES[h % len(CITIES)]
        lat, lon = jitter(ref, reg[home][1], reg[home][2])
        pref = "p" + ref[1:]
        providers.append({"ref": pref, "name": pname_for(ptype, i), "type": ptype, "province": reg[home][0],
                          "regency": home, "lat": lat, "lon": lon})
        rec = {"ref": ref, "provider": pref, "kind": kind, "title": title}
        if desc:
            rec["description"] = desc
        rec["service_area"] = list(area)
        if status != "open":
            rec["status"] = status
        out_offers.append(rec)

    out_needs = [{"ref": nref[id(n)], "group": gref[n[0]], "kind": n[2], "title": n[3]} for n in needs]
    truth = {}
    for n in needs:
        gname, r, p, m = GROUPS[n[0]]
        truth[nref[id(n)]] = [oref[id(o)] for o in offers
                              if n[1] in labels(o) and o[1] == n[2] and o[5] == "open" and reaches(o[4], r, p)]
    doc = {"groups": groups, "providers": providers, "needs": out_needs, "offers": out_offers}
    return doc, truth, needs, offers, nref, oref


def main():
    doc, truth, needs, offers, nref, oref = build()
    if "--review" in sys.argv:
        for n in sorted(needs, key=lambda n: (family(n[1]), n[1], n[2])):
            g = GROUPS[n[0]]
            fam = family(n[1])
            fams = {fam, *NEAR.get(fam, [])}
            print(f"\n{nref[id(n)]} [{n[1]}] {n[2]} @ {g[1]}, {g[2]}\n    {n[3]}")
            for o in offers:
                if any(family(l) in fams for l in labels(o)):
                    mark = "+" if oref[id(o)] in truth[nref[id(n)]] else "-"
                    print(f"  {mark} {oref[id(o)]} [{o[0]}] {o[1]:8} {o[5]:9} {o[4] or 'everywhere'}\n        {o[3]}")
            if not truth[nref[id(n)]]:
                print("  (no fitting offer)")
        return
    with open(os.path.join(OUT, "eval9-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "eval9-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    fits = sum(map(len, truth.values()))
    print(f"groups={len(doc['groups'])} needs={len(doc['needs'])} offers={len(doc['offers'])} fits={fits}")


if __name__ == "__main__":
    main()
