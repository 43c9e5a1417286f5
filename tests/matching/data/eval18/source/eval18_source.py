#!/usr/bin/env python3
"""eval18 source: 'the town's edge' -- returning migrant workers, street vendors and the
city's programmes.  Subject-labelled records; writes eval18-marketplace.json and
eval18-marketplace.truth.json into the folder above this one.

HELD OUT: whoever tunes the matcher must not read this file.

Usage: python3 eval18_source.py [--review] [--stats]
"""
import csv, hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(SET, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

NEEDS, OFFERS = [], []

def N(label, kind, group, regency, title, d=None, m=20, tags=None):
    NEEDS.append(dict(label=label, kind=kind, group=group, regency=regency, title=title, d=d, m=m, tags=tags))

def O(labels, kind, title, area, st="open", d=None, tags=None, pt=None, cap=None):
    OFFERS.append(dict(labels=labels.split("|"), kind=kind, title=title, area=area, st=st, d=d, tags=tags, pt=pt, cap=cap))

# ---------------------------------------------------------------------------
# DATA: subject-labelled records.  N(label, kind, group, regency, title, d=desc, m=members)
# O(labels, kind, title, area, st=status, d=desc, tags=[...], pt=provider type)
# A label "family:topic"; a topic starting with "x-" is a look-alike no need asks for.
# ---------------------------------------------------------------------------
T, M, R = "training", "market", "resource"

# ===== home-based work, crafts and beauty =====
N("craft:bulumata", T, "Kelompok Pekerja Rumahan Sekar Arum", "Banyumas",
  "ibu2 kami slama ini cm dpt borongan ngerjain bulu mata palsu dr plasma, upah per pasang kecil bgt. pengen pelatihan bikin bulu mata palsu sendiri dr awal sampe packing", m=22)
N("craft:bulumata", M, "Paguyuban Pekerja Rumahan Bojongsari", "Purbalingga",
  "We make handmade false eyelashes at home (about 3,000 pairs a week). Looking for a buyer who pays fairly, not through the middleman", m=40)
O("craft:bulumata", T, "Pelatihan Produksi Bulu Mata Palsu untuk Pekerja Rumahan", ["Jawa Tengah"], pt="programme")
O("craft:bulumata", T, "Handmade false eyelash production course (knotting, curling, packing)", ["Jawa Tengah", "Jawa Barat", "DI Yogyakarta"])
O("craft:bulumata", M, "PT penghasil eyelash cari kelompok plasma bulu mata palsu, bayar per pasang transparan", ["Jawa Tengah"], d="Bahan (rambut sintetis, benang, lem) dari kami, upah dibayar tiap minggu sesuai grade. Minimal 20 orang per kelompok.")
O("craft:bulumata", M, "Exporter of handmade false eyelashes seeks home-based producer groups", [], d="We supply materials and training on our grades; groups are paid per pair, weekly, by bank transfer. Export to Japan and the US.")
O("craft:bulumata", M, "Beli bulu mata palsu handmade grade ekspor", ["Jawa Barat", "Banten"])
N("beauty:lashext", T, "Remaja Putri Kampung Aur", "Kota Medan",
  "kak ada gak kursus eyelash extension sama lash lift? kami mau buka jasa di rumah, di sini banyak kali yg minat", d="anggota 15 org, umur 17-24, sebagian lulusan SMK tata kecantikan", m=15)
O("beauty:lashext", T, "Kursus Eyelash Extension & Lash Lift Bersertifikat", ["Sumatera Utara", "Aceh", "Riau"])
O("beauty:lashext|beauty:nailart", T, "Kelas Kecantikan Usaha Rumahan: Eyelash Extension dan Nail Art", ["Sumatera Utara", "Sulawesi Selatan", "DKI Jakarta"], pt="programme")
O("beauty:x-makeup", T, "Pelatihan Rias Pengantin & Make Up Artist", ["Sumatera Utara", "Sulawesi Selatan", "Jawa Tengah"])
O("beauty:x-salon", T, "Kursus Salon Rambut: potong, creambath, smoothing", ["Sulawesi Selatan", "Sumatera Utara"])
N("beauty:nailart", T, "Kelompok Perempuan Muda Tamalate", "Kota Makassar",
  "tabe' kak, anak2 muda di sini mau belajar nail art & manicure pedicure, rencana buka jasa kutek di rumah mi", m=12)
O("beauty:nailart", T, "Nail Art, Manicure & Pedicure Class", ["Sulawesi Selatan", "Sulawesi Barat"])
O("beauty:nailart", T, "Kursus Nail Art Dasar (gel polish, nail extension)", ["Jawa Timur", "Bali"])
N("craft:wig", M, "Paguyuban Pekerja Rumahan Bojongsari", "Purbalingga",
  "kelompok ibu2 nyambung rambut utk wig & hairpiece (sistem borongan). mohon dicarikan pabrik yg mau ambil langsung dr kelompok", m=30)
O("craft:wig", M, "Pabrik rambut palsu & hairpiece cari kelompok plasma (nyambung, sortir, rajut rambut)", ["Jawa Tengah"])
O("craft:wig", M, "Wig and hairpiece maker buying hand-knotted work from home-based groups", ["Jawa Tengah", "DI Yogyakarta", "Jawa Barat"])
O("craft:x-rambutasli", M, "Beli rambut asli potongan (panjang min. 30 cm)", ["Jawa Tengah", "Jawa Barat"])
N("craft:bolajahit", M, "Kelompok Penjahit Bola Manual Sukamaju", "Bandung",
  "pengrajin bola jahit tangan (sepak bola & futsal), 1500 bh/bln, order dr pabrik berkurang. cari pembeli baru", m=35)
O("craft:bolajahit", M, "Sporting goods brand buying hand-stitched footballs (size 4-5)", [], d="PU panels and bladders supplied; 32-panel hand stitching, FIFA Basic quality. 2,000 to 5,000 balls a month.")
O("craft:bolajahit", M, "Toko olahraga ambil bola jahit tangan dari pengrajin", ["Jawa Barat", "DKI Jakarta"])
O("craft:x-shuttlecock", M, "Tampung shuttlecock (kok) bulu angsa dari pengrajin", ["Jawa Barat", "Jawa Tengah"])
O("sport:x-futsal", T, "Pelatihan Pelatih Futsal Lisensi Level 1", ["Jawa Barat", "Banten"])
N("craft:paperbag", T, "PKK Banjar Kaja Sesetan", "Kota Denpasar",
  "sejak kresek dilarang, toko2 di sekitar minta tas kertas. ibu2 banjar pengen belajar bikin paper bag dr kertas kraft, sablon logo juga kalau bisa", m=25)
N("craft:paperbag", M, "KUB Tas Kertas Tanah Baru", "Kota Bogor",
  "Kami sdh produksi paper bag kraft (ukuran S-L), 5000 pcs/bln. cari toko roti, apotek, butik yg mau langganan", m=18)
O("craft:paperbag", T, "Pelatihan Membuat Paper Bag dari Kertas Kraft", ["Bali", "Nusa Tenggara Barat"])
O("craft:paperbag", T, "Paper bag making for home-based workers (templates, glue, handles)", [], pt="programme")
O("craft:paperbag", M, "Toko roti & apotek cari pemasok tas kertas (paper bag) sablon logo", ["Jawa Barat", "DKI Jakarta"], d="Ukuran S, M, L, kertas kraft 80-100 gsm, sablon 1 warna. Kebutuhan sekitar 3.000 pcs per bulan untuk 6 cabang.")
O("craft:paperbag", M, "Retail chain buying kraft paper shopping bags from local groups", ["Jawa Barat", "Banten"], st="closed")
O("craft:x-kertasdaurulang", T, "Daur Ulang Kertas Bekas jadi Kertas Seni", ["Bali", "Jawa Barat"])
O("waste:x-kardus", M, "Beli kardus bekas & kertas koran", ["Jawa Barat", "DKI Jakarta", "Bali"])
O("waste:x-kardus", M, "Used cardboard buyer, baled", ["Bali", "Banten", "DKI Jakarta"])

# ===== refill perfume, sublimation, keys, washing =====
N("biz:parfum", T, "Karang Taruna Kampung Dukuh Kupang", "Kota Surabaya",
  "rek, arek2 kene pengen buka stand parfum refill (isi ulang). sopo sing iso ngajari racik bibit parfum + alkohol ben wangine awet?", m=14)
N("biz:parfum", R, "Paguyuban Purna PMI Cikokol", "Kota Tangerang",
  "butuh bibit parfum grosir, botol spray 30-100 ml & alkohol utk usaha parfum isi ulang, modal tabungan dr Taiwan", m=11)
O("biz:parfum", T, "Kelas Racik Parfum Isi Ulang (bibit, alkohol, fixative)", ["Jawa Timur", "Jawa Tengah"], d="Dua hari praktik: perbandingan bibit dan pelarut, fixative, uji ketahanan wangi, harga jual.")
O("biz:parfum", T, "Perfume blending workshop for refill-perfume stalls", ["Jawa Timur", "Bali"], st="withdrawn")
O("biz:parfum", R, "Grosir bibit parfum, botol spray & alkohol untuk usaha refill", ["Banten", "DKI Jakarta", "Jawa Barat"], d="Lebih dari 300 aroma, botol 15-100 ml, alkohol 96%. Bisa kirim ke luar kota, minimal belanja 500 ribu.")
O("biz:parfum", R, "Paket usaha parfum refill: 20 aroma bibit + botol + etalase mini", [])
O("biz:x-lilin", T, "Pembuatan Lilin Aromaterapi", ["Jawa Timur", "DKI Jakarta"])
O("biz:x-sabuncair", R, "Bahan sabun cuci piring & deterjen cair curah", ["Banten", "DKI Jakarta"])
O("biz:x-atsiri", T, "Penyulingan Minyak Atsiri Skala Kecil", ["Jawa Timur"])
N("print:sublim", T, "Komunitas Pemuda Kreatif Jetis", "Kota Yogyakarta",
  "mau belajar desain + cetak sublim di mug, tumbler, jersey buat souvenir wisuda & kantor", m=16)
N("print:sublim", R, "Karang Taruna 16 Ulu", "Kota Palembang",
  "butuh mesin press mug & printer sublim, kami sdh bisa desain tp masih numpang cetak, mahal nian", m=12)
O("print:sublim", T, "Pelatihan Cetak Sublimasi: mug, tumbler, jersey", ["DI Yogyakarta", "Jawa Tengah"])
O("print:sublim", T, "Sublimation printing bootcamp", ["Sumatera Selatan", "Lampung"])
O("print:sublim", R, "Mesin press mug 5in1 + printer sublim + tinta", ["Sumatera Selatan", "Jambi"])
O("print:sublim", R, "Heat press machine package for souvenir printing", ["Jawa Tengah", "DI Yogyakarta"])
O("print:x-sablon", T, "Kursus Sablon Kaos Manual", ["DI Yogyakarta", "Sumatera Selatan"])
O("print:x-sablon", R, "Meja & screen sablon manual", ["Sumatera Selatan"])
O("print:x-banner", R, "Mesin cetak banner & cutting sticker", ["Sumatera Selatan", "Bengkulu"])
N("svc:kunci", R, "Paguyuban PKL Jalan Gajah Mada", "Kota Pontianak",
  "kamek PKL duplikat kunci, mesin potong kunci udah rusak. butuh mesin duplikat kunci + blanko kunci motor", m=9)
N("svc:kunci", T, "Kelompok Pemuda Sungai Kunjang", "Kota Samarinda",
  "pemuda putus sekolah mau belajar jadi tukang kunci (duplikat kunci, servis kunci pintu & motor)", m=10)
O("svc:kunci", R, "Mesin duplikat kunci + 200 blanko kunci", ["Kalimantan Barat", "Kalimantan Tengah"])
O("svc:kunci", T, "Kursus Tukang Kunci: duplikat, servis & ganti kunci", ["Kalimantan Timur", "Kalimantan Utara"])
O("svc:kunci", T, "Locksmith basics course", ["Kalimantan Barat"])
O("svc:x-jam", T, "Kursus Servis Jam Tangan", ["Kalimantan Timur"])
O("svc:x-las", R, "Mesin las listrik & gerinda tangan", ["Kalimantan Barat", "Kalimantan Timur"])
N("svc:cucimotor", R, "Karang Taruna RW 09 Bintara", "Kota Bekasi",
  "karang taruna mau buka cuci motor steam, butuh kompresor, jet cleaner, hidrolik. ada bantuan?", m=20)
N("svc:cucimotor", T, "Komunitas Pemuda Batu Aji", "Kota Batam",
  "pengen belajar usaha cuci mobil & salon mobil (detailing, poles) yg bener, banyak yg nganggur abis kontrak pabrik", m=18)
O("svc:cucimotor", R, "Paket Usaha Cuci Motor Steam: jet cleaner, kompresor, hidrolik", ["Jawa Barat", "DKI Jakarta", "Banten"])
O("svc:cucimotor", R, "Car and motorbike wash equipment grant for youth groups", ["Jawa Barat"], pt="programme")
O("svc:cucimotor", T, "Pelatihan Usaha Cuci Mobil & Salon Mobil (detailing)", ["Kepulauan Riau", "Jawa Barat"])
O("svc:x-tambalban", R, "Kompresor angin & alat tambal ban", ["Jawa Barat", "Kepulauan Riau"])
O("svc:x-servismotor", T, "Pelatihan Mekanik Motor Injeksi", ["Kepulauan Riau", "Jawa Barat", "Sulawesi Selatan"])
N("svc:cucihelm", T, "Komunitas Ojol Cakung Barat", "Jakarta Timur",
  "temen2 ojol mau sampingan cuci helm, gmn caranya biar helm ga bau & busa ga rusak? ada pelatihan gak", m=30)
O("svc:cucihelm|svc:cucisepatu", T, "Kelas Usaha Cuci Helm & Cuci Sepatu", ["DKI Jakarta", "Banten"])
O("svc:x-solsepatu", T, "Kursus Sol & Servis Sepatu", ["DKI Jakarta", "Jawa Timur"])
N("drive:safety", T, "Komunitas Ojol Cakung Barat", "Jakarta Timur",
  "sekalian mau nanya, ada pelatihan safety riding gratis gak? anggota bnyk yg jatoh pas ujan", m=30)
N("svc:cucisepatu", T, "Kelompok Pemuda Dinoyo", "Kota Malang",
  "mahasiswa DO & lulusan SMK mau buka jasa cuci sepatu (deep clean, unyellowing, repaint)", m=8)
O("svc:cucisepatu", T, "Shoe cleaning and care business class (deep clean, unyellowing)", ["Jawa Timur", "Bali"])
N("svc:catmotor", T, "Bengkel Pemuda Antang", "Kota Makassar",
  "anak2 muda di bengkel mau belajar cat motor duco & airbrush, skrg masih coba2 ji", m=9)
O("svc:catmotor", T, "Pelatihan Pengecatan Bodi Motor: duco dan airbrush", ["Sulawesi Selatan", "Sulawesi Barat"])
O("build:x-catrumah", T, "Pelatihan Pengecatan Rumah & Waterproofing", ["Sulawesi Selatan", "Sulawesi Tenggara"])
N("build:gypsum", T, "Kelompok Tukang Muda Kambu", "Kota Kendari",
  "butuh pelatihan pasang plafon gypsum & partisi, banyak order perumahan tp tukang kami blm bisa", d="14 tukang muda, biasa kerja batu & cor. Mohon yg ada sertifikatnya kalau bisa.", m=14)
O("build:gypsum", T, "Pelatihan Pemasangan Plafon & Partisi Gypsum", ["Sulawesi Tenggara", "Sulawesi Selatan"], d="10 hari praktik rangka hollow, papan gypsum, kompon, finishing; uji kompetensi di akhir.")
O("build:gypsum", T, "Drywall and gypsum ceiling installer course (BNSP)", [])
O("build:x-keramik", T, "Kursus Pasang Keramik Lantai & Dinding", ["Sulawesi Tenggara"])
O("build:x-bajaringan", T, "Pemasangan Rangka Atap Baja Ringan", ["Sulawesi Tenggara", "Gorontalo"])
N("food:hiaskue", T, "Kelompok Wanita Kampung Pondok Aren", "Kota Tangerang Selatan",
  "ibu2 dpt pesanan kue ulang tahun tp hiasannya blm rapi. minta kelas hias kue buttercream & fondant", m=20)
O("food:hiaskue", T, "Kelas Dekorasi Kue Ulang Tahun: buttercream & fondant", ["Banten", "DKI Jakarta"])
O("food:hiaskue", T, "Cake decorating for home bakers", ["Jawa Barat", "Banten"], st="closed")
O("food:x-kuekering", T, "Kelas Kue Kering Lebaran", ["Banten"])
O("food:x-roti", T, "Kursus Membuat Roti Manis & Roti Tawar", ["Banten", "DKI Jakarta"])

# ===== returning migrant workers =====
N("pmi:mandarin", T, "Paguyuban Purna PMI Juntinyuat", "Indramayu",
  "anggota calon & purna PMI Taiwan mau les bahasa Mandarin, yg pulang jg pengen ngajar tp blm ada sertifikat HSK", m=28)
N("pmi:mandarin", T, "Kelompok Purna Migran Srengat", "Blitar",
  "Mandarin lessons please! many of us came back from Hong Kong and Taiwan, want to keep the language for jobs in tourism", m=17)
O("pmi:mandarin", T, "Kursus Bahasa Mandarin Dasar (HSK 1-2)", ["Jawa Barat"], d="3 bulan, 3 kali seminggu; persiapan ujian HSK 1 dan 2.")
O("pmi:mandarin", T, "Mandarin for caregivers bound for Taiwan", ["Jawa Timur", "Jawa Tengah"])
O("pmi:mandarin", T, "Kelas Bahasa Mandarin Online untuk Pekerja Migran", [], pt="programme", tags=["bahasa Mandarin", "PMI", "online"])
O("pmi:x-korea", T, "Kursus Bahasa Korea EPS-TOPIK", ["Jawa Barat", "Jawa Timur"])
O("pmi:x-jepang", T, "Kelas Bahasa Jepang N4", ["Jawa Timur", "Jawa Barat"])
O("pmi:x-kanton", T, "Cantonese for domestic workers going to Hong Kong", ["Jawa Timur"])
N("pmi:rpl", T, "Paguyuban Purna PMI Kesugihan", "Cilacap",
  "pengalaman 6 thn caregiver & pekerja pabrik di Taiwan tp tdk ada sertifikat. apa bisa disertifikasi (RPL) biar bisa kerja di sini?", m=19)
O("pmi:rpl", T, "Sertifikasi Kompetensi Jalur RPL bagi Purna PMI", ["Jawa Tengah", "Jawa Barat"], pt="programme")
O("pmi:rpl", T, "Recognition of prior learning (RPL) assessments for returned migrant workers", [])
O("care:x-caregiver", T, "Pelatihan Caregiver Lansia", ["Jawa Tengah"])
O("pmi:x-predeparture", T, "Orientasi Pra Pemberangkatan (OPP) Calon PMI", ["Jawa Tengah", "Nusa Tenggara Barat"])
N("pmi:wirausaha", T, "Paguyuban Purna PMI Sakra", "Lombok Timur",
  "tiang dan kawan2 baru pulang dr Malaysia, tabungan mau dipake usaha tp takut habis. mohon pelatihan wirausaha utk purna PMI", m=26)
N("pmi:wirausaha", T, "Koperasi Purna Migran Sukorejo", "Ponorogo",
  "Surat permohonan", d="Kepada Yth. Disnaker. Kami pengurus paguyuban purna PMI (eks Hong Kong & Taiwan) mengajukan pendampingan usaha produktif bagi anggota yang sudah kembali: menyusun rencana usaha, mengelola modal dari tabungan.", m=33)
O("pmi:wirausaha", T, "Pelatihan Kewirausahaan Purna PMI", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], pt="programme", d="Lima hari: memilih usaha, menghitung modal dari tabungan, pembukuan, pemasaran; pendampingan 3 bulan sesudahnya.")
O("pmi:wirausaha", T, "Business coaching for returned migrant workers", ["Jawa Timur", "Jawa Tengah"])
O("pmi:wirausaha", T, "Program Usaha Produktif Desmigratif", ["Jawa Timur"], d="Pendampingan usaha bagi purna PMI dan keluarganya di desa kantong migran.", pt="programme")
O("pmi:wirausaha", T, "Sekolah Bisnis Purna Migran", ["Kabupaten Madiun", "Kota Madiun"])
O("pmi:x-remitansi", T, "Literasi Keuangan: Mengelola Uang Kiriman (Remitansi)", ["Jawa Timur", "Nusa Tenggara Barat"])
N("pmi:gaji", T, "Serikat Buruh Migran Alas", "Sumbawa",
  "bbrp anggota gaji 8 bln blm dibayar majikan di Malaysia, paspor ditahan. butuh pendampingan hukum & klaim", m=14)
