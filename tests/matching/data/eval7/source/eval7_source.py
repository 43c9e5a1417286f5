#!/usr/bin/env python3
"""Subject-labelled source of eval7. Writes eval7-marketplace.json and eval7-marketplace.truth.json.
HELD OUT: do not read while working on the matcher.  Usage: python3 eval7_source.py [--review]"""
import csv, json, os, random, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(OUT, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))
rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PNAME = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
PROVS = set(PNAME.values())
REG = {r["name"]: (PNAME[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
PROV_FIRST_REG = {}
for name, (p, _, _) in REG.items():
    PROV_FIRST_REG.setdefault(p, name)

def place(x):
    if x in PROVS or x in REG: return x
    k = "Kabupaten " + x
    if k in REG: return k
    raise SystemExit(f"unknown place {x!r}")

# ---------------- needs: (group name, regency, kind, subject, title) ----------------
T, M, R = "training", "market", "resource"
NEEDS = [
 # areca nut (pinang)
 ("KT Pinang Berkah Sabak", "Tanjung Jabung Timur", M, "pinang", "cari pembeli pinang kering belah, kmi ada 3 ton/bln"),
 ("Kelompok Tani Sungai Batang", "Indragiri Hilir", M, "pinang", "siapa yg nampung buah pinang kering? harga tauke skrg anjlok"),
 ("Mama2 Pasar Wosi", "Manokwari", M, "pinang_segar", "sa pu kelompok mo jual buah pinang muda (pinang segar) ke kota, ada yg beli kah?"),
 # betel leaf
 ("KWT Sirih Rantau Pandan", "Bungo", M, "sirih", "ada yg mau beli daun sirih? ibu2 panen tiap minggu bnyk"),
 ("Kelompok Ibu Ledalero", "Sikka", M, "sirih", "buyer for betel leaf and betel fruit (sirih buah) from our garden?"),
 # gambier
 ("KT Gambia Harau Saiyo", "Lima Puluh Kota", T, "gambir", "awak nio baraja mampakuek gambia nan barasiah, indak bacampua tanah"),
 ("KT Gambia Harau Saiyo", "Lima Puluh Kota", M, "gambir", "pembeli gambia kering lgsg, jan lewat tauke lai"),
 ("Kelompok Petani Gambir Pakpak", "Pesisir Selatan", M, "gambir", "cari pembeli gambir cetak kualitas ekspor, 2 ton sebulan"),
 # cinnamon
 ("KT Kulit Manis Gunung Tujuh", "Kerinci", T, "kayumanis", "pelatihan panen & kupas kulit kayu manis biar dpt grade KA/KB"),
 ("KT Kulit Manis Gunung Tujuh", "Kerinci", M, "kayumanis", "butuh buyer cassia vera / kulit manis gulungan kering"),
 ("Kelompok Tani Lembah Anai", "Rejang Lebong", M, "kayumanis", "who buys cinnamon bark? we have dried quills, 1 ton"),
 # simplisia (dried herbal rhizome slices)
 ("KWT Empon Ngudi Waras", "Wonogiri", T, "simplisia", "pengin sinau gawe simplisia jahe kunyit temulawak sing resik, kanggo jamu"),
 ("KWT Empon Ngudi Waras", "Wonogiri", M, "simplisia", "sopo sing tuku temulawak rajangan garing? sdh ada 400 kg"),
 ("Kelompok Jamu Gendong Sari", "Karanganyar", M, "simplisia", "pembeli kunyit iris kering (simplisia) utk pabrik jamu"),
 ("KWT Rimpang Lestari", "Sleman", T, "simplisia", "herbal drying training: turmeric slices keep going mouldy"),
 # growing ginger / rhizomes
 ("KT Jahe Merah Cibeber", "Cianjur", T, "jahe", "punten, abdi hoyong diajar melak jahe beureum di polybag, loba nu busuk rimpangna"),
 ("KT Rempah Bukit Barisan", "Lampung Barat", T, "jahe", "pelatihn budidya jahe gajah sm kunyit di lahan miring"),
 ("KT Jahe Merah Cibeber", "Cianjur", M, "jahe_segar", "cari bandar jahe merah segar, panen 5 ton bulan depan"),
 ("Gapoktan Tondano Jaya", "Minahasa", M, "jahe_segar", "torang ada jahe putih segar banyak, sapa mo beli?"),
 # aloe vera
 ("KWT Lidah Buaya Siantan", "Sambas", T, "aloe", "blajar tanam lidah buaya di lahan gambut, daun kmi kecil2"),
 ("KWT Lidah Buaya Siantan", "Sambas", M, "aloe", "ada pabrik yg beli pelepah lidah buaya segar? 2 ton/mgg"),
 ("Kelompok Wanita Tani Amanah", "Gunungkidul", R, "aloe_bibit", "butuh anakan lidah buaya 2000 batang utk lahan kapur"),
 ("Ladies Farmer Group Lovina", "Buleleng", T, "aloe", "aloe vera farming course for our women's group"),
 # tea
 ("Kelompok Tani Teh Rakyat Sukamulya", "Garut", T, "teh", "pelatihan petik & pangkas teh rakyat, pucuk kmi sering ditolak pabrik"),
 ("Kelompok Tani Teh Rakyat Sukamulya", "Garut", M, "teh", "saha nu peryogi pucuk teh basah? kebon rakyat 20 ha"),
 ("KT Kayu Aro Sakti", "Kerinci", M, "teh", "pabrik mana yg mau terima daun teh segar dr kebun rakyat?"),
 ("Smallholder Tea Group Batang", "Batang", T, "teh", "tea plucking and pruning training for smallholders"),
 # tomato
 ("KT Hortikultura Sembalun", "Lombok Timur", T, "tomat", "tiang pengen belajar nanem tomat, bnyk layu pas umur 40 hari"),
 ("Poktan Karya Tani Berastagi", "Karo", M, "tomat", "cari pembeli tomat, panen raya harga hancur banyak kali"),
 ("Poktan Karya Tani Berastagi", "Karo", R, "tomat_benih", "butuh benih tomat hibrida tahan virus kuning"),
 ("KT Enrekang Maju", "Enrekang", T, "tomat", "tabe', ada pelatihan budidaya tomat dataran tinggi ki?"),
 ("KT Sumber Makmur Poncokusumo", "Malang", M, "tomat", "tomato buyer needed, 10 t per week, grade A/B"),
 # cabbage
 ("Poktan Karya Tani Berastagi", "Karo", M, "kubis", "kol bulat kmi 20 ton siap panen, sapa nampung?"),
 ("KT Hortikultura Sembalun", "Lombok Timur", M, "kubis", "jual kubis dr Sembalun, butuh pengepul tetap"),
 ("Gapoktan Lembah Baliem", "Jayawijaya", M, "kubis", "kitong pu kol banyak di Wamena, tra ada yg beli"),
 # carrot
 ("KT Wortel Cipanas", "Cianjur", M, "wortel", "bandar wortel lokal? 8 ton per minggu, wortel cuci"),
 ("KT Bukit Kaba", "Rejang Lebong", M, "wortel", "cari pembeli wortel dr Curup, kmi kelompok baru"),
 # native chickens
 ("Kelompok Ternak Ayam Kampung Sido Rukun", "Ponorogo", T, "ayam_kampung", "pelatihan ternak ayam kampung super biar ga mati2 pas umur 2 minggu"),
 ("Kelompok Ternak Ayam Kampung Sido Rukun", "Ponorogo", R, "doc_kampung", "butuh DOC ayam KUB 1000 ekor"),
 ("Kelompok Ternak Bina Mandiri", "Boalemo", T, "ayam_kampung", "ada pelatihan piara ayam kampung? mo beternak serius"),
 ("Kelompok Pemuda Tani Oesao", "Kupang", R, "doc_kampung", "need day-old native chicks (ayam kampung) for 15 households"),
 ("Kelompok Ternak Banua Anyar", "Banjar", M, "ayam_kampung", "ulun handak jual ayam kampung hidup, 300 ekor sebulan, gasan siapa?"),
 ("Kelompok Ternak Uma Lestari", "Sumbawa", M, "ayam_kampung", "buyer ayam buras pedaging hidup?"),
 # grouper
 ("Kelompok Nelayan KJA Pulau Tiga", "Natuna", T, "kerapu", "pelatihan budidaya kerapu di keramba, bnyk ikan kena penyakit"),
 ("Kelompok Nelayan KJA Pulau Tiga", "Natuna", M, "kerapu", "cari pembeli kerapu hidup ukuran 5 ons, tiap 2 bln panen"),
 ("Pokdakan Teluk Saleh", "Sumbawa", R, "kerapu_benih", "butuh benih kerapu cantang 5000 ekor"),
 ("Kelompok Pembudidaya Laut Tomia", "Wakatobi", T, "kerapu", "grouper cage farming training for fishers"),
 ("Kelompok Nelayan Sinar Bahari", "Bintan", M, "kerapu", "ada eksportir ikan kerapu? kmi punya 2 ton kerapu macan"),
 # abalone
 ("Kelompok Pesisir Lamalera", "Lembata", T, "abalon", "mo belajar budidaya abalon (siput mata tujuh), bisa?"),
 ("Kelompok Nelayan Nusa Penida", "Klungkung", M, "abalon", "pembeli abalone hidup dr Nusa Penida?"),
 # bicycles
 ("Karang Taruna Tunas Muda", "Sleman", T, "sepeda", "pemuda pengen buka bengkel sepeda onthel, ada kursus servis sepeda?"),
 ("Youth Group Kampung Harapan", "Kota Jayapura", T, "sepeda", "bicycle repair course for youth, sa pu anak2 mo buka bengkel"),
 # tyre patching
 ("Kelompok Usaha Pemuda Sejahtera", "Pidie", T, "tambal_ban", "cara tambal ban tubeless & ban dalam yg benar, kmi mo buka usaha"),
 ("Kelompok Usaha Pemuda Sejahtera", "Pidie", R, "kompresor", "bantuan kompresor angin utk usaha tambal ban"),
 ("Karang Taruna Sungai Kapuas", "Kapuas", R, "kompresor", "need an air compressor for our roadside tyre repair stall"),
 # bricks
 ("KUB Bata Merah Karya", "Lumajang", T, "bata", "pelatihan bakar bata hemat kayu, byk bata pecah & gosong"),
 ("KUB Bata Merah Karya", "Lumajang", M, "bata", "cari pembeli bata merah 50 rb biji/bln"),
 ("Kelompok Perajin Bata Tanjung", "Tapin", M, "bata", "siapa nang handak tukar batu bata, sudah tumpuk banar"),
 ("Kelompok Usaha Bata Polewali", "Polewali Mandar", R, "bata_mesin", "butuh mesin cetak bata merah manual"),
 # roof tiles
 ("Paguyuban Genteng Jatiwangi Anyar", "Majalengka", T, "genteng", "pelatihan bikin genteng press biar ga retak pas dibakar"),
 ("Kelompok Perajin Genteng Kalijaran", "Purbalingga", M, "genteng", "cari toko/bangunan yg beli genteng tanah liat, 20 rb biji"),
 # IPM field school
 ("Gapoktan Sri Rejeki", "Ogan Komering Ilir", T, "pht", "sekolah lapang PHT, wereng makin parah, semprot trs ga mempan"),
 ("KT Padi Makmur Sinjai", "Sinjai", T, "pht", "integrated pest management training for rice farmers"),
 ("Kelompok Tani Pagatan", "Tanah Bumbu", T, "pht", "SLPHT utk petani padi kmi, hama bnyk"),
 # rat control
 ("Gapoktan Mekar Tani", "Ngawi", T, "tikus", "tikus ngrusak pari, nyuwun pelatihan gropyokan lan ngendhaleni tikus"),
 ("Gapoktan Mekar Tani", "Ngawi", R, "rubuha", "butuh rumah burung hantu (rubuha) 20 unit + tyto alba"),
 ("Kelompok Tani Sawah Lebar", "Bolaang Mongondow", T, "tikus", "rat control training, rats destroy our paddy every season"),
 ("Kelompok Tani Sukamaju", "Lampung Tengah", R, "rubuha", "minta bantuan kandang burung hantu utk basmi tikus sawah"),
 # P3A
 ("P3A Tirta Makmur", "Klaten", T, "p3a", "pengurus P3A blm ngerti bagi air & iuran irigasi, mohon pembinaan"),
 ("P3A Subak Uma Dalem", "Tabanan", T, "p3a", "water users association training (subak/P3A): water sharing, fees"),
 ("P3A Banyu Urip Mamasa", "Polewali Mandar", T, "p3a", "pelatihan kelembagaan perkumpulan petani pemakai air"),
 # embung
 ("Kelompok Pengelola Embung Oebelo", "Kupang", T, "embung", "embung desa cepat dangkal & bocor, sonde tau cara rawat"),
 ("Pokmas Embung Rejosari", "Gunungkidul", T, "embung", "pelatihan pemeliharaan embung desa & tanggul"),
 # organic certification
 ("KT Organik Lembah Subur", "Bangli", T, "organik", "cara dapet sertifikat organik utk sayur kmi? mahal gak"),
 ("Kelompok Tani Padi Organik", "Tasikmalaya", T, "organik", "organic certification training for rice farmers (PAMOR/SNI?)"),
 # GAP / prima
 ("KT Hortikultura Sembalun", "Lombok Timur", T, "gap", "pendampingan registrasi kebun & sertifikasi prima 3 biar bisa masuk supermarket"),
 ("Kelompok Tani Buah Sinar Harapan", "Kampar", T, "gap", "good agricultural practices certification, first time"),
 # mental health
 ("Kader Kesehatan Desa Nglanggeran", "Gunungkidul", T, "keswa", "kader pengin pelatihan kesehatan jiwa, bnyk warga dipasung"),
 ("Kelompok Ibu PKK Waena", "Kota Jayapura", T, "keswa", "mental health first aid training for mothers' group"),
 ("Tim Kader Gampong Meunasah", "Bireuen", T, "keswa", "pelatihan kader keswa, gampong kamoe ada ODGJ"),
 # TB cadres
 ("Kader Kesehatan Kelurahan Bontang", "Kota Bontang", T, "tbc", "pelatihan kader TBC biar bisa cari kasus batuk lama"),
 ("Kader Posbindu Pancur Batu", "Deli Serdang", T, "tbc", "TB case-finding training for village cadres"),
 ("Kader Kesehatan Ambon Manise", "Maluku Tengah", T, "tbc", "beta pung kader mau belajar dampingi pasien tbc minum obat"),
 # youth football
 ("SSB Putra Desa Mamuju", "Mamuju", T, "sepakbola", "pelatihan pelatih sepak bola anak2, ada lisensi D?"),
 ("SSB Putra Desa Mamuju", "Mamuju", R, "bola", "butuh bola kaki & gawang utk SSB desa"),
 ("Youth Club Hila", "Maluku Tengah", T, "sepakbola", "football coaching course for our youth coaches"),
 ("Karang Taruna Ngada", "Ngada", R, "bola", "bantuan alat olahraga sepak bola (bola, rompi, cone) utk anak muda"),
 # dance for tourism
 ("Sanggar Tari Pokdarwis Tete Batu", "Lombok Timur", T, "tari", "tiang butuh pelatih tari tradisional utk pentas tamu wisata"),
 ("Sanggar Seni Derawan", "Berau", T, "tari", "dance troupe training for tourist shows, costume & choreography"),
 ("Sanggar Budaya Tanjung Isuy", "Kutai Barat", T, "tari", "pelatihan koreografi tari daerah buat paket wisata desa"),
 # migrant worker pre-departure
 ("Kelompok Calon PMI Desa Wanasaba", "Lombok Timur", T, "pmi", "pelatihan calon pekerja migran sblm berangkat, biar ga ketipu calo"),
 ("Kelompok Perempuan Ende Sehati", "Ende", T, "pmi", "pre-departure training for women going to work abroad"),
 ("Kelompok Purna PMI Kendal", "Kendal", T, "pmi", "pembekalan calon TKI resmi, kmi ga ngerti kontrak"),
 # village procurement
 ("TPK Desa Sukadana", "Kayong Utara", T, "pbj", "tim pelaksana kegiatan desa butuh bimtek pengadaan barang/jasa"),
 ("Perangkat Desa Lambuya", "Konawe", T, "pbj", "village procurement training for our TPK team"),
 # forklift
 ("Karang Taruna Cikande", "Serang", T, "forklift", "pemuda mau kursus forklift + SIO biar bisa kerja di pabrik"),
 ("Youth Group Batu Ampar", "Kota Batam", T, "forklift", "forklift operator licence course?"),
 # driving
 ("Kelompok Pemuda Pulau Buru", "Buru", T, "nyetir", "kursus nyetir mobil + bikin SIM A utk pemuda desa"),
 ("Kelompok Ibu Mandiri Amurang", "Minahasa Selatan", T, "nyetir", "torang ibu2 mo belajar bawa oto, ada kursus mengemudi?"),
 # no-fit needs (extra, checked in README)
 ("Kelompok Nelayan Jailolo", "Halmahera Barat", M, "kerapu", "ada pembeli kerapu hidup di Jailolo? torang pe keramba so panen"),
 ("Kelompok Tani Teh Sidamanik", "Simalungun", T, "teh", "pelatihan pangkas teh rakyat utk kelompok, produksi pucuk turun"),
 ("KT Gayo Rempah", "Gayo Lues", M, "kayumanis", "cari toke kulit manis kering di Blangkejeren, 2 ton"),
 ("Kelompok Ibu Kampung Klasaman", "Sorong", T, "tari", "sa pu sanggar mo latihan tari utk wisata, pelatih ada?"),
 ("Kelompok Tani Moyo Hilir", "Poso", R, "rubuha", "butuh rubuha utk basmi tikus, padi habis dimakan"),
 ("KT Abalon Sumba", "Sumba Timur", M, "abalon", "ada yg beli abalon hidup? nelayan kmi dapat bnyk"),
 ("Kelompok Tambal Ban Muara", "Nunukan", R, "kompresor", "mohon bantuan kompresor utk usaha tambal ban pemuda"),
 ("KWT Sinar Pesisir Carita", "Pandeglang", M, "aloe", "kite ada lidah buaya segar 1 ton, nyari pembeli"),
]

# ---------------- offers: (kind, provider type, subjects, title, service_area, status) ----------------
# provider types: T trainer, P programme, B buyer, S supplier.  [] = reaches everywhere.
X = "closed"; W = "withdrawn"
OFFERS = [
 # areca nut
 (M, "B", ["pinang"], "Dibeli: pinang kering belah/biji, min 5 ton, kadar air <12%, Rp 9.000/kg", [], "open"),
 (M, "B", ["pinang"], "Areca nut (betel nut) exporter buying dried split kernels, FOB Belawan", ["Riau", "Jambi", "Sumatera Utara"], "open"),
 (M, "B", ["pinang"], "Pengepul pinang kering Kuala Tungkal", ["Tanjung Jabung Barat"], "open"),
 (M, "B", ["pinang"], "Tampung biji pinang kering Kota Jambi", ["Kota Jambi"], "open"),
 (M, "B", ["pinang_segar"], "Beli pinang muda segar utk pasar Jayapura & Sorong, 1 truk/mgg", ["Papua Barat", "Papua", "Papua Barat Daya"], "open"),
 (M, "B", ["pinang_segar", "sirih_buah"], "Pedagang pasar membeli pinang segar dan sirih buah", ["Papua"], "open"),
 (M, "B", ["pelepah_pinang"], "Dibeli pelepah pinang kering utk piring ramah lingkungan", [], "open"),
 (T, "P", ["pelepah_pinang"], "Pelatihan Kerajinan Piring dari Pelepah Pinang", [], "open"),
 # betel
 (M, "B", ["sirih"], "Dibeli daun sirih hijau segar utk ekspor ke Pakistan, 1 ton/minggu", ["Jambi", "Sumatera Barat", "Riau"], "open"),
 (M, "B", ["sirih", "sirih_buah"], "Buyer of fresh betel leaves and betel pods (sirih buah) for market traders in Flores", ["Nusa Tenggara Timur"], "open"),
 (M, "B", ["sirih_merah"], "Pembeli daun sirih merah utk bahan herbal", [], "open"),
 (M, "B", ["sirih"], "Tampung daun sirih segar utk pasar Palembang", ["Sumatera Selatan"], "open"),
 (M, "B", ["daun_salam"], "Pembeli daun salam dan daun jeruk purut kering", [], "open"),
 # gambier
 (T, "T", ["gambir"], "Pelatihan Pengolahan Gambir Bersih (perebusan, kempa dan pencetakan higienis)", ["Sumatera Barat"], "open"),
 (T, "P", ["gambir"], "Uncaria gambier processing course: cleaner extraction and drying for higher catechin", [], "open"),
 (T, "T", ["gambir_budidaya"], "Pelatihan Pembibitan dan Budidaya Tanaman Gambir", ["Sumatera Barat"], "open"),
 (M, "B", ["gambir"], "Eksportir: dibeli gambir cetak/koin kualitas ekspor, 10 ton/bulan", ["Sumatera Barat", "Riau"], "open"),
 (M, "B", ["gambir"], "Buying gambier blocks for export to India, catechin min 50%", [], "open"),
 (M, "B", ["gambir"], "Pembeli gambir asalan Painan", ["Pesisir Selatan"], "open"),
 (M, "B", ["gambir"], "Tampung gambir asalan petani Payakumbuh", ["Kota Payakumbuh"], "open"),
 (M, "B", ["karet"], "Pembeli getah karet (slab/lump) petani", ["Sumatera Barat", "Jambi"], "open"),
 (M, "B", ["gambas"], "Pembeli gambas (oyong) dan pare segar utk pasar induk", [], "open"),
 # cinnamon
 (T, "T", ["kayumanis"], "Pelatihan Panen dan Pascapanen Kayu Manis (Cassia vera): pengupasan, pengeringan, sortasi", ["Jambi", "Sumatera Barat"], "open"),
 (T, "P", ["kayumanis"], "Sekolah Lapang Kayu Manis Rakyat", ["Bengkulu"], "open"),
 (T, "P", ["minyak_kayumanis"], "Pelatihan Penyulingan Minyak Daun Kayu Manis", [], "open"),
 (M, "B", ["kayumanis"], "Eksportir Cassia vera: KA, KB, KC, harga Rp 45.000/kg", ["Jambi", "Bengkulu"], "open"),
 (M, "B", ["kayumanis"], "Cinnamon bark buyer (Cinnamomum burmannii): quills and broken bark", ["Kerinci", "Sumatera Barat"], "open"),
 (M, "B", ["kayumanis"], "Toke kulit manis Takengon", ["Aceh Tengah"], "open"),
 (M, "B", ["kayumanis"], "Pembeli kulit kayu manis dari seluruh Indonesia", [], X),
 (M, "B", ["kayu_log"], "Pembeli kayu sengon dan jabon (log) langsung di kebun", [], "open"),
 (M, "B", ["bubuk_kayumanis"], "Dicari reseller bubuk kayu manis kemasan 100 g", [], "open"),
 (M, "B", ["manisan"], "Pembeli manisan buah (pala, mangga) utk oleh-oleh", [], "open"),
 # simplisia
 (T, "T", ["simplisia"], "Pelatihan Pembuatan Simplisia Rimpang Sesuai Standar CPOTB", ["Jawa Tengah", "DI Yogyakarta"], "open"),
 (T, "P", ["simplisia"], "Herbal post-harvest: slicing, drying and storing rhizomes without mould", [], "open"),
 (T, "T", ["jamu_instan"], "Pelatihan Pembuatan Jamu Instan Serbuk Jahe dan Kunyit", [], "open"),
 (M, "B", ["simplisia"], "Pabrik jamu membeli simplisia temulawak, kunyit, jahe kering, min 200 kg", ["Jawa Tengah", "Jawa Timur"], "open"),
 (M, "B", ["simplisia"], "Dried turmeric and ginger slices wanted for a herbal extract plant", [], "open"),
 (M, "B", ["simplisia"], "Beli simplisia kencur dan temulawak", ["Jawa Tengah"], W),
 (M, "B", ["jamu_gendong"], "Dicari penjual jamu gendong utk kemitraan gerobak", [], "open"),
 # growing ginger / fresh rhizomes
 (T, "T", ["jahe"], "Pelatihan Budidaya Jahe Merah dalam Polybag", ["Jawa Barat"], "open"),
 (T, "P", ["jahe"], "Ginger and turmeric cultivation course: seed rhizomes, rot control", [], "open"),
 (T, "T", ["jahe"], "Budidaya empon-empon di pekarangan", ["Jawa Tengah"], "open"),
 (M, "B", ["jahe_segar"], "Bandar jahe merah segar, ambil di kebun, min 1 ton", ["Jawa Barat", "Banten"], "open"),
 (M, "B", ["jahe_segar"], "Fresh ginger buyer for export (jahe gajah / jahe putih), 20 t per month", ["Sulawesi Utara", "Gorontalo"], "open"),
 (M, "B", ["jahe_segar"], "Pengepul jahe segar", ["Kota Manado"], "open"),
 (R, "S", ["jahe_bibit"], "Jual bibit jahe merah (rimpang bertunas)", [], "open"),
 # aloe
 (T, "T", ["aloe"], "Pelatihan Budidaya Lidah Buaya di Lahan Gambut", ["Kalimantan Barat"], "open"),
 (T, "P", ["aloe"], "Aloe vera cultivation training for farmer groups", ["Bali", "Nusa Tenggara Barat"], "open"),
 (T, "T", ["aloe_olah"], "Pelatihan Olahan Lidah Buaya: minuman, nata dan dodol", [], "open"),
 (M, "B", ["aloe"], "Pabrik minuman membeli pelepah lidah buaya segar, 5 ton/minggu", ["Kalimantan Barat"], "open"),
 (M, "B", ["aloe"], "Aloe leaf buyer for gel processing", ["Kota Pontianak"], "open"),
 (M, "B", ["aloe"], "Pembeli lidah buaya segar", ["Serang"], "open"),
 (M, "B", ["aloe"], "Dibeli lidah buaya segar dari seluruh Indonesia", [], X),
 (M, "B", ["aloe_olah"], "Dicari reseller minuman lidah buaya kemasan", [], "open"),
 (M, "B", ["kulit_buaya"], "Pembeli kulit buaya dan kulit ular olahan", [], "open"),
 (R, "S", ["aloe_bibit"], "Jual anakan lidah buaya Aloe chinensis, min 500 batang", ["DI Yogyakarta", "Jawa Tengah"], "open"),
 (R, "P", ["aloe_bibit"], "Aloe vera pups for women farmer groups (grant)", [], "open"),
 (R, "S", ["buahnaga_bibit"], "Bibit buah naga dan sulur siap tanam", [], "open"),
 # tea
 (T, "T", ["teh"], "Pelatihan Petik dan Pangkas Teh Rakyat", ["Jawa Barat"], "open"),
 (T, "P", ["teh"], "Smallholder tea: plucking standards and pruning cycles", ["Jawa Tengah", "Jawa Barat"], "open"),
 (T, "P", ["teh"], "Sekolah Lapang Teh Rakyat", [], X),
 (T, "T", ["teh"], "Pelatihan Budidaya dan Pemangkasan Teh", ["Sumatera Barat"], "open"),
 (T, "T", ["teh_herbal"], "Pelatihan Teh Herbal Daun Kelor dan Rosella", [], "open"),
 (T, "T", ["teh_seduh"], "Kursus Penyeduhan Teh dan Barista Teh", [], "open"),
 (M, "B", ["teh"], "Pabrik teh hijau menerima pucuk teh basah petani rakyat", ["Jawa Barat"], "open"),
 (M, "B", ["teh"], "Fresh green tea leaf buyer, factory in Kayu Aro", ["Jambi", "Sumatera Barat"], "open"),
 (M, "B", ["teh"], "Pembeli pucuk teh", ["Bandung"], "open"),
 (M, "B", ["teh_kemasan"], "Dicari agen teh hitam kemasan utk warung", [], "open"),
 # tomato
 (T, "T", ["tomat"], "Pelatihan Budidaya Tomat dan Pengendalian Layu Bakteri", ["Nusa Tenggara Barat", "Sulawesi Selatan"], "open"),
 (T, "P", ["tomat"], "Tomato growing course for highland farmers", [], "open"),
 (T, "T", ["tomat_olah"], "Pelatihan Pembuatan Saus Tomat Rumahan", [], "open"),
 (M, "B", ["tomat"], "Dibeli tomat segar grade A/B utk pasar induk, 10-20 ton/minggu", ["Sumatera Utara", "Aceh"], "open"),
 (M, "B", ["tomat"], "Tomato buyer for a sauce factory, 30 t per week", ["Jawa Timur"], "open"),
 (M, "B", ["tomat"], "Pengepul tomat", ["Kota Malang"], "open"),
 (M, "B", ["terong"], "Pembeli terong ungu dan timun", [], "open"),
 (R, "S", ["tomat_benih"], "Benih tomat hibrida tahan virus gemini (kuning), kemasan 10 g", [], "open"),
 (R, "S", ["cabai_benih"], "Benih cabai rawit hibrida", [], "open"),
 # cabbage
 (M, "B", ["kubis"], "Dibeli kol/kubis bulat segar, 50 ton/minggu, utk ekspor Singapura", ["Sumatera Utara"], "open"),
 (M, "B", ["kubis"], "Cabbage buyer for supermarkets", ["Nusa Tenggara Barat", "Bali"], "open"),
 (M, "B", ["kubis", "wortel"], "Pembeli sayur kol dan wortel dari Wamena", ["Papua"], "open"),
 (M, "B", ["kubis"], "Pedagang Jayapura membeli kubis dari pegunungan", ["Papua Pegunungan"], "open"),
 (M, "B", ["kembang_kol"], "Pembeli kembang kol (bunga kol) dan brokoli", [], "open"),
 (M, "B", ["kolang_kaling"], "Pembeli kolang-kaling segar", [], "open"),
 # carrot
 (M, "B", ["wortel"], "Bandar sayur: dibeli wortel cuci grade super, 10 ton/minggu", ["Jawa Barat"], "open"),
 (M, "B", ["wortel"], "Carrot buyer for a juice factory", [], "open"),
 (M, "B", ["lobak"], "Pembeli lobak putih", [], "open"),
 # native chickens
 (T, "T", ["ayam_kampung"], "Pelatihan Beternak Ayam Kampung Unggul (KUB / Joper)", ["Jawa Timur", "Jawa Tengah"], "open"),
 (T, "P", ["ayam_kampung"], "Native chicken rearing: brooding, vaccination and home-made feed", [], "open"),
 (T, "T", ["broiler"], "Pelatihan Ternak Ayam Broiler Pola Kemitraan", [], "open"),
 (T, "T", ["itik_tetas"], "Pelatihan Penetasan Telur Itik", [], "open"),
 (R, "S", ["doc_kampung"], "DOC ayam KUB-1, minimal 500 ekor, kirim dgn box", ["Jawa Timur"], "open"),
 (R, "P", ["doc_kampung"], "Day-old native chicks for poor households", ["Nusa Tenggara Timur"], "open"),
 (R, "S", ["doc_kampung"], "DOC ayam joper", ["Kota Kupang"], "open"),
 (R, "S", ["doc_broiler"], "DOC ayam broiler (pedaging) kemitraan", [], "open"),
 (R, "S", ["pakan"], "Pakan ayam starter (BR-1) 50 kg", [], "open"),
 (M, "B", ["ayam_kampung"], "Dibeli ayam kampung hidup 0,8-1 kg utk rumah makan, 500 ekor/bulan", ["Kalimantan Selatan"], "open"),
 (M, "B", ["ayam_kampung"], "Live native chicken (ayam buras) buyer", ["Nusa Tenggara Barat", "Bali"], "open"),
 (M, "B", ["telur_kampung"], "Pembeli telur ayam kampung", [], "open"),
 (M, "B", ["ayam_afkir"], "Pembeli ayam petelur afkir", [], "open"),
 (M, "B", ["ayam_kampung"], "Beli ayam kampung potong", ["Kalimantan Tengah"], "open"),
 # grouper
 (T, "T", ["kerapu"], "Pelatihan Budidaya Kerapu di Keramba Jaring Apung", ["Kepulauan Riau", "Sulawesi Tenggara"], "open"),
 (T, "P", ["kerapu"], "Grouper mariculture course: fish health and feeding", [], "open"),
 (T, "T", ["kakap"], "Pelatihan Budidaya Kakap Putih", [], "open"),
 (R, "S", ["kerapu_benih"], "Benih kerapu cantang dan cantik 7-10 cm, hatchery Situbondo", ["Jawa Timur", "Bali", "Nusa Tenggara Barat"], "open"),
 (R, "S", ["kerapu_benih"], "Grouper fingerlings", ["Kepulauan Riau"], "open"),
 (R, "S", ["kakap_benih"], "Benih kakap putih", [], "open"),
 (M, "B", ["kerapu"], "Eksportir kerapu hidup ke Hong Kong, kapal angkut tiap 2 bulan", ["Kepulauan Riau"], "open"),
 (M, "B", ["kerapu"], "Live grouper buyer, tiger and cantang", ["Nusa Tenggara Barat", "Sulawesi Tenggara"], "open"),
 (M, "B", ["kerapu"], "Pembeli kerapu hidup Ambon", ["Maluku"], "open"),
 (M, "B", ["kerapu"], "Beli kerapu hidup semua ukuran", [], X),
 (M, "B", ["kakap"], "Pembeli ikan kakap merah segar", [], "open"),
 # abalone
 (T, "T", ["abalon"], "Pelatihan Budidaya Abalon (Haliotis squamata)", ["Nusa Tenggara Timur", "Bali"], "open"),
 (T, "T", ["tiram_mutiara"], "Pelatihan Budidaya Tiram Mutiara", [], "open"),
 (M, "B", ["abalon"], "Abalone buyer (live) for restaurants in Bali", ["Bali"], "open"),
 (M, "B", ["abalon"], "Pembeli abalon", ["Sumba Barat"], "open"),
 (M, "B", ["teripang"], "Pembeli teripang kering", [], "open"),
 # bicycles
 (T, "T", ["sepeda"], "Kursus Mekanik Sepeda (onthel, MTB, sepeda lipat)", ["DI Yogyakarta", "Jawa Tengah"], "open"),
 (T, "P", ["sepeda"], "Bicycle mechanic training for youth", [], "open"),
 (T, "T", ["motor"], "Kursus Servis Sepeda Motor", [], "open"),
 (T, "T", ["kursi_roda"], "Pelatihan Servis Kursi Roda", [], "open"),
 # tyre patching
 (T, "T", ["tambal_ban"], "Pelatihan Usaha Tambal Ban (tubeless dan ban dalam)", ["Aceh"], "open"),
 (T, "T", ["spooring"], "Kursus Spooring dan Balancing", [], "open"),
 (R, "S", ["kompresor"], "Kompresor angin 1 HP + tangki, paket usaha tambal ban", ["Aceh", "Sumatera Utara"], "open"),
 (R, "P", ["kompresor"], "Air compressor grants for youth micro-businesses", ["Kalimantan Tengah", "Kalimantan Selatan"], "open"),
 (R, "S", ["kompresor"], "Kompresor", ["Kalimantan Timur"], "open"),
 (R, "S", ["kompresor"], "Kompresor angin bekas", [], X),
 (R, "S", ["kompresor_ac"], "Kompresor AC dan kulkas", [], "open"),
 (R, "S", ["pompa"], "Pompa air dan selang", [], "open"),
 # bricks
 (T, "T", ["bata"], "Pelatihan Pembakaran Bata Merah Hemat Bahan Bakar", ["Jawa Timur"], "open"),
 (T, "P", ["bata"], "Cleaner brick kilns: firing, fuel saving, fewer broken bricks", [], "open"),
 (T, "T", ["batako"], "Pelatihan Cetak Batako", [], "open"),
 (M, "B", ["bata"], "Toko bangunan: dibeli bata merah press, 100 rb biji/bulan", ["Jawa Timur", "Jawa Tengah"], "open"),
 (M, "B", ["bata"], "Buyer of fired clay bricks for a housing project", ["Kalimantan Selatan"], "open"),
 (M, "B", ["batako"], "Pembeli batako dan paving", [], "open"),
 (R, "S", ["bata_mesin"], "Mesin cetak bata merah manual / press", ["Sulawesi Barat", "Sulawesi Selatan"], "open"),
 (R, "S", ["batako_mesin"], "Mesin cetak batako", [], "open"),
 (R, "S", ["genteng_mesin"], "Mesin press genteng", [], "open"),
 # roof tiles
 (T, "T", ["genteng"], "Pelatihan Produksi Genteng Press Tanah Liat", ["Jawa Barat"], "open"),
 (T, "T", ["baja_ringan"], "Pelatihan Pasang Atap Baja Ringan", [], "open"),
 (M, "B", ["genteng"], "Dibeli genteng tanah liat (kodok, plentong), 50 rb biji", ["Jawa Tengah", "DI Yogyakarta"], "open"),
 (M, "B", ["tanah_liat"], "Pembeli tanah liat utk industri keramik", [], "open"),
 # IPM
 (T, "P", ["pht"], "Sekolah Lapang Pengendalian Hama Terpadu (SLPHT) Padi: wereng dan penggerek batang", ["Sumatera Selatan", "Kalimantan Selatan"], "open"),
 (T, "P", ["pht"], "Integrated Pest Management farmer field school (rice insects)", [], "open"),
 (T, "P", ["pht"], "SLPHT Padi", ["Sulawesi Tengah"], "open"),
 (T, "T", ["pestisida"], "Pelatihan Aplikasi Pestisida yang Aman dan Kalibrasi Sprayer", [], "open"),
 (T, "T", ["drone"], "Pelatihan Operator Drone Semprot", [], "open"),
 # rats
 (T, "T", ["tikus"], "Pelatihan Pengendalian Tikus Sawah Terpadu (TBS, gropyokan, rubuha)", ["Jawa Timur", "Jawa Tengah"], "open"),
 (T, "P", ["tikus"], "Rodent management for rice farmers", ["Sulawesi Utara", "Gorontalo"], "open"),
 (T, "T", ["rayap"], "Pelatihan Pembasmian Rayap dan Hama Rumah", [], "open"),
 (R, "S", ["rubuha"], "Rumah burung hantu (rubuha) kayu + pasangan Tyto alba", ["Jawa Timur", "Lampung"], "open"),
 (R, "P", ["rubuha"], "Barn owl nest boxes for rat control", ["Sulawesi Selatan"], "open"),
 (R, "S", ["rubuha"], "Rubuha siap pasang", [], W),
 (R, "S", ["rodentisida"], "Racun tikus (rodentisida) umpan blok", [], "open"),
 (R, "S", ["sangkar"], "Sangkar burung kicau", [], "open"),
 # P3A
 (T, "P", ["p3a"], "Pembinaan Kelembagaan P3A / GP3A", ["Jawa Tengah", "Sulawesi Barat"], "open"),
 (T, "P", ["p3a"], "Water user associations (P3A, subak): organisation, water sharing and fees", ["Bali", "Nusa Tenggara Barat"], "open"),
 (T, "P", ["pamdes"], "Pelatihan Pengelolaan Air Minum Desa", [], "open"),
 # embung
 (T, "P", ["embung"], "Pelatihan Operasi dan Pemeliharaan Embung Desa", ["Nusa Tenggara Timur", "DI Yogyakarta"], "open"),
 (T, "P", ["embung"], "Small reservoir maintenance", ["Kota Kupang"], "open"),
 (T, "P", ["sumur_bor"], "Pelatihan Pembuatan Sumur Bor", [], "open"),
 # organic / GAP
 (T, "P", ["organik"], "Pendampingan Sertifikasi Organik (SNI 6729, PAMOR)", [], "open"),
 (T, "T", ["organik"], "Organic certification for rice farmer groups", ["Jawa Barat"], "open"),
 (T, "T", ["pupuk_organik"], "Pelatihan Pembuatan Pupuk Organik Cair", [], "open"),
 (T, "P", ["gap"], "Bimtek Registrasi Kebun dan Sertifikasi Prima 3 (GAP)", ["Nusa Tenggara Barat", "Riau"], "open"),
 (T, "P", ["halal"], "Pendampingan Sertifikasi Halal Gratis", [], "open"),
 # mental health
 (T, "P", ["keswa"], "Pelatihan Kader Kesehatan Jiwa: deteksi dini dan bebas pasung", ["DI Yogyakarta", "Jawa Tengah", "Aceh"], "open"),
 (T, "P", ["keswa"], "Mental Health First Aid for community groups", [], "open"),
 (T, "P", ["posyandu"], "Pelatihan Kader Posyandu", [], "open"),
 (T, "P", ["lansia"], "Pelatihan Kader Lansia", [], "open"),
 # TB
 (T, "P", ["tbc"], "Pelatihan Kader TBC: investigasi kontak dan pendampingan minum obat", [], "open"),
 (T, "P", ["tbc"], "TB community cadre training", ["Sumatera Utara"], "open"),
 (T, "P", ["stunting"], "Pelatihan Kader Pencegahan Stunting", [], "open"),
 (T, "P", ["malaria"], "Pelatihan Kader Malaria Desa", ["Maluku"], "open"),
 # football
 (T, "T", ["sepakbola"], "Kursus Pelatih Sepak Bola Lisensi D PSSI", ["Sulawesi Barat", "Sulawesi Selatan"], "open"),
 (T, "P", ["sepakbola"], "Grassroots football coaching course", [], "open"),
 (T, "T", ["voli"], "Pelatihan Wasit Bola Voli", [], "open"),
 (T, "T", ["silat"], "Pelatihan Pelatih Pencak Silat", [], "open"),
 (R, "P", ["bola"], "Donasi perlengkapan sepak bola: bola, gawang portabel, rompi, cone", [], "open"),
 (R, "S", ["bola"], "Jual bola sepak size 4 dan 5", ["Sulawesi Barat"], "open"),
 (R, "S", ["voli_alat"], "Bola voli dan net", [], "open"),
 (R, "S", ["lampu"], "Bola lampu LED 12 watt grosir", [], "open"),
 # dance
 (T, "T", ["tari"], "Pelatihan Tari Tradisional untuk Pertunjukan Wisata", ["Nusa Tenggara Barat", "Kalimantan Timur"], "open"),
 (T, "P", ["tari"], "Dance troupe development for tourism villages", ["Kota Sorong", "Papua Barat"], "open"),
 (T, "T", ["senam"], "Pelatihan Instruktur Senam Aerobik", [], "open"),
 (T, "T", ["karawitan"], "Kursus Karawitan (menabuh gamelan)", [], "open"),
 (T, "T", ["tari"], "Workshop Koreografi Tari Daerah", [], X),
 # migrant workers
 (T, "P", ["pmi"], "Orientasi Pra Pemberangkatan (OPP) Calon Pekerja Migran Indonesia", [], "open"),
 (T, "P", ["pmi"], "Safe migration and pre-departure training for women migrant workers", ["Nusa Tenggara Timur", "Nusa Tenggara Barat"], "open"),
 (T, "T", ["korea"], "Kursus Bahasa Korea EPS-TOPIK", [], "open"),
 (T, "P", ["purna_pmi"], "Pendampingan Usaha Mikro bagi Purna Pekerja Migran", [], "open"),
 # village procurement
 (T, "P", ["pbj"], "Bimtek Pengadaan Barang/Jasa di Desa bagi TPK", ["Kalimantan Barat", "Sulawesi Tenggara"], "open"),
 (T, "T", ["pbj"], "Village procurement (PBJ Desa) course", ["Sulawesi Tenggara"], "open"),
 (T, "P", ["siskeudes"], "Bimtek Siskeudes", [], "open"),
 (T, "P", ["apbdes"], "Bimtek Penyusunan APBDes", [], "open"),
 # forklift / driving
 (T, "T", ["forklift"], "Pelatihan Operator Forklift + SIO Kemnaker", ["Banten", "Jawa Barat", "Kepulauan Riau"], "open"),
 (T, "T", ["excavator"], "Kursus Operator Excavator", [], "open"),
 (T, "T", ["nyetir"], "Kursus Mengemudi Mobil (SIM A)", ["Maluku", "Sulawesi Utara"], "open"),
 (T, "T", ["nyetir"], "Driving school for women", ["Kota Manado"], "open"),
 (T, "T", ["servis_mobil"], "Kursus Servis Mobil Bensin", [], "open"),
 # ---- second pass: more area-limited offers ----
 (M, "B", ["pinang"], "Gudang pinang Tembilahan: biji pinang kering, bayar tunai", ["Indragiri Hilir"], "open"),
 (M, "B", ["pinang_segar"], "Mama pedagang pasar Sanggeng membeli pinang muda segar tiap hari", ["Manokwari"], "open"),
 (R, "S", ["pinang_bibit"], "Bibit pinang betara unggul siap tanam", [], "open"),
 (M, "B", ["sirih"], "Pengepul daun sirih Muara Bungo", ["Bungo", "Tebo"], "open"),
 (T, "T", ["sirih_merah"], "Pelatihan Budidaya Sirih Merah dalam Pot", [], "open"),
 (T, "P", ["gambir"], "Bimtek Pascapanen Gambir bagi Kelompok Tani", ["Lima Puluh Kota"], "open"),
 (T, "P", ["kayumanis"], "Cinnamon harvesting and grading for smallholders", ["Kerinci"], "open"),
 (M, "B", ["simplisia"], "Industri jamu Tawangmangu membeli rimpang kering (temulawak, kunyit, jahe)", ["Karanganyar"], "open"),
 (T, "T", ["simplisia"], "Pelatihan Pengeringan Simplisia Tanaman Obat", ["Kota Yogyakarta"], "open"),
 (M, "B", ["kunyit_segar"], "Pembeli kunyit segar utk bumbu, 5 ton/bulan", [], "open"),
 (M, "B", ["kapulaga"], "Pembeli kapulaga kering", [], "open"),
 (T, "P", ["jahe"], "Sekolah Lapang Budidaya Jahe dan Kunyit", ["Lampung"], "open"),
 (T, "T", ["aloe"], "Kursus Budidaya Aloe Vera", ["Buleleng"], "open"),
 (M, "B", ["teh"], "Perkebunan teh Cikajang membeli pucuk teh rakyat", ["Garut"], "open"),
 (T, "T", ["teh_olah"], "Pelatihan Pengolahan Teh Hijau Skala Rumah Tangga", [], "open"),
 (M, "B", ["tomat"], "Pengepul tomat Berastagi - Simalungun", ["Karo", "Simalungun"], "open"),
 (T, "T", ["tomat"], "Sekolah Lapang Tomat Dataran Tinggi", ["Enrekang"], "open"),
 (M, "B", ["kubis"], "Pedagang sayur Sembalun membeli kubis", ["Lombok Timur"], "open"),
 (M, "B", ["sawi"], "Pembeli sawi putih dan pakcoy", [], "open"),
 (M, "B", ["wortel"], "Pengepul wortel Curup", ["Bengkulu"], "open"),
 (R, "S", ["doc_kampung"], "DOC ayam kampung Joper & KUB, Madiun", ["Ponorogo", "Madiun"], "open"),
 (T, "T", ["ayam_kampung"], "Pelatihan Budidaya Ayam Buras", ["Gorontalo"], "open"),
 (M, "B", ["ayam_kampung"], "Dibeli ayam kampung hidup utk restoran di Sumbawa Besar", ["Sumbawa"], "open"),
 (M, "B", ["merpati"], "Pembeli burung merpati potong", [], "open"),
 (T, "T", ["kerapu"], "Pelatihan Pembesaran Kerapu Cantang", ["Wakatobi"], "open"),
 (M, "B", ["kerapu"], "Kapal penampung kerapu hidup Natuna", ["Natuna"], "open"),
 (R, "P", ["kerapu_benih"], "Bantuan benih kerapu untuk pokdakan", ["Sumbawa"], "open"),
 (T, "P", ["abalon"], "Abalone grow-out training for coastal villages", ["Lembata", "Flores Timur"], "open"),
 (M, "B", ["abalon"], "Restoran seafood membeli abalon hidup", ["Klungkung"], "open"),
 (T, "T", ["sepeda"], "Pelatihan Mekanik Sepeda", ["Papua"], "open"),
 (T, "P", ["tambal_ban"], "Tyre repair micro-business course (tubes and tubeless)", [], "open"),
 (M, "B", ["bata"], "Dibeli batu bata merah utk proyek perumahan", ["Tapin", "Banjar"], "open"),
 (T, "T", ["bata"], "Bimtek Perajin Bata Merah Lumajang", ["Lumajang"], "open"),
 (R, "P", ["bata_mesin"], "Bantuan mesin cetak bata merah untuk UMKM", [], "open"),
 (T, "P", ["genteng"], "Clay roof tile making course", [], "open"),
 (M, "B", ["genteng"], "Pembeli genteng press Purbalingga", ["Purbalingga"], "open"),
 (T, "T", ["pht"], "SLPHT Padi Rawa", ["Ogan Komering Ilir"], "open"),
 (T, "P", ["tikus"], "Pelatihan Pengendalian Tikus dengan Burung Hantu", ["Sulawesi Tengah"], "open"),
 (R, "S", ["rubuha"], "Rubuha dan anakan Tyto alba", ["Ngawi"], "open"),
 (R, "S", ["rubuha"], "Rumah burung hantu", ["Sulawesi Utara"], "open"),
 (T, "P", ["p3a"], "Pelatihan Tata Kelola Irigasi Tersier untuk Petani Pemakai Air", [], "open"),
 (T, "P", ["embung"], "Village pond (embung) upkeep and desilting", ["Gunungkidul"], "open"),
 (T, "P", ["organik"], "Sekolah Lapang Pertanian Organik dan Sertifikasi", ["Bali"], "open"),
 (T, "P", ["gap"], "Good Agricultural Practices (GAP) certification support for horticulture", [], "open"),
 (T, "P", ["keswa"], "Pelatihan Kesehatan Jiwa Masyarakat", ["Papua"], "open"),
 (T, "P", ["tbc"], "Pelatihan Kader Tuberkulosis", ["Kalimantan Timur"], "open"),
 (T, "P", ["tbc"], "Pelatihan Kader TBC Halmahera", ["Maluku Utara"], "open"),
 (T, "T", ["sepakbola"], "Pelatihan Pelatih Sepak Bola Usia Dini", ["Maluku"], "open"),
 (R, "P", ["bola"], "Bantuan bola kaki untuk karang taruna", ["Nusa Tenggara Timur"], "open"),
 (T, "T", ["tari"], "Pelatihan Tari Dayak Benuaq untuk Wisata", ["Kutai Barat"], "open"),
 (T, "T", ["tari"], "Pelatihan Tari Kreasi Papua", ["Papua Barat"], "open"),
 (T, "P", ["pmi"], "Pembekalan Calon Pekerja Migran Prosedural", ["Jawa Tengah"], "open"),
 (T, "P", ["pbj"], "Pelatihan PBJ Desa Berbasis Swakelola", [], "open"),
 (T, "T", ["forklift"], "Forklift operator training and certification", [], "open"),
 (T, "T", ["nyetir"], "Kursus Stir Mobil Namlea", ["Buru"], "open"),
 (T, "T", ["kebaya"], "Kursus Menjahit Kebaya", ["Sulawesi Utara"], "open"),
 (T, "T", ["pinang_olah"], "Pelatihan Olahan Biji Pinang jadi Pewarna Alami", ["Jambi"], "open"),
 (R, "S", ["tomat_benih"], "Benih tomat dataran tinggi", ["Sumatera Utara"], "open"),
 (M, "B", ["tomat"], "Pembeli tomat ceri", ["Bali"], "open"),
 (R, "S", ["aloe_bibit"], "Bibit lidah buaya", ["Kalimantan Barat"], "open"),
]

# ---------------- build ----------------
def jitter(key, lat, lon):
    h = zlib.crc32(key.encode())
    return round(lat + ((h % 200) - 100) / 2000, 4), round(lon + (((h // 200) % 200) - 100) / 2000, 4)

FIRST = ["Sinar", "Maju", "Karya", "Mitra", "Sumber", "Bina", "Cahaya", "Harapan", "Mandiri", "Sejahtera", "Lestari", "Nusa", "Tunas", "Bumi", "Insan"]
SECOND = ["Abadi", "Jaya", "Utama", "Makmur", "Sentosa", "Bersama", "Persada", "Rejeki", "Nusantara", "Sejati", "Agung", "Mulia", "Prima", "Raya"]
PREFIX = {"T": ["LPK", "Lembaga Pelatihan", "Balai Kursus", "Yayasan"], "P": ["Program", "Yayasan", "Dinas Mitra", "Proyek"],
          "B": ["UD", "CV", "PT", "Koperasi"], "S": ["Toko", "CV", "UD", "Penangkaran"]}
PTYPE = {"T": "trainer", "P": "programme", "B": "buyer", "S": "supplier"}
PROV_HUB = {}
for name, (p, _, _) in REG.items():
    if name.startswith("Kota ") and p not in PROV_HUB: PROV_HUB[p] = name
HUBS = ["Kota Bogor", "Kota Surabaya", "Kota Medan", "Kota Makassar", "Kota Denpasar", "Kota Yogyakarta", "Kota Semarang", "Kota Bandung"]

def build():
    rnd = random.Random(7)
    groups, gkey = [], {}
    needs = []
    for i, (gname, reg, kind, subj, title) in enumerate(NEEDS):
        reg = place(reg)
        if (gname, reg) not in gkey:
            prov, lat, lon = REG[reg]
            la, lo = jitter(gname, lat, lon)
            gkey[(gname, reg)] = None
            groups.append({"name": gname, "province": prov, "regency": reg, "members": 10 + zlib.crc32(gname.encode()) % 25, "lat": la, "lon": lo})
        needs.append({"_g": (gname, reg), "kind": kind, "_s": subj, "title": title})
    rnd.shuffle(groups)
    for i, g in enumerate(groups, 1):
        g["ref"] = f"g{i:02d}"; gkey[(g["name"], g["regency"])] = g["ref"]
    rnd.shuffle(needs)
    for i, n in enumerate(needs, 1):
        n["ref"] = f"n{i:03d}"; n["group"] = gkey[n["_g"]]
    offers = []
    for kind, pt, subs, title, area, st in OFFERS:
        offers.append({"kind": kind, "_pt": pt, "_s": subs, "title": title, "service_area": [place(a) for a in area], "status": st})
    rnd.shuffle(offers)
    providers, used = [], set()
    for i, o in enumerate(offers, 1):
        o["ref"] = f"o{i:03d}"
        pref = f"p{i:03d}"
        area = o["service_area"]
        if area:
            a = area[0]
            reg = a if a in REG else PROV_HUB.get(a, PROV_FIRST_REG[a])
        else:
            reg = HUBS[i % len(HUBS)]
        while True:
            nm = f"{rnd.choice(PREFIX[o['_pt']])} {rnd.choice(FIRST)} {rnd.choice(SECOND)}"
            if nm not in used: used.add(nm); break
        prov, lat, lon = REG[reg]
        la, lo = jitter(nm, lat, lon)
        providers.append({"ref": pref, "name": nm, "type": PTYPE[o["_pt"]], "province": prov, "regency": reg, "lat": la, "lon": lo})
        o["provider"] = pref
    return groups, providers, needs, offers

def reaches(o, g):
    a = o["service_area"]
    return not a or g["province"] in a or g["regency"] in a

def main():
    groups, providers, needs, offers = build()
    G = {g["ref"]: g for g in groups}
    truth = {}
    for n in needs:
        g = G[n["group"]]
        truth[n["ref"]] = [o["ref"] for o in offers if o["kind"] == n["kind"] and n["_s"] in o["_s"] and o["status"] == "open" and reaches(o, g)]
    if "--review" in sys.argv:
        for n in needs:
            g = G[n["group"]]
            print(f"{n['ref']} [{n['kind']}/{n['_s']}] {g['regency']}, {g['province']}: {n['title']}")
            for o in offers:
                if n["_s"] in o["_s"]:
                    mark = "+" if o["ref"] in truth[n["ref"]] else "-"
                    print(f"   {mark} {o['ref']} {o['kind']:8} {o['status']:9} {o['service_area']} {o['title']}")
            if not truth[n["ref"]]: print("   (no fit)")
        return
    doc = {
        "groups": [{k: g[k] for k in ("ref", "name", "province", "regency", "members", "lat", "lon")} for g in groups],
        "providers": providers,
        "needs": [{"ref": n["ref"], "group": n["group"], "kind": n["kind"], "title": n["title"]} for n in needs],
        "offers": [dict({"ref": o["ref"], "provider": o["provider"], "kind": o["kind"], "title": o["title"], "service_area": o["service_area"]},
                        **({"status": o["status"]} if o["status"] != "open" else {})) for o in offers],
    }
    json.dump(doc, open(os.path.join(OUT, "eval7-marketplace.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(OUT, "eval7-marketplace.truth.json"), "w", encoding="utf-8"), indent=1)
    print(f"wrote {len(groups)} groups, {len(providers)} providers, {len(needs)} needs, {len(offers)} offers, {sum(map(len, truth.values()))} fits")

if __name__ == "__main__":
    main()
