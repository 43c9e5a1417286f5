#!/usr/bin/env python3
"""Subject-labelled source of eval12 (held out: do not open while working on the matcher).

Every group, need and offer is written here by hand. A need carries one subject label
`family:topic`; an offer carries one or more labels (`|`-separated; a topic starting with `x-`
is a look-alike or neighbour that no need asks for). The truth is derived from the labels with
the rule of the README: same kind, a shared label, open, service area empty or naming the
group's province or regency. Groups, needs and offers are shuffled (fixed seed) before refs are
given, so refs say nothing about subjects. Every offer gets its own provider, whose name is
generated.

    python3 eval12_source.py            # writes ../eval12-marketplace.json and the truth file
    python3 eval12_source.py --review   # each need with the offers of its family and kind, and of its subject (+ fit, - not)
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

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PNAME = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
PROV_LL = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "province"}
REG = {r["name"]: (PNAME[r["parent_code"]], float(r["lat"]), float(r["lon"]))
       for r in rows if r["level"] == "regency"}

CAPITAL = {
    "Aceh": "Kota Banda Aceh", "Sumatera Utara": "Kota Medan", "Sumatera Barat": "Kota Padang",
    "Riau": "Kota Pekanbaru", "Jambi": "Kota Jambi", "Sumatera Selatan": "Kota Palembang",
    "Bengkulu": "Kota Bengkulu", "Lampung": "Kota Bandar Lampung",
    "Kepulauan Bangka Belitung": "Kota Pangkal Pinang", "Kepulauan Riau": "Kota Batam",
    "DKI Jakarta": "Kota Administrasi Jakarta Pusat", "Jawa Barat": "Kota Bandung",
    "Jawa Tengah": "Kota Semarang", "DI Yogyakarta": "Kota Yogyakarta", "Jawa Timur": "Kota Surabaya",
    "Banten": "Kota Serang", "Bali": "Kota Denpasar", "Nusa Tenggara Barat": "Kota Mataram",
    "Nusa Tenggara Timur": "Kota Kupang", "Kalimantan Barat": "Kota Pontianak",
    "Kalimantan Tengah": "Kota Palangka Raya", "Kalimantan Selatan": "Kota Banjarmasin",
    "Kalimantan Timur": "Kota Samarinda", "Kalimantan Utara": "Kota Tarakan",
    "Sulawesi Utara": "Kota Manado", "Sulawesi Tengah": "Kota Palu", "Sulawesi Selatan": "Kota Makassar",
    "Sulawesi Tenggara": "Kota Kendari", "Gorontalo": "Kota Gorontalo", "Sulawesi Barat": "Kabupaten Mamuju",
    "Maluku": "Kota Ambon", "Maluku Utara": "Kota Ternate", "Papua": "Kota Jayapura",
    "Papua Barat": "Kabupaten Manokwari", "Papua Selatan": "Kabupaten Merauke",
    "Papua Tengah": "Kabupaten Nabire", "Papua Pegunungan": "Kabupaten Jayawijaya",
    "Papua Barat Daya": "Kota Sorong",
}
BIG = ["Kota Administrasi Jakarta Selatan", "Kota Surabaya", "Kota Bandung", "Kota Makassar",
       "Kota Medan", "Kota Yogyakarta", "Kota Semarang", "Kota Denpasar"]

GROUPS, NEEDS, OFFERS = {}, [], []


def G(key, name, province, regency, members):
    assert key not in GROUPS, key
    assert REG[regency][0] == province, (key, regency, province)
    GROUPS[key] = dict(name=name, province=province, regency=regency, members=members)


def N(group, kind, topic, title, desc=None):
    assert group in GROUPS, group
    NEEDS.append(dict(group=group, kind=kind, topic=topic, title=title, description=desc))


def O(kind, topics, ptype, title, desc=None, area=(), status="open", tags=None):
    for a in area:
        assert a in PROV_LL or a in REG, a
    assert {"training": "tp", "market": "b", "resource": "sp"}[kind].find(ptype) >= 0, (kind, ptype, title)
    OFFERS.append(dict(kind=kind, topics=set(topics.split("|")), ptype=ptype, title=title,
                       description=desc, area=list(area), status=status, tags=tags))


JT, JB, JTM, DIY = "Jawa Tengah", "Jawa Barat", "Jawa Timur", "DI Yogyakarta"
NTB, NTT = "Nusa Tenggara Barat", "Nusa Tenggara Timur"
SULSEL, SULTRA, SULTENG, SULBAR, SULUT = ("Sulawesi Selatan", "Sulawesi Tenggara", "Sulawesi Tengah",
                                          "Sulawesi Barat", "Sulawesi Utara")
KALBAR, KALTENG, KALSEL, KALTIM, KALTARA = ("Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
                                            "Kalimantan Timur", "Kalimantan Utara")
SUMUT, SUMBAR, SUMSEL, BABEL = "Sumatera Utara", "Sumatera Barat", "Sumatera Selatan", "Kepulauan Bangka Belitung"

# ============================================================ crops and horticulture (hort)
G("magelang", "Poktan Sido Makmur", JT, "Kabupaten Magelang", 28)
N("magelang", "training", "hort:chili-grow",
  "cabe rawit kmi bnyk yg keriting & daunnya kuning, mohon pelatihan budidaya cabai yg bener",
  "Lahan kira2 3 ha di lereng. Sdh semprot macem2 obat tp tetep keriting, bunga rontok. Anggota 28 org, "
  "bisa kumpul hr minggu.")
O("training", "hort:chili-grow", "t", "Sekolah Lapang Budidaya Cabai: Pengendalian Virus Kuning dan Thrips",
  "12 pertemuan di lahan kelompok, dari persemaian sampai panen. Praktik mulsa, perangkap kuning, tanaman pembatas.",
  [JT, DIY])
O("training", "hort:x-sambal", "t", "Pelatihan Pembuatan Sambal Botol dan Saus Cabai",
  "Resep, sterilisasi botol, umur simpan, label.", [JT])

G("kediri", "KWT Melati Sari", JTM, "Kabupaten Kediri", 22)
N("kediri", "market", "hort:chili-sell",
  "Cari pembeli cabe rawit, panen tiap 3 hr kira2 4 kwintal",
  "Harga di tengkulak anjlok terus, pengen jual lgsg ke pabrik saus ato pedagang besar. Bisa sortir merah & hijau.")
O("market", "hort:chili-sell", "b", "Tampung cabai rawit merah & hijau, ambil di lahan",
  "Min. 2 kuintal sekali ambil, bayar tunai.", [JTM])
O("market", "hort:chili-sell", "b", "Pabrik saus cari pasokan lombok rawit segar, sistem kontrak",
  "Ambil tiap minggu, harga disepakati per musim, sortir di tempat.", [JTM, JT])
O("market", "hort:chili-sell", "b", "Pengepul cabai, bongkar di pasar induk", None, ["Kota Kediri"])

G("bima", "Gapoktan Tunas Harapan", NTB, "Kabupaten Bima", 60)
N("bima", "market", "hort:shallot-sell",
  "Bawang merah kmi sdh panen kira2 20 ton, siapa yg mau beli partai besar?",
  "Sdh dikeringkan seminggu, ikat. Tengkulak cuma mau harga rendah.")
O("market", "hort:shallot-sell", "b", "Beli bawang merah partai besar (kering askip), kirim Jawa",
  "Min. 5 ton, harga ikut pasar induk.", [NTB, JTM])
O("market", "hort:shallot-sell", "b", "Shallot offtaker: bulk dried shallots from Bima and Sumbawa",
  "Minimum 5 t per truck, cash on loading, we arrange the ship to Surabaya.", ["Kabupaten Bima", "Kabupaten Sumbawa", "Kabupaten Dompu"])
O("market", "hort:shallot-sell", "b", "Tampung brambang dari petani", None, ["Kota Bima"])

G("brebes", "Kelompok Tani Ngudi Rejeki", JT, "Kabupaten Brebes", 35)
N("brebes", "training", "hort:shallot-tss",
  "pengin sinau nandur brambang saka biji (TSS) ben ora tuku bibit umbi larang",
  "Bibit umbi saiki larang banget. Krungu nek nganggo biji luwih irit.")
O("training", "hort:shallot-tss", "t", "Sekolah Lapang Bawang Merah Asal Biji (TSS)",
  "Semai, pindah tanam, pemupukan, panen. 8 pertemuan.", [JT, JB])
O("training", "hort:shallot-tss", "p", "Menanam Bawang dari Biji Botani: Semai, Pindah Tanam sampai Panen", "Untuk petani yang ingin mengurangi biaya bibit umbi.", [])

G("tts", "Poktan Lopo Tani", NTT, "Kabupaten Timor Tengah Selatan", 25)
N("tts", "training", "hort:maize-dryland",
  "Mau blajar tanam jagung di lahan kering biar hasil lbh banyak, hujan cuma sebentar",
  "Kitong tanam jagung lokal, hasil sedikit. Sonde tau pupuk berapa, tanam kapan.")
O("training", "hort:maize-dryland", "t", "Pelatihan Budidaya Jagung Lahan Kering Iklim Kering",
  "Jarak tanam, pupuk organik, tanam awal musim, panen.", [NTT])
O("training", "hort:maize-dryland", "p", "Sekolah Lapang Jagung Tadah Hujan: Tanam Awal, Jarak Tanam, Pupuk",
  None, [])
O("training", "hort:x-maize-food", "t", "Pengolahan Jagung: Jagung Bose, Beras Jagung dan Emping Jagung", None, [NTT])

G("boalemo", "Kelompok Tani Huyula", "Gorontalo", "Kabupaten Boalemo", 40)
N("boalemo", "market", "hort:maize-dry-sell",
  "Jagung pipil kering kami 50 ton, cari pabrik pakan / pembeli yg harga baik",
  "Kadar air sdh 16-17%, dijemur di lantai jemur. Bisa angkut sampai gudang.")
O("market", "hort:maize-dry-sell", "b", "Pabrik pakan ternak beli jagung pipil kering (KA maks 17%)",
  "Harga sesuai kadar air, timbang di pabrik.", [SULUT, "Gorontalo", SULTENG])
O("market", "hort:x-sweetcorn", "b", "Beli jagung manis segar untuk hotel & restoran", "Jagung manis kupas/kulit, panen pagi, kirim H+0.", [])

G("indramayu", "Poktan Mekar Sari", JB, "Kabupaten Indramayu", 30)
N("indramayu", "training", "hort:rice-ipm",
  "padi diserang wereng coklat tiap musim, minta sekolah lapang pengendalian hama",
  "Udah nyemprot terus tp balik lg, sampe puso 5 ha. Kira2 30 petani mau ikut.")
O("training", "hort:rice-ipm", "p", "Sekolah Lapang PHT Padi: Wereng Batang Coklat dan Penggerek Batang",
  "Pengamatan agroekosistem mingguan, musuh alami, ambang ekonomi.", [JB, "Banten"], tags=["padi", "PHT", "SLPHT"])
O("training", "hort:rice-ipm", "p", "Klinik Tanaman: Atasi Ledakan WBC di Sawah", "Pengamatan, musuh alami, varietas tahan, kapan perlu semprot.", [])
O("training", "hort:x-rat", "p", "Gerakan Pengendalian Tikus Sawah (gropyokan dan TBS)", "Pemasangan trap barrier system dan gropyokan serentak satu hamparan.", [JB])

G("bandungbarat", "KWT Lestari Mandiri", JB, "Kabupaten Bandung Barat", 18)
N("bandungbarat", "training", "hort:mushroom-grow",
  "Punten, abdi hoyong diajar ngadamel baglog jamur tiram, sok loba nu gagal kontaminasi",
  "Baglog urang seueur nu hejo/hideung, teu jadi jamur. Kumbung tos aya.")
O("training", "hort:mushroom-grow", "t", "Pelatihan Budidaya Jamur Tiram: Pembuatan Baglog dan Sterilisasi",
  "Praktik campur media, sterilisasi drum, inokulasi, perawatan kumbung.", [JB])
O("training", "hort:mushroom-grow", "t", "Kursus Jamur Tiram Putih: Media Serbuk Gergaji, Sterilisasi, Panen",
  "Dua hari praktik, kelompok kecil, sertifikat.", [])
O("training", "hort:mushroom-grow", "t", "Kursus Budidaya Jamur Tiram", None, ["Kabupaten Bandung"])

G("semarang", "KWT Sejahtera Makmur", JT, "Kabupaten Semarang", 15)
N("semarang", "resource", "hort:mushroom-baglog",
  "Butuh baglog jamur tiram 2000 biji per bulan, supplier yg deket",
  "Bikin sendiri sering gagal. Kumbung 2 unit.")
O("resource", "hort:mushroom-baglog", "s", "Jual baglog jamur tiram siap tumbuh, kirim Jateng & DIY",
  "Min. 500 baglog, garansi tumbuh.", [JT, DIY])
O("resource", "hort:mushroom-baglog", "s", "Media tanam jamur tiram (log) siap panen, min. 500", None, [JT, JTM])
O("resource", "hort:x-woodear-baglog", "s", "Jual baglog jamur kuping", "Baglog jamur kuping hitam siap buka, kirim Jateng.", [JT])


G("jaktim", "Karang Taruna Kebun Kita", "DKI Jakarta", "Kota Administrasi Jakarta Timur", 20)
N("jaktim", "training", "hort:hydroponic",
  "Anak2 karang taruna pengen blajar hidroponik sayur di lahan sempit / atap",
  "Ada lahan kosong RW kira2 10x5 m. Sering liat di youtube tp gagal terus.")
O("training", "hort:hydroponic", "t", "Kelas Hidroponik NFT dan Wick untuk Pemula",
  "Nutrisi AB mix, semai rockwool, pindah tanam, panen selada & pakcoy.", ["DKI Jakarta", "Banten", JB])
O("training", "hort:x-budikdamber", "t", "Budikdamber: Budidaya Ikan dalam Ember untuk Lahan Sempit", None,
  ["DKI Jakarta"])

G("agam", "KWT Mawar Saiyo", SUMBAR, "Kabupaten Agam", 16)
N("agam", "market", "hort:leafy-veg-sell",
  "Awak ado sayua (kangkuang, bayam, sawi) tiok hari, sia nan ka mambali?",
  "Bisa antar pagi. Kok ado dapua MBG atau rumah makan nan nio langganan.")
O("market", "hort:leafy-veg-sell", "b", "Dapur SPPG (MBG) butuh pasokan sayur segar harian",
  "Bayam, kangkung, sawi, wortel; kontrak per bulan.", [SUMBAR])
O("market", "hort:leafy-veg-sell", "b", "Fresh leafy greens wanted for restaurants and caterers", None, [SUMBAR, "Riau"])
O("market", "hort:leafy-veg-sell", "b", "Dapur MBG terima pasokan sayur", None, ["Kabupaten Padang Pariaman"])

# ============================================================ plantation crops (estate)
G("benermeriah", "Kelompok Tani Kopi Ara Mupakat", "Aceh", "Kabupaten Bener Meriah", 34)
N("benermeriah", "training", "estate:coffee-rehab",
  "kebun kopi arabika kami sdh tua, mau belajar pangkas & sambung pucuk biar produksi naik lg",
  "Pohon rata2 umur 20 thn, tinggi, buah sedikit. Gampong kamoe 34 petani.")
O("training", "estate:coffee-rehab", "t", "Rehabilitasi Kebun Kopi: Pemangkasan, Sambung Samping dan Sambung Pucuk",
  "Praktik di kebun peserta, entres dari kebun induk.", ["Aceh", SUMUT])
O("training", "estate:coffee-rehab", "p", "Coffee farm renovation: pruning, stumping and grafting", "Field days on members' plots, scions from certified mother gardens.", [], tags=["coffee", "arabica", "rejuvenation"])
O("training", "estate:x-coffee-roast", "t", "Kelas Sangrai Kopi (Roasting) untuk UMKM", "Profil sangrai, cupping dasar, kemasan valve.", [])
O("training", "estate:coffee-postharvest", "t", "Pengolahan Pascapanen Kopi Arabika: Semi-Washed dan Natural", None,
  ["Aceh"])

G("simalungun", "Koperasi Produsen Kopi Sidamanik", SUMUT, "Kabupaten Simalungun", 120)
N("simalungun", "market", "estate:coffee-greenbean",
  "Looking for a buyer of Arabica green beans grade 1, 3 tonnes ready",
  "Hand-sorted, moisture 12%. We used to sell to local traders (toke) at low prices.")
O("market", "estate:coffee-greenbean", "b", "Exporter buying Sumatra Arabica green beans, grade 1, cupping required",
  "Send a 300 g sample; contracts per harvest, payment within 14 days.", ["Aceh", SUMUT])
O("market", "estate:coffee-greenbean", "b", "Beli kopi beras (green bean) arabika & robusta, partai",
  "Sampel 1 kg dulu, bayar setelah uji cita rasa.", [])
O("market", "estate:x-coffee-cherry", "b", "Beli kopi gelondong merah (cherry) langsung dari kebun", "Petik merah 95%, timbang di kebun.", [SUMUT])

G("manggarai", "Kelompok Tani Kopi Golo Lewe", NTT, "Kabupaten Manggarai", 45)
N("manggarai", "training", "estate:coffee-postharvest",
  "Kopi arabika kami mau diolah lbh baik (petik merah, fermentasi, jemur) spy harga naik",
  "Slama ini jual asalan, dijemur di tanah. Ada pembeli minta kualitas specialty.")
O("training", "estate:coffee-postharvest", "t", "Pelatihan Pengolahan Pascapanen Kopi: Full-Wash, Honey dan Natural",
  "Sortasi buah merah, fermentasi, pengeringan di para-para, uji kadar air.", [NTT, "Bali"])
N("manggarai", "resource", "estate:coffee-dryer",
  "Butuh rumah jemur / solar dryer kopi biar kopi tdk kena hujan",
  "Musim panen sering hujan, kopi jadi jamuran.")
O("resource", "estate:coffee-dryer", "p", "Rumah Pengering Tenaga Surya (solar dryer dome) untuk kopi dan kakao",
  "Hibah untuk kelompok tani, swadaya 20%.", [NTT, NTB, "Bali"])
O("resource", "estate:coffee-dryer", "s", "Solar dryer domes for coffee & cocoa groups, installed", None, [],
  status="closed")
O("resource", "estate:x-pulper", "s", "Mesin pulper kopi kapasitas 300 kg/jam", None, [NTT])

G("polman", "Kelompok Tani Sinar Kakao", SULBAR, "Kabupaten Polewali Mandar", 27)
N("polman", "training", "estate:cocoa-pest",
  "buah kakao bnyk yg busuk & ada ulat di dlm (PBK), mohon pelatihan",
  "Hampir separuh buah rusak. Tabe', kalau bisa langsung praktek di kebun.")
O("training", "estate:cocoa-pest", "t", "Sekolah Lapang Kakao: Sanitasi, Pemangkasan, Pengendalian PBK dan Busuk Buah",
  "Satu musim, sarungisasi buah, panen sering, sambung samping.", [SULBAR, SULSEL])
O("training", "estate:cocoa-pest", "p", "Cocoa good agricultural practices: pod borer and black pod control", None,
  [SULTENG, SULBAR, SULTRA])
O("training", "estate:cocoa-pest", "p", "Klinik Kakao Berkelanjutan (pemangkasan & hama PBK)", None, [SULSEL])
O("training", "estate:x-cocoa-ferment", "t", "Fermentasi Biji Kakao dan Pembuatan Cokelat Rumahan", "Kotak fermentasi, pengeringan, pasta dan cokelat batang.",
  [SULBAR, SULSEL])

G("parimo", "KUB Kakao Lestari", SULTENG, "Kabupaten Parigi Moutong", 30)
N("parimo", "market", "estate:cocoa-beans",
  "Jual biji kakao fermentasi kering 2 ton/bln, cari pembeli tetap",
  "Fermentasi 5 hari, jemur. Mau yg hargai fermentasi, jgn disamakan asalan.")
O("market", "estate:cocoa-beans", "b", "Buying fermented cocoa beans from farmer groups (premium for fermentation)",
  "Cut test on delivery; premium per kg for well-fermented beans.", [SULTENG, SULBAR, SULSEL])
O("market", "estate:cocoa-beans", "b", "Beli biji kakao fermentasi kering, kontrak kelompok", None, [SULTENG],
  status="closed")

G("basel", "Poktan Lada Sejahtera", BABEL, "Kabupaten Bangka Selatan", 26)
N("basel", "training", "estate:pepper-disease",
  "Lada kami bnyk mati, batangnya busuk di pangkal & daun kuning. ada pelatihan dak?",
  "Kebun 1 ha rata2 per org. Sdh 3 thn begini.")
O("training", "estate:pepper-disease", "t", "Pelatihan Pengendalian Busuk Pangkal Batang dan Penyakit Kuning Lada",
  "Agensia hayati Trichoderma, drainase, tiang panjat hidup.", [BABEL])
O("training", "estate:pepper-disease", "p", "Klinik Lada: Mencegah Kematian Tanaman akibat Jamur Phytophthora", "Praktik Trichoderma, saluran drainase, pemangkasan, sanitasi kebun.",
  [BABEL, "Lampung", KALBAR])
O("training", "estate:x-white-pepper-proc", "t", "Pengolahan Lada Putih Higienis (perendaman & pengeringan)", None,
  [BABEL])

G("belitung", "KUB Lada Putih Tanjung", BABEL, "Kabupaten Belitung", 19)
N("belitung", "market", "estate:white-pepper",
  "Sapa yg beli lada putih? stok kami 1,5 ton udah kering",
  "Lada dijemur bersih, dak bercampur. Mau jual lgsg ke pembeli besar.")
O("market", "estate:white-pepper", "b", "Beli lada putih (Muntok White Pepper) kualitas ekspor", None,
  ["Kabupaten Bangka", "Kabupaten Bangka Selatan"])
O("market", "estate:white-pepper", "b", "White pepper buyer, FAQ grade, Bangka Belitung", None, [], status="closed")

G("pelalawan", "Kelompok Tani Sawit Mandiri", "Riau", "Kabupaten Pelalawan", 50)
N("pelalawan", "training", "estate:palm-gap",
  "Petani sawit swadaya, mau blajar pemupukan & panen yg benar spy TBS tdk ditolak pabrik",
  "Buah sering mentah/ busuk, dipotong harga. Kebun 2-4 ha per anggota.")
O("training", "estate:palm-gap", "t", "Pelatihan Praktik Budidaya Sawit yang Baik bagi Pekebun Swadaya",
  "Pemupukan, pemangkasan pelepah, kriteria matang panen.", ["Riau", "Jambi"])
O("training", "estate:palm-gap", "p", "Oil palm smallholders: fertilising, pruning and harvest standards", None, [])
O("training", "estate:x-ispo", "p", "Pendampingan Sertifikasi ISPO untuk Koperasi Pekebun", None, ["Riau"])

G("batanghari", "Kelompok Tani Karet Bersatu", "Jambi", "Kabupaten Batanghari", 38)
N("batanghari", "market", "estate:rubber-sell",
  "Getah karet (slab) kmi mau jual lgsg ke pabrik, tdk lewat toke lg",
  "Bokar bersih, tdk dicampur tanah. Kira2 6 ton sebulan.")
O("market", "estate:rubber-sell", "b", "Pabrik crumb rubber beli bokar bersih (slab/lump), kemitraan UPPB",
  "Harga mengikuti KKK, bayar per transaksi.", ["Jambi", SUMSEL])
O("market", "estate:rubber-sell", "b", "Rubber factory sourcing clean cup lumps from farmer groups", None, ["Jambi"])
O("market", "estate:rubber-sell", "b", "Beli karet slab", None, ["Kabupaten Muaro Jambi"])

G("inhil", "Gapoktan Nyiur Melambai", "Riau", "Kabupaten Indragiri Hilir", 55)
N("inhil", "market", "estate:coconut-whole",
  "kelapa bulat kupas 30rb butir/bln, cari pembeli yg ambil rutin",
  "Kelapa tua, sdh dikupas sabutnya. Bisa muat ke kapal.")
O("market", "estate:coconut-whole", "b", "Beli kelapa bulat kupas untuk pabrik santan & ekspor", None, ["Riau", "Jambi"])
O("market", "estate:coconut-whole", "b", "Tampung kelapa tua tanpa sabut, muat kapal", "Min. 10.000 butir per pengiriman.", [])
O("market", "estate:x-copra", "b", "Beli kopra putih & kopra asap", "Kadar air maks 6%, bongkar di pelabuhan.", [])

G("banyumas", "KUB Manggar Jaya", JT, "Kabupaten Banyumas", 42)
N("banyumas", "training", "estate:coconut-sugar-make",
  "penderes pengin sinau gawe gula semut (gula kristal) ben regane luwih apik",
  "Saiki isih gawe gula cetak, regane murah. Anggota penderes 42.")
O("training", "estate:coconut-sugar-make", "t", "Pelatihan Pembuatan Gula Kelapa Kristal (Gula Semut) Organik",
  "Nira bersih, pemasakan, pengkristalan, pengayakan, kemasan.", [JT])
O("training", "estate:coconut-sugar-make", "p", "Kelas Gula Kristal dari Nira Kelapa untuk Pasar Ekspor", "Nira bersih, penguapan, pengkristalan, pengayakan; catatan ICS untuk organik.", [])
O("training", "estate:x-palm-sugar", "t", "Pembuatan Gula Aren Cetak yang Higienis", None, [JT])

G("ciamis", "Kelompok Penderes Saluyu", JB, "Kabupaten Ciamis", 30)
N("ciamis", "market", "estate:coconut-sugar-sell",
  "Cari pembeli gula semut, kmi produksi 500 kg/bln, sdh PIRT",
  "Kadar air rendah, diayak. Kemasan karung 25 kg atau pouch.")
O("market", "estate:coconut-sugar-sell", "b", "Eksportir beli gula semut (gula kelapa kristal) organik", None,
  [JT, JB, DIY], status="closed")
O("market", "estate:coconut-sugar-sell", "b", "Coconut sugar buyer: granulated, moisture below 3%", None, [])
O("market", "estate:x-gula-jawa", "b", "Beli gula merah cetak (gula Jawa) untuk pabrik kecap", None, [])

# ============================================================ livestock and bees (live)
G("lamongan", "Kelompok Ternak Maju Jaya", JTM, "Kabupaten Lamongan", 21)
N("lamongan", "training", "live:goat-fatten",
  "mau blajar penggemukan kambing & bikin pakan fermentasi biar cepet gede",
  "Kambing kacang & PE campur, 80 ekor. Rumput susah pas kemarau.")
O("training", "live:goat-fatten", "t", "Kursus kilat ngemukke wedhus: pakan, obat cacing, kandang panggung", "Praktik langsung neng kandang peserta, 3 dina.",
  [JTM])
O("training", "live:x-dairy-goat", "t", "Beternak Kambing Perah PE: Pemerahan dan Penanganan Susu", None, [JTM])

G("dompu", "Kelompok Ternak Nggahi Rawi", NTB, "Kabupaten Dompu", 15)
N("dompu", "resource", "live:goat-stock",
  "mohon bantuan bibit kambing utk 15 KK anggota, kandang sdh siap",
  "Kandang kelompok sdh dibangun swadaya. Anggota sebagian janda & petani penggarap.")
O("resource", "live:goat-stock", "p", "Bantuan ternak kambing untuk kelompok rentan (2 betina + 1 pejantan per KK)",
  "Sistem gaduhan bergulir: anak pertama digulirkan ke anggota lain.", [NTT])
O("resource", "live:x-cattle-stock", "p", "Bantuan bibit sapi bali untuk kelompok ternak", None, [NTB])

G("loteng", "KT Sapi Sumber Rejeki", NTB, "Kabupaten Lombok Tengah", 24)
N("loteng", "training", "live:cattle-fatten",
  "Tiang ingin pelatihan penggemukan sapi bali, sapi kami kurus2 padahal pakan banyak",
  "Kandang kolektif 40 ekor. Kance2 masih kasih rumput saja.")
O("training", "live:cattle-fatten", "t", "Pelatihan Penggemukan Sapi Potong Sistem Kandang Kolektif", "Ransum hijauan + konsentrat lokal, penimbangan bulanan, catatan PBBH.",
  [NTB, NTT, "Bali"])
O("training", "live:cattle-fatten", "p", "Beef cattle fattening for Bali cattle: rations and weight gain", None, [NTT])

G("kupang", "Kelompok Peternak Sapi Flobamora", NTT, "Kabupaten Kupang", 33)
N("kupang", "market", "live:cattle-sell",
  "Kitong pu sapi bali siap jual 40 ekor, sapa yg mau beli?",
  "Berat 250-300 kg. Kitong mau jual kelompok, sonde satu2 ke blantik.")
O("market", "live:cattle-sell", "b", "Beli sapi potong hidup untuk antar pulau", "Timbang hidup, karantina kami urus.",
  [NTT])
O("market", "live:cattle-sell", "b", "RPH cari sapi bali hidup bobot 250 kg ke atas", "Timbang di RPH, bayar transfer.", [NTT, NTB])
O("market", "live:x-goat-buy", "b", "Beli kambing & domba hidup", None, [NTT])

G("garut", "Kelompok Ternak Domba Mekarjaya", JB, "Kabupaten Garut", 26)
N("garut", "market", "live:sheep-sell",
  "domba garut siap kurban 60 ekor, saha nu peryogi?",
  "Bobot 30-45 kg, sehat, aya SKKH. Tiasa dianteur.")
O("market", "live:sheep-sell", "b", "Dicari domba & kambing kurban, partai 50 ekor ke atas", "Sehat, cukup umur, ada surat keterangan kesehatan hewan.",
  [JB, "DKI Jakarta", "Banten"])
O("market", "live:sheep-sell", "b", "Dicari hewan kurban (domba/kambing) 30-100 ekor, bayar tunai", None, [])
O("market", "live:sheep-sell", "b", "Beli domba qurban", None, ["Kota Bandung"])

G("banjar", "KUB Ayam Kampung Berkah", KALSEL, "Kabupaten Banjar", 20)
N("banjar", "training", "live:native-chicken",
  "ulun handak belajar bepiara ayam kampung, anaknya banyak nang mati umur seminggu",
  "Kandang ada, DOC beli di pasar. Banyak mati kena ngorok.")
O("training", "live:native-chicken", "t", "Pelatihan Beternak Ayam Kampung Unggul: Brooding dan Vaksinasi", "Indukan buatan, program vaksin ND/gumboro, pakan campuran.",
  [KALSEL, KALTENG])
O("training", "live:native-chicken", "p", "Kursus Piara Ayam Buras: Induk Buatan, Vaksin ND dan Pakan", None, [])
O("training", "live:x-duck", "t", "Beternak Itik Alabio Petelur", None, [KALSEL])

G("hsu", "Kelompok Itik Alabio Sejahtera", KALSEL, "Kabupaten Hulu Sungai Utara", 18)
N("hsu", "resource", "live:duckling",
  "butuh bibit itik alabio (DOD) betina 500 ekor",
  "Mau ganti induk yg sdh afkir.")
O("resource", "live:duckling", "s", "Anak itik Alabio umur sehari, sudah dipisah jantan-betina", None, [KALSEL])
O("resource", "live:duckling", "s", "Day-old ducklings (Alabio, female-sorted)", None, [KALSEL, KALTENG], status="closed")

G("blitar", "Kelompok Peternak Ayam Petelur Mulyo", JTM, "Kabupaten Blitar", 17)
N("blitar", "market", "live:eggs-sell",
  "telur ayam ras 1 ton/hr, harga lg jatuh, cari pembeli tetap (toko roti, dapur MBG)",
  "Kandang anggota 17 org. Bisa kirim pakai pick-up tiap pagi.")
O("market", "live:eggs-sell", "b", "Beli telur ayam ras partai untuk pabrik roti & dapur MBG", None, [JTM])
O("market", "live:eggs-sell", "b", "Distributor cari pasokan telur negeri 1-2 ton per hari", None, [JTM, "Bali"])
O("market", "live:x-duck-egg", "b", "Beli telur bebek mentah untuk bahan telur asin", None, [])


G("sikka", "Kelompok Ternak Babi Wairbleler", NTT, "Kabupaten Sikka", 23)
N("sikka", "training", "live:pig-asf",
  "Pigs dying suddenly in our village - need training on pig pen biosecurity",
  "Many families lost all their pigs last year. We want to restock safely.")
O("training", "live:pig-asf", "p", "Pelatihan Biosekuriti Peternakan Babi (Pencegahan ASF)", None, [NTT, "Bali"])
O("training", "live:pig-asf", "p", "Kandang Babi Sehat: cegah demam babi Afrika", None, ["Kabupaten Sikka", "Kabupaten Ende"])
O("training", "live:x-poultry-bio", "p", "Biosekuriti Unggas: Pencegahan Flu Burung", None, [NTT])

G("kuburaya", "Kelompok Madu Kelulut Sungai Ambawang", KALBAR, "Kabupaten Kubu Raya", 20)
N("kuburaya", "resource", "live:trigona-hive",
  "Kamek nak minta stup/kotak kelulut + koloni utk 20 anggota",
  "Sdh ikut pelatihan, blm ada modal beli kotak.")
O("resource", "live:trigona-hive", "s", "Stup kelulut (Trigona) lengkap koloni, harga kelompok", "Kotak kayu meranti, koloni Heterotrigona itama.", [KALBAR, "Riau"])
O("resource", "live:trigona-hive", "p", "Stingless bee hive boxes with colonies (programme grant)", None, [])
O("resource", "live:x-apis-hive", "s", "Stup lebah Apis cerana + ratu", None, [KALBAR])

G("berau", "KTH Wehea Lestari", KALTIM, "Kabupaten Berau", 22)
N("berau", "training", "live:trigona-train",
  "Stingless bee (kelulut) keeping training for our forest farmer group",
  "We have forest near the village and want honey as extra income.")
O("training", "live:trigona-train", "t", "Pelatihan Budidaya Lebah Kelulut (Trigona): Pemindahan Koloni dan Panen",
  "Memindah koloni dari batang kayu ke kotak, panen dengan sedot.", [KALTIM, KALBAR, KALTARA])
O("training", "live:x-apis-train", "t", "Budidaya Lebah Madu Apis cerana dengan Stup", None, [KALTIM])

G("lebak", "KTH Lebah Kite", "Banten", "Kabupaten Lebak", 14)
N("lebak", "market", "live:trigona-honey",
  "kite ade madu klanceng (trigona) 50 liter/bln, sape yg mau beli?",
  "Madu murni dr kotak, asem manis. Botol 250 ml & jerigen.")
O("market", "live:trigona-honey", "b", "Beli madu kelulut / klanceng murni", "Uji kadar air di tempat, bayar per liter.", [KALBAR, "Riau", KALTIM])
O("market", "live:x-forest-honey", "b", "Beli madu hutan (Apis dorsata) mentah", None, [])

# ============================================================ fish, ponds and catches (fish)
G("sleman", "Pokdakan Mina Lestari", DIY, "Kabupaten Sleman", 16)
N("sleman", "training", "fish:catfish-biofloc",
  "Mau belajar budidaya lele sistem bioflok, kemarin coba banyak yg mati",
  "Kolam bundar 6 buah. Air cepet bau & lele naik ke atas.")
O("training", "fish:catfish-biofloc", "t", "Pelatihan Budidaya Lele Sistem Bioflok", "Persiapan air, probiotik, padat tebar, pakan.",
  [DIY, JT], tags=["lele", "bioflok", "perikanan"])
O("training", "fish:catfish-biofloc", "t", "Catfish biofloc farming: water quality and feeding", None, [])
O("training", "fish:catfish-biofloc", "t", "Kelas bioflok lele", None, ["Kabupaten Bantul"])
O("training", "fish:x-tilapia-biofloc", "t", "Budidaya Nila Bioflok", None, [DIY])

G("boyolali", "Pokdakan Sumber Mina", JT, "Kabupaten Boyolali", 25)
N("boyolali", "market", "fish:catfish-sell",
  "lele konsumsi 1 ton per minggu ukuran 7-8 ekor/kg, golek bakul sing tetep",
  "Kolam anggota panen gantian. Bakul saiki sering telat mbayar.")
O("market", "fish:catfish-sell", "b", "Tampung lele konsumsi size 7-9, ambil di kolam", "Min. 500 kg sekali ambil, bayar lunas saat timbang.", [JT, DIY])
O("market", "fish:catfish-sell", "b", "Pengepul iwak lele, ambil di kolam tiap minggu", None, [JT])
O("market", "fish:x-patin", "b", "Tampung ikan patin hidup", None, [JT])

G("serang", "Pokdakan Karya Mina", "Banten", "Kabupaten Serang", 14)
N("serang", "resource", "fish:catfish-seed",
  "Butuh bibit lele sangkuriang 20rb ekor ukuran 5-7",
  "Kolam sdh siap tebar akhir bulan.")
O("resource", "fish:catfish-seed", "s", "Benih lele sangkuriang & mutiara 5-7 cm, antar pakai tangki", "Benih sehat, sudah disortir ukuran, garansi mati di jalan.",
  ["Banten", "DKI Jakarta", JB])
O("resource", "fish:catfish-seed", "s", "Catfish fingerlings from certified hatchery", None, ["Banten"], status="withdrawn")
O("resource", "fish:feed", "s", "Pakan lele apung (pelet) harga distributor", None, ["Banten"])

G("cianjur", "Pokdakan Cirata Mandiri", JB, "Kabupaten Cianjur", 40)
N("cianjur", "resource", "fish:feed",
  "Harga pelet mahal bgt, ada bantuan pakan ikan atau pakan murah utk nila KJA?",
  "40 petak KJA. Pakan habis 2 ton seminggu.")
O("resource", "fish:feed", "p", "Bantuan pakan ikan untuk pembudidaya keramba jaring apung", None, [JB], status="withdrawn")
O("resource", "fish:feed", "s", "Floating fish pellets at factory price for fish farmer groups", "Protein 28-32%, delivered by the truckload to group warehouses.", [JB, "Banten"])
O("resource", "fish:x-pellet-machine", "s", "Mesin pencetak pelet ikan", None, [])

G("toba", "Pokdakan Horas Mina", SUMUT, "Kabupaten Toba", 19)
N("toba", "training", "fish:tilapia-cage",
  "Horas, mau blajar budidaya nila di keramba jaring apung yg ramah lingkungan",
  "Banyak ikan mati pas air danau naik turun. Mau tau padat tebar yg bener.")
O("training", "fish:tilapia-cage", "t", "Pelatihan Budidaya Nila KJA Ramah Lingkungan", "Padat tebar, pakan apung, jaring ganda, pemantauan oksigen.", [SUMUT])
O("training", "fish:tilapia-cage", "p", "Tilapia cage culture: stocking density, feeding and water quality", None, [])
O("training", "fish:x-tilapia-hatchery", "t", "Pembenihan Ikan Nila (Pemijahan dan Pendederan)", None, [SUMUT])

G("solok", "Kelompok Pembudidaya Ikan Saiyo", SUMBAR, "Kabupaten Solok", 21)
N("solok", "market", "fish:tilapia-sell",
  "ikan nila kami 3 ton sabulan, sia nan ka mambali? lai bisa dijapuik di kolam",
  "Kolam aia deras anggota 21 urang, panen bagilia. Ukuran 3-4 ikua sakilo.")
O("market", "fish:tilapia-sell", "b", "Tampung ikan nila segar & hidup", "Ukuran konsumsi, dijemput pakai mobil tangki.", [SUMBAR, "Riau"])
O("market", "fish:tilapia-sell", "b", "Pedagang ikan cari nila ukuran 3-4 ekor sekilo, ambil rutin", None, [])
O("market", "fish:x-tilapia-fillet", "b", "Beli fillet nila beku untuk restoran", None, [])

G("takalar", "Kelompok Rumput Laut Mattiro Baji", SULSEL, "Kabupaten Takalar", 35)
N("takalar", "market", "fish:seaweed-dry",
  "rumput laut kering (cottonii) 10 ton, tabe' siapa pembeli yg harga bagus",
  "Dijemur di para-para, bersih dari pasir.")
O("market", "fish:seaweed-dry", "b", "Beli rumput laut kering Eucheuma cottonii dan spinosum", "Harga per kg sesuai kadar air & kotoran, timbang di gudang.",
  [SULSEL, SULTRA], tags=["rumput laut", "cottonii"])
O("market", "fish:seaweed-dry", "b", "Dried seaweed buyer (E. cottonii, max 35% moisture) for carrageenan factory",
  None, [], tags=["seaweed", "carrageenan"])
O("market", "fish:x-gracilaria", "b", "Beli rumput laut Gracilaria dari tambak", None, [SULSEL])

G("buton", "Kelompok Pembudidaya Rumput Laut Wa Ode", SULTRA, "Kabupaten Buton", 28)
N("buton", "training", "fish:seaweed-farm",
  "mau blajar budidaya rumput laut metode longline & cara atasi ice-ice",
  "Tiap musim timur banyak yg putih2 patah.")
O("training", "fish:seaweed-farm", "t", "Pelatihan Budidaya Rumput Laut Metode Long Line", "Pemilihan bibit, jarak ikat, perawatan, panen umur 45 hari.", [SULTRA, SULSEL])
O("training", "fish:seaweed-farm", "p", "Sekolah Lapang Rumput Laut: Tali Bentang dan Penyakit Ice-ice", None, [])
O("training", "fish:x-seaweed-food", "t", "Olahan Rumput Laut: Dodol, Stik dan Es Campur", None, [SULTRA])

G("rote", "Kelompok Rumput Laut Nusa Lontar", NTT, "Kabupaten Rote Ndao", 22)
N("rote", "resource", "fish:seaweed-seed",
  "bibit rumput laut kami habis kena penyakit, butuh bibit baru yg sehat",
  "Su dua musim gagal. Lahan laut masih ada.")
O("resource", "fish:seaweed-seed", "s", "Bibit rumput laut hasil kultur jaringan", None, ["Kabupaten Kupang"])
O("resource", "fish:x-rope", "s", "Tali ris, tali PE & pelampung untuk rumput laut", None, [])

G("halsel", "KUB Nelayan Sinar Laut", "Maluku Utara", "Kabupaten Halmahera Selatan", 30)
N("halsel", "market", "fish:fresh-catch",
  "torang pe ikan cakalang & tongkol tiap hari, mo jual ke cold storage",
  "Hasil tangkap 500 kg - 1 ton per hari kalau musim. Sekarang jual ke tibo-tibo murah.")
O("market", "fish:fresh-catch", "b", "Cold storage beli cakalang, tongkol dan layang segar", "Bongkar di dermaga, harga harian, es disediakan.", ["Maluku Utara", SULUT])
O("market", "fish:fresh-catch", "b", "Skipjack and little tuna buyer, fresh on ice", None, ["Maluku Utara", "Maluku"])
O("market", "fish:fresh-catch", "b", "Beli ikan segar nelayan", None, ["Kota Ternate"])
O("market", "fish:x-smoked-skipjack", "b", "Beli cakalang fufu (asap)", None, ["Maluku Utara"])
N("halsel", "resource", "fish:coolbox",
  "Butuh cool box / box fiber utk simpan ikan di perahu, ikan cepat rusak",
  "Perahu 12 unit. Es ada di desa tetangga.")
O("resource", "fish:coolbox", "s", "Cool box fiber 100-200 liter untuk nelayan", "Dinding busa tebal, tahan es 2 hari.", ["Maluku Utara", SULUT])
O("resource", "fish:coolbox", "p", "Bantuan kotak pendingin ikan untuk perahu nelayan kecil", "Hibah untuk KUB nelayan terdaftar.", [])
O("resource", "fish:x-ice-machine", "s", "Mesin es (flake ice) kapasitas 1 ton", None, ["Maluku Utara"])

G("sangihe", "Kelompok Nelayan Mawali", SULUT, "Kabupaten Kepulauan Sangihe", 18)
N("sangihe", "training", "fish:onboard-handling",
  "Nelayan mau blajar cara tangani ikan di kapal spy tetap segar sampe darat",
  "Ikan sering ditolak pembeli karna lembek. Torang pake es tapi kurang.")
O("training", "fish:onboard-handling", "t", "Pelatihan Penanganan Ikan Segar di Atas Kapal (Rantai Dingin)", "Pendinginan cepat, es curah, palka, sanitasi.",
  [SULUT, "Gorontalo", "Maluku Utara"])
O("training", "fish:onboard-handling", "p", "Onboard fish handling and icing for small boats", None, [], status="closed")

G("malra", "KUB Nelayan Ohoi Sathean", "Maluku", "Kabupaten Maluku Tenggara", 16)
N("malra", "resource", "fish:freezer",
  "Beta pung kelompok butuh freezer besar utk simpan ikan, listrik su ada",
  "Kalo ikan banyak, katong jual murah karena seng bisa simpan.")
O("resource", "fish:freezer", "s", "Chest freezer 500 L untuk UMKM perikanan", None, [JTM, "Bali"])
O("resource", "fish:freezer", "p", "Bantuan freezer untuk kelompok nelayan", None, ["Maluku"], status="withdrawn")

# ============================================================ food processing, packaging, permits (food)
G("lamteng", "KUB Keripik Sinar Way Seputih", "Lampung", "Kabupaten Lampung Tengah", 13)
N("lamteng", "training", "food:packaging",
  "Keripik kami mau masuk minimarket, minta pelatihan kemasan & label yg menarik",
  "Skrg msh pake plastik biasa diikat karet, tanpa merk.")
O("training", "food:packaging", "t", "Pelatihan Desain Kemasan dan Label Produk Pangan UMKM",
  "Memilih bahan kemasan, informasi wajib label, desain dengan aplikasi HP.", ["Lampung", SUMSEL],
  tags=["kemasan", "label", "branding"])
O("training", "food:packaging", "p", "Packaging and labelling for small food brands", None, [])
O("training", "food:x-chips-make", "t", "Pelatihan Pembuatan Keripik Pisang dan Singkong Aneka Rasa", None, ["Lampung"])
N("lamteng", "market", "food:chips-sell",
  "Jual keripik singkong kemasan 1 kuintal/mgg, sdh PIRT, cari toko oleh2 / distributor",
  "Rasa original, balado, pedas manis.")
O("market", "food:chips-sell", "b", "Toko oleh-oleh beli putus keripik & camilan UMKM berizin", "Wajib PIRT, kemasan rapi, kontinuitas pasokan.", ["Lampung"])
O("market", "food:chips-sell", "b", "Snack distributor sourcing cassava chips from SMEs", None, ["Lampung", SUMSEL, "Banten"])
O("market", "food:x-cassava-raw", "b", "Beli singkong segar untuk pabrik tapioka", None, ["Lampung"])
O("market", "food:x-banana-chips", "b", "Dicari pemasok keripik pisang kepok", None, ["Lampung"])

G("klaten", "KUB Rempeyek Bu Darmi", JT, "Kabupaten Klaten", 9)
N("klaten", "training", "food:pirt",
  "Gmn cara ngurus PIRT utk rempeyek kami? minta pendampingan",
  "Toko minta ada nomor PIRT. Kami blm pernah ikut penyuluhan.")
O("training", "food:pirt", "p", "Penyuluhan Keamanan Pangan (PKP) dan Pendampingan SPP-IRT", "Sertifikat PKP, pemeriksaan sarana, pendaftaran lewat OSS.", [JT])
O("training", "food:pirt", "p", "Food safety training for the home-industry food permit (SPP-IRT)", None, [])
O("training", "food:halal", "p", "Pendampingan Sertifikasi Halal Self-Declare (P3H)", "Pendamping PPH membantu ikrar, daftar bahan, unggah dokumen.", [JT, JTM])

G("sidoarjo", "KWT Srikandi", JTM, "Kabupaten Sidoarjo", 20)
N("sidoarjo", "training", "food:halal",
  "Mau daftar sertifikat halal self declare utk kue kering, ada yg dampingi?",
  "Produk 6 macam. Blm paham bahan yg hrs ada sertifikatnya.")
O("training", "food:halal", "p", "Halal certification assistance for micro food businesses", None, [])
O("training", "food:x-bpom", "t", "Pelatihan Persiapan Izin Edar BPOM (MD) untuk UMKM", None, [JTM])

G("gowa", "Kelompok UMKM Sipakainga", SULSEL, "Kabupaten Gowa", 15)
N("gowa", "resource", "food:halal-free",
  "tabe', ada program sertifikat halal gratis kah? utk 15 produk anggota",
  "Produk kue tradisional & sambal. Biaya daftar berat buat kami.")
O("resource", "food:halal-free", "p", "Fasilitasi Sertifikasi Halal Gratis (SEHATI), kuota usaha mikro", "Biaya ditanggung pemerintah untuk usaha mikro dengan produk tidak berisiko.", [])
O("resource", "food:x-bpom-fee", "p", "Bantuan biaya izin edar BPOM bagi UMKM", None, [SULSEL])

G("pringsewu", "Kelompok Perajin Tempe Rukun", "Lampung", "Kabupaten Pringsewu", 12)
N("pringsewu", "training", "food:tempe",
  "mau blajar bikin tempe yg higienis, sering asem & berlendir",
  "Produksi 50 kg kedelai/hr. Ruang fermentasi seadanya.")
O("training", "food:tempe", "t", "Pelatihan Pembuatan Tempe Higienis", "Perebusan, pengupasan, inokulasi, inkubasi.", ["Lampung"])
O("training", "food:tempe", "t", "Kelas Membuat Tempe: Ragi, Peragian dan Ruang Inkubasi", None, [])
O("training", "food:x-tofu", "t", "Pelatihan Pembuatan Tahu Sehat tanpa Pengawet", None, ["Lampung"])

G("sumedang", "Paguyuban Perajin Tahu Sari Kedele", JB, "Kabupaten Sumedang", 10)
N("sumedang", "resource", "food:tofu-equipment",
  "Mesin giling kedelai kami rusak, butuh mesin baru atau bantuan alat tahu",
  "Ketel uap jg udah bocor. Produksi 3 kuintal kedelai/hr.")
O("resource", "food:tofu-equipment", "s", "Mesin penggiling kedelai & ketel uap untuk industri tahu", "Stainless, kapasitas 100 kg/jam, garansi 1 tahun.", [JB, JT])
O("resource", "food:tofu-equipment", "p", "Tofu production equipment grant (grinder, steam boiler)", None, [])
O("resource", "food:x-coffee-grinder", "s", "Mesin penggiling kopi & bumbu", None, [])

G("oganilir", "KWT Dapur Sehat Sungai Pinang", SUMSEL, "Kabupaten Ogan Ilir", 16)
N("oganilir", "training", "food:fish-products",
  "ibu2 nelayan mau blajar bikin nugget & bakso ikan utk dijual",
  "Ikan sungai (gabus, patin) banyak tp harga murah kalo dijual segar.")
O("training", "food:fish-products", "t", "Pelatihan Diversifikasi Olahan Ikan: Nugget, Bakso, Otak-otak", "Resep, pembekuan, kemasan vakum, hitung harga.",
  [SUMSEL, "Jambi", "Bengkulu"])
O("training", "food:x-pempek", "t", "Pelatihan Pempek dan Cuko", None, [SUMSEL])
O("training", "food:x-chicken-nugget", "t", "Pengolahan Daging Ayam: Nugget dan Sosis", None, [SUMSEL])

G("rejanglebong", "KWT Mekar Wangi", "Bengkulu", "Kabupaten Rejang Lebong", 14)
N("rejanglebong", "resource", "food:vacuum-fryer",
  "butuh mesin vacuum frying utk keripik nangka & salak",
  "Skrg goreng biasa, keripik jadi gosong & berminyak.")
O("resource", "food:vacuum-fryer", "s", "Mesin vacuum frying 5 kg + spinner peniris", "Untuk buah nangka, salak, nanas; suhu rendah, warna tetap.", ["Bengkulu", SUMSEL, "Jambi"])
O("resource", "food:x-vacuum-sealer", "s", "Mesin vacuum sealer untuk kemasan", None, [])


G("ambon", "KUB Ikan Asap Mama Ina", "Maluku", "Kota Ambon", 11)
N("ambon", "training", "food:fish-smoking",
  "beta pung mama2 mau blajar asap ikan yg bersih, tdk pahit & tahan lama",
  "Skrg asap pake kayu di tungku terbuka.")
O("training", "food:fish-smoking", "t", "Pelatihan Pengasapan Ikan Higienis dengan Kabinet Asap", None, ["Maluku", "Maluku Utara"])
O("training", "food:fish-smoking", "p", "Pelatihan Ikan Asar Bersih dan Awet", "Pengasapan dengan lemari asap, tanpa jelaga, tahan seminggu.", [])
O("training", "food:x-salted-fish", "t", "Pengolahan Ikan Asin dan Ikan Kering", None, ["Maluku"])

G("trenggalek", "Kelompok Olahan Telo Mekar", JTM, "Kabupaten Trenggalek", 18)
N("trenggalek", "training", "food:mocaf",
  "pengin sinau gawe tepung mocaf saka telo, telo akeh regane murah",
  None)
O("training", "food:mocaf", "t", "Pelatihan Produksi Tepung Mocaf (Singkong Fermentasi)", "Perendaman dengan starter, pengeringan, penepungan, ayakan 80 mesh.", [JTM, JT])
O("training", "food:x-tiwul", "t", "Pembuatan Tiwul dan Gatot Instan", None, [JTM])

G("manado", "UMKM Sambal Roa Torang", SULUT, "Kota Manado", 8)
N("manado", "market", "food:sambal-sell",
  "torang bikin sambal roa botol, so ada PIRT & halal, mo cari toko / reseller",
  "Produksi 300 botol seminggu.")
O("market", "food:sambal-sell", "b", "Toko oleh-oleh beli putus sambal roa & abon", "Di bandara dan pusat kota, bayar per 2 minggu.", [SULUT])
O("market", "food:sambal-sell", "b", "Online grocery sourcing bottled sambal from SMEs", None, [])
O("market", "food:x-roa-fish", "b", "Beli ikan roa asap kering", None, [SULUT])

# ============================================================ crafts, sewing, textiles (craft)
G("grobogan", "Kelompok Jahit PKK Mekar", JT, "Kabupaten Grobogan", 20)
N("grobogan", "training", "craft:sewing-basic",
  "ibu2 pengen kursus menjahit dasar sampe bisa bikin baju sendiri",
  "Mesin jahit ada 4 dr balai desa.")
O("training", "craft:sewing-basic", "t", "Kursus Menjahit Tingkat Dasar: Pola, Potong, Jahit", "Untuk pemula, 20 pertemuan, bisa di balai desa.", [JT])
O("training", "craft:x-machine-service", "t", "Pelatihan Servis Mesin Jahit", None, [JT])

G("kabbandung", "Kelompok Penjahit Rumahan Mandiri", JB, "Kabupaten Bandung", 12)
N("kabbandung", "market", "craft:sewing-orders",
  "Kmi 12 penjahit, cari orderan jahit (seragam, maklun konveksi)",
  "Mesin sendiri2, bisa jahit kaos & kemeja.")
O("market", "craft:sewing-orders", "b", "Konveksi cari mitra penjahit maklun (kaos, seragam)", None, [JB], status="closed")
O("market", "craft:sewing-orders", "b", "Garment subcontracting (CMT) for home sewers", "We supply cut pieces and thread; piece-rate payment weekly.", [JB, JT])
O("market", "craft:sewing-orders", "b", "Konveksi butuh penjahit borongan", None, ["Kota Bandung"])

G("lotim", "KWT Ayu Lestari", NTB, "Kabupaten Lombok Timur", 10)
N("lotim", "resource", "craft:sewing-machine",
  "Mohon bntuan mesin jahit 5 unit, tiang kelompok jahit baru mulai",
  "Anggota 10 org, sdh bisa jahit dasar tp mesin pinjem tetangga. Mau terima jahitan seragam sekolah.")
O("resource", "craft:sewing-machine", "p", "Bantuan mesin jahit dan obras untuk kelompok perempuan", "Untuk kelompok yang sudah terbentuk minimal 6 bulan.", [NTB, NTT])
O("resource", "craft:sewing-machine", "p", "Paket mesin jahit untuk kelompok usaha", None, [NTT])
O("resource", "craft:x-embroidery-machine", "s", "Mesin bordir komputer 1 kepala", None, [])

G("sumbatimur", "Sanggar Tenun Ina Humba", NTT, "Kabupaten Sumba Timur", 25)
N("sumbatimur", "market", "craft:ikat-sell",
  "Buyer wanted for our Sumba ikat weavings (hinggi, lau)",
  "Natural dyes, many pieces in stock. We sell only to tourists now.")
O("market", "craft:ikat-sell", "b", "Galeri beli kain tenun ikat NTT", "Kain pewarna alam dihargai lebih.", [NTT, "Bali"])
O("market", "craft:ikat-sell", "b", "Beli tenun ikat untuk label fesyen", None, [])
O("market", "craft:batik-sell", "b", "Beli batik tulis", "Untuk toko online kami, motif pesisir & klasik.", [])

G("ttu", "Kelompok Tenun Bife Naek", NTT, "Kabupaten Timor Tengah Utara", 20)
N("ttu", "training", "craft:natural-dye",
  "Mama2 penenun mau blajar pewarna alam (mengkudu, tarum) spy warna tdk luntur",
  "Benang sekarang beli yg sudah warna, mahal. Pohon mengkudu banyak di kebun.")
O("training", "craft:natural-dye", "t", "Pelatihan Pewarnaan Alam untuk Tenun (mengkudu, tarum, kunyit)", "Mordan, celup berulang, penguncian warna.", [NTT])
O("training", "craft:x-ecoprint", "t", "Pelatihan Eco-print Daun di Kain", None, [NTT])

G("pamekasan", "Kelompok Batik Tulis Klampar", JTM, "Kabupaten Pamekasan", 17)
N("pamekasan", "market", "craft:batik-sell",
  "batik tulis madura, kmi cari reseller & butik yg ambil rutin",
  "Motif pesisiran, warna berani.")
O("market", "craft:batik-sell", "b", "Butik beli batik tulis Madura", "Ambil rutin tiap bulan, konsinyasi atau beli putus.", [JTM])
O("market", "craft:batik-sell", "b", "Batik wholesaler buying hand-drawn batik from artisans", None,
  [JTM, JT, DIY])
O("market", "craft:x-batik-cap", "b", "Beli batik cap & printing murah", None, [JTM])

G("kulonprogo", "KWT Sekar Jagad", DIY, "Kabupaten Kulon Progo", 15)
N("kulonprogo", "training", "craft:batik-train",
  "Ibu2 mau blajar membatik tulis dr nol (nyanting, pewarnaan)",
  "Blm ada yg bisa sama sekali. Pengen bikin batik motif geblek renteng utk seragam.")
O("training", "craft:batik-train", "t", "Pelatihan Membatik Tulis untuk Pemula", "Nyanting, nembok, pewarnaan, pelorodan.", [DIY, JT])
O("training", "craft:batik-train", "t", "Batik workshop: canting, waxing and dyeing", None, [])
O("training", "craft:x-batik-cap-train", "t", "Pelatihan Batik Cap dan Pewarnaan Sintetis", None, [DIY])

G("tasik", "Kelompok Anyaman Awi Rancage", JB, "Kabupaten Tasikmalaya", 22)
N("tasik", "training", "craft:bamboo-weave",
  "hoyong diajar ngaanyam awi kanggo kerajinan (tas, lampu, wadah)",
  "Awi seueur di lembur.")
O("training", "craft:bamboo-weave", "t", "Pelatihan Kerajinan Anyaman Bambu Kontemporer", "Membelah, meraut, menganyam, finishing untuk tas dan kap lampu.", [JB])
O("training", "craft:x-bamboo-build", "t", "Pelatihan Konstruksi Bangunan Bambu", None, [JB])

G("katingan", "Kelompok Perajin Rotan Tumbang", KALTENG, "Kabupaten Katingan", 19)
N("katingan", "market", "craft:rattan-sell",
  "Ulun handak manjual tas & tikar rotan anyaman, sapa nang handak manukar?",
  "Ada 200 lembar tikar wan 150 tas. Rotan ambil di hutan sorang.")
O("market", "craft:rattan-sell", "b", "Beli kerajinan anyaman rotan (tas, tikar, keranjang)", "Untuk toko kerajinan dan ekspor, bisa pesan motif.", [KALTENG, KALSEL])
O("market", "craft:x-raw-rattan", "b", "Beli rotan mentah asalan", None, [KALTENG])


# ============================================================ savings, bookkeeping, organisation (org)
G("konsel", "Kelompok Simpan Pinjam Perempuan Mekar", SULTRA, "Kabupaten Konawe Selatan", 30)
N("konsel", "training", "org:savings-books",
  "bendahara kami bingung catat simpan pinjam, minta pelatihn pembukuan kelompok",
  "Anggota 30, pinjaman bergulir. Catatan masih di buku tulis, sering selisih.")
O("training", "org:savings-books", "p", "Pelatihan Pembukuan Kelompok Simpan Pinjam", "Buku kas, buku pinjaman, kartu anggota, laporan bulanan.", [SULTRA, SULSEL])
O("training", "org:savings-books", "p", "Savings group record keeping (VSLA ledgers and passbooks)", None, [], status="closed")
O("training", "org:x-bumdes-acc", "t", "Akuntansi dan Laporan Keuangan BUMDes", None, [SULTRA])

G("pandeglang", "Kelompok Usaha Kue Kite", "Banten", "Kabupaten Pandeglang", 11)
N("pandeglang", "training", "org:costing",
  "kite ade usaha kue, mau tau cara ngitung modal & harga jual (HPP) biar gk rugi",
  None)
O("training", "org:costing", "t", "Kelas Kalkulasi Biaya Produksi dan Penetapan Harga untuk Usaha Rumahan", "Bahan, tenaga, penyusutan alat, margin, harga grosir dan eceran.", ["Banten", "DKI Jakarta"])
O("training", "org:x-app-books", "t", "Pencatatan Keuangan Usaha dengan Aplikasi di HP", None, [])

G("tanahdatar", "Kelompok Wanita Bundo Kanduang", SUMBAR, "Kabupaten Tanah Datar", 35)
N("tanahdatar", "training", "org:coop-legal",
  "Kelompok awak nio jadi koperasi babadan hukum, baa caronyo?",
  "Alah 3 tahun bajalan simpan pinjam.")
O("training", "org:coop-legal", "p", "Pendampingan Pendirian Koperasi dan Pengesahan Badan Hukum", "Rapat pendirian, AD, notaris koperasi, pengesahan Kemenkum.", [SUMBAR, "Riau"])
O("training", "org:x-bumdes", "p", "Pendirian BUMDes dan Penyusunan Perdes", None, [SUMBAR])

G("sbb", "Kelompok Usaha Nelayan Hatu", "Maluku", "Kabupaten Seram Bagian Barat", 15)
N("sbb", "training", "org:group-governance",
  "Katong kelompok baru, mau dilatih bikin AD/ART & atur pengurus",
  "Anggota 15 orang nelayan & mama2 pengolah ikan. Mau daftar ke dinas tp diminta AD/ART.")
O("training", "org:group-governance", "p", "Pelatihan Penguatan Kelembagaan Kelompok: AD/ART, Kepengurusan, Rapat", "Untuk kelompok baru yang akan didaftarkan ke dinas.",
  ["Maluku", "Maluku Utara"])
O("training", "org:group-governance", "p", "Group governance basics: by-laws, officers and meetings", None, [],
  status="closed")

G("bone", "Kelompok Usaha Siwolongpolong", SULSEL, "Kabupaten Bone", 20)
N("bone", "resource", "org:capital-loan",
  "tabe', kelompok butuh modal usaha utk beli bahan baku, pinjaman bunga ringan",
  "Usaha anggota: warung, kue, jahit. Tidak ada agunan.")
O("resource", "org:capital-loan", "p", "Pinjaman modal bergulir bunga rendah untuk kelompok usaha perempuan", "Plafon per anggota 1-5 juta, angsuran mingguan.",
  [SULSEL, SULBAR])
O("resource", "org:capital-loan", "p", "Pembiayaan tanggung renteng untuk kelompok perempuan, tanpa agunan", None, [])
O("resource", "org:capital-loan", "p", "Pinjaman modal usaha kelompok", None, ["Kabupaten Wajo"])

# ============================================================ digital selling and payments (digital)
G("banyuwangi", "UMKM Kreatif Desa Kemiren", JTM, "Kabupaten Banyuwangi", 18)
N("banyuwangi", "training", "digital:online-selling",
  "mau blajar jualan online di shopee & tiktok shop, anggota msh gaptek",
  "Produk kopi bubuk, kue, kerajinan.")
O("training", "digital:online-selling", "t", "Pelatihan Jualan di Marketplace dan TikTok Shop untuk UMKM", "Buka toko, foto, deskripsi, live jualan, kirim barang.", [JTM, "Bali"])
O("training", "digital:online-selling", "p", "E-commerce onboarding for village SMEs", None, [])
O("training", "digital:product-photo", "t", "Fotografi Produk dengan HP", None, [JTM])

G("palu", "Komunitas Pemuda Kreatif Talise", SULTENG, "Kota Palu", 15)
N("palu", "training", "digital:product-photo",
  "Smartphone product photography class for our youth group",
  "We sell snacks and crafts online but our photos look bad.")
O("training", "digital:product-photo", "t", "Kelas Foto Produk Pakai Smartphone", "Cahaya alami, latar, sudut, edit di HP.", [SULTENG])
O("training", "digital:x-wedding-photo", "t", "Kursus Fotografi dan Videografi Pernikahan", None, [SULTENG])

G("bulungan", "Kelompok Warung Mekar Sari", KALTARA, "Kabupaten Bulungan", 24)
N("bulungan", "training", "digital:qris",
  "pelatihan pakai QRIS & pembayaran digital utk warung2 anggota",
  "Pembeli skrg sering nanya bisa scan ato tdk.")
O("training", "digital:qris", "p", "Sosialisasi dan Pendampingan QRIS untuk UMKM", "Daftar merchant, cek mutasi, keamanan.", [KALTARA, KALTIM])
O("training", "digital:qris", "p", "Kelas Pembayaran Non-Tunai (kode QR) untuk Warung", None, [])

# ============================================================ repair trades and skills (trade)
G("muaraenim", "Karang Taruna Tunas Bangsa", SUMSEL, "Kabupaten Muara Enim", 25)
N("muaraenim", "training", "trade:moto-repair",
  "anak2 muda nganggur mau kursus bengkel motor (injeksi), ada yg gratis?",
  "Ada 25 org lulusan SMA/SMK. Pengen buka bengkel di desa.")
O("training", "trade:moto-repair", "p", "Pelatihan Mekanik Sepeda Motor Injeksi (BLK)", "Gratis, 240 jam pelajaran, sertifikat.", [SUMSEL])
O("training", "trade:moto-repair", "t", "Motorcycle fuel-injection servicing course", None, [], status="closed")

G("pidie", "Remaja Masjid Gampong Baro", "Aceh", "Kabupaten Pidie", 20)
N("pidie", "training", "trade:phone-repair",
  "aneuk muda gampong kamoe mau belajar servis hp (ganti lcd, mesin, software)",
  None)
O("training", "trade:phone-repair", "t", "Kursus Teknisi Handphone: Hardware dan Software", "3 bulan, praktik ganti LCD, flashing, mesin.", ["Aceh"],
  tags=["teknisi", "smartphone"])
O("training", "trade:x-electronics", "t", "Servis Elektronik Rumah Tangga (TV, kipas, rice cooker)", None, ["Aceh"])

G("batam", "Kelompok Pemuda Tanjung Uncang", "Kepulauan Riau", "Kota Batam", 16)
N("batam", "training", "trade:welding",
  "Mau ikut pelatihan las (SMAW) + sertifikat biar bisa kerja di galangan",
  "Kami lulusan SMA, blm pernah ngelas.")
O("training", "trade:welding", "t", "Pelatihan dan Sertifikasi Juru Las SMAW 3G (BNSP)", "Untuk pemula, 2 bulan, uji kompetensi di akhir.", ["Kepulauan Riau", "Riau"])
O("training", "trade:welding", "t", "Welding certification course (SMAW / FCAW)", None, [])
O("training", "trade:x-welding-6g", "t", "Pelatihan Las Pipa 6G Lanjutan (bagi juru las bersertifikat 3G)", None,
  ["Kepulauan Riau"])

G("manokwari", "Kelompok Pemuda Amban", "Papua Barat", "Kabupaten Manokwari", 12)
N("manokwari", "resource", "trade:moto-toolkit",
  "Sa pu kelompok pemuda mau buka bengkel motor, butuh alat2 bengkel",
  "Sdh ikut kursus mekanik. Tra ada modal beli alat.")
O("resource", "trade:moto-toolkit", "p", "Paket peralatan bengkel sepeda motor (toolkit + kompresor)", None, ["Papua Barat Daya"])
O("resource", "trade:moto-toolkit", "s", "Motorcycle workshop tool kits", None, [], status="closed")

# ============================================================ village tourism (tour)
G("klu", "Pokdarwis Gumi Lestari", NTB, "Kabupaten Lombok Utara", 22)
N("klu", "training", "tour:homestay",
  "Homestay management training for our tourism village",
  "Eight families host guests, but we don't know pricing, booking or guest service.")
O("training", "tour:homestay", "t", "Pelatihan Pengelolaan Homestay Desa Wisata", "Standar kamar, menerima tamu, harga, pemesanan online.", [NTB, "Bali"])
O("training", "tour:homestay", "p", "Kelas Tuan Rumah: mengelola pondok wisata dan melayani tamu", None, [NTB])

G("gunungkidul", "Pokdarwis Watu Amba", DIY, "Kabupaten Gunungkidul", 30)
N("gunungkidul", "training", "tour:guide",
  "Pemuda desa wisata pengin dilatih jadi pemandu wisata lokal (trekking, goa)",
  "Tamu makin rame tp pemuda blm ngerti cara mandu, cerita sejarah, keselamatan.")
O("training", "tour:guide", "t", "Pelatihan Pemandu Wisata Lokal Desa Wisata", "Interpretasi, keselamatan, P3K, cerita desa.", [JT, DIY])
O("training", "tour:x-rafting", "t", "Pelatihan Pemandu Arung Jeram", None, [DIY])
N("gunungkidul", "market", "tour:travel-agent",
  "Desa wisata kami cari travel agent / biro yg mau kirim rombongan tamu (paket live in)",
  "Ada 15 homestay, paket tani, goa, kuliner.")
O("market", "tour:travel-agent", "b", "Biro perjalanan cari mitra desa wisata untuk paket live-in pelajar", "Rombongan 40-200 siswa, 2-3 malam.", [DIY, JT])
O("market", "tour:travel-agent", "b", "Tour operator seeking community-based tourism villages for packages", None, [])
O("market", "tour:travel-agent", "b", "Biro wisata cari desa wisata", None, ["Kabupaten Sleman"])


G("samosir", "Pokdarwis Tuktuk Siadong", SUMUT, "Kabupaten Samosir", 18)
N("samosir", "resource", "tour:homestay-kit",
  "butuh bantuan perlengkapan homestay (kasur, sprei, handuk) utk 10 kamar",
  "Rumah warga sdh direnovasi jd homestay, kasur masih pake tikar.")
O("resource", "tour:homestay-kit", "p", "Bantuan sarana homestay: kasur, linen dan perlengkapan kamar mandi", "Untuk pokdarwis dengan homestay terdaftar.", [SUMUT, "Aceh"])
O("resource", "tour:homestay-kit", "s", "Hotel linen and guest amenities, wholesale", None, [])

# ============================================================ health and nutrition (health)
G("cirebon", "Kader Posyandu Melati", JB, "Kabupaten Cirebon", 12)
N("cirebon", "training", "health:mpasi",
  "kader pengen blajar bikin MPASI bergizi dr bahan lokal utk cegah stunting",
  "Di desa ada 14 balita stunting.")
O("training", "health:mpasi", "p", "Pelatihan PMBA: MPASI Berbahan Pangan Lokal", "Praktik masak, tekstur sesuai umur, porsi, kebersihan.", [JB])
O("training", "health:mpasi", "p", "Complementary feeding cooking classes (stunting prevention)", None, [])
O("training", "health:x-anthropometry", "p", "Pelatihan Kader Posyandu: Pengukuran Antropometri", None, [JB])

G("nabire", "Posyandu Kasih Ibu", "Papua Tengah", "Kabupaten Nabire", 8)
N("nabire", "resource", "health:anthro-kit",
  "sa pu posyandu tra punya timbangan bayi & alat ukur panjang badan yg standar",
  "Timbangan dacin su rusak. Balita 60 anak, kader 8 orang.")
O("resource", "health:anthro-kit", "p", "Kit antropometri posyandu (timbangan digital, length board, microtoise)", "Dikirim ke posyandu di daerah terpencil.", [])
O("resource", "health:anthro-kit", "p", "Bantuan alat ukur tumbuh kembang balita", None, ["Papua Tengah", "Papua"])
O("resource", "health:x-scale", "s", "Timbangan gantung digital 100 kg", None, [])

G("muna", "Kader Kesehatan Desa Lakapera", SULTRA, "Kabupaten Muna", 10)
N("muna", "training", "health:stbm",
  "Kader desa mau dilatih pemicuan STBM, masih bnyk warga yg BAB sembarangan",
  "Jamban masih sedikit, warga BAB di kebun & pantai. Sering diare.")
O("training", "health:stbm", "p", "Pelatihan Fasilitator Pemicuan STBM (Stop BABS)", "Pemetaan, transect walk, pemicuan rasa jijik dan malu.", [SULTRA, SULTENG])
O("training", "health:stbm", "p", "Community-led total sanitation (CLTS) triggering", None, [])
O("training", "health:x-sanitation-builder", "t", "Pelatihan Tukang Jamban Sehat (Wirausaha Sanitasi)", None, [SULTRA])

G("gorontalo", "Kader Remaja Posyandu Tunas", "Gorontalo", "Kabupaten Gorontalo", 15)
N("gorontalo", "training", "health:teen-anemia",
  "Remaja putri bnyk yg anemia, kader remaja mau pelatihan",
  "Hasil cek Hb di sekolah banyak yg rendah. Kader remaja 15 org blm pernah dilatih.")
O("training", "health:teen-anemia", "p", "Pelatihan Kader Remaja: Pencegahan Anemia dan Tablet Tambah Darah", None, [SULUT])
O("training", "health:teen-anemia", "p", "Adolescent anaemia prevention for youth cadres", None, [], status="closed")
O("training", "health:x-repro", "p", "Kesehatan Reproduksi Remaja", None, ["Gorontalo"])

G("biak", "Kelompok Mama Peduli Kampung Sorido", "Papua", "Kabupaten Biak Numfor", 14)
N("biak", "training", "health:pregnancy-class",
  "Mama2 hamil di kampung perlu kelas ibu hamil & gizi, puskesmas jauh",
  "Ada bidan kampung tp jarang datang. Mama2 hamil sonde tau makan apa yg baik.")
O("training", "health:pregnancy-class", "p", "Kelas Ibu Hamil dan Gizi Kehamilan", None, ["Papua", "Papua Barat"])
O("training", "health:pregnancy-class", "p", "Antenatal classes and nutrition in pregnancy", None, ["Papua Pegunungan"])

# ============================================================ waste and compost (env)
G("gresik", "Bank Sampah Berseri RW 05", JTM, "Kabupaten Gresik", 25)
N("gresik", "training", "env:waste-bank",
  "mau bikin bank sampah di RW, blm tau cara pencatatan & pemilahan",
  "Warga 120 KK. Sampah plastik banyak dibakar. Pengurus 25 ibu2 PKK.")
O("training", "env:waste-bank", "p", "Pelatihan Pengelolaan Bank Sampah: Pemilahan, Buku Tabungan, Harga", "Struktur pengurus, jadwal setor, kerja sama dengan pengepul.", [JTM])
O("training", "env:compost", "t", "Pengomposan Sampah Organik Rumah Tangga", None, [JTM])

G("banjarbaru", "Bank Sampah Lestari Guntung", KALSEL, "Kota Banjarbaru", 40)
N("banjarbaru", "market", "env:recyclables",
  "Buyer wanted: sorted PET bottles and cardboard from our waste bank, 2 tonnes a month",
  "We have members' deposits from 6 villages, sorted and pressed. Also scrap iron sometimes.")
O("market", "env:recyclables", "b", "Pengepul beli plastik PET, kardus dan besi tua", "Harga per kg, dijemput kalau di atas 500 kg.", [KALSEL, KALTENG],
  tags=["rongsok", "daur ulang"])
O("market", "env:recyclables", "b", "Tampung botol plastik & kardus dari bank sampah", None, [])

G("gianyar", "Kelompok Tani Organik Sari Merta", "Bali", "Kabupaten Gianyar", 27)
N("gianyar", "training", "env:compost",
  "Training on making compost and liquid organic fertiliser (MOL) from kitchen waste and manure",
  None)
O("training", "env:compost", "t", "Pelatihan Pembuatan Kompos dan Mikroorganisme Lokal (MOL)", "Kompos takakura, komposter drum, MOL dari nasi basi dan buah.", ["Bali", NTB])
O("training", "env:x-bsf", "t", "Budidaya Maggot BSF untuk Olah Sampah", None, ["Bali"])

G("sragen", "Kelompok Tani Organik Ngudi Makmur", JT, "Kabupaten Sragen", 22)
N("sragen", "resource", "env:shredder",
  "butuh mesin pencacah organik (chopper) utk bikin kompos",
  "Bahan jerami, daun, kotoran sapi banyak. Dicacah manual lama bgt.")
O("resource", "env:shredder", "s", "Mesin penghancur daun & jerami untuk bahan pupuk organik", None, [JT, JTM])
O("resource", "env:x-plastic-shredder", "s", "Mesin pencacah plastik", None, [])
O("resource", "env:x-forage-chopper", "s", "Chopper rumput pakan ternak", None, [JT])

G("pekanbaru", "Bank Sampah Bunda", "Riau", "Kota Pekanbaru", 35)
N("pekanbaru", "resource", "env:waste-cart",
  "butuh gerobak / motor sampah roda 3 utk angkut sampah warga",
  "Sampah dr 3 RW diangkut pakai gerobak dorong, gak nyampe.")
O("resource", "env:waste-cart", "p", "Motor roda tiga pengangkut sampah (hibah TPS3R)", None, ["Kabupaten Kampar", "Kabupaten Siak"])
O("resource", "env:waste-cart", "s", "Three-wheel waste collection motorbikes", None, ["Riau"], status="withdrawn")
O("resource", "env:x-bins", "s", "Tempat sampah pilah 3 warna", None, [])

# ============================================================ water and irrigation (water)
G("ende", "BPSPAMS Tirta Lio", NTT, "Kabupaten Ende", 9)
N("ende", "training", "water:committee",
  "Training for our village water committee: tariffs, collecting fees and pipe maintenance",
  "Spring-fed piped system, 180 households. Fees are not paid and leaks are not fixed.")
O("training", "water:committee", "p", "Pelatihan Pengelola SPAM Perdesaan (BPSPAMS): Tarif, Iuran, Perawatan", "Penetapan tarif, pencatatan meter, perbaikan pipa bocor.", [NTT, NTB])
O("training", "water:x-plumbing", "t", "Pelatihan Tukang Pipa (Plambing)", None, [NTT])

G("sumbawa", "Kelompok Warga Dusun Batu", NTB, "Kabupaten Sumbawa", 40)
N("sumbawa", "resource", "water:tank-pipe",
  "butuh tandon air & pipa dr mata air ke kampung",
  "Mata air jaraknya 2 km, warga ambil pakai jerigen. Warga siap gotong royong pasang.")
O("resource", "water:tank-pipe", "p", "Bantuan sarana air bersih: pipa HDPE, tandon, bak penampung", "Untuk desa yang menyiapkan tenaga gotong royong.", [NTB, NTT])
O("resource", "water:tank-pipe", "s", "Water tanks and HDPE pipes at project prices", None, [], status="closed")
O("resource", "water:irrigation-pump", "p", "Pompa air tenaga surya untuk irigasi", None, [NTB])

G("pulangpisau", "Kelompok PKK Garantung", KALTENG, "Kabupaten Pulang Pisau", 25)
N("pulangpisau", "resource", "water:filter",
  "air sumur gambut kami coklat & bau, perlu saringan air utk minum",
  "Anak2 sering sakit perut. Air hujan ditampung kalau musim hujan saja.")
O("resource", "water:filter", "s", "Saringan air rumah tangga untuk air gambut", None, [KALTENG, KALBAR, "Riau"], status="closed")
O("resource", "water:filter", "p", "Household water filters (ceramic / biosand)", None, [])

G("blora", "Kelompok Tani Sumber Banyu", JT, "Kabupaten Blora", 30)
N("blora", "resource", "water:irrigation-pump",
  "sawah tadah hujan, butuh pompa air utk irigasi musim kemarau",
  "Sungai dekat sawah ada airnya walau kemarau. Lahan 45 ha.")
O("resource", "water:irrigation-pump", "p", "Bantuan pompa air irigasi (alsintan) untuk poktan", "Pompa 3-4 inci, proposal lewat BPP.", [JT])
O("resource", "water:irrigation-pump", "s", "Solar irrigation pumps for farmer groups", None, [])
O("resource", "water:x-house-pump", "s", "Pompa air rumah tangga (sumur)", None, [JT])

# ============================================================ farm machinery (agri)
G("oku", "Gapoktan Sri Rejeki", SUMSEL, "Kabupaten Ogan Komering Ulu Timur", 40)
N("oku", "resource", "agri:hand-tractor",
  "We need 2 hand tractors, rent or grant, for our 40-member farmer group",
  "Land preparation is late every season because we wait for rented tractors from the next village.")
O("resource", "agri:hand-tractor", "p", "Bantuan alsintan: traktor roda dua", "Untuk poktan/gapoktan terdaftar di Simluhtan, proposal lewat BPP.",
  [SUMSEL, "Lampung"], tags=["alsintan", "traktor"])
O("resource", "agri:hand-tractor", "s", "Sewa traktor tangan (UPJA) per hektar", None, ["Kabupaten Ogan Komering Ulu Timur"])
O("resource", "agri:x-transplanter", "s", "Mesin tanam padi (rice transplanter)", None, [SUMSEL])


# ============================================================ added in review: provinces without groups
G("jayawijaya", "Kelompok Mama Petani Hipere Wamena", "Papua Pegunungan", "Kabupaten Jayawijaya", 30)
N("jayawijaya", "market", "hort:sweet-potato-sell",
  "Kitong mama2 pu hipere (ubi jalar) banyak skali, sapa yg mau beli partai?",
  "Tiap minggu bisa 2 ton. Di pasar harga jatuh, banyak yg busuk tra laku.")
O("market", "hort:sweet-potato-sell", "b", "Beli ubi jalar segar untuk katering, asrama dan pasar kota", "Ubi merah & ungu, bersih tanah, karung 50 kg.",
  ["Papua Pegunungan", "Papua"])
O("market", "hort:sweet-potato-sell", "b", "Sweet potato buyer (fresh tubers) for flour mill", None, [])
O("market", "hort:x-sweet-potato-flour", "b", "Beli tepung ubi jalar", None, [])

G("merauke", "Kelompok Tani Tunas Baru Kurik", "Papua Selatan", "Kabupaten Merauke", 45)
N("merauke", "resource", "agri:thresher",
  "butuh mesin perontok padi (thresher) utk kelompok, skrg msh banting manual",
  "Lahan sawah 60 ha, panen bareng2 jadi antri. Pernah dpt traktor tp blm ada perontok.")
O("resource", "agri:thresher", "p", "Bantuan alsintan pascapanen: power thresher padi", "Untuk poktan terdaftar, dengan pelatihan operator.", ["Papua Selatan"])
O("resource", "agri:x-corn-sheller", "s", "Mesin perontok jagung (corn sheller) 1 ton/jam", None, [])

G("rajaampat", "Kelompok Mama Kampung Yenbeser", "Papua Barat Daya", "Kabupaten Raja Ampat", 18)
N("rajaampat", "training", "food:vco",
  "Mama2 mau blajar bikin minyak kelapa murni (VCO) dr kelapa kampung",
  "Kelapa banyak jatuh sa, tra diolah. Dengar VCO bisa jual ke tamu homestay.")
O("training", "food:vco", "t", "Pelatihan Pembuatan VCO Metode Fermentasi dan Pancingan", "Santan, pemisahan, penyaringan, botol.",
  ["Papua Barat Daya", "Papua Barat"])
O("training", "food:vco", "p", "Virgin coconut oil production (cold process) for women's groups", None, [])
O("training", "food:x-kletik", "t", "Pembuatan Minyak Kelapa Kletik (Minyak Goreng Tradisional)", None, ["Papua Barat Daya"])

G("pinrang", "Kelompok Pembudidaya Udang Sipatuo", SULSEL, "Kabupaten Pinrang", 24)
N("pinrang", "training", "fish:shrimp-farm",
  "tabe' tambak udang vaname kami sering kena penyakit, mau pelatihan budidaya yg benar",
  "Tambak tradisional 1-2 ha per org. Udang mati umur 40 hari, katanya WFD/ berak putih.")
O("training", "fish:shrimp-farm", "t", "Pelatihan Budidaya Udang Vaname Tradisional Plus", "Persiapan tambak, kapur, probiotik, padat tebar rendah, biosekuriti.", [SULSEL, SULBAR])
O("training", "fish:shrimp-farm", "p", "Whiteleg shrimp pond management: biosecurity and disease prevention", None, [])
O("training", "fish:x-milkfish", "t", "Budidaya Bandeng Tambak Polikultur", None, [SULSEL])
O("market", "fish:x-shrimp-buy", "b", "Beli udang vaname size 50-100 langsung dari tambak", None, [SULSEL])

# combined offers (one offer, two subjects)
O("training", "food:pirt|food:halal", "p", "Klinik Perizinan UMKM Pangan: SPP-IRT dan Halal Self-Declare",
  "Satu hari: penyuluhan keamanan pangan lalu pendaftaran halal lewat pendamping PPH.", [JT, JTM])
O("market", "fish:catfish-sell|fish:tilapia-sell", "b", "Rumah makan pecel lele & nila bakar cari pemasok ikan hidup", None,
  [JT, SUMBAR])

# ============================================================ build
def reaches(area, g):
    return not area or g["province"] in area or g["regency"] in area


def fits(n, o):
    g = GROUPS[n["group"]]
    return (o["kind"] == n["kind"] and n["topic"] in o["topics"] and o["status"] == "open"
            and reaches(o["area"], g))


FIRST = ["Agus", "Sri", "Budi", "Wayan", "Made", "Yohanes", "Maria", "Siti", "Rahmat", "Dewi", "Hendra",
         "Nurul", "Andi", "Fransiska", "Muhammad", "Ketut", "Yosef", "Rina", "Darius", "Lestari", "Imam",
         "Paulus", "Ratna", "Syahrul", "Theresia", "Bambang", "Nengah", "Ahmad", "Veronika", "Joko"]
LAST = ["Santoso", "Wulandari", "Pratama", "Sitompul", "Lumbantobing", "Mandagi", "Hasibuan", "Nggadas",
        "Rumbiak", "Tamher", "Saragih", "Daeng Nai", "Harahap", "Siregar", "Rahayu", "Kurniawan", "Seran",
        "Latuconsina", "Marpaung", "Wenda", "Iskandar", "Hidayat", "Lamere", "Tanod", "Bait", "Setiawan"]
WORD = ["Mandiri", "Sejahtera", "Nusantara", "Lestari", "Makmur", "Berkah", "Bina", "Karya", "Cipta",
        "Harapan", "Abadi", "Sentosa", "Bersama", "Utama", "Jaya", "Prima", "Insan", "Mitra", "Daya", "Tunas",
        "Maju", "Sinar", "Surya", "Bahari", "Agro", "Tirta", "Rimba", "Persada", "Gemilang", "Citra"]
ENG = ["Green", "Village", "Harvest", "Coastal", "Rural", "Impact", "Bridge", "Common", "Open", "Field",
       "River", "Island", "Earth", "Hope", "Seed"]


def provider_name(rng, ptype, english):
    w1, w2 = rng.choice(WORD), rng.choice(WORD)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if ptype == "trainer":
        return rng.choice([f"LPK {w1} {w2}", f"{person} (pelatih)", f"Lembaga Kursus {w1}",
                           f"P4S {w1} {w2}", f"Pak {person}", f"Bu {person}",
                           f"{rng.choice(ENG)} Skills Academy" if english else f"BLK {w1}"])
    if ptype == "programme":
        return rng.choice([f"Yayasan {w1} {w2}", f"Program {w1} {w2}", f"{rng.choice(ENG)} {rng.choice(ENG)} Foundation"
                           if english else f"Perkumpulan {w1}", f"Dinas mitra: UPTD {w1}", f"{rng.choice(ENG)} Partnership"
                           if english else f"Koperasi {w1} {w2}"])
    if ptype == "buyer":
        return rng.choice([f"CV {w1} {w2}", f"UD {w1}", f"PT {w1} {w2} Indonesia", f"Toko {w1}",
                           f"{person} (pengepul)", f"{rng.choice(ENG)} Trading" if english else f"PD {w1}"])
    return rng.choice([f"Toko {w1} {w2}", f"CV {w1} Teknik", f"UD {w1} Tani", f"PT {w1} {w2}",
                       f"{rng.choice(ENG)} Supply" if english else f"Distributor {w1}"])


def jitter(rng, lat, lon):
    return round(lat + rng.uniform(-0.05, 0.05), 4), round(lon + rng.uniform(-0.05, 0.05), 4)


ENGLISH_HINT = {"the", "for", "and", "training", "buyer", "course", "wanted", "buying", "with", "from", "of",
                "at", "our", "kits", "day-old", "eggs", "household", "fingerlings"}


def build():
    rng = random.Random(12012)
    gkeys = sorted(GROUPS)
    rng.shuffle(gkeys)
    gref = {k: f"g{i + 1:03d}" for i, k in enumerate(gkeys)}
    groups = []
    for k in gkeys:
        g = GROUPS[k]
        lat, lon = jitter(rng, *REG[g["regency"]][1:])
        groups.append({"ref": gref[k], "name": g["name"], "province": g["province"], "regency": g["regency"],
                       "lat": lat, "lon": lon, "members": g["members"]})
    needs = list(range(len(NEEDS)))
    offers = list(range(len(OFFERS)))
    rng.shuffle(needs)
    rng.shuffle(offers)
    nref = {i: f"n{j + 1:03d}" for j, i in enumerate(needs)}
    oref = {i: f"o{j + 1:03d}" for j, i in enumerate(offers)}
    pref = {i: f"p{j + 1:03d}" for j, i in enumerate(offers)}
    docneeds = []
    for i in needs:
        n = NEEDS[i]
        rec = {"ref": nref[i], "group": gref[n["group"]], "kind": n["kind"], "title": n["title"]}
        if n["description"]:
            rec["description"] = n["description"]
        docneeds.append(rec)
    providers, docoffers = [], []
    ptypes = {"t": "trainer", "p": "programme", "b": "buyer", "s": "supplier"}
    bigi = 0
    for i in offers:
        o = OFFERS[i]
        english = len(set(o["title"].lower().split()) & ENGLISH_HINT) > 0
        ptype = ptypes[o["ptype"]]
        regs = [a for a in o["area"] if a in REG]
        provs = [a for a in o["area"] if a in PROV_LL]
        if regs:
            reg = regs[0]
        elif provs:
            reg = CAPITAL[provs[0]]
        else:
            reg = BIG[bigi % len(BIG)]
            bigi += 1
        prov = REG[reg][0]
        lat, lon = jitter(rng, *REG[reg][1:])
        providers.append({"ref": pref[i], "name": provider_name(rng, ptype, english), "type": ptype,
                          "province": prov, "regency": reg, "lat": lat, "lon": lon})
        rec = {"ref": oref[i], "provider": pref[i], "kind": o["kind"], "title": o["title"]}
        if o["description"]:
            rec["description"] = o["description"]
        if o["tags"]:
            rec["tags"] = o["tags"]
        rec["service_area"] = o["area"]
        if o["kind"] == "training":
            rec["capacity"] = rng.choice([15, 20, 25, 30, 40])
        if o["status"] != "open":
            rec["status"] = o["status"]
        docoffers.append(rec)
    providers.sort(key=lambda p: p["ref"])
    docoffers.sort(key=lambda o: o["ref"])
    docneeds.sort(key=lambda n: n["ref"])
    truth = {}
    for i in sorted(needs, key=lambda i: nref[i]):
        truth[nref[i]] = sorted(oref[j] for j in range(len(OFFERS)) if fits(NEEDS[i], OFFERS[j]))
    doc = {"groups": groups, "providers": providers, "needs": docneeds, "offers": docoffers}
    return doc, truth, nref, oref


def review(nref, oref):
    for i, n in enumerate(NEEDS):
        g = GROUPS[n["group"]]
        fam = n["topic"].split(":")[0]
        print(f"\n{nref[i]} [{n['kind']}] {n['topic']}  ({g['regency']}, {g['province']})\n   {n['title']}")
        for j, o in enumerate(OFFERS):
            if n["topic"] in o["topics"] or (o["kind"] == n["kind"] and any(t.split(":")[0] == fam for t in o["topics"])):
                mark = "+" if fits(n, o) else "-"
                print(f"   {mark} {oref[j]} {o['kind'][:5]:5} {o['status'][:6]:6} {','.join(sorted(o['topics']))[:30]:30} "
                      f"{o['title'][:60]}  {o['area']}")


if __name__ == "__main__":
    doc, truth, nref, oref = build()
    if "--review" in sys.argv:
        review(nref, oref)
        sys.exit(0)
    with open(os.path.join(SET, "eval12-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(SET, "eval12-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print(f"groups={len(doc['groups'])} needs={len(doc['needs'])} offers={len(doc['offers'])} "
          f"pairs={sum(map(len, truth.values()))}", file=sys.stderr)