O("pmi:gaji", T, "Pendampingan Hukum Kasus PMI: gaji tidak dibayar, klaim, paspor ditahan", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], d="Bantuan hukum gratis: pengaduan ke BP2MI, klaim asuransi, mediasi dengan agensi.")
O("pmi:gaji", T, "Legal aid for migrant workers with unpaid wages", ["Jawa Timur", "Jawa Tengah"])
O("pmi:x-tppo", T, "Satgas Pencegahan Perdagangan Orang (TPPO) Desa", ["Nusa Tenggara Barat"])
O("pmi:x-bpjs", T, "Sosialisasi BPJS Ketenagakerjaan Pekerja Informal", ["Nusa Tenggara Barat", "Bengkulu", "DKI Jakarta"])
N("fin:waralaba", T, "Paguyuban Purna PMI Way Halim", "Kota Bandar Lampung",
  "anggota mau pakai tabungan buat ambil franchise, tp bingung pilih yg mana, takut ketipu. ada klinik cara menilai tawaran waralaba?", m=15)
N("fin:waralaba", T, "Returnees' Business Circle Tembalang", "Kota Semarang",
  "Which franchise is safe? We need a workshop on checking franchise offers (contracts, break-even, hidden fees) before members sign", d="Members are returnees from Taiwan and Korea with savings of 20-80 million rupiah each.", m=12)
