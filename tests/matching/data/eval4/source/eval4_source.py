#!/usr/bin/env python3
"""Source of the fourth evaluation set: every need and offer with the subject its writer had in
mind. Writes ../eval4-marketplace.json and ../eval4-marketplace.truth.json.

The subject labels stay here (they are not part of the import format). The truth is derived from
them with the rule of README.md: same kind, same subject, open, service area empty or naming the
group's province or regency (exact official names). Labels starting with "x:" are subjects no
need asks for (look-alikes and neighbours).

This file is as held out as the truth file: do not read it while working on the matcher.
"""
import csv, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv")

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
REG = {r["name"]: (pname[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
rnd = random.Random(4)

def loc(regency):
    prov, lat, lon = REG[regency]
    return prov, round(lat + rnd.uniform(-0.08, 0.08), 4), round(lon + rnd.uniform(-0.08, 0.08), 4)

# ---------------------------------------------------------------- groups
GROUPS = [
    ("g01", "KTH Gaharu Lestari Kayan Hilir", "Kabupaten Sintang", 27),
    ("g02", "Kelompok Tani Hutan Gaharu Batu Lanteh", "Kabupaten Sumbawa", 31),
    ("g03", "KTH Repong Damar Pahmungan", "Kabupaten Pesisir Barat", 22),
    ("g04", "Kelompok Tani Haminjon Pollung", "Kabupaten Humbang Hasundutan", 36),
    ("g06", "Poktan Bawang Merah Sidamulya Larangan", "Kabupaten Brebes", 48),
    ("g07", "Poktan Bawang Merah Sipakainge Anggeraja", "Kabupaten Enrekang", 29),
    ("g08", "Poktan Bawang Merah Ncuhi Sape", "Kabupaten Bima", 33),
    ("g09", "Poktan Bawang Putih Sangga Sembalun", "Kabupaten Lombok Timur", 40),
    ("g11", "Poktan Kentang Dieng Kulon", "Kabupaten Banjarnegara", 35),
    ("g13", "KT Stroberi Saluyu Rancabali", "Kabupaten Bandung", 19),
    ("g14", "Kelompok Stroberi Pancasari Asri", "Kabupaten Buleleng", 16),
    ("g15", "Kelompok Anggrek Kakaskasen Indah", "Kota Tomohon", 14),
    ("g16", "KWT Anggrek Alam Sentani", "Kabupaten Jayapura", 21),
    ("g17", "Kelompok Peternak Ayam Petelur Ngudi Makmur", "Kabupaten Blitar", 18),
    ("g18", "Kelompok Peternak Ayam Ras Petelur Maritengngae", "Kabupaten Sidenreng Rappang", 24),
    ("g19", "KWT Puyuh Berkah Cicurug", "Kabupaten Sukabumi", 20),
    ("g20", "Kelompok Tani Puyuah Saiyo Sakato", "Kabupaten Lima Puluh Kota", 15),
    ("g21", "Kelompok Ternak Kelinci Cikole", "Kabupaten Bandung Barat", 17),
    ("g22", "Pemuda Ternak Kelinci Bumiaji", "Kota Batu", 12),
    ("g23", "Kelompok Ternak Babi Oesao Bersatu", "Kabupaten Kupang", 26),
    ("g24", "Kelompok Ternak Wam Kurulu", "Kabupaten Jayawijaya", 30),
    ("g25", "Sekaa Ternak Babi Kayubihi", "Kabupaten Bangli", 23),
    ("g27", "Kelompok Ternak Sapi Bali Maju Praya", "Kabupaten Lombok Tengah", 34),
    ("g28", "Kelompok Peternak Sapi Bali Sipurennu Barru", "Kabupaten Barru", 28),
    ("g29", "Pokdakan Gurame Mina Saluyu Singaparna", "Kabupaten Tasikmalaya", 25),
    ("g30", "Pokdakan Gurami Mina Makmur Kedungbanteng", "Kabupaten Banyumas", 22),
    ("g31", "Kelompok Ikan Hias Cupang Boyolangu", "Kabupaten Tulungagung", 19),
    ("g32", "Pokdakan Ikan Hias Pemuda Sawangan", "Kota Depok", 14),
    ("g34", "Pokdakan Udang Galah Handil Bakti", "Kabupaten Barito Kuala", 21),
    ("g35", "KUB Nelayan Pancing Ulu Talaud", "Kabupaten Kepulauan Talaud", 26),
    ("g36", "KUB Nelayan Tuna Tulehu", "Kabupaten Maluku Tengah", 32),
    ("g37", "KUB Nelayan Hasil Laut Tobelo", "Kabupaten Halmahera Utara", 27),
    ("g38", "KUB Nelayan Tanjung Luar Mandiri", "Kabupaten Lombok Timur", 45),
    ("g39", "Poklahsar Teri Pulau Pasaran", "Kota Bandar Lampung", 30),
    ("g40", "Poklahsar Teri Ranai Bahari", "Kabupaten Natuna", 18),
    ("g41", "KWT Markisa Malino Sejahtera", "Kabupaten Gowa", 20),
    ("g43", "KWT Ubi Jalar Cilembu Mekar", "Kabupaten Sumedang", 23),
    ("g44", "KWT Dodol Picnic Karangpawitan", "Kabupaten Garut", 26),
    ("g46", "KWT Dendeng Batokok Ampek Angkek", "Kabupaten Agam", 17),
    ("g47", "KUB Dendeng Rusa Kurik", "Kabupaten Merauke", 15),
    ("g48", "Poklahsar Kerupuk Ikan Karangsong", "Kabupaten Indramayu", 28),
    ("g49", "Poklahsar Amplang Muara Badak", "Kabupaten Kutai Kartanegara", 19),
    ("g50", "Sanggar Anyaman Lontar Nusak Thie", "Kabupaten Rote Ndao", 24),
    ("g51", "KWT Anyam Pandan Grenggeng", "Kabupaten Kebumen", 38),
    ("g52", "Kelompok Perajin Kerang Pulau Saugi", "Kabupaten Pangkajene dan Kepulauan", 16),
    ("g53", "Kelompok Perajin Perak Celuk Sukawati", "Kabupaten Gianyar", 22),
    ("g55", "KWT Lilin Wangi Cipayung", "Kota Administrasi Jakarta Timur", 11),
    ("g56", "Karang Taruna Pangkas Rambut Banyuresmi", "Kabupaten Garut", 25),
    ("g57", "Karang Taruna Mandonga Bersatu", "Kota Kendari", 20),
    ("g58", "Kelompok Tukang Kayu Tahunan", "Kabupaten Jepara", 18),
    ("g59", "Kelompok Pemuda Pertukangan Arfai", "Kabupaten Manokwari", 16),
    ("g60", "Kelompok Pemuda Energi Kambera", "Kabupaten Sumba Timur", 14),
    ("g61", "Kelompok Masyarakat Desa Setulang", "Kabupaten Malinau", 33),
    ("g62", "Kelompok Pemuda Bengkel Ngaglik", "Kabupaten Sleman", 13),
    ("g63", "Kelompok Peduli Lansia Playen", "Kabupaten Gunungkidul", 21),
    ("g65", "KWT Remaja Putri Limboto Barat", "Kabupaten Gorontalo", 25),
    ("g66", "Kelompok Mama Jahit Aimas", "Kabupaten Sorong", 19),
    ("g67", "Pokdarwis Bukit Kaba Selupu Rejang", "Kabupaten Rejang Lebong", 17),
    ("g68", "Kelompok UMKM Rasa Anyer", "Kabupaten Serang", 22),
    ("g69", "Kelompok UMKM Bunga Tanjung Siak", "Kabupaten Siak", 18),
    ("g70", "Poktan Sawah Bakti Kapuas Murung", "Kabupaten Kapuas", 42),
    ("g71", "Gapoktan Sekar Jaya Lempuing", "Kabupaten Ogan Komering Ilir", 39),
    ("g72", "Kelompok Tani Seulanga Indrapuri", "Kabupaten Aceh Besar", 26),
    ("g73", "Kelompok Peduli Sampah Tanjung Pandan", "Kabupaten Belitung", 20),
    ("g74", "Bank Sampah Talise Bersih", "Kota Palu", 24),
    ("g75", "KTH Wana Lestari Kalukku", "Kabupaten Mamuju", 30),
    ("g77", "Kelompok Mama Air Bersih Wanggar", "Kabupaten Nabire", 22),
    ("g78", "KWT Air Sehat Mollo", "Kabupaten Timor Tengah Selatan", 18),
    ("g79", "Poktan Porang Sumber Rejeki Dagangan", "Kabupaten Madiun", 44),
    ("g81", "Kelompok Tani Mete Lawa", "Kabupaten Muna", 37),
    ("g82", "KWT Mete Adonara Lamahala", "Kabupaten Flores Timur", 21),
    ("g83", "Kelompok Tani Kenari Piru", "Kabupaten Seram Bagian Barat", 19),
    ("g84", "Kelompok Walet Sebangau Kuala", "Kabupaten Pulang Pisau", 12),
    ("g85", "KTH Jernang Batin Pengambang", "Kabupaten Sarolangun", 20),
    ("g86", "Pokdarwis Tirta Gangga Ababi", "Kabupaten Karangasem", 15),
    ("g87", "Kelompok Difabel Mandiri Sigi Biromaru", "Kabupaten Sigi", 12),
    ("g88", "KTH Gaharu Obaa Mappi", "Kabupaten Mappi", 23),
]

# ---------------------------------------------------------------- needs
# (group, kind, subject, title, tags[, description])
NEEDS = [
    # forestry
    ("g01", "training", "gaharu", "pelatihan inokulasi gaharu, pohon karas kmi udh umur 7 thn tp blm berani nyuntik", ["gaharu"]),
    ("g02", "training", "gaharu", "butuh pelatih suntik gaharu (inokulasi) yg bisa dtg ke Sumbawa, kmi 30 org", ["gaharu", "inokulasi"]),
    ("g01", "market", "gaharu_jual", "jual gubal gaharu kelas kemedangan ±20 kg, cari pembeli yg jujur timbangannya", ["gaharu"]),
    ("g88", "market", "gaharu_jual", "sa pu kelompok ada gaharu hitam, cari pembeli langsung, jang lewat tengkulak lagi", ["gaharu"]),
    ("g02", "resource", "inokulan_gaharu", "butuh inokulan/cairan suntik gaharu yg bagus, yg kmi beli dulu gk jadi gubal", ["inokulan gaharu"]),
    ("g03", "training", "damar", "pelatihan nyadap damar mata kucing yg gk bikin pohon rusak, kmi generasi muda repong damar", ["damar"]),
    ("g04", "training", "kemenyan", "horas, kmi petani haminjon (kemenyan) butuh pelatihan manige & sortasi biar harga naik", ["kemenyan", "haminjon"]),
    ("g04", "market", "kemenyan_jual", "jual kemenyan (haminjon) mata kasar 500 kg, cari pembeli lgsg, mauliate", ["kemenyan"]),
    ("g84", "market", "walet_jual", "jual sarang walet mangkok bersih 5 kg/bln, cari eksportir resmi", ["sarang walet"]),
    ("g85", "market", "jernang_jual", "jual getah jernang (dragon blood) 50 kg, cari pembeli lgsg gk lwt toke", ["jernang"]),
    # horticulture
    ("g06", "training", "bawang_merah", "pelatihan tanam bawang merah dr biji (TSS) biar gk tergantung bibit umbi", ["bawang merah", "TSS"]),
    ("g08", "training", "bawang_merah", "pelatihan budidaya bawang merah musim hujan, sering busuk kena jamur", ["bawang merah"]),
    ("g06", "market", "bawang_merah_jual", "jual bawang merah 20 ton panen bln dpn, cari pembeli gk lewat tengkulak", ["bawang merah"]),
    ("g08", "market", "bawang_merah_jual", "bawang merah kering askip 15 ton, nyari pembeli luar Bima", ["bawang merah"]),
    ("g07", "resource", "benih_tss", "butuh benih TSS bawang merah (biji) Lokananta utk 5 ha ki, dmn belinya?", ["benih bawang merah", "TSS"]),
    ("g09", "training", "bawang_putih", "pelatihan budidaya bawang putih, umbi kmi kecil2 bgt pdhl bibit lokal Sangga Sembalun", ["bawang putih"], "Kance2 petani di Sembalun 40 org, lahan 25 ha, tiang ketua kelompok"),
    ("g11", "training", "benih_kentang", "pelatihn bikin bibit kentang G0/G1 sendiri, bibit beli mahal bgt", ["bibit kentang"], "Bibit dr penangkar skrg Rp 15rb/kg, kmi 35 org petani kentang granola di Dieng"),
    ("g13", "training", "stroberi", "pelatihan stroberi, daunna loba nu bintik, buahna laleutik", ["stroberi"]),
    ("g14", "market", "stroberi_jual", "jual stroberi segar 200 kg/minggu, cari hotel / toko buah di Badung", ["strawberry", "stroberi"]),
    ("g16", "training", "anggrek", "mama2 kelompok mau belajar budidaya anggrek alam, biar tra ambil dari hutan trus", ["anggrek"]),
    ("g15", "market", "anggrek_jual", "jual anggrek dendrobium berbunga 500 pot/bln, cari florist / pembeli tetap", ["anggrek"]),
    ("g79", "training", "porang", "pelatihan budidaya porang, umbi kmi kecil & katak sedikit", ["porang"]),
    ("g79", "market", "porang_chip", "jual chip porang kering 5 ton, cari pabrik lgsg", ["porang", "chip porang"]),
    ("g81", "market", "mete_gelondong", "jual gelondong mete 10 ton, cari pembeli lgsg, harga di pengepul rendah sekali", ["jambu mete", "mete"], "Mete Muna kering jemur 3 hari, kadar air aman, bisa kirim lwt Raha"),
    ("g82", "market", "mete_kupas", "jual kacang mete kupas (kernel) 2 ton/bln, su ada PIRT", ["kacang mete"]),
    ("g83", "market", "kenari_jual", "jual kenari kupas 1 ton, cari pembeli", ["kenari"]),
    # husbandry
    ("g17", "training", "ayam_petelur", "pelatihan manajemen ayam petelur, produksi telur kmi anjlok pas pancaroba", ["ayam petelur"]),
    ("g18", "market", "telur_ayam", "telur ayam ras 800 rak/minggu, cari pembeli tetap di Makassar/Kalimantan", ["telur ayam"]),
    ("g18", "training", "ayam_petelur", "pelatihan kesehatan & vaksin ayam petelur, bnyk yg mati ki tiap pancaroba", ["ayam petelur", "vaksin"]),
    ("g17", "resource", "pullet", "butuh pullet / bibit ayam petelur siap bertelur 2000 ekor, dgn harga kelompok", ["pullet", "ayam petelur"]),
    ("g19", "training", "puyuh", "pelatihan ternak puyuh petelur utk ibu2, modal kecil", ["puyuh"]),
    ("g20", "training", "puyuh", "pelatihan ternak puyuah, kami baru mulai 500 ekor, banyak nan mati", ["puyuh"]),
    ("g19", "market", "telur_puyuh", "jual telur puyuh 30 rb butir/minggu, cari pembli (pabrik, pedagang sate)", ["telur puyuh"]),
    ("g21", "training", "kelinci", "pelatihan ternak kelinci pedaging, kelinci kmi sering kena scabies", ["kelinci"]),
    ("g21", "market", "kotoran_kelinci", "jual urine & kotoran kelinci (pupuk) 2 ton/bln, cari pembeli", ["urine kelinci", "pupuk kelinci"]),
    ("g22", "market", "kelinci_jual", "jual kelinci pedaging hidup 300 ekor/bln, siapa butuh?", ["kelinci"]),
    ("g23", "training", "babi", "pelatihan ternak babi, babi kmi banyak mati kena ASF, su rugi", ["babi", "ASF"]),
    ("g24", "training", "babi", "sa pu kelompok pelihara wam (babi), minta pelatihan kandang & pakan", ["babi", "wam"]),
    ("g25", "training", "babi", "pelatihan beternak babi yg sehat, biosekuriti ASF, ternak celeng kmi bnyk mati", ["babi"]),
    ("g25", "market", "babi_jual", "jual babi potong 60 ekor/bln, cari pembeli (babi guling), suksma", ["babi"], "Babi landrace 90-110 kg, kandang sdh bebas ASF 1 thn"),
    ("g27", "training", "ib_sapi", "pelatihan inseminator (IB) sapi bali utk pemuda, inseminator di desa cm 1", ["inseminasi buatan", "sapi bali"]),
    ("g28", "training", "ib_sapi", "pelatihan IB sapi & deteksi birahi ki, sapi kmi lama bunting", ["IB", "sapi bali"]),
    ("g28", "resource", "straw_semen", "butuh straw semen beku sapi bali & nitrogen cair utk IB", ["semen beku", "straw"]),
    # inland fisheries
    ("g29", "training", "gurame", "pelatihan pembenihan gurame, telurna sering gagal netas", ["gurame"]),
    ("g30", "training", "gurame", "pelatihan budidya gurami, pakan larang, pengin ngerti pakan alternatif", ["gurami"]),
    ("g31", "training", "ikan_hias", "pelatihan ternak cupang (betta) kualitas kontes & ekspor", ["cupang", "ikan hias"]),
    ("g32", "training", "ikan_hias", "pelatihan budidaya ikan hias air tawar (guppy, koi) utk pemuda", ["ikan hias"]),
    ("g31", "market", "ikan_hias_jual", "jual ikan cupang grade ekspor 2000 ekor/bln, cari eksportir", ["cupang", "ikan hias"]),
    ("g34", "training", "udang_galah", "pelatihan pembesaran udang galah di kolam/tambak, hasil panen kecil2", ["udang galah"]),
    ("g34", "market", "udang_galah_jual", "jual udang galah 500 kg/bln, cari pembeli (resto / pengepul Banjarmasin)", ["udang galah"]),
    # marine
    ("g35", "training", "rumpon", "pelatihan bikin rumpon laut dalam yg nda gampang putus", ["rumpon"]),
    ("g36", "training", "rumpon", "pelatihan pembuatan rumpon & cara pasang, kmi nelayan pancing tuna", ["rumpon"]),
    ("g37", "training", "perahu_fiber", "pelatihan bikin perahu fiber (fiberglass), perahu kayu skrg mahal", ["perahu fiber"]),
    ("g37", "resource", "bantuan_perahu", "butuh bantuan perahu fiber 3 GT utk kelompok, perahu lama su bocor", ["perahu", "kapal"]),
    ("g38", "resource", "mesin_es", "butuh mesin es balok / es curai biar ikan gk busuk, es beli dr Mataram mahal, tiang harap side bantu", ["mesin es", "es"]),
    ("g39", "market", "teri_kering", "jual teri nasi kering 1 ton/bln, cari eksportir (jepang?)", ["teri"]),
    ("g40", "market", "teri_kering", "teri kering natuna 3 ton/bln, cari pembeli luar pulau", ["teri"]),
    # processing
    ("g41", "training", "sirup_buah", "pelatihan bikin sirup markisa yg tahan lama, kmi skrg cpt basi", ["sirup markisa"]),
    ("g41", "market", "sirup_jual", "jual sirup markisa botol 500 lusin/bln, cari distributor oleh2", ["sirup markisa"]),
    ("g43", "training", "tepung_ubi", "pelatihan bikin tepung ubi jalar (cilembu/ungu) buat kue", ["tepung ubi"]),
    ("g43", "market", "tepung_ubi_jual", "jual tepung ubi jalar 2 ton/bln, cari pabrik kue / roti", ["tepung ubi jalar"]),
    ("g44", "training", "dodol", "pelatihan bikin dodol biar awet & kemasan kekinian", ["dodol"]),
    ("g44", "market", "dodol_jual", "jual dodol garut 1 ton/bln, cari toko oleh2 / distributor", ["dodol"]),
    ("g46", "training", "dendeng", "pelatihan dendeng batokok/balado tahan lamo tanpa pengawet", ["dendeng"]),
    ("g47", "training", "dendeng", "pelatihan bikin dendeng rusa yg higienis & bisa dpt izin", ["dendeng"]),
    ("g49", "training", "kerupuk_ikan", "pelatihan amplang ikan pipih biar mengembang & gk keras", ["amplang"]),
    ("g48", "market", "kerupuk_ikan_jual", "jual kerupuk ikan mentah 3 ton/bln, cari distributor / eksportir", ["kerupuk ikan"]),
    # crafts
    ("g50", "training", "anyam_lontar", "mama2 butuh pelatihan anyaman lontar (ti'i langga, tas) biar ada model baru", ["anyaman lontar"]),
    ("g51", "training", "anyam_pandan", "pelatihan anyaman pandan utk ibu2, pengen bikin tas & topi model ekspor", ["anyaman pandan"]),
    ("g51", "market", "anyaman_jual", "jual tas & tikar anyam pandan 300 pcs/bln, cari eksportir", ["anyaman pandan"]),
    ("g50", "market", "anyaman_jual", "jual topi ti'i langga & tas lontar, cari toko souvenir / buyer", ["anyaman lontar"]),
    ("g52", "training", "kerajinan_kerang", "pelatihan kerajinan kerang (hiasan, lampu), kulit kerang numpuk di pantai", ["kerajinan kerang"], "Anggota 16 org ibu2 nelayan, mau bikin souvenir utk wisatawan pulau"),
    ("g53", "training", "perak", "pelatihan desain perhiasan perak, anak muda blm bisa bikin desain sendiri", ["perak"]),
    ("g55", "training", "lilin", "pelatihan bikin lilin aromaterapi (soy wax) utk jualan online", ["lilin aromaterapi"]),
    # services / skills
    ("g56", "training", "pangkas", "pelatihan pangkas rambut (barber) utk pemuda karang taruna", ["pangkas rambut", "barber"]),
    ("g57", "training", "pangkas", "pelatihan cukur rambut / barbershop, anak2 muda bnyk nganggur", ["barbershop", "cukur"]),
    ("g58", "training", "tukang_kayu", "pelatihan tukang kayu: bikin kusen & pintu, bukan ukir", ["pertukangan kayu"]),
    ("g59", "training", "tukang_kayu", "pemuda mau belajar pertukangan kayu biar bisa bangun rumah sendiri", ["tukang kayu"]),
    ("g60", "training", "plts", "pelatihan teknisi PLTS, panel surya di desa rusak gk ada yg bisa betulin", ["PLTS", "panel surya"]),
    ("g61", "training", "plts", "pelatihan pasang & rawat panel surya (solar home system) utk pemuda dusun", ["panel surya"]),
    ("g61", "resource", "plts_unit", "butuh bantuan panel surya / PLTS komunal utk dusun yg blm ada listrik", ["PLTS", "panel surya"]),
    ("g62", "training", "motor_listrik", "pelatihan servis motor listrik & konversi motor bensin ke listrik", ["motor listrik"]),
    # health & social
    ("g63", "training", "lansia", "pelatihan pendamping / perawat lansia di rumah, bnyk simbah tinggal dewean", ["lansia", "caregiver"]),
    ("g65", "training", "pembalut_kain", "pelatihan bikin pembalut kain (cuci ulang) utk remaja putri", ["pembalut kain"]),
    ("g66", "training", "pembalut_kain", "mama2 mau belajar jahit pembalut kain, pembalut di kampung mahal", ["pembalut"]),
    ("g87", "resource", "toilet_difabel", "butuh bantuan toilet ramah disabilitas utk 8 rumah warga difabel (kursi roda)", ["toilet", "disabilitas"], "Rumah warga masih pake jamban jongkok, pengguna kursi roda gk bisa pakai sendiri"),
    # digital / legal
    ("g67", "training", "tiket_online", "pelatihan tiket online utk desa wisata, biar pengunjung bs pesan dulu", ["tiket online", "desa wisata"], "Pengunjung akhir pekan 500an org, antri lama di loket, pengurus 17 org blm paham aplikasi"),
    ("g86", "training", "tiket_online", "training e-ticketing utk pengelola desa wisata, masih pakai karcis kertas", ["e-ticketing"]),
    ("g68", "training", "merek", "pendampingan daftar merek (HKI) utk produk UMKM kmi, takut ditiru", ["merek", "HKI"]),
    ("g69", "training", "merek", "pelatihan pendaftaran merek dagang di DJKI, kami blm paham caranya", ["merek dagang"]),
    ("g68", "resource", "fasilitasi_merek", "cari program fasilitasi merek gratis (biaya PNBP ditanggung)", ["merek"]),
    ("g70", "training", "sertifikat_tanah", "pendampingan sertifikat tanah (PTSL) utk lahan anggota, byk yg cm SKT", ["sertifikat tanah"]),
    # environment
    ("g71", "training", "biochar", "pelatihan bikin biochar dr sekam & tandan kosong, kelompk kmi 39 org", ["biochar"]),
    ("g72", "training", "biochar", "pelatihan pembuatan arang hayati (biochar) utk pembenah tanah", ["biochar", "arang hayati"]),
    ("g73", "training", "paving_plastik", "pelatihan bikin paving block dr sampah plastik", ["paving plastik"]),
    ("g74", "training", "paving_plastik", "pelatihan olah sampah plastik jd paving / batako", ["paving plastik"]),
    ("g74", "resource", "mesin_paving_plastik", "butuh mesin press/cetak paving plastik, plastik kresek numpuk", ["mesin paving"]),
    ("g75", "resource", "bibit_pohon", "butuh bibit pohon utk reboisasi lahan kritis 20 ha (mahoni, sengon, buah2an)", ["bibit pohon", "reboisasi"]),
    ("g77", "resource", "filter_air", "butuh saringan air bersih (filter) utk rumah tangga, air kali keruh", ["filter air"]),
    ("g78", "training", "filter_air_latih", "pelatihan bikin saringan air sederhana (biosand) utk rumah tangga", ["saringan air"]),
]

# ---------------------------------------------------------------- offers
# (subjects, kind, title, tags, service_area, provider name, provider type, provider regency[, extra])
T, M, R = "training", "market", "resource"
OFFERS = [
    # ---- gaharu
    ("gaharu", T, "Pelatihan Inokulasi Gaharu (Aquilaria) & Perawatan Pohon Terinfeksi", ["gaharu", "inokulasi"], [], "Balai Litbang Hasil Hutan Bukan Kayu", "programme", "Kota Bogor"),
    ("gaharu", T, "Agarwood inoculation field school for smallholders", ["agarwood", "inoculation"], ["Kalimantan Barat", "Kalimantan Tengah"], "Borneo Forest Livelihoods Initiative", "programme", "Kota Pontianak"),
    ("gaharu", T, "Bimtek budidaya dan inokulasi gaharu", ["gaharu"], ["Nusa Tenggara Timur"], "UPT KPH Mutis Timau", "programme", "Kabupaten Timor Tengah Selatan"),
    ("x:gaharu_grading", T, "Pelatihan sortasi & grading gubal gaharu untuk pengumpul", ["gaharu", "grading"], ["Kalimantan Barat", "Nusa Tenggara Barat"], "Asosiasi Pengusaha Gaharu Indonesia", "trainer", "Kota Administrasi Jakarta Pusat"),
    ("gaharu_jual", M, "Agarwood (gaharu) buyer — all grades, export to the Middle East", ["agarwood", "gaharu"], [], "Al-Oud Trading Indonesia", "buyer", "Kota Administrasi Jakarta Utara"),
    ("gaharu_jual", M, "Membeli gubal & kemedangan gaharu, timbang di tempat", ["gaharu", "gubal"], ["Kalimantan Barat", "Kalimantan Timur"], "UD Harum Kapuas", "buyer", "Kabupaten Sintang"),
    ("gaharu_jual", M, "Pembeli gaharu alam semua kelas", ["gaharu"], ["Papua"], "CV Kayu Wangi Cenderawasih", "buyer", "Kota Jayapura"),
    ("inokulan_gaharu", R, "Jual inokulan gaharu (Fusarium) siap suntik + bor & selang infus", ["inokulan gaharu"], [], "CV Gaharu Bio Inokulan", "supplier", "Kabupaten Bogor"),
    ("inokulan_gaharu", R, "Bantuan inokulan gaharu untuk KTH", ["gaharu", "inokulan"], ["Nusa Tenggara Barat"], "Dinas LHK Provinsi NTB", "programme", "Kota Mataram"),
    ("x:bibit_gaharu", R, "Jual bibit gaharu (Aquilaria malaccensis) polybag 40 cm", ["bibit gaharu"], [], "Kebun Bibit Gaharu Lestari", "supplier", "Kabupaten Bogor"),
    ("x:inokulan_rhizobium", R, "Jual inokulan rhizobium & pupuk hayati untuk kedelai", ["inokulan", "pupuk hayati"], [], "PT Agro Hayati Mandiri", "supplier", "Kota Malang"),
    # ---- damar, kemenyan, jernang
    ("damar", T, "Pelatihan penyadapan damar mata kucing lestari", ["damar", "penyadapan"], ["Lampung", "Bengkulu"], "Yayasan Repong Lestari", "programme", "Kabupaten Pesisir Barat"),
    ("x:getah_pinus", T, "Pelatihan penyadapan getah pinus (gondorukem) sistem koakan", ["getah pinus"], ["Lampung", "Jawa Tengah", "Jawa Timur"], "Pusdiklat Perhutani", "trainer", "Kabupaten Madiun"),
    ("x:damar_jual", M, "Membeli damar mata kucing asalan & sortiran", ["damar"], ["Lampung"], "CV Damar Krui Jaya", "buyer", "Kabupaten Pesisir Barat"),
    ("kemenyan", T, "Pelatihan penyadapan & pascapanen kemenyan (Styrax)", ["kemenyan"], ["Sumatera Utara"], "KPH XIII Dolok Sanggul", "programme", "Kabupaten Humbang Hasundutan"),
    ("kemenyan", T, "Benzoin (kemenyan) tapping and grading training", ["benzoin", "kemenyan"], [], "Tano Batak Forest Programme", "programme", "Kota Medan"),
    ("kemenyan", T, "Pelatihan budidaya & penyadapan kemenyan", ["kemenyan"], ["Kabupaten Pakpak Bharat"], "Dinas Kehutanan Kab. Pakpak Bharat", "programme", "Kabupaten Pakpak Bharat"),
    ("kemenyan_jual", M, "Membeli kemenyan Tapanuli semua kelas (mata kasar, tahir, jurur)", ["kemenyan"], ["Sumatera Utara"], "UD Haminjon Toba", "buyer", "Kabupaten Tapanuli Utara"),
    ("kemenyan_jual", M, "Buying benzoin resin for fragrance houses", ["benzoin"], ["Sumatera Barat"], "Andalas Naturals", "buyer", "Kota Padang"),
    ("kemenyan_jual", M, "Membeli getah kemenyan untuk ekspor", ["kemenyan"], [], "PT Styrax Indo Ekspor", "buyer", "Kota Medan", {"status": "closed"}),
    ("jernang_jual", M, "Membeli jernang (dragon's blood resin), bayar tunai", ["jernang", "dragon's blood"], ["Jambi", "Sumatera Selatan", "Riau"], "CV Jernang Batanghari", "buyer", "Kota Jambi"),
    # ---- bawang merah
    ("bawang_merah", T, "Sekolah Lapang Budidaya Bawang Merah dari Biji (TSS)", ["bawang merah", "TSS"], [], "Balai Penelitian Tanaman Sayuran", "programme", "Kabupaten Bandung Barat"),
    ("bawang_merah", T, "Pelatihan budidaya bawang merah off-season", ["bawang merah"], ["Nusa Tenggara Barat"], "BPTP Nusa Tenggara Barat", "programme", "Kota Mataram"),
    ("bawang_merah", T, "Shallot (bawang merah) production training with true seed", ["shallot"], ["Jawa Tengah", "Jawa Timur"], "AgriSeed Extension Indonesia", "trainer", "Kota Malang"),
    ("bawang_merah", T, "Pelatihan budidaya bawang merah", ["bawang merah"], ["Kota Bima"], "Penyuluh Pertanian Kota Bima", "programme", "Kota Bima"),
    ("bawang_merah_jual", M, "Membeli bawang merah konde/askip untuk pasar induk Kramat Jati", ["bawang merah"], [], "UD Brambang Jaya", "buyer", "Kota Administrasi Jakarta Timur"),
    ("bawang_merah_jual", M, "Offtaker bawang merah untuk industri bawang goreng", ["bawang merah"], ["Jawa Tengah", "Jawa Timur"], "PT Bawang Goreng Nusantara", "buyer", "Kabupaten Sidoarjo"),
    ("x:bawang_goreng", M, "Membeli bawang goreng curah", ["bawang goreng"], [], "CV Gurih Bersama", "buyer", "Kota Surabaya"),
    ("bawang_merah_jual", M, "Membeli bawang merah", ["bawang merah"], ["Kota Bima"], "Toko Tani Mbojo", "buyer", "Kota Bima"),
    ("x:benih_tss", M, "Kami membeli benih bawang merah TSS hasil penangkar", ["benih bawang merah"], ["Jawa Tengah"], "PT Benih Merah Putih", "buyer", "Kabupaten Brebes"),
    ("benih_tss", R, "Jual benih bawang merah biji (TSS) varietas Lokananta & Sanren", ["benih bawang merah", "TSS"], [], "PT Benih Citra Asia", "supplier", "Kabupaten Jember"),
    ("x:bibit_umbi_bawang", R, "Jual bibit bawang merah umbi Bima Brebes", ["bibit bawang merah"], ["Sulawesi Selatan", "Jawa Tengah"], "UD Bibit Brebes", "supplier", "Kabupaten Brebes"),
    ("benih_tss", R, "Bantuan benih bawang merah TSS untuk Poktan", ["bawang merah", "TSS"], ["Jawa Tengah"], "Dinas Pertanian Provinsi Jawa Tengah", "programme", "Kota Semarang"),
    # ---- bawang putih
    ("bawang_putih", T, "Pelatihan Budidaya Bawang Putih Dataran Tinggi", ["bawang putih"], [], "Balai Penelitian Tanaman Sayuran", "programme", "Kabupaten Bandung Barat"),
    ("bawang_putih", T, "Garlic cultivation training (seed selection, vernalisation)", ["garlic"], ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], "Highland Horticulture Trust", "programme", "Kota Mataram"),
    ("bawang_putih", T, "Bimtek bawang putih", ["bawang putih"], ["Kabupaten Magelang"], "Penyuluh BPP Kaliangkrik", "programme", "Kabupaten Magelang"),
    ("x:black_garlic", T, "Pelatihan pembuatan bawang hitam (black garlic)", ["bawang hitam"], ["Nusa Tenggara Barat", "Bali"], "Rumah Inovasi Pangan", "trainer", "Kota Yogyakarta"),
    # ---- kentang
    ("benih_kentang", T, "Pelatihan Penangkaran Benih Kentang Bersertifikat (G0–G3)", ["benih kentang"], [], "Balai Benih Kentang Kledung", "programme", "Kabupaten Temanggung"),
    ("benih_kentang", T, "Potato seed multiplication (aeroponics, G0) training", ["potato seed"], ["Jawa Tengah"], "Dieng Potato Partnership", "trainer", "Kabupaten Wonosobo"),
    ("benih_kentang", T, "Pelatihan penangkaran benih kentang", ["benih kentang"], ["Sumatera Barat"], "UPTD Balai Benih Alahan Panjang", "programme", "Kabupaten Solok"),
    ("x:ubi_jalar", T, "Pelatihan budidaya ubi jalar", ["ubi jalar"], ["Jawa Barat", "Jawa Tengah"], "Penyuluh Swadaya Tani Ubi", "trainer", "Kabupaten Kuningan"),
    # ---- stroberi
    ("stroberi", T, "Pelatihan Budidaya Stroberi (polybag & rak gantung)", ["stroberi"], [], "Agrowisata Stroberi Training Center", "trainer", "Kabupaten Bandung Barat"),
    ("stroberi", T, "Pelatihan budidaya stroberi", ["stroberi"], ["Kota Bandung"], "UPT Pertanian Kota Bandung", "programme", "Kota Bandung"),
    ("stroberi_jual", M, "Membeli stroberi segar grade A untuk hotel & kafe", ["stroberi", "strawberry"], ["Bali"], "Bali Fresh Supply", "buyer", "Kabupaten Badung"),
    ("x:stroberi_beku", M, "Membeli stroberi beku (frozen) untuk industri minuman", ["stroberi beku"], [], "PT Frozen Fruit Indonesia", "buyer", "Kabupaten Bogor"),
    ("stroberi_jual", M, "Buying fresh strawberries", ["strawberry"], ["Jawa Barat"], "Priangan Fruit Traders", "buyer", "Kota Bandung"),
    # ---- anggrek
    ("anggrek", T, "Pelatihan budidaya & perbanyakan anggrek (kultur jaringan, kompot)", ["anggrek"], [], "Taman Anggrek Nusantara Training", "trainer", "Kabupaten Bogor"),
    ("anggrek", T, "Pelatihan budidaya anggrek", ["anggrek"], ["Kota Jayapura"], "Dinas Pertanian Kota Jayapura", "programme", "Kota Jayapura"),
    ("x:kultur_jaringan_pisang", T, "Pelatihan kultur jaringan pisang", ["kultur jaringan"], ["Papua", "Jawa Timur"], "Lab Kultur Jaringan Agro", "trainer", "Kota Malang"),
    ("anggrek_jual", M, "Membeli anggrek pot berbunga (dendrobium, phalaenopsis) untuk florist", ["anggrek"], [], "Florist Anggrek Jaya", "buyer", "Kota Administrasi Jakarta Barat"),
    ("anggrek_jual", M, "Orchid buyer", ["orchid"], ["Papua Barat"], "Arfak Orchid House", "buyer", "Kabupaten Manokwari"),
    # ---- porang, mete, kenari, walet
    ("porang", T, "Pelatihan budidaya porang (bibit katak, pemupukan, panen)", ["porang"], [], "Pusat Pelatihan Porang Indonesia", "trainer", "Kabupaten Madiun"),
    ("x:pandai_besi", T, "Pelatihan pandai besi: tempa parang & golok", ["parang"], ["Jawa Timur", "Jawa Barat"], "Sentra Pandai Besi Cisaat", "trainer", "Kabupaten Sukabumi"),
    ("x:shirataki", T, "Pelatihan pengolahan porang jadi beras shirataki", ["porang"], ["Jawa Timur"], "Rumah Pangan Glukomanan", "trainer", "Kota Madiun"),
    ("porang_chip porang_umbi", M, "Pabrik tepung glukomanan membeli porang (umbi basah & chip kering)", ["porang"], [], "PT Konjac Glukomanan Indonesia", "buyer", "Kabupaten Pasuruan"),
    ("porang_chip", M, "Membeli chip porang kering kadar air < 12%", ["chip porang"], ["Jawa Timur", "Jawa Tengah"], "CV Porang Makmur Madiun", "buyer", "Kabupaten Nganjuk"),
    ("porang_umbi", M, "Membeli umbi porang basah", ["porang"], ["Kota Madiun"], "UD Porang Kota", "buyer", "Kota Madiun"),
    ("mete_gelondong mete_kupas", M, "Cashew buyer: raw cashew nuts (RCN) and kernels", ["cashew"], [], "Eastern Islands Cashew Co.", "buyer", "Kota Surabaya"),
    ("mete_gelondong", M, "Membeli mete gelondong (RCN) petani", ["mete", "jambu mete"], ["Sulawesi Tenggara", "Sulawesi Selatan"], "UD Mete Raha", "buyer", "Kota Kendari"),
    ("mete_kupas", M, "Membeli kacang mete kupas (W320, W240) untuk oleh-oleh", ["kacang mete"], ["Nusa Tenggara Timur", "Bali"], "Toko Oleh-Oleh Krisna Mete", "buyer", "Kota Denpasar"),
    ("x:jambu_air", M, "Membeli buah jambu air & jambu kristal", ["jambu"], [], "Agen Buah Segar Demak", "buyer", "Kabupaten Demak"),
    ("mete_gelondong", M, "Membeli mete gelondong", ["mete"], ["Kabupaten Buton"], "Pengepul Mete Pasarwajo", "buyer", "Kabupaten Buton"),
    ("x:burung_kenari", M, "Membeli burung kenari (canary) untuk penangkaran", ["kenari"], [], "Kenari Mania Bird Farm", "buyer", "Kota Surakarta"),
    ("kenari_jual", M, "Membeli kenari kupas", ["kenari"], ["Maluku Utara"], "UD Kenari Ternate", "buyer", "Kota Ternate"),
    ("kenari_jual", M, "Membeli kenari Ambon untuk bagea & oleh-oleh", ["kenari"], ["Maluku"], "Toko Kue Kenari Ambon Manise", "buyer", "Kota Ambon", {"status": "withdrawn"}),
    ("walet_jual", M, "Edible bird's nest buyer (registered exporter to China)", ["bird's nest", "walet"], [], "Swiftlet Export Indonesia", "buyer", "Kota Administrasi Jakarta Utara"),
    ("walet_jual", M, "Membeli sarang burung walet kotor & bersih", ["sarang walet"], ["Kalimantan Tengah", "Kalimantan Selatan"], "CV Walet Borneo", "buyer", "Kota Palangka Raya"),
    ("walet_jual", M, "Membeli sarang walet", ["walet"], ["Kalimantan Barat"], "UD Walet Sambas", "buyer", "Kabupaten Sambas"),
    # ---- ayam petelur, telur
    ("ayam_petelur", T, "Pelatihan Manajemen Ayam Petelur (pakan, vaksinasi, biosekuriti)", ["ayam petelur", "layer"], [], "Poultry Academy Indonesia", "trainer", "Kabupaten Bogor"),
    ("ayam_petelur", T, "Layer farm management course", ["layer", "poultry"], ["Jawa Timur"], "East Java Poultry Network", "trainer", "Kota Malang"),
    ("ayam_petelur", T, "Pelatihan ayam petelur", ["ayam petelur"], ["Kota Blitar"], "Dinas Peternakan Kota Blitar", "programme", "Kota Blitar"),
    ("ayam_petelur", T, "Bimtek budidaya ayam ras petelur", ["ayam petelur"], ["Sulawesi Selatan"], "Dinas Peternakan Prov. Sulawesi Selatan", "programme", "Kota Makassar"),
    ("x:broiler", T, "Pelatihan budidaya ayam broiler pola kemitraan", ["broiler"], ["Jawa Timur", "Sulawesi Selatan"], "PT Mitra Unggas Sejahtera", "trainer", "Kota Semarang"),
    ("telur_ayam", M, "Membeli telur ayam ras (rak) untuk distribusi Kalimantan", ["telur ayam"], ["Sulawesi Selatan", "Sulawesi Barat"], "CV Telur Borneo Express", "buyer", "Kota Parepare"),
    ("telur_ayam", M, "Buying table eggs (chicken) for a bakery chain", ["eggs"], [], "Golden Crumb Bakeries", "buyer", "Kota Tangerang"),
    ("x:ayam_afkir", M, "Membeli ayam afkir petelur", ["ayam afkir"], [], "UD Ayam Potong Sidoarjo", "buyer", "Kabupaten Sidoarjo"),
    ("pullet", R, "Jual pullet ayam petelur umur 16 minggu", ["pullet", "ayam petelur"], ["Jawa Timur", "Jawa Tengah"], "Farm Pullet Kediri", "supplier", "Kabupaten Kediri"),
    ("x:doc_broiler", R, "Jual DOC ayam broiler & ayam pejantan", ["DOC"], [], "PT Bibit Unggas Nusantara", "supplier", "Kota Surabaya"),
    # ---- puyuh
    ("puyuh", T, "Pelatihan Budidaya Puyuh Petelur", ["puyuh"], [], "Puyuh Farm Training Center", "trainer", "Kabupaten Sleman"),
    ("puyuh", T, "Quail farming course", ["quail"], ["Sumatera Barat", "Riau"], "Andalas Livestock School", "trainer", "Kota Payakumbuh"),
    ("puyuh", T, "Pelatihan budidaya puyuh", ["puyuh"], ["Kota Sukabumi"], "UPTD Peternakan Kota Sukabumi", "programme", "Kota Sukabumi"),
    ("telur_puyuh", M, "Membeli telur puyuh (kupas & utuh) untuk katering & sate", ["telur puyuh"], ["Jawa Barat", "DKI Jakarta", "Banten"], "CV Puyuh Prima", "buyer", "Kota Bogor"),
    ("telur_puyuh", M, "Quail egg buyer — canned quail eggs factory", ["quail eggs"], [], "Nusantara Canning", "buyer", "Kabupaten Pasuruan"),
    ("x:daging_puyuh", M, "Membeli puyuh afkir & daging puyuh potong", ["puyuh"], [], "RM Puyuh Goreng Mbok Sri", "buyer", "Kota Yogyakarta"),
    # ---- kelinci
    ("kelinci", T, "Pelatihan Budidaya Kelinci Pedaging & Pengendalian Penyakit", ["kelinci"], [], "Sentra Kelinci Indonesia", "trainer", "Kota Batu"),
    ("kelinci", T, "Pelatihan ternak kelinci", ["kelinci"], ["Kabupaten Bandung"], "Dinas Peternakan Kab. Bandung", "programme", "Kabupaten Bandung"),
    ("kelinci_jual", M, "Membeli kelinci potong hidup", ["kelinci"], ["Jawa Barat", "Jawa Timur"], "UD Kelinci Segar", "buyer", "Kota Malang"),
    ("x:pupuk_kambing", M, "Membeli pupuk kandang kambing & sapi", ["pupuk kandang"], [], "CV Pupuk Organik Subur", "buyer", "Kabupaten Bandung"),
    # ---- babi
    ("babi", T, "Pelatihan biosekuriti & pencegahan ASF pada ternak babi", ["babi", "ASF"], [], "Balai Veteriner Denpasar", "programme", "Kota Denpasar"),
    ("babi", T, "Pig husbandry and ASF biosecurity training", ["pig", "ASF"], ["Nusa Tenggara Timur", "Bali"], "Pig Health Partnership (ACIAR)", "programme", "Kota Kupang"),
    ("babi", T, "Pelatihan ternak babi", ["babi"], ["Kota Kupang"], "Dinas Peternakan Kota Kupang", "programme", "Kota Kupang"),
    ("babi", T, "Pelatihan ternak babi sehat", ["babi"], ["Papua"], "Yayasan Peternak Tanah Papua", "programme", "Kota Jayapura"),
    ("x:babi_hutan", T, "Pelatihan pengendalian hama babi hutan di kebun", ["babi hutan"], ["Nusa Tenggara Timur", "Bali", "Sumatera Utara"], "Penyuluh Perlindungan Tanaman", "trainer", "Kota Padang"),
    ("x:penggemukan_sapi", T, "Pelatihan penggemukan sapi bali", ["sapi bali", "penggemukan"], ["Nusa Tenggara Barat", "Nusa Tenggara Timur", "Sulawesi Selatan"], "Balai Pelatihan Peternakan Kupang", "programme", "Kabupaten Kupang"),
    ("babi_jual", M, "Membeli babi hidup untuk usaha babi guling", ["babi"], ["Bali"], "Babi Guling Pak Malen Supply", "buyer", "Kota Denpasar"),
    # ---- IB sapi
    ("ib_sapi", T, "Pelatihan Inseminator Inseminasi Buatan (IB) Sapi", ["inseminasi buatan", "IB"], [], "BBIB Singosari", "programme", "Kabupaten Malang"),
    ("ib_sapi", T, "Artificial insemination technician course for Bali cattle", ["artificial insemination"], ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], "Cattle Breeding Improvement Project", "programme", "Kota Mataram"),
    ("ib_sapi", T, "Pelatihan IB dan pemeriksaan kebuntingan", ["IB"], ["Sulawesi Tenggara"], "Dinas Peternakan Sultra", "programme", "Kota Kendari"),
    ("x:semen_beton", R, "Jual semen Portland & bata ringan", ["semen"], [], "Toko Bangunan Sinar Barru", "supplier", "Kabupaten Barru"),
    ("straw_semen", R, "Bantuan straw semen beku & N2 cair untuk inseminator", ["semen beku", "straw"], ["Nusa Tenggara Barat"], "Dinas Peternakan Prov. NTB", "programme", "Kota Mataram"),
    # ---- gurame
    ("gurame", T, "Pelatihan Budidaya Gurame (pembenihan & pembesaran)", ["gurame"], [], "Balai Besar Perikanan Budidaya Air Tawar", "programme", "Kabupaten Sukabumi"),
    ("gurame", T, "Pelatihan budidaya gurame", ["gurame"], ["Kota Tasikmalaya"], "Dinas Perikanan Kota Tasikmalaya", "programme", "Kota Tasikmalaya"),
    ("gurame", T, "Giant gourami farming course", ["gourami"], ["Jawa Tengah", "DI Yogyakarta"], "Central Java Aquaculture School", "trainer", "Kabupaten Banyumas"),
    ("x:gurita", T, "Pelatihan penangkapan gurita ramah lingkungan", ["gurita"], ["Jawa Barat", "Jawa Tengah"], "Yayasan Laut Lestari", "programme", "Kota Makassar"),
    # ---- ikan hias
    ("ikan_hias", T, "Pelatihan Budidaya Ikan Hias Air Tawar (cupang, guppy, koi)", ["ikan hias"], [], "Balai Riset Budidaya Ikan Hias Depok", "programme", "Kota Depok"),
    ("ikan_hias", T, "Pelatihan ikan hias untuk pemuda", ["ikan hias"], ["Kota Bogor"], "Komunitas Ikan Hias Bogor", "trainer", "Kota Bogor"),
    ("ikan_hias", T, "Betta fish breeding workshop", ["betta"], ["Jawa Timur"], "Betta Breeders Guild", "trainer", "Kabupaten Tulungagung"),
    ("x:aquascape", T, "Pelatihan aquascape & desain akuarium", ["aquascape", "akuarium"], [], "Aquascape Studio Surabaya", "trainer", "Kota Surabaya"),
    ("ikan_hias_jual", M, "Ornamental fish exporter buying betta, guppy and koi", ["ornamental fish", "betta"], [], "Tropical Aqua Export", "buyer", "Kota Administrasi Jakarta Barat"),
    ("ikan_hias_jual", M, "Membeli ikan cupang hias partai", ["cupang"], ["Jawa Timur", "DKI Jakarta"], "Cupang Center Surabaya", "buyer", "Kota Surabaya"),
    ("x:ikan_hias_laut", M, "Membeli ikan hias laut hasil tangkapan ramah lingkungan", ["ikan hias laut"], [], "Bali Marine Ornamentals", "buyer", "Kabupaten Buleleng"),
    # ---- udang galah
    ("udang_galah", T, "Pelatihan Budidaya Udang Galah (Macrobrachium)", ["udang galah"], [], "Balai Perikanan Budidaya Air Tawar Jambi", "programme", "Kota Jambi"),
    ("udang_galah", T, "Freshwater prawn farming course", ["freshwater prawn"], ["Kalimantan Selatan", "Kalimantan Tengah"], "Borneo Aquaculture Initiative", "programme", "Kota Banjarbaru"),
    ("udang_galah", T, "Pelatihan udang galah", ["udang galah"], ["Kota Banjar"], "Penyuluh Perikanan Kota Banjar", "programme", "Kota Banjar"),
    ("udang_galah_jual", M, "Membeli udang galah hidup & segar", ["udang galah"], ["Kalimantan Selatan"], "RM Udang Galah Banjar", "buyer", "Kota Banjarmasin"),
    ("x:vaname_jual", M, "Membeli udang vaname size 50–60", ["udang vaname"], [], "PT Cold Storage Udang", "buyer", "Kabupaten Sidoarjo"),
    ("udang_galah_jual", M, "Membeli udang galah", ["udang galah"], [], "Ekspor Udang Galah Sejahtera", "buyer", "Kota Semarang", {"status": "closed"}),
    # ---- rumpon, perahu, es
    ("rumpon", T, "Pelatihan Pembuatan & Pemasangan Rumpon (FAD)", ["rumpon"], [], "Balai Besar Penangkapan Ikan Semarang", "programme", "Kota Semarang"),
    ("rumpon", T, "Fish aggregating device (FAD) construction & management training", ["FAD", "rumpon"], ["Maluku", "Maluku Utara"], "Coral Triangle Fisheries Alliance", "programme", "Kota Ambon"),
    ("rumpon", T, "Pelatihan rumpon untuk nelayan kecil", ["rumpon"], ["Sulawesi Tengah"], "Dinas Kelautan Prov. Sulteng", "programme", "Kota Palu"),
    ("x:rumput_laut", T, "Pelatihan budidaya rumput laut metode longline", ["rumput laut"], ["Maluku", "Sulawesi Utara", "Sulawesi Selatan"], "Seaweed School Nusantara", "trainer", "Kabupaten Takalar"),
    ("perahu_fiber", T, "Pelatihan pembuatan perahu fiberglass", ["perahu fiber"], [], "Galangan Kapal Rakyat Training", "trainer", "Kabupaten Banyuwangi"),
    ("perahu_fiber", T, "Fiberglass boat building course for fishing communities", ["fiberglass boat"], ["Maluku Utara", "Maluku"], "Boats for Coasts Foundation", "programme", "Kota Ternate"),
    ("perahu_fiber", T, "Pelatihan pembuatan perahu fiber", ["perahu fiber"], ["Jawa Tengah"], "Dinas Kelautan Jawa Tengah", "programme", "Kota Semarang"),
    ("x:mesin_tempel", T, "Pelatihan servis mesin tempel perahu", ["mesin tempel"], ["Maluku Utara", "Sulawesi Utara"], "Bengkel Mesin Laut Bitung", "trainer", "Kota Bitung"),
    ("bantuan_perahu", R, "Bantuan kapal perikanan fiberglass < 5 GT untuk KUB nelayan", ["kapal", "perahu fiber"], [], "Program Bantuan Sarana Nelayan KKP", "programme", "Kota Administrasi Jakarta Pusat"),
    ("x:resin_fiber", R, "Jual resin & serat fiberglass (mat) kiloan", ["fiberglass", "resin"], [], "CV Kimia Fiber Jaya", "supplier", "Kota Makassar"),
    ("mesin_es", R, "Mesin es flake (ice flake machine) 1–5 ton/hari", ["mesin es", "ice flake"], [], "PT Refrigerasi Bahari", "supplier", "Kota Surabaya"),
    ("mesin_es", R, "Bantuan pabrik es mini untuk sentra nelayan", ["pabrik es"], ["Nusa Tenggara Barat", "Sulawesi Utara"], "Program Sentra Kelautan Terpadu", "programme", "Kota Administrasi Jakarta Pusat"),
    ("x:es_krim", R, "Mesin es krim (soft ice cream) untuk usaha", ["es krim"], [], "Mesin Kuliner Jaya", "supplier", "Kota Bandung"),
    # ---- teri
    ("teri_kering", M, "Buying dried anchovy (teri nasi / chirimen) for export to Japan", ["anchovy", "teri"], [], "Chirimen Japan Trading", "buyer", "Kota Administrasi Jakarta Utara"),
    ("teri_kering", M, "Membeli ikan teri kering (teri medan, teri nasi)", ["teri"], ["Kepulauan Riau", "Riau", "Sumatera Utara"], "UD Teri Medan Jaya", "buyer", "Kota Medan"),
    ("teri_kering", M, "Membeli ikan teri", ["teri"], ["Kabupaten Lampung Selatan"], "Pengepul Teri Kalianda", "buyer", "Kabupaten Lampung Selatan"),
    ("x:ikan_asin", M, "Membeli ikan asin jambal roti", ["ikan asin"], ["Lampung", "Jawa Barat"], "Toko Ikan Asin Pangandaran", "buyer", "Kabupaten Pangandaran"),
    ("x:teri_segar", M, "Membeli teri segar untuk pindang & pakan", ["teri segar"], ["Lampung"], "UD Pindang Lampung", "buyer", "Kota Bandar Lampung"),
    # ---- sirup, tepung ubi, dodol, dendeng, kerupuk
    ("sirup_buah", T, "Pelatihan Pembuatan Sirup Buah (markisa, jeruk, sirsak): pasteurisasi & umur simpan", ["sirup buah", "markisa"], [], "Pusat Pelatihan Agroindustri", "trainer", "Kota Bogor"),
    ("sirup_buah", T, "Pelatihan sirup markisa", ["sirup markisa"], ["Sulawesi Tenggara"], "Dinas Perindustrian Sultra", "programme", "Kota Kendari"),
    ("x:selai", T, "Pelatihan pembuatan selai & jeli buah", ["selai", "jeli"], [], "Rumah Kreatif Olahan Buah", "trainer", "Kota Makassar"),
    ("sirup_jual", M, "Distributor oleh-oleh Makassar membeli sirup markisa & produk UMKM", ["sirup markisa"], ["Sulawesi Selatan"], "CV Oleh-Oleh Anging Mammiri", "buyer", "Kota Makassar"),
    ("x:markisa_segar", M, "Membeli buah markisa segar untuk pabrik jus", ["markisa"], [], "PT Jus Tropis", "buyer", "Kabupaten Deli Serdang"),
    ("tepung_ubi", T, "Pelatihan pembuatan tepung ubi jalar & olahannya", ["tepung ubi jalar"], ["Jawa Barat", "Jawa Tengah"], "Teknologi Pangan Unpad Outreach", "trainer", "Kabupaten Sumedang"),
    ("x:mocaf", T, "Pelatihan pembuatan tepung mocaf", ["mocaf", "tepung"], [], "Koperasi Mocaf Nusantara", "trainer", "Kabupaten Trenggalek"),
    ("x:ubi_segar", M, "Membeli ubi jalar Cilembu segar untuk ekspor", ["ubi jalar"], [], "PT Sweet Potato Export", "buyer", "Kabupaten Sumedang"),
    ("tepung_ubi_jual", M, "Membeli tepung ubi jalar untuk pabrik mi", ["tepung ubi jalar"], ["Jawa Timur"], "PT Mi Ubi Sehat", "buyer", "Kabupaten Pasuruan"),
    ("dodol", T, "Pelatihan Produksi Dodol & Jenang (umur simpan, kemasan)", ["dodol", "jenang"], [], "Balai Besar Industri Agro", "programme", "Kota Bogor"),
    ("dodol", T, "Pelatihan dodol", ["dodol"], ["Kabupaten Tasikmalaya"], "Dinas KUKM Kab. Tasikmalaya", "programme", "Kabupaten Tasikmalaya"),
    ("x:donat", T, "Pelatihan membuat donat & roti manis", ["donat"], ["Jawa Barat"], "Baking Class Priangan", "trainer", "Kota Bandung"),
    ("dodol_jual", M, "Membeli dodol & jenang untuk toko oleh-oleh rest area tol", ["dodol"], ["Jawa Barat", "Jawa Tengah"], "PT Oleh-Oleh Tol Nusantara", "buyer", "Kabupaten Karawang"),
    ("dendeng", T, "Pelatihan Pembuatan Dendeng & Abon Daging", ["dendeng", "abon"], [], "Pusat Pelatihan Olahan Daging", "trainer", "Kota Surabaya"),
    ("dendeng", T, "Beef jerky (dendeng) production & packaging", ["jerky", "dendeng"], ["Sumatera Barat", "Riau"], "Minang Food Innovation Hub", "trainer", "Kota Bukittinggi"),
    ("x:dendang", T, "Pelatihan vokal dendang Minang & saluang", ["dendang"], ["Sumatera Barat"], "Sanggar Seni Nan Jombang", "trainer", "Kota Padang"),
    ("dendeng", T, "Pelatihan dendeng & olahan daging rusa", ["dendeng"], ["Papua"], "Dinas Perindag Prov. Papua", "programme", "Kota Jayapura"),
    ("x:dendeng_sapi_beli", M, "Membeli dendeng sapi balado", ["dendeng"], ["Sumatera Barat"], "Toko Oleh-Oleh Kripik Sanjai", "buyer", "Kota Bukittinggi"),
    ("kerupuk_ikan", T, "Pelatihan Kerupuk Ikan & Amplang", ["kerupuk ikan", "amplang"], [], "Poklahsar Academy", "trainer", "Kabupaten Sidoarjo"),
    ("x:kerupuk_kulit", T, "Pelatihan kerupuk kulit sapi", ["kerupuk kulit"], ["Jawa Barat", "Kalimantan Timur"], "Sentra Kerupuk Kulit Garut", "trainer", "Kabupaten Garut"),
    ("kerupuk_ikan", T, "Pelatihan amplang", ["amplang"], ["Kota Samarinda"], "Disperindag Kota Samarinda", "programme", "Kota Samarinda"),
    ("kerupuk_ikan_jual", M, "Membeli kerupuk ikan/udang mentah (kiloan) untuk ekspor", ["kerupuk ikan"], [], "PT Krupuk Export Indonesia", "buyer", "Kabupaten Sidoarjo"),
    ("x:kerupuk_kulit", M, "Membeli kerupuk kulit mentah", ["kerupuk kulit"], [], "UD Dorokdok Jaya", "buyer", "Kabupaten Garut"),
    # ---- anyaman lontar & pandan
    ("anyam_lontar anyam_pandan", T, "Pelatihan anyaman daun lontar & pandan (desain produk)", ["anyaman pandan", "lontar"], [], "Dekranas Training Center", "programme", "Kota Administrasi Jakarta Pusat"),
    ("x:aksara_lontar", T, "Pelatihan menulis aksara Bali di daun lontar", ["lontar"], ["Bali", "Nusa Tenggara Timur"], "Pusat Kajian Lontar Udayana", "trainer", "Kota Denpasar"),
    ("x:rotan_anyam", T, "Pelatihan anyaman rotan (keranjang, tas)", ["anyaman rotan"], [], "Sentra Rotan Trangsan", "trainer", "Kabupaten Sukoharjo"),
    ("anyam_lontar", T, "Lontar palm weaving design workshop", ["lontar", "weaving"], ["Nusa Tenggara Timur"], "Timor Weavers Network", "programme", "Kota Kupang"),
    ("anyam_pandan", T, "Pelatihan Anyaman Pandan", ["anyaman pandan"], ["Jawa Tengah", "DI Yogyakarta"], "Sanggar Pandan Kreasi", "trainer", "Kabupaten Kulon Progo"),
    ("x:pandan_wangi", T, "Pelatihan budidaya pandan wangi & ekstrak pewarna alami", ["pandan wangi"], ["Jawa Tengah"], "Kebun Rempah Lestari", "trainer", "Kabupaten Bogor"),
    ("anyaman_jual", M, "Sourcing pandanus & lontar woven bags for export (EU)", ["pandanus", "woven bags"], [], "Fair Weave Europe", "buyer", "Kota Denpasar"),
    ("anyaman_jual", M, "Membeli kerajinan anyaman pandan (tas, tikar, topi)", ["anyaman pandan"], ["Jawa Tengah", "Jawa Barat"], "CV Pandan Craft Indonesia", "buyer", "Kabupaten Tasikmalaya"),
    ("x:daun_pandan", M, "Membeli daun pandan kering (bahan baku anyaman)", ["daun pandan"], [], "UD Bahan Anyaman", "buyer", "Kabupaten Tasikmalaya"),
    ("anyaman_jual", M, "Membeli kerajinan lontar", ["lontar"], ["Nusa Tenggara Barat"], "Galeri Kerajinan Lombok", "buyer", "Kota Mataram"),
    # ---- kerang, perak, lilin
    ("x:kerang_hijau", T, "Pelatihan budidaya kerang hijau", ["kerang"], ["Sulawesi Selatan", "Lampung"], "Balai Budidaya Laut Lampung", "programme", "Kabupaten Pesawaran"),
    ("kerajinan_kerang", T, "Shell craft workshop (shell lamps, mosaics)", ["shell craft"], ["Nusa Tenggara Barat", "Bali"], "Coastal Crafts Lombok", "trainer", "Kabupaten Lombok Barat"),
    ("kerajinan_kerang", T, "Pelatihan kerajinan kerang & siput laut", ["kerajinan kerang"], ["Sulawesi Selatan"], "Dekranasda Kab. Pangkep", "programme", "Kabupaten Pangkajene dan Kepulauan", {"status": "closed"}),
    ("perak", T, "Pelatihan kerajinan perhiasan perak (filigri, granulasi)", ["perak", "perhiasan"], [], "Balai Besar Kerajinan dan Batik", "programme", "Kota Yogyakarta"),
    ("perak", T, "Silver jewellery design workshop", ["silver jewellery"], ["Bali"], "Celuk Design Lab", "trainer", "Kabupaten Gianyar"),
    ("perak", T, "Pelatihan perhiasan perak", ["perak"], ["Kabupaten Bantul"], "Dinas Perindustrian Kab. Bantul", "programme", "Kabupaten Bantul"),
    ("x:perak_jual", M, "Buying handmade silver jewellery (925) for export", ["silver jewellery"], [], "Silver Route Imports", "buyer", "Kabupaten Badung"),
    ("lilin", T, "Pelatihan membuat lilin aromaterapi", ["lilin aromaterapi"], ["Jawa Timur"], "Aroma Craft Surabaya", "trainer", "Kota Surabaya"),
    ("x:diffuser", T, "Pelatihan membuat diffuser & minyak aromaterapi", ["aromaterapi"], [], "Essential Living Class", "trainer", "Kota Tangerang Selatan"),
    ("x:malam_batik", R, "Jual malam (lilin batik) & canting", ["lilin batik", "malam"], [], "Toko Bahan Batik Laweyan", "supplier", "Kota Surakarta"),
    # ---- pangkas rambut, tukang kayu
    ("pangkas", T, "Pelatihan Barbershop & Pangkas Rambut Pria", ["pangkas rambut", "barbershop"], [], "LPK Barber Nusantara", "trainer", "Kabupaten Garut"),
    ("pangkas", T, "Barbering course (fades, clipper maintenance, hygiene)", ["barbering"], ["Jawa Barat", "Banten"], "Gentlemen's Cut Academy", "trainer", "Kota Bandung"),
    ("pangkas", T, "Pelatihan pangkas rambut", ["pangkas rambut"], ["Kota Baubau"], "BLK Kota Baubau", "programme", "Kota Baubau"),
    ("x:pangkas_kakao", T, "Pelatihan pemangkasan & peremajaan kakao", ["pemangkasan", "kakao"], [], "Sekolah Lapang Kakao Sulawesi", "programme", "Kota Kendari"),
    ("x:salon", T, "Pelatihan tata rias & salon kecantikan wanita", ["salon", "tata rias"], [], "LKP Salon Cantika", "trainer", "Kota Kendari"),
    ("tukang_kayu", T, "Pelatihan Pertukangan Kayu (kusen, pintu, rangka atap)", ["pertukangan kayu", "kusen"], [], "Balai Besar Pelatihan Vokasi Konstruksi", "programme", "Kota Semarang"),
    ("x:ukir_kayu", T, "Pelatihan ukir kayu relief & patung", ["ukir kayu"], [], "Sanggar Ukir Mulyoharjo", "trainer", "Kabupaten Jepara"),
    ("tukang_kayu", T, "Carpentry & joinery course for youth", ["carpentry", "joinery"], ["Papua Barat", "Papua Barat Daya"], "Skills for Papua Youth", "programme", "Kabupaten Manokwari"),
    ("tukang_kayu", T, "Pelatihan pertukangan kayu", ["pertukangan kayu"], ["Kota Sorong"], "BLK Kota Sorong", "programme", "Kota Sorong"),
    # ---- PLTS, motor listrik
    ("plts", T, "Pelatihan Teknisi Instalasi & Perawatan PLTS", ["PLTS", "panel surya"], [], "Institut Energi Surya Nusantara", "trainer", "Kota Bandung"),
    ("plts", T, "Solar PV installation and maintenance training for village technicians", ["solar PV"], ["Nusa Tenggara Timur", "Nusa Tenggara Barat"], "Sumba Iconic Island Energy Programme", "programme", "Kabupaten Sumba Timur"),
    ("x:solar_dryer", T, "Pelatihan pembuatan pengering tenaga surya (solar dryer)", ["solar dryer"], [], "Energi Desa Lestari", "programme", "Kota Yogyakarta"),
    ("x:instalasi_listrik", T, "Pelatihan instalasi listrik rumah tangga", ["instalasi listrik"], [], "BLK Instalatir Listrik", "programme", "Kota Samarinda"),
    ("plts", T, "Pelatihan operator PLTS", ["PLTS"], ["Kalimantan Timur"], "Dinas ESDM Kaltim", "programme", "Kota Samarinda"),
    ("plts_unit", R, "Hibah PLTS komunal untuk desa belum berlistrik", ["PLTS"], [], "Program Listrik Desa Terang", "programme", "Kota Administrasi Jakarta Selatan"),
    ("plts_unit", R, "Paket solar home system (SHS) 100 Wp + baterai", ["panel surya", "solar home system"], ["Kalimantan Utara", "Kalimantan Timur"], "CV Surya Borneo", "supplier", "Kota Tarakan"),
    ("x:solar_bbm", R, "Jual solar (BBM) industri & pelumas", ["solar"], [], "PT Energi Niaga Kaltara", "supplier", "Kabupaten Bulungan"),
    ("x:motor_bensin", T, "Pelatihan mekanik sepeda motor injeksi", ["sepeda motor"], [], "LPK Otomotif Mandiri", "trainer", "Kota Yogyakarta"),
    ("motor_listrik", T, "Pelatihan servis motor listrik", ["motor listrik"], ["DI Yogyakarta"], "Kampus Kendaraan Listrik", "trainer", "Kabupaten Sleman", {"status": "closed"}),
    ("motor_listrik", T, "Electric motorcycle conversion course", ["electric motorcycle"], ["Jawa Barat"], "EV Conversion Lab", "trainer", "Kota Bandung"),
    # ---- lansia, pembalut, toilet
    ("lansia", T, "Pelatihan Caregiver / Pendamping Lansia (home care)", ["lansia", "caregiver"], [], "LPK Caregiver Indonesia", "trainer", "Kota Administrasi Jakarta Timur"),
    ("x:senam_lansia", T, "Pelatihan instruktur senam lansia", ["senam lansia"], [], "Komunitas Senam Sehat", "trainer", "Kota Surakarta"),
    ("lansia", T, "Pelatihan perawat lansia", ["lansia"], ["Kabupaten Sleman"], "Dinas Sosial Kab. Sleman", "programme", "Kabupaten Sleman"),
    ("pembalut_kain", T, "Pelatihan Menjahit Pembalut Kain (Reusable Pads) & Kesehatan Menstruasi", ["pembalut kain"], [], "Yayasan Perempuan Sehat", "programme", "Kota Yogyakarta"),
    ("pembalut_kain", T, "Pelatihan pembalut kain", ["pembalut kain"], ["Kota Gorontalo"], "PKK Kota Gorontalo", "programme", "Kota Gorontalo"),
    ("pembalut_kain", T, "Reusable menstrual pad making workshop", ["menstrual pads"], ["Papua Barat Daya", "Papua Barat"], "Period Dignity Papua", "programme", "Kota Sorong"),
    ("x:popok_kain", T, "Pelatihan menjahit popok kain bayi", ["popok kain"], [], "Konveksi Bayi Mandiri", "trainer", "Kota Bandung"),
    ("toilet_difabel", R, "Bantuan pembangunan toilet aksesibel (ramah disabilitas) untuk rumah warga difabel", ["toilet aksesibel", "disabilitas"], [], "Program Rumah Inklusif", "programme", "Kota Administrasi Jakarta Pusat"),
    ("toilet_difabel", R, "Accessible sanitation grants (WASH & disability)", ["accessible toilet", "sanitation"], ["Sulawesi Tengah", "Sulawesi Barat"], "Inclusive WASH Fund", "programme", "Kota Palu"),
    ("x:jamban", R, "Bantuan jamban sehat keluarga", ["jamban"], ["Sulawesi Selatan"], "Program Sanitasi Berbasis Masyarakat", "programme", "Kota Makassar"),
    # ---- tiket online, merek, tanah
    ("x:tiket_pesawat", T, "Pelatihan agen tiket pesawat & travel", ["tiket"], [], "LPK Travel Agent", "trainer", "Kota Palembang"),
    ("x:digital_marketing", T, "Pelatihan pemasaran digital untuk desa wisata", ["pemasaran digital", "desa wisata"], [], "Digital Desa Academy", "trainer", "Kota Bandung"),
    ("tiket_online", T, "Online ticketing & booking system training for tourism villages", ["ticketing", "tourism village"], ["Jawa Tengah", "DI Yogyakarta", "Bali"], "Smart Village Tourism Lab", "programme", "Kota Denpasar"),
    ("merek", T, "Pendampingan Pendaftaran Merek (HKI) untuk UMKM", ["merek", "HKI"], [], "Klinik HKI Nusantara", "trainer", "Kota Administrasi Jakarta Selatan"),
    ("x:logo", T, "Pelatihan desain logo & branding kemasan", ["logo", "branding"], [], "Studio Desain UMKM", "trainer", "Kota Bandung"),
    ("merek", T, "Klinik HKI & pendaftaran merek", ["merek"], ["Kota Serang"], "Dinas Koperasi Kota Serang", "programme", "Kota Serang"),
    ("merek", T, "Trademark registration clinic for MSMEs", ["trademark"], ["Riau", "Kepulauan Riau"], "Riau IP Clinic", "trainer", "Kota Pekanbaru"),
    ("fasilitasi_merek", R, "Fasilitasi pendaftaran merek gratis (biaya PNBP ditanggung) bagi UMKM", ["merek"], ["Banten", "DKI Jakarta"], "Kanwil Kemenkum Banten", "programme", "Kota Serang"),
    ("x:kur", R, "Pinjaman modal usaha mikro (KUR) tanpa agunan", ["KUR", "modal"], [], "Bank Rakyat Mikro", "programme", "Kota Administrasi Jakarta Pusat"),
    ("sertifikat_tanah", T, "Pendampingan Sertifikasi Tanah (PTSL) & Legalitas Lahan Petani", ["sertifikat tanah", "PTSL"], ["Kalimantan Tengah", "Kalimantan Selatan"], "LBH Agraria Kalimantan", "programme", "Kota Palangka Raya"),
    ("sertifikat_tanah", T, "Land titling legal aid for smallholders", ["land titling"], [], "Agrarian Justice Initiative", "programme", "Kota Bogor"),
    ("sertifikat_tanah", T, "Pendampingan legalitas lahan petani", ["legalitas lahan"], ["Kabupaten Kapuas Hulu"], "Yayasan Tanah Borneo", "programme", "Kabupaten Kapuas Hulu"),
    # ---- biochar, paving plastik, bibit pohon, filter air
    ("biochar", T, "Pelatihan Pembuatan & Aplikasi Biochar", ["biochar"], [], "Pusat Riset Tanah & Iklim", "programme", "Kota Bogor"),
    ("biochar", T, "Biochar kiln training (kon-tiki) for farmers", ["biochar"], ["Sumatera Selatan", "Jambi"], "Peatland Livelihoods Project", "programme", "Kota Palembang"),
    ("biochar", T, "Pelatihan biochar sekam padi", ["biochar"], ["Sumatera Utara"], "BPTP Sumatera Utara", "programme", "Kota Medan"),
    ("x:briket", T, "Pelatihan pembuatan briket arang tempurung", ["briket", "arang"], [], "Briket Indonesia Training", "trainer", "Kabupaten Banyumas"),
    ("paving_plastik", T, "Pelatihan Paving Block dari Sampah Plastik", ["paving plastik", "sampah plastik"], [], "Gerakan Plastik Jadi Berkah", "programme", "Kota Surabaya"),
    ("x:paving_semen", T, "Pelatihan pembuatan paving block & batako semen", ["paving block", "batako"], [], "BLK Bangunan", "programme", "Kota Palu"),
    ("paving_plastik", T, "Plastic-waste paving training", ["plastic paving"], ["Kabupaten Belitung Timur"], "Belitung Clean Island", "programme", "Kabupaten Belitung Timur"),
    ("paving_plastik", T, "Plastic waste to paving & bricks workshop", ["plastic waste", "paving"], ["Sulawesi Tengah", "Gorontalo"], "Circular Sulawesi", "programme", "Kota Palu"),
    ("mesin_paving_plastik", R, "Mesin pencacah & cetak paving plastik (extruder)", ["mesin paving plastik"], [], "Teknik Daur Ulang Mandiri", "supplier", "Kabupaten Sidoarjo"),
    ("x:mesin_paving_semen", R, "Mesin cetak paving block semen (press hidrolik)", ["mesin paving"], [], "CV Mesin Bangunan", "supplier", "Kota Makassar"),
    ("bibit_pohon", R, "Bantuan bibit pohon gratis untuk rehabilitasi hutan & lahan (KBR)", ["bibit pohon"], [], "Program Kebun Bibit Rakyat", "programme", "Kota Administrasi Jakarta Pusat"),
    ("x:bibit_mangrove", R, "Penyedia bibit mangrove siap tanam", ["bibit mangrove"], [], "Mangrove Nursery Center", "supplier", "Kabupaten Pesawaran"),
    ("bibit_pohon", R, "Bibit pohon untuk penghijauan", ["bibit pohon"], ["Sulawesi Selatan"], "BPDAS Jeneberang", "programme", "Kota Makassar"),
    ("x:persemaian", T, "Pelatihan persemaian & pembibitan pohon hutan", ["persemaian"], [], "Balai Perbenihan Tanaman Hutan", "programme", "Kota Bogor"),
    ("filter_air", R, "Filter air keramik rumah tangga (ceramic water filter)", ["filter air"], [], "Tirta Sehat Filter", "supplier", "Kota Yogyakarta"),
    ("filter_air", R, "Filter air rumah tangga", ["filter air"], ["Papua"], "Yayasan Air Bersih Tanah Papua", "programme", "Kota Jayapura"),
    ("x:filter_oli", R, "Jual filter oli & saringan udara mesin", ["filter oli"], [], "Toko Onderdil Nabire Jaya", "supplier", "Kabupaten Nabire"),
    ("filter_air_latih", T, "Biosand water filter construction training", ["biosand filter"], [], "Clean Water for Villages", "programme", "Kota Kupang"),
    ("filter_air_latih", T, "Pelatihan pembuatan filter air sederhana", ["filter air"], ["Nusa Tenggara Timur"], "Dinas Kesehatan Prov. NTT", "programme", "Kota Kupang"),
    # ---- further fitting offers (second fits and generic courses)
    ("ib_sapi", T, "Bimtek inseminator sapi potong", ["inseminator", "IB"], ["Sulawesi Selatan", "Sulawesi Barat"], "UPTD Inseminasi Buatan Sulsel", "programme", "Kabupaten Maros"),
    ("pangkas", T, "Kursus barber & pangkas rambut bersertifikat", ["barber"], ["Sulawesi Tenggara"], "LPK Barber Anoa", "trainer", "Kota Kendari"),
    ("kerupuk_ikan", T, "Pelatihan pengolahan amplang & kerupuk ikan", ["amplang", "kerupuk ikan"], ["Kalimantan Timur", "Kalimantan Utara"], "Balai Pengolahan Hasil Perikanan Kaltim", "programme", "Kota Balikpapan"),
    ("dodol_jual", M, "Buying traditional sweets (dodol, jenang) for diaspora shops in Malaysia & Singapore", ["dodol"], [], "Nusantara Sweets Export", "buyer", "Kota Batam"),
    ("anyaman_jual", M, "Membeli anyaman lontar & topi ti'i langga untuk galeri", ["anyaman lontar"], ["Nusa Tenggara Timur"], "Galeri Flobamora", "buyer", "Kota Kupang"),
    ("bawang_merah_jual", M, "Pedagang antarpulau membeli bawang merah Bima", ["bawang merah"], ["Nusa Tenggara Barat"], "UD Dana Mbojo Antarpulau", "buyer", "Kabupaten Dompu"),
    ("gaharu_jual", M, "Membeli gaharu alam (gubal, kemedangan)", ["gaharu"], ["Papua Selatan"], "CV Wangi Selatan", "buyer", "Kabupaten Merauke"),
    ("biochar", T, "Pelatihan biochar untuk pertanian", ["biochar"], ["Aceh"], "BPTP Aceh", "programme", "Kota Banda Aceh"),
    ("dodol", T, "Pelatihan dodol & olahan buah khas Priangan", ["dodol"], ["Jawa Barat"], "UPTD Pengembangan Produk Jabar", "programme", "Kota Bandung"),
    ("filter_air", R, "Ceramic water filters for households (subsidised)", ["ceramic water filter"], ["Papua Tengah", "Papua Pegunungan"], "Safe Water Highlands", "programme", "Kabupaten Nabire"),
    ("stroberi", T, "Sekolah lapang stroberi organik", ["stroberi"], ["Kabupaten Bandung", "Kabupaten Bandung Barat"], "Penyuluh BPP Rancabali", "programme", "Kabupaten Bandung"),
    ("babi", T, "Pelatihan beternak babi (wam) sehat & kandang panggung", ["babi"], ["Papua Pegunungan"], "Yayasan Peternak Baliem", "programme", "Kabupaten Jayawijaya"),
    ("teri_kering", M, "Membeli teri nasi kering grade ekspor", ["teri nasi"], ["Lampung", "Banten"], "PT Teri Selat Sunda", "buyer", "Kota Cilegon"),
    ("ikan_hias", T, "Kursus budidaya guppy & koi", ["guppy", "koi"], ["Jawa Barat", "DKI Jakarta"], "Koi Farm Academy", "trainer", "Kabupaten Bogor"),
    ("lansia", T, "Pelatihan pendamping lansia berbasis keluarga", ["lansia"], ["DI Yogyakarta"], "Dinas Sosial DIY", "programme", "Kota Yogyakarta"),
    ("merek", T, "Bimtek pendaftaran merek dagang UMKM", ["merek"], ["Banten"], "Dinas Koperasi & UKM Prov. Banten", "programme", "Kota Serang"),
    ("sirup_buah", T, "Bimtek sirup markisa & minuman buah", ["sirup markisa"], ["Sulawesi Selatan"], "Balai Industri Makassar", "programme", "Kota Makassar"),
    ("dendeng", T, "Pelatihan pengolahan dendeng rusa", ["dendeng rusa"], ["Papua Selatan"], "Dinas Perindagkop Merauke", "programme", "Kabupaten Merauke"),
    ("kelinci", T, "Pelatihan ternak kelinci pedaging", ["kelinci"], ["Jawa Barat"], "Dinas Ketahanan Pangan & Peternakan Jabar", "programme", "Kota Bandung"),
    ("puyuh", T, "Bimtek budidaya puyuh petelur", ["puyuh"], ["Jawa Barat", "Banten"], "Balai Pelatihan Peternakan Cikole", "programme", "Kabupaten Bandung Barat"),
    ("tukang_kayu", T, "Pelatihan tukang kayu bangunan bersertifikat", ["tukang kayu"], ["Jawa Tengah"], "BLK Jepara", "programme", "Kabupaten Jepara"),
    ("bibit_pohon", R, "Penyedia bibit pohon untuk reboisasi", ["bibit pohon"], ["Sulawesi Barat"], "Persemaian Permanen Mamuju", "programme", "Kabupaten Mamuju"),
    ("porang", T, "Sekolah lapang porang di bawah tegakan", ["porang"], ["Jawa Timur"], "Perhutani KPH Saradan", "programme", "Kabupaten Madiun"),
    ("paving_plastik", T, "Pelatihan paving plastik", ["paving plastik"], ["Kepulauan Bangka Belitung"], "DLH Prov. Kepulauan Bangka Belitung", "programme", "Kota Pangkal Pinang"),
    ("rumpon", T, "Bimtek rumpon", ["rumpon"], ["Sulawesi Utara"], "Dinas Kelautan Sulut", "programme", "Kota Manado"),
    ("gurame", T, "Pelatihan pembenihan gurame", ["gurame"], ["Jawa Barat"], "BBI Sentral Jawa Barat", "programme", "Kabupaten Ciamis"),
    ("pembalut_kain", T, "Pelatihan pembalut kain untuk remaja", ["pembalut"], ["Gorontalo"], "Dinas P3A Gorontalo", "programme", "Kota Gorontalo"),
    ("babi", T, "Online course: pig farming basics (feed, housing, ASF)", ["pig farming"], [], "Smallholder Pig Network", "programme", "Kota Denpasar"),
    ("ayam_petelur", T, "Kursus online manajemen ayam petelur", ["ayam petelur"], [], "Sekolah Peternak Digital", "trainer", "Kota Yogyakarta"),
    ("pangkas", T, "Kelas barber online & offline", ["barber"], [], "Barber Academy Jakarta", "trainer", "Kota Administrasi Jakarta Barat"),
    ("tukang_kayu", T, "Woodworking & carpentry course (doors, frames, furniture basics)", ["carpentry"], [], "Habitat Builders Indonesia", "programme", "Kota Administrasi Jakarta Selatan"),
    ("plts", T, "Kursus online teknisi panel surya", ["panel surya"], [], "Akademi Surya Digital", "trainer", "Kota Surabaya"),
    ("rumpon", T, "FAD design and anchoring course", ["FAD"], [], "Pacific Tuna Fisheries Institute", "programme", "Kota Bitung"),
    ("kemenyan", T, "Sekolah lapang kemenyan", ["kemenyan"], ["Kabupaten Humbang Hasundutan"], "KTH Haminjon Sejahtera", "trainer", "Kabupaten Humbang Hasundutan"),
]

# ---------------------------------------------------------------- build
def build():
    gby = {}
    groups = []
    for ref, name, regency, members in GROUPS:
        prov, lat, lon = loc(regency)
        g = {"ref": ref, "name": name, "province": prov, "regency": regency, "lat": lat, "lon": lon, "members": members}
        groups.append(g); gby[ref] = g
    needs = list(NEEDS); rnd.shuffle(needs)
    need_recs, need_subj = [], {}
    for i, n in enumerate(needs, 1):
        grp, kind, subj, title, tags = n[:5]
        rec = {"ref": f"n{i:03d}", "group": grp, "kind": kind, "title": title, "tags": tags}
        if len(n) > 5: rec["description"] = n[5]
        need_recs.append(rec); need_subj[rec["ref"]] = subj
    offers = list(OFFERS); rnd.shuffle(offers)
    providers, prov_key, offer_recs, offer_subj = [], {}, [], {}
    for i, o in enumerate(offers, 1):
        subjects, kind, title, tags, area, pname_, ptype, preg = o[:8]
        extra = o[8] if len(o) > 8 else {}
        key = (pname_, ptype, preg)
        if key not in prov_key:
            prov_key[key] = f"p{len(prov_key) + 1:03d}"
            prv, lat, lon = loc(preg)
            providers.append({"ref": prov_key[key], "name": pname_, "type": ptype, "province": prv, "regency": preg, "lat": lat, "lon": lon})
        rec = {"ref": f"o{i:03d}", "provider": prov_key[key], "kind": kind, "title": title, "tags": tags, "service_area": area}
        rec.update(extra)
        offer_recs.append(rec); offer_subj[rec["ref"]] = set(subjects.split())
    providers.sort(key=lambda p: p["ref"])

    def reaches(o, g):
        a = o["service_area"]
        return not a or g["province"] in a or g["regency"] in a
    truth = {}
    for n in need_recs:
        g = gby[n["group"]]
        truth[n["ref"]] = [o["ref"] for o in offer_recs
                           if o["kind"] == n["kind"] and need_subj[n["ref"]] in offer_subj[o["ref"]]
                           and o.get("status", "open") == "open" and reaches(o, g)]
    doc = {"groups": groups, "providers": providers, "needs": need_recs, "offers": offer_recs}
    json.dump(doc, open(os.path.join(OUT, "eval4-marketplace.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(OUT, "eval4-marketplace.truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return doc, truth, need_subj, offer_subj

if __name__ == "__main__":
    doc, truth, need_subj, offer_subj = build()
    from collections import Counter
    print({k: len(v) for k, v in doc.items()}, "fits", sum(map(len, truth.values())),
          "empty", [ (k, need_subj[k]) for k, v in truth.items() if not v])
    # subjects of needs that no offer carries at all, and offer subjects (not x:) no need asks for
    ns = set(need_subj.values()); os_ = set().union(*offer_subj.values())
    print("need subjects without any offer:", sorted(ns - os_))
    print("offer subjects no need asks for:", sorted(s for s in os_ - ns if not s.startswith("x:")))
    print("sizes", sorted(Counter(len(v) for v in truth.values()).items()))
    for k, v in sorted(truth.items()):
        if len(v) == 1: print("  single:", k, need_subj[k])
