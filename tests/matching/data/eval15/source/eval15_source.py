#!/usr/bin/env python3
"""Writes eval15-marketplace.json and eval15-marketplace.truth.json from subject-labelled records.

Theme: the facilitator's field notes. Every need and offer carries labels `family:topic`; a topic
starting with `x-` marks a look-alike or neighbour that no need asks for. An offer fits a need
when it carries the need's label, is of the same kind, is open, and its service area is empty or
names the group's province or regency (the truth rule of the set); the lists were then read need
by need with --review. HELD OUT: whoever tunes the matcher must not open this file.

Usage: python3 eval15_source.py [--review] [--stats]
"""
import csv, json, os, random, re, sys, zlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(SET, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

NEEDS, OFFERS = [], []


def N(label, gname, prov, reg, members, kind, title, desc=None):
    NEEDS.append(dict(label=label, gname=gname, prov=prov, reg=reg, members=members, kind=kind, title=title, desc=desc))


def O(labels, kind, ptype, title, area, desc=None, status="open", cap=None, tags=None):
    OFFERS.append(dict(labels=labels.split(), kind=kind, ptype=ptype, title=title, area=area, desc=desc,
                       status=status, cap=cap, tags=tags))


# Truth adjustments by judgement after --review: (need label, offer title) pairs.
TRUTH_ADD = set()
TRUTH_DROP = set()

# =====================================================================================
# DATA: each need followed by the offers written around it (fits and hard negatives).
# =====================================================================================
# ---------- bees and herbs ----------
N("bee:propolis", "KTH Kelulut Rimba Embaloh", "Kalimantan Barat", "Kabupaten Kapuas Hulu", 12, "training",
  "KTH Kelulut Rimba (12 org) — sdh 80 stup kelulut, madu laku. propolis msh dibuang2 pas panen, mau blajar olah propolis",
  "hasil kunjungan 14/10: stup kayu di pinggir kebun karet, panen 2 mgg sekali. ketua dgr propolis kelulut mahal tp ga tau cara ambil & ekstrak. perlu pelatihan utk 12 org.")
O("bee:propolis", "training", "trainer", "Pelatihan Panen dan Ekstraksi Propolis Lebah Kelulut (Trigona)", ["Kalimantan Barat", "Kalimantan Tengah"],
  desc="Memisahkan propolis dari sarang, ekstraksi dengan etanol pangan, penyaringan, kemasan botol tetes.", cap=25)
O("bee:propolis", "training", "programme", "Propolis harvesting and extract making for stingless-bee keepers", [],
  desc="Online course; a practical kit is sent by post to each group.")
O("bee:x-kelulut", "training", "trainer", "Pelatihan Budidaya Lebah Kelulut untuk Pemula: Stup dan Pemecahan Koloni", ["Kalimantan Barat"])
O("bee:propolis", "market", "buyer", "Beli propolis mentah kelulut, minimal 5 kg", ["Kalimantan Barat"])

N("bee:beeswax", "Kelompok Peternak Lebah Sari Kembang", "Jawa Tengah", "Kabupaten Pati", 20, "market",
  "kendala: sisa sarang (malam / lilin lebah) numpuk ±40 kg, blm ada yg nampung. butuh pembeli",
  "Peternak Apis cerana 20 org, stup kotak di kebun kapuk & kopi. Madu sdh ada pembeli tetap, tp malam sisa peras cuma dijemur & disimpan di karung, laku eceran 1-2 kg ke perajin batik.")
O("bee:beeswax", "market", "buyer", "Beli lilin lebah (malam tawon) mentah untuk batik dan kosmetik", ["Jawa Tengah", "DI Yogyakarta"])
O("bee:beeswax", "market", "buyer", "Raw beeswax wanted, any colour, from 20 kg", [],
  desc="We refine it for food wraps and lip balm. Pick-up by courier anywhere in Indonesia.")
O("bee:x-madu", "market", "buyer", "Beli madu ternak dan madu hutan, partai", ["Jawa Tengah"])
O("bee:beeswax", "training", "trainer", "Kelas Lilin Aromaterapi dari Beeswax", ["Jawa Tengah"])

N("herb:sambiloto", "KWT Sehat Lestari Tulakan", "Jawa Timur", "Kabupaten Pacitan", 25, "market",
  "KWT Sehat Lestari — panen sambiloto kering 300 kg/bln, tengkulak cuma mau harga murah. perlu pembeli langsung (IKM jamu / pabrik)")
O("herb:sambiloto", "market", "buyer", "Tampung simplisia sambiloto kering (daun & batang), kadar air < 10%", ["Jawa Timur"])
O("herb:sambiloto", "market", "buyer", "Buying dried Andrographis paniculata herb for extract production", ["Jawa Timur", "Jawa Tengah"])
O("herb:x-temulawak", "market", "buyer", "Beli temulawak dan kunyit iris kering", ["Jawa Timur"])

N("herb:pegagan", "KWT Mawar Kakaskasen", "Sulawesi Utara", "Kota Tomohon", 15, "training",
  "mama2 KWT mo tanam pegagan (daun kaki kuda), ada yg mo beli yg kering. blum tau cara tanam & kase kering",
  "kunjungan 2/11: lahan pekarangan ± 10 are, air cukup. so pernah coba, daun kuning2 & jamuran waktu dijemur.")
O("herb:pegagan", "training", "trainer", "Budidaya dan Pascapanen Pegagan (Centella asiatica)", ["Sulawesi Selatan", "Sulawesi Barat"])
O("herb:x-kumis", "training", "trainer", "Budidaya Kumis Kucing untuk Teh Herbal", ["Sulawesi Utara"])
O("herb:pegagan", "market", "buyer", "Beli pegagan kering (gotu kola) untuk teh celup", ["Sulawesi Utara"])

N("herb:mengkudu", "Kelompok Tani Sintuvu Maroso", "Sulawesi Tengah", "Kabupaten Sigi", 20, "market",
  "buah mengkudu (pace) banyak di kebun, jatuh busuk sendiri. kami ba cari pembeli utk jus / ekstrak, bisa 1 ton/bln")
O("herb:mengkudu", "market", "buyer", "Beli buah mengkudu (pace) matang untuk jus", ["Sulawesi Tengah", "Sulawesi Selatan"])
O("herb:mengkudu", "market", "buyer", "Noni fruit (Morinda citrifolia) wanted, fresh or dried slices", [])
O("herb:x-sirsak", "market", "buyer", "Beli buah sirsak segar untuk jus", ["Sulawesi Tengah"])

# ---------- urban farming, school garden ----------
N("urban:budikdamber", "PKK RW 07 Cipinang Besar", "DKI Jakarta", "Kota Administrasi Jakarta Timur", 30, "training",
  "Ibu2 PKK RW 07 (30 org) — lahan sempit, gang. pengen budikdamber (lele + kangkung di ember) buat gizi anak",
  "kunjungan: sdh ngumpulin 10 ember bekas cat, blm ada yg ngerti caranya. kader posyandu dukung krn ada 6 balita stunting.")
O("urban:budikdamber", "training", "trainer", "Pelatihan Budikdamber: Budidaya Ikan dalam Ember", ["DKI Jakarta", "Jawa Barat", "Banten"], cap=40)
O("urban:budikdamber", "training", "programme", "Bucket aquaponics for small urban yards: fish and water spinach", [])
O("fish:x-lele-terpal", "training", "trainer", "Pembesaran Lele di Kolam Terpal Bundar", ["DKI Jakarta", "Jawa Barat"])

N("school:kebun", "Komite Sekolah SDN Bangunharjo", "DI Yogyakarta", "Kabupaten Bantul", 14, "training",
  "School visit notes: the teachers want to start a school garden, for science lessons and to supply the canteen. Need someone to train them",
  "14 teachers, a 300 m2 plot behind the classrooms, water from the school well. The headmaster will give one afternoon a week.")
O("school:kebun", "training", "programme", "Pendampingan Kebun Sekolah untuk Guru SD/MI", ["DI Yogyakarta"])
O("school:kebun", "training", "programme", "School garden programme: teacher training and lesson plans", ["DI Yogyakarta", "Jawa Tengah"])
O("urban:x-p2l", "training", "trainer", "Pelatihan Pekarangan Pangan Lestari (P2L) untuk KWT", ["DI Yogyakarta"])
O("school:kebun", "resource", "supplier", "Paket benih sayur dan polybag untuk kebun sekolah", ["DI Yogyakarta"])

# ---------- waste and recycling ----------
N("waste:pirolisis", "Bank Sampah Sekar Sari", "Bali", "Kabupaten Gianyar", 40, "resource",
  "bank sampah sdh jalan 2 thn, plastik kresek & kemasan multilayer gak laku. rencana olah jadi BBM, butuh mesin pirolisis")
O("waste:pirolisis", "resource", "supplier", "Mesin Pirolisis Plastik menjadi Bahan Bakar Cair, kapasitas 10 kg/proses", ["Bali", "Nusa Tenggara Barat", "Jawa Timur"])
O("waste:pirolisis", "resource", "programme", "Plastic-to-fuel pyrolysis units for waste banks (grant, 20% co-funding)", ["Bali"], status="closed")
O("waste:x-asapcair", "resource", "supplier", "Reaktor Pirolisis Tempurung Kelapa untuk Asap Cair", ["Bali"])
O("waste:pirolisis", "training", "trainer", "Pelatihan Operator Pirolisis Plastik", ["Bali"])

N("waste:sachet", "Kelompok Ibu Kreatif Kasemen", "Banten", "Kota Serang", 18, "training",
  "kendala: bungkus kopi sachet & deterjen byk bgt di TPS. ibu2 mau blajar anyam jd tas & dompet")
O("waste:sachet", "training", "trainer", "Kelas Anyaman Tas dari Bungkus Kopi Sachet", ["Banten", "DKI Jakarta"])
O("waste:sachet", "training", "programme", "Upcycling plastic wrappers into bags and mats for women's groups", [])
O("waste:x-kertas", "training", "trainer", "Daur Ulang Kertas Koran jadi Anyaman dan Kertas Seni", ["Banten"])

N("waste:ban", "Karang Taruna Sempaja", "Kalimantan Timur", "Kota Samarinda", 22, "training",
  "pemuda karang taruna (22 org) byk nganggur. ban bekas dr bengkel numpuk di belakang balai, mau blajar bikin pot, kursi, tempat sampah dr ban bekas")
O("waste:ban", "training", "trainer", "Pelatihan Kerajinan Ban Bekas: Pot, Kursi dan Tempat Sampah", ["Kalimantan Timur"])
O("trade:x-tambal", "training", "trainer", "Kursus Tambal Ban Tubeless dan Vulkanisir", ["Kalimantan Timur"])
O("waste:ban", "market", "buyer", "Beli ban bekas untuk vulkanisir dan tanggul", ["Kalimantan Timur"])

# ---------- fish-processing by-products ----------
N("fishby:kulitudang", "Kelompok Pengolah Hasil Perikanan Mina Bahari", "Lampung", "Kabupaten Tulang Bawang", 16, "market",
  "hasil kunjungan: cold storage udang dekat kampung buang kepala & kulit udang tiap hari. kelompok mulai jemur, sdh 2 ton kering. cari pembeli")
O("fishby:kulitudang", "market", "buyer", "Beli kepala & kulit udang kering untuk pakan dan kitosan", ["Lampung", "Sumatera Selatan"])
O("fishby:kulitudang", "market", "buyer", "Dried shrimp heads and shells wanted (chitosan feedstock), 1 t and up", [])
O("fish:x-vaname", "market", "buyer", "Beli udang vaname size 50-70, panen parsial", ["Lampung"])

N("fishby:tulang", "KUB Pengolah Ikan Sido Makmur", "Jawa Tengah", "Kabupaten Rembang", 12, "training",
  "KUB pengolah fillet kakap & tenggiri — tulang, kepala & duri dibuang ke laut. mau blajar tepung tulang ikan (kalsium) buat campuran kerupuk & kue")
O("fishby:tulang", "training", "trainer", "Pelatihan Tepung Tulang Ikan untuk Pangan Tinggi Kalsium", ["Jawa Tengah", "Jawa Timur"])
O("fishby:x-abon", "training", "trainer", "Pelatihan Abon Ikan Tenggiri", ["Jawa Tengah"])

N("fishby:poc", "Kelompok Tani Sipakainge", "Sulawesi Selatan", "Kabupaten Pangkajene dan Kepulauan", 20, "training",
  "tabe' — TPI dekat kampung buang isi perut & kepala ikan, bau sekali. petani sebelah mau olah jadi pupuk cair, sapa yg bisa ajar?")
O("fishby:poc", "training", "trainer", "Pembuatan Pupuk Organik Cair (POC) dari Limbah Ikan", ["Sulawesi Selatan"])
O("fishby:poc", "training", "programme", "Fish hydrolysate fertiliser from fish waste, hands-on", ["Sulawesi Selatan", "Sulawesi Barat"])
O("live:x-biourine", "training", "trainer", "Pembuatan Biourine dari Urin Sapi", ["Sulawesi Selatan"])

N("fishby:sisik", "Kelompok Istri Nelayan Kampung Bugis", "Kepulauan Riau", "Kota Tanjung Pinang", 15, "training",
  "ibu2 istri nelayan, sisik ikan kakap & bandeng dr pasar ikan dibuang. mau blajar bikin bros & bunga hiasan dr sisik ikan")
O("fishby:sisik", "training", "trainer", "Kerajinan Sisik Ikan: Bros, Bunga dan Hiasan Dinding", ["Sulawesi Selatan", "Gorontalo"])
O("craft:x-kerang", "training", "trainer", "Pelatihan Kerajinan Kulit Kerang dan Siput", ["Kepulauan Riau"])

N("food:ampas", "Paguyuban Perajin Tahu Kalisari", "Jawa Tengah", "Kabupaten Banyumas", 18, "market",
  "ampas tahu ± 1 ton/hari dr 18 perajin, sebagian dibuang ke kali. golek peternak / pabrik pakan sing gelem jupuk rutin")
O("food:ampas", "market", "buyer", "Peternak sapi ambil ampas tahu rutin, jemput sendiri", ["Jawa Tengah"])
O("food:x-tahu", "market", "buyer", "Beli tahu putih untuk katering", ["Jawa Tengah"])
O("food:ampas", "market", "buyer", "Okara (soy pulp) wanted for feed and flour", ["Jawa Barat"])

# ---------- cold chain ----------
N("cold:vaksin", "Kader Posyandu Kampung Wesaput", "Papua Pegunungan", "Kabupaten Jayawijaya", 10, "resource",
  "kunjungan posyandu: vaksin dibawa 3 jam jalan kaki, termos es su rusak, ice pack tinggal 2. perlu vaccine carrier + cool pack")
O("cold:vaksin", "resource", "programme", "Vaccine carrier dan cool pack untuk posyandu terpencil", ["Papua Pegunungan", "Papua"])
O("cold:x-coolbox", "resource", "supplier", "Cool box ikan 45 L (box fiber) dan es batu", ["Papua Pegunungan", "Papua"])
O("cold:vaksin", "training", "programme", "Pelatihan Rantai Dingin Vaksin untuk Kader dan Petugas Imunisasi", ["Papua Pegunungan"])

N("cold:truk", "Gapoktan Sayur Mayur Berastagi", "Sumatera Utara", "Kabupaten Karo", 60, "resource",
  "Field note: the farmers send cabbage and tomatoes to Medan and Batam in open pick-ups and lose about 20% on the way. They need a refrigerated truck, to rent or on credit")
O("cold:truk", "resource", "supplier", "Refrigerated truck leasing for farmer groups (reefer box, 2-4 t)", ["Sumatera Utara", "Riau", "Kepulauan Riau"])
O("cold:truk", "resource", "programme", "Kredit Mobil Box Berpendingin untuk Gapoktan", ["Sumatera Utara"])
O("cold:x-coldroom", "resource", "supplier", "Cold storage 20 m3 untuk sayur dan buah", ["Sumatera Utara"])

N("cold:milk", "Kelompok Peternak Sapi Perah Cisarua Girang", "Jawa Barat", "Kabupaten Bandung Barat", 40, "resource",
  "susu sering ditolak koperasi (TPC tinggi), dr kandang ke koperasi 4 jam. perlu alat pendingin susu di desa")
O("cold:milk", "resource", "programme", "Hibah Milk Cooling Unit (MCU) 500 L untuk kelompok peternak", ["Jawa Barat"])
O("cold:milk", "resource", "supplier", "Milk cooling tank 1000 L, stainless, with installation", [])
O("cold:x-freezer", "resource", "supplier", "Chest freezer ikan 500 L", ["Jawa Barat"])

# ---------- warung ----------
N("warung:pos", "Paguyuban Warung Berkah Cibitung", "Jawa Barat", "Kabupaten Bekasi", 35, "training",
  "warung2 anggota catat utang & stok di buku, tiap bln selisih. perlu pelatihan aplikasi kasir (POS) di HP")
O("warung:pos", "training", "trainer", "Pelatihan Aplikasi Kasir dan Stok untuk Warung (Android)", ["Jawa Barat", "DKI Jakarta"])
O("warung:pos", "training", "programme", "Digital point-of-sale for kiosks: stock, credit and daily sales", [])
O("money:x-simpin", "training", "trainer", "Pelatihan Pembukuan Kelompok Simpan Pinjam", ["Jawa Barat"])

N("warung:grosir", "Kelompok Usaha Mama-mama Pesisir Liang", "Maluku", "Kabupaten Maluku Tengah", 20, "resource",
  "kendala: warung2 mama blanja ke Ambon 2 jam naik speed, ongkos mahal, harga jual jd tinggi. butuh grosir yg antar sembako ke kampung, bayar tempo")
O("warung:grosir", "resource", "supplier", "Grosir sembako antar ke warung desa, bayar tempo 2 minggu", ["Maluku"])
O("warung:grosir", "resource", "supplier", "Grosir sembako kirim ke kios, tempo 14 hari", ["Kota Ambon"])
O("money:x-modal", "resource", "programme", "Pinjaman modal usaha mikro tanpa agunan", ["Maluku"])

# ---------- trades and disability livelihoods ----------
N("trade:jam", "Kelompok Difabel Mandiri Sewon", "DI Yogyakarta", "Kabupaten Bantul", 11, "training",
  "KDM (11 org, kebanyakan tuna daksa, 4 pakai kursi roda) — cari keterampilan yg bisa dikerjakan sambil duduk. mereka pilih servis jam tangan",
  "kunjungan 3/11: sdh punya ruang di balai desa, 2 anggota pernah jaga kios aksesoris HP. modal alat blm ada.")
O("trade:jam", "training", "trainer", "Kursus Servis Jam Tangan Analog dan Digital", ["DI Yogyakarta", "Jawa Tengah"])
O("trade:jam", "training", "programme", "Watch repair training for persons with disabilities", ["Kota Yogyakarta", "Kabupaten Sleman"])
O("trade:hp", "training", "trainer", "Kursus Teknisi Handphone untuk Pemula", ["DI Yogyakarta"])

N("dis:wicara", "Komunitas Orang Tua Anak Istimewa", "Sumatera Barat", "Kota Padang", 25, "training",
  "Parents' group (25 families), several children with speech delay; the therapist is far and expensive. They want to learn basic speech therapy exercises to do at home")
O("dis:wicara", "training", "trainer", "Pelatihan Terapi Wicara Dasar untuk Orang Tua", ["Sumatera Barat", "Riau"])
O("dis:wicara", "training", "programme", "Home-based speech and language therapy for parents", [], status="withdrawn")
O("dis:x-bisindo", "training", "trainer", "Kelas Bahasa Isyarat (BISINDO)", ["Sumatera Barat"])

N("trade:mesinjahit", "Konveksi Rumahan Mekar Sari", "Jawa Tengah", "Kota Surakarta", 20, "training",
  "konveksi rumahan 20 mesin, montir langganan pindah ke Jakarta. mesin high speed sering loncat jahitan & benang putus. pengen ada anggota yg bisa servis sendiri")
O("trade:mesinjahit", "training", "trainer", "Kursus Servis Mesin Jahit Industri dan Portable", ["Jawa Tengah"])
O("sew:mesin", "resource", "supplier", "Jual mesin jahit high speed, garansi 1 tahun", ["Jawa Tengah"])

N("trade:bubut", "Bengkel Alsintan Karya Tani", "Sulawesi Selatan", "Kabupaten Sidenreng Rappang", 8, "training",
  "bengkel alsintan kelompok: as & puli traktor sering hrs dibubut ke kota, 2 hari baru jadi. anggota mau kursus mesin bubut")
O("trade:bubut", "training", "trainer", "Kursus Operator Mesin Bubut Dasar", ["Sulawesi Selatan"])
O("trade:x-las", "training", "trainer", "Kursus Las Listrik SMAW", ["Sulawesi Selatan"])

# ---------- coastal and special-interest tourism ----------
N("tour:lifeguard", "Pokdarwis Karang Nini", "Jawa Barat", "Kabupaten Pangandaran", 24, "training",
  "tamu pantai makin rame, thn lalu 2 org hanyut. pemuda pokdarwis perlu pelatihan + sertifikat penjaga pantai (balawista)")
O("tour:lifeguard", "training", "trainer", "Diklat Penyelamat Pantai (Balawista) Bersertifikat", ["Jawa Barat", "Banten"])
O("tour:lifeguard", "training", "programme", "Beach lifeguard certification: surf rescue, first aid and CPR", [])
O("tour:lifeguard", "resource", "supplier", "Rescue tube, rescue board dan ring pelampung", ["Jawa Barat"])

N("tour:kayak", "Homestay Network Kri Arborek", "Papua Barat Daya", "Kabupaten Raja Ampat", 14, "training",
  "Homestay owners want to add kayak and SUP rental. Need a course for kayak guides (safety, routes, care of the gear) for 14 people")
O("tour:kayak", "training", "trainer", "Pelatihan Pemandu Kayak dan Stand Up Paddle (SUP)", ["Papua Barat Daya", "Maluku"])
O("tour:x-selam", "training", "trainer", "Kursus Pemandu Selam (Dive Guide)", ["Papua Barat Daya"])
O("tour:kayak", "resource", "supplier", "Kayak sit-on-top dan papan SUP, paket 5 unit", ["Papua Barat Daya"])

N("tour:gua", "Pokdarwis Luweng Jaya", "DI Yogyakarta", "Kabupaten Gunungkidul", 30, "training",
  "hasil kunjungan: tamu mulai minta susur gua vertikal, pemandu kami cuma biasa cave tubing. blm ada yg bisa SRT (naik turun tali)")
O("tour:gua", "training", "trainer", "Pelatihan Pemandu Susur Gua (Caving) dan Teknik SRT", ["DI Yogyakarta", "Jawa Tengah"])
O("tour:x-rafting", "training", "trainer", "Pelatihan Pemandu Arung Jeram", ["DI Yogyakarta"])

N("tour:chse", "Asosiasi Usaha Wisata Ped", "Bali", "Kabupaten Klungkung", 28, "training",
  "Notes from Nusa Penida: small warungs, scooter rentals and snorkel-trip sellers are asked by travel agents for a CHSE certificate. 28 businesses want support")
O("tour:chse", "training", "programme", "Pendampingan Sertifikasi CHSE untuk Usaha Pariwisata", ["Bali"])
O("tour:chse", "training", "programme", "CHSE certification support for small tourism businesses", ["Bali", "Nusa Tenggara Barat"])
O("perm:x-slhs", "training", "trainer", "Pelatihan SLHS untuk Penjamah Makanan", ["Bali"])

# ---------- mining rehabilitation, village water ----------
N("mine:merkuri", "Kelompok Penambang Rakyat Tobongon", "Sulawesi Utara", "Kabupaten Bolaang Mongondow", 35, "training",
  "Field note: the miners still amalgamate with mercury in the tromols and several families complain of tremors. The group asks for training in mercury-free gold processing")
O("mine:merkuri", "training", "programme", "Pelatihan Pengolahan Emas Tanpa Merkuri (Konsentrasi Gravitasi)", ["Sulawesi Utara", "Gorontalo"])
O("mine:merkuri", "training", "programme", "Mercury-free gold processing for artisanal miners (ASGM)", [])
O("mine:x-k3", "training", "trainer", "Pelatihan K3 Pertambangan Rakyat", ["Sulawesi Utara"])

N("mine:timah", "KTH Bukit Gadung", "Kepulauan Bangka Belitung", "Kabupaten Bangka Tengah", 20, "training",
  "lahan bekas tambang timah (kolong & pasir tailing) 15 ha, tanahnya panas & gersang. mau ditanami lagi, perlu pelatihan revegetasi")
O("mine:timah", "training", "programme", "Sekolah Lapang Revegetasi Lahan Bekas Tambang Timah", ["Kabupaten Bangka Tengah", "Kabupaten Bangka Selatan"])
O("fish:x-kolong", "training", "trainer", "Budidaya Ikan di Kolong Bekas Tambang", ["Kepulauan Bangka Belitung"])
O("mine:x-bibit", "resource", "programme", "Bibit pohon hutan untuk penghijauan", ["Kepulauan Bangka Belitung"])

N("water:broncap", "Kelompok Pengguna Air Oel Ekam", "Nusa Tenggara Timur", "Kabupaten Timor Tengah Utara", 45, "training",
  "hasil kunjungan: mata air 800 m di atas kampung, mama2 angkut air pake jerigen tiap pagi. mau bangun bak penangkap mata air + pipa ke kampung, perlu yg ajar teknisnya")
O("water:broncap", "training", "programme", "Pelatihan Konstruksi Penangkap Mata Air (Broncaptering) dan Perpipaan Gravitasi",
  ["Kabupaten Timor Tengah Selatan", "Kabupaten Timor Tengah Utara"])
O("water:x-hidram", "training", "trainer", "Pelatihan Pembuatan Pompa Hidram", ["Nusa Tenggara Timur"])
O("water:x-pipa", "resource", "supplier", "Pipa HDPE dan tandon air 2200 L", ["Nusa Tenggara Timur"])

# ---------- midwives, posyandu, health ----------
N("health:resusitasi", "Forum Bidan Desa Kecamatan Sakra", "Nusa Tenggara Barat", "Kabupaten Lombok Timur", 18, "training",
  "Village midwives' forum: three babies were born not breathing this year. They want a refresher on newborn resuscitation (bag and mask)")
O("health:resusitasi", "training", "programme", "Pelatihan Resusitasi Neonatus untuk Bidan Desa", ["Nusa Tenggara Barat"])
O("health:resusitasi", "training", "programme", "Helping Babies Breathe: newborn resuscitation for village midwives", [])
O("health:x-menyusui", "training", "trainer", "Pelatihan Konselor Menyusui", ["Nusa Tenggara Barat"])

N("health:doppler", "Ikatan Bidan Desa Mila", "Aceh", "Kabupaten Pidie", 9, "resource",
  "bidan desa (9 org) blm punya doppler, dengar DJJ masih pake stetoskop kayu (laennec). perlu doppler janin")
O("health:doppler", "resource", "supplier", "Doppler janin portabel untuk bidan desa", ["Aceh", "Sumatera Utara"])
O("health:doppler", "resource", "programme", "Fetal dopplers for village midwives (donated)", ["Kabupaten Pidie Jaya", "Kabupaten Bireuen"])
O("health:x-antropometri", "resource", "supplier", "Timbangan bayi digital dan alat ukur panjang badan", ["Aceh"])

N("health:sadari", "TP PKK Desa Sendangharjo", "Jawa Timur", "Kabupaten Lamongan", 20, "training",
  "kendala: 2 warga ketahuan kanker payudara sdh stadium lanjut. kader PKK mau dilatih periksa payudara sendiri (SADARI) biar bisa ngajari ibu2")
O("health:sadari", "training", "programme", "Pelatihan Kader Deteksi Dini Kanker Payudara (SADARI)", ["Jawa Timur"])
O("health:x-iva", "training", "programme", "Pelatihan Kader Deteksi Dini Kanker Leher Rahim (IVA)", ["Jawa Timur"])

N("health:pikr", "Karang Taruna Tunas Bangsa Kempo", "Nusa Tenggara Barat", "Kabupaten Dompu", 25, "training",
  "hasil kunjungan: byk nikah usia sekolah & hamil sblm nikah. remaja mau bentuk PIK-R, perlu pelatihan konselor sebaya kesehatan reproduksi")
O("health:pikr", "training", "programme", "Pelatihan Pembentukan PIK Remaja dan Konselor Sebaya", ["Nusa Tenggara Barat"])
O("health:x-hiv", "training", "programme", "Pendidik Sebaya HIV/AIDS", ["Nusa Tenggara Barat"])

# ---------- religious communities, migrants' families ----------
N("rel:peci", "Pengrajin Peci Bordir Ujungpangkah", "Jawa Timur", "Kabupaten Gresik", 15, "market",
  "pengrajin peci (kopiah) beludru 15 org, 500 pcs/mgg, jual ke pasar cuma eceran. cari toko perlengkapan muslim yg mau ambil rutin")
O("rel:peci", "market", "buyer", "Toko perlengkapan muslim beli peci/kopiah beludru, partai", ["Jawa Timur"])
O("rel:peci", "market", "buyer", "Grosir Tanah Abang cari songkok hitam nasional, rutin", [])
O("rel:peci", "training", "trainer", "Pelatihan Menjahit Peci dan Songkok", ["Jawa Timur"])

N("sew:mukena", "Majelis Taklim Nurul Huda Lubuk Alung", "Sumatera Barat", "Kabupaten Padang Pariaman", 30, "training",
  "majelis taklim (30 ibu) mau usaha mukena bordir pinggir. bbrp sdh bisa jahit baju, tp pola mukena & bordir tepi blm")
O("sew:mukena", "training", "trainer", "Kursus Menjahit Mukena dan Bordir Tepi", ["Sumatera Barat"])
O("sew:kebaya", "training", "trainer", "Kursus Menjahit Kebaya Modern", ["Sumatera Barat"])

N("rel:wakaf", "Takmir Masjid Al-Ikhlas Barabai", "Kalimantan Selatan", "Kabupaten Hulu Sungai Tengah", 9, "training",
  "masjid punya tanah wakaf sawah 2 ha nganggur. pengurus mau dikelola produktif, tp nazhir blm terdaftar & blm paham aturannya")
O("rel:wakaf", "training", "programme", "Pelatihan Nazhir Wakaf: Pendaftaran dan Pengelolaan Wakaf Produktif", ["Kalimantan Selatan", "Kalimantan Tengah"])
O("rel:wakaf", "training", "programme", "Productive waqf management course for mosque committees", [])
O("rel:x-zakat", "training", "programme", "Pemberdayaan Mustahik melalui Zakat Produktif", ["Kalimantan Selatan"])

N("migr:remitansi", "Kelompok Keluarga Pekerja Migran Sukamulia", "Nusa Tenggara Barat", "Kabupaten Lombok Timur", 30, "training",
  "Wives of migrant workers ask for training on managing remittances and starting a small business",
  "Husbands work in Malaysia and Saudi. The transfers go on daily spending, nothing saved after years abroad.")
O("migr:remitansi", "training", "programme", "Literasi Keuangan Keluarga Pekerja Migran: Mengelola Uang Kiriman", ["Nusa Tenggara Barat"])
O("migr:remitansi", "training", "programme", "Remittance management and savings for migrant workers' families", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"])
O("migr:x-pra", "training", "programme", "Orientasi Pra Pemberangkatan Calon PMI", ["Nusa Tenggara Barat"])

N("migr:asuh", "Bina Keluarga Balita Melati Srengat", "Jawa Timur", "Kabupaten Blitar", 22, "training",
  "catatan: byk anak diasuh mbah krn bapak/ibu kerja di Hongkong & Taiwan. mbah2 kewalahan, anak kecanduan HP. perlu kelas pengasuhan utk kakek-nenek")
O("migr:asuh", "training", "programme", "Kelas Pengasuhan bagi Kakek-Nenek Pengasuh Anak Pekerja Migran", ["Jawa Timur"])
O("health:x-pengasuh", "training", "trainer", "Pelatihan Pengasuh Anak (Baby Sitter) Bersertifikat", ["Jawa Timur"])

# ---------- music and arts ----------
N("art:gitar", "Paguyuban Perajin Gitar Ngrombo", "Jawa Tengah", "Kabupaten Sukoharjo", 16, "training",
  "bengkel gitar rumahan, bodi & leher sdh bisa, tp setel neck (truss rod), fret & finishing msh kasar, sering dikomplain. mau naik kelas")
O("art:gitar", "training", "trainer", "Kursus Pembuatan Gitar Akustik (Luthier): Fret, Truss Rod dan Finishing", ["Kabupaten Sukoharjo", "Kota Surakarta"])
O("art:x-maingitar", "training", "trainer", "Kursus Musik Gitar untuk Pemula", ["Jawa Tengah"])

N("art:mural", "Karang Taruna Kampung Pahandut", "Kalimantan Tengah", "Kota Palangka Raya", 20, "training",
  "kampung mau dijadikan kampung wisata, tembok2 gang kusam. pemuda mau blajar mural")
O("art:mural", "training", "trainer", "Workshop Mural Kampung untuk Pemuda", ["Kalimantan Tengah", "Kalimantan Selatan"])
O("trade:x-cat", "training", "trainer", "Pelatihan Tukang Cat Bangunan", ["Kalimantan Tengah"])

N("art:suling", "Sanggar Saluang Jo Dendang Salimpaung", "Sumatera Barat", "Kabupaten Tanah Datar", 12, "training",
  "awak nio baraja mambuek saluang & suliang dari talang nan bunyinyo pas. pambuek lamo alah gaek")
O("art:suling", "training", "trainer", "Pelatihan Membuat Suling Bambu (Saluang, Suling Sunda)", ["Sumatera Barat", "Jawa Barat"])
O("art:x-mainsaluang", "training", "trainer", "Kursus Bermain Saluang untuk Remaja", ["Sumatera Barat"])

N("art:paduansuara", "Jemaat GMIM Imanuel Kema", "Sulawesi Utara", "Kabupaten Minahasa Utara", 40, "training",
  "torang pe jemaat mo ikut lomba paduan suara, dirigen cuma 1 so tua. perlu pelatihan dirigen & olah vokal")
O("art:paduansuara", "training", "trainer", "Pelatihan Dirigen dan Paduan Suara Gerejawi", ["Sulawesi Utara"])
O("art:paduansuara", "training", "trainer", "Choir conducting and vocal training workshop", [], status="closed")
O("art:x-kolintang", "training", "trainer", "Pelatihan Musik Kolintang", ["Sulawesi Utara"])

# ---------- crafts ----------
N("craft:tembaga", "Kelompok Perajin Tembaga Tumang", "Jawa Tengah", "Kabupaten Boyolali", 25, "market",
  "Copper and brass smiths (sinks, hanging lamps, vases): orders fell since the big exporter left. Looking for new buyers or exporters")
O("craft:tembaga", "market", "buyer", "Exporter buying hammered copper sinks, lamps and homeware", [])
O("craft:tembaga", "market", "buyer", "Showroom ambil kerajinan tembaga dan kuningan, sistem konsinyasi", ["Jawa Tengah", "DI Yogyakarta"])
O("craft:x-rongsok", "market", "buyer", "Beli tembaga bekas dan kuningan rongsok, harga per kg", ["Jawa Tengah"])

N("craft:akarwangi", "KWT Seruni Samarang", "Jawa Barat", "Kabupaten Garut", 20, "training",
  "petani akar wangi, akar sisa suling dibuang / dibakar. ibu2 mau blajar kerajinan akar wangi (tas, boneka, hiasan)")
O("craft:akarwangi", "training", "trainer", "Pelatihan Kerajinan Akar Wangi (Vetiver)", ["Jawa Barat"], status="withdrawn")
O("craft:x-sulingakarwangi", "training", "trainer", "Pelatihan Penyulingan Minyak Akar Wangi", ["Jawa Barat"])
O("craft:x-pandan", "training", "trainer", "Pelatihan Anyaman Pandan", ["Jawa Barat"])

N("craft:ate", "Sekaa Anyaman Tenganan", "Bali", "Kabupaten Karangasem", 18, "market",
  "tas anyaman ate (keben, dompet, tas bulat) 300 pcs/bln, artshop langganan di Ubud tutup. cari pembeli baru")
O("craft:x-lontar", "market", "buyer", "Beli kerajinan anyaman lontar", ["Bali"])
O("craft:ate", "training", "trainer", "Pelatihan Anyaman Ate untuk Pemula", ["Bali"])
O("craft:ate", "market", "buyer", "Buyer of ate grass bags for boutique hotels", ["Nusa Tenggara Barat"])

# ---------- food processing ----------
N("food:brem", "KWT Sri Rejeki Kaliabu", "Jawa Timur", "Kabupaten Madiun", 15, "training",
  "produksi brem padat, sering pecah & rasanya kecut, ga laku di toko. perlu pendampingan teknis brem")
O("food:brem", "training", "trainer", "Pelatihan Teknologi Pembuatan Brem Padat dan Brem Cair", ["Jawa Timur"])
O("food:x-tapai", "training", "trainer", "Pelatihan Membuat Tapai Ketan", ["Jawa Timur"])
O("perm:pirt", "training", "programme", "Pendampingan SPP-IRT dan Label untuk Produk Olahan", ["Jawa Timur"])

N("food:wedanguwuh", "UMKM Wedang Uwuh Girirejo", "DI Yogyakarta", "Kabupaten Bantul", 10, "market",
  "produksi wedang uwuh celup 300 pak/mgg, msh jual di warung sekitar makam. mau masuk toko oleh2 & kafe")
O("food:wedanguwuh", "market", "buyer", "Toko oleh-oleh ambil wedang uwuh kemasan, konsinyasi", ["Kabupaten Bantul", "Kota Yogyakarta"])
O("food:wedanguwuh", "market", "buyer", "Cafe chain sourcing Javanese herbal drink blends (wedang uwuh, secang)", ["DI Yogyakarta", "Jawa Tengah"])
O("herb:x-jahe", "market", "buyer", "Beli jahe merah segar", ["DI Yogyakarta"])

N("food:sale", "Kelompok Olahan Pisang Sumber Rejeki", "Jawa Barat", "Kabupaten Bandung", 12, "market",
  "sale pisang (basah & goreng) 200 kg/bln, penjualan msh dititip warung. cari toko oleh2 yg ambil rutin")
O("food:sale", "market", "buyer", "Beli sale pisang basah dan goreng untuk oleh-oleh", ["Jawa Barat"])
O("food:sale", "market", "buyer", "Pusat oleh-oleh ambil sale pisang, kiriman mingguan", ["Kota Bandung", "Kabupaten Bandung Barat"])
O("food:x-pisang", "market", "buyer", "Beli pisang ambon dan pisang siam mentah", ["Jawa Barat"])

N("food:tempoyak", "KWT Durian Runtuh Muara Bulian", "Jambi", "Kabupaten Batanghari", 15, "training",
  "durian musim ini melimpah & jatuh murah. ibu2 nak bikin tempoyak yg awet & dikemas, biar biso dijual ke luar")
O("food:tempoyak", "training", "trainer", "Pelatihan Tempoyak Higienis dan Pengemasan", ["Jambi", "Sumatera Selatan"])
O("food:x-lempok", "training", "trainer", "Pelatihan Lempok Durian", ["Jambi"])

N("food:bekasam", "Kelompok Pengolah Ikan Sungai Lebak Jaya", "Sumatera Selatan", "Kabupaten Ogan Komering Ilir", 15, "training",
  "bekasam (ikan fermentasi) kami sering terlalu asin & kadang busuk. galo ibu2 nak pelatihan bekasam yg aman")
O("food:bekasam", "training", "trainer", "Pelatihan Pembuatan Bekasam Ikan yang Aman dan Higienis", ["Sumatera Selatan"])
O("food:bekasam", "training", "programme", "Fermented fish (bekasam, pekasam) food-safety training", ["Sumatera Selatan", "Jambi"])
O("perm:pirt", "training", "programme", "Pendampingan SPP-IRT Olahan Ikan", ["Sumatera Selatan"])

N("food:bakpia", "Kelompok Usaha Wanita Kamek Bersatu", "Kalimantan Barat", "Kota Singkawang", 12, "training",
  "kamek nak blajar bikin bakpia / pia isi kacang ijo & durian, kulit kamek sering keras")
O("food:bakpia", "training", "trainer", "Kursus Membuat Bakpia dan Pia", ["Kalimantan Barat"])
O("food:x-kuekering", "training", "trainer", "Kelas Kue Kering (Nastar, Kastengel)", ["Kalimantan Barat"])

# ---------- crops, spices, forest, fish ----------
N("crop:koro", "Kelompok Tani Ngudi Makmur Kledung", "Jawa Tengah", "Kabupaten Temanggung", 30, "market",
  "panen koro pedang putih 3 ton (kering). dulu ada pabrik sing nampung, saiki ora. sopo sing gelem tuku?")
O("crop:koro", "market", "buyer", "Beli biji koro pedang putih kering", ["Jawa Tengah"])
O("crop:koro", "market", "buyer", "Jack bean (Canavalia) dried seeds wanted for plant-based tempeh", [])
O("crop:x-kedelai", "market", "buyer", "Beli kedelai lokal untuk perajin tahu", ["Jawa Tengah"])

N("crop:gembili", "Kelompok Tani Kampung Wasur", "Papua Selatan", "Kabupaten Merauke", 20, "market",
  "kitong pu ubi gembili & ubi kelapa (uwi) banyak di kebun, jual di pasar cuma sedikit. sapa yg mo beli partai?")
O("crop:gembili", "market", "buyer", "Beli umbi gembili dan uwi untuk tepung", ["Jawa Timur", "Jawa Tengah"])
O("crop:x-ubijalar", "market", "buyer", "Beli ubi jalar (petatas) partai", ["Papua Selatan"])

N("crop:kecombrang", "KWT Bunga Rias Sidamanik", "Sumatera Utara", "Kabupaten Simalungun", 15, "market",
  "horas. bunga kecombrang (sikala) 100 kg/mgg dr kebun, toke cuma ambil sedikit. cari restoran / pengepul")
O("crop:kecombrang", "market", "buyer", "Beli bunga kecombrang (honje) segar untuk restoran", ["Sumatera Utara"], status="closed")
O("crop:x-andaliman", "market", "buyer", "Beli andaliman segar", ["Sumatera Utara"])

N("crop:kandis", "Kelompok Tani Sungai Tonang", "Riau", "Kabupaten Kampar", 20, "market",
  "asam kandis kering 2 ton dr kebun warga, toke lamo sdh dak datang. cari pembeli")
O("crop:kandis", "market", "buyer", "Tampung asam kandis kering", ["Riau", "Sumatera Barat"], status="withdrawn")
O("crop:x-asamjawa", "market", "buyer", "Beli asam jawa (asam biji) kiloan", ["Riau"])

N("crop:kacangbogor", "Kelompok Tani Mekarsari Jampang", "Jawa Barat", "Kabupaten Sukabumi", 30, "market",
  "punten, kelompok panen kacang bogor 5 ton, biasana dijual ka bandar murah. milarian nu daek meser langsung")
O("crop:kacangbogor", "market", "buyer", "Beli kacang bogor (polong dan biji) untuk direbus", ["Jawa Barat", "DKI Jakarta"])
O("crop:kacangbogor", "market", "buyer", "Bambara groundnut buyer for a snack factory", ["Jawa Barat"])
O("crop:x-kacangtanah", "market", "buyer", "Beli kacang tanah ose", ["Jawa Barat"])

N("crop:gumitir", "Kelompok Tani Bunga Gumitir Abang Sari", "Bali", "Kabupaten Bangli", 22, "market",
  "petani gumitir, pas panen raya harga jatuh 2rb/kg. produksi 1 ton/mgg. cari pengepul / pedagang canang di pasar")
O("crop:gumitir", "market", "buyer", "Pengepul bunga gumitir untuk canang, Pasar Badung", ["Bali"])
O("crop:gumitir", "market", "buyer", "Marigold flower buyer (fresh, orange or yellow) for offerings and natural dye", ["Bali", "Nusa Tenggara Barat"])
O("crop:x-mawar", "market", "buyer", "Beli bunga mawar potong", ["Bali"])

N("crop:cabejamu", "Kelompok Tani Mandiri Lenteng", "Jawa Timur", "Kabupaten Sumenep", 18, "market",
  "cabe jamu (cabe jawa) kering 500 kg, tengkulak cuma ambil sedikit. sapa se endhak melle?")
O("crop:cabejamu", "market", "buyer", "Beli cabe jamu (cabe Jawa) kering", ["Jawa Timur", "Jawa Tengah"])
O("crop:cabejamu", "market", "buyer", "Long pepper (Piper retrofractum) dried spikes, export buyer", [])
O("chilli:x-rawit", "market", "buyer", "Beli cabe rawit merah segar", ["Jawa Timur"])

N("crop:sereh", "KWT Melati Bayah", "Banten", "Kabupaten Lebak", 20, "market",
  "sereh dapur (batang segar) 2 kwintal/mgg, cari rumah makan / pasar induk yg ambil rutin")
O("crop:sereh", "market", "buyer", "Beli sereh dapur segar untuk pasar induk Kramat Jati", ["Banten", "DKI Jakarta", "Jawa Barat"])
O("crop:x-seraiwangi", "market", "buyer", "Beli daun serai wangi untuk penyulingan", ["Banten"])
O("crop:sereh", "market", "buyer", "Fresh lemongrass for a restaurant chain", ["DKI Jakarta"])

N("live:susukuda", "Kelompok Peternak Kuda Liar Samawa", "Nusa Tenggara Barat", "Kabupaten Sumbawa", 14, "market",
  "susu kuda liar 100 liter/mgg, jual botolan eceran di pinggir jalan. cari pembeli / distributor")
O("live:susukuda", "market", "buyer", "Distributor susu kuda liar Sumbawa", ["Jawa Timur", "Bali"])
O("live:susukuda", "training", "trainer", "Pelatihan Pengemasan Susu Kuda Higienis", ["Nusa Tenggara Barat"])
O("live:x-susukambing", "market", "buyer", "Beli susu kambing etawa segar", ["Nusa Tenggara Barat"])

N("forest:massoi", "Kelompok Pengumpul Hasil Hutan Kaimana", "Papua Barat", "Kabupaten Kaimana", 20, "market",
  "Field note: villagers strip massoi bark (kulit masoi) in the forest and sell through one trader at a low price. Looking for direct buyers, about 1 t a month")
O("forest:massoi", "market", "buyer", "Beli kulit kayu masoi kering", ["Papua Barat", "Papua"])
O("forest:massoi", "market", "buyer", "Massoia bark (Cryptocarya massoy) buyer for flavour and fragrance", [])
O("forest:x-kayumanis", "market", "buyer", "Beli kulit kayu manis (cassia)", ["Papua Barat"])

N("forest:jelutung", "KTH Tumbang Nusa Lestari", "Kalimantan Tengah", "Kabupaten Pulang Pisau", 25, "market",
  "getah jelutung rawa 500 kg/bln dr hutan desa, harga di tengkulak rendah. cari pembeli")
O("forest:jelutung", "market", "buyer", "Beli getah jelutung (Dyera) untuk industri permen karet", ["Kalimantan Tengah", "Kalimantan Barat"])
O("forest:x-karet", "market", "buyer", "Pabrik karet beli bokar", ["Kalimantan Tengah"])

N("fish:betutu", "Pokdakan Mahakam Lestari", "Kalimantan Timur", "Kabupaten Kutai Kartanegara", 12, "training",
  "benih betutu (ikan malas) dr alam makin jarang, harga bagus. mau blajar pembesaran betutu di keramba")
O("fish:betutu", "training", "trainer", "Marble goby (betutu) grow-out in cages and ponds", ["Kalimantan Timur", "Kalimantan Selatan"])
O("fish:x-gabus", "training", "trainer", "Pelatihan Budidaya Ikan Gabus", ["Kalimantan Timur"])
O("fish:betutu", "market", "buyer", "Beli ikan betutu hidup ukuran 400 g ke atas", ["Kalimantan Timur"])

N("fish:moina", "Pokdakan Benih Mina Sejahtera", "Jawa Barat", "Kabupaten Subang", 14, "training",
  "pembenih ikan, larva byk paeh minggu kahiji, pakan alami kurang. abdi hoyong diajar kultur moina / kutu air")
O("fish:moina", "training", "trainer", "Pelatihan Kultur Pakan Alami Moina dan Daphnia", ["Jawa Timur"])
O("fish:x-pelet", "training", "trainer", "Pelatihan Pakan Ikan Mandiri (Pelet)", ["Jawa Barat"])

N("coast:cemara", "Kelompok Tani Pesisir Sumber Pasir", "Jawa Tengah", "Kabupaten Kebumen", 25, "training",
  "kendala: angin laut & pasir menerbangkan tanaman cabai di lahan pasir. perlu pelatihan tanam sabuk hijau cemara laut")
O("coast:cemara", "training", "programme", "Pelatihan Penanaman Cemara Laut sebagai Sabuk Hijau Pantai", ["Jawa Tengah", "DI Yogyakarta"])
O("coast:x-mangrove", "training", "programme", "Pelatihan Rehabilitasi Mangrove", ["Jawa Tengah"])
O("coast:cemara", "resource", "programme", "Bibit cemara laut gratis untuk kelompok pesisir", ["Jawa Tengah"])

# =====================================================================================
# Everyday subjects of village programmes, in fresh phrasings
# =====================================================================================
N("rice:gogo", "Kelompok Tani Bakati Sanggau Ledo", "Kalimantan Barat", "Kabupaten Bengkayang", 28, "training",
  "hasil kunjungan: padi gogo di ladang cuma 1,5 ton/ha, rebah & kena blas. kamek nak sekolah lapang padi ladang",
  "28 KK, ladang berpindah mulai dikurangi, benih lokal turun-temurun. sdh dpt bantuan pupuk tp tdk tau dosis.")
O("rice:gogo", "training", "programme", "Sekolah Lapang Padi Gogo (Padi Ladang) dengan Varietas Unggul", ["Kalimantan Barat"])
O("rice:gogo", "training", "programme", "Upland rice field school: varieties, blast control and fertiliser", [])
O("rice:x-legowo", "training", "programme", "Sekolah Lapang Padi Sawah Jajar Legowo", ["Kalimantan Barat"])

N("rice:gabah", "Gapoktan Sipatuo Pitu Riase", "Sulawesi Selatan", "Kabupaten Sidenreng Rappang", 80, "market",
  "tabe', GKP ± 40 ton panen bulan depan. mau jual langsung ke penggilingan / Bulog, jangan lewat pa'belli lagi")
O("rice:gabah", "market", "buyer", "Penggilingan padi beli gabah kering panen (GKP), jemput di sawah", ["Sulawesi Selatan"])
O("rice:gabah", "market", "buyer", "Serap gabah petani sesuai HPP", ["Kabupaten Sidenreng Rappang", "Kabupaten Pinrang"])
O("rice:x-beras", "market", "buyer", "Beli beras premium kemasan 5 kg", ["Sulawesi Selatan"])

N("maize:pipil", "Kelompok Tani Nggaro Ncera", "Nusa Tenggara Barat", "Kabupaten Dompu", 40, "market",
  "nahu dou ... jagung pipil kering KA 15-17%, ± 50 ton di gudang desa. cari pabrik pakan yg ambil langsung")
O("maize:pipil", "market", "buyer", "Pabrik pakan beli jagung pipil kering, KA maks 17%", ["Nusa Tenggara Barat"])
O("maize:pipil", "market", "buyer", "Shelled dry maize for feed mills, by the truckload", ["Nusa Tenggara Barat", "Jawa Timur"])
O("maize:pipil", "market", "buyer", "Gudang jagung serap jagung pipil petani", ["Nusa Tenggara Barat"], status="closed")
O("maize:x-manis", "market", "buyer", "Beli jagung manis segar untuk hotel", ["Nusa Tenggara Barat"])

N("maize:faw", "Kelompok Tani Lakoka", "Nusa Tenggara Timur", "Kabupaten Sumba Timur", 25, "training",
  "Maize fields hit by fall armyworm (ulat grayak) for the second season, leaves eaten to the core. Need training on how to control it")
O("maize:faw", "training", "trainer", "Pengendalian Ulat Grayak (Spodoptera frugiperda) pada Jagung", ["Nusa Tenggara Timur"])
O("maize:x-tikus", "training", "trainer", "Pengendalian Hama Tikus Terpadu", ["Nusa Tenggara Timur"])

N("chilli:virus", "Kelompok Tani Ngudi Rejeki Ngablak", "Jawa Tengah", "Kabupaten Magelang", 22, "training",
  "cabe keriting godhonge kuning lan kriting (bule), separo lahan rusak. pengin sinau ngendhaleni")
O("chilli:virus", "training", "programme", "Sekolah Lapang Pengendalian Virus Kuning (Gemini) pada Cabai", ["Jawa Tengah"])
O("chilli:virus", "training", "programme", "Chilli leaf-curl and yellow virus management", [])
O("chilli:virus", "training", "trainer", "Klinik Tanaman Cabai: Kutu Kebul dan Virus", ["Jawa Tengah"], status="withdrawn")
O("chilli:x-patek", "training", "trainer", "Pengendalian Antraknosa (Patek) pada Cabai", ["Jawa Tengah"])

N("chilli:merah", "Kelompok Tani Reje Pantan", "Aceh", "Kabupaten Bener Meriah", 30, "market",
  "cabe merah besar 3 ton/mgg, agen di Takengon tekan harga. kamoe cari pengepul yg bawa ke Medan")
O("chilli:merah", "market", "buyer", "Pengepul cabai merah besar untuk pasar induk Medan", ["Aceh", "Sumatera Utara"])
O("chilli:x-kering", "market", "buyer", "Beli cabai kering untuk pabrik bumbu", ["Aceh"])

N("shallot:moler", "Kelompok Tani Sinar Tani Wanasari", "Jawa Tengah", "Kabupaten Brebes", 35, "training",
  "brambang akeh sing moler (godhong layu, umbi bosok saka pangkal) pas rendeng. perlu pelatihan")
O("shallot:moler", "training", "trainer", "Pengendalian Penyakit Moler (Fusarium) pada Bawang Merah", ["Jawa Tengah"])
O("shallot:x-tss", "training", "trainer", "Bawang Merah dari Biji (TSS): Semai dan Pindah Tanam", ["Jawa Tengah"])

N("shallot:market", "Kelompok Tani Ncuhi Bawa", "Nusa Tenggara Barat", "Kabupaten Bima", 30, "market",
  "bawang merah 5 ton siap panen 2 mgg lagi, tengkulak dr Jawa blm datang. cari pembeli")
O("shallot:market", "market", "buyer", "Beli bawang merah konsumsi, partai truk", ["Nusa Tenggara Barat"])
O("shallot:market", "market", "buyer", "Shallot (red onion) buyer for the Surabaya wholesale market", ["Nusa Tenggara Barat", "Jawa Timur"])
O("shallot:market", "market", "buyer", "Pedagang bawang merah Pasar Raya", ["Kota Bima"])
O("shallot:x-putih", "market", "buyer", "Beli bawang putih lokal", ["Nusa Tenggara Barat"])

N("coffee:petikmerah", "Kelompok Tani Kopi Sumber Jaya", "Lampung", "Kabupaten Lampung Barat", 40, "training",
  "robusta msh dipetik asalan (ijo-merah campur), harga rendah. pengen blajar petik merah & proses natural / honey")
O("coffee:petikmerah", "training", "trainer", "Pascapanen Kopi Robusta Petik Merah: Natural dan Honey", ["Lampung"])
O("coffee:x-barista", "training", "trainer", "Kursus Barista Manual Brew", ["Lampung"])

N("coffee:cherry", "Kelompok Tani Kopi Latimojong", "Sulawesi Selatan", "Kabupaten Enrekang", 35, "market",
  "kopi arabika gelondong merah 2 ton/mgg pas musim panen. cari pengolah yg mau beli cherry, kami blm punya pulper")
O("coffee:cherry", "market", "buyer", "Beli kopi gelondong merah (cherry) arabika untuk wet mill", ["Kabupaten Enrekang", "Kabupaten Tana Toraja"])
O("coffee:cherry", "market", "buyer", "Specialty processor buying ripe arabica cherries, daily pick-up", ["Sulawesi Selatan"])
O("coffee:x-greenbean", "market", "buyer", "Beli green bean arabika grade 1", ["Sulawesi Selatan"])

N("cocoa:fermentasi", "Kelompok Tani Kakao Sipatuo", "Sulawesi Barat", "Kabupaten Polewali Mandar", 30, "training",
  "biji kakao dijual asalan tanpa fermentasi, selisih harga 5rb/kg. mau blajar fermentasi")
O("cocoa:fermentasi", "training", "trainer", "Pelatihan Fermentasi Biji Kakao dengan Kotak Kayu", ["Sulawesi Barat"])
O("cocoa:fermentasi", "training", "programme", "Cocoa bean fermentation and drying for smallholders", ["Sulawesi Barat", "Sulawesi Selatan"])
O("cocoa:x-pbk", "training", "trainer", "Pengendalian PBK dan Busuk Buah Kakao", ["Sulawesi Barat"])
O("cocoa:fermentasi", "market", "buyer", "Beli biji kakao fermentasi", ["Sulawesi Barat"])

N("cocoa:asalan", "Kelompok Tani Tunas Harapan Tinombo", "Sulawesi Tengah", "Kabupaten Parigi Moutong", 25, "market",
  "biji kakao kering asalan 3 ton, kami ba cari pembeli yg harga bagus")
O("cocoa:asalan", "market", "buyer", "Beli biji kakao kering asalan, KA 7-8%", ["Sulawesi Tengah"])
O("cocoa:asalan", "market", "buyer", "Cocoa beans wanted, unfermented accepted", ["Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Barat"])

N("goat:kidding", "Kelompok Ternak Kambing Sido Mulyo", "Jawa Timur", "Kabupaten Bojonegoro", 20, "training",
  "cempe byk mati umur < 1 mgg, induk ga keluar susu. perlu pelatihan manajemen kelahiran & cempe")
O("goat:kidding", "training", "trainer", "Manajemen Kelahiran Kambing dan Pemeliharaan Cempe", ["Jawa Timur"])
O("goat:x-gemuk", "training", "trainer", "Penggemukan Kambing dengan Pakan Fermentasi", ["Jawa Timur"])

N("goat:bergulir", "Kelompok Janda Mekar Tilamuta", "Gorontalo", "Kabupaten Boalemo", 20, "resource",
  "ibu2 janda (20) mau usaha kambing, blm ada modal. butuh bantuan induk kambing sistem gaduh / bergulir")
O("goat:bergulir", "resource", "programme", "Program Kambing Bergulir untuk Kelompok Perempuan", ["Gorontalo"])
O("goat:bergulir", "resource", "programme", "Goat revolving scheme for widows' groups", ["Gorontalo", "Sulawesi Utara"], status="withdrawn")
O("goat:bergulir", "market", "buyer", "Beli kambing hidup untuk aqiqah", ["Gorontalo"])

N("cattle:pakan", "Kelompok Peternak Sapi Nekmese", "Nusa Tenggara Timur", "Kabupaten Kupang", 25, "training",
  "musim kemarau sapi kurus, rumput habis. katong mau blajar amoniasi jerami & pakan cadangan")
O("cattle:pakan", "training", "trainer", "Pakan Cadangan Musim Kemarau: Amoniasi Jerami dan Hay", ["Nusa Tenggara Timur"])

N("cattle:market", "Kelompok Ternak Sapi Mekar Jaya Landono", "Sulawesi Tenggara", "Kabupaten Konawe Selatan", 20, "market",
  "sapi potong 20 ekor siap jual utk Idul Adha, bobot 250-350 kg. cari pedagang / RPH")
O("cattle:market", "market", "buyer", "Pedagang dan RPH beli sapi potong hidup", ["Kota Kendari", "Kabupaten Konawe Selatan"])
O("cattle:x-kambing", "market", "buyer", "Beli kambing kurban", ["Sulawesi Tenggara"])

N("chicken:joper", "Kelompok Ternak Ayam Mekar Mandiri", "Jawa Barat", "Kabupaten Tasikmalaya", 15, "training",
  "DOC ayam kampung super (joper) byk mati minggu 1-2, pemanas seadanya. perlu pelatihan")
O("chicken:joper", "training", "trainer", "Pemeliharaan Ayam Kampung Super (Joper) Fase Starter dan Brooding", ["Jawa Barat"])
O("chicken:x-broiler", "training", "trainer", "Broiler Closed House Management", ["Jawa Barat"])

N("chicken:market", "Kelompok Peternak Ayam Kampung Cibaliung", "Banten", "Kabupaten Pandeglang", 18, "market",
  "ayam kampung hidup umur 2,5 bln, 500 ekor/bln, bakul cuma ambil 100. cari RM / pengepul")
O("chicken:market", "market", "buyer", "Rumah makan ayam kampung cari ayam kampung hidup rutin", ["Banten"])
O("chicken:market", "market", "buyer", "Native chicken live birds wanted, 300+ a month", ["Banten", "DKI Jakarta"])
O("chicken:x-broiler", "market", "buyer", "RPA beli ayam broiler hidup", ["Banten"])

N("lele:health", "Pokdakan Iwak Sehat", "Kalimantan Selatan", "Kabupaten Banjar", 15, "training",
  "iwak lele ulun banyak nang mati, kulit bercak putih & parut kembung. handak belajar mengatasi penyakit")
O("lele:health", "training", "trainer", "Klinik Kesehatan Ikan Lele: Bercak Putih dan Kembung", ["Kalimantan Selatan"])
O("lele:x-benih", "training", "trainer", "Pembenihan Lele Sistem Corong", ["Kalimantan Selatan"])

N("lele:market", "Pokdakan Lele Sakato", "Riau", "Kabupaten Siak", 16, "market",
  "lele konsumsi ukuran 7-8 ekor/kg, 1 ton/mgg. cari pengepul yg jemput ke kolam")
O("lele:market", "market", "buyer", "Pengepul lele konsumsi 7-9 ekor/kg, jemput kolam", ["Riau"])
O("lele:x-patin", "market", "buyer", "Beli ikan patin segar", ["Riau"])

N("nila:kja", "Kelompok Pembudidaya Ikan Tondano Lestari", "Sulawesi Utara", "Kabupaten Minahasa", 20, "training",
  "ikan nila di KJA danau mati massal tiap musim angin (air naik / umbalan). torang perlu pelatihan")
O("nila:kja", "training", "trainer", "Manajemen KJA Nila: Mencegah Kematian Massal saat Umbalan", ["Sulawesi Utara"])
O("nila:kja", "training", "programme", "Tilapia cage farming: oxygen and turnover risk", ["Sulawesi Utara", "Gorontalo"], status="withdrawn")
O("nila:x-mas", "training", "trainer", "Budidaya Ikan Mas di KJA", ["Sulawesi Utara"])

N("nila:market", "Kelompok KJA Jatiluhur Mandiri", "Jawa Barat", "Kabupaten Purwakarta", 22, "market",
  "nila merah 500 kg/mgg ukuran 3-4 ekor/kg, cari pembeli tetap")
O("nila:market", "market", "buyer", "Beli ikan nila merah hidup untuk pemancingan dan rumah makan", ["Jawa Barat"])
O("nila:market", "market", "buyer", "Red tilapia buyer, live, for Jakarta restaurants", ["Kabupaten Purwakarta", "Kabupaten Karawang", "DKI Jakarta"])
O("nila:x-mas", "market", "buyer", "Beli ikan mas hidup", ["Jawa Barat"])

N("seaweed:iceice", "Kelompok Pembudidaya Rumput Laut Wangi-wangi", "Sulawesi Tenggara", "Kabupaten Wakatobi", 20, "training",
  "rumput laut putih2 & patah (ice-ice) pas musim panas, panen gagal separo. perlu pelatihan")
O("seaweed:iceice", "training", "trainer", "Penanganan Penyakit Ice-Ice pada Rumput Laut", ["Sulawesi Tenggara"])
O("seaweed:x-dodol", "training", "trainer", "Pengolahan Dodol dan Stik Rumput Laut", ["Sulawesi Tenggara"])

N("seaweed:market", "Kelompok Pembudidaya Rumput Laut Oenale", "Nusa Tenggara Timur", "Kabupaten Rote Ndao", 25, "market",
  "katong pu rumput laut kering (cottonii) 10 ton, sonde tau jual ke mana selain tengkulak")
O("seaweed:market", "market", "buyer", "Dried cottonii (Kappaphycus) buyer, 35% moisture, containers", [])
O("seaweed:market", "market", "buyer", "Tampung rumput laut E. cottonii kering", ["Nusa Tenggara Timur"])
O("seaweed:market", "market", "buyer", "Beli rumput laut cottonii kering, kontrak tahunan", ["Nusa Tenggara Timur"], status="closed")
O("seaweed:x-gracilaria", "market", "buyer", "Beli rumput laut Gracilaria untuk agar-agar", ["Nusa Tenggara Timur"])

N("tofu:awet", "Kelompok Perajin Tahu Plaju", "Sumatera Selatan", "Kota Palembang", 12, "training",
  "tahu kami cepat asam & berlendir, sehari sdh bau. dak tau caro biar awet tanpa formalin")
O("tofu:awet", "training", "trainer", "Pembuatan Tahu Higienis dan Tahan Lama tanpa Pengawet Berbahaya", ["Sumatera Selatan"])
O("tofu:awet", "training", "programme", "Tofu making workshop: hygiene and shelf life", [])
O("tofu:awet", "training", "trainer", "Pelatihan Tahu Sehat untuk Perajin", ["Kabupaten Ogan Ilir", "Kabupaten Banyuasin"])
O("tofu:x-susukedelai", "training", "trainer", "Pelatihan Susu Kedelai", ["Sumatera Selatan"])

N("tempeh:market", "Kelompok Perajin Tempe Sanan Rejo", "Jawa Timur", "Kota Malang", 20, "market",
  "tempe bungkus daun 400 papan/hari, cari dapur MBG / katering yg ambil rutin")
O("tempeh:market", "market", "buyer", "Dapur SPPG (MBG) cari pemasok tempe harian", ["Kota Malang", "Kota Batu"])
O("tempeh:market", "market", "buyer", "Katering cari tempe segar rutin", ["Kabupaten Malang"])
O("tempeh:x-keripik", "market", "buyer", "Beli keripik tempe", ["Jawa Timur"])

N("chips:sanjai", "Kelompok Usaha Karupuak Sanjai Bukik", "Sumatera Barat", "Kota Bukittinggi", 12, "market",
  "awak ado karupuak sanjai balado 300 kg/bln. sia nan ka mambali untuak toko oleh2?")
O("chips:sanjai", "market", "buyer", "Toko oleh-oleh beli keripik singkong balado (sanjai)", ["Sumatera Barat"])
O("chips:x-singkong", "market", "buyer", "Beli singkong segar untuk tapioka", ["Sumatera Barat"])

N("sew:seragam", "Kelompok Penjahit Mama Sentani", "Papua", "Kabupaten Jayapura", 12, "market",
  "mama2 penjahit (12 org, mesin 10) bisa terima order seragam sekolah & PKK. cari yg kasih order")
O("sew:seragam", "market", "buyer", "Koperasi sekolah cari penjahit seragam (maklun)", ["Papua"])
O("sew:x-batik", "market", "buyer", "Beli kain batik motif Papua", ["Papua"])

N("sew:kebaya", "Kelompok Penjahit Sekar Jagat", "Bali", "Kabupaten Tabanan", 15, "training",
  "ibu2 sdh bisa jahit baju biasa, permintaan kebaya brokat utk upacara tinggi. mau kursus kebaya")
O("sew:kebaya", "training", "trainer", "Kursus Menjahit Kebaya Modern dan Brokat", ["Bali"])
O("sew:x-dasar", "training", "trainer", "Kursus Menjahit Pakaian Dasar", ["Bali"])

N("weave:lurik", "Kelompok Tenun Lurik Sumber Rejeki", "Jawa Tengah", "Kabupaten Klaten", 10, "training",
  "ATBM 10 unit warisan, penenun tinggal simbah2. pemuda mau blajar tenun lurik")
O("weave:lurik", "training", "trainer", "Pelatihan Tenun Lurik dengan ATBM", ["Jawa Tengah"])
O("weave:x-batik", "training", "trainer", "Pelatihan Batik Tulis", ["Jawa Tengah"])

N("weave:ikat", "Kelompok Tenun Ikat Watublapi", "Nusa Tenggara Timur", "Kabupaten Sikka", 30, "market",
  "sarung tenun ikat pewarna alam 60 lembar/bln, tamu turis makin sedikit. cari pembeli tetap")
O("weave:ikat", "market", "buyer", "Buying handwoven natural-dye ikat from Flores", ["Nusa Tenggara Timur"])
O("weave:ikat", "market", "buyer", "Galeri tenun beli sarung ikat NTT", [])

N("money:kreditmacet", "Kelompok Simpan Pinjam Perempuan Sebatik", "Kalimantan Utara", "Kabupaten Nunukan", 40, "training",
  "SPP ibu2 modal 60 jt, 30% pinjaman macet. perlu pelatihan kelola pinjaman & penagihan")
O("money:kreditmacet", "training", "trainer", "Pengelolaan Kelompok Simpan Pinjam: Mencegah dan Menangani Kredit Macet", ["Kalimantan Utara"])
O("money:x-koperasi", "training", "trainer", "Pembentukan Koperasi Berbadan Hukum", ["Kalimantan Utara"])

N("money:pembukuan", "Kelompok Usaha Bersama Tabot Indah", "Bengkulu", "Kota Bengkulu", 15, "training",
  "usaha kue & kerupuk kelompok sdh jalan 2 thn, tp ga tau untung atau rugi. perlu pelatihan pembukuan")
O("money:pembukuan", "training", "trainer", "Kelas Pembukuan Sederhana dan Laporan Laba Rugi untuk Kelompok Usaha", ["Bengkulu"])
O("money:pembukuan", "training", "programme", "Simple bookkeeping for community enterprises", [])
O("money:x-siskeudes", "training", "trainer", "Pelatihan Siskeudes", ["Bengkulu"])

N("perm:pirt", "Kelompok Olahan Pangan Seberang Kota", "Jambi", "Kota Jambi", 14, "training",
  "kue & keripik kelompok mau masuk minimarket, diminta PIRT. blm ikut penyuluhan keamanan pangan")
O("perm:pirt", "training", "programme", "Penyuluhan Keamanan Pangan (PKP) dan Pendampingan SPP-IRT", ["Jambi"])
O("perm:halal", "training", "programme", "Pendampingan Sertifikasi Halal Self Declare", ["Jambi"])
O("perm:x-keripik", "training", "trainer", "Pelatihan Aneka Keripik", ["Jambi"])

N("perm:halal", "Kelompok UMK Deli Berkah", "Sumatera Utara", "Kabupaten Deli Serdang", 10, "training",
  "10 UMK (kue, keripik, bumbu) butuh sertifikat halal, mau ikut pendampingan self declare")
O("perm:halal", "training", "programme", "Pendampingan Proses Produk Halal (PPH) Self Declare", ["Sumatera Utara"])
O("perm:x-juleha", "training", "trainer", "Pelatihan Juru Sembelih Halal", ["Sumatera Utara"])
O("perm:pirt", "training", "programme", "Pendampingan SPP-IRT", ["Sumatera Utara"])

N("dig:wa", "Kelompok Perempuan Tenun Sarung Samarinda", "Kalimantan Timur", "Kota Samarinda", 20, "training",
  "Women weavers sell through WhatsApp but answer every chat by hand. They want to learn the WhatsApp Business catalogue and auto-replies")
O("dig:wa", "training", "trainer", "Kelas WhatsApp Business: Katalog dan Balasan Otomatis", ["Kalimantan Timur"])
O("dig:wa", "training", "programme", "WhatsApp Business for micro-entrepreneurs", [])
O("dig:x-tiktok", "training", "trainer", "Kelas Live Jualan di TikTok", ["Kalimantan Timur"])

N("tour:homestay", "Pokdarwis Pantai Dodola", "Maluku Utara", "Kabupaten Pulau Morotai", 16, "training",
  "warga buka kamar utk tamu, tp kamar mandi & sarapan seadanya, tamu komplain. perlu pelatihan homestay")
O("tour:homestay", "training", "trainer", "Pelatihan Pengelolaan Homestay: Kamar, Sarapan dan Pelayanan", ["Maluku Utara"])
O("tour:x-guide", "training", "trainer", "Pelatihan Pemandu Wisata Lokal", ["Maluku Utara"])

N("trade:motor", "Kelompok Pemuda Kampung Bumi Wonorejo", "Papua Tengah", "Kabupaten Nabire", 18, "training",
  "anak2 muda mo blajar servis motor matic, bengkel di kampung tra ada")
O("trade:motor", "training", "trainer", "Kursus Servis Sepeda Motor Matic (CVT dan Injeksi)", ["Papua Tengah"])
O("trade:x-tempel", "training", "trainer", "Servis Mesin Tempel (Outboard)", ["Papua Tengah"])

N("trade:hp", "Remaja Masjid Al-Falah Tondo", "Sulawesi Tengah", "Kota Palu", 20, "training",
  "pemuda mo blajar servis HP (ganti LCD, port cas), kami ba cari pelatihan")
O("trade:hp", "training", "trainer", "Kursus Teknisi Handphone: Ganti LCD dan Port Charger", ["Sulawesi Tengah"])
O("trade:hp", "training", "programme", "Smartphone repair course for youth", ["Sulawesi Tengah", "Sulawesi Barat"])
O("trade:hp", "training", "trainer", "Kursus Servis HP Android", ["Sulawesi Tengah"], status="closed")
O("trade:x-elektronik", "training", "trainer", "Kursus Servis Elektronik (TV, Rice Cooker, Kipas)", ["Sulawesi Tengah"])

N("craft:lampit", "Kelompok Perajin Lampit Rotan Amuntai", "Kalimantan Selatan", "Kabupaten Hulu Sungai Utara", 25, "market",
  "lampit rotan 100 lembar/bln, pengumpul lama bangkrut. ulun handak manjual langsung")
O("craft:lampit", "market", "buyer", "Beli lampit rotan (tikar rotan) Amuntai", ["Kalimantan Selatan"])
O("craft:lampit", "market", "buyer", "Rattan mat (lampit) buyer for export to Japan", [])
O("craft:lampit", "market", "buyer", "Pengepul lampit rotan", ["Kabupaten Hulu Sungai Tengah"])
O("craft:x-rotan", "market", "buyer", "Beli rotan mentah (batang asalan)", ["Kalimantan Selatan"])

N("craft:tusuksate", "Kelompok Perajin Bambu Panjalu", "Jawa Barat", "Kabupaten Ciamis", 20, "market",
  "tusuk sate bambu 2 ton/bln, hoyong ngical langsung ka distributor")
O("craft:tusuksate", "market", "buyer", "Distributor beli tusuk sate dan tusuk gigi bambu", ["Jawa Barat"])
O("craft:x-bambu", "market", "buyer", "Beli bambu bulat untuk konstruksi", ["Jawa Barat"])

N("sugar:aren", "Kelompok Perajin Gula Aren Mamasa", "Sulawesi Barat", "Kabupaten Mamasa", 22, "market",
  "gula aren cetak 1 ton/bln, cari pembeli tetap")
O("sugar:aren", "market", "buyer", "Beli gula aren cetak untuk industri kecap dan kue", ["Sulawesi Barat", "Sulawesi Selatan"])
O("sugar:x-semut", "market", "buyer", "Beli gula semut kelapa organik", ["Sulawesi Barat"])

N("fish:bandeng", "Kelompok Pengolah Bandeng Tambak Sari", "Jawa Timur", "Kabupaten Sidoarjo", 15, "training",
  "bandeng duri lunak (presto) kami sering hancur & durinya msh keras. perlu pelatihan")
O("fish:bandeng", "training", "trainer", "Pelatihan Bandeng Presto Duri Lunak", ["Jawa Timur"])
O("fish:x-bandengasap", "training", "trainer", "Pelatihan Bandeng Asap", ["Jawa Timur"])

N("pack:label", "Kelompok UMKM Srikandi Prabumulih", "Sumatera Selatan", "Kota Prabumulih", 15, "training",
  "produk kerupuk & kemplang msh pakai plastik biasa + stiker fotokopi. perlu pelatihan desain kemasan & label")
O("pack:label", "training", "trainer", "Pelatihan Desain Kemasan dan Label Produk Pangan", ["Sumatera Selatan"])
O("pack:label", "training", "programme", "Packaging and label design clinic for food SMEs", ["Sumatera Selatan"], status="closed")
O("pack:x-foto", "training", "trainer", "Foto Produk dengan HP", ["Sumatera Selatan"])

# ---------- second needs of five groups (resources) and a few more offers ----------
N("sew:mesin", "Kelompok Penjahit Mama Sentani", "Papua", "Kabupaten Jayapura", 12, "resource",
  "mesin jahit tambahan 5 unit — yg lama 3 su rusak, order seragam tra bisa kejar",
  "mama2 pake mesin jahit hitam injak. kalo dapat mesin portable listrik lebih cepat. listrik di kampung su ada.")
O("sew:mesin", "resource", "programme", "Hibah mesin jahit untuk kelompok perempuan", ["Papua", "Papua Barat"])
O("sew:mesin", "resource", "supplier", "Sewing machines on instalments for women's groups, delivered", [])

N("urban:paket", "PKK RW 07 Cipinang Besar", "DKI Jakarta", "Kota Administrasi Jakarta Timur", 30, "resource",
  "utk budikdamber: perlu paket ember + benih lele + bibit kangkung, 30 set")
O("urban:paket", "resource", "supplier", "Paket Starter Budikdamber: Ember 80 L, Benih Lele dan Bibit Kangkung", ["DKI Jakarta", "Banten"])

N("maize:pemipil", "Kelompok Tani Nggaro Ncera", "Nusa Tenggara Barat", "Kabupaten Dompu", 40, "resource",
  "jagung msh dipipil tangan & pake kayu, 50 ton lama bgt. butuh mesin pemipil jagung (corn sheller)")
O("maize:pemipil", "resource", "programme", "Bantuan alsintan: mesin pemipil jagung untuk kelompok tani", ["Nusa Tenggara Barat"])
O("maize:x-thresher", "resource", "supplier", "Power thresher padi (perontok), mesin bensin", ["Nusa Tenggara Barat"])

N("mine:alat", "Kelompok Penambang Rakyat Tobongon", "Sulawesi Utara", "Kabupaten Bolaang Mongondow", 35, "resource",
  "Field note 2: to stop using the tromols the group needs gravity equipment (sluice boxes, a shaking table)")
O("mine:alat", "resource", "supplier", "Shaking table and sluice box sets for mercury-free gold recovery", [])
O("mine:x-tromol", "resource", "supplier", "Jual tromol (gelundung) dan mesin giling batu", ["Sulawesi Utara"])

N("herb:oven", "KWT Sehat Lestari Tulakan", "Jawa Timur", "Kabupaten Pacitan", 25, "resource",
  "sambiloto msh dijemur di terpal, musim hujan jamuran & ditolak pembeli. butuh oven / rak pengering simplisia")
O("herb:oven", "resource", "supplier", "Oven pengering simplisia (gas), kapasitas 50 kg basah", ["Jawa Timur"])
O("herb:x-perajang", "resource", "supplier", "Mesin perajang rimpang dan daun", ["Jawa Timur"])

O("rel:peci", "market", "buyer", "Online Muslim-wear store buying velvet peci wholesale", [])
O("tour:lifeguard", "training", "programme", "Sertifikasi Pengawas Pantai untuk Pokdarwis", ["Kabupaten Pangandaran", "Kabupaten Ciamis"])
O("weave:ikat", "market", "buyer", "Fair-trade shop sourcing NTT ikat sarongs", [])

# ---------- what the pendamping added after the visits: details, and eight long notes with vague titles ----------
EXTRA = {
 "bee:propolis": ("catatan kunjungan KTH Kelulut Rimba, Embaloh",
   "14/10, 12 anggota hadir. Stup kelulut 80 di pinggir kebun karet, panen madu 2 mgg sekali, sdh ada pembeli madu di Putussibau. "
   "Kendala jalan: kayu stup lapuk, 6 koloni kabur musim hujan. Ketua tanya soal propolis: selama ini propolis dibuang waktu panen, "
   "mereka dengar mahal — minta pelatihan cara ambil & ekstrak propolis. Lain2: usul iuran kas 5rb/bln disepakati."),
 "fishby:tulang": ("kunjungan KUB Sido Makmur, Rembang",
   "KUB 12 org, olah fillet kakap & tenggiri utk restoran Semarang, ± 300 kg ikan/hari. Freezer 2 unit, 1 rusak. Limbah: kepala, tulang & duri "
   "dibuang ke laut, nelayan protes bau. Bu ketua pernah lihat di TV tepung tulang ikan utk campuran kerupuk & kue — kelompok ingin dilatih "
   "bikin tepung tulang ikan (kalsium). PIRT fillet sdh ada."),
 "mine:timah": ("hasil kunjungan KTH Bukit Gadung (20 org)",
   "Lahan desa 15 ha bekas TI (tambang inkonvensional): kolong 3, sisanya pasir tailing putih, siang panas sekali. Sebagian anggota dulu "
   "penambang, skrg nganggur / nyadap karet. Pemdes dukung asal ada rencana. Kelompok minta pelatihan revegetasi lahan bekas tambang "
   "timah (tanaman apa, cara perbaiki tanah). Kolong mau dipakai ikan nanti, bukan sekarang."),
 "rel:wakaf": ("notulen rapat takmir Al-Ikhlas",
   "Rapat 9 pengurus. Kas masjid cukup utk listrik & marbot. Renovasi tempat wudhu selesai Desember. Tanah wakaf sawah 2 ha dr alm. H. Umar "
   "nganggur sejak 2022, ada yg usul disewakan. Ternyata nazhir blm terdaftar & akta ikrar wakaf blm diurus; pengurus minta pelatihan nazhir "
   "supaya wakaf bisa dikelola produktif & sah. TPA jalan, 45 santri."),
 "goat:kidding": ("laporan kunjungan kandang Sido Mulyo",
   "20 anggota, 140 ekor kambing kacang & PE, kandang panggung sdh bersih. Pakan rumput + daun lamtoro cukup. Masalah utama: cempe byk "
   "mati umur kurang seminggu (8 dr 30 kelahiran bulan lalu), induk ga keluar susu & ada yg ga mau nyusui. Minta pelatihan manajemen "
   "kelahiran & perawatan cempe. Rencana jual utk aqiqah tetap jalan."),
 "craft:tembaga": ("Visit to the Tumang copper village, 3 Nov",
   "25 smiths in 6 workshops; hammering, soldering and patina all done in the village, good quality. Charcoal and copper sheet prices up 30%. "
   "The exporter who took most of the sinks and hanging lamps left in 2024, so orders fell by half; they ask for help finding new buyers or "
   "exporters. Two young members already post on Instagram. Workshop safety: no masks when polishing."),
 "cattle:pakan": ("kunjungan kelompok Nekmese, musim kering",
   "25 peternak, 110 ekor sapi Bali dilepas di padang, bbrp diikat di kebun. Embung kering sejak Agustus, air diangkut dr kali. Sapi kurus, "
   "2 mati bulan lalu. Jerami padi & batang jagung byk tp dibakar. Katong usul pelatihan amoniasi jerami & pakan cadangan musim kemarau. "
   "Vaksinasi sdh dr dinas."),
 "crop:kecombrang": ("kunjungan KWT Sidamanik",
   "15 ibu, kebun teh rakyat di sela2 ditanami kecombrang (sikala / rias) ± 2 ha. Panen bunga 100 kg/mgg, toke cuma ambil 20 kg, "
   "sisanya busuk. Minta dicarikan pembeli bunga kecombrang segar (restoran Medan, pengepul). Arisan & simpan pinjam jalan, kas 8 jt."),
 "rice:gabah": (None, "80 anggota, 4 kelompok tani. Gudang desa muat 20 ton. Tahun lalu jual ke pa'belli di sawah, harga di bawah HPP."),
 "maize:pipil": (None, "Gudang desa dr dana desa. Jagung hibrida, dijemur di lantai jemur & terpal. Truk bisa masuk sampai desa."),
 "chilli:merah": (None, "30 petani di dataran tinggi Gayo, cabe ditanam setelah kopi. Jalan ke Bireuen 3 jam, ke Medan 10 jam."),
 "shallot:moler": (None, "35 anggota, lahan 20 ha. Musim hujan lalu kerugian ± 40%. Sudah semprot fungisida berkali2 tapi tetap moler."),
 "coffee:petikmerah": (None, "40 petani robusta, kebun 1-2 ha per org, rata2 800 kg ose/ha. Lantai jemur ada, para-para blm."),
 "cocoa:fermentasi": (None, "Pembeli di desa bayar sama antara fermentasi & asalan, tp pabrik di Makassar beda 5rb. Kotak fermentasi blm ada."),
 "lele:health": (None, "15 kolam terpal, padat tebar 500 ekor/m3, air dr sumur bor. Kematian 20-30 ekor/hari sejak 2 mgg."),
 "nila:kja": (None, "20 pembudidaya, 60 petak KJA. Tiap Juli-Agustus ikan megap2 di permukaan lalu mati; rugi 3 ton tahun lalu."),
 "seaweed:iceice": (None, "Metode tali panjang (longline), bibit dr panen sendiri. Suhu air naik & air tenang waktu ice-ice muncul."),
 "tofu:awet": (None, "12 perajin, masing2 ± 50 kg kedelai/hari. Air dr sumur dangkal. Jual di pasar pagi, sisa sore dibuang."),
 "tempeh:market": (None, "20 perajin, kedelai 400 kg/hari. Pembungkus daun pisang & plastik. Bisa antar sebelum jam 5 pagi."),
 "goat:bergulir": (None, "Kandang kelompok bisa dibangun swadaya di tanah desa. Rumput gajah sdh ditanam 0,5 ha."),
 "money:kreditmacet": (None, "40 anggota, pinjaman 1-3 jt, jasa 1%/bln. Tidak ada aturan tertulis soal tunggakan, pengurus sungkan menagih."),
 "money:pembukuan": (None, "15 ibu, omzet ± 6 jt/bln. Semua uang masuk-keluar dicatat di satu buku tulis bercampur uang pribadi."),
 "perm:pirt": (None, "14 anggota, dapur bersama di rumah ketua. Minimarket di kota minta nomor PIRT & label."),
 "perm:halal": (None, "Kelompok binaan dinas koperasi; semua produk bahan nabati, blm ada yg punya sertifikat."),
 "chicken:joper": (None, "15 peternak, 200-500 DOC per siklus. Pemanas lampu pijar, kandang terbuka, angin malam kencang."),
 "weave:lurik": (None, "ATBM warisan koperasi lama, 10 unit msh bisa dipakai. 8 pemuda berminat, simbah2 siap bantu."),
 "sew:kebaya": (None, "15 ibu, 8 mesin jahit. Order kebaya sekarang dilempar ke penjahit di Denpasar."),
 "trade:motor": (None, "18 pemuda putus sekolah, bengkel terdekat 25 km. Tokoh kampung siap pinjamkan ruang."),
 "trade:hp": (None, "20 remaja masjid, 6 sdh punya obeng set. Toko HP di Palu mau terima magang kalau sdh dasar."),
 "dig:wa": ("Tenun sarung Samarinda: orders come by WhatsApp, answered one by one",
   "20 weavers on ATBM looms, selling silk sarongs. All orders come through personal WhatsApp and are answered one by one; catalogue photos "
   "resent every time. They want to learn WhatsApp Business (catalogue, labels, auto-replies)."),
 "warung:grosir": (None, "20 mama pemilik warung kecil, belanja 2 mgg sekali. Jalan darat blm ada, speedboat 150rb pp."),
 "waste:sachet": (None, "18 ibu, 3 sdh bisa anyam tali kur. TPS dekat pasar, pemulung cuma ambil botol & kardus."),
 "waste:pirolisis": (None, "40 nasabah aktif, 2 ton sampah anorganik/bln; 40% plastik kresek & multilayer ditumpuk di gudang."),
 "tour:lifeguard": (None, "24 pemuda, 10 bisa berenang di laut. Pos jaga ada, tanpa alat. Ramai tiap libur sekolah & tahun baru."),
 "tour:gua": (None, "30 anggota, 12 pemandu. Alat caving pinjam dr mapala. Asuransi tamu blm ada."),
 "health:doppler": (None, "9 bidan di polindes / poskesdes, melayani ± 400 ibu hamil/thn. Ada dana desa utk alat kesehatan."),
 "health:sadari": (None, "20 kader PKK aktif, posyandu 5. Puskesmas jauh, ibu2 malu periksa."),
 "art:mural": (None, "20 pemuda, 3 bisa gambar. Kelurahan siap bantu cat dasar."),
 "art:gitar": (None, "16 perajin, 2-3 gitar/hari per bengkel, jual ke toko musik di Solo & online."),
 "food:brem": (None, "15 ibu, beras ketan 50 kg/minggu. Ragi beli di pasar, cetakan kayu."),
 "food:koro": (None, "30 petani, koro ditanam tumpang sari dengan tembakau. Biji sdh kering, disimpan di karung."),
 "crop:gumitir": (None, "22 petani, lahan 12 ha. Panen raya menjelang Galungan, habis itu harga turun."),
 "crop:sereh": (None, "20 ibu, tanam di pematang & pekarangan. Bisa diikat 1 kg per ikat."),
 "coast:cemara": (None, "25 petani lahan pasir pantai, tanam cabai & melon. Pemdes sediakan lahan sempadan 3 km."),
 "cold:milk": (None, "40 peternak, 150 ekor sapi perah, ± 1.200 liter/hari. Susu diangkut pakai milk can di motor."),
 "water:broncap": (None, "45 KK. Debit mata air cukup di musim kemarau. Masyarakat siap kerja bakti & iuran pipa."),
 "sew:seragam": (None, "Mesin 10 (hitam injak & 2 portable). Sdh pernah jahit seragam PKK distrik 80 stel."),
 "craft:lampit": (None, "25 perajin, rotan dr Kalteng. Lampit ukuran 2x3 m, harga jual 450rb di pengumpul lama."),
 "fish:bandeng": (None, "15 ibu istri petambak, presto pakai panci biasa 2 unit."),
 "pack:label": (None, "15 UMKM kerupuk & kemplang, jual ke warung & oleh2. Sdh punya PIRT."),
}

# ---------- offer descriptions, eight vague titles, tags (what providers wrote) ----------
OFFER_EDIT = {
 "Beli getah jelutung (Dyera) untuk industri permen karet": ("Kemitraan hasil hutan bukan kayu, Kalimantan",
   "Kami membeli getah jelutung (Dyera) dari kelompok tani hutan untuk industri permen karet; harga sesuai kadar air, jemput di desa."),
 "Hibah Milk Cooling Unit (MCU) 500 L untuk kelompok peternak": ("Program Penguatan Peternak Sapi Perah Jawa Barat",
   "Hibah alat pendingin susu (milk cooling unit 500 L) untuk kelompok peternak yang jauh dari koperasi, dengan pelatihan operator."),
 "Pelatihan Konstruksi Penangkap Mata Air (Broncaptering) dan Perpipaan Gravitasi": ("Program Air Bersih Perdesaan Timor",
   "Melatih tukang desa membangun bak penangkap mata air (broncaptering) dan jaringan pipa gravitasi sampai ke kampung."),
 "Literasi Keuangan Keluarga Pekerja Migran: Mengelola Uang Kiriman": ("Program Keluarga Tangguh",
   "Kelas untuk keluarga pekerja migran: mengatur uang kiriman (remitansi), menabung, dan memulai usaha kecil di kampung."),
 "Beli kacang bogor (polong dan biji) untuk direbus": ("Pabrik makanan ringan cari bahan baku lokal",
   "Kami membutuhkan kacang bogor (polong basah dan biji kering) untuk kacang rebus kemasan; kontrak per musim."),
 "Pelatihan Penanaman Cemara Laut sebagai Sabuk Hijau Pantai": ("Program Pesisir Tangguh",
   "Pelatihan kelompok pesisir menanam cemara laut (Casuarina) sebagai sabuk hijau penahan angin dan pasir, termasuk persemaian."),
 "Pengelolaan Kelompok Simpan Pinjam: Mencegah dan Menangani Kredit Macet": ("Klinik Kelompok Perempuan",
   "Pendampingan kelompok simpan pinjam perempuan: aturan pinjaman, penagihan, dan menangani kredit macet."),
 "Pendampingan Kebun Sekolah untuk Guru SD/MI": ("Program Sekolah Sehat",
   "Pendampingan guru SD/MI membuat dan mengelola kebun sekolah untuk pelajaran IPA dan kantin sehat, satu semester."),
 "Beli lilin lebah (malam tawon) mentah untuk batik dan kosmetik": (None, "Lilin lebah kasar / bongkahan, bersih dari kotoran. Harga per kg sesuai warna."),
 "Tampung simplisia sambiloto kering (daun & batang), kadar air < 10%": (None, "Untuk IKM jamu di Sukoharjo dan Pacitan. Kemasan karung, minimal 100 kg."),
 "Beli buah mengkudu (pace) matang untuk jus": (None, "Buah matang kekuningan, tidak busuk. Jemput di desa untuk 500 kg ke atas."),
 "Pelatihan Budikdamber: Budidaya Ikan dalam Ember": (None, "Lele dan kangkung dalam ember 80 L, cocok untuk gang sempit. Praktik 1 hari."),
 "Mesin Pirolisis Plastik menjadi Bahan Bakar Cair, kapasitas 10 kg/proses": (None, "Untuk plastik PP, PE dan kresek; hasil minyak setara minyak tanah. Garansi 1 tahun."),
 "Kelas Anyaman Tas dari Bungkus Kopi Sachet": (None, "Melipat dan menganyam bungkus sachet menjadi tas, dompet dan tatakan."),
 "Pelatihan Kerajinan Ban Bekas: Pot, Kursi dan Tempat Sampah": (None, "Memotong, membalik dan mengecat ban bekas; 3 hari praktik."),
 "Beli kepala & kulit udang kering untuk pakan dan kitosan": (None, "Kering jemur, tidak berjamur. Minimal 500 kg per kirim."),
 "Pelatihan Tepung Tulang Ikan untuk Pangan Tinggi Kalsium": (None, "Presto, pengeringan, penggilingan dan pengayakan tulang ikan menjadi tepung untuk campuran kerupuk dan kue."),
 "Pembuatan Pupuk Organik Cair (POC) dari Limbah Ikan": (None, "Fermentasi isi perut dan kepala ikan dengan molase dan EM4."),
 "Peternak sapi ambil ampas tahu rutin, jemput sendiri": (None, "Kelompok penggemukan 200 ekor, butuh ampas tahu setiap hari."),
 "Vaccine carrier dan cool pack untuk posyandu terpencil": (None, "Vaccine carrier standar, 4 cool pack, termometer. Untuk posyandu yang jauh dari puskesmas."),
 "Kredit Mobil Box Berpendingin untuk Gapoktan": (None, "Pembiayaan mobil box berpendingin untuk kelompok tani sayur, angsuran 4 tahun."),
 "Pelatihan Aplikasi Kasir dan Stok untuk Warung (Android)": (None, "Mencatat penjualan, stok dan utang pelanggan di HP; aplikasi gratis."),
 "Grosir sembako antar ke warung desa, bayar tempo 2 minggu": (None, "Beras, minyak, gula, mi instan, sabun. Kirim dengan kapal motor ke desa pesisir."),
 "Kursus Servis Jam Tangan Analog dan Digital": (None, "Ganti baterai, tali, kaca, membersihkan mesin. Bisa untuk peserta difabel."),
 "Pelatihan Terapi Wicara Dasar untuk Orang Tua": (None, "Latihan bicara dan bahasa di rumah untuk anak terlambat bicara, oleh terapis wicara."),
 "Kursus Servis Mesin Jahit Industri dan Portable": (None, "Setel timing, ganti sepatu, hook dan motor. Mesin high speed dan portable."),
 "Kursus Operator Mesin Bubut Dasar": (None, "Membubut as, puli dan bos untuk bengkel alsintan."),
 "Diklat Penyelamat Pantai (Balawista) Bersertifikat": (None, "Renang penyelamatan, rescue tube, P3K dan RJP; sertifikat balawista."),
 "Pelatihan Pemandu Kayak dan Stand Up Paddle (SUP)": (None, "Teknik dayung, keselamatan, membaca arus, perawatan perahu."),
 "Pelatihan Pemandu Susur Gua (Caving) dan Teknik SRT": (None, "Single rope technique, keselamatan gua, etika konservasi karst."),
 "Pendampingan Sertifikasi CHSE untuk Usaha Pariwisata": (None, "Cleanliness, Health, Safety and Environment untuk homestay, rumah makan dan penyewaan."),
 "Pelatihan Pengolahan Emas Tanpa Merkuri (Konsentrasi Gravitasi)": (None, "Sluice, meja goyang dan pelindian aman untuk penambang emas skala kecil."),
 "Sekolah Lapang Revegetasi Lahan Bekas Tambang Timah": (None, "Pemilihan tanaman pionir, perbaikan tanah tailing, penanaman dan perawatan."),
 "Pelatihan Resusitasi Neonatus untuk Bidan Desa": (None, "Langkah awal, ventilasi balon-sungkup, praktik dengan manekin."),
 "Doppler janin portabel untuk bidan desa": (None, "Doppler saku dengan layar, baterai isi ulang, garansi 1 tahun."),
 "Pelatihan Kader Deteksi Dini Kanker Payudara (SADARI)": (None, "Kader belajar mengajarkan SADARI kepada ibu-ibu dan merujuk ke puskesmas."),
 "Pelatihan Pembentukan PIK Remaja dan Konselor Sebaya": (None, "Kesehatan reproduksi remaja, pendewasaan usia perkawinan, konseling sebaya."),
 "Toko perlengkapan muslim beli peci/kopiah beludru, partai": (None, "Peci beludru hitam nomor 5-9, ambil 200 pcs per minggu."),
 "Kursus Menjahit Mukena dan Bordir Tepi": (None, "Pola mukena dewasa dan anak, bordir tepi dengan mesin biasa."),
 "Pelatihan Nazhir Wakaf: Pendaftaran dan Pengelolaan Wakaf Produktif": (None, "Pendaftaran nazhir, akta ikrar wakaf, sertifikat tanah wakaf, pengelolaan sawah dan kebun wakaf."),
 "Kelas Pengasuhan bagi Kakek-Nenek Pengasuh Anak Pekerja Migran": (None, "Pengasuhan, komunikasi dengan anak dan orang tua di luar negeri, batas penggunaan gawai."),
 "Workshop Mural Kampung untuk Pemuda": (None, "Desain, skala, cat tembok dan kerja kelompok; hasil satu mural gang."),
 "Pelatihan Membuat Suling Bambu (Saluang, Suling Sunda)": (None, "Memilih bambu talang, melubangi dan menyetem nada."),
 "Pelatihan Dirigen dan Paduan Suara Gerejawi": (None, "Teknik dirigen, olah vokal, pembagian suara untuk jemaat."),
 "Exporter buying hammered copper sinks, lamps and homeware": (None, "Handmade copper and brass; samples first, then container orders."),
 "Pelatihan Teknologi Pembuatan Brem Padat dan Brem Cair": (None, "Ragi, fermentasi ketan, pemerasan sari tape, pengeringan dan pencetakan."),
 "Toko oleh-oleh ambil wedang uwuh kemasan, konsinyasi": (None, "Kemasan celup atau seduh, ada label dan PIRT."),
 "Beli sale pisang basah dan goreng untuk oleh-oleh": (None, "Sale pisang ambon, kemasan 250 g, ambil mingguan."),
 "Pelatihan Tempoyak Higienis dan Pengemasan": (None, "Fermentasi durian yang aman, garam, wadah, kemasan botol dan vakum."),
 "Pelatihan Pembuatan Bekasam Ikan yang Aman dan Higienis": (None, "Ikan sungai, garam, nasi; mencegah busuk dan terlalu asin."),
 "Kursus Membuat Bakpia dan Pia": (None, "Kulit berlapis yang lembut, isi kacang hijau, durian dan keju."),
 "Beli biji koro pedang putih kering": (None, "Untuk tempe dan tepung koro. Kadar air maks 12%."),
 "Pengepul bunga gumitir untuk canang, Pasar Badung": (None, "Ambil setiap hari di kebun, harga mengikuti pasar."),
 "Beli cabe jamu (cabe Jawa) kering": (None, "Untuk pabrik jamu di Jawa Timur dan Jawa Tengah."),
 "Beli sereh dapur segar untuk pasar induk Kramat Jati": (None, "Ikatan 1 kg, batang besar, diambil 2 kali seminggu."),
 "Beli kulit kayu masoi kering": (None, "Kulit masoi kering, dipotong, kadar minyak diuji di gudang."),
 "Pelatihan Kultur Pakan Alami Moina dan Daphnia": (None, "Kultur massal dengan kotoran ayam dan ragi, panen harian untuk larva."),
 "Sekolah Lapang Padi Gogo (Padi Ladang) dengan Varietas Unggul": (None, "Varietas Inpago, jarak tanam, pemupukan, pengendalian blas."),
 "Pabrik pakan beli jagung pipil kering, KA maks 17%": (None, "Timbang di gudang kelompok, harga sesuai kadar air."),
 "Pengendalian Ulat Grayak (Spodoptera frugiperda) pada Jagung": (None, "Pengamatan, musuh alami, pestisida nabati dan kimia sesuai anjuran."),
 "Sekolah Lapang Pengendalian Virus Kuning (Gemini) pada Cabai": (None, "Kutu kebul sebagai vektor, tanaman pembatas, mulsa, varietas tahan."),
 "Pengendalian Penyakit Moler (Fusarium) pada Bawang Merah": (None, "Trichoderma, rotasi tanaman, perlakuan umbi bibit, drainase."),
 "Pascapanen Kopi Robusta Petik Merah: Natural dan Honey": (None, "Sortasi buah merah, proses natural dan honey, penjemuran di para-para."),
 "Pelatihan Fermentasi Biji Kakao dengan Kotak Kayu": (None, "Fermentasi 5 hari, pembalikan, penjemuran, uji belah."),
 "Manajemen Kelahiran Kambing dan Pemeliharaan Cempe": (None, "Induk bunting, membantu kelahiran, kolostrum, cempe yatim."),
 "Program Kambing Bergulir untuk Kelompok Perempuan": (None, "2 induk per anggota, anak pertama digulirkan ke anggota berikutnya."),
 "Pakan Cadangan Musim Kemarau: Amoniasi Jerami dan Hay": (None, "Amoniasi dengan urea, hay, dan silase sederhana untuk sapi potong."),
 "Klinik Kesehatan Ikan Lele: Bercak Putih dan Kembung": (None, "Kualitas air, garam, probiotik, penanganan penyakit bakteri dan jamur."),
 "Penanganan Penyakit Ice-Ice pada Rumput Laut": (None, "Jarak tanam, kedalaman tali, waktu tanam, bibit sehat."),
 "Pembuatan Tahu Higienis dan Tahan Lama tanpa Pengawet Berbahaya": (None, "Sanitasi, air bersih, perebusan, penyimpanan dingin; tanpa formalin."),
 "Dapur SPPG (MBG) cari pemasok tempe harian": (None, "Tempe segar 300-500 papan per hari, kirim sebelum jam 6."),
 "Kursus Menjahit Kebaya Modern dan Brokat": (None, "Untuk penjahit yang sudah bisa menjahit baju: pola kebaya, brokat, payet."),
 "Pelatihan Tenun Lurik dengan ATBM": (None, "Menyiapkan benang lungsi, menyetel ATBM, motif lurik klasik."),
 "Kelas Pembukuan Sederhana dan Laporan Laba Rugi untuk Kelompok Usaha": (None, "Buku kas, pemisahan uang usaha dan pribadi, laba rugi bulanan."),
 "Penyuluhan Keamanan Pangan (PKP) dan Pendampingan SPP-IRT": (None, "PKP oleh dinas kesehatan, pemeriksaan sarana, nomor PIRT."),
 "Pendampingan Proses Produk Halal (PPH) Self Declare": (None, "Pendamping PPH mendaftarkan produk UMK lewat SIHALAL, gratis."),
 "Kelas WhatsApp Business: Katalog dan Balasan Otomatis": (None, "Profil usaha, katalog produk, label pelanggan, pesan salam dan balasan cepat."),
 "Pelatihan Pengelolaan Homestay: Kamar, Sarapan dan Pelayanan": (None, "Standar kamar dan kamar mandi, menu sarapan lokal, harga dan pemesanan."),
 "Kursus Servis Sepeda Motor Matic (CVT dan Injeksi)": (None, "CVT, injeksi, kelistrikan dasar, alat ukur."),
 "Kursus Teknisi Handphone: Ganti LCD dan Port Charger": (None, "Bongkar pasang, solder, ganti LCD, port dan baterai."),
 "Beli lampit rotan (tikar rotan) Amuntai": (None, "Lampit rotan ukuran 2x3 m dan 3x4 m, jalinan rapat."),
 "Distributor beli tusuk sate dan tusuk gigi bambu": (None, "Tusuk sate 20 cm, diameter 2,5-3 mm, kemasan 1 kg."),
 "Beli gula aren cetak untuk industri kecap dan kue": (None, "Gula aren batok / cetak, kering, tidak campur gula pasir."),
 "Pelatihan Bandeng Presto Duri Lunak": (None, "Presto 2 jam, bumbu, pengemasan vakum."),
 "Pelatihan Desain Kemasan dan Label Produk Pangan": (None, "Desain label dengan HP, informasi wajib label pangan, pilihan kemasan."),
 "Hibah mesin jahit untuk kelompok perempuan": (None, "Mesin jahit portable listrik, 5 unit per kelompok."),
 "Bantuan alsintan: mesin pemipil jagung untuk kelompok tani": (None, "Corn sheller bermesin diesel 2 ton/jam, untuk kelompok yang sudah terdaftar."),
 "Oven pengering simplisia (gas), kapasitas 50 kg basah": (None, "Rak 10 susun, suhu diatur 40-60 derajat, untuk daun dan rimpang."),
}
OFFER_TAGS = {"Pelatihan Panen dan Ekstraksi Propolis Lebah Kelulut (Trigona)": ["propolis", "kelulut"],
              "Beli lampit rotan (tikar rotan) Amuntai": ["rotan", "lampit"],
              "Kursus Pembuatan Gitar Akustik (Luthier): Fret, Truss Rod dan Finishing": ["luthier", "gitar"]}


# =====================================================================================
# BUILD
# =====================================================================================
def load_regions():
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    prov = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "province"}
    reg = {r["name"]: (pname[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
    by_prov = defaultdict(list)
    for r in rows:
        if r["level"] == "regency":
            by_prov[pname[r["parent_code"]]].append(r["name"])
    return prov, reg, by_prov


PROV, REG, BY_PROV = load_regions()
BIG = ["Kota Administrasi Jakarta Selatan", "Kota Surabaya", "Kota Bandung", "Kota Medan", "Kota Makassar",
       "Kota Yogyakarta", "Kota Denpasar"]


def jitter(key, lat, lon):
    h = zlib.crc32(key.encode("utf-8"))
    return round(lat + ((h % 1000) / 1000 - 0.5) * 0.08, 4), round(lon + (((h // 1000) % 1000) / 1000 - 0.5) * 0.08, 4)


def provider_seat(area, i):
    for a in area:
        if a in REG:
            return REG[a][0], a
    if area:
        p = area[0]
        kota = [r for r in BY_PROV[p] if r.startswith("Kota ")]
        return p, (kota[0] if kota else BY_PROV[p][0])
    r = BIG[i % len(BIG)]
    return REG[r][0], r


PREFIX = {"trainer": ["LPK", "Lembaga Kursus", "Pusat Pelatihan", "Sanggar", "Balai Latihan", "Klinik Usaha"],
          "programme": ["Yayasan", "Program", "Perkumpulan", "Lembaga", "Inisiatif"],
          "buyer": ["UD", "CV", "PT", "Toko", "Koperasi", "Pengepul"],
          "supplier": ["Toko", "CV", "Distributor", "PT", "Grosir"]}
WORDS = ["Sinar", "Maju", "Bersama", "Mandiri", "Jaya", "Lestari", "Harapan", "Karya", "Makmur", "Sentosa", "Abadi",
         "Mulia", "Tunas", "Bumi", "Nusa", "Cahaya", "Bina", "Mitra", "Sejahtera", "Amanah", "Berkah", "Sumber",
         "Rezeki", "Utama", "Bahari", "Samudra", "Rimba", "Pelangi", "Indah", "Kencana", "Gemilang", "Persada",
         "Sakti", "Prima", "Arta", "Wijaya", "Sehati", "Lintas", "Cipta", "Pratama"]


def build():
    titles = {o['title'] for o in OFFERS}
    for t in list(OFFER_EDIT) + list(OFFER_TAGS):
        assert t in titles, t
    for o in OFFERS:
        if o['title'] in OFFER_EDIT:
            t, d = OFFER_EDIT[o['title']]
            o['title'] = t or o['title']
            o['desc'] = d
        if o['title'] in OFFER_TAGS:
            o['tags'] = OFFER_TAGS[o['title']]
        h = zlib.crc32(o['title'].encode('utf-8'))
        if o['kind'] == 'training' and not o['cap'] and h % 4 == 0:
            o['cap'] = 15 + (h // 4) % 4 * 5
    for n in NEEDS:
        if n['label'] in EXTRA:
            t, d = EXTRA[n['label']]
            n['title'] = t or n['title']
            n['desc'] = d
    rng = random.Random(1507)
    needs, offers = list(NEEDS), list(OFFERS)
    gnames = sorted({n["gname"] for n in needs})
    rng.shuffle(gnames)
    rng.shuffle(needs)
    rng.shuffle(offers)
    groups, gref = [], {}
    for i, name in enumerate(gnames, 1):
        n = next(x for x in NEEDS if x["gname"] == name)
        assert REG[n["reg"]][0] == n["prov"], (name, n["reg"], n["prov"])
        lat, lon = jitter(name, *REG[n["reg"]][1:])
        gref[name] = f"g{i:03d}"
        groups.append({"ref": gref[name], "name": name, "province": n["prov"], "regency": n["reg"],
                       "lat": lat, "lon": lon, "members": n["members"]})
    used, providers, out_offers = set(), [], []
    for i, o in enumerate(offers, 1):
        while True:
            name = f"{rng.choice(PREFIX[o['ptype']])} {rng.choice(WORDS)} {rng.choice(WORDS)}"
            if name.split()[-1] != name.split()[-2] and name not in used:
                break
        used.add(name)
        prov, reg = provider_seat(o["area"], i)
        lat, lon = jitter(name, *REG[reg][1:])
        pref = f"p{i:03d}"
        providers.append({"ref": pref, "name": name, "type": o["ptype"], "province": prov, "regency": reg,
                          "lat": lat, "lon": lon})
        rec = {"ref": f"o{i:03d}", "provider": pref, "kind": o["kind"], "title": o["title"]}
        if o["desc"]:
            rec["description"] = o["desc"]
        if o["tags"]:
            rec["tags"] = o["tags"]
        rec["service_area"] = o["area"]
        if o["cap"]:
            rec["capacity"] = o["cap"]
        if o["status"] != "open":
            rec["status"] = o["status"]
        o["ref"] = rec["ref"]
        out_offers.append(rec)
    out_needs = []
    for i, n in enumerate(needs, 1):
        rec = {"ref": f"n{i:03d}", "group": gref[n["gname"]], "kind": n["kind"], "title": n["title"]}
        if n["desc"]:
            rec["description"] = n["desc"]
        n["ref"] = rec["ref"]
        out_needs.append(rec)
    truth = {}
    for n in needs:
        fits = []
        for o in offers:
            reach = not o["area"] or n["prov"] in o["area"] or n["reg"] in o["area"]
            ok = n["label"] in o["labels"] and o["kind"] == n["kind"] and o["status"] == "open" and reach
            if (n["label"], o["title"]) in TRUTH_ADD:
                ok = True
            if (n["label"], o["title"]) in TRUTH_DROP:
                ok = False
            if ok:
                fits.append(o["ref"])
        truth[n["ref"]] = sorted(fits)
    doc = {"groups": groups, "providers": providers, "needs": out_needs, "offers": out_offers}
    return doc, truth, needs, offers


EN = set("the and for of with from wanted buyer buying course training workshop management support programme "
         "making fruit beans dried fresh selling exporter sourcing smallholders women groups field school".split())


def is_english(title):
    ws = re.findall(r"[a-z]+", title.lower())
    return sum(w in EN for w in ws) >= 1 and not any(w in ("pelatihan", "beli", "kursus", "dan", "untuk", "kelas", "untuk") for w in ws)


def main():
    doc, truth, needs, offers = build()
    json.dump(doc, open(os.path.join(SET, "eval15-marketplace.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    open(os.path.join(SET, "eval15-marketplace.json"), "a").write("\n")
    json.dump(truth, open(os.path.join(SET, "eval15-marketplace.truth.json"), "w", encoding="utf-8"), indent=1, sort_keys=True)
    open(os.path.join(SET, "eval15-marketplace.truth.json"), "a").write("\n")
    labels_needed = {n["label"] for n in needs}
    for o in offers:
        for l in o["labels"]:
            fam, topic = l.split(":", 1)
            if not topic.startswith("x-") and l not in labels_needed:
                print("WARNING: offer label no need asks for:", l, "|", o["title"], file=sys.stderr)
    if "--review" in sys.argv:
        for n in sorted(needs, key=lambda x: x["ref"]):
            fam = n["label"].split(":")[0]
            print(f"\n{n['ref']} [{n['label']}] {n['kind']} — {n['gname']}, {n['reg']}, {n['prov']}")
            print(f"   {n['title']}")
            if n["desc"]:
                print(f"   ({n['desc']})")
            seen = set()
            for o in sorted(offers, key=lambda x: x["ref"]):
                if n["label"] in o["labels"]:
                    seen.add(o["ref"])
                    mark = "+" if o["ref"] in truth[n["ref"]] else "-"
                    print(f"   {mark} {o['ref']} {o['kind']:8} {o['status']:9} {o['title'][:70]} | {o['area'] or 'everywhere'} {o['labels']}")
            for o in sorted(offers, key=lambda x: x["ref"]):
                reach = not o["area"] or n["prov"] in o["area"] or n["reg"] in o["area"]
                if o["ref"] not in seen and o["labels"][0].split(":")[0] == fam and o["kind"] == n["kind"] and reach:
                    mark = "+" if o["ref"] in truth[n["ref"]] else "~"
                    print(f"   {mark} {o['ref']} {o['kind']:8} {o['status']:9} {o['title'][:70]} | {o['area'] or 'everywhere'} {o['labels']}")
    if "--stats" in sys.argv:
        G, P, Nn, Oo = doc["groups"], doc["providers"], doc["needs"], doc["offers"]
        print("groups", len(G), "provinces", len({g["province"] for g in G}))
        print("groups with >1 need", sum(1 for c in Counter(n["group"] for n in Nn).values() if c > 1))
        print("providers", len(P), dict(Counter(p["type"] for p in P)))
        print("needs", len(Nn), dict(Counter(n["kind"] for n in Nn)), "with description", sum(1 for n in Nn if n.get("description")))
        print("offers", len(Oo), dict(Counter(o["kind"] for o in Oo)))
        print("  everywhere", sum(1 for o in Oo if not o["service_area"]),
              "regency-level", sum(1 for o in Oo if any(a in REG for a in o["service_area"])),
              "status", dict(Counter(o.get("status", "open") for o in Oo)),
              "desc", sum(1 for o in Oo if o.get("description")), "tags", sum(1 for o in Oo if o.get("tags")),
              "capacity", sum(1 for o in Oo if o.get("capacity")))
        en = {o["ref"] for o in Oo if is_english(o["title"])}
        print("  english titles", len(en))
        for o in Oo:
            if o["ref"] in en:
                print("     EN", o["title"])
        fits = sum(len(v) for v in truth.values())
        print("truth pairs", fits, "sizes", dict(sorted(Counter(len(v) for v in truth.values()).items())),
              "english fits", sum(1 for v in truth.values() for r in v if r in en))
        print("empty:", sorted((k, next(n["label"] for n in needs if n["ref"] == k)) for k, v in truth.items() if not v))
        fams = Counter(n["label"].split(":")[0] for n in needs)
        print("families", dict(fams))


if __name__ == "__main__":
    main()
