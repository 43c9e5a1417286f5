"""Third breadth round on the food processing, packaging and permits, health and nutrition,
savings and credit, governance and digital lexicon: the subjects still missing (palm wine, butter
and margarine, tea bags, jerrycans, packing supplies, TKDN, the doctor, heart disease, herbal rubs
...) and the ways people write the known ones (mi kering, haki, fyp, cod lewat jne, kredit umi,
rkpdes, dukun beranak, vape) meet their offer, and the look-alike inside their names (cap tikus
and the rat, teh celup and dip-dyeing, the PET bottle and the pet, PaDi UMKM and the rice paddy,
the doctor and the vet, the computer course and the computer repair) gets no credit.

Written with listings of our own, on the shipped lexicon.
"""

from functools import partial

import pytest

from marketplace.matching.lexicon import Lexicon, read_lexicon_files
from marketplace.matching.normalise import Stemmer
from tests.matching import ranking

AREA = ("nusa tenggara timur", "nusa tenggara timur/kupang")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        # food processing
        ("jual tuak aren ke warung", "Palm wine buyer", "Pembeli gula aren cetak", "market"),
        (
            "pembeli sopi dan moke",
            "Palm wine and arrack buyer",
            "Pembeli nira lontar segar",
            "market",
        ),
        (
            "jual cap tikus minahasa",
            "Traditional palm spirit buyer",
            "Jasa pengendalian hama tikus sawah",
            "market",
        ),
        (
            "butuh mentega dan margarin utk usaha roti",
            "Butter and margarine supplier",
            "Pemasok tepung terigu",
            "resource",
        ),
        (
            "pelatihan produksi teh celup daun kelor",
            "Tea bag production training",
            "Pelatihan pewarnaan celup ikat",
            "training",
        ),
        ("jual teh celup herbal", "Tea bags buyer", "Pembeli kain jumputan", "market"),
        (
            "pelatihan bikin kasoami instan",
            "Kasoami making workshop",
            "Pelatihan tiwul instan",
            "training",
        ),
        (
            "pelatihan bikin mi kering dari sagu",
            "Dry noodle making course",
            "Pelatihan budidaya sagu",
            "training",
        ),
        (
            "jual mi instan produksi kelompok",
            "Instant noodles buyer",
            "Pembeli bihun jagung",
            "market",
        ),
        ("jual wadi patin", "Fermented fish buyer", "Pembeli ikan patin segar", "market"),
        ("jual ikan presto", "Soft-bone milkfish buyer", "Penjual panci presto", "market"),
        (
            "jual soto banjar dan coto makassar",
            "Soup stall supplier buyer",
            "Pembeli sate ayam",
            "market",
        ),
        (
            "butuh jeli dan puding utk hajatan",
            "Jelly and pudding maker",
            "Pemasok agar-agar rumput laut mentah",
            "resource",
        ),
        (
            "butuh micin dan penyedap untuk usaha bakso",
            "Food additives supplier",
            "Pemasok daging sapi",
            "resource",
        ),
        ("butuh gula batu utk wedang", "Rock sugar supplier", "Pemasok gula aren", "resource"),
        (
            "butuh meses coklat utk donat",
            "Chocolate sprinkles supplier",
            "Pemasok tepung donat",
            "resource",
        ),
        (
            "pelatihan olahan susu bubuk dan kental manis",
            "Dairy products processing training",
            "Pelatihan beternak sapi perah",
            "training",
        ),
        (
            "pelatihan usaha air minum dalam kemasan",
            "Bottled water business course",
            "Pelatihan pengelolaan sumber air bersih",
            "training",
        ),
        ("jual kue kuping gajah kiloan", "Cookie buyer", "Pembeli gajah kayu ukir", "market"),
        ("jual kacang disko", "Peanut snack buyer", "Pembeli kacang tanah kupas", "market"),
        (
            "pelatihan bikin bumbu rica",
            "Spice paste course",
            "Pelatihan budidaya cabai rawit",
            "training",
        ),
        ("jual grontol jagung", "Corn snack buyer", "Pembeli jagung pipil kering", "market"),
        # packaging and permits
        (
            "pendampingan sertifikasi fssc 22000",
            "FSSC 22000 certification consultant",
            "Pelatihan desain kemasan",
            "training",
        ),
        (
            "butuh stretch film buat palet",
            "Stretch film supplier",
            "Pemasok palet kayu",
            "resource",
        ),
        ("cetak offset kemasan kotak", "Offset printing service", "Jasa sablon kaos", "resource"),
        (
            "urus haki merek produk",
            "Trademark registration service",
            "Pelatihan branding media sosial",
            "training",
        ),
        ("cek merek di pdki", "Trademark search help", "Pelatihan desain logo", "training"),
        (
            "bantu urus peb dan dokumen ekspor",
            "Export documentation service",
            "Pelatihan packaging ekspor",
            "training",
        ),
        (
            "pelatihan incoterms utk eksportir pemula",
            "Export documents and incoterms course",
            "Pelatihan bahasa inggris",
            "training",
        ),
        (
            "pendaftaran halal lewat sehati",
            "Free halal certification assistance",
            "Pelatihan penyembelihan hewan",
            "training",
        ),
        (
            "pelatihan ppph pendamping halal",
            "Halal process facilitator training",
            "Pelatihan juru sembelih",
            "training",
        ),
        (
            "cara tentukan expired date produk",
            "Shelf life testing service",
            "Pelatihan pencatatan tanggal produksi di buku kas",
            "training",
        ),
        ("butuh botol pet 250 ml", "PET bottle supplier", "Klinik hewan peliharaan", "resource"),
        (
            "butuh jerigen 5 liter buat minyak kelapa",
            "Jerrycan supplier",
            "Pemasok botol kaca",
            "resource",
        ),
        (
            "butuh drum plastik utk fermentasi pupuk",
            "Plastic drum supplier",
            "Pemasok pupuk organik cair",
            "resource",
        ),
        (
            "butuh sendok plastik dan sedotan plastik",
            "Disposable cutlery supplier",
            "Pengrajin sedotan purun",
            "resource",
        ),
        (
            "butuh lakban dan bubble wrap utk kirim paket",
            "Packing supplies shop",
            "Pemasok kardus nasi",
            "resource",
        ),
        (
            "sertifikasi tkdn utk masuk e-katalog",
            "TKDN certificate assistance",
            "Pelatihan pemasaran media sosial",
            "training",
        ),
        (
            "kemasan styrofoam utk nasi kotak",
            "Styrofoam food container supplier",
            "Pemasok kertas nasi",
            "resource",
        ),
        ("cetak kartu nama dan nota", "Business card printing", "Jasa desain interior", "resource"),
        (
            "butuh sertifikat rumah utk agunan",
            "Land certificate service",
            "Pelatihan sertifikasi kompetensi",
            "training",
        ),
        # health
        (
            "penanganan anak cacingan di sd",
            "Deworming programme for schools",
            "Pembeli cacing tanah",
            "training",
        ),
        ("pemberian obat kecacingan", "Deworming campaign", "Budidaya cacing sutra", "training"),
        (
            "butuh dacin utk posyandu",
            "Posyandu baby scales supplier",
            "Pemasok timbangan gantung pasar",
            "resource",
        ),
        (
            "pelatihan bhd utk relawan",
            "Basic life support training",
            "Pelatihan relawan bencana",
            "training",
        ),
        (
            "cek gula darah warga lansia",
            "Blood sugar check service",
            "Pembeli gula aren",
            "training",
        ),
        (
            "sosialisasi sadari utk ibu pkk",
            "Breast self-exam education",
            "Pelatihan kader pkk",
            "training",
        ),
        (
            "imunisasi campak anak sd",
            "Measles vaccination campaign",
            "Vaksinasi ternak",
            "training",
        ),
        (
            "pelatihan dukun beranak jadi mitra bidan",
            "Traditional birth attendant training",
            "Pelatihan pijat bayi",
            "training",
        ),
        (
            "paraji di desa",
            "Traditional birth attendants programme",
            "Pelatihan kader posyandu",
            "training",
        ),
        (
            "pendampingan odgj pasung",
            "Mental health support for shackled patients",
            "Pelatihan kader lansia",
            "training",
        ),
        (
            "edukasi bahaya vape utk remaja",
            "Vaping prevention for youth",
            "Pelatihan kesehatan reproduksi remaja",
            "training",
        ),
        (
            "sosialisasi pendewasaan usia perkawinan",
            "Child marriage prevention programme",
            "Pelatihan wedding organizer",
            "training",
        ),
        (
            "guru slb utk anak down syndrome",
            "Special needs education support",
            "Pelatihan guru paud",
            "training",
        ),
        (
            "pelatihan pembuatan masker bedah",
            "Medical mask production",
            "Pelatihan masker wajah alami",
            "training",
        ),
        ("jual menstrual cup", "Menstrual cup distributor", "Barista kopi", "market"),
        (
            "butuh dokter umum keliling",
            "Visiting general practitioner",
            "Dokter hewan keliling",
            "resource",
        ),
        (
            "penyuluhan penyakit jantung",
            "Heart disease education",
            "Pelatihan resusitasi jantung paru",
            "training",
        ),
        (
            "pelatihan bikin minyak urut",
            "Massage oil making course",
            "Pelatihan produksi minyak goreng",
            "training",
        ),
        (
            "pelatihan param kocok dan balsem",
            "Herbal balm making course",
            "Pelatihan cat tembok",
            "training",
        ),
        (
            "pelatihan jadi tukang urut",
            "Traditional massage course",
            "Pelatihan tukang kayu",
            "training",
        ),
        # savings and credit
        (
            "kredit umi buat warung",
            "Ultra-micro financing",
            "Pelatihan manajemen warung",
            "training",
        ),
        (
            "buka kartu atm utk anggota",
            "Bank account opening service",
            "Pelatihan penggunaan mesin kasir",
            "training",
        ),
        (
            "kirim uang lewat western union",
            "Remittance service",
            "Pelatihan ekspedisi barang",
            "resource",
        ),
        (
            "kredit macet npl koperasi",
            "Bad debt recovery consulting",
            "Pelatihan akuntansi koperasi",
            "training",
        ),
        (
            "restrukturisasi pinjaman kur",
            "Loan restructuring advice",
            "Pengajuan kur baru",
            "training",
        ),
        (
            "galang dana di kitabisa",
            "Online crowdfunding help",
            "Pelatihan jualan online",
            "training",
        ),
        ("pendirian laz desa", "Zakat institution setup", "Pelatihan manajemen masjid", "training"),
        (
            "catat piutang pelanggan warung",
            "Receivables and debt recording",
            "Pelatihan pencatatan stok",
            "training",
        ),
        (
            "bpjs tk bpu utk nelayan",
            "Informal worker social security enrolment",
            "Asuransi kapal",
            "training",
        ),
        # governance
        (
            "penyusunan rkpdes",
            "Village government work plan facilitation",
            "Penyusunan laporan keuangan bumdes",
            "training",
        ),
        (
            "pendampingan kdmp koperasi desa merah putih",
            "Cooperative setup assistance",
            "Pelatihan ekspor merah putih",
            "training",
        ),
        (
            "penyelesaian tapal batas desa",
            "Village boundary settlement",
            "Pelatihan tata ruang kota",
            "training",
        ),
        (
            "penguatan kewang negeri",
            "Customary institution strengthening",
            "Pelatihan pengelolaan wisata bahari",
            "training",
        ),
        (
            "pemetaan tanah adat",
            "Customary land rights mapping",
            "Pelatihan pembukaan lahan",
            "training",
        ),
        (
            "pelatihan pengurus rt rw",
            "Neighbourhood association training",
            "Pelatihan pengurus bumdes",
            "training",
        ),
        (
            "usaha pmi purna",
            "Returned migrant worker business training",
            "Pelatihan calon pekerja migran",
            "training",
        ),
        (
            "lapor pajak umkm efaktur",
            "Tax reporting assistance",
            "Pelatihan faktur penjualan manual",
            "training",
        ),
        (
            "sosialisasi upah minimum buruh tani",
            "Minimum wage and labour rights",
            "Pelatihan buruh bangunan",
            "training",
        ),
        # digital
        (
            "pelatihan bikin reels instagram",
            "Instagram reels course",
            "Pelatihan bikin film dokumenter",
            "training",
        ),
        ("cara masuk fyp tiktok", "TikTok content course", "Kursus tari modern", "training"),
        ("kelas foto flatlay produk", "Product photography class", "Kelas melukis", "training"),
        (
            "bikin studio mini di rumah",
            "Mini photo studio setup",
            "Jasa renovasi rumah",
            "resource",
        ),
        (
            "beli domain dan hosting website desa",
            "Website hosting service",
            "Pelatihan administrasi desa",
            "resource",
        ),
        (
            "daftar usaha di gmaps",
            "Google Maps business listing",
            "Pemetaan partisipatif wilayah",
            "training",
        ),
        (
            "rebranding produk keripik",
            "Rebranding consultant",
            "Pelatihan desain interior toko",
            "training",
        ),
        (
            "pelatihan cs online utk toko",
            "Online customer service training",
            "Pelatihan kasir toko",
            "training",
        ),
        (
            "pasang vsat di dusun terpencil",
            "Satellite internet installer",
            "Pemasangan listrik tenaga surya",
            "resource",
        ),
        (
            "pelatihan rapat lewat zoom",
            "Online meetings training",
            "Pelatihan notulen rapat",
            "training",
        ),
        ("akun wa diretas", "Account security help", "Pelatihan whatsapp business", "training"),
        (
            "pelatihan bikin aplikasi android",
            "App development course",
            "Servis hp android",
            "training",
        ),
        (
            "pelatihan pakai aplikasi ai utk promosi",
            "AI tools for small business",
            "Pelatihan inseminasi buatan sapi",
            "training",
        ),
        (
            "kirim paket cod lewat jne",
            "Parcel shipping for online sellers",
            "Pelatihan bahasa jawa",
            "resource",
        ),
        (
            "aplikasi kasir moka",
            "Point of sale app training",
            "Pelatihan penggilingan kopi moka",
            "training",
        ),
        (
            "jualan lewat padi umkm",
            "Government procurement marketplace",
            "Budidaya padi organik",
            "training",
        ),
        ("kelas vlog desa wisata", "Vlogging course", "Pelatihan pemandu wisata", "training"),
        (
            "pasang sensor suhu kandang",
            "IoT sensor installation",
            "Pelatihan kandang ayam",
            "resource",
        ),
        (
            "bikin menu digital qr",
            "Digital menu with QR codes",
            "Pelatihan menu sehat balita",
            "training",
        ),
        # near subjects: the product, its making, its raw material, its tool, its permit
        ("jual ragi tempe", "Tempeh starter buyer", "Pembeli tempe kedelai", "market"),
        ("jual susu kedelai", "Soy milk buyer", "Pembeli susu sapi segar", "market"),
        (
            "jual kerupuk rambak kulit sapi",
            "Rambak cracker buyer",
            "Pembeli kulit sapi mentah",
            "market",
        ),
        ("jual tepung mocaf", "Mocaf flour buyer", "Pembeli singkong segar", "market"),
        (
            "jual gula semut aren",
            "Granulated palm sugar buyer",
            "Pembeli nira aren segar",
            "market",
        ),
        ("jual vco", "Virgin coconut oil buyer", "Pembeli kelapa butir", "market"),
        ("jual kopi bubuk kemasan", "Ground coffee buyer", "Pembeli kopi green bean", "market"),
        ("jual keripik pisang", "Banana chips buyer", "Pembeli pisang kepok", "market"),
        ("jual abon ikan tuna", "Fish floss buyer", "Pembeli ikan tuna segar", "market"),
        (
            "pelatihan membuat nata de coco",
            "Nata de coco making training",
            "Pelatihan budidaya kelapa",
            "training",
        ),
        (
            "butuh mesin spinner peniris",
            "Oil spinner supplier",
            "Pelatihan keripik singkong",
            "resource",
        ),
        ("sewa oven roti", "Bakery oven rental", "Kursus bikin roti", "resource"),
        ("butuh mesin parut kelapa", "Coconut grater supplier", "Pembeli kelapa parut", "resource"),
        ("jual terasi udang rebon", "Shrimp paste buyer", "Pembeli udang rebon segar", "market"),
        ("jual dodol ketan", "Dodol buyer", "Pembeli beras ketan", "market"),
        ("jual bawang goreng", "Fried shallots buyer", "Pembeli bawang merah", "market"),
        ("jual kulit melinjo kering", "Melinjo peel buyer", "Pembeli emping melinjo", "market"),
        ("jual sirup pala", "Nutmeg syrup buyer", "Pembeli biji pala kering", "market"),
        ("kursus barista", "Barista course", "Pembeli biji kopi", "training"),
        ("urus izin pirt", "PIRT permit assistance", "Pemasok kemasan standing pouch", "training"),
        (
            "bikin label informasi nilai gizi",
            "Nutrition facts label service",
            "Penyuluhan gizi balita",
            "training",
        ),
        (
            "uji lab kandungan gizi produk",
            "Food lab nutrient testing",
            "Penyuluhan gizi ibu hamil",
            "training",
        ),
        ("butuh mesin sealer", "Sealer machine supplier", "Pemasok plastik kemasan", "resource"),
        ("sertifikasi organik sayur", "Organic certification", "Pemasok pupuk organik", "training"),
        (
            "indikasi geografis kopi kintamani",
            "Geographical indication registration",
            "Pembeli kopi arabika",
            "training",
        ),
        (
            "kelas ibu hamil",
            "Prenatal class facilitator",
            "Pemeriksaan kebuntingan sapi",
            "training",
        ),
        ("posyandu lansia", "Elderly health post", "Posyandu balita", "training"),
        ("pijat bayi", "Baby massage course", "Pijat refleksi", "training"),
        ("butuh minyak telon", "Baby balm oil supplier", "Pemasok minyak goreng", "resource"),
        ("garam beryodium", "Iodised salt campaign", "Pelatihan produksi garam tambak", "training"),
        (
            "olahan kelor untuk cegah stunting",
            "Moringa for stunting prevention",
            "Budidaya kelor",
            "training",
        ),
        ("vaksinasi anak", "Child immunisation campaign", "Vaksinasi ayam", "training"),
        ("obat cacing anak", "Deworming for children", "Obat cacing ternak", "training"),
        ("tabungan emas", "Gold savings", "Pembeli perhiasan emas", "training"),
        ("gadai emas", "Gold pawning", "Pembeli perhiasan emas", "training"),
        ("kredit motor", "Motorbike leasing", "Bengkel motor", "training"),
        ("asuransi ternak sapi", "Livestock insurance", "Kesehatan ternak sapi", "training"),
        ("arisan ibu-ibu", "Rotating savings group", "Koperasi konsumen", "training"),
        ("bank sampah", "Waste bank setup", "Buka rekening bank", "training"),
        ("bank benih", "Seed bank setup", "Buka rekening bank", "training"),
        ("pembukuan kelompok", "Group bookkeeping", "Buku tabungan anggota", "training"),
        (
            "laporan keuangan bumdes",
            "Financial statements training",
            "Laporan kegiatan bumdes",
            "training",
        ),
        ("foto produk", "Product photography", "Foto prewedding", "training"),
        ("desain logo", "Logo design", "Pendaftaran hak merek", "training"),
        ("video promosi", "Promo video course", "Video call keluarga", "training"),
        ("jualan di tiktok shop", "TikTok Shop selling", "Kursus tari tiktok", "training"),
        ("servis hp", "Phone repair course", "Jual hp bekas", "training"),
        ("kursus komputer", "Computer course", "Servis komputer", "training"),
        (
            "uji boraks dan formalin jajanan",
            "Uji boraks dan formalin pangan",
            "Pelatihan membuat kerupuk",
            "training",
        ),
        (
            "kursus calon pengantin",
            "Premarital health counselling",
            "Kursus rias pengantin",
            "training",
        ),
        ("jual obat nyamuk alami", "Mosquito repellent buyer", "Pembeli kelambu", "market"),
        ("jualan takjil ramadan", "Street snack seller supplies", "Pembeli pisang kepok", "market"),
        (
            "penyuluhan ims dan hiv utk remaja",
            "HIV and STI education",
            "Pelatihan sablon kaos remaja",
            "training",
        ),
        (
            "pelatihan kader bkr",
            "Adolescent health and family training",
            "Pelatihan kader posyandu balita",
            "training",
        ),
        (
            "deteksi tumbuh kembang kpsp",
            "Child development screening",
            "Pelatihan pijat bayi",
            "training",
        ),
        ("jual jagung bose instan", "Corn rice buyer", "Pembeli jagung pipil", "market"),
        ("jual halua kenari", "Canarium nut brittle buyer", "Pembeli kacang tanah", "market"),
        ("jual galamai", "Dodol buyer", "Pembeli beras ketan hitam", "market"),
        ("jual kue wadai banjar", "Traditional cake buyer", "Pembeli kayu ulin", "market"),
        ("jual jagung titi flores", "Corn snack buyer", "Pembeli jagung pipil", "market"),
        (
            "pelatihan admin media sosial",
            "Social media admin training",
            "Pelatihan administrasi desa",
            "training",
        ),
        (
            "koperasi simpan pinjam",
            "Savings and loan cooperative training",
            "Koperasi konsumen toko desa",
            "training",
        ),
        ("pengajuan kredit usaha rakyat", "KUR application assistance", "Kredit motor", "training"),
        ("asuransi jiwa kelompok", "Life insurance for groups", "Asuransi ternak sapi", "training"),
        (
            "bahaya pinjol ilegal",
            "Illegal online lending awareness",
            "Pengajuan pinjaman KUR",
            "training",
        ),
        (
            "waspada investasi bodong",
            "Investment fraud awareness",
            "Investasi emas batangan",
            "training",
        ),
        (
            "pengelolaan dana desa",
            "Village fund management",
            "Pengelolaan dana bergulir",
            "training",
        ),
        ("pendirian bumdes", "BUMDes establishment", "Pendirian koperasi", "training"),
        (
            "pemilihan kepala desa",
            "Village head election committee training",
            "Pengawasan pemilu",
            "training",
        ),
        ("akta kelahiran anak", "Birth certificate service", "Akta pendirian koperasi", "training"),
        ("sertifikat tanah warga", "Land certificate service", "Sertifikasi halal", "training"),
        ("hak cipta lagu daerah", "Copyright registration", "Pendaftaran hak merek", "training"),
        ("pelatihan public speaking", "Public speaking course", "Kursus MC pernikahan", "training"),
        ("pelatihan excel", "Spreadsheet course", "Pelatihan akuntansi", "training"),
        ("edit foto produk", "Photo editing course", "Kursus edit video", "training"),
        ("live tiktok jualan", "TikTok live selling", "Program afiliasi tiktok", "training"),
        ("pelatihan iklan shopee", "Shopee ads course", "Cara buka toko di shopee", "training"),
        ("pembukuan keuangan bumdes", "BUMDes bookkeeping", "Audit dana desa", "training"),
        ("pelatihan pajak umkm", "MSME tax training", "Pelatihan retribusi pasar", "training"),
        (
            "laporan keuangan koperasi",
            "Cooperative financial statements",
            "Rapat anggota tahunan koperasi",
            "training",
        ),
        ("musrenbang desa", "Village planning meeting facilitation", "Musyawarah adat", "training"),
        ("penyusunan perdes", "Village regulation drafting", "Penyusunan rpjmdes", "training"),
        ("pendampingan paralegal desa", "Paralegal training", "Pelatihan pengacara", "training"),
        (
            "perlindungan pekerja migran",
            "Migrant worker protection",
            "Pelatihan bahasa korea",
            "training",
        ),
        ("tabungan pelajar", "Student savings programme", "Beasiswa pelajar", "training"),
        ("gadai sawah", "Land pawning mediation", "Sewa sawah", "training"),
        ("arisan qurban", "Rotating savings group", "Penjualan kambing qurban", "training"),
        ("zakat produktif", "Productive zakat programme", "Pelatihan manajemen masjid", "training"),
        ("kur peternakan sapi", "KUR livestock credit", "Penggemukan sapi", "training"),
        (
            "urus izin edar pupuk organik cair",
            "Fertiliser registration assistance",
            "Pendampingan izin edar BPOM",
            "training",
        ),
        (
            "pendaftaran pakan ikan mandiri",
            "Feed registration service",
            "Pelatihan membuat pakan ikan",
            "training",
        ),
        (
            "butuh kantong kresek utk warung",
            "Plastic carrier bag supplier",
            "Pemasok kantong kain",
            "resource",
        ),
        ("butuh kertas nasi", "Food wrapping paper supplier", "Pemasok beras", "resource"),
        ("urus slf bangunan usaha", "Pengurusan PBG dan SLF", "Jasa tukang bangunan", "training"),
        (
            "sertifikat cppib untuk nelayan",
            "Fish handling certificate training",
            "Pelatihan menangkap ikan",
            "training",
        ),
        (
            "pelatihan bikin lapkeu kelompok",
            "Financial statements course",
            "Pelatihan laporan kegiatan kelompok",
            "training",
        ),
        ("kursus pekejing produk", "Packaging course", "Kursus parkir", "training"),
        ("belajar jualan onlen", "Online selling course", "Belajar menjahit online", "training"),
        (
            "pencegahan stanting",
            "Stunting prevention programme",
            "Pelatihan stand pameran",
            "training",
        ),
        (
            "pengurus unit simpin",
            "Savings and loan cooperative training",
            "Budidaya kerang simping",
            "training",
        ),
        (
            "jualan di market place",
            "Marketplace selling course",
            "Pemasaran tradisional di pasar",
            "training",
        ),
        ("promosi di fesbuk", "Facebook marketing course", "Pelatihan buku kas", "training"),
        (
            "jualan lewat wasap",
            "WhatsApp selling course",
            "Pelatihan wastafel cuci tangan",
            "training",
        ),
        ("bikin konten yutub", "YouTube channel course", "Kursus yoga", "training"),
        ("kursus disain grafis", "Graphic design course", "Kursus desain interior", "training"),
        ("kelas poto produk pakai hp", "Product photography class", "Servis hp", "training"),
        (
            "pelatihan akutansi koperasi",
            "Cooperative accounting course",
            "Pelatihan kepemimpinan koperasi",
            "training",
        ),
        (
            "pengelolaan dana upk eks pnpm",
            "Revolving fund management training",
            "Pelatihan pengelolaan dana desa",
            "training",
        ),
        ("koperasi tanpa riba", "Sharia finance course", "Koperasi konsumen", "training"),
        ("gadai emas syariah rahn", "Gold pawning service", "Pembeli perhiasan emas", "training"),
        (
            "catatan pengeluaran rumah tangga",
            "Bookkeeping for households",
            "Pelatihan merapikan rumah",
            "training",
        ),
        ("bank mini sekolah", "Student savings programme", "Sekolah lapang pertanian", "training"),
        (
            "pelatihan kader pembangunan manusia",
            "Stunting convergence cadre training",
            "Pelatihan tukang bangunan",
            "training",
        ),
        (
            "pelatihan kader digital desa",
            "Digital literacy volunteers training",
            "Pelatihan kader posyandu",
            "training",
        ),
        (
            "pengisian prodeskel",
            "Village information system training",
            "Pelatihan profil usaha",
            "training",
        ),
        (
            "pengelolaan pasar desa oleh bumdes",
            "Village market management",
            "Pembeli sayur di pasar",
            "training",
        ),
        (
            "konsultasi gugatan cerai",
            "Divorce and marriage registration help",
            "Konsultasi pajak",
            "training",
        ),
        (
            "kelola fanpage usaha",
            "Facebook page management course",
            "Pelatihan kipas angin",
            "training",
        ),
        (
            "daftar seller center shopee",
            "Marketplace seller onboarding",
            "Pelatihan pusat belanja",
            "training",
        ),
        (
            "atur flash sale dan voucher toko",
            "Shopee ads and flash sale course",
            "Pelatihan kasir toko",
            "training",
        ),
        (
            "bikin konten unboxing",
            "Unboxing video course",
            "Pelatihan bongkar muat barang",
            "training",
        ),
        (
            "bikin toko online sendiri pakai shopify",
            "Online store website course",
            "Pelatihan kasir toko",
            "training",
        ),
        (
            "titip jual keripik di toko oleh-oleh",
            "Consignment partner shop",
            "Pelatihan membuat keripik",
            "market",
        ),
        (
            "pelatihan teknik closing",
            "Sales skills training",
            "Pelatihan copywriting iklan",
            "training",
        ),
        (
            "kelas hard selling dan soft selling",
            "Selling skills course",
            "Kursus menjahit",
            "training",
        ),
        (
            "pelatihan tepung kulit pisang",
            "Banana peel flour course",
            "Pelatihan budidaya pisang cavendish",
            "training",
        ),
        ("jual tepung cangkang telur", "Eggshell powder buyer", "Pembeli telur ayam ras", "market"),
        (
            "pelatihan kerajinan kulit telur",
            "Eggshell mosaic workshop",
            "Pelatihan tepung cangkang telur",
            "training",
        ),
        (
            "pengembangan beras fortifikasi",
            "Food fortification programme",
            "Pembeli beras medium",
            "training",
        ),
        (
            "penanganan desa rawan pangan",
            "Food security programme",
            "Pelatihan relawan bencana",
            "training",
        ),
        (
            "buka usaha money changer di desa wisata",
            "Currency exchange licensing help",
            "Pelatihan pengiriman uang",
            "training",
        ),
        (
            "tukar ringgit hasil kerja di malaysia",
            "Money changer service",
            "Deteksi uang palsu",
            "resource",
        ),
        (
            "klaim jht bpjs ketenagakerjaan",
            "Employment social security claims help",
            "Asuransi kesehatan",
            "training",
        ),
        (
            "penyaluran bantuan pangan beras",
            "Food aid distribution support",
            "Pembeli beras premium",
            "training",
        ),
        (
            "pendataan dtsen",
            "Social registry data collection",
            "Pelatihan penagihan utang",
            "training",
        ),
        ("pengajuan kkp-e", "Agricultural credit application", "Kredit motor", "training"),
        ("pelatihan mantri desa", "Village nurse training", "Pelatihan mandor kebun", "training"),
        (
            "pengobatan tabib dan sinshe",
            "Traditional healer association support",
            "Pelatihan penjahit",
            "training",
        ),
        ("jasa tukang kusuk", "Traditional massage course", "Jasa tukang kayu", "training"),
        ("jual karupuak sanjai", "Cracker buyer", "Pembeli singkong segar", "market"),
        ("jual sambel bawang botolan", "Chili sauce buyer", "Pembeli bawang merah", "market"),
        ("jual gehu dan comro", "Street snack buyer", "Pembeli tahu putih", "market"),
        ("jual kicimpring", "Cassava chips buyer", "Pembeli beras ketan", "market"),
        ("jual pia kacang hijau", "Bakpia buyer", "Pembeli kacang hijau", "market"),
        ("program wash di sekolah", "WASH programme for schools", "Jasa cuci motor", "training"),
        (
            "pendampingan home industry keripik",
            "Home industry business support",
            "Pelatihan industri kapal",
            "training",
        ),
        (
            "cara listing produk di shopee",
            "Product listing course",
            "Pelatihan daftar hadir",
            "training",
        ),
        (
            "mentoring bisnis untuk pemuda",
            "Business mentoring programme",
            "Pelatihan bisnis properti",
            "training",
        ),
        (
            "urus sertifikat pangan industri rumah tangga",
            "PIRT permit assistance",
            "Pelatihan manajemen rumah tangga",
            "training",
        ),
        (
            "bikin jobdesk pengurus bumdes",
            "Job descriptions and HR for BUMDes",
            "Pelatihan pengurus masjid",
            "training",
        ),
        (
            "fasilitasi fgd kelompok wanita tani",
            "Focus group discussion facilitation",
            "Pelatihan budidaya sayur",
            "training",
        ),
        (
            "penyusunan visi misi kelompok",
            "Vision, mission and work plan facilitation",
            "Pelatihan misi dagang ekspor",
            "training",
        ),
        (
            "laporan ke donor program air bersih",
            "Donor reporting training",
            "Pemasangan pipa air bersih",
            "training",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual cap tikus minahasa", "Jasa pengendalian tikus sawah", "market"),
        ("pelatihan produksi teh celup", "Pelatihan batik celup", "training"),
        ("jual botol pet bekas", "Klinik hewan peliharaan", "market"),
        ("jual menstrual cup", "Pembeli cup sealer kopi", "market"),
        ("jualan lewat padi umkm", "Budidaya padi organik", "training"),
        ("pelatihan bikin minyak urut", "Pelatihan produksi minyak goreng", "training"),
        ("pelatihan jahit masker bedah", "Pelatihan masker wajah alami", "training"),
        ("penanganan anak cacingan", "Budidaya cacing tanah", "training"),
        ("penyuluhan penyakit jantung", "Pelatihan resusitasi jantung paru", "training"),
        ("butuh dokter umum", "Dokter hewan keliling", "resource"),
        ("kursus komputer", "Servis komputer", "training"),
        ("kursus hp android untuk lansia", "Servis hp", "training"),
        ("sosialisasi sadari", "Pembentukan kelompok sadar wisata", "training"),
        ("daftar haki produk", "Pendampingan hak pekerja", "training"),
        ("bank sampah", "Buka rekening bank", "training"),
        ("butuh sedotan plastik", "Pengrajin sedotan purun", "resource"),
        ("persiapan rat koperasi", "Pengendalian hama tikus", "training"),
        ("vaksinasi anak balita", "Vaksinasi ayam", "training"),
        ("kelas ibu hamil", "Pemeriksaan kebuntingan sapi", "training"),
        ("tabungan emas", "Pembeli perhiasan emas", "training"),
        ("jual tuak", "Pembeli gula aren", "market"),
        ("jual teh celup", "Pembeli kain celup", "market"),
        ("jual kue kuping gajah", "Pembeli patung gajah", "market"),
        ("jual mentega", "Pembeli susu sapi", "market"),
        ("jual jerigen bekas", "Pembeli minyak jelantah", "market"),
        ("pelatihan pakai aplikasi zoom", "Pelatihan fotografi lensa", "training"),
        ("pelatihan dukun beranak", "Pelatihan dukun patah tulang", "training"),
        ("kampanye bebas pasung", "Pelatihan pasang keramik", "training"),
        ("sosialisasi bahaya vape", "Kursus vespa", "training"),
        ("sertifikasi tkdn", "Sertifikasi kompetensi tukang", "training"),
        ("cek merek di pdki", "Pelatihan desain kemasan", "training"),
        ("jual kue keciput", "Pembeli wijen", "market"),
        ("pemeriksaan kesehatan catin", "Jasa wedding organizer", "training"),
        ("pembagian kondom di puskesmas", "Pemasok plastik kemasan", "resource"),
        ("pelatihan akun instagram umkm", "Pelatihan instalasi listrik", "training"),
        ("kursus desain grafis", "Kursus desain interior", "training"),
        ("bikin website toko", "Toko bangunan", "resource"),
        ("pelatihan google form", "Pelatihan cor beton bekisting", "training"),
        ("arisan ibu pkk", "Penjualan barang arisan bodong", "training"),
        ("tabungan emas di pegadaian", "Pengrajin perhiasan perak", "training"),
        ("pelatihan bikin nugget ikan", "Pelatihan budidaya ikan lele", "training"),
        ("sewa mesin sealer", "Sewa mesin jahit", "resource"),
        ("jual kemasan standing pouch", "Pembeli kopi bubuk", "market"),
        ("jual sayur ke pasar desa", "Village market management", "market"),
    ],
)
def test_a_look_alike_inside_the_name_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


MINE = (
    "food_processing",
    "packaging_permits",
    "health_nutrition",
    "savings_credit",
    "governance",
    "digital_marketing",
)


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
        if path.stem in MINE
        for entry in doc["concept"]
        for forms in entry["forms"].values()
        for form in forms
    }
    assert {form: keys for form, keys in owners.items() if form in mine and len(keys) > 1} == {}


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("cacingan", "cacing"),  # worms in a child or a goat are not earthworms
        ("kecacingan", "cacing"),
        ("haki", "hak"),  # intellectual property rights are not every right
        ("sadari", "sadar"),  # breast self-examination is not kelompok sadar wisata
        ("siplah", "sip"),
        ("kewang", "wang"),
    ],
)
def test_these_words_keep_a_stem_of_their_own(word, root):
    assert Stemmer().key(word) != root


def test_a_geographical_indication_and_tkdn_are_permits():
    lexicon = Lexicon.load()
    assert {"geographical_indication", "local_content_certificate"} <= lexicon.permits
