#!/usr/bin/env python3
"""Labelled source of the eighth evaluation set (held out from the matcher).

Every need and offer is written with a subject label. Offers labelled "x:SUBJ" are look-alike or
neighbouring offers written beside SUBJ on purpose: they never fit a need of SUBJ. The truth is
derived from the labels with the rule of the README (same kind, same subject, open, service area
empty or naming the group's province or regency) and then read need by need with --review.

    python3 eval8_source.py            # writes ../eval8-marketplace.json and ../eval8-marketplace.truth.json
    python3 eval8_source.py --review   # each need with every offer of its subject (+ in truth, - left out)

This file is as held out as the truth file: do not read it while working on the matcher.
"""
import csv, hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGIONS = os.environ.get(
    "EVAL_REGIONS",
    os.path.join(OUT, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PNAME = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
REG = {r["name"]: (PNAME[r["parent_code"]], float(r["lat"]), float(r["lon"]))
       for r in rows if r["level"] == "regency"}

# ----------------------------------------------------------------------------------------------
# groups: key -> (name, regency, members)
GROUPS = {
    "kuburaya": ("Poktan Sinar Gambut", "Kabupaten Kubu Raya", 28),
    "kampar": ("KT Nenas Sejahtera Tambang", "Kabupaten Kampar", 35),
    "subang": ("Kelompok Tani Simpay Tresna", "Kabupaten Subang", 22),
    "mjambi": ("Gapoktan Tanjung Lestari", "Kabupaten Muaro Jambi", 41),
    "tasik": ("KWT Puspa Asri Puspahiang", "Kabupaten Tasikmalaya", 19),
    "lpk": ("Kelompok Tani Saiyo Sakato", "Kabupaten Lima Puluh Kota", 26),
    "bengteng": ("KT Tunas Harapan Taba Penanjung", "Kabupaten Bengkulu Tengah", 17),
    "jember": ("Kelompok Tani Mitra Sumber Rejeki", "Kabupaten Jember", 33),
    "karo": ("Kelompok Tani Mejuah-juah Simpang Empat", "Kabupaten Karo", 24),
    "magetan": ("Poktan Ngudi Makmur", "Kabupaten Magetan", 30),
    "sumedang": ("KWT Sari Hanjeli", "Kabupaten Sumedang", 15),
    "sukabumi": ("Kelompok Tani Cibodas Mukti", "Kabupaten Sukabumi", 21),
    "gunkid": ("KWT Ngudi Lestari Playen", "Kabupaten Gunungkidul", 18),
    "kapuashulu": ("Kelompok Periau Bukit Tekenang", "Kabupaten Kapuas Hulu", 27),
    "sumbawa": ("Kelompok Madu Hutan Lantung Jaya", "Kabupaten Sumbawa", 32),
    "lebak": ("KTH Odeng Lestari", "Kabupaten Lebak", 14),
    "pelalawan": ("KTH Sialang Jaya", "Kabupaten Pelalawan", 23),
    "bandungbarat": ("Kelompok Pemuda Tani Cikole", "Kabupaten Bandung Barat", 12),
    "magelang": ("Paguyuban Peternak Cacing Ngudi Rejeki", "Kabupaten Magelang", 16),
    "deliserdang": ("Kelompok Pemuda Karya Mandiri", "Kabupaten Deli Serdang", 13),
    "buru": ("Kelompok Nelayan Pancing Waeperang", "Kabupaten Buru", 25),
    "sangihe": ("Kelompok Nelayan Tuna Sehati", "Kabupaten Kepulauan Sangihe", 29),
    "halsel": ("KUB Nelayan Bacan Bersatu", "Kabupaten Halmahera Selatan", 20),
    "lomtim": ("Kelompok Nelayan Tanjung Luar Bersatu", "Kabupaten Lombok Timur", 38),
    "pasuruan": ("Kelompok Nelayan Kerang Lekok", "Kabupaten Pasuruan", 31),
    "pangkep": ("Kelompok Pembudidaya Sipakainge", "Kabupaten Pangkajene dan Kepulauan", 18),
    "cirebon": ("Kelompok Pembudidaya Kerang Gebang", "Kabupaten Cirebon", 22),
    "rembang": ("KUB Terasi Pasar Banggi", "Kabupaten Rembang", 14),
    "bangsel": ("Kelompok Usaha Belacan Tukak", "Kabupaten Bangka Selatan", 17),
    "inhil": ("Kelompok Perempuan Nelayan Concong", "Kabupaten Indragiri Hilir", 24),
    "pandeglang": ("Kelompok Perempuan Emping Menes", "Kabupaten Pandeglang", 36),
    "batang": ("KWT Melinjo Asri", "Kabupaten Batang", 20),
    "serang": ("Kelompok Usaha Emping Baros", "Kabupaten Serang", 12),
    "maltra": ("Kelompok Mama-mama Ohoi Evu", "Kabupaten Maluku Tenggara", 21),
    "gorut": ("KUB Olahan Ikan Kwandang", "Kabupaten Gorontalo Utara", 11),
    "aru": ("Kelompok Nelayan Benjina Jaya", "Kabupaten Kepulauan Aru", 26),
    "selayar": ("Kelompok Nelayan Bonea Timur", "Kabupaten Kepulauan Selayar", 19),
    "wakatobi": ("KUB Nelayan Sama Bahari", "Kabupaten Wakatobi", 34),
    "natuna": ("Kelompok Nelayan Muda Sedanau", "Kabupaten Natuna", 15),
    "anambas": ("KUB Nelayan Tarempa", "Kabupaten Kepulauan Anambas", 23),
    "jayawijaya": ("Kelompok Mama-mama Noken Walesi", "Kabupaten Jayawijaya", 40),
    "paniai": ("Kelompok Perajin Noken Enarotali", "Kabupaten Paniai", 25),
    "arfak": ("Sanggar Pemuda Minyambouw", "Kabupaten Pegunungan Arfak", 18),
    "kubar": ("Kelompok Perajin Manik Tunjung", "Kabupaten Kutai Barat", 22),
    "malinau": ("PKK Desa Setulang", "Kabupaten Malinau", 30),
    "sintang": ("Kelompok Perajin Manik Kebong", "Kabupaten Sintang", 16),
    "hss": ("Kelompok Pandai Besi Padang Batung", "Kabupaten Hulu Sungai Selatan", 14),
    "agam": ("Kelompok Pandai Basi Sungai Pua", "Kabupaten Agam", 21),
    "bantul": ("KWT Ngudi Rahayu", "Kabupaten Bantul", 27),
    "majalengka": ("Kelompok Ibu-ibu Rajut Jatiwangi", "Kabupaten Majalengka", 23),
    "tabanan": ("Kelompok Wanita Tani Sekar Jagat", "Kabupaten Tabanan", 25),
    "mamasa": ("Pengelola PLTMH Desa Tandiallo", "Kabupaten Mamasa", 9),
    "kerinci": ("Kelompok Pengelola PLTMH Sungai Sangir", "Kabupaten Kerinci", 11),
    "pegbintang": ("Kelompok Pemuda Kampung Okbibab", "Kabupaten Pegunungan Bintang", 20),
    "toraja": ("Kelompok Pengelola Listrik Desa Bittuang", "Kabupaten Tana Toraja", 8),
    "buleleng": ("Pokmaswas Segara Kerthi", "Kabupaten Buleleng", 24),
    "rajaampat": ("Kelompok Konservasi Kampung Sawinggrai", "Kabupaten Raja Ampat", 17),
    "minut": ("Kelompok Pengelola Wisata Bahari Lihaga", "Kabupaten Minahasa Utara", 15),
    "sanggau": ("LPHD Desa Engkalet", "Kabupaten Sanggau", 19),
    "lambar": ("Gapoktan Sumber Jaya Hutan", "Kabupaten Lampung Barat", 45),
    "kapuas": ("Kelompok Tani Hutan Mantangai", "Kabupaten Kapuas", 33),
    "sigi": ("Pemerintah Desa & BPD Pombewe", "Kabupaten Sigi", 10),
    "mamberamo": ("Kelompok Masyarakat Adat Kasonaweja", "Kabupaten Mamberamo Raya", 28),
    "sragen": ("Kader PKK Desa Sidoharjo", "Kabupaten Sragen", 18),
    "acehbesar": ("Kelompok Ibu-ibu Gampong Lambaro", "Kabupaten Aceh Besar", 20),
    "lombar": ("Kader Posyandu Desa Gerung", "Kabupaten Lombok Barat", 16),
    "jeneponto": ("Kelompok Kader Kesehatan Bangkala", "Kabupaten Jeneponto", 14),
    "bekasi": ("Ibu-ibu RW 07 Cikarang Barat", "Kabupaten Bekasi", 35),
    "bulukumba": ("Kader Kesehatan Desa Ara", "Kabupaten Bulukumba", 12),
    "banyumas": ("Kader Kesehatan Desa Karanglewas", "Kabupaten Banyumas", 22),
    "sikka": ("Kelompok Tani Wair Bleler", "Kabupaten Sikka", 29),
    "manggarai": ("Kelompok Kader Desa Golo Lewe", "Kabupaten Manggarai", 17),
    "indramayu": ("Kelompok Tani Mekar Sari Lohbener", "Kabupaten Indramayu", 46),
    "pringsewu": ("Kelompok Wanita Sejahtera Gadingrejo", "Kabupaten Pringsewu", 31),
    "parimo": ("Kelompok Perempuan Pesisir Tinombo", "Kabupaten Parigi Moutong", 24),
    "demak": ("Remaja Masjid Al-Ikhlas Wedung", "Kabupaten Demak", 20),
    "pamekasan": ("Grup Hadrah Al-Muhibbin", "Kabupaten Pamekasan", 15),
    "gorontalo": ("Remaja Masjid Desa Bongomeme", "Kabupaten Gorontalo", 18),
    "buton": ("Kelompok Tenun & Tani Wabula", "Kabupaten Buton", 22),
    "seluma": ("Kelompok Wanita Tani Melati", "Kabupaten Seluma", 19),
    "niasselatan": ("Kelompok Usaha Bersama Fanayama", "Kabupaten Nias Selatan", 16),
    "grobogan": ("Poktan Sido Makmur", "Kabupaten Grobogan", 20),
    "bone": ("Kelompok Nelayan Tabe' Mappesangka", "Kabupaten Bone", 26),
    "sidrap": ("Poktan Massiddi Watang Pulu", "Kabupaten Sidenreng Rappang", 38),
    "ngawi": ("Brigade Tanam Poktan Ngudi Tani", "Kabupaten Ngawi", 24),
    "banyuasin": ("Gapoktan Karya Tani Air Saleh", "Kabupaten Banyuasin", 52),
    "lamongan": ("UPJA Tani Mulyo", "Kabupaten Lamongan", 13),
    "merauke": ("Kelompok Tani Kampung Wasur Jaya", "Kabupaten Merauke", 27),
    "belitung": ("Kelompok Nelayan Bagan Tanjung Binga", "Kabupaten Belitung", 21),
    "lingga": ("Kelompok Nelayan Sotong Senayang", "Kabupaten Lingga", 17),
    "batubara": ("Kelompok Nelayan Perempuan Tanjung Tiram", "Kabupaten Batu Bara", 19),
    "halut": ("Kelompok Tani Kelapa Galela", "Kabupaten Halmahera Utara", 37),
    "talaud": ("Kelompok Tani Kopra Beo", "Kabupaten Kepulauan Talaud", 25),
    "sbt": ("Kelompok Tani Kelapa Geser", "Kabupaten Seram Bagian Timur", 30),
    "sula": ("Kelompok Tani Kelapa Sanana", "Kabupaten Kepulauan Sula", 22),
    "bogor": ("Kelompok Tani Jambu Rancabungur", "Kabupaten Bogor", 21),
    "kendal": ("Poktan Jambu Mulyo", "Kabupaten Kendal", 18),
    "cilacap": ("Paguyuban Tukang Bangunan Kroya", "Kabupaten Cilacap", 27),
    "sbd": ("Kelompok Tukang Desa Weepangali", "Kabupaten Sumba Barat Daya", 15),
}

# ----------------------------------------------------------------------------------------------
# needs: (subject, group, kind, title[, description])
T, M, R = "training", "market", "resource"
NEEDS = [
    # pineapple (nanas / nenas)
    ("nanas", "kuburaya", T, "mo blajar tanam nanas di lahan gambut, bbrp bibit busuk pangkal batang"),
    ("nanas", "kampar", M, "nenas kami lg panen raya ± 3 ton/mgg, cari pembeli tetap yg ambil ke kebun",
     "varietas queen, 1–1,5 kg/buah, jalan kebun bisa masuk colt diesel"),
    ("nanas", "subang", M, "punten, saha nu peryogi nanas madu? abdi tiasa ngintun 2 ton saminggu"),
    ("nanas", "mjambi", T, "pineapple flowering training (pake karbit/etefon) biar panen serempak"),
    # mangosteen (manggis, Minang manggih)
    ("manggis", "tasik", M, "manggis kelompok urang tos siap panen, milarian eksportir / bandar nu daek meser rutin"),
    ("manggis", "lpk", T, "awak nio baraja marawaik batang manggih, buahnyo banyak nan bagatah kuniang"),
    ("manggis", "bengteng", M, "Mangosteen buyer needed, approx 4 ton this season"),
    # edamame (vegetable soybean)
    ("edamame", "jember", M, "edamame polong seger 5 ton saben panen, golek pembeli sing iso kontrak"),
    ("edamame", "karo", T, "pelatihan tanam edamame / kedelai sayur, blm pernah coba di dataran tinggi"),
    ("edamame", "magetan", M, "cari offtaker edamame, kmi ada 3 ha siap tanam kalau ada kontrak beli"),
    # Job's tears (hanjeli / jali-jali)
    ("hanjeli", "sumedang", T, "hoyong diajar ngolah hanjeli janten tepung sareng kadaharan"),
    ("hanjeli", "sukabumi", M, "hanjeli pecah kulit 500 kg, saha nu peryogi? kanggo tuangeun"),
    ("hanjeli", "gunkid", T, "Job's tears (jali) dehulling & cooking training, we have harvest but nobody knows how to husk"),
    # wild forest honey (madu hutan, Apis dorsata)
    ("madu", "kapuashulu", T, "pelatihan panen madu hutan lestari (tikung), biar kadar air rendah & tdk bunuh lebah"),
    ("madu", "sumbawa", M, "madu hutan Sumbawa 600 liter, cari pembeli yg bayar sesuai kualitas",
     "kadar air sdh kami ukur pake refraktometer, rata2 21%"),
    ("madu", "pelalawan", M, "madu sialang kami banyak, tp tauke beli murah. ada buyer lain?"),
    ("madu", "lebak", R, "butuh baju pelindung lebah, pisau panen & ember food grade utk pemanen madu odeng"),
    # earthworms (cacing tanah)
    ("cacing", "bandungbarat", T, "pelatihan ternak cacing tanah (lumbricus) dgn media baglog bekas"),
    ("cacing", "magelang", M, "cacing ANC urip 200 kg/sasi, sopo sing arep tuku? kanggo pakan utawa umpan mancing"),
    ("cacing", "deliserdang", T, "earthworm farming training please, pemuda mau usaha cacing"),
    # tuna handline
    ("tuna", "buru", T, "pelatihan penanganan tuna di atas perahu (es, bleeding) spy grade tdk jatuh"),
    ("tuna", "sangihe", M, "torang nelayan pancing tuna, mo jual tuna segar ke perusahaan yg beli langsung, nda lewat tibo-tibo"),
    ("tuna", "halsel", M, "tuna ekor kuning 1-2 ton per trip, cari buyer ekspor"),
    ("tuna", "lomtim", T, "tiang kelompok pemancing tuna, butuh pelatihan cara tangani ikan tuna biar harga tinggi"),
    # green mussels (kerang hijau)
    ("kerang", "pasuruan", M, "kerang ijo hasil bagan 1 ton/hari, butuh pembeli selain tengkulak"),
    ("kerang", "pangkep", T, "pelatihan budidaya kerang hijau sistem rakit/longline, tabe' ki"),
    ("kerang", "cirebon", R, "butuh tali PE & pelampung utk rakit kerang hijau, modal kmi kurang"),
    # shrimp paste (terasi / belacan)
    ("terasi", "rembang", M, "terasi udang rebon kemasan 50 gr & 250 gr, ada yg mau ambil rutin? sdh PIRT"),
    ("terasi", "bangsel", T, "nak belajar buat belacan yg bersih, dak bau busuk, biar bisa masuk toko oleh2"),
    ("terasi", "inhil", T, "pelatihan terasi higienis utk ibu2 nelayan"),
    ("terasi", "lomtim", M, "terasi Tanjung Luar, tiang cari pembeli 100 kg/bln"),
    # melinjo crackers (emping)
    ("emping", "pandeglang", M, "emping melinjo kite ade 3 kuintal, nyari bakul yg beli harga pantes"),
    ("emping", "batang", T, "pengin sinau gawe emping melinjo sing tipis lan ora gampang remuk"),
    ("emping", "batang", M, "emping mentah 2 kuintal per minggu, sopo sing gelem tuku rutin?"),
    ("emping", "serang", R, "alat pres/pipih emping mekanis, kmi msh gepuk pake palu batu"),
    # fish floss (abon ikan)
    ("abon", "maltra", T, "mama2 nelayan mau belajar bikin abon ikan tuna/tongkol supaya ikan seng busuk pas harga jatuh"),
    ("abon", "gorut", M, "abon ikan cakalang kemasan 100gr, sdh ada PIRT, cari toko/oleh2 yg mau jual"),
    # outboard engines (mesin tempel / katinting)
    ("mesin", "aru", T, "sa pu kelompok nelayan butuh pelatihan servis mesin tempel/katinting, rusak sedikit harus bawa ke Dobo",
     "mesin 15 PK & 40 PK, bengkel terdekat 3 jam naik perahu"),
    ("mesin", "selayar", T, "pelatihan perbaikan mesin perahu (motor tempel 15 PK)"),
    ("mesin", "wakatobi", R, "bantuan mesin katinting utk 10 perahu, mesin lama so rusak"),
    # GPS and fish finders
    ("gps", "natuna", T, "nelayan muda mau belajar pakai GPS & fish finder, byk yg blm bisa simpan titik"),
    ("gps", "anambas", R, "butuh GPS map / fish finder utk 8 kapal kecil"),
    # noken bags
    ("noken", "jayawijaya", M, "kitong mama2 rajut noken dari kulit kayu, cari pembeli yg mo ambil banyak, harga layak"),
    ("noken", "paniai", M, "noken anggrek & noken benang, sa pu kelompok pu stok 150 buah. sapa yang mau beli?"),
    ("noken", "arfak", T, "pelatihan bikin noken utk anak2 muda, supaya tra hilang"),
    # beadwork (manik-manik)
    ("manik", "kubar", M, "kerajinan manik2 Dayak (tas, kalung, topi) sdh byk stok, butuh pembeli/galeri"),
    ("manik", "malinau", T, "pelatihan merangkai manik motif dayak utk ibu2 PKK"),
    ("manik", "sintang", R, "butuh bahan manik (biji manik kaca) & benang nilon, harga di kota mahal"),
    # blacksmithing (pandai besi)
    ("besi", "agam", T, "awak pandai basi di kampuang, nio baraja manampo pisau jo parang nan rancak, bajonyo nan elok"),
    ("besi", "hss", M, "ulun handak manjual parang, lading, cangkul hasil pandai besi kampung, gasan siapa?"),
    ("besi", "hss", R, "blower & landasan (paron) utk bengkel pandai besi kelompok"),
    # crochet / knitting (rajut)
    ("rajut", "bantul", T, "ibu2 pengin sinau ngrajut tas & dompet saka benang, sopo sing iso ngajari?",
     "anggota 27, iso sore bar panen"),
    ("rajut", "majalengka", M, "tas rajut tali kur buatan ibu2, 200 pcs, milarian toko nu meser borongan"),
    ("rajut", "tabanan", T, "crochet class (merajut) for our women group, suksma"),
    # micro-hydro (PLTMH)
    ("mikro", "mamasa", T, "operator PLTMH desa kami perlu pelatihan, turbin sering mati kalau musim hujan"),
    ("mikro", "kerinci", R, "butuh bantuan ganti generator & panel kontrol PLTMH, 60 KK gelap"),
    ("mikro", "pegbintang", T, "micro hydro operator training, kitong pu listrik air sudah rusak, tra ada yang tau perbaiki"),
    ("mikro", "toraja", R, "spare part turbin crossflow utk listrik air desa (bearing, v-belt, governor)"),
    # coral restoration (transplantasi karang)
    ("karang", "buleleng", T, "pelatihan transplantasi terumbu karang utk pokmaswas & pemandu snorkel"),
    ("karang", "rajaampat", R, "butuh rangka besi (spider) & semen utk tanam karang, sa pu kampung pu karang rusak kena jangkar"),
    ("karang", "minut", T, "coral reef restoration training, torang pe karang rusak bom ikan"),
    ("karang", "wakatobi", R, "bantuan media transplantasi karang (rak besi, fragmen), kami mau rehab karang"),
    # social forestry permits (perhutanan sosial)
    ("ps", "sanggau", T, "pendampingan pengajuan izin hutan desa / LPHD, kami tdk ngerti prosedurnya"),
    ("ps", "lambar", T, "gmn cara urus izin HKm (hutan kemasyarakatan) utk kebun kopi kami di kawasan?"),
    ("ps", "kapuas", T, "social forestry permit assistance (perhutanan sosial) & village forest management plan"),
    # participatory mapping
    ("peta", "sigi", T, "pelatihan pemetaan batas desa pake GPS & drone, ada sengketa batas dgn desa sebelah"),
    ("peta", "mamberamo", T, "participatory mapping of our customary land (wilayah adat), kitong butuh peta"),
    # baby massage / reflexology
    ("pijatbayi", "sragen", T, "kader & ibu2 pengen pelatihan pijat bayi, biar bisa buka jasa pijat bayi di desa"),
    ("refleksi", "acehbesar", T, "kursus pijat refleksi & urut tradisional bersertifikat utk ibu2 gampong kamoe"),
    ("refleksi", "kampar", T, "nak kursus pijat refleksi, ado yg bisa ngajar ke kampung?"),
    # breastfeeding counselling
    ("asi", "lombar", T, "pelatihan konselor menyusui utk kader, byk ibu baru gagal ASI eksklusif"),
    ("asi", "jeneponto", T, "breastfeeding counselling training for posyandu cadres"),
    # dengue larva monitoring (jumantik)
    ("jumantik", "bekasi", T, "pelatihan jumantik (juru pemantau jentik) utk ibu2 RW, DBD lg tinggi bgt"),
    ("jumantik", "bulukumba", R, "butuh bubuk abate & senter utk kader pemantau jentik"),
    ("jumantik", "banyumas", T, "kader DBD / PSN 3M plus, pengin pelatihan mantau jentik nyamuk"),
    # rabies
    ("rabies", "sikka", R, "vaksin rabies utk anjing di desa, bnyk gigitan anjing, sonde ada vaksin",
     "3 dusun, anjing kira2 400 ekor"),
    ("rabies", "manggarai", T, "pelatihan kader siaga rabies: penanganan gigitan anjing & cuci luka"),
    # illegal online loans / household debt literacy
    ("pinjol", "indramayu", T, "sosialisasi/pelatihan bahaya pinjol ilegal, bnyk anggota kejerat utang online"),
    ("pinjol", "pringsewu", T, "literasi keuangan utk ibu2: cara ngatur utang, jgn sampai ke pinjol & rentenir"),
    ("pinjol", "parimo", T, "financial literacy session on illegal online lending apps, members harassed by debt collectors"),
    # hadrah / rebana
    ("hadrah", "demak", T, "grup hadrah remaja masjid butuh pelatih rebana, pengin iso tampil"),
    ("hadrah", "pamekasan", R, "butuh set rebana hadrah (terbang, darbuka, bass), yg lama sdh sobek"),
    ("hadrah", "gorontalo", T, "pelatihan rebana utk anak2 remaja masjid"),
    # grant proposal writing
    ("proposal", "buton", T, "pelatihan bikin proposal bantuan/hibah yg benar, proposal kami selalu ditolak"),
    ("proposal", "seluma", T, "grant proposal writing training (CSR, dana desa) utk kelompok wanita"),
    ("proposal", "niasselatan", T, "cara menulis proposal ke dinas & CSR perusahaan"),
    # KUR loans
    ("kur", "grobogan", R, "modal KUR utk 20 anggota poktan, gmn caranya, bank minta agunan"),
    ("kur", "bone", R, "pinjaman modal usaha bunga rendah (KUR) utk kelompok nelayan, tabe'"),
    # rice transplanters
    ("tanam", "sidrap", R, "butuh rice transplanter (mesin tanam padi), tenaga tanam susah dicari",
     "lahan 120 ha, tanam 2x setahun"),
    ("tanam", "ngawi", T, "pelatihan operator mesin tanam padi & cara nyemai di dapog/tray"),
    # combine harvesters
    ("combine", "banyuasin", T, "pelatihan operator & perawatan combine harvester, mesin bantuan nganggur"),
    ("combine", "indramayu", R, "sewa combine harvester pas panen, nyari yg bisa dtg ke sawah kmi"),
    ("combine", "lamongan", T, "kursus operator combine, anggota UPJA blm ada yg bisa"),
    ("combine", "merauke", R, "combine harvester utk panen padi kampung, sewa atau pinjam"),
    # squid (cumi / sotong): fresh, dried, processing
    ("cumi", "belitung", M, "cumi2 segar hasil bagan tiap malam 200-300 kg, cari pembeli yg ambil di dermaga"),
    ("cumikering", "lingga", M, "sotong kering (cumi asin kering) 300 kg, nak jual ke pengepul luar"),
    ("cumiolah", "batubara", T, "nelayan perempuan mau blajar olah cumi asin kering yg bersih"),
    # copra
    ("kopra", "halut", M, "kopra putih 10 ton siap jual, torang cari pabrik yg beli lgsg, harga di tibo2 anjlok"),
    ("koprat", "talaud", T, "pelatihan bikin kopra putih pake oven, bukan diasap, supaya harga lebe bagus"),
    ("kopra", "sbt", M, "copra buyer wanted, 5 ton smoked copra per month from Seram"),
    ("koprat", "sula", T, "ajar bikin kopra putih yg bersih, torang pe kopra asap hitam"),
    # crystal guava (jambu kristal)
    ("jambu", "bogor", T, "hoyong diajar melak jambu kristal, buahna sok loba nu busuk ku laleur buah"),
    ("jambu", "bogor", M, "jambu kristal 7 kuintal saminggu, saha nu peryogi?"),
    ("jambu", "kendal", M, "jambu kristal 1 ton/minggu, golek pembeli supermarket"),
    # construction worker certification (SKK)
    ("skk", "cilacap", T, "tukang bangunan di desa pengin sertifikat SKK biar bisa ikut proyek pemerintah"),
    ("skk", "sbd", T, "pelatihan & uji sertifikasi tukang batu / tukang kayu (SKK konstruksi)"),
]

# ----------------------------------------------------------------------------------------------
# offers: (subjects, kind, provider type, provider regency, title, service area ("A|B"), status, description)
#   subjects: space-separated; "x:SUBJ" = look-alike / neighbour written beside SUBJ (fits nothing)
TR, PG, BY, SP = "trainer", "programme", "buyer", "supplier"
J, JS, JU, JB, JT = ("Kota Administrasi Jakarta Pusat", "Kota Administrasi Jakarta Selatan",
                     "Kota Administrasi Jakarta Utara", "Kota Administrasi Jakarta Barat",
                     "Kota Administrasi Jakarta Timur")
OFFERS = [
    # --- nanas
    ("nanas", T, TR, "Kota Bogor", "Pelatihan Budidaya Nanas: Bibit, Pemupukan dan Induksi Pembungaan", ""),
    ("nanas", T, PG, "Kota Pontianak", "Pineapple farming on peat soil – farmer field school", "Kalimantan Barat"),
    ("x:nanas", T, TR, "Kabupaten Subang", "Kursus olahan nanas: selai, sirup, keripik nanas", "Jawa Barat"),
    ("nanas", M, BY, "Kota Pekanbaru", "Dibutuhkan nanas segar grade A/B, ambil di kebun, 5 ton per minggu", "Riau"),
    ("nanas", M, BY, "Kabupaten Lampung Tengah", "Pabrik pengalengan beli nanas segar, sistem kontrak", "Lampung"),
    ("nanas", M, BY, JT, "Fresh honey pineapple wanted for supermarket chain, weekly pickup", "Jawa Barat|DKI Jakarta"),
    ("nanas", M, BY, "Kota Medan", "Beli nenas segala ukuran", "", "closed"),
    ("x:nanas", M, BY, "Kota Bandung", "Pembeli daun nanas kering untuk serat tekstil", ""),
    ("nanas", R, SP, "Kabupaten Subang", "Bibit nanas madu & MD2 hasil kultur jaringan", ""),
    # --- manggis
    ("manggis", M, BY, "Kabupaten Bogor", "Eksportir manggis: beli manggis segar kualitas ekspor (kulit mulus, tanpa getah kuning)", "Jawa Barat|Banten"),
    ("manggis", M, BY, "Kota Padang", "Pengumpul manggis & durian wilayah Sumbar–Bengkulu", "Sumatera Barat|Bengkulu|Riau"),
    ("manggis", M, BY, JU, "Mangosteen export – buying season 2025", "", "closed"),
    ("manggis", T, TR, "Kabupaten Tasikmalaya", "Sekolah Lapang Budidaya Manggis: pemangkasan & pengendalian getah kuning", "Jawa Barat"),
    ("manggis", T, PG, "Kota Bukittinggi", "Pelatihan budidaya manggis dan penanganan burik & getah kuning", "Sumatera Barat"),
    ("x:manggis", M, BY, "Kota Surabaya", "Pembeli kulit manggis kering untuk ekstrak jamu", ""),
    ("x:manggis", T, TR, "Kota Padang", "Pelatihan budidaya durian musang king", "Sumatera Barat|Riau"),
    # --- edamame
    ("edamame", M, BY, "Kabupaten Jember", "Perusahaan frozen edamame: kemitraan & pembelian polong segar petani", "Jawa Timur"),
    ("edamame", M, BY, "Kota Denpasar", "Buying fresh edamame pods for hotels & restaurants", "Bali|Nusa Tenggara Barat"),
    ("edamame", T, PG, "Kabupaten Jember", "Budidaya Edamame Standar Ekspor (vegetable soybean) – pelatihan petani", ""),
    ("x:edamame", T, TR, "Kota Malang", "Pelatihan budidaya kedelai biji untuk bahan tahu-tempe", ""),
    ("x:edamame", M, BY, "Kabupaten Grobogan", "Beli kedelai lokal kering (biji) untuk pengrajin tahu", "Jawa Tengah|Jawa Timur"),
    ("edamame", R, SP, "Kabupaten Jember", "Benih edamame varietas Ryokkou, kemasan 1 kg", ""),
    ("x:edamame", T, TR, "Kota Medan", "Kursus budidaya kacang panjang & buncis", "Sumatera Utara"),
    # --- hanjeli
    ("hanjeli", T, TR, "Kabupaten Sumedang", "Pelatihan pengolahan hanjeli: penyosohan, tepung, olahan pangan", "Jawa Barat"),
    ("hanjeli", T, PG, "Kota Yogyakarta", "Pangan lokal non-beras: olahan jali-jali (hanjeli) dan umbi", "DI Yogyakarta|Jawa Tengah"),
    ("hanjeli", M, BY, "Kota Bandung", "Toko pangan sehat beli beras hanjeli (sudah disosoh)", "Jawa Barat"),
    ("hanjeli", M, BY, "Kabupaten Bogor", "Job's tears grain buyer (export to Korea)", "", "withdrawn"),
    ("x:hanjeli", M, BY, "Kabupaten Sukabumi", "Beli biji hanjeli batu (keras) untuk kerajinan kalung & tasbih", "Jawa Barat"),
    ("x:hanjeli", T, TR, "Kota Yogyakarta", "Pelatihan budidaya sorgum & pengolahan beras sorgum", ""),
    # --- madu hutan
    ("madu", T, PG, "Kota Pontianak", "Sustainable wild honey harvesting (Apis dorsata) – training for honey hunters", "Kalimantan Barat|Kalimantan Tengah"),
    ("madu", T, TR, "Kabupaten Sumbawa", "Pelatihan Panen Lestari dan Pascapanen Madu Hutan", "Nusa Tenggara Barat"),
    ("x:madu", T, TR, "Kabupaten Bogor", "Budidaya lebah madu Apis cerana dalam stup (kotak)", ""),
    ("madu", M, BY, JS, "We buy raw wild forest honey, moisture below 22%, lab tested, fair price", "", "open", "Rp120–180k/kg depending on moisture and lab result; pickup from 200 kg."),
    ("madu", M, BY, "Kota Pekanbaru", "Tampung madu sialang Riau", "", "closed"),
    ("madu", M, BY, "Kota Mataram", "Beli madu hutan Sumbawa, min. 50 liter, bayar tunai", "Nusa Tenggara Barat"),
    ("x:madu", M, BY, "Kota Surabaya", "Pembeli propolis & lilin lebah mentah", ""),
    ("x:madu", M, BY, "Kabupaten Malang", "Dicari reseller madu kelengkeng kemasan botol", ""),
    ("madu", R, SP, "Kabupaten Pati", "Perlengkapan panen madu: baju lebah, sarung tangan, pengasap, ember food grade", ""),
    ("x:madu", R, SP, "Kota Bandung", "Stup kayu & koloni lebah Apis cerana siap panen", ""),
    # --- cacing
    ("cacing", T, TR, "Kabupaten Sleman", "Kursus Budidaya Cacing Tanah (ANC & Lumbricus) untuk Pemula", ""),
    ("cacing", T, PG, "Kota Medan", "Pelatihan vermikultur untuk pemuda tani", "Sumatera Utara", "closed"),
    ("x:cacing", T, TR, "Kabupaten Bandung", "Pelatihan pemberian obat cacing ternak kambing & sapi", "Jawa Barat"),
    ("cacing", M, BY, "Kabupaten Sidoarjo", "Beli cacing tanah hidup & kering untuk pakan ikan dan farmasi", "Jawa Timur|Jawa Tengah"),
    ("cacing", M, BY, JB, "Toko pancing cari supplier cacing umpan (ANC / cacing merah) rutin", ""),
    ("x:cacing", M, BY, "Kota Bogor", "Beli cacing sutera (tubifex) untuk pakan benih lele", ""),
    ("x:cacing", R, SP, "Kota Semarang", "Obat cacing ternak albendazole, harga grosir", ""),
    # --- tuna
    ("tuna", T, PG, "Kota Ambon", "On-board tuna handling & quality grading for handline fishers", "Maluku|Maluku Utara"),
    ("tuna", T, TR, "Kota Bitung", "Pelatihan Penanganan Ikan Tuna Segar di Atas Kapal", "Sulawesi Utara"),
    ("tuna", M, BY, "Kota Bitung", "Perusahaan pengolahan beli tuna segar langsung dari nelayan pancing (min. 20 kg/ekor)", "Sulawesi Utara|Maluku Utara"),
    ("tuna", M, BY, "Kota Denpasar", "Exporter buying fresh & frozen yellowfin tuna, sashimi grade", ""),
    ("tuna", M, BY, "Kota Ternate", "Tampung tuna loin Halmahera", "", "closed"),
    ("x:tuna", M, BY, "Kota Kendari", "Beli ikan cakalang & tongkol untuk ikan asap (fufu)", ""),
    ("x:tuna", M, BY, "Kota Surabaya", "Dicari agen & reseller tuna kaleng", ""),
    ("abon x:tuna", T, TR, "Kota Makassar", "Pelatihan pembuatan abon ikan tuna", ""),
    ("x:tuna", T, PG, "Kota Mataram", "Pelatihan sertifikasi Fair Trade untuk nelayan", "Nusa Tenggara Barat"),
    # --- kerang hijau
    ("kerang", T, PG, "Kota Makassar", "Green mussel longline farming – training for coastal groups", "Sulawesi Selatan|Sulawesi Barat"),
    ("kerang", T, TR, "Kabupaten Cirebon", "Pelatihan Budidaya Kerang Hijau Metode Rakit Tancap", "Jawa Barat|Jawa Tengah"),
    ("kerang", M, BY, "Kota Surabaya", "Beli kerang hijau segar untuk restoran seafood, ambil di lokasi", "Jawa Timur"),
    ("kerang", M, BY, JU, "Pengepul kerang hijau & kerang dara", "Jawa Barat|DKI Jakarta|Banten"),
    ("x:kerang", M, BY, "Kabupaten Sidoarjo", "Beli cangkang kerang untuk kerajinan & campuran pakan", ""),
    ("kerang", R, PG, "Kabupaten Cirebon", "Bantuan sarana budidaya kerang hijau: tali, pelampung, jangkar", "Jawa Barat"),
    ("x:kerang", R, SP, "Kota Semarang", "Jaring insang & pelampung jaring nelayan", ""),
    ("kerang", T, TR, "Kabupaten Pasuruan", "Pelatihan depurasi kerang hijau (pembersihan logam berat)", "", "closed"),
    ("x:kerang", T, TR, "Kota Makassar", "Pelatihan budidaya tiram mutiara", ""),
    # --- terasi
    ("terasi", T, TR, "Kabupaten Cirebon", "Pelatihan Pembuatan Terasi Udang Higienis", "", "open", "3 hari: fermentasi, pengeringan, pengemasan; maks. 25 peserta."),
    ("terasi", T, PG, "Kota Pekanbaru", "Shrimp paste (belacan) hygiene & packaging for fisherwomen", "Riau|Kepulauan Riau"),
    ("terasi", M, BY, "Kota Semarang", "Pusat oleh-oleh beli terasi kemasan ber-PIRT", "Jawa Tengah|DI Yogyakarta"),
    ("terasi", M, BY, "Kota Surabaya", "Distributor sembako beli terasi curah & kemasan", "Jawa Timur|Bali|Nusa Tenggara Barat"),
    ("x:terasi", M, BY, "Kabupaten Sidoarjo", "Beli petis udang & petis ikan", ""),
    ("x:terasi", M, BY, "Kota Medan", "Beli udang rebon kering", ""),
    ("x:terasi", T, TR, "Kota Pekalongan", "Pelatihan pembuatan kecap ikan (fish sauce)", ""),
    ("terasi", M, BY, "Kota Denpasar", "Buying Lombok shrimp paste for our restaurant group", "", "withdrawn"),
    ("x:terasi", T, TR, "Kabupaten Rembang", "Pelatihan Budidaya Udang Vaname", ""),
    # --- emping
    ("emping", M, BY, JB, "Grosir kerupuk beli emping melinjo mentah, 1 kuintal ke atas", "Banten|DKI Jakarta|Jawa Barat", "open", "Harga Rp55–70rb/kg tergantung ketipisan, bayar di tempat."),
    ("emping", M, BY, "Kota Serang", "Tampung emping melinjo", "", "closed"),
    ("emping", T, TR, "Kota Semarang", "Pelatihan Pembuatan Emping Melinjo dan Pengemasan", "Jawa Tengah"),
    ("emping", R, SP, "Kabupaten Pandeglang", "Mesin pemipih emping melinjo (press hidrolik)", "Banten"),
    ("x:emping", M, BY, "Kota Surabaya", "Beli kulit melinjo kering", ""),
    ("x:emping", T, TR, "Kota Semarang", "Pelatihan pembuatan keripik singkong balado", ""),
    ("x:emping", R, SP, "Kota Tangerang", "Mesin pencetak kerupuk & mesin pengering kerupuk", ""),
    ("x:emping", M, BY, "Kota Semarang", "Beli rengginang & opak mentah", "Jawa Tengah"),
    # --- abon
    ("abon", M, BY, "Kota Gorontalo", "Toko oleh-oleh beli abon ikan kemasan", "Gorontalo|Sulawesi Utara"),
    ("x:abon", M, BY, "Kota Manado", "Beli abon sapi homemade", ""),
    ("abon", T, PG, "Kota Ambon", "Diversifikasi olahan ikan: abon & nugget", "Maluku", "closed"),
    ("x:abon", M, BY, "Kota Gorontalo", "Beli ikan roa asap", ""),
    # --- mesin tempel
    ("mesin", T, PG, "Kota Ambon", "Pelatihan Perawatan & Perbaikan Motor Tempel untuk Nelayan", "Maluku"),
    ("mesin", T, TR, "Kota Makassar", "Outboard engine maintenance course (2-stroke & 4-stroke)", "Sulawesi Selatan|Sulawesi Tenggara"),
    ("x:mesin", T, TR, "Kota Makassar", "Kursus Servis Sepeda Motor Injeksi", ""),
    ("x:mesin", T, PG, "Kota Ambon", "Pelatihan membuat perahu fiberglass", ""),
    ("mesin", R, PG, "Kota Kendari", "Bantuan mesin ketinting / motor tempel untuk KUB nelayan", "Sulawesi Tenggara"),
    ("mesin", R, SP, "Kota Surabaya", "Jual mesin tempel & katinting baru + suku cadang, kirim seluruh Indonesia", ""),
    ("x:mesin", R, SP, "Kota Makassar", "Genset diesel 5–10 kVA", ""),
    ("mesin", R, PG, JU, "Hibah mesin perahu nelayan 2024", "", "closed"),
    # --- gps
    ("gps", T, PG, "Kota Batam", "Pelatihan Navigasi GPS dan Fish Finder untuk Nelayan Kecil", "Kepulauan Riau"),
    ("gps", R, SP, JU, "GPS fishfinder Garmin/Lowrance – harga grosir kelompok nelayan", ""),
    ("peta x:gps", T, TR, "Kota Batam", "Pelatihan GPS untuk pemetaan batas desa", "Kepulauan Riau"),
    ("x:gps", R, SP, "Kota Batam", "Radio komunikasi HT & SSB untuk kapal", ""),
    ("gps", T, TR, "Kota Tanjung Pinang", "Kursus GPS & fish finder", "", "withdrawn"),
    # --- noken
    ("noken", M, BY, "Kota Jayapura", "Galeri kerajinan Papua beli noken asli (kulit kayu, anggrek), bayar per buah", "Papua|Papua Pegunungan|Papua Tengah"),
    ("noken", M, BY, JS, "Ethical fashion brand sourcing handmade Papuan noken bags", ""),
    ("noken", M, BY, "Kota Sorong", "Toko suvenir beli noken", "Papua Barat Daya"),
    ("noken", T, PG, "Kabupaten Manokwari", "Pelestarian noken: pelatihan merajut noken untuk generasi muda", "Papua Barat"),
    ("x:noken", M, BY, "Kota Jayapura", "Dicari reseller tas rajut benang wol", ""),
    ("noken", M, BY, "Kota Jayapura", "Beli noken grosir untuk suvenir PON", "", "closed"),
    ("x:noken", T, PG, "Kota Jayapura", "Pelatihan anyaman pandan & tikar", "Papua Pegunungan|Papua"),
    ("noken", T, TR, "Kota Jayapura", "Kursus noken benang untuk mama-mama", "Papua"),
    # --- manik
    ("manik", M, BY, "Kota Samarinda", "Galeri kriya Kaltim beli kerajinan manik-manik Dayak", "Kalimantan Timur"),
    ("manik", M, BY, J, "Buying Dayak beadwork (bags, necklaces) for export to Europe", ""),
    ("manik", T, TR, "Kota Samarinda", "Pelatihan Kerajinan Manik-manik Motif Dayak", "Kalimantan Timur|Kalimantan Utara"),
    ("manik", R, SP, "Kota Surabaya", "Grosir manik kaca, mote, benang nilon untuk pengrajin", ""),
    ("x:manik", T, TR, "Kota Tarakan", "Pelatihan ukir kayu motif Dayak", ""),
    ("x:manik", M, BY, "Kota Banjarmasin", "Beli batu akik & liontin", ""),
    ("manik", M, BY, "Kota Pontianak", "Beli kerajinan manik", "Kalimantan Barat", "closed"),
    ("x:manik", R, SP, "Kota Pontianak", "Benang tenun & pewarna alam untuk penenun", "Kalimantan Barat"),
    # --- pandai besi
    ("besi", T, PG, "Kota Padang", "Pelatihan Pandai Besi: Penempaan dan Penyepuhan Baja untuk Alat Pertanian", "Sumatera Barat"),
    ("besi", T, TR, "Kabupaten Klaten", "Kursus tempa pisau (bladesmithing)", "", "closed"),
    ("besi", M, BY, "Kota Banjarmasin", "Toko alat tani beli parang, arit, cangkul buatan pandai besi lokal", "Kalimantan Selatan|Kalimantan Tengah"),
    ("besi", M, BY, JB, "Knife shop buying hand-forged knives & machetes", ""),
    ("besi", R, SP, "Kota Surabaya", "Blower tempa, paron, palu tempa – perlengkapan bengkel pandai besi", ""),
    ("x:besi", T, TR, "Kota Padang", "Pelatihan Las Listrik (SMAW) Dasar", ""),
    ("x:besi", M, BY, "Kota Banjarmasin", "Beli besi tua / rongsokan", ""),
    ("x:besi", R, SP, "Kota Banjarmasin", "Kompor las & tabung gas untuk bengkel las", "Kalimantan Selatan"),
    # --- rajut
    ("rajut", T, TR, "Kota Yogyakarta", "Kelas Merajut & Crochet: Tas, Dompet, Topi", "DI Yogyakarta|Jawa Tengah"),
    ("rajut", T, PG, "Kota Denpasar", "Crochet & knitting workshop for women's groups", ""),
    ("rajut", M, BY, "Kota Bandung", "Toko online beli tas rajut handmade, borongan", "Jawa Barat"),
    ("x:rajut", T, TR, "Kota Bandung", "Kursus Menjahit Tas dari Kain", ""),
    ("x:rajut", M, BY, "Kota Bandung", "Beli tas anyaman pandan", "Jawa Barat"),
    ("x:rajut", T, TR, "Kota Denpasar", "Pelatihan makrame (macrame) hiasan dinding", ""),
    ("rajut", M, BY, "Kota Surabaya", "Beli tas rajut", "Jawa Timur"),
    # --- mikrohidro
    ("mikro", T, PG, "Kota Makassar", "Pelatihan Operator dan Pemeliharaan PLTMH", "Sulawesi Selatan|Sulawesi Barat|Sulawesi Tengah"),
    ("mikro", T, PG, JS, "Micro-hydro (PLTMH) operation & maintenance training for village operators", "", "open", "5 days: turbine, governor, electrical safety, tariff and logbook."),
    ("mikro", R, PG, "Kota Jambi", "Revitalisasi PLTMH desa: bantuan generator, governor, panel kontrol", "Jambi|Bengkulu"),
    ("x:mikro", T, TR, "Kota Makassar", "Pelatihan Pemasangan PLTS Atap", ""),
    ("x:mikro", R, SP, "Kota Jambi", "Pompa air tenaga surya untuk irigasi", ""),
    ("mikro", T, TR, "Kota Jayapura", "Pelatihan PLTMH untuk kampung", "Papua"),
    ("x:mikro", R, SP, "Kota Makassar", "Lampu LED & kabel instalasi listrik rumah", "Sulawesi Selatan"),
    # --- karang
    ("karang", T, PG, "Kota Denpasar", "Coral restoration (reef star) training for coastal communities", "Bali|Nusa Tenggara Barat"),
    ("karang", T, TR, "Kota Manado", "Pelatihan Transplantasi Karang & Monitoring Terumbu", "Sulawesi Utara|Gorontalo"),
    ("karang", R, PG, "Kota Sorong", "Bantuan rangka transplantasi karang & bibit karang", "Papua Barat Daya"),
    ("x:karang", T, TR, "Kota Denpasar", "Pelatihan pemandu selam (dive guide)", ""),
    ("x:karang", R, PG, "Kota Kendari", "Bantuan rumpon untuk nelayan", ""),
    ("x:karang", M, BY, "Kota Denpasar", "Beli karang hias & ikan hias laut", ""),
    ("karang", T, PG, "Kota Kupang", "Reef restoration workshop", "", "closed"),
    ("x:karang", T, TR, "Kota Bitung", "Pelatihan Penanaman Mangrove", ""),
    ("x:karang", R, SP, "Kota Kendari", "Keramba jaring apung (KJA) HDPE untuk budidaya ikan", "Sulawesi Tenggara"),
    # --- perhutanan sosial
    ("ps", T, PG, "Kota Bogor", "Pendampingan Perhutanan Sosial: Pengusulan HD, HKm, HTR dan Kemitraan", ""),
    ("ps", T, PG, "Kota Pontianak", "Social forestry clinic: village forest (Hutan Desa) proposals & RPHD", "Kalimantan Barat"),
    ("x:ps", T, PG, "Kota Bandar Lampung", "Pendampingan Sertifikat Tanah (PTSL)", ""),
    ("ps", T, PG, "Kota Palangka Raya", "Fasilitasi usulan perhutanan sosial", "Kalimantan Tengah", "withdrawn"),
    ("x:ps", T, TR, "Kota Bandar Lampung", "Sekolah Lapang Kopi: pemangkasan & pascapanen", "Lampung"),
    ("x:ps", T, PG, "Kota Palangka Raya", "Pelatihan pengendalian kebakaran hutan & lahan", "Kalimantan Tengah"),
    # --- pemetaan partisipatif
    ("peta", T, PG, "Kota Bogor", "Pelatihan Pemetaan Partisipatif (batas desa & wilayah adat) dengan GPS", ""),
    ("x:peta", T, TR, "Kota Palu", "Pelatihan pilot drone semprot pertanian", ""),
    ("peta", T, PG, "Kota Jayapura", "Pemetaan wilayah adat bersama masyarakat adat", "Papua"),
    ("x:peta", T, PG, "Kota Palu", "Bimtek penyusunan RPJMDes dan profil desa", "Sulawesi Tengah"),
    # --- pijat bayi / refleksi
    ("pijatbayi", T, TR, "Kota Surakarta", "Pelatihan Baby Massage & Baby Spa untuk Kader dan Ibu", "Jawa Tengah|DI Yogyakarta"),
    ("pijatbayi", T, PG, JT, "Infant massage training (pijat bayi), certified", ""),
    ("refleksi", T, TR, "Kota Banda Aceh", "Kursus Terapis Pijat Refleksi Bersertifikat (LSK)", "Aceh"),
    ("x:refleksi", T, TR, "Kota Banda Aceh", "Pelatihan Rias Pengantin Aceh", "Aceh"),
    ("refleksi", T, TR, "Kota Medan", "Spa therapist & reflexology course", "Sumatera Utara"),
    ("x:pijatbayi", T, TR, "Kota Surakarta", "Kelas Ibu Hamil & Senam Hamil", "Jawa Tengah"),
    ("x:refleksi", T, TR, "Kota Pekanbaru", "Kursus Akupunktur & Bekam", "Riau"),
    # --- konselor menyusui
    ("asi", T, PG, JS, "Pelatihan Konseling Menyusui 40 Jam (standar WHO/UNICEF)", ""),
    ("asi", T, PG, "Kota Mataram", "Kelas motivator ASI untuk kader", "Nusa Tenggara Barat"),
    ("x:asi", T, PG, "Kota Makassar", "Pelatihan Kader Posyandu: penimbangan & pencatatan KMS", ""),
    ("x:asi", T, TR, "Kota Mataram", "Pelatihan Pemberian Makanan Pendamping ASI (MP-ASI)", ""),
    # --- jumantik
    ("jumantik", T, PG, "Kota Bandung", "Pelatihan Juru Pemantau Jentik (Jumantik) dan PSN 3M Plus", "Jawa Barat"),
    ("jumantik", T, PG, J, "Dengue prevention: training for larva-monitoring volunteers (one house one jumantik)", ""),
    ("jumantik", R, PG, "Kota Makassar", "Bantuan larvasida (abate) & kit jumantik untuk kader", "Sulawesi Selatan"),
    ("x:jumantik", T, PG, "Kota Makassar", "Pelatihan Juru Malaria Desa", ""),
    ("x:jumantik", R, SP, "Kota Makassar", "Jasa fogging, anti rayap & pestisida rumah tangga", ""),
    ("jumantik", T, PG, "Kota Semarang", "Pelatihan Jumantik", "Jawa Tengah", "closed"),
    # --- rabies
    ("rabies", R, PG, "Kota Kupang", "Vaksinasi rabies massal anjing: vaksin & vaksinator ke desa", "Nusa Tenggara Timur"),
    ("rabies", T, PG, "Kota Denpasar", "Pelatihan Kader Siaga Rabies", "Bali"),
    ("rabies", T, PG, JS, "One Health rabies response training for village volunteers (bite case management)", ""),
    ("x:rabies", R, SP, "Kota Kupang", "Obat cacing & vitamin untuk anjing dan kucing", ""),
    ("rabies", R, SP, "Kota Surabaya", "Vaksin rabies hewan (distributor resmi)", "", "closed"),
    ("x:rabies", R, PG, "Kota Kupang", "Bantuan vaksin ASF untuk babi", "Nusa Tenggara Timur"),
    # --- pinjol
    ("pinjol", T, PG, J, "Edukasi Literasi Keuangan: Waspada Pinjaman Online Ilegal", ""),
    ("pinjol", T, PG, "Kota Bandar Lampung", "Pelatihan literasi keuangan keluarga & pengelolaan utang", "Lampung"),
    ("x:pinjol", T, TR, "Kota Bandung", "Pelatihan pembukuan usaha simpan pinjam", "Jawa Barat"),
    ("kur x:pinjol", R, PG, "Kota Palu", "Pinjaman modal tanpa agunan utk UMKM (KUR)", "Sulawesi Tengah"),
    ("pinjol", T, PG, "Kota Palu", "Sosialisasi OJK: bahaya pinjol", "Sulawesi Tengah", "withdrawn"),
    ("x:pinjol", T, TR, "Kota Bandung", "Pelatihan pemasaran online untuk UMKM", ""),
    # --- hadrah
    ("hadrah", T, TR, "Kabupaten Kudus", "Pelatihan Hadrah & Sholawat untuk Remaja Masjid", "Jawa Tengah"),
    ("hadrah", R, SP, "Kabupaten Jepara", "Rebana hadrah set lengkap kulit kambing, kirim seluruh Indonesia", ""),
    ("x:hadrah", T, TR, "Kota Surakarta", "Pelatihan Karawitan & Gamelan", ""),
    ("x:hadrah", R, SP, "Kota Surabaya", "Alat drum band / marching band sekolah", ""),
    ("hadrah", T, TR, "Kota Surabaya", "Kursus Rebana Banjari", "Jawa Timur"),
    ("hadrah", T, PG, "Kota Gorontalo", "Pembinaan seni rebana/hadrah untuk remaja", "Gorontalo"),
    # --- proposal
    ("proposal", T, PG, JS, "Grant proposal writing workshop for community organisations", ""),
    ("proposal", T, TR, "Kota Kendari", "Pelatihan Penyusunan Proposal Usaha & Hibah", "Sulawesi Tenggara"),
    ("x:proposal", T, TR, "Kota Bengkulu", "Pelatihan Penyusunan SPJ Dana Desa", "Bengkulu"),
    ("x:proposal", T, TR, "Kota Medan", "Menyusun rencana usaha (business plan) untuk pengajuan kredit", ""),
    ("proposal", T, PG, "Kota Bengkulu", "Kelas menulis proposal", "Bengkulu", "closed"),
    # --- KUR
    ("kur", R, PG, "Kota Semarang", "Penyaluran KUR Mikro untuk kelompok tani (tanpa agunan tambahan s.d. Rp100 juta)", "Jawa Tengah"),
    ("kur", R, PG, J, "People's business credit (KUR) for farmer & fisher groups – apply through our field officers", ""),
    ("x:kur", T, TR, "Kota Semarang", "Pelatihan simpan pinjam kelompok (VSLA)", ""),
    ("kur", R, PG, "Kota Makassar", "KUR nelayan kuota 2025", "Sulawesi Selatan", "closed"),
    ("x:kur", R, PG, "Kota Makassar", "Bantuan premi asuransi nelayan", "Sulawesi Selatan"),
    # --- rice transplanter
    ("tanam", R, PG, "Kota Makassar", "Bantuan alsintan: rice transplanter untuk poktan/UPJA", "Sulawesi Selatan"),
    ("tanam", R, SP, JT, "Jual rice transplanter 4 & 6 baris, kredit & garansi", ""),
    ("tanam", T, PG, "Kota Surabaya", "Pelatihan Operator Rice Transplanter dan Persemaian Dapog", "Jawa Timur"),
    ("x:tanam", R, SP, "Kota Makassar", "Traktor tangan (hand tractor) 8,5 HP", ""),
    ("x:tanam", R, SP, "Kabupaten Sidenreng Rappang", "Benih padi bersertifikat Inpari", "Sulawesi Selatan"),
    ("tanam", R, PG, "Kota Semarang", "Hibah mesin tanam padi", "", "closed"),
    # --- combine harvester
    ("combine", T, PG, "Kota Palembang", "Pelatihan Operator Combine Harvester", "Sumatera Selatan"),
    ("combine", T, TR, "Kota Surabaya", "Pelatihan operator & perawatan combine harvester", "Jawa Timur"),
    ("combine", R, SP, "Kabupaten Karawang", "Jasa sewa combine harvester, borongan per hektar", "Jawa Barat"),
    ("combine", R, PG, "Kota Palembang", "Bantuan combine harvester untuk brigade alsintan", "Sumatera Selatan"),
    ("combine", R, PG, "Kabupaten Merauke", "Brigade alsintan: pinjam pakai combine & traktor untuk petani lokal", "Papua Selatan"),
    ("x:combine", R, SP, "Kabupaten Karawang", "Mesin perontok padi (power thresher)", ""),
    ("x:combine", R, SP, "Kota Surabaya", "Mesin penggiling padi (RMU) keliling", ""),
    ("x:combine", T, TR, "Kota Palembang", "Kursus mekanik traktor roda 4", "Sumatera Selatan"),
    # --- squid
    ("cumi", M, BY, "Kota Pangkal Pinang", "Cold storage beli cumi-cumi segar grade ekspor", "Kepulauan Bangka Belitung", "open", "Harga Rp45–60rb/kg tergantung size, es kami sediakan."),
    ("cumi", M, BY, JU, "Buying fresh & frozen squid (loligo) from fishing groups, min. 1 ton", ""),
    ("cumikering", M, BY, "Kota Batam", "Tampung sotong kering & ikan asin", "Kepulauan Riau"),
    ("cumikering", M, BY, "Kota Medan", "Beli cumi asin kering / sotong kering semua ukuran", ""),
    ("cumiolah", T, TR, "Kota Medan", "Pelatihan Pengolahan Cumi Asin Kering yang Higienis", "Sumatera Utara|Riau"),
    ("x:cumiolah", T, TR, "Kota Medan", "Pelatihan pembuatan kerupuk cumi", ""),
    ("cumi", M, BY, "Kota Pangkal Pinang", "Beli cumi segar", "", "closed"),
    ("x:cumi", M, BY, "Kota Pangkal Pinang", "Beli ikan teri & ikan asin", "Kepulauan Bangka Belitung"),
    # --- copra
    ("kopra", M, BY, "Kota Bitung", "Pabrik minyak kelapa beli kopra (asap & putih), bayar sesuai kadar air", "Sulawesi Utara|Maluku Utara|Gorontalo"),
    ("kopra", M, BY, "Kota Surabaya", "Copra buyer for oil mill – all grades, shipments from eastern Indonesia", "", "open", "Moisture max 6% for white copra; payment within 7 days of weighing in Surabaya."),
    ("koprat", T, PG, "Kota Manado", "Pelatihan Pengolahan Kopra Putih dengan Pengering Oven", "Sulawesi Utara"),
    ("x:koprat", T, TR, "Kota Manado", "Pelatihan pembuatan VCO (minyak kelapa murni)", ""),
    ("x:kopra", M, BY, "Kota Surabaya", "Beli sabut kelapa & tempurung", ""),
    ("x:kopra", M, BY, "Kota Ambon", "Beli kelapa butir segar", "Maluku"),
    ("kopra", M, BY, "Kota Ambon", "Beli kopra asap Seram", "Maluku", "closed"),
    ("x:koprat", T, TR, "Kota Ternate", "Pelatihan pembuatan gula kelapa", "Maluku Utara"),
    # --- crystal guava
    ("jambu", T, TR, "Kota Bogor", "Pelatihan budidaya jambu kristal: pemangkasan, pembungkusan buah, lalat buah", "Jawa Barat"),
    ("jambu", M, BY, "Kota Semarang", "Beli jambu kristal grade A untuk pasar modern", "Jawa Tengah|DI Yogyakarta"),
    ("x:jambu", M, BY, "Kota Bogor", "Beli jambu mete gelondong", ""),
    ("x:jambu", M, BY, "Kota Semarang", "Beli jambu air madu deli", "Jawa Tengah"),
    ("jambu", M, BY, JB, "Crystal guava buyer", "", "closed"),
    ("x:jambu", M, BY, "Kota Bogor", "Beli pepaya California & buah naga", "Jawa Barat"),
    # --- SKK
    ("skk", T, PG, JS, "Pelatihan dan Uji Sertifikasi Kompetensi Kerja (SKK) Konstruksi untuk Tukang", ""),
    ("skk", T, PG, "Kota Kupang", "Construction worker certification (SKK) – masons & carpenters", "Nusa Tenggara Timur"),
    ("x:skk", T, TR, "Kota Kupang", "Kursus Pertukangan Kayu: membuat kusen & mebel", ""),
    ("x:skk", T, TR, "Kota Semarang", "Pelatihan operator excavator (SIO)", "Jawa Tengah"),
    ("x:skk", T, TR, "Kabupaten Cilacap", "Kursus desain rumah dengan AutoCAD", ""),
    # --- added: regency-level areas, Kota traps, more fitting offers
    ("nanas", T, TR, "Kota Pontianak", "Kursus singkat tanam nanas gambut untuk petani Kubu Raya", "Kabupaten Kubu Raya"),
    ("nanas", M, BY, "Kabupaten Subang", "Bandar nanas Subang: beli nanas madu langsung dari kebun", "Kabupaten Subang"),
    ("manggis", M, BY, "Kota Tasikmalaya", "Bandar manggis Kota Tasikmalaya, terima setoran", "Kota Tasikmalaya"),
    ("madu", M, BY, "Kabupaten Pelalawan", "Raw forest honey buyer (madu sialang), Pelalawan & Siak", "Kabupaten Pelalawan|Kabupaten Siak"),
    ("cacing", T, TR, "Kota Bandung", "Pelatihan ternak cacing tanah untuk pemula (Bandung Raya)", "Kabupaten Bandung|Kota Bandung|Kota Cimahi"),
    ("kerang", M, BY, "Kota Pasuruan", "Pengepul kerang hijau Kota Pasuruan", "Kota Pasuruan"),
    ("terasi", T, PG, "Kabupaten Bangka Selatan", "Pelatihan belacan higienis bagi kelompok perempuan pesisir", "Kabupaten Bangka Selatan|Kabupaten Bangka"),
    ("emping", M, BY, "Kota Pekalongan", "Pengepul emping melinjo Pekalongan", "Kota Pekalongan|Kabupaten Pekalongan"),
    ("noken", T, PG, "Kabupaten Manokwari", "Noken weaving revival workshops (Arfak mountains)", "Kabupaten Pegunungan Arfak|Kabupaten Manokwari"),
    ("mesin", T, TR, "Kota Tual", "Bengkel & kursus servis mesin tempel", "Kota Tual|Kabupaten Maluku Tenggara"),
    ("mikro", T, TR, "Kabupaten Mamasa", "Pendampingan teknis PLTMH Mamasa & Polewali", "Kabupaten Mamasa|Kabupaten Polewali Mandar"),
    ("karang", T, TR, "Kabupaten Buleleng", "Pelatihan restorasi terumbu karang Pemuteran", "Kabupaten Buleleng"),
    ("ps", T, PG, "Kota Bandar Lampung", "Pendampingan izin HKm bagi petani kopi", "Kabupaten Lampung Barat|Kabupaten Tanggamus"),
    ("pinjol", T, PG, "Kabupaten Indramayu", "Penyuluhan anti rentenir & pinjol untuk warga", "Kabupaten Indramayu"),
    ("jumantik", T, PG, "Kota Bekasi", "Pelatihan kader jumantik Kota Bekasi", "Kota Bekasi"),
    ("tanam", T, TR, "Kabupaten Ngawi", "Kursus operator transplanter (mesin tanam jajar legowo)", "Kabupaten Ngawi|Kabupaten Madiun"),
    ("combine", R, SP, "Kabupaten Indramayu", "Sewa combine harvester Indramayu–Cirebon", "Kabupaten Indramayu|Kabupaten Cirebon"),
    ("cumi", M, BY, "Kabupaten Belitung", "Beli cumi segar dari bagan, timbang di dermaga", "Kabupaten Belitung|Kabupaten Belitung Timur"),
    ("jambu", M, BY, "Kota Bogor", "Pedagang buah Kota Bogor beli jambu kristal", "Kota Bogor"),
    ("refleksi", T, TR, "Kota Banda Aceh", "Reflexology & traditional massage course", "Kota Banda Aceh"),
    ("rajut", M, BY, "Kabupaten Cirebon", "Pengepul tas rajut untuk ekspor, wilayah Ciayumajakuning", "Kabupaten Cirebon|Kabupaten Majalengka|Kabupaten Kuningan|Kabupaten Indramayu"),
    ("manik", M, BY, "Kabupaten Kutai Barat", "Art shop Melak beli kerajinan manik", "Kabupaten Kutai Barat|Kabupaten Mahakam Ulu"),
    ("hadrah", R, PG, "Kabupaten Sumenep", "Bantuan alat hadrah untuk majelis sholawat", "Kabupaten Sumenep|Kabupaten Sampang"),
    ("kur", R, PG, "Kabupaten Bone", "KUR BRI Unit Watampone untuk nelayan & petani", "Kabupaten Bone"),
    ("terasi", M, BY, JS, "Shrimp paste (terasi / belacan) buyer for export to Malaysia & Singapore", ""),
    ("hanjeli", T, TR, "Kota Bandung", "Job's tears processing course (dehulling, flour, snacks)", ""),
    ("mesin", T, PG, JS, "Outboard motor repair training for small-scale fishers", ""),
    ("rabies", R, PG, "Kabupaten Sikka", "Rabies vaccine & dog vaccination campaign support, Flores", "Kabupaten Sikka|Kabupaten Ende|Kabupaten Flores Timur"),
    ("kerang", M, BY, JS, "Green mussel buyer for frozen half-shell export", ""),
]


def jitter(key):
    h = hashlib.sha256(key.encode()).digest()
    return (h[0] / 255 - 0.5) * 0.12, (h[1] / 255 - 0.5) * 0.12


def place(regency, key):
    prov, lat, lon = REG[regency]
    dy, dx = jitter(key)
    return prov, round(lat + dy, 4), round(lon + dx, 4)


NAME_PARTS = {
    "trainer": (["LPK", "Lembaga Pelatihan", "CV", "Rumah Belajar", "Sanggar", "Balai Kursus"],
                ["Cipta", "Karya", "Mitra", "Prima", "Bina", "Tunas", "Cahaya", "Insan", "Nusa", "Harapan"],
                ["Mandiri", "Utama", "Terampil", "Lestari", "Sejahtera", "Bersama", "Kreatif", "Nusantara"]),
    "programme": (["Yayasan", "Program", "Perkumpulan", "Forum", "Inisiatif"],
                  ["Bumi", "Lestari", "Daya", "Pesisir", "Swadaya", "Pelita", "Harmoni", "Mitra", "Rimba", "Sehat"],
                  ["Nusantara", "Indonesia", "Desa", "Rakyat", "Timur", "Mandiri", "Lestari", "Sejahtera"]),
    "buyer": (["UD", "CV", "PT", "Toko", "Koperasi"],
              ["Sumber", "Jaya", "Maju", "Berkah", "Sinar", "Anugerah", "Mulia", "Segar", "Rejeki", "Sentosa"],
              ["Abadi", "Makmur", "Utama", "Agung", "Bahari", "Niaga", "Lancar", "Sejati"]),
    "supplier": (["Toko", "CV", "UD", "PT"],
                 ["Teknik", "Sarana", "Alat", "Mitra", "Karya", "Bintang", "Sumber", "Global"],
                 ["Tani", "Mandiri", "Perkasa", "Jaya", "Sejahtera", "Utama", "Bahari", "Makmur"]),
}


def build():
    rnd = random.Random(20261207)
    gkeys = sorted(GROUPS)
    rnd.shuffle(gkeys)
    gref = {k: f"g{i + 1:02d}" for i, k in enumerate(gkeys)}
    groups = []
    for k in gkeys:
        name, reg, members = GROUPS[k]
        prov, lat, lon = place(reg, "g" + k)
        groups.append({"ref": gref[k], "name": name, "province": prov, "regency": reg,
                       "lat": lat, "lon": lon, "members": members})
    nidx = list(range(len(NEEDS)))
    rnd.shuffle(nidx)
    needs, nmeta = [], []
    for i, j in enumerate(nidx):
        subj, g, kind, title, *rest = NEEDS[j]
        rec = {"ref": f"n{i + 1:03d}", "group": gref[g], "kind": kind, "title": title}
        if rest:
            rec["description"] = rest[0]
        needs.append(rec)
        nmeta.append((subj, g))
    oidx = list(range(len(OFFERS)))
    rnd.shuffle(oidx)
    offers, providers, ometa, used = [], [], [], set()
    for i, j in enumerate(oidx):
        subj, kind, ptype, at, title, area, *rest = OFFERS[j]
        status = rest[0] if rest else "open"
        pre, mid, suf = NAME_PARTS[ptype]
        while True:
            name = f"{rnd.choice(pre)} {rnd.choice(mid)} {rnd.choice(suf)}"
            if name not in used:
                used.add(name)
                break
        pref = f"p{i + 1:03d}"
        prov, lat, lon = place(at, "p" + str(j))
        providers.append({"ref": pref, "name": name, "type": ptype, "province": prov, "regency": at,
                          "lat": lat, "lon": lon})
        rec = {"ref": f"o{i + 1:03d}", "provider": pref, "kind": kind, "title": title,
               "service_area": [a for a in area.split("|") if a]}
        if status != "open":
            rec["status"] = status
        if len(rest) > 1:
            rec["description"] = rest[1]
        offers.append(rec)
        ometa.append(set(subj.split()))
    gby = {g["ref"]: g for g in groups}
    truth = {}
    for n, (subj, _) in zip(needs, nmeta):
        g = gby[n["group"]]
        fit = []
        for o, osubj in zip(offers, ometa):
            area = o["service_area"]
            if (subj in osubj and o["kind"] == n["kind"] and o.get("status", "open") == "open"
                    and (not area or g["province"] in area or g["regency"] in area)):
                fit.append(o["ref"])
        truth[n["ref"]] = fit
    doc = {"groups": groups, "providers": providers, "needs": needs, "offers": offers}
    return doc, truth, nmeta, ometa


def main():
    doc, truth, nmeta, ometa = build()
    if "--review" in sys.argv:
        gby = {g["ref"]: g for g in doc["groups"]}
        pby = {p["ref"]: p for p in doc["providers"]}
        for n, (subj, _) in sorted(zip(doc["needs"], nmeta), key=lambda t: (t[1][0], t[0]["ref"])):
            g = gby[n["group"]]
            print(f"\n[{subj}] {n['ref']} {n['kind']:8} {g['regency']}, {g['province']}\n    {n['title']}")
            for o, osubj in zip(doc["offers"], ometa):
                if subj in osubj or "x:" + subj in osubj:
                    mark = "+" if o["ref"] in truth[n["ref"]] else "-"
                    area = ", ".join(o["service_area"]) or "everywhere"
                    st = o.get("status", "open")
                    lab = "" if subj in osubj else " (look-alike)"
                    print(f"  {mark} {o['ref']} {o['kind']:8} {st:9} [{area}] {o['title']}{lab}"
                          f"  <{pby[o['provider']]['type']}>")
        return
    json.dump(doc, open(os.path.join(OUT, "eval8-marketplace.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(OUT, "eval8-marketplace.truth.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(f"wrote {len(doc['groups'])} groups, {len(doc['providers'])} providers, "
          f"{len(doc['needs'])} needs, {len(doc['offers'])} offers; "
          f"{sum(map(len, truth.values()))} truth pairs")


if __name__ == "__main__":
    main()
