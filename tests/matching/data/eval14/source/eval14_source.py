#!/usr/bin/env python3
"""Writes eval14-marketplace.json and eval14-marketplace.truth.json from the subject-labelled
records below.

Labels are `family:topic`; a topic starting with `x-` marks a look-alike or neighbour that no
need asks for. An offer may carry several labels (`a+b`). The truth of a need is every offer
that carries the need's label, is of the same kind, is open, and whose service area is empty or
names the group's province or regency (exact official names).

Usage: python3 eval14_source.py [--review] [--stats [--en]]
(--review prints each need with every offer of its subject, of any kind, status or area, and the
offers of its family and kind that reach the group: + in the truth, - left out.)
"""
import csv
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", "..", ".."))
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(ROOT, "marketplace", "regions", "data", "regions.csv"))

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PNAME = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
PROV = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "province"}
REG = {r["name"]: (PNAME[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
REG_ORDER = [r["name"] for r in rows if r["level"] == "regency"]

def place(s):
    """'Kab X' -> 'Kabupaten X'; anything else as written (province or 'Kota X')."""
    s = s.strip()
    if s.startswith("Kab "):
        s = "Kabupaten " + s[4:]
    if s not in PROV and s not in REG:
        raise SystemExit(f"unknown place {s!r}")
    return s

GROUPS, NEEDS, OFFERS = [], [], []

def G(name, prov, reg, members):
    reg = place(reg)
    assert REG[reg][0] == prov, (reg, prov)
    g = {"key": len(GROUPS), "name": name, "province": prov, "regency": reg, "members": members}
    GROUPS.append(g)
    return g

def o(kind, title, area="", desc=None, lab=None, st=None, cap=None, tags=None):
    return {"kind": kind, "title": title, "area": [place(a) for a in area.split("|") if a.strip()],
            "desc": desc, "lab": lab, "st": st, "cap": cap, "tags": tags}

def B(label, group, kind, title, desc=None, *offers, tags=None):
    NEEDS.append({"label": label, "group": group, "kind": kind, "title": title, "desc": desc, "tags": tags})
    for x in offers:
        labs = (x["lab"] or "@").split("+")
        x["labels"] = [label if l == "@" else l for l in labs]
        OFFERS.append(x)

def X(label, *offers):
    """More offers for a subject already defined (second fits, written after the first pass)."""
    assert any(n["label"] == label for n in NEEDS), label
    for x in offers:
        labs = (x["lab"] or "@").split("+")
        x["labels"] = [label if l == "@" else l for l in labs]
        OFFERS.append(x)

def GR(name):
    return next(g for g in GROUPS if g["name"] == name)

# ================================ THE RECORDS ================================
# ============ SEA AND COAST (new subjects) ============
g = G("Kelompok Nelayan Hatu Lisa", "Maluku", "Kab Maluku Tengah", 18)
B("sea:bulu-babi", g, "market", "beta pung kelompok tangkap bulu babi, sapa mau beli isi telur bulu babi? kira2 5 kg/mgg",
  "Dikumpul pas meti (air surut). Isi dikeluarkan bersih, bisa es batu. Katong di Haruku.",
  o("market", "Sea urchin roe (uni) buyer, chilled, collected weekly", "Maluku|Sulawesi Utara",
    "Japanese-style restaurants in Manado and Jakarta. We buy gonads only, graded by colour, kept on ice under 5 C."),
  o("market", "Beli teripang kering semua ukuran (pasir, gamat, koro)", "Maluku", lab="sea:x-teripang"),
  o("market", "Tampung bulu babi (landak laut) hidup untuk ekspor", "Nusa Tenggara Barat|Bali"))

g = G("KUB Lorjuk Talango", "Jawa Timur", "Kab Sumenep", 15)
B("sea:lorjuk", g, "market", "lorjuk kerreng (kerang bambu) 30 kg sabulan, sapa se endhak melle?",
  "Lorjuk dijemur 2 hari, bersih dari pasir. Biasa dijual ke tetangga saja, harga murah.",
  o("market", "Beli lorjuk kering untuk oleh-oleh khas Madura", "Kab Sumenep|Kab Pamekasan", "Toko oleh-oleh di Pamekasan dan Surabaya, ambil tiap bulan minimal 10 kg."),
  o("market", "Beli kerang darah segar ukuran sedang", "Jawa Timur", lab="sea:x-kerang-darah"),
  o("market", "Razor clam (lorjuk) buyer, dried", "Kab Bangkalan|Kab Sampang"))

g = G("Kelompok Perempuan Pesisir Bintan Bersatu", "Kepulauan Riau", "Kab Bintan", 22)
B("sea:gonggong", g, "market", "Gonggong rebus & hidup 100 kg per minggu, cari resto atau pengepul tetap",
  "Kami kumpul gonggong di pantai timur Bintan. Bisa antar ke pelabuhan.",
  o("market", "Resto seafood cari gonggong hidup rutin", "Kepulauan Riau"),
  o("market", "Live sea snail (gonggong, Strombus) buyer, export to Singapore", "",
    "Cleaned and packed live. Minimum 50 kg per shipment. Payment on arrival."),
  o("market", "Beli gonggong", "Kota Batam"))

g = G("Kelompok Nelayan Bagan Labuhan Maringgai", "Lampung", "Kab Lampung Timur", 31)
B("sea:ubur-ubur", g, "market", "musim ubur2 nelayan kmi bisa dpt 2 ton/hari, ada pabrik yg tampung ubur2 segar?",
  "Musim Oktober-Desember. Kapal kecil, langsung darat di TPI.",
  o("market", "Pabrik olahan ubur-ubur terima ubur-ubur segar dari nelayan", "Lampung|Sumatera Selatan|Jawa Barat",
    "Harga sesuai ukuran payung. Dijemput dengan truk bak, minimal 1 ton.", cap=20),
  o("training", "Jellyfish processing: salting with alum and grading", ""),
  o("market", "Beli ubur-ubur laut (jellyfish) segar", "Lampung", st="closed"))

g = G("Kelompok Pembudidaya Ikan Lasalimu", "Sulawesi Tenggara", "Kab Buton", 16)
B("sea:baronang", g, "training", "Pelatihn budidaya ikan baronang di keramba, bibit dr alam sdh ada tp byk yg mati",
  None,
  o("training", "Budidaya Ikan Baronang (Siganus) di Keramba Jaring Apung", "Sulawesi Tenggara|Sulawesi Selatan"),
  o("training", "Rabbitfish (Siganus) sea-cage farming course", "Kota Baubau|Kab Buton Tengah"),
  o("training", "Pelatihan Budidaya Kerapu Macan di Keramba", "Sulawesi Tenggara", lab="sea:x-kerapu"))

g = G("Kelompok Nelayan Danau Singkarak Saiyo", "Sumatera Barat", "Kab Solok", 20)
B("sea:bilih", g, "market", "awak ado ikan bilih kariang 50 kg saminggu, sia nan ka mambali untuak oleh2?",
  "Ikan bilih Singkarak, dijemur jo digoreang. Alah ado kemasan plastik.",
  o("market", "Toko oleh-oleh Bukittinggi beli ikan bilih kering dan goreng", "Kab Solok|Kab Tanah Datar|Kota Bukittinggi"),
  o("market", "Beli ikan teri Medan kering", "Sumatera Barat|Riau", lab="sea:x-teri"),
  o("market", "Dried bilih fish (Lake Singkarak) buyer", "DKI Jakarta"))

g = G("KUB Olahan Ikan Sungailiat", "Kepulauan Bangka Belitung", "Kab Bangka", 14)
B("fish:rusip", g, "training", "ibu2 dak pandai buat rusip yg tahan lama, pingin bljr buat rusip higienis & botol",
  "Rusip kami sering berbuih dan bau, sebentar sudah rusak.",
  o("training", "Pelatihan Pembuatan Rusip dan Bekasam yang Higienis", "Kepulauan Bangka Belitung|Sumatera Selatan"),
  o("training", "Pelatihan Pembuatan Terasi Udang Higienis", "Kepulauan Bangka Belitung", lab="fish:x-terasi"))

g = G("Kelompok Pengolah Hasil Laut Sedati", "Jawa Timur", "Kab Sidoarjo", 19)
B("fish:petis", g, "market", "Kami produksi petis udang hitam kental 200 kg/bln, golek bakul/grosir",
  "Petis tanpa pewarna, kemasan toples 250 gr dan curah 5 kg.",
  o("market", "Grosir bumbu beli petis udang dan petis ikan curah", "Jawa Timur|Jawa Tengah"),
  o("market", "Beli terasi udang kualitas super", "Jawa Timur", lab="fish:x-terasi"),
  o("market", "Dicari pemasok petis kupang", "Kota Surabaya", lab="fish:x-petis-kupang"))

# ============ FOOD PROCESSING (new subjects) ============
g = G("KWT Sauyunan Cibeber", "Jawa Barat", "Kab Cianjur", 21)
B("food:tauco", g, "training", "abdi hoyong diajar ngadamel tauco nu teu gancang haseum",
  "Kedele aya ti tatangga. Tauco buatan urang sok haseum saminggu oge.",
  o("training", "Kursus Pembuatan Tauco (Fermentasi Kedelai dan Penggaraman)", "Jawa Barat|Banten"),
  o("training", "Fermented soybean paste (tauco) workshop", "",
    "Two days: koji, brine fermentation, bottling and shelf life."),
  o("training", "Pelatihan Pembuatan Kecap Manis dari Kedelai Hitam", "Jawa Barat", lab="food:x-kecap"))

g = G("Kelompok Usaha Perempuan Kelayan", "Kalimantan Selatan", "Kota Banjarmasin", 12)
B("food:tauge", g, "training", "ulun handak belajar maulah taoge nang putih gamuk wan kada lakas bau",
  "Gasan dijual ka pasar subuh. Kacang hijau tukar di pasar.",
  o("training", "Pelatihan Produksi Kecambah (Tauge) Higienis Skala Rumah Tangga", "Kalimantan Selatan|Kalimantan Tengah"),
  o("training", "Bean sprout production training", "Kota Banjarbaru|Kab Banjar"),
  o("training", "Microgreens growing course", "", lab="food:x-microgreens"))

g = G("Kelompok Wanita Tani Horas Siantar", "Sumatera Utara", "Kota Pematangsiantar", 17)
B("food:susu-kedelai", g, "training", "kami mau produksi susu kacang kedelai kemasan, biar gak cepat basi gimana caranya?",
  None,
  o("training", "Soy milk production and pasteurisation for home businesses", ""),
  o("training", "Pelatihan Pembuatan Tahu Putih dan Tahu Goreng", "Sumatera Utara", lab="food:x-tahu"))

g = G("Kelompok Wanita Tani Ngudi Makmur Dolopo", "Jawa Timur", "Kab Madiun", 25)
B("food:pecel", g, "market", "sambel pecel produksi kelompok 300 pack sewulan, sopo sing gelem kulakan?",
  "Bumbu pecel kacang, pedas lan sedeng, bungkus 250 gr. Wis PIRT.",
  o("market", "Toko oleh-oleh cari bumbu pecel kemasan dari UMKM", "Jawa Timur"),
  o("market", "Beli kacang tanah ose kering", "Jawa Timur", lab="food:x-kacang-tanah"),
  o("market", "Distributor bumbu pecel Madiun untuk Jabodetabek", "DKI Jakarta|Banten|Jawa Barat"))

g = G("Kelompok Petani Aren Tumaratas", "Sulawesi Utara", "Kab Minahasa", 18)
B("food:cuka-aren", g, "training", "torang pe kelompok bekeng cuka dari saguer, mo blajar supaya rasa asam stabil",
  "Saguer dari pohon aren. Cuka skarang kadang keruh, kadang pahit.",
  o("training", "Pelatihan Pembuatan Cuka Nira Aren dan Cuka Kelapa", "Sulawesi Utara|Gorontalo"),
  o("training", "Pelatihan Gula Semut Aren", "Sulawesi Utara", lab="food:x-gula-aren"))

g = G("Paguyuban Jamu Gendong Sekar Arum", "Jawa Tengah", "Kab Sukoharjo", 30)
B("food:jamu-botol", g, "training", "mbakyu2 jamu gendong pengin nggawe kunir asem & beras kencur botolan sing awet tanpa pengawet",
  None,
  o("training", "Kelas Minuman Jamu Kemasan Botol: Kunyit Asam dan Beras Kencur", "Jawa Tengah|DI Yogyakarta"),
  o("training", "Pelatihan Simplisia Jahe dan Kunyit Kering", "Jawa Tengah", lab="food:x-simplisia"),
  o("training", "Herbal drinks (jamu) bottling and pasteurisation", "Jawa Tengah", st="closed"))

g = G("KWT Sekar Garut Nanggulan", "DI Yogyakarta", "Kab Kulon Progo", 24)
B("food:tepung-garut", g, "training", "umbi garut (irut) anggota melimpah, pengin bljr bikin tepung garut",
  "Selama ini dijual umbi mentah murah sekali. Ada yang bilang tepungnya bisa buat bayi.",
  o("training", "Pengolahan Umbi Garut Menjadi Tepung dan Pati", "DI Yogyakarta|Jawa Tengah"),
  o("training", "Arrowroot starch processing for women's groups", "",
    "Washing, grating, settling and drying of arrowroot (Maranta) starch; small equipment list included."),
  o("training", "Pelatihan Tepung Mocaf dari Singkong", "DI Yogyakarta", lab="food:x-mocaf"))

g = G("Kelompok Tani Wolojita", "Nusa Tenggara Timur", "Kab Ende", 23)
B("food:jewawut", g, "market", "katong ada jewawut (jawawut) kering 1 ton, sapa mau beli?",
  "Ditanam di kebun bersama jagung. Su dibersihkan dari tangkai.",
  o("market", "Foxtail millet (jewawut) buyer for a health-food brand", ""),
  o("market", "Beli sorgum pipil kering", "Nusa Tenggara Timur", lab="food:x-sorgum"))

g = G("KWT Gunung Sewu Lestari", "DI Yogyakarta", "Kab Gunungkidul", 20)
B("food:tiwul", g, "market", "produk kelompok butuh pasar",
  "KWT kami sudah 3 tahun produksi. Singkong dari anggota dijadikan gaplek, lalu diolah. Produk "
  "utama kami tiwul instan (ana rasa original lan gula jawa), kemasan 500 gr, awet 6 sasi, sudah "
  "PIRT, bisa 200 pack per minggu. Kami golek reseller atau toko oleh-oleh sing rutin ambil, "
  "soalnya selama ini hanya dijual di pasar Wonosari.",
  o("market", "Toko oleh-oleh Jogja beli tiwul instan dan gatot kemasan", "DI Yogyakarta|Jawa Tengah"),
  o("market", "Beli gaplek kering", "DI Yogyakarta|Jawa Tengah", lab="food:x-gaplek"))

g = G("Kelompok Mama Papua Klasaman", "Papua Barat Daya", "Kota Sorong", 15)
B("food:selai", g, "training", "mama2 mo blajar bikin selai buah dari pisang & nanas",
  "Buah banyak busuk di pasar. Kitong mau olah jadi selai.",
  o("training", "Kelas Selai dan Jeli Buah untuk Usaha Rumahan", "Papua Barat"),
  o("training", "Pelatihan Sirup Markisa", "Papua Barat Daya", lab="food:x-sirup"))

# ============ CROPS, FRUIT, FOREST (new subjects) ============
g = G("Kelompok Tani Duku Rasuan", "Sumatera Selatan", "Kab Ogan Komering Ulu Timur", 27)
B("crop:duku", g, "market", "duku komering kebun anggota galo panen, kiro2 20 ton. nak jual ke siapo?",
  None,
  o("market", "Beli duku komering partai besar, jemput di kebun", "Sumatera Selatan|Jambi|Lampung"),
  o("market", "Pemasok buah lokal untuk supermarket: duku, manggis, salak", "Sumatera Selatan", lab="@+crop:x-manggis"),
  o("market", "Beli duku Palembang", "Kota Palembang"))

g = G("Kelompok Tani Abaka Tuabatu", "Sulawesi Utara", "Kab Kepulauan Talaud", 19)
B("crop:abaka", g, "market", "torang ada serat pisang abaka kering 2 ton, sapa mo beli?",
  "Serat so dikeringkan, diikat per 10 kg. Kapal ke Bitung tiap minggu.",
  o("market", "Abaca fibre buyer (Musa textilis) for specialty paper and rope", "Sulawesi Utara|Maluku Utara"),
  o("market", "Beli sabut kelapa (cocofiber) press", "Sulawesi Utara", lab="crop:x-sabut"))

g = G("Kelompok Pengelola Hutan Desa Nanga Lauk", "Kalimantan Barat", "Kab Kapuas Hulu", 34)
B("forest:tengkawang", g, "market", "Kamek ade buah tengkawang kering 3 ton musim ini, sape nak beli?",
  None,
  o("market", "Tampung biji tengkawang (illipe nut) kering", "Kalimantan Barat"),
  o("market", "Illipe nut buyer for cosmetic butter", "Kalimantan Barat|Kalimantan Tengah", st="withdrawn"),
  o("market", "Beli kemiri kupas", "Kalimantan Barat", lab="forest:x-kemiri"))

g = G("Kelompok Mama Wesaput", "Papua Pegunungan", "Kab Jayawijaya", 16)
B("forest:sarang-semut", g, "market", "kitong ada sarang semut kering 100 kg, sapa yg beli?",
  "Sarang semut dari hutan, so dipotong tipis dan dijemur.",
  o("market", "Beli sarang semut Papua (Myrmecodia) kering rajangan", "Papua|Papua Pegunungan|Papua Tengah"),
  o("market", "Beli sarang burung walet", "", lab="forest:x-walet"))

g = G("Kelompok Tani Hutan Nefo Mnasi", "Nusa Tenggara Timur", "Kab Timor Tengah Selatan", 26)
B("forest:cendana", g, "training", "katong mau tanam cendana lagi di kebun, sonde tau cara bibit deng tanaman inang",
  None,
  o("training", "Pelatihan Pembibitan dan Penanaman Cendana (Santalum album)", "Nusa Tenggara Timur"),
  o("training", "Penyulingan Minyak Atsiri Skala Kecil", "Nusa Tenggara Timur", lab="forest:x-atsiri"),
  o("resource", "Bibit cendana siap tanam dengan inang", "Nusa Tenggara Timur"))

g = G("Kelompok Tani Hutan Rakyat Sido Dadi", "Jawa Tengah", "Kab Wonosobo", 40)
B("forest:sengon", g, "market", "Kayu sengon (albasia) kebun anggota siap tebang kira2 200 kubik, golek pabrik sing gelem tuku",
  "Umur 5-6 tahun, diameter 20 cm munggah. Akses truk sampai kebun.",
  o("market", "Pabrik plywood beli log sengon/albasia diameter 15 cm ke atas", "Jawa Tengah|Jawa Timur"),
  o("market", "Beli kayu jati rakyat bersertifikat", "Jawa Tengah", lab="forest:x-jati"),
  o("market", "Sengon logs wanted", "Kab Temanggung|Kab Magelang"))

g = G("Kelompok Tani Stevia Curup", "Bengkulu", "Kab Rejang Lebong", 14)
B("crop:stevia", g, "training", "Kami mau coba tanam stevia (daun manis) di dataran tinggi, perlu pelatihan dr bibit sampai kering",
  None,
  o("training", "Budidaya Stevia (Daun Gula) dan Pengeringan Daun", "Sumatera Selatan|Lampung"),
  o("training", "Budidaya Tebu Keprasan", "Bengkulu", lab="crop:x-tebu"))

g = G("Kelompok Petani Bunga Bandungan", "Jawa Tengah", "Kab Semarang", 22)
B("crop:mawar-tabur", g, "market", "kembang mawar lokal kanggo nyekar 50 kg saben dino, sopo sing gelem tuku?",
  "Mawar merah lan putih, dipetik esuk. Biasane rame pas Ruwah lan Lebaran.",
  o("market", "Pedagang kembang tabur (mawar, kenanga, kantil) beli rutin", "Jawa Tengah|DI Yogyakarta"),
  o("market", "Rose cut flower buyer: long stems 60 cm, grade A", "Jawa Tengah|Jawa Barat", lab="crop:x-mawar-potong"))

g = G("Kelompok Tani Sayur Tapung Makmur", "Riau", "Kab Kampar", 18)
B("crop:kacang-panjang", g, "market", "Kami tanam kcg panjang 1 ha, panen 300 kg/hari, cari toke yg tetap",
  None,
  o("market", "Tampung sayur kacang panjang, timun dan terong untuk pasar Pekanbaru", "Riau", lab="@+crop:x-timun"),
  o("market", "Beli buncis dan kapri", "Riau", lab="crop:x-buncis"))

g = G("Kelompok Tani Sirsak Sukoharjo Pringsewu", "Lampung", "Kab Pringsewu", 16)
B("crop:daun-sirsak", g, "market", "Daun sirsak kering ada 2 kwintal, cari pembeli utk teh herbal",
  "Daun dipetik dr kebun anggota, dijemur di para-para. Buahnya jg ada tp yg mau dijual daunnya.",
  o("market", "Beli daun sirsak kering (simplisia) untuk pabrik jamu", "Lampung|Sumatera Selatan"),
  o("market", "Beli buah sirsak segar untuk jus", "Lampung", lab="crop:x-sirsak-buah"))

g = G("Kelompok Tani Mejuah-juah Berastagi", "Sumatera Utara", "Kab Karo", 28)
B("crop:brokoli", g, "market", "Mejuah-juah. Kami panen brokoli 2 ton seminggu, cari pembeli hotel/supermarket",
  None,
  o("market", "Supplier hotel & restoran cari brokoli grade A", "Sumatera Utara|Riau"),
  o("market", "Beli kembang kol (cauliflower) putih", "Sumatera Utara", lab="crop:x-kembang-kol"),
  o("market", "Broccoli wanted for export to Singapore", "Sumatera Utara", st="closed"))

g = G("Kelompok Tani Kesemek Cikajang", "Jawa Barat", "Kab Garut", 20)
B("crop:kesemek", g, "market", "buah kesemek nu bodas kénéh (berbedak), saha nu peryogi? 1 ton",
  "Kesemek ti kebon, can dikumbah. Bisa oge dikirim nu tos dikumbah.",
  o("market", "Beli buah kesemek segar dan sale kesemek", "Jawa Barat|DKI Jakarta"),
  o("market", "Beli jeruk Garut", "Jawa Barat", lab="crop:x-jeruk"))

# ============ LIVESTOCK (new subjects) ============
g = G("Komunitas Serama Pekanbaru", "Riau", "Kota Pekanbaru", 13)
B("livestock:serama", g, "training", "Pemuda kmi pelihara ayam serama, mau bljr breeding biar postur tegak & kecil",
  None,
  o("training", "Kelas Penangkaran Ayam Serama (Ayam Hias Mini)", "Riau|Sumatera Barat"),
  o("training", "Pelatihan Beternak Ayam Kampung Unggul (KUB)", "Riau", lab="livestock:x-ayam-kampung"),
  o("training", "Serama bantam breeding and show preparation", "Kalimantan Barat"))

g = G("Kelompok Peternak Sapi Perah Ngudi Mulyo", "Jawa Timur", "Kab Pasuruan", 36)
B("livestock:mastitis", g, "training", "sapi perah anggota akeh sing kena mastitis, susune nggumpal lan ditolak KUD",
  "Ambing abuh lan panas. Kadang kudu dibuang 10 liter sedina.",
  o("training", "Pencegahan Mastitis Sapi Perah dan Uji CMT di Kandang", "Kab Pasuruan|Kab Malang|Kota Batu",
    "CMT di sini artinya California Mastitis Test, uji cepat susu di kandang."),
  o("training", "Udder health and mastitis control for smallholder dairy farmers", ""),
  o("training", "Kursus Jahit Sistem CMT untuk Konveksi", "Jawa Timur", lab="craft:x-cmt"))

g = G("Kelompok Ternak Sapi Bareng Maju", "Nusa Tenggara Barat", "Kab Lombok Timur", 29)
B("livestock:biourine", g, "training", "tiang perlu pelatihan olah kencing sapi jadi pupuk cair (biourin), kance2 peternak banyak",
  None,
  o("training", "Pelatihan Pembuatan Biourine dari Urin Sapi", "Nusa Tenggara Barat"),
  o("training", "Pelatihan Pembuatan Kompos dari Kotoran Ternak", "Nusa Tenggara Barat", lab="livestock:x-kompos"),
  o("market", "Beli biourine sapi jerigen", "Nusa Tenggara Barat"))

g = G("Kelompok Peternak Lambanapu", "Nusa Tenggara Timur", "Kab Sumba Timur", 33)
B("livestock:ummb", g, "resource", "tolong, sapi2 kurus tiap kemarau",
  "Kelompok kami pelihara sapi Sumba Ongole dilepas di padang. Dari Juli sampai November rumput "
  "kering dan sapi turun berat, ada yang mati. Air masih ada di embung. Yang kami cari: urea "
  "molases blok (UMB, permen sapi) sekitar 500 biji untuk dijilat sapi selama kemarau. Kalau ada "
  "yang jual di Waingapu lebih baik, ongkos kapal dari Jawa mahal.",
  o("resource", "Jual Urea Molasses Multinutrient Block (UMMB) untuk sapi dan kerbau", "Nusa Tenggara Timur|Nusa Tenggara Barat", cap=2000),
  o("resource", "Feed blocks for cattle (urea-molasses)", "Kab Sumba Barat|Kab Sumba Tengah"))

# ============ EQUIPMENT AND MACHINES (new subjects) ============
g = G("Kelompok Usaha Bengkel Perahu Mandomai", "Kalimantan Tengah", "Kab Kapuas", 17)
B("equip:diesel", g, "training", "Anggota kmi byk punya mesin diesel (dompeng) utk perahu & pompa, pengen bljr servis sendiri",
  None,
  o("training", "Kursus Perawatan dan Perbaikan Mesin Diesel Kecil", "Kalimantan Tengah|Kalimantan Selatan"),
  o("training", "Kursus Servis Sepeda Motor Injeksi", "Kalimantan Tengah", lab="equip:x-motor"),
  o("resource", "Jual mesin diesel 16 PK dan suku cadang", "Kalimantan Tengah"))

g = G("Kelompok Pemotong Ayam Cibungbulang", "Jawa Barat", "Kab Bogor", 11)
B("equip:plucker", g, "resource", "Abdi peryogi mesin cabut bulu hayam, motong 300 ekor sadinten",
  "Ayeuna dicabut ku leungeun, lami pisan.",
  o("resource", "Mesin Pencabut Bulu Ayam (Plucker) 4 ekor per menit", "", cap=50),
  o("resource", "Mesin tetas telur otomatis 100 butir", "Jawa Barat", lab="equip:x-tetas"),
  o("resource", "Poultry plucker machines, grant for slaughter groups", "Jawa Barat", st="closed"))

g = G("KWT Keripik Ajibarang", "Jawa Tengah", "Kab Banyumas", 23)
B("equip:spinner", g, "resource", "Butuh mesin spinner peniris minyak utk keripik, skrg ditiriskan manual jd cepet tengik",
  None,
  o("resource", "Mesin Spinner Peniris Minyak Kapasitas 5 kg", "Jawa Tengah|Jawa Barat|DI Yogyakarta"),
  o("resource", "Oil spinner (de-oiler) for chips makers", ""),
  o("resource", "Mesin vacuum frying 5 kg", "Jawa Tengah", lab="equip:x-vacuum-fryer"))

g = G("Kelompok Tani Sipakainge Sinjai", "Sulawesi Selatan", "Kab Sinjai", 25)
B("equip:roda-tiga", g, "resource", "tabe', kami perlu motor roda tiga (viar) buat angkut panen ke pasar, jalan sempit",
  None,
  o("resource", "Kredit Motor Roda Tiga Bak Terbuka untuk Kelompok Tani", "Sulawesi Selatan"),
  o("resource", "Bantuan traktor tangan UPJA", "Sulawesi Selatan", lab="equip:x-traktor"),
  o("resource", "Three-wheeled cargo motorbikes for farmer groups", "Sulawesi Tengah|Sulawesi Barat"))

g = G("Kelompok Tani Kakao Campalagian", "Sulawesi Barat", "Kab Polewali Mandar", 30)
B("equip:moisture-meter", g, "resource", "Need a moisture meter: traders cut our price saying the beans are wet",
  "Cocoa beans and maize. We do not know the real moisture content, so we cannot argue.",
  o("resource", "Grain and bean moisture meter (cocoa, maize, coffee)", ""),
  o("resource", "Solar dryer dome untuk kakao", "Sulawesi Barat", lab="equip:x-pengering"))

g = G("Kelompok Pemuda Usaha Bangunan Woha", "Nusa Tenggara Barat", "Kab Bima", 12)
B("equip:batako", g, "resource", "nahu dou mau usaha batako, butuh mesin cetak batako press manual",
  None,
  o("resource", "Mesin Cetak Batako dan Paving Press Manual", "Nusa Tenggara Barat|Nusa Tenggara Timur"),
  o("training", "Pelatihan Pembuatan Batako Pres", "Nusa Tenggara Barat"),
  o("resource", "Mesin press paving blok dari sampah plastik", "Nusa Tenggara Barat", lab="equip:x-paving-plastik"))

g = G("Kelompok Tani Sawah Bener Meriah Mulie", "Aceh", "Kab Aceh Tengah", 26)
B("equip:weeder", g, "resource", "Butuh mesin penyiang gulma padi (power weeder), gulma byk & tenaga kurang",
  None,
  o("resource", "Power weeder (mesin penyiang) padi sawah", "Aceh|Sumatera Utara"),
  o("resource", "Mesin tanam padi (transplanter)", "Aceh", lab="equip:x-transplanter"))

# ============ WATER, ENERGY, ENVIRONMENT (new subjects) ============
g = G("Kelompok Usaha Air Bersih Tobelo", "Maluku Utara", "Kab Halmahera Utara", 10)
B("water:depot", g, "training", "torang mo buka depot air minum isi ulang, mo blajar supaya air lulus uji Dinkes",
  None,
  o("training", "Pelatihan Higiene Sanitasi Depot Air Minum (DAM)", "Maluku Utara|Sulawesi Utara"),
  o("training", "Pelatihan Penjamah Makanan untuk Sertifikat SLHS Jasa Boga", "Maluku Utara", lab="water:x-slhs"),
  o("resource", "Paket mesin depot air minum RO + UV", "Maluku Utara"),
  o("training", "Refill water kiosk hygiene course", "Maluku"))

g = G("Paguyuban Perajin Tahu Ujungjaya", "Jawa Barat", "Kab Sumedang", 38)
B("env:ipal-tahu", g, "resource", "Mohon bantuan, ada masalah dengan warga hilir",
  "Paguyuban kami ada 38 perajin tahu dalam satu dusun, semuanya usaha keluarga turun-temurun dan "
  "produksinya sekitar 2 ton kedelai per hari. Sejak tahun lalu warga di hilir protes karena air "
  "sungai bau dan ikan mati, dan kemarin sudah ada surat dari kecamatan. Kami butuh bantuan "
  "pembangunan IPAL komunal untuk limbah cair tahu supaya air buangan tidak langsung ke sungai. "
  "Lahan untuk bangunan sudah disiapkan oleh desa di dekat saluran.",
  o("resource", "Program IPAL Komunal untuk Sentra Tahu dan Tempe", "Jawa Barat"),
  o("resource", "Wastewater treatment units for tofu makers (grant)", "Jawa Tengah"),
  o("resource", "Biogas digester rumah tangga 4 m3", "Jawa Barat", lab="env:x-biogas"))

g = G("Kelompok Nelayan Pulau Kisar", "Maluku", "Kab Maluku Barat Daya", 21)
B("energy:kincir-angin", g, "resource", "Small wind turbine for our island: strong wind all year, no PLN grid (katong pung pulau)",
  None,
  o("resource", "Small wind turbine 1 kW for island villages", "Nusa Tenggara Timur|Maluku Utara"),
  o("resource", "PLTS komunal 5 kWp", "Maluku", lab="energy:x-plts"))

g = G("Kelompok Tani Lewotala", "Nusa Tenggara Timur", "Kab Flores Timur", 24)
B("env:bank-benih", g, "training", "katong mau simpan benih lokal (padi ladang, jagung, sorgum) biar sonde beli terus",
  None,
  o("training", "Sekolah Lapang Bank Benih Komunitas", "Nusa Tenggara Timur|Nusa Tenggara Barat"),
  o("training", "Penangkaran Benih Padi Bersertifikat", "Nusa Tenggara Timur", lab="env:x-benih-padi"),
  o("training", "Community seed bank training", "", st="withdrawn"))

# ============ DIGITAL, MONEY, ORGANISATION, PERMITS (new subjects) ============
g = G("Kelompok Usaha Warung Ubud Sari", "Bali", "Kab Gianyar", 14)
B("digital:google-maps", g, "training", "How do we get our warung onto Google Maps? Training for 14 members",
  None,
  o("training", "Google Business Profile workshop for small shops", ""),
  o("training", "Pelatihan Google Bisnisku untuk UMKM", "Bali"),
  o("training", "Kelas Jualan di Shopee dan TikTok Shop", "Bali", lab="digital:x-online"))

g = G("Majelis Taklim Al-Hidayah Cikande", "Banten", "Kab Serang", 40)
B("digital:penipuan", g, "training", "ibu2 kite banyak kena tipu link undangan APK & yg ngaku kurir, kite ade perlu pelatihan",
  None,
  o("training", "Literasi Keamanan Digital: Waspada Penipuan Online dan Phishing", "Banten|DKI Jakarta"),
  o("training", "Waspada Pinjaman Online Ilegal", "Banten", lab="digital:x-pinjol"),
  o("training", "Online scam awareness for women's groups", "Jawa Barat"))

g = G("Kelompok Pedagang Kecil Gampong Meunasah", "Aceh", "Kab Pidie", 28)
B("finance:zakat", g, "resource", "kamoe butuh modal usaha, ada bantuan zakat produktif utk ibu2 pedagang kecil?",
  None,
  o("resource", "Program Zakat Produktif Baitul Mal: Modal Usaha Mustahik", "Aceh"),
  o("resource", "Kredit Usaha Rakyat (KUR) Mikro", "Aceh", lab="finance:x-kur"))

g = G("KWT Dulohupa Limboto", "Gorontalo", "Kab Gorontalo", 20)
B("org:simluhtan", g, "training", "Kelompok wanita tani kami blm terdaftar di Simluhtan, minta pendampingan pengukuhan",
  None,
  o("training", "Pendampingan Registrasi dan Pengukuhan Kelompok Tani di SIMLUHTAN", "Gorontalo"),
  o("training", "Pendampingan e-RDKK Pupuk Bersubsidi", "Gorontalo", lab="org:x-erdkk"))

g = G("Komunitas Perempuan Peduli Sungai Karang Mumus", "Kalimantan Timur", "Kota Samarinda", 25)
B("org:perkumpulan", g, "training", "soal legalitas komunitas",
  "Komunitas kami sudah 4 tahun bersih-bersih sungai dan menanam pohon di bantaran. Sekarang ada "
  "perusahaan yang mau kasih dana CSR tapi syaratnya kami harus berbadan hukum. Kami mau jadi "
  "badan hukum perkumpulan (akta notaris + SK Kemenkumham), bukan koperasi karena tidak ada usaha "
  "simpan pinjam. Mohon didampingi dari awal, kami belum tahu apa saja dokumennya.",
  o("training", "Klinik Legalitas Perkumpulan dan Yayasan (AHU Online)", ""),
  o("training", "Pendirian Koperasi Berbadan Hukum", "Kalimantan Timur", lab="org:x-koperasi"))

g = G("Kelompok Tani Sayur Ngablak", "Jawa Tengah", "Kab Magelang", 32)
B("permit:psat", g, "training", "syarat masuk supermarket",
  "Kelompok kami panen sayur daun dan wortel tiap minggu, sudah ada supermarket di Semarang yang "
  "mau ambil. Tapi mereka minta nomor PSAT / PD (izin edar pangan segar) dari Dinas, kami belum "
  "punya dan tidak tahu alurnya. Mohon ada yang bisa dampingi pengurusan.",
  o("training", "Pendampingan Registrasi PSAT (Izin Edar Pangan Segar Asal Tumbuhan)", "Jawa Tengah"),
  o("training", "Pendampingan PIRT untuk Pangan Olahan", "Jawa Tengah", lab="permit:x-pirt"),
  o("training", "Fresh produce safety registration (PSAT) clinic", "Jawa Barat|Jawa Timur"))

g = G("Kelompok Usaha Potong Ayam Ciamis Mandiri", "Jawa Barat", "Kab Ciamis", 15)
B("permit:nkv", g, "training", "RPA kecil kami diminta NKV sama hotel, gmn caranya?",
  "Motong ayam 500 ekor per hari. Sdh ada halal.",
  o("training", "Bimtek Sertifikasi NKV (Nomor Kontrol Veteriner) Unit Usaha", "Jawa Barat|Banten"),
  o("training", "Sertifikasi Halal untuk Rumah Potong", "Jawa Barat", lab="permit:x-halal"),
  o("training", "Pelatihan SLHS Penjamah Makanan", "Jawa Barat", lab="permit:x-slhs"))

g = G("Kelompok Tani Ubi Banggai Liang", "Sulawesi Tengah", "Kab Banggai Kepulauan", 22)
B("permit:ig", g, "training", "Kami mau daftarkan ubi Banggai jd Indikasi Geografis, siapa bisa dampingi?",
  None,
  o("training", "Pendampingan Pendaftaran Indikasi Geografis (IG) Produk Daerah", "Sulawesi Tengah|Sulawesi Utara"),
  o("training", "Pendaftaran Merek Dagang UMKM", "Sulawesi Tengah", lab="permit:x-merek"),
  o("training", "Geographical indication registration clinic", "Jawa Barat|Jawa Tengah"))

g = G("Kelompok Usaha Bersama Merangin Sakato", "Jambi", "Kab Merangin", 16)
B("digital:ekatalog", g, "training", "Usaha kami mau masuk e-katalog lokal biar bisa jual ke dinas2",
  None,
  o("training", "Pendampingan UMKM Masuk e-Katalog Lokal dan Toko Daring (Bela Pengadaan)", "Jambi|Riau"),
  o("training", "Pelatihan Pengadaan Barang/Jasa Desa (TPK)", "Jambi", lab="digital:x-pbj-desa"),
  o("training", "Kelas Jualan Online di Marketplace", "Jambi", lab="digital:x-online"))

# ============ HEALTH, LEARNING, SOCIAL (new subjects) ============
g = G("Kelompok Mama Kampung Wasur", "Papua Selatan", "Kab Merauke", 18)
B("health:sumbing", g, "resource", "ada anak2 di kampung bibir sumbing, sa dengar ada operasi gratis?",
  None,
  o("resource", "Free cleft lip and palate surgery mission", "Papua Selatan|Papua"),
  o("resource", "Operasi katarak gratis (bakti sosial)", "Papua Selatan", lab="health:x-katarak"),
  o("resource", "Operasi bibir sumbing gratis", "Papua Selatan", st="withdrawn"))

g = G("Pemuda Gereja Sentani Timur", "Papua", "Kab Jayapura", 20)
B("health:hiv", g, "training", "sa pu kampung anak muda perlu kader HIV/AIDS biar bisa kasih tau cara cegah",
  None,
  o("training", "Pelatihan Pendidik Sebaya HIV dan IMS untuk Remaja", "Papua|Papua Tengah"),
  o("training", "Pelatihan Kader TBC Komunitas", "Papua", lab="health:x-tb"))

g = G("Kelompok Perempuan Kalibobo", "Papua Tengah", "Kab Nabire", 19)
B("edu:keaksaraan", g, "training", "mama2 di kelompok blum bisa baca tulis, kitong mau ada tutor keaksaraan",
  None,
  o("training", "Program Keaksaraan Fungsional untuk Ibu-ibu", "Papua Tengah|Papua"),
  o("training", "Kejar Paket C Setara SMA", "Papua Tengah", lab="edu:x-paket-c"),
  o("training", "Adult literacy tutors", "Kab Mimika"))

g = G("Paguyuban Tunanetra Mandiri Semarang", "Jawa Tengah", "Kota Semarang", 14)
B("edu:braille", g, "training", "Anggota kami tunanetra, pengen bljr huruf braille + HP yg bisa bicara",
  None,
  o("training", "Kursus Braille dan Screen Reader untuk Tunanetra", "Jawa Tengah"),
  o("training", "Pelatihan Pijat Refleksi untuk Tunanetra", "Jawa Tengah", lab="edu:x-pijat"))

g = G("Majelis Taklim Nurul Iman Lima Puluh", "Sumatera Utara", "Kab Batu Bara", 35)
B("social:jenazah", g, "training", "ibu2 majelis taklim minta pelatihan fardhu kifayah (memandikan & mengkafani jenazah)",
  None,
  o("training", "Pelatihan Fardhu Kifayah: Pengurusan Jenazah", "Sumatera Utara"),
  o("training", "Pelatihan Juru Sembelih Halal", "Sumatera Utara", lab="social:x-juleha"))

g = G("Karang Taruna Tunas Muda Kapuas Sanggau", "Kalimantan Barat", "Kab Sanggau", 30)
B("health:donor-darah", g, "resource", "kegiatan sosial karang taruna bulan depan",
  "Bulan depan karang taruna ulang tahun ke-20 dan kami mau bikin kegiatan yang berguna. Pemuda "
  "yang siap ikut sudah 60 orang lebih. Kami ingin adakan donor darah di balai desa, jadi perlu "
  "mobil unit donor darah dari PMI atau rumah sakit yang bisa datang. Tempat, konsumsi dan "
  "pendaftaran kami yang urus.",
  o("resource", "Mobil Unit Donor Darah Keliling", "Kalimantan Barat", st="closed"),
  o("resource", "Ambulans desa (hibah)", "Kalimantan Barat", lab="health:x-ambulans"))

# ============ CRAFTS, CULTURE, TOURISM, TRADES (new subjects) ============
g = G("Kelompok Perajin Mendong Manonjaya", "Jawa Barat", "Kab Tasikmalaya", 26)
B("craft:mendong", g, "training", "hoyong diajar ninun tikar mendong nu motifna modern, barudak ngora teu daek",
  None,
  o("training", "Pelatihan Anyaman Mendong: Tikar, Tas dan Alas Meja", "Jawa Barat"),
  o("training", "Pelatihan Anyaman Pandan", "Jawa Barat", lab="craft:x-pandan"),
  o("market", "Beli tikar mendong polos", "Kab Tasikmalaya|Kota Tasikmalaya"))

g = G("Kelompok Perajin Fuya Lore", "Sulawesi Tengah", "Kab Poso", 13)
B("craft:fuya", g, "market", "Kami buat kain kulit kayu (fuya/ivo), cari pembeli galeri & butik",
  "Dibuat dari kulit pohon beringin dan nunu, dipukul dengan batu ike. Ukuran 1 x 2 m.",
  o("market", "Galeri kriya beli kain kulit kayu (fuya) dan produk turunannya", "Sulawesi Tengah|Sulawesi Selatan"),
  o("market", "Barkcloth buyer for interior design", ""),
  o("market", "Beli kain tenun Donggala", "Sulawesi Tengah", lab="craft:x-tenun"))

g = G("Sanggar Kriya Tongkonan", "Sulawesi Selatan", "Kab Toraja Utara", 12)
B("craft:tanduk", g, "training", "Tabe', kami mau bljr buat kerajinan dari tanduk kerbau (sisir, gantungan kunci)",
  None,
  o("training", "Kursus Kerajinan Tanduk: Sisir, Gagang Pisau, Hiasan", "Sulawesi Selatan|Bali"),
  o("training", "Pelatihan Ukir Kayu Motif Toraja", "Sulawesi Selatan", lab="craft:x-ukir"))

g = G("Remaja Masjid Al-Falah Telanaipura", "Jambi", "Kota Jambi", 18)
B("craft:kaligrafi", g, "training", "Remaja masjid mau bljr kaligrafi hias (kontemporer) utk dijual",
  None,
  o("training", "Kelas Kaligrafi Arab: dari Naskhi sampai Dekorasi", "Jambi|Sumatera Selatan"),
  o("training", "Pelatihan Guru TPQ Metode Iqro", "Jambi", lab="craft:x-tpq"))

g = G("Komunitas Kreatif Pemuda Tarakan", "Kalimantan Utara", "Kota Tarakan", 15)
B("craft:resin", g, "training", "resin art class for our youth (keychains, resin tables), anak muda kmi bnyk nganggur",
  None,
  o("training", "Resin art workshop: keychains to river tables", ""),
  o("training", "Pelatihan Kerajinan Fiberglass", "Kalimantan Utara", lab="craft:x-fiber"))

g = G("Kelompok Usaha Perempuan Martapura", "Kalimantan Selatan", "Kab Banjar", 17)
B("craft:kosmetik-tradisional", g, "training", "ulun handak belajar maulah pupur dingin wan lulur nang kada bejamur",
  "Pupur dingin beras gasan dijual di pasar. Biasanya kada tahan lawas.",
  o("training", "Pelatihan Kosmetik Tradisional: Lulur, Bedak Dingin dan Masker", "Kalimantan Selatan|Kalimantan Tengah"),
  o("training", "Pelatihan Sabun dari Minyak Jelantah", "Kalimantan Selatan", lab="craft:x-sabun"),
  o("training", "Pendampingan Notifikasi BPOM Kosmetik", "Kalimantan Selatan", lab="permit:x-bpom"))

g = G("Sanggar Gendang Beleq Montong Gading", "Nusa Tenggara Barat", "Kab Lombok Tengah", 24)
B("culture:gendang-beleq", g, "resource", "Sanggar kami butuh seperangkat gendang beleq, yg lama sdh pecah",
  None,
  o("resource", "Perajin gendang beleq terima pesanan satu set lengkap", "Nusa Tenggara Barat|Bali"),
  o("resource", "Set hadrah / rebana 12 pcs", "Nusa Tenggara Barat", lab="culture:x-rebana"),
  o("training", "Kursus Menabuh Gendang Beleq untuk Anak", "Nusa Tenggara Barat"))

g = G("Pokdarwis Ombak Krui", "Lampung", "Kab Pesisir Barat", 16)
B("tourism:surf", g, "training", "pemuda krui pengen jd instruktur surfing bersertifikat, sekalian english utk tamu",
  None,
  o("training", "Surf instructor certification (level 1) and water rescue", "Lampung|Bengkulu|Sumatera Barat"),
  o("training", "Kursus Pemandu Selam (Dive Guide)", "Lampung", lab="tourism:x-dive"))

g = G("Kelompok Pemandu Kampung Kwau", "Papua Barat", "Kab Pegunungan Arfak", 11)
B("tourism:birdwatching", g, "training", "kitong mau jadi pemandu liat burung (burung pintar, cenderawasih) utk turis",
  None,
  o("training", "Pelatihan Pemandu Wisata Minat Khusus Pengamatan Burung", "Papua Barat Daya|Papua"),
  o("training", "Penangkaran Burung Kicau", "Papua Barat", lab="tourism:x-kicau"),
  o("training", "Birdwatching guide course", "Sulawesi Utara"))

g = G("Kelompok Usaha Dekorasi Nagari Sicincin", "Sumatera Barat", "Kab Padang Pariaman", 14)
B("service:pelaminan", g, "training", "Awak nio baraja mambuek dekorasi pelaminan Minang untuak usaho",
  None,
  o("training", "Kursus Dekorasi Pelaminan dan Tenda Pesta", "Sumatera Barat|Riau"),
  o("training", "Kursus Rias Pengantin (MUA)", "Sumatera Barat", lab="service:x-rias"),
  o("resource", "Sewa pelaminan Minang lengkap", "Sumatera Barat"))

g = G("Sanggar Lukis Kaca Trusmi", "Jawa Barat", "Kab Cirebon", 12)
B("craft:lukis-kaca", g, "training", "Sanggar mau regenerasi pelukis kaca Cirebon, pelukisnya sudah sepuh",
  None,
  o("training", "Kelas Lukis Kaca untuk Generasi Muda", "Jawa Tengah|DI Yogyakarta"),
  o("training", "Pelatihan Batik Tulis Mega Mendung", "Jawa Barat", lab="craft:x-batik"),
  o("training", "Fabric painting class", "", lab="craft:x-lukis-kain"))

g = G("Kelompok Perajin Miniatur Pinisi Bira", "Sulawesi Selatan", "Kab Bulukumba", 13)
B("craft:miniatur-kapal", g, "market", "Kami buat miniatur kapal pinisi dr kayu, cari toko souvenir yg mau ambil rutin",
  "Ukuran 30 cm sampai 1 meter. Bisa pesan nama di layar.",
  o("market", "Souvenir shop buys wooden pinisi ship models", "Sulawesi Selatan|Bali"),
  o("market", "Beli ukiran kayu dan patung", "Sulawesi Selatan", lab="craft:x-ukir"))

# ============ MORE NEW SUBJECTS ============
g = G("Kelompok Tani Muda Tenggarong Seberang", "Kalimantan Timur", "Kab Kutai Kartanegara", 15)
B("agri:persemaian", g, "training", "Vegetable seedling nursery business training (chilli, tomato seedlings in trays)",
  "We want to sell ready seedlings to farmers around Tenggarong.",
  o("training", "Pelatihan Usaha Persemaian Bibit Sayuran dalam Tray Semai", "Kalimantan Timur"),
  o("training", "Pembibitan Tanaman Hutan untuk Rehabilitasi", "Kalimantan Timur", lab="agri:x-bibit-pohon"))

g = G("Kelompok Tani Kelapa Kopyor Dukuhseti", "Jawa Tengah", "Kab Pati", 21)
B("crop:kopyor", g, "resource", "kebun baru, golek bibit sing bener",
  "Kelompok nembe buka kebun 3 ha bekas tegalan. Rencana ditanami kelapa kopyor, soale regane apik "
  "lan pembeli teka dhewe. Sing dibutuhke bibit kelapa kopyor hasil kultur embrio kira-kira 300 "
  "batang, sing asli kopyor 100%, ora bibit saka buah biasa sing kopyore mung sithik.",
  o("resource", "Bibit Kelapa Kopyor Kultur Embrio (Genjah dan Dalam)", "Jawa Tengah|Jawa Timur|Lampung"),
  o("resource", "Bibit kelapa genjah entok", "Jawa Tengah", lab="crop:x-kelapa-genjah"),
  o("market", "Beli buah kelapa kopyor", "Jawa Tengah"))

g = G("Kelompok Nelayan Tuna Bacan", "Maluku Utara", "Kab Halmahera Selatan", 27)
B("sea:skk-nelayan", g, "training", "nelayan takut ke laut, kena periksa",
  "Torang pe nelayan pancing tuna pake kapal 5-10 GT. Kemarin ada pemeriksaan dari petugas di laut "
  "dan torang pe nahkoda ditanya sertifikat, padahal blum ada yang punya. Torang perlu diklat "
  "sertifikat kecakapan bawa kapal (SKK 60 mil / SKN) untuk 15 orang. Pas kecil kapal so ada.",
  o("training", "Diklat Sertifikat Keterampilan Kapal (SKK 60 Mil) untuk Nelayan", "Maluku Utara|Maluku|Sulawesi Utara"),
  o("training", "Pendampingan Pas Kecil dan Pendaftaran Kapal Nelayan", "Maluku Utara", lab="sea:x-pas-kecil"),
  o("training", "Sea safety for small fishers", "Maluku Utara", lab="sea:x-sea-safety"))

g = G("Pemuda Pecinta Alam Kayu Aro", "Jambi", "Kab Kerinci", 19)
B("tourism:pemandu-gunung", g, "training", "Mountain guide & porter training for Kerinci youth, many climbers come",
  None,
  o("training", "Pelatihan Pemandu Gunung dan Porter Bersertifikat", "Jambi|Sumatera Barat|Bengkulu"),
  o("training", "Pelatihan Pemandu Arung Jeram", "Jambi", lab="tourism:x-rafting"),
  o("training", "Mountain guide certification", "Nusa Tenggara Barat|Jawa Timur"))

g2 = GROUPS[[x["name"] for x in GROUPS].index("Paguyuban Tunanetra Mandiri Semarang")]
B("edu:tongkat", g2, "resource", "White canes (folding) for 14 blind members, some canes are broken",
  None,
  o("resource", "Tongkat putih lipat untuk tunanetra", "Jawa Tengah|DI Yogyakarta"),
  o("resource", "Bantuan kursi roda", "Jawa Tengah", lab="edu:x-kursi-roda"))

g = G("BUMDes Maju Bersama Kaur", "Bengkulu", "Kab Kaur", 9)
B("service:pasar-desa", g, "training", "kami baru bangun pasar desa, butuh pelatihan pengelola pasar (retribusi, kebersihan, los)",
  None,
  o("training", "Pelatihan Manajemen Pengelola Pasar Desa dan Pasar Rakyat", "Bengkulu|Sumatera Selatan"))

g = G("Kelompok Ibu-ibu Kue Bugis Gunung Samarinda", "Kalimantan Timur", "Kota Balikpapan", 16)
B("food:kue-basah", g, "market", "kue basah bugis (barongko, cucuru, bolu peca) 300 biji/hari, siapa mau pesan utk snack box?",
  None,
  o("market", "Katering kantor cari pemasok kue tradisional untuk snack box", "Kalimantan Timur"),
  o("market", "Beli kue kering lebaran (nastar) untuk hampers", "Kalimantan Timur", lab="food:x-kue-kering"))

g = G("Kelompok Tani Dayak Tumbang Manjul", "Kalimantan Tengah", "Kab Seruyan", 18)
B("crop:bawang-dayak", g, "market", "Buyer wanted: dried bawang dayak (Eleutherine) slices, 300 kg",
  "Grown in our ladang, sliced and sun-dried. Also fresh bulbs if needed.",
  o("market", "Beli bawang dayak kering rajangan untuk jamu", "Kalimantan Tengah|Kalimantan Barat|Kalimantan Selatan"),
  o("market", "Beli bawang merah konsumsi", "Kalimantan Tengah", lab="crop:x-bawang-merah"),
  o("market", "Eleutherine (bawang dayak) buyer for herbal capsules", "Jawa Timur"))

# ============ EVERYDAY SUBJECTS, FRESH PHRASING ============
g = G("Kelompok Tani Turatea Jaya", "Sulawesi Selatan", "Kab Jeneponto", 22)
B("every:cabai-rawit", g, "market", "cbe rwt mrh 5 kwintal/mgg siap kirim, nyari pmbli tetap", None,
  o("market", "Pabrik saus sambal beli cabai rawit merah segar", "Sulawesi Selatan|Sulawesi Barat"),
  o("market", "Beli cabai kering (cabe kering) semua jenis", "Sulawesi Selatan", lab="every:x-cabai-kering"))

g = G("Kelompok Tani Sepakat Tebas", "Kalimantan Barat", "Kab Sambas", 30)
B("every:padi-sri", g, "training", "SRI rice training please, water is scarce in dry season (kamek nak tanam bibit tunggal)", None,
  o("training", "System of Rice Intensification (SRI) field school", "Kalimantan Barat|Kalimantan Tengah"),
  o("training", "Sekolah Lapang PHT Wereng Batang Coklat", "Kalimantan Barat", lab="every:x-pht"))

g = G("Koperasi Petani Kupi Bur Telege", "Aceh", "Kab Bener Meriah", 45)
B("every:arabika-gb", g, "market", "Kupi arabika Gayo green bean grade 1, 2 ton, cari eksportir atau roastery", None,
  o("market", "Exporter buys Gayo arabica green beans (grade 1, triple picked)", "Aceh|Sumatera Utara"),
  o("market", "Beli kopi gelondong merah (cherry) arabika", "Aceh", lab="every:x-kopi-cherry"),
  o("market", "Beli kopi robusta asalan", "Aceh", lab="every:x-robusta"))

g = G("Kelompok Ternak Kambing Huluduotamo", "Gorontalo", "Kab Bone Bolango", 17)
B("every:kambing-sehat", g, "training", "kambing2 kami kurus & cacingan, perut buncit, minta penyuluhan kesehatan", None,
  o("training", "Klinik Kesehatan Kambing: Cacingan, Kembung dan Mencret", "Gorontalo|Sulawesi Utara"),
  o("training", "Pelatihan Penggemukan Sapi Potong", "Gorontalo", lab="every:x-sapi"))

g = G("Kelompok Tani Ternak Mattiro Walie", "Sulawesi Selatan", "Kab Bone", 28)
B("every:sapi-bali", g, "market", "sapi bali 20 ekor siap jual (jantan 2-3 thn), siapa pabbelli?", None,
  o("market", "RPH dan blantik beli sapi bali hidup", "Sulawesi Selatan"),
  o("market", "Cattle trader buying live Bali cattle for Kalimantan", "Sulawesi Selatan|Sulawesi Barat"),
  o("market", "Beli kambing untuk kurban", "Sulawesi Selatan", lab="every:x-kambing"))

g = G("Kelompok Pembudidaya Ikan Sungai Gelam", "Jambi", "Kab Muaro Jambi", 14)
B("every:benih-lele", g, "resource", "bibit lele 10rb ekor ukuran 5-7, ada yg jual atau bantuan?", None,
  o("resource", "Jual benih lele sangkuriang 5-7 cm", "Jambi|Sumatera Selatan|Riau", cap=100000),
  o("resource", "Jual benih ikan patin", "Jambi", lab="every:x-patin"),
  o("market", "Beli lele konsumsi", "Jambi", lab="every:x-lele-konsumsi"))

g = G("Kelompok Pembudidaya Nila Haranggaol", "Sumatera Utara", "Kab Simalungun", 23)
B("every:nila", g, "market", "nila keramba 2 ton/mgg, cari toke/pabrik fillet", None,
  o("market", "Pabrik fillet beli nila hidup ukuran 500 gr ke atas", "Sumatera Utara"),
  o("market", "Beli ikan mas (karper) Danau Toba", "Sumatera Utara", lab="every:x-ikan-mas"),
  o("market", "Tilapia buyer", "Sumatera Barat"))

g = G("Kelompok Peternak Ayam Petelur Tanah Grogot", "Kalimantan Timur", "Kab Paser", 12)
B("every:telur-ras", g, "market", "telur ayam ras 100 peti/mgg, cari distributor yg ambil di kandang", None,
  o("market", "Distributor telur beli telur ayam negeri per peti", "Kalimantan Timur|Kalimantan Selatan"),
  o("market", "Beli telur bebek segar", "Kalimantan Timur", lab="every:x-telur-bebek"))

g = G("Kelompok Usaha Kue Kering Wanea", "Sulawesi Utara", "Kota Manado", 11)
B("every:pirt", g, "training", "torang mo urus PIRT for kue kering, nda tau mulai dari mana", None,
  o("training", "Penyuluhan Keamanan Pangan dan Pengurusan SPP-IRT", "Sulawesi Utara"),
  o("training", "Pendampingan Sertifikasi Halal Self Declare", "Sulawesi Utara", lab="every:halal-gratis+every:x-halal-sd"))

g = G("Kelompok Usaha Abon Tondo", "Sulawesi Tengah", "Kota Palu", 13)
B("every:halal-gratis", g, "resource", "kami ba cari sertifikat halal gratis utk abon & bawang goreng", None,
  o("resource", "SEHATI: sertifikasi halal gratis untuk usaha mikro", ""),
  o("resource", "Sertifikasi halal reguler (berbayar, diskon 20%)", "Sulawesi Tengah", st="closed"))

g = G("Kelompok Mama-mama Samofa", "Papua", "Kab Biak Numfor", 16)
B("every:menjahit", g, "training", "mama2 mo blajar jahit baju seragam sekolah, mesin jahit su ada 4", None,
  o("training", "Kursus Menjahit Dasar: dari Pola sampai Jadi Baju", "Papua|Papua Barat"),
  o("training", "Servis dan Perawatan Mesin Jahit", "Papua", lab="every:x-servis-mesin-jahit"))

g = G("Kelompok Simpan Pinjam Sipatuo Sengkang", "Sulawesi Selatan", "Kab Wajo", 31)
B("every:pembukuan-sp", g, "training", "pengurus kelompok simpan pinjam butuh pelatihan pembukuan (buku kas, buku pinjaman, bunga)", None,
  o("training", "Pelatihan Pembukuan Kelompok Simpan Pinjam", "Sulawesi Selatan"),
  o("training", "Savings group record-keeping", "Sulawesi Tenggara"),
  o("training", "Akuntansi BUMDes", "Sulawesi Selatan", lab="finance:bumdes"))

g = G("Kelompok UMKM Kampung Tempe Tenggilis", "Jawa Timur", "Kota Surabaya", 20)
B("every:live-selling", g, "training", "arek2 pengen iso live jualan nang TikTok ben FYP, produk kripik tempe", None,
  o("training", "Kelas Live Selling TikTok Shop untuk UMKM", "Jawa Timur"),
  o("training", "Product photography with a phone", "", lab="every:x-foto"),
  o("training", "Kelas Keripik Tempe Renyah", "Jawa Timur", lab="food:x-keripik-tempe"))

g = G("Pokdarwis Karapyak Asri", "Jawa Barat", "Kab Pangandaran", 18)
B("every:homestay", g, "training", "urang rek muka homestay, hoyong diajar ngurus tamu jeung kamar", None,
  o("training", "Pelatihan Pengelolaan Homestay Desa Wisata", "Jawa Barat"),
  o("training", "Pelatihan Pemandu Wisata Lokal", "Jawa Barat", lab="every:x-pemandu"))

g = G("Pemuda Gampong Blang Bladeh", "Aceh", "Kab Bireuen", 20)
B("every:motor", g, "training", "aneuk muda gampong kamoe ingin belajar bengkel motor injeksi", None,
  o("training", "Kursus Mekanik Sepeda Motor Injeksi", "Aceh"),
  o("training", "Kursus Servis HP", "Aceh", lab="every:x-hp"),
  o("training", "Kursus Perawatan dan Perbaikan Mesin Diesel", "Aceh", lab="equip:diesel"))

g = G("Kelompok Tani Sumber Rezeki Rantau", "Kalimantan Selatan", "Kab Tapin", 26)
B("every:kompos", g, "training", "ulun handak belajar maulah pupuk kompos matan jarami wan tahi sapi", None,
  o("training", "Pelatihan Pembuatan Kompos dari Jerami dan Kotoran Ternak", "Kalimantan Selatan"),
  o("training", "Pelatihan Biourine Sapi", "Kalimantan Selatan", lab="livestock:biourine"))

g = G("Kelompok Pembudidaya Rumput Laut Galesong", "Sulawesi Selatan", "Kab Takalar", 33)
B("every:rumput-laut", g, "market", "rumput laut cottoni kering 5 ton, kadar air 35%, tabe' siapa mau beli", None,
  o("market", "Beli rumput laut kering cottonii dan spinosum", "Sulawesi Selatan"),
  o("market", "Beli rumput laut gracilaria (sango-sango)", "Sulawesi Selatan", lab="every:x-gracilaria"))

g = G("Kelompok Wanita Tani Cibeber Lebak", "Banten", "Kab Lebak", 19)
B("every:keripik-singkong", g, "market", "keripik singkong balado 50 kg/minggu, kite ade PIRT, cari reseller", None,
  o("market", "Reseller oleh-oleh cari keripik singkong balado", "Banten|DKI Jakarta"),
  o("market", "Beli singkong segar", "Banten", lab="every:x-singkong"))

g = G("Kelompok Tani Bawang Wanasari", "Jawa Tengah", "Kab Brebes", 35)
B("every:bawang-merah", g, "market", "brambang Brebes 10 ton siap panen, golek bakul sing gelem partai", None,
  o("market", "Beli bawang merah konsumsi partai besar", "Jawa Tengah|Jawa Barat"),
  o("market", "Beli bawang putih", "Jawa Tengah", lab="every:x-bawang-putih"),
  o("market", "Pabrik bawang goreng cari bawang merah", "Jawa Tengah", st="closed"))

g = G("Kelompok Tani Jagung Marisa", "Gorontalo", "Kab Pohuwato", 29)
B("every:jagung-pipil", g, "market", "jagung pipil kering 20 ton, KA 15%, siap angkut", None,
  o("market", "Pabrik pakan beli jagung pipil kering", "Gorontalo|Sulawesi Utara"),
  o("market", "Beli jagung manis segar", "Gorontalo", lab="every:x-jagung-manis"))

g = G("Kelompok Tani Kakao Kalukku", "Sulawesi Barat", "Kab Mamuju", 27)
B("every:kakao", g, "training", "kakao kami busuk buah & kena penggerek, minta sekolah lapang", None,
  o("training", "Sekolah Lapang Kakao: PBK dan Busuk Buah", "Sulawesi Barat|Sulawesi Selatan"),
  o("training", "Fermentasi Biji Kakao", "Sulawesi Barat", lab="every:x-fermentasi"))

g = G("Kelompok Perajin Gula Aren Cimanggu", "Banten", "Kab Pandeglang", 24)
B("every:gula-aren", g, "market", "gula aren cetak 1 ton/bln, kite cari bandar yg rutin", None,
  o("market", "Beli gula aren cetak", "Banten|Jawa Barat"),
  o("market", "Beli gula semut kelapa", "Banten", lab="every:x-gula-semut"))

g = G("Kelompok Pembudidaya Udang Labuhan Sumbawa", "Nusa Tenggara Barat", "Kab Sumbawa", 15)
B("every:vaname", g, "training", "tambak vaname kena white feces (berak putih), minta pendampingan", None,
  o("training", "Klinik Penyakit Udang Vaname (WFD, AHPND)", "Nusa Tenggara Barat"),
  o("training", "Budidaya Bandeng Intensif", "Nusa Tenggara Barat", lab="every:x-bandeng"))

g = G("Kelompok Pembudidaya Bandeng Labakkang", "Sulawesi Selatan", "Kab Pangkajene dan Kepulauan", 24)
B("every:bandeng", g, "market", "bandeng 1 ton per panen, siapa mau beli utk presto?", None,
  o("market", "Beli bandeng segar untuk bandeng presto", "Sulawesi Selatan"),
  o("market", "Beli nener bandeng", "Sulawesi Selatan", lab="every:x-nener"))

g = G("Kelompok Pedagang Pasar Mardika", "Maluku", "Kota Ambon", 20)
B("every:qris", g, "training", "beta pung warung mau pake QRIS, blum tau cara", None,
  o("training", "Pendampingan QRIS untuk Warung dan Pedagang Pasar", "Maluku"),
  o("training", "Pelatihan Agen Laku Pandai", "Maluku", lab="every:x-laku-pandai"))

g = G("BUMDes Sinar Tanjung Palas", "Kalimantan Utara", "Kab Bulungan", 8)
B("finance:bumdes", g, "training", "Pengurus BUMDes butuh pelatihan laporan keuangan, pembukuan msh manual", None,
  o("training", "Akuntansi dan Laporan Keuangan BUMDes", "Kalimantan Utara|Kalimantan Timur"),
  o("training", "Siskeudes untuk Perangkat Desa", "Kalimantan Utara", lab="finance:x-siskeudes"))

g = G("Kelompok Perajin Anyaman Sukasada", "Bali", "Kab Buleleng", 26)
B("org:koperasi", g, "training", "kelompok kami mau jadi koperasi resmi, suksma kalau ada yg dampingi", None,
  o("training", "Pendirian Koperasi Berbadan Hukum: Akta dan Pengesahan", "Bali"),
  o("training", "Pendampingan NIB lewat OSS", "Bali", lab="org:x-nib"))

g = G("Kelompok Pengasap Ikan Dufa-dufa", "Maluku Utara", "Kota Ternate", 14)
B("every:ikan-fufu", g, "market", "ikan fufu (cakalang asap) 300 ekor/minggu, torang cari pembeli tetap", None,
  o("market", "Beli ikan fufu / cakalang asap", "Maluku Utara|Sulawesi Utara"),
  o("market", "Beli cakalang segar untuk cold storage", "Maluku Utara", lab="every:x-cakalang-segar"))

# ============ SECOND NEEDS OF SOME GROUPS (their fits were first written as wrong-kind offers) ============
B("water:depot", GR("Kelompok Usaha Air Bersih Tobelo"), "resource",
  "kalo so lulus pelatihan, torang perlu mesin depot: filter, RO deng lampu UV", None)
B("forest:cendana", GR("Kelompok Tani Hutan Nefo Mnasi"), "resource",
  "butuh bibit cendana 500 pohon sekalian tanaman inang (turi / kaliandra)", None)
B("craft:mendong", GR("Kelompok Perajin Mendong Manonjaya"), "market",
  "tikar mendong polos 200 lembar sabulan, saha nu meser?", "Ukuran 2 x 3 m, tiasa dikirim ka Bandung.")
B("equip:diesel", GR("Kelompok Usaha Bengkel Perahu Mandomai"), "resource",
  "perlu suku cadang dompeng (mesin diesel 16-24 PK) yg asli, di Kapuas susah dapat", None)
B("culture:gendang-beleq", GR("Sanggar Gendang Beleq Montong Gading"), "training",
  "anak2 sanggar perlu pelatih gendang beleq, penabuh tua sdh jarang", None)
g = G("Kelompok Pemuda Karya Bangunan Woja", "Nusa Tenggara Barat", "Kab Dompu", 14)
B("equip:batako", g, "training", "Pemuda mau bljr bikin batako yg kuat, batako kami sering retak & pecah", None)

# ============ SECOND FITS ============
X("sea:lorjuk", o("market", "Pengepul hasil laut Madura tampung lorjuk, rajungan dan teri", "Jawa Timur", lab="@+sea:x-rajungan"))
X("sea:ubur-ubur", o("market", "Jellyfish buyer (fresh, salted or semi-processed)", "Lampung|Jawa Tengah|Jawa Timur"))
X("sea:baronang", o("training", "Pendampingan Budidaya Ikan Beronang untuk Kelompok Pesisir", "Sulawesi Tenggara|Maluku"))
X("sea:bilih", o("market", "Restoran Padang beli ikan bilih goreng kering", "Sumatera Barat|Riau"))
X("fish:rusip", o("training", "Food safety for fermented fish (rusip, bekasam, pekasam)", ""))
X("fish:petis", o("market", "Pedagang rujak cingur dan tahu tek beli petis udang", "Jawa Timur"))
X("food:pecel", o("market", "Pecel peanut sauce paste buyer for export to Hong Kong and Taiwan", "",
  "We buy packed pecel paste from home producers with PIRT or BPOM, minimum 500 packs a month."))
X("food:jewawut", o("market", "Beli jewawut dan sorgum untuk pangan lokal", "Nusa Tenggara Timur", lab="@+food:x-sorgum"))
X("crop:abaka", o("market", "Beli serat abaka kering untuk tali kapal", "Sulawesi Utara", st="closed"))
X("forest:tengkawang", o("market", "Koperasi hasil hutan beli tengkawang dan madu hutan", "Kalimantan Barat", lab="@+forest:x-madu"))
X("forest:sarang-semut", o("market", "Ant plant (sarang semut) buyer for herbal tea", ""))
X("crop:mawar-tabur", o("market", "Pengepul bunga tabur untuk makam dan hajatan", "Jawa Tengah"))
X("crop:daun-sirsak", o("market", "Dried soursop leaf buyer for tea bags", ""))
X("crop:brokoli", o("market", "Broccoli buyer for frozen vegetables", "Sumatera Utara"))
X("livestock:biourine", o("training", "Cattle urine bio-fertiliser (biourine) course", "Nusa Tenggara Barat|Nusa Tenggara Timur"))
X("equip:moisture-meter", o("resource", "Alat ukur kadar air biji kakao dan jagung (digital)", "Sulawesi Barat|Sulawesi Selatan"))
X("equip:weeder", o("resource", "Kredit mesin penyiang padi (power weeder) untuk kelompok tani", "Aceh"))
X("permit:nkv", o("training", "Pendampingan NKV untuk RPA dan RPH Skala Kecil", "Jawa Barat"))
X("health:hiv", o("training", "HIV peer educator training for youth", "Papua"))
X("agri:persemaian", o("training", "Seedling nursery (tray seedlings) business course", "Kalimantan Timur|Kalimantan Selatan"))
X("edu:tongkat", o("resource", "White canes for the visually impaired (free)", ""))
X("every:cabai-rawit", o("market", "Pengepul cabai rawit merah segar, timbang di kebun", "Kab Jeneponto|Kab Takalar"))
X("every:padi-sri", o("training", "Sekolah Lapang Padi SRI Hemat Air", "Kalimantan Barat"))
X("every:arabika-gb", o("market", "Roastery cari green bean arabika Gayo", "Aceh"))
X("every:kambing-sehat", o("training", "Penyuluhan Kesehatan Ternak Kambing", "Gorontalo", st="closed"))
X("every:telur-ras", o("market", "Agen telur ayam ras ambil langsung di kandang", "Kalimantan Timur"))
X("every:menjahit", o("training", "Kelas Jahit untuk Ibu Rumah Tangga", ""))
X("every:live-selling", o("training", "TikTok live selling bootcamp for small brands", ""))
X("every:homestay", o("training", "Kelas Tuan Rumah Homestay: Kamar, Sarapan, Tamu", "Jawa Barat|Banten", st="withdrawn"))
X("every:rumput-laut", o("market", "Dried seaweed buyer (cottonii), moisture max 35%", "Sulawesi Selatan|Sulawesi Tenggara"))

g = G("Karang Taruna RW 05 Rawa Buaya", "DKI Jakarta", "Kota Administrasi Jakarta Barat", 21)
B("craft:ondel-ondel", g, "training", "anak muda RW kite pengen bljr bikin ondel-ondel, yg gede ame yg mini buat suvenir", None,
  o("training", "Sanggar Betawi: Kelas Membuat Ondel-ondel dan Miniaturnya", "DKI Jakarta|Banten"),
  o("training", "Pelatihan Membuat Boneka Flanel", "DKI Jakarta", lab="craft:x-boneka"))

# ============ DESCRIPTIONS, VAGUE TITLES, CAPACITIES, TAGS (added on review) ============
def D(title, desc=None, new_title=None, cap=None, tags=None):
    m = [x for x in OFFERS if x["title"] == title]
    assert len(m) == 1, (title, len(m))
    x = m[0]
    if desc:
        x["desc"] = desc
    if new_title:
        x["title"] = new_title
    if cap:
        x["cap"] = cap
    if tags:
        x["tags"] = tags

# vague titles: the subject sits in one sentence of the description
D("Pabrik olahan ubur-ubur terima ubur-ubur segar dari nelayan", new_title="Kemitraan hasil laut musiman",
  desc="Perusahaan kami mengolah hasil laut untuk ekspor ke Tiongkok dan Korea sejak 2009. Pada musim "
       "angin timur kami menerima ubur-ubur segar (ubur-ubur merah) langsung dari nelayan dan kapal "
       "bagan. Harga sesuai ukuran payung, dijemput dengan truk bak, minimal 1 ton sekali angkut. "
       "Pembayaran tunai di tempat.")
D("Bimtek Sertifikasi NKV (Nomor Kontrol Veteriner) Unit Usaha", new_title="Klinik Kepatuhan Usaha Pangan Asal Hewan",
  desc="Pendampingan tiga bulan untuk unit usaha daging ayam, daging sapi, telur dan susu: tata letak "
       "bangunan, air bersih, pencatatan suhu, sampai audit dari dinas provinsi untuk sertifikasi NKV "
       "(Nomor Kontrol Veteriner). Biaya ditanggung program untuk 20 unit pertama.", cap=20)
D("Ant plant (sarang semut) buyer for herbal tea", new_title="Herbal raw materials from Papua wanted",
  desc="We are a herbal tea company in Surabaya. We buy several forest products from Papua in dried form. "
       "At the moment we are looking for dried, sliced ant plant (sarang semut, Myrmecodia), at least "
       "50 kg per shipment, shipped by sea cargo to Surabaya at our cost.")
D("Bibit cendana siap tanam dengan inang", new_title="Paket bibit kehutanan untuk kelompok tani hutan",
  desc="Persemaian permanen kami di Kupang menyediakan bibit jati, mahoni, kemiri dan ampupu. Untuk "
       "kelompok tani hutan di NTT tersedia bibit cendana siap tanam (tinggi 40 cm) satu paket dengan "
       "tanaman inang. Pengiriman dengan truk, minimal 200 batang.", cap=20000)
D("Program Zakat Produktif Baitul Mal: Modal Usaha Mustahik", new_title="Program Pemberdayaan Mustahik",
  desc="Baitul Mal kabupaten membuka pendaftaran program tahun ini. Bentuknya zakat produktif: modal "
       "usaha tanpa bunga dan tanpa agunan untuk pedagang kecil dan ibu-ibu mustahik, Rp 2-5 juta per "
       "orang, dengan pendampingan usaha 6 bulan. Pendaftaran lewat keuchik dan tuha peut.")
D("Surf instructor certification (level 1) and water rescue", new_title="Coastal youth skills programme",
  desc="A one-month programme for young people in surf villages on the west coast of Sumatra. It covers "
       "English for guests, first aid, and surf instructor certification (level 1) with water rescue. "
       "Boards and wetsuits are provided.", cap=24)
D("Pelatihan Higiene Sanitasi Depot Air Minum (DAM)", new_title="Pelatihan Usaha Air Minum Aman",
  desc="Pelatihan dua hari dari dinas kesehatan provinsi. Materi utama: higiene sanitasi depot air "
       "minum isi ulang (DAM), perawatan filter dan lampu UV, pengambilan sampel air, dan syarat "
       "sertifikat laik higiene sanitasi.", cap=30)
D("Kredit Motor Roda Tiga Bak Terbuka untuk Kelompok Tani", new_title="Pembiayaan Alat Angkut Kelompok",
  desc="Koperasi kami memberi kredit kendaraan untuk kelompok tani dan nelayan di Sulawesi Selatan. Yang "
       "tersedia saat ini: motor roda tiga bak terbuka (muatan 500 kg), cicilan 24 bulan, DP 10%, "
       "bisa atas nama kelompok.")

# descriptions
D("Sea urchin roe (uni) buyer, chilled, collected weekly", cap=40)
D("Beli teripang kering semua ukuran (pasir, gamat, koro)",
  desc="Teripang harus kering betul, tidak berbau, dipisah per jenis. Harga per kg sesuai ukuran.")
D("Beli lorjuk kering untuk oleh-oleh khas Madura", cap=10)
D("Beli kerang darah segar ukuran sedang",
  desc="Kerang darah (kerang dara) hidup, ukuran 60-80 butir per kg, untuk warung seafood di Surabaya.")
D("Live sea snail (gonggong, Strombus) buyer, export to Singapore",
  desc="Cleaned and packed live. Minimum 50 kg per shipment. Payment on arrival in Batam.")
D("Beli gonggong", desc="Gonggong hidup diantar ke Batam Centre, 30 kg per hari.")
D("Jellyfish processing: salting with alum and grading",
  desc="Three-day course for fishing villages: salting and alum treatment of jellyfish, grading and packing.", cap=25)
D("Budidaya Ikan Baronang (Siganus) di Keramba Jaring Apung",
  desc="Pemilihan benih alam, padat tebar, pakan rumput laut dan pelet, penanganan penyakit kulit.", cap=25)
D("Pelatihan Budidaya Kerapu Macan di Keramba",
  desc="Budidaya kerapu di keramba jaring apung: benih dari hatchery, pakan ikan rucah, panen ukuran 500 gr.")
D("Toko oleh-oleh Bukittinggi beli ikan bilih kering dan goreng",
  desc="Kami ambil tiap minggu, minimal 20 kg, kemasan 100 gr atau curah. Bayar 2 minggu.")
D("Beli ikan teri Medan kering", desc="Teri nasi dan teri jengki kering, kualitas ekspor. Minimal 100 kg.")
D("Pelatihan Pembuatan Rusip dan Bekasam yang Higienis",
  desc="Ikan bilis segar, takaran garam dan gula aren, fermentasi dalam wadah tertutup, pengisian botol kaca "
       "dan sterilisasi. Peserta membawa ikan sendiri.", cap=20)
D("Pelatihan Pembuatan Terasi Udang Higienis",
  desc="Terasi dari udang rebon: penjemuran, penumbukan, fermentasi dan pencetakan. Untuk ibu-ibu nelayan.")
D("Grosir bumbu beli petis udang dan petis ikan curah",
  desc="Petis hitam kental tanpa pewarna, curah jerigen 5 kg atau toples. Ambil 500 kg per bulan.", cap=500)
D("Kursus Pembuatan Tauco (Fermentasi Kedelai dan Penggaraman)",
  desc="Dua hari praktik: perendaman dan perebusan kedelai, pembuatan ragi kapang, perendaman dalam air garam "
       "4 minggu, pemasakan dengan gula, dan pengemasan botol supaya tidak cepat asam.", cap=20)
D("Pelatihan Pembuatan Kecap Manis dari Kedelai Hitam",
  desc="Kedelai hitam difermentasi, lalu dimasak dengan gula kelapa dan rempah. Cocok untuk UMKM.")
D("Pelatihan Produksi Kecambah (Tauge) Higienis Skala Rumah Tangga",
  desc="Perendaman kacang hijau, wadah dan penyiraman, supaya tauge putih, gemuk, tidak berakar panjang dan "
       "tidak cepat bau. Cocok untuk pemasok pasar pagi.", cap=15)
D("Microgreens growing course",
  desc="Grow sunflower, pea and radish microgreens on trays at home and sell them to cafes.")
D("Pelatihan Pembuatan Tahu Putih dan Tahu Goreng",
  desc="Dari kedelai sampai tahu: penggilingan, perebusan sari kedelai, penggumpalan dengan cuka, pencetakan.")
D("Toko oleh-oleh cari bumbu pecel kemasan dari UMKM",
  desc="Bumbu pecel kacang kemasan 250 gr atau 500 gr, sudah PIRT, tanggal kedaluwarsa jelas. Konsinyasi atau beli putus.")
D("Beli kacang tanah ose kering", desc="Kacang tanah ose (kupas) kering, untuk pabrik bumbu dan rempeyek. 2 ton per bulan.")
D("Pelatihan Pembuatan Cuka Nira Aren dan Cuka Kelapa",
  desc="Fermentasi nira (saguer) menjadi cuka: induk cuka, wadah, penyaringan, pengukuran keasaman dan "
       "pembotolan. Juga cuka dari air kelapa.")
D("Pelatihan Gula Semut Aren", desc="Dari nira aren menjadi gula semut: pemasakan, pengkristalan, pengayakan.")
D("Kelas Minuman Jamu Kemasan Botol: Kunyit Asam dan Beras Kencur",
  desc="Resep, perebusan, pasteurisasi botol, label dan masa simpan tanpa pengawet. Untuk penjual jamu gendong.", cap=30)
D("Pelatihan Simplisia Jahe dan Kunyit Kering",
  desc="Perajangan dan pengeringan rimpang jahe, kunyit dan temulawak untuk dijual ke pabrik jamu.")
D("Pengolahan Umbi Garut Menjadi Tepung dan Pati",
  desc="Pencucian, pemarutan, pengendapan pati dan pengeringan tepung garut (irut), cocok untuk bubur bayi.")
D("Pelatihan Tepung Mocaf dari Singkong",
  desc="Fermentasi singkong dengan starter, pengeringan dan penggilingan menjadi tepung mocaf.")
D("Foxtail millet (jewawut) buyer for a health-food brand",
  desc="We buy cleaned, dried foxtail millet grain from farmer groups, 500 kg minimum, for gluten-free snacks.", cap=10)
D("Beli sorgum pipil kering", desc="Sorgum pipil bersih kering, untuk pakan dan tepung. Dijemput di gudang Maumere.")
D("Toko oleh-oleh Jogja beli tiwul instan dan gatot kemasan",
  desc="Tiwul instan dan gatot instan kemasan 250-500 gr, sudah PIRT. Ambil 100 pack per minggu.")
D("Beli gaplek kering", desc="Gaplek singkong kering untuk pabrik tepung, 10 ton per minggu, kadar air di bawah 14%.")
D("Pelatihan Sirup Markisa", desc="Pembuatan sirup buah markisa, pengemasan botol, label.")
D("Beli duku komering partai besar, jemput di kebun",
  desc="Kami borong duku komering langsung di kebun, minimal 5 ton, timbang di tempat. Musim Januari-Maret.")
D("Abaca fibre buyer (Musa textilis) for specialty paper and rope",
  desc="We buy sun-dried abaca fibre, grades by colour and fineness, bales of 50 kg, shipped from Bitung.")
D("Beli sabut kelapa (cocofiber) press", desc="Serat sabut kelapa press per bal 100 kg, untuk kasur dan jok.")
D("Tampung biji tengkawang (illipe nut) kering",
  desc="Biji tengkawang kering (kadar air di bawah 10%) dari hutan adat, untuk minyak tengkawang. Panen raya 3-4 tahun sekali.")
D("Beli kemiri kupas", desc="Kemiri kupas utuh dan pecah, 1 ton per bulan.")
D("Beli sarang semut Papua (Myrmecodia) kering rajangan",
  desc="Sarang semut dirajang tipis dan dijemur kering. Ambil di Wamena dan Jayapura, bayar tunai.")
D("Beli sarang burung walet", desc="Sarang walet mangkok dan sudut, bersih atau kotor, harga sesuai grade.")
D("Pelatihan Pembibitan dan Penanaman Cendana (Santalum album)",
  desc="Pembibitan cendana dari biji, tanaman inang (turi, kaliandra, cabe jawa), penanaman di kebun dan "
       "pemeliharaan sampai umur 3 tahun.", cap=30)
D("Penyulingan Minyak Atsiri Skala Kecil", desc="Penyulingan minyak kayu putih, serai wangi dan nilam dengan ketel uap.")
D("Pabrik plywood beli log sengon/albasia diameter 15 cm ke atas",
  desc="Log sengon panjang 130 cm dan 260 cm, dibeli per kubik di pabrik atau di tepi jalan truk. Dokumen nota angkutan kami bantu.")
D("Beli kayu jati rakyat bersertifikat", desc="Kayu jati rakyat dengan dokumen SVLK, diameter 20 cm ke atas.")
D("Budidaya Stevia (Daun Gula) dan Pengeringan Daun",
  desc="Stevia cocok di dataran tinggi 500-1.500 m: setek, pemupukan, panen daun dan pengeringan.")
D("Pedagang kembang tabur (mawar, kenanga, kantil) beli rutin",
  desc="Kembang mawar lokal merah dan putih untuk kembang tabur dan nyekar, 30-50 kg per hari, ramai saat Ruwah.")
D("Rose cut flower buyer: long stems 60 cm, grade A",
  desc="Cut roses for florists in Semarang and Bandung, long stems only, bunches of 20.")
D("Tampung sayur kacang panjang, timun dan terong untuk pasar Pekanbaru",
  desc="Kami ambil sayur di kebun tiap pagi pakai pikap, kacang panjang diikat 1 kg. Harga ikut pasar induk.")
D("Beli buncis dan kapri", desc="Buncis dan kapri untuk supermarket, sortir ukuran.")
D("Beli daun sirsak kering (simplisia) untuk pabrik jamu",
  desc="Daun sirsak kering berwarna hijau kecokelatan, tidak berjamur, 100 kg sekali kirim.")
D("Beli buah sirsak segar untuk jus", desc="Buah sirsak matang pohon, 200 kg per minggu, untuk kedai jus.")
D("Supplier hotel & restoran cari brokoli grade A",
  desc="Brokoli kepala padat, hijau tua, 300-500 gr per kepala. Kirim tiga kali seminggu ke Medan.", cap=3)
D("Beli kembang kol (cauliflower) putih", desc="Kembang kol putih bersih, untuk pasar induk Medan dan Pekanbaru.")
D("Beli buah kesemek segar dan sale kesemek",
  desc="Kesemek segar yang masih berbedak putih atau sudah dicuci, juga sale kesemek. Ambil di Cikajang.")
D("Kelas Penangkaran Ayam Serama (Ayam Hias Mini)",
  desc="Memilih induk, perkawinan, penetasan, dan membentuk postur tegak serama untuk kontes.", cap=20)
D("Pelatihan Beternak Ayam Kampung Unggul (KUB)", desc="Ayam KUB untuk telur dan daging: kandang, pakan, vaksinasi.")
D("Pencegahan Mastitis Sapi Perah dan Uji CMT di Kandang", cap=40)
D("Kursus Jahit Sistem CMT untuk Konveksi",
  desc="Untuk penjahit yang mau terima order CMT (cut, make, trim) dari konveksi dan garmen.")
D("Pelatihan Pembuatan Biourine dari Urin Sapi",
  desc="Penampungan urin sapi dari kandang, fermentasi dengan empon-empon dan molases, aplikasi ke tanaman.", cap=30)
D("Beli biourine sapi jerigen", desc="Biourine sapi yang sudah difermentasi, jerigen 20 liter.")
D("Jual Urea Molasses Multinutrient Block (UMMB) untuk sapi dan kerbau",
  desc="Blok 3 kg dari molases, urea, dedak dan mineral. Dikirim dari Bima. Harga per biji, minimal 100 biji.")
D("Kursus Perawatan dan Perbaikan Mesin Diesel Kecil",
  desc="Mesin diesel 1 silinder (dompeng) untuk perahu, pompa air, dan penggilingan: injektor, pompa bahan bakar, overhaul.", cap=16)
D("Kursus Servis Sepeda Motor Injeksi", desc="Servis sepeda motor injeksi: scanner, throttle body, injektor.")
D("Jual mesin diesel 16 PK dan suku cadang",
  desc="Mesin diesel 16-24 PK merek umum, suku cadang asli (injektor, piston, ring, pompa), kirim ke seluruh Kalimantan Tengah.")
D("Mesin Pencabut Bulu Ayam (Plucker) 4 ekor per menit",
  desc="Mesin pencabut bulu ayam dan bebek, tabung stainless, motor 1 HP, kirim ke seluruh Indonesia.")
D("Mesin tetas telur otomatis 100 butir", desc="Mesin tetas telur ayam otomatis, rak putar, termostat digital.")
D("Mesin Spinner Peniris Minyak Kapasitas 5 kg",
  desc="Spinner stainless untuk keripik, kerupuk, bawang goreng dan abon. Listrik 250 watt.")
D("Mesin vacuum frying 5 kg", desc="Penggorengan hampa untuk keripik buah, dengan kondensor dan pompa vakum.")
D("Grain and bean moisture meter (cocoa, maize, coffee)",
  desc="Hand-held meter with settings for cocoa, maize, coffee and rice. Battery powered, calibrated.")
D("Power weeder (mesin penyiang) padi sawah",
  desc="Mesin penyiang gulma padi sawah 2 baris, mesin bensin 2 PK. Ada garansi dan servis di Medan dan Banda Aceh.")
D("Mesin tanam padi (transplanter)", desc="Rice transplanter 4 baris untuk brigade alsintan.")
D("Pelatihan Usaha Persemaian Bibit Sayuran dalam Tray Semai",
  desc="Media semai, tray 72 lubang, naungan, jadwal semai cabai dan tomat, pemasaran bibit ke petani.", cap=20)
D("Pembibitan Tanaman Hutan untuk Rehabilitasi", desc="Bibit pohon hutan di polybag untuk rehabilitasi lahan kritis.")
D("Pendampingan Registrasi PSAT (Izin Edar Pangan Segar Asal Tumbuhan)",
  desc="Pendampingan pengurusan nomor PD / PSAT di dinas pertanian / OKKPD untuk sayur dan buah segar.")
D("Pendampingan PIRT untuk Pangan Olahan", desc="Pengurusan SPP-IRT untuk usaha pangan olahan rumah tangga.")
D("Pendampingan Pendaftaran Indikasi Geografis (IG) Produk Daerah",
  desc="Penyusunan dokumen deskripsi, pembentukan MPIG (masyarakat perlindungan IG), sampai pengajuan ke DJKI.")
D("Pendaftaran Merek Dagang UMKM", desc="Pendaftaran merek dagang ke DJKI dengan tarif UMK.")
D("Pelatihan Pendidik Sebaya HIV dan IMS untuk Remaja",
  desc="Pelatihan lima hari untuk remaja gereja dan sekolah: cara penularan HIV dan IMS, pencegahan, rujukan tes.", cap=25)
D("Program Keaksaraan Fungsional untuk Ibu-ibu",
  desc="Tutor datang ke kampung 3 kali seminggu selama 6 bulan: membaca, menulis dan berhitung untuk kebutuhan jualan.")
D("Kursus Braille dan Screen Reader untuk Tunanetra",
  desc="Membaca dan menulis huruf Braille, serta memakai pembaca layar di HP Android.", cap=12)
D("Pelatihan Pijat Refleksi untuk Tunanetra", desc="Pelatihan pijat refleksi bersertifikat untuk teman-teman tunanetra.")
D("Pelatihan Fardhu Kifayah: Pengurusan Jenazah",
  desc="Praktik memandikan, mengkafani, menyalatkan dan menguburkan jenazah, untuk majelis taklim dan BKM.")
D("Pelatihan Anyaman Mendong: Tikar, Tas dan Alas Meja",
  desc="Anyaman mendong dengan motif baru dan pewarnaan, untuk produk tas, alas meja dan tikar modern.", cap=25)
D("Beli tikar mendong polos", desc="Tikar mendong polos ukuran 2 x 3 m, 500 lembar per bulan, untuk diwarnai dan diekspor.")
D("Galeri kriya beli kain kulit kayu (fuya) dan produk turunannya",
  desc="Lembaran fuya ukuran besar dan produk seperti tas, topi, sampul buku. Kurasi dulu, lalu pesan rutin.")
D("Kursus Kerajinan Tanduk: Sisir, Gagang Pisau, Hiasan",
  desc="Pemotongan, pemanasan dan pelurusan tanduk kerbau dan sapi, pengamplasan dan pemolesan.", cap=15)
D("Pelatihan Ukir Kayu Motif Toraja", desc="Ukir kayu motif Toraja (pa'ssura') untuk souvenir dan tongkonan.")
D("Kelas Kaligrafi Arab: dari Naskhi sampai Dekorasi",
  desc="Khat naskhi, tsuluts, diwani, lalu kaligrafi dekorasi di kanvas dan kayu untuk dijual.", cap=30)
D("Pelatihan Kosmetik Tradisional: Lulur, Bedak Dingin dan Masker",
  desc="Lulur dan bedak dingin (pupur) dari beras dan rempah, pengeringan yang benar supaya tidak berjamur, kemasan.")
D("Pelatihan Sabun dari Minyak Jelantah", desc="Sabun cuci dari minyak jelantah dan soda api.")
D("Perajin gendang beleq terima pesanan satu set lengkap",
  desc="Satu set gendang beleq: dua gendang besar, petuk, gong, rincik dan oncer. Waktu pembuatan 2 bulan.")
D("Pelatihan Pemandu Wisata Minat Khusus Pengamatan Burung",
  desc="Mengenal jenis burung endemik, membaca buku panduan, membuat jalur dan tempat pengamatan, melayani tamu asing.")
D("Penangkaran Burung Kicau", desc="Penangkaran murai batu dan kenari di kandang.")
D("Kursus Dekorasi Pelaminan dan Tenda Pesta",
  desc="Merangkai pelaminan adat Minang dan modern, dekorasi bunga, tenda dan pencahayaan untuk usaha pesta.", cap=20)
D("Kursus Rias Pengantin (MUA)", desc="Rias pengantin adat dan modern, sertifikat LSP.")
D("Souvenir shop buys wooden pinisi ship models",
  desc="Wooden pinisi models 30 cm to 1 m, well finished, with or without a name on the sail. 50 pieces a month.")
D("Bibit Kelapa Kopyor Kultur Embrio (Genjah dan Dalam)",
  desc="Bibit hasil kultur embrio dari laboratorium, dijamin kopyor. Tinggi 60-80 cm, bersertifikat.", cap=5000)
D("Diklat Sertifikat Keterampilan Kapal (SKK 60 Mil) untuk Nelayan",
  desc="Diklat 5 hari untuk nahkoda kapal perikanan di bawah 35 GT, ujian dan sertifikat dari kementerian.", cap=30)
D("Pelatihan Pemandu Gunung dan Porter Bersertifikat",
  desc="Navigasi, P3K di gunung, manajemen pendakian, sertifikat pemandu gunung. Untuk porter dan pemuda desa.", cap=25)
D("Pelatihan Manajemen Pengelola Pasar Desa dan Pasar Rakyat",
  desc="Penataan los dan kios, retribusi dan pembukuan, kebersihan dan sampah pasar, aturan pedagang.")
D("Katering kantor cari pemasok kue tradisional untuk snack box",
  desc="Kue basah tradisional 200-400 biji per hari untuk snack box rapat, diantar jam 6 pagi.")
D("Beli kue kering lebaran (nastar) untuk hampers", desc="Nastar, kastengel dan putri salju dalam toples, untuk hampers.")
D("Pabrik saus sambal beli cabai rawit merah segar", desc="Cabai rawit merah segar, 1-3 ton per minggu, dijemput.")
D("Beli cabai kering (cabe kering) semua jenis", desc="Cabai merah dan rawit kering untuk bumbu, kadar air di bawah 12%.")
D("System of Rice Intensification (SRI) field school",
  desc="Season-long field school: young single seedlings, wide spacing, intermittent irrigation, organic matter.", cap=25)
D("Exporter buys Gayo arabica green beans (grade 1, triple picked)",
  desc="Green beans, moisture 12-13%, defects below 11 per 300 g. Containers from Belawan.")
D("Beli kopi gelondong merah (cherry) arabika", desc="Kopi gelondong merah petik merah, ditimbang di kebun.")
D("Klinik Kesehatan Kambing: Cacingan, Kembung dan Mencret",
  desc="Dokter hewan datang ke kandang: obat cacing, cara mengatasi kembung dan mencret, pakan hijauan.")
D("RPH dan blantik beli sapi bali hidup", desc="Sapi bali jantan 2-3 tahun, bobot 250 kg ke atas, timbang hidup.")
D("Jual benih lele sangkuriang 5-7 cm", desc="Benih lele sangkuriang sehat, kirim pakai kantong oksigen.")
D("Pabrik fillet beli nila hidup ukuran 500 gr ke atas", desc="Nila hidup diangkut mobil tangki, 5 ton per minggu.", cap=5)
D("Beli ikan mas (karper) Danau Toba", desc="Ikan mas hidup untuk arsik, 1 ton per minggu.")
D("Distributor telur beli telur ayam negeri per peti",
  desc="Telur ayam ras (negeri), 15 kg per peti, ambil di kandang dua kali seminggu.")
D("Penyuluhan Keamanan Pangan dan Pengurusan SPP-IRT",
  desc="Penyuluhan Keamanan Pangan (PKP) dan pendampingan pengajuan SPP-IRT lewat OSS.")
D("SEHATI: sertifikasi halal gratis untuk usaha mikro",
  desc="Kuota sertifikasi halal gratis (self declare) untuk usaha mikro dan kecil, didampingi P3H.")
D("Kursus Menjahit Dasar: dari Pola sampai Jadi Baju",
  desc="Mengukur badan, membuat pola, memotong dan menjahit baju sekolah dan baju harian.", cap=15)
D("Pelatihan Pembukuan Kelompok Simpan Pinjam", desc="Buku kas, buku simpanan, buku pinjaman, hitung jasa dan SHU.")
D("Kelas Live Selling TikTok Shop untuk UMKM", desc="Persiapan live, naskah jualan, etalase, dan membaca data penonton.")
D("Product photography with a phone", desc="Lighting, backgrounds and editing for product photos of food and crafts.")
D("Pelatihan Pengelolaan Homestay Desa Wisata", desc="Standar kamar, kebersihan, sarapan, reservasi online dan melayani tamu.")
D("Kursus Mekanik Sepeda Motor Injeksi", desc="Tiga bulan, praktik di bengkel, sertifikat BNSP.", cap=20)
D("Pelatihan Pembuatan Kompos dari Jerami dan Kotoran Ternak", desc="Kompos jerami padi dan kotoran sapi dengan dekomposer, 3 minggu jadi.")
D("Beli rumput laut kering cottonii dan spinosum", desc="Rumput laut kering kadar air 35-38%, bersih dari pasir.", cap=50)
D("Reseller oleh-oleh cari keripik singkong balado", desc="Keripik balado kemasan 250 gr, sudah PIRT.")
D("Beli bawang merah konsumsi partai besar", desc="Bawang merah kering askip, minimal 5 ton, untuk Jakarta dan Bandung.")
D("Pabrik pakan beli jagung pipil kering", desc="Jagung pipil kadar air maksimal 17%, bebas jamur.")
D("Sekolah Lapang Kakao: PBK dan Busuk Buah", desc="Sanitasi kebun, panen sering, pemangkasan, sarungisasi buah.", cap=25)
D("Beli gula aren cetak", desc="Gula aren cetak batok atau bambu, 1-2 ton per bulan.")
D("Klinik Penyakit Udang Vaname (WFD, AHPND)", desc="Diagnosa penyakit berak putih, probiotik, manajemen air tambak.")
D("Beli bandeng segar untuk bandeng presto", desc="Bandeng 3-4 ekor per kg, es curah, 1 ton per minggu.")
D("Pendampingan QRIS untuk Warung dan Pedagang Pasar", desc="Daftar QRIS di bank, pasang stiker, cek uang masuk.")
D("Akuntansi dan Laporan Keuangan BUMDes", desc="Jurnal, buku besar, laporan laba rugi dan neraca BUMDes.")
D("Pendirian Koperasi Berbadan Hukum: Akta dan Pengesahan", desc="Rapat pendirian, AD/ART, akta notaris, pengesahan.")
D("Beli ikan fufu / cakalang asap", desc="Cakalang asap (fufu) utuh, 500 ekor per minggu, untuk Manado dan Ternate.")
D("Free cleft lip and palate surgery mission",
  desc="Surgical team visits twice a year; screening first through the puskesmas. Transport for the family is covered.")
D("Program IPAL Komunal untuk Sentra Tahu dan Tempe",
  desc="Pembangunan instalasi pengolahan air limbah komunal (anaerob + wetland) untuk 20-50 perajin.")
D("Biogas digester rumah tangga 4 m3", desc="Digester biogas dari kotoran sapi untuk kompor rumah tangga.", tags=["biogas", "energi"])
D("Sanggar Betawi: Kelas Membuat Ondel-ondel dan Miniaturnya",
  desc="Rangka bambu, topeng, rambut ijuk, kostum, dan versi mini 30 cm untuk suvenir.", tags=["ondel-ondel", "betawi"])
D("Pelatihan Membuat Boneka Flanel", desc="Boneka flanel dan gantungan kunci untuk suvenir.", tags=["boneka", "suvenir"])
D("Literasi Keamanan Digital: Waspada Penipuan Online dan Phishing",
  desc="Mengenali link APK palsu, modus kurir dan undian, mengamankan WhatsApp dan m-banking.", cap=50)
D("Waspada Pinjaman Online Ilegal", desc="Mengenali pinjol ilegal, hak peminjam, melapor ke OJK.")
D("Pendampingan UMKM Masuk e-Katalog Lokal dan Toko Daring (Bela Pengadaan)",
  desc="Syarat NIB dan NPWP, unggah produk, harga, dan melayani pesanan dari dinas dan sekolah.")
D("Pendampingan Registrasi dan Pengukuhan Kelompok Tani di SIMLUHTAN",
  desc="Penyuluh mendampingi pendataan anggota, pengukuhan kelas kelompok dan input ke SIMLUHTAN.")
D("Klinik Legalitas Perkumpulan dan Yayasan (AHU Online)",
  desc="Akta notaris pendirian perkumpulan atau yayasan, pengesahan Kemenkumham lewat AHU online, NPWP.")
D("Sekolah Lapang Bank Benih Komunitas",
  desc="Seleksi benih lokal, pengeringan, penyimpanan dalam wadah kedap, pencatatan dan tukar benih antar kelompok.")
D("Mobil Unit Donor Darah Keliling", desc="Unit donor darah datang ke desa, minimal 30 pendonor.")
D("Google Business Profile workshop for small shops",
  desc="Put your shop on Google Maps, add photos and opening hours, answer reviews.")

# need descriptions added on review
def ND(label, kind, desc):
    m = [n for n in NEEDS if n["label"] == label and n["kind"] == kind]
    assert len(m) == 1 and not m[0]["desc"], (label, kind)
    m[0]["desc"] = desc

ND("food:susu-kedelai", "training", "Kami jual di depan sekolah, botol 250 ml. Baru sehari sudah asam kalau tidak masuk kulkas.")
ND("forest:tengkawang", "market", "Buah dikumpul dari hutan adat, sudah dijemur. Musim raya tahun ini, belum tentu ada lagi 3 tahun.")
ND("forest:cendana", "training", "Cendana tua su habis ditebang dulu. Katong punya lahan 10 ha di kebun bersama.")
ND("crop:stevia", "training", "Lahan kami di 1.000 mdpl, biasanya tanam kopi dan sayur. Ada pembeli daun stevia kering di Palembang.")
ND("crop:kacang-panjang", "market", "Toke lama berhenti. Bisa kirim ke Pekanbaru pakai pikap, 1 jam.")
ND("crop:brokoli", "market", "Brokoli kepala padat, panen tiap minggu dari 12 ha. Bisa sortir grade.")
ND("livestock:serama", "training", "Sudah ada 40 ekor indukan. Anakan banyak yang postur jelek, tidak laku kontes.")
ND("livestock:biourine", "training", "Kandang kolektif 60 ekor sapi, kencing terbuang ke got. Pupuk kimia mahal.")
ND("equip:diesel", "training", "Bengkel jauh di Kuala Kapuas, sekali rusak perahu berhenti seminggu.")
ND("equip:spinner", "resource", "Produksi keripik singkong dan pisang 40 kg sehari. Kapasitas 5 kg cukup.")
ND("equip:roda-tiga", "resource", "Hasil kebun cengkeh, sayur dan pisang. Selama ini dipikul atau ojek, mahal.")
ND("equip:batako", "resource", "Pasir dan semen ada di Woha. Pembangunan rumah di desa banyak, batako didatangkan dari Kota Bima.")
ND("equip:weeder", "resource", "Sawah kelompok 35 ha, tanam 2 kali setahun. Anak muda ke kebun kopi, tenaga siang kurang.")
ND("water:depot", "training", "Air sumur bor torang bagus, tapi belum ada izin laik higiene. Orang kampung beli galon dari Tobelo.")
ND("env:bank-benih", "training", "Benih padi ladang dan sorgum lokal makin hilang. Tiap musim beli benih dari toko, mahal.")
ND("digital:penipuan", "training", "Ada anggota kehilangan uang tabungan 4 juta karena klik link undangan nikah.")
ND("finance:zakat", "resource", "Anggota 28 orang, jualan kue, sayur dan kelontong kecil di pasar. Modal habis setelah banjir.")
ND("org:simluhtan", "training", "Kami sudah ada SK desa, tapi tidak bisa dapat bantuan dinas karena belum terdaftar.")
ND("permit:ig", "training", "Ubi Banggai punya banyak jenis, terkenal dari dulu. Sudah ada yang jual dengan nama Banggai dari luar daerah.")
ND("digital:ekatalog", "training", "Kami produksi sepatu dan tas kulit, sudah ada NIB. Dinas dan sekolah mau beli tapi harus lewat e-katalog.")
ND("health:hiv", "training", "Ada 20 anak muda yang mau jadi kader. Gereja siap kasih tempat.")
ND("edu:keaksaraan", "training", "Mama2 ada 19 orang, jualan sayur di pasar. Mau bisa tulis nama dan hitung uang jualan.")
ND("edu:braille", "training", "14 anggota, sebagian baru kehilangan penglihatan karena diabetes.")
ND("social:jenazah", "training", "Yang biasa mengurus jenazah perempuan di kampung sudah sepuh, belum ada penggantinya.")
ND("craft:kaligrafi", "training", "Ada 18 remaja, sebagian sudah bisa khat dasar. Mau buat kaligrafi di kanvas untuk dijual saat Ramadan.")
ND("culture:gendang-beleq", "resource", "Gendang lama kulitnya pecah dan kayunya retak. Sanggar dipakai untuk nyongkolan dan penyambutan tamu.")
ND("tourism:surf", "training", "Tamu dari Australia dan Eropa banyak ke Krui, tapi instruktur dari luar. Pemuda kami bisa surfing tapi tidak punya sertifikat.")
ND("tourism:birdwatching", "training", "Sudah ada tamu yang datang, tapi kitong belum tahu nama burung dan cara layani tamu.")
ND("service:pelaminan", "training", "Di nagari banyak baralek, pelaminan sewa dari Padang mahal.")
ND("craft:lukis-kaca", "training", "Sanggar masih punya lukisan kaca lama dan alat. Anak muda mau, tapi tidak ada yang mengajar lagi.")
ND("every:cabai-rawit", "market", "Lokasi di Bangkala, jalan bisa truk. Panen 2 kali seminggu.")
ND("every:arabika-gb", "market", "Semi-washed dan full-washed, sudah uji cupping skor 84.")
ND("every:kambing-sehat", "training", "Kambing kacang 60 ekor, dilepas siang di kebun kelapa.")
ND("every:benih-lele", "resource", "Kolam terpal 10 buah, baru mulai. Benih dari Jambi kota sering mati di jalan.")
ND("every:nila", "market", "Keramba jaring apung di Haranggaol, ukuran 4-5 ekor per kg.")
ND("every:menjahit", "training", "Mesin jahit bantuan gereja, belum ada yang bisa pakai dengan baik.")
ND("every:homestay", "training", "Ada 6 rumah yang siap dijadikan homestay dekat pantai.")
ND("every:motor", "training", "Pemuda 20 orang, lulusan SMA, belum kerja.")
ND("every:rumput-laut", "market", "Bisa kirim ke gudang di Makassar. Panen tiap 45 hari.")
ND("every:vaname", "training", "Tambak 8 petak, semi intensif. Sudah 2 siklus gagal di umur 50 hari.")
ND("every:qris", "training", "Pembeli sekarang banyak yang bayar pakai HP, beta seng punya QRIS.")
ND("org:koperasi", "training", "Anggota 26 perajin anyaman bambu dan ata. Sudah ada simpanan pokok dan wajib.")

# ============================== END OF RECORDS ==============================

# ---------------- providers ----------------
W1 = ("Maju Sejahtera Mandiri Harapan Karya Bersama Sentosa Abadi Lestari Makmur Jaya Nusantara "
      "Bahari Tunas Mitra Sinar Cahaya Berkah Prima Gemilang Permata Barokah Sumber Rezeki Utama "
      "Pelita Anugerah Samudra Bumi Timur Lintas Insan Mulia Agung Indah Baru Setia Kencana Surya "
      "Cipta Damai Fajar Rimba Segara Tirta Wana Dharma Bakti Hijau Raya Andalan Teguh Sakti").split()
PRE = {"trainer": ["LPK", "Lembaga Pelatihan", "Yayasan", "Balai Kursus", "Pusat Pelatihan", "Sanggar", "Klinik Usaha"],
       "programme": ["Program", "Yayasan", "Perkumpulan", "Gerakan", "Inisiatif", "Forum"],
       "buyer": ["UD", "CV", "PT", "Toko", "Koperasi", "Pengepul", "Dagang"],
       "supplier": ["CV", "Toko", "PT", "UD", "Bengkel", "Distributor"]}
BIG = ["Kota Administrasi Jakarta Selatan", "Kota Surabaya", "Kota Bandung", "Kota Medan", "Kota Makassar",
       "Kota Yogyakarta", "Kota Denpasar"]
PROG_WORDS = re.compile(r"\b(bantuan|hibah|program|gratis|free|grant|zakat|subsidi|mission|misi|bakti|dana)\b", re.I)

def jitter(key, lat, lon, r=0.06):
    h = hashlib.sha256(key.encode()).digest()
    return round(lat + (h[0] / 255 - 0.5) * r, 4), round(lon + (h[1] / 255 - 0.5) * r, 4)

def provider_place(o_, i):
    for a in o_["area"]:
        if a in REG:
            return REG[a][0], a
    if o_["area"]:
        p = o_["area"][0]
        regs = [r for r in REG_ORDER if REG[r][0] == p]
        kota = [r for r in regs if r.startswith("Kota ")]
        return p, (kota or regs)[0]
    r = BIG[i % len(BIG)]
    return REG[r][0], r

def ptype(o_, i):
    t = o_["title"] + " " + (o_["desc"] or "")
    if o_["kind"] == "market":
        return "buyer"
    if o_["kind"] == "resource":
        return "programme" if PROG_WORDS.search(t) else "supplier"
    return "programme" if (PROG_WORDS.search(t) or i % 4 == 0) else "trainer"

EN = re.compile(r"\b(for|and|the|buyer|buyers|course|training|workshop|wanted|kit|free|grant|with|of|farming|"
                r"making|production|we|our|buy|buys|class|tutors|record-keeping|shop|supply|certification|clinic|school|programme|processing|sale|rental)\b", re.I)
def is_en(title):
    return len(EN.findall(title)) >= 1 and not re.search(r"\b(untuk|dan|beli|pelatihan|kursus|dengan|yang)\b", title, re.I)

def build():
    rng = random.Random(14)
    groups = GROUPS[:]
    rng.shuffle(groups)
    for i, g in enumerate(groups):
        g["ref"] = f"g{i + 1:03d}"
    needs = NEEDS[:]
    rng.shuffle(needs)
    for i, n in enumerate(needs):
        n["ref"] = f"n{i + 1:03d}"
    offers = OFFERS[:]
    rng.shuffle(offers)
    names_used = set()
    nrng = random.Random(1414)
    for i, x in enumerate(offers):
        x["ref"] = f"o{i + 1:03d}"
        x["pref"] = f"p{i + 1:03d}"
        x["ptype"] = ptype(x, i)
        x["pprov"], x["preg"] = provider_place(x, i)
        while True:
            nm = f"{nrng.choice(PRE[x['ptype']])} {nrng.choice(W1)} {nrng.choice(W1)}"
            if nm not in names_used and len(set(nm.split()[-2:])) == 2:
                names_used.add(nm)
                break
        x["pname"] = nm
    doc = {"groups": [], "providers": [], "needs": [], "offers": []}
    for g in sorted(groups, key=lambda g: g["ref"]):
        lat, lon = jitter("g" + g["name"], REG[g["regency"]][1], REG[g["regency"]][2])
        doc["groups"].append({"ref": g["ref"], "name": g["name"], "province": g["province"], "regency": g["regency"],
                              "lat": lat, "lon": lon, "members": g["members"]})
    for x in offers:
        lat, lon = jitter("p" + x["pname"], REG[x["preg"]][1], REG[x["preg"]][2])
        doc["providers"].append({"ref": x["pref"], "name": x["pname"], "type": x["ptype"], "province": x["pprov"],
                                 "regency": x["preg"], "lat": lat, "lon": lon})
    for n in needs:
        r = {"ref": n["ref"], "group": n["group"]["ref"], "kind": n["kind"], "title": n["title"]}
        if n["desc"]:
            r["description"] = n["desc"]
        if n["tags"]:
            r["tags"] = n["tags"]
        doc["needs"].append(r)
    for x in offers:
        r = {"ref": x["ref"], "provider": x["pref"], "kind": x["kind"], "title": x["title"]}
        if x["desc"]:
            r["description"] = x["desc"]
        if x["tags"]:
            r["tags"] = x["tags"]
        r["service_area"] = x["area"]
        if x["cap"]:
            r["capacity"] = x["cap"]
        if x["st"]:
            r["status"] = x["st"]
        doc["offers"].append(r)
    truth = {}
    for n in needs:
        g = n["group"]
        truth[n["ref"]] = [x["ref"] for x in offers if n["label"] in x["labels"] and x["kind"] == n["kind"]
                           and not x["st"] and reaches(x, g)]
    return doc, truth, needs, offers

def reaches(x, g):
    return not x["area"] or g["province"] in x["area"] or g["regency"] in x["area"]

def main():
    doc, truth, needs, offers = build()
    name = os.path.basename(SET)
    with open(os.path.join(SET, f"{name}-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(SET, f"{name}-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if "--review" in sys.argv:
        for n in needs:
            g = n["group"]
            fam = n["label"].split(":")[0]
            print(f"\n{n['ref']} [{n['kind']}] {n['label']}  {g['regency']}, {g['province']}")
            print(f"   {n['title']}")
            if n["desc"]:
                print(f"   ({n['desc'][:160]})")
            shown = set()
            for x in offers:
                same = n["label"] in x["labels"]
                near = fam == x["labels"][0].split(":")[0] and x["kind"] == n["kind"] and reaches(x, g)
                if same or near:
                    mark = "+" if x["ref"] in truth[n["ref"]] else "-"
                    print(f"  {mark} {x['ref']} {x['kind'][:5]:5} {x['st'] or 'open':9} {'+'.join(x['labels']):38} "
                          f"{(','.join(a.replace('Kabupaten ', 'Kab ') for a in x['area']) or '*')[:40]:40} {x['title'][:70]}")
                    shown.add(x["ref"])
    if "--stats" in sys.argv or "--review" in sys.argv:
        fits = [r for v in truth.values() for r in v]
        en_fit = [r for r in fits if is_en(next(x["title"] for x in offers if x["ref"] == r))]
        en_off = [x for x in offers if is_en(x["title"])]
        print(f"\nneeds {len(needs)}, offers {len(offers)}, fits {len(fits)}, empty {sum(1 for v in truth.values() if not v)}")
        print(f"English offers {len(en_off)} ({100 * len(en_off) / len(offers):.0f} %), English fits {len(en_fit)} "
              f"({100 * len(en_fit) / max(1, len(fits)):.0f} %)")
        if "--en" in sys.argv:
            for x in en_off:
                print("   EN", x["title"])
        unused = {l for x in offers for l in x["labels"] if not l.split(":")[1].startswith("x-")} - {n["label"] for n in needs}
        if unused:
            print("labels on offers that no need asks for (should be x-):", sorted(unused))

if __name__ == "__main__":
    main()
