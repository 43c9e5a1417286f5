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
  o("market", "Beli lorjuk kering untuk oleh-oleh khas Madura", "Jawa Timur", "Toko oleh-oleh di Pamekasan dan Surabaya, ambil tiap bulan minimal 10 kg."),
  o("market", "Beli kerang darah segar ukuran sedang", "Jawa Timur", lab="sea:x-kerang-darah"),
  o("market", "Razor clam (lorjuk) buyer, dried", "Bali|Nusa Tenggara Barat"))

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
  o("training", "Rabbitfish (Siganus) sea-cage farming course", "Sulawesi Tengah"),
  o("training", "Pelatihan Budidaya Kerapu Macan di Keramba", "Sulawesi Tenggara", lab="sea:x-kerapu"))

g = G("Kelompok Nelayan Danau Singkarak Saiyo", "Sumatera Barat", "Kab Solok", 20)
B("sea:bilih", g, "market", "awak ado ikan bilih kariang 50 kg saminggu, sia nan ka mambali untuak oleh2?",
  "Ikan bilih Singkarak, dijemur jo digoreang. Alah ado kemasan plastik.",
  o("market", "Toko oleh-oleh Bukittinggi beli ikan bilih kering dan goreng", "Sumatera Barat"),
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
  o("training", "Bean sprout production training", "Jawa Timur"),
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
B("food:tiwul", g, "market", "tiwul instan produksi kelompok 200 pack/minggu, golek reseller sing rutin",
  "Ana rasa original lan gula jawa. Kemasan 500 gr, awet 6 sasi.",
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
  o("market", "Beli duku Palembang", "DKI Jakarta|Jawa Barat"))

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
  o("market", "Sengon logs wanted", "Jawa Barat"))

g = G("Kelompok Tani Stevia Curup", "Bengkulu", "Kab Rejang Lebong", 14)
B("crop:stevia", g, "training", "Kami mau coba tanam stevia (daun manis) di dataran tinggi, perlu pelatihan dr bibit sampai kering",
  None,
  o("training", "Budidaya Stevia (Daun Gula) dan Pengeringan Daun", "Sumatera Selatan|Lampung"),
  o("training", "Budidaya Tebu Keprasan", "Bengkulu", lab="crop:x-tebu"))

