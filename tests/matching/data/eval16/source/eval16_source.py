#!/usr/bin/env python3
"""Source of the sixteenth evaluation set: the district's intake forms and the campus catalogue.

Every need and offer is written here with a subject label "family:topic" (an offer whose topic
starts with "x-" is a look-alike or neighbour that no need asks for). The script shuffles groups,
needs and offers with a fixed seed, gives refs, generates one provider per offer, places groups
and providers at regency centroids (regions.csv) with a small deterministic jitter, and derives
the truth from the labels: an offer fits a need when it has the same label, the same kind, is
open, and its service area is empty or names the group's province or regency.

Usage: python3 eval16_source.py [--review | --stats]   (without options: writes both JSON files)
"""
import csv, hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(SET, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

PROV = {"ACE": "Aceh", "SUT": "Sumatera Utara", "SUB": "Sumatera Barat", "RIA": "Riau", "JAM": "Jambi",
        "SUS": "Sumatera Selatan", "BEN": "Bengkulu", "LAM": "Lampung", "BAB": "Kepulauan Bangka Belitung",
        "KRI": "Kepulauan Riau", "DKI": "DKI Jakarta", "JBR": "Jawa Barat", "JTG": "Jawa Tengah",
        "DIY": "DI Yogyakarta", "JTM": "Jawa Timur", "BAN": "Banten", "BAL": "Bali", "NTB": "Nusa Tenggara Barat",
        "NTT": "Nusa Tenggara Timur", "KBR": "Kalimantan Barat", "KTG": "Kalimantan Tengah",
        "KSL": "Kalimantan Selatan", "KTM": "Kalimantan Timur", "KUT": "Kalimantan Utara", "SLU": "Sulawesi Utara",
        "STG": "Sulawesi Tengah", "SLS": "Sulawesi Selatan", "SLT": "Sulawesi Tenggara", "GOR": "Gorontalo",
        "SLB": "Sulawesi Barat", "MAL": "Maluku", "MUT": "Maluku Utara", "PAP": "Papua", "PBR": "Papua Barat",
        "PSL": "Papua Selatan", "PTG": "Papua Tengah", "PPG": "Papua Pegunungan", "PBD": "Papua Barat Daya"}
KIND = {"T": "training", "M": "market", "R": "resource"}
PTYPE = {"t": "trainer", "p": "programme", "b": "buyer", "s": "supplier"}

def place(s):
    """'JTG' -> province; 'K.Demak' -> 'Kabupaten Demak'; 'Kt.Batu' -> 'Kota Batu'."""
    if s in PROV: return PROV[s]
    if s.startswith("Kt."): return "Kota " + s[3:]
    if s.startswith("K."): return "Kabupaten " + s[2:]
    raise ValueError(s)

GROUPS, NEEDS, OFFERS = [], [], []
def g(key, name, prov, reg, members):
    GROUPS.append(dict(key=key, name=name, province=PROV[prov], regency=place(reg), members=members))
def n(label, gkey, kind, title, desc=None):
    NEEDS.append(dict(label=label, group=gkey, kind=KIND[kind], title=title, description=desc))
def o(label, kind, ptype, title, area, desc=None, status=None, tags=None, cap=None):
    OFFERS.append(dict(label=label, kind=KIND[kind], ptype=PTYPE[ptype], title=title,
                       area=[place(a) for a in area], description=desc, status=status, tags=tags))


# ------------------------------------------------------------------------------------------
# Coconut, nipa and palms
g("dcsul", "Koperasi Produsen Kelapa Nyiur Melambai", "SLU", "K.Minahasa Selatan", 48)
n("coco:desiccated", "dcsul", "T",
  "Formulir usulan: pelatihan pengolahan daging kelapa jd kelapa parut kering (desiccated) & tepung kelapa",
  "Selama ini kelapa dijual bulat / kopra, harga turun terus. Anggota 48 org, mau naik kelas ke produk olahan.")
g("dcgor", "KUB Pohon Seribu Guna", "GOR", "K.Pohuwato", 22)
n("coco:desiccated", "dcgor", "M", "kami produksi kelapa parut kering ± 1 ton/mgg, kadar air sdh <3%. cari pembeli tetap (pabrik kue / eksportir)", "Sdh ada mesin pengering & penggiling, kemasan karung 25 kg.")
o("coco:desiccated", "T", "t", "Desiccated coconut and coconut flour processing (community service, Faculty of Agricultural Technology)",
  ["SLU", "GOR", "SLT"], "Paring, blanching, drying to below 3% moisture, milling, grading and packing.")
o("coco:desiccated", "T", "p", "Program CSR Hilirisasi Kelapa 2027", ["SLU"], "Kelas produksi kelapa parut kering (desiccated coconut) dan tepung kelapa untuk koperasi petani kelapa.")
o("coco:desiccated", "M", "b", "Eksportir beli desiccated coconut (fine & medium grade)", [], "Kontrak per kontainer, sampel dulu, uji kadar air dan lemak.")
o("coco:desiccated", "M", "b", "Pabrik biskuit cari kelapa parut kering", ["JTM", "JBR"])
o("coco:x-vco", "T", "t", "Pelatihan Pembuatan VCO Metode Fermentasi", ["SLU", "GOR"])
o("coco:x-copra", "M", "b", "Tampung kopra putih & kopra asap", ["GOR", "SLU"])

g("degan", "Kelompok Tani Kelapa Sinar Pantai", "BAN", "K.Pandeglang", 30)
n("coco:young", "degan", "M", "Kelapa muda (degan hijau) 2000 butir per minggu, siap kirim ke Jabodetabek. Sapa yg butuh rutin?")
o("coco:young", "M", "b", "Jaringan kedai es kelapa cari pasokan kelapa muda (degan)", ["BAN", "DKI", "JBR"], "Ambil di kebun, bayar per minggu, minimal 1000 butir.")
o("coco:young", "M", "b", "Cafe chain buying young green coconuts, weekly truckloads", ["BAN", "DKI"])
o("coco:x-mature", "M", "b", "Beli kelapa tua kupas (kelapa bulat) utk pabrik santan", ["BAN", "LAM"])
o("coco:young", "M", "b", "Penampung degan untuk hotel di Bali", ["BAL"])

g("nipah1", "KWT Nipah Serumpun", "RIA", "K.Indragiri Hilir", 25)
n("coco:nipa-sugar", "nipah1", "T", "mhn pelatihan olah nira nipah jd gula merah / gula semut nipah. nira byk di muara tp cpt asam", "Kelompok 25 org, nipah tumbuh liar sepanjang parit. Nira sudah asam sblm sampai rumah.")
g("nipah2", "Kelompok Penyadap Nipah Muara Kakap", "KBR", "K.Kubu Raya", 19)
n("coco:nipa-sugar", "nipah2", "M", "gula nipah cetak 300 kg/bln, kamek nak jual langsung ke toko / pabrik kecap, sapa yg mau?")
o("coco:nipa-sugar", "T", "t", "Pengolahan Nira Nipah menjadi Gula Cetak dan Gula Semut (Pengabdian Masyarakat Fakultas Pertanian)",
  ["RIA", "JAM"], "Pengawetan nira dengan kapur dan kulit manggis, penguapan, pencetakan.")
o("coco:x-aren-sugar", "T", "t", "Pelatihan Gula Semut Aren untuk Penderes", ["RIA", "SUB"])
o("coco:nipa-sugar", "M", "b", "Pabrik kecap beli gula nipah / gula merah nipah", ["KBR"], "Kadar air maksimal 10%, ambil di dermaga Rasau Jaya.")
o("coco:x-nipa-thatch", "M", "b", "Tampung atap daun nipah", ["KBR", "RIA"])
o("coco:nipa-sugar", "M", "b", "Toko oleh-oleh cari gula nipah kemasan", ["RIA"])

g("panjat", "Kelompok Penderes Nira Kelapa Tumpaan", "SLU", "K.Minahasa", 16)
n("coco:climbing-gear", "panjat", "R",
  "torang pe penderes so 2 org jatuh dr pohon kelapa thn ini. butuh alat panjat pohon + harness pengaman")
o("coco:climbing-gear", "R", "s", "Alat panjat pohon kelapa (tree climber) + full body harness", [], "Kirim ke seluruh Indonesia, video panduan pemakaian.")
o("coco:climbing-gear", "R", "p", "Program K3 Petani Penderes", ["SLU", "GOR"], "Bantuan alat panjat pohon dan sabuk pengaman (harness) untuk penyadap nira kelapa dan aren.")
o("coco:climbing-gear", "T", "t", "Pelatihan Teknik Memanjat Aman untuk Penderes Nira", ["SLU"])
o("coco:x-chainsaw", "R", "s", "Chainsaw dan APD operator (helm, chaps)", ["SLU"])

# Sheep wool and hides
g("wol", "Kelompok Peternak Domba Dombos Sumberejo", "JTG", "K.Wonosobo", 27)
n("sheep:wool", "wol", "T", "bulu domba wonosobo tiap cukur dibuang. pengin sinau ngolah wol dadi kerajinan (felt, benang)")
g("cukur", "KTT Domba Mukti", "JTG", "K.Temanggung", 20)
n("sheep:shears", "cukur", "R", "Usulan bantuan: mesin cukur bulu domba listrik 3 unit, selama ini pakai gunting manual")
o("sheep:wool", "T", "t", "Wool felting and hand-spinning workshop for sheep farmers (Faculty of Animal Science)", ["JTG", "DIY"], "Washing, carding, wet and needle felting, drop-spindle spinning; 3 days in the village.")
o("sheep:wool", "T", "t", "Kelas Kerajinan Felt dari Bulu Domba Lokal", ["JTG"], status="closed")
o("sheep:x-fattening", "T", "p", "Sekolah Lapang Penggemukan Domba", ["JTG", "JBR"])
o("sheep:x-knitting", "T", "t", "Kelas Merajut Tas dan Syal", [])
o("sheep:shears", "R", "s", "Electric sheep shearing machine (clipper) with spare combs", [])
o("sheep:x-hair-clipper", "R", "s", "Paket alat cukur rambut (clipper) untuk usaha barbershop", ["JTG"])
o("sheep:shears", "R", "p", "Bantuan alat cukur bulu domba untuk kelompok", ["JBR"])

g("hides", "Kelompok Jagal Kambing Rukun Santoso", "JTM", "K.Magetan", 14)
n("sheep:raw-hides", "hides", "M", "laporan bulanan jagal kelompok Rukun Santoso", "potong kambing & domba rata2 25 ekor/hari utk warung sate & aqiqah, daging lancar. masalah: kulit mentah ±150 lembar/mgg numpuk, dibuang / dijual murah ke rongsokan. sopo sing gelem tuku kulit kambing & domba mentah rutin? iso digarami dhisik.")
o("sheep:raw-hides", "M", "b", "Penyamakan kulit beli kulit kambing dan domba mentah (garaman)", ["JTM", "JTG"], "Harga per lembar sesuai ukuran dan cacat, ambil tiap minggu.")
o("sheep:x-cow-hides", "M", "b", "Beli kulit sapi basah dan garaman", ["JTM"])
o("sheep:x-tanning-course", "T", "t", "Pelatihan Penyamakan Kulit Ramah Lingkungan", ["JTM"])
o("sheep:raw-hides", "M", "b", "Tannery buying raw goat and sheep skins", ["JBR", "JTG"])

g("kulikan", "Poklahsar Mina Sari", "JTG", "K.Boyolali", 12)
n("sheep:fish-leather", "kulikan", "T", "kulit ikan nila sisa fillet byk bgt. ada yg ngajari nyamak kulit ikan jd bahan dompet?")
o("sheep:fish-leather", "T", "t", "Fish leather tanning: tilapia and stingray skins into leather goods", ["JTG", "DIY", "JTM"])
o("sheep:x-tanning-course", "T", "t", "Pelatihan Penyamakan Kulit Sapi dan Kambing", ["JTG"])
o("sheep:x-fish-crackers", "T", "t", "Pelatihan Kerupuk Kulit Ikan", ["JTG"])

# Cut flowers and mushrooms
g("gerb", "Kelompok Tani Florikultura Cikole", "JBR", "K.Bandung Barat", 18)
n("flower:gerbera", "gerb", "M", "punten, gerbera potong 500 tangkai/hari (warna campur) saha nu peryogi rutin? florist / dekorasi")
o("flower:gerbera", "M", "b", "Florist network buying gerbera stems daily", ["JBR", "DKI", "BAN"], "Stems 50 cm and longer, picked in the morning, collected in Lembang.")
o("flower:gerbera", "M", "b", "Dekorasi pengantin cari bunga gerbera & aster potong", ["JBR"], status="withdrawn")
o("flower:x-krisan", "M", "b", "Beli krisan potong (spray & standar)", ["JBR"])
o("flower:x-roses", "M", "b", "Tampung mawar tabur untuk ziarah", ["JBR", "JTG"])

g("gladi", "Kelompok Tani Bunga Sibolangit", "SUT", "K.Deli Serdang", 15)
n("flower:gladiol", "gladi", "T", "Kami mau tanam gladiol utk bunga potong, blm ada yg tau caranya (umbi, jarak tanam, panen). mohon pelatihan")
o("flower:gladiol", "T", "t", "Budidaya Gladiol Bunga Potong: umbi, tanam, panen dan pasca panen", ["SUT", "SUB", "ACE"], "Balai penelitian tanaman hias, praktik di kebun petani.")
o("flower:x-krisan-growing", "T", "t", "Budidaya Krisan dalam Rumah Plastik", ["SUT"])
o("flower:x-tuberose", "T", "t", "Sekolah Lapang Sedap Malam", ["SUT"])

g("merang", "Kelompok Jamur Merang Tirta Sari", "JBR", "K.Karawang", 16)
n("mush:straw", "merang", "T", "jerami numpuk abis panen. kami mau coba jamur merang di kumbung, butuh pelatihan (pasteurisasi, bibit)")
o("mush:straw", "T", "t", "Budidaya Jamur Merang (Volvariella volvacea) di Kumbung Bambu", ["JBR", "BAN"], "Pasteurisasi media jerami, penanaman bibit, panen kancing.")
o("mush:x-oyster", "T", "t", "Pelatihan Budidaya Jamur Tiram dan Pembuatan Baglog", [])
o("mush:straw", "T", "p", "Straw mushroom growing from rice straw: farmer field school", ["JTG", "JTM"])

g("kuping", "KWT Lereng Sumbing", "JTG", "K.Magelang", 21)
n("mush:wood-ear", "kuping", "M", "jamur kuping kering 200 kg/bln, sdh dijemur & disortir. cari pembeli partai")
o("mush:wood-ear", "M", "b", "Beli jamur kuping kering (black fungus) untuk pabrik dan resto", ["JTG", "DIY", "JTM"], "Kering, bersih, tidak berjamur; minimal 100 kg.", tags=["jamur kuping", "black fungus"])
o("mush:x-oyster-fresh", "M", "b", "Tampung jamur tiram segar harian", ["JTG"])

# Freshwater and marine fish
g("dewa", "Pokdakan Cibulan Lestari", "JBR", "K.Kuningan", 13)
n("fish:tor", "dewa", "T", "Usulan pelatihan pembenihan ikan dewa (kancra), indukan ada tp telur jarang menetas", "Induk 40 ekor di kolam air deras. Harga benih mahal, byk permintaan dr Kuningan & Cirebon.")
g("dewa2", "Pokdakan Kancra Mulya", "JBR", "K.Sumedang", 11)
n("fish:tor", "dewa2", "M", "ikan kancra (ikan dewa) ukuran konsumsi 1-2 kg, 100 kg/bln. hoyong ngical ka resto / hotel")
o("fish:tor", "T", "t", "Pembenihan Ikan Dewa (Tor soro): pemijahan buatan dan penetasan", ["JBR", "JTG"])
o("fish:x-gurame-hatchery", "T", "t", "Pelatihan Pembenihan Gurame", ["JBR"])
o("fish:tor", "M", "b", "Restoran ikan premium cari ikan dewa / kancra hidup", ["JBR", "DKI"])
o("fish:x-mas", "M", "b", "Beli ikan mas hidup partai", ["JBR"])

g("baung", "Pokdakan Keramba Sungai Kampar", "RIA", "K.Kampar", 17)
n("fish:baung", "baung", "M", "ikan baung hidup dr keramba sungai, 300 kg per minggu. cari toke / rumah makan yg nak ambik rutin")
o("fish:baung", "M", "b", "Rumah makan beli ikan baung hidup (juga patin sungai)", ["RIA"], "Ukuran 500 g ke atas, antar ke Pekanbaru.")
o("fish:x-patin-fillet", "M", "b", "Pabrik fillet beli patin ukuran 1 kg", ["RIA", "JAM"])
o("fish:baung", "M", "b", "Pengepul ikan sungai: baung, lais, selais", ["JAM", "SUS"])

g("hiaslaut", "Kelompok Nelayan Ikan Hias Mina Lestari", "BAL", "K.Buleleng", 24)
n("fish:marine-ornamental", "hiaslaut", "T", "nelayan ikan hias laut kami msh ada yg pakai potas. mohon pelatihan tangkap ramah lingkungan & penanganan biar ikan ga mati di kantong")
g("hiaslaut2", "KUB Nelayan Pulau Badi", "SLS", "K.Pangkajene dan Kepulauan", 20)
n("fish:marine-ornamental", "hiaslaut2", "M", "Kami tangkap ikan hias laut (nemo / clownfish, betok laut, tang). cari eksportir yg mau beli langsung, bukan lewat tengkulak")
o("fish:marine-ornamental", "T", "p", "Penangkapan Ikan Hias Laut Ramah Lingkungan: tanpa sianida, jaring halus, aklimatisasi", ["BAL", "NTB", "SLS"])
o("fish:x-freshwater-ornamental", "T", "t", "Budidaya Ikan Hias Air Tawar (cupang, guppy, koi)", [])
o("fish:x-coral", "T", "p", "Transplantasi Karang untuk Pokmaswas", ["BAL", "SLS"])
o("fish:marine-ornamental", "M", "b", "Exporter of marine aquarium fish (clownfish, tangs, damsels) buying from trained fishers", [],
  "Net-caught only; we check for cyanide.")
o("fish:x-live-grouper", "M", "b", "Beli kerapu hidup untuk ekspor Hong Kong", ["SLS"])
o("fish:x-freshwater-orn-buyer", "M", "b", "Beli ikan hias air tawar (cupang, guppy)", ["SLS", "JTM"])

g("kecapikan", "KUB Nelayan Sedanau", "KRI", "K.Natuna", 15)
n("fish:fish-sauce", "kecapikan", "T", "ikan rucah hasil tangkapan sampingan byk terbuang. mau belajar bikin kecap ikan (fish sauce) utk dijual")
o("fish:fish-sauce", "T", "t", "Fish sauce fermentation from by-catch: salting, fermentation, filtration", ["KBR", "BAB"])
o("fish:x-soy-sauce", "T", "t", "Pelatihan Kecap Manis dari Kedelai Hitam", [])
o("fish:x-terasi", "T", "t", "Pembuatan Terasi Higienis", ["KRI", "RIA"])

g("otak", "UMKM Otak-Otak Tanjung Uma", "KRI", "Kt.Batam", 9)
n("fish:otak-otak", "otak", "M", "otak-otak ikan tenggiri beku 300 pak/mgg, sdh PIRT. nak cari distributor frozen food / minimarket")
g("otak2", "KUB Olahan Ikan Sungailiat", "BAB", "K.Bangka", 12)
n("fish:otak-otak", "otak2", "T", "ibu2 nelayan mau belajar otak-otak & frozen food ikan yg tahan lama (vakum, beku). mohon pelatihan")
o("fish:otak-otak", "M", "b", "Distributor frozen food cari otak-otak ikan dan siomay", ["KRI", "RIA"])
o("fish:x-pempek", "M", "b", "Beli pempek beku kemasan vakum", ["KRI", "SUS"])
o("fish:x-nugget", "M", "b", "Minimarket lokal cari nugget ikan", ["KRI"])
o("fish:otak-otak", "T", "t", "Pembuatan Otak-otak dan Frozen Food Berbahan Ikan", ["BAB", "SUS"])
o("fish:x-pempek-course", "T", "t", "Kursus Pempek dan Cuko", ["BAB"])

g("lamun", "Kelompok Pesisir Sampela", "SLT", "K.Wakatobi", 26)
n("fish:seagrass", "lamun", "T", "Usulan kegiatan Pokmaswas Sampela 2027", "1. Patroli bulanan (sdh jalan). 2. Padang lamun di depan kampung rusak kena jangkar perahu & sampah, dugong & penyu jarang datang lagi: mohon pelatihan restorasi lamun (transplantasi bibit lamun). 3. Papan larangan jangkar.")
o("fish:seagrass", "T", "p", "Seagrass restoration training for coastal communities", ["SLT", "SLS", "MAL"])
o("fish:x-coral-frame", "T", "p", "Pelatihan Transplantasi Karang dengan Rangka Besi", ["SLT"])
o("fish:x-mangrove", "T", "p", "Rehabilitasi Mangrove Berbasis Masyarakat", ["SLT"])
o("fish:seagrass", "R", "p", "Bantuan bibit lamun dan jaring transplantasi", ["SLT"])

g("perahu", "Kelompok Nelayan Tradisional Dobo", "MAL", "K.Kepulauan Aru", 18)
n("fish:wooden-boat", "perahu", "T", "perahu kayu katong banyak yg bocor & papan lapuk. butuh pelatihan tukang perahu: dempul, ganti papan, pakal")
o("fish:wooden-boat", "T", "t", "Pelatihan Pembuatan dan Perbaikan Perahu Kayu Tradisional", ["MAL", "MUT"])
o("fish:x-fiberglass", "T", "t", "Fiberglass boat building and repair course", ["MAL"])
o("fish:x-outboard", "T", "t", "Perawatan Mesin Tempel untuk Nelayan", ["MAL"])
o("fish:wooden-boat", "T", "p", "Program Penguatan Galangan Rakyat", [], "Pelatihan tukang perahu kayu tradisional: sambung papan, dempul dan pakal, perbaikan lambung bocor.")

g("ghost", "Kelompok Nelayan Batu Lubang", "SLU", "Kt.Bitung", 22)
n("fish:ghost-nets", "ghost", "M", "Notulen rapat kelompok nelayan Batu Lubang, 12 Nov", "Hadir 18 org. 1) Harga solar naik, hari melaut dikurangi. 2) Jaring bekas & jaring hanyut yg torang angkat dr laut waktu bersih pantai so ± 2 ton, ditumpuk di gudang TPI; usul dijual ke pembeli daur ulang jaring nilon, sapa yg mo beli? 3) Iuran kas tetap 10rb/bln. 4) Rapat berikut sesudah Natal.")
o("fish:ghost-nets", "M", "b", "Buying old nylon fishing nets for recycling (ghost nets)", [])
o("fish:x-pet", "M", "b", "Beli botol PET dan gelas plastik", ["SLU"])
o("fish:x-new-nets", "R", "s", "Jaring insang baru (gill net) monofilamen", ["SLU"])

g("spiru", "Kelompok Pembudidaya Sumber Hijau", "BAL", "K.Klungkung", 8)
n("fish:spirulina", "spiru", "T", "We would like training in small-scale spirulina culture in tanks (for fish feed, and to sell dried)", "Kelompok 8 org, sdh ada 4 bak semen bekas.")
o("fish:spirulina", "T", "t", "Kultur Spirulina Skala Rumah Tangga", ["BAL"], status="withdrawn")
o("fish:x-moina", "T", "t", "Kultur Pakan Alami Moina dan Daphnia", ["BAL", "NTB"])

g("kembung", "Kelompok Nelayan Lhok Kruet", "ACE", "K.Aceh Jaya", 35)
n("fish:mackerel", "kembung", "M", "ikan kembung & layang segar ± 1 ton/hari musim barat. cari cold storage / pabrik yg nak tampung, bukan muge saja")
o("fish:mackerel", "M", "b", "Cold storage beli ikan kembung dan layang", ["ACE", "SUT"], "Truk berpendingin jemput di TPI.")
o("fish:x-tuna", "M", "b", "Beli tuna sirip kuning segar grade A", ["ACE"])

g("rebon", "KUB Pesisir Padang Tikar", "KBR", "K.Kubu Raya", 16)
n("fish:rebon", "rebon", "M", "udang rebon kering 500 kg/bln, kamek jual ke pengepul murah. cari pabrik terasi / pembeli langsung")
o("fish:rebon", "M", "b", "Pabrik terasi beli udang rebon kering", ["KBR", "KSL"], "Rebon kering bersih, tanpa pasir, karung 50 kg.")
o("fish:x-terasi-buyer", "M", "b", "Beli terasi udang kemasan", ["KBR"])
o("fish:x-vaname", "M", "b", "Beli udang vaname size 60", ["KBR"])

g("windu", "Kelompok Tambak Windu Tanjung Palas", "KUT", "K.Bulungan", 40)
n("fish:tiger-shrimp", "windu", "M", "Black tiger shrimp (udang windu) from traditional ponds, about 5 tonnes per cycle, no commercial feed. Looking for an exporter who pays for organic")
o("fish:tiger-shrimp", "M", "b", "Exporter buying black tiger shrimp from extensive, feed-free ponds", ["KUT", "KTM"])
o("fish:x-vaname", "M", "b", "Tampung udang vaname hasil tambak intensif", ["KUT"])

g("salin", "Pokdakan Tambak Sari", "JTG", "K.Brebes", 20)
n("fish:saline-tilapia", "salin", "T", "tambak udang kami sering gagal. mau alih ke nila salin (nila air payau), mohon pelatihan aklimatisasi & pakan")
g("salin2", "Pokdakan Mina Payau Mauk", "BAN", "K.Tangerang", 14)
n("fish:saline-tilapia", "salin2", "M", "nila salin ukuran 3-4 ekor/kg, 2 ton per panen. sape yg mau beli partai?")
o("fish:saline-tilapia", "T", "t", "Budidaya Nila Salin di Tambak Payau", ["JTG", "JBR"])
o("fish:x-tilapia-cages", "T", "t", "Budidaya Nila di Keramba Jaring Apung Waduk", ["JTG"])
o("fish:x-vaname-course", "T", "t", "Pengendalian Penyakit Udang Vaname", ["JTG", "BAN"])
o("fish:saline-tilapia", "M", "b", "Beli nila hidup, termasuk nila salin dari tambak", ["BAN", "DKI"])

# Fruit, vegetables, spices
g("belim", "Kelompok Tani Belimbing Betokan", "JTG", "K.Demak", 23)
n("fruit:starfruit", "belim", "T", "belimbing kami byk kena lalat buah, buah busuk sblm panen. nyuwun pelatihan pembungkusan & pengendalian", "Kebun 12 ha, wit belimbing umur 5-10 thn.")
g("belim2", "Gapoktan Sumber Rejeki Tuban", "JTM", "K.Tuban", 30)
n("fruit:starfruit", "belim2", "M", "belimbing madu 2 ton/mgg pas panen raya. sopo sing gelem tuku partai (supermarket / pasar induk)?")
o("fruit:starfruit", "T", "t", "Sekolah Lapang Belimbing: pembungkusan buah dan lalat buah", ["JTG"], "Penyuluh dan dosen hortikultura, 8 pertemuan di kebun.")
o("fruit:x-guava", "T", "t", "Budidaya Jambu Kristal: pembungkusan buah", ["JTG", "JTM"])
o("fruit:starfruit", "M", "b", "Supermarket supplier buying star fruit (belimbing), grade A", ["JTM", "JTG", "DKI"])

g("jambu", "Kelompok Tani Jambu Madu Deli", "SUT", "K.Deli Serdang", 19)
n("fruit:water-apple", "jambu", "M", "jambu air madu deli hijau 1 ton/mgg, sapa yg mau beli rutin? selama ini jual di pinggir jalan aja")
o("fruit:water-apple", "M", "b", "Beli jambu air madu deli hijau untuk toko buah", ["ACE"])
o("fruit:water-apple", "M", "b", "Supermarket Medan cari jambu air", ["SUT"], status="closed")
o("fruit:x-guava-buyer", "M", "b", "Tampung jambu kristal", ["SUT"])

g("carica", "KWT Dieng Kulon", "JTG", "K.Banjarnegara", 17)
n("fruit:carica", "carica", "T", "buah carica banyak tp cuma dijual segar. pengin sinau gawe manisan carica ing sirup sing awet & aman")
g("carica2", "UMKM Sari Dieng", "JTG", "K.Wonosobo", 10)
n("fruit:carica", "carica2", "M", "manisan carica dalam cup 500 cup/mgg. cari toko oleh2 / distributor")
o("fruit:carica", "T", "t", "Pengolahan Manisan Carica dalam Sirup (PkM Universitas, teknologi pangan)", ["JTG"], "Sterilisasi cup, formulasi sirup, umur simpan.")
o("fruit:x-syrup", "T", "t", "Pelatihan Sirup Buah Markisa", ["JTG"])
o("fruit:carica", "M", "b", "Toko oleh-oleh cari manisan carica", ["JTG", "DIY"])
o("fruit:x-carica-fresh", "M", "b", "Beli buah carica segar untuk pabrik", ["JTG"])

g("paprika", "Kelompok Greenhouse Songgoriti", "JTM", "Kt.Batu", 12)
n("veg:paprika", "paprika", "M", "paprika merah-kuning-hijau dr greenhouse 300 kg/mgg, cari pembeli hotel / supplier sayur")
g("paprika2", "Kelompok Tani Muda Pasirlangu", "JBR", "K.Bandung Barat", 14)
n("veg:paprika", "paprika2", "T", "anak muda tani mau mulai paprika hidroponik di greenhouse, minta pelatihan (nutrisi, pemangkasan)")
o("veg:paprika", "M", "b", "Hotel supplier buying bell peppers (paprika), three colours", ["JTM", "BAL"], "Grade A, 150-250 g, weekly delivery to Malang and Bali.")
o("veg:x-chilli-big", "M", "b", "Beli cabe merah besar", ["JTM"])
o("veg:paprika", "T", "t", "Budidaya Paprika Hidroponik di Greenhouse", ["JBR"])
o("veg:x-melon-gh", "T", "t", "Budidaya Melon Greenhouse", ["JBR"])

g("buncis", "Kelompok Tani Kayu Aro", "JAM", "K.Kerinci", 26)
n("veg:french-beans", "buncis", "M", "buncis (kenya & lokal) 3 ton/mgg, cari pembeli tetap. ado yg nak ambik?")
o("veg:french-beans", "M", "b", "Fresh green beans (buncis) wanted for supermarkets and frozen-vegetable plant", ["JAM", "SUB", "SUS"])
o("veg:x-coffee-green-bean", "M", "b", "Green bean coffee buyer (arabica Kerinci)", [])
o("veg:x-long-beans", "M", "b", "Beli kacang panjang", ["JAM"])

g("kmerah", "Kelompok Tani Kepahiang Makmur", "BEN", "K.Rejang Lebong", 28)
n("veg:kidney-beans", "kmerah", "M", "kacang merah kering 2 ton abis panen, cari pembeli partai besar", "Kadar air sdh dijemur, karung 50 kg.")
o("veg:kidney-beans", "M", "b", "Beli kacang merah kering (red kidney beans)", ["BEN", "SUS", "SUB"])
o("veg:x-mung", "M", "b", "Tampung kacang hijau", ["BEN"])

g("kencur", "KWT Empon-empon Sumberrejo", "JTM", "K.Ponorogo", 20)
n("herb:kencur", "kencur", "M", "kencur seger 1 ton saben panen, golek pabrik jamu / bakul sing gelem kontrak")
o("herb:kencur", "M", "b", "Pabrik jamu beli kencur segar dan rajangan kering", ["JTM", "JTG"], "Kontrak tiap panen, harga sesuai kadar air.")
o("herb:x-red-ginger", "M", "b", "Beli jahe merah segar", ["JTM"])
o("herb:x-beras-kencur", "M", "b", "Distributor cari jamu beras kencur botolan", ["JTM"])

g("lengkuas", "Kelompok Tani Rempah Selo", "JTG", "K.Boyolali", 18)
n("herb:galangal", "lengkuas", "M", "lengkuas (laos) 2 ton per bulan. sopo sing butuh? pabrik bumbu / pasar induk")
o("herb:galangal", "M", "b", "Pabrik bumbu instan beli lengkuas, serai, kunyit", ["JTG", "DIY"])
o("herb:x-kencur-buyer", "M", "b", "Beli kencur kering", ["JTG"])

g("bwhitam", "KUB Bawang Sembalun", "NTB", "K.Lombok Timur", 22)
n("crop:black-garlic", "bwhitam", "T", "bawang putih tunggal kami murah. tiang dengar bisa jadi bawang hitam (black garlic), minta pelatihan fermentasinya")
g("bwhitam2", "UMKM Lanang Tawangmangu", "JTG", "K.Karanganyar", 7)
n("crop:black-garlic", "bwhitam2", "M", "Black garlic produksi 50 kg/bln, kemasan 100 gr. cari reseller / toko herbal")
o("crop:black-garlic", "T", "t", "Black garlic fermentation (bawang hitam) with a rice-cooker oven: PkM Faculty of Pharmacy", ["NTB", "BAL"])
o("crop:x-garlic-growing", "T", "p", "Sekolah Lapang Budidaya Bawang Putih", ["NTB"])
o("crop:black-garlic", "M", "b", "Toko herbal online beli bawang hitam tunggal", [])
o("crop:x-garlic-buyer", "M", "b", "Beli bawang putih lokal kering", ["JTG"])

g("ulatsagu", "Kelompok Mama Papeda Agats", "PSL", "K.Asmat", 15)
n("crop:sago-grubs", "ulatsagu", "M", "mama2 kitong pu ulat sagu hidup bnyk, 20 kg/mgg. sapa yg mo beli? rumah makan / hotel")
o("crop:sago-grubs", "M", "b", "Rumah makan khas Papua beli ulat sagu hidup", ["PBR", "PBD"], "Antar ke Manokwari dan Sorong.")
o("crop:x-sago-flour", "M", "b", "Beli tepung sagu basah", ["PSL"])
o("crop:x-mealworm", "M", "b", "Beli ulat hongkong untuk pakan burung", ["PSL", "PAP"])

g("kputih", "Kelompok Penyuling Kayu Putih Waeapo", "MAL", "K.Buru", 24)
n("crop:cajuput", "kputih", "M", "minyak kayu putih asli 200 liter/bln, beta pung kelompok mau jual langsung ke pabrik / apotek, seng lewat tengkulak")
g("kputih2", "KTH Wanasari Playen", "DIY", "K.Gunungkidul", 19)
n("crop:cajuput", "kputih2", "T", "daun kayu putih kami dijual ke pabrik murah. mohon pelatihan penyulingan minyak kayu putih skala kelompok (ketel suling)")
o("crop:cajuput", "M", "b", "Buying genuine cajuput oil (minyak kayu putih) for pharmaceutical blends", [], "Lab test for cineole content.")
o("crop:x-patchouli", "M", "b", "Beli minyak nilam", [])
o("crop:cajuput", "T", "t", "Penyulingan Minyak Kayu Putih Skala Kecil", ["DIY", "JTG"], status="closed")
o("crop:x-patchouli-still", "T", "t", "Pelatihan Penyulingan Minyak Nilam", ["DIY"])
o("crop:x-cajuput-leaf", "M", "b", "Pabrik minyak kayu putih beli daun kayu putih", ["DIY"])

g("rebung", "Kelompok Tani Hutan Bambu Sijunjung", "SUB", "K.Sijunjung", 21)
n("crop:bamboo-shoots", "rebung", "M", "rebung betung segar 2 ton/mgg musim hujan. sia nan ka mambali? pabrik kalengan / pasar")
o("crop:bamboo-shoots", "M", "b", "Pabrik pengalengan beli rebung segar", ["SUB", "RIA"], "Rebung betung dan rebung ater, dikupas di kebun.")
o("crop:x-bamboo-poles", "M", "b", "Beli bambu betung bulat untuk konstruksi", ["SUB"])
o("crop:bamboo-shoots", "M", "b", "Pedagang pasar induk cari rebung", ["SUB"])

g("fuli", "Kelompok Tani Pala Tidore", "MUT", "Kt.Tidore Kepulauan", 25)
n("crop:mace", "fuli", "M", "fuli pala (bunga pala) kering 300 kg, torang mo jual terpisah dr biji. sapa yg beli fuli?")
o("crop:x-nutmeg", "M", "b", "Beli biji pala kering (ABCD)", ["MUT", "MAL"])
o("crop:mace", "M", "b", "Exporter buying dried mace (fuli)", ["MUT", "MAL"], status="withdrawn")
o("crop:x-nutmeg-syrup", "T", "t", "Pelatihan Sirup dan Manisan Daging Buah Pala", ["MUT"])

g("pulut", "Kelompok Tani Jagung Ketan Bontonompo", "SLS", "K.Gowa", 27)
n("crop:waxy-maize", "pulut", "M", "jagung pulut muda (jagung ketan) 5 ton per panen, cari pedagang jagung rebus / pasar Makassar")
o("crop:waxy-maize", "M", "b", "Pedagang jagung rebus beli jagung pulut muda", ["SLS"], "Ambil di kebun umur 70-75 hari.")
o("crop:x-sweet-corn", "M", "b", "Beli jagung manis untuk pabrik kaleng", ["SLS"])
o("crop:x-shelled-maize", "M", "b", "Tampung jagung pipil kering KA 15%", ["SLS"])

g("toga", "Kader PKK Dusun Wringin", "JTM", "K.Bondowoso", 30)
n("herb:toga", "toga", "T", "Usulan: pelatihan apotek hidup / TOGA di pekarangan rumah + cara ramu jamu utk keluarga")
o("herb:toga", "T", "t", "Taman Obat Keluarga (TOGA): tanam dan ramu tanaman obat", ["JTM"])
o("herb:x-p2l", "T", "p", "Pekarangan Pangan Lestari: sayur di halaman rumah", ["JTM"])
o("herb:x-simplisia", "T", "t", "Pengolahan Simplisia Rimpang Kering", ["JTM"])
o("herb:toga", "T", "p", "PKK health garden programme", ["JTM", "BAL"], "Trains PKK cadres to grow and use family medicinal plants (TOGA): ginger, turmeric, betel, lemongrass; simple home remedies.")

# Crops and livestock, everyday subjects in new phrasing
g("kresek", "Gapoktan Sri Mulyo Sukra", "JBR", "K.Indramayu", 45)
n("rice:blb", "kresek", "T", "Laporan kelompok: padi umur 40 hst daunnya kering dr ujung (kresek), bbrp hamparan puso. mohon SL pengendalian")
o("rice:blb", "T", "p", "Sekolah Lapang Pengendalian Hawar Daun Bakteri (kresek) pada Padi", ["JBR", "JTG"])
o("rice:x-wbc", "T", "p", "SL PHT Wereng Batang Coklat", ["JBR"])
o("rice:x-blast", "T", "t", "Pengendalian Penyakit Blas pada Padi Gogo", ["JBR", "BAN"])
o("rice:blb", "T", "t", "Bacterial leaf blight of rice: diagnosis and management clinic", [])

g("bulai", "Kelompok Tani Nggela Mada", "NTB", "K.Dompu", 40)
n("crop:downy-mildew-maize", "bulai", "T", "jagung nahu dou bnyk yg daunnya belang putih kekuningan trs kerdil (bulai). mau pelatihan pencegahan")
o("crop:downy-mildew-maize", "T", "p", "Pengendalian Penyakit Bulai Jagung: perlakuan benih dan eradikasi", ["NTB", "NTT"])
o("crop:x-faw", "T", "p", "Pengendalian Ulat Grayak (Spodoptera frugiperda) pada Jagung", ["NTB"])

g("rawit", "Kelompok Tani Cabe Sumber Makmur Pare", "JTM", "K.Kediri", 33)
n("chilli:rawit", "rawit", "M", "lombok rawit ijo lan abang 3 ton/mgg. golek bakul / pabrik saos sing gelem kontrak regane")
o("chilli:rawit", "M", "b", "Pabrik saus sambal kontrak cabai rawit merah dan hijau", ["JTM", "JTG"])
o("chilli:rawit", "M", "b", "Bird's-eye chilli buyer for Jakarta markets", ["JTM", "JBR"], status="closed")
o("chilli:x-dried-chilli", "M", "b", "Beli cabe kering (cabe giling kering)", ["JTM"])

g("pbko", "KT Kopi Sumber Jaya", "LAM", "K.Lampung Barat", 38)
n("coffee:cbb", "pbko", "T", "bubuk buah kopi (PBKo) mkn parah, biji berlubang, harga jatuh. minta sekolah lapang pengendaliannya")
o("coffee:cbb", "T", "p", "Coffee berry borer (Hypothenemus hampei) IPM: sanitation, traps and Beauveria", ["LAM", "SUS", "BEN"])
o("coffee:cbb", "T", "p", "SL PHT Kopi: pengendalian penggerek buah kopi", ["LAM"], status="withdrawn")
o("coffee:x-pruning", "T", "t", "Pemangkasan dan Sambung Samping Kopi Robusta", ["LAM"])
o("coffee:x-cocoa-pbk", "T", "p", "Pengendalian Penggerek Buah Kakao (PBK)", ["LAM", "SLS"])

g("kakaosb", "KT Kakao Tinambung", "SLB", "K.Polewali Mandar", 29)
n("cocoa:side-grafting", "kakaosb", "T", "pohon kakao tabe' sdh tua, buah sedikit. mau belajar sambung samping pakai entres klon unggul")
o("cocoa:side-grafting", "T", "p", "Rehabilitasi Kakao dengan Sambung Samping Klon Unggul", ["SLB", "SLS"])
o("cocoa:x-fermentation", "T", "t", "Fermentasi Biji Kakao", ["SLB"])
o("coffee:x-pruning", "T", "t", "Sambung Samping Kopi Robusta", ["SLB"])
o("cocoa:x-scion-garden", "R", "p", "Bantuan entres dan bibit kakao klon unggul", ["SLB"])

g("majir", "Kelompok Peternak Sapi Naibonat", "NTT", "K.Kupang", 32)
n("cattle:infertility", "majir", "T", "sapi betina katong byk yg su 2 thn sonde bunting2 (majir), IB berulang gagal. butuh pelatihan penanganan gangguan reproduksi")
o("cattle:infertility", "T", "p", "Penanganan Gangguan Reproduksi Sapi Betina (Gangrep): pemeriksaan, hormon, pakan", ["NTT", "NTB"], "Dokter hewan dinas dan fakultas kedokteran hewan, praktik di kandang kelompok.")
o("cattle:x-ai", "T", "t", "Pelatihan Inseminator Inseminasi Buatan (IB) Sapi", ["NTT"])
o("cattle:infertility", "T", "t", "Reproductive disorders in Bali cattle: field clinic for farmer groups", ["NTB", "BAL"])

g("sate", "Kelompok Ternak Kambing Baros", "BAN", "K.Serang", 21)
n("goat:meat-goats", "sate", "M", "kite ade kambing jantan muda 40 ekor/bln (bobot 20-25 kg). nyari warung sate / pemasok yg ambil rutin tiap bulan")
o("goat:meat-goats", "M", "b", "Pemasok warung sate cari kambing jantan muda rutin", ["BAN", "DKI"])
o("goat:x-goat-milk", "M", "b", "Beli susu kambing etawa segar", ["BAN"])
o("sheep:x-goat-skins", "M", "b", "Beli kulit kambing mentah dari jagal", ["BAN"])
o("goat:meat-goats", "M", "b", "Live goat trader supplying satay restaurants in Jakarta", ["JBR", "DKI"])

g("indigo", "Kelompok Ternak Kambing Sumber Hijau", "NTB", "K.Lombok Tengah", 25)
n("goat:indigofera", "indigo", "T", "musim kemarau pakan kambing susah. tiang dengar indigofera bagus, mohon pelatihan tanam & bikin tepung indigofera")
o("goat:indigofera", "T", "t", "Budidaya Indigofera sebagai Hijauan Pakan Kambing dan Pembuatan Tepung Daun", ["NTB", "NTT"])
o("goat:x-odot", "T", "p", "Penanaman Rumput Odot dan Pakchong", ["NTB"])
o("goat:indigofera", "R", "p", "Bantuan bibit indigofera untuk kebun hijauan", ["NTB"])

g("tetelo", "Kelompok Peternak Ayam Kampung Praipaha", "NTT", "K.Sumba Timur", 20)
n("poultry:nd-vaccination", "tetelo", "T", "ayam kampung katong mati massal tiap musim angin (tetelo/ND). mau ada kader yg bisa vaksin sendiri di kampung")
o("poultry:nd-vaccination", "T", "p", "Pelatihan Vaksinator Ayam Desa: vaksin ND (tetelo) tetes mata dan rantai dingin", ["NTT"], "Peserta dapat vaksin awal dan cool box kecil.")
o("poultry:x-rabies", "T", "p", "Kader Siaga Rabies: vaksinasi anjing", ["NTT"])
o("poultry:x-native-rearing", "T", "t", "Beternak Ayam Kampung Intensif", ["NTT"])

g("paravet", "Kelompok Beternak Babi Wouma", "PPG", "K.Jayawijaya", 18)
n("livestock:paravet", "paravet", "T", "isian form musrenbang distrik: bidang peternakan", "Masalah: babi & ayam banyak mati, tra tau sakit apa, mantri hewan cuma ada di kota Wamena, jalan jauh. Usulan: latih 2-3 anak muda per kampung jadi kader kesehatan hewan (paravet) yg bisa periksa, suntik, lapor penyakit. Ternak: babi ± 300 ekor, ayam, sedikit sapi.")
o("livestock:paravet", "T", "p", "Pelatihan Kader Kesehatan Hewan (Paravet) Kampung", ["PPG", "PAP", "PTG"])
o("livestock:x-asf", "T", "p", "Biosekuriti Kandang Babi: Cegah ASF", ["PPG"])
o("livestock:x-posyandu", "T", "p", "Pelatihan Kader Posyandu", ["PPG"])

g("kandang", "Kelompok Ternak Kambing Sumber Berkah Omben", "JTM", "K.Sampang", 18)
n("goat:raised-pen", "kandang", "R", "Usulan bantuan kandang panggung kambing (kayu/bambu + atap), kandang sekarang becek, kambing sering sakit")
o("goat:raised-pen", "R", "p", "Hibah kandang kambing panggung untuk kelompok ternak", ["JTM", "JTG"])
o("goat:x-goat-stock", "R", "p", "Bantuan bibit kambing bergulir", ["JTM"])
o("goat:raised-pen", "T", "t", "Konstruksi Kandang Panggung Kambing yang Sehat", ["JTM"])
o("goat:x-pig-pen", "R", "p", "Bantuan kandang babi semi permanen", ["NTT", "PPG"])

g("pelung", "Himpunan Peternak Ayam Pelung Warungkondang", "JBR", "K.Cianjur", 15)
n("poultry:pelung", "pelung", "M", "ayam pelung jantan (suara panjang) 30 ekor siap jual. milarian kolektor / pembeli ayam hias")
o("poultry:pelung", "M", "b", "Kolektor beli ayam pelung dan ayam hias lokal", ["JBR", "BAN", "DKI"])
o("poultry:x-kampung-meat", "M", "b", "Beli ayam kampung hidup untuk potong", ["JBR"])

g("keju", "KUD Sapi Perah Tutur", "JTM", "K.Pasuruan", 35)
n("dairy:mozzarella", "keju", "T", "Surplus milk is refused by the KUD. The women want to learn mozzarella making for pizza restaurants in Batu and Malang")
o("dairy:mozzarella", "T", "t", "Mozzarella and fresh cheese making for dairy groups", ["JTM", "JTG"])
o("dairy:x-yoghurt", "T", "t", "Pelatihan Yoghurt dan Susu Pasteurisasi", ["JTM"])
o("dairy:x-dangke", "T", "t", "Pembuatan Dangke (keju tradisional Enrekang)", ["SLS"])
o("dairy:mozzarella", "M", "b", "Restoran pizza beli mozzarella lokal", ["JTM"])

# Crafts and small industry
g("klobot", "KWT Bunga Desa Talumolo", "GOR", "K.Gorontalo", 16)
n("craft:corn-husk", "klobot", "T", "kulit jagung (klobot) byk terbuang abis panen. ibu2 mau belajar bikin bunga hias dr klobot utk dijual")
o("craft:corn-husk", "T", "t", "Kerajinan Bunga Hias dari Kulit Jagung (Klobot)", ["GOR", "SLU"], "Pewarnaan klobot, pembentukan kelopak, rangkaian.")
o("craft:x-pandan", "T", "t", "Anyaman Pandan untuk Tikar dan Tas", ["GOR"])

g("nanas", "Kelompok Tani Nanas Jalancagak", "JBR", "K.Subang", 24)
n("craft:pineapple-fibre", "nanas", "M", "daun nanas abis panen bisa dijadikan serat, kami sdh coba 50 kg serat kering. hoyong ngical ka pabrik tekstil / pengrajin")
g("nanas2", "KWT Tulang Bawang Sejahtera", "LAM", "K.Lampung Tengah", 20)
n("craft:pineapple-fibre", "nanas2", "T", "Request: training to extract pineapple leaf fibre (serat daun nanas) and weave it, leaves are burnt after harvest")
o("craft:pineapple-fibre", "M", "b", "Textile startup buying pineapple leaf fibre (PALF)", [])
o("craft:x-pineapple-fruit", "M", "b", "Beli nanas segar untuk pabrik kaleng", ["JBR", "LAM"])
o("craft:pineapple-fibre", "T", "t", "Ekstraksi Serat Daun Nanas dan Tenun Sederhana (PkM Teknik Tekstil)", ["LAM", "SUS"], "Dekortikasi manual, pengeringan serat, pintal dan tenun gedogan.")
o("craft:x-ikat", "T", "t", "Pelatihan Tenun Ikat ATBM", ["LAM"])
o("craft:x-pineapple-growing", "T", "p", "Budidaya Nanas di Lahan Gambut", ["LAM"])

g("cangkang", "Karang Taruna Kemuning", "JTM", "K.Blitar", 14)
n("craft:eggshell", "cangkang", "T", "desa kami sentra ayam petelur, cangkang telur berkarung2. pemuda mau pelatihan kerajinan mozaik cangkang telur")
o("craft:eggshell", "T", "t", "Kerajinan Mozaik Cangkang Telur untuk Hiasan dan Suvenir", ["JTM"])
o("craft:x-shell", "T", "t", "Kerajinan Kerang dan Siput Laut", ["JTM"])
o("craft:x-eggs", "M", "b", "Beli telur ayam ras", ["JTM"])
o("craft:eggshell", "T", "t", "Eggshell mosaic art class", ["BAL"])

g("tapis", "Kelompok Perajin Tapis Pekon Gunung Kemala", "LAM", "K.Pesisir Barat", 18)
n("craft:tapis", "tapis", "M", "kain tapis (sulaman benang emas) 20 lembar/bln, motif kapal & pucuk rebung. cari galeri / butik yg beli")
o("craft:tapis", "M", "b", "Galeri wastra cari kain tapis Lampung", ["LAM", "DKI"], "Tapis benang emas tulen, motif lama dan baru.", tags=["tapis", "wastra", "sulaman benang emas"])
o("craft:x-sulam-usus", "M", "b", "Butik beli sulam usus Lampung", ["LAM"])
o("craft:tapis", "T", "t", "Pelatihan Menyulam Tapis untuk Remaja", ["LAM"])

g("bambu", "Kelompok Tukang Bambu Bena", "NTT", "K.Ngada", 17)
n("craft:bamboo-building", "bambu", "T", "Permohonan pelatihan pengawetan bambu & konstruksi bangunan bambu (lopo, homestay), bambu katong cepat dimakan bubuk", "Dari: Ketua Kelompok Tukang Bambu Bena. Kepada: Dinas PUPR Kab. Ngada. Bambu betung & aur banyak di kampung.")
g("bambu2", "Kelompok Perajin Bambu Rajapolah", "JBR", "K.Tasikmalaya", 22)
n("craft:bamboo-building", "bambu2", "R", "butuh bak rendam & bahan pengawet (boraks / asam borat) utk bambu bangunan, pesanan saung gazebo naik")
o("craft:bamboo-building", "T", "t", "Bamboo preservation (borax-boric acid) and bamboo construction course", ["NTT", "BAL", "NTB"], "Soaking tanks, drying, joints and foundations for small bamboo buildings.")
o("craft:x-bamboo-weaving", "T", "t", "Pelatihan Anyaman Bambu", ["NTT"])
o("craft:bamboo-building", "R", "s", "Paket pengawetan bambu: boraks, asam borat, bak rendam terpal", ["JBR", "JTG"])
o("craft:bamboo-building", "T", "t", "Konstruksi Bambu untuk Saung dan Gazebo", ["JBR"])

g("pelet", "Koperasi Mebel Sukodono", "JTG", "K.Jepara", 30)
n("energy:wood-pellets", "pelet", "M", "serbuk gergaji dr mebel kami sdh dibuat wood pellet 20 ton/bln. golek pembeli (pabrik boiler / ekspor)")
g("pelet2", "Kelompok Usaha Sawmill Baamang", "KTG", "K.Kotawaringin Timur", 12)
n("energy:wood-pellets", "pelet2", "R", "serbuk kayu bergunung di sawmill. butuh mesin pelet kayu (pelletizer) + pengering")
o("energy:wood-pellets", "M", "b", "Biomass pellet buyer for industrial boilers", ["JTG", "JTM", "JBR"], "Pellets 6-8 mm, moisture below 10%, from 20 tonnes a month.")
o("energy:x-coconut-charcoal", "M", "b", "Beli arang tempurung kelapa", ["JTG"])
o("energy:wood-pellets", "R", "s", "Mesin pelet kayu (wood pellet mill) kapasitas 300 kg/jam", ["KTG", "KSL", "KTM"])
o("energy:x-fish-feed-pellet", "R", "s", "Mesin pelet pakan ikan", ["KTG"])
o("energy:x-sawdust-mushroom", "M", "b", "Beli serbuk gergaji untuk baglog jamur", ["KTG"])

g("balsem", "Kelompok Perempuan Dayak Benuaq", "KTM", "K.Kutai Barat", 16)
n("cosm:herbal-balm", "balsem", "T", "mama2 biasa bikin minyak urut dr tumbuhan hutan. mau pelatihan formulasi balsem / minyak urut yg rapi & bisa dijual")
o("cosm:herbal-balm", "T", "t", "Formulasi Balsem dan Minyak Urut Herbal (Fakultas Farmasi)", ["KTM", "KSL"], "Dosen farmasi, praktik formulasi, kemasan dan label.")
o("cosm:x-used-oil-soap", "T", "t", "Sabun Batang dari Minyak Jelantah", ["KTM"])
o("cosm:x-lulur", "T", "t", "Pelatihan Lulur dan Pupur Tradisional", ["KTM", "KSL"])
o("cosm:herbal-balm", "T", "p", "Balsem and herbal massage-oil making for women's groups", [])

g("kakaokos", "KWT Kakao Lestari Palolo", "STG", "K.Sigi", 20)
n("cosm:cocoa-butter", "kakaokos", "T", "kami sdh bisa pres lemak kakao. mau belajar bikin kosmetik dr lemak kakao (lip balm, body butter, sabun)")
o("cosm:cocoa-butter", "T", "t", "Cocoa butter cosmetics: lip balm, body butter and soap (community service programme)", ["STG", "SLS", "SLB"])
o("cosm:x-chocolate", "T", "t", "Pembuatan Cokelat Batang dari Biji Kakao", ["STG"])
o("cocoa:x-fermentation", "T", "t", "Fermentasi Kakao yang Benar", ["STG"])
o("cosm:x-cocoa-butter-buyer", "M", "b", "Beli lemak kakao (cocoa butter) curah", ["STG"])

# Trades, services and permits
g("laundry", "Komunitas Orang Tua Anak Disabilitas Intelektual Banjarbaru", "KSL", "Kt.Banjarbaru", 15)
n("trade:laundry", "laundry", "T", "Anak2 kami (disabilitas intelektual) sdh lulus SLB tp nganggur. mau pelatihan usaha laundry kiloan dgn pendampingan kerja", "Orang tua siap sediakan tempat. Anak2 usia 17-25 thn, 15 org.")
g("laundry2", "Koperasi Wanita Padang Panjang", "SUB", "Kt.Padang Panjang", 25)
n("trade:laundry", "laundry2", "R", "koperasi nio buka usaha laundry kiloan untuak anak kos & pesantren. butuh mesin cuci & pengering kapasitas besar")
o("trade:laundry", "T", "p", "Job coaching for youth with intellectual disabilities: running a kilo laundry", ["KSL", "KTG"])
o("trade:laundry", "T", "t", "Pelatihan Usaha Laundry Kiloan (BLK)", ["KSL", "SUB"])
o("trade:x-housekeeping", "T", "t", "Hotel housekeeping and room attendant course", ["KSL"])
o("trade:x-sewing-disab", "T", "p", "Menjahit untuk Penyandang Disabilitas", ["KSL"])
o("trade:laundry", "R", "s", "Paket mesin laundry (washer 15 kg + dryer) bisa cicil", ["SUB", "RIA"])
o("trade:x-sewing-machine", "R", "s", "Mesin jahit high speed cicilan", ["SUB"])

g("sepatu", "Kelompok Pemuda Tukang Sol Empang", "JBR", "Kt.Bogor", 10)
n("trade:shoe-repair", "sepatu", "T", "pemuda pengangguran mau buka jasa servis sepatu (sol, jahit, cuci sepatu). ada kursus reparasi sepatu?")
o("trade:shoe-repair", "T", "t", "Kursus Reparasi Sepatu dan Tas: sol, jahit, cuci", ["JBR", "DKI"])
o("trade:x-shoe-design", "T", "t", "Desain dan Pembuatan Pola Sepatu", ["JBR"])

g("banner", "BUMDes Mitra Usaha Lubuk Linggau", "SUS", "Kt.Lubuk Linggau", 6)
n("trade:banner-printer", "banner", "R", "BUMDes mau buka usaha percetakan (spanduk, stiker, banner acara desa). butuh mesin printer outdoor + cutting sticker")
o("trade:banner-printer", "R", "s", "Printer outdoor (banner) dan mesin cutting sticker, garansi dan pelatihan operator", ["SUS", "JAM", "BEN"], tags=["banner", "spanduk", "stiker"])
o("trade:x-screen-printing", "R", "s", "Paket alat sablon kaos manual", ["SUS"])
o("trade:banner-printer", "T", "t", "Pelatihan Desain dan Cetak Banner", ["SUS"])

g("keramik", "Kelompok Tukang Kampung Harapan", "PAP", "Kt.Jayapura", 14)
n("trade:tiling", "keramik", "T", "anak2 muda kitong mau jadi tukang pasang keramik lantai & dinding, proyek rumah byk tp tukang dr luar semua")
o("trade:tiling", "T", "t", "Kursus Tukang Pasang Keramik Lantai dan Dinding", ["PAP", "PBR"], "BLK, 30 hari, praktik di rumah contoh.")
o("trade:x-plumbing", "T", "t", "Instalasi Plambing Rumah", ["PAP"])
o("trade:x-skk", "T", "p", "Uji Sertifikasi Kompetensi (SKK) Konstruksi", ["PAP"])

g("korea", "Forum Purna PMI Praya", "NTB", "K.Lombok Tengah", 40)
n("skill:korean", "korea", "T", "pemuda desa mau kerja ke Korea lewat G to G. butuh kursus bahasa Korea persiapan ujian EPS-TOPIK, LPK jauh & mahal", "Peserta ± 40 org, lulusan SMA/SMK.")
g("korea2", "Desbumi Karangkandri", "JTG", "K.Cilacap", 30)
n("skill:korean", "korea2", "T", "calon PMI tujuan Korea Selatan perlu kelas bahasa Korea (EPS TOPIK). ada program gratis?")
o("skill:korean", "T", "t", "Kursus Bahasa Korea Persiapan EPS-TOPIK", ["NTB", "NTT", "BAL"])
o("skill:korean", "T", "p", "Free Korean language classes (EPS-TOPIK) for prospective migrant workers", ["JTG", "JTM", "JBR"])
o("skill:x-japanese", "T", "t", "Kelas Bahasa Jepang Persiapan SSW / JLPT N4", [])
o("skill:x-pre-departure", "T", "p", "Orientasi Pra Pemberangkatan Calon PMI", ["NTB", "JTG"])

g("barcode", "Paguyuban UMKM Keripik Tanggulangin", "JTM", "K.Sidoarjo", 28)
n("permit:barcode", "barcode", "T", "Minimarkets refuse our chips without a barcode: we need help registering GS1 barcodes (EAN-13)", "28 UMKM keripik & kerupuk, sdh PIRT & halal.")
o("permit:barcode", "T", "p", "Pendampingan Pendaftaran Barcode GS1 Indonesia untuk UMKM", ["JTM", "JTG"])
o("permit:x-qris", "T", "p", "Pembayaran Digital QRIS untuk UMKM", [])
o("permit:x-pirt", "T", "p", "Pendampingan Izin PIRT", ["JTM"])
o("permit:barcode", "T", "t", "Product barcodes for retail listing: GS1 membership, EAN codes and label placement", [])

g("bpom", "UMKM Sambal Roa Tikala", "SLU", "Kt.Manado", 8)
n("permit:bpom", "bpom", "T", "sambal roa botol torang so PIRT, tp supermarket luar kota minta izin edar BPOM MD. butuh pendampingan registrasinya", "Produksi 300 botol/mgg.")
g("bpom2", "KUB Rendang Nagari Tuo", "SUB", "Kt.Payakumbuh", 11)
n("permit:bpom", "bpom2", "T", "rendang kaleng awak nak masuak ke ritel modern & ekspor, harus ado izin BPOM (MD). baa caronyo? mohon bimtek")
o("permit:bpom", "T", "p", "Pendampingan Registrasi Pangan Olahan BPOM (MD) dan CPPOB", ["SLU", "GOR"], "Pendaftaran e-registration, denah produksi, dokumen CPPOB.")
o("permit:x-pirt", "T", "p", "Penyuluhan Keamanan Pangan untuk SPP-IRT", ["SLU", "SUB"])
o("permit:x-halal", "T", "p", "Sertifikasi Halal Self Declare", [])
o("permit:x-sambal-making", "T", "t", "Pembuatan Sambal Roa Botol yang Awet", ["SLU"])
o("permit:bpom", "T", "t", "BPOM food registration clinic for small producers", ["SUB", "RIA", "JAM"])
o("permit:x-retort", "T", "t", "Pengalengan Rendang dengan Retort", ["SUB"])

g("gizi", "UMKM Keripik Pisang Sumber Rasa", "LAM", "Kt.Bandar Lampung", 9)
n("permit:nutrition-label", "gizi", "R", "buyer ekspor minta label informasi nilai gizi (nutrition facts). biaya uji lab mahal, ada subsidi uji lab gizi?")
o("permit:nutrition-label", "R", "p", "Subsidi uji laboratorium nilai gizi (nutrition facts) untuk UMKM pangan", ["LAM", "SUS"], "Uji proksimat, kalori, gula, natrium; kuota 40 produk.")
o("permit:x-label-design", "R", "p", "Bantuan desain kemasan dan label", ["LAM"])
o("permit:x-packaging", "R", "s", "Standing pouch dan aluminium foil bisa cetak logo", ["LAM"])
o("permit:nutrition-label", "T", "t", "Cara Membaca dan Menyusun Informasi Nilai Gizi pada Label", ["LAM"])

g("naga", "Karang Taruna Tepian Kahayan", "KTG", "Kt.Palangka Raya", 24)
n("sport:dragon-boat", "naga", "T", "pemuda mau bentuk tim perahu naga (dragon boat) utk festival sungai. butuh pelatih dayung")
g("naga2", "Pokdarwis Sungai Kapuas", "KBR", "Kt.Pontianak", 20)
n("sport:dragon-boat", "naga2", "R", "Need a dragon boat with paddles for river tourism and the Kapuas festival races: grant or seller?")
o("sport:dragon-boat", "T", "t", "Pelatihan Dayung Perahu Naga (Dragon Boat) untuk Tim Desa", ["KTG", "KSL", "KBR"], "Pelatih dari federasi dayung, 6 minggu.")
o("sport:x-kayak", "T", "t", "Kayak guide course for river tourism", [])
o("sport:x-rafting", "T", "t", "Pemandu Arung Jeram", ["KTG", "KBR"])
o("sport:dragon-boat", "R", "s", "Dragon boat (12 and 22 seats) with paddles, fibreglass", ["KBR", "KTG", "RIA"])
o("sport:x-kayak-set", "R", "s", "Paket kayak sit-on-top dan pelampung", ["KBR"])

g("panah", "Paguyuban Jemparingan Sentolo", "DIY", "K.Kulon Progo", 22)
n("sport:jemparingan", "panah", "T", "mau hidupkan lagi jemparingan (panahan tradisional Mataram, duduk bersila) utk anak muda. cari pelatih")
o("sport:jemparingan", "T", "t", "Kelas Jemparingan Gaya Mataram", ["DIY", "JTG"], "Busur dan panah dipinjamkan, latihan tiap Minggu sore.")
o("sport:x-bowyer", "T", "t", "Pembuatan Busur dan Anak Panah Tradisional", ["DIY"])

g("drum", "Komite SD Inpres Tamalanrea", "SLS", "Kt.Makassar", 40)
n("music:drumband", "drum", "R", "sekolah butuh alat drumband / marching band (snare, bass drum, pianika, bellyra) utk lomba 17-an")
o("music:drumband", "R", "s", "Paket alat marching band sekolah", ["JTG", "JTM", "JBR"])
o("music:x-rebana", "R", "s", "Set rebana hadrah", ["SLS"])
o("music:x-gendang", "R", "s", "Gendang beleq set lengkap", ["NTB", "SLS"])
o("music:drumband", "T", "t", "Pelatih Drumband Sekolah", ["SLS"])

g("gambus", "Sanggar Zapin Bengkalis", "RIA", "K.Bengkalis", 15)
n("music:gambus", "gambus", "T", "sanggar kami nak ado kelas gambus (petik gambus Melayu) utk anak2, pemain tua tinggal sikit")
o("music:x-hadrah", "T", "t", "Kursus Hadrah dan Rebana", ["RIA"])
o("music:x-guitar", "T", "t", "Kursus Gitar Akustik", [])
o("music:x-zapin", "T", "t", "Pelatihan Tari Zapin", ["RIA"])

g("badm", "PB Bulu Tangkis Juata", "KUT", "Kt.Tarakan", 30)
n("sport:badminton", "badm", "T", "klub anak2 bulu tangkis kami blm ada pelatih berlisensi. minta pelatihan pelatih bulu tangkis dasar")
o("sport:badminton", "T", "p", "Penataran Pelatih Bulu Tangkis Tingkat Dasar", ["KTM", "KSL"])
o("sport:x-volley", "T", "p", "Pelatihan Pelatih Bola Voli", ["KUT"])
o("sport:x-takraw", "T", "t", "Kelas Sepak Takraw Anak", ["KUT"])

# Health, social, education
g("rokok", "Forum Desa Sehat Cibeber", "BAN", "K.Lebak", 20)
n("health:smoking", "rokok", "T", "Usulan: pelatihan kader utk bantu warga berhenti merokok & tetapkan kawasan tanpa rokok (KTR) di balai desa & posyandu")
o("health:smoking", "T", "p", "Layanan Upaya Berhenti Merokok (UBM): pelatihan kader dan kawasan tanpa rokok", ["BAN", "JBR"])
o("health:x-drugs", "T", "p", "Penggiat Anti Narkoba Desa (P4GN)", ["BAN"])
o("health:smoking", "T", "t", "Quit-smoking counselling for community health volunteers", [])

g("ular", "Kelompok Petani Sawit Swadaya Katingan", "KTG", "K.Katingan", 26)
n("health:snakebite", "ular", "T", "petani kami sering digigit ular di kebun, tradisi diikat / disedot. butuh pelatihan pertolongan pertama gigitan ular")
o("health:snakebite", "T", "p", "Snakebite first aid: pressure immobilisation, no tourniquet, referral", ["KTG", "KBR", "KTM"], "For plantation workers and village health cadres.")
o("health:x-rabies-bite", "T", "p", "Tata Laksana Kasus Gigitan Hewan Penular Rabies", ["KTG"])

g("gpk", "KKG SD Inklusi Kecamatan Sipirok", "SUT", "K.Tapanuli Selatan", 35)
n("edu:inclusive-teachers", "gpk", "T", "guru2 SD kami terima murid disabilitas tp blm pernah dilatih. mohon pelatihan guru pendamping khusus (GPK) sekolah inklusi", "9 SD, ± 35 guru. Murid tunarungu, autis, lambat belajar.")
o("edu:inclusive-teachers", "T", "t", "Pelatihan Guru Pendamping Khusus (GPK) Sekolah Inklusif", ["SUT", "ACE"])
o("edu:x-bisindo", "T", "t", "Kelas Bahasa Isyarat BISINDO", ["SUT"])
o("edu:x-paud", "T", "p", "Diklat Dasar Guru PAUD", ["SUT"])
o("edu:inclusive-teachers", "T", "p", "Inclusive education: training for classroom teachers", ["SUB", "RIA"])

g("tppo", "Jaringan Perempuan Desa Oinlasi", "NTT", "K.Timor Tengah Selatan", 28)
n("social:anti-trafficking", "tppo", "T", "byk anak muda katong direkrut calo kerja ke luar tanpa dokumen, ada yg pulang dlm peti. mau pelatihan cegah perdagangan orang (TPPO)", "Peserta: mama2 kelompok, guru, tokoh gereja, kepala dusun.")
o("social:anti-trafficking", "T", "p", "Community anti-trafficking watch (TPPO): recognising recruiters, safe migration, reporting", ["NTT", "NTB"])
o("skill:x-pre-departure", "T", "p", "Orientasi Pra Pemberangkatan PMI", ["NTT"])
o("social:x-remittance", "T", "p", "Pengelolaan Uang Kiriman Keluarga PMI", ["NTT"])
o("social:anti-trafficking", "T", "p", "Desa Migran Produktif: Satgas Pencegahan TPPO", ["JTM"])

g("salon", "Kelompok Perempuan Kreatif Mandonga", "SLT", "Kt.Kendari", 18)
n("skill:hair-salon", "salon", "T", "ibu2 & remaja putri mau kursus salon rambut (potong, creambath, smoothing) utk buka salon kecil di rumah")
o("skill:hair-salon", "T", "t", "Kursus Tata Kecantikan Rambut (LKP): potong, creambath, smoothing", ["SLT", "SLS"])
o("skill:x-barber", "T", "t", "Kursus Pangkas Rambut Pria (Barbershop)", ["SLT"])
o("skill:x-mua", "T", "t", "Kursus Rias Pengantin dan Make Up Artist", ["SLT"])

g("pesiar", "Karang Taruna Tejakula", "BAL", "K.Buleleng", 35)
n("skill:cruise", "pesiar", "T", "pemuda desa mau kerja di kapal pesiar (bagian F&B, housekeeping). ada pelatihan persiapan kerja kapal pesiar yg terjangkau?")
o("skill:cruise", "T", "t", "Persiapan Kerja Kapal Pesiar: F&B service, housekeeping, basic safety training", ["BAL", "NTB"], "LKP pariwisata, termasuk persiapan wawancara agen.")
o("skill:x-barista", "T", "t", "Kursus Barista Kopi", [])
o("skill:x-korean-bal", "T", "t", "Kursus Bahasa Korea Dasar", ["BAL"])

# Tourism
g("petik", "Pokdarwis Petik Jeruk Selorejo", "JTM", "K.Malang", 25)
n("tour:agrotourism", "petik", "T", "kebun jeruk kami mau dibuka jd wisata petik buah. butuh pendampingan paket agrowisata (tiket, jalur, keamanan pengunjung)")
o("tour:agrotourism", "T", "p", "Pengembangan Paket Agrowisata Petik Buah", ["JTM", "JTG"])
o("tour:x-homestay", "T", "p", "Pengelolaan Homestay Desa Wisata", ["JTM"])
o("tour:x-guide", "T", "t", "Pemandu Wisata Lokal (Pramuwisata)", ["JTM"])
o("tour:agrotourism", "T", "t", "Pick-your-own farm tourism: design and visitor safety", ["JTM"], status="closed")

g("cooking", "Kelompok Ibu Dapur Sayan", "BAL", "K.Gianyar", 12)
n("tour:cooking-class", "cooking", "T", "Women's group in Sayan wants to run a Balinese cooking class for foreign tourists: need training on running the class (English, recipes, package prices)")
o("tour:cooking-class", "T", "t", "Running a cooking class for tourists: recipes, English, pricing", ["BAL", "NTB"])
o("tour:x-catering", "T", "t", "Pelatihan Usaha Katering Rumahan", [])
o("skill:x-barista", "T", "t", "Barista dan Manual Brew", ["BAL"])

# Environment, energy, equipment
g("pju", "Pemerintah Desa Lelilef", "MUT", "K.Halmahera Tengah", 50)
n("energy:solar-streetlights", "pju", "R", "Village roads are dark at night: request for 20 solar street lights (PJU-TS)", "Listrik PLN sering padam, jalan desa 3 km ke dermaga.")
o("energy:solar-streetlights", "R", "p", "Solar street lights for villages (PJU tenaga surya)", ["MUT", "MAL", "PAP"])
o("energy:x-shs", "R", "p", "Solar home system untuk rumah tanpa listrik", ["MUT"])
o("energy:x-led-bagan", "R", "s", "Lampu LED bagan untuk nelayan", ["MUT"])
o("energy:solar-streetlights", "R", "s", "Jual PJU tenaga surya all-in-one 60W", [])

g("citarum", "Kelompok Peduli Citarum Baleendah", "JBR", "K.Bandung", 22)
n("env:trash-boom", "citarum", "R", "River rubbish piles up under the bridge. We need a floating barrier (trash boom) and a small boat to collect it", "Relawan 22 org, tiap Minggu angkut manual dr jembatan Dayeuhkolot.")
o("env:trash-boom", "R", "p", "Trash boom (river waste barrier) and collection boat grant", ["JBR", "JTG"], "For riverside communities along the Citarum and its tributaries.")
o("env:x-waste-cart", "R", "s", "Gerobak sampah motor roda tiga", ["JBR"])
o("env:x-fish-nets", "R", "s", "Jaring ikan dan pelampung gabus", ["JBR"])

g("popok", "Komunitas Sungai Brantas Lestari", "JTM", "Kt.Mojokerto", 12)
n("env:diapers", "popok", "T", "popok bekas byk dibuang ke sungai. mau pelatihan olah popok sekali pakai (media tanam / pot) & kampanye warga")
o("env:diapers", "T", "p", "Daur Ulang Popok Sekali Pakai menjadi Media Tanam dan Pot", ["JTM"])
o("env:x-ecobrick", "T", "p", "Workshop Ecobrick", ["JTM"])
o("env:x-compost", "T", "t", "Pembuatan Kompos Takakura", ["JTM"])

g("planter", "Kelompok Tani Jagung Oelolok", "NTT", "K.Timor Tengah Utara", 30)
n("crop:corn-planter", "planter", "R", "tanam jagung msh pakai tugal kayu, lama. katong butuh alat tanam jagung (corn planter) dorong / tarik")
o("crop:corn-planter", "R", "s", "Alat tanam jagung dorong (corn planter) 2 baris", ["NTT", "NTB"], "Jarak tanam bisa diatur, dengan pupuk sekalian.")
o("crop:x-corn-sheller", "R", "s", "Mesin pemipil jagung", ["NTT"])

g("dryer", "Gapoktan Tellu Limpoe", "SLS", "K.Sidenreng Rappang", 60)
n("rice:grain-dryer", "dryer", "R", "panen musim hujan gabah basah, harga jatuh krn tdk bisa jemur. butuh mesin pengering gabah (bed / box dryer)")
o("rice:grain-dryer", "R", "p", "Program Bantuan Alsintan Pascapanen 2027", ["SLS", "SLB"], "Mesin pengering gabah (box dryer, 6-10 ton per proses) untuk gapoktan di sentra padi.")
o("rice:x-rmu", "R", "p", "Hibah Rice Milling Unit (RMU)", ["SLS"])
o("rice:grain-dryer", "R", "s", "Flatbed paddy dryer, husk-fired, 6 tonnes per batch", [])

g("rat", "Koperasi Konsumen Karyawan Pulo Gadung", "DKI", "Kt.Administrasi Jakarta Timur", 120)
n("coop:annual-meeting", "rat", "T", "Formulir Usulan Kegiatan Dinas Koperasi & UKM: Koperasi Konsumen Karyawan Pulo Gadung", "Bagian C (Permasalahan): koperasi belum melaksanakan Rapat Anggota Tahunan selama 3 tahun buku, laporan keuangan belum tersusun, pengurus baru blm paham. Bagian D (Kebutuhan): pendampingan penyusunan laporan pertanggungjawaban pengurus dan pelaksanaan RAT. Jumlah anggota: 120 org.")
o("coop:annual-meeting", "T", "p", "Pendampingan Penyusunan Laporan dan Pelaksanaan Rapat Anggota Tahunan (RAT) Koperasi", ["DKI", "JBR", "BAN"])
o("coop:x-audit", "T", "t", "Pelatihan Pengawas Koperasi", ["DKI"])
o("coop:x-formation", "T", "p", "Pembentukan Koperasi Berbadan Hukum", ["DKI"])

g("apd", "Kelompok Tani Bawang Larangan", "JTG", "K.Brebes", 40)
n("health:pesticide-safety", "apd", "T", "petani bawang kami sering pusing & mual abis nyemprot. mohon penyuluhan K3 pestisida (APD, dosis, tanda keracunan)", "Semprot tiap 2 hari pas musim hujan, kebanyakan tanpa masker.")
g("apd2", "Kelompok Tani Sayur Merdeka", "SUT", "K.Karo", 25)
n("health:pesticide-ppe", "apd2", "R", "butuh APD penyemprot: masker respirator, kacamata, sarung tangan karet, baju lengan panjang, sepatu bot")
o("health:pesticide-safety", "T", "p", "K3 Penggunaan Pestisida: APD, dosis, gejala keracunan dan pertolongan", ["JTG", "JBR"])
o("health:x-botanical", "T", "t", "Pembuatan Pestisida Nabati", ["JTG"])
o("health:x-sprayer", "R", "s", "Sprayer gendong elektrik 16 liter", ["JTG", "SUT"])
o("health:pesticide-ppe", "R", "p", "Paket APD penyemprot pestisida (respirator, sarung tangan, sepatu bot)", ["SUT", "ACE"])
o("health:x-chainsaw-ppe", "R", "s", "APD operator chainsaw: helm, pelindung telinga, chaps", ["SUT"])

# Papua regions
g("tukangkai", "Kelompok Tukang Perahu Kampung Lobo", "PBR", "K.Kaimana", 12)
n("fish:boat-tools", "tukangkai", "R", "kitong bikin perahu kayu masih pakai kapak & gergaji tangan. butuh perkakas tukang: gergaji mesin, bor, ketam listrik, genset kecil")
o("fish:boat-tools", "R", "s", "Paket perkakas tukang kayu dan perahu (gergaji, bor, ketam listrik) + genset", ["PBR", "PBD", "MAL"])
o("fish:x-outboard-grant", "R", "p", "Bantuan mesin tempel 15 PK untuk nelayan", ["PBR"])
o("fish:boat-tools", "R", "p", "Tool kits for village boatbuilders", [], status="withdrawn")

g("baler", "Bank Sampah Pulau Arborek", "PBD", "K.Raja Ampat", 14)
n("env:baler", "baler", "R", "sampah botol & kardus di pulau dikirim ke Sorong tp makan tempat di kapal. butuh mesin press (baler) plastik supaya padat")
o("env:baler", "R", "p", "Mesin press (baler) botol plastik dan kardus untuk bank sampah", ["PBD", "PBR", "MAL"])
o("env:x-pyrolysis", "R", "p", "Hibah mesin pirolisis plastik jadi BBM", ["PBD"])
o("env:x-organic-shredder", "R", "s", "Mesin pencacah sampah organik", ["PBD"])

g("nabire", "Kelompok Kebun Kakao Wanggar", "PTG", "K.Nabire", 22)
n("health:snakebite", "nabire", "T", "mama2 di kebun kakao sering ketemu ular, ada yg meninggal krn gigitan. kitong mau belajar pertolongan pertama gigitan ular yg benar")
o("health:snakebite", "T", "p", "Snakebite first aid for rural health cadres and farmers", [])

# Second groups for some subjects, and third fits
g("sepatu2", "Karang Taruna RW 07 Kalibaru", "DKI", "Kt.Administrasi Jakarta Utara", 12)
n("trade:shoe-repair", "sepatu2", "T", "Usulan pelatihan keterampilan: servis & cuci sepatu utk remaja putus sekolah (peserta 12 org)")
g("balsem2", "KWT Galuh Cempaka", "KSL", "K.Banjar", 18)
n("cosm:herbal-balm", "balsem2", "T", "ulun handak belajar maulah minyak urut wan balsem dr sereh, jahe, cengkeh, gasan dijual di pasar terapung")
g("pju2", "Pemerintah Negeri Kilmury", "MAL", "K.Seram Bagian Timur", 40)
n("energy:solar-streetlights", "pju2", "R", "negeri beta seng ada lampu jalan, anak2 pulang mengaji gelap. mohon PJU tenaga surya")
o("rice:blb", "T", "p", "Klinik Tanaman BPP: penyakit kresek dan hawar daun padi", ["K.Indramayu", "K.Cirebon"])
o("skill:korean", "T", "p", "Kelas Bahasa Korea gratis untuk calon pekerja migran", ["NTB"], "Kerja sama Disnaker dan LPK, 3 bulan, persiapan ujian EPS-TOPIK.")
o("coco:young", "M", "b", "Distributor degan (kelapa muda) untuk restoran Jakarta", ["DKI", "BAN"])

# Regency- and Kota-level service areas (neighbouring Kota / Kabupaten do not reach each other)
o("flower:gerbera", "M", "b", "Toko bunga Kota Bandung cari gerbera potong", ["Kt.Bandung"])
o("mush:wood-ear", "M", "b", "Resto dan rumah makan Kota Magelang beli jamur kuping kering", ["Kt.Magelang"])
o("poultry:pelung", "M", "b", "Kolektor ayam pelung untuk kontes, ambil di Sukabumi", ["K.Sukabumi", "Kt.Sukabumi"])
o("herb:kencur", "M", "b", "Bakul jamu gendong Madiun beli kencur segar", ["Kt.Madiun", "K.Madiun"])
o("fish:tor", "M", "b", "Rumah makan Cirebon beli ikan dewa hidup", ["Kt.Cirebon", "K.Kuningan"])
o("tour:agrotourism", "T", "p", "Pendampingan Paket Wisata Petik Apel", ["Kt.Batu"])
o("coco:nipa-sugar", "M", "b", "Pengepul gula nipah Kubu Raya, ambil di desa", ["K.Kubu Raya"])

# Second needs of five groups (the fits were first written as wrong-kind offers), and second fits
n("fish:seagrass", "lamun", "R", "Usulan bantuan: bibit lamun + jaring / patok utk transplantasi di 2 ha padang lamun depan kampung")
n("goat:indigofera", "indigo", "R", "tiang perlu bibit / stek indigofera utk kebun hijauan 1 ha kelompok")
n("goat:raised-pen", "kandang", "T", "sekalian minta pelatihan cara bikin kandang panggung yg sehat (ukuran, lantai celah, tempat kotoran)")
n("coco:climbing-gear", "panjat", "T", "torang pe penderes juga perlu dilatih cara memanjat & pakai harness yg aman")
n("permit:nutrition-label", "gizi", "T", "selain uji lab, kami perlu diajari cara menyusun tabel informasi nilai gizi di label sendiri")
o("crop:downy-mildew-maize", "T", "p", "Penyuluhan BPP: tanam serempak dan benih berfungisida untuk cegah bulai", ["K.Dompu", "K.Bima"])
o("veg:kidney-beans", "M", "b", "Koperasi penampung kacang merah Curup", ["K.Rejang Lebong", "K.Kepahiang"])
o("mush:wood-ear", "M", "b", "Buyer of dried wood-ear fungus for restaurants and noodle makers", [])

# ------------------------------------------------------------------------------------------
# Generation
def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)

