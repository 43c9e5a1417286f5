#!/usr/bin/env python3
"""Labelled source of the fifth evaluation set. HELD OUT like the truth file.

Every need carries one subject label and every offer a set of subject labels (an offer that
names several subjects fits each). The truth is derived from those labels with the rule of
README.md (same kind, same subject, open, service_area empty or naming the group's province or
regency by its exact official name). The labels are not part of the import format, so they
are written to no output file.

Run: python3 source/eval5_source.py   (writes ../eval5-marketplace.json and its truth file)
"""
import csv, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(
    OUT, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
CENTROID = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
rnd = random.Random(20261207)

def near(reg):
    lat, lon = CENTROID[reg]
    return round(lat + rnd.uniform(-0.08, 0.08), 4), round(lon + rnd.uniform(-0.08, 0.08), 4)

# ------------------------------------------------------------------ groups
GROUPS = {}
def G(ref, name, prov, reg, members):
    GROUPS[ref] = dict(ref=ref, name=name, province=prov, regency=reg, members=members)

G("g01", "Kelompok Tani Jeruk Siam Tebas Sepakat", "Kalimantan Barat", "Kabupaten Sambas", 34)
G("g02", "Poktan Jeruk Mejuah-juah Simpang Empat", "Sumatera Utara", "Kabupaten Karo", 27)
G("g03", "Subak Abian Jeruk Kintamani Sari", "Bali", "Kabupaten Bangli", 41)
G("g04", "Poktan Mangga Cengkir Jatibarang", "Jawa Barat", "Kabupaten Indramayu", 30)
G("g05", "Kelompok Tani Mangga Manalagi Sumberasih", "Jawa Timur", "Kabupaten Probolinggo", 22)
G("g06", "Poktan Alpukat Wanasari Bandungan", "Jawa Tengah", "Kabupaten Semarang", 19)
G("g07", "KT Alpukat Sakti Gunung Tujuh", "Jambi", "Kabupaten Kerinci", 25)
G("g08", "Kelompok Melon Greenhouse Sido Makmur", "DI Yogyakarta", "Kabupaten Kulon Progo", 16)
G("g09", "Karang Taruna Agro Melon Widodaren", "Jawa Timur", "Kabupaten Ngawi", 18)
G("g10", "Kelompok Ternak Domba Garut Saluyu", "Jawa Barat", "Kabupaten Garut", 36)
G("g11", "Kelompok Peternak Domba Ngudi Rejeki", "Jawa Tengah", "Kabupaten Wonosobo", 23)
G("g12", "Kelompok Peternak Kerbau Rawa Danau Panggang", "Kalimantan Selatan", "Kabupaten Hulu Sungai Utara", 29)
G("g13", "Kelompok Peternak Tedong Sa'dan", "Sulawesi Selatan", "Kabupaten Toraja Utara", 21)
G("g14", "Kelompok Jangkrik Krik Makmur", "Jawa Timur", "Kabupaten Kediri", 14)
G("g15", "Kelompok Pemuda Jangkrik Lamteuba", "Aceh", "Kabupaten Aceh Besar", 12)
G("g16", "Kelompok Tani Sorgum Likotuden", "Nusa Tenggara Timur", "Kabupaten Flores Timur", 38)
G("g17", "KWT Pangan Lokal Lamba Leda", "Nusa Tenggara Timur", "Kabupaten Manggarai Timur", 26)
G("g18", "KWT Telur Asin Sumber Rejeki", "Jawa Tengah", "Kabupaten Brebes", 20)
G("g19", "Kelompok Wanita Tani Itik Amparita", "Sulawesi Selatan", "Kabupaten Sidenreng Rappang", 24)
G("g20", "KWT Saiyo Sakato Mie Sayur", "Sumatera Barat", "Kabupaten Agam", 17)
G("g21", "KWT Nyiur Hijau Tobelo", "Maluku Utara", "Kabupaten Halmahera Utara", 22)
G("g22", "Kelompok Kelapa Torang Bisa", "Sulawesi Utara", "Kabupaten Minahasa Selatan", 28)
G("g23", "KWT Sabun Jelantah Kite Bersih", "Banten", "Kabupaten Serang", 19)
G("g24", "PKK RT 12 Jelantah Berkah", "Kalimantan Timur", "Kota Balikpapan", 31)
G("g25", "Kelompok Ecoprint Daun Jati Blora", "Jawa Tengah", "Kabupaten Blora", 15)
G("g26", "KWT Ecoprint Isen Mulang", "Kalimantan Tengah", "Kota Palangka Raya", 13)
G("g27", "Karang Taruna Sablon Kampar Kreatif", "Riau", "Kabupaten Kampar", 18)
G("g28", "Pemuda Kreatif Sablon Kaos Biromaru", "Sulawesi Tengah", "Kabupaten Sigi", 14)
G("g29", "Kelompok Sulam Usus Sai Batin", "Lampung", "Kabupaten Pesawaran", 23)
G("g30", "Kelompok Pengrajin Karawo Hulonthalo", "Gorontalo", "Kabupaten Gorontalo", 27)
G("g31", "KWT Bordir Kawalu Geulis", "Jawa Barat", "Kabupaten Tasikmalaya", 33)
G("g32", "Pokja PAUD Desa Oinlasi", "Nusa Tenggara Timur", "Kabupaten Timor Tengah Selatan", 11)
G("g33", "Forum Guru PAUD Kampung Arfai", "Papua Barat", "Kabupaten Manokwari", 9)
G("g34", "Kader PAUD Siberut Selatan", "Sumatera Barat", "Kabupaten Kepulauan Mentawai", 8)
G("g35", "Karang Taruna Siaga Selo", "Jawa Tengah", "Kabupaten Boyolali", 25)
G("g36", "Kelompok Nelayan Beta Bisa Tulehu", "Maluku", "Kabupaten Maluku Tengah", 20)
G("g37", "Destana Pesisir Sumur", "Banten", "Kabupaten Pandeglang", 40)
G("g38", "Destana Lero Tatari", "Sulawesi Tengah", "Kabupaten Donggala", 35)
G("g39", "Forum Pengurangan Risiko Bencana Desa Pasar Seluma", "Bengkulu", "Kabupaten Seluma", 22)
G("g40", "Masyarakat Peduli Api Desa Sering", "Riau", "Kabupaten Pelalawan", 30)
G("g41", "MPA Desa Gohong", "Kalimantan Tengah", "Kabupaten Pulang Pisau", 28)
G("g42", "MPA Desa Sungai Tepuk", "Sumatera Selatan", "Kabupaten Ogan Komering Ilir", 26)
G("g43", "Kader Kampung Agats Peduli Anak", "Papua Selatan", "Kabupaten Asmat", 12)
G("g44", "Kelompok Perempuan Kepala Keluarga Sakra", "Nusa Tenggara Barat", "Kabupaten Lombok Timur", 29)
G("g45", "Kelompok Nelayan Kaledupa Sejahtera", "Sulawesi Tenggara", "Kabupaten Wakatobi", 37)
G("g46", "Serikat Buruh Tani Sumberjambe", "Jawa Timur", "Kabupaten Jember", 44)
G("g47", "Pemuda Bengkel Las Sebatik", "Kalimantan Utara", "Kabupaten Nunukan", 15)
G("g48", "Karang Taruna Aimas Bisa", "Papua Barat Daya", "Kabupaten Sorong", 17)
G("g49", "Taman Baca Masyarakat Tabe Polewali", "Sulawesi Barat", "Kabupaten Polewali Mandar", 10)
G("g50", "Perpustakaan Kampung Wesaput", "Papua Pegunungan", "Kabupaten Jayawijaya", 9)
G("g51", "KWT Sukun Kundi Bersatu", "Kepulauan Bangka Belitung", "Kabupaten Bangka Barat", 18)
G("g52", "Kelompok Tani Jengkol Tebat Karai", "Bengkulu", "Kabupaten Kepahiang", 24)
G("g53", "Kelompok Tani Petai Ulu Belu", "Lampung", "Kabupaten Tanggamus", 21)
G("g54", "Kelompok Tani Kapuk Randu Gabus", "Jawa Tengah", "Kabupaten Pati", 32)
G("g55", "Kelompok Kolang-Kaling Cibeber", "Banten", "Kabupaten Lebak", 20)
G("g56", "Kelompok Tani Jagung Popayato", "Gorontalo", "Kabupaten Pohuwato", 45)
G("g57", "Poktan Jagung Dou Mbojo Woja", "Nusa Tenggara Barat", "Kabupaten Dompu", 39)
G("g58", "Kelompok Pengolah Ikan Asin Ranai", "Kepulauan Riau", "Kabupaten Natuna", 16)
G("g59", "KUB Nelayan Jambal Batu Hiu", "Jawa Barat", "Kabupaten Pangandaran", 27)
G("g60", "Kelompok Peternak Kuda Kodi Bangedo", "Nusa Tenggara Timur", "Kabupaten Sumba Barat Daya", 19)
G("g61", "KWT Sehat Ubud Kangin", "Bali", "Kabupaten Gianyar", 12)
G("g62", "Kelompok Tani Padi Sipatuo Lanrisang", "Sulawesi Selatan", "Kabupaten Pinrang", 42)
G("g64", "Kelompok Air Bersih Sabu Liae", "Nusa Tenggara Timur", "Kabupaten Sabu Raijua", 33)
G("g65", "Kelompok Tani Girisubo Tadah Hujan", "DI Yogyakarta", "Kabupaten Gunungkidul", 28)
G("g66", "Kelompok Tani Jeruk Keprok Bonto Haru", "Sulawesi Selatan", "Kabupaten Kepulauan Selayar", 23)
G("g67", "Poktan Mangga Bayan Lestari", "Nusa Tenggara Barat", "Kabupaten Lombok Utara", 20)
G("g68", "Kelompok Tani Alpukat Mulak Ulu", "Sumatera Selatan", "Kabupaten Lahat", 18)
G("g69", "Kelompok Melon Kamek Maju", "Kalimantan Barat", "Kabupaten Kubu Raya", 15)
G("g70", "Kelompok Ternak Domba Hamparan Perak", "Sumatera Utara", "Kabupaten Deli Serdang", 21)
G("g71", "Kelompok Jangkrik Ulun Banua", "Kalimantan Selatan", "Kota Banjarbaru", 11)
G("g72", "Komunitas Sablon Torang Ternate", "Maluku Utara", "Kota Ternate", 13)
G("g73", "Kelompok Mama-Mama Kelapa Biak", "Papua", "Kabupaten Biak Numfor", 20)
G("g74", "Kelompok Tani Sukun Tahuna", "Sulawesi Utara", "Kabupaten Kepulauan Sangihe", 17)
G("g75", "KWT Mie Aceh Peusangan", "Aceh", "Kabupaten Bireuen", 16)
G("g76", "PKK Kampung Nelayan Marunda", "DKI Jakarta", "Kota Administrasi Jakarta Utara", 30)
G("g77", "Kelompok Tani Kapuk Nahu Mbojo", "Nusa Tenggara Barat", "Kabupaten Bima", 22)
G("g78", "Pemuda Bengkel Las Kitong Nabire", "Papua Tengah", "Kabupaten Nabire", 14)

# ------------------------------------------------------------------ needs
NEEDS = []
def N(kind, subj, group, title, tags, desc=None):
    assert group in GROUPS, group
    NEEDS.append(dict(kind=kind, subj=subj, group=group, title=title, tags=tags, desc=desc))

T, M, R = "training", "market", "resource"

# citrus
N(T, "citrus", "g01", "pelatihan penanganan CVPD jeruk, daun kuning belang2, bnyk pohon kamek mati", ["jeruk", "CVPD"], desc="Kebun jeruk siam kami 40 ha, sejak 2 thn ini daun menguning belang, buah kecil & pahit. Penyuluh bilang CVPD. Kamek butuh yg bisa ajar cara kendalikan kutu loncat & ganti bibit.")
N(T, "citrus", "g02", "Mejuah-juah, mohon pelatihan budidaya jeruk yg benar, buah kecil2 & bnyk kena lalat buah", ["jeruk"])
N(T, "citrus", "g03", "pelatihan pengendalian penyakit jeruk (huanglongbing / greening), suksma", ["jeruk", "HLB"])
N(M, "citrus", "g01", "cari pembeli jeruk siam Pontianak, 10 ton per panen, tengkulak main harga", ["jeruk siam"])
N(M, "citrus", "g66", "jual jeruk keprok Selayar 3 ton/musim, cari pembeli lgsg ki", ["jeruk keprok"])
N(R, "citrus-seedling", "g02", "butuh bibit jeruk bebas penyakit berlabel 2000 batang utk peremajaan", ["bibit jeruk"])
# mango
N(T, "mango", "g04", "pengen pelatihan mangga berbuah di luar musim (off season), pake zat pengatur tumbuh", ["mangga", "off season"])
N(T, "mango", "g05", "Pelatihan pembuahan mangga diluar musim utk kelompk, sampean bisa bantu?", ["mangga"])
N(T, "mango", "g67", "tiang minta training induksi bunga mangga, side ada pelatih?", ["mangga"])
N(M, "mango", "g04", "jual mangga cengkir / indramayu 20 ton sekali panen, cari eksportir atau supermarket", ["mangga"])
N(M, "mango", "g05", "cari pembeli mangga manalagi & gadung, panen Okt-Des", ["mangga"])
# avocado
N(T, "avocado", "g06", "pelatihan sambung pucuk alpukat & perawatan kebun, pohon sdh tua", ["alpukat", "sambung pucuk"])
N(T, "avocado", "g07", "pelatihn budidya alpukat, buahnya bnyk rontok sblm tua", ["alpukat"])
N(T, "avocado", "g68", "Avocado training utk anggota, kami nian baru tanam 3 ha", ["alpukat", "avocado"])
N(M, "avocado", "g07", "jual alpokat mentega Kerinci 5 ton/bln, cari buyer tetap", ["alpukat"])
N(R, "avocado-seedling", "g06", "butuh bibit alpukat okulasi (miki / aligator) 500 batang", ["bibit alpukat"])
# melon
N(T, "melon", "g08", "pelatihan budidaya melon di greenhouse, sistem irigasi tetes, monggo", ["melon", "greenhouse"])
N(T, "melon", "g09", "karang taruna pengen belajar nandur melon golden, piye carane greenhouse", ["melon"])
N(T, "melon", "g69", "training tanam melon utk pemuda, kamek pun dah ada lahan", ["melon"])
N(M, "melon", "g09", "jual melon golden & rock melon 2 ton per panen, grade A", ["melon"])
# sheep
N(T, "sheep", "g10", "punten, abdi peryogi pelatihan penggemukan domba, pakan fermentasi", ["domba", "penggemukan"], desc="Anggota 36 org, domba 400 ekor. Pakan rumput saja, domba lambat gemuk. Hoyong diajar pakan fermentasi / silase supaya siap jual pas Idul Adha.")
N(T, "sheep", "g11", "pelatihan ternak domba, bnyk anak domba mati, mboten ngerti obate", ["domba"])
N(T, "sheep", "g70", "mohon pelatihan penggemukan domba, pakan mahal kali", ["domba"])
N(M, "sheep", "g10", "jual domba garut jantan utk aqiqah & qurban 150 ekor/thn", ["domba"])
N(M, "sheep", "g70", "cari pembeli domba potong 30 ekor/bln", ["domba"])
N(R, "forage-chopper", "g11", "butuh mesin pencacah rumput (chopper) utk pakan domba", ["chopper", "pencacah rumput"])
# buffalo
N(M, "buffalo", "g12", "jual kerbau rawa (kalang) 40 ekor, cari pembeli, harga di sini kada bagus", ["kerbau"])
N(M, "buffalo", "g13", "cari pembeli tedong (kerbau) utk acara rambu solo', kurre sumanga'", ["kerbau", "tedong"])
# crickets
N(T, "cricket", "g14", "pelatihan budidaya jangkrik, jangkrik e mati kabeh pas umur 2 minggu", ["jangkrik"])
N(T, "cricket", "g15", "pelatihan ternak jangkrik untuk pemuda, modal kecil katanya untung that", ["jangkrik"])
N(T, "cricket", "g71", "ulun handak belajar budidaya jangkrik kalung, ada pelatihan kah?", ["jangkrik"])
N(M, "cricket", "g14", "jual jangkrik segar 300 kg/bln, cari pembeli utk pakan burung", ["jangkrik"])
N(R, "cricket-eggs", "g71", "butuh telur / bibit jangkrik kalung utk 20 kotak", ["telur jangkrik"])
# sorghum
N(T, "sorghum", "g16", "pelatihan budidaya sorgum dan olah biji sorgum jd beras, kami su tanam 10 ha", ["sorgum"])
N(T, "sorghum", "g17", "pelatihan tanam sorgum di lahan kering, sonde ada air", ["sorgum", "sorghum"])
N(M, "sorghum", "g16", "jual biji sorgum sosoh 8 ton, cari pembeli", ["sorgum"])
N(R, "sorghum-seed", "g17", "butuh benih sorgum varietas Numbu / Kawali 200 kg", ["benih sorgum"])
# salted eggs
N(T, "salted-egg", "g18", "pelatihan telur asin rasa (bakar, asap, pedas), nyong pengin naik kelas", ["telur asin"])
N(T, "salted-egg", "g19", "pelatihan bikin telur asin dari telur itik, iye supaya awet ki", ["telur asin"])
N(M, "salted-egg", "g18", "jual telur asin 5000 butir/minggu, cari distributor / oleh2 luar kota", ["telur asin"])
# noodles
N(T, "noodle", "g20", "pelatihan bikin mie basah dari sayur (bayam, wortel), awak ingin jual di pasar", ["mie"])
N(T, "noodle", "g75", "pelatihan buat mie Aceh basah tanpa pengawet, mahai that pengawet", ["mie basah"])
# VCO
N(T, "vco", "g21", "pelatihan bikin VCO (minyak kelapa murni), torang pe kelapa banyak", ["VCO", "minyak kelapa"])
N(T, "vco", "g22", "training VCO cara fermentasi, ngoni ada pelatih?", ["VCO"])
N(T, "vco", "g73", "mama2 mau belajar bikin minyak kelapa murni (VCO), sa pu kampung banyak kelapa", ["VCO"])
N(M, "vco", "g22", "jual VCO 500 liter/bln, cari pembeli / eksportir", ["VCO", "virgin coconut oil"])
# used cooking oil
N(T, "uco-soap", "g23", "pelatihan bikin sabun dari minyak jelantah, kite kumpulin jelantah dr warga", ["sabun", "jelantah"])
N(T, "uco-soap", "g24", "pelatihan sabun cuci dr jelantah utk ibu2 PKK, pian ada pelatih kah", ["sabun jelantah"])
N(M, "uco", "g24", "jual minyak jelantah 300 liter/bln hasil kumpul warga, cari pengepul resmi", ["jelantah"])
# eco-print
N(T, "ecoprint", "g25", "pelatihan ecoprint daun jati ke kain & kaos, teknik pounding & steaming", ["ecoprint"])
N(T, "ecoprint", "g26", "pelatihan eco print pakai daun2 hutan kalimantan, ulun ingin belajar", ["eco print"])
N(M, "ecoprint", "g26", "jual kain & syal ecoprint 100 lembar/bln, cari pembeli / galeri", ["ecoprint"])
# screen printing
N(T, "sablon", "g27", "pelatihan sablon kaos manual utk pemuda, awak nak buka usaha", ["sablon"])
N(T, "sablon", "g28", "ba cari pelatihan sablon plastisol & rubber, ndak ada yg ajar di sini", ["sablon"])
N(T, "sablon", "g72", "torang mo blajar screen printing kaos, ada kelas?", ["sablon", "screen printing"])
N(R, "sablon-equipment", "g28", "butuh alat sablon: screen, rakel, meja sablon, hair dryer", ["alat sablon"])
# embroidery
N(T, "sulam-usus", "g29", "pelatihan sulam usus motif baru utk ibu2, pesanan ada tp yg bisa sedikit", ["sulam usus"])
N(T, "kerawang", "g30", "pelatihan karawo / kerawang Gorontalo utk anak muda biar tdk punah", ["karawo", "kerawang"])
N(T, "bordir", "g31", "pelatihan bordir komputer, nuhun, mesin manual tos teu dipake", ["bordir"])
N(M, "kerawang", "g30", "jual kain karawo (sulaman kerawang) 200 lembar/bln, cari pembeli", ["karawo"])
# PAUD
N(T, "paud", "g32", "pelatihan guru PAUD, kami sonde pernah dapat diklat, cuma lulusan SMA", ["PAUD", "guru"], desc="Ada 3 PAUD di desa, guru 9 org semua relawan tamat SMA. Anak2 cuma menyanyi, kami mau belajar cara ajar sesuai umur. Bisa online tp sinyal lemah.")
N(T, "paud", "g33", "sa pu guru PAUD perlu pelatihan cara ajar anak usia dini", ["PAUD"])
N(T, "paud", "g34", "diklat dasar pendidik PAUD utk kader di pulau, susah ke Padang", ["PAUD"])
# first aid
N(T, "firstaid", "g35", "pelatihan P3K / pertolongan pertama utk pemuda desa, bnyk kecelakaan di jalan tanjakan", ["P3K", "pertolongan pertama"])
N(T, "firstaid", "g36", "beta cari pelatihan pertolongan pertama di laut utk nelayan, seng ada yg tau CPR", ["pertolongan pertama", "CPR"])
N(T, "firstaid", "g76", "training first aid utk ibu2 PKK, gimana kalo ada anak tenggelam", ["first aid", "P3K"])
# disaster preparedness
N(T, "disaster", "g37", "pelatihan siaga bencana tsunami & simulasi evakuasi utk warga pesisir", ["tsunami", "siaga bencana"])
N(T, "disaster", "g38", "pelatihan kesiapsiagaan gempa & tsunami, trauma 2018 masih ada", ["gempa", "tsunami"])
N(T, "disaster", "g39", "bimbingan bentuk desa tangguh bencana (destana) & jalur evakuasi", ["destana"])
# peat fire
N(T, "peatfire", "g40", "pelatihan pemadaman kebakaran lahan gambut utk MPA, tiap kemarau terbakar", ["karhutla", "gambut"], desc="MPA kami 30 org, alat cuma ember & pompa kecil. Tahun lalu 120 ha terbakar. Mohon pelatihan cara padam api di bawah permukaan gambut & patroli.")
N(T, "peatfire", "g41", "pelatihan damkar lahan gambut & patroli api, ulun MPA baru dibentuk", ["kebakaran gambut"])
N(T, "peatfire", "g42", "pelatihan MPA pemadaman karhutla, api di gambut susah padam galo", ["karhutla"])
N(R, "firepump", "g41", "butuh pompa pemadam portable + selang utk MPA, alat kami rusak", ["pompa pemadam"])
# adminduk
N(T, "adminduk", "g43", "pendampingan urus akta kelahiran & KK, sa pu anak2 tra punya akta", ["akta kelahiran", "adminduk"], desc="Di kampung kami lebih dari 100 anak belum punya akta kelahiran. Kantor Dukcapil jauh, naik speed boat mahal. Sa pu kader mau belajar urus berkas & online.")
N(T, "adminduk", "g44", "pelatihan kader adminduk, tiang bantu kance2 urus KTP KK akta", ["adminduk", "KTP"])
# BPJS
N(T, "bpjs", "g45", "sosialisasi & daftar BPJS Ketenagakerjaan utk nelayan, kalo kecelakaan di laut gimana", ["BPJS Ketenagakerjaan"])
N(T, "bpjs", "g46", "pendampingan daftar BPJS TK utk buruh tani, ojok sampe gak ada jaminan", ["BPJS"])
# welding
N(T, "welding", "g47", "pelatihan las listrik utk pemuda, bah biar bisa kerja di bengkel", ["las", "welding"])
N(T, "welding", "g48", "sa pu anak muda mau belajar las (welding) biar dapat sertifikat", ["las"])
N(T, "welding", "g78", "kitong perlu pelatihan pengelasan utk bikin teralis & pagar", ["las", "pengelasan"], desc="Pemuda putus sekolah 14 org. Di Nabire bnyk pesanan teralis & pagar tp tukang las didatangkan dr luar. Kitong mau pelatihan dasar sampai bisa kerja sendiri.")
# village library
N(T, "library", "g49", "tabe, pelatihan kelola taman baca / perpustakaan desa, buku ada tp tdk terurus", ["perpustakaan", "taman baca"])
N(T, "library", "g50", "pelatihan pengelola perpustakaan kampung, wa wa", ["perpustakaan"])
N(R, "books", "g50", "butuh donasi buku bacaan anak utk perpustakaan kampung", ["buku", "donasi buku"])
# breadfruit
N(T, "breadfruit-flour", "g51", "pelatihan olah sukun jadi tepung, buah sukun dak laku dijual", ["sukun", "tepung sukun"])
N(T, "breadfruit-flour", "g74", "torang mo pelatihan tepung sukun biar tahan lama", ["tepung sukun"])
N(M, "breadfruit-flour", "g74", "jual tepung sukun 500 kg/bln, cari pembeli", ["tepung sukun"])
# no fit: kombucha, horse, jengkol, kapok (Bima)
N(T, "kombucha", "g61", "pelatihan bikin kombucha dr teh & rempah utk dijual di cafe, suksma", ["kombucha"])
N(T, "horse", "g60", "pelatihan perawatan & kesehatan kuda, bnyk kuda sakit cacingan", ["kuda"], desc="Kuda kami dipakai utk pasola & angkut hasil kebun. Banyak yg kurus & cacingan, mantri hewan cuma urus sapi. Kami mau belajar rawat kuda sendiri.")
N(M, "horse", "g60", "jual kuda sandelwood Sumba 25 ekor", ["kuda"])
N(M, "jengkol", "g52", "cari pembeli jengkol 4 ton/musim, harga anjlok", ["jengkol"])
N(M, "petai", "g53", "jual petai papan 2000 papan/minggu, cari pengepul ke Jakarta", ["petai"])
N(M, "kapok", "g54", "jual kapuk randu gelondong & serat kapuk 10 ton, cari pabrik", ["kapuk"])
N(M, "kapok", "g77", "nahu jual kapuk randu 3 ton, cari pembeli", ["kapuk"])
# kolang-kaling
N(T, "kolang-kaling", "g55", "pelatihan olah kolang-kaling jadi manisan & selai biar awet", ["kolang-kaling"])
N(M, "kolang-kaling", "g55", "jual kolang kaling 2 ton menjelang puasa, cari pembeli", ["kolang-kaling"])
# maize
N(M, "maize", "g56", "jual jagung pipilan kering 50 ton, kadar air 15%, cari pabrik pakan", ["jagung pipil"], desc="Panen raya Maret-April. Kadar air sudah 15% pakai dryer desa. Selama ini dijual ke tengkulak Rp 3.800/kg, kami cari pabrik pakan yg beli langsung.")
N(M, "maize", "g57", "nahu dou jual jagung pipil kering 100 ton per panen, cari offtaker", ["jagung"])
N(R, "maize-seed", "g57", "butuh benih jagung hibrida utk 50 ha", ["benih jagung"])
# salted fish
N(M, "salted-fish", "g58", "jual ikan asin (tenggiri, kurisi) 1 ton/bln, cari pembeli", ["ikan asin"])
N(M, "salted-fish", "g59", "cari pembeli ikan asin jambal roti & peda, produksi 600 kg/bln", ["ikan asin", "jambal roti"])
N(R, "drying-rack", "g59", "butuh rak jemur ikan (para-para) stainless / jaring utk ikan asin", ["rak jemur ikan"])
# water
N(R, "rainwater", "g64", "butuh bantuan tandon / bak penampung air hujan, musim kering sonde ada air", ["penampung air hujan"])
N(R, "rainwater", "g65", "butuh PAH (penampungan air hujan) 20 rumah, sumur asat", ["PAH", "air hujan"])
# hand tractor (no fit)
N(R, "handtractor", "g62", "butuh hand traktor utk olah sawah, traktor sewa mahal ki", ["hand traktor", "traktor"])

# ------------------------------------------------------------------ offers
OFFERS = []
def O(kind, subjs, pname, ptype, pprov, preg, title, tags, area, status="open"):
    OFFERS.append(dict(kind=kind, subjs=set(subjs), pname=pname, ptype=ptype, pprov=pprov, preg=preg,
                       title=title, tags=tags, area=area, status=status))
ALL = []
# -- citrus: training
O(T, ["citrus"], "BPSI Jeruk dan Buah Subtropika", "programme", "Jawa Timur", "Kota Batu",
  "Sekolah Lapang Pengendalian CVPD/HLB pada Tanaman Jeruk", ["jeruk", "CVPD", "HLB"], ALL)
O(T, ["citrus"], "Dinas TPH Kalimantan Barat", "programme", "Kalimantan Barat", "Kota Pontianak",
  "Pelatihan Budidaya Jeruk Siam Sehat dan Berkelanjutan", ["jeruk siam"], ["Kalimantan Barat"])
O(T, ["citrus"], "Citrus Health Alliance", "programme", "Bali", "Kota Denpasar",
  "Citrus greening (HLB) management course for smallholder growers", ["citrus", "greening"], ["Bali", "Nusa Tenggara Barat"])
O(T, ["citrus"], "Pak Ginting Penyuluh Swadaya", "trainer", "Sumatera Utara", "Kabupaten Karo",
  "Bimtek pengendalian lalat buah pada jeruk", ["jeruk", "lalat buah"], ["Sumatera Utara"])
O(T, ["citrus-juice"], "Rumah Kemasan Sari Buah", "trainer", "Jawa Timur", "Kota Malang",
  "Pelatihan pembuatan sari buah jeruk dan minuman jus kemasan", ["sari jeruk"], ALL)
O(T, ["citrus"], "Balai Penyuluhan Kapuas", "programme", "Kalimantan Tengah", "Kabupaten Kapuas",
  "Pelatihan Budidaya Jeruk Siam Banjar", ["jeruk"], ["Kalimantan Tengah", "Kalimantan Selatan"])
O(T, ["citrus"], "Yayasan Tani Bali Lestari", "trainer", "Bali", "Kabupaten Buleleng",
  "Pelatihan pengendalian penyakit jeruk untuk subak abian", ["jeruk"], ["Bali"], "closed")
O(T, ["cattle-disease"], "Puskeswan Keliling Sulsel", "programme", "Sulawesi Selatan", "Kota Makassar",
  "Pelatihan pengendalian penyakit ngorok (SE) pada sapi dan kerbau", ["penyakit ngorok", "sapi", "kerbau"], ALL)
# -- citrus: market
O(M, ["citrus"], "UD Jeruk Tebas Jaya", "buyer", "Kalimantan Barat", "Kabupaten Sambas",
  "Pengepul jeruk siam Pontianak, ambil di kebun, min 5 ton", ["jeruk siam"], ["Kalimantan Barat"])
O(M, ["citrus"], "FreshMart Fruit Sourcing", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Barat",
  "Fresh citrus buyer for supermarket chain: keprok, siam, pomelo; min 2 t/week", ["citrus", "jeruk"], ALL)
O(M, ["citrus"], "CV Buah Segar Makassar", "buyer", "Sulawesi Selatan", "Kota Makassar",
  "Beli jeruk keprok & jeruk siam petani Sulsel, bayar tunai", ["jeruk keprok", "jeruk siam"], ["Sulawesi Selatan"])
O(M, ["citrus-peel"], "PT Atsiri Kulit Nusantara", "buyer", "Jawa Tengah", "Kabupaten Batang",
  "Beli kulit jeruk kering untuk bahan minyak atsiri, 1 ton/bln", ["kulit jeruk"], ALL)
O(M, ["kaffir-leaf"], "Bumbu Dapur Sentosa", "buyer", "Jawa Timur", "Kota Surabaya",
  "Beli daun jeruk purut segar & kering untuk bumbu, 500 kg/minggu", ["daun jeruk"], ALL)
O(M, ["citrus"], "Pengepul Jeruk Kapuas Barokah", "buyer", "Kalimantan Tengah", "Kabupaten Kapuas",
  "Beli jeruk siam dari petani Kalteng", ["jeruk siam"], ["Kalimantan Tengah"])
# -- citrus: resource
O(R, ["citrus-seedling"], "Penangkar Bibit Jeruk Berastagi", "supplier", "Sumatera Utara", "Kabupaten Karo",
  "Bibit jeruk bebas penyakit berlabel (BPMT) keprok & siam", ["bibit jeruk"], ["Sumatera Utara", "Aceh"])
O(R, ["citrus-seedling"], "Program Kawasan Hortikultura", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Bantuan bibit jeruk bersertifikat untuk kelompok tani", ["bibit jeruk"], ALL)
O(R, ["citrus-fertiliser"], "Toko Tani Karo Subur", "supplier", "Sumatera Utara", "Kabupaten Karo",
  "Pupuk NPK khusus tanaman jeruk", ["pupuk jeruk"], ["Sumatera Utara"])
O(R, ["citrus-seedling"], "Kebun Bibit Jeruk Batu", "supplier", "Jawa Timur", "Kota Batu",
  "Jual bibit jeruk keprok Batu 55 okulasi", ["bibit jeruk"], ["Jawa Timur"])

# -- mango: training
O(T, ["mango"], "BPSI Buah Tropika", "programme", "Sumatera Barat", "Kabupaten Solok",
  "Pelatihan Teknik Pembuahan Mangga di Luar Musim (Off-Season)", ["mangga", "off season"], ALL)
O(T, ["mango"], "Mango Growers Network", "programme", "Jawa Timur", "Kabupaten Probolinggo",
  "Off-season mango flower induction (paclobutrazol) training", ["mango", "flower induction"], ["Jawa Timur", "Jawa Barat"])
O(T, ["mango"], "Pak Darsono Pelatih Mangga", "trainer", "Jawa Barat", "Kabupaten Indramayu",
  "Bimtek budidaya mangga gedong gincu & cengkir", ["mangga"], ["Jawa Barat"])
O(T, ["mango-processing"], "Rumah Olahan Buah Probolinggo", "trainer", "Jawa Timur", "Kabupaten Probolinggo",
  "Pelatihan olahan mangga: manisan, dodol dan keripik mangga", ["olahan mangga"], ALL)
O(T, ["mango"], "Dinas Pertanian NTB", "programme", "Nusa Tenggara Barat", "Kota Mataram",
  "Pelatihan induksi pembungaan mangga", ["mangga"], ["Kota Mataram"])
O(T, ["mangrove"], "Yayasan Pesisir Lestari", "programme", "Nusa Tenggara Barat", "Kabupaten Lombok Timur",
  "Pelatihan rehabilitasi mangrove dan pembibitan", ["mangrove"], ALL)
# -- mango: market
O(M, ["mango"], "PT Mangga Ekspor Indonesia", "buyer", "Jawa Barat", "Kabupaten Cirebon",
  "Mango exporter: gedong gincu & arumanis, 20 t/season, GAP registered orchards", ["mango", "mangga"], ["Jawa Barat", "Jawa Tengah"])
O(M, ["mango"], "Pasar Induk Buah Kramat Jati - Lapak 21", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Timur",
  "Beli mangga segala jenis (harum manis, manalagi, cengkir), bayar per truk", ["mangga"], ALL)
O(M, ["mango-puree"], "PT Sari Tropis Puree", "buyer", "Jawa Timur", "Kabupaten Pasuruan",
  "Beli pulp/puree mangga beku untuk industri minuman", ["puree mangga"], ALL)
O(M, ["mango"], "UD Mangga Probolinggo", "buyer", "Jawa Timur", "Kota Probolinggo",
  "Beli mangga manalagi dan gadung dari petani", ["mangga"], ["Kota Probolinggo"])
O(M, ["mango-seedling"], "Kebun Bibit Mangga Nusantara", "buyer", "Jawa Timur", "Kabupaten Pasuruan",
  "Beli batang bawah & entres mangga dari penangkar", ["entres mangga"], ALL)

# -- avocado: training
O(T, ["avocado"], "Kebun Alpukat Mentega Lestari", "trainer", "Jawa Tengah", "Kabupaten Semarang",
  "Pelatihan Sambung Pucuk dan Budidaya Alpukat", ["alpukat", "sambung pucuk"], ["Jawa Tengah", "DI Yogyakarta"])
O(T, ["avocado"], "Highland Fruit Project", "programme", "Jambi", "Kabupaten Kerinci",
  "Avocado orchard management for smallholders", ["avocado"], ["Jambi", "Sumatera Barat", "Bengkulu"])
O(T, ["avocado"], "Sekolah Tani Buah Nusantara", "trainer", "Jawa Barat", "Kabupaten Bogor",
  "Kelas online budidaya alpukat: dari bibit sampai panen", ["alpukat"], ALL)
O(T, ["grafting-durian"], "Pak Hendra Penangkar Durian", "trainer", "Sumatera Selatan", "Kabupaten Lahat",
  "Pelatihan sambung pucuk durian musang king", ["sambung pucuk", "durian"], ["Sumatera Selatan"])
O(T, ["avocado"], "Dinas Pertanian Sumsel", "programme", "Sumatera Selatan", "Kota Palembang",
  "Pelatihan budidaya alpukat", ["alpukat"], ["Kota Pagar Alam"])
O(T, ["avocado-processing"], "Rumah Lemak Sehat", "trainer", "DI Yogyakarta", "Kota Yogyakarta",
  "Workshop pembuatan minyak alpukat dan masker alpukat", ["minyak alpukat"], ALL)
# -- avocado: market
O(M, ["avocado"], "Alpukat Kita Distribusi", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Beli alpukat mentega & aligator grade A-B, 3-10 ton/bulan", ["alpukat"], ALL)
O(M, ["avocado"], "Sumatra Avocado Trading", "buyer", "Sumatera Barat", "Kota Padang",
  "Avocado buyer, collection in Jambi and West Sumatra", ["avocado"], ["Jambi", "Sumatera Barat"])
O(M, ["avocado-oil"], "PT Nabati Kosmetik", "buyer", "Jawa Barat", "Kota Bandung",
  "Beli minyak alpukat mentah (crude) untuk kosmetik", ["minyak alpukat"], ALL)
O(M, ["avocado"], "CV Buah Kerinci", "buyer", "Jambi", "Kabupaten Kerinci",
  "Beli alpukat dari petani Kerinci", ["alpukat"], ["Kabupaten Kerinci"], "withdrawn")
# -- avocado: resource
O(R, ["avocado-seedling"], "Penangkar Bibit Alpukat Bandungan", "supplier", "Jawa Tengah", "Kabupaten Semarang",
  "Jual bibit alpukat okulasi: miki, aligator, kendil", ["bibit alpukat"], ["Jawa Tengah"])
O(R, ["avocado-seedling"], "Tropical Fruit Nursery", "supplier", "Jawa Timur", "Kota Malang",
  "Grafted avocado seedlings, shipped nationwide", ["avocado seedlings"], ALL)
O(R, ["tree-seedling", "avocado-seedling"], "Persemaian Permanen Rumpin", "programme", "Jawa Barat", "Kabupaten Bogor",
  "Bibit pohon gratis untuk penghijauan: mahoni, trembesi, alpukat lokal", ["bibit pohon"], ["Jawa Barat", "Banten"])

# -- melon: training
O(T, ["melon"], "Agro Greenhouse Academy", "trainer", "DI Yogyakarta", "Kabupaten Sleman",
  "Pelatihan budidaya melon premium dalam greenhouse dengan irigasi tetes", ["melon", "greenhouse"], ["DI Yogyakarta", "Jawa Tengah", "Jawa Timur"])
O(T, ["melon"], "Yayasan Petani Muda Indonesia", "programme", "Jawa Barat", "Kota Bandung",
  "Young farmers' melon greenhouse course (online + farm visit)", ["melon"], ALL)
O(T, ["watermelon"], "Pak Slamet Semangka", "trainer", "Jawa Timur", "Kabupaten Ngawi",
  "Pelatihan budidaya semangka tanpa biji", ["semangka"], ALL)
O(T, ["greenhouse-hydroponic"], "Hidroponik Nusantara", "trainer", "Jawa Timur", "Kota Surabaya",
  "Pelatihan hidroponik sayur daun dalam greenhouse", ["hidroponik", "greenhouse"], ALL)
O(T, ["melon"], "Dinas Pertanian Kalbar", "programme", "Kalimantan Barat", "Kota Pontianak",
  "Pelatihan budidaya melon untuk pemuda tani", ["melon"], ["Kota Pontianak", "Kota Singkawang"])
# -- melon: market
O(M, ["melon"], "Supermarket Segar Group", "buyer", "Jawa Timur", "Kota Surabaya",
  "Beli melon golden, rock melon & inthanon, grade A, 1-3 ton/minggu", ["melon"], ["Jawa Timur", "Jawa Tengah"])
O(M, ["melon"], "Fruit Export Hub", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Utara",
  "Premium melon buyer for export to Singapore", ["melon"], ALL)
O(M, ["melon-seed"], "PT Benih Buah Unggul", "buyer", "Jawa Tengah", "Kota Semarang",
  "Beli biji melon hasil penangkaran (kontrak benih)", ["biji melon"], ALL)

# -- sheep: training
O(T, ["sheep"], "Balai Pelatihan Peternakan Cikole", "programme", "Jawa Barat", "Kabupaten Bandung Barat",
  "Pelatihan Penggemukan Domba dengan Pakan Fermentasi", ["domba", "penggemukan"], ["Jawa Barat", "Banten"])
O(T, ["sheep"], "Sheep & Goat Smallholder Project", "programme", "Jawa Tengah", "Kota Semarang",
  "Sheep fattening and flock health training", ["sheep"], ALL)
O(T, ["sheep"], "Pak Wagiman Ternak Domba", "trainer", "Jawa Tengah", "Kabupaten Temanggung",
  "Kursus ternak domba: kesehatan, pakan, perkawinan", ["domba"], ["Jawa Tengah"])
O(T, ["cattle-fattening"], "Loka Penggemukan Sapi Sumut", "programme", "Sumatera Utara", "Kota Medan",
  "Pelatihan penggemukan sapi potong", ["penggemukan", "sapi"], ALL)
O(T, ["goat-dairy"], "Peternakan Etawa Kaligesing", "trainer", "Jawa Tengah", "Kabupaten Purworejo",
  "Pelatihan ternak kambing perah etawa", ["kambing"], ALL)
O(T, ["sheep"], "Dinas Peternakan Sumatera Barat", "programme", "Sumatera Barat", "Kota Padang",
  "Pelatihan penggemukan domba", ["domba"], ["Sumatera Barat"])
O(T, ["sheep-wool"], "Wool Craft Studio", "trainer", "DI Yogyakarta", "Kota Yogyakarta",
  "Felting workshop: crafts from sheep wool", ["wool", "felting"], ALL)
# -- sheep: market
O(M, ["sheep"], "Aqiqah Berkah Nusantara", "buyer", "Jawa Barat", "Kota Bandung",
  "Beli domba & kambing jantan untuk aqiqah, 100 ekor/bulan", ["domba", "aqiqah"], ["Jawa Barat", "DKI Jakarta", "Banten"])
O(M, ["sheep"], "Qurban Nusantara Foundation", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Pusat",
  "Buying sheep and goats for qurban, nationwide collection", ["sheep", "qurban"], ALL)
O(M, ["sheep"], "RPH Hewan Kecil Medan", "buyer", "Sumatera Utara", "Kota Medan",
  "Beli domba potong hidup untuk RPH", ["domba"], ["Kota Medan"])
O(M, ["mutton"], "Restoran Sate Kambing Pak Kumis", "buyer", "Jawa Barat", "Kabupaten Garut",
  "Beli daging domba segar (karkas) 200 kg/minggu", ["daging domba"], ["Jawa Barat"])
O(M, ["sheep-manure"], "CV Pupuk Organik Priangan", "buyer", "Jawa Barat", "Kabupaten Garut",
  "Beli kotoran domba & kambing kering", ["kotoran domba"], ALL)
# -- sheep: resource
O(R, ["forage-chopper"], "Alsintan Jaya Teknik", "supplier", "Jawa Tengah", "Kabupaten Klaten",
  "Mesin pencacah rumput (chopper) untuk pakan ternak, 1-3 ton/jam", ["chopper", "pencacah rumput"], ["Jawa Tengah", "DI Yogyakarta"])
O(R, ["forage-chopper"], "Program Hibah Alsin Peternakan", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Forage chopper grants for livestock groups", ["forage chopper"], ALL)
O(R, ["plastic-shredder"], "Mesin Daur Ulang Mandiri", "supplier", "Jawa Tengah", "Kota Semarang",
  "Mesin pencacah plastik untuk bank sampah", ["pencacah plastik"], ["Jawa Tengah"])
O(R, ["sheep-breeding-stock"], "Peternakan Domba Garut Super", "supplier", "Jawa Barat", "Kabupaten Garut",
  "Jual bibit domba garut & bakalan", ["bibit domba"], ALL)

# -- buffalo: market
O(M, ["buffalo"], "Pedagang Tedong Bolu Rantepao", "buyer", "Sulawesi Selatan", "Kabupaten Toraja Utara",
  "Beli tedong (kerbau) untuk rambu solo', semua umur dan warna", ["tedong", "kerbau"], ["Sulawesi Selatan", "Sulawesi Barat"])
O(M, ["buffalo"], "CV Ternak Banua", "buyer", "Kalimantan Selatan", "Kota Banjarmasin",
  "Beli kerbau rawa (kalang) hidup dari peternak Kalsel", ["kerbau rawa"], ["Kalimantan Selatan"])
O(M, ["buffalo", "cattle"], "Livestock Traders Indonesia", "buyer", "Jawa Timur", "Kota Surabaya",
  "Buying live cattle and buffalo for slaughterhouses", ["cattle", "buffalo"], ALL)
O(M, ["buffalo-milk"], "Dadiah Minang Asli", "buyer", "Sumatera Barat", "Kabupaten Tanah Datar",
  "Beli susu kerbau segar untuk dadiah", ["susu kerbau"], ALL)
O(M, ["buffalo"], "Pengepul Kerbau Banjar", "buyer", "Jawa Barat", "Kota Banjar",
  "Beli kerbau hidup", ["kerbau"], ["Kota Banjar"])

# -- crickets
O(T, ["cricket"], "Jangkrik Farm Academy", "trainer", "Jawa Timur", "Kabupaten Kediri",
  "Pelatihan budidaya jangkrik kalung dan alam", ["jangkrik"], ["Jawa Timur", "Jawa Tengah"])
O(T, ["cricket"], "Edible Insects Asia", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Cricket farming for food and feed: online course", ["cricket farming"], ALL)
O(T, ["cricket"], "Dinas Peternakan Aceh", "programme", "Aceh", "Kota Banda Aceh",
  "Pelatihan budidaya jangkrik untuk pemuda", ["jangkrik"], ["Kota Banda Aceh"])
O(T, ["bsf"], "Maggot Center Banjarbaru", "trainer", "Kalimantan Selatan", "Kota Banjarbaru",
  "Pelatihan budidaya maggot BSF untuk pakan burung & ikan", ["maggot", "pakan burung"], ALL)
O(T, ["songbird"], "Kicau Mania Training", "trainer", "Jawa Timur", "Kabupaten Kediri",
  "Pelatihan ternak burung kicau (murai & kenari)", ["burung kicau"], ALL)
O(T, ["cricket"], "Pak Udin Jangkrik", "trainer", "Kalimantan Timur", "Kota Samarinda",
  "Kursus ternak jangkrik", ["jangkrik"], ["Kalimantan Timur"])
O(M, ["cricket"], "Toko Pakan Burung Sinar", "buyer", "Jawa Timur", "Kota Surabaya",
  "Beli jangkrik hidup 100-500 kg/bulan untuk pakan burung", ["jangkrik"], ["Jawa Timur"])
O(M, ["cricket"], "Protein Serangga Nusantara", "buyer", "Jawa Barat", "Kabupaten Bogor",
  "Buying live crickets for cricket flour", ["crickets"], ALL)
O(M, ["cricket-flour"], "Healthy Snack Co", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Barat",
  "Beli tepung jangkrik kering untuk snack protein", ["tepung jangkrik"], ALL)
O(R, ["cricket-eggs"], "Peternak Bibit Jangkrik Kalung", "supplier", "Jawa Timur", "Kabupaten Kediri",
  "Jual telur jangkrik kalung, kirim seluruh Indonesia", ["telur jangkrik"], ALL)
O(R, ["cricket-eggs"], "Jangkrik Banua Farm", "supplier", "Kalimantan Selatan", "Kabupaten Banjar",
  "Telur & bibit jangkrik siap tetas", ["bibit jangkrik"], ["Kabupaten Banjar"])
O(R, ["cricket-cage"], "Kotak Ternak Jaya", "supplier", "Kalimantan Selatan", "Kota Banjarmasin",
  "Jual kotak / kandang jangkrik dari triplek", ["kandang jangkrik"], ["Kalimantan Selatan"])

# -- sorghum
O(T, ["sorghum"], "Yayasan Pangan Lokal Flores", "programme", "Nusa Tenggara Timur", "Kabupaten Flores Timur",
  "Sekolah Lapang Budidaya dan Pascapanen Sorgum", ["sorgum"], ["Nusa Tenggara Timur"])
O(T, ["sorghum"], "Dryland Food Security Program", "programme", "Nusa Tenggara Timur", "Kota Kupang",
  "Sorghum for drylands: growing, threshing and dehulling", ["sorghum"], ALL)
O(T, ["sorghum"], "BRMP Serealia", "programme", "Sulawesi Selatan", "Kabupaten Maros",
  "Bimtek budidaya sorgum", ["sorgum"], ["Sulawesi Selatan", "Sulawesi Tenggara"])
O(T, ["maize"], "Penyuluh Jagung Manggarai", "trainer", "Nusa Tenggara Timur", "Kabupaten Manggarai",
  "Pelatihan budidaya jagung di lahan kering", ["jagung", "lahan kering"], ["Nusa Tenggara Timur"])
O(M, ["sorghum"], "PT Sorgum Sehat Nusantara", "buyer", "Nusa Tenggara Timur", "Kota Kupang",
  "Beli biji sorgum sosoh dan gelondong, 5-20 ton", ["sorgum"], ["Nusa Tenggara Timur"])
O(M, ["sorghum"], "Healthy Grains Co.", "buyer", "Bali", "Kabupaten Badung",
  "Sorghum grain buyer for gluten-free products", ["sorghum"], ALL)
O(M, ["sorghum-stalk"], "Pabrik Bioetanol Batang Sorgum", "buyer", "Jawa Tengah", "Kabupaten Grobogan",
  "Beli batang sorgum manis untuk bioetanol", ["batang sorgum"], ALL)
O(R, ["sorghum-seed"], "BRMP Serealia - Benih", "programme", "Sulawesi Selatan", "Kabupaten Maros",
  "Benih sorgum varietas unggul (Numbu, Kawali, Suri) untuk kelompok tani", ["benih sorgum"], ALL)
O(R, ["sorghum-seed"], "Toko Benih Flobamora", "supplier", "Nusa Tenggara Timur", "Kota Kupang",
  "Jual benih sorgum lokal dan unggul", ["benih sorgum"], ["Nusa Tenggara Timur"])
O(R, ["sorghum-thresher"], "Alsintan Flores", "supplier", "Nusa Tenggara Timur", "Kabupaten Sikka",
  "Mesin perontok & penyosoh sorgum", ["mesin sosoh sorgum"], ["Nusa Tenggara Timur"])

# -- salted egg
O(T, ["salted-egg"], "Sentra Telur Asin Brebes", "trainer", "Jawa Tengah", "Kabupaten Brebes",
  "Pelatihan Pembuatan Telur Asin Aneka Rasa (Bakar, Asap, Pedas)", ["telur asin"], ["Jawa Tengah", "Jawa Barat"])
O(T, ["salted-egg"], "Rumah Pangan UMKM", "programme", "Jawa Timur", "Kota Surabaya",
  "Salted duck egg making course for women's groups", ["salted egg"], ALL)
O(T, ["salted-egg"], "Dinas Peternakan Sidrap", "programme", "Sulawesi Selatan", "Kabupaten Sidenreng Rappang",
  "Pelatihan pengolahan telur itik menjadi telur asin", ["telur asin", "telur itik"], ["Kabupaten Sidenreng Rappang"])
O(T, ["duck-farming"], "Pak Karim Itik Petelur", "trainer", "Sulawesi Selatan", "Kabupaten Pinrang",
  "Pelatihan ternak itik petelur", ["itik"], ALL)
O(T, ["salted-fish"], "Balai Pengolahan Ikan Pantura", "programme", "Jawa Tengah", "Kabupaten Rembang",
  "Pelatihan penggaraman & pengeringan ikan asin", ["ikan asin", "penggaraman"], ALL)
O(M, ["salted-egg"], "Oleh-oleh Khas Pantura", "buyer", "Jawa Tengah", "Kota Tegal",
  "Beli telur asin matang & bakar untuk toko oleh-oleh, 3000 butir/minggu", ["telur asin"], ["Jawa Tengah"])
O(M, ["salted-egg"], "Distributor Telur Asin Jabodetabek", "buyer", "Jawa Barat", "Kota Bekasi",
  "Beli telur asin grosir", ["telur asin"], ["Jawa Barat", "DKI Jakarta"])
O(M, ["duck-egg"], "Pengepul Telur Itik Brebes", "buyer", "Jawa Tengah", "Kabupaten Brebes",
  "Beli telur itik mentah (segar) dari peternak", ["telur itik"], ["Jawa Tengah"])

# -- noodles
O(T, ["noodle"], "Rumah Mie Sehat", "trainer", "Sumatera Barat", "Kota Bukittinggi",
  "Pelatihan pembuatan mie basah sayur tanpa pengawet", ["mie basah", "mie sayur"], ["Sumatera Barat", "Riau"])
O(T, ["noodle"], "Food Processing Hub", "programme", "Jawa Barat", "Kota Bogor",
  "Fresh noodle making: vegetable noodles without preservatives (online)", ["noodles"], ALL)
O(T, ["noodle"], "Dinas Koperasi UKM Aceh", "programme", "Aceh", "Kota Banda Aceh",
  "Pelatihan produksi mie Aceh basah higienis", ["mie Aceh"], ["Kota Banda Aceh", "Kabupaten Aceh Besar"])
O(T, ["meatball"], "Kursus Bakso Mas Jo", "trainer", "Jawa Tengah", "Kota Surakarta",
  "Kursus racik mie ayam & bakso (pakai mie jadi) untuk usaha gerobak", ["bakso", "mie ayam"], ALL)
O(T, ["bread"], "Baking Class Bundo", "trainer", "Sumatera Barat", "Kota Padang",
  "Pelatihan membuat roti manis & donat", ["roti"], ALL)

# -- VCO
O(T, ["vco"], "Pusat Pelatihan Kelapa Terpadu", "programme", "Sulawesi Utara", "Kota Manado",
  "Pelatihan Pembuatan Virgin Coconut Oil (VCO) Metode Fermentasi", ["VCO", "minyak kelapa murni"], ["Sulawesi Utara", "Gorontalo", "Maluku Utara"])
O(T, ["vco"], "Coconut Livelihoods Initiative", "programme", "Maluku Utara", "Kota Ternate",
  "Virgin coconut oil production training for women's groups", ["virgin coconut oil"], ALL)
O(T, ["copra"], "Penyuluh Kelapa Halmahera", "trainer", "Maluku Utara", "Kabupaten Halmahera Utara",
  "Pelatihan pengeringan kopra putih", ["kopra", "kelapa"], ALL)
O(T, ["coconut-sugar"], "Gula Kelapa Mandiri", "trainer", "Jawa Tengah", "Kabupaten Banyumas",
  "Pelatihan pembuatan gula kelapa kristal", ["gula kelapa"], ALL)
O(T, ["cooking-oil-coconut"], "Mama Papua Mandiri", "trainer", "Papua", "Kota Jayapura",
  "Pelatihan minyak goreng kelapa (minyak kletik) cara tradisional", ["minyak kelapa"], ["Papua"])
O(T, ["vco"], "Yayasan Kelapa Papua", "programme", "Papua", "Kota Jayapura",
  "Pelatihan pembuatan VCO", ["VCO"], ["Kota Jayapura"])
O(M, ["vco"], "Nature Oils Export", "buyer", "Sulawesi Utara", "Kota Bitung",
  "VCO buyer: organic virgin coconut oil, 1,000 l/month, export grade", ["VCO", "virgin coconut oil"], ALL)
O(M, ["vco"], "CV Minyak Kelapa Murni Minahasa", "buyer", "Sulawesi Utara", "Kabupaten Minahasa",
  "Beli VCO dari kelompok, min 100 liter", ["VCO"], ["Sulawesi Utara"])
O(M, ["copra"], "PT Kopra Nusantara", "buyer", "Sulawesi Utara", "Kota Bitung",
  "Beli kopra & kelapa butir", ["kopra"], ALL)
O(M, ["vco"], "Herbal Oil Trading", "buyer", "Jawa Timur", "Kota Malang",
  "Beli VCO curah", ["VCO"], ALL)

# -- used cooking oil: soap training, UCO market
O(T, ["uco-soap"], "Bank Jelantah Nusantara", "programme", "Banten", "Kota Tangerang Selatan",
  "Pelatihan pembuatan sabun dari minyak jelantah", ["sabun", "jelantah"], ["Banten", "DKI Jakarta", "Jawa Barat"])
O(T, ["uco-soap"], "Green Soap Project", "programme", "Kalimantan Timur", "Kota Samarinda",
  "Soap making from used cooking oil: community workshop", ["soap", "used cooking oil"], ["Kalimantan Timur", "Kalimantan Utara"])
O(T, ["uco-soap"], "Rumah Sabun Lestari", "trainer", "DI Yogyakarta", "Kabupaten Bantul",
  "Kelas online sabun cuci piring & sabun batang dari jelantah", ["sabun jelantah"], ALL)
O(T, ["soap-natural"], "Sabun Herbal Wangi", "trainer", "Jawa Barat", "Kota Bandung",
  "Pelatihan sabun herbal dari minyak zaitun & susu kambing", ["sabun herbal"], ALL)
O(T, ["detergent"], "UMKM Kimia Rumah Tangga", "trainer", "Banten", "Kota Serang",
  "Pelatihan membuat sabun cair, detergen & pembersih lantai", ["sabun cair", "detergen"], ALL)
O(M, ["uco"], "PT Biodiesel Jelantah Indonesia", "buyer", "Jawa Timur", "Kota Surabaya",
  "Pengepul minyak jelantah (UCO) untuk biodiesel, Rp 6.000/liter, min 200 liter", ["minyak jelantah", "UCO"], ALL)
O(M, ["uco"], "UCO Collection Kaltim", "buyer", "Kalimantan Timur", "Kota Balikpapan",
  "Used cooking oil collector, pick-up in Balikpapan and Samarinda", ["used cooking oil"], ["Kota Balikpapan", "Kota Samarinda"])
O(M, ["uco-soap"], "Toko Eco Living", "buyer", "Kalimantan Timur", "Kota Balikpapan",
  "Beli sabun jelantah batangan dari kelompok", ["sabun jelantah"], ["Kalimantan Timur"])
O(M, ["cooking-oil"], "Agen Minyak Goreng Curah", "buyer", "Kalimantan Timur", "Kota Balikpapan",
  "Beli minyak goreng sawit curah (baru) partai besar", ["minyak goreng"], ["Kalimantan Timur"])

# -- eco-print
O(T, ["ecoprint"], "Studio Ecoprint Jati", "trainer", "Jawa Tengah", "Kota Semarang",
  "Pelatihan Ecoprint Teknik Pounding dan Steaming pada Kain", ["ecoprint"], ["Jawa Tengah", "DI Yogyakarta"])
O(T, ["ecoprint"], "Borneo Women Craft", "programme", "Kalimantan Tengah", "Kota Palangka Raya",
  "Eco-printing with forest leaves: training for women's groups", ["eco print"], ["Kalimantan Tengah", "Kalimantan Selatan"])
O(T, ["ecoprint"], "Sekolah Ecoprint Online", "trainer", "Jawa Barat", "Kota Bandung",
  "Kelas online ecoprint untuk pemula", ["ecoprint"], ALL)
O(T, ["batik"], "Sanggar Batik Blora", "trainer", "Jawa Tengah", "Kabupaten Blora",
  "Pelatihan batik tulis pewarna alam", ["batik", "pewarna alam"], ALL)
O(T, ["shibori"], "Tie Dye Kreatif", "trainer", "Kalimantan Tengah", "Kota Palangka Raya",
  "Pelatihan jumputan / shibori pada kain", ["jumputan", "shibori"], ALL)
O(M, ["ecoprint"], "Galeri Wastra Hijau", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Beli kain & syal ecoprint dari kelompok, 50-200 lembar/bulan", ["ecoprint"], ALL)
O(M, ["ecoprint"], "Dekranasda Kalteng", "buyer", "Kalimantan Tengah", "Kota Palangka Raya",
  "Membeli produk ecoprint pengrajin Kalteng untuk galeri", ["ecoprint"], ["Kalimantan Tengah"])
O(M, ["batik"], "Batik Buyer Pekalongan", "buyer", "Jawa Tengah", "Kota Pekalongan",
  "Beli batik tulis & cap dari pengrajin", ["batik"], ALL)

# -- screen printing
O(T, ["sablon"], "Balai Latihan Kerja Pekanbaru", "programme", "Riau", "Kota Pekanbaru",
  "Pelatihan Sablon Kaos Manual dan Digital", ["sablon"], ["Riau"])
O(T, ["sablon"], "Creative Print Academy", "trainer", "Jawa Timur", "Kota Surabaya",
  "Screen printing for t-shirts: plastisol, rubber and discharge inks (online)", ["screen printing"], ALL)
O(T, ["sablon"], "Sablon Mandiri Palu", "trainer", "Sulawesi Tengah", "Kota Palu",
  "Kursus sablon kaos plastisol & rubber", ["sablon"], ["Kota Palu"])
O(T, ["digital-printing"], "Percetakan Digital Nusantara", "trainer", "Sulawesi Tengah", "Kota Palu",
  "Pelatihan desain & cetak digital printing banner", ["digital printing"], ALL)
O(T, ["sablon"], "BLK Ternate", "programme", "Maluku Utara", "Kota Ternate",
  "Pelatihan sablon kaos", ["sablon"], ["Maluku Utara"])
O(T, ["sewing"], "Kursus Jahit Kampar", "trainer", "Riau", "Kabupaten Kampar",
  "Pelatihan menjahit kaos & seragam", ["menjahit", "kaos"], ["Riau"])
O(R, ["sablon-equipment"], "Toko Alat Sablon Lengkap", "supplier", "Jawa Timur", "Kota Surabaya",
  "Paket alat sablon kaos: screen, rakel, meja sablon, tinta plastisol", ["alat sablon"], ALL)
O(R, ["sablon-equipment"], "Program Wirausaha Muda Sulteng", "programme", "Sulawesi Tengah", "Kota Palu",
  "Hibah peralatan usaha sablon untuk kelompok pemuda", ["alat sablon"], ["Sulawesi Tengah"])
O(R, ["heat-press"], "Mesin Press Kaos Jaya", "supplier", "Sulawesi Tengah", "Kota Palu",
  "Jual mesin press kaos (heat press) & printer DTF", ["heat press", "DTF"], ALL)

# -- embroidery
O(T, ["sulam-usus", "bordir", "kerawang"], "Balai Diklat Industri Kerajinan", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Timur",
  "Pelatihan Bordir dan Sulam Tangan (termasuk sulam usus dan kerawang)", ["bordir", "sulam"], ALL)
O(T, ["sulam-usus"], "Sanggar Sulam Usus Tapis Lampung", "trainer", "Lampung", "Kota Bandar Lampung",
  "Kursus Sulam Usus Motif Kontemporer", ["sulam usus"], ["Lampung"])
O(T, ["tapis"], "Rumah Tapis Pesawaran", "trainer", "Lampung", "Kabupaten Pesawaran",
  "Pelatihan menenun & menyulam kain tapis", ["tapis"], ["Lampung"])
O(T, ["kerawang"], "Dekranasda Gorontalo", "programme", "Gorontalo", "Kota Gorontalo",
  "Pelatihan Karawo (sulaman kerawang) untuk generasi muda", ["karawo"], ["Kota Gorontalo"])
O(T, ["kerawang"], "Karawo Heritage Project", "programme", "Gorontalo", "Kabupaten Gorontalo",
  "Karawo embroidery training for youth", ["karawo", "embroidery"], ["Gorontalo"])
O(T, ["bordir"], "Pusat Bordir Tasikmalaya", "trainer", "Jawa Barat", "Kota Tasikmalaya",
  "Pelatihan bordir komputer (mesin bordir digital)", ["bordir komputer"], ["Jawa Barat"])
O(T, ["bordir"], "Embroidery Academy", "trainer", "DKI Jakarta", "Kota Administrasi Jakarta Barat",
  "Computer embroidery machine operator course", ["embroidery"], ["Kota Tasikmalaya"])
O(M, ["kerawang"], "Butik Karawo Hulonthalo", "buyer", "Gorontalo", "Kota Gorontalo",
  "Beli kain & kemeja karawo dari pengrajin, 100-300 lembar/bulan", ["karawo"], ["Gorontalo"])
O(M, ["bordir"], "Grosir Bordir Tanah Abang", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Pusat",
  "Beli mukena & kerudung bordir Tasik", ["bordir"], ALL)
O(M, ["kerawang", "sulam-usus"], "Indonesian Textile Exports", "buyer", "Bali", "Kota Denpasar",
  "Buyer of hand embroidery textiles (karawo, sulam usus, kerancang)", ["embroidery", "karawo"], ALL)

# -- PAUD
O(T, ["paud"], "Pusat Pengembangan PAUD Nasional", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Diklat Dasar Pendidik PAUD (daring)", ["PAUD", "pendidik"], ALL)
O(T, ["paud"], "Early Childhood Education Foundation", "programme", "Nusa Tenggara Timur", "Kota Kupang",
  "Early childhood teacher training for village PAUD", ["early childhood", "PAUD"], ["Nusa Tenggara Timur"])
O(T, ["paud"], "HIMPAUDI Sumatera Barat", "programme", "Sumatera Barat", "Kota Padang",
  "Pelatihan guru PAUD berbasis permainan", ["guru PAUD"], ["Kota Padang"])
O(T, ["paud"], "Yayasan Anak Papua Cerdas", "programme", "Papua", "Kota Jayapura",
  "Pelatihan guru PAUD kampung", ["PAUD"], ["Papua"])
O(T, ["sd-teacher"], "LPMP Guru SD", "programme", "Nusa Tenggara Timur", "Kota Kupang",
  "Pelatihan guru kelas awal SD: membaca dan berhitung", ["guru SD"], ALL)
O(T, ["posyandu"], "Dinkes Manokwari", "programme", "Papua Barat", "Kabupaten Manokwari",
  "Pelatihan kader posyandu: tumbuh kembang anak usia dini", ["posyandu", "anak usia dini"], ["Papua Barat"])

# -- first aid
O(T, ["firstaid"], "PMI Jawa Tengah", "programme", "Jawa Tengah", "Kota Semarang",
  "Pelatihan Pertolongan Pertama (P3K) untuk Relawan Desa", ["pertolongan pertama", "P3K"], ["Jawa Tengah"])
O(T, ["firstaid"], "Ocean Safety Indonesia", "programme", "Maluku", "Kota Ambon",
  "First aid and CPR at sea for fishers", ["first aid", "CPR"], ["Maluku"], "closed")
O(T, ["firstaid"], "Lifesaving Jakarta", "trainer", "DKI Jakarta", "Kota Administrasi Jakarta Utara",
  "Basic first aid & drowning response for parents", ["first aid"], ["DKI Jakarta"])
O(T, ["firstaid"], "PMI Maluku Utara", "programme", "Maluku Utara", "Kota Ternate",
  "Pelatihan pertolongan pertama untuk nelayan", ["pertolongan pertama"], ["Maluku Utara"])
O(T, ["firstaid"], "Kota Ambon Tanggap", "programme", "Maluku", "Kota Ambon",
  "Pelatihan P3K dasar", ["P3K"], ["Kota Ambon"])
O(T, ["fishing-safety"], "Balai Keselamatan Nelayan", "programme", "Maluku", "Kota Ambon",
  "Pelatihan keselamatan pelayaran & navigasi untuk nelayan", ["keselamatan", "nelayan"], ALL)
O(T, ["swimming"], "Sekolah Renang Maluku", "trainer", "Maluku", "Kabupaten Maluku Tengah",
  "Kursus renang untuk anak pesisir", ["renang"], ["Maluku"])
O(T, ["firstaid-livestock"], "Dokter Hewan Keliling", "trainer", "Jawa Tengah", "Kabupaten Boyolali",
  "Pertolongan pertama pada ternak sakit untuk peternak", ["pertolongan pertama", "ternak"], ALL)

# -- disaster preparedness
O(T, ["disaster"], "BPBD Banten", "programme", "Banten", "Kota Serang",
  "Pelatihan Kesiapsiagaan Bencana Tsunami dan Simulasi Evakuasi", ["tsunami", "evakuasi"], ["Banten"])
O(T, ["disaster"], "Disaster Resilience Network", "programme", "Sulawesi Tengah", "Kota Palu",
  "Community earthquake and tsunami preparedness training (Destana)", ["tsunami", "earthquake", "destana"], ["Sulawesi Tengah", "Sulawesi Barat"])
O(T, ["disaster"], "Pusdiklat Penanggulangan Bencana", "programme", "Jawa Barat", "Kabupaten Bogor",
  "Pembentukan Desa Tangguh Bencana (Destana) dan rencana kontinjensi", ["destana"], ALL)
O(T, ["flood"], "Relawan Sungai Bengkulu", "programme", "Bengkulu", "Kota Bengkulu",
  "Pelatihan penyelamatan korban banjir dan perahu karet", ["banjir"], ["Bengkulu"])
O(T, ["tsunami-science"], "Ocean Science Lab", "programme", "Jawa Barat", "Kota Bandung",
  "Online lecture series on tsunami modelling for university students", ["tsunami"], ALL)
# -- peat fire
O(T, ["peatfire"], "Manggala Agni Riau", "programme", "Riau", "Kota Pekanbaru",
  "Pelatihan Pengendalian Kebakaran Hutan dan Lahan Gambut untuk MPA", ["karhutla", "gambut", "MPA"], ["Riau", "Jambi"])
O(T, ["peatfire"], "Peatland Fire Prevention Programme", "programme", "Kalimantan Tengah", "Kota Palangka Raya",
  "Peat fire suppression and patrol training for community fire brigades", ["peat fire"], ["Kalimantan Tengah", "Kalimantan Barat"])
O(T, ["peatfire"], "Badan Restorasi Gambut - Sumsel", "programme", "Sumatera Selatan", "Kota Palembang",
  "Pelatihan pemadaman karhutla", ["karhutla"], ["Kabupaten Ogan Komering Ulu"])
O(T, ["peatfire"], "Peatland Community Fire Brigade Network", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Pusat",
  "Training of community fire-care groups (MPA) in peat fire fighting", ["peat fire", "MPA"], ALL)
O(T, ["peat-farming"], "Sekolah Lapang Gambut", "programme", "Kalimantan Tengah", "Kabupaten Pulang Pisau",
  "Pelatihan pertanian tanpa bakar di lahan gambut (PLTB)", ["lahan gambut", "tanpa bakar"], ["Kalimantan Tengah"])
O(T, ["building-fire"], "Damkar Palembang", "programme", "Sumatera Selatan", "Kota Palembang",
  "Pelatihan penggunaan APAR & pemadaman kebakaran rumah", ["APAR", "kebakaran"], ALL)
O(R, ["firepump"], "Alat Damkar Nusantara", "supplier", "Riau", "Kota Pekanbaru",
  "Jual pompa pemadam portable (Shibaura/Tohatsu), selang & nozzle", ["pompa pemadam", "selang"], ALL)
O(R, ["firepump"], "Program Desa Peduli Gambut", "programme", "Kalimantan Tengah", "Kota Palangka Raya",
  "Bantuan pompa pemadam dan sumur bor untuk MPA", ["pompa pemadam", "sumur bor"], ["Kalimantan Tengah"])
O(R, ["water-pump"], "Toko Pompa Air Tani", "supplier", "Kalimantan Tengah", "Kabupaten Kapuas",
  "Pompa air irigasi sawah 3 inch", ["pompa air"], ["Kalimantan Tengah"])

# -- adminduk
O(T, ["adminduk"], "Kampung Dokumen Papua", "programme", "Papua", "Kota Jayapura",
  "Pendampingan pengurusan akta kelahiran dan KK di kampung", ["akta kelahiran", "adminduk"], ["Papua", "Kota Jayapura"])
O(T, ["adminduk"], "Legal Identity for All", "programme", "Nusa Tenggara Barat", "Kota Mataram",
  "Civil registration paralegal training (birth certificates, family cards, ID)", ["birth certificate", "civil registration"], ["Nusa Tenggara Barat"])
O(T, ["adminduk"], "Dukcapil Lombok Timur", "programme", "Nusa Tenggara Barat", "Kabupaten Lombok Timur",
  "Pelatihan kader adminduk desa", ["adminduk"], ["Kabupaten Lombok Timur"])
O(T, ["land-cert"], "BPN Papua Selatan", "programme", "Papua Selatan", "Kabupaten Merauke",
  "Sosialisasi sertifikat tanah (PTSL)", ["sertifikat tanah"], ["Papua Selatan"])
O(T, ["adminduk"], "Yayasan Anak Sehat Papua", "programme", "Papua Pegunungan", "Kabupaten Jayawijaya",
  "Pendampingan akta kelahiran anak", ["akta kelahiran"], ["Papua Pegunungan"])
O(T, ["marriage-cert"], "Pengadilan Agama Keliling NTB", "programme", "Nusa Tenggara Barat", "Kota Mataram",
  "Layanan isbat nikah & buku nikah keliling", ["isbat nikah"], ["Nusa Tenggara Barat"])
# -- BPJS
O(T, ["bpjs"], "BPJS Ketenagakerjaan Kendari", "programme", "Sulawesi Tenggara", "Kota Kendari",
  "Sosialisasi dan pendaftaran BPJS Ketenagakerjaan untuk pekerja bukan penerima upah (nelayan, petani)", ["BPJS Ketenagakerjaan"], ["Sulawesi Tenggara"])
O(T, ["bpjs"], "Social Protection for Informal Workers", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Pusat",
  "Enrolling informal workers in BPJS Ketenagakerjaan: training for community organisers", ["BPJS", "social security"], ALL)
O(T, ["bpjs-health"], "Kader JKN Jember", "programme", "Jawa Timur", "Kabupaten Jember",
  "Pendampingan pendaftaran BPJS Kesehatan (JKN-KIS)", ["BPJS Kesehatan"], ALL)
O(T, ["crop-insurance"], "Asuransi Tani Jatim", "programme", "Jawa Timur", "Kota Surabaya",
  "Sosialisasi asuransi usaha tani padi (AUTP)", ["asuransi"], ["Jawa Timur"])
O(T, ["fisher-insurance"], "KKP Asuransi Nelayan", "programme", "Sulawesi Tenggara", "Kabupaten Wakatobi",
  "Pendaftaran asuransi nelayan (BPAN)", ["asuransi nelayan"], ALL)

# -- welding
O(T, ["welding"], "BLK Nunukan", "programme", "Kalimantan Utara", "Kabupaten Nunukan",
  "Pelatihan Las Listrik (SMAW) Bersertifikat", ["las", "SMAW"], ["Kalimantan Utara"])
O(T, ["welding"], "Papua Vocational Skills", "programme", "Papua Barat Daya", "Kota Sorong",
  "Certified welding course (SMAW/MIG) for youth", ["welding"], ["Papua Barat Daya", "Papua Barat"])
O(T, ["welding"], "Bengkel Las Pak Yonas", "trainer", "Papua", "Kota Jayapura",
  "Kursus las & pembuatan teralis", ["las", "teralis"], ["Papua"])
O(T, ["lathe"], "BLK Sorong - Bubut", "programme", "Papua Barat Daya", "Kota Sorong",
  "Pelatihan operator mesin bubut", ["bubut"], ALL)
O(T, ["welding-underwater"], "Diving Works Batam", "trainer", "Kepulauan Riau", "Kota Batam",
  "Underwater welding (commercial diver) certification", ["underwater welding"], ALL)
O(T, ["welding"], "BLK Komunitas Nabire", "programme", "Papua Tengah", "Kabupaten Nabire",
  "Pelatihan pengelasan dasar untuk pemuda kampung", ["pengelasan", "las"], ["Papua Tengah"])
O(T, ["motor-repair"], "Bengkel Motor Nabire", "trainer", "Papua Tengah", "Kabupaten Nabire",
  "Pelatihan servis motor & bengkel", ["bengkel", "motor"], ["Papua Tengah"])
# -- library
O(T, ["library"], "Perpustakaan Nasional - Transformasi Perpustakaan", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Pusat",
  "Pelatihan Pengelolaan Perpustakaan Desa Berbasis Inklusi Sosial", ["perpustakaan desa"], ALL)
O(T, ["library"], "Forum TBM Sulawesi Barat", "programme", "Sulawesi Barat", "Kabupaten Majene",
  "Pelatihan pengelola taman bacaan masyarakat", ["taman bacaan"], ["Sulawesi Barat"])
O(T, ["library"], "Read Papua", "programme", "Papua", "Kota Jayapura",
  "Village library management and reading sessions training", ["library", "reading"], ["Papua"])
O(T, ["reading-class"], "Rumah Belajar Calistung", "trainer", "Sulawesi Barat", "Kabupaten Polewali Mandar",
  "Les membaca & calistung untuk anak SD", ["membaca"], ["Sulawesi Barat"])
O(R, ["books"], "Gerakan Seribu Buku", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Donasi buku bacaan anak untuk perpustakaan & TBM di daerah 3T", ["donasi buku", "buku anak"], ALL)
O(R, ["books"], "Buku untuk Papua", "programme", "Papua", "Kota Jayapura",
  "Book donations for village libraries", ["books"], ["Papua", "Papua Barat"])
O(R, ["bookshelf"], "Mebel Pustaka", "supplier", "Jawa Tengah", "Kabupaten Jepara",
  "Jual rak buku perpustakaan kayu jati", ["rak buku"], ALL)
O(R, ["schoolbooks"], "Penerbit Buku Pelajaran", "supplier", "Jawa Barat", "Kota Bandung",
  "Jual buku pelajaran SD/SMP kurikulum merdeka", ["buku pelajaran"], ALL)

# -- breadfruit
O(T, ["breadfruit-flour"], "Pusat Pangan Lokal Nusantara", "programme", "DI Yogyakarta", "Kabupaten Sleman",
  "Pelatihan Pengolahan Sukun menjadi Tepung dan Aneka Kue", ["sukun", "tepung sukun"], ALL)
O(T, ["breadfruit-flour"], "Breadfruit Institute Asia", "programme", "Sulawesi Utara", "Kota Manado",
  "Breadfruit flour processing for island communities", ["breadfruit flour"], ["Sulawesi Utara", "Maluku Utara"])
O(T, ["breadfruit-chips"], "UMKM Keripik Sukun Cilacap", "trainer", "Jawa Tengah", "Kabupaten Cilacap",
  "Pelatihan keripik sukun renyah", ["keripik sukun"], ALL)
O(T, ["mocaf"], "Mocaf Center", "trainer", "Kepulauan Bangka Belitung", "Kota Pangkal Pinang",
  "Pelatihan tepung mocaf dari singkong", ["tepung mocaf"], ["Kepulauan Bangka Belitung"])
O(M, ["breadfruit"], "Pasar Buah Sukun Cilacap", "buyer", "Jawa Tengah", "Kabupaten Cilacap",
  "Beli buah sukun segar 5 ton/minggu", ["sukun"], ["Jawa Tengah", "Jawa Barat"])
O(M, ["breadfruit-flour"], "Gluten Free Flour Co.", "buyer", "Jawa Timur", "Kota Surabaya",
  "Buying breadfruit flour and sweet potato flour, 1 t/month", ["breadfruit flour", "sweet potato flour"], ALL)
O(M, ["mocaf"], "PT Tepung Nusantara", "buyer", "Jawa Tengah", "Kota Semarang",
  "Beli tepung mocaf & tepung tapioka", ["tepung mocaf", "tapioka"], ALL)

# -- kombucha (no fit: neighbours only)
O(T, ["kefir"], "Fermentasi Sehat Bali", "trainer", "Bali", "Kota Denpasar",
  "Pelatihan membuat kefir susu & yogurt", ["kefir", "yogurt"], ["Bali"])
O(T, ["kombucha"], "Kombucha Brewers Guild", "trainer", "Jawa Barat", "Kota Bandung",
  "Kombucha brewing workshop for cafés", ["kombucha"], ["Jawa Barat", "DKI Jakarta"])
O(T, ["kombucha"], "Bali Ferment Lab", "trainer", "Bali", "Kabupaten Gianyar",
  "Kelas kombucha & jamu fermentasi", ["kombucha"], ["Bali"], "closed")
O(T, ["herbal-drink"], "Jamu Gendong Lestari", "trainer", "Bali", "Kabupaten Gianyar",
  "Pelatihan minuman jamu & teh rempah kemasan botol", ["jamu", "teh rempah"], ["Bali"])
O(T, ["tea"], "Kebun Teh Kayu Aro", "trainer", "Jambi", "Kabupaten Kerinci",
  "Pelatihan pengolahan teh hijau & teh hitam", ["teh"], ALL)
# -- horse (no fit)
O(T, ["horse"], "Equine Care Java", "trainer", "Jawa Tengah", "Kota Salatiga",
  "Horse care and deworming course for cart drivers (delman)", ["horse"], ["Jawa Tengah", "DI Yogyakarta"])
O(T, ["cattle-health"], "Puskeswan Sumba", "programme", "Nusa Tenggara Timur", "Kabupaten Sumba Timur",
  "Pelatihan kesehatan sapi & kerbau, obat cacing ternak", ["kesehatan ternak", "cacing"], ALL)
O(T, ["horse"], "Stable Pacuan Kuda Bima", "trainer", "Nusa Tenggara Barat", "Kabupaten Bima",
  "Pelatihan perawatan kuda pacu", ["kuda"], ["Nusa Tenggara Barat"])
O(M, ["horse"], "Pedagang Kuda Jeneponto", "buyer", "Sulawesi Selatan", "Kabupaten Jeneponto",
  "Beli kuda potong & kuda tunggang", ["kuda"], ["Sulawesi Selatan"])
O(M, ["horse"], "Stal Kuda Pacu Pulomas", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Timur",
  "Beli kuda sandelwood untuk pacuan", ["kuda sandelwood"], ["Nusa Tenggara Timur"], "withdrawn")
O(M, ["horse"], "Sumba Horse Traders", "buyer", "Nusa Tenggara Timur", "Kabupaten Sumba Timur",
  "Buying Sandalwood horses, collection in Sumba", ["horse", "sandalwood"], ["Kabupaten Sumba Timur", "Kabupaten Sumba Tengah", "Kabupaten Sumba Barat"])
O(M, ["sandalwood"], "PT Cendana Timur", "buyer", "Nusa Tenggara Timur", "Kota Kupang",
  "Beli kayu cendana (sandalwood) legal bersertifikat", ["cendana", "sandalwood"], ALL)
# -- jengkol / petai
O(M, ["petai"], "Pengepul Petai Jakarta", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Timur",
  "Beli petai papan & kupas, kirim ke Pasar Induk, 5.000 papan/minggu", ["petai"], ["Lampung", "Sumatera Selatan", "Bengkulu"])
O(M, ["petai", "jengkol"], "UD Sayur Sumatera", "buyer", "Sumatera Barat", "Kota Padang",
  "Beli jengkol & petai dari petani Sumbar", ["jengkol", "petai"], ["Sumatera Barat"])
O(M, ["jengkol"], "Jengkol Jaya Banten", "buyer", "Banten", "Kabupaten Tangerang",
  "Beli jengkol tua 2-10 ton", ["jengkol"], ["Banten", "Jawa Barat"])
O(M, ["jengkol-chips"], "Keripik Jengkol Bengkulu", "buyer", "Bengkulu", "Kota Bengkulu",
  "Beli keripik jengkol / emping jengkol siap kemas", ["emping jengkol"], ALL)
O(M, ["jengkol"], "CV Agro Rejang", "buyer", "Bengkulu", "Kabupaten Rejang Lebong",
  "Beli jengkol", ["jengkol"], ["Bengkulu"], "closed")
O(M, ["jengkol"], "Pasar Induk Jengkol Lampung", "buyer", "Lampung", "Kota Bandar Lampung",
  "Pengepul jengkol petani Lampung", ["jengkol"], ["Lampung"])
O(M, ["petai"], "Fresh Stink Bean Export", "buyer", "Kepulauan Riau", "Kota Batam",
  "Petai (stink bean) buyer for Singapore and Malaysia", ["petai", "stink bean"], ALL)
# -- kapok
O(M, ["kapok"], "PT Kapuk Jaya Pati", "buyer", "Jawa Tengah", "Kabupaten Pati",
  "Beli kapuk randu gelondong & serat kapuk bersih, min 5 ton", ["kapuk randu"], ["Jawa Tengah", "Jawa Timur"])
O(M, ["kapok"], "Kapok Fibre International", "buyer", "Jawa Timur", "Kota Surabaya",
  "Kapok fibre buyer for export (pillows, life jackets)", ["kapok"], ["Jawa Tengah", "Jawa Timur", "DI Yogyakarta"])
O(M, ["kapok"], "UD Kapuk Bima", "buyer", "Nusa Tenggara Barat", "Kota Bima",
  "Beli kapuk randu petani", ["kapuk"], ["Kota Bima"])
O(M, ["kapok-seed"], "Pabrik Minyak Biji Kapuk", "buyer", "Nusa Tenggara Barat", "Kota Mataram",
  "Beli biji kapuk untuk minyak", ["biji kapuk"], ["Nusa Tenggara Barat"])
O(M, ["kapok"], "CV Kasur Kapuk Sumbawa", "buyer", "Nusa Tenggara Barat", "Kabupaten Sumbawa",
  "Beli kapuk untuk kasur & bantal", ["kapuk"], ["Nusa Tenggara Barat"], "closed")
O(M, ["cotton"], "Pemintalan Kapas Nusantara", "buyer", "Nusa Tenggara Barat", "Kabupaten Bima",
  "Beli kapas (cotton) berbiji dari petani", ["kapas"], ALL)
# -- kolang-kaling
O(T, ["kolang-kaling"], "Dapur Olahan Aren Banten", "trainer", "Banten", "Kabupaten Lebak",
  "Pelatihan olahan kolang-kaling: manisan, selai dan minuman", ["kolang-kaling"], ["Banten", "Jawa Barat"])
O(T, ["palm-sugar"], "Gula Aren Baduy", "trainer", "Banten", "Kabupaten Lebak",
  "Pelatihan gula aren cetak & gula semut", ["gula aren", "gula semut"], ALL)
O(M, ["kolang-kaling"], "Pasar Induk Kolang Kaling Tanah Tinggi", "buyer", "Banten", "Kota Tangerang",
  "Beli kolang-kaling segar menjelang Ramadhan, 1-10 ton", ["kolang-kaling"], ["Banten", "DKI Jakarta"])
O(M, ["kolang-kaling"], "Sugar Palm Fruit Export", "buyer", "Jawa Barat", "Kota Bogor",
  "Buying kolang-kaling (sugar palm fruit) in brine for export", ["kolang-kaling", "sugar palm fruit"], ALL)
O(M, ["palm-sugar"], "Aren Organik Export", "buyer", "Banten", "Kabupaten Lebak",
  "Beli gula aren & gula semut organik", ["gula aren"], ALL)
O(M, ["aren-sap"], "Pabrik Nira Aren Segar", "buyer", "Banten", "Kabupaten Serang",
  "Beli nira aren segar untuk minuman", ["nira aren"], ["Banten"])
# -- maize
O(M, ["maize"], "PT Pakan Ternak Sulawesi", "buyer", "Sulawesi Selatan", "Kota Makassar",
  "Beli jagung pipilan kering (KA 15-17%) untuk pabrik pakan, min 20 ton", ["jagung pipil"], ["Sulawesi Selatan", "Gorontalo", "Sulawesi Tengah"])
O(M, ["maize"], "Bulog Gorontalo", "buyer", "Gorontalo", "Kota Gorontalo",
  "Penyerapan jagung petani", ["jagung"], ["Kota Gorontalo"])
O(M, ["maize"], "Feed Mill Offtake Program", "buyer", "Jawa Timur", "Kota Surabaya",
  "Dry shelled maize offtaker, 100+ t per harvest, truck pick-up", ["maize", "jagung"], ALL)
O(M, ["maize"], "CV Jagung Sumbawa", "buyer", "Nusa Tenggara Barat", "Kabupaten Sumbawa",
  "Beli jagung pipil kering", ["jagung"], ["Kabupaten Sumbawa", "Kabupaten Dompu", "Kabupaten Bima"])
O(M, ["sweetcorn"], "Supermarket Sayur Segar", "buyer", "Nusa Tenggara Barat", "Kota Mataram",
  "Beli jagung manis segar tongkol", ["jagung manis"], ALL)
O(M, ["maize-stover"], "Peternak Sapi Dompu Bersatu", "buyer", "Nusa Tenggara Barat", "Kabupaten Dompu",
  "Beli tebon jagung & jerami untuk pakan sapi", ["tebon jagung"], ["Nusa Tenggara Barat"])
O(R, ["maize-seed"], "Program Benih Jagung Nasional", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Bantuan benih jagung hibrida untuk kelompok tani", ["benih jagung hibrida"], ALL)
O(R, ["maize-seed"], "Toko Tani Dompu", "supplier", "Nusa Tenggara Barat", "Kabupaten Dompu",
  "Jual benih jagung hibrida (Bisi, Pioneer, NK)", ["benih jagung"], ["Nusa Tenggara Barat"])
O(R, ["maize-sheller"], "Alsintan Bima", "supplier", "Nusa Tenggara Barat", "Kabupaten Bima",
  "Mesin pemipil jagung (corn sheller)", ["pemipil jagung"], ALL)
O(R, ["rice-seed"], "Benih Padi Unggul", "supplier", "Nusa Tenggara Barat", "Kota Mataram",
  "Jual benih padi bersertifikat", ["benih padi"], ALL)
# -- salted fish
O(M, ["salted-fish"], "UD Ikan Asin Muara Angke", "buyer", "DKI Jakarta", "Kota Administrasi Jakarta Utara",
  "Beli ikan asin segala jenis (jambal, peda, tenggiri), 1-5 ton/bulan", ["ikan asin", "jambal"], ALL)
O(M, ["salted-fish"], "Batam Dried Fish Trading", "buyer", "Kepulauan Riau", "Kota Batam",
  "Salted dried fish buyer, collection from Natuna and Anambas", ["salted fish", "ikan asin"], ["Kepulauan Riau"])
O(M, ["salted-fish"], "Pengepul Ikan Asin Pangandaran", "buyer", "Jawa Barat", "Kabupaten Pangandaran",
  "Beli jambal roti & ikan asin peda", ["jambal roti", "ikan asin"], ["Kabupaten Pangandaran", "Kabupaten Ciamis"])
O(M, ["fresh-fish"], "Cold Storage Natuna", "buyer", "Kepulauan Riau", "Kabupaten Natuna",
  "Beli ikan segar tenggiri & kurisi untuk cold storage", ["ikan segar", "tenggiri"], ["Kepulauan Riau"])
O(M, ["bread"], "Pabrik Roti Bandung", "buyer", "Jawa Barat", "Kota Bandung",
  "Beli tepung & telur untuk roti", ["roti"], ["Jawa Barat"])
O(M, ["anchovy"], "Teri Medan Export", "buyer", "Sumatera Utara", "Kota Medan",
  "Beli ikan teri kering (teri nasi/medan)", ["teri"], ALL)
O(R, ["drying-rack"], "Bengkel Stainless Pesisir", "supplier", "Jawa Barat", "Kabupaten Ciamis",
  "Rak jemur ikan (para-para) stainless & jaring", ["rak jemur ikan", "para-para"], ["Jawa Barat", "Jawa Tengah"])
O(R, ["drying-rack"], "Coastal Livelihood Fund", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Utara",
  "Fish drying racks for coastal processing groups (grant)", ["fish drying racks"], ALL)
O(R, ["solar-dryer"], "Surya Kering Teknik", "supplier", "Jawa Barat", "Kota Bandung",
  "Pengering ikan tenaga surya (solar dryer dome)", ["pengering ikan", "solar dryer"], ALL)
O(R, ["laundry-rack"], "Toko Perabot Rumah", "supplier", "Jawa Barat", "Kabupaten Pangandaran",
  "Jual rak jemur pakaian stainless", ["rak jemur"], ["Jawa Barat"])
# -- rainwater
O(R, ["rainwater"], "Water for Villages Foundation", "programme", "Nusa Tenggara Timur", "Kota Kupang",
  "Rainwater harvesting tanks (PAH) for households in dry villages", ["rainwater harvesting", "PAH"], ["Nusa Tenggara Timur"])
O(R, ["rainwater"], "Program PAH Kementerian PUPR", "programme", "DKI Jakarta", "Kota Administrasi Jakarta Selatan",
  "Bantuan pembangunan penampungan air hujan (PAH) komunal dan rumah tangga", ["penampungan air hujan", "PAH"], ALL)
O(R, ["rainwater"], "Tandon Air Jogja", "supplier", "DI Yogyakarta", "Kabupaten Sleman",
  "Jual tandon air & paket talang penampung air hujan", ["tandon air", "air hujan"], ["Kabupaten Sleman", "Kota Yogyakarta"])
O(R, ["borewell"], "CV Sumur Bor Gunungkidul", "supplier", "DI Yogyakarta", "Kabupaten Gunungkidul",
  "Jasa pengeboran sumur bor dalam", ["sumur bor"], ALL)
O(R, ["water-filter"], "Filter Air Sehat", "supplier", "Nusa Tenggara Timur", "Kota Kupang",
  "Jual saringan air keramik untuk air minum", ["saringan air"], ALL)
O(R, ["rainwater"], "Program Air Bersih Sabu", "programme", "Nusa Tenggara Timur", "Kabupaten Sabu Raijua",
  "Bantuan bak penampung air hujan", ["air hujan"], ["Kabupaten Sabu Raijua"])
# -- hand tractor (no fit)
O(R, ["handtractor"], "Alsintan Sulbar", "supplier", "Sulawesi Barat", "Kabupaten Mamuju",
  "Jual hand traktor roda dua (Quick, Yanmar)", ["hand traktor"], ["Sulawesi Barat"])
O(R, ["handtractor"], "UPJA Parepare", "programme", "Sulawesi Selatan", "Kota Parepare",
  "Bantuan hand tractor untuk poktan", ["hand tractor"], ["Kota Parepare"])
O(R, ["tractor-4wd"], "PT Traktor Besar", "supplier", "Sulawesi Selatan", "Kota Makassar",
  "Jual traktor roda empat 50 HP", ["traktor roda empat"], ALL)
O(R, ["combine"], "Combine Harvester Rental", "supplier", "Sulawesi Selatan", "Kabupaten Sidenreng Rappang",
  "Sewa combine harvester padi", ["combine harvester"], ALL)
O(R, ["tractor-parts"], "Suku Cadang Traktor", "supplier", "Sulawesi Selatan", "Kabupaten Pinrang",
  "Jual suku cadang & rotary hand traktor", ["suku cadang traktor"], ALL)
O(R, ["handtractor"], "Hand Tractor Grants Programme", "programme", "Jawa Timur", "Kota Surabaya",
  "Hand tractor grants for farmer groups", ["hand tractor"], ["Jawa Timur", "Jawa Tengah"])

# ------------------------------------------------------------------ write
def build():
    TYPE_OK = {T: {"trainer", "programme"}, M: {"buyer"}, R: {"supplier", "programme"}}
    needs = NEEDS[:]
    offers = OFFERS[:]
    rnd.shuffle(needs)
    rnd.shuffle(offers)
    groups = [GROUPS[k] for k in sorted(GROUPS)]
    for g in groups:
        g["lat"], g["lon"] = near(g["regency"])
    providers, pref = [], {}
    out_offers = []
    for i, o in enumerate(offers, 1):
        o["ref"] = f"o{i:03d}"
        assert o["ptype"] in TYPE_OK[o["kind"]], o["title"]
        if o["pname"] not in pref:
            pref[o["pname"]] = f"p{len(pref) + 1:03d}"
            lat, lon = near(o["preg"])
            providers.append(dict(ref=pref[o["pname"]], name=o["pname"], type=o["ptype"],
                                  province=o["pprov"], regency=o["preg"], lat=lat, lon=lon))
        rec = dict(ref=o["ref"], provider=pref[o["pname"]], kind=o["kind"], title=o["title"],
                   tags=o["tags"], service_area=o["area"])
        if o["status"] != "open":
            rec["status"] = o["status"]
        out_offers.append(rec)
    out_needs = []
    for i, n in enumerate(needs, 1):
        n["ref"] = f"n{i:03d}"
        rec = dict(ref=n["ref"], group=n["group"], kind=n["kind"], title=n["title"], tags=n["tags"])
        if n["desc"]:
            rec["description"] = n["desc"]
        out_needs.append(rec)
    truth = {}
    for n in needs:
        g = GROUPS[n["group"]]
        fit = []
        for o in offers:
            if o["kind"] != n["kind"] or n["subj"] not in o["subjs"] or o["status"] != "open":
                continue
            if o["area"] and g["province"] not in o["area"] and g["regency"] not in o["area"]:
                continue
            fit.append(o["ref"])
        truth[n["ref"]] = sorted(fit)
    doc = dict(groups=groups, providers=providers, needs=out_needs, offers=out_offers)
    json.dump(doc, open(os.path.join(OUT, "eval5-marketplace.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    json.dump(dict(sorted(truth.items())), open(os.path.join(OUT, "eval5-marketplace.truth.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    return needs, offers, truth

if __name__ == "__main__":
    needs, offers, truth = build()
    if "--review" in os.sys.argv:
        byref = {o["ref"]: o for o in offers}
        for n in sorted(needs, key=lambda n: (n["subj"], n["kind"])):
            g = GROUPS[n["group"]]
            print(f"{n['ref']} [{n['kind']}/{n['subj']}] {g['regency']}, {g['province']}: {n['title'][:70]}")
            for r in truth[n["ref"]]:
                print(f"     + {r} {byref[r]['title'][:70]} {byref[r]['area']}")
            for o in offers:
                if o["kind"] == n["kind"] and n["subj"] in o["subjs"] and o["ref"] not in truth[n["ref"]]:
                    print(f"     - {o['ref']} {o['title'][:60]} {o['area']} {o['status']}")
    print(f"needs={len(needs)} offers={len(offers)} fits={sum(map(len, truth.values()))}")