O("fin:waralaba", T, "Klinik Memilih Usaha Waralaba & Kemitraan", ["Lampung", "Sumatera Selatan", "Bengkulu"])
O("fin:waralaba", T, "How to assess a franchise offer: contracts, royalties, break-even", ["Jawa Tengah", "DI Yogyakarta"])
O("fin:bodong", T, "Sosialisasi Waspada Investasi Ilegal & Arisan Bodong", [], pt="programme")
N("fin:bodong", T, "Kelompok Istri Purna PMI Patebon", "Kendal",
  "banyak anggota habis uang di investasi bodong & arisan online. minta penyuluhan cara mengenali investasi ilegal", m=24)
O("fin:bodong", T, "Literasi Keuangan: Kenali Investasi Ilegal (OJK)", ["Jawa Tengah"], st="closed")
O("fin:x-scam", T, "Waspada Penipuan Online: link APK & phishing", ["Jawa Tengah", "Sulawesi Utara"])
O("fin:x-pinjol", T, "Keluar dari Jerat Pinjol Ilegal", ["Jawa Tengah", "Lampung"])
N("fin:mekaar", R, "Kelompok Pedagang Perempuan Sei Sikambing", "Kota Medan",
  "ibu2 pedagang kampung butuh modal kelompok tanpa agunan, pinjaman tanggung renteng kecil2 (kyk Mekaar)", m=25)
O("fin:mekaar", R, "PNM Mekaar: pembiayaan kelompok perempuan prasejahtera", ["Sumatera Utara", "Sulawesi Selatan", "Jawa Barat"], pt="programme", d="Pembiayaan tanpa agunan untuk kelompok 10-30 ibu, tanggung renteng, pertemuan mingguan, pinjaman awal 2-5 juta.")
O("fin:mekaar", R, "Ultra-micro (UMi) group loans for women vendors", [], pt="programme")
O("fin:kur", R, "KUR Mikro untuk Pedagang", ["Sumatera Utara", "Sulawesi Selatan", "Sulawesi Tenggara"], pt="programme")
O("fin:x-gadai", R, "Gadai Emas Syariah untuk Modal Usaha", ["Sumatera Utara", "Sulawesi Selatan"], pt="programme")

# ===== drivers, riders, becak =====
N("drive:simc", T, "Pangkalan Ojek Kampung Muara Baru", "Jakarta Utara",
  "bang, ojek pangkalan disini bnyk yg blm punya SIM C, mau ikut SIM C kolektif, ada?", m=27)
N("drive:simc", T, "Paguyuban Ojek Kota Merauke", "Merauke",
  "kitong tukang ojek banyak yg tra punya SIM C, mohon dibantu urus SIM C kolektif", m=40)
O("drive:simc", T, "Program SIM C Kolektif & Ujian Teori", ["Kota Administrasi Jakarta Utara", "Kota Administrasi Jakarta Timur"], pt="programme")
O("drive:x-sima", T, "Kursus Mengemudi Mobil (SIM A)", ["DKI Jakarta", "Papua Selatan"])
N("drive:safety", T, "Komunitas Ojol Arek Suroboyo", "Kota Surabaya",
  "Rek, kene njaluk pelatihan safety riding. wis 3 anggota kecelakaan sasi iki", m=45)
N("drive:safety", T, "Delivery Riders Community Panakkukang", "Kota Makassar",
  "Safety riding training for our delivery riders, many accidents at night", m=38)
O("drive:safety", T, "Safety riding course for delivery riders", ["Jawa Timur", "Bali", "Sulawesi Selatan"], d="Half-day: braking, riding in rain, night visibility, load on the rack. Free for registered driver groups.")
O("drive:safety", T, "Pelatihan Keselamatan Berkendara (Safety Riding) Ojol", ["DKI Jakarta", "Jawa Barat"])
O("drive:x-p3k", T, "Pelatihan P3K dan Bantuan Hidup Dasar", ["Jawa Timur", "Sulawesi Selatan"])
O("drive:safety", T, "Program Mitra Aman 2027", ["Jawa Timur"], d="Safety riding dan perawatan ringan motor untuk mitra pengemudi ojek online dan kurir.", pt="programme")
N("drive:ojolreg", T, "Karang Taruna 16 Ulu", "Kota Palembang",
  "pemuda nganggur pengen daftar jd driver ojol tp gagal terus di verifikasi. ado yg bisa dampingi daftar mitra?", d="masalahnyo: SKCK, foto STNK, rekening. 21 org, motor ado.", m=21)
O("drive:ojolreg", T, "Pendampingan Pendaftaran Mitra Pengemudi & Kurir Online", ["Sumatera Selatan", "Lampung"])
O("drive:x-gofood", T, "Daftar Warung ke GoFood, GrabFood, ShopeeFood", ["Sumatera Selatan", "Sumatera Utara"])
O("drive:x-agenekspedisi", T, "Menjadi Agen Ekspedisi Desa", ["Sumatera Selatan"])
N("drive:boxdeliv", R, "Paguyuban Kurir Lepas Umbulharjo", "Kota Yogyakarta",
  "butuh box delivery motor yg kuat (fiber/aluminium), punya kami pakai kardus & keranjang", m=19)
O("drive:boxdeliv", R, "Box Delivery Motor Fiber 80 L", ["DI Yogyakarta", "Jawa Tengah"], tags=["kurir", "ojol"])
O("drive:boxdeliv", R, "Delivery box for motorbike couriers (aluminium, lockable)", [])
O("fish:x-coolbox", R, "Cool box ikan 100 L untuk nelayan", ["DI Yogyakarta", "Jawa Tengah"])
N("drive:becak", R, "Paguyuban Becak Kampung Sudiroprajan", "Kota Surakarta",
  "pengayuh becak kami sdh sepuh2, tenaga kurang. pengen becak listrik, ada program?", m=31)
O("drive:becak", R, "Program Becak Listrik untuk Pengayuh Lansia", ["Kota Surakarta", "Kota Yogyakarta"], pt="programme")
O("drive:becak", R, "Electric pedicab conversion kit (hub motor, battery)", ["Jawa Tengah"], st="withdrawn")
O("drive:x-viar", R, "Motor roda tiga (viar) untuk usaha angkut", ["Jawa Tengah", "Jawa Timur"])
O("drive:x-motorlistrik", T, "Konversi Motor Listrik", ["Jawa Tengah", "Jawa Timur"])

# ===== disability, health, care =====
N("dis:motormod", R, "KSM Difabel Mandiri Candi", "Sidoarjo",
  "anggota difabel daksa mau motor roda tiga modifikasi utk ngojek & jualan keliling", m=16)
O("dis:motormod", R, "Modifikasi Motor Roda Tiga untuk Penyandang Disabilitas", ["Kabupaten Sidoarjo", "Kota Surabaya"])
O("dis:motormod", R, "Bantuan Motor Modifikasi bagi Difabel Daksa", ["Jawa Timur", "Bali"], pt="programme")
O("dis:x-kursiroda", R, "Kursi roda & servis kursi roda", ["Jawa Timur", "Bali"], pt="programme")
N("dis:kartu", T, "Forum Difabel Kelurahan Sawah Lebar", "Kota Bengkulu",
  "anggota difabel bnyk blm terdata, mau bikin kartu penyandang disabilitas & masuk DTKS, tp bingung caranya", m=22)
O("dis:kartu", T, "Pendampingan Pendataan & Kartu Penyandang Disabilitas", ["Bengkulu", "Sumatera Selatan"], pt="programme")
O("gov:x-adminduk", T, "Jemput Bola Adminduk: KK, Akta, KTP-el", ["Bengkulu"])
N("health:tetanus", R, "Kelompok Pemulung Sumur Batu", "Kota Bekasi",
  "Surat dari RW 04", d="Dengan hormat, pemulung di wilayah kami sering luka kena paku & kaca di tumpukan sampah. Mohon bantuan suntik tetanus (TT) untuk anggota.", m=60)
O("health:tetanus", R, "Imunisasi Tetanus (Td) Keliling untuk Pekerja Sektor Informal", ["Kota Bekasi", "Kabupaten Bekasi", "DKI Jakarta"], pt="programme")
O("health:x-rabies", R, "Vaksinasi Rabies Anjing Gratis", ["Jawa Barat"], pt="programme")
N("health:ergo", T, "Kelompok Pekerja Rumahan Grogol", "Sukoharjo",
  "pekerja rumahan kami ngamplas & jahit seharian, sakit pinggang & leher. minta penyuluhan cara duduk & kerja yg bener", m=35)
