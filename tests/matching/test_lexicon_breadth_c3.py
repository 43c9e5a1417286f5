"""Third breadth round on the crafts, textiles, tourism, energy-and-environment and trades lexicon:
subjects it did not know (mother-of-pearl inlay, ketak weaving, ogoh-ogoh, rope, sawn timber,
building materials, second-hand clothes, national parks, three-wheelers, vinyl stickers) meet
their offer, the regional names people write (nyiru, boboko, jarik, saruang, runtah, rabuk) are
read as their subject, and the near subject beside a product gets no credit: its raw material
(raw rattan and rattan furniture, clay and pottery, gold thread and songket), its tool (the
canting and hand-drawn batik, the embroidery machine and embroidery, the saw and sawn timber), its
permit or standard (homestay standards and running a homestay), and the look-alike inside its
name (the tourist road train and the rabbit, PADI diving and rice, wood vinegar and vinegar).

Written with listings of our own, on the shipped lexicon.
"""

from functools import partial

import pytest

from marketplace.matching.lexicon import read_lexicon_files
from marketplace.matching.normalise import Stemmer
from tests.matching import ranking

AREA = ("nusa tenggara barat", "nusa tenggara barat/lombok tengah")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        # subjects new to the lexicon, and the look-alike beside them
        (
            "beli mesin jahit bekas",
            "Sewing machine supplier",
            "Kursus menjahit untuk ibu-ibu",
            "resource",
        ),
        (
            "kursus sablon kaos utk pemuda",
            "Screen printing course",
            "Pembeli kaos polos grosir",
            "training",
        ),
        ("jual rotan mentah", "Raw rattan buyer", "Pembeli mebel rotan", "market"),
        (
            "pelatihan finishing mebel jati",
            "Wood finishing training",
            "Pembeli mebel jati",
            "training",
        ),
        ("jual serbuk gergaji", "Sawdust buyer", "Jual gergaji mesin", "market"),
        (
            "jual limbah kayu potongan",
            "Wood offcuts buyer for briquettes",
            "Pembeli kayu jati gelondongan",
            "market",
        ),
        (
            "beli tanah liat utk gerabah",
            "Pottery clay supplier",
            "Pembeli gerabah hias",
            "resource",
        ),
        (
            "butuh tungku pembakaran gerabah",
            "Pottery kiln builder",
            "Pembeli gerabah hias",
            "resource",
        ),
        ("jual malam batik", "Batik wax buyer", "Pembeli lilin aromaterapi", "market"),
        (
            "beli canting dan kompor batik",
            "Batik tools supplier",
            "Pembeli kain batik tulis",
            "resource",
        ),
        ("jual benang tenun", "Weaving yarn buyer", "Pembeli kain tenun ikat", "market"),
        (
            "beli alat tenun bukan mesin",
            "Handloom (ATBM) maker",
            "Mesin tenun otomatis bekas",
            "resource",
        ),
        (
            "jual kayu secang utk pewarna",
            "Sappanwood natural dye buyer",
            "Pembeli kayu cendana",
            "market",
        ),
        (
            "pelatihan bikin sabun cuci piring",
            "Dish soap making class",
            "Pelatihan sabun mandi herbal",
            "training",
        ),
        ("jual kulit mentah sapi", "Raw hides buyer", "Pembeli tas kulit", "market"),
        ("jual cuka kayu", "Wood vinegar buyer", "Pembeli cuka apel", "market"),
        (
            "sewa kereta kelinci utk desa wisata",
            "Tourist road train rental",
            "Bibit kelinci rex",
            "resource",
        ),
        (
            "jual arang batok",
            "Coconut shell charcoal buyer",
            "Pembeli kerajinan batok kelapa",
            "market",
        ),
        ("jual sapu lidi", "Stick broom buyer", "Pembeli sapu ijuk", "market"),
        ("jual oli bekas", "Waste engine oil collector", "Toko oli motor", "market"),
        ("jual ban bekas", "Scrap tyre buyer", "Jasa tambal ban", "market"),
        ("sewa kostum tari", "Dance costume rental", "Jahit seragam sekolah", "resource"),
        ("pelatihan pemandu selam", "Dive guide course", "Servis kompresor selam", "training"),
        (
            "pelatihan pemasangan plts",
            "Solar installer training",
            "Pengering tenaga surya untuk kopi",
            "training",
        ),
        ("kursus instalasi listrik rumah", "House wiring course", "Agen token listrik", "training"),
        (
            "bengkel konversi motor listrik",
            "Electric motorbike conversion workshop",
            "Bengkel motor umum",
            "resource",
        ),
        ("jual tali tambang", "Rope buyer", "Tambang pasir desa", "market"),
        ("beli semen dan pasir", "Building materials store", "Tukang bangunan harian", "resource"),
        (
            "jual pakaian bekas impor",
            "Second-hand clothing buyer",
            "Pembeli kaos polos grosir",
            "market",
        ),
        (
            "pelatihan kerajinan cukli",
            "Mother-of-pearl inlay training",
            "Pelatihan budidaya kerang mutiara",
            "training",
        ),
        ("jual anyaman ketak", "Ketak basket buyer", "Pembeli keranjang rotan", "market"),
        (
            "pembuatan ogoh-ogoh",
            "Ogoh-ogoh making workshop",
            "Pelatihan kerajinan bambu",
            "training",
        ),
        ("jual batu alam templek", "Natural stone cladding buyer", "Pembeli batu akik", "market"),
        ("jual tasbih kayu", "Prayer beads buyer", "Pembeli kayu cendana", "market"),
        (
            "jual tas kulit ikan pari",
            "Stingray leather bags buyer",
            "Pembeli ikan pari asap",
            "market",
        ),
        ("jual kayu gergajian", "Sawn timber buyer", "Jual gergaji mesin", "market"),
        (
            "pesan kusen dan pintu kayu",
            "Wooden doors and window frames maker",
            "Kusen aluminium dan kaca",
            "resource",
        ),
        (
            "sewa motor roda tiga utk angkut sampah",
            "Three-wheeler rental",
            "Becak motor wisata",
            "resource",
        ),
        ("pasang parabola", "Satellite dish installer", "Servis kulkas", "resource"),
        (
            "jasa cutting sticker motor",
            "Vinyl decal shop",
            "Pelatihan sambung pucuk (cutting) kopi",
            "resource",
        ),
        ("sewa pelampung utk wisata", "Life jacket rental", "Jaket bomber grosir", "resource"),
        (
            "kursus selam padi open water",
            "PADI diving course",
            "Pelatihan budidaya padi organik",
            "training",
        ),
        (
            "pengelolaan pujasera desa",
            "Food court management training",
            "Pelatihan tata boga",
            "training",
        ),
        (
            "paket island hopping",
            "Island hopping boat tours",
            "Sewa perahu nelayan untuk melaut",
            "resource",
        ),
        ("pelatihan pembuatan gitar", "Guitar making workshop", "Les gitar anak", "training"),
        (
            "penangkaran penyu utk wisata",
            "Sea turtle hatchery training",
            "Pembeli daging penyu",
            "training",
        ),
        (
            "jual pome limbah sawit",
            "Palm oil mill effluent buyer for biogas",
            "Pembeli tandan buah segar sawit",
            "market",
        ),
        ("pasang hidran utk desa", "Fire hydrant installer", "Pompa air sawah", "resource"),
        ("peti jenazah", "Coffin maker", "Jual kayu jati", "resource"),
        # near subjects of crafts, textiles, tourism, energy and the trades
        (
            "pelatihan pengelolaan homestay",
            "Homestay management training",
            "Sertifikasi standar homestay ASEAN",
            "training",
        ),
        (
            "pelatihan bahasa inggris utk pemandu wisata",
            "English for tour guides course",
            "Pelatihan pemandu selam",
            "training",
        ),
        ("jual kopi bubuk ke kafe", "Cafe buying ground coffee", "Kursus barista", "market"),
        ("sewa tenda camping", "Camping gear rental", "Sewa tenda pesta pernikahan", "resource"),
        ("jual maggot bsf", "BSF larvae buyer", "Pembeli lalat buah", "market"),
        ("beli bibit mangrove", "Mangrove seedlings nursery", "Paket wisata mangrove", "resource"),
        (
            "pelatihan eco enzyme",
            "Eco-enzyme workshop",
            "Pelatihan pembuatan enzim tempe",
            "training",
        ),
        ("jual briket arang", "Charcoal briquette buyer", "Pembeli arang kayu bakar", "market"),
        ("beli kompor biogas", "Biogas stove supplier", "Agen gas LPG", "resource"),
        ("pasang sumur bor", "Borehole drilling service", "Pembuatan sumur resapan", "resource"),
        (
            "pelatihan pengolahan limbah tahu",
            "Tofu wastewater treatment training",
            "Pelatihan pembuatan tahu",
            "training",
        ),
        (
            "jual minyak jelantah",
            "Used cooking oil collector",
            "Pembeli minyak goreng curah",
            "market",
        ),
        ("jual kardus bekas", "Used cardboard buyer", "Pembeli kemasan kardus baru", "market"),
        (
            "pelatihan pembuatan pupuk kompos",
            "Composting training",
            "Pembeli pupuk urea",
            "training",
        ),
        (
            "pelatihan mitigasi bencana banjir",
            "Flood preparedness training",
            "Pelatihan budidaya ikan banjir",
            "training",
        ),
        ("kursus servis ac", "AC repair course", "Kursus servis hp", "training"),
        ("pelatihan tukang las", "Welding course", "Kursus servis motor", "training"),
        ("jual sepatu kulit", "Leather shoe buyer", "Jasa sol sepatu", "market"),
        (
            "pelatihan rias pengantin",
            "Bridal makeup course",
            "Kursus jahit gaun pengantin",
            "training",
        ),
        ("sewa gaun pengantin", "Bridal gown rental", "Jasa rias pengantin", "resource"),
        ("jual kain perca", "Fabric scrap buyer", "Pembeli kain batik", "market"),
        (
            "pelatihan bordir komputer",
            "Computerised embroidery course",
            "Servis mesin bordir",
            "training",
        ),
        ("servis mesin jahit", "Sewing machine repair", "Jual mesin jahit baru", "resource"),
        ("beli benang rajut", "Knitting yarn supplier", "Pembeli tas rajut", "resource"),
        ("jual kain tenun songket", "Songket buyer", "Pembeli benang emas songket", "market"),
        (
            "pelatihan pewarna alam",
            "Natural dyeing workshop",
            "Pelatihan pewarna makanan alami",
            "training",
        ),
        ("jual kepompong ulat sutra", "Silk cocoon buyer", "Pembeli kain sutra", "market"),
        ("sewa baju adat", "Traditional costume rental", "Penjahit baju adat", "resource"),
        ("jual sarung tenun", "Handwoven sarong buyer", "Pembeli sarung tangan kerja", "market"),
        ("jual topi pandan", "Pandan hat buyer", "Pembeli tikar pandan", "market"),
        ("jual keranjang bambu", "Bamboo basket buyer", "Pembeli bambu petung", "market"),
        (
            "pelatihan pengawetan bambu",
            "Bamboo preservation training",
            "Pelatihan kerajinan bambu",
            "training",
        ),
        ("jual patung kayu", "Wood carving buyer", "Pembeli kayu mahoni", "market"),
        ("jual gamelan", "Gamelan buyer", "Kursus karawitan", "market"),
        (
            "pelatihan membuat wayang kulit",
            "Shadow puppet making course",
            "Kursus dalang",
            "training",
        ),
        ("jual perhiasan perak", "Silver jewellery buyer", "Pembeli perak batangan", "market"),
        ("jual lilin aromaterapi", "Scented candle buyer", "Pembeli malam batik", "market"),
        ("jual sabun sereh", "Lemongrass soap buyer", "Pembeli minyak sereh wangi", "market"),
        (
            "pelatihan kerajinan eceng gondok",
            "Water hyacinth craft training",
            "Pembersihan eceng gondok danau",
            "training",
        ),
        (
            "pelatihan kerajinan kulit kerang",
            "Seashell craft workshop",
            "Pelatihan budidaya kerang hijau",
            "training",
        ),
        ("jual batu akik", "Gemstone buyer", "Pembeli batu bata merah", "market"),
        ("jual genteng", "Roof tile buyer", "Pembeli batu bata merah", "market"),
        ("jual sapu ijuk", "Broom buyer", "Pembeli ijuk aren mentah", "market"),
        ("jual dupa", "Incense buyer", "Pembeli kayu gaharu", "market"),
        # regional names, and the new subjects in the words people write
        (
            "jual nyiru dan tampah bambu",
            "Bamboo winnowing tray buyer",
            "Pembeli bambu petung",
            "market",
        ),
        ("jual tudung saji anyaman", "Woven food cover buyer", "Pembeli saji catering", "market"),
        ("jual jarik batik tulis", "Hand-drawn batik buyer", "Pembeli kain mori polos", "market"),
        ("jual saruang tenun", "Handwoven sarong buyer", "Pembeli kain tenun songket", "market"),
        (
            "jual kendil dan periuk tanah",
            "Earthenware pots buyer",
            "Pembeli panci aluminium",
            "market",
        ),
        ("jual gerabah banyumulek", "Lombok pottery buyer", "Pembeli tanah liat", "market"),
        (
            "pelatihan ngolah runtah",
            "Waste management training",
            "Pelatihan olahan ikan",
            "training",
        ),
        ("jual rabuk kandang", "Manure fertiliser buyer", "Pembeli kandang ayam bekas", "market"),
        (
            "jual gebyok ukir",
            "Carved wooden partition buyer",
            "Pembeli kayu jati gelondongan",
            "market",
        ),
        ("jual tas anjat rotan", "Dayak rattan bag buyer", "Pembeli rotan mentah", "market"),
        ("jual lapiak pandan", "Pandan mat buyer", "Pembeli daun pandan wangi", "market"),
        (
            "sewa kapal phinisi utk wisata",
            "Phinisi charter for tourists",
            "Galangan kapal kayu tradisional",
            "resource",
        ),
        (
            "pelatihan tari saman",
            "Saman dance training",
            "Pelatihan manajemen sanggar seni",
            "training",
        ),
        (
            "pelatihan tari gandrung",
            "Gandrung dance class",
            "Pelatihan tari modern dance",
            "training",
        ),
        ("sewa jaket pelampung", "Life jacket rental", "Jaket parasut grosir", "resource"),
        (
            "paket wisata taman nasional",
            "National park tour package",
            "Paket wisata pantai",
            "resource",
        ),
        (
            "pelatihan pemandu wisata alam taman nasional",
            "National park guide training",
            "Pelatihan pemandu karaoke",
            "training",
        ),
        (
            "beli bata ringan hebel",
            "Lightweight AAC block supplier",
            "Pembeli batu bata merah",
            "resource",
        ),
        (
            "beli semen utk bangun rumah",
            "Cement and building materials store",
            "Pembeli semen beku sapi",
            "resource",
        ),
        ("jual pasir bangunan", "Building sand buyer", "Wisata pantai pasir putih", "market"),
        ("beli besi beton", "Rebar supplier", "Jasa teralis besi", "resource"),
        (
            "butuh pintu dan kusen kayu jati",
            "Teak wooden doors and frames maker",
            "Kusen aluminium dan kaca",
            "resource",
        ),
        ("jual kayu balok dan papan", "Sawn timber buyer", "Gergaji mesin chainsaw", "market"),
        ("jual tasbih kokka", "Prayer beads buyer", "Pembeli manik-manik kaca", "market"),
        ("jual dompet kulit ular", "Snakeskin wallet buyer", "Penangkaran ular sanca", "market"),
        ("jual baju cakar", "Used clothing buyer", "Konveksi kaos polos", "market"),
        (
            "butuh motor roda tiga utk angkut hasil panen",
            "Cargo three-wheeler dealer",
            "Becak kayuh",
            "resource",
        ),
        (
            "pasang antena tv digital",
            "TV antenna and set-top box installer",
            "Pemasaran digital UMKM",
            "resource",
        ),
        ("jasa stiker mobil", "Vehicle decal shop", "Stiker label kemasan produk", "resource"),
        (
            "pelatihan pembuatan tali tambang sabut kelapa",
            "Coir rope making workshop",
            "Pelatihan tambang emas rakyat",
            "training",
        ),
        ("jual cukli lombok", "Mother-of-pearl inlay buyer", "Pembeli cabai lombok", "market"),
        ("jual kerajinan ketak", "Ketak basket buyer", "Pembeli rumput pakan ternak", "market"),
        (
            "pembuatan ogoh-ogoh utk nyepi",
            "Ogoh-ogoh making workshop",
            "Pelatihan pembuatan janur penjor",
            "training",
        ),
        ("jual batu templek", "Stone cladding buyer", "Pembeli batu permata", "market"),
        ("jual ukulele buatan desa", "Ukulele buyer", "Les musik ukulele online", "market"),
        (
            "pelatihan pelitur mebel",
            "Furniture finishing training",
            "Pelatihan membuat mebel",
            "training",
        ),
        ("beli canting batik", "Canting tool supplier", "Kursus batik tulis", "resource"),
        ("jual tanah liat", "Pottery clay buyer", "Pembeli gerabah hias", "market"),
        (
            "pasang rumah pengering tenaga surya",
            "Solar dryer dome builder",
            "Instalasi panel surya atap",
            "resource",
        ),
        ("jual benang emas songket", "Gold thread buyer", "Pembeli kain songket", "market"),
        ("beli mesin bordir", "Embroidery machine dealer", "Jasa bordir nama seragam", "resource"),
        (
            "sertifikasi standar homestay",
            "Homestay certification support",
            "Pelatihan memasak untuk homestay",
            "training",
        ),
        ("sewa kostum karnaval", "Costume rental", "Penjahit kostum karnaval", "resource"),
        ("jual rotan asalan", "Raw rattan buyer", "Pembeli kursi rotan", "market"),
        (
            "pelatihan pemasangan spider karang",
            "Coral reef spider frame training",
            "Pelatihan teknik pemasangan rangka baja ringan",
            "training",
        ),
        ("jual cuka kayu utk pertanian", "Wood vinegar buyer", "Pembeli cuka makan", "market"),
        (
            "jual limbah cair sawit",
            "POME buyer for biogas",
            "Pembeli tandan buah segar sawit",
            "market",
        ),
        ("pelatihan freediving", "Freediving course", "Pelatihan penyelaman teripang", "training"),
        (
            "pengelolaan pujasera",
            "Food court management training",
            "Pelatihan pengelolaan pasar ikan",
            "training",
        ),
        ("pasang hidran kebakaran", "Fire hydrant installer", "Sumur bor air bersih", "resource"),
        ("jual oli bekas", "Waste engine oil collector", "Toko oli motor", "market"),
        ("jual peti jenazah", "Coffin buyer", "Pembeli kayu jati", "market"),
        (
            "info magang jepang",
            "Japan technical intern program",
            "Kursus bahasa Jepang untuk pariwisata",
            "training",
        ),
        ("sewa klotok", "River boat (klotok) hire", "Perahu nelayan bekas", "resource"),
        ("kursus sablon mug", "Mug sublimation printing course", "Kursus sablon kaos", "training"),
        (
            "pelatihan bikin dreamcatcher",
            "Dreamcatcher and macrame workshop",
            "Pelatihan memancing",
            "training",
        ),
        ("pelatihan tari topeng", "Mask dance class", "Pelatihan ukir topeng kayu", "training"),
        # garments, fittings, lodging, fuel, services: the shared word is not the subject
        ("jual kemeja flanel", "Flannel shirt buyer", "Pembeli kain flanel untuk boneka", "market"),
        ("jahit baju safari dinas", "Safari suit tailor", "Paket wisata safari malam", "resource"),
        ("jual baju renang anak", "Swimwear buyer", "Kolam renang desa", "market"),
        ("pesan seragam satpam", "Security uniform tailor", "Jasa satpam perumahan", "resource"),
        (
            "jual dasi dan topi sekolah",
            "School ties and hats buyer",
            "Pembeli seragam sekolah",
            "market",
        ),
        ("pesan emblem bordir", "Embroidered patches maker", "Kursus bordir tangan", "resource"),
        (
            "jual pohon natal dari botol bekas",
            "Christmas decorations buyer",
            "Pembeli bibit pohon cemara",
            "market",
        ),
        (
            "pesan umbul-umbul 17 agustus",
            "Independence day flags and decorations",
            "Lomba panjat pinang",
            "resource",
        ),
        ("jual sarung parang kayu", "Machete sheath buyer", "Pembeli sarung tenun", "market"),
        (
            "jual dipan dan lemari jati",
            "Teak beds and wardrobes buyer",
            "Pembeli kayu jati gelondongan",
            "market",
        ),
        ("beli papan tulis utk paud", "Whiteboard supplier", "Kursus menulis kreatif", "resource"),
        ("paket bulan madu desa wisata", "Honeymoon package", "Pembeli madu hutan", "resource"),
        ("penginapan hotel melati", "Budget hotel rooms", "Bibit bunga melati", "resource"),
        (
            "paket study tour sekolah",
            "School study tour package",
            "Les privat anak sekolah",
            "resource",
        ),
        (
            "kunjungan studi banding desa wisata",
            "Benchmarking visit to a tourism village",
            "Pelatihan pengelolaan keuangan desa",
            "training",
        ),
        ("sewa food truck", "Food truck rental", "Sewa truk angkut barang", "resource"),
        ("isi ulang tabung selam", "Scuba tank refill", "Tabungan pendidikan anak", "resource"),
        ("sewa alat snorkeling", "Snorkel gear rental", "Sewa alat pesta", "resource"),
        ("bangun kos-kosan", "Boarding house builder", "Villa mewah tepi pantai", "resource"),
        (
            "jual bbm solar eceran",
            "Village diesel fuel retailer",
            "Instalasi panel surya",
            "market",
        ),
        (
            "pasang kran umum",
            "Public tap installation",
            "Alat pemadam kebakaran hidran",
            "resource",
        ),
        (
            "jasa bongkar muat",
            "Cargo loading and unloading crew",
            "Porter pendakian gunung",
            "resource",
        ),
        ("jasa pindahan rumah", "House moving service", "Jasa renovasi rumah", "resource"),
        ("jasa setrika pakaian", "Ironing service", "Mesin setrika uap garmen", "resource"),
        ("kursus piano anak", "Piano lessons", "Kursus servis mesin", "training"),
        ("kelas tari anak", "Dance classes for children", "Les privat matematika", "training"),
        (
            "basmi rayap rumah",
            "Termite treatment service",
            "Pengendalian hama wereng padi",
            "resource",
        ),
        ("poles mobil", "Car detailing service", "Salon kecantikan", "resource"),
        ("rental ps", "Game console rental shop", "Rental mobil harian", "resource"),
        (
            "joki cilik pacuan kuda",
            "Child jockey safety training",
            "Pelatihan beternak kuda",
            "training",
        ),
        ("jual regulator dan selang gas", "Gas regulators buyer", "Pembeli gas alam", "market"),
        (
            "jual tudung saji bosara",
            "Bosara food cover buyer",
            "Pembeli catering nasi kotak",
            "market",
        ),
        ("jual mote dan manik", "Seed beads buyer", "Pembeli batu akik", "market"),
        ("jual tas mote", "Beaded bag buyer", "Pembeli tas kulit", "market"),
        ("jual lukisan kulit kayu", "Bark painting buyer", "Pembeli tas kulit sapi", "market"),
        ("jual jam dinding kayu", "Wooden clock buyer", "Pembeli kayu jati", "market"),
        (
            "jual kerajinan tutup botol",
            "Bottle cap crafts buyer",
            "Pembeli botol kaca bekas",
            "market",
        ),
        ("jual sandal kulit", "Leather sandals buyer", "Pembeli sandal jepit karet", "market"),
        ("jual abaya dan khimar", "Abaya buyer", "Pembeli kain katun", "market"),
        ("jual kaos polo", "Polo shirt buyer", "Pembeli kaos kaki", "market"),
        (
            "pelatihan pemandu kampung warna warni",
            "Themed village tourism training",
            "Pelatihan cat tembok",
            "training",
        ),
        ("pawai budaya", "Cultural parade organising", "Pelatihan budidaya bunga", "training"),
        (
            "situs megalitikum",
            "Megalithic site guiding training",
            "Pelatihan kerajinan batu akik",
            "training",
        ),
        ("sewa campervan", "Campervan rental", "Sewa mobil pick up", "resource"),
        ("pesan rumah joglo", "Joglo house builder", "Pembeli kayu jati", "resource"),
        # tools, brands, chat spellings, English programmes, permits and by-products
        (
            "beli kunci inggris dan obeng",
            "Workshop tools supplier",
            "Kursus bahasa Inggris",
            "resource",
        ),
        (
            "beli gerobak dorong utk proyek",
            "Wheelbarrow supplier",
            "Gerobak jualan bakso",
            "resource",
        ),
        (
            "sewa molen dan steger",
            "Concrete mixer and scaffolding rental",
            "Jasa tukang bangunan harian",
            "resource",
        ),
        ("servis mesin dongfeng", "Diesel engine repair", "Kelas mendongeng anak", "resource"),
        ("beli senso", "Chainsaw dealer", "Jual sensor suhu", "resource"),
        (
            "jual rinso dan molto eceran",
            "Detergent and fabric softener buyer",
            "Jasa laundry kiloan",
            "market",
        ),
        (
            "antar galon isi ulang",
            "Gallon water refill delivery",
            "Jasa ekspedisi barang",
            "resource",
        ),
        (
            "pasang plafon kalsiboard",
            "Ceiling board installer",
            "Kerajinan ornamen gypsum",
            "resource",
        ),
        (
            "beli mesin las inverter",
            "Inverter welding machine dealer",
            "Inverter panel surya",
            "resource",
        ),
        ("pasang jetpam", "Jet pump installer", "Sewa alat pesta", "resource"),
        ("usaha konfeksi kaos", "Garment production training", "Pelatihan sablon kaos", "training"),
        (
            "pelatihan pengelolaan home stay",
            "Homestay management course",
            "Pelatihan tata boga",
            "training",
        ),
        ("kursus guide gaet", "Tour guide course", "Pelatihan satpam", "training"),
        ("buka usaha laundri", "Laundry business training", "Pelatihan cuci mobil", "training"),
        ("isi freon ac", "AC freon refill service", "Jual kulkas bekas", "resource"),
        (
            "pelatihan ekonomi sirkular",
            "Circular economy training",
            "Pelatihan ekonomi kreatif",
            "training",
        ),
        (
            "pelatihan pariwisata berkelanjutan",
            "Sustainable tourism training",
            "Pelatihan keuangan berkelanjutan",
            "training",
        ),
        ("pelatihan jagawana", "Forest ranger training", "Pelatihan satpam", "training"),
        (
            "penyelamatan satwa",
            "Wildlife rescue training",
            "Pelatihan penyelamatan di air",
            "training",
        ),
        (
            "irigasi tenaga surya",
            "Solar irrigation pump supplier",
            "Pembangunan saluran irigasi",
            "resource",
        ),
        (
            "penyusunan ripparde",
            "Village tourism master plan support",
            "Penyusunan RPJMDes",
            "training",
        ),
        (
            "reservasi homestay online",
            "Homestay booking training",
            "Pelatihan jualan online",
            "training",
        ),
        ("water kiosk", "Water kiosk operator", "Kios sembako", "resource"),
        (
            "sertifikasi batikmark",
            "Batikmark certification support",
            "Pelatihan batik tulis",
            "training",
        ),
        (
            "urus slo listrik",
            "Electrical installation certificate service",
            "Tukang listrik harian",
            "resource",
        ),
        (
            "pelatihan pengelolaan homestay",
            "Homestay management training",
            "Pendampingan izin usaha pariwisata (TDUP)",
            "training",
        ),
        (
            "jual serutan kayu utk alas kandang",
            "Wood shavings buyer",
            "Jual mesin serut kayu",
            "market",
        ),
        ("jual potongan kayu sisa", "Wood offcuts buyer", "Pembeli kayu balok", "market"),
        ("jual beling dan kaca bekas", "Broken glass buyer", "Pembeli kerajinan kaca", "market"),
        ("jual limbah styrofoam", "Styrofoam waste buyer", "Pembeli kemasan makanan", "market"),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("sewa kereta kelinci utk desa wisata", "Bibit kelinci rex", "resource"),
        ("lisensi selam padi open water", "Pelatihan budidaya padi organik", "training"),
        ("jual cuka kayu", "Pembeli cuka apel", "market"),
        ("jual cukli lombok", "Pembeli cabai lombok", "market"),
        ("wisata pantai pasir putih", "Jual pasir bangunan", "training"),
        ("jual tasbih kayu cendana", "Pembeli bibit cendana", "market"),
        ("jual tas kulit ikan pari", "Pembeli ikan pari asap", "market"),
        ("jasa cutting sticker motor", "Pelatihan cutting bibit kopi", "resource"),
        ("sewa pelampung utk wisata", "Jaket bomber grosir", "resource"),
        ("pelatihan pembuatan gitar", "Les gitar anak", "training"),
        ("jual tali tambang", "Tambang pasir desa", "market"),
        ("beli mesin bordir", "Pelatihan bordir tangan", "resource"),
        ("sertifikasi standar homestay", "Pelatihan pengelolaan homestay", "training"),
        ("jual oli bekas", "Toko oli motor", "market"),
        ("pasang rumah pengering tenaga surya", "Instalasi panel surya atap", "resource"),
        ("jual rotan mentah", "Pembeli mebel rotan", "market"),
        ("peti jenazah", "Ambulans desa", "resource"),
        ("jual benang emas", "Pembeli kain songket", "market"),
        ("jual kayu gergajian", "Jual gergaji mesin", "market"),
        ("sewa kostum tari", "Jahit seragam sekolah", "resource"),
        ("beli semen", "Straw semen beku sapi bali", "resource"),
        ("pelatihan tari topeng", "Pelatihan ukir topeng kayu", "training"),
        ("jual pakaian bekas", "Konveksi kaos polos", "market"),
        ("pembuatan pintu kayu", "Kusen aluminium", "resource"),
        ("sewa motor roda tiga", "Becak kayuh wisata", "resource"),
        ("jual kemeja flanel", "Pembeli kain flanel untuk boneka", "market"),
        ("jahit baju safari dinas", "Paket wisata safari malam", "resource"),
        ("pesan seragam satpam", "Jasa satpam perumahan", "resource"),
        ("paket bulan madu desa wisata", "Pembeli madu hutan", "resource"),
        ("penginapan hotel melati", "Bibit bunga melati", "resource"),
        ("sewa food truck", "Sewa truk angkut barang", "resource"),
        ("isi ulang tabung selam", "Tabungan pendidikan anak", "resource"),
        ("jual bbm solar eceran", "Instalasi panel surya", "market"),
        ("pasang kran umum", "Alat pemadam kebakaran hidran", "resource"),
        ("jasa bongkar muat", "Porter pendakian gunung", "resource"),
        ("basmi rayap rumah", "Pengendalian hama wereng padi", "resource"),
        ("jual kaos polo", "Pembeli kaos kaki", "market"),
        ("jual sarung parang kayu", "Pembeli sarung tenun", "market"),
        ("beli kunci inggris", "Kursus bahasa Inggris", "resource"),
        ("beli gerobak dorong", "Gerobak jualan bakso", "resource"),
        ("servis mesin dongfeng", "Kelas mendongeng anak", "resource"),
        ("beli senso", "Jual sensor suhu", "resource"),
        ("pasang plafon kalsiboard", "Kerajinan ornamen gypsum", "resource"),
        ("water kiosk", "Kios sembako", "resource"),
        ("sertifikasi batikmark", "Pelatihan batik tulis", "training"),
        ("jual serutan kayu", "Jual mesin serut kayu", "market"),
    ],
)
def test_a_look_alike_inside_the_name_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


