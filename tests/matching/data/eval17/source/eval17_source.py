#!/usr/bin/env python3
"""eval17 source: subject-labelled needs and offers ("after the flood and the quake: a
livelihood-recovery programme, and the buyers who came back"). Writes eval17-marketplace.json and
eval17-marketplace.truth.json into the set folder. HELD OUT like the truth file.

Format of DATA: "@ family:topic" starts a subject (a topic starting with x- is a look-alike no need
asks for); "N k | group | province | regency | members | title [|| description]" is a need of kind
k (t training, m market, r resource); "O c[+label...] | title | areas ('*' = everywhere) [| status]
[|| description]" is an offer (c: t trainer, tp programme training, m buyer, r supplier, rp
programme resource; +label gives the offer a further subject). K.X = Kabupaten X, Kt.X = Kota X.
The truth of a need: the offers with its label, its kind, open, reaching its province or regency.

Usage: python3 eval17_source.py [--review | --stats]
"""

DATA = r"""
# ------------------------------------------------------------ rebuilding houses
@ rebuild:tahan-gempa
N t | Paguyuban Tukang Batu Cugenang | Jabar | K.Cianjur | 22 | punten eh, ieu teh para tukang di Cugenang, imah2 rubuh kabeh pas lini, nah kami hoyong diajar ngadamel rumah tahan gempa gitu, kolom praktis, ring balok, nu bener lah caranya || voice note ketua, diketik ulang relawan
N t | Kelompok Tukang Gubuk Baru Tanjung | NTB | K.Lombok Utara | 18 | tiang sama kance2 tukang di Tanjung perlu belajar bangun rumah tahan gempa, sloof sm ring balk nya biar ndak ambruk lagi kyk 2018
N t | Kelompok Tukang Rangas | Sulbar | K.Mamuju | 15 | Needs assessment form, livelihood section: 15 local masons request training in earthquake-resistant house construction (confined masonry, reinforcement detailing)
N t | Kelompok Tukang Kampung Aipiri | PB | K.Manokwari | 12 | sa pu kelompok tukang kayu & batu, abis gempa kemarin rumah2 retak semua. kitong mau blajar bangun rumah yg tahan gempa
O tp | Pelatihan Tukang: Rumah Sederhana Tahan Gempa (kolom, sloof, ring balok) | Jabar; Banten
O tp | Earthquake-safe construction for village masons (confined masonry) | NTB; Sulbar; Sulteng; PB
O t | Kursus Bangunan Tahan Gempa untuk Tukang Lokal | Sulbar
O tp | Program Pemulihan Permukiman Sulawesi Barat 2027 | Sulbar || Pelatihan tukang lokal membangun rumah tahan gempa: pembesian kolom dan ring balok, sambungan, praktik langsung di lokasi huntap
O t | Pelatihan Konstruksi Rumah Tahan Gempa | Jatim; Jateng
@ x-skk
O t | Uji Sertifikasi Kompetensi Kerja (SKK) Konstruksi untuk Tukang Batu | Jabar; NTB; Sulbar
O t | Kursus Pasang Bata Ringan & Plester Aci | Sulbar; Jabar; PB

@ rebuild:baja-ringan
N t | Kelompok Pemuda Balaroa Bangkit | Sulteng | Kt.Palu | 20 | anak2 muda sini mau belajar pasang rangka atap baja ringan, byk rumah mau dibangun ulang tp tukangnya kurang, ada pelatihan kah?
N t | Karang Taruna Jono Oge | Sulteng | K.Sigi | 25 | pelatihan pasang rangka baja ringan & atap spandek utk pemuda yg rumahnya kena likuifaksi
N t | Kelompok Tukang Kayu Sukaresmi | Jabar | K.Cianjur | 12 | eh gini, kami tukang kayu, skrg orang maunya atap baja ringan, jadi pengen bljr pasang kuda2 baja ringan gitu, biar dapet kerjaan
O t | Kursus Pemasangan Rangka Atap Baja Ringan (BLK) | Kt.Palu
O tp | Light steel roof truss installation course for young builders | Sulteng
O t | Pelatihan Instalasi Rangka Atap Baja Ringan | Jabar | closed
O t | Kursus Baja Ringan & Atap Metal untuk Tukang | Jabar; Banten
O t | Pelatihan Aplikator Baja Ringan | K.Sukabumi; Kt.Sukabumi
O r | Jual rangka baja ringan & atap spandek, antar ke lokasi | Sulteng; Jabar
@ x-logam
O t | Kursus Kusen Aluminium & Kaca | Sulteng; Jabar
O t | Pelatihan Las Listrik (SMAW) Dasar | Sulteng

@ rebuild:cat-dinding
N t | Kelompok Ibu Tukang Bedono Bangkit | Jateng | K.Demak | 14 | tembok2 omah bar banjir lembab, cate mbeseset, jamuran. Kami ibu2 pengin sinau ngecat & waterproofing ben iso nyambi dadi tukang cat
O t | Pelatihan Pengecatan Bangunan & Pelapis Anti Lembab (waterproofing) | Jateng
O t | House painting and damp-proofing course | * | withdrawn
@ x-cat
O t | Kelas Lukis Mural & Cat Airbrush | Jateng

@ rebuild:huntara
N r | Kelompok Warga Pengungsi Mangunkerta | Jabar | K.Cianjur | 40 | tenda pengungsian udh robek2, 40 KK butuh bahan huntara: terpal, rangka, tali, perkakas. Tlg || 40 KK, 152 jiwa, 3 bulan di tenda. hujan tiap sore
O rp | Shelter kit distribution: tarpaulins, rope, fixings and tools for transitional shelters | Jabar; Sulbar
O rp | Bantuan Bahan Hunian Sementara (huntara) | K.Cianjur
@ x-tenda
O r | Jual tenda dome & perlengkapan camping | *
O r | Kolam terpal bulat diameter 2 m untuk lele | Jabar

@ env:daur-puing
N t | Kelompok Pemuda Negeri Kairatu | Maluku | K.Seram Bagian Barat | 18 | beta pung kampung puing rumah banyak skali abis gempa. katong mau blajar pecah puing beton jadi agregat deng batako lai, ada pelatihan ka seng?
O tp | Daur Ulang Puing Beton Jadi Agregat & Batako | Maluku; Malut; Sulteng
@ x-batako
O r | Mesin cetak batako manual | Maluku; Sulteng
O t | Paving Blok dari Sampah Plastik | Maluku

# ------------------------------------------------------------ cash, loans, insurance, savings
@ livelihood:cash-for-work
N r | Kelompok Tani Radda | Sulsel | K.Luwu Utara | 60 | lumpur banjir bandang masih tebal di kebun & saluran. Anggota 60 org tdk ada pemasukan. Mohon program padat karya / cash for work utk bersihkan lumpur
N r | Kelompok Warga Rasanae | NTB | K.Bima | 35 | nahu dou Rasanae, abis banjir sampah & kayu numpuk di sungai & sawah. Ada program bayar harian (cash for work) buat warga bersihin?
O rp | Cash for Work: pembersihan lumpur & puing pascabanjir (upah harian) | Sulsel
O rp | Padat Karya Tunai Pemulihan Lahan & Saluran Pascabencana | NTB; NTT
O rp | Program Cash for Work Pascabencana | Kt.Bima
O rp | Program Pemulihan Penghidupan Luwu Raya | Sulsel || Padat karya tunai 30 hari: pembersihan lumpur dari kebun dan saluran irigasi, upah harian untuk anggota kelompok
@ x-alat-bersih
O r | Paket alat kebersihan: sekop, cangkul, sepatu bot, gerobak sorong | Sulsel; NTB

@ livelihood:hibah-modal
N r | Kelompok Perempuan Pedagang Sayur Pasar Sendana | Sulbar | K.Majene | 20 | modal usaha habis pas gempa, dagangan ketimbun. butuh hibah / modal tunai utk belanja dagangan lagi
O rp | Hibah Modal Usaha Pemulihan untuk Usaha Mikro Penyintas | Sulbar; Sulteng
O rp | Cash grant for disaster-affected micro-businesses | NTB
@ x-kur
O rp | KUR Mikro bunga 6%, tanpa agunan sampai 100 juta | Sulbar; Sulteng; Jabar

@ fin:restrukturisasi
N t | Paguyuban Pedagang Pasar Inpres Manonda | Sulteng | Kt.Palu | 45 | kios hancur, tp cicilan bank jalan terus. Pedagang butuh pendampingan/penjelasan restrukturisasi kredit pasca bencana, gmn cara ajukannya
N t | Kelompok UMKM Cilaku | Jabar | K.Cianjur | 30 | punten, seueur anggota nu gaduh pinjaman KUR, usaha eureun saatos gempa. Hoyong aya sosialisasi restrukturisasi kredit, penundaan cicilan, kitu
O tp | Klinik Restrukturisasi Kredit UMKM Terdampak Bencana | Sulteng; Jabar
O tp | Loan rescheduling help desk for disaster-hit borrowers | Jabar
O tp | Layanan Konsultasi Nasabah Terdampak Bencana | Sulteng || Penjadwalan ulang dan restrukturisasi kredit untuk debitur UMKM yang usahanya rusak karena gempa dan banjir
@ x-literasi
O t | Waspada Pinjaman Online Ilegal | Sulteng; Jabar
O t | Literasi Keuangan: Anggaran Rumah Tangga | Jabar

@ fin:tabungan-emas
N t | KWT Melati Batu Layang | Kalbar | Kt.Pontianak | 20 | ibu2 mau nabung emas sedikit2 biar aman kalau ada banjir lagi, minta edukasi tabungan emas, cicil emas gitu
O tp | Edukasi Tabungan Emas untuk Kelompok Perempuan | Kalbar; Kalteng
O t | Kelas Menabung Emas Digital untuk Pemula | *
@ x-simpan
O t | Pembukuan Kelompok Simpan Pinjam | Kalbar
O t | Pendirian & Pengelolaan Koperasi Syariah (BMT) | Kalbar

@ fin:asuransi-mikro
N r | Paguyuban Pedagang Pasar Masomba | Sulteng | Kt.Palu | 50 | butuh asuransi mikro utk kios & barang dagangan, biar klo gempa/banjir lagi ada ganti rugi. premi yg murah
O r | Asuransi Mikro Kios & Warung: premi Rp 50 ribu/tahun, lindungi bangunan & stok | *
O rp | Program Perlindungan Usaha Mikro dari Bencana (asuransi mikro bersubsidi) | Sulteng | closed
@ x-asuransi
O rp | Asuransi Usaha Tani Padi (AUTP) bersubsidi | Sulteng
O rp | Asuransi Usaha Ternak Sapi (AUTS) | Sulteng

@ livelihood:rencana-usaha
N t | Kelompok Usaha Perempuan Sigi Biromaru | Sulteng | K.Sigi | 25 | ibu2 mau mulai usaha lagi stlh bencana, tp bingung mulai dr mana. Butuh pelatihan bikin rencana pemulihan usaha
N t | Paguyuban UMKM Pemenang | NTB | K.Lombok Utara | 20 | Post-quake livelihood form: Pemenang micro-enterprises || 20 micro-enterprises (kiosks, tailors, a bakery) lost stock and premises in the earthquake. They ask for training in business recovery planning: what to restart first, cash flow for the first six months.
O tp | Rencana Pemulihan Usaha Mikro Pascabencana | Sulteng; NTB; Sulbar
O t | Business recovery & continuity planning for micro-enterprises | *
@ x-hpp
O t | Menghitung HPP & Harga Jual | Sulteng; NTB
O t | Pembukuan Sederhana UMKM | NTB

# ------------------------------------------------------------ health, water, care
@ health:leptospirosis
N t | Kader Posyandu RW 07 Kampung Pulo | DKI | Kt.Administrasi Jakarta Timur | 20 | abis banjir byk warga demam, betis sakit, kata puskesmas leptospirosis (kencing tikus). Kader mau dilatih cara cegah & kenali gejalanya
N t | Kelompok Perempuan Haruyan | Kalsel | K.Hulu Sungai Tengah | 18 | ulun handak belajar pasal penyakit kencing tikus (lepto) habis banyu ganal, banyak urang kampung kena
O tp | Kader Pencegahan Leptospirosis Pascabanjir | DKI; Kalsel
O tp | Leptospirosis prevention for flood-affected villages | *
O tp | Program Kampung Sehat Pascabanjir | Kalsel || Pelatihan kader: leptospirosis (penyakit kencing tikus), gejala, pencegahan dan rujukan ke puskesmas
@ x-banjir-sehat
O t | Pengendalian Tikus Sawah (gropyokan & rubuha) | DKI; Kalsel
O tp | Kader Diare & Oralit Pascabanjir | DKI; Kalsel
O tp | Jumantik: PSN 3M Plus | Kalsel

@ health:klorinasi-sumur
N t | Kelompok Warga Sungai Pinang Dalam | Kaltim | Kt.Samarinda | 25 | sumur warga keruh & bau abis banjir, butuh pelatihan cara bersihin & kaporit sumur yg bener
N t | Kader Kesehatan Gampong Baktiya | Aceh | K.Aceh Utara | 15 | Rapid needs assessment, Gampong Baktiya: WASH || After the floods most household wells are contaminated (brown water, diarrhoea cases). The 15 health cadres request training on well cleaning and chlorination.
N t | Kelompok Mama2 Kampung Wasur | PS | K.Merauke | 14 | air sumur kitong pu warna coklat abis banjir, anak2 sakit perut. mama2 mo blajar cara bersihkan sumur deng kaporit
O tp | Pembersihan & Klorinasi Sumur Pascabanjir | Kaltim; Jabar; Banten
O tp | Well cleaning and chlorination after floods (WASH) | Aceh; Sumut; PS
@ x-air
O t | Pembuatan Filter Air Rumah Tangga (biosand) | Kaltim; Aceh; PS
O t | Pengeboran Sumur Bor | Aceh
O t | Depot Air Minum Isi Ulang: higiene & uji kualitas | Kaltim
O rp | Distribusi air bersih dengan truk tangki | Kaltim; Aceh

@ health:fisioterapi
N t | Kelompok Penyintas Pemenang Timur | NTB | K.Lombok Utara | 16 | banyak yg patah tulang waktu gempa, skrg kaku gak bisa kerja. Keluarga pengen diajari latihan fisioterapi di rumah
N t | Forum Disabilitas Petobo | Sulteng | Kt.Palu | 24 | NGO form: beneficiaries injured in the 2018 earthquake need home-based physiotherapy / rehabilitation training for family carers
O tp | Rehabilitasi Bersumber Daya Masyarakat: latihan fisioterapi di rumah | NTB; Sulteng
O t | Community-based rehabilitation for people injured in disasters | Sulteng
@ x-pijat
O t | Kursus Pijat Refleksi & Urut Tradisional | NTB; Sulteng
O rp | Bantuan kaki palsu & kruk | Sulteng; NTB

@ health:dignity-kit
N r | Kelompok Perempuan Pengungsi Sukamulya | Jabar | K.Cianjur | 40 | ibu2 & remaja putri di pengungsian butuh kit kebersihan perempuan (pembalut, sabun, pakaian dalam, senter)
O rp | Dignity kit untuk perempuan di pengungsian | *
@ x-pembalut
O r | Pembalut kain reusable, 1 paket isi 6 | Jabar

@ health:masker-abu
N r | Kelompok Tani Boru Wulanggitang | NTT | K.Flores Timur | 30 | abu Lewotobi masih turun terus, petani di kebun butuh masker N95 / masker abu vulkanik
N r | Kelompok Tani Naman Teran | Sumut | K.Karo | 25 | mejuah-juah, debu Sinabung naik lagi, anggota batuk2, perlu masker abu (N95) utk kerja di ladang
O rp | Bantuan masker N95 untuk warga terdampak abu vulkanik | NTT; Jatim; Sumut
O rp | Bantuan masker & kacamata pelindung abu untuk petani | Sumut
@ x-apd
O r | APD semprot pestisida: masker, sarung tangan, kacamata | NTT; Sumut

@ psychosocial:trauma-anak
N t | Guru PAUD Meunasah Baro | Aceh | K.Pidie Jaya | 12 | eh anak2 kamoe masih takut tiap ada gempa kecil, nangis, gak mau sekolah. Guru2 PAUD butuh pelatihan trauma healing utk anak, gitu
N t | Kelompok Relawan Gereja Sentani | Papua | K.Jayapura | 15 | kitong relawan gereja mau blajar dampingi anak2 yg trauma abis banjir bandang, dukungan psikososial anak
N t | Mama2 Guru Sekolah Minggu Kalibobo | PTg | K.Nabire | 10 | anak2 sekolah minggu su takut hujan, tra mau tidur. mama2 guru mo blajar trauma healing anak
O tp | Dukungan Psikososial Anak Pascabencana (PSS) untuk guru & relawan | Aceh; Sumut
O tp | Psychosocial support for children after disasters: child-friendly spaces | Papua; PP; PTg; Maluku
@ x-keswa
O t | Pertolongan Pertama Kesehatan Jiwa (Mental Health First Aid) untuk orang dewasa | Aceh; Papua
O t | Pelatihan Guru PAUD: Pembelajaran Sentra | Aceh
O t | Kelas Parenting Anak Usia Dini | Aceh; Papua

@ food:dapur-umum
N t | Kelompok Ibu Posko Kalukku | Sulbar | K.Mamuju | 20 | ibu2 yg masak di dapur umum posko mau dilatih higiene & gizi masakan dapur umum, biar pengungsi gak diare lagi
O tp | Pengelolaan Dapur Umum: higiene, gizi & logistik | Sulbar; Sulteng
@ x-jasa-boga
O t | Sertifikat Laik Higiene Sanitasi (SLHS) Jasa Boga | Sulbar
O t | Usaha Katering Nasi Kotak | Sulbar

# ------------------------------------------------------------ children, culture, memory
@ culture:dongeng
N t | Komunitas Ibu Lam Ujong | Aceh | K.Aceh Besar | 10 | kami ibu2 mau belajar mendongeng buat anak2 di barak pengungsian, biar mereka senang dan lupa sedih
O t | Kelas Mendongeng untuk Relawan, Guru & Orang Tua | Aceh; Sumut
O t | Storytelling for children workshop | Kt.Banda Aceh
@ x-baca
O t | Public Speaking & MC untuk Pengurus Kelompok | Aceh
O rp | Donasi buku bacaan anak untuk taman baca | Aceh

@ culture:sejarah-lisan
N t | Pemuda Gampong Lampulo | Aceh | Kt.Banda Aceh | 12 | Our youth group wants to record survivors' stories of the tsunami: oral history interviewing and building a small community archive
O t | Pelatihan Sejarah Lisan & Arsip Komunitas | Aceh | withdrawn
O t | Oral history workshop for community archives | DIY; Jateng
@ x-video
O t | Kelas Konten Video YouTube untuk Desa | Aceh
O t | Website Desa (OpenSID) untuk Operator | Aceh

@ culture:talempong
N t | Sanggar Anak Nagari Salareh Aia | Sumbar | K.Agam | 15 | talempong sanggar alah rusak dek galodo, tapi nan labiah pantiang anak2 nio baraja main talempong pacik, ado palatiahnyo?
O t | Kelas Talempong Pacik & Talempong Kreasi | Kt.Padang
O t | Talempong workshop for youth | Riau
O r | Set talempong 6 buah | Sumbar
@ x-saluang
O t | Kelas Membuat & Meniup Saluang | Sumbar

@ culture:rapai
N r | Sanggar Rapa'i Geleng Meulaboh | Aceh | K.Aceh Barat | 20 | rapa'i kamoe hanyut waktu banjir, butuh 12 rapa'i (rapai geleng) supaya bisa latihan lagi
O r | Jual rapa'i Aceh, kulit kambing, ukuran custom | Sumut; Riau
O t | Pelatihan Rapa'i Geleng untuk Remaja | Aceh
@ x-rebana
O r | Paket rebana hadrah 12 pcs | Aceh

@ edu:sekolah-darurat
N r | Komite SD Inpres Lero | Sulteng | K.Donggala | 120 | Education cluster form: SD Inpres Lero lost its building, 120 pupils study under the trees; requests emergency classroom tents and learning kits
O rp | Tenda sekolah darurat & school-in-a-box | *

@ edu:beasiswa
N r | Kelompok Orang Tua Penyintas Sembalun | NTB | K.Lombok Timur | 30 | anak2 kami mau lanjut SMA/SMK tp ekonomi hancur abis gempa, mohon info beasiswa anak penyintas
O rp | Beasiswa Anak Penyintas Bencana (SMA/SMK/kuliah) | NTB; Sulteng; Sulbar
O rp | Beasiswa Pendidikan Anak Nelayan & Petani Terdampak Gempa Lombok | NTB
@ x-sekolah
O t | Kejar Paket C | NTB
O rp | Bantuan seragam & tas sekolah | NTB

# ------------------------------------------------------------ tourism
@ tourism:edukasi-bencana
N t | Pokdarwis Gampong Punge Blang Cut | Aceh | Kt.Banda Aceh | 14 | kapal di atas rumah makin rame dikunjungi. pemuda butuh pelatihan pemandu wisata edukasi tsunami / kebencanaan
N t | Pokdarwis Petobo Bangkit | Sulteng | Kt.Palu | 10 | voice note ketua pokdarwis (ditranskrip) || eh jadi gini, bekas likuifaksi Petobo itu mau dijadikan situs edukasi kan, nah banyak tamu datang tanya2, kami mau dilatih jadi pemandu wisata edukasi bencana gitu, cara cerita yg benar, yg sopan ke korban
O t | Pemandu Wisata Edukasi Kebencanaan (disaster heritage) | Aceh; Sulteng; NTB
O t | Disaster-memorial site guiding course | Sulteng
@ x-wisata
O t | Pemandu Gunung & Porter | Aceh; Sulteng
O t | Simulasi Evakuasi Tsunami & Desa Tangguh Bencana | Aceh; Sulteng
O t | Homestay: Pelayanan Tamu & Kebersihan Kamar | Aceh
"""
DATA += r"""
# ------------------------------------------------------------ land and water after the disaster
@ farm:sawah-asin
N t | Kelompok Tani Sumur Bangkit | Banten | K.Pandeglang | 30 | sawah kami kena air laut waktu tsunami, padi gak tumbuh, daunnya kuning kering. butuh pelatihan cara pulihin sawah yg asin
N t | Kelompok Tani Bedono Makmur | Jateng | K.Demak | 22 | sawah wis kebanjiran rob, lemahe asin. pengin sinau carane mulihke sawah sing kena banyu asin, gipsum opo piye
N t | Kelompok Tani Kuta Baro | Aceh | K.Aceh Besar | 25 | lahan sawah kamoe jadi payau sejak rob, mohon sekolah lapang reklamasi sawah salin
O tp | Reklamasi Sawah Terdampak Air Laut: pencucian, gipsum, varietas toleran salin | Banten; Jateng
O t | Saline paddy rehabilitation field school | Aceh; Sumut
@ x-padi
O t | Sekolah Lapang Padi SRI Hemat Air | Banten; Jateng; Aceh
O t | Pelatihan Uji Tanah dengan PUTS | Banten; Aceh
O t | Budidaya Padi di Lahan Gambut | Aceh

@ farm:lahan-lumpur
N t | Kelompok Tani Sabbang Baru | Sulsel | K.Luwu Utara | 28 | tabe' pak, kebun kakao & sawah tertimbun lumpur & pasir banjir bandang. butuh pelatihan pemulihan lahan, olah tanah, biar bisa tanam lagi
N t | Kelompok Tani Sumberwuluh | Jatim | K.Lumajang | 20 | lahan ketutup pasir lahar Semeru, piye carane mulihke lemah ben iso ditanduri maneh
O tp | Pemulihan Lahan Pertanian Tertimbun Lumpur & Pasir Pascabencana | Sulsel; Jatim
O t | Rehabilitating farmland buried by mud or volcanic sand | Jatim
@ x-tanah
O t | Pembuatan Kompos & MOL | Sulsel; Jatim
O t | Sekolah Lapang Rehabilitasi Kakao Tua | Sulsel

@ farm:kebun-apung
N t | KWT Danau Panggang | Kalsel | K.Hulu Sungai Utara | 15 | kebun kami tiap tahun kebanjiran bebulan2. ulun handak belajar betanam sayur di rakit mengapung (kebun apung)
N t | Kelompok Tani Pulau Kupang | Kalteng | K.Kapuas | 14 | Livelihood form: flood-prone village wants training on floating vegetable gardens (rafts) for the wet season
O tp | Budidaya Sayur di Rakit Apung (kebun apung) untuk Daerah Banjir | Kalsel; Kalteng
O t | Floating gardens course | Kalsel | closed
@ x-apung
O t | Hidroponik Sistem NFT | Kalsel; Kalteng
O t | Budidaya Ikan dalam Keramba Apung | Kalsel
O t | Pertanian Lahan Rawa: Sistem Surjan | Kalsel; Kalteng

@ env:bronjong
N t | Kelompok Siaga Batang Anai | Sumbar | K.Tanah Datar | 20 | tabiang sungai runtuah dek galodo. awak nio baraja pasang bronjong & perkuatan tebing sungai, baa caronyo
N r | Kelompok Tani Masamba Hilir | Sulsel | K.Luwu Utara | 30 | butuh kawat bronjong ± 200 buah utk tanggul sungai di samping kebun, tebing longsor terus
N r | Kelompok Tani Asera | Sultra | K.Konawe Utara | 25 | usulan bantuan Kelompok Tani Asera pasca banjir || tebing sungai Lalindu terkikis banjir, kebun hanyut. mohon bantuan bronjong 100 buah utk perkuatan tebing
O tp | Pemasangan Bronjong & Perkuatan Tebing Sungai Berbasis Masyarakat | Sumbar
O r | Kawat bronjong galvanis (2x1x0,5 m), harga pabrik | Sulsel; Sulbar; Sultra
O rp | Bantuan Bronjong untuk Tebing Sungai Kritis | Sumbar
@ x-sungai
O r | Trash boom (penghalang sampah sungai) | Sulsel; Sultra
O t | Pemeliharaan Embung Desa | Sumbar

@ env:lereng
N t | Kelompok Tani Sijeruk | Jateng | K.Banjarnegara | 18 | lereng kebun kerep longsor pas rendeng. pengin sinau nandur suket vetiver (akar wangi) kanggo nahan lereng
N t | Kelompok Warga Pulau Serasan | Kepri | K.Natuna | 20 | bukit belakang kampung kamek longsor tahun lalu. nak belajar tanam rumput vetiver buat tahan tebing, ado pelatihan?
O t | Stabilisasi Lereng dengan Vetiver (bioengineering) | Jateng; DIY
O t | Slope stabilisation with vetiver grass | *
@ x-vetiver
O t | Kerajinan Akar Wangi (vetiver) | Jateng
O t | Budidaya Rumput Odot untuk Pakan | Jateng; Kepri
O r | Bibit pohon untuk penghijauan | Jateng

@ fish:tambak-rehab
N t | Kelompok Pembudidaya Tambak Wani | Sulteng | K.Donggala | 20 | tambak bandeng jebol kena tsunami, tanggul rusak, mau belajar rehabilitasi tambak & pematang biar bisa tebar lagi
O tp | Rehabilitasi Tambak & Tanggul Pascabencana | Sulteng; Sulbar
@ x-tambak
O t | Penanganan Penyakit Udang Vaname | Sulteng
O t | Budidaya Bandeng Intensif | Sulteng

# ------------------------------------------------------------ tools, boats, stock (everyday, after the disaster)
@ fish:perahu
N r | KUB Nelayan Loli Tasiburi | Sulteng | K.Donggala | 12 | laporan kerusakan & kebutuhan KUB Loli Tasiburi || 12 anggota. perahu kami hancur kena tsunami, 6 perahu katinting hilang, mesin 2 masih bisa dipakai. butuh bantuan ganti perahu
N r | Kelompok Nelayan Labuhan Haji | NTB | K.Lombok Timur | 10 | tiang sama kance nelayan butuh perahu baru, yg lama pecah dihantam gelombang pasang
O rp | Bantuan Perahu Nelayan Pascabencana (fiber & kayu) | Sulteng; Sulbar
O r | Perahu fiber 7 m, cicilan lewat koperasi | NTB; Bali
O rp | Program Pemulihan Nelayan Lombok Timur | K.Lombok Timur || Penggantian perahu (jukung) yang rusak karena gelombang pasang, untuk kelompok nelayan terdaftar
@ x-perahu
O r | Mesin tempel 15 PK | Sulteng; NTB
O t | Pelatihan Membangun Perahu Fiber | Sulteng

@ fish:jaring
N r | Kelompok Nelayan Tanjung Kelayang | Babel | K.Belitung | 15 | jaring insang kami hanyut waktu angin kencang, butuh 15 pis jaring & pelampung
O rp | Bantuan alat tangkap: jaring insang & pelampung | Babel
@ x-jaring
O r | Bubu lipat rajungan | Babel

@ livestock:kambing
N r | Kelompok Ternak Salena | Sulteng | Kt.Palu | 20 | kambing anggota mati tertimbun longsor, mohon bantuan restocking kambing 40 ekor
O rp | Restocking Kambing untuk Penyintas Bencana | Sulteng
@ x-ternak
O rp | Bantuan kandang kambing panggung | Sulteng
O r | Bibit sapi Bali | Sulteng

@ livestock:itik
N r | Kelompok Ternak Itik Sungai Tabukan | Kalsel | K.Hulu Sungai Utara | 18 | itik kami habis hanyut banyu ganal, butuh DOD itik alabio 500 ekor gasan mulai lagi
O r | DOD itik Alabio | Kalsel
@ x-unggas
O r | DOC ayam kampung KUB | Kalsel
O r | Pakan itik & konsentrat | Kalsel

@ livestock:eartag
N r | Kelompok Ternak Sumber Mujur | Jatim | K.Lumajang | 25 | Livestock recovery form: cattle strayed and got mixed up during the eruption; the group needs ear tags and animal registration || sapi2 anggota banyak yang kabur & ketuker pas erupsi, skrg rebutan, gak jelas punya siapa
O rp | Eartag, aplikator & pendataan ternak (iSIKHNAS) gratis | Jatim
O r | Livestock ear tags & applicators | *
@ x-sapi
O r | Straw semen beku untuk IB | Jatim
O r | Vaksin LSD | Jatim

@ garment:mesin-jahit
N r | Kelompok Penjahit Ibu2 Gunungsari | NTB | K.Lombok Barat | 10 | mesin jahit kami rusak kena reruntuhan, butuh 5 mesin jahit utk mulai terima jahitan lagi
O rp | Bantuan mesin jahit untuk UMKM penyintas | NTB
O r | Mesin jahit high speed, cicilan | *
@ x-jahit
O t | Kursus Menjahit Dasar | NTB
O t | Servis Mesin Jahit | NTB

@ trade:gerobak
N r | Kelompok PKL Tatura | Sulteng | Kt.Palu | 12 | gerobak jualan hancur, butuh 12 gerobak/rombong utk jualan lagi
N r | Kelompok PKL Pantai Ampenan | NTB | Kt.Mataram | 10 | butuh gerobak dagang stainless utk jualan lagi di pantai
O rp | Bantuan Gerobak Dagang untuk UMKM Penyintas | Sulteng
O r | Jual gerobak & booth dagang aluminium, kirim seluruh Indonesia | *
@ x-gerobak
O r | Gerobak sampah kapasitas 1 m3 | Sulteng; NTB
O r | Motor roda tiga (viar), kredit | NTB

@ trade:genset
N t | Koperasi Nelayan Lampulo Bangkit | Aceh | Kt.Banda Aceh | 25 | listrik sering padam, genset koperasi buat cold storage sering rusak, anggota pengen belajar servis & rawat genset sendiri
N r | Kelompok Pedagang Ikan Pasar Labuha | Malut | K.Halmahera Selatan | 30 | torang butuh genset 10 kVA utk freezer ikan di pasar, listrik masih mati2 sejak gempa
O t | Perawatan & Perbaikan Genset (BLK) | Aceh
O t | Kursus Teknisi Genset | Sumut
O r | Genset diesel 5–20 kVA, bisa kredit | Malut; Maluku
O rp | Hibah genset untuk pasar ikan terdampak bencana | Malut | withdrawn
@ x-mesin
O t | Servis Mesin Diesel Kecil (dompeng) | Aceh
O t | Servis Mesin Tempel (outboard) | Aceh
O r | Freezer box 500 liter | Malut

@ trade:pompa-air
N t | Kelompok Pemuda Tanjung Pasir | Jambi | Kt.Jambi | 10 | pompa air warga pada rusak kerendem banjir, kami pengen bljr servis pompa air (jet pump, sanyo), buat usaha
O t | Servis Pompa Air Rumah Tangga (jet pump & pompa celup) | Jambi; Sumsel
@ x-servis
O t | Servis Elektronik Rumah Tangga (TV, rice cooker, kipas) | Jambi
O t | Pembuatan Pompa Hidram | Jambi

# ------------------------------------------------------------ new trades, crafts, food
@ craft:kayu-apung
N t | Sanggar Pemuda Kemiri | Papua | K.Jayapura | 12 | kayu2 sisa banjir bandang banyak di pinggir danau. kitong mau blajar bikin kerajinan dari kayu apung, lampu, hiasan dinding
N m | Sanggar Pemuda Kemiri | Papua | K.Jayapura | 12 | kerajinan kayu apung kitong su jadi 40 biji (lampu, cermin, hiasan), sapa yg mau beli?
N t | Kelompok Pemuda Baebunta | Sulsel | K.Luwu Utara | 10 | kayu hanyut banjir numpuk, mau diolah jadi kerajinan kayu apung (driftwood), ada yg bisa ajari?
O t | Kerajinan Kayu Apung (driftwood) untuk Dekorasi Rumah | Papua; PB
O t | Driftwood craft & finishing workshop | Sulsel; Sulteng
O m | Toko dekorasi beli kerajinan kayu apung (driftwood): lampu, cermin, hiasan | *
O m | Eksportir home decor cari produk kayu apung | Bali; Jatim
@ x-kayu
O t | Pelatihan Ukir Kayu | Papua; Sulsel
O m | Beli kerajinan tempurung kelapa | *
O m | Beli kayu bakar & sisa kayu | Papua

@ trade:cobek
N t | Kelompok Perajin Batu Kepuharjo | DIY | K.Sleman | 14 | watu Merapi akeh, pengin sinau gawe cobek & ulekan watu sing alus lan ora gampang gripis
N m | Kelompok Perajin Cobek Sumbersuko | Jatim | K.Lumajang | 10 | cobek batu kami 300 biji/bln, cari pembeli tetap (resto, toko perabot)
N m | Kelompok Perajin Batu Sidemen | Bali | K.Karangasem | 12 | sejak Agung meletus kami bikin cobek dari batu lahar, 200 pcs per bulan, siapa mau ambil? suksma
O t | Pembuatan Cobek & Ulekan Batu Andesit | DIY; Jateng
O m | Toko perabot dapur beli cobek batu & ulekan, partai | Jatim; Bali
O t | Stone mortar (cobek) carving course | Bali
@ x-batu
O m | Beli cobek tanah liat | Jatim
O t | Pengasahan Batu Akik | DIY
O t | Kerajinan Gerabah | DIY

@ market:bulu-itik
N m | Kelompok Peternak Itik Tambakrejo | Jateng | K.Tegal | 30 | wulu bebek (entog & itik) kami akeh, sopo sing gelem tuku kanggo shuttlecock
N t | Kelompok Pemuda Kalianget Timur | Jatim | K.Sumenep | 15 | engko' ban kanca terro ajhar agabay shuttlecock deri bulu bebek, sopaja na'-kana' ngoda bisa alakoh. bisa?
O m | Pabrik shuttlecock beli bulu itik & angsa (sortir sayap) | Jateng; Jatim
O t | Pembuatan Shuttlecock dari Bulu Itik | Jatim
@ x-bulu
O m | Beli bulu ayam untuk tepung bulu | Jateng
O t | Kursus Pelatih Bulu Tangkis | Jatim
O m | Beli itik afkir hidup | Jateng

@ food:bakso
N t | KWT Sukamaju Gekbrong | Jabar | K.Cianjur | 15 | warung bakso kami roboh, skrg mau mulai lagi dr rumah, pengen bljr bikin bakso sapi yg kenyal tanpa boraks
O t | Kursus Membuat Bakso Sapi Tanpa Bahan Pengawet | Jabar; Banten
@ x-bakso
O t | Pembuatan Nugget & Bakso Ikan | Jabar
O t | Pendampingan Sertifikasi Halal Self-Declare untuk Bakso & Mie | Jabar

@ food:lemang
N t | KWT Bukik Ampek Angkek | Sumbar | K.Agam | 12 | awak manjua lamang di pinggir jalan, tp cuma tahan sahari. nio baraja mambuek lamang nan tahan lamo (vakum), baa caronyo
N t | Kelompok Ibu Pasir Pengaraian | Riau | K.Rokan Hulu | 10 | kami nak belajar buat lemang yg tahan lame, dikemas vakum, biar bisa dijual ke luar kampung
O t | Pengemasan Lemang Tahan Lama (vakum & pasteurisasi) | Sumbar; Riau
O t | Kelas Lemang & Kue Melayu | Kt.Pekanbaru
@ x-lemang
O t | Pembuatan Rendang Kemasan Retort | Sumbar
O t | Pendampingan PIRT untuk Lemang & Kue Tradisional | Sumbar; Riau

@ market:keumamah
N m | Kelompok Nelayan Lhok Kruet | Aceh | K.Aceh Jaya | 20 | keumamah (ikan kayu) kamoe 200 kg/bln, cari pembeli, perantau Aceh juga boleh
N t | Kelompok Ibu Nelayan Lhoknga | Aceh | K.Aceh Besar | 15 | mau belajar buat keumamah yg bersih & kering sempurna, biar tahan lama & bisa dikirim
O m | Toko diaspora Aceh (Malaysia & Jakarta) beli keumamah | *
O m | Dried tuna (ikan kayu / keumamah) buyer | Aceh; Sumut
O t | Pengolahan Keumamah Higienis | Kt.Banda Aceh
O t | Pengolahan Ikan Kayu (keumamah) untuk Kelompok Perempuan | Aceh
@ x-ikan-olah
O m | Beli tuna segar untuk loin | Aceh
O m | Beli ikan asin | Aceh
O t | Pengasapan Ikan Higienis | Aceh

@ fish:soka
N m | Pokdakan Kepiting Juata | Kaltara | Kt.Tarakan | 15 | kepiting soka (cangkang lunak) 300 kg/bln, butuh pembeli ekspor
N t | Kelompok Pembudidaya Tanjung Palas | Kaltara | K.Bulungan | 12 | pengen belajar budidaya kepiting soka (molting) di tambak
O m | Soft-shell crab exporter, frozen, grade A | Kaltara; Kaltim
O t | Budidaya Kepiting Cangkang Lunak (soka) | Kaltara
@ x-kepiting
O m | Beli kepiting bakau hidup | Kaltara
O t | Penggemukan Kepiting Bakau | Kaltara

@ fish:belut
N t | Pokdakan Mina Sawah Ceper | Jateng | K.Klaten | 15 | pengin sinau budidaya belut neng drum utowo terpal, sawah kerep kebanjiran
N m | Kelompok Pencari Belut Cibeber | Jabar | K.Cianjur | 12 | abdi sareng rerencangan ngumpulkeun belut ti sawah, 50 kg/minggu, saha nu peryogi belut hirup? || saatos gempa teu aya padamelan sanes, ngala belut wengi2
O t | Budidaya Belut dalam Drum & Terpal | Jateng; DIY
O m | Tampung belut hidup ukuran konsumsi, min 20 kg | Jabar; Banten
O m | Beli belut sawah hidup | Jatim
O m | Rumah makan Sunda beli belut hidup & lele | Jabar
@ x-belut
O t | Budidaya Sidat (Anguilla) | Jateng
O m | Beli sidat hidup untuk ekspor | Jabar
O m | Beli keripik belut kemasan | Jabar

# ------------------------------------------------------------ digital, jobs, languages
@ digital:pesan-antar
N t | Kelompok Warung Kuliner Talise | Sulteng | Kt.Palu | 15 | nah kan warung kami buka lagi tapi sepi, gitu... mau daftar GoFood/GrabFood tapi bingung, ada pelatihan gak
N t | KUB Ikan Bakar Ampenan | NTB | Kt.Mataram | 12 | tlg ajarin cara jualan lewat ojol (grabfood, shopeefood), foto menu, atur harga
N t | Kelompok Usaha Kuliner Remu | PBD | Kt.Sorong | 14 | abis banjir warung2 sepi. kitong mau daftar jualan di aplikasi pesan antar makanan, tra tau caranya
O tp | Onboarding Merchant Pesan-Antar Makanan (GoFood, GrabFood, ShopeeFood) | Sulteng; NTB
O t | Food-delivery apps for small eateries: menu photos, pricing, ratings | *
@ x-digital
O t | Jualan Live di TikTok Shop | Sulteng; NTB; PBD
O t | Google Bisnisku: warung muncul di Google Maps | *
O t | Pembayaran QRIS untuk Warung | PBD

@ trade:agen-ekspedisi
N t | BUMDes Bangkit Lolu | Sulteng | K.Sigi | 8 | BUMDes mau jadi agen ekspedisi / titip paket (JNE, J&T dll) biar warga kirim hasil kebun & belanja online gampang. Butuh pelatihan & syaratnya
O tp | Kemitraan Agen Ekspedisi Desa: pelatihan operasional & sistem | Sulteng; Sulsel
@ x-agen
O t | Agen Laku Pandai / BRILink | Sulteng

@ digital:data-label
N t | Karang Taruna Tondo | Sulteng | Kt.Palu | 20 | anak muda nganggur sejak kantor hancur. mau belajar kerja online freelance pelabelan data / data annotation gitu, ada kelas?
N t | Pemuda Desa Tanjung Karang | NTB | Kt.Mataram | 15 | kerja remote data labeling buat AI, tiang dengar bisa dari rumah, tlg ada pelatihan?
N t | Pemuda Gereja Wouma | PP | K.Jayawijaya | 12 | anak muda di Wamena mau blajar kerja online pelabelan data, sinyal su ada di distrik
O t | Kelas Kerja Daring: Pelabelan Data (data annotation) | *
O t | Data annotation bootcamp for youth | Sulteng | closed
@ x-komputer
O t | Kelas Coding untuk Pemuda | Sulteng; NTB; PP
O t | Komputer Dasar (Office) untuk Perangkat Desa | *
O t | Kelas Desain Grafis dengan Canva | *

@ lang:jerman
N t | Pemuda Tani Lembah Harau | Sumbar | K.Lima Puluh Kota | 20 | ladang awak habis dek galodo, anak2 mudo nio baraja bahaso Jerman untuak program Ausbildung, ado kursusnyo?
O t | Kursus Bahasa Jerman A1–B1 untuk Ausbildung | Sumbar | closed
O t | German language course for Ausbildung candidates | Jabar; DKI; Jateng
@ x-bahasa
O t | Kursus Bahasa Jepang & Persiapan Magang | Sumbar
O t | Kelas Bahasa Korea EPS-TOPIK | Sumbar

# ------------------------------------------------------------ crops with a new buyer or a new course
@ farm:kacang-gude
N t | Kelompok Tani Oebobo Lestari | NTT | K.Kupang | 20 | katong mau tanam kacang turis (kacang gude) di lahan kering, sonde tau cara yg bagus, minta pelatihan
N m | Kelompok Tani Adonara Timur | NTT | K.Flores Timur | 25 | kacang gude (turis) kering 2 ton panen ini, sapa yg mau beli?
O t | Budidaya Kacang Gude di Lahan Kering | NTT; NTB
O m | Pigeon pea (kacang gude / turis) buyer for dhal export, dry and clean | NTT; NTB
@ x-kacang
O m | Beli kacang hijau | NTT
O m | Beli kacang merah | NTT
O t | Budidaya Sorgum Lahan Kering | NTT
O t | Pengolahan Kacang Gude jadi Tepung & Tempe | NTT

@ farm:timun
N t | KWT Sido Rukun Gadingrejo | Lampung | K.Pringsewu | 15 | ibu2 pengen bljr tanam timun (mentimun) pakai mulsa & ajir, buahnya sering bengkok & pahit
N m | Kelompok Tani Sumber Rejeki Candipuro | Lampung | K.Lampung Selatan | 20 | timun kami 1 ton/mgg, cari pembeli tetap (pabrik acar / pasar induk)
N m | Gapoktan Ranoyapo | Sulut | K.Minahasa Selatan | 18 | torang ada ketimun 500 kg/minggu, sapa yg mo beli?
O t | Budidaya Mentimun Hibrida | Lampung; Sumsel
O m | Pabrik acar & pasar induk beli timun segar, 1–3 ton/minggu | Lampung; Banten; DKI
O m | Cucumber buyer for restaurants & supermarkets | Sulut; Gorontalo
@ x-sayur-buah
O m | Beli labu siam | Lampung; Sulut
O m | Beli melon | Lampung
O t | Budidaya Melon Greenhouse | Lampung
O m | Beli acar timun kemasan untuk katering | Lampung
"""
DATA += r"""
# ------------------------------------------------------------ the buyers who came back (market)
@ market:sekam
N m | Kelompok Tani Karya Tani Rawamerta | Jabar | K.Karawang | 40 | sekam padi numpuk di penggilingan, 5 ton/bln, ada yg butuh? buat bata / kandang
N m | Gapoktan Sido Makmur Lempuing | Sumsel | K.Ogan Komering Ilir | 35 | sekam dr 3 penggilingan kami ± 20 ton/bln, galo nak dibuang, siapo nak beli?
O m | Beli sekam padi kering untuk tungku & alas kandang | Jabar; Banten
O m | Rice husk buyer for biomass boiler, 20 ton/month | Sumsel; Lampung
@ x-padi-sisa
O m | Beli bekatul / dedak halus | Jabar; Sumsel
O m | Beli jerami padi untuk pakan | Jabar
O m | Beli arang sekam untuk media tanam | Jabar

@ market:daun-salam
N m | Kelompok Tani Hutan Giritontro | Jateng | K.Wonogiri | 20 | godhong salam garing 300 kg/bln, sopo sing gelem tuku rutin
O m | Pabrik bumbu beli daun salam kering | Jateng; Jatim; DIY
O m | Dried bay leaf (Syzygium polyanthum) buyer for export | *
@ x-daun
O m | Beli daun jeruk purut segar | Jateng
O m | Beli daun sirsak kering | Jateng

@ market:kemukus
N m | KTH Wana Lawu | Jateng | K.Karanganyar | 15 | kemukus (cubeb) garing 200 kg siap, sopo sing tuku?
O m | Spice exporter buying cubeb (Piper cubeba), dried | * | withdrawn
@ x-rempah
O m | Beli cabe jamu (cabe Jawa) kering | Jateng
O m | Beli lada hitam | Jateng

@ market:sawo
N m | Kelompok Tani Sawo Kalibawang | DIY | K.Kulon Progo | 18 | sawo manila kami panen 2 ton per musim, butuh pembeli yg rutin, bisa kirim
O m | Supplier buah beli sawo manila (sapodilla) grade A | DIY; Jateng
@ x-buah
O m | Beli jambu kristal | DIY
O m | Beli kedondong | DIY

@ market:daun-jati
N m | KTH Jati Lestari Randublatung | Jateng | K.Blora | 25 | godhong jati garing & seger, sewulan iso 500 ikat, sopo sing gelem kanggo bungkus
O m | Warung nasi jamblang & penjual tempe beli daun jati | Jabar; Jateng
@ x-jati
O m | Beli daun pisang batu | Jateng
O m | Beli kayu jati gelondong | Jateng

@ market:daun-bawang
N m | Kelompok Tani Sembalun Lawang | NTB | K.Lombok Timur | 20 | daun bawang & seledri kami 300 kg/mgg, cari pembeli resto / hotel, buyer lama blm balik
O m | Supplier hotel & restoran beli daun bawang dan seledri | NTB; Bali
@ x-bawang
O m | Beli bawang merah partai | NTB
O m | Beli kubis & wortel | NTB

@ market:kemangi
N m | KWT Lalapan Grogol | Jateng | K.Sukoharjo | 12 | kemangi seger saben dino 50 ikat, sopo sing butuh (warung lalapan)?
O m | Rumah makan lalapan beli kemangi segar harian | Jateng; DIY
@ x-kemangi
O m | Beli daun mint segar | Jateng

@ market:daun-singkong
N m | KWT Tanjung Kualo | Sumbar | K.Padang Pariaman | 15 | awak ado pucuak ubi (daun singkong) 100 ikek/hari, sia nan ka mambali untuak rumah makan?
O m | Rumah makan Padang beli daun singkong (pucuk ubi) segar | Sumbar; Riau
@ x-ubi
O m | Beli ubi kayu untuk tapioka | Sumbar

@ market:jantung-pisang
N m | KWT Pisang Agung Senduro | Jatim | K.Lumajang | 20 | jantung pisang akeh dibuang, ada yg beli? bisa 500 kg/mgg
O m | Frozen banana blossom buyer for plant-based export | Jatim; Jateng
@ x-pisang
O m | Beli pisang kepok per tandan | Jatim
O m | Beli daun pisang | Jatim

@ market:pakis
N m | KWT Sumber Urip Selupu | Bengkulu | K.Rejang Lebong | 12 | pucuk pakis (paku) 50 kg/hari dari kebun, cari pembeli resto / pasar
O m | Restoran & pasar modern beli pucuk pakis segar | Bengkulu; Sumsel
@ x-sayur
O m | Beli kangkung & bayam | Bengkulu

@ market:asam-sunti
N m | Kelompok Ibu Asam Sunti Mutiara | Aceh | K.Pidie | 15 | asam sunti kamoe 100 kg/bln, ka siap, sapa yang beli ke Medan / Jakarta?
O m | Toko bumbu Aceh beli asam sunti | Kt.Banda Aceh
O m | Diaspora Aceh di Batam cari asam sunti | Kepri
@ x-asam
O m | Beli asam jawa | Aceh
O m | Beli belimbing (star fruit) | Aceh

@ fish:nike
N m | Kelompok Nelayan Nike Leato | Gorontalo | Kt.Gorontalo | 20 | ikan nike lagi musim, 200 kg per malam, sapa yg mo beli?
O m | Rumah makan beli ikan nike segar | Sulut
@ x-ikan-kecil
O m | Beli teri nasi | Gorontalo
O m | Beli ikan roa asap | Gorontalo

@ market:besi-tua
N m | Kelompok Pemulung Balaroa | Sulteng | Kt.Palu | 15 | besi beton & seng bekas reruntuhan udh kami kumpulkan ± 3 ton, cari pembeli besi tua || sudah dipilah: besi beton 2 ton, seng 800 kg, sisanya campur. bisa diambil di lokasi
N m | Kelompok Warga Ciherang Pacet | Jabar | K.Cianjur | 20 | rongsok beusi tilas imah rubuh seueur, saha nu meser besi tua?
O m | Lapak besi tua beli besi beton, seng & rongsok logam | Sulteng; Sulbar
O m | Scrap metal buyer (ferrous), min 1 ton, pick-up | Jabar; Banten; DKI
@ x-rongsok
O m | Beli botol plastik PET & kardus | Sulteng; Jabar
O m | Beli aki bekas | Jabar
O m | Beli tembaga & kuningan untuk kerajinan | Jabar

@ market:majun
N m | Kelompok Ibu RW 05 Kapuk Muara | DKI | Kt.Administrasi Jakarta Utara | 20 | baju2 bekas sumbangan banjir numpuk ga kepake, kami potong jadi kain majun 500 kg/bln, sapa mau beli?
O m | Bengkel & pabrik beli kain majun (kain lap potongan) | DKI; Jabar
@ x-kain
O m | Beli kain perca untuk kerajinan | DKI

@ market:kecipir
N m | Kelompok Tani Ngudi Rejeki Playen | DIY | K.Gunungkidul | 10 | kecipir (winged bean) 100 kg per minggu, sopo sing gelem tuku
O m | Beli kecipir muda | Jatim
@ x-polong
O m | Beli kacang panjang | DIY
O m | Beli buncis | DIY

# everyday market needs: the buyers came back
@ market:rumput-laut
N m | Kelompok Pembudidaya Rumput Laut Loli Saluran | Sulteng | K.Donggala | 30 | rumput laut kering (cottonii) 5 ton, pembeli lama sdh balik blm? cari yg beli lgsg
O m | Exporter buying dried cottonii seaweed, moisture max 35% | Sulteng; Sulsel
O m | Pengepul rumput laut kering | Sulteng
@ x-rumput-laut
O m | Beli rumput laut Gracilaria untuk agar-agar | Sulteng

@ market:kakao
N m | Kelompok Tani Kakao Tongoa | Sulteng | K.Sigi | 40 | tabe', biji kakao fermentasi 3 ton siap, pembeli yg dulu sdh datang lagi kah
O m | Pabrik cokelat beli biji kakao fermentasi | Sulteng; Sulbar
@ x-kebun
O m | Beli kopi robusta asalan | Sulteng

@ market:bawang-merah
N m | Kelompok Tani Bawang Guntarano | Sulteng | K.Donggala | 20 | bawang merah lembah palu 2 ton, sapa yg mau ambil? harga skrg jatuh
O m | Beli bawang merah varietas Palu untuk bawang goreng | Sulteng
@ x-bawang-goreng
O m | Beli bawang goreng Palu kemasan | Sulteng

@ market:kopi
N m | Koperasi Kopi Ketol Bangkit | Aceh | K.Aceh Tengah | 80 | Green bean arabika Gayo 10 ton siap. After the quake our buyer stopped coming, now looking for roasters / exporters again
O m | Arabica green bean exporter, Gayo, grade 1 | Aceh
O m | Roastery Jakarta beli green bean arabika | Aceh; Sumut; Jabar
@ x-kopi
O m | Beli kopi bubuk kemasan untuk oleh-oleh | Aceh
O m | Beli cherry kopi arabika merah | Aceh
"""