O("health:ergo", T, "Ergonomi & K3 untuk Pekerja Rumahan", ["Jawa Tengah", "DI Yogyakarta", "Jawa Timur"])
O("health:x-k3pestisida", T, "K3 Penggunaan Pestisida", ["Jawa Tengah"])
O("health:x-pijat", T, "Pelatihan Pijat Refleksi", ["Jawa Tengah"])
N("labour:hakpr", T, "Serikat Pekerja Rumahan Lawang", "Malang",
  "kami pekerja rumahan (lem sandal, amplas mebel) dibayar per biji, tdk ada kontrak. pengen belajar hak2 pekerja rumahan & berorganisasi", m=40)
O("labour:hakpr", T, "Pendidikan Hak Pekerja Rumahan & Pengorganisasian", ["Jawa Timur", "Jawa Tengah", "Sumatera Utara"])
O("labour:hakpr", T, "Home-based workers' rights training", [], pt="programme")
O("labour:x-kdrt", T, "Paralegal Komunitas Kasus KDRT", ["Jawa Timur"])
N("vend:tenda", R, "Mama-Mama Pedagang Pasar Sanggeng", "Manokwari",
  "mama2 jualan di pinggir jalan kepanasan & kehujanan, butuh payung besar atau tenda lipat", m=30)
O("vend:tenda", R, "Payung & Tenda Lipat untuk Mama-Mama Pedagang", ["Papua Barat", "Papua Barat Daya"], pt="programme")
N("vend:tenda", R, "Paguyuban PKL Cicadas", "Kota Bandung",
  "PKL butuh tenda lipat 3x3 / payung besar yg seragam, disuruh kelurahan biar rapi", m=42)
O("vend:tenda", R, "Tenda Lipat 3x3 & Payung Jualan untuk PKL", ["Jawa Barat", "DKI Jakarta"], d="Rangka besi hollow, kain parasut anti air, bisa sablon nama paguyuban.")
O("vend:gerobak", R, "Gerobak & Rombong Jualan", ["Jawa Barat", "Riau", "Sulawesi Barat", "Papua Barat"])
O("vend:x-tendadome", R, "Tenda dome & perlengkapan camping", ["Jawa Barat", "Papua Barat"])
N("vend:etalase", R, "Kelompok Usaha Ibu Tampan", "Kota Pekanbaru",
  "kami jual kue & lauk di depan rumah, butuh etalase kaca biar bersih & ga dihinggapi lalat", m=12)
O("vend:etalase", R, "Etalase Kaca & Rak Display Aluminium", ["Sumatera Barat"])
O("vend:x-kusen", T, "Pelatihan Kusen Aluminium & Kaca", ["Riau"])
N("vend:penataan", T, "Paguyuban PKL Suryakencana", "Kota Bogor",
  "PKL mau direlokasi, kami pengen didampingi daftar lapak resmi & urus tanda daftar usaha supaya ga digusur", m=55)
O("vend:penataan", T, "Pendampingan Penataan & Pendaftaran PKL (lapak relokasi, tanda daftar)", ["Kota Bogor"], pt="programme")
O("vend:x-nib", T, "Pendampingan NIB lewat OSS", ["Jawa Barat", "DKI Jakarta"])
O("vend:x-pasardesa", T, "Manajemen Pengelola Pasar Desa", ["Jawa Barat"])
N("care:daycare", R, "Ibu-Ibu Pedagang Pasar Inpres Manonda", "Kota Palu",
  "banyak ibu pedagang bawa anak balita ke lapak. butuh tempat penitipan anak (daycare) di pasar", m=40)
O("care:daycare", R, "Program Daycare Pasar (Taman Penitipan Anak)", ["Kota Palu", "Kota Manado"], pt="programme")
O("care:x-pengasuh", T, "Pelatihan Pengasuh Anak (Baby Sitter)", ["Sulawesi Tengah"])
O("care:daycare", R, "Program Pasar Ramah Anak", ["Sulawesi Tengah", "Gorontalo"], d="Membangun dan menjalankan tempat penitipan anak (TPA) di pasar rakyat bagi anak balita pedagang.", pt="programme")
N("care:laktasi", R, "Kelompok Ibu Pedagang Pasar Angso Duo", "Kota Jambi",
  "pedagang yg menyusui ga ada tempat, butuh ruang laktasi di pasar", m=18)
O("care:laktasi", R, "Bantuan Ruang Laktasi di Pasar Rakyat", ["Jambi", "Riau"], st="withdrawn", pt="programme")
O("care:x-konselorasi", T, "Konselor Menyusui untuk Kader", ["Jambi"])
O("care:x-paud", T, "Pelatihan Guru PAUD", ["Sulawesi Tengah", "Jambi"])

# ===== city street food =====
N("food:keraktelor", T, "Pemuda Betawi Kemayoran", "Jakarta Pusat",
  "aye ama temen2 mau belajar bikin kerak telor yg bener buat jualan di acara2, pegimane caranya biar kagak gosong", m=10)
N("food:birpletok", T, "Kelompok Ibu RW 03 Condet", "Jakarta Timur",
  "ibu2 mau produksi bir pletok botolan, minta pelatihan + cara biar awet", m=20)
N("food:birpletok", M, "UMKM Bir Pletok Beji", "Kota Depok",
  "bir pletok botol 250 ml, 300 btl/mgg. cari toko oleh2 & reseller", m=6)
O("food:keraktelor|food:birpletok", T, "Kelas Kuliner Betawi: Kerak Telor dan Bir Pletok", ["DKI Jakarta"], pt="programme")
O("food:keraktelor", T, "Kerak telor street-food course", ["DKI Jakarta", "Banten"])
O("food:birpletok", M, "Toko oleh-oleh Betawi cari bir pletok botol", ["DKI Jakarta", "Jawa Barat"])
O("food:x-telurgulung", T, "Usaha Telur Gulung & Sosis Bakar", ["DKI Jakarta", "Jawa Barat"])
O("food:x-jamubotol", M, "Beli jamu botol kunir asem & beras kencur", ["DKI Jakarta", "Jawa Barat"])
O("food:x-wedanguwuh", M, "Beli wedang uwuh kemasan", ["DKI Jakarta"])
N("food:cilok", T, "Kelompok Wanita Cibeber", "Kota Cimahi",
  "punten, hoyong diajar ngadamel cilok kuah kacang nu awet 2 poe, kanggo dijual ka sakola", m=15)
O("food:cilok", T, "Pelatihan Jajanan Aci: Cilok, Cireng, Cimol", ["Jawa Barat"])
N("food:cilok", M, "UMKM Cilok Beku Ibu Citeureup", "Bogor",
  "cilok frozen + bumbu kacang kemasan 300 pak/mgg, nyari reseller frozen food", m=7)
O("food:cilok", M, "Reseller frozen food cari cilok & cireng beku", ["Jawa Barat"])
O("food:x-bakso", T, "Bakso Sapi Tanpa Boraks", ["Jawa Barat"])
O("food:x-tapioka", M, "Beli tepung tapioka/aci dari pabrik rakyat", ["Jawa Barat"])
N("food:seblak", M, "KUB Seblak Mojang", "Kota Tasikmalaya",
  "Seblak instan kemasan (kerupuk + bumbu kencur), 500 pak/mgg. nyari distributor/reseller", m=9)
N("food:seblak", T, "Karang Taruna Cikole", "Kota Sukabumi",
  "pengen belajar produksi seblak instan kemasan biar bisa dijual online, bukan cuma di gerobak", m=13)
O("food:seblak", M, "Distributor camilan cari seblak instan kemasan", ["Jawa Barat", "DKI Jakarta"])
O("food:seblak", T, "Pelatihan Produksi Seblak Instan Kemasan", ["Jawa Barat"])
O("food:x-kerupuk", M, "Tampung kerupuk mentah aneka warna", ["Jawa Barat"])
O("food:x-keripikpedas", M, "Beli keripik singkong pedas", ["Jawa Barat", "DKI Jakarta"])
N("food:boba", T, "Pemuda Kampung Baru", "Kota Balikpapan",
  "mau usaha minuman boba sendiri, pengen belajar bikin boba (tapioca pearl) & brown sugar, ga mau beli franchise", d="btw kami udah punya 2 booth bekas, tinggal skill & resep", m=11)
N("food:boba", R, "Paguyuban Purna PMI Ampenan", "Kota Mataram",
  "mau ambil paket kemitraan minuman boba (booth + bahan), tabungan ada 15 jt", m=8)
O("food:boba", T, "Kelas Minuman Kekinian: boba, brown sugar, thai tea", ["Kalimantan Timur", "Kalimantan Selatan"])
O("food:boba", R, "Paket Kemitraan Booth Minuman Boba", [], pt="supplier", d="Booth portabel, blender, sealer, bahan awal 300 cup. Mulai 6 juta.")
O("food:boba", R, "Bubble tea franchise starter kit", ["Nusa Tenggara Barat", "Bali"])
O("food:x-barista", T, "Kursus Barista Dasar", ["Kalimantan Timur", "Nusa Tenggara Barat"])
N("food:geprek", R, "Kelompok Usaha Purna PMI Oebobo", "Kota Kupang",
  "katong mau buka warung ayam geprek, cari paket kemitraan yg murah (booth, bumbu, pelatihan)", m=7)
N("food:geprek", T, "Karang Taruna Kelurahan Gamalama", "Kota Ternate",
  "pemuda mau buka usaha ayam geprek sambal bawang, minta pelatihan resep & hitung modal", m=12)
O("food:geprek", R, "Kemitraan Ayam Geprek: paket booth + bumbu + pelatihan", [], d="Paket mulai 7,5 juta: booth, kompor, bumbu 1 bulan, pelatihan 2 hari. Tanpa royalti.")
O("food:geprek", T, "Pelatihan Usaha Kuliner Ayam Geprek & Sambal", ["Maluku Utara", "Sulawesi Utara"])
O("food:x-sambal", T, "Produksi Sambal Botol Higienis", ["Maluku Utara", "Nusa Tenggara Timur"])
N("food:martabak", T, "Kelompok Pemuda Gerunggang", "Kota Pangkal Pinang",
  "pemuda dak ade kerja, mau buka gerobak martabak bangka (manis & telor). minta kursus", m=10)