def load_regions():
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    cent, by_prov = {}, {}
    for r in rows:
        if r["level"] == "regency":
            cent[r["name"]] = (float(r["lat"]), float(r["lon"]), pname[r["parent_code"]])
            by_prov.setdefault(pname[r["parent_code"]], []).append(r["name"])
    return cent, by_prov

BIG = ["Kota Administrasi Jakarta Selatan", "Kota Surabaya", "Kota Bandung", "Kota Medan", "Kota Makassar",
       "Kota Yogyakarta", "Kota Semarang"]
NAMEPARTS = {
    "trainer": (["LPPM Universitas", "Tim PkM Politeknik", "KKN Tematik Universitas", "LKP", "Balai Pelatihan",
                 "Sanggar Belajar", "Klinik Usaha", "Pusat Studi", "Dosen Pendamping"],
                ["Nusantara", "Cendekia", "Bina Karya", "Tunas Bangsa", "Widya Mandiri", "Sinar Ilmu", "Samudra",
                 "Bakti Persada", "Harapan Timur", "Mitra Desa", "Prima", "Lentera", "Citra Utama", "Mulia"]),
    "programme": (["Program CSR PT", "Yayasan", "Program TJSL", "BPP Penyuluh", "Dinas Mitra", "Inisiatif",
                   "Program Kemitraan", "Koalisi"],
                  ["Sejahtera Bersama", "Tumbuh Lestari", "Daya Desa", "Harapan Baru", "Bumi Hijau", "Rumah Kita",
                   "Cahaya Pesisir", "Karya Abadi", "Nusa Makmur", "Insan Peduli", "Pelita", "Tangguh", "Lumbung Harapan"]),
    "buyer": (["CV", "UD", "PT", "Koperasi", "Toko", "Pengepul", "Offtaker", "Gudang", "Dagang"],
              ["Maju Jaya", "Sumber Rezeki", "Berkah Niaga", "Anugerah", "Sentosa", "Mitra Tani", "Samudera Raya",
               "Agro Lestari", "Putra Mandiri", "Cahaya Abadi", "Indah Makmur", "Sinar Terang", "Dwi Jaya", "Tiga Saudara", "Bintang Timur"]),
    "supplier": (["CV", "Toko", "PT", "UD"],
                 ["Teknik Mandiri", "Alat Tani Jaya", "Sarana Makmur", "Karya Mesin", "Multi Guna", "Perkasa",
                  "Sentral Niaga", "Tekno Agro", "Bangun Usaha"]),
}

