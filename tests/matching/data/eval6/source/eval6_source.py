#!/usr/bin/env python3
"""Subject-labelled source of eval6: writes eval6-marketplace.json and eval6-marketplace.truth.json.

Every need has one subject label; every offer has one or more subject labels (an offer naming
several subjects fits each). Labels are not part of the import format and are not written.
Truth rule: same kind, need subject in offer subjects, offer open, service_area empty or naming
the group's province or regency (exact official name).

HELD OUT: do not read while working on the matcher.

Usage: python3 eval6_source.py [--review]
"""
import csv, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(OUT, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PROV = {r["code"]: r for r in rows if r["level"] == "province"}
PROVINCES = {r["name"] for r in PROV.values()}
REGENCY = {r["name"]: (PROV[r["parent_code"]]["name"], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}


def reg(x):
    x = x if x.startswith(("Kabupaten ", "Kota ")) else "Kabupaten " + x
    assert x in REGENCY, f"unknown regency {x}"
    return x


def place(x):
    if x.startswith(("Kabupaten ", "Kota ")) or x not in PROVINCES:
        return reg(x)
    return x


GROUPS, NEEDS, OFFERS = {}, [], []


def G(key, name, regency, members):
    assert key not in GROUPS, key
    GROUPS[key] = dict(name=name, regency=reg(regency), members=members)


def N(subj, kind, gkey, title, tags, desc=None):
    assert gkey in GROUPS, gkey
    NEEDS.append(dict(subj=subj, kind=kind, group=gkey, title=title, tags=tags, desc=desc))


def O(subjs, kind, ptype, pname, preg, title, tags, area=(), status="open", desc=None, cap=None):
    if isinstance(subjs, str):
        subjs = [subjs]
    OFFERS.append(dict(subjs=list(subjs), kind=kind, ptype=ptype, pname=pname, preg=reg(preg), title=title,
                       tags=tags, area=[place(a) for a in area], status=status, desc=desc, cap=cap))


T, M, R = "training", "market", "resource"

# ------------------------------------------------------------------ groups
G("kediri", "Kelompok Tani Tebu Rosan Makmur", "Kediri", 41)
G("bone", "Kelompok Tani Tebu Arasoe Sejahtera", "Bone", 28)
G("lamteng", "Kelompok Tani Tebu Rakyat Terbanggi", "Lampung Tengah", 55)
G("oganilir", "KT Tebu Cinta Manis Jaya", "Ogan Ilir", 37)
G("malang", "Poktan Tebu Sido Mulyo", "Malang", 46)
G("tts", "Kelompok Tani Oemanu", "Timor Tengah Selatan", 23)
G("wonogiri", "Poktan Ngudi Rejeki", "Wonogiri", 31)
G("tuban", "KWT Kacang Tanah Sumber Rejeki", "Tuban", 26)
G("lamongan", "Kelompok Tani Wijen Makmur", "Lamongan", 22)
G("sumbawa", "Kelompok Tani Wijen Samawa", "Sumbawa", 19)
G("inhil", "Kelompok Usaha Sabut Kelapa Tembilahan", "Indragiri Hilir", 18)
G("halsel", "Kelompok Perempuan Sabut Bacan", "Halmahera Selatan", 15)
G("tanjab", "Poktan Kelapa Dalam Tungkal Ilir", "Tanjung Jabung Barat", 40)
G("minut", "Kelompok Tani Kelapa Likupang", "Minahasa Utara", 27)
G("ciamis", "KUB Sabut Galuh Mandiri", "Ciamis", 14)
G("padpar", "KWT Nan Elok", "Padang Pariaman", 20)
G("tuba", "KWT Kelapa Menggala", "Tulang Bawang", 17)
G("bantul", "KWT Nata Sari Pandak", "Bantul", 16)
G("pati", "Kelompok Perajin Tapioka Ngemplak", "Pati", 33)
G("lamtim", "KT Singkong Sukadana", "Lampung Timur", 48)
G("agam", "KWT Ijuak Saiyo", "Agam", 21)
G("rejang", "Kelompok Perajin Ijuk Curup", "Rejang Lebong", 24)
G("muarojambi", "Kelompok Tani Sawit Sekernan", "Muaro Jambi", 35)
G("semarang", "KWT Rawa Pening Lestari", "Semarang", 25)
G("minahasa", "PKK Tondano Pante", "Minahasa", 30)
G("hsu", "Kelompok Perajin Ilung Amuntai", "Hulu Sungai Utara", 22)
G("kulonprogo", "KUB Anyaman Sremo", "Kulon Progo", 19)
G("jepara", "Pemuda Kreatif Mulyoharjo", "Jepara", 15)
G("tasik", "Karang Taruna Sukaraja", "Tasikmalaya", 20)
G("bantul2", "Paguyuban Dolanan Kayu Kasongan", "Bantul", 12)
G("rote", "Sanggar Sasando Oebou", "Rote Ndao", 14)
G("sukoharjo", "Paguyuban Karawitan Wirun", "Sukoharjo", 18)
G("bandungbarat", "Karang Taruna Saluyu", "Bandung Barat", 25)
G("kabbandung", "KUB Angklung Padasuka Kidul", "Bandung", 16)
G("gianyar", "Sekaa Layangan Sukawati", "Gianyar", 22)
G("pangandaran", "Pokdarwis Batu Hiu", "Pangandaran", 19)
G("sangihe", "Kelompok Nelayan Tatehe", "Kepulauan Sangihe", 17)
G("majene", "KUB Nelayan Pamboang", "Majene", 21)
G("natuna", "KUB Nelayan Ranai Darat", "Natuna", 24)
G("takalar", "Kelompok Pembudidaya Lawi-lawi Galesong", "Takalar", 18)
G("rembang", "KUB Latoh Sarang", "Rembang", 13)
G("malra", "Kelompok Nelayan Ohoi Ngilngof", "Maluku Tenggara", 16)
G("wakatobi", "Kelompok Nelayan Gurita Tomia", "Wakatobi", 29)
G("bangkep", "Kelompok Nelayan Totikum", "Banggai Kepulauan", 23)
G("boyolali", "Kelompok Ternak Ngudi Makmur", "Boyolali", 14)
G("gowa", "Kelompok Ternak Bontonompo", "Gowa", 16)
G("karawang", "Kelompok Ternak Kalkun Telagasari", "Karawang", 11)
G("lotim", "Kelompok Ternak Unggas Sakra", "Lombok Timur", 18)
G("merauke", "Kelompok Masyarakat Adat Wasur", "Merauke", 20)
G("banyuwangi", "Pokdarwis Kemiren", "Banyuwangi", 26)
G("torut", "Pokdarwis Lempe", "Toraja Utara", 17)
G("rajaampat", "Kelompok Pemuda Kampung Arborek", "Raja Ampat", 15)
G("jayawijaya", "Kelompok Pemuda Kampung Wesaput", "Jayawijaya", 12)
G("kaur", "Forum Perangkat Desa Kaur Utara", "Kaur", 30)
G("sintang", "Forum Aparatur Desa Ketungau", "Sintang", 22)
G("gresik", "Paguyuban UMKM Ibu-ibu Manyar", "Gresik", 40)
G("pessel", "KUB Rendang Painan", "Pesisir Selatan", 18)
G("tanahlaut", "KUB Amplang Pelaihari", "Tanah Laut", 15)
G("sidoarjo", "Kelompok Perajin Tas Tanggulangin", "Sidoarjo", 36)
G("tangerang", "Kelompok UMKM Mainan Cikupa", "Tangerang", 14)
G("pohuwato", "Koperasi Petani Jagung Marisa", "Pohuwato", 60)
G("sikka", "Kelompok Mama Nita Sejahtera", "Sikka", 25)
G("loteng", "KWT Dasan Baru", "Lombok Tengah", 22)
G("kapuas", "Kelompok Dapur Umum Desa Basarang", "Kapuas", 18)
G("kuburaya", "KUB Arang Tempurung Rasau", "Kubu Raya", 20)
G("polman", "KUB Briket Mandar", "Polewali Mandar", 16)
G("sbb", "Kelompok Usaha Kelapa Kairatu", "Seram Bagian Barat", 14)
G("kukar", "KUB Briket Loa Kulu", "Kutai Kartanegara", 12)
G("mamasa", "Kelompok Peduli Kesehatan Sumarorong", "Mamasa", 30)
G("puncakjaya", "Kelompok Gereja Kampung Mulia", "Puncak Jaya", 25)
G("kebumen", "Kelompok Lansia Sehat Ayah", "Kebumen", 45)
G("bangka", "Kelompok Lansia Sungailiat", "Bangka", 28)
G("konsel", "Kelompok Lansia Andoolo", "Konawe Selatan", 21)
G("sumbatimur", "Kelompok Difabel Waingapu Mandiri", "Sumba Timur", 13)
G("garut", "Kader Rehabilitasi Bersumber Masyarakat Cibatu", "Garut", 17)
G("jeneponto", "Kader Kesehatan Desa Tamalatea", "Jeneponto", 19)
G("lebak", "Kader UKGMD Cibadak", "Lebak", 12)
G("alor", "Kelompok Guru Jemaat Kabola", "Alor", 16)
G("cianjur", "Forum Anak dan PATBM Cibeber", "Cianjur", 22)
G("lombokutara", "Kelompok Perempuan Gangga", "Lombok Utara", 24)
G("tanimbar", "Pemuda Jemaat Saumlaki", "Kepulauan Tanimbar", 20)
G("sigi", "Kelompok Perempuan Dolo", "Sigi", 18)
G("karo", "Kelompok Perempuan Tanah Karo", "Karo", 21)
G("sanggau", "Koperasi Kredit Pancur Kasih Sanggau", "Sanggau", 300)
G("sumenep", "Koperasi Garam Rakyat Kalianget", "Sumenep", 90)
G("blitar", "Panitia Pilkades Desa Sukorejo", "Blitar", 9)
G("pidie", "Tuha Peut Gampong Meunasah", "Pidie", 11)
G("nabire", "Kelompok Pemuda Kampung Wadio", "Nabire", 18)
G("aru", "Kelompok Pemuda Dobo Pantai", "Kepulauan Aru", 15)
G("bintan", "Kelompok Pemuda Teluk Sebong", "Bintan", 20)
G("berau", "Karang Taruna Tanjung Batu", "Berau", 17)
G("bireuen", "KWT Gampong Meunasah Blang", "Bireuen", 20)
G("bengkayang", "Kelompok Remaja Putri Samalantan", "Bengkayang", 16)
G("minsel", "PKK Desa Tumpaan", "Minahasa Selatan", 18)

# ------------------------------------------------------------------ sugarcane (tebu)
N("tebu", T, "kediri", "pelatihan keprasan tebu dong, rendemen kmi rendah trs, ratoon udh 5x", ["tebu", "keprasan"], desc="Lahan 60 ha tebu keprasan, bibit lama sejak 2015. Sdh coba tambah pupuk tp rendemen ttp 6%. Mohon pelatih yg bisa turun ke kebun, jgn cuma teori.")
N("tebu", T, "bone", "tabe', kami petani tebu Arasoe mau blajar cara tanam tebu yg benar, pake bagal ato bud chip?", ["tebu"])
N("tebu", M, "lamteng", "cari PG / pabrik gula yg mau ambil tebu rakyat kami kira2 400 ton musim giling ini", ["tebu", "giling"], desc="Varietas PSJT, tanam Mei, tebang Juli-Sept. Truk angkut sdh ada, tinggal kontrak.")
N("tebu", M, "oganilir", "jual tebu giling 250 ton, PG terdekat kuota penuh nian", ["tebu"])
N("bibit_tebu", R, "malang", "butuh bibit tebu bud chip var. Bululawang utk bongkar ratoon 10 ha", ["bibit tebu", "bud chip"])
O("tebu", T, "trainer", "Tim Penyuluh P3GI", "Pasuruan", "Sekolah Lapang Budidaya dan Keprasan Tebu Rakyat", ["tebu", "keprasan"], ["Jawa Timur"], cap=40)
O("tebu", T, "programme", "Sugar Smallholder Programme", "Kota Surabaya", "Sugarcane agronomy and ratoon management course", ["sugarcane", "ratoon"], ["Jawa Timur", "Jawa Tengah", "Lampung"])
O("gula_tebu", T, "trainer", "Bu Sulastri Gula Tumbu", "Kudus", "Pelatihan pengolahan tebu menjadi gula merah tebu (gula tumbu)", ["tebu", "gula merah"], ["Jawa Timur", "Jawa Tengah"])
O("tebu", T, "programme", "UPT Perkebunan Sulsel", "Kota Makassar", "Bimtek budidaya tebu lahan kering", ["tebu"], ["Sulawesi Selatan"], status="closed")
O("gula_aren", T, "programme", "Program Gula Aren Lestari", "Kota Makassar", "Pelatihan pembuatan gula semut aren", ["gula aren"], ["Sulawesi Selatan", "Jawa Timur"])
O("tebu", M, "buyer", "PG Swasta Lampung Utara", "Lampung Utara", "Pabrik gula: beli tebu petani, min 100 ton, Rp 68.000/kuintal sesuai rendemen", ["tebu"], ["Lampung"])
O("tebu", M, "buyer", "PG Cinta Manis", "Ogan Ilir", "PG menerima tebu mitra dan tebu rakyat musim giling 2027", ["tebu", "kemitraan"], ["Sumatera Selatan"])
O("tebu", M, "buyer", "Way Jepara Sugar Mill", "Lampung Timur", "Sugar mill buying smallholder cane, contract farming", ["sugarcane"], ["Kabupaten Lampung Timur"])
O("tebu", M, "buyer", "PG Bone", "Bone", "Kemitraan giling tebu rakyat, harga sesuai rendemen", ["tebu"], ["Sulawesi Selatan"])
O("terubuk", M, "buyer", "Pasar Sayur Induk", "Kota Bogor", "Beli tebu telur / terubuk (sayur) segar, 200 kg/minggu", ["tebu telur", "terubuk"], ["Jawa Barat", "Lampung", "Sumatera Selatan"])
O("daun_tebu", M, "buyer", "Peternak Sapi Sumber Pakan", "Lampung Tengah", "Pembeli pucuk dan daun tebu kering untuk pakan sapi", ["daun tebu", "pakan"], ["Lampung", "Sumatera Selatan"])
O("bibit_tebu", R, "supplier", "Kebun Bibit Tebu Bululawang", "Malang", "Bibit tebu bud chip & bagal varietas PS 881, Bululawang", ["bibit tebu"], ["Jawa Timur"])
O("bibit_tebu", R, "supplier", "CaneNursery Indonesia", "Kota Surabaya", "Sugarcane single-bud seedlings (bud chips), shipped nationwide", ["sugarcane seedlings"], [])
O("mesin_sari_tebu", R, "supplier", "Toko Mesin Jaya", "Kota Malang", "Mesin giling tebu mini untuk es sari tebu", ["tebu", "mesin"], [])
O("pupuk", R, "supplier", "Kios Pupuk Tani", "Kediri", "Pupuk ZA dan NPK untuk tanaman tebu", ["pupuk", "tebu"], ["Jawa Timur"])

# ------------------------------------------------------------------ peanut (kacang tanah)
N("kacang_tanah", T, "tts", "mau blajar tanam kacang tanah biar sonde kena penyakit daun, panen su kecil trus", ["kacang tanah"])
N("kacang_tanah", T, "wonogiri", "Groundnut growing training for our farmer group pls, aflatoxin problem every harvest", ["groundnut"])
N("kacang_tanah", M, "tuban", "jual kacang tanah ose (kupas) 8 ton kering, cari pembeli/pabrik", ["kacang tanah", "ose"])
N("kacang_tanah", M, "tts", "kacang tanah polong kering 3 ton, sapa mau beli?", ["kacang tanah", "polong"])
N("benih_kacang_tanah", R, "wonogiri", "benih kacang tanah var. Hypoma utk 5 ha, ada bantuan?", ["benih kacang tanah"])
O("kacang_tanah", T, "programme", "BPTP NTT", "Kota Kupang", "Pelatihan Budidaya Kacang Tanah dan Pengendalian Penyakit Bercak Daun", ["kacang tanah"], ["Nusa Tenggara Timur"])
O("kacang_tanah", T, "programme", "Legume Lab e-Learning", "Kota Malang", "Peanut cultivation and post-harvest aflatoxin control (e-learning)", ["peanut", "aflatoxin"], [])
O("kacang_hijau", T, "programme", "Penyuluh Kacang-kacangan", "Kota Malang", "Pelatihan budidaya kacang hijau di lahan kering", ["kacang hijau"], ["Nusa Tenggara Timur", "Jawa Tengah"])
O("kacang_olahan", T, "trainer", "Bu Rini Camilan", "Kota Semarang", "Pelatihan pembuatan kacang bawang dan kacang sangrai", ["kacang"], ["Jawa Tengah"])
O("kacang_tanah", T, "trainer", "Pak Sutrisno Kacang", "Tuban", "Sekolah lapang kacang tanah", ["kacang tanah"], ["Jawa Timur"])
O("kacang_tanah", M, "buyer", "Pabrik Kacang Garing Pati", "Pati", "Dibeli kacang tanah ose & polong, min 1 ton", ["kacang tanah"], ["Jawa Tengah", "Jawa Timur"])
O("kacang_tanah", M, "buyer", "NusaNut Peanut Butter", "Kota Surabaya", "Groundnut kernels wanted for peanut butter plant, 20 t/month", ["groundnut", "peanut"], [])
O("mete", M, "buyer", "UD Mete Flores", "Sikka", "Beli kacang mete gelondong", ["kacang mete"], ["Nusa Tenggara Timur"])
O("bungkil", M, "buyer", "Pabrik Pakan Sinar", "Kota Surabaya", "Pembeli bungkil kacang tanah untuk pakan ternak", ["bungkil kacang"], ["Jawa Timur", "Nusa Tenggara Timur"])
O("kacang_tanah", M, "buyer", "UD Kacang Kupang", "Kota Kupang", "Beli kacang tanah polong kering", ["kacang tanah"], ["Kota Kupang"])
O("benih_kacang_tanah", R, "supplier", "Balitkabi Seed Unit", "Malang", "Benih kacang tanah bersertifikat varietas Hypoma, Talam, Takar", ["benih kacang tanah"], ["Jawa Timur", "Jawa Tengah"])
O("pengupas_kacang", R, "supplier", "Agro Mesin", "Kota Semarang", "Alat pengupas kacang tanah (peanut sheller)", ["kacang tanah", "pengupas"], ["Jawa Tengah", "Jawa Timur"])
O("benih_kacang_hijau", R, "supplier", "Toko Benih Makmur", "Kota Semarang", "Benih kacang hijau Vima 1", ["benih kacang hijau"], [])

# ------------------------------------------------------------------ sesame (wijen)
N("wijen", T, "lamongan", "pelatihn budidaya wijen di sawah tadah hujan", ["wijen"])
N("wijen", M, "sumbawa", "Kami jual biji wijen putih 2 ton, cari buyer", ["wijen"])
N("wijen", M, "lamongan", "sesame seed buyer? ada 1,5 ton wijen hitam", ["sesame", "wijen hitam"])
O("wijen", T, "programme", "Dryland Crops Field School", "Kota Surabaya", "Sesame (wijen) agronomy field school", ["sesame"], ["Jawa Timur"])
O("minyak_wijen", T, "trainer", "Pak Han Minyak", "Kota Surabaya", "Pelatihan pembuatan minyak wijen skala kecil", ["minyak wijen"], ["Jawa Timur"])
O("wijen", M, "buyer", "Java Sesame Export", "Kota Surabaya", "Exporter buying hulled and unhulled sesame seeds, white and black, FOB Surabaya", ["sesame"], [], desc="Moisture max 6%, purity 99%. Payment on delivery to our Surabaya warehouse.")
O("wijen", M, "buyer", "UD Wijen Bima", "Bima", "Beli biji wijen putih, min 500 kg, Rp 28.000/kg", ["wijen"], ["Nusa Tenggara Barat"])
O("minyak_wijen", M, "buyer", "Resto Supply Asia", "Kota Administrasi Jakarta Utara", "Beli minyak wijen (sesame oil) 200 liter/bulan", ["minyak wijen"], ["Jawa Timur", "Nusa Tenggara Barat"])
O("wijen", M, "buyer", "CV Wijen Jatim", "Kota Surabaya", "Beli biji wijen", ["wijen"], ["Jawa Timur"], status="withdrawn")
O("kuaci", M, "buyer", "Pabrik Kuaci Rebo", "Kota Semarang", "Pembeli biji bunga matahari untuk kuaci", ["bunga matahari", "kuaci"], ["Nusa Tenggara Barat", "Jawa Tengah"])

# ------------------------------------------------------------------ coir (sabut), cocopeat
N("sabut", T, "inhil", "kami mau pelatihan buat cocomesh dr sabut kelapa, sabut numpuk aja di kebun", ["sabut kelapa", "cocomesh"])
N("sabut", T, "halsel", "torang mo blajar olah sabut kelapa jadi tali deng keset", ["sabut"])
N("cocofiber", M, "tanjab", "jual serat sabut (cocofiber) 10 ton/bln, cari pembeli tetap", ["cocofiber", "sabut kelapa"])
N("cocofiber", M, "minut", "coconut husk fibre for sale, 4 ton per month, need buyer", ["coir"])
N("cocopeat", M, "ciamis", "punten, abdi gaduh cocopeat / serbuk sabut 6 ton, saha nu peryogi?", ["cocopeat"])
N("mesin_sabut", R, "inhil", "butuh mesin pengurai sabut (decorticator) bantuan utk kelompok", ["mesin sabut"])
O("sabut", T, "programme", "Program Hilirisasi Kelapa", "Kota Administrasi Jakarta Pusat", "Pelatihan Pengolahan Sabut Kelapa: Cocomesh, Tali, Keset, dan Cocopot", ["sabut kelapa", "cocomesh"], [], desc="3 hari praktik, alat tenun cocomesh disediakan, peserta maks 25 orang per kelompok.")
O("sabut", T, "programme", "Green Coast Foundation", "Kota Pekanbaru", "Coir processing training: geotextile (cocomesh) weaving", ["coir"], ["Riau", "Jambi"])
O("tempurung", T, "trainer", "Sanggar Batok Art", "Kota Yogyakarta", "Pelatihan kerajinan batok / tempurung kelapa", ["tempurung kelapa"], ["Riau", "Maluku Utara", "Maluku", "DI Yogyakarta"])
O("vco", T, "programme", "Dinas Perkebunan", "Kota Manado", "Pelatihan pembuatan VCO (minyak kelapa murni)", ["VCO", "kelapa"], ["Sulawesi Utara", "Maluku Utara", "Riau", "Lampung"])
O("sabut", T, "trainer", "Pak Hengky Sabut", "Kota Manado", "Pelatihan pengolahan sabut kelapa", ["sabut kelapa"], ["Sulawesi Utara"])
O("cocofiber", M, "buyer", "CV Serat Jambi", "Kota Jambi", "Beli cocofiber / serat sabut press bal, 20 ton/bulan, Rp 2.800/kg", ["cocofiber"], ["Jambi", "Riau"])
O("cocofiber", M, "buyer", "Indo Coir Export", "Kota Surabaya", "Coir fibre exporter, buying baled coconut fibre, all islands", ["coir fibre"], [])
O("cocopeat", M, "buyer", "Nursery Supply Bandung", "Kota Bandung", "Beli cocopeat blok 5 kg untuk media tanam", ["cocopeat"], ["Jawa Barat"])
O("cocopeat", M, "buyer", "GrowMedia Export", "Kota Semarang", "Cocopeat buyer (low EC, washed blocks) for export", ["cocopeat"], [])
O("kopra", M, "buyer", "UD Kopra Minahasa", "Kota Bitung", "Beli kelapa butir dan kopra", ["kopra", "kelapa"], ["Sulawesi Utara", "Jambi"])
O("cocofiber", M, "buyer", "Toko Sabut Manado", "Kota Manado", "Beli sabut kelapa", ["sabut kelapa"], ["Kota Manado"])
O("mesin_sabut", R, "programme", "Hibah UKM Riau", "Kota Pekanbaru", "Mesin pengurai sabut kelapa + ayakan cocopeat, program hibah", ["mesin sabut"], ["Riau"])
O("mesin_sabut", R, "supplier", "Coirtech Machinery", "Kota Surabaya", "Coir decorticator machines, 1-2 t/day", ["decorticator"], [])
O("mesin_parut", R, "supplier", "Bengkel Las Mandiri", "Kota Pekanbaru", "Mesin parut kelapa dan pemeras santan", ["mesin", "kelapa"], ["Riau"])

# ------------------------------------------------------------------ nata de coco
N("nata", T, "padpar", "awak nio baraja mambuek nata de coco dari aia kalapa", ["nata de coco"])
N("nata", T, "tuba", "pelatihan bikin nata, air kelapa bnyk kebuang", ["nata"])
N("nata", M, "bantul", "jual nata de coco lembaran mentah 1 ton/minggu, cari pabrik minuman", ["nata de coco"])
O("nata", T, "trainer", "Bu Yetti Nata", "Kota Padang", "Pelatihan Pembuatan Nata de Coco Skala Rumah Tangga", ["nata de coco"], ["Sumatera Barat", "Riau"])
O("nata", T, "programme", "Coconut Value Academy", "Kota Bogor", "Nata de coco production from coconut water (online class)", ["nata de coco"], [])
O("nata_soya", T, "trainer", "Bu Endang Tahu", "Kota Bandung", "Pelatihan pembuatan nata de soya dari limbah cair tahu", ["nata de soya"], ["Sumatera Barat", "Lampung", "Jawa Barat"])
O("nata", T, "trainer", "Pak Rudi Nata", "Kota Bandar Lampung", "Pelatihan nata de coco", ["nata de coco"], ["Kota Bandar Lampung"])
O("kolang_kaling", T, "trainer", "Bu Asih", "Kota Bandar Lampung", "Pelatihan pengolahan kolang-kaling", ["kolang-kaling"], ["Lampung"])
O("nata", M, "buyer", "PT Minuman Segar", "Bogor", "Pabrik minuman beli nata de coco lembaran mentah, 5 ton/minggu", ["nata de coco"], [])
O("nata", M, "buyer", "UD Nata Sleman", "Sleman", "Beli nata lembaran, Rp 3.500/kg", ["nata"], ["DI Yogyakarta", "Jawa Tengah"])
O("air_kelapa", M, "buyer", "CV Segar Kelapa", "Kota Yogyakarta", "Beli air kelapa tua, 2.000 liter/hari", ["air kelapa"], ["DI Yogyakarta"])
O("nata", M, "buyer", "Nata Buyer Jogja", "Kota Yogyakarta", "Nata de coco buyer", ["nata de coco"], ["Kota Yogyakarta"])

# ------------------------------------------------------------------ tapioca
N("tapioka", M, "pati", "jual tepung tapioka 20 ton/bln kualitas 2, cari pembeli tetap", ["tapioka"])
N("tapioka", M, "lamtim", "kami jual aci / tapioka basah dr singkong, butuh buyer", ["aci", "tapioka"])
O("tapioka", M, "buyer", "CV Kanji Surabaya", "Kota Surabaya", "Beli tapioka (tepung kanji) kualitas 1 & 2, Rp 7.800/kg, min 10 ton", ["tapioka", "kanji"], ["Jawa Tengah", "Jawa Timur", "Lampung"])
O("tapioka", M, "buyer", "PaperPro Indonesia", "Kabupaten Serang", "Tapioca starch wanted for paper mill", ["tapioca starch"], [])
O("singkong", M, "buyer", "Pabrik Tapioka Sinar Lampung", "Lampung Tengah", "Beli singkong segar / ubi kayu untuk pabrik tapioka", ["singkong", "tapioka"], ["Lampung"])
O("mocaf", M, "buyer", "Mocaf Nusantara", "Kota Semarang", "Beli tepung mocaf", ["mocaf"], ["Jawa Tengah", "Lampung"])
O("onggok", M, "buyer", "Pabrik Pakan Ternak Jaya", "Pati", "Beli onggok (ampas tapioka) untuk pakan", ["onggok", "ampas tapioka"], ["Jawa Tengah", "Lampung"])
O("sagu", M, "buyer", "UD Sagu Meranti", "Kepulauan Meranti", "Beli tepung sagu", ["sagu"], [])

# ------------------------------------------------------------------ ijuk, lidi
N("sapu_ijuk", T, "agam", "kami ibu2 nak pelatihan buek sapu ijuak, ijuak banyak di kampuang", ["sapu ijuk"])
N("ijuk", M, "rejang", "jual ijuk aren serat 3 ton, cari pengepul", ["ijuk"])
N("lidi", M, "muarojambi", "jual lidi sawit 5 ton, ada buyer ekspor?", ["lidi"])
O("sapu_ijuk", T, "trainer", "Pak Datuak Sapu", "Kota Bukittinggi", "Pelatihan Kerajinan Sapu dan Sikat dari Ijuk", ["sapu ijuk"], ["Sumatera Barat"])
O("anyaman_lidi", T, "trainer", "Bu Leni Lidi", "Kota Jambi", "Pelatihan anyaman lidi (piring, keranjang)", ["anyaman lidi"], ["Jambi", "Sumatera Barat"])
O("gula_aren", T, "programme", "Aren Lestari", "Kota Padang", "Pelatihan penyadapan aren dan pembuatan gula aren", ["aren"], [])
O("ijuk", M, "buyer", "UD Ijuk Garut", "Garut", "Dibeli ijuk aren (serat) untuk sapu & atap, Rp 9.000/kg", ["ijuk"], [])
O("sapu_ijuk_jadi", M, "buyer", "Grosir Sapu Nusantara", "Kota Bandung", "Beli sapu ijuk jadi, 1.000 pcs/bulan", ["sapu ijuk"], [])
O("lidi", M, "buyer", "UD Lidi Riau", "Kota Pekanbaru", "Beli lidi sawit kering bersih", ["lidi"], ["Riau"])
O("lidi", M, "buyer", "Stick Trade", "Kota Medan", "Buying palm leaf sticks (lidi) for export to India and Nepal", ["palm sticks"], [], status="closed")

# ------------------------------------------------------------------ water hyacinth (eceng gondok / ilung)
N("eceng", T, "semarang", "pengin pelatihan kerajinan enceng gondok, Rawa Pening penuh enceng", ["enceng gondok"])
N("eceng", T, "minahasa", "water hyacinth craft training for PKK ladies at Lake Tondano", ["water hyacinth"])
N("eceng", T, "hsu", "ulun handak belajar menganyam ilung jadi tas, ilung di sungai banyak banar", ["ilung"], desc="Ibu-ibu 22 urang, sudah biasa menganyam purun gasan tikar.")
N("eceng", M, "kulonprogo", "jual tas & keranjang anyaman eceng gondok 300 pcs/bln", ["eceng gondok"])
N("eceng_kering", M, "semarang", "eceng gondok kering (bahan baku) 2 ton/bln siap kirim", ["eceng gondok kering"])
O("eceng", T, "programme", "Dinas Koperasi UMKM Jateng", "Kota Semarang", "Pelatihan Kerajinan Anyaman Eceng Gondok", ["eceng gondok"], ["Jawa Tengah"], cap=30)
O("eceng", T, "programme", "Lake Livelihoods Initiative", "Kota Bogor", "Water hyacinth weaving workshop (bags, baskets, boxes)", ["water hyacinth"], [])
O("eceng", T, "programme", "Dekranasda Kalsel", "Kota Banjarmasin", "Pelatihan kerajinan eceng gondok", ["eceng gondok"], ["Kalimantan Selatan"], status="closed")
O("kompos", T, "trainer", "Pak Joko Kompos", "Kota Semarang", "Pelatihan pembuatan pupuk kompos dari eceng gondok", ["kompos", "eceng gondok"], ["Jawa Tengah", "Sulawesi Utara"])
O("purun", T, "trainer", "Bu Hj. Masriah", "Kota Banjarbaru", "Pelatihan anyaman purun", ["purun"], ["Kalimantan Selatan"])
O("eceng", M, "buyer", "Jogja Craft Export", "Kota Yogyakarta", "Beli kerajinan eceng gondok (tas, keranjang, box) untuk ekspor", ["eceng gondok"], [])
O("eceng_kering", M, "buyer", "CV Bahan Anyam", "Sleman", "Beli batang eceng gondok kering, Rp 6.000/kg, min 1 ton", ["eceng gondok kering"], ["DI Yogyakarta", "Jawa Tengah"])
O("eceng", M, "buyer", "Bali Basket House", "Kota Denpasar", "Water hyacinth basket buyer", ["water hyacinth"], ["Bali", "DI Yogyakarta"])
O("mendong", M, "buyer", "Tikar Mendong Tasik", "Tasikmalaya", "Beli anyaman mendong", ["mendong"], ["Jawa Barat", "DI Yogyakarta"])

# ------------------------------------------------------------------ wooden toys
N("mainan_kayu", T, "jepara", "limbah kayu mebel bnyk, mau pelatihan bikin mainan edukatif (puzzle, balok)", ["mainan kayu"])
N("mainan_kayu", T, "tasik", "kelompok pemuda hoyong diajar ngadamel APE tina kai", ["APE"])
N("mainan_kayu", M, "bantul2", "jual mainan kayu edukatif 500 set/bln, cari toko / buyer", ["mainan kayu"])
O("mainan_kayu", T, "programme", "Program Ekonomi Kreatif", "Kota Administrasi Jakarta Pusat", "Pelatihan Pembuatan Alat Permainan Edukatif (APE) dari Kayu", ["APE", "mainan kayu"], [])
O("mainan_kayu", T, "trainer", "Toy Workshop Semarang", "Kota Semarang", "Wooden toy making & child-safe finishing", ["wooden toys"], ["Jawa Tengah"])
O("ukir", T, "trainer", "Pak Kasmin Ukir", "Jepara", "Pelatihan ukir kayu motif Jepara", ["ukir kayu"], ["Jawa Tengah"])
O("mebel", T, "programme", "BLK Kayu", "Kota Semarang", "Pelatihan pertukangan kayu dan mebel", ["kayu", "mebel"], ["Jawa Tengah", "Jawa Barat"])
O("ape_paud", T, "programme", "Himpaudi", "Kota Bandung", "Pelatihan penggunaan APE untuk guru PAUD", ["APE", "PAUD"], [])
O("mainan_kayu", M, "buyer", "EuroToys Sourcing", "Kota Yogyakarta", "Buying wooden educational toys (puzzles, blocks), EN71 tested", ["wooden toys"], [])
O("mainan_kayu", M, "buyer", "Toko Edukids", "Kota Yogyakarta", "Toko mainan edukatif beli puzzle & balok kayu", ["mainan kayu"], ["DI Yogyakarta"])
O("serbuk_kayu", M, "buyer", "Pabrik Briket Serbuk", "Sleman", "Beli limbah kayu dan serbuk gergaji", ["limbah kayu"], ["DI Yogyakarta"])
O("mainan_plastik", M, "buyer", "Distributor Mainan Anak", "Kota Surabaya", "Distributor mainan anak (plastik & boneka) cari pemasok", ["mainan"], [])

# ------------------------------------------------------------------ music instruments
N("sasando", T, "rote", "pemuda di sini mo blajar bikin sasando, tukang tua su sedikit", ["sasando"])
N("gamelan", T, "sukoharjo", "nyuwun pelatihan nglaras (stem) gamelan, gamelan desa sdh fals", ["gamelan"])
N("angklung", T, "bandungbarat", "hoyong pelatihan ngadamel angklung kanggo karang taruna", ["angklung"])
N("angklung", M, "kabbandung", "jual angklung set 1 oktaf, 50 set/bln", ["angklung"])
O("sasando", T, "trainer", "Sanggar Sasando Kupang", "Kota Kupang", "Pelatihan Pembuatan dan Permainan Sasando", ["sasando"], ["Nusa Tenggara Timur"])
O("lontar", T, "trainer", "Mama Yuli Anyaman", "Kota Kupang", "Pelatihan anyaman daun lontar (ti'i langga, tas)", ["lontar"], ["Nusa Tenggara Timur"])
O("musik", T, "trainer", "Sekolah Musik Harmoni", "Kota Kupang", "Kursus musik gitar dan keyboard", ["musik"], ["Nusa Tenggara Timur"])
O("gamelan", T, "trainer", "Empu Gamelan Surakarta", "Kota Surakarta", "Workshop Laras dan Perawatan Gamelan Jawa", ["gamelan", "laras"], ["Jawa Tengah", "DI Yogyakarta"])
O("gamelan", T, "trainer", "Bali Gamelan Smiths", "Klungkung", "Gamelan tuning and repair course", ["gamelan"], ["Bali"])
O("karawitan", T, "programme", "Dinas Kebudayaan", "Kota Surakarta", "Pelatihan menabuh gamelan (karawitan) untuk anak", ["gamelan", "karawitan"], [])
O("angklung", T, "trainer", "Saung Angklung Bandung", "Kota Bandung", "Pelatihan Pembuatan Angklung dan Pemilihan Bambu", ["angklung"], ["Jawa Barat"])
O("angklung_main", T, "programme", "Program Seni Sekolah", "Kota Bandung", "Pelatihan bermain angklung untuk guru", ["angklung"], [])
O("bambu", T, "trainer", "Pak Ujang Awi", "Tasikmalaya", "Pelatihan kerajinan bambu", ["bambu"], ["Jawa Barat"])
O("angklung", M, "buyer", "Yayasan Musik Sekolah", "Kota Administrasi Jakarta Selatan", "Beli angklung diatonis untuk sekolah, 200 set", ["angklung"], [])
O("angklung", M, "buyer", "Angklung Export House", "Kota Bandung", "Angklung exporter sourcing from craftsmen", ["angklung"], ["Kota Bandung"])
O("bambu_hitam", M, "buyer", "Pengrajin Angklung Saung", "Kota Bandung", "Beli bambu hitam untuk bahan angklung", ["bambu hitam"], ["Jawa Barat"])

# ------------------------------------------------------------------ kites
N("layangan", M, "gianyar", "jual layangan Bali (bebean, janggan) pesanan festival", ["layangan"])
N("layangan", T, "pangandaran", "blajar bikin layangan hias buat festival pantai, ada pelatih?", ["layangan hias"])
O("layangan", M, "buyer", "Toko Layang Nusantara", "Kota Administrasi Jakarta Barat", "Pembeli layang-layang hias untuk toko & festival, 1.000 pcs", ["layang-layang"], [])
O("layangan", M, "buyer", "Bali Kite Shop", "Kota Denpasar", "Kite shop buying handmade traditional kites", ["kites"], ["Bali"])
O("layangan", T, "trainer", "Museum Layang-layang", "Kota Administrasi Jakarta Selatan", "Pelatihan Pembuatan Layang-layang Hias", ["layang-layang"], ["Jawa Barat", "Banten"])
O("kitesurf", T, "trainer", "Pangandaran Kite School", "Pangandaran", "Kitesurfing instructor course", ["kitesurfing"], [])

# ------------------------------------------------------------------ fishing nets
N("jaring_perbaikan", T, "sangihe", "torang pe jaring cepat rusak, mo blajar menjahit / perbaiki jaring", ["jaring"])
N("jaring_perbaikan", T, "majene", "pelatihan perbaikan jaring insang utk nelayan muda", ["jaring insang"])
N("jaring_baru", R, "natuna", "butuh bantuan jaring insang baru 20 pis utk kelompok", ["jaring"])
O("jaring_perbaikan", T, "programme", "BPPP Bitung", "Kota Bitung", "Pelatihan Perbaikan dan Perakitan Alat Tangkap (Jaring)", ["jaring", "alat tangkap"], ["Sulawesi Barat", "Sulawesi Selatan"])
O("jaring_perbaikan", T, "programme", "Coastal Fisheries NGO", "Kota Makassar", "Net mending course for small-scale fishers", ["net mending"], ["Sulawesi Barat"])
O("paranet", T, "trainer", "Kebun Sayur Pro", "Kota Manado", "Pelatihan pemasangan jaring paranet untuk kebun", ["paranet", "jaring"], [])
O("internet", T, "programme", "Desa Digital", "Kota Manado", "Pelatihan jaringan internet desa (RT RW net)", ["jaringan internet"], [])
O("mesin_tempel", T, "trainer", "Bengkel Marine", "Kota Bitung", "Pelatihan perbaikan mesin tempel perahu", ["mesin tempel"], [])
O("jaring_baru", R, "programme", "Bantuan KKP", "Kota Tanjung Pinang", "Bantuan alat tangkap: jaring insang dan pancing ulur", ["jaring insang"], ["Kepulauan Riau"])
O("jaring_baru", R, "supplier", "Nusantara Nets", "Kota Surabaya", "Gill nets and nylon twine wholesale", ["gill nets"], [])
O("paranet", R, "supplier", "Toko Tani Jaya", "Kota Batam", "Jaring paranet / shade net 70%", ["paranet"], [])
O("keramba", R, "supplier", "KJA Batam", "Kota Batam", "Jaring keramba jaring apung (KJA)", ["keramba", "jaring"], ["Kepulauan Riau"])

# ------------------------------------------------------------------ sea grapes
N("lawi", M, "takalar", "jual lawi-lawi segar 100 kg/hari, cari pembeli resto / ekspor", ["lawi-lawi"])
N("lawi", M, "rembang", "latoh segar siap kirim, sapa butuh?", ["latoh"])
N("lawi", T, "malra", "mau blajar budidaya anggur laut (lawi) di pantai ohoi", ["anggur laut"])
O("lawi", M, "buyer", "Umi Seafood Trading", "Kota Surabaya", "Sea grapes (Caulerpa) wanted, fresh, for export to Japan", ["sea grapes", "caulerpa"], [])
O("lawi", M, "buyer", "Resto Seafood Losari", "Kota Makassar", "Beli lawi-lawi segar untuk restoran seafood", ["lawi-lawi"], ["Sulawesi Selatan"])
O("rumput_laut", M, "buyer", "CV Rumput Laut Takalar", "Takalar", "Beli rumput laut kering (cottonii)", ["rumput laut"], ["Sulawesi Selatan", "Jawa Tengah"])
O("anggur", M, "buyer", "Toko Buah Segar", "Kota Surabaya", "Beli anggur (buah) segar dari kebun", ["anggur"], [])
O("lawi", T, "programme", "Balai Perikanan Budidaya Laut", "Kota Ambon", "Pelatihan Budidaya Anggur Laut (Caulerpa)", ["anggur laut"], ["Maluku", "Sulawesi Selatan"])
O("rumput_laut", T, "programme", "Seaweed Academy", "Kota Ambon", "Pelatihan budidaya rumput laut", ["rumput laut"], [])
O("anggur", T, "trainer", "Kebun Anggur Probolinggo", "Probolinggo", "Pelatihan budidaya anggur", ["anggur"], [])

# ------------------------------------------------------------------ octopus
N("gurita", M, "wakatobi", "jual gurita beku 2 ton/bln, cari eksportir", ["gurita"], desc="Gurita hasil tangkap tradisional (pancing gurita), beku di cold storage desa, size 1-3 kg.")
N("gurita", M, "bangkep", "octopus buyer?? kami nelayan, tangkap gurita tiap hari", ["octopus"])
O("gurita", M, "buyer", "Medi Octopus Export", "Kota Kendari", "Octopus buyer, frozen whole, export to Italy and Spain", ["octopus"], ["Sulawesi Tenggara", "Sulawesi Tengah", "Maluku"])
O("gurita", M, "buyer", "UD Gurita Kendari", "Kota Kendari", "Beli gurita segar / beku, Rp 45.000/kg", ["gurita"], ["Sulawesi Tenggara"])
O("cumi", M, "buyer", "CV Cumi Makmur", "Kota Kendari", "Beli cumi-cumi dan sotong", ["cumi", "sotong"], ["Sulawesi Tenggara", "Sulawesi Tengah"])
O("gurita", M, "buyer", "Sinar Laut", "Kota Baubau", "Beli gurita", ["gurita"], [], status="closed")
O("teripang", M, "buyer", "UD Teripang Buton", "Kota Baubau", "Beli teripang kering", ["teripang"], ["Sulawesi Tenggara"])

# ------------------------------------------------------------------ turkey, geese, deer
N("kalkun", T, "boyolali", "pengin ternak kalkun, mboten ngertos pakan lan kandange", ["kalkun"])
N("kalkun", T, "gowa", "turkey farming training, ada ki?", ["turkey"])
N("kalkun", M, "karawang", "jual kalkun hidup 150 ekor bobot 6-8 kg", ["kalkun"])
N("angsa", M, "lotim", "jual angsa hidup 80 ekor, kance2 ternak bnyk", ["angsa"])
N("rusa", T, "merauke", "sa pu kelompok mau tangkar rusa, tra tau aturan dan cara", ["rusa"])
O("kalkun", T, "trainer", "Peternakan Kalkun Sleman", "Sleman", "Pelatihan Budidaya Kalkun Pedaging", ["kalkun"], ["Jawa Tengah", "DI Yogyakarta"])
O("kalkun", T, "programme", "Poultry Learning Online", "Kota Bogor", "Turkey rearing course (online)", ["turkey"], [])
O("ayam_kampung", T, "programme", "Dinas Peternakan", "Kota Makassar", "Pelatihan beternak ayam kampung super", ["ayam kampung"], [])
O("itik", T, "trainer", "Pak Darto Itik", "Kota Makassar", "Pelatihan budidaya itik petelur", ["itik"], ["Sulawesi Selatan", "Jawa Tengah"])
O("kalkun", T, "trainer", "Kalkun Makassar", "Kota Makassar", "Pelatihan ternak kalkun", ["kalkun"], ["Kota Makassar"])
O("kalkun", M, "buyer", "Hotel Meat Supply", "Kota Administrasi Jakarta Barat", "Beli kalkun hidup untuk restoran & hotel, 100 ekor/bln", ["kalkun"], ["Jawa Barat", "DKI Jakarta", "Banten"])
O("telur_kalkun", M, "buyer", "Penetasan Unggas Bogor", "Bogor", "Beli telur kalkun tetas", ["telur kalkun"], [])
O("ayam_kampung", M, "buyer", "Pengepul Ayam Kampung", "Kota Bekasi", "Pembeli ayam kampung hidup", ["ayam kampung"], ["Jawa Barat", "Nusa Tenggara Barat"])
O(["angsa", "entok"], M, "buyer", "Pengepul Unggas Jembrana", "Jembrana", "Beli angsa & entok hidup", ["angsa", "entok"], ["Bali", "Jawa Timur"])
O("angsa", M, "buyer", "Hotel Supply Mataram", "Kota Mataram", "Live geese wanted for hotels", ["geese"], ["Kota Mataram"])
O("bulu_angsa", M, "buyer", "Pabrik Shuttlecock", "Kota Surabaya", "Beli bulu angsa untuk shuttlecock", ["bulu angsa"], [])
O("rusa", T, "programme", "BKSDA NTT", "Kota Kupang", "Pelatihan Penangkaran Rusa Timor", ["rusa", "penangkaran"], ["Nusa Tenggara Timur"])
O("rusa", T, "programme", "BBKSDA Papua", "Kota Jayapura", "Pelatihan penangkaran rusa", ["rusa"], ["Papua"])
O("burung", T, "programme", "Konservasi Burung Papua", "Kota Jayapura", "Pelatihan penangkaran burung kakatua dan nuri", ["penangkaran burung"], ["Papua", "Papua Selatan"])
O("dendeng_rusa", M, "buyer", "Toko Oleh-oleh Merauke", "Merauke", "Beli dendeng rusa", ["dendeng rusa"], ["Papua Selatan"])

# ------------------------------------------------------------------ video / YouTube
N("video", T, "banyuwangi", "pelatihan bikin video promosi desa pakai hp + upload YouTube", ["video", "youtube"])
N("video", T, "torut", "kurre sumanga', kami mau belajar edit video utk konten wisata", ["edit video"])
N("video", T, "rajaampat", "Content creator training for our youth, video editing for homestay promo", ["video editing"])
O("video", T, "programme", "Kominfo Literasi Digital", "Kota Administrasi Jakarta Pusat", "Pelatihan Produksi Video dan Pengelolaan Kanal YouTube", ["video", "youtube"], [])
O("video", T, "trainer", "Kreator Osing", "Kota Denpasar", "Kelas videografi & editing dengan smartphone (CapCut)", ["videografi", "editing"], ["Jawa Timur", "Bali"])
O("foto", T, "trainer", "Foto Produk UMKM", "Kota Makassar", "Pelatihan fotografi produk", ["fotografi"], [])
O("pemasaran_digital", T, "programme", "UMKM Go Digital", "Kota Makassar", "Pelatihan pemasaran digital di marketplace", ["pemasaran digital"], [])
O("video", T, "trainer", "Sinema Makassar", "Kota Makassar", "Kelas video", ["video"], ["Sulawesi Selatan"], status="closed")
O("cctv", T, "trainer", "Teknisi Keamanan", "Kota Surabaya", "Pelatihan instalasi CCTV (kamera video) untuk keamanan desa", ["cctv"], [])

# ------------------------------------------------------------------ computer literacy
N("komputer", T, "jayawijaya", "sa pu staf kampung trada yg bisa komputer, mohon pelatihan Word Excel", ["komputer"], desc="Ada 2 laptop dari dana desa tapi tra ada yg pakai. Laporan masih tulis tangan.")
N("komputer", T, "kaur", "pelatihan komputer dasar untuk perangkat desa, MS Office", ["komputer", "ms office"])
N("komputer", T, "sintang", "basic computer class for village officials", ["computer"])
O("komputer", T, "programme", "BPSDM Kemendagri", "Kota Administrasi Jakarta Pusat", "Pelatihan Komputer Dasar (Microsoft Office) bagi Aparatur Desa", ["komputer", "microsoft office"], ["Bengkulu", "Kalimantan Barat", "Papua"])
O("komputer", T, "programme", "Digital Villages Fund", "Kota Bandung", "Digital literacy & basic computer skills course", ["computer skills"], ["Bengkulu", "Kalimantan Barat", "Jawa Tengah"])
O("siskeudes", T, "programme", "BPKP", "Kota Administrasi Jakarta Timur", "Pelatihan aplikasi Siskeudes (keuangan desa)", ["siskeudes"], [])
O("servis_komputer", T, "trainer", "Servis Laptop Mandiri", "Kota Bengkulu", "Pelatihan servis laptop & komputer", ["servis komputer"], [])
O("komputer", T, "trainer", "LKP Komputer Bengkulu", "Kota Bengkulu", "Kursus komputer dasar", ["komputer"], ["Kota Bengkulu"])

# ------------------------------------------------------------------ tax
N("pajak", T, "gresik", "ibu2 UMKM blm punya NPWP, mau sosialisasi pajak UMKM 0,5% & lapor SPT", ["pajak", "npwp"])
N("pajak", T, "pessel", "pelatihan lapor pajak online utk usaha kelompok", ["pajak"])
N("pajak", T, "tanahlaut", "tax training for small business? kami bingung PPh final", ["tax"])
O("pajak", T, "programme", "KPP Pratama Edukasi", "Kota Administrasi Jakarta Selatan", "Kelas Pajak UMKM: NPWP, PPh Final 0,5%, dan e-Filing SPT", ["pajak", "npwp"], [])
O("pajak", T, "programme", "Tax Clinic Surabaya", "Kota Surabaya", "Tax clinic for micro enterprises", ["tax"], ["Jawa Timur"])
O("pembukuan", T, "programme", "Pusat Layanan Usaha Terpadu", "Kota Padang", "Pelatihan pembukuan sederhana UMKM", ["pembukuan"], [])
O("pbb", T, "programme", "Bapenda Provinsi", "Kota Padang", "Sosialisasi Pajak Bumi dan Bangunan (PBB) untuk perangkat desa", ["PBB", "pajak"], [])
O("nib", T, "programme", "DPMPTSP", "Kota Banjarmasin", "Pendampingan NIB dan izin usaha OSS", ["NIB"], [])

# ------------------------------------------------------------------ SNI
N("sni", T, "sidoarjo", "mau ngurus SNI utk produk kami, perlu pelatihan penerapan SNI", ["SNI"])
N("sni", T, "tangerang", "product standard certification (SNI) training? mainan anak kami wajib SNI", ["SNI"])
O("sni", T, "programme", "BSN Bimtek UMKM", "Kota Administrasi Jakarta Pusat", "Bimtek Penerapan dan Sertifikasi SNI bagi UMKM", ["SNI"], [], cap=50)
O("sni", T, "programme", "Export Standards Centre", "Kota Tangerang", "Standardisation & SNI mark workshop for exporters", ["SNI", "standard"], ["Banten", "DKI Jakarta"])
O("sni", T, "programme", "Balai Standardisasi Semarang", "Kota Semarang", "Bimtek SNI", ["SNI"], ["Jawa Tengah"])
O("halal", T, "programme", "Pendamping PPH", "Kota Surabaya", "Pendampingan sertifikasi halal gratis", ["halal", "sertifikasi"], [])
O("pirt", T, "programme", "Dinkes", "Kota Surabaya", "Penyuluhan keamanan pangan untuk SPP-IRT", ["PIRT"], [])

# ------------------------------------------------------------------ scales
N("timbangan", R, "pohuwato", "butuh timbangan duduk 300 kg utk koperasi jagung, timbangan lama rusak", ["timbangan"])
O("timbangan", R, "supplier", "Toko Timbangan Nusantara", "Kota Surabaya", "Timbangan digital & timbangan duduk bertanda tera, kirim seluruh Indonesia", ["timbangan"], [])
O("timbangan", R, "programme", "Dinas Perdagangan Gorontalo", "Kota Gorontalo", "Bantuan timbangan untuk kelompok tani dan koperasi", ["timbangan"], ["Gorontalo"])
O("tera", R, "programme", "UPTD Metrologi Legal", "Kota Gorontalo", "Layanan tera ulang timbangan gratis", ["tera ulang", "timbangan"], ["Gorontalo"])
O("timbangan", R, "supplier", "Toko Timbangan Gorontalo", "Kota Gorontalo", "Timbangan gantung dan duduk", ["timbangan"], ["Kota Gorontalo"])

# ------------------------------------------------------------------ cookstoves, induction
N("tungku", R, "sikka", "mama2 masak pake tungku tiga batu, asap banyak. Ada bantuan tungku sehat?", ["tungku"], desc="25 rumah, anak2 sering batuk. Kayu bakar ambil dari hutan makin jauh.")
N("tungku", R, "tts", "improved cookstoves for 40 households please, smoke in kitchens", ["cookstove"])
N("tungku_buat", T, "loteng", "tiang mau pelatihan bikin tungku hemat kayu bakar dari tanah liat", ["tungku hemat energi"])
N("kompor_induksi", R, "kapuas", "perlu kompor listrik induksi utk dapur umum, listrik sdh 24 jam", ["kompor induksi"])
O("tungku", R, "programme", "Clean Cooking Alliance NTT-NTB", "Kota Kupang", "Improved biomass cookstoves (clean cooking), subsidised", ["cookstoves"], ["Nusa Tenggara Timur", "Nusa Tenggara Barat"])
O("tungku", R, "supplier", "UD Tungku Sehat", "Kota Kupang", "Tungku sehat hemat energi (TSHE) produksi lokal", ["tungku"], ["Kota Kupang"])
O("kompor_lpg", R, "programme", "Program Konversi LPG", "Kota Kupang", "Paket kompor gas LPG 3 kg (konversi)", ["kompor gas"], [])
O("biogas", R, "programme", "BIRU Biogas", "Kota Kupang", "Kompor dan digester biogas rumah tangga", ["biogas"], [])
O("kompor_induksi", R, "programme", "Program Dapur Listrik", "Kota Administrasi Jakarta Selatan", "Paket kompor induksi + panci (program konversi)", ["kompor induksi"], [])
O("kompor_induksi", R, "supplier", "Elektronik Palangka", "Kota Palangka Raya", "Induction cookers wholesale", ["induction cooker"], ["Kalimantan Tengah"])
O("rice_cooker", R, "supplier", "Grosir Elektronik", "Kota Palangka Raya", "Penanak nasi listrik (rice cooker) grosir", ["rice cooker", "listrik"], [])
O("tungku_buat", T, "programme", "Yayasan Energi Desa", "Kota Mataram", "Pelatihan Pembuatan Tungku Sehat Hemat Energi", ["tungku"], ["Nusa Tenggara Barat"])
O("gerabah", T, "trainer", "Sentra Gerabah Banyumulek", "Lombok Barat", "Pelatihan pembuatan gerabah dari tanah liat", ["gerabah"], [])

# ------------------------------------------------------------------ coconut-shell briquettes
N("briket", M, "kuburaya", "jual briket arang tempurung kelapa (shisha) 5 ton/bln", ["briket"])
N("briket", M, "polman", "briket tempurung siap ekspor, cari buyer", ["briket"])
N("briket", T, "sbb", "mau blajar bikin briket dari tempurung kelapa, beta pung kelompok su siap", ["briket"])
N("mesin_briket", R, "kukar", "butuh mesin cetak briket utk usaha kelompok", ["mesin briket"])
O("briket", M, "buyer", "Shisha Coal Trading", "Kota Surabaya", "Coconut shell charcoal briquettes (shisha / BBQ) buyer, 1 container/month", ["briquettes"], [])
O("briket", M, "buyer", "UD Briket Pontianak", "Kota Pontianak", "Beli briket arang tempurung, Rp 14.000/kg", ["briket"], ["Kota Pontianak"])
O("arang_tempurung", M, "buyer", "Pabrik Briket Jaya", "Kota Surabaya", "Beli arang tempurung kelapa (bahan baku briket)", ["arang tempurung"], [])
O("briket_batubara", M, "buyer", "Industri Batubara Sulbar", "Mamuju", "Beli briket batubara", ["briket batubara"], ["Sulawesi Barat"])
O("briket", T, "trainer", "Pak Yosef Briket", "Kota Ambon", "Pelatihan Pembuatan Briket Arang Tempurung Kelapa", ["briket"], ["Maluku", "Maluku Utara"])
O(["briket", "tungku_buat"], T, "programme", "Energi Biomassa Nusantara", "Kota Bogor", "Pelatihan energi biomassa desa: briket arang dari limbah dan tungku hemat", ["briket", "tungku"], [])
O("biochar", T, "programme", "Soil Carbon Lab", "Kota Bogor", "Pelatihan pembuatan biochar", ["biochar"], [])
O("mesin_briket", R, "supplier", "Teknik Briket Mandiri", "Kota Samarinda", "Mesin cetak briket (press) dan oven pengering", ["mesin briket"], [])
O("kiln", R, "supplier", "Drum Kiln Kaltim", "Kota Samarinda", "Drum pengarangan (kiln) tempurung", ["kiln"], ["Kalimantan Timur"])

# ------------------------------------------------------------------ village ambulance
N("ambulans", R, "mamasa", "butuh mobil ambulans desa, warga sakit ditandu jalan kaki ke puskesmas", ["ambulans"])
N("ambulans", R, "puncakjaya", "Village ambulance needed (4WD), kitong pu kampung jauh dari rumah sakit", ["ambulance"])
O("ambulans", R, "programme", "CSR Peduli Desa", "Kota Makassar", "Hibah ambulans desa untuk desa terpencil", ["ambulans"], ["Sulawesi Barat"], desc="Mobil double cabin 4x4 dengan tandu dan tabung oksigen; proposal lewat kepala desa.")
O("ambulans", R, "programme", "Highlands Health Fund", "Kota Jayapura", "Village ambulance grant", ["ambulance"], ["Papua"], status="closed")
O("mobil_jenazah", R, "supplier", "Karoseri Amanah", "Kota Makassar", "Mobil jenazah dan keranda", ["mobil jenazah"], [])
O("pickup", R, "supplier", "Dealer Pick-up Tani", "Kota Makassar", "Mobil pick-up untuk angkut hasil panen", ["mobil", "pick-up"], [])
O("ambulans", R, "supplier", "Karoseri Mamuju", "Mamuju", "Ambulans desa", ["ambulans"], ["Kabupaten Mamuju"])

# ------------------------------------------------------------------ glasses, hearing aids, wheelchairs
N("kacamata", R, "kebumen", "simbah2 lansia butuh kacamata baca gratis, sdh ga bisa baca Quran", ["kacamata"])
N("abd", R, "bangka", "ada bantuan alat bantu dengar utk anggota lansia dak? 12 org", ["alat bantu dengar"])
N("abd", R, "konsel", "hearing aids for our elderly members, some cannot hear at all", ["hearing aids"])
N("kursi_roda", R, "sumbatimur", "butuh kursi roda utk 6 anggota disabilitas", ["kursi roda"])
N("kursi_roda_servis", T, "garut", "pelatihan servis kursi roda utk kader RBM", ["kursi roda"])
O("kacamata", R, "programme", "Vision for Elders", "Kota Semarang", "Free reading glasses & eye screening for the elderly", ["reading glasses"], [])
O("kacamata", R, "programme", "Dinkes Jateng", "Kota Semarang", "Pembagian kacamata baca gratis untuk lansia", ["kacamata baca"], ["Jawa Tengah"])
O("katarak", R, "programme", "Bakti Sosial Mata", "Kota Semarang", "Operasi katarak gratis", ["katarak", "mata"], [])
O("kacamata_las", R, "supplier", "Toko Safety", "Kota Semarang", "Kacamata safety / goggles untuk las", ["kacamata"], [])
O("abd", R, "programme", "Dengar Bersama", "Kota Palembang", "Bantuan alat bantu dengar (hearing aids) dan tes pendengaran", ["alat bantu dengar"], ["Kepulauan Bangka Belitung", "Sumatera Selatan"])
O("abd", R, "programme", "Hear Indonesia", "Kota Kendari", "Hearing aids donation programme", ["hearing aids"], [], status="closed")
O("alat_bantu_jalan", R, "supplier", "Alkes Sejahtera", "Kota Kendari", "Alat bantu jalan (walker, tongkat)", ["alat bantu"], [])
O("kursi_roda", R, "programme", "Yayasan Kursi Roda", "Kota Kupang", "Kursi roda standar & adaptif untuk penyandang disabilitas", ["kursi roda"], [])
O("kursi_roda", R, "programme", "Mobility Sumba", "Sumba Barat", "Wheelchairs for rural users", ["wheelchairs"], ["Kabupaten Sumba Barat"])
O("sparepart_kursi_roda", R, "supplier", "Alkes Parts", "Kota Kupang", "Sparepart kursi roda (ban, bearing)", ["kursi roda", "sparepart"], [])
O("kursi_roda_servis", T, "programme", "Pusat Rehabilitasi Jabar", "Kota Bandung", "Pelatihan Teknisi Perbaikan dan Perawatan Kursi Roda", ["kursi roda"], ["Jawa Barat"])
O("kursi_roda_servis", T, "programme", "Wheelchair Service Network", "Kota Bandung", "Wheelchair service training (WHO basic level)", ["wheelchair"], [])
O("sepeda", T, "trainer", "Bengkel Sepeda Onthel", "Garut", "Pelatihan servis sepeda", ["sepeda"], [])
O("caregiver", T, "programme", "Rumah Difabel", "Kota Bandung", "Pelatihan pendamping penyandang disabilitas", ["disabilitas"], [])

# ------------------------------------------------------------------ dental health
N("gigi", T, "jeneponto", "anak2 banyak gigi berlubang, mau penyuluhan kesehatan gigi & sikat gigi massal", ["kesehatan gigi"])
N("gigi", T, "lebak", "kader UKGMD butuh pelatihan, kite baru dibentuk", ["UKGMD"])
N("gigi", T, "alor", "dental health training for Sunday-school teachers and kader", ["dental"])
O("gigi", T, "programme", "PDGI Peduli", "Kota Makassar", "Pelatihan Kader Kesehatan Gigi dan Mulut Masyarakat", ["kesehatan gigi"], ["Sulawesi Selatan", "Banten"])
O("gigi", T, "programme", "Smile Villages", "Kota Denpasar", "Oral health promotion training for community health volunteers", ["oral health"], [])
O("posyandu", T, "programme", "Dinkes Kabupaten", "Kota Makassar", "Pelatihan kader posyandu: pemantauan tumbuh kembang", ["posyandu", "kader"], [])
O("ctps", T, "programme", "WASH Sekolah", "Kota Serang", "Pelatihan cuci tangan pakai sabun (CTPS) di sekolah", ["CTPS"], [])
O("gigi", T, "trainer", "Klinik Gigi Kupang", "Kota Kupang", "Pelatihan kesehatan gigi", ["kesehatan gigi"], ["Kota Kupang"])

# ------------------------------------------------------------------ child protection, paralegal
N("perlindungan_anak", T, "cianjur", "bentuk PATBM di desa, butuh pelatihan aktivis perlindungan anak", ["perlindungan anak", "PATBM"])
N("perlindungan_anak", T, "lombokutara", "banyak merariq kodeq di sini, mau pelatihan cegah kawin anak", ["perkawinan anak"])
N("perlindungan_anak", T, "tanimbar", "child protection training for church youth & teachers", ["child protection"])
N("paralegal", T, "sigi", "pelatihan paralegal utk dampingi korban KDRT, di desa ndak ada pengacara", ["paralegal", "KDRT"], desc="Tahun ini sdh 7 kasus di desa kami, korban takut lapor. Kami 18 perempuan siap jadi pendamping.")
N("paralegal", T, "karo", "kami perempuan mau blajar jadi paralegal, kasus kekerasan rumah tangga banyak kali", ["paralegal"])
O("perlindungan_anak", T, "programme", "KemenPPPA", "Kota Administrasi Jakarta Pusat", "Pelatihan Aktivis PATBM dan Pencegahan Perkawinan Anak", ["perlindungan anak", "PATBM"], [], desc="Modul KemenPPPA, 4 hari, termasuk mekanisme rujukan kasus dan pencegahan perkawinan anak.")
O("perlindungan_anak", T, "programme", "Safe Childhood Network", "Kota Ambon", "Child safeguarding training for community leaders", ["child safeguarding"], ["Maluku", "Papua"])
O("parenting", T, "programme", "Sekolah Orang Tua", "Kota Bandung", "Pelatihan pengasuhan anak (parenting) usia dini", ["parenting", "anak"], [])
O("paud", T, "programme", "Himpaudi Jateng", "Kota Semarang", "Pelatihan guru PAUD", ["PAUD"], [])
O("perlindungan_anak", T, "programme", "LPA Jateng", "Kota Semarang", "Pelatihan perlindungan anak", ["perlindungan anak"], ["Jawa Tengah"])
O("paralegal", T, "programme", "LBH Perempuan", "Kota Palu", "Pelatihan Paralegal Berbasis Komunitas untuk Pendampingan Korban Kekerasan", ["paralegal"], ["Sulawesi Tengah", "Sumatera Utara"])
O("paralegal", T, "programme", "Justice for Women Online", "Kota Administrasi Jakarta Selatan", "Community paralegal course on gender-based violence (online)", ["paralegal"], [])
O("hukum_tanah", T, "programme", "BPN Penyuluhan", "Kota Palu", "Penyuluhan hukum pertanahan dan sertifikat tanah", ["sertifikat tanah"], [])
O("paralegal", T, "programme", "Posbakum Palu", "Kota Palu", "Pelatihan paralegal", ["paralegal"], ["Kota Palu"])
O("kespro", T, "programme", "PKBI", "Kota Medan", "Pelatihan konselor sebaya remaja (kesehatan reproduksi)", ["konselor sebaya"], [])

# ------------------------------------------------------------------ cooperative audit
N("audit_koperasi", T, "sanggau", "pengawas koperasi kami perlu pelatihan audit internal, RAT dah dekat", ["audit koperasi"])
N("audit_koperasi", T, "sumenep", "cooperative audit training for our supervisors (pengawas)", ["audit"])
O("audit_koperasi", T, "programme", "Diklat Perkoperasian", "Kota Surabaya", "Diklat Pengawas Koperasi: Audit Internal dan Pemeriksaan Keuangan", ["audit", "pengawas koperasi"], ["Kalimantan Barat", "Jawa Timur"], desc="Untuk pengawas koperasi simpan pinjam dan credit union menjelang RAT.")
O("audit_koperasi", T, "programme", "Credit Union Academy", "Kota Pontianak", "Internal audit for credit unions and cooperatives (blended)", ["internal audit"], [])
O("pembukuan", T, "programme", "Dinas Koperasi", "Kota Pontianak", "Pelatihan pembukuan koperasi", ["pembukuan koperasi"], [])
O("badan_hukum_koperasi", T, "programme", "Notaris Koperasi", "Kota Surabaya", "Pelatihan pendirian koperasi dan badan hukum", ["koperasi"], [])
O("audit_energi", T, "programme", "Energy Efficiency Desk", "Kota Surabaya", "Audit energi untuk UMKM", ["audit energi"], [])

# ------------------------------------------------------------------ village head election
N("pilkades", T, "blitar", "panitia pilkades baru dibentuk, butuh bimtek tata cara pemilihan kepala desa", ["pilkades"])
N("pilkades", T, "pidie", "pelatihan panitia pemilihan keuchik, gampong kamoe baro pertama kali", ["pemilihan keuchik"])
O("pilkades", T, "programme", "Bimtek Pemerintahan Desa", "Kota Surabaya", "Bimtek Panitia Pemilihan Kepala Desa (Pilkades) Serentak", ["pilkades"], ["Jawa Timur", "Aceh"])
O("pemilu", T, "programme", "KPU Pelatihan", "Kota Administrasi Jakarta Pusat", "Pelatihan KPPS Pemilu dan Pemilihan Kepala Daerah", ["pemilihan", "KPPS"], [])
O("rpjmdes", T, "programme", "Pemberdayaan Desa", "Kota Banda Aceh", "Pelatihan penyusunan RPJMDes", ["RPJMDes"], [])
O("pilkades", T, "programme", "Bagian Pemerintahan Kota Blitar", "Kota Blitar", "Bimtek pilkades", ["pilkades"], ["Kota Blitar"])

# ------------------------------------------------------------------ house wiring, AC
N("listrik", T, "nabire", "pemuda kampung mo blajar instalasi listrik rumah, banyak rumah baru pasang", ["instalasi listrik"])
N("listrik", T, "aru", "pelatihan teknisi listrik (wiring) rumah tangga", ["listrik"])
N("ac", T, "bintan", "mau kursus servis AC, byk hotel & rumah butuh teknisi", ["servis AC"])
N("ac", T, "berau", "AC technician training for youth, air conditioner repair", ["air conditioner"])
O("listrik", T, "programme", "BLK Instalasi", "Kota Administrasi Jakarta Timur", "Pelatihan Instalasi Listrik Penerangan Rumah Tinggal (bersertifikat)", ["instalasi listrik"], [], cap=20)
O("listrik", T, "programme", "Power Skills Papua Barat", "Manokwari", "Domestic electrical wiring course", ["wiring"], ["Papua Barat"])
O("plts", T, "programme", "Surya Desa", "Kota Ambon", "Pelatihan instalasi dan perawatan PLTS atap", ["PLTS", "instalasi"], [])
O("plambing", T, "trainer", "Pak Udin Pipa", "Kota Ambon", "Pelatihan instalasi pipa air (plambing)", ["plambing", "instalasi"], [])
O("ac", T, "programme", "BLK Refrigerasi", "Kota Batam", "Pelatihan Teknisi Refrigerasi dan Tata Udara", ["refrigerasi", "tata udara"], ["Kepulauan Riau", "Kalimantan Timur"])
O("ac", T, "trainer", "Dingin Jaya Service", "Kota Batam", "Servis AC split & kulkas (kursus 1 bulan)", ["servis AC"], ["Kota Batam"])
O("motor", T, "programme", "BLK Otomotif", "Kota Samarinda", "Pelatihan servis sepeda motor injeksi", ["servis motor"], [])

# ------------------------------------------------------------------ bridal makeup
N("rias", T, "bireuen", "kami ibu2 pengen kursus rias pengantin adat Aceh", ["rias pengantin"])
N("rias", T, "bengkayang", "pelatihan MUA / make up artist utk remaja putri", ["make up"])
N("rias", T, "minsel", "bridal makeup course pls, torang mo buka usaha salon", ["bridal makeup"])
O("rias", T, "programme", "LKP Kecantikan Nasional", "Kota Administrasi Jakarta Barat", "Pelatihan Tata Rias Pengantin dan Make-up Artist", ["tata rias", "make-up"], [])
O("rias", T, "trainer", "Salon Cut Nyak", "Kota Banda Aceh", "Kursus Rias Pengantin Adat Aceh", ["rias pengantin"], ["Kota Banda Aceh"])
O("pangkas", T, "programme", "BLK Barbershop", "Kota Medan", "Pelatihan pangkas rambut (barbershop)", ["barbershop"], [])
O("wo", T, "trainer", "Dekor Pelaminan Indah", "Kota Manado", "Pelatihan dekorasi pelaminan dan wedding organizer", ["pelaminan", "pengantin"], [])
O("kosmetik", T, "trainer", "Natural Beauty Lab", "Kota Manado", "Pelatihan pembuatan sabun dan kosmetik alami", ["kosmetik"], [])


# ------------------------------------------------------------------ more offers (regional reach)
O("tebu", T, "programme", "Dinas Perkebunan Jatim", "Kota Surabaya", "Pelatihan Budidaya Tebu dengan Bibit Bud Chip", ["tebu", "bud chip"], ["Jawa Timur"])
O("kacang_tanah", M, "buyer", "Pengepul Kacang Kupang", "Kota Kupang", "Pengepul kacang tanah polong, Rp 12.000/kg", ["kacang tanah"], ["Nusa Tenggara Timur"])
O("wijen", T, "programme", "Distan NTB", "Kota Mataram", "Pelatihan budidaya wijen", ["wijen"], ["Nusa Tenggara Barat"])
O("cocofiber", M, "buyer", "Pengepul Sabut Bitung", "Kota Bitung", "Pengepul sabut kelapa, Rp 1.500/kg", ["sabut kelapa"], ["Sulawesi Utara"])
O("nata", T, "programme", "Disperindag Lampung", "Kota Bandar Lampung", "Bimtek pengolahan air kelapa menjadi nata", ["nata", "air kelapa"], ["Lampung"])
O("tapioka", M, "buyer", "Pabrik Aci Sukadana", "Lampung Timur", "Beli tepung aci basah dan kering", ["aci"], ["Kabupaten Lampung Timur"])
O("ijuk", M, "buyer", "Pengepul Ijuk Bengkulu", "Kota Bengkulu", "Beli ijuk aren", ["ijuk"], ["Bengkulu", "Sumatera Selatan"])
O("eceng", T, "programme", "Dekranasda Hulu Sungai Utara", "Hulu Sungai Utara", "Pelatihan anyaman ilung (eceng gondok)", ["ilung", "eceng gondok"], ["Kabupaten Hulu Sungai Utara"])
O("mainan_kayu", T, "trainer", "Kang Dadan Dolanan", "Kota Tasikmalaya", "Pelatihan mainan kayu", ["mainan kayu"], ["Jawa Barat"])
O("sasando", T, "trainer", "Sasando Kota Kupang", "Kota Kupang", "Workshop sasando", ["sasando"], ["Kota Kupang"])
O("layangan", T, "trainer", "Bali Kite Makers", "Kota Denpasar", "Kite making workshop for festivals", ["kites"], ["Bali"])
O("gurita", M, "buyer", "UD Laut Banggai", "Kota Palu", "Beli gurita", ["gurita"], ["Sulawesi Tengah"])
O("kalkun", M, "buyer", "Pengepul Kalkun Solo", "Kota Surakarta", "Beli kalkun", ["kalkun"], ["Jawa Tengah"])
O("video", T, "programme", "Akademi Konten Timur", "Kota Makassar", "Pelatihan konten kreator", ["konten kreator"], ["Papua Barat Daya", "Sulawesi Selatan"])
O("pajak", T, "programme", "Relawan Pajak", "Kota Padang", "Sosialisasi pajak UMKM", ["pajak"], ["Sumatera Barat", "Kalimantan Selatan"])
O("gigi", T, "programme", "Dinkes NTT", "Kota Kupang", "Penyuluhan kesehatan gigi anak sekolah", ["kesehatan gigi"], ["Nusa Tenggara Timur"])
O("rias", T, "trainer", "LKP Rias Pontianak", "Kota Pontianak", "Kursus tata rias", ["tata rias"], ["Kalimantan Barat"])
O("listrik", T, "programme", "BLK Ambon", "Kota Ambon", "Pelatihan listrik rumah", ["listrik"], ["Maluku"])
O("paralegal", T, "programme", "Pesada Medan", "Kota Medan", "Pelatihan paralegal desa", ["paralegal"], ["Sumatera Utara"])
O("kursi_roda", R, "programme", "Dinsos NTT", "Kota Kupang", "Bantuan kursi roda", ["kursi roda"], ["Nusa Tenggara Timur"])
O("audit_koperasi", T, "trainer", "Kantor Akuntan Koperasi", "Kota Pontianak", "Audit koperasi", ["audit"], ["Kota Pontianak"])
O("tungku", R, "supplier", "Pengrajin Tungku Maumere", "Sikka", "Tungku sehat", ["tungku"], ["Kabupaten Sikka"])
O("kacamata", R, "programme", "Optik Peduli Jogja", "Kota Yogyakarta", "Kacamata baca", ["kacamata"], ["DI Yogyakarta"])

# ------------------------------------------------------------------ build
def jitter(rng):
    return round(rng.uniform(-0.05, 0.05), 4)


def build():
    rng = random.Random(6)
    gkeys = list(GROUPS)
    rng.shuffle(gkeys)
    gref = {k: f"g{i + 1:02d}" for i, k in enumerate(gkeys)}
    groups = []
    for k in sorted(gkeys, key=lambda k: gref[k]):
        g = GROUPS[k]
        prov, lat, lon = REGENCY[g["regency"]]
        groups.append({"ref": gref[k], "name": g["name"], "province": prov, "regency": g["regency"],
                       "members": g["members"], "lat": round(lat + jitter(rng), 4), "lon": round(lon + jitter(rng), 4)})
    needs = NEEDS[:]
    offers = OFFERS[:]
    rng.shuffle(needs)
    rng.shuffle(offers)
    providers, out_offers, out_needs = [], [], []
    for i, o in enumerate(offers):
        o["ref"] = f"o{i + 1:03d}"
        pref = f"p{i + 1:03d}"
        prov, lat, lon = REGENCY[o["preg"]]
        providers.append({"ref": pref, "name": o["pname"], "type": o["ptype"], "province": prov, "regency": o["preg"],
                          "lat": round(lat + jitter(rng), 4), "lon": round(lon + jitter(rng), 4)})
        rec = {"ref": o["ref"], "provider": pref, "kind": o["kind"], "title": o["title"], "tags": o["tags"],
               "service_area": o["area"]}
        if o["desc"]:
            rec["description"] = o["desc"]
        if o["cap"]:
            rec["capacity"] = o["cap"]
        if o["status"] != "open":
            rec["status"] = o["status"]
        out_offers.append(rec)
    for i, n in enumerate(needs):
        n["ref"] = f"n{i + 1:03d}"
        rec = {"ref": n["ref"], "group": gref[n["group"]], "kind": n["kind"], "title": n["title"], "tags": n["tags"]}
        if n["desc"]:
            rec["description"] = n["desc"]
        out_needs.append(rec)
    truth = {}
    for n in needs:
        g = GROUPS[n["group"]]
        gprov = REGENCY[g["regency"]][0]
        fits = []
        for o in offers:
            reach = not o["area"] or gprov in o["area"] or g["regency"] in o["area"]
            if o["kind"] == n["kind"] and n["subj"] in o["subjs"] and o["status"] == "open" and reach:
                fits.append(o["ref"])
        truth[n["ref"]] = sorted(fits)
    doc = {"groups": groups, "providers": providers, "needs": out_needs, "offers": out_offers}
    return doc, truth, needs, offers


def main():
    doc, truth, needs, offers = build()
    with open(os.path.join(OUT, "eval6-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "eval6-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    if "--review" in sys.argv:
        for n in sorted(needs, key=lambda n: n["ref"]):
            g = GROUPS[n["group"]]
            print(f"{n['ref']} [{n['kind']}/{n['subj']}] {g['regency']}: {n['title']}")
            for o in offers:
                if n["subj"] in o["subjs"]:
                    mark = "  +" if o["ref"] in truth[n["ref"]] else "  -"
                    print(f"{mark} {o['ref']} {o['kind']} {o['status']} {o['area']}: {o['title']}")
    print(f"needs={len(needs)} offers={len(offers)} groups={len(GROUPS)}", file=sys.stderr)


if __name__ == "__main__":
    main()