O("food:martabak", T, "Kursus Martabak Manis & Martabak Telur", ["Kepulauan Bangka Belitung", "Sumatera Selatan"])
O("food:x-pempek", T, "Pempek & Cuko Vakum", ["Kepulauan Bangka Belitung", "Sumatera Selatan"])
N("food:dimsum", T, "KWT Kampung Dalam", "Kota Pontianak",
  "ibu2 kampung mau produksi dimsum frozen (siomay, hakau) buat dijual ke warung kopi", m=20)
N("food:dimsum", M, "UMKM Dimsum Ibu Kalideres", "Jakarta Barat",
  "dimsum frozen 1000 pak/bln sdh PIRT & halal, cari distributor/reseller", m=8)
O("food:dimsum", T, "Pelatihan Dimsum & Siomay Frozen", ["Kalimantan Barat"])
O("food:dimsum", M, "Distributor frozen food ambil dimsum & siomay UMKM", ["DKI Jakarta", "Banten"])
O("food:x-nugget", T, "Nugget & Bakso Ikan", ["Kalimantan Barat"])
O("food:x-nugget", M, "Distributor cari nugget ayam UMKM", ["DKI Jakarta"])
N("food:jalangkote", T, "Kelompok Ibu Rappocini", "Kota Makassar",
  "mau belajar bikin jalangkote & panada yg kulitnya renyah, buat titip di kantin", m=14)
O("food:jalangkote", T, "Pelatihan Kue Khas Makassar: Jalangkote dan Panada", ["Sulawesi Selatan"])
O("food:x-barongko", M, "Beli barongko & kue basah untuk snack box", ["Sulawesi Selatan"])
O("food:x-barongko", T, "Kelas Kue Basah Bugis (barongko, bolu peca)", ["Sulawesi Selatan"])
N("food:bika", M, "Kelompok Ibu Pembuat Bika Helvetia", "Kota Medan",
  "bika ambon produksi rumahan 200 kotak/mgg, cari toko oleh2 yg mau ambil", m=10)
O("food:bika", M, "Toko oleh-oleh terima titip bika ambon & bolu", ["Kabupaten Deli Serdang"])
O("food:x-bolugulung", M, "Beli bolu gulung & kue kering untuk parsel", ["Sumatera Utara"])
O("food:x-dodol", M, "Tampung dodol durian", ["Sumatera Utara", "Riau"])

# ===== the villages that feed the city =====
N("farm:semanggi", M, "Kelompok Tani Semanggi Menganti", "Gresik",
  "kami nanam semanggi (daun semanggi segar), 50 kg/hari. cari pedagang pecel semanggi di Surabaya", m=18)
O("farm:semanggi", M, "Paguyuban Pedagang Semanggi Suroboyo cari pemasok daun semanggi", ["Kota Surabaya"])
O("farm:x-kangkung", M, "Pasar induk beli kangkung & bayam", ["Jawa Timur"])
O("farm:x-kemangi", M, "Beli kemangi segar untuk warung lalapan", ["Jawa Timur"])
N("farm:cincau", M, "Kelompok Tani Janggelan Girimulyo", "Wonogiri",
  "produksi daun janggelan kering (cincau hitam) 1 ton/bln, sopo sing gelem tuku rutin?", d="kadar air wis dijemur 3 dino, dikarungi 25 kg", m=30)
N("farm:cincau", T, "Kelompok Wanita Sawangan", "Kota Depok",
  "ibu2 mau belajar bikin cincau hijau & cincau hitam sendiri buat jualan es cincau", m=12)
O("farm:cincau", M, "Pabrik minuman cari daun janggelan kering (cincau hitam)", ["Jawa Tengah", "Jawa Timur"], d="Kadar air maksimal 12%, tidak berjamur. Harga sesuai mutu, kontrak per musim.")
O("farm:cincau", M, "Grass jelly (cincau) buyer for drink stalls", ["DKI Jakarta", "Jawa Barat"])
O("farm:cincau", T, "Pengolahan Cincau Hijau & Cincau Hitam", ["Jawa Barat", "DKI Jakarta"])
O("farm:x-kolangkaling", M, "Beli kolang-kaling", ["Jawa Tengah"])
O("farm:x-selasih", M, "Beli biji selasih", ["Jawa Tengah", "Jawa Barat"])
N("farm:janur", M, "Kelompok Tani Kelapa Banjarsari", "Ciamis",
  "janur kuning & janur muda utk ketupat, jelang lebaran bisa 5 truk. cari pedagang pasar di Jakarta/Bandung", m=25)
O("farm:janur", M, "Pedagang pasar induk cari pemasok janur & selongsong ketupat", ["DKI Jakarta", "Jawa Barat"], d="Puncak permintaan seminggu sebelum Lebaran dan Iduladha; janur dikirim basah, diikat per 100 lembar.")
O("farm:x-daunpisang", M, "Beli daun pisang batu untuk bungkus", ["Jawa Barat"])
O("farm:x-lidi", M, "Tampung lidi kelapa", ["Jawa Barat"])
N("farm:ceker", M, "Kelompok Usaha RPA Mini Cileungsi", "Bogor",
  "ceker ayam numpuk tiap hari ±100 kg, cari pedagang seblak, mie ayam, bakso yg mau ambil rutin", m=7)
O("farm:ceker", M, "Beli ceker ayam segar/beku untuk warung seblak & bakso", ["Jawa Barat", "DKI Jakarta", "Banten"], d="Kebutuhan 1-2 ton per minggu, ceker bersih tanpa kuku lebih disukai.")
O("farm:x-broiler", M, "RPA terima ayam broiler hidup", ["Jawa Barat"])
O("farm:x-bulubebek", M, "Beli bulu itik/bebek untuk shuttlecock", ["Jawa Barat"])
N("farm:tusuksate", M, "KUB Bambu Rajapolah", "Tasikmalaya",
  "kami bikin tusuk sate bambu & tusuk cilok/pentol, 200 ikat/mgg. cari grosir perlengkapan PKL", m=16)
O("farm:tusuksate", M, "Grosir perlengkapan PKL cari pemasok tusuk sate bambu", ["Jawa Barat", "DKI Jakarta"])
O("farm:tusuksate", M, "Bamboo skewer buyer (satay sticks, 20-25 cm)", [])
O("farm:x-bambu", M, "Beli bambu gelondongan untuk konstruksi", ["Jawa Barat"])
N("farm:keong", M, "Kelompok Tani Mina Sari Pare", "Kediri",
  "keong sawah hasil gropyokan banyak, bisa dikupas. sopo sing gelem tuku gawe sate keong?", m=22)
O("farm:keong", M, "Beli keong sawah hidup & kupas", ["Jawa Tengah", "DI Yogyakarta"])
O("farm:x-bekicot", M, "Beli bekicot hidup & daging rebus", ["Jawa Timur"])
O("farm:x-belut", M, "Tampung belut hidup", ["Jawa Timur"])
N("vend:tebu", R, "Paguyuban PKL Es Tebu Alun-Alun", "Kota Serang",
  "butuh mesin giling tebu stainless yg higienis utk es tebu, punya skrg karatan", m=11)
O("vend:tebu", R, "Mesin Peras Tebu Stainless untuk Es Tebu", ["Banten", "DKI Jakarta", "Jawa Barat"])
O("vend:x-juicer", R, "Blender & juicer komersial", ["Banten"])
O("vend:tebu", R, "Bantuan Mesin Es Tebu untuk PKL", ["Kabupaten Serang", "Kabupaten Pandeglang"], pt="programme")
O("farm:x-bibittebu", R, "Bibit tebu bud chip", ["Banten", "Jawa Timur"])

# ===== plastics and waste =====
N("waste:crusher", R, "Bank Sampah Induk Sedati", "Sidoarjo",
  "pengen cacah plastik sendiri jadi gilingan biar harga naik, butuh mesin pencacah plastik (crusher)", m=50)
O("waste:crusher", R, "Mesin Pencacah Plastik (crusher) 200 kg/jam", ["Jawa Timur", "Bali"], d="Motor 10 HP, pisau baja, saringan 12 mm. Garansi 1 tahun, teknisi datang untuk instalasi.")
O("waste:crusher", R, "Hibah Mesin Crusher Plastik untuk Bank Sampah", ["Jawa Timur"], pt="programme", st="closed")
O("waste:x-shredderorganik", R, "Mesin pencacah organik (chopper) untuk kompos", ["Jawa Timur"])
O("waste:x-pirolisis", R, "Mesin pirolisis plastik jadi BBM", ["Jawa Timur"])
N("waste:gilingan", M, "Pelapak Plastik Kebomas", "Gresik",
  "sdh punya gilingan PP & HDPE bersih (cacahan plastik) ±3 ton/bln, cari pabrik daur ulang yg beli langsung", m=9)
O("waste:gilingan", M, "Pabrik biji plastik beli gilingan PP/HDPE bersih", ["Jawa Timur", "Jawa Tengah"], d="Gilingan dicuci, dipisah warna, kering. Minimal 1 ton per kirim, harga per kg sesuai jenis.")
O("waste:gilingan", M, "Recycler buying washed plastic flakes (PP, HDPE)", [], tags=["plastic", "recycling", "gilingan"])
O("waste:x-pet", M, "Beli botol PET bekas press", ["Jawa Timur", "Bali", "DKI Jakarta"])
N("waste:kaca", M, "Bank Sampah Kerthi Sanur", "Kota Denpasar",
  "We collect glass bottles from warungs and villas (about 4 tons a month). Who buys glass bottles or cullet in Bali?", m=20)
O("waste:kaca", M, "Glass bottle and cullet buyer", ["Bali", "Nusa Tenggara Barat"], d="Clear, green and brown glass, whole bottles or cullet, sorted by colour. Pick-up from 2 tons.")
O("waste:kaca", M, "Beli botol kaca bekas (beling) utuh & pecah", ["Jawa Timur", "Bali"])
N("waste:ewaste", M, "Komunitas Peduli Sampah Elektronik Bengkong", "Kota Batam",
  "kami kumpulkan HP rusak, charger, kabel & papan elektronik dr warga. ada yg nampung e-waste resmi?", m=15)