def build():
    cent, by_prov = load_regions()
    rnd = random.Random(16016)
    groups = list(GROUPS); rnd.shuffle(groups)
    needs = list(NEEDS); rnd.shuffle(needs)
    offers = list(OFFERS); rnd.shuffle(offers)
    gref = {}
    out_g = []
    for i, gr in enumerate(groups, 1):
        ref = f"g{i:03d}"; gref[gr["key"]] = ref
        lat, lon, prov = cent[gr["regency"]]
        assert prov == gr["province"], (gr["key"], gr["regency"], prov)
        j = h(gr["key"])
        out_g.append(dict(ref=ref, name=gr["name"], province=gr["province"], regency=gr["regency"],
                          lat=round(lat + ((j % 1000) / 1000 - 0.5) * 0.08, 4),
                          lon=round(lon + (((j // 1000) % 1000) / 1000 - 0.5) * 0.08, 4), members=gr["members"]))
    out_p, out_o, used = [], [], set()
    for i, of in enumerate(offers, 1):
        oref, pref = f"o{i:03d}", f"p{i:03d}"
        j = h(of["title"])
        regs = [a for a in of["area"] if a in cent]
        provs = [a for a in of["area"] if a not in cent]
        if regs:
            reg = regs[0]
        elif provs:
            lst = by_prov[provs[0]]
            kota = [r for r in lst if r.startswith("Kota ")]
            reg = (kota or lst)[0]
        else:
            reg = BIG[j % len(BIG)]
        lat, lon, prov = cent[reg]
        pre, suf = NAMEPARTS[of["ptype"]]
        k = 0
        while True:
            name = f"{pre[(j + k) % len(pre)]} {suf[(j // 7 + 3 * k) % len(suf)]}"
            if name not in used: break
            k += 1
            if k > 400:
                name = f"{name} {k}"; break
        used.add(name)
        out_p.append(dict(ref=pref, name=name, type=of["ptype"], province=prov, regency=reg,
                          lat=round(lat + ((j % 997) / 997 - 0.5) * 0.06, 4),
                          lon=round(lon + (((j // 997) % 991) / 991 - 0.5) * 0.06, 4)))
        rec = dict(ref=oref, provider=pref, kind=of["kind"], title=of["title"])
        if of["description"]: rec["description"] = of["description"]
        if of["tags"]: rec["tags"] = of["tags"]
        rec["service_area"] = of["area"]
        if of["kind"] == "training" and j % 4 == 0:
            rec["capacity"] = 10 + (j // 4) % 31
        if of["status"]: rec["status"] = of["status"]
        of["ref"] = oref
        out_o.append(rec)
    out_n = []
    for i, ne in enumerate(needs, 1):
        ref = f"n{i:03d}"; ne["ref"] = ref
        rec = dict(ref=ref, group=gref[ne["group"]], kind=ne["kind"], title=ne["title"])
        if ne["description"]: rec["description"] = ne["description"]
        out_n.append(rec)
    gby = {gr["key"]: gr for gr in GROUPS}
    truth = {}
    for ne in needs:
        gr = gby[ne["group"]]
        truth[ne["ref"]] = sorted(of["ref"] for of in offers if fits(ne, of, gr))
    doc = dict(groups=out_g, providers=out_p, needs=out_n, offers=out_o)
    return doc, dict(sorted(truth.items())), needs, offers, gby

def reaches(of, gr):
    return not of["area"] or gr["province"] in of["area"] or gr["regency"] in of["area"]

def fits(ne, of, gr):
    return (of["label"] == ne["label"] and of["kind"] == ne["kind"] and not of["status"] and reaches(of, gr))

def main():
    for ne in NEEDS: assert ":x-" not in ne["label"], ne["label"]
    doc, truth, needs, offers, gby = build()
    if "--review" in sys.argv:
        for ne in sorted(needs, key=lambda x: x["ref"]):
            gr = gby[ne["group"]]
            print(f"\n{ne['ref']} [{ne['label']}] {ne['kind']} | {gr['regency']}, {gr['province']}\n   {ne['title']}")
            if ne["description"]: print("   ", ne["description"])
            fam = ne["label"].split(":")[0]
            for of in sorted(offers, key=lambda x: x["ref"]):
                same = of["label"] == ne["label"]
                near = (not same and of["label"].split(":")[0] == fam and of["kind"] == ne["kind"]
                        and not of["status"] and reaches(of, gr))
                if same or near:
                    mark = "+" if of["ref"] in truth[ne["ref"]] else ("-" if same else "~")
                    print(f"   {mark} {of['ref']} {of['kind'][:5]} {of['status'] or 'open'} {of['area'] or 'everywhere'} [{of['label']}] {of['title']}")
        return
    if "--stats" in sys.argv:
        from collections import Counter
        print("needs", len(needs), Counter(n["kind"] for n in needs))
        print("offers", len(offers), Counter(o["kind"] for o in offers), Counter(o["status"] for o in offers))
        print("groups", len(GROUPS), "provinces", len({g["province"] for g in GROUPS}))
        print("missing provinces", sorted(set(PROV.values()) - {g["province"] for g in GROUPS}))
        print("empty truth", sum(1 for v in truth.values() if not v), "pairs", sum(len(v) for v in truth.values()))
        print("list sizes", sorted(Counter(len(v) for v in truth.values()).items()))
        print("everywhere", sum(1 for o in offers if not o["area"]), "with desc", sum(1 for o in offers if o["description"]))
        return
    name = os.path.basename(SET)
    with open(os.path.join(SET, f"{name}-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
    with open(os.path.join(SET, f"{name}-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1); f.write("\n")
    print("written", len(doc["groups"]), len(doc["needs"]), len(doc["offers"]))

if __name__ == "__main__":
    main()
