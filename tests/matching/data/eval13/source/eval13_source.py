#!/usr/bin/env python3
"""Thirteenth evaluation set, written by hand as subject-labelled records.

Writes ../eval13-marketplace.json and ../eval13-marketplace.truth.json.
Usage: python3 eval13_source.py [--review]

Labels are family:topic; a topic starting with x- is a look-alike or neighbour that no need
asks for. An offer may carry two labels. An offer fits a need when it carries the need's label,
is the same kind, is open, and its service_area is empty or names the group's province or
regency (exact official names), except where FIT_ADD / FIT_DROP below say otherwise after
review. THIS FILE IS AS HELD OUT AS THE TRUTH FILE.
"""
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
REGIONS = os.environ.get(
    "EVAL_REGIONS",
    os.path.join(SET, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"),
)

GROUPS = []   # dicts: key, name, province, regency, members
NEEDS = []    # dicts: label, kind, group, title, description
OFFERS = []   # dicts: labels, kind, ptype, title, description, area, status, tags, capacity
_gkeys = {}


def G(key, name, province, regency, members):
    _gkeys[key] = len(GROUPS)
    GROUPS.append(dict(key=key, name=name, province=province, regency=regency, members=members))
    return key


def N(label, kind, group, title, description=None, tags=None):
    NEEDS.append(dict(label=label, kind=kind, group=group, title=title, description=description, tags=tags))


def O(labels, kind, title, area=(), description=None, status=None, tags=None, capacity=None, ptype=None):
    if isinstance(labels, str):
        labels = [labels]
    if ptype is None:
        ptype = {"training": "trainer", "market": "buyer", "resource": "supplier"}[kind]
    OFFERS.append(dict(labels=list(labels), kind=kind, ptype=ptype, title=title, description=description,
                       area=list(area), status=status, tags=tags, capacity=capacity))


T, M, R = "training", "market", "resource"
JT, JB, JTM, DIY = "Jawa Tengah", "Jawa Barat", "Jawa Timur", "DI Yogyakarta"
NTB, NTT = "Nusa Tenggara Barat", "Nusa Tenggara Timur"

# ============================================================ crops and vegetables (everyday)
G("mgl", "Kelompok Tani Sido Makmur", JT, "Kabupaten Magelang", 25)
N("crops:chilli-grow", T, "mgl",
  "cabe merah kmi bnyk yg busuk buahnya, ada bercak item kyk kebakar (patek). gmn ngatasinya?",
  "Lahan kira2 2 ha di lereng Merbabu. Sdh 3x panen rugi, obat sdh macem2 disemprot tp patek tetep nyebar "
  "apalagi pas musim hujan. Anggota 25 org, bisa kumpul malem jumat.")
G("slk", "Kelompok Tani Saiyo Sakato", "Sumatera Barat", "Kabupaten Solok", 31)
N("crops:chilli-fresh-sell", M, "slk",
  "awak ado cabe merah keriting kiro2 2 ton sabulan, sia nan ka mambali?",
  "Panen tiok 4 hari. Salamo ko dijua ka toke di pasa, hargo jatuah taruih.")
G("lte", "KT Bareng Maju Sembalun", NTB, "Kabupaten Lombok Timur", 22)
N("crops:plastic-mulch", R, "lte",
  "tiang perlu mulsa plastik hitam perak 40 roll utk tanam cabe & tomat musim ini",
  "Kance2 di Sembalun mau tanam serempak bulan dpn. Kalau ada bantuan atau harga grosir.")
G("mnd", "Kelompok Tani Rica Waya", "Sulawesi Utara", "Kabupaten Minahasa", 19)
G("mrg", "Kelompok Tani Renah Pemenang", "Jambi", "Kabupaten Merangin", 23)
N("crops:chilli-fresh-sell", M, "mrg", "cabe merah kriting 800 kg/minggu siap panen, cari toke yg ambil rutin",
  "Lahan 6 ha, panen mulai bulan depan sampai 3 bulan. Bisa dijemput di simpang desa.")
N("crops:birdseye-chilli-sell", M, "mnd",
  "torang mo jual rica (cabe rawit merah) kira2 1 ton tiap bulan",
  "Rica dari kebun di Tondano, so petik merah. Sapa yg mo ambe partai?")
G("plm", "Poktan Sipatuo Tinambung", "Sulawesi Barat", "Kabupaten Polewali Mandar", 27)
N("crops:knapsack-sprayer", R, "plm",
  "kami butuh tangki semprot (sprayer gendong) 15 unit, yg lama sdh bocor semua", None)

O("crops:chilli-grow", T, "Sekolah Lapang Cabai Merah: pengendalian antraknosa (patek) dan lalat buah",
  [JT, DIY], "12 pertemuan di lahan kelompok, satu musim tanam.", capacity=30)
O("crops:chilli-grow", T, "Klinik Tanaman Cabai: busuk buah, keriting daun dan budidaya yang baik", [],
  "Online sessions plus a field visit by a regional agronomist.", ptype="programme")
O("crops:chilli-grow", T, "Budidaya Cabai di Musim Hujan", [JT], status="closed")
O("crops:x-chilli-sauce", T, "Pelatihan Membuat Saus dan Sambal Botol dari Cabai Lokal", [JT, DIY], "Untuk KWT yang ingin mengolah cabai saat harga jatuh. Praktik sterilisasi botol dan label.")
O(["crops:chilli-fresh-sell", "crops:birdseye-chilli-sell"], M,
  "Pengepul cabai merah keriting dan rawit, 1–5 ton per minggu, ambil di kebun", ["Sumatera Barat", "Riau"], "Harga mengikuti pasar induk Padang, timbang di tempat, bayar tunai.")
O("crops:chilli-fresh-sell", M, "Beli cabe merah keriting segar untuk pasar induk", ["Sumatera Barat", "Jambi"],
  "Bayar tunai saat timbang, sortir merah penuh.")
O("crops:chilli-fresh-sell", M, "Chili buyer: fresh red curly chilli for a sauce factory", [JB, "Banten"])
O("crops:x-dried-chilli", M, "Dicari cabai merah kering (giling kasar) untuk pabrik bumbu", [], "Kadar air maks 10 %, tanpa jamur. Kirim ke pabrik di Tangerang atas biaya penjual.")
O("crops:birdseye-chilli-sell", M, "Tampung rica / cabe rawit merah, kirim ke Manado dan Gorontalo",
  ["Sulawesi Utara", "Gorontalo"], "Minimal 200 kg sekali ambil, petik merah tanpa tangkai.")
O("crops:x-dried-chilli", M, "Beli cabe rawit kering & bubuk cabe", ["Sulawesi Utara"])
O("crops:plastic-mulch", R, "Jual mulsa plastik hitam perak (MPHP) 1,2 m x 500 m, kirim se-NTB", [NTB], "Harga grosir untuk kelompok tani, minimal 10 roll.")
O("crops:plastic-mulch", R, "Plastik penutup bedengan (hitam-perak) untuk sayuran, grosir", [])
O("crops:x-uv-plastic", R, "Plastik UV dan paranet untuk rumah tanam", [NTB], "Plastik UV 14 % dan paranet 55–75 %, potong sesuai ukuran.")
O("crops:knapsack-sprayer", R, "Sprayer gendong manual & elektrik 16 liter, harga kelompok",
  ["Sulawesi Barat", "Sulawesi Selatan"], "Garansi 6 bulan, suku cadang tersedia di Polewali dan Pinrang.")
O("crops:knapsack-sprayer", R, "Bantuan alsintan kecil: hand sprayer dan cangkul untuk poktan",
  ["Sulawesi Barat"], ptype="programme", status="withdrawn")
O("crops:x-drone-spray", R, "Jasa semprot pestisida dengan drone, per hektar", ["Sulawesi Barat"], "Rp 120 ribu per hektar, minimal 10 hektar sehamparan.")

# rice
G("btk", "Kelompok Tani Handil Bakti", "Kalimantan Selatan", "Kabupaten Barito Kuala", 40)
N("crops:rice-grow", T, "btk",
  "kelompok ulun perlu pelatihan, hasil panen turun terus",
  "Sawah pasang surut di Handil Bakti, tanam sakali satahun. Dahulu hasil bisa 4 ton, wayah ini kadada 3 ton. Urang tuha2 tanam bajarak kada karuan. Ulun handak belajar tanam padi jajar legowo wan pupuk nang pas. Anggota 40 urang, kawa bakumpul di balai desa.")
G("ngw", "Gapoktan Sumber Rejeki Paron", JTM, "Kabupaten Ngawi", 64)
N("crops:paddy-sell", M, "ngw", "jual gabah kering panen 8 ton, panen akhir bulan ini",
  "Varietas Inpari 32. Bisa diambil pakai truk sampai pinggir sawah.")
G("sdr", "Kelompok Tani Massiddi", "Sulawesi Selatan", "Kabupaten Sidenreng Rappang", 45)
N("crops:paddy-sell", M, "sdr", "tabe', ada yg mau beli gabah? kira2 50 karung per minggu selama panen",
  "Gabah dari 60 ha sawah anggota, panen April. Selama ini dijual ke pa'palele, harganya selalu di bawah.")

O("crops:rice-grow", T, "Sekolah Lapang Padi Jajar Legowo 2:1 dan Pemupukan Berimbang",
  ["Kalimantan Selatan"], "Satu musim tanam, didampingi PPL. Cocok untuk sawah pasang surut dan tadah hujan.", capacity=25)
O("crops:rice-grow", T, "Rice row planting (jajar legowo) and SRI for tidal swamp fields",
  ["Kalimantan Selatan", "Kalimantan Tengah"], ptype="programme")
O("crops:x-transplanter", T, "Pelatihan Operator Mesin Tanam Padi (rice transplanter)", ["Kalimantan Selatan"], "Untuk UPJA dan brigade alsintan, termasuk pembuatan persemaian dapog.")
O("crops:x-rice-seed", T, "Penangkaran Benih Padi Bersertifikat untuk Kelompok", ["Kalimantan Selatan"])
O("crops:paddy-sell", M, "Tampung gabah kering panen (GKP) dan GKG, truk sendiri", [JTM, JT], "Kapasitas 50 ton per hari. Harga sesuai kadar air dan hampa.")
O("crops:paddy-sell", M, "Penggilingan padi beli gabah langsung dari petani", ["Kabupaten Ngawi", "Kabupaten Madiun"])
O("crops:paddy-sell", M, "Beli gabah petani, harga sesuai HPP", ["Kabupaten Madiun", "Kabupaten Magetan"])
O("crops:paddy-sell", M, "Mitra Bulog serap gabah petani", [JTM], "Gabah kering panen, harga pembelian pemerintah.", tags=["gabah", "GKP"])
O("crops:x-milled-rice", M, "Beli beras medium dan premium untuk toko sembako", [JTM, "Sulawesi Selatan"], "Beras giling kemasan 5 kg dan 25 kg, broken maks 15 %.")
O("crops:x-rice-bran", M, "Dicari dedak / bekatul halus untuk pakan", [JTM], "Rutin 10 ton per bulan untuk peternakan ayam.")
O("crops:paddy-sell", M, "Beli gabah petani Sidrap & Pinrang, bayar di tempat",
  ["Kabupaten Sidenreng Rappang", "Kabupaten Pinrang"])
O("crops:paddy-sell", M, "Rice mill buying unhusked paddy from farmer groups", ["Sulawesi Selatan"],
  "Moisture up to 25 %, we dry it ourselves.")

# soybean, mung bean
G("bma", "Kelompok Tani Ncuhi Sape", NTB, "Kabupaten Bima", 33)
N("crops:soybean-sell", M, "bma", "jual kedelai lokal 10 ton hasil panen kemarau",
  "Kedelai biji kuning sdh kering dan dibersihkan, dikemas karung 50 kg.")
G("gbg", "Kelompok Tani Ngudi Rejeki", JT, "Kabupaten Grobogan", 29)
N("crops:mungbean-sell", M, "gbg", "golek bakul kacang ijo, panen kelompok kira2 6 ton",
  "Kacang ijo biji gede, wis garing. Biasane didol neng tengkulak regane ditekan.")

O("crops:soybean-sell", M, "Koperasi perajin tahu tempe beli kedelai lokal", [NTB, JTM],
  "Kadar air maks 14 %, minimal 5 ton sekali kirim.")
O("crops:soybean-sell", M, "Local soybean buyer for tempeh producers", [], "Pick-up from the port.")
O(["crops:x-peanut", "crops:x-pulses"], M, "Beli kacang tanah ose dan kacang merah", [NTB, JT], "Kacang tanah kupas (ose) dan kacang merah kering, partai minimal 2 ton.")
O("crops:mungbean-sell", M, "Tampung kacang hijau (kacang ijo) dari petani, partai", [JT, JTM], "Biji besar dan kecil dipisah. Gudang di Purwodadi.")
O("crops:mungbean-sell", M, "Mung bean buyer for bean sprouts and porridge factory", [JT], status="closed")
O("crops:soybean-sell", M, "Pabrik tahu beli kedelai petani Grobogan", ["Kabupaten Grobogan"], "Kedelai kuning lokal, kadar air maks 14 %.")

# ============================================================ less common crops
G("blr", "KWT Mekar Sari Kanor", JTM, "Kabupaten Bojonegoro", 18)
N("crops:rosella-process", T, "blr", "pengen blajar ngolah rosela jd teh celup & sirup",
  "Kelopak rosela merah banyak di pekarangan anggota, selama ini cuma dijual basah murah.")
G("klp", "Kelompok Tani Rosela Girimulyo", DIY, "Kabupaten Kulon Progo", 21)
N("crops:rosella-dried-sell", M, "klp", "jual kelopak rosela merah kering 300 kg/bulan",
  "Kelopak dijemur di para-para & dioven, warna masih merah. Dikemas plastik 5 kg. Kami di perbukitan Menoreh, ongkir ke Jogja murah.")

O("crops:rosella-process", T, "Pelatihan Pengolahan Rosela: teh kering, teh celup dan sirup", [JTM, JT], "Dua hari, praktik pengeringan dan pengemasan teh celup.")
O("crops:x-rosella-grow", T, "Budidaya Rosela Merah di Lahan Kering", [JTM], "Untuk petani lahan kering yang ingin menanam rosela sebagai tanaman sela.")
O("crops:rosella-dried-sell", M, "Beli kelopak rosela kering untuk teh herbal", [DIY, JT], "Kelopak utuh, warna merah tua, kadar air maks 10 %.")
O("crops:rosella-dried-sell", M, "Dried roselle buyer (herbal tea exporter)", [])
O("crops:x-telang-sell", M, "Tampung bunga telang kering", [DIY], "Bunga telang biru kering oven, minimal 20 kg.")

G("cms", "Kelompok Tani Hutan Cikupa", JB, "Kabupaten Ciamis", 26)
N("crops:cardamom-sell", M, "cms", "punten, saha nu peryogi kapulaga garing? aya kira2 800 kg",
  "Kapulaga lokal tina kebon handapeun tangkal albasiah, tos dijemur.")
G("tsk", "KTH Leuweung Hejo", JB, "Kabupaten Tasikmalaya", 30)
N("crops:cardamom-grow", T, "tsk", "hoyong diajar melak kapulaga di handapeun tangkal (agroforestry), buahna sakedik",
  "Tatangkalan albasiah seueur, tapi kapulaga teu pati jadi. Anggota 30 urang.")

O("crops:cardamom-sell", M, "Beli kapulaga kering (lokal & sabrang), bayar tunai", [JB, JT], "Gudang di Tasikmalaya, bisa jemput di atas 500 kg.")
O("crops:cardamom-sell", M, "Cardamom buyer, dried pods, any volume", ["Jawa Barat"])
O("crops:x-cloves-sell", M, "Beli cengkeh dan pala kering", [JB])
O("crops:cardamom-sell", M, "Tampung kapulaga kering Garut", ["Kabupaten Garut"])
O("crops:cardamom-grow", T, "Budidaya Kapulaga di Bawah Tegakan Hutan Rakyat", [JB, JT], "Untuk KTH dengan lahan albasia, sengon dan jati. Praktik pemupukan dan pemeliharaan rumpun.", capacity=40)
O("crops:cardamom-grow", T, "Cardamom under trees: agroforestry field school", [], "Six sessions over a season for forest farmer groups; materials in Indonesian.", ptype="programme")
O("crops:x-porang-grow", T, "Budidaya Porang di Bawah Tegakan", [JB], "Untuk KTH, termasuk pembuatan bibit dari katak (bulbil).")

G("dsd", "KWT Jeruk Purut Namorambe", "Sumatera Utara", "Kabupaten Deli Serdang", 17)
N("crops:kaffir-leaf-sell", M, "dsd", "Looking for a buyer of fresh kaffir lime leaves, about 200 kg a week",
  "Our members grow kaffir lime (jeruk purut) for the leaves only. We can pack and send to Medan.")
O("crops:kaffir-leaf-sell", M, "Beli daun jeruk purut segar untuk restoran & ekspor", ["Sumatera Utara"], "Daun segar, hijau tua, tanpa ranting. Rutin 500 kg per minggu.")
O("crops:kaffir-leaf-sell", M, "Kaffir lime leaf buyer, fresh and dried", [])
O("crops:x-citrus-fruit", M, "Beli jeruk siam/jeruk medan partai besar", ["Sumatera Utara"])

G("lbk", "Kelompok Tani Buah Cileles", "Banten", "Kabupaten Lebak", 24)
N("crops:rambutan-sell", M, "lbk", "kite ade rambutan binjai kira2 5 ton panen desember, sape yg mau beli?",
  "Pohon rambutan punya anggota 25 org, kira2 600 pohon. Tiap taun buahnye kebanyakan busuk di pohon krn tengkulak cuma ambil dikit.")
O("crops:rambutan-sell", M, "Beli rambutan binjai & rapiah langsung dari kebun", ["Banten", JB], "Sistem borongan per pohon atau timbang, kami bawa keranjang.")
O("crops:x-longan", M, "Dicari kelengkeng dan leci untuk supermarket", ["Banten"])
O("crops:rambutan-sell", M, "Fresh rambutan wanted for Jakarta supermarkets", ["DKI Jakarta"])

G("tmh", "Kelompok Tani Kakaskasen", "Sulawesi Utara", "Kota Tomohon", 20)
N("crops:chayote-sell", M, "tmh", "torang pe labu siam 2 ton tiap minggu, cari pembeli tetap",
  "Labu siam muda, panen 2x seminggu. Torang so kirim ke pasar Beriman tapi harga turun terus kalau banjir barang.")
O("crops:chayote-sell", M, "Tampung labu siam dan sayur dataran tinggi", ["Sulawesi Utara"], "Labu siam, kol dan wortel, kirim ke Manado dan Bitung.")
O("crops:x-pumpkin", M, "Beli labu kuning (waluh) besar", ["Sulawesi Utara"])

G("jtm", "Kelompok Wanita Kebun Kota Cipinang", "DKI Jakarta", "Kota Administrasi Jakarta Timur", 15)
N("crops:microgreens-grow", T, "jtm", "Microgreens growing training for our urban women's group",
  "We have a small rooftop and want to sell trays to cafés. Nobody knows which seeds or media to use.")
O("crops:microgreens-grow", T, "Kelas Menanam Microgreens & Sayur Baby Leaf", ["DKI Jakarta", JB], "Kelas akhir pekan, praktik pakai tray dan media cocopeat.")
O("crops:x-hydroponics", T, "Hidroponik NFT untuk Pemula", ["DKI Jakarta"])

G("psr", "Kelompok Tani Sedap Malam Rembang Pasuruan", JTM, "Kabupaten Pasuruan", 23)
N("crops:tuberose-sell", M, "psr", "cari pembeli bunga sedap malam tangkai, 2.000 tangkai per hari",
  "Bunga dipanen pagi, diikat 10 tangkai. Sering sisa karena pengepul cuma ambil sedikit.")
O("crops:tuberose-sell", M, "Florist beli bunga potong sedap malam & gladiol", [JTM, "Bali"], "Tangkai panjang minimal 70 cm, kirim pagi ke Surabaya dan Denpasar.")
O("crops:x-chrys-sell", M, "Beli krisan potong dan mawar", [JTM])

G("sbg", "Kelompok Tani Cisalak Mekar", JB, "Kabupaten Subang", 28)
N("crops:banana-leaf-sell", M, "sbg", "jual daun pisang batu 100 ikat/hari, utk bungkus",
  "Kebon cau batu seueur. Daun dijual ka pasar, tapi hoyong nu ngala rutin.")
O("crops:banana-leaf-sell", M, "Tampung daun pisang batu untuk pembungkus, rutin", [JB, "DKI Jakarta"], "Untuk pasar induk dan rumah makan, 200 ikat per hari.")
O("crops:x-banana-bunch", M, "Beli pisang tanduk & kepok per tandan", [JB])

G("btu", "Kelompok Tani Sukulen Bumiaji", JTM, "Kota Batu", 14)
N("crops:succulent-sell", M, "btu", "cari pembeli rutin kaktus & sukulen pot kecil (souvenir), 2.000 pot/bulan",
  "Kami anggota 14 org, punya green house kecil. Pot 5 cm isi kaktus mini/sukulen, bisa kasih pita & kartu ucapan.")
O("crops:succulent-sell", M, "Dicari kaktus mini dan sukulen untuk suvenir pernikahan", ["Bali", "DKI Jakarta", JB], "Pot 5–7 cm, minimal 500 pot per pesanan.")

# ============================================================ plantation: coffee
G("lbr", "Kelompok Tani Kopi Sumber Jaya", "Lampung", "Kabupaten Lampung Barat", 38)
N("plant:robusta-grow", T, "lbr",
  "kopi robusta kmi buahnya dikit, batang udh tua2. pengen belajar sambung pucuk & pangkas",
  "Umur kebun rata2 25 th. Kalau dibongkar semua gk ada pemasukan. Katanya bisa disambung pakai klon unggul.")
G("kph", "KUB Kopi Kabawetan", "Bengkulu", "Kabupaten Kepahiang", 41)
N("plant:robusta-bean-sell", M, "kph",
  "jual hasil panen kelompok 5 ton, cari pembeli yg bayar sesuai mutu",
  "Anggota 41 org di Kabawetan. Tahun ini panen bagus tp harga di toke cuma sama rata, petik merah & petik hijau dihargai sama. Yg kami jual kopi robusta asalan (green bean), sdh dijemur di lantai jemur & dikupas di huller desa, kadar air sekitar 13 %. Bisa dikarungkan 60 kg, truk bisa masuk sampai gudang kelompok.")
G("dai", "Kelompok Tani Kopi Sumbul", "Sumatera Utara", "Kabupaten Dairi", 26)
N("plant:coffee-pulper", R, "dai",
  "Horas, kelompok butuh mesin pulper kopi (pengupas kulit buah merah) kapasitas 300 kg/jam", None)
G("tdt", "Kelompok Tani Kawa Daun Batusangkar", "Sumatera Barat", "Kabupaten Tanah Datar", 16)
N("plant:kawa-leaf-sell", M, "tdt", "awak produksi kawa daun (daun kopi salai kering), 200 kg sabulan, sia nan ka mambali?",
  "Daun kopi disalai di dapua, lalu dijamua. Kamasan karuang 10 kg. Salamo ko dijua di lapau sakitar se.")
G("bna", "Karang Taruna Gampong Lampriet", "Aceh", "Kota Banda Aceh", 20)
N("svc:barista", T, "bna", "aneuk muda gampong kamoe mau buka kedai kopi, perlu kursus barista (espresso & manual brew)",
  "Mesin espresso sdh ada bekas, tp blm ada yg bisa pakai dgn benar.")
G("bmr", "Koperasi Kopi Wih Pesam", "Aceh", "Kabupaten Bener Meriah", 52)
N("plant:cascara-sell", M, "bmr", "kulit kopi kering (cascara) 1 ton tiap bulan panen, ada yg beli?",
  "Selama ini kulit buah dibuang ke kebun. Sdh coba jemur di para-para, bersih.")

O("plant:robusta-grow", T, "Rehabilitasi Kebun Kopi Robusta: sambung samping & pangkas", ["Lampung", "Bengkulu"], "Praktik di kebun petani, entres klon unggul disediakan.", capacity=35)
O("plant:robusta-grow", T, "Peremajaan Kebun Kopi Rakyat dengan Sambung Klon Unggul", [], ptype="programme")
O("plant:x-coffee-post", T, "Pascapanen Kopi Petik Merah & Fermentasi", ["Lampung"])
O("plant:x-cocoa-graft", T, "Sambung Samping Kakao", ["Lampung"])
O(["plant:robusta-bean-sell"], M, "Beli biji kopi robusta (green bean) asalan & petik merah",
  ["Bengkulu", "Sumatera Selatan", "Lampung"], "Harga dibedakan per mutu (nilai cacat), gudang di Kepahiang dan Liwa.")
O("plant:robusta-bean-sell", M, "Exporter buying Robusta green coffee, grade 4 and up", [], "Moisture max 12.5 %, triage and defect count at our warehouse.")
O("plant:x-coffee-cherry", M, "Beli kopi gelondong merah (cherry) segar", ["Bengkulu"], "Buah merah petik pagi, untuk proses natural di unit kami.")
O("plant:x-arabica-buy", M, "Beli green bean arabika specialty", ["Bengkulu", "Aceh", "Sumatera Utara"])
O("plant:robusta-bean-sell", M, "Tampung kopi robusta asalan Kepahiang", ["Kabupaten Kepahiang"], status="closed")
O("plant:coffee-pulper", R, "Mesin pulper kopi basah 300–500 kg/jam", ["Sumatera Utara", "Aceh"], "Mesin bensin 7 HP, bisa juga dinamo. Garansi 1 tahun.")
O("plant:coffee-pulper", R, "Hibah alat pascapanen kopi: pulper dan huller untuk kelompok", ["Sumatera Utara"], ptype="programme", status="closed")
O("plant:x-huller", R, "Mesin huller kopi (pengupas kulit tanduk)", ["Sumatera Utara"])
O("plant:kawa-leaf-sell", M, "Beli daun kopi kering untuk minuman kawa", ["Sumatera Barat"], "Daun kopi salai, utuh atau remuk kasar, minimal 50 kg.")
O("plant:x-tea-leaf", M, "Beli pucuk teh basah", ["Sumatera Barat"])
O("svc:barista", T, "Kursus Barista Dasar: espresso & manual brew", ["Aceh", "Sumatera Utara"], "Lima hari di kedai pelatihan kami, sertifikat kursus.")
O("svc:barista", T, "Barista and coffee-shop starter class", [])
O("plant:x-roasting", T, "Pelatihan Sangrai (Roasting) Kopi", ["Aceh"], "Profil sangrai untuk robusta dan arabika, mesin 1 kg.")
O("plant:cascara-sell", M, "Dicari cascara (kulit buah kopi kering) untuk minuman", [], "Kulit buah kopi dari proses natural atau pulper, dikeringkan bersih.")
O("plant:cascara-sell", M, "Beli kulit kopi kering, bersih, karungan", ["Aceh"])

# ============================================================ livestock
G("wng", "Kelompok Ternak Ngudi Mulyo", JT, "Kabupaten Wonogiri", 22)
N("live:goat-sell", M, "wng", "nduwe wedhus kacang 30 ekor siap dodol kanggo aqiqah, sopo sing gelem tuku?",
  "Jantan umur 8-12 sasi, bobot 20-28 kg. Iso dijupuk neng kandang kelompok.")
G("gkd", "Kelompok Ternak Wedhus Ngudi Rejeki", DIY, "Kabupaten Gunungkidul", 17)
N("live:goat-sell", M, "gkd", "wedhus jawa 15 ekor arep didol, sopo sing butuh kanggo aqiqah utawa kurban?", None)
G("tts", "Kelompok Ternak Tunas Harapan Oinlasi", NTT, "Kabupaten Timor Tengah Selatan", 24)
N("live:goat-health", T, "tts", "kambing katong banyak yg mencret deng perut kembung, su mati 6 ekor",
  "Katong sonde tau obat apa. Butuh orang yg ajar cara rawat kambing sakit dan cegah cacingan.")
G("gto", "Kelompok Janda Produktif Huyula", "Gorontalo", "Kabupaten Gorontalo", 20)
N("live:goat-aid", R, "gto", "bntuan bibit kambing betina utk kelompok janda, 20 ekor",
  "Anggota kami 20 ibu, suami sdh meninggal. Kandang panggung sdh dibuat gotong royong, rumput banyak di kebun jagung.")
G("sbw", "Kelompok Peternak Samawa Rea", NTB, "Kabupaten Sumbawa", 35)
N("live:cattle-sell", M, "sbw", "jual sapi bali jantan 25 ekor, bobot 250-300 kg",
  "Sapi lepas di padang, sdh ada SKKH dari puskeswan. Cari pembeli antar pulau.")
G("kpg", "Kelompok Tani Ternak Tfuen Amnesi", NTT, "Kabupaten Kupang", 30)
N("live:cattle-fatten", T, "kpg",
  "mohon bantuan pelatihan utk kelompok ternak kami di Amarasi",
  "Kelompok katong ada 30 KK, semua pelihara sapi bali lepas di padang. Tahun lalu sapi banyak yg mati waktu musim kering panjang, air minum jauh, rumput su kering semua. Pedagang dari Kupang datang tawar murah karena sapi kurus. Katong mau blajar gemukkan sapi pake pakan lamtoro & turi yg ada di kebun, sistem ikat di kandang, supaya bisa jual lebih mahal waktu Natal. Pertemuan bisa di rumah ketua.")
G("byl", "Kelompok Ternak Sapi Perah Andini", JT, "Kabupaten Boyolali", 34)
N("live:forage-cuttings", R, "byl", "butuh stek rumput odot / pakchong 5000 stek utk kebun pakan",
  "Lahan kosong 1 ha di pinggir kandang mau ditanami rumput pakan biar gk ngarit jauh2 pas kemarau. Sapi perah anggota 120 ekor.")

O("live:goat-sell", M, "Beli kambing hidup untuk aqiqah & kurban, timbang di kandang", [JT, DIY], "Jantan dan betina, bobot 18–35 kg, bayar tunai.")
O("live:goat-sell", M, "Layanan aqiqah cari kambing jantan 20–30 kg, rutin tiap minggu", [JT])
O("live:goat-sell", M, "Blantik kambing keliling: Wonogiri, Sukoharjo, Klaten", ["Kabupaten Wonogiri", "Kabupaten Sukoharjo", "Kabupaten Klaten"])
O("live:x-sheep-buy", M, "Beli domba garut dan domba ekor tipis", [JT, JB])
O("live:x-goat-milk", M, "Beli susu kambing etawa segar", [JT], "Susu segar didinginkan, minimal 20 liter per hari.")
O("live:goat-health", T, "Pelatihan Kader Kesehatan Hewan: penyakit kambing (kembung, cacingan, diare)", [NTT], "Kerja sama puskeswan, kader mendapat kit obat dasar.")
O("live:goat-health", T, "Klinik Ternak Kambing: sakit perut, cacingan, perawatan", [], ptype="programme")
O("live:cattle-fatten", T, "Penggemukan Sapi Bali Sistem Ikat (paronisasi) dengan pakan lamtoro", [NTT], "Tiga hari teori dan praktik kandang, untuk kelompok di lahan kering.", capacity=30)
O("live:cattle-fatten", T, "Cattle fattening with tree legumes for dry-land farmers", [NTT, NTB], status="closed")
O("live:goat-aid", R, "Bantuan ternak kambing betina produktif untuk kelompok perempuan",
  ["Gorontalo", "Sulawesi Utara"], "Sistem bergulir: anak pertama digulirkan ke anggota berikutnya.", ptype="programme")
O("live:goat-aid", R, "Paket bibit kambing bergulir", ["Gorontalo"], status="withdrawn", ptype="programme")
O("live:x-cattle-aid", R, "Bantuan sapi bali bergulir untuk kelompok ternak", ["Gorontalo"], ptype="programme")
O("live:cattle-sell", M, "Beli sapi potong hidup antar pulau (Sumbawa, Bima, Dompu)",
  ["Kabupaten Sumbawa", "Kabupaten Bima", "Kabupaten Dompu"], "Bobot minimal 250 kg, dilengkapi SKKH.")
O("live:cattle-sell", M, "Live cattle buyer for a Jakarta feedlot", [NTB, NTT], "Bali cattle, bulls 230 kg and up, shipped from Badas and Bima.")
O("live:x-goat-sheep-ntb", M, "Beli kambing dan domba hidup", [NTB])
O("live:x-hides", M, "Beli kulit sapi mentah (garaman)", [NTB])
O("live:cattle-sell", M, "Pedagang sapi Kota Bima cari sapi jantan", ["Kota Bima"])
O("live:forage-cuttings", R, "Jual bibit rumput pakchong & odot (stek dan pols)", [JT, DIY], "Stek 2 ruas, harga Rp 300 per stek untuk pembelian di atas 2.000.")
O("live:x-chopper", R, "Mesin pencacah rumput (chopper) 2 ton/jam", [JT])
O("live:x-legume-seed", R, "Bibit lamtoro dan indigofera polybag", [JT])

# eggs, pigeons, incubators, manure
G("blt", "Kelompok Peternak Layer Srengat", JTM, "Kabupaten Blitar", 19)
N("live:hen-egg-sell", M, "blt", "jual telur ayam negeri 300 peti per minggu, cari pembeli tetap",
  "Satu peti 15 kg. Harga dr tengkulak sering dipermainkan.")
G("bjb", "Kelompok Peternak Ayam Kampung Cempaka", "Kalimantan Selatan", "Kota Banjarbaru", 12)
N("live:native-egg-sell", M, "bjb", "ulun handak manjual telur ayam kampung 50 rak saminggu",
  "Ayam dilepas di halaman, pakan dedak wan sisa dapur. Telurnya kacil2 tapi asli. Bisa diantar ka Banjarbaru wan Martapura.")
G("lmg", "Kelompok Ternak Dara Pantura", JTM, "Kabupaten Lamongan", 15)
N("live:pigeon-rear", T, "lmg", "pengen ternak burung dara potong (merpati pedaging), anakane sering mati",
  "Kandang sdh ada 40 pasang. Blm ngerti pakan & cara ngatur pasangan.")
N("live:pigeon-sell", M, "lmg", "jual burung dara muda (piyik/squab) 200 ekor/bulan utk warung goreng",
  "Piyik umur 25-28 hari, bobot 350-400 gr. Yg beli skrg cuma tetangga, pengen ada warung atau resto yg ambil rutin.")
G("krc", "Kelompok Ternak Ayam Kampung Kayu Aro", "Jambi", "Kabupaten Kerinci", 18)
N("live:egg-incubator", R, "krc",
  "butuh alat utk kelompok ternak ayam kampung kami",
  "Ayam kampung anggota sdh 600 ekor, telur banyak tp menetaskan masih pakai induk, lama & induk jadi berhenti bertelur. Kami perlu mesin tetas telur kapasitas 500 butir. Listrik di Kayu Aro sering padam, jadi harus ada aki cadangan.")
G("grt", "Kelompok Ternak Domba Sauyunan", JB, "Kabupaten Garut", 27)
N("live:manure-sell", M, "grt", "jual kotoran domba kering 50 karung per minggu", "Kohe domba tos garing, dikarungan 30 kg.")

O("live:hen-egg-sell", M, "Pengepul telur ayam ras, ambil di kandang Blitar & Kediri", ["Kabupaten Blitar", "Kabupaten Kediri"], "Ambil 2x seminggu, harga mengikuti pasar Blitar.")
O("live:hen-egg-sell", M, "Distributor telur cari pasokan rutin telur ayam ras", [JTM], status="closed")
O("live:x-duck-egg", M, "Beli telur bebek mentah untuk telur asin", [JTM])
O("live:x-spent-hens", M, "Beli ayam petelur afkir", [JTM, JT], "Ayam afkir dari kandang layer, minimal 500 ekor.")
O("live:native-egg-sell", M, "Beli telur ayam kampung asli untuk toko jamu & kue", ["Kalimantan Selatan"], "Telur ayam kampung asli (bukan ayam arab), minimal 20 rak seminggu.")
O("live:x-ras-egg-kalsel", M, "Tampung telur ayam ras", ["Kalimantan Selatan"])
O("live:native-egg-sell", M, "Free-range (kampung) egg buyer for a Jakarta shop", ["DKI Jakarta"])
O("live:pigeon-rear", T, "Budidaya Burung Dara Pedaging (squab): pakan dan perjodohan", [JTM], "Kandang koloni dan kandang baterai, pengaturan pasangan, pakan jagung dan kacang hijau.")
O("live:x-racing-pigeon", T, "Melatih Merpati Balap dan Merpati Kolong", [JTM], "Teknik melatih merpati balap sprint dan kolong untuk lomba.")
O("live:pigeon-sell", M, "Warung burung dara goreng cari pasokan dara muda", ["Kabupaten Sidoarjo", "Kota Surabaya", JT])
O("live:pigeon-sell", M, "Beli burung dara potong", ["Kabupaten Sidoarjo"])
O("live:egg-incubator", R, "Mesin tetas telur otomatis 500–1.000 butir", ["Jambi", "Sumatera Barat"], "Pemutar otomatis, bisa pakai aki saat listrik padam.")
O("live:x-brooder", R, "Pemanas anak ayam (brooder) gas", ["Jambi"])
O("live:manure-sell", M, "Beli kohe kambing/domba kering karungan untuk pabrik pupuk", [JB], "Kotoran kering, tidak campur tanah, karung 25–30 kg.")
O("live:manure-sell", M, "Dried goat and sheep manure wanted, by the truck", [JB, JT], status="closed")
O("live:x-sheep-buy-jb", M, "Beli domba jantan untuk kurban", [JB])

# ============================================================ fish and the sea
G("bgr", "Pokdakan Mina Cibungbulang", JB, "Kabupaten Bogor", 21)
N("fish:catfish-hatchery", T, "bgr", "punten, abdi hoyong diajar mijahkeun lele (pembenihan), meuli bibit mahal terus",
  "Kolam aya 30, ngan ukur pembesaran. Bibit kedah meser ti luar, sok seueur nu paeh di jalan. Anggota 21 urang.")
G("tla", "Pokdakan Lele Boyolangu", JTM, "Kabupaten Tulungagung", 26)
N("fish:catfish-sell", M, "tla", "jual lele konsumsi 7-8 ekor/kg, 1 ton per minggu",
  "Kolam bundar 40 unit, panen bergilir tiap minggu. Bisa kirim pakai mobil bak + tandon air.")
G("mrk", "Kelompok Perikanan Kampung Wasur", "Papua Selatan", "Kabupaten Merauke", 17)
N("fish:catfish-fry", R, "mrk", "kitong butuh bibit lele 20 ribu ekor utk kolam terpal", "Bibit dari Jawa mahal ongkos. Kalau ada yg kirim atau bantuan.")
G("oil", "Pokdakan Nila Sungai Rambutan", "Sumatera Selatan", "Kabupaten Ogan Ilir", 23)
N("fish:tilapia-sell", M, "oil", "jual ikan nila segar ukuran 3-4 ekor/kg, 1 ton/2 mgg",
  "Kolam di pinggir sungai Kelekar. Ikan bisa diambil hidup atau es. Pembeli lamo cuma ambik sikit2.")
G("tba", "Kelompok Pembudidaya Ikan Mas Ajibata", "Sumatera Utara", "Kabupaten Toba", 19)
N("fish:carp-sell", M, "tba", "jual ikan mas dari keramba jaring apung 2 ton/bulan", "Ikan mas ukuran 2-3 ekor/kg, biasa utk arsik.")
G("kmp", "Pokdakan Lobster Tawar Kampar Kiri", "Riau", "Kabupaten Kampar", 14)
N("fish:redclaw-grow", T, "kmp", "mau belajar budidaya lobster air tawar (red claw) di kolam, bnyk yg saling makan",
  "Anggota 14 org, sdh punya kolam terpal 10. Indukan beli dari Jawa tapi anakan habis dimakan sesamanya, gk tau cara bikin shelter.")
G("cjr", "Kelompok Lobster Tawar Cipanas", JB, "Kabupaten Cianjur", 12)
N("fish:redclaw-sell", M, "cjr", "jual lobster air tawar konsumsi 100 kg/bln, saha nu peryogi?",
  "Lobster red claw ukuran 8-12 ekor/kg, hidup. Biasana dijual ka tatangga, hoyong nu meser rutin.")
G("hsu", "Kelompok Pembudidaya Papuyu Danau Panggang", "Kalimantan Selatan", "Kabupaten Hulu Sungai Utara", 20)
N("fish:papuyu-hatch", T, "hsu", "ulun handak belajar pembenihan iwak papuyu, bibit di alam makin sadikit",
  "Papuyu di rawa makin jarang, ukurannya kacil2. Urang kampung handak mambibitkan saurang supaya kawa dipelihara di kolam.")
G("btn", "Kelompok Pembudidaya Kakap Teluk Sebong", "Kepulauan Riau", "Kabupaten Bintan", 18)
N("fish:barramundi-grow", T, "btn", "pembesaran kakap putih di keramba, banyak yg mati waktu ganti musim",
  "Kami 18 org, keramba 12 lubang. Ikan kena penyakit & pakan mahal.")
G("btm", "Kelompok Nelayan Pulau Galang", "Kepulauan Riau", "Kota Batam", 16)
N("fish:barramundi-fry", R, "btm", "butuh benih kakap putih ukuran 5-7 cm, 10 ribu ekor",
  "Keramba kami di Galang siap isi bulan depan. Benih dari alam tidak cukup.")
G("bbr", "Kelompok Nelayan Kerang Tanjung Tiram", "Sumatera Utara", "Kabupaten Batu Bara", 28)
N("fish:cockle-sell", M, "bbr", "jual kerang darah 2 ton per minggu, dr pesisir Batu Bara",
  "Kerang diambil dari lumpur pantai pakai garuk, masih hidup. Bisa kirim pakai mobil boks ke Medan.")
G("bwi", "KUB Nelayan Sumber Laut Muncar", JTM, "Kabupaten Banyuwangi", 40)
N("fish:lemuru-sell", M, "bwi", "hasil tangkapan lemuru lagi banyak, 10 ton/hari, cari pabrik yg mau ambil",
  "Musim lemuru, perahu slerek anggota pulang penuh. Harga di TPI jatuh, banyak yg terpaksa dijual utk tepung ikan murah.")
G("brw", "Kelompok Nelayan Muara Pantai", "Kalimantan Timur", "Kabupaten Berau", 22)
N("fish:oyster-farm", T, "brw", "pengen budidaya tiram (kerang tiram) di muara pakai rakit, siapa yg bisa ajari?",
  "Tiram liar makin habis diambil. Ada pembeli dr Samarinda mau ambil kalau rutin.")
G("plp", "Kelompok Itik Sebangau Kuala", "Kalimantan Tengah", "Kabupaten Pulang Pisau", 25)
N("fish:azolla", T, "plp", "mau belajar budidaya azolla buat pakan itik & ikan, pakan pabrik mahal",
  "Itik anggota kira2 2.000 ekor. Dengar azolla bisa ditanam di kolam & sawah rawa utk campuran pakan.")

O("fish:catfish-hatchery", T, "Pembenihan Lele Sangkuriang: pemijahan alami dan buatan", [JB], "Praktik pemijahan, penetasan dan pendederan sampai ukuran 5–7 cm.")
O("fish:catfish-hatchery", T, "Kursus Pemijahan dan Pendederan Ikan Lele", [], ptype="programme")
O("fish:x-catfish-growout", T, "Pembesaran Lele di Kolam Terpal", [JB])
O("fish:x-tilapia-hatch", T, "Pembenihan Ikan Nila Merah", [JB])
O("fish:catfish-sell", M, "Tampung lele hidup ukuran konsumsi", [JTM], "Ukuran 7–10 ekor per kg, minimal 500 kg sekali ambil.")
O("fish:catfish-sell", M, "Pabrik olahan beli lele segar untuk fillet & abon", [JTM, JT])
O("fish:x-catfish-fry-buy", M, "Beli benih lele 5–7 cm", [JTM])
O("fish:catfish-fry", R, "Benih lele sangkuriang 5–7 cm, kirim via kapal ke Papua", ["Papua Selatan", "Papua"], "Dikemas plastik oksigen, pengiriman lewat Surabaya–Merauke.")
O("fish:catfish-fry", R, "Bantuan benih ikan lele & nila untuk pokdakan", ["Papua Selatan"], ptype="programme")
O("fish:catfish-fry", R, "Catfish fingerlings, 20,000 per batch", ["Papua"], status="withdrawn")
O("fish:x-pond-liner", R, "Terpal kolam bulat diameter 2–3 m", ["Papua Selatan"])
O(["fish:tilapia-sell"], M, "Beli ikan nila segar dan hidup, partai", ["Sumatera Selatan", "Jambi"], "Ukuran 3–5 ekor per kg, ambil di kolam.")
O(["fish:carp-sell"], M, "Beli ikan mas segar untuk rumah makan", ["Sumatera Selatan", "Sumatera Utara"])
O("fish:carp-sell", M, "Tampung ikan mas KJA Danau Toba", ["Kabupaten Toba", "Kabupaten Samosir", "Kabupaten Simalungun"], "Ikan mas hidup 2–4 ekor per kg, untuk rumah makan di Medan dan Pematangsiantar.")
O("fish:tilapia-sell", M, "Beli nila KJA Toba untuk ekspor fillet", ["Sumatera Utara"])
O("fish:redclaw-grow", T, "Budidaya Lobster Air Tawar (Red Claw) Kolam Beton & Terpal", ["Riau", "Sumatera Barat"], "Termasuk pembuatan shelter, pemisahan ukuran dan pemijahan.")
O("fish:x-lobster-sea", T, "Budidaya Lobster Laut di Keramba", ["Riau"])
O("fish:redclaw-sell", M, "Beli lobster air tawar konsumsi untuk restoran seafood", [JB, "DKI Jakarta"], "Red claw hidup ukuran konsumsi, minimal 20 kg per kirim.")
O("fish:x-sea-lobster-buy", M, "Beli lobster laut (mutiara, pasir) hidup", [JB])
O("fish:papuyu-hatch", T, "Pembenihan Ikan Papuyu (Betok) Semi Buatan", ["Kalimantan Tengah", "Kalimantan Timur"], "Pemijahan dengan hormon, perawatan larva dan pendederan.")
O("fish:x-haruan", T, "Budidaya Ikan Haruan di Kolam", ["Kalimantan Selatan"])
O("fish:barramundi-grow", T, "Pembesaran Kakap Putih di KJA: kesehatan ikan dan pakan", ["Kepulauan Riau"], "Pencegahan penyakit saat peralihan musim, pemberian pakan pelet dan ikan rucah.", capacity=20)
O("fish:barramundi-grow", T, "Barramundi (Asian sea bass) cage culture", [], ptype="programme")
O("fish:x-grouper", T, "Budidaya Kerapu Cantang di KJA", ["Kepulauan Riau"])
O("fish:barramundi-fry", R, "Benih kakap putih (Lates calcarifer) 2–10 cm", ["Riau", "Kepulauan Bangka Belitung"], "Dari hatchery bersertifikat CPIB.")
O("fish:barramundi-fry", R, "Bantuan benih kakap putih untuk nelayan budidaya", ["Kota Tanjung Pinang"], ptype="programme")
O("fish:x-grouper-fry", R, "Benih kerapu cantang", ["Kepulauan Riau"])
O("fish:cockle-sell", M, "Beli kerang darah hidup untuk Medan dan ekspor", ["Sumatera Utara"], "Ukuran 60–80 butir per kg, dikirim hidup dalam karung basah.")
O("fish:x-mussel", M, "Beli kerang hijau", ["Sumatera Utara"])
O("fish:lemuru-sell", M, "Pabrik pengalengan ikan beli lemuru segar", ["Kabupaten Banyuwangi", "Kabupaten Jembrana"], "Lemuru segar dengan es, kapasitas terima 30 ton per hari.")
O("fish:lemuru-sell", M, "Fishmeal plant buying fresh sardines (lemuru)", [JTM, "Bali"])
O("fish:x-tuna", M, "Beli tuna dan cakalang segar", [JTM])
O("fish:oyster-farm", T, "Budidaya Tiram Rakit di Muara dan Teluk", ["Kalimantan Timur", "Kalimantan Utara"], "Pemilihan lokasi, pembuatan rakit dan kolektor spat.")
O("fish:oyster-farm", T, "Oyster (rock oyster) raft farming", [])
O("fish:x-oyster-mushroom", T, "Budidaya Jamur Tiram", ["Kalimantan Timur"], "Pembuatan baglog dan perawatan kumbung jamur tiram putih.")
O("fish:azolla", T, "Budidaya Azolla untuk Pakan Itik, Ayam dan Ikan", ["Kalimantan Tengah", "Kalimantan Selatan"], "Kolam azolla sederhana dari terpal, panen tiap 5 hari.")
O("fish:x-maggot", T, "Budidaya Maggot BSF untuk Pakan", ["Kalimantan Tengah"])

# ============================================================ food processing and permits
G("btl", "KWT Srikandi Pandak", DIY, "Kabupaten Bantul", 18)
N("proc:pirt", T, "btl", "ibu2 KWT bikin rempeyek, mau titip ke toko oleh2 tp diminta PIRT. gmn ngurusnya?",
  "Anggota 18 org, produksi seminggu 2x. Label udh ada tapi blm ada nomor izin. Dinas bilang harus ikut penyuluhan keamanan pangan dulu.")
G("tte", "UMKM Mama-Mama Kenari Ternate", "Maluku Utara", "Kota Ternate", 13)
N("proc:pirt", T, "tte", "torang mo urus izin PIRT utk kukis kenari & bagea, sapa yg bisa bantu?",
  "Kukis kenari deng bagea dijual di bandara deng toko oleh-oleh. Toko minta nomor P-IRT.")
G("klt", "KWT Peyek Renyah Ceper", JT, "Kabupaten Klaten", 16)
N("proc:peyek-sell", M, "klt", "rempeyek kacang & teri produksi kmi 500 bungkus/minggu, cari reseller / toko oleh2",
  "Sdh ada PIRT. Bungkus 100 gr dan toples. Bisa kirim ke Jogja & Solo.")
G("srg", "KWT Rengginang Cikande", "Banten", "Kabupaten Serang", 14)
N("proc:rengginang-sell", M, "srg", "jual rengginang ketan mentah 50 bal per bulan", "1 bal isi 10 kg. Bisa dikirim ke Jakarta.")
G("dgl", "KWT Bawang Goreng Sindue", "Sulawesi Tengah", "Kabupaten Donggala", 17)
N("proc:fried-shallot-make", T, "dgl", "mau bljr bikin bawang goreng yg renyah & tahan lama, skrg cepet lembek",
  "Bawang merah lokal Palu banyak di kebun anggota, tp hasil goreng kami cepat melempem & berminyak, jadi gak bisa dikirim jauh.")
G("bbs", "KUB Bawang Goreng Larangan", JT, "Kabupaten Brebes", 20)
N("proc:fried-shallot-sell", M, "bbs", "jual bawang goreng 300 kg/bulan, kemasan 1 kg & curah",
  "Bawang goreng dari bawang merah Brebes, digoreng tiap hari. Sdh ada PIRT, bisa kemas sesuai permintaan.")
G("ogi", "KWT Tempe Bunda Indralaya", "Sumatera Selatan", "Kabupaten Ogan Ilir", 15)
N("proc:tempeh-make", T, "ogi", "ibu2 galo pengen belajar bikin tempe yg bagus, dak asem & dak cepet busuk",
  "Tempe di pasar didatangi dari Palembang. Kami nak buat dewek utk warung & sekolah, tapi tiap coba hasilnyo asem & lembek.")
G("bks", "Kelompok Perajin Tempe Tambun", JB, "Kabupaten Bekasi", 11)
N("proc:tempeh-sell", M, "bks", "jual tempe 200 papan per hari, cari dapur MBG / katering langganan",
  "Tempe dibungkus plastik & daun, ukuran 20x30 cm. Perajin 11 org, sdh produksi 15 thn, bisa kirim subuh.")
G("kdl", "Takmir dan Jamaah Masjid Al Ikhlas Weleri", JT, "Kabupaten Kendal", 24)
N("proc:halal-slaughter", T, "kdl", "butuh pelatihan juru sembelih halal (juleha) utk warga yg biasa motong ayam & kurban",
  "Warga yg biasa nyembelih di RPU & waktu kurban blm ada yg bersertifikat. Takmir pengen 10 orang ikut.")
G("psn", "UMKM Es Krim Desa Poncokusumo", JTM, "Kabupaten Malang", 10)
N("proc:icecream-make", T, "psn",
  "susu sapi kami sering gak laku, mau diolah",
  "Peternak sapi perah di Poncokusumo, susu kadang ditolak KUD krn kualitas turun waktu musim hujan. Daripada dibuang, kami mau bljr bikin es krim dari susu segar & dijual ke wisatawan Bromo. Anggota 10 org, dapur bersama sdh ada freezer 1.")

O(["proc:pirt"], T, "Pendampingan SPP-IRT: penyuluhan keamanan pangan dan pendaftaran", [DIY, JT], "Peserta mendapat sertifikat PKP sebagai syarat SPP-IRT.")
O("proc:pirt", T, "Home-industry food permit (SPP-IRT) clinic", [], "Online clinic: food safety course certificate, labelling and OSS registration for the P-IRT number.", ptype="programme")
O(["proc:pirt", "proc:x-halal"], T, "Klinik PIRT dan Halal UMKM Maluku Utara", ["Maluku Utara"], ptype="programme")
O("proc:pirt", T, "Penyuluhan Keamanan Pangan (PKP) untuk Sertifikat P-IRT", ["Kabupaten Bantul", "Kabupaten Sleman"], tags=["PIRT", "PKP"])
O("proc:x-halal", T, "Sertifikasi Halal Self Declare untuk Usaha Mikro", [DIY])
O("proc:x-bpom", T, "Pendaftaran Izin Edar BPOM (MD) untuk Pangan Olahan", [], "Untuk usaha yang produknya berisiko tinggi atau ingin masuk ritel modern.")
O("proc:x-nib", T, "Pengurusan NIB lewat OSS untuk UMKM", ["Maluku Utara", DIY])
O("proc:peyek-sell", M, "Toko oleh-oleh cari pemasok rempeyek & keripik (ada PIRT)", [DIY, JT], "Sistem konsinyasi atau beli putus, kemasan berlabel.")
O("proc:peyek-sell", M, "Reseller camilan khas Solo cari rempeyek kacang", ["Kota Surakarta"])
O("proc:x-crackers", M, "Beli kerupuk mentah & kerupuk rambak", [JT])
O("proc:rengginang-sell", M, "Agen camilan tradisional cari rengginang mentah & opak", ["Banten", "DKI Jakarta"], "Ambil rutin tiap bulan, ukuran bal 10 kg.")
O("proc:rengginang-sell", M, "Beli rengginang ketan untuk oleh-oleh", [JB], status="withdrawn")
O("proc:x-ketan-buy", M, "Beli beras ketan putih", ["Banten"])
O("proc:fried-shallot-make", T, "Membuat Bawang Goreng Renyah dan Tahan Lama", ["Sulawesi Tengah"], "Teknik iris, perendaman, penggorengan dan penirisan minyak.")
O("proc:x-shallot-grow", T, "Budidaya Bawang Merah Lembah Palu", ["Sulawesi Tengah"])
O("proc:fried-shallot-sell", M, "Beli bawang goreng curah untuk pabrik mi & katering", [JT, JB], "Minimal 100 kg per bulan, kemasan 5–10 kg.")
O("proc:fried-shallot-sell", M, "Fried shallot buyer for export, bulk 10 kg bags", [])
O("proc:x-shallot-fresh", M, "Tampung bawang merah konde / rogol", [JT])
O("proc:tempeh-make", T, "Pelatihan Produksi Tempe Higienis", ["Sumatera Selatan"], "Praktik perebusan, peragian dan pembungkusan tempe yang tidak asam.")
O("proc:x-tempeh-chips", T, "Keripik Tempe Sagu Renyah", ["Sumatera Selatan"])
O("proc:x-tofu", T, "Membuat Tahu Sutra dan Tahu Putih", ["Sumatera Selatan"])
O("proc:x-tempeh-starter", T, "Membuat Ragi Tempe Sendiri", ["Sumatera Selatan"])
O(["proc:tempeh-sell"], M, "Dapur MBG cari pemasok tempe dan tahu harian", [JB], "Kirim sebelum jam 5 pagi, 150–300 papan per hari.")
O("proc:tempeh-sell", M, "Katering pabrik beli tempe papan rutin", ["Kabupaten Bekasi", "Kota Bekasi"])
O("proc:x-tempeh-chips-buy", M, "Beli keripik tempe kemasan", [JB])
O("proc:halal-slaughter", T, "Pelatihan Juru Sembelih Halal (Juleha) bersertifikat", [JT, DIY], "Uji kompetensi BNSP di akhir pelatihan.")
O("proc:halal-slaughter", T, "Halal slaughter training for village slaughtermen", [])
O("proc:x-halal", T, "Pendampingan Sertifikasi Halal Gratis (SEHATI)", [JT])
O("proc:icecream-make", T, "Kelas Es Krim Susu Segar untuk UMKM", [JTM], "Praktik pasteurisasi, resep es krim dan pengemasan cup.")
O("proc:icecream-make", T, "Ice cream and gelato making from fresh milk", [], status="closed")
O("proc:x-yoghurt", T, "Membuat Yoghurt dan Susu Pasteurisasi", [JTM])

# ============================================================ crafts, sewing and textiles
G("jyp", "Kelompok Mama Jahit Sentani", "Papua", "Kabupaten Jayapura", 20)
N("craft:sewing-basic", T, "jyp", "mama2 kitong mo blajar menjahit dari nol, bikin baju sekolah anak2",
  "Mesin jahit ada 5 dari gereja tapi tra ada yg bisa pakai. Kitong mo jahit baju sekolah & noken kain sendiri.")
G("fak", "Young Mothers Group Tanama", "Papua Barat", "Kabupaten Fakfak", 14)
N("craft:sewing-basic", T, "fak", "Sewing lessons for young mothers who have never used a machine",
  "We got two sewing machines from the church. We want to make school uniforms and bags to sell.")
G("skh", "Kelompok Penjahit Sejahtera Grogol", JT, "Kabupaten Sukoharjo", 15)
N("craft:sewing-orders", M, "skh",
  "kelompok kami cari kerjaan rutin, anggota sering nganggur",
  "Kami 15 ibu2 di Grogol, tiap rumah punya mesin jahit high speed sendiri, pengalaman kerja di garmen dulu. Sekarang cuma ambil jahitan permak tetangga, sepi. Kami cari order jahit (maklun / CMT) kaos, kemeja atau seragam sekolah, kain dari pemesan. Kapasitas kira2 1.500 potong sebulan, bisa lembur kalau mendekati tahun ajaran baru.")
G("sgi", "Kelompok Perempuan Bangkit Sigi", "Sulawesi Tengah", "Kabupaten Sigi", 18)
N("craft:sewing-machine", R, "sgi", "butuh mesin jahit high speed 10 unit utk usaha penjahit ibu2",
  "Ibu2 penyintas gempa Sigi, sdh ikut kursus menjahit. Mesin pinjaman sdh rusak.")
G("kbb", "Kelompok Perca Kreatif Ngamprah", JB, "Kabupaten Bandung Barat", 14)
N("craft:patchwork", T, "kbb", "pengen belajar bikin kerajinan dr kain perca (sarung bantal, tas, taplak)",
  "Kain perca banyak dr konveksi sekitar, gratis. Ibu2 bisa jahit dikit2.")
G("bdg", "KUB Perca Asri Soreang", JB, "Kabupaten Bandung", 16)
N("craft:patchwork-sell", M, "bdg", "produk kain perca kmi (bedcover, tas, pouch) cari pembeli / toko",
  "Produksi sebulan kira2 200 pouch, 50 tas & 20 bedcover. Selama ini dijual di bazar kecamatan aja.")
G("slm", "Kelompok Difabel Berkarya Ngaglik", DIY, "Kabupaten Sleman", 12)
N("craft:doll-make", T, "slm", "mau belajar bikin boneka dr kain flanel & dakron buat dijual",
  "Anggota kami teman2 difabel (tuli & daksa), sdh bisa jahit tangan. Pengen punya produk yg bisa dijual di toko suvenir Jogja.")
G("kln", "Sanggar Wayang Sidowayah", JT, "Kabupaten Klaten", 9)
N("craft:wayang-make", T, "kln", "pemuda desa pengin sinau natah & nyungging wayang kulit, sing iso ngajari wis sepuh",
  "Ning desa iki biyen akeh penatah wayang, saiki mung kari 2 wong sepuh. Bocah2 enom gelem sinau yen ana pelatihan.")
G("mlu", "Sanggar Seni Lung Bawang", "Kalimantan Utara", "Kabupaten Malinau", 15)
N("craft:sape-make", T, "mlu", "anak muda kampung mau belajar membuat & memainkan sape' (alat musik Dayak)",
  "Pemain sape' tinggal satu orang tua di kampung. Kayu pelai ada di hutan adat.")
G("bgr2", "Kelompok Perajin Sepatu Ciomas", JB, "Kabupaten Bogor", 19)
N("craft:shoe-make", T, "bgr2", "perajin sepatu kami perlu pelatihan desain & pola sepatu yg lebih modern",
  "Kami 19 perajin rumahan, biasa ambil order pola lama dr bos di pasar. Mau bikin merek sendiri tapi desain ketinggalan.")
G("tsk2", "Kelompok Perajin Payung Geulis Indihiang", JB, "Kota Tasikmalaya", 11)
N("craft:paper-umbrella", T, "tsk2", "generasi muda hoyong diajar ngadamel payung geulis (payung kertas lukis)",
  "Perajin payung geulis di Indihiang tinggal saeutik, sepuh sadayana. Pesenan ti hotel sareng pagelaran aya keneh.")
G("bnt", "Bank Sampah Kertas Lestari", "Kalimantan Timur", "Kota Bontang", 17)
N("craft:recycled-paper", T, "bnt", "mau belajar bikin kertas daur ulang & kerajinan dr kertas bekas",
  "Bank sampah kami dapat kertas bekas 300 kg/bln dr sekolah & kantor. Daripada dijual murah mau dibikin kertas seni & map.")

O("craft:sewing-basic", T, "Kursus Menjahit Dasar (pola dan potong) untuk Ibu Rumah Tangga", ["Papua", "Papua Barat"], "Dua minggu, mesin jahit disediakan selama kursus.")
O("craft:sewing-basic", T, "Kelas Menjahit Pemula: membuat pola dan memotong kain", [], ptype="programme")
O("craft:x-sewing-service", T, "Servis dan Perawatan Mesin Jahit", ["Papua"])
O("craft:sewing-orders", M, "Konveksi cari mitra penjahit rumahan (CMT) kaos dan seragam", [JT], "Kain dan aksesoris dari kami, upah per potong.")
O("craft:sewing-orders", M, "Garment exporter outsourcing sewing to village groups", [JT, JB])
O("craft:sewing-orders", M, "Order jahit seragam sekolah untuk kelompok penjahit", [JT], status="closed")
O("craft:x-fabric-scrap-buy", M, "Beli kain perca & sisa konveksi kiloan", [JT])
O("craft:sewing-machine", R, "Bantuan mesin jahit untuk UMKM perempuan", ["Sulawesi Tengah"], "Untuk kelompok perempuan yang sudah punya usaha jahit.", ptype="programme")
O("craft:sewing-machine", R, "Industrial high-speed sewing machines for groups, instalments", [])
O("craft:x-embroidery-machine", R, "Mesin bordir komputer 1 kepala", ["Sulawesi Tengah"])
O("craft:patchwork", T, "Kerajinan Kain Perca: quilting dan patchwork", [JB])
O("craft:patchwork", T, "Menjahit Tambal-Sulam (quilt) dari Sisa Kain Konveksi", [])
O("craft:patchwork-sell", M, "Toko kerajinan beli produk kain perca (tas, pouch, bedcover)", [JB, "DKI Jakarta"], "Beli putus atau titip jual, butuh contoh produk dulu.")
O("craft:x-fabric-scrap-jb", M, "Beli kain perca kiloan untuk kain lap", [JB])
O("craft:doll-make", T, "Membuat Boneka Flanel dan Boneka Kain", [DIY], "Kelas inklusif, ada juru bahasa isyarat.")
O("craft:x-wooden-toys", T, "Mainan Edukatif dari Kayu", [DIY])
O("craft:wayang-make", T, "Tatah Sungging Wayang Kulit untuk Generasi Muda", [JT, DIY], "Dibimbing penatah senior, bahan kulit kerbau disediakan.")
O("craft:x-wayang-play", T, "Pelatihan Dalang Cilik", [JT])
O("craft:sape-make", T, "Kelas Sape' Dayak: membuat dan memainkan", ["Kalimantan Utara", "Kalimantan Timur"], "Dari memilih kayu, membentuk badan sape' sampai memainkan lagu dasar.")
O("craft:x-beads", T, "Manik-manik Dayak untuk Suvenir", ["Kalimantan Utara"])
O("craft:sape-make", T, "Sape' workshop", ["Kalimantan Barat"])
O("craft:shoe-make", T, "Desain dan Pola Sepatu Kulit untuk Perajin", [JB])
O("craft:shoe-make", T, "Shoe design and last-making masterclass", [])
O("craft:x-hotel-slippers", T, "Membuat Sandal Hotel", [JB])
O("craft:paper-umbrella", T, "Membuat Payung Geulis (Payung Kertas Lukis)", [JB], "Rangka bambu, kertas dan lukisan motif Tasikmalaya.")
O("craft:x-batik-painting", T, "Melukis di Kain dan Kipas", [JB])
O("craft:recycled-paper", T, "Kertas Daur Ulang dari Kertas Bekas", ["Kalimantan Timur", "Kalimantan Selatan"], "Membuat bubur kertas, cetak, pewarnaan alami dan produk map/kartu.")
O("craft:x-plastic-craft", T, "Kerajinan dari Sampah Plastik", ["Kalimantan Timur"])

# ============================================================ money, organisation, digital
G("mkw", "Kelompok Simpan Pinjam Mama Arfak", "Papua Barat", "Kabupaten Manokwari", 25)
N("money:savings-books", T, "mkw", "sa pu kelompok simpan pinjam mama2 pu buku kas kacau, mo blajar catat simpanan & pinjaman",
  "Uang kas su 40 juta tapi tra tau siapa su bayar siapa belum.")
G("nnk", "Women's Savings Group Sebatik", "Kalimantan Utara", "Kabupaten Nunukan", 22)
N("money:savings-form", T, "nnk", "We want to turn our arisan into a proper savings and loan group",
  "About 22 women at the border. We need help with rules, the first meetings and a simple cash box system.")
G("brn", "Kelompok Usaha Perempuan Gampong Meunasah", "Aceh", "Kabupaten Bireuen", 30)
N("money:sharia-coop", T, "brn", "kamoe ingin buat koperasi syariah (BMT) utk simpan pinjam tanpa riba",
  "Anggota 30 ibu, sudah ada simpanan bersama Rp 25 juta. Kami ingin pembiayaan dengan akad murabahah, bukan bunga.")
G("gnr", "Pasar Seni Sukawati Kelompok Pedagang", "Bali", "Kabupaten Gianyar", 35)
N("digital:qris", T, "gnr", "pedagang pasar seni kami mau bisa terima pembayaran QRIS, bnyk turis minta bayar pake hp",
  "Pedagang 35 org, kebanyakan ibu2 yg jual kain & patung. Belum ada rekening bank semua.")
G("ltg", "BUMDes Mandalika Sejahtera", NTB, "Kabupaten Lombok Tengah", 8)
N("digital:qris", T, "ltg", "Our village shop needs training to accept QR code payments (QRIS)",
  "The shop sells groceries and local snacks to visitors of the Mandalika circuit. Staff of 8 people.")
G("mna", "Kelompok Usaha Desa Wakorambu", "Sulawesi Tenggara", "Kabupaten Muna", 12)
N("digital:bank-agent", T, "mna", "mau jadi agen bank (laku pandai / BRILink) di desa biar warga gk jauh ke bank",
  "Bank terdekat 40 km di Raha. Kami sdh punya kios & HP android.")
G("sbs", "KWT Kerupuk Basah Teluk Keramat", "Kalimantan Barat", "Kabupaten Sambas", 16)
N("digital:online-shop", T, "sbs", "kamek nak belajar jualan di shopee & tiktok, produk kerupuk basah & amplang",
  "Produk udah ade PIRT. Selama ini jual di pasar & titip warung, pengen jual ke luar Sambas.")
G("pyk", "Kelompok UMKM Rendang Payakumbuh", "Sumatera Barat", "Kota Payakumbuh", 14)
N("digital:label-design", T, "pyk", "awak nio baraja mambuek desain label & kemasan pakai Canva di HP",
  "Produk rendang kariang & dendeng batokok. Label kini difotokopi, kurang manarik di toko oleh2.")
G("mdo", "Komunitas Pemuda Kreatif Tuminting", "Sulawesi Utara", "Kota Manado", 20)
N("digital:coding", T, "mdo", "Coding class for out-of-school youth (web and apps)",
  "Torang pe anak muda banyak nganggur. Some already use laptops but nobody can teach programming.")
G("bru", "Pemuda Desa Waeapo", "Maluku", "Kabupaten Buru", 13)
N("digital:rtrw-net", T, "bru", "beta pung pemuda mau belajar pasang & kelola internet desa (RT/RW net, wifi voucher)",
  "Di Waeapo sinyal cuma ada di dekat kantor desa. Katong ada 13 anak muda tamat SMK yg mau jadi teknisi.")
G("lny", "Kampung Tiom Kelompok Pemuda", "Papua Pegunungan", "Kabupaten Lanny Jaya", 18)
N("digital:satellite-internet", R, "lny", "sa pu kampung tra ada sinyal, butuh perangkat internet satelit utk kantor kampung & sekolah",
  "Kantor kampung, sekolah dasar & puskesmas pembantu tra bisa kirim laporan. Harus turun ke Tiom 3 jam.")
G("nbr", "Kelompok Media Kampung Nabire", "Papua Tengah", "Kabupaten Nabire", 11)
N("digital:community-radio", R, "nbr", "kitong mau bikin radio komunitas, butuh pemancar FM & mixer",
  "Informasi kesehatan & harga hasil kebun susah sampai ke kampung2. Anak muda siap jadi penyiar.")

O("money:savings-books", T, "Pembukuan Kelompok Simpan Pinjam: buku anggota, kas dan pinjaman", ["Papua Barat", "Papua Barat Daya"], "Buku tulis dan format sederhana, tanpa komputer.")
O(["money:savings-books", "money:savings-form"], T, "Savings group set-up and record-keeping (passbooks, ledger, cash box)", [], ptype="programme")
O("money:savings-books", T, "Pembukuan Kelompok Arisan dan Simpan Pinjam", ["Papua"])
O("money:x-bumdes-acc", T, "Akuntansi BUMDes Berbasis Aplikasi", ["Papua Barat"])
O("money:savings-form", T, "Pembentukan Kelompok Simpan Pinjam Perempuan", ["Kalimantan Utara", "Kalimantan Timur"], "Aturan kelompok, rapat rutin, kotak kas dan buku anggota.")
O("money:x-coop-legal", T, "Pendirian Koperasi Berbadan Hukum", ["Kalimantan Utara"])
O("money:sharia-coop", T, "Pendirian dan Pengelolaan BMT / Koperasi Syariah", ["Aceh"], "Akad simpanan dan pembiayaan syariah, pengurus dan pengawas syariah.")
O("money:x-coop-legal", T, "Koperasi Konvensional: AD/ART dan RAT", ["Aceh"])
O("digital:qris", T, "Literasi Pembayaran Digital: QRIS untuk Pedagang Pasar", ["Bali", NTB], "Pendaftaran QRIS lewat bank mitra langsung di lokasi.")
O("digital:qris", T, "QR payments (QRIS) onboarding for market vendors", [], ptype="programme")
O("digital:qris", T, "Pelatihan QRIS dan Dompet Digital untuk Pedagang Pasar Seni", ["Kabupaten Gianyar"], tags=["QRIS"])
O("digital:online-shop", T, "Kelas Jualan Online: Shopee, Tokopedia, TikTok Shop", ["Kalimantan Barat", "Bali"], "Membuka toko, foto produk, live selling dan pengiriman.")
O("digital:online-shop", T, "E-commerce for village products: listing and live selling", [])
O("digital:x-photo", T, "Foto Produk Pakai HP", ["Kalimantan Barat"])
O("digital:bank-agent", T, "Pelatihan Agen Laku Pandai dan Agen Bank Desa", ["Sulawesi Selatan", "Sulawesi Tengah"])
O("digital:bank-agent", T, "Branchless banking agent onboarding", [], status="closed")
O("digital:qris", T, "Sosialisasi QRIS untuk UMKM", ["Sulawesi Tenggara"])
O("digital:label-design", T, "Desain Label dan Kemasan dengan Canva", ["Sumatera Barat", "Riau"], "Praktik langsung di HP masing-masing.")
O("digital:label-design", T, "Kursus Desain Grafis Kemasan lewat Ponsel", [])
O("digital:x-packaging-supply", R, "Kemasan standing pouch & label cetak", ["Sumatera Barat"])
O("digital:coding", T, "Kelas Pemrograman Web untuk Pemuda", ["Sulawesi Utara", "Gorontalo"], "Tiga bulan, HTML, CSS, JavaScript dan membuat situs UMKM.")
O("digital:coding", T, "Coding bootcamp for village youth (online)", [], ptype="programme")
O("digital:x-computer", T, "Kursus Komputer Dasar (Office)", ["Sulawesi Utara"])
O("digital:rtrw-net", T, "Teknisi Jaringan RT/RW Net dan Hotspot Voucher", ["Maluku", "Maluku Utara"], "Pemasangan router, antena dan sistem voucher Mikrotik.")
O("digital:x-cctv", T, "Pemasangan CCTV", ["Maluku"])
O("digital:satellite-internet", R, "Perangkat internet satelit untuk desa terpencil", [], "Untuk kantor kampung, sekolah dan puskesmas pembantu yang belum ada sinyal seluler.", ptype="programme")
O("digital:satellite-internet", R, "VSAT kit and installation for remote villages", ["Papua Pegunungan", "Papua"])
O("digital:x-solar-home", R, "Paket PLTS atap untuk kantor kampung", ["Papua Pegunungan"])
O("digital:x-sound-system", R, "Sound system untuk gereja dan acara", ["Papua Tengah"])
O("digital:community-radio", R, "Community radio starter kit", ["Papua", "Papua Barat"])

# ============================================================ tourism and events
G("smr", "Homestay Tuktuk Siadong", "Sumatera Utara", "Kabupaten Samosir", 12)
N("tour:homestay-service", T, "smr", "homestay kmi di tepi danau blm ramai, mau belajar pelayanan tamu, kebersihan kamar & promosi online",
  "Ada 12 homestay di Tuktuk, kamar 3-5 per rumah. Tamu sering komplain kamar mandi & sarapan.")
G("raj", "Homestay Association Arborek", "Papua Barat Daya", "Kabupaten Raja Ampat", 10)
N("tour:homestay-service", T, "raj", "Homestay owners want training in guest service and cleanliness",
  "Ten family homestays on Arborek island. Guests are mostly divers; reviews mention cleanliness and food safety.")
G("blt2", "Pokdarwis Gantong", "Kepulauan Bangka Belitung", "Kabupaten Belitung Timur", 19)
N("tour:event-organise", T, "blt2", "pokdarwis mau bikin festival desa tiap thn, perlu pelatihan manajemen event",
  "Tahun lalu bikin festival kampung, tapi berantakan: sponsor gak jelas, tamu gak diurus. Mau lebih rapi.")
G("klp2", "Pokdarwis Sepeda Nglinggo", DIY, "Kabupaten Kulon Progo", 14)
N("tour:bicycles", R, "klp2", "butuh 15 sepeda gunung utk paket wisata keliling kebun teh",
  "Paket wisata tracking sudah jalan, tamu minta ada pilihan bersepeda. Anggota pokdarwis 14 org.")

O("tour:homestay-service", T, "Pengelolaan Homestay: layanan tamu, kebersihan, pemasaran online", ["Sumatera Utara"], "Tiga hari di desa wisata, termasuk mendaftar di aplikasi pemesanan.")
O("tour:homestay-service", T, "Kelas Tuan Rumah Pondok Wisata: pelayanan dan kebersihan (CHSE)", [], ptype="programme")
O("tour:x-guide", T, "Pelatihan Pemandu Wisata Danau", ["Sumatera Utara"])
O("tour:x-dive", T, "Dive guide certification", ["Papua Barat Daya"])
O("tour:event-organise", T, "Manajemen Event dan Festival Desa Wisata", ["Kepulauan Bangka Belitung", "Kepulauan Riau"], "Perencanaan, sponsor, keamanan dan pelayanan pengunjung.")
O("tour:x-mc", T, "Public speaking & MC acara", ["Kepulauan Bangka Belitung"])
O("tour:bicycles", R, "Hibah sepeda untuk desa wisata", [DIY, JT], "Untuk pokdarwis dengan paket wisata terdaftar.", ptype="programme")
O("tour:bicycles", R, "Sepeda gunung & sepeda listrik sewa-beli untuk pokdarwis", [])

# ============================================================ trades
G("hlu", "Pemuda Tobelo Kreatif", "Maluku Utara", "Kabupaten Halmahera Utara", 16)
N("trade:moto-repair", T, "hlu", "anak muda desa mau kursus servis motor injeksi, bengkel di desa blm ada",
  "Motor di desa bnyk, kalau rusak harus ke Tobelo kota. Ada 16 pemuda yg mau belajar.")
O("trade:moto-repair", T, "Kursus Mekanik Sepeda Motor Injeksi", ["Maluku Utara"], "Praktik di bengkel latihan, scanner injeksi disediakan.")
O("trade:moto-repair", T, "Motorcycle mechanic course (fuel injection)", ["Maluku", "Maluku Utara"], status="closed")
O("trade:x-outboard", T, "Perbaikan Mesin Tempel dan Katinting", ["Maluku Utara"])
O("trade:x-ev", T, "Konversi Motor Listrik", [])

# ============================================================ health
G("pmk", "Pesantren Nurul Huda Pakong", JTM, "Kabupaten Pamekasan", 40)
N("health:scabies", T, "pmk",
  "mohon bantuan pelatihan kesehatan utk pondok kami",
  "Pondok kami di Pakong ada 400 santri putra & putri, kamar padat, handuk & sarung sering dipinjam-pinjam. Bulan ini hampir separuh santri gatal2 kudis (gudik) di sela jari & perut, sdh berobat ke puskesmas tp kambuh lagi. Pengurus ingin pelatihan cara mencegah & menangani supaya santri husada bisa jalan sendiri.")
G("pde", "Kelompok Lansia Gampong Mesjid", "Aceh", "Kabupaten Pidie", 45)
N("health:cataract", R, "pde", "Free cataract surgery for elderly members, many cannot see anymore",
  "Our elderly group has 45 members; at least 12 have cloudy eyes. The hospital in Sigli has a long waiting list.")
G("gwa", "Kelompok Difabel Bontonompo", "Sulawesi Selatan", "Kabupaten Gowa", 21)
N("health:prosthetic", R, "gwa", "anggota kami bbrp diamputasi (kecelakaan & diabetes), butuh kaki palsu",
  "Kelompok difabel 21 org, 6 orang pakai tongkat krn kehilangan kaki. Mau bisa kerja lagi di kebun & warung.")

O("health:scabies", T, "Pencegahan dan Penanganan Skabies di Pondok Pesantren", [JTM], "Untuk pengurus, ustadz dan santri husada, kerja sama dinas kesehatan.")
O("health:scabies", T, "Pelatihan Pengendalian Gudik (Kudis) untuk Santri Husada", [], ptype="programme")
O("health:x-santri-husada", T, "Pos Kesehatan Pesantren: P3K dasar", [JTM])
O("health:cataract", R, "Operasi katarak gratis (bakti sosial)", ["Aceh", "Sumatera Utara"], "Pendaftaran lewat puskesmas, skrining sebelum operasi.", ptype="programme")
O("health:cataract", R, "Cataract surgery camp for the elderly", [], ptype="programme", status="closed")
O("health:x-glasses", R, "Kacamata baca gratis untuk lansia", ["Aceh"], ptype="programme")
O("health:prosthetic", R, "Bantuan kaki palsu (prostesis) dan pelatihan berjalan", ["Sulawesi Selatan", "Sulawesi Barat"], "Pengukuran di lokasi, pemasangan di bengkel ortotik prostetik Makassar.", ptype="programme")
O("health:prosthetic", R, "Prosthetic legs for amputees, free fitting", [], ptype="programme")
O("health:x-wheelchair", R, "Kursi roda dan tongkat untuk difabel", ["Sulawesi Selatan"], ptype="programme")

# ============================================================ environment and water
G("bdg2", "Sekaa Teruna Dalung", "Bali", "Kabupaten Badung", 30)
N("env:ecobrick", T, "bdg2", "Ecobrick workshop for our youth group", "Lots of plastic on the beach after the rains. We want to make benches for the banjar.")
G("jks", "Kelompok Peduli Lingkungan RW 05 Jagakarsa", "DKI Jakarta", "Kota Administrasi Jakarta Selatan", 18)
N("env:biopori", T, "jks", "warga mau belajar bikin lubang resapan biopori biar gk banjir & sampah dapur terurai",
  "RW kami langganan banjir tiap hujan deras. Halaman sempit, sebagian sudah disemen.")
G("dpk", "Kelompok Tani Kota Cinere", JB, "Kota Depok", 15)
N("env:biopori-tool", R, "dpk", "butuh bor biopori 20 buah & pipa paralon",
  "Untuk program 1.000 lubang biopori di kelurahan, kerja bakti tiap Minggu.")
G("rjl", "Kelompok Tani Sayur Curup", "Bengkulu", "Kabupaten Rejang Lebong", 28)
N("env:plant-pesticide", T, "rjl",
  "petani sayur kami mau kurangi obat kimia, butuh pelatihan",
  "Petani sayur di Curup (kubis, cabe, buncis) semprot racun kimia tiap 3 hari, biaya mahal & tanah makin keras, ada anggota yg pusing2 habis semprot. Kami pengen blajar buat pestisida nabati sendiri dari daun mimba, sirsak, serai & tembakau yg ada di kebun. Anggota 28 org.")
G("tmg", "Kelompok Tani Tembakau Kledung", JT, "Kabupaten Temanggung", 33)
N("env:trichoderma", T, "tmg", "mau bljr perbanyak Trichoderma sendiri buat cegah jamur akar",
  "Tembakau & cabai anggota bnyk yg layu, akar busuk. Penyuluh bilang bisa pakai Trichoderma tp beli mahal.")
G("smt", "Kelompok Tani Kambera", NTT, "Kabupaten Sumba Timur", 27)
N("water:borewell", R, "smt", "butuh sumur bor utk air minum & kebun, musim kemarau air su sonde ada",
  "Mata air jauh 5 km. Musim kemarau mama2 pikul air tiap hari. Tanah desa sudah disurvei ada air di bawah.")
G("knn", "Kelompok Tani Cilimus", JB, "Kabupaten Kuningan", 24)
N("water:hydram", T, "knn", "hoyong diajar ngadamel pompa hidram, cai aya di handap tapi sawah di luhur",
  "Walungan aya di handapeun sawah, ngan cai teu tiasa naek. Listrik teu aya di sawah.")
G("mms", "Kelompok Tani Sumarorong", "Sulawesi Barat", "Kabupaten Mamasa", 20)
N("water:hydram", R, "mms", "butuh pompa hidram utk naikkan air ke kebun kopi di atas bukit",
  "Sungai kecil di bawah kebun, beda tinggi kira2 20 m. Tidak ada listrik di kebun.")

O("env:ecobrick", T, "Workshop Ecobrick: dari botol plastik jadi bangku", ["Bali", NTB])
O("env:x-plastic-paving", T, "Paving Block dari Sampah Plastik", ["Bali"])
O("env:x-waste-bank", T, "Manajemen Bank Sampah", ["Bali"])
O("env:biopori", T, "Lubang Resapan Biopori untuk Warga Kota", ["DKI Jakarta", JB], "Praktik membuat lubang dan mengisi sampah organik.")
O("env:biopori", T, "Biopore infiltration holes: community training", [], status="closed")
O("env:x-compost", T, "Kompos Takakura Rumah Tangga", ["DKI Jakarta"])
O("env:biopori-tool", R, "Bor biopori manual + pipa, harga grosir", [JB, "DKI Jakarta"], "Bor besi diameter 10 cm, panjang 1 m.")
O("env:x-drill", R, "Bor listrik dan mata bor", [JB])
O("env:plant-pesticide", T, "Membuat Pestisida Nabati dari Tanaman Sekitar", ["Bengkulu", "Sumatera Selatan"], "Bahan dari mimba, sirsak, serai, bawang putih dan tembakau.")
O("env:plant-pesticide", T, "Botanical pesticides for vegetable farmers", [], ptype="programme")
O("env:x-ipm", T, "Sekolah Lapang Pengendalian Hama Terpadu Padi", ["Bengkulu"])
O("env:x-mol", T, "Membuat MOL dan Pupuk Cair", ["Bengkulu"])
O("env:trichoderma", T, "Perbanyakan Agens Hayati Trichoderma dan PGPR", [JT], "Perbanyakan pada media beras/jagung dan aplikasi di lahan.")
O("env:x-tricho-sell", R, "Jual Trichoderma siap pakai 1 kg", [JT])
O("water:borewell", R, "Bantuan sumur bor dan tandon air untuk desa kering", [NTT], "Termasuk pompa submersible dan tandon 5.000 liter.", ptype="programme")
O("water:borewell", R, "Jasa pengeboran sumur dalam", ["Kabupaten Sumba Barat", "Kabupaten Sumba Barat Daya"])
O("water:x-water-tank", R, "Tandon air 5.000 liter", [NTT])
O("water:hydram", T, "Pembuatan dan Pemasangan Pompa Hidram", [JB, JT], "Praktik membuat hidram dari pipa besi dan PVC.")
O("water:hydram", T, "Hydraulic ram pump workshop", [], ptype="programme")
O("water:x-pump-repair", T, "Servis Pompa Air Listrik", [JB])
O("water:hydram", R, "Pompa hidram siap pasang 2–4 inci", ["Sulawesi Selatan", "Sulawesi Tengah"])
O("water:hydram", R, "Hydram pump kits for upland farms", ["Sulawesi Selatan"])
O("water:x-solar-pump", R, "Pompa air tenaga surya", ["Sulawesi Barat"])

# ============================================================ machines and other materials
G("flt", "Kelompok Wanita Tani Lewolema", NTT, "Kabupaten Flores Timur", 23)
N("mach:disk-mill", R, "flt", "butuh mesin penepung (disk mill) utk buat tepung jagung & sorgum",
  "KWT kami bikin kue & bubur dari jagung titi & sorgum. Sekarang masih tumbuk pakai lesung.")
G("mtg", "Kelompok Usaha Embal Ohoi Ngilngof", "Maluku", "Kabupaten Maluku Tenggara", 19)
N("mach:cassava-grater", R, "mtg", "beta pung kelompok bikin embal, butuh mesin parut singkong",
  "Embal (kasbi kering) dijual ke Tual & Ambon. Parut pakai tangan bikin tangan mama2 luka, produksi sedikit.")
G("bdb", "Kelompok Tani Ciwidey Hortikultura", JB, "Kabupaten Bandung Barat", 20)
N("mach:screen-house", R, "bdb", "butuh rangka & plastik UV utk rumah kasa (screen house) 500 m2",
  "Mau tanam tomat cherry & paprika di luar musim. Lahan di Ciwidey, angin kencang.")
G("kbr", "Kelompok Perajin Atap Nipah Sungai Kakap", "Kalimantan Barat", "Kabupaten Kubu Raya", 17)
N("craft:nipah-roof-sell", M, "kbr", "kamek jual atap daun nipah 2.000 keping sebulan, cari pembeli (resort / kafe)",
  "Atap dianyam dari daun nipah di pinggir sungai Kapuas, panjang 2 m. Dulu dibeli utk rumah kampung, sekarang jarang.")

O("mach:disk-mill", R, "Mesin penepung disk mill 1–2 ton/hari", [NTT, NTB], "Mesin diesel 16 HP, saringan bisa diganti.")
O("mach:disk-mill", R, "Hibah mesin penepung untuk KWT pangan lokal", ["Kabupaten Flores Timur", "Kabupaten Sikka"], ptype="programme")
O("mach:x-corn-sheller", R, "Mesin pemipil jagung", [NTT])
O("mach:cassava-grater", R, "Mesin parut singkong & kelapa", ["Maluku", "Maluku Utara"], "Mesin bensin, kapasitas 300 kg per jam.")
O("mach:cassava-grater", R, "Cassava grater machine, petrol engine", [])
O("mach:x-press", R, "Mesin press hidrolik singkong (peras)", ["Maluku"])
O("mach:screen-house", R, "Screen house: rangka baja ringan + plastik UV + insect net", [JB], "Harga per m2 sudah termasuk pemasangan di Jawa Barat.")
O("mach:screen-house", R, "Greenhouse and screen-house kits", [], status="withdrawn")
O("crops:x-mulch-jb", R, "Mulsa plastik hitam perak", [JB])
O("craft:nipah-roof-sell", M, "Beli atap nipah untuk resort dan kafe", ["Kalimantan Barat", "Bali"], "Atap nipah anyam panjang 2 m, kering, rapat.")
O("craft:nipah-roof-sell", M, "Thatch roofing buyer (nipa / alang-alang)", [])
O("craft:x-rattan", M, "Beli rotan mentah", ["Kalimantan Barat"])


# ============================================================ review adjustments
# (need title prefix, offer title prefix): pairs added or removed after reading need by need.
FIT_ADD = []
FIT_DROP = []

# ============================================================ build
FIRST = ["Agus", "Sri", "Budi", "Yohana", "Rahmat", "Nengah", "Fransiska", "Hendra", "Wati", "Maria", "Andi",
         "Nurul", "Yakobus", "Siti", "Dedi", "Ketut", "Rina", "Fauzan", "Markus", "Lestari", "Ilham", "Theresia",
         "Made", "Dewi", "Samsul", "Yuliana", "Arif", "Ronal", "Ratna", "Habib", "Melki", "Sinta"]
LAST = ["Saputra", "Wahyuni", "Simanjuntak", "Rumbiak", "Pratama", "Lase", "Hidayat", "Nggebu", "Daeng Sikki",
        "Kurniawan", "Manoppo", "Tanjung", "Latuconsina", "Rahayu", "Ndun", "Siregar", "Wenda", "Hasibuan",
        "Utomo", "Lamury", "Panjaitan", "Sembiring", "Amir", "Wowor", "Suryani", "Ratu", "Nasution", "Mahuze"]
ORG = {"trainer": ["LPK", "Lembaga Pelatihan", "Balai Pelatihan", "Sanggar", "Akademi"],
       "programme": ["Yayasan", "Perkumpulan", "Program", "Dinas", "Inisiatif"],
       "buyer": ["CV", "UD", "PT", "Koperasi", "Toko"],
       "supplier": ["Toko", "CV", "PT", "UD", "Mitra"]}
WORDS = ["Nusantara", "Sejahtera", "Mandiri", "Lestari", "Harapan", "Maju Bersama", "Karya", "Cahaya", "Sentosa",
         "Abadi", "Berkah", "Hijau", "Tunas", "Sinar", "Bina", "Mulia", "Prima", "Gemilang", "Samudra", "Pelita"]
BIG_CITIES = [("DKI Jakarta", "Kota Administrasi Jakarta Selatan"), (JB, "Kota Bandung"), (JTM, "Kota Surabaya"),
              (DIY, "Kota Yogyakarta"), ("Sulawesi Selatan", "Kota Makassar"), ("Sumatera Utara", "Kota Medan"),
              ("Bali", "Kota Denpasar")]


def load_regions():
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    reg = {r["name"]: (pname[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
    main = {}
    for r in rows:  # main place of a province: its first Kota, else its first regency
        if r["level"] != "regency":
            continue
        p = pname[r["parent_code"]]
        if p not in main or (r["name"].startswith("Kota") and not main[p].startswith("Kota")):
            main[p] = r["name"]
    return set(pname.values()), reg, main


def build():
    provinces, reg, main = load_regions()
    rnd = random.Random(13013)

    def jitter(name):
        p, la, lo = reg[name]
        return round(la + rnd.uniform(-0.08, 0.08), 4), round(lo + rnd.uniform(-0.08, 0.08), 4)

    for g in GROUPS:
        assert g["province"] in provinces, g
        assert reg.get(g["regency"], (None,))[0] == g["province"], g
    for o in OFFERS:
        for a in o["area"]:
            assert a in provinces or a in reg, (a, o["title"])
    gi = list(range(len(GROUPS)))
    ni = list(range(len(NEEDS)))
    oi = list(range(len(OFFERS)))
    rnd.shuffle(gi), rnd.shuffle(ni), rnd.shuffle(oi)
    gref = {GROUPS[i]["key"]: f"g{k + 1:03d}" for k, i in enumerate(gi)}
    groups = []
    for i in gi:
        g = GROUPS[i]
        la, lo = jitter(g["regency"])
        groups.append({"ref": gref[g["key"]], "name": g["name"], "province": g["province"], "regency": g["regency"],
                       "lat": la, "lon": lo, "members": g["members"]})
    needs, nref = [], {}
    for k, i in enumerate(ni):
        n = NEEDS[i]
        nref[i] = f"n{k + 1:03d}"
        rec = {"ref": nref[i], "group": gref[n["group"]], "kind": n["kind"], "title": n["title"]}
        if n["description"]:
            rec["description"] = n["description"]
        if n["tags"]:
            rec["tags"] = n["tags"]
        needs.append(rec)
    providers, offers, oref, used_names = [], [], {}, set()
    for k, i in enumerate(oi):
        o = OFFERS[i]
        oref[i] = f"o{k + 1:03d}"
        pref = f"p{k + 1:03d}"
        t = o["ptype"]
        while True:
            if t in ("trainer", "buyer") and rnd.random() < 0.45:
                name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" + (" (pelatih)" if t == "trainer" else " (pengepul)")
            else:
                name = f"{rnd.choice(ORG[t])} {rnd.choice(WORDS)} {rnd.choice(WORDS)}"
            if name not in used_names and len(set(name.split())) == len(name.split()):
                used_names.add(name)
                break
        area = o["area"]
        if area and area[0] in reg:
            place = (reg[area[0]][0], area[0])
        elif area:
            place = (area[0], main[area[0]])
        else:
            place = rnd.choice(BIG_CITIES)
        la, lo = jitter(place[1])
        providers.append({"ref": pref, "name": name, "type": t, "province": place[0], "regency": place[1],
                          "lat": la, "lon": lo})
        rec = {"ref": oref[i], "provider": pref, "kind": o["kind"], "title": o["title"]}
        if o["description"]:
            rec["description"] = o["description"]
        if o["tags"]:
            rec["tags"] = o["tags"]
        if area:
            rec["service_area"] = area
        if o["capacity"]:
            rec["capacity"] = o["capacity"]
        if o["status"]:
            rec["status"] = o["status"]
        offers.append(rec)
    providers.sort(key=lambda p: p["ref"])
    offers.sort(key=lambda o: o["ref"])
    needs.sort(key=lambda n: n["ref"])
    groups.sort(key=lambda g: g["ref"])
    return groups, providers, needs, offers, nref, oref


def reaches(o, g):
    return not o["area"] or g["province"] in o["area"] or g["regency"] in o["area"]


def fits(n, o):
    g = GROUPS[_gkeys[n["group"]]]
    return n["label"] in o["labels"] and o["kind"] == n["kind"] and not o["status"] and reaches(o, g)


def find(lst, prefix, what):
    hits = [i for i, r in enumerate(lst) if r["title"].startswith(prefix)]
    assert len(hits) == 1, (what, prefix, len(hits))
    return hits[0]


def truth_pairs():
    pairs = {(ni, oi) for ni, n in enumerate(NEEDS) for oi, o in enumerate(OFFERS) if fits(n, o)}
    for np_, op in FIT_ADD:
        pairs.add((find(NEEDS, np_, "need"), find(OFFERS, op, "offer")))
    for np_, op in FIT_DROP:
        pairs.discard((find(NEEDS, np_, "need"), find(OFFERS, op, "offer")))
    return pairs


def review():
    pairs = truth_pairs()
    for ni, n in enumerate(NEEDS):
        g = GROUPS[_gkeys[n["group"]]]
        fam = n["label"].split(":")[0]
        print(f"\n[{n['label']}] {n['kind']} {g['regency']}, {g['province']}\n  NEED: {n['title']}")
        for oi, o in enumerate(OFFERS):
            same_fam = (o["kind"] == n["kind"] and reaches(o, g)
                        and any(lb.split(":")[0] == fam for lb in o["labels"]))
            if same_fam or n["label"] in o["labels"]:
                mark = "+" if (ni, oi) in pairs else "-"
                st = o["status"] or "open"
                print(f"   {mark} {o['kind'][:5]:5} {st:9} {','.join(o['labels']):34} {o['title'][:70]} | {o['area'] or 'everywhere'}")


def main():
    if "--review" in sys.argv:
        review()
        return
    groups, providers, needs, offers, nref, oref = build()
    pairs = truth_pairs()
    truth = {nref[i]: [] for i in range(len(NEEDS))}
    for ni, oi in sorted(pairs, key=lambda p: (nref[p[0]], oref[p[1]])):
        truth[nref[ni]].append(oref[oi])
    doc = {"groups": groups, "providers": providers, "needs": needs, "offers": offers}
    with open(os.path.join(SET, "eval13-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(SET, "eval13-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(truth.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"groups={len(groups)} providers={len(providers)} needs={len(needs)} offers={len(offers)} fits={len(pairs)}")


if __name__ == "__main__":
    main()