O("waste:ewaste", M, "E-waste collector: old phones, cables, circuit boards", ["Kepulauan Riau", "Riau"], d="Licensed hazardous-waste handler. We pay by weight for boards, phones and cables and give a collection certificate.")
O("waste:ewaste", M, "Pengepul Sampah Elektronik Rumah Tangga (berizin)", [])
O("waste:x-besitua", M, "Beli besi tua & rongsok", ["Kepulauan Riau"])
O("svc:hp", T, "Kursus Servis HP", ["Kepulauan Riau", "Papua Barat Daya"])
N("waste:styrofoam", M, "Kelompok Pemulung Kapuk Muara", "Jakarta Utara",
  "styrofoam bekas dr pasar ikan & toko elektronik banyak bgt. ada yg nampung gak? udh kami bersihin", m=25)
O("waste:styrofoam", M, "Tampung styrofoam bersih (dipadatkan)", ["DKI Jakarta", "Banten"])
N("waste:styrofoam", M, "Bank Sampah Kampung Kelapa Indah", "Kota Tangerang",
  "Surat RT 03/RW 11", d="Kami pengurus bank sampah melaporkan: styrofoam bekas kotak makanan & kemasan elektronik menumpuk sekitar 2 kolong/bln dan tidak ada pengepul yang mau. Mohon dicarikan penampung styrofoam.", m=35)
N("waste:apd", R, "Kelompok Pemulung TPA Terjun", "Kota Medan",
  "pemulung butuh sarung tangan tebal, sepatu boot & masker, banyak yg luka", m=70)
O("waste:apd", R, "Paket APD untuk Pemulung: sarung tangan anti tusuk, sepatu boot, masker", ["Sumatera Utara", "Aceh"], pt="programme", d="Untuk kelompok pemulung terdaftar; 1 paket per orang, diganti tiap 6 bulan.")
O("farm:x-apdsemprot", R, "APD penyemprot pestisida", ["Sumatera Utara"])
O("waste:apd", R, "Program Perlindungan Pekerja Informal", ["Sumatera Utara"], d="Paket alat pelindung diri bagi pemulung dan petugas bank sampah: sarung tangan, sepatu boot, masker kain.", pt="programme")
O("waste:x-maskerabu", R, "Masker N95 untuk abu vulkanik", ["Sumatera Utara"])

# ===== culture, sport, youth, digital =====
N("cult:gambangkromong", T, "Sanggar Gambang Kromong Pasar Lama", "Kota Tangerang",
  "pemain gambang kromong kami sdh tua2, anak muda blm ada yg bisa. mohon pelatih", m=14)
O("cult:gambangkromong", T, "Pelatihan Musik Gambang Kromong & Tanjidor", ["DKI Jakarta", "Banten"])
O("cult:x-ondel", T, "Pembuatan Ondel-Ondel", ["DKI Jakarta", "Banten"])
N("cult:ludruk", T, "Kelompok Seni Kampung Tambak Bayan", "Kota Surabaya",
  "arek2 kampung pengen nguri-nguri ludruk & kidungan, ono pelatih?", m=20)
O("cult:ludruk", T, "Workshop Seni Ludruk & Kidungan", ["Jawa Timur"], st="closed")
O("cult:x-wayang", T, "Tatah Sungging Wayang Kulit", ["Jawa Timur"])
O("cult:x-tari", T, "Pelatihan Tari Tradisional untuk Wisata", ["Jawa Timur", "Jawa Tengah"])
N("cult:keroncong", T, "Pemuda Kampung Tugu", "Jakarta Utara",
  "anak muda kampung mau belajar keroncong lagi, biar gak hilang. mohon pelatih & alat", m=18)
O("cult:keroncong", T, "Kelas Keroncong untuk Remaja & Pengamen", ["DKI Jakarta", "Jawa Barat", "Banten"])
O("cult:x-gitar", T, "Kursus Gitar Akustik", ["DKI Jakarta"])
O("cult:keroncong", T, "Program Seni Kampung Kota 2027", ["DKI Jakarta"], d="Pelatih musik keroncong (cak, cuk, cello petik) datang ke kampung dua kali seminggu selama tiga bulan; alat dipinjamkan.", pt="programme")
N("cult:barongsai", T, "Tim Barongsai Pemuda Vihara", "Kota Singkawang",
  "tim barongsai kami butuh pelatih utk atraksi tiang (jong), persiapan Cap Go Meh", m=24)
N("cult:barongsai", R, "Perkumpulan Barongsai Pemuda Siantar", "Kota Pematangsiantar",
  "kostum barongsai & liong udh robek, butuh bantuan kostum + tambur", m=20)
O("cult:barongsai", T, "Pelatihan Barongsai & Liong", ["Kalimantan Barat"])
O("cult:barongsai", R, "Kostum Barongsai & Liong (set lengkap, tambur)", ["Sumatera Utara", "Riau"])
O("cult:x-gendangbeleq", R, "Set Gendang Beleq", ["Sumatera Utara", "Nusa Tenggara Barat"])
O("sport:x-silat", T, "Pelatihan Pelatih Pencak Silat", ["Kalimantan Barat", "Nusa Tenggara Timur"])
N("sport:tinju", T, "Sasana Pemuda Oesapa", "Kota Kupang",
  "anak2 muda mau latihan tinju, sonde ada pelatih berlisensi", m=22)
O("sport:tinju", T, "Pelatihan Pelatih Tinju Amatir", ["Nusa Tenggara Timur", "Maluku"], st="withdrawn")
N("sport:basket", T, "Komunitas Basket Jalanan Ambon", "Kota Ambon",
  "beta pung komunitas basket 3x3 mau klinik pelatih & wasit", m=30)
O("sport:basket", T, "3x3 basketball coaching clinic", ["Maluku", "Papua"])
O("sport:x-voli", T, "Pelatihan Pelatih Bola Voli", ["Maluku"])
N("digi:freelance", T, "Laid-off Hotel Workers Kuta", "Badung",
  "We lost our hotel jobs. Looking for training to find online freelance work (Upwork, Fiverr): profile, proposals, getting paid", m=21)
N("digi:freelance", T, "Pemuda Timika Kreatif", "Mimika",
  "anak muda sini mau kerja freelance online (desain, nulis, admin), tra tau mulai dari mana", m=15)
O("digi:freelance", T, "Kelas Freelance Online: Upwork, Fiverr, Sribulancer", [], pt="programme", d="Online, 6 pertemuan: membuat profil, menulis proposal, menentukan tarif, menerima pembayaran.")
O("digi:freelance", T, "Freelancing bootcamp (profiles, proposals, payments)", ["Bali"])
O("digi:x-anotasi", T, "Kerja Online Pelabelan Data (data annotation)", [])
O("digi:x-tiktokshop", T, "Jualan di TikTok Shop & Shopee", [])
N("digi:affiliate", T, "Komunitas Ibu Muda Marelan", "Kota Medan",
  "kami mau jadi affiliator shopee & tiktok, dapat komisi dr share link. ada pelatihannya kak?", m=19)
O("digi:affiliate", T, "Pelatihan Affiliate Marketing (Shopee & TikTok Affiliate)", ["Sumatera Utara", "Aceh"])
O("digi:x-fotoproduk", T, "Foto Produk dengan HP", ["Sumatera Utara"])
N("digi:esports", T, "Pemuda Kotaraja", "Kota Jayapura",
  "Youth here play Mobile Legends all day. We want to form a proper esports team: coaching, management, tournaments", m=12)
O("digi:esports", T, "Esports team management and coaching clinic", ["Papua", "Papua Barat"])
O("digi:x-coding", T, "Kelas Coding untuk Remaja", ["Papua"])
N("env:proklim", T, "RW 05 Kelurahan Kuin Utara", "Kota Banjarmasin",
  "ulun pengurus RW handak ikut Program Kampung Iklim (ProKlim), apa haja syarat & kegiatannya?", m=60)
O("env:proklim", T, "Pendampingan Kampung Iklim (ProKlim)", ["Kalimantan Selatan", "Kalimantan Tengah"], pt="programme")
O("env:x-biopori", T, "Lubang Resapan Biopori", ["Kalimantan Selatan"])
O("env:banksampah", T, "Manajemen Bank Sampah", ["Kalimantan Selatan", "Kepulauan Riau"])
N("job:kasir", T, "Karang Taruna Girian", "Kota Bitung",
  "lulusan SMA nganggur mau kerja di minimarket, butuh pelatihan kasir & pramuniaga", m=25)
O("job:kasir", T, "Pelatihan Kasir & Pramuniaga Ritel", ["Sulawesi Utara", "Gorontalo"])
O("biz:x-aplikasikasir", T, "Aplikasi Kasir untuk Warung", ["Sulawesi Utara"])
O("job:x-housekeeping", T, "Pelatihan Tata Graha Hotel", ["Sulawesi Utara"])

# ===== more of the town's edge =====
N("craft:buket", T, "Remaja Masjid Telanaipura", "Kota Jambi",
  "musim wisuda banyak pesanan buket (bunga, snack, uang). kami mau kursus merangkai buket biar rapi & bisa jual online", m=14)
N("craft:buket", M, "KUB Buket Wisuda Karangmalang", "Sleman",
  "buket bunga kering & buket snack, 150 buket/bln pas wisuda. cari toko bunga / reseller di sekitar kampus", m=8)
O("craft:buket", T, "Kursus Merangkai Buket: bunga, snack, uang", ["Jambi", "Sumatera Barat", "Riau"])
O("craft:buket", T, "Bouquet arranging for small florists and home sellers", ["DI Yogyakarta", "Jawa Tengah"])
O("craft:buket", M, "Florist & gift shop menerima titip jual buket wisuda", ["DI Yogyakarta"])
O("flower:x-gerbera", M, "Florist network buying fresh gerbera and chrysanthemum stems", ["DI Yogyakarta", "Jawa Tengah", "Jambi"])
O("craft:x-hampers", M, "Beli hampers kue kering untuk Lebaran", ["DI Yogyakarta"])
N("food:bumbugiling", M, "KWT Sumber Rejeki Ungaran", "Semarang",
  "bumbu dasar giling (putih, merah, kuning) fresh tiap hari, 40 kg/hr. cari warung makan, katering, pedagang pasar yg mau langganan", m=16)