g = G("Kelompok Petani Bunga Bandungan", "Jawa Tengah", "Kab Semarang", 22)
B("crop:mawar-tabur", g, "market", "kembang mawar lokal kanggo nyekar 50 kg saben dino, sopo sing gelem tuku?",
  "Mawar merah lan putih, dipetik esuk. Biasane rame pas Ruwah lan Lebaran.",
  o("market", "Pedagang kembang tabur (mawar, kenanga, kantil) beli rutin", "Jawa Tengah|DI Yogyakarta"),
  o("market", "Florist beli bunga krisan potong", "Jawa Tengah", lab="crop:x-krisan"),
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
  o("market", "Beli buah sirsak segar untuk jus", "Lampung", lab="crop:x-sirsak-buah"),
  o("market", "Beli daun kelor kering", "Lampung", lab="crop:x-kelor"))

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
  o("training", "Pencegahan Mastitis Sapi Perah dan Uji CMT di Kandang", "Jawa Timur",
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
B("livestock:ummb", g, "resource", "musim kemarau sapi kurus, butuh urea molases blok (UMB / permen sapi) 500 biji",
  None,
  o("resource", "Jual Urea Molasses Multinutrient Block (UMMB) untuk sapi dan kerbau", "Nusa Tenggara Timur|Nusa Tenggara Barat", cap=2000),
  o("resource", "Bantuan bibit rumput odot dan pakchong", "Nusa Tenggara Timur", lab="livestock:x-rumput"),
  o("resource", "Feed blocks for cattle (urea-molasses)", "Nusa Tenggara Barat"))

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
B("env:ipal-tahu", g, "resource", "Limbah cair tahu kami dibuang ke sungai, warga protes. Butuh IPAL",
  "38 perajin tahu dalam satu dusun. Air buangan asam dan bau.",
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
B("org:perkumpulan", g, "training", "komunitas kami mau jd badan hukum perkumpulan (akta notaris + SK Kemenkumham), caranya?",
  None,
  o("training", "Klinik Legalitas Perkumpulan dan Yayasan (AHU Online)", ""),
  o("training", "Pendirian Koperasi Berbadan Hukum", "Kalimantan Timur", lab="org:x-koperasi"),
  o("training", "Pendampingan NIB lewat OSS", "Kalimantan Timur", lab="org:x-nib"))

g = G("Kelompok Tani Sayur Ngablak", "Jawa Tengah", "Kab Magelang", 32)
B("permit:psat", g, "training", "Sayur kmi mau masuk supermarket tp diminta nomor PSAT/PD dari Dinas, bantu urus",
  None,
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
  o("training", "Adult literacy tutors", "Papua Barat"))

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
B("health:donor-darah", g, "resource", "Karang taruna mau adakan donor darah di balai desa, minta mobil unit PMI",
  None,
  o("resource", "Mobil Unit Donor Darah Keliling", "Kalimantan Barat", st="closed"),
  o("resource", "Ambulans desa (hibah)", "Kalimantan Barat", lab="health:x-ambulans"))

# ============ CRAFTS, CULTURE, TOURISM, TRADES (new subjects) ============
g = G("Kelompok Perajin Mendong Manonjaya", "Jawa Barat", "Kab Tasikmalaya", 26)
B("craft:mendong", g, "training", "hoyong diajar ninun tikar mendong nu motifna modern, barudak ngora teu daek",
  None,
  o("training", "Pelatihan Anyaman Mendong: Tikar, Tas dan Alas Meja", "Jawa Barat"),
  o("training", "Pelatihan Anyaman Pandan", "Jawa Barat", lab="craft:x-pandan"),
  o("market", "Beli tikar mendong polos", "Jawa Barat"))

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
B("crop:kopyor", g, "resource", "butuh bibit kelapa kopyor hasil kultur embrio 300 batang, sing asli kopyor 100%",
  None,
  o("resource", "Bibit Kelapa Kopyor Kultur Embrio (Genjah dan Dalam)", "Jawa Tengah|Jawa Timur|Lampung"),
  o("resource", "Bibit kelapa genjah entok", "Jawa Tengah", lab="crop:x-kelapa-genjah"),
  o("market", "Beli buah kelapa kopyor", "Jawa Tengah"))

g = G("Kelompok Nelayan Tuna Bacan", "Maluku Utara", "Kab Halmahera Selatan", 27)
B("sea:skk-nelayan", g, "training", "torang pe nelayan blum punya sertifikat kecakapan (SKK 60 mil / SKN) utk bawa kapal",
  None,
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
  o("resource", "Bantuan kursi roda", "Jawa Tengah", lab="edu:x-kursi-roda"),
  o("resource", "Kacamata baca gratis", "Jawa Tengah", lab="edu:x-kacamata"))

g = G("BUMDes Maju Bersama Kaur", "Bengkulu", "Kab Kaur", 9)
B("service:pasar-desa", g, "training", "kami baru bangun pasar desa, butuh pelatihan pengelola pasar (retribusi, kebersihan, los)",
  None,
  o("training", "Pelatihan Manajemen Pengelola Pasar Desa dan Pasar Rakyat", "Bengkulu|Sumatera Selatan"),
  o("training", "Akuntansi BUMDes", "Bengkulu", lab="finance:bumdes"))

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
X("crop:abaka", o("market", "Beli serat abaka kering untuk tali kapal", "Sulawesi Utara"))
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
X("every:cabai-rawit", o("market", "Pengepul cabai rawit merah segar, timbang di kebun", "Sulawesi Selatan"))
X("every:padi-sri", o("training", "Sekolah Lapang Padi SRI Hemat Air", "Kalimantan Barat"))
X("every:arabika-gb", o("market", "Roastery cari green bean arabika Gayo", "Aceh"))
X("every:kambing-sehat", o("training", "Penyuluhan Kesehatan Ternak Kambing", "Gorontalo"))
X("every:telur-ras", o("market", "Agen telur ayam ras ambil langsung di kandang", "Kalimantan Timur"))
X("every:menjahit", o("training", "Kelas Jahit untuk Ibu Rumah Tangga", ""))
X("every:live-selling", o("training", "TikTok live selling bootcamp for small brands", ""))
X("every:homestay", o("training", "Kelas Tuan Rumah Homestay: Kamar, Sarapan, Tamu", "Jawa Barat|Banten"))
X("every:rumput-laut", o("market", "Dried seaweed buyer (cottonii), moisture max 35%", "Sulawesi Selatan|Sulawesi Tenggara"))