# ---------------------------------------------------------------- generator
import csv, hashlib, json, os, random, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
NAME = os.path.basename(SET)
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(SET, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv"))

ALIAS = {"NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur", "Sulteng": "Sulawesi Tengah",
         "Sulsel": "Sulawesi Selatan", "Sulbar": "Sulawesi Barat", "Sultra": "Sulawesi Tenggara",
         "Sulut": "Sulawesi Utara", "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
         "Kalsel": "Kalimantan Selatan", "Kalteng": "Kalimantan Tengah", "Kaltim": "Kalimantan Timur",
         "Kalbar": "Kalimantan Barat", "Kaltara": "Kalimantan Utara", "Sumbar": "Sumatera Barat",
         "Sumut": "Sumatera Utara", "Sumsel": "Sumatera Selatan", "DIY": "DI Yogyakarta", "DKI": "DKI Jakarta",
         "Babel": "Kepulauan Bangka Belitung", "Kepri": "Kepulauan Riau", "Malut": "Maluku Utara",
         "PB": "Papua Barat", "PBD": "Papua Barat Daya", "PS": "Papua Selatan", "PTg": "Papua Tengah",
         "PP": "Papua Pegunungan"}

def place(s):
    s = s.strip()
    if s.startswith("K."): return "Kabupaten " + s[2:]
    if s.startswith("Kt."): return "Kota " + s[3:]
    return ALIAS.get(s, s)

def h(s, n):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16) % n