O("food:bumbugiling", M, "Katering & warung makan cari pemasok bumbu dasar giling segar", ["Jawa Tengah"])
O("food:bumbugiling", M, "Restaurant group buying fresh ground spice pastes (bumbu dasar)", ["Jawa Tengah", "DI Yogyakarta"], st="closed")
O("food:x-bumbupecel", M, "Tampung bumbu pecel kacang", ["Jawa Tengah", "Jawa Timur"])
N("farm:sayurpotong", M, "KWT Mekarwangi Lembang", "Bandung Barat",
  "sayur sop & sayur asem potong kemasan (paket siap masak), 300 pak/hr. cari supermarket / tukang sayur keliling di Bandung", m=20)
O("farm:sayurpotong", M, "Supermarket cari pemasok sayur potong kemasan siap masak", ["Jawa Barat", "DKI Jakarta"])
O("farm:x-sayurdaun", M, "Beli sayuran daun segar untuk dapur MBG", ["Jawa Barat"])
N("craft:hijab", M, "Kelompok Penjahit Rumahan Kradenan", "Kota Pekalongan",
  "ibu2 jahit hijab instan & bergo, 2000 pcs/bln. cari toko / reseller online yg mau ambil banyak", m=28)
O("craft:hijab", M, "Toko busana muslim ambil hijab instan dari penjahit rumahan", ["Jawa Tengah", "Jawa Timur", "DKI Jakarta"])
O("craft:hijab", M, "Online modest-fashion reseller sourcing instant hijabs", [])
O("craft:x-cmt", M, "Konveksi cari penjahit CMT kaos & kemeja", ["Jawa Tengah"])
O("craft:x-peci", M, "Beli peci beludru", ["Jawa Tengah"])
N("craft:pasirkucing", M, "Kelompok Pemuda Mebel Tahunan", "Jepara",
  "kami bikin pasir kucing dari serbuk gergaji (pellet), 2 ton/bln. cari petshop / distributor", m=12)
O("craft:pasirkucing", M, "Distributor petshop cari pasir kucing pelet kayu lokal", ["Jawa Tengah", "DI Yogyakarta", "Jawa Barat"])
O("craft:pasirkucing", M, "Cat litter brand buying pine and sawdust pellets", [])
O("craft:x-woodpellet", M, "Boiler plant buying wood pellets", ["Jawa Tengah"])
O("craft:x-arang", M, "Beli arang kayu & arang batok", ["Jawa Tengah"])
N("biz:kos", T, "Paguyuban Purna PMI Ngunut", "Tulungagung",
  "bbrp anggota bangun kamar kos dr uang Hongkong, tp blm ngerti ngelola: harga, kontrak penghuni, pajak. ada pelatihan?", m=18)
O("biz:kos", T, "Manajemen Usaha Rumah Kos", ["Jawa Timur"])
O("biz:kos", T, "Running a boarding-house business (pricing, tenants, tax)", ["Jawa Timur", "Jawa Tengah", "DI Yogyakarta"])
O("tour:x-homestay", T, "Manajemen Homestay Desa Wisata", ["Jawa Timur"])
N("vend:jukir", T, "Paguyuban Juru Parkir Pasar Cendrawasih", "Kota Metro",
  "jukir pasar mau dibina jadi jukir resmi & pakai parkir non tunai, kami takut kehilangan kerja", m=26)
O("vend:jukir", T, "Pembinaan Juru Parkir & Parkir Non-Tunai", ["Kota Metro"], pt="programme")
O("fin:qris", T, "Pendampingan QRIS untuk Pedagang", ["Lampung", "Maluku", "DKI Jakarta"])
N("safety:apar", T, "Forum RW 08 Tambora", "Jakarta Barat",
  "kampung padat, bulan lalu kebakaran lg. warga mau pelatihan pakai APAR & pemadaman awal", d="Dari: Ketua RW 08. 4 RT, rumah kayu & semi permanen, gang 1 meter. Sudah ada 2 APAR dari kelurahan tp tdk ada yg bisa pakai.", m=80)
N("safety:apar", R, "Karang Taruna Kampung Panjunan", "Kota Cirebon",
  "gang sempit mobil damkar ga bisa masuk, butuh APAR & hydrant kampung", m=35)
O("safety:apar", T, "Pelatihan Pemadam Kebakaran Kampung (APAR, pemadaman awal)", ["DKI Jakarta", "Banten"], pt="programme")
O("safety:apar", T, "Community fire safety for dense neighbourhoods", ["DKI Jakarta", "Jawa Barat"])
O("safety:apar", R, "Bantuan APAR & Hydrant Portabel untuk Kampung Padat", ["Jawa Barat"], pt="programme")
O("safety:apar", R, "Fire extinguishers (APAR 3 kg) at cost for community groups", ["Jawa Tengah", "Jawa Barat"])
O("safety:x-karhutla", T, "Pengendalian Kebakaran Lahan Gambut (MPA)", ["DKI Jakarta", "Jawa Barat"])
O("safety:x-mpa", R, "Pompa pemadam portabel untuk karhutla", ["Jawa Barat"])
N("farm:jeruknipis", M, "Kelompok Tani Jeruk Nipis Sukodadi", "Lamongan",
  "jeruk nipis 2 ton/mgg, cari pedagang pasar, penjual es jeruk & soto di Surabaya", m=24)
O("farm:jeruknipis", M, "Beli jeruk nipis untuk pedagang pasar & warung", ["Jawa Timur"])
O("farm:x-jerukpurut", M, "Beli daun jeruk purut segar", ["Jawa Timur"])
O("farm:x-jeruksiam", M, "Tampung jeruk siam", ["Jawa Timur"])
N("craft:spanduk", M, "Komunitas Daur Ulang Spanduk Pulogadung", "Jakarta Timur",
  "kami jahit tas dr spanduk / banner bekas (tote, pouch), 400 pcs/bln. cari toko suvenir / brand yg beli", m=9)
O("craft:spanduk", M, "Eco souvenir shop buying tote bags upcycled from old banners", ["DKI Jakarta", "Jawa Barat"])
O("craft:x-sachet", M, "Beli tas anyaman bungkus kopi sachet", ["DKI Jakarta"])

# ===== everyday subjects (earlier sets' ground) in this set's phrasing =====
N("svc:laundry", T, "Kelompok Ibu Rumah Tangga Menteng", "Kota Palangka Raya",
  "mau buka laundry kiloan di dekat kampus, minta pelatihan cara cuci setrika & hitung harga per kilo", m=12)
O("svc:laundry", T, "Pelatihan Usaha Laundry Kiloan", ["Kalimantan Tengah", "Kalimantan Selatan"])
O("svc:x-dryclean", T, "Kursus Dry Cleaning untuk Hotel", ["Kalimantan Tengah"])
N("svc:barber", T, "Pemuda Kelurahan Limba", "Kota Gorontalo",
  "pemuda mau belajar pangkas rambut (barbershop) biar bisa buka sendiri", m=10)
O("svc:barber", T, "Kursus Pangkas Rambut / Barbershop", ["Gorontalo", "Sulawesi Utara"])
O("svc:barber", T, "Barbering course for youth", [], st="withdrawn")
N("fin:qris", T, "Paguyuban Pedagang Pasar Mardika", "Kota Ambon",
  "pembeli skrg mo bayar pake QRIS, pedagang seng tau caranya. mohon pendampingan", m=60)
O("fin:qris", T, "QRIS onboarding for market traders", ["Maluku", "Maluku Utara"])
N("food:halal", T, "Paguyuban PKL Kuliner Peunayong", "Kota Banda Aceh",
  "PKL kuliner mau urus sertifikat halal self declare, gratis kah? mohon pendampingan", m=30)
O("food:halal", T, "Pendampingan Sertifikasi Halal Self Declare (PPH)", ["Aceh", "Sumatera Utara"], pt="programme")
O("food:pirt", T, "Penyuluhan Keamanan Pangan untuk SPP-IRT", ["Aceh", "Sumatera Barat"])
N("food:pirt", T, "KWT Kampung Koto Tangah", "Kota Padang",
  "ibu2 jual rendang & keripik balado mau urus izin PIRT, awak alun tau caronyo", m=18)
O("food:pirt", T, "Sertifikasi SPP-IRT: Penyuluhan Keamanan Pangan", ["Sumatera Barat"], pt="programme")
O("food:x-bpom", T, "Klinik Izin Edar BPOM MD", ["Sumatera Barat"])
N("fin:kur", R, "Kelompok Pedagang Pasar Basah Mandonga", "Kota Kendari",
  "pedagang butuh modal 10-25 jt, bunga ringan, KUR katanya bisa?", m=30)
O("fin:kur", R, "KUR Mikro BRI untuk Pedagang Pasar", ["Sulawesi Tenggara"], pt="programme")
N("craft:jahit", T, "Kelompok Perempuan Pekerja Rumahan Gerung", "Lombok Barat",
  "ibu2 mau belajar menjahit dari dasar biar bisa terima jahitan seragam", m=20)
O("craft:jahit", T, "Kursus Menjahit Dasar", ["Nusa Tenggara Barat"])
O("craft:jahit", T, "Basic sewing course for women", ["Nusa Tenggara Barat", "Bali"])
O("craft:x-bordir", T, "Bordir Komputer", ["Nusa Tenggara Barat"])
N("svc:hp", T, "Pemuda Kampung Baru Remu", "Kota Sorong",
  "kitong pemuda mau belajar servis HP, ganti LCD & baterai", m=12)
O("svc:hp", T, "Pelatihan Teknisi Servis Ponsel", ["Papua Barat Daya", "Papua Barat"])
N("svc:motor", T, "Kelompok Pemuda Wamena Kota", "Jayawijaya",
  "anak muda mau kursus bengkel motor, di wamena motor banyak tapi mekanik sedikit", m=16)
