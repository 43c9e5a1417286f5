#!/usr/bin/env python3
"""Labelled source of eval11 (held out: do not open while working on the matcher).

Every need and offer is written with a subject label `family:topic`; a topic starting with `x-`
marks a look-alike or neighbour that no need asks for. An offer may carry several labels (`|`).
The truth is derived from the labels: an offer fits a need when it is the same kind, carries the
need's label, is open, and its service area is empty or names the group's province or regency
(exact official names). Then groups, needs and offers are shuffled before refs are given.

Usage: python3 eval11_source.py            writes ../eval11-marketplace.json and the truth file
       python3 eval11_source.py --review   prints each need with every offer of its family
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
PROV = {r["code"]: r for r in rows if r["level"] == "province"}
PROV_BY_NAME = {r["name"]: r for r in PROV.values()}
REG = {r["name"]: r for r in rows if r["level"] == "regency"}
REG_PROV = {n: PROV[r["parent_code"]]["name"] for n, r in REG.items()}

MAIN_CITY = {
    "Jawa Barat": "Kota Bandung", "Jawa Tengah": "Kota Semarang", "Jawa Timur": "Kota Surabaya",
    "Banten": "Kota Serang", "Kalimantan Timur": "Kota Samarinda", "Sulawesi Barat": "Kabupaten Mamuju",
    "Papua Barat": "Kabupaten Manokwari", "Papua Selatan": "Kabupaten Merauke",
    "Papua Tengah": "Kabupaten Nabire", "Papua Pegunungan": "Kabupaten Jayawijaya",
    "Kepulauan Riau": "Kota Tanjung Pinang",
}
BIG_CITIES = ["Kota Administrasi Jakarta Selatan", "Kota Bandung", "Kota Surabaya", "Kota Yogyakarta",
              "Kota Makassar", "Kota Medan", "Kota Denpasar", "Kota Semarang", "Kabupaten Bogor",
              "Kota Malang"]


def main_city(prov):
    if prov in MAIN_CITY:
        return MAIN_CITY[prov]
    code = PROV_BY_NAME[prov]["code"]
    kids = [r["name"] for r in rows if r["level"] == "regency" and r["parent_code"] == code]
    kotas = [k for k in kids if k.startswith("Kota")]
    return (kotas or kids)[0]


def place(s):
    """'K:Buleleng' -> 'Kabupaten Buleleng', 'C:Kupang' -> 'Kota Kupang', else as written."""
    if s.startswith("K:"):
        s = "Kabupaten " + s[2:]
    elif s.startswith("C:"):
        s = "Kota " + s[2:]
    if s not in REG and s not in PROV_BY_NAME:
        raise SystemExit(f"unknown place {s!r}")
    return s


KIND = {"T": "training", "M": "market", "R": "resource"}
GROUPS = {}
NEEDS = []
OFFERS = []


def grp(key, name, regency, members):
    GROUPS[key] = dict(name=name, regency=place(regency), members=members)


def N(topic, kind, gkey, title, desc=None):
    assert gkey in GROUPS, gkey
    NEEDS.append(dict(topic=topic, kind=KIND[kind], group=gkey, title=title, description=desc))


def O(topics, kind, title, area=(), desc=None, st=None, pt=None, cap=None):
    OFFERS.append(dict(topics=set(topics.split("|")), kind=KIND[kind], title=title, description=desc,
                       area=[place(a) for a in area], status=st, ptype=pt, capacity=cap))


# ======================================================================================
# Groups (regency; the province follows from the region reference)
# ======================================================================================
G = grp
G("bul1", "Kelompok Tani Anggur Sari Merta", "K:Buleleng", 22)
G("bul2", "Subak Abian Dharma Kerti", "K:Buleleng", 31)
G("prb1", "Poktan Anggur Ngadirejo", "K:Probolinggo", 18)
G("prb2", "KWT Anggur Rejo", "K:Probolinggo", 15)
G("kpg", "Kelompok Tani Lahan Kering Oesapa", "C:Kupang", 16)
G("psr", "Kelompok Pembibit Sumber Rejeki", "K:Pasuruan", 12)
G("tgl", "Kelompok Tani Melati Sari", "K:Tegal", 40)
G("pbg", "KWT Kembang Wangi", "K:Purbalingga", 21)
G("btg", "Gapoktan Melati Jaya", "K:Batang", 35)
G("kra", "KWT Ronce Asri", "K:Karanganyar", 14)
G("gkd", "KWT Telang Biru", "K:Gunungkidul", 17)
G("klp", "Kelompok Wanita Tani Ngudi Rahayu", "K:Kulon Progo", 19)
G("btl", "Kelompok Usaha Tani Pandak", "K:Bantul", 13)
G("bma", "Kelompok Tani Dou Mbojo", "K:Bima", 25)
G("jnp", "Poktan Kapas Turatea", "K:Jeneponto", 30)
G("tts", "Kelompok Tenun Mama Molo", "K:Timor Tengah Selatan", 23)
G("lmg", "Gapoktan Kapas Makmur", "K:Lamongan", 44)
G("dmp", "Kelompok Tani Nggahi Rawi", "K:Dompu", 27)
G("slm", "KWT Gori Lestari", "K:Sleman", 20)
G("skb", "Kelompok Tani Nangka Mekar", "K:Sukabumi", 26)
G("mrg", "Kelompok Hutan Kemasyarakatan Batang Merangin", "K:Merangin", 18)
G("ngw", "KUB Kluwek Alas Ngawi", "K:Ngawi", 12)
G("trg", "KWT Sumber Pangan", "K:Trenggalek", 16)
G("kln", "Paguyuban Kicau Mania Klaten", "K:Klaten", 24)
G("bnt", "Kelompok Penangkar Murai Sewon", "K:Bantul", 11)
G("dsd", "Karang Taruna Tanjung Morawa", "K:Deli Serdang", 28)
G("pti", "Kelompok Penangkar Kenari Juwana", "K:Pati", 15)
G("bjr", "Kelompok Penangkar Burung Martapura", "K:Banjar", 12)
G("mgl", "Kelompok Ternak Ulat Mertoyudan", "K:Magelang", 10)
G("blt", "Kelompok Usaha Bersama Ulat Sejahtera", "K:Blitar", 9)
G("lps", "Kelompok Pemuda Tani Kalianda", "K:Lampung Selatan", 14)
G("bgr", "Youth Farm Collective Ciawi", "K:Bogor", 12)
G("sdr", "Kelompok Pemuda Tani Sidenreng", "K:Sidenreng Rappang", 20)
G("sbg", "Kelompok Peternak Ayam Pagaden", "K:Subang", 17)
G("lpt", "Kelompok Ternak Maju Bersama", "K:Lampung Tengah", 22)
G("knd", "Kelompok Peternak Sukorejo", "K:Kendal", 13)
G("kmp1", "Pokdakan Sungai Kampar", "K:Kampar", 18)
G("kmp2", "Pokdakan Sialang Jaya", "K:Kampar", 14)
G("oki", "Pokdakan Lebak Lestari", "K:Ogan Komering Ilir", 21)
G("bys", "Pokdakan Sungsang Makmur", "K:Banyuasin", 16)
G("mjn", "KUB Nelayan Bagan Pamboang", "K:Majene", 25)
G("pkp", "KUB Bagan Liukang", "K:Pangkajene dan Kepulauan", 30)
G("btn", "Kelompok Nelayan Bagan Lembeh", "C:Bitung", 19)
G("ltm", "KUB Bagan Tancap Tanjung Luar", "K:Lombok Timur", 24)
G("pss", "KUB Nelayan Painan", "K:Pesisir Selatan", 33)
G("pdg", "Kelompok Nelayan Sumur", "K:Pandeglang", 27)
G("flt", "Kelompok Nelayan Larantuka", "K:Flores Timur", 20)
G("enr", "KWT Dangke Massenrempulu", "K:Enrekang", 18)
G("mrw", "Kelompok Tani Karet Tuah Sepakat", "K:Musi Rawas", 36)
G("phw", "Kelompok Usaha Kelapa Popayato", "K:Pohuwato", 15)
G("inh", "KUB Kelapa Tembilahan", "K:Indragiri Hilir", 22)
G("gny", "PKK Banjar Tegallalang", "K:Gianyar", 40)
G("smd", "KWT Mekar Sari Tanjungsari", "K:Sumedang", 25)
G("tpi", "Women's Group Kampung Bugis", "C:Tanjung Pinang", 18)
G("grt", "Karang Taruna Tarogong", "K:Garut", 30)
G("acb", "Pemuda Gampong Lam Ateuk", "K:Aceh Besar", 21)
G("bms", "Karang Taruna Sokaraja", "K:Banyumas", 26)
G("kbr", "Pemuda Desa Sungai Kakap", "K:Kubu Raya", 15)
G("tla", "Kelompok Bonsai Santigi Lestari", "K:Tulungagung", 12)
G("lbr", "Kelompok Pengrajin Bonsai Sekotong", "K:Lombok Barat", 10)
G("plw", "Kelompok Pengrajin Batok Mandar", "K:Polewali Mandar", 14)
G("tsk", "Kelompok Pengrajin Batok Sukaraja", "K:Tasikmalaya", 16)
G("ltg", "Kader Kesehatan Desa Sengkol", "K:Lombok Tengah", 22)
G("cjr", "Forum Guru UKS Cibeber", "K:Cianjur", 19)
G("sbd", "Youth Health Cadres Kodi", "K:Sumba Barat Daya", 18)
G("ypn", "Kader Kesehatan Kampung Serui Laut", "K:Kepulauan Yapen", 15)
G("pkl", "Kader Kesehatan Desa Kedungwuni", "K:Pekalongan", 20)
G("klk", "BPD Desa Wundulako", "K:Kolaka", 9)
G("jyw", "Kelompok Masyarakat Kampung Hubikosi", "K:Jayawijaya", 25)
G("hlu", "Village Council Forum Tobelo", "K:Halmahera Utara", 11)
G("grb", "Gapoktan Sido Makmur", "K:Grobogan", 60)
G("bne", "Poktan Sipakatau", "K:Bone", 38)
G("bnm", "Kelompok Tani Kopi Gayo Bener Meriah", "K:Bener Meriah", 33)
G("pll", "Kelompok Masyarakat Peduli Gajah Ukui", "K:Pelalawan", 20)
G("bgu", "Kelompok Tani Sawit Rakyat Air Padang", "K:Bengkulu Utara", 27)
G("spg", "PKK Desa Banyuates", "K:Sampang", 30)
G("ktb", "Pemuda Kampung Barong Tongkok", "K:Kutai Barat", 22)
G("hsu", "TPQ Nurul Huda Amuntai", "K:Hulu Sungai Utara", 80)
G("acu", "Majelis Taklim Gampong Lhoksukon", "K:Aceh Utara", 26)
G("ppr", "Sasaran Silek Tuo Pariaman", "K:Padang Pariaman", 35)
G("srg", "Padepokan Silat Pamarayan", "K:Serang", 40)
G("bdb", "Perguruan Silat Lembang", "K:Bandung Barat", 30)
G("wsb", "Pokdarwis Sikunang Dieng", "K:Wonosobo", 18)
G("kro", "Pokdarwis Sibayak", "K:Karo", 15)
G("jyw2", "Kelompok Mama Buah Merah Kurulu", "K:Jayawijaya", 20)
G("mkw", "Kelompok Tani Buah Merah Prafi", "K:Manokwari", 17)
G("srn", "Kelompok Tani Matoa Aimas", "K:Sorong", 13)
G("jyp", "Kelompok Tani Kampung Nimbokrang", "K:Jayapura", 19)
G("sgn", "Gapoktan Ngudi Makmur", "K:Sragen", 45)
G("prg", "Kelompok Tani Ammaccang", "K:Pinrang", 29)
G("mmj", "Kelompok Tani Kalukku", "K:Mamuju", 16)
G("bma2", "Kelompok Tani Padi Sape", "K:Bima", 34)
G("mlt", "Kelompok Nelayan Negeri Hila", "K:Maluku Tengah", 21)
G("plp", "Poktan Pandih Batu Bersatu", "K:Pulang Pisau", 32)
G("dgl", "KUB Bagan Labuana", "K:Donggala", 17)
G("kns", "Farmers Group Landono", "K:Konawe Selatan", 23)

# ======================================================================================
# Needs (subject-labelled)
# ======================================================================================

# --- grapes (anggur)
N("grape:grow", "T", "bul1", "Mohon pelatihan pangkas anggur bali, buah kmi kecil2 & masaknya gk serempak",
  "Kebun anggur hitam (Alphonso Lavallee) 40 are di desa, tiap habis pangkas tunasnya gk rata. Suksma")
N("grape:grow", "T", "prb1", "Pengin sinau nandur anggur ning pekarangan, wit wes setahun durung metu woh",
  "Klompok 18 wong, bibit jupiter lan transit tuku online. Piye carane pangkas buah?")
N("grape:grow", "T", "kpg", "Grape vine training for dry land - our vines get downy mildew every rainy season",
  "16 households in Oesapa planted grapes on rocky soil; leaves get yellow spots and fruit rots")
N("grape:buy", "M", "bul2", "Cari pembeli anggur hitam bali, panen 2 ton bln dpn",
  "Anggur sdh disortir, bisa diambil di kebun. Suksma")
N("grape:buy", "M", "prb2", "Sopo sing gelem tuku anggur merah saka kebun kelompok? saben panen 600 kg",
  "Anggur prabu bestari lan jupiter, manis, wis dipacking kardus")
N("grape:seed", "R", "psr", "Butuh bibit anggur okulasi varietas jupiter / ninel utk 100 pohon",
  "Kelompok pembibit mau bikin kebun induk")

# --- jasmine (melati)
N("jasmine:grow", "T", "tgl", "Nyong pengin sinau budidaya melati gambir spy kembange akeh pas rendeng",
  "Anggota 40, kebun melati total 6 ha. Mangsa udan kembange sithik, regane apik")
N("jasmine:grow", "T", "pbg", "pelatihan budidya kembang melati, daune kuning2 trus rontok",
  "Tanaman umur 3 thn, kena hama ulat kuncup jg")
N("jasmine:buy", "M", "btg", "Kami jual kuntum melati segar tiap pagi 50 kg, cari pabrik teh / pengepul",
  "Petik subuh, bisa antar sampai pinggir jalan raya")
N("jasmine:buy", "M", "kra", "Cari pembeli kembang melati utk ronce pengantin & tabur, tiap minggu ada",
  "Kuntum melati emprit, segar, 10-20 kg seminggu")
N("jasmine:seed", "R", "tgl", "Butuh bibit melati stek 2000 batang utk peremajaan kebun", "Tanaman lama sdh 15 thn, bunganya makin sedikit. Bisa bayar sebagian dr kas kelompok")

# --- butterfly pea (telang)
N("telang:dry", "T", "gkd", "Pelatihan pengeringan bunga telang spy warnanya tetap biru",
  "Kami tanam telang di pekarangan, kl dijemur matahari warnanya jd pucat kecoklatan")
N("telang:buy", "M", "klp", "Sopo sing gelem tuku kembang telang garing? saiki ono 15 kg",
  "Wis dikeringke nganggo oven, warna biru, resik")
N("telang:buy", "M", "btl", "Butterfly pea flower buyer wanted - dried, about 8 kg a month",
  "KWT in Pandak, Bantul. Sun-dried under net, packed in zip bags")
N("telang:seed", "R", "bma", "Butuh benih telang (butterfly pea) utk ditanam 1 ha di lahan tadah hujan", "Kelompok mau coba tanam telang di sela jagung, blm pernah tanam")

# --- cotton (kapas)
N("cotton:grow", "T", "jnp", "Tabe', mau pelatihan tanam kapas, bibitnya dr dinas tp hama ulatnya banyak",
  "Lahan tadah hujan 30 ha, sebelumnya jagung")
N("cotton:grow", "T", "tts", "Katong mau tanam kapas sendiri utk tenun, sonde tau caranya",
  "Mama2 penenun selama ini beli benang pabrik di Soe, mau coba tanam kapas di kebun")
N("cotton:buy", "M", "lmg", "Cari pabrik / pengepul yg beli kapas berbiji (kapas gelondong) 3 ton",
  "Panen Agustus, kapas putih, kering")
N("cotton:buy", "M", "jnp", "Who buys seed cotton? our group will harvest around 8 tons",
  "Rain-fed cotton in Jeneponto, hand picked")
N("cotton:seed", "R", "dmp", "Butuh benih kapas varietas Kanesia utk 20 ha", "Musim tanam mulai Desember, lahan sdh disiapkan anggota")

# --- young jackfruit (nangka muda)
N("jack:young-buy", "M", "slm", "Sopo sing butuh gori (nangka enom) kanggo gudeg? saben minggu iso 1 ton",
  "Gori saka kebon anggota, dipetik enom, durung ono biji atos")
N("jack:young-buy", "M", "skb", "Saha nu peryogi nangka ngora (tewel) kanggo sayur? tiasa 500 kg saminggu",
  "Tos biasa ngirim ka pasar, hoyong nu langganan")

# --- kluwek / kepayang
N("kluwek:buy", "M", "mrg", "Ado yg nak beli buah kepayang / kluwek? sdh kami peram, 200 kg",
  "Dari hutan adat, isi hitam, kering angin")
N("kluwek:buy", "M", "ngw", "Golek bakul kluwek sing gelem tuku rutin, saben sasi 300 kg",
  "Kluwek wis diperam, isine ireng, ora apek")
N("kluwek:process", "T", "trg", "Pelatihan ngolah kluwek spy aman (gk beracun) & isine item rata",
  "Ibu2 ngumpulke pucung saka alas, durung ngerti carane merem sing bener")

# --- songbirds (burung kicau)
N("bird:kenari", "T", "kln", "Pengin sinau ternak kenari, piyik akeh sing mati durung umur seminggu",
  "Anggota 24 wong, indukan 60 pasang")
N("bird:murai", "T", "bnt", "Pelatihan penangkaran murai batu, anakan sering mati umur 2 minggu", "11 penangkar, indukan 15 pasang. Mungkin salah pakan atau kandang terlalu panas")
N("bird:murai", "T", "dsd", "Songbird breeding course (murai batu, cucak ijo) for our youth group",
  "Banyak kali anak muda yg minat, kandang sudah ada 20")
N("bird:buy", "M", "pti", "Cari pembeli anakan kenari & lovebird, sebulan 40 ekor",
  "Anakan sudah ring, umur 1-2 bulan")
N("bird:buy", "M", "bjr", "Ulun handak manjual anakan murai batu, sapa nang handak manukar?",
  "Anakan umur 1 bulan, sudah lepas loloh")
N("bird:stock", "R", "kln", "Butuh kandang ternak & indukan kenari utk anggota baru", "Ada 8 anggota baru yg blm punya indukan, mohon bantuan / harga miring")

# --- mealworms (ulat hongkong)
N("worm:farm", "T", "mgl", "Blajar budidaya ulat hongkong (UH) utk pakan burung, kmi pemula",
  "10 org, sdh punya rak & nampan tp banyak kepompong yg mati")
N("worm:buy", "M", "blt", "Cari pengepul ulat hongkong & superworm (ulat jerman), produksi 50 kg/minggu", "Ulat bersih, disortir ukuran, bisa kirim pakai kardus berventilasi")
N("worm:buy", "M", "bgr", "Who buys live mealworms? we produce about 30 kg a week",
  "Youth group in Ciawi, also sell frass")
N("worm:stock", "R", "lps", "Butuh bibit kumbang ulat hongkong + media dedak / polar utk mulai usaha", "14 pemuda, rak kayu sdh dibikin, tinggal bibitnya")

# --- broilers (ayam pedaging)
N("broiler:raise", "T", "sdr", "Mau pelatihan ternak ayam broiler closed house utk pemuda desa",
  "Lahan ada, rencana 5000 ekor per periode")
N("broiler:buy", "M", "sbg", "Milarian nu daek meser ayam potong (broiler) 5000 ekor tiap 35 poe",
  "Kandang mandiri, bobot 1,8 kg")
N("broiler:equip", "R", "lpt", "Butuh bantuan peralatan kandang broiler: tempat pakan, minum, pemanas (brooder)", "Kandang panggung 2 unit kapasitas 3000 ekor, peralatan lama rusak semua")
N("broiler:doc", "R", "knd", "Butuh DOC broiler + pakan sistem kemitraan, kandang kapasitas 4000 ekor", "Kandang sdh jadi tp modal tdk cukup utk beli DOC & pakan sendiri")

# --- freshwater pomfret (bawal air tawar)
N("bawal:grow", "T", "kmp1", "Kami nak blajar budidaya ikan bawal di kolam terpal",
  "Anggota 18, kolam terpal bulat 12 unit")
N("bawal:grow", "T", "oki", "Pelatihan budidaya bawal air tawar, ikan kami lambat besar nian",
  "Kolam tanah 8 petak, pakan pelet")
N("bawal:buy", "M", "bys", "Cari pembeli bawal air tawar ukuran 3-4 ekor/kg, panen 1,5 ton", "Ikan sehat, bisa panen bertahap, kolam dekat jalan kabupaten")
N("bawal:seed", "R", "kmp2", "Butuh benih bawal 5-7 cm 10rb ekor", "Kolam terpal sdh siap, benih sebelumnya banyak mati di jalan")

# --- lift nets (bagan)
N("bagan:lamp-training", "T", "mjn", "Pelatihan ganti lampu bagan ke LED spy hemat solar",
  "25 bagan rambo masih pakai lampu merkuri & genset besar")
N("bagan:build", "T", "pkp", "Mau blajar bikin bagan apung / bagan rakit yg kuat ombak",
  "Bagan kami sering rusak kena angin barat")
N("bagan:build", "T", "dgl", "Kami ba cari pelatihan bikin bagan perahu, bagan lama so rusak",
  "17 nelayan, mau bangun 4 bagan baru")
N("bagan:lamp", "R", "btn", "Torang butuh lampu LED bawah aer utk bagan, 10 unit", "Lampu lama boros bensin, bagan 10 buah punya anggota")
N("bagan:lamp", "R", "ltm", "Lampu bagan LED + genset kecil utk 6 bagan tancap", "Biaya solar tiap malam terlalu mahal, hasil tangkapan teri & cumi")

# --- boat papers
N("boatdoc", "T", "pss", "Pendampingan urus pas kecil & surat kapal (BPKP) utk perahu anggota",
  "33 perahu motor tempel, blm ada dokumen, susah dapat solar subsidi")
N("boatdoc", "T", "pdg", "Kapal kite blm ade suratnye, mo urus pas kecil sama tanda daftar kapal, gmn caranya?", "27 perahu jukung & congkreng, mau daftar biar tenang kalo melaut")
N("boatdoc", "T", "flt", "Help registering our small fishing boats (pas kecil) so we can get a fuel quota",
  "20 wooden boats under 5 GT, no papers yet")

N("boatdoc", "T", "mlt", "Beta pung perahu blum ada surat, mau urus pas kecil deng tanda daftar kapal",
  "21 perahu body kayu, mesin ketinting")

# --- dangke
N("dangke:make", "T", "enr", "Tabe', ibu2 mau pelatihan bikin dangke yg tahan lama & kemasan vakum",
  "Susu sapi perah anggota, dangke cepat asam kl lewat 3 hari")
N("dangke:buy", "M", "enr", "Cari pembeli dangke, 100 biji seminggu",
  "Dangke sapi dibungkus daun pisang, bisa vakum")

# --- liquid smoke (asap cair)
N("asapcair:make", "T", "mrw", "Pelatihan bikin asap cair dr tempurung utk pembeku getah karet",
  "Anggota 36 petani karet, selama ini pakai cuka para")
N("asapcair:make", "T", "phw", "Mo blajar bikin asap cair (liquid smoke) dari batok kelapa",
  "Batok kelapa banyak sekali terbuang di desa")
N("asapcair:buy", "M", "inh", "Ado pembeli asap cair grade 1 / grade 3? produksi 500 liter sebulan", "Dari tempurung kelapa, sdh disuling ulang, dikemas jeriken 20 liter")
N("asapcair:reactor", "R", "phw", "Butuh alat pirolisis / reaktor asap cair kapasitas 50 kg", "Alat drum bikinan sendiri bocor, asapnya banyak terbuang")

# --- eco-enzyme
N("ecoenzyme", "T", "gny", "Mohon pelatihan eco enzyme dr kulit buah utk ibu2 PKK",
  "40 ibu2, sampah kulit buah dr warung banyak")
N("ecoenzyme", "T", "smd", "Punten, abdi hoyong diajar ngadamel eko enzim tina runtah dapur",
  "Ibu-ibu KWT 25 urang")
N("ecoenzyme", "T", "tpi", "Eco enzyme workshop for our women's group (fruit peel fermentation)", "18 members, we collect fruit peels from the market and want to use it for cleaning")

# --- aluminium frames
N("alu:install", "T", "grt", "Pelatihan tukang kusen aluminium & kaca, pemuda abdi hoyong gaduh kaahlian",
  "30 pemuda lulusan SMP/SMA, seueur nu nganggur")
N("alu:install", "T", "acb", "Pelatihan pasang kusen aluminium & jendela kaca utk pemuda gampong kamoe", "Banyak rumah baru dibangun, tukang aluminium harus didatangkan dr kota")
N("alu:tools", "R", "grt", "Butuh alat kerja aluminium: mesin potong miter, bor, rivet", "Sdh ada 6 pemuda yg bisa, tp alat masih pinjam")

# --- CCTV
N("cctv:install", "T", "bms", "Pelatihan pasang CCTV utk pemuda karang taruna",
  "Banyak permintaan pasang kamera di toko & rumah")
N("cctv:install", "T", "kbr", "Kamek nak blajar instalasi kamera CCTV, bisa jadi usaha", "15 pemuda, ada yg tamat SMK listrik")
N("cctv:kit", "R", "bms", "Butuh bantuan paket kamera CCTV utk pos ronda desa", "Sering ada pencurian motor & ternak, pos ronda 3 titik")

# --- bonsai
N("bonsai:make", "T", "tla", "Pengin sinau bonsai sing apik, bahan saka alam (santigi, serut)", "Anggota 12, bahan bonsai akeh neng pesisir kidul")
N("bonsai:buy", "M", "lbr", "Tiang cari pembeli bonsai jadi & bahan bonsai, ada 60 pot",
  "Santigi, sancang, beringin, sudah umur 3-5 th")

# --- coconut-shell crafts (kerajinan batok)
N("batok:craft", "T", "plw", "Pelatihan kerajinan batok kelapa (gelas, lampu hias, tas)",
  "14 org pemuda, batok banyak dr pasar")
N("batok:buy", "M", "tsk", "Coconut shell bowls buyer? we make 300 bowls & spoons a month",
  "Sanded and coated with food-safe oil")
N("batok:tools", "R", "plw", "Butuh mesin gerinda & bor tangan utk ukir batok", "Selama ini diamplas & dilubangi manual, lama sekali")

# --- adolescent anaemia
N("anemia:cadre", "T", "ltg", "Tiang kader mau pelatihan pencegahan anemia remaja putri & minum TTD di sekolah", "22 kader, 4 SMP di desa, banyak siswi pucat & lemas")
N("anemia:cadre", "T", "cjr", "Pelatihan utk guru UKS ttg tablet tambah darah remaja putri",
  "Banyak siswi gk mau minum, katanya mual")
N("anemia:cadre", "T", "sbd", "Training on anaemia in teenage girls (iron tablets) for our youth cadres", "Many girls skip the weekly iron tablet; we want to run sessions in 5 schools")
N("anemia:hb", "R", "ltg", "Butuh alat cek Hb digital + strip utk posyandu remaja", "Selama ini harus ke puskesmas, jauh")
N("anemia:ttd", "R", "sbd", "Need a supply of iron-folic acid tablets for 300 schoolgirls", "Weekly dose for one school year, the health post runs out often")

# --- filariasis
N("filaria", "T", "ypn", "Kitong pu kader butuh pelatihan pemberian obat kaki gajah (POPM)",
  "Banyak warga takut minum obat karena pusing")
N("filaria", "T", "pkl", "Pelatihan kader BELKAGA / eliminasi filariasis, warga takut minum obat", "Tahun lalu cakupan minum obat rendah, banyak yg takut efek samping")

# --- village regulations (Perdes)
N("perdes", "T", "klk", "Pelatihan penyusunan Perdes utk anggota BPD yg baru",
  "9 anggota BPD baru dilantik, blm paham cara bikin rancangan peraturan desa")
N("perdes", "T", "jyw", "Sa pu kampung mo bikin peraturan kampung ttg babi lepas & miras, butuh pelatihan", "Kepala kampung & Bamuskam mau susun peraturan yg sah")
N("perdes", "T", "hlu", "Legal drafting workshop for village council (BPD) members", "11 members, newly elected, no training yet on writing regulations")

# --- e-RDKK / subsidised fertiliser
N("rdkk", "T", "grb", "Pendampingan nyusun e-RDKK, akeh anggota sing durung kedaftar pupuk subsidi", "Gapoktan 60 wong, akeh petani penggarap durung mlebu data")
N("rdkk", "T", "bne", "Tabe', anggota poktan blm terdaftar e-RDKK, tdk dpt pupuk subsidi. Ada pelatihan?", "38 anggota, 15 orang blm masuk data")
N("rdkk", "T", "plp", "Ulun handak pelatihan isi e-RDKK, petani baru blum dapat jatah pupuk subsidi",
  "Lahan sawah baru 60 ha, anggota 32 KK")

# --- human-elephant conflict
N("gajah:mitigate", "T", "bnm", "Gajah liar masuk kebun tiap malam, kmi butuh pelatihan cara ngusir yg aman",
  "Kopi & pisang rusak, warga pakai mercon")
N("gajah:mitigate", "T", "pll", "Pelatihan mitigasi konflik gajah utk masyarakat desa (tim patroli)", "Kebun sawit & karet warga sering dirusak, sdh ada korban")
N("gajah:fence", "R", "bgu", "Butuh pagar kejut listrik (power fence) utk kebun, gajah sering masuk", "Kebun 40 ha berbatasan hutan, tiap bulan gajah masuk")

# --- Paket C equivalency
N("paketc", "T", "spg", "Ibu2 & pemuda pengin ikut kejar Paket C biar punya ijazah SMA", "Sekitar 30 org, banyak yg cuma tamat SMP")
N("paketc", "T", "ktb", "Ada program Paket C utk pemuda putus sekolah di kampung kami?",
  "22 pemuda, jauh dari sekolah")

# --- TPQ teachers
N("tpq:teacher", "T", "hsu", "Ulun handak pelatihan guru TPA/TPQ metode iqro nang baik", "Guru ngaji 6 urang, santri 80 anak")
N("tpq:teacher", "T", "acu", "Pelatihan ustadzah TPQ metode ummi / tilawati utk gampong kamoe", "Ustadzah 8 org, santri 120")
N("tpq:books", "R", "hsu", "Butuh buku Iqro & Al-Quran utk 80 santri", "Buku lama sdh robek2")

# --- pencak silat
N("silat:coach", "T", "ppr", "Awak nio baraja jadi palatiah silek untuak anak2 nagari",
  "Sasaran silek tuo, 35 anak murid")
N("silat:coach", "T", "srg", "Pelatihan pelatih pencak silat buat padepokan kite", "Murid 40 anak, pelatih cuma 2 orang")
N("silat:referee", "T", "bdb", "Punten, peryogi pelatihan wasit juri pencak silat", "Badé ngayakeun kejuaraan antar desa, wasitna teu acan aya nu bersertifikat")
N("silat:gear", "R", "srg", "Butuh matras & seragam silat utk 40 anak", "Latihan masih di lantai semen")

# --- camping ground
N("camp:manage", "T", "wsb", "Pelatihan ngelola bumi perkemahan & glamping kanggo pokdarwis", "Lahan pinus 3 ha, akeh rombongan sekolah sing takon")
N("camp:gear", "R", "kro", "Mejuah-juah, need dome tents & camping gear to rent out to visitors", "Visitors come on weekends, we have land near the hot springs")

# --- buah merah
N("buahmerah:process", "T", "jyw2", "Mama2 mo blajar bikin minyak buah merah yg bersih & tahan lama", "Minyak cepat tengik, kitong masak pake kuali biasa")
N("buahmerah:process", "T", "mkw", "Pelatihan olah buah merah jadi minyak & sari", "17 anggota, buah merah banyak di kebun")
N("buahmerah:buy", "M", "jyw2", "Sapa yg beli buah merah / minyak buah merah? kitong pu stok banyak", "Buah merah 300 buah sebulan, minyak dalam botol 250 ml")

# --- matoa
N("matoa:buy", "M", "srn", "Sapa yg mau beli buah matoa, panen su mulai", "Matoa kelapa, manis, 2 ton")
N("matoa:seed", "R", "jyp", "Butuh bibit matoa okulasi 200 pohon", "Mau tanam di kebun kampung, bibit biji lama berbuah")

# --- rice bran (dedak / bekatul)
N("bran:buy", "M", "sgn", "Golek pembeli bekatul / dedak saka penggilingan kelompok, 3 ton sasi", "Bekatul alus, garing, dikarungi 40 kg")
N("bran:buy", "M", "prg", "Cari pembeli dedak padi halus utk pakan, 5 ton/bln", "Dari RMU kelompok, bisa kirim pakai truk")

# --- chainsaw
N("chainsaw:op", "T", "mmj", "Chainsaw safety training for our members who cut coconut & timber",
  "Sdh 2 kali kecelakaan thn ini")
N("chainsaw:gear", "R", "mmj", "Butuh chainsaw + APD (helm, sarung tangan, celana pelindung)", "Chainsaw lama rusak, anggota kerja tanpa pelindung")

# --- rice threshers
N("thresher", "R", "bma2", "Butuh power thresher (perontok padi) utk kelompok, msh gebot manual", "Sawah 80 ha, padi dirontok dipukul ke kayu")
N("thresher", "R", "kns", "We need a paddy thresher machine for our farmers group", "23 farmers, 45 ha of rice, threshing by hand takes a week")

# ======================================================================================
# Offers (subject-labelled; pt: provider type when not the default of the kind)
# ======================================================================================

# --- grapes
O("grape:grow", "T", "Pelatihan Budidaya dan Pemangkasan Anggur di Lahan Kering",
  desc="Pangkas produksi, penjarangan buah, pengendalian embun bulu. 3 hari, praktik di kebun", cap=30)
O("grape:grow", "T", "Grape growing clinic: pruning, canopy management and downy mildew control",
  ["Nusa Tenggara Timur", "Bali"], desc="Field days with smallholder vineyards", pt="p", cap=25)
O("grape:grow", "T", "Sekolah Lapang Anggur Pekarangan", ["K:Probolinggo"], cap=20, desc="12 pertemuan satu musim, praktik pangkas dan penyerbukan di kebun peserta")
O("grape:grow", "T", "Kursus Singkat Tanam Anggur dalam Pot", ["C:Probolinggo"], cap=15)
O("x-seagrape", "T", "Budidaya Anggur Laut (Caulerpa) di Tambak dan Pesisir", ["Sulawesi Selatan", "Bali"], desc="Lawi-lawi / latoh", pt="p")
O("x-grapejuice", "T", "Pengolahan Sari Buah, Selai dan Kismis Anggur", ["Jawa Timur", "Bali"])
O("x-apple", "T", "Pemangkasan, Perompesan dan Pembengkokan Cabang Apel", ["Jawa Timur"])
O("grape:buy", "M", "Beli anggur hitam Bali langsung dari kebun, min 500 kg", ["Bali"],
  desc="Harga sesuai grade, dijemput truk")
O("grape:buy", "M", "Table grape buyer for supermarkets (local grapes, min. 1 ton/week)",
  desc="Sweet, no rot, packed in 5 kg crates")
O("grape:buy", "M", "Tampung anggur merah Probolinggo", ["Jawa Timur"], st="closed")
O("x-seagrape", "M", "Dicari anggur laut segar (latoh / lawi-lawi) untuk restoran", ["Jawa Timur", "Bali"], desc="Seafood restaurant, 50 kg/minggu, harus segar")
O("x-raisin", "M", "Beli kismis dan anggur kering curah", ["Jawa Timur"])
O("grape:seed", "R", "Bibit anggur okulasi (Jupiter, Transit, Ninel) kirim seluruh Indonesia", desc="Tinggi 60-80 cm, polybag 30, garansi hidup")
O("grape:seed", "R", "Stek anggur hitam Bali untuk petani Buleleng", ["K:Buleleng"])
O("x-apple", "R", "Bibit apel anna dan manalagi okulasi", ["Jawa Timur"])

# --- jasmine
O("jasmine:grow", "T", "Pelatihan Budidaya Melati Gambir Berbunga Sepanjang Musim", ["Jawa Tengah"],
  desc="Pemangkasan, pemupukan, pengendalian ulat kuncup dan penyakit daun")
O("jasmine:grow", "T", "Jasmine (Jasminum sambac) cultivation and flower-bud harvesting", pt="p", desc="Two-day course: pruning for year-round flowering, pest control, picking buds at dawn")
O("jasmine:grow", "T", "Sekolah Lapang Melati", ["K:Tegal"], st="closed")
O("x-ronce", "T", "Kursus Merangkai Bunga dan Ronce Melati Pengantin", ["Jawa Tengah", "DI Yogyakarta"], desc="Ronce melati untuk sanggul dan keris, roncean tabur, bunga meja")
O("x-krisan", "T", "Budidaya Krisan Potong di Rumah Lindung", ["Jawa Tengah", "Jawa Barat"])
O("jasmine:buy", "M", "Beli bunga melati segar untuk pewangi teh", ["Jawa Tengah"],
  desc="Pabrik teh wangi, kuntum dipetik pagi, dijemput di desa")
O("jasmine:buy", "M", "Pengepul kembang melati dan kantil untuk pasar kembang",
  ["K:Tegal", "K:Pemalang", "K:Batang"], desc="Setor tiap pagi jam 6, bayar harian")
O("x-jasminerice", "M", "Jasmine rice buyer - fragrant rice 10 t/month",
  desc="Premium long-grain aromatic rice for retail")
O("x-tea", "M", "Beli pucuk teh segar dari kebun rakyat", ["Jawa Tengah", "Jawa Barat"])
O("x-tuberose", "M", "Dibutuhkan bunga sedap malam tangkai panjang", ["Jawa Tengah", "Jawa Timur"])
O("jasmine:seed", "R", "Bibit melati stek berakar siap tanam", ["Jawa Tengah", "Jawa Timur"], desc="Melati gambir dan melati emprit, umur 3 bulan, min 500 batang")
O("x-krisan", "R", "Stek berakar krisan potong", ["Jawa Tengah"])

# --- butterfly pea
O("telang:dry", "T", "Pascapanen Bunga Telang: Pengeringan Suhu Rendah dan Pengemasan",
  ["DI Yogyakarta", "Jawa Tengah"])
O("telang:dry", "T", "Butterfly pea flower processing: drying and herbal tea blends", pt="p", desc="Keeps the blue colour: shade drying, low-temperature dryer, moisture check, packaging")
O("x-rosella", "T", "Pelatihan Teh Herbal Rosela", ["DI Yogyakarta", "Jawa Tengah"])
O("x-naturaldye", "T", "Pewarnaan Alami Kain dari Tumbuhan (indigo, secang, tegeran)")
O("telang:buy", "M", "Beli bunga telang kering min 5 kg", desc="Warna biru tua, kadar air rendah")
O("telang:buy", "M", "Dried blue pea flower buyer for cafe chains", ["DKI Jakarta", "Jawa Barat"])
O("x-rosella", "M", "Beli kelopak rosela kering")
O("telang:seed", "R", "Benih telang (Clitoria ternatea) 1 kg", ["Jawa Tengah", "Jawa Timur", "DI Yogyakarta"], desc="Benih bunga biru tunggal dan ganda")
O("telang:seed", "R", "Paket benih telang dan polybag", st="closed")
O("x-rosella", "R", "Benih rosela merah")

# --- cotton
O("cotton:grow", "T", "Sekolah Lapang Budidaya Kapas dan Pengendalian Hama Terpadu",
  ["Sulawesi Selatan", "Nusa Tenggara Barat", "Nusa Tenggara Timur"], pt="p", desc="Program bersama dinas perkebunan: tanam, penjarangan, pengendalian ulat buah dan wereng kapas")
O("cotton:grow", "T", "Cotton growing for handloom weavers (organic, rain-fed)", ["Nusa Tenggara Timur"], pt="p", desc="Seed, planting and picking for weaving groups who want their own fibre")
O("x-spinning", "T", "Pelatihan Memintal Benang Kapas dengan Jantra", ["Nusa Tenggara Timur"], desc="Dari kapas jadi benang siap tenun, alat pintal tradisional")
O("x-ikat", "T", "Pelatihan Tenun Ikat Motif Tradisional", ["Nusa Tenggara Timur"])
O("cotton:buy", "M", "Beli kapas berbiji (seed cotton) dari petani, harga kontrak",
  ["Jawa Timur", "Nusa Tenggara Barat", "Sulawesi Selatan"], desc="Ginnery menjemput di gudang kelompok, kadar air maks 10%")
O("cotton:buy", "M", "Tampung kapas petani Lamongan", ["K:Lamongan"], st="closed")
O("x-kapok", "M", "Beli kapuk randu gelondong", ["Jawa Timur", "Jawa Tengah"])
O("cotton:seed", "R", "Benih kapas Kanesia bersertifikat", desc="Benih delinted, kemasan 5 kg")
O("x-medcotton", "R", "Kapas steril dan perban untuk puskesmas dan posyandu")

# --- young jackfruit
O("jack:young-buy", "M", "Beli nangka muda (gori) untuk industri gudeg kaleng, 2 ton/minggu",
  ["DI Yogyakarta", "Jawa Tengah"], desc="Gori ukuran 2-5 kg, kulit hijau, belum bergetah banyak")
O("jack:young-buy", "M", "Young jackfruit buyer for plant-based meat, min. 300 kg/week",
  desc="Green jackfruit, 2-4 kg each, before seeds harden")
O("jack:young-buy", "M", "Tampung tewel / nangka sayur untuk pasar induk", ["Jawa Barat", "Banten"], desc="Diambil di pinggir jalan desa, bayar tunai")
O("x-jackripe", "M", "Beli nangka matang (daging buah) untuk keripik dan dodol", ["DI Yogyakarta", "Jawa Tengah", "Jawa Barat"])
O("x-jackchips", "M", "Beli keripik nangka kemasan untuk toko oleh-oleh", ["Jawa Timur"])
O("x-cempedak", "M", "Beli buah cempedak", ["Kalimantan Selatan", "Kalimantan Timur"])

# --- kluwek
O("kluwek:buy", "M", "Beli kluwek / keluak kualitas rawon (isi hitam, tidak apek)",
  ["Jawa Timur", "Jawa Tengah", "DKI Jakarta"], desc="Kluwek utuh, cangkang tidak retak, min 100 kg")
O("kluwek:buy", "M", "Pengepul kluwek", ["Jawa Timur"])
O("x-candlenut", "M", "Beli biji kemiri kupas", ["Jambi", "Sumatera Selatan"])
O("x-kenari", "M", "Beli kenari kupas (Canarium) untuk industri kue", ["Jawa Tengah", "Jawa Timur", "Kalimantan Selatan"])
O("kluwek:process", "T", "Pengolahan Kluwek (Pangium edule) yang Aman: Perebusan, Pemeraman dan Sortasi",
  ["Jawa Timur", "Jawa Tengah"], desc="Menghilangkan racun sianida, pemeraman dalam abu, sortasi isi hitam")
O("x-kepayangoil", "T", "Kelas Minyak Kepayang Tradisional", ["Jambi", "Sumatera Selatan"])

# --- songbirds
O("bird:kenari|bird:murai", "T", "Pelatihan Penangkaran Burung Kicau (Lovebird, Kenari, Murai Batu)", cap=40, desc="Kandang, perjodohan, pakan, penetasan dan loloh anakan, pencegahan penyakit")
O("bird:kenari", "T", "Kursus Ternak Kenari untuk Pemula", ["Jawa Tengah", "DI Yogyakarta"])
O("bird:murai", "T", "Penangkaran Murai Batu: Kandang, Pakan Jangkrik dan Kroto", ["Sumatera Utara", "Aceh"], desc="Untuk penangkar pemula, 2 hari")
O("x-walet", "T", "Pelatihan Budidaya Burung Walet dan Rumah Walet", ["Sumatera Utara", "Kalimantan Selatan"])
O("x-quail", "T", "Budidaya Burung Puyuh Petelur", ["Jawa Tengah", "DI Yogyakarta"])
O("x-pigeon", "T", "Ternak Merpati Balap dan Merpati Pos", ["Jawa Tengah"])
O("bird:buy", "M", "Beli anakan kenari dan lovebird dari peternak (jemput)",
  ["Jawa Tengah", "Jawa Timur", "DI Yogyakarta"])
O("bird:buy", "M", "Bird farm buying murai batu and kenari chicks (ringed, healthy)", desc="We collect monthly, ring and health check required")
O("bird:buy", "M", "Tampung burung murai batu Kalimantan", ["Kalimantan Selatan"], st="closed")
O("x-walet", "M", "Beli sarang burung walet mangkok", ["Kalimantan Selatan"])
O("bird:stock", "R", "Paket indukan kenari dan kandang ternak", ["Jawa Tengah"])
O("x-birdfeed", "R", "Pakan burung voer dan jangkrik kering", ["Jawa Tengah"])

# --- mealworms
O("worm:farm", "T", "Pelatihan Budidaya Ulat Hongkong (Tenebrio molitor) dan Ulat Jerman",
  ["Jawa Tengah", "Jawa Timur", "DI Yogyakarta"], desc="Media, suhu, kelembapan, pemisahan kepompong, panen")
O("worm:farm", "T", "Mealworm farming for feed: breeding beetles, sieving, harvesting", pt="p")
O("x-bsf", "T", "Budidaya Maggot BSF dari Sampah Organik", ["Jawa Tengah", "Jawa Barat"])
O("x-silk", "T", "Budidaya Ulat Sutra dan Kebun Murbei", ["Sulawesi Selatan", "Jawa Barat"])
O("worm:buy", "M", "Beli ulat hongkong hidup min 20 kg/minggu", ["Jawa Timur"], desc="Untuk toko pakan burung dan ikan")
O("worm:buy", "M", "Live mealworm and superworm buyer (pet shops and bird farms)", ["C:Bogor", "DKI Jakarta"])
O("x-bsf", "M", "Beli maggot segar dan kering", ["Jawa Timur", "Jawa Barat"])
O("x-cricket", "M", "Beli jangkrik hidup untuk pakan burung", ["Jawa Barat", "Jawa Timur"])
O("worm:stock", "R", "Bibit ulat hongkong (kumbang indukan dan telur) + panduan", desc="Paket 1 kg kumbang + media, dikirim ke seluruh Indonesia")
O("x-cricket", "R", "Telur jangkrik kalung dan alam", ["Lampung", "Jawa Timur"])

# --- broilers
O("broiler:raise", "T", "Pelatihan Manajemen Ayam Pedaging (Broiler) Kandang Tertutup",
  ["Sulawesi Selatan", "Sulawesi Barat"], desc="Brooding, ventilasi tunnel, program pakan, panen umur 30-35 hari")
O("broiler:raise", "T", "Broiler farming: closed-house management and biosecurity", pt="p", desc="Online and on-farm sessions for youth groups")
O("x-ayamkampung", "T", "Pelatihan Beternak Ayam Kampung Super (Joper)", ["Sulawesi Selatan", "Jawa Barat"])
O("x-layer", "T", "Manajemen Ayam Petelur Fase Produksi", ["Sulawesi Selatan"])
O("broiler:buy", "M", "Beli ayam potong hidup (broiler) dari peternak mandiri", ["Jawa Barat", "Banten"], desc="Bobot 1,5-2,2 kg, timbang di kandang")
O("broiler:buy", "M", "RPA terima broiler hidup 1,6-2 kg", ["Jawa Barat"],
  desc="Rumah potong ayam bersertifikat, bayar tunai")
O("x-ayamkampung", "M", "Beli ayam kampung hidup", ["Jawa Barat"])
O("x-egg", "M", "Beli telur ayam ras dari peternak", ["Jawa Barat"])
O("broiler:equip", "R", "Paket peralatan kandang broiler: feeder, drinker, brooder gas", desc="Untuk 1000-5000 ekor, bisa cicil")
O("broiler:equip", "R", "Bantuan kandang closed house broiler", ["Lampung"], st="closed", pt="p")
O("broiler:doc", "R", "Kemitraan plasma broiler: DOC, pakan dan obat dari inti",
  ["Jawa Tengah", "Jawa Timur"], pt="p", desc="Bagi hasil, harga kontrak")
O("x-ayamkampung", "R", "DOC ayam KUB / Joper", ["Lampung", "Jawa Tengah"])
O("x-layer", "R", "Pullet ayam petelur siap bertelur", ["Lampung", "Jawa Tengah"])

# --- freshwater pomfret
O("bawal:grow", "T", "Pembesaran Ikan Bawal Air Tawar (Colossoma macropomum) di Kolam Terpal",
  ["Riau", "Sumatera Barat", "Jambi"], desc="Padat tebar, pakan, kualitas air, panen ukuran konsumsi")
O("bawal:grow", "T", "Freshwater pomfret (tambaqui) grow-out course", pt="p", desc="Stocking, feeding, water quality and harvest planning")
O("x-gurame", "T", "Budidaya Ikan Gurame", ["Riau"])
O("x-patin", "T", "Pembenihan Ikan Patin", ["Riau", "Sumatera Selatan"])
O("x-tilapia", "T", "Budidaya Nila di Kolam Terpal", ["Sumatera Selatan"])
O("bawal:buy", "M", "Tampung bawal air tawar hidup / segar untuk pasar", ["Sumatera Selatan"], desc="Ukuran 3-5 ekor/kg, dijemput pakai mobil box")
O("x-pomfret-sea", "M", "Beli ikan bawal laut (bawal putih, bawal hitam) dari nelayan", ["Sumatera Selatan", "Riau"])
O("x-patin", "M", "Beli ikan patin hidup", ["Sumatera Selatan"])
O("bawal:seed", "R", "Benih ikan bawal air tawar 3-7 cm", ["Riau", "Sumatera Barat"], desc="Benih sehat, dikirim dengan kantong oksigen")
O("bawal:seed", "R", "Benih bawal bantuan dinas", ["Riau"], st="closed", pt="p")
O("x-patin", "R", "Benih patin siam", ["Riau"])

# --- lift nets
O("bagan:lamp-training|bagan:build", "T", "Pelatihan Bagan Apung: Konstruksi Rakit dan Pencahayaan LED",
  ["Sulawesi Selatan", "Sulawesi Barat", "Sulawesi Tenggara"], pt="p", desc="Rakit bambu/pipa HDPE, jangkar, dan penggantian lampu merkuri ke LED")
O("bagan:lamp-training", "T", "Lift-net (bagan) fishers: switching to LED lights", pt="p")
O("x-fad", "T", "Perakitan Rumpon Laut Dalam", ["Sulawesi Barat", "Sulawesi Utara"])
O("x-solar", "T", "Pemasangan PLTS Atap untuk Rumah Nelayan", ["Sulawesi Selatan"])
O("bagan:lamp", "R", "Lampu LED bagan (celup bawah air) 200 W - harga grosir", desc="Tahan air laut, hemat bahan bakar, kirim ke seluruh Indonesia")
O("bagan:lamp", "R", "Paket bantuan lampu bagan hemat energi", ["Nusa Tenggara Barat"], pt="p")
O("bagan:lamp", "R", "Genset dan lampu bagan", ["Sulawesi Utara"], st="closed")
O("x-gps", "R", "GPS dan fish finder untuk perahu nelayan", ["Sulawesi Utara", "Nusa Tenggara Barat"])
O("x-gillnet", "R", "Jaring insang (gill net) monofilamen")
O("x-solar", "R", "Lampu tenaga surya rumah (solar home system)")

# --- boat papers
O("boatdoc", "T", "Pendampingan Pengukuran dan Pas Kecil Kapal Nelayan di bawah 7 GT", pt="p", desc="Bersama syahbandar: pengukuran kapal, pas kecil, gratis untuk kelompok")
O("boatdoc", "T", "Klinik Dokumen Kapal Perikanan: Pas Kecil, BPKP, TDKP", ["Banten", "Jawa Barat"], pt="p", desc="Buka tiap Kamis, bawa KTP dan bukti kepemilikan perahu")
O("boatdoc", "T", "Sosialisasi Pas Kecil", ["Sumatera Barat"], st="closed", pt="p")
O("x-kusuka", "T", "Pendaftaran Kartu KUSUKA untuk Nelayan", pt="p", desc="Kartu pelaku usaha kelautan dan perikanan, syarat bantuan")
O("x-insurance", "T", "Asuransi Nelayan dan BPJS Ketenagakerjaan Bukan Penerima Upah", pt="p")
O("x-seasafety", "T", "Pelatihan Keselamatan Pelayaran untuk Nelayan Kecil", pt="p")

# --- dangke
O("dangke:make", "T", "Pelatihan Pembuatan Dangke Higienis dan Pengemasan Vakum", ["Sulawesi Selatan"], desc="Susu segar, getah pepaya, cetakan tempurung, pengemasan")
O("dangke:make", "T", "Traditional fresh cheese (dangke) from buffalo and cow milk", pt="p")
O("x-yoghurt", "T", "Pelatihan Pembuatan Yoghurt dan Kefir", ["Sulawesi Selatan"])
O("x-tofu", "T", "Pelatihan Pembuatan Tahu Sehat")
O("dangke:buy", "M", "Beli dangke untuk toko oleh-oleh", ["C:Makassar"], desc="50-100 biji per minggu")
O("dangke:buy", "M", "Dangke buyer for restaurants (chilled, vacuum packed)", ["Sulawesi Selatan"], st="closed")
O("x-milk", "M", "Beli susu kerbau dan susu sapi segar", ["Sulawesi Selatan"])

# --- liquid smoke
O("asapcair:make", "T", "Pelatihan Produksi Asap Cair dari Tempurung Kelapa (Grade 1-3)", desc="Pirolisis, kondensasi, redistilasi dan penyaringan arang aktif")
O("asapcair:make", "T", "Liquid smoke for rubber coagulation: making and using it",
  ["Sumatera Selatan", "Jambi", "Riau"], pt="p")
O("x-smokedfish", "T", "Pelatihan Pengasapan Ikan Higienis", ["Sumatera Selatan", "Gorontalo"])
O("x-briquette", "T", "Pelatihan Briket Arang Tempurung", ["Gorontalo", "Sulawesi Barat", "Riau"])
O("x-rubber", "T", "Penyadapan dan Bokar Bersih untuk Petani Karet", ["Sumatera Selatan"])
O("asapcair:buy", "M", "Beli asap cair grade 3 untuk koagulan karet, kontrak", ["Riau", "Jambi", "Sumatera Selatan"], desc="Min 1000 liter/bulan, jeriken dari kami")
O("asapcair:buy", "M", "Liquid smoke buyer (food grade) for fish and tofu processors")
O("asapcair:buy", "M", "Tampung asap cair", ["Riau"], st="closed")
O("x-charcoal", "M", "Beli arang tempurung kelapa", ["Riau", "Sulawesi Barat"])
O("asapcair:reactor", "R", "Alat pirolisis asap cair 50 kg + kondensor", desc="Stainless, termasuk pelatihan pemakaian")
O("x-briquette", "R", "Mesin pencetak briket")
O("x-smokedfish", "R", "Oven pengasapan ikan stainless")

# --- eco-enzyme
O("ecoenzyme", "T", "Pelatihan Pembuatan Eco Enzyme dari Sisa Kulit Buah dan Sayur", pt="p", desc="Rasio 1:3:10, fermentasi 3 bulan, pemakaian untuk pembersih")
O("ecoenzyme", "T", "Kelas Eco-Enzim untuk PKK dan Bank Sampah", ["Bali", "Nusa Tenggara Barat"])
O("ecoenzyme", "T", "Workshop Eco Enzyme", ["Kepulauan Riau"], st="closed")
O("x-ecoprint", "T", "Pelatihan Eco Print Daun pada Kain", ["Bali", "Jawa Barat"])
O("x-poc", "T", "Pembuatan Pupuk Organik Cair (POC) dari Limbah Dapur", ["Jawa Barat", "Kepulauan Riau"])
O("x-compost", "T", "Pelatihan Kompos Takakura", ["Jawa Barat"])

# --- aluminium frames
O("alu:install", "T", "Pelatihan Kusen Aluminium dan Pemasangan Kaca (Pintu, Jendela)", ["Jawa Barat", "Banten"], desc="Kerja sama BLK, 10 hari, praktik potong, rakit dan pasang")
O("alu:install", "T", "Aluminium window and door fabrication course", desc="Cutting, assembly, glazing and installation; certificate from the training centre")
O("x-carpentry", "T", "Pelatihan Pembuatan Kusen Kayu dan Daun Pintu", ["Jawa Barat", "Aceh"], desc="Pertukangan kayu untuk kusen, pintu panel")
O("x-welding", "T", "Pelatihan Las Listrik (SMAW)", ["Aceh"])
O("x-bajaringan", "T", "Pelatihan Pemasangan Rangka Atap Baja Ringan", ["Aceh"])
O("alu:tools", "R", "Paket alat kerja kusen aluminium (gergaji miter, bor, rivet)")
O("x-welding", "R", "Mesin las inverter 900 watt")
O("x-carpentry", "R", "Bantuan alat pertukangan kayu", ["Jawa Barat"], pt="p")

# --- CCTV
O("cctv:install", "T", "Pelatihan Instalasi CCTV dan Jaringan IP Camera", desc="DVR/NVR, kabel, setting aplikasi di HP, 3 hari")
O("cctv:install", "T", "CCTV installation and maintenance for youth", ["Jawa Tengah"], pt="p")
O("x-wiring", "T", "Pelatihan Instalasi Listrik Rumah", ["Jawa Tengah", "Kalimantan Barat"])
O("x-electronics", "T", "Servis Elektronik Rumah Tangga", ["Kalimantan Barat"])
O("x-rtrwnet", "T", "Pelatihan Jaringan Internet Desa (RT/RW Net)")
O("cctv:kit", "R", "Paket CCTV 4 kamera + DVR untuk pos kamling", ["Jawa Barat"], desc="Termasuk pemasangan")
O("cctv:kit", "R", "Bantuan CCTV desa", ["Jawa Tengah"], st="closed", pt="p")
O("x-radio", "R", "Paket HT dan radio rig untuk siskamling")

# --- bonsai
O("bonsai:make", "T", "Kelas Bonsai: Pembentukan, Pengawatan dan Perawatan", ["Jawa Timur", "Jawa Tengah"], desc="Bahan dari alam dan dari stek, praktik pengawatan")
O("x-foliage", "T", "Pelatihan Perbanyakan Tanaman Hias Daun", ["Jawa Timur"])
O("bonsai:buy", "M", "Beli bonsai jadi dan setengah jadi (santigi, beringin, serut)", desc="Kolektor dan nursery, dilihat dulu ke lokasi")
O("x-orchid", "M", "Beli anggrek bulan berbunga", ["Nusa Tenggara Barat", "Bali"])
O("bonsai:buy", "M", "Kolektor bonsai NTB", ["Nusa Tenggara Barat"], st="closed")

# --- coconut-shell crafts
O("batok:craft", "T", "Pelatihan Kerajinan Tempurung Kelapa (Mangkok, Lampu, Aksesoris)", desc="Membersihkan, memotong, mengamplas dan finishing tempurung")
O("x-shells", "T", "Kerajinan Kerang dan Cangkang Laut", ["Sulawesi Barat"])
O("batok:buy", "M", "Coconut shell bowls and spoons buyer for export (sanded, food safe)", desc="Monthly orders of 500-2000 pieces, samples first")
O("batok:buy", "M", "Beli kerajinan batok untuk toko suvenir", ["Bali", "Nusa Tenggara Barat"])
O("batok:tools", "R", "Paket alat kerajinan tempurung: gerinda, bor, amplas", ["Sulawesi Barat", "Sulawesi Selatan"])
O("x-coir", "R", "Mesin pengurai sabut kelapa")

# --- adolescent anaemia
O("anemia:cadre", "T", "Pelatihan Kader Posyandu Remaja: Pencegahan Anemia dan Aksi Bergizi (TTD)", pt="p", desc="Minum TTD bersama seminggu sekali, sarapan bergizi, edukasi sebaya")
O("anemia:cadre", "T", "Orientasi Guru UKS: Tablet Tambah Darah untuk Remaja Putri", ["Jawa Barat", "Banten"], pt="p")
O("x-posyandu", "T", "Pelatihan Kader Posyandu Balita", pt="p")
O("x-menstrual", "T", "Edukasi Kesehatan Reproduksi Remaja Putri dan Pembalut Kain", ["Nusa Tenggara Barat", "Jawa Barat"])
O("x-mpasi", "T", "Pelatihan Pemberian Makan Bayi dan Anak (PMBA / MPASI)", ["Nusa Tenggara Timur"], pt="p")
O("anemia:hb", "R", "Alat cek Hb digital + strip (paket posyandu remaja)", ["Nusa Tenggara Barat", "Bali"])
O("x-ptm", "R", "Alat cek gula darah dan kolesterol (Posbindu)", ["Nusa Tenggara Barat"])
O("anemia:ttd", "R", "Iron-folic acid (TTD) supply and screening for schoolgirls", ["Nusa Tenggara Timur"], pt="p", desc="Weekly tablets and Hb screening through the health office")
O("x-vita", "R", "Paket vitamin A dan obat cacing untuk balita", pt="p")

# --- filariasis
O("filaria", "T", "Pelatihan Kader Eliminasi Filariasis (POPM, BELKAGA)", ["Papua", "Papua Barat", "Jawa Tengah"], pt="p", desc="Pembagian obat pencegahan massal, penanganan efek samping ringan")
O("filaria", "T", "Lymphatic filariasis mass drug administration: cadre training",
  ["Papua Pegunungan", "Papua Tengah"], pt="p")
O("gajah:mitigate", "T", "Mitigasi Konflik Gajah-Manusia: Penghalauan Aman dan Satgas Desa",
  ["Aceh", "Riau", "Lampung", "Bengkulu"], pt="p")
O("x-malaria", "T", "Pelatihan Kader Malaria Desa", ["Papua"], pt="p")
O("x-jumantik", "T", "Pelatihan Juru Pemantau Jentik (Jumantik)", ["Jawa Tengah"])

# --- village regulations
O("perdes", "T", "Bimtek Penyusunan Peraturan Desa (Perdes) bagi BPD dan Perangkat Desa", desc="Tahapan rancangan, musyawarah, pengundangan, contoh Perdes")
O("perdes", "T", "Pelatihan Legal Drafting Peraturan Kampung", ["Papua", "Papua Barat"], pt="p")
O("perdes", "T", "Bimtek BPD", ["Sulawesi Tenggara"], st="closed")
O("x-pbj", "T", "Bimtek Pengadaan Barang/Jasa di Desa", ["Sulawesi Tenggara", "Papua Pegunungan", "Maluku Utara"])
O("x-siskeudes", "T", "Pelatihan Siskeudes untuk Bendahara Desa")
O("x-paralegal", "T", "Paralegal Desa: Pendampingan Kasus KDRT", pt="p")

# --- e-RDKK
O("rdkk", "T", "Bimtek Penyusunan e-RDKK dan Penebusan Pupuk Bersubsidi", pt="p", desc="Bersama penyuluh: input data petani, luas lahan, kebutuhan pupuk")
O("rdkk", "T", "Klinik Kartu Tani dan e-RDKK untuk Poktan", ["Jawa Tengah"], pt="p")
O("x-compost", "T", "Pelatihan Pembuatan Pupuk Organik Granul", ["Jawa Tengah", "Sulawesi Selatan"])
O("x-soiltest", "T", "Uji Tanah dan Rekomendasi Pemupukan", ["Sulawesi Selatan"])
O("x-insurance", "T", "Sosialisasi Asuransi Usaha Tani Padi (AUTP)", pt="p")

# --- elephants
O("gajah:mitigate", "T", "Human-elephant conflict response training for village patrols", pt="p", desc="Safe driving-off methods, early warning, crop guarding, reporting")
O("gajah:fence", "R", "Pagar kejut tenaga surya (power fence) untuk kebun berbatasan hutan", ["Aceh", "Riau"])
O("gajah:fence", "R", "Bantuan pagar listrik gajah", ["Bengkulu"], st="closed", pt="p")
O("x-boar", "R", "Pagar kawat duri dan jaring babi hutan")
O("x-boar", "T", "Pelatihan Pemasangan Pagar Babi Hutan", ["Sumatera Barat"])

# --- Paket C
O("paketc", "T", "Program Kesetaraan Paket C (setara SMA) - PKBM", ["Jawa Timur"], pt="p")
O("paketc", "T", "Kejar Paket C daring dan tatap muka untuk pemuda putus sekolah", pt="p", desc="Gratis, ijazah setara SMA")
O("x-paketb", "T", "Program Kesetaraan Paket B (setara SMP)", pt="p", desc="Untuk warga yang belum tamat SMP")
O("x-paud", "T", "Pelatihan Guru PAUD", ["Jawa Timur", "Kalimantan Selatan"])
O("x-computer", "T", "Kursus Komputer Dasar", ["Kalimantan Timur"])

# --- TPQ teachers
O("tpq:teacher", "T", "Pelatihan Guru TPQ Metode Iqro dan Tajwid Dasar", ["Kalimantan Selatan", "Kalimantan Tengah"])
O("tpq:teacher", "T", "Sertifikasi Guru Al-Qur'an Metode Ummi", pt="p", desc="Tahsin, metodologi mengajar dan sertifikasi pengajar TPQ")
O("x-hadrah", "T", "Pelatihan Hadrah dan Rebana", ["Kalimantan Selatan", "Aceh"])
O("x-tilawah", "T", "Pelatihan Qori dan Tilawah untuk MTQ", ["Aceh"])
O("tpq:books", "R", "Wakaf Al-Qur'an dan buku Iqro untuk TPQ", pt="p", desc="Diajukan oleh pengurus TPQ, dikirim gratis")
O("x-library", "R", "Paket buku bacaan untuk taman baca", pt="p")

# --- pencak silat
O("silat:coach", "T", "Pelatihan Pelatih Pencak Silat Tingkat Dasar", desc="Teknik dasar, metodologi melatih anak, peraturan pertandingan")
O("silat:coach", "T", "Silek Minang: Pelatihan Guru Silek Tradisi", ["Sumatera Barat"])
O("silat:referee", "T", "Kursus Wasit Juri Pencak Silat", ["K:Bandung"], desc="Kursus wasit juri tingkat kabupaten")
O("x-takraw", "T", "Pelatihan Pelatih Sepak Takraw", ["Sumatera Barat", "Banten"])
O("x-karate", "T", "Pelatihan Pelatih Karate", ["Banten"])
O("x-football", "T", "Pelatihan Wasit Sepak Bola", ["Jawa Barat"])
O("silat:gear", "R", "Matras dan perlengkapan pencak silat (sabuk, body protector, seragam)", desc="Harga grosir untuk perguruan")
O("silat:gear", "R", "Hibah perlengkapan perguruan silat", ["Banten"], st="withdrawn", pt="p")
O("x-takraw", "R", "Bola takraw dan net")

# --- camping ground
O("camp:manage", "T", "Pelatihan Pengelolaan Camping Ground dan Glamping Desa Wisata", desc="Penataan area, keamanan, reservasi, kebersihan dan harga paket")
O("camp:manage", "T", "Camping ground operators course", ["Jawa Tengah"], st="withdrawn", pt="p")
O("x-homestay", "T", "Pelatihan Pengelolaan Homestay", ["Jawa Tengah"])
O("x-outbound", "T", "Pelatihan Pemandu Outbound", ["Jawa Tengah"])
O("camp:gear", "R", "Tenda dome dan perlengkapan berkemah untuk usaha desa wisata", ["Sumatera Utara", "Aceh"], desc="Tenda 4-6 orang, matras, sleeping bag, bisa paket sewa-beli")
O("x-tent", "R", "Sewa tenda pleton dan terop untuk hajatan")

# --- buah merah
O("buahmerah:process", "T", "Pengolahan Minyak Buah Merah (Pandanus conoideus) Higienis",
  ["Papua Pegunungan", "Papua", "Papua Barat"], pt="p", desc="Perebusan, pemerasan, pemisahan minyak, botol kaca gelap")
O("x-vco", "T", "Pelatihan VCO (Virgin Coconut Oil)", ["Papua Barat", "Papua Pegunungan"])
O("x-syrup", "T", "Pelatihan Pembuatan Sirup dan Selai Buah", ["Papua Barat"])
O("buahmerah:buy", "M", "Beli minyak buah merah murni dan buah segar", ["Papua Pegunungan"])
O("buahmerah:buy", "M", "Red fruit oil buyer for herbal brands", desc="Pure oil, lab test paid by us, min. 20 litres")
O("buahmerah:buy", "M", "Tampung buah merah", ["Papua"], st="closed")
O("x-areca", "M", "Beli buah pinang", ["Papua Pegunungan"])

# --- matoa
O("matoa:buy", "M", "Beli buah matoa segar untuk supermarket", ["Papua Barat Daya", "Papua Barat"], desc="Matoa kelapa dan matoa papeda, dijemput di kampung")
O("x-longan", "M", "Beli buah kelengkeng")
O("matoa:seed", "R", "Bibit matoa okulasi / cangkok", ["Papua Barat"])
O("matoa:seed", "R", "Bibit buah lokal Papua", ["Papua"], st="closed", pt="p")
O("x-longan", "R", "Bibit kelengkeng")

# --- rice bran
O("bran:buy", "M", "Beli dedak padi / bekatul untuk pabrik pakan", ["Jawa Tengah", "Jawa Timur"], desc="Kadar air maks 13%, tidak tercampur sekam")
O("bran:buy", "M", "Rice bran buyer (stabilised bran for food and oil)")
O("x-husk", "M", "Beli sekam padi untuk kandang dan pembakaran bata", ["Jawa Tengah", "Sulawesi Selatan"])
O("x-straw", "M", "Beli jerami padi", ["Sulawesi Selatan"])

# --- chainsaw
O("chainsaw:op", "T", "Pelatihan Operator Gergaji Rantai (Chainsaw) dan K3 Penebangan", desc="Arah rebah, perawatan rantai, APD, pertolongan pertama")
O("x-brushcutter", "T", "Perawatan Mesin Potong Rumput", ["Sulawesi Barat"])
O("chainsaw:gear", "R", "Chainsaw dan APD operator (helm, sarung tangan, celana pelindung)",
  ["Sulawesi Barat", "Sulawesi Selatan"])

# --- rice threshers
O("thresher", "R", "Power thresher perontok padi (bantuan alsintan)", ["Nusa Tenggara Barat"], pt="p")
O("thresher", "R", "Paddy thresher, petrol engine, 1 t/h", desc="Delivered with spare parts and a one-day operator session")
O("thresher", "R", "Mesin perontok padi multiguna", ["Sulawesi Tenggara"], st="withdrawn", pt="p")
O("x-sheller", "R", "Mesin pemipil jagung", ["Sulawesi Tenggara", "Nusa Tenggara Barat"])
O("x-ricemill", "R", "Mesin penggiling padi (RMU)")

# --- extra offers (more fits and look-alike places)
O("grape:buy", "M", "Pengepul anggur Buleleng", ["K:Buleleng"])
O("grape:buy", "M", "Beli anggur lokal untuk toko buah", ["Jawa Timur"], desc="Anggur merah dan hitam, manis")
O("telang:buy", "M", "Tampung bunga telang kering", ["DI Yogyakarta"])
O("cotton:grow", "T", "Pelatihan Budidaya Kapas Tadah Hujan", ["K:Jeneponto", "K:Bantaeng"])
O("cotton:grow", "T", "Pendampingan Kapas Organik untuk Penenun", ["K:Timor Tengah Utara"], pt="p")
O("cotton:buy", "M", "Seed cotton buyer for a ginnery", ["Sulawesi Selatan"])
O("bird:murai", "T", "Kelas Penangkaran Murai Batu", ["K:Sleman"])
O("batok:craft", "T", "Kelas Ukir Batok Kelapa", ["Sulawesi Barat"])
O("anemia:cadre", "T", "Pelatihan Kader Remaja Bebas Anemia", ["Nusa Tenggara Barat", "Nusa Tenggara Timur"], pt="p")
O("bran:buy", "M", "Tampung dedak halus", ["Sulawesi Selatan"])
O("boatdoc", "T", "Layanan Pas Kecil Keliling untuk Nelayan", ["Sumatera Barat", "Nusa Tenggara Timur"], pt="p")
O("boatdoc", "T", "Pendampingan Dokumen Kapal Nelayan", ["Maluku Utara"], pt="p")
O("ecoenzyme", "T", "Eco-enzyme and zero-waste training for communities", ["Kepulauan Riau", "Riau"], pt="p")
O("perdes", "T", "Sekolah Legislasi Desa untuk BPD", ["Sulawesi Tenggara", "Sulawesi Selatan"], pt="p")
O("cctv:install", "T", "Kursus Teknisi CCTV", ["Kalimantan Barat"])
O("bonsai:buy", "M", "Bonsai and pre-bonsai buyer (export)")
O("matoa:buy", "M", "Pengepul matoa", ["C:Sorong"])
O("worm:buy", "M", "Pengepul ulat hongkong dan superworm", ["K:Kediri", "K:Blitar"])
O("worm:buy", "M", "Beli ulat hongkong", ["C:Blitar"])
O("tpq:teacher", "T", "Pelatihan Guru Ngaji Gampong", ["Aceh"], pt="p")
O("silat:coach", "T", "Penataran Pelatih Pencak Silat", ["Banten", "DKI Jakarta"])
O("broiler:equip", "R", "Tempat pakan dan minum ayam broiler otomatis", ["Lampung"])
O("bawal:buy", "M", "Beli bawal air tawar segar", ["K:Ogan Komering Ilir"])
O("bagan:build", "T", "Konstruksi Bagan Perahu dan Bagan Rakit", ["K:Pangkajene dan Kepulauan", "K:Barru"])
O("bagan:build", "T", "Pelatihan Bagan Perahu untuk Nelayan Teluk", ["Sulawesi Tengah", "Gorontalo"], pt="p")
O("bagan:build", "T", "Pelatihan Bagan Apung", ["C:Palu"])
O("rdkk", "T", "Pendampingan e-RDKK", ["K:Kapuas"], pt="p")

# ======================================================================================
# Writing both files
# ======================================================================================
def reaches(area, regency):
    return not area or regency in area or REG_PROV[regency] in area


def fits(n, o):
    g = GROUPS[n["group"]]
    return (o["kind"] == n["kind"] and n["topic"] in o["topics"] and (o["status"] or "open") == "open"
            and reaches(o["area"], g["regency"]))


def jitter(rng, lat, lon):
    return round(float(lat) + rng.uniform(-0.03, 0.03), 4), round(float(lon) + rng.uniform(-0.03, 0.03), 4)


FIRST = ["Agus", "Sri", "Wayan", "Made", "Nurhayati", "Rahmat", "Yohanes", "Maria", "Andi", "Siti", "Hendra",
         "Dewi", "La Ode", "Ketut", "Fransiskus", "Rina", "Taufik", "Yuliana", "Baso", "Ahmad", "Martha", "Imam",
         "Lestari", "Daeng", "Ruslan", "Ni Luh", "Petrus", "Hasan", "Wulan", "Eko"]
LAST = ["Santoso", "Wahyuni", "Saputra", "Lumban Gaol", "Pattiasina", "Hidayat", "Manurung", "Rahayu",
        "Tanjung", "Mahmud", "Wenda", "Kurniawan", "Siregar", "Lubis", "Pratama", "Hasibuan", "Nggadas",
        "Syahputra", "Sembiring", "Mokodompit", "Rumbewas", "Lamaka", "Daulay", "Suryani"]
WORD = ["Maju", "Sejahtera", "Mandiri", "Berkah", "Nusantara", "Lestari", "Harapan", "Bersama", "Sentosa",
        "Makmur", "Abadi", "Jaya", "Mulia", "Karya", "Bina", "Citra", "Amanah", "Sinar", "Tunas", "Cahaya"]


def provider_name(rng, ptype, english):
    w = lambda: rng.choice(WORD)  # noqa: E731
    person = f"{rng.choice(['Pak', 'Bu'])} {rng.choice(FIRST)} {rng.choice(LAST)}"
    if ptype == "trainer":
        return rng.choice([person, f"LPK {w()} {w()}", f"P4S {w()} {w()}", f"Balai Pelatihan {w()}"])
    if ptype == "buyer":
        return rng.choice([f"UD {w()} {w()}", f"CV {w()} {w()}", f"PT {w()} {w()} Indonesia", person,
                           f"Toko {w()}"])
    if ptype == "supplier":
        return rng.choice([f"Toko Tani {w()}", f"CV {w()} Teknik", f"UD {w()} {w()}", f"PT {w()} Mesin"])
    return rng.choice([f"Yayasan {w()} {w()}", f"Program {w()} Desa", f"Dinas Mitra {w()}",
                       f"{w()} Foundation" if english else f"Perkumpulan {w()} {w()}"])


DEFAULT_PT = {"training": "trainer", "market": "buyer", "resource": "supplier"}
PT = {"p": "programme", "t": "trainer", "b": "buyer", "s": "supplier"}


def build():
    rng = random.Random(11)
    gkeys = list(GROUPS)
    used = {n["group"] for n in NEEDS}
    missing = [k for k in gkeys if k not in used]
    if missing:
        raise SystemExit(f"groups without needs: {missing}")
    rng.shuffle(gkeys)
    gref = {k: f"g{i + 1:02d}" for i, k in enumerate(gkeys)}
    groups = []
    for k in gkeys:
        g = GROUPS[k]
        r = REG[g["regency"]]
        lat, lon = jitter(rng, r["lat"], r["lon"])
        groups.append(dict(ref=gref[k], name=g["name"], province=REG_PROV[g["regency"]], regency=g["regency"],
                           lat=lat, lon=lon, members=g["members"]))
    needs = list(NEEDS)
    rng.shuffle(needs)
    offers = list(OFFERS)
    rng.shuffle(offers)
    for i, n in enumerate(needs):
        n["ref"] = f"n{i + 1:03d}"
    for i, o in enumerate(offers):
        o["ref"] = f"o{i + 1:03d}"
    providers, city_i = [], 0
    for i, o in enumerate(offers):
        ptype = PT[o["ptype"]] if o["ptype"] else DEFAULT_PT[o["kind"]]
        regs = [a for a in o["area"] if a in REG]
        if regs:
            reg = regs[0]
        elif o["area"]:
            reg = main_city(o["area"][0])
        else:
            reg = BIG_CITIES[city_i % len(BIG_CITIES)]
            city_i += 1
        r = REG[reg]
        lat, lon = jitter(rng, r["lat"], r["lon"])
        english = bool(re.search(r"\b(the|and|for|buyer|course|training|supply)\b", o["title"]))
        o["provider"] = f"p{i + 1:03d}"
        providers.append(dict(ref=o["provider"], name=provider_name(rng, ptype, english), type=ptype,
                              province=REG_PROV[reg], regency=reg, lat=lat, lon=lon))
    doc = dict(groups=groups, providers=providers, needs=[], offers=[])
    for n in needs:
        rec = dict(ref=n["ref"], group=gref[n["group"]], kind=n["kind"], title=n["title"])
        if n["description"]:
            rec["description"] = n["description"]
        doc["needs"].append(rec)
    for o in offers:
        rec = dict(ref=o["ref"], provider=o["provider"], kind=o["kind"], title=o["title"])
        if o["description"]:
            rec["description"] = o["description"]
        if o["area"]:
            rec["service_area"] = o["area"]
        if o["capacity"]:
            rec["capacity"] = o["capacity"]
        if o["status"]:
            rec["status"] = o["status"]
        doc["offers"].append(rec)
    truth = {n["ref"]: [o["ref"] for o in offers if fits(n, o)] for n in needs}
    return doc, truth, needs, offers, gref


import re  # noqa: E402

if __name__ == "__main__":
    doc, truth, needs, offers, gref = build()
    if "--review" in sys.argv:
        for n in sorted(needs, key=lambda n: n["ref"]):
            g = GROUPS[n["group"]]
            fam = n["topic"].split(":")[0]
            print(f"\n{n['ref']} [{n['topic']}] {n['kind']} {g['regency']}, {REG_PROV[g['regency']]}")
            print(f"    {n['title']}")
            for o in offers:
                if any(t.split(":")[0] == fam for t in o["topics"]):
                    mark = "+" if o["ref"] in truth[n["ref"]] else "-"
                    print(f"  {mark} {o['ref']} {o['kind'][:5]} {o['status'] or 'open':9} "
                          f"{','.join(o['area']) or '*':40.40} {o['title'][:70]}")
        sys.exit(0)
    base = os.path.join(SET, "eval11-marketplace")
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(base + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(doc['groups'])} groups, {len(doc['providers'])} providers, {len(doc['needs'])} needs, "
          f"{len(doc['offers'])} offers; {sum(map(len, truth.values()))} fits")
