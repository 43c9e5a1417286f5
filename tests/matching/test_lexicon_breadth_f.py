"""Breadth round for non-farm village livelihoods and services: trades and repairs, health
and social services, education, arts and sport, tourism, digital and finance, governance
and disaster preparedness. What a group asks for meets its offer in either language, and
the look-alike beside it (repairing a machine and what the machine makes, a course for
referees and one for coaches, fire insurance and fire fighting) gets no credit.

Written with listings of our own, on the shipped lexicon.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        # trades and repairs
        (
            "pelatihan servis pompa air sumur",
            "Water pump repair course",
            "Jual pompa air listrik",
            "training",
        ),
        (
            "kursus instalasi listrik rumah tangga",
            "Domestic electrical wiring course",
            "Pemasangan PLTS atap",
            "training",
        ),
        (
            "kursus tukang pasang keramik lantai",
            "Floor tiling course",
            "Pelatihan membuat gerabah keramik",
            "training",
        ),
        (
            "pelatihan servis motor injeksi",
            "Fuel-injection motorbike servicing course",
            "Kursus servis mobil",
            "training",
        ),
        (
            "kursus las listrik smaw",
            "Arc welding course",
            "Pelatihan instalasi listrik rumah",
            "training",
        ),
        (
            "jasa sablon kaos utk seragam kelompok",
            "T-shirt screen printing",
            "Jual kaos polos grosir",
            "resource",
        ),
        ("kursus potong rambut pria", "Barbering course", "Pelatihan rias pengantin", "training"),
        (
            "pelatihan usaha laundry kiloan",
            "Laundry business training",
            "Pelatihan membuat sabun cuci piring",
            "training",
        ),
        (
            "kursus reparasi sepatu & sandal",
            "Shoe repair course",
            "Pelatihan membuat sepatu kulit",
            "training",
        ),
        (
            "pelatihan servis sound system & speaker aktif",
            "Speaker and amplifier repair course",
            "Sewa sound system hajatan",
            "training",
        ),
        (
            "kursus fotografi pernikahan",
            "Wedding photography course",
            "Jasa cetak foto & bingkai",
            "training",
        ),
        ("butuh jasa gali sumur", "Well digging services", "Jual pompa air listrik", "resource"),
        (
            "kursus servis printer",
            "Printer repair course",
            "Jasa print & fotokopi dokumen",
            "training",
        ),
        (
            "pelatihan servis genset",
            "Generator repair course",
            "Sewa genset utk hajatan",
            "training",
        ),
        (
            "pelatihan servis motor listrik",
            "Electric scooter repair course",
            "Pelatihan servis motor bensin",
            "training",
        ),
        (
            "pelatihan tukang batu & plester dinding",
            "Masonry and plastering course",
            "Pelatihan cetak batako",
            "training",
        ),
        (
            "pelatihan usaha katering nasi kotak",
            "Catering business training",
            "Jual kotak nasi kardus",
            "training",
        ),
        (
            "kursus servis kompor gas & regulator",
            "Gas stove repair course",
            "Jual tabung gas elpiji",
            "training",
        ),
        (
            "kursus tukang kayu bikin kusen pintu",
            "Carpentry: door and window frames",
            "Jual pintu kayu jati jadi",
            "training",
        ),
        (
            "kursus pasang pipa air & toren",
            "Plumbing course",
            "Jual tandon air 1000 liter",
            "training",
        ),
        # health and social services
        (
            "pelatihan pendamping lansia (caregiver)",
            "Elderly caregiver training",
            "Pelatihan pengasuh bayi",
            "training",
        ),
        (
            "butuh kursi roda & kruk utk difabel",
            "Wheelchairs and crutches",
            "Sewa kursi plastik utk hajatan",
            "resource",
        ),
        (
            "penyuluhan kesehatan jiwa & cegah bunuh diri",
            "Suicide prevention awareness",
            "Penyuluhan bahaya narkoba",
            "training",
        ),
        (
            "terapi wicara utk anak telat bicara",
            "Speech therapy for children",
            "Kursus public speaking",
            "resource",
        ),
        (
            "program rehabilitasi bersumberdaya masyarakat utk difabel",
            "Community-based rehabilitation for disabled people",
            "Rehabilitasi hutan mangrove",
            "training",
        ),
        (
            "pelatihan teknisi ortotik prostetik",
            "Prosthetics and orthotics technician course",
            "Bantuan kaki palsu utk difabel",
            "training",
        ),
        (
            "sosialisasi pencegahan perkawinan anak",
            "Child marriage prevention",
            "Bimbingan pranikah utk catin",
            "training",
        ),
        (
            "kelas parenting utk ortu balita",
            "Positive parenting class",
            "Jasa penitipan anak (daycare)",
            "training",
        ),
        (
            "pelatihan kader jumantik",
            "Mosquito larva monitor training",
            "Pelatihan kader posyandu balita",
            "training",
        ),
        (
            "pembangunan jamban sehat utk warga",
            "Household latrine construction",
            "Jual kloset duduk",
            "resource",
        ),
        (
            "pelatihan kader tbc",
            "Tuberculosis cadre training",
            "Pelatihan kader posyandu",
            "training",
        ),
        (
            "pelatihan p3k di tempat kerja",
            "Workplace first aid course",
            "Pelatihan k3 konstruksi",
            "training",
        ),
        (
            "pelatihan perawat homecare",
            "Home nursing care training",
            "Jasa cleaning service rumah",
            "training",
        ),
        (
            "butuh alat bantu jalan (walker) utk lansia",
            "Walking frames for the elderly",
            "Jual treadmill bekas",
            "resource",
        ),
        (
            "posyandu lansia butuh alat cek gula darah",
            "Blood glucose meters for health posts",
            "Jual gula aren",
            "resource",
        ),
        # education and skills
        (
            "les calistung utk anak tk",
            "Early reading and counting lessons",
            "Kursus akuntansi dasar",
            "training",
        ),
        (
            "kursus bahasa jepang utk calon pemagang",
            "Japanese language for apprentices",
            "Kursus bahasa Korea EPS-TOPIK",
            "training",
        ),
        (
            "kursus microsoft word & excel",
            "Office computer skills course",
            "Servis laptop & komputer",
            "training",
        ),
        (
            "pelatihan guru paud",
            "Early childhood teacher training",
            "Pelatihan guru ngaji TPQ",
            "training",
        ),
        (
            "bikin sim c kolektif",
            "Motorbike licence (SIM C) assistance",
            "Pelatihan servis motor",
            "resource",
        ),
        (
            "bimbel persiapan utbk masuk ptn",
            "University entrance exam prep",
            "Les calistung anak",
            "training",
        ),
        (
            "pendidikan inklusi utk anak berkebutuhan khusus",
            "Inclusive education for children with disabilities",
            "Sekolah sepak bola anak",
            "training",
        ),
        ("kursus menyetir truk utk sopir", "Truck driver training", "Jual truk bekas", "training"),
        (
            "kursus bahasa inggris utk calon tki kapal pesiar",
            "English for cruise ship workers",
            "Kursus bahasa Arab",
            "training",
        ),
        (
            "pelatihan literasi baca tulis utk ibu2 buta huruf",
            "Adult literacy classes",
            "Pelatihan literasi keuangan",
            "training",
        ),
        ("kursus mengetik 10 jari", "Touch typing course", "Jasa pengetikan skripsi", "training"),
        # arts, culture and sport
        (
            "pelatih tari tradisional utk sanggar",
            "Traditional dance instructor",
            "Kursus zumba",
            "training",
        ),
        (
            "pelatihan wasit bola voli",
            "Volleyball referee course",
            "Pelatihan pelatih bola voli",
            "training",
        ),
        (
            "lisensi pelatih sepak bola",
            "Football coaching licence course",
            "Kursus wasit sepak bola",
            "training",
        ),
        ("pelatihan paduan suara gereja", "Choir training", "Kursus main band", "training"),
        (
            "pelatihan event organizer utk karang taruna",
            "Event organising course",
            "Sewa tenda & kursi",
            "training",
        ),
        (
            "kursus jadi mc acara nikahan",
            "Master of ceremonies training",
            "Sewa sound system",
            "training",
        ),
        ("senam lansia rutin", "Elderly exercise classes", "Kursus renang anak", "training"),
        (
            "beli seragam bola utk anak ssb",
            "Football kits and balls for youth clubs",
            "Jual seragam sekolah SD",
            "resource",
        ),
        (
            "kursus main gamelan utk anak",
            "Gamelan lessons for children",
            "Jual gamelan perunggu",
            "training",
        ),
        (
            "pelatihan dalang cilik",
            "Young puppeteer training",
            "Pelatihan membuat wayang kulit",
            "training",
        ),
        (
            "pelatihan pelatih bulu tangkis",
            "Badminton coach training",
            "Jual raket & kok",
            "training",
        ),
        # tourism and hospitality
        (
            "sertifikasi pemandu wisata",
            "Tour guide certification",
            "Sertifikasi homestay",
            "training",
        ),
        (
            "pelatihan pemandu pendakian gunung",
            "Mountain guide training",
            "Jasa porter gunung",
            "training",
        ),
        (
            "daftarin homestay di traveloka & airbnb",
            "Listing homestays on booking platforms",
            "Daftar produk di Shopee",
            "training",
        ),
        (
            "pelatihan bikin paket wisata desa",
            "Village tour package design",
            "Jasa pengiriman paket",
            "training",
        ),
        (
            "pelatihan pemandu wisata berbahasa inggris",
            "English for tour guides",
            "Kursus bahasa Inggris anak",
            "training",
        ),
        (
            "pelatihan tata graha homestay",
            "Homestay housekeeping course",
            "Jasa cleaning service kantor",
            "training",
        ),
        (
            "pelatihan kuliner khas desa wisata utk tamu",
            "Local cuisine for tourists",
            "Pelatihan membuat kue kering",
            "training",
        ),
        # digital and finance
        (
            "pelatihan aplikasi kasir utk warung",
            "Point-of-sale app training",
            "Jual meja kasir bekas",
            "training",
        ),
        (
            "pendampingan rat koperasi",
            "Cooperative annual members meeting",
            "Rapat koordinasi desa",
            "training",
        ),
        (
            "asuransi kendaraan bermotor",
            "Motor vehicle insurance",
            "Kredit motor murah",
            "resource",
        ),
        (
            "asuransi kebakaran utk toko & kios",
            "Fire insurance for shops",
            "Pelatihan pemadam kebakaran",
            "resource",
        ),
        (
            "pelatihan lapor pajak umkm",
            "Tax filing for small businesses",
            "Pelatihan laporan keuangan",
            "training",
        ),
        (
            "pelatihan laporan keuangan bumdes",
            "Village enterprise financial reporting",
            "Pelatihan laporan pertanggungjawaban dana desa",
            "training",
        ),
        (
            "pelatihan jualan di tiktok shop",
            "Selling on TikTok Shop",
            "Kursus tari tiktok",
            "training",
        ),
        (
            "bikin qris utk pedagang pasar",
            "QRIS merchant registration",
            "Pembuatan qr code menu",
            "resource",
        ),
        (
            "pelatihan jadi agen brilink",
            "Banking agent training",
            "Pelatihan agen properti",
            "training",
        ),
        # governance and disaster preparedness
        (
            "simulasi evakuasi tsunami di sekolah",
            "School tsunami drill",
            "Kursus renang",
            "training",
        ),
        (
            "pelatihan pemakaian apar",
            "Fire extinguisher training",
            "Asuransi kebakaran",
            "training",
        ),
        (
            "pelatihan penyusunan apbdes",
            "Village budget drafting",
            "Pelatihan penyusunan anggaran rumah tangga",
            "training",
        ),
        (
            "pelatihan anggota bpd",
            "Village consultative council training",
            "Pelatihan perangkat desa",
            "training",
        ),
        (
            "pelatihan linmas desa",
            "Village civil defence (linmas) training",
            "Pelatihan satpam",
            "training",
        ),
        (
            "pelatihan pengelolaan posko pengungsian",
            "Evacuation shelter management",
            "Pengelolaan homestay",
            "training",
        ),
        (
            "pelatihan penyelamatan di air",
            "Water rescue training",
            "Kursus renang gaya bebas",
            "training",
        ),
        (
            "pelatihan sistem peringatan dini longsor",
            "Landslide early warning systems",
            "Pelatihan penanaman pohon",
            "training",
        ),
        # second batch
        (
            "pelatihan service ac mobil",
            "Car air conditioning repair",
            "Servis ac rumah & kulkas",
            "training",
        ),
        ("kursus bengkel sepeda", "Bicycle repair course", "Jual sepeda bekas", "training"),
        (
            "pelatihan tukang pasang paving block",
            "Paving installation course",
            "Pelatihan cetak paving block",
            "training",
        ),
        (
            "pelatihan operator chainsaw yg aman",
            "Chainsaw operator safety course",
            "Jual gergaji mesin baru",
            "training",
        ),
        (
            "kursus paes pengantin jawa",
            "Javanese bridal make-up (paes)",
            "Sewa baju pengantin adat",
            "training",
        ),
        ("jasa dekorasi pelaminan", "Wedding stage decoration", "Sewa tenda & kursi", "resource"),
        (
            "jasa cuci karpet & sofa",
            "Carpet and sofa cleaning service",
            "Jual karpet masjid",
            "resource",
        ),
        (
            "pelatihan usaha cuci sepatu",
            "Sneaker cleaning business",
            "Pelatihan membuat sepatu kulit",
            "training",
        ),
        (
            "skrining thalasemia utk remaja",
            "Thalassaemia screening",
            "Skrining diabetes",
            "resource",
        ),
        (
            "pelatihan apn utk bidan desa",
            "Normal delivery care training for midwives",
            "Pelatihan pijat bayi",
            "training",
        ),
        (
            "pelatihan orientasi mobilitas tunanetra",
            "Orientation and mobility training for the blind",
            "Kursus menyetir mobil",
            "training",
        ),
        (
            "pelatihan konselor laktasi",
            "Lactation counsellor training",
            "Jual pompa ASI elektrik",
            "training",
        ),
        (
            "sosialisasi bahaya judi online",
            "Online gambling awareness",
            "Pelatihan jualan online",
            "training",
        ),
        (
            "pelatihan perawatan luka diabetes",
            "Diabetic wound care training",
            "Pelatihan P3K",
            "training",
        ),
        (
            "pelatihan konselor sebaya utk remaja",
            "Peer counsellor training for teens",
            "Pelatihan kader posyandu balita",
            "training",
        ),
        (
            "pelatihan bikin pembalut kain",
            "Reusable cloth pad making",
            "Jual pembalut sekali pakai",
            "training",
        ),
        (
            "kursus bahasa jepang jlpt n4",
            "Japanese language (JLPT) course",
            "Kursus bahasa Mandarin HSK",
            "training",
        ),
        (
            "orientasi pra pemberangkatan calon pmi",
            "Pre-departure orientation for migrant workers",
            "Pelatihan usaha utk purna pmi",
            "training",
        ),
        (
            "pelatihan kaigo utk kerja di jepang",
            "Care worker (kaigo) training for Japan",
            "Pelatihan pengasuh bayi",
            "training",
        ),
        (
            "pelatihan operator dapodik sekolah",
            "School data system (Dapodik) operator",
            "Pelatihan operator siskeudes",
            "training",
        ),
        (
            "kursus jarimatika utk anak",
            "Finger arithmetic for kids",
            "Kursus akuntansi",
            "training",
        ),
        (
            "les bahasa inggris utk anak sd",
            "English lessons for children",
            "Kursus bahasa Jepang",
            "training",
        ),
        (
            "pelatihan guru paud metode montessori",
            "Montessori method for preschool teachers",
            "Pelatihan guru ngaji",
            "training",
        ),
        (
            "pelatihan juri lomba tari",
            "Dance competition judge training",
            "Kursus tari modern",
            "training",
        ),
        (
            "kursus sound engineer utk acara",
            "Live sound engineering course",
            "Sewa sound system",
            "training",
        ),
        ("lomba mewarnai anak tk", "Children's colouring contest", "Jual cat tembok", "training"),
        (
            "pelatihan olahraga boccia utk difabel",
            "Boccia for disabled athletes",
            "Jual kursi roda",
            "training",
        ),
        (
            "pelatihan pelatih fisik atlet",
            "Strength and conditioning coach course",
            "Jual alat fitness",
            "training",
        ),
        (
            "pembuatan museum desa",
            "Community museum set-up",
            "Pelatihan pengelolaan perpustakaan desa",
            "training",
        ),
        (
            "pelatihan pemandu museum & situs sejarah",
            "Heritage site guide training",
            "Pelatihan pemandu arung jeram",
            "training",
        ),
        (
            "pelatihan interpretasi alam utk pemandu ekowisata",
            "Nature interpretation for guides",
            "Pelatihan budidaya anggrek",
            "training",
        ),
        (
            "pelatihan resepsionis hotel",
            "Hotel receptionist course",
            "Pelatihan housekeeping hotel",
            "training",
        ),
        (
            "pelatihan admin medsos utk bumdes",
            "Social media admin training",
            "Pelatihan admin keuangan bumdes",
            "training",
        ),
        ("buka tabungan haji", "Hajj savings accounts", "Tabungan emas", "resource"),
        (
            "pelatihan pengelolaan bmt",
            "Islamic microfinance (BMT) management",
            "Pelatihan pengelolaan masjid",
            "training",
        ),
        (
            "pelatihan investasi saham utk pemula",
            "Stock market investing for beginners",
            "Pelatihan menabung di koperasi",
            "training",
        ),
        (
            "pelatihan bangun rumah tahan gempa",
            "Earthquake-resistant house building",
            "Asuransi rumah tinggal",
            "training",
        ),
        (
            "pembuatan tanggul bronjong di sungai",
            "Gabion wall construction",
            "Jual jaring ikan",
            "resource",
        ),
        (
            "pelatihan satuan pendidikan aman bencana",
            "Disaster-safe schools programme",
            "Pelatihan guru paud",
            "training",
        ),
        (
            "pelatihan siskamling & ronda malam",
            "Neighbourhood night watch training",
            "Pelatihan satpam perusahaan",
            "training",
        ),
        (
            "penyusunan profil desa",
            "Village profile writing",
            "Pembuatan company profile usaha",
            "training",
        ),
        (
            "penyelesaian sengketa batas desa",
            "Village boundary dispute settlement",
            "Sengketa tanah warisan",
            "training",
        ),
        (
            "pelatihan kader pembangunan manusia (kpm)",
            "Human development cadre training",
            "Pelatihan kader posyandu",
            "training",
        ),
        (
            "pelatihan pengelolaan arsip desa",
            "Village archive management",
            "Pelatihan perpustakaan desa",
            "training",
        ),
        (
            "pembentukan relawan pemadam kebakaran desa",
            "Village volunteer fire brigade",
            "Asuransi kebakaran",
            "training",
        ),
        (
            "pembuatan rambu jalur evakuasi",
            "Evacuation route signs",
            "Rambu lalu lintas jalan",
            "resource",
        ),
        (
            "pelatihan sablon digital dtf",
            "DTF printing course",
            "Pelatihan sablon manual",
            "training",
        ),
        (
            "pelatihan tukang las aluminium",
            "Aluminium welding course",
            "Jual panci aluminium",
            "training",
        ),
        (
            "kursus servis laptop mati total",
            "Laptop repair course",
            "Jual laptop bekas",
            "training",
        ),
        (
            "pelatihan make up artist utk wisuda",
            "Make-up artist course",
            "Jual kosmetik",
            "training",
        ),
        (
            "pelatihan jasa titip (jastip)",
            "Personal shopper (jastip) business",
            "Pelatihan jasa ekspedisi",
            "training",
        ),
        (
            "pelatihan pengemudi ojek online",
            "Ride-hailing driver training",
            "Pelatihan servis motor",
            "training",
        ),
        (
            "pelatihan kader posbindu ptm",
            "NCD screening post cadre training",
            "Pelatihan kader posyandu balita",
            "training",
        ),
        (
            "pelatihan perawat gigi / terapis gigi",
            "Dental therapist training",
            "Pelatihan kader posyandu",
            "training",
        ),
        (
            "bantuan tenaga pengajar bahasa isyarat utk slb",
            "Sign language teachers for special schools",
            "Kursus bahasa Inggris",
            "resource",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]