def test_no_form_of_these_files_is_in_two_concepts():
    owners: dict[str, set[str]] = {}
    for _path, doc in read_lexicon_files():
        for entry in doc["concept"]:
            for forms in entry["forms"].values():
                for form in forms:
                    owners.setdefault(form, set()).add(entry["key"])
    mine = {
        form
        for path, doc in read_lexicon_files()
        if path.stem in ("crafts", "textiles", "tourism", "energy_environment", "other")
        for entry in doc["concept"]
        for forms in entry["forms"].values()
        for form in forms
    }
    assert {form: keys for form, keys in owners.items() if form in mine and len(keys) > 1} == {}


def test_the_sawmill_and_the_canting_keep_their_own_stems():
    # penggergajian (sawing logs into timber) is not gergaji (the saw); nyanting (drawing wax
    # with the canting: hand-drawn batik) is not canting (the tool)
    stem = Stemmer().key
    assert stem("penggergajian") == stem("gergajian") != stem("gergaji")
    assert stem("mencanting") == stem("nyanting") != stem("canting")


def test_a_chat_word_is_not_a_water_sport():
    # kayak is also chat Indonesian for "like" (kayak gini): only the phrases name the boat
    from marketplace.matching import MatchEngine

    assert "c:canoeing" not in MatchEngine().analyser.factors("kayak gitu bisa gak")
