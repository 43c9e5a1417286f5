"""Breadth round h: a sweep of the business classification (KBLI 2020) for what village and
small-town groups do, from farming, forestry and fishing through manufacturing, water and
waste, construction, trade, transport, food service, information, finance, professional,
rental, education, health, arts and personal services. Each group's main activities and
products meet their offer in either language, and the look-alike inside their names gets no
credit: glue (lem) and the mango (pelem), the banana fritter (pisang molen) and the concrete
mixer (molen), laminated bamboo and document laminating, a bridge and a weighbridge, the
traditional market and marketing, a shopping errand (jasa titip) and child daycare
(penitipan), motorbike parking (penitipan motor) and the same daycare, cupping therapy and
coffee cupping, a gypsum ceiling and gypsum for the soil, hedge trimming and a haberdasher's
trimmings, a survey enumerator (pencacah) and a shredder, white-label production and labels.

Written with listings of our own, on the shipped lexicon.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa timur", "jawa timur/malang")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        # A: farming, forestry and fishing
        (
            "pelatihan budidaya mutiara laut",
            "Pearl oyster farming course",
            "Pelatihan kerajinan kerang hias",
            "training",
        ),
        (
            "tree trimming service",
            "Jasa tebang & pangkas pohon besar",
            "Jual pita & renda jahit",
            "resource",
        ),
        (
            "pelatihan penyadapan getah pinus",
            "Pine resin tapping course",
            "Pelatihan sadap karet",
            "training",
        ),
        ("pembibitan tanaman hutan", "Forest tree nursery", "Jual bibit cabai rawit", "resource"),
        (
            "usaha tambak garam rakyat",
            "Smallholder salt farming",
            "Pelatihan tambak udang vaname",
            "training",
        ),
        ("penangkaran rusa", "Deer farming course", "Pelatihan ternak kambing", "training"),
        (
            "pelatihan budidaya walet",
            "Swiftlet nest farming course",
            "Pelatihan ternak burung kicau",
            "training",
        ),
        (
            "pelatihan pemasangan rumpon",
            "Fish aggregating device training",
            "Pelatihan membuat jaring ikan",
            "training",
        ),
        (
            "pelatihan budidaya jangkrik",
            "Cricket farming course",
            "Pelatihan budidaya ulat hongkong",
            "training",
        ),
        (
            "pelatihan budidaya belut",
            "Swamp eel farming course",
            "Pelatihan budidaya lele",
            "training",
        ),
        (
            "jasa pembersihan lahan kebun",
            "Land clearing services",
            "Jasa kebersihan kantor",
            "resource",
        ),
        ("jasa semprot hama padi", "Crop spraying service", "Jasa basmi rayap rumah", "resource"),
        (
            "butuh buruh tani utk panen padi",
            "Farm labourers for rice harvest",
            "Sewa mesin panen padi",
            "resource",
        ),
        (
            "rice harvesting service",
            "Jasa panen padi dengan combine",
            "Jual beras medium",
            "resource",
        ),
        # C: food and drink
        (
            "pelatihan usaha pisang molen",
            "Fried banana snack business course",
            "Sewa molen cor beton",
            "training",
        ),
        (
            "pabrik es balok utk nelayan",
            "Block ice plant for fishers",
            "Pelatihan membuat es krim",
            "resource",
        ),
        (
            "pelatihan pembuatan kecap",
            "Soy sauce making course",
            "Pelatihan membuat saus sambal",
            "training",
        ),
        (
            "pelatihan pengasapan ikan",
            "Fish smoking course",
            "Pelatihan membuat ikan asin",
            "training",
        ),
        (
            "pelatihan pembuatan terasi",
            "Shrimp paste making",
            "Pelatihan membuat petis",
            "training",
        ),
        (
            "pelatihan olah kakao jadi cokelat",
            "Chocolate making from cocoa beans",
            "Pelatihan pengolahan kopi",
            "training",
        ),
        (
            "pelatihan pembuatan yoghurt",
            "Yogurt making course",
            "Pelatihan membuat es krim",
            "training",
        ),
        (
            "pelatihan pembuatan abon ikan",
            "Fish floss making course",
            "Pelatihan membuat bakso ikan",
            "training",
        ),
        (
            "pelatihan pembuatan dendeng sapi",
            "Beef jerky making",
            "Pelatihan membuat bakso sapi",
            "training",
        ),
        (
            "pelatihan membuat tepung mocaf",
            "Modified cassava flour training",
            "Pelatihan keripik singkong",
            "training",
        ),
        (
            "pelatihan gula semut aren",
            "Granulated palm sugar training",
            "Pelatihan kerajinan ijuk aren",
            "training",
        ),
        (
            "pelatihan pembuatan vco",
            "Virgin coconut oil making",
            "Pelatihan kerajinan batok kelapa",
            "training",
        ),
        (
            "usaha depot air minum isi ulang",
            "Refill water station business",
            "Pelatihan pengelolaan pamsimas",
            "training",
        ),
        (
            "pelatihan roasting kopi",
            "Coffee roasting course",
            "Pelatihan budidaya kopi",
            "training",
        ),
        # C: other manufacturing
        (
            "butuh lem tembak utk kerajinan",
            "Hot glue guns and glue sticks",
            "Jual mangga harum manis",
            "resource",
        ),
        (
            "pelatihan produksi bambu laminasi",
            "Laminated bamboo board production",
            "Jasa laminating & fotokopi",
            "training",
        ),
        (
            "pelatihan usaha cetak buis beton",
            "Precast concrete culvert making",
            "Pelatihan cetak batako",
            "training",
        ),
        (
            "jasa cor beton lantai rumah",
            "Concrete pouring services",
            "Jual pisang molen",
            "resource",
        ),
        ("usaha vulkanisir ban truk", "Tyre retreading business", "Jasa cuci mobil", "training"),
        (
            "pelatihan penyamakan kulit",
            "Leather tanning course",
            "Pelatihan membuat tas kulit",
            "training",
        ),
        (
            "pelatihan membuat sabun cair",
            "Liquid soap making",
            "Pelatihan membuat lilin aromaterapi",
            "training",
        ),
        (
            "pelatihan penyulingan minyak atsiri",
            "Essential oil distillation",
            "Pelatihan membuat lilin hias",
            "training",
        ),
        (
            "pelatihan cacah plastik jadi biji plastik",
            "Plastic pelletising for recycling",
            "Jual kantong plastik kemasan",
            "training",
        ),
        (
            "pelatihan membuat genteng tanah liat",
            "Clay roof tile making",
            "Pelatihan membuat gerabah",
            "training",
        ),
        (
            "pandai besi pembuat golok & pisau",
            "Blacksmith forging knives and machetes",
            "Jasa las teralis & pagar",
            "resource",
        ),
        (
            "pelatihan kusen aluminium",
            "Aluminium window frame fabrication",
            "Pelatihan pasang kanopi baja ringan",
            "training",
        ),
        (
            "pelatihan membuat perhiasan perak",
            "Silver jewellery making",
            "Pelatihan kerajinan kuningan",
            "training",
        ),
        (
            "pelatihan membuat kasur kapuk",
            "Kapok mattress making",
            "Jual kapuk randu mentah",
            "training",
        ),
        (
            "pelatihan membuat mainan kayu edukatif",
            "Wooden educational toys",
            "Jual kayu jati gelondongan",
            "training",
        ),
        ("pelatihan membuat angklung", "Angklung making", "Kursus bermain gitar", "training"),
        (
            "pelatihan membuat keset dari kain perca",
            "Doormat making from fabric scraps",
            "Pelatihan menjahit baju",
            "training",
        ),
        (
            "jasa pembuatan perahu fiber",
            "Fibreglass boat building",
            "Sewa perahu wisata",
            "resource",
        ),
        (
            "pelatihan membuat kertas daur ulang",
            "Recycled paper making",
            "Jual kertas hvs",
            "training",
        ),
        (
            "pelatihan membuat batu nisan",
            "Gravestone making",
            "Pelatihan pahat batu candi",
            "training",
        ),
        (
            "pesan plakat akrilik utk penghargaan",
            "Acrylic plaques and trophies",
            "Jual lembaran akrilik",
            "resource",
        ),
        (
            "cetak kalender dinding utk promosi",
            "Wall calendar printing",
            "Pelatihan kalender tanam padi",
            "resource",
        ),
        (
            "jual loyang kue & cetakan bolu",
            "Baking tins and cake moulds",
            "Jasa cetak undangan",
            "resource",
        ),
        ("jasa karoseri bak truk", "Truck body building", "Jual truk bekas", "resource"),
        (
            "grosir ember & baskom plastik",
            "Plastic buckets and basins wholesale",
            "Jual sampah plastik cacahan",
            "resource",
        ),
        (
            "butuh terpal jemur gabah",
            "Drying tarpaulins for paddy",
            "Jual mesin pengering gabah",
            "resource",
        ),
        (
            "jasa white label produk skincare",
            "White label cosmetics production",
            "Cetak stiker label produk",
            "resource",
        ),
        # E: water and waste
        ("jasa sedot wc", "Septic tank desludging service", "Jasa sedot debu karpet", "resource"),
        (
            "jasa angkut sampah rumah tangga",
            "Household garbage collection",
            "Jasa angkut pindahan rumah",
            "resource",
        ),
        (
            "pelatihan budidaya maggot bsf",
            "Black soldier fly larvae farming",
            "Pelatihan budidaya ulat hongkong",
            "training",
        ),
        ("jual rongsok besi tua", "Scrap metal buyer", "Jual besi beton baru", "resource"),
        (
            "pembangunan ipal komunal",
            "Communal wastewater treatment plant",
            "Pembangunan sumur bor",
            "resource",
        ),
        # F: construction
        (
            "pembangunan jembatan gantung desa",
            "Suspension footbridge construction",
            "Pembangunan jalan rabat beton",
            "resource",
        ),
        (
            "pembangunan dermaga desa",
            "Village jetty construction",
            "Pembangunan jembatan desa",
            "resource",
        ),
        (
            "jasa pasang plafon gypsum",
            "Gypsum ceiling installation",
            "Jual kapur pertanian dolomit",
            "resource",
        ),
        (
            "pelatihan tukang ledeng",
            "Plumbing course",
            "Pelatihan instalasi listrik rumah",
            "training",
        ),
        ("jasa pembuatan sumur bor", "Borehole drilling", "Jual pompa air listrik", "resource"),
        ("sewa scaffolding", "Scaffold rental", "Sewa tenda hajatan", "resource"),
        (
            "pembangunan talud penahan tanah",
            "Retaining wall construction",
            "Pembangunan jembatan desa",
            "resource",
        ),
        (
            "jasa bongkar rumah lama",
            "House demolition services",
            "Jasa bongkar muat barang",
            "resource",
        ),
        (
            "jasa kontraktor bangun rumah",
            "Building contractor for houses",
            "Jual bahan bangunan",
            "resource",
        ),
        (
            "jasa gambar rumah & rab",
            "House plans and cost estimates",
            "Kursus menggambar anak",
            "resource",
        ),
        (
            "butuh papan partikel utk lemari",
            "Particle board sheets",
            "Jual kayu jati gelondongan",
            "resource",
        ),
        (
            "pengajuan tambah daya listrik",
            "Electricity power upgrade service",
            "Jual suplemen daya tahan tubuh",
            "resource",
        ),
        (
            "blocked gutters on the village hall",
            "Pasang & perbaikan talang air",
            "Jual pipa paralon",
            "resource",
        ),
        # G: trade
        (
            "pelatihan pengelolaan pasar tradisional",
            "Traditional market management",
            "Pelatihan pemasaran online",
            "training",
        ),
        (
            "butuh pemasok sembako utk warung",
            "Staple foods wholesale supplier",
            "Jual pakan ternak grosir",
            "resource",
        ),
        (
            "pelatihan usaha jual beli motor bekas",
            "Used motorbike trading business",
            "Pelatihan servis motor injeksi",
            "training",
        ),
        (
            "pelatihan usaha toko bangunan",
            "Hardware store business",
            "Pelatihan tukang bangunan",
            "training",
        ),
        ("usaha pertamini di desa", "Village fuel retail", "Pelatihan servis motor", "training"),
        (
            "usaha konter pulsa & token listrik",
            "Phone credit and bill payment outlet",
            "Pelatihan instalasi listrik",
            "training",
        ),
        ("agen gas elpiji 3 kg", "LPG distributor", "Pelatihan instalasi biogas", "resource"),
        ("usaha apotek desa", "Village pharmacy", "Pelatihan tanaman obat keluarga", "training"),
        (
            "pelatihan usaha toko emas",
            "Gold shop business course",
            "Pelatihan menabung emas",
            "training",
        ),
        (
            "pelatihan usaha butik muslim",
            "Muslim boutique business course",
            "Pelatihan menjahit busana muslim",
            "training",
        ),
        (
            "butuh buku tulis & alat tulis utk paud",
            "Exercise books and stationery",
            "Jual buku cerita anak",
            "resource",
        ),
        ("pagar kawat duri utk kebun", "Barbed wire fencing", "Jual kawat las", "resource"),
        (
            "pelatihan usaha toko tani",
            "Agro shop business course",
            "Pelatihan budidaya padi organik",
            "training",
        ),
        ("pengepul susu sapi perah", "Milk collection centre", "Jual sapi perah", "resource"),
        (
            "fish market renovation for the fishing village",
            "Revitalisasi pasar ikan desa nelayan",
            "Pelatihan pemasaran online",
            "resource",
        ),
        # H: transport and storage
        (
            "sewa mobil bak utk angkut hasil panen",
            "Pickup truck hire for farm produce",
            "Sewa mobil pengantin",
            "resource",
        ),
        (
            "jasa antar jemput anak sekolah",
            "School run transport",
            "Jasa les privat anak sd",
            "resource",
        ),
        (
            "perahu penyeberangan antar pulau",
            "Inter-island ferry boat",
            "Jual perahu nelayan fiber",
            "resource",
        ),
        (
            "sewa gudang pendingin ikan",
            "Cold storage rental for fish",
            "Sewa gudang gabah",
            "resource",
        ),
        (
            "jasa kurir antar paket desa",
            "Village courier service",
            "Jasa ojek penumpang",
            "resource",
        ),
        (
            "tour boat for island visitors",
            "Sewa perahu wisata keliling pulau",
            "Jual perahu nelayan fiber",
            "resource",
        ),
        (
            "charging station for electric scooters",
            "Pembangunan SPKLU desa",
            "Pelatihan instalasi listrik rumah",
            "resource",
        ),
        # I: accommodation and food service
        (
            "usaha kolam pemancingan",
            "Fishing pond business",
            "Pelatihan budidaya ikan nila",
            "training",
        ),
        (
            "pengelolaan bumi perkemahan",
            "Campsite management",
            "Pengelolaan perpustakaan desa",
            "training",
        ),
        (
            "pelatihan pengelolaan homestay",
            "Homestay management",
            "Pelatihan pengelolaan warung makan",
            "training",
        ),
        # J: information and communication
        (
            "pendampingan penerbitan buku cerita rakyat",
            "Book publishing and ISBN support",
            "Jasa fotokopi dokumen",
            "training",
        ),
        ("pelatihan radio komunitas", "Community radio training", "Servis radio & tv", "training"),
        (
            "pelatihan produksi video profil desa",
            "Village profile video production",
            "Jasa cetak pas foto",
            "training",
        ),
        (
            "kursus desain grafis",
            "Graphic design course",
            "Pelatihan desain motif batik",
            "training",
        ),
        # K: finance
        ("usaha agen brilink", "Branchless banking agent", "Usaha konter pulsa", "training"),
        (
            "pelatihan pengelolaan koperasi simpan pinjam",
            "Savings and loan cooperative management",
            "Pelatihan koperasi produsen kopi",
            "training",
        ),
        # M: professional services
        (
            "konsultan hukum utk sengketa tanah",
            "Legal advice on land disputes",
            "Jasa pengukuran tanah",
            "resource",
        ),
        (
            "jasa pembukuan umkm",
            "Bookkeeping services for small business",
            "Jual buku tulis sekolah",
            "resource",
        ),
        (
            "jasa pengukuran tanah",
            "Land surveying services",
            "Jasa uji kesuburan tanah",
            "resource",
        ),
        (
            "riset pasar produk umkm",
            "Market research for small producers",
            "Pelatihan pengelolaan pasar tradisional",
            "training",
        ),
        (
            "butuh pencacah survei utk pendataan desa",
            "Census and household survey enumerators",
            "Jual mesin pencacah rumput",
            "resource",
        ),
        (
            "business consultant for our coffee cooperative",
            "Konsultan bisnis UMKM & koperasi",
            "Jasa fotokopi dokumen",
            "resource",
        ),
        # N: rental and support services
        (
            "sewa kursi & meja utk hajatan",
            "Chair and table hire for events",
            "Jual kursi kayu jati",
            "resource",
        ),
        ("penyalur tenaga kerja", "Labour recruitment agency", "Pelatihan kerja BLK", "resource"),
        ("jasa cuci karpet & sofa", "Carpet and sofa cleaning", "Jual karpet masjid", "resource"),
        (
            "jasa titip belanja dari kota",
            "Personal shopping service",
            "Tempat penitipan anak",
            "resource",
        ),
        (
            "biro perjalanan umroh",
            "Umrah travel agent",
            "Pelatihan pemandu wisata alam",
            "resource",
        ),
        ("jasa satpam utk pasar", "Security guard services", "Jual cctv", "resource"),
        (
            "usaha penitipan motor di dekat stasiun",
            "Motorbike parking business",
            "Tempat penitipan anak",
            "training",
        ),
        (
            "biro jasa urus stnk & bpkb",
            "Vehicle registration agent",
            "Kursus mengemudi mobil",
            "resource",
        ),
        (
            "sewa dapur utk usaha katering",
            "Commercial kitchen rental",
            "Jual kompor gas & peralatan dapur",
            "resource",
        ),
        (
            "sewa kios di pasar desa",
            "Market stall rental",
            "Pelatihan pengelolaan pasar tradisional",
            "resource",
        ),
        (
            "butuh coworking space utk anak muda desa",
            "Shared office and coworking space",
            "Warnet & wifi desa",
            "resource",
        ),
        (
            "hedge trimming and lawn mowing for the village office",
            "Jasa tukang taman & perawatan taman",
            "Jual renda & pita jahit",
            "resource",
        ),
        (
            "house cleaning service before eid",
            "Jasa bersih rumah harian",
            "Jasa cuci mobil",
            "resource",
        ),
        (
            "jasa poles lantai marmer masjid",
            "Marble floor polishing",
            "Pelatihan finishing politur mebel",
            "resource",
        ),
        # P: education
        ("kursus stir mobil", "Driving school", "Sewa mobil lepas kunci", "training"),
        (
            "pelatihan guru paud",
            "Early childhood teacher training",
            "Pelatihan guru ngaji tpq",
            "training",
        ),
        (
            "program kejar paket c",
            "Equivalency education programme",
            "Kursus komputer dasar",
            "training",
        ),
        (
            "pengelolaan taman baca masyarakat",
            "Community reading corner",
            "Pengelolaan taman wisata",
            "training",
        ),
        (
            "program magang di industri",
            "Industry apprenticeship programme",
            "Pelatihan industri rumahan",
            "training",
        ),
        # Q: health and social work
        (
            "pengelolaan panti jompo",
            "Running an old people's home",
            "Pengelolaan panti asuhan",
            "training",
        ),
        ("pelatihan terapi bekam", "Cupping therapy course", "Coffee cupping course", "training"),
        (
            "pelatihan fisioterapi pasca stroke",
            "Physiotherapy after stroke",
            "Pelatihan pijat bayi",
            "training",
        ),
        ("mobil ambulans desa", "Village ambulance", "Sewa mobil pengantin", "resource"),
        (
            "pendampingan rehabilitasi narkoba",
            "Drug rehabilitation support",
            "Pelatihan budidaya tanaman obat",
            "training",
        ),
        ("klinik pratama desa", "Primary care clinic", "Klinik bisnis UMKM", "resource"),
        (
            "terapi wicara utk anak terlambat bicara",
            "Speech therapy for children",
            "Fisioterapi pasca stroke",
            "training",
        ),
        (
            "pemeriksaan di laboratorium klinik",
            "Medical laboratory blood tests",
            "Uji laboratorium pangan",
            "resource",
        ),
        (
            "sunatan massal gratis",
            "Free mass circumcision",
            "Pemeriksaan kesehatan gratis",
            "resource",
        ),
        (
            "perawatan luka diabetes di rumah",
            "Home wound care for diabetic patients",
            "Pelatihan pertolongan pertama",
            "resource",
        ),
        (
            "pelatihan tukang gigi pembuatan gigi palsu",
            "Denture making course",
            "Pelatihan sikat gigi anak sd",
            "training",
        ),
        # R: arts, sport and recreation
        (
            "pelatihan dalang wayang kulit",
            "Shadow puppet training",
            "Pelatihan kerajinan kulit",
            "training",
        ),
        ("pelatihan tenis meja", "Table tennis coaching", "Jual meja kayu jati", "training"),
        (
            "pelatihan hadrah & rebana",
            "Islamic percussion group training",
            "Pelatihan menabuh gamelan",
            "training",
        ),
        (
            "sewa galeri seni utk pameran lukisan",
            "Art gallery space",
            "Galeri produk UMKM",
            "resource",
        ),
        (
            "hiburan layar tancap utk sedekah bumi",
            "Open-air cinema for village festivals",
            "Pelatihan produksi film pendek",
            "resource",
        ),
        # S: repairs and personal services
        ("kursus vermak jeans", "Clothing alterations course", "Jual celana jeans", "training"),
        (
            "pelatihan sulam alis",
            "Eyebrow embroidery course",
            "Pelatihan bordir kerudung",
            "training",
        ),
        ("pelatihan grooming kucing", "Cat grooming course", "Jual pakan kucing", "training"),
        ("pelatihan servis jam tangan", "Watch repair course", "Jual jam dinding", "training"),
        (
            "jasa duplikat kunci",
            "Locksmith and key cutting",
            "Jual gembok & kunci motor",
            "resource",
        ),
        ("kursus servis kulkas", "Refrigerator repair course", "Jual kulkas bekas", "training"),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("butuh lem kayu & lem tembak", "Jual mangga arumanis", "resource"),
        ("sewa molen cor", "Pelatihan usaha pisang molen", "resource"),
        ("tree trimming service", "Jual pita & renda jahit", "resource"),
        ("jasa laminating dokumen", "Papan bambu laminasi", "resource"),
        ("jasa titip belanja", "Tempat penitipan anak", "resource"),
        ("pelatihan terapi bekam", "Kursus cupping kopi", "training"),
        ("jasa pasang plafon gypsum", "Jual kapur dolomit pertanian", "resource"),
        ("jasa pembukuan usaha", "Jual buku tulis sekolah", "resource"),
        ("pembangunan jembatan gantung", "Tera ulang jembatan timbang", "resource"),
        ("pelatihan sulam alis", "Pelatihan bordir komputer", "training"),
        ("pengelolaan panti jompo", "Pengelolaan panti asuhan", "training"),
        ("usaha penitipan motor", "Tempat penitipan anak", "training"),
        ("jasa semprot hama padi", "Jasa basmi rayap rumah", "resource"),
        ("jasa bongkar rumah", "Jasa bongkar muat barang", "resource"),
        ("pemeriksaan laboratorium klinik", "Uji laboratorium pangan", "resource"),
        ("jual cetakan kue", "Jasa cetak undangan", "resource"),
        ("cetak kalender dinding", "Pelatihan kalender tanam padi", "resource"),
        ("hedge trimming", "Jual renda & pita jahit", "resource"),
        ("jasa poles lantai", "Pelatihan finishing politur mebel", "resource"),
        ("pencacah survei", "Jual mesin pencacah rumput", "resource"),
    ],
)
def test_a_look_alike_gets_no_credit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "concept", "not_concept"),
    [
        ("lem tembak", "c:adhesive", "c:mango"),
        ("pisang molen", "c:fried_banana", "c:construction_equipment"),
        ("tree trimming", "c:tree_felling_service", "c:haberdashery"),
        ("bambu laminasi", "c:laminated_bamboo", "c:digital_printing_shop"),
        ("buis beton", "c:precast_concrete", None),
        ("jembatan gantung", "c:village_roads", None),
        ("jembatan timbang", "c:scales", "c:village_roads"),
        ("pasar tradisional", "c:village_market", "c:marketing"),
        ("sembako", "c:staple_foods", None),
        ("motor bekas", "c:used_vehicle_trade", "c:motorcycle_repair"),
        ("cupping therapy", "c:traditional_therapy", "c:barista"),
        ("panti jompo", "c:elderly", "c:orphan_care"),
        ("nomor isbn", "c:publishing", None),
        ("klinik pratama", "c:health_centre", None),
        ("pasang gypsum", "c:ceiling_installation", "c:soil_liming"),
        ("terapi wicara", "c:speech_therapy", "c:physiotherapy"),
        ("laboratorium klinik", "c:medical_laboratory", "c:lab_testing"),
        ("jasa pembersihan lahan", "c:land_clearing", "c:housekeeping"),
        ("penitipan motor", "c:parking", "c:childcare"),
        ("jasa bongkar rumah", "c:demolition", "c:loading_porters"),
        ("layar tancap", "c:film_screening", "c:filmmaking"),
        ("pemborong bangunan", "c:construction", None),
        ("cetakan kue", "c:baking_tools", "c:printing"),
        ("kalender tanam", "c:weather_information", "c:printing"),
        ("jasa karoseri", "c:car_body_repair", None),
        ("terpal jemur", "c:tarpaulin", None),
        ("truk bekas", "c:used_vehicle_trade", None),
        ("white label", "c:toll_manufacturing", "c:label"),
        ("sewa ruko", "c:property_rental", None),
        ("cloud kitchen", "c:shared_kitchen", None),
        ("hedge trimming", "c:landscaping", "c:haberdashery"),
        ("floor polishing", "c:floor_polishing", "c:craft_finishing"),
        ("perawatan luka", "c:wound_care", "c:first_aid"),
        ("toko tani", "c:farm_inputs", None),
        ("pengepul susu", "c:milk_collection", None),
        ("pencacah survei", "c:data_collection", "c:chopper"),
        ("jual suplemen daya tahan tubuh", None, "c:electricity"),
    ],
)
def test_a_word_is_read_as_its_own_subject(real, text, concept, not_concept):
    profile = real.analyser.profile(text)
    assert concept is None or concept in profile
    assert not_concept is None or not_concept not in profile