O("svc:motor", T, "Kursus Mekanik Sepeda Motor", ["Papua Pegunungan", "Papua"])
O("svc:x-genset", T, "Servis Genset", ["Papua Pegunungan"])
N("fin:pembukuan", T, "Koperasi Pedagang Pasar Gusher", "Kota Tarakan",
  "koperasi pedagang pembukuannya masih manual & kacau, minta pelatihan pembukuan sederhana", m=40)
O("fin:pembukuan", T, "Pelatihan Pembukuan Sederhana untuk Koperasi & UMKM", ["Kalimantan Utara", "Kalimantan Timur"])
O("fin:x-audit", T, "Audit Koperasi untuk Pengawas", ["Kalimantan Utara"])
N("env:banksampah", T, "RW 02 Kampung Bugis", "Kota Tanjung Pinang",
  "warga mau buka bank sampah, minta pelatihan cara pilah, timbang & pencatatan", m=45)
N("food:slhs", T, "Kelompok Katering Ibu Tikala", "Kota Manado",
  "torang katering rumahan mo ikut MBG, disuruh ada sertifikat laik higiene (SLHS)", m=15)
O("food:slhs", T, "Pelatihan Penjamah Makanan & SLHS", ["Sulawesi Utara", "Gorontalo"])
N("vend:gerobak", R, "Kelompok Usaha Pemuda Binanga", "Mamuju",
  "pemuda mau jualan minuman & gorengan, butuh gerobak", m=10)
N("fish:lele", M, "Kelompok Pembudidaya Lele Sawit", "Boyolali",
  "lele konsumsi 1 ton/mgg, cari pedagang pecel lele di Solo & Jogja", m=20)
O("fish:lele", M, "Beli lele konsumsi untuk warung pecel lele", ["Jawa Tengah", "DI Yogyakarta"])
O("fish:x-patin", M, "Beli patin hidup", ["Jawa Tengah"])

# ---------------------------------------------------------------------------
# GENERATOR
# ---------------------------------------------------------------------------
rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PNAME = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
PROV_LL = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "province"}
REG = {r["name"]: (PNAME[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
REG_ORDER = [r["name"] for r in rows if r["level"] == "regency"]

def resolve(name):
    for cand in (name, "Kabupaten " + name, "Kota " + name, "Kota Administrasi " + name):
        if cand in REG:
            return cand
    raise SystemExit(f"unknown regency {name!r}")

def area_name(a):
    if a in PROV_LL:
        return a
    return resolve(a)

def jitter(key, lat, lon, k=0.06):
    h = hashlib.sha256(key.encode()).digest()
    return round(lat + (h[0] / 255 - 0.5) * k, 4), round(lon + (h[1] / 255 - 0.5) * k, 4)

BIG = ["Kota Administrasi Jakarta Pusat", "Kota Surabaya", "Kota Bandung", "Kota Medan", "Kota Makassar", "Kota Semarang", "Kota Yogyakarta"]

def home_of(area, i):
    for a in area:
        if a in REG:
            return a
    if area:
        prov = area[0]
        regs = [r for r in REG_ORDER if REG[r][0] == prov]
        kotas = [r for r in regs if r.startswith("Kota ")]
        return (kotas or regs)[0]
    return BIG[i % len(BIG)]

A = ["Maju", "Sejahtera", "Mandiri", "Bersama", "Harapan", "Cahaya", "Mitra", "Karya", "Sinar", "Berkah",
     "Nusantara", "Lestari", "Jaya", "Makmur", "Sentosa", "Abadi", "Bina", "Prima", "Citra", "Mulia",
     "Gemilang", "Utama", "Sumber", "Putra", "Bakti", "Setia", "Terang", "Andalan", "Permata", "Insan"]
B = ["Usaha", "Kreasi", "Sarana", "Persada", "Sentra", "Rakyat", "Warga", "Kota", "Niaga", "Pratama",
     "Mulya", "Wijaya", "Raya", "Indah", "Baru", "Sakti", "Daya", "Asri", "Kencana", "Semesta"]
PEOPLE = ["Pak Rahmat", "Bu Siti", "Koh Ahong", "Pak Daeng Rani", "Bu Ani", "Cak Mat", "Pak Ucok", "Bu Wati",
          "Pak Hendra", "Mbak Yuli", "Bang Rizal", "Bu Nining", "Pak Yosef", "Ci Lani", "Pak Made", "Bu Ros"]

def city(reg):
    for p in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if reg.startswith(p):
            return reg[len(p):]
    return reg

PATTERNS = {
    "trainer": ["UPTD BLK {c}", "LPK {a} {b}", "Yayasan {a} {b}", "LPPM Universitas {a} {b}", "Tim PkM Politeknik {a} {c}",
                "Rumah Belajar {a} {b}", "Lembaga Kursus {a}", "Pusat Pelatihan {a} {b}", "Bidang Pelatihan Disnaker {c}"],
    "programme": ["Dinas Tenaga Kerja {c}", "Dinas Koperasi dan UKM {c}", "Disperindag {c}", "Dinas Sosial {c}", "Program CSR PT {a} {b}",
                  "Yayasan {a} {b}", "Kantor Cabang Bank {a} {c}", "Inisiatif {a} {b}", "Baznas {c}", "Program Kemitraan {a} {b}"],
    "buyer": ["CV {a} {b}", "UD {a} {b}", "PT {a} {b} Indonesia", "Toko {a} {b}", "Koperasi {a} {b}", "Grosir {a} {c}", "Pengepul {p}", "Pasar {a} {b}"],
    "supplier": ["Toko {a} {b}", "CV {a} {b} Teknik", "Distributor {a} {b}", "PT {a} {b} Mandiri", "Grosir {a} {c}"],
}

def build():
    rnd = random.Random(1808)
    needs = list(NEEDS); offers = list(OFFERS)
    # groups
    gkeys = []
    for n in needs:
        k = (n["group"], resolve(n["regency"]))
        if k not in gkeys:
            gkeys.append(k)
    rnd.shuffle(gkeys)
    groups, gref = [], {}
    for i, (name, reg) in enumerate(gkeys, 1):
        prov, lat, lon = REG[reg]
        lat, lon = jitter("g" + name, lat, lon)
        m = next(n["m"] for n in needs if (n["group"], resolve(n["regency"])) == (name, reg))
        gref[(name, reg)] = f"g{i:03d}"
        groups.append({"ref": f"g{i:03d}", "name": name, "province": prov, "regency": reg, "lat": lat, "lon": lon, "members": m})
    # offers and their providers
    order = list(range(len(offers))); rnd.shuffle(order)
    providers, out_offers, used = [], [], set()
    oref_of = {}
    for j, idx in enumerate(order, 1):
        o = offers[idx]
        area = [area_name(a) for a in o["area"]]
        if o["kind"] == "market": pt = "buyer"
        elif o["kind"] == "training": pt = o["pt"] or "trainer"
        else: pt = o["pt"] or "supplier"
        home = home_of(area, j)
        prov, lat, lon = REG[home]
        pats = PATTERNS[pt]
        for t in range(200):
            pat = pats[(j + t) % len(pats)] if t < len(pats) else pats[t % len(pats)]
            name = pat.format(a=rnd.choice(A), b=rnd.choice(B), c=city(home), p=rnd.choice(PEOPLE))
            if t >= 50: name += f" {t}"
            if name not in used: break
        used.add(name)
        lat, lon = jitter("p" + name, lat, lon)
        pref = f"p{j:03d}"
        providers.append({"ref": pref, "name": name, "type": pt, "province": prov, "regency": home, "lat": lat, "lon": lon})
        rec = {"ref": f"o{j:03d}", "provider": pref, "kind": o["kind"], "title": o["title"]}
        if o["d"]: rec["description"] = o["d"]
        if o["tags"]: rec["tags"] = o["tags"]
        rec["service_area"] = area
        cap = o["cap"]
        if cap is None and o["kind"] == "training":
            h = hashlib.sha256(o["title"].encode()).digest()
            if h[2] % 4 == 0: cap = 10 + 5 * (h[3] % 7)
        if cap: rec["capacity"] = cap
        if o["st"] != "open": rec["status"] = o["st"]
        out_offers.append(rec); oref_of[idx] = rec["ref"]
    out_offers.sort(key=lambda r: r["ref"])
    # needs
    norder = list(range(len(needs))); rnd.shuffle(norder)
    out_needs, truth, review = [], {}, []
    for i, idx in enumerate(norder, 1):
        n = needs[idx]
        g = groups[int(gref[(n["group"], resolve(n["regency"]))][1:]) - 1]
        rec = {"ref": f"n{i:03d}", "group": g["ref"], "kind": n["kind"], "title": n["title"]}
        if n["d"]: rec["description"] = n["d"]
        if n["tags"]: rec["tags"] = n["tags"]
        out_needs.append(rec)
        fits, rv = [], []
        for k, o in enumerate(offers):
            if n["label"] not in o["labels"]:
                continue
            area = [area_name(a) for a in o["area"]]
            reach = not area or g["province"] in area or g["regency"] in area
            ok = o["kind"] == n["kind"] and o["st"] == "open" and reach
            if ok: fits.append(oref_of[k])
            rv.append(("+" if ok else "-", oref_of[k], o["kind"], o["st"], area, o["title"]))
        truth[rec["ref"]] = sorted(fits)
        review.append((rec, n["label"], g, rv))
    doc = {"groups": groups, "providers": providers, "needs": out_needs, "offers": out_offers}
    return doc, truth, review

def main():
    doc, truth, review = build()
    json.dump(doc, open(os.path.join(SET, "eval18-marketplace.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(SET, "eval18-marketplace.truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if "--review" in sys.argv:
        for rec, label, g, rv in sorted(review, key=lambda r: r[1]):
            print(f"\n{rec['ref']} [{label}] {rec['kind']} {g['regency']}, {g['province']}: {rec['title'][:110]}")
            for sign, oref, kind, st, area, title in rv:
                print(f"   {sign} {oref} {kind:8} {st:9} {area} {title[:80]}")
    if "--stats" in sys.argv:
        from collections import Counter
        labels = {n["label"] for n in NEEDS}
        print("needs", len(NEEDS), Counter(n["kind"] for n in NEEDS), "offers", len(OFFERS), Counter(o["kind"] for o in OFFERS))
        print("subjects asked for:", len(labels))
        print("empty truth:", sum(1 for v in truth.values() if not v))

if __name__ == "__main__":
    main()