# region reference
rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
pcode = {v: k for k, v in pname.items()}
reg = {r["name"]: r for r in rows if r["level"] == "regency"}
reg_parent = {r["name"]: pname[r["parent_code"]] for r in rows if r["level"] == "regency"}
prov_regs = defaultdict(list)
for r in rows:
    if r["level"] == "regency":
        prov_regs[pname[r["parent_code"]]].append(r["name"])

def coords(regency, key):
    r = reg[regency]
    return (round(float(r["lat"]) + (h(key + "la", 2001) - 1000) / 20000, 4),
            round(float(r["lon"]) + (h(key + "lo", 2001) - 1000) / 20000, 4))

# parse
groups, needs, offers = {}, [], []
label = None
for ln, line in enumerate(DATA.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("@"):
        label = line[1:].strip(); continue
    body, _, desc = line.partition(" || ")
    f = [x.strip() for x in body.split(" | ")]
    if f[0].startswith("N "):
        kind = {"t": "training", "m": "market", "r": "resource"}[f[0][2:].strip()]
        gname, prov, regency, members, title = f[1], place(f[2]), place(f[3]), int(f[4]), f[5]
        assert len(f) == 6, (ln, f)
        if gname in groups:
            assert groups[gname]["province"] == prov and groups[gname]["regency"] == regency, (ln, gname)
        else:
            groups[gname] = {"name": gname, "province": prov, "regency": regency, "members": members}
        needs.append({"label": label, "kind": kind, "group": gname, "title": title, "description": desc.strip(), "line": ln})
    elif f[0].startswith("O "):
        code, *extra = f[0][2:].split("+")
        code = code.strip()
        kind, ptype = {"t": ("training", "trainer"), "tp": ("training", "programme"), "m": ("market", "buyer"),
                       "r": ("resource", "supplier"), "rp": ("resource", "programme")}[code]
        title = f[1]
        area = [] if f[2] == "*" else [place(a) for a in f[2].split(";")]
        status = f[3] if len(f) > 3 else "open"
        assert len(f) <= 4, (ln, f)
        offers.append({"labels": [label] + [e.strip() for e in extra], "kind": kind, "ptype": ptype, "title": title,
                       "service_area": area, "status": status, "description": desc.strip(), "line": ln})
    else:
        raise SystemExit(f"line {ln}: cannot parse {line!r}")

def reaches(o, g):
    a = o["service_area"]
    return not a or g["province"] in a or g["regency"] in a

# truth from labels
for n in needs:
    g = groups[n["group"]]
    n["fits"] = [o for o in offers if n["label"] in o["labels"] and o["kind"] == n["kind"]
                 and o["status"] == "open" and reaches(o, g)]

# provider names (neutral)
WORDS = ["Karya", "Mandiri", "Bina", "Cipta", "Sejahtera", "Harapan", "Pelita", "Mitra", "Nusantara", "Bangkit",
         "Tunas", "Lestari", "Sentosa", "Cahaya", "Insan", "Prima", "Utama", "Abadi", "Makmur", "Tangguh",
         "Berdaya", "Gemilang", "Samudra", "Rimba", "Bersama", "Jaya", "Sinar", "Bumi", "Permata", "Lentera",
         "Harmoni", "Arunika", "Pusaka", "Swadaya", "Sakti", "Kencana", "Rahayu", "Wijaya", "Amanah", "Madani"]
PREFIX = {"trainer": ["LKP", "BLK Komunitas", "Lembaga Pelatihan", "Pusat Pelatihan", "Tim PkM Universitas",
                      "LPPM Politeknik", "Sanggar", "Balai Latihan", "Akademi", "Kursus"],
          "programme": ["Yayasan", "Perkumpulan", "Program", "Koalisi", "Konsorsium", "Forum", "Lembaga",
                        "Program CSR PT", "Dompet", "Gerakan"],
          "buyer": ["CV", "UD", "PT", "Toko", "Gudang", "Koperasi", "Pengepul", "Lapak", "Offtaker", "Grosir"],
          "supplier": ["CV", "PT", "Toko", "UD", "Distributor", "Niaga"]}
BIG = ["Kota Administrasi Jakarta Selatan", "Kota Surabaya", "Kota Bandung", "Kota Makassar", "Kota Medan",
       "Kota Semarang", "Kota Denpasar"]
used_names = set()
def pname_for(o, i):
    pre = PREFIX[o["ptype"]]
    k = o["title"] + str(i)
    for t in range(400):
        nm = f"{pre[h(k + str(t), len(pre))]} {WORDS[h(k + 'a' + str(t), len(WORDS))]} {WORDS[h(k + 'b' + str(t), len(WORDS))]}"
        if nm not in used_names and len(set(nm.split()[-2:])) == 2:
            used_names.add(nm); return nm
    nm = f"{pre[0]} {WORDS[0]} {i}"; used_names.add(nm); return nm

def provider_place(o):
    for a in o["service_area"]:
        if a in reg_parent: return reg_parent[a], a
    if o["service_area"]:
        p = o["service_area"][0]
        kotas = [r for r in prov_regs[p] if r.startswith("Kota ")]
        return p, (kotas or prov_regs[p])[0]
    r = BIG[h(o["title"], len(BIG))]
    return reg_parent[r], r

# shuffle and give refs
rnd = random.Random(17)
gl = list(groups.values()); rnd.shuffle(gl)
for i, g in enumerate(gl, 1):
    g["ref"] = f"g{i:03d}"
nl = list(needs); rnd.shuffle(nl)
for i, n in enumerate(nl, 1):
    n["ref"] = f"n{i:03d}"
ol = list(offers); rnd.shuffle(ol)
for i, o in enumerate(ol, 1):
    o["ref"] = f"o{i:03d}"; o["pref"] = f"p{i:03d}"

doc = {"groups": [], "providers": [], "needs": [], "offers": []}
for g in gl:
    lat, lon = coords(g["regency"], g["name"])
    doc["groups"].append({"ref": g["ref"], "name": g["name"], "province": g["province"], "regency": g["regency"],
                          "lat": lat, "lon": lon, "members": g["members"]})
for i, o in enumerate(ol, 1):
    prov, regency = provider_place(o)
    lat, lon = coords(regency, o["title"] + "p")
    doc["providers"].append({"ref": o["pref"], "name": pname_for(o, i), "type": o["ptype"], "province": prov,
                             "regency": regency, "lat": lat, "lon": lon})
for n in nl:
    r = {"ref": n["ref"], "group": groups[n["group"]]["ref"], "kind": n["kind"], "title": n["title"]}
    if n["description"]: r["description"] = n["description"]
    doc["needs"].append(r)
for o in ol:
    r = {"ref": o["ref"], "provider": o["pref"], "kind": o["kind"], "title": o["title"], "service_area": o["service_area"]}
    if o["description"]: r["description"] = o["description"]
    if o["kind"] == "training" and h(o["title"] + "cap", 4) == 0:
        r["capacity"] = 10 + 5 * h(o["title"] + "c", 6)
    if o["status"] != "open": r["status"] = o["status"]
    doc["offers"].append(r)
truth = {n["ref"]: [o["ref"] for o in sorted(n["fits"], key=lambda o: o["ref"])] for n in sorted(nl, key=lambda n: n["ref"])}

if "--review" in sys.argv:
    for n in sorted(nl, key=lambda n: n["label"]):
        g = groups[n["group"]]
        print(f"\n{n['ref']} [{n['label']}] {n['kind']} {g['regency']}, {g['province']}\n   {n['title']}" + (f"\n   ({n['description']})" if n['description'] else ""))
        for o in offers:
            if n["label"] in o["labels"]:
                mark = "+" if o in n["fits"] else "-"
                print(f"  {mark} {o['ref']} {o['kind']:8} {o['status']:9} {o['title'][:80]} {o['service_area'] or '*'}")
        fam = n["label"].split(":")[0]
        for o in offers:
            if n["label"] not in o["labels"] and o["kind"] == n["kind"] and o["status"] == "open" and reaches(o, g) \
                    and any(l.split(":")[0] == fam for l in o["labels"]):
                print(f"  ~ {o['ref']} [{o['labels'][0]}] {o['title'][:80]}")
    sys.exit(0)
if "--stats" in sys.argv:
    print("groups", len(gl), "needs", len(nl), dict(Counter(n["kind"] for n in nl)), "offers", len(ol), dict(Counter(o["kind"] for o in ol)))
    print("provider types", dict(Counter(o["ptype"] for o in ol)), "status", dict(Counter(o["status"] for o in ol)))
    print("empty truth", sum(1 for v in truth.values() if not v), "pairs", sum(len(v) for v in truth.values()),
          "sizes", dict(sorted(Counter(len(v) for v in truth.values()).items())))
    print("needs with description", sum(1 for n in nl if n["description"]), "offers with description", sum(1 for o in ol if o["description"]),
          "everywhere", sum(1 for o in ol if not o["service_area"]), "capacity", sum(1 for r in doc["offers"] if "capacity" in r))
    print("groups with 2+ needs", sum(1 for c in Counter(n["group"] for n in nl).values() if c > 1))
    print("provinces", len({g["province"] for g in gl}), sorted({g["province"] for g in gl}))
    print("labels (need subjects)", len({n["label"] for n in nl}))
    sys.exit(0)

json.dump(doc, open(os.path.join(SET, f"{NAME}-marketplace.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(truth, open(os.path.join(SET, f"{NAME}-marketplace.truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"wrote {len(gl)} groups, {len(ol)} providers, {len(nl)} needs, {len(ol)} offers; truth {sum(len(v) for v in truth.values())} pairs", file=sys.stderr)
