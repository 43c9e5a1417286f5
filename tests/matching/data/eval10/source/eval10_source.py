#!/usr/bin/env python3
"""Subject-labelled source of the tenth evaluation set (held out from the matcher).

Writes ../eval10-marketplace.json and ../eval10-marketplace.truth.json.
    python3 eval10_source.py            write both files
    python3 eval10_source.py --review   print each need with every offer of its subject family
                                        (+ in its truth, - left out), with kind, status and area

Every record carries a subject label "family:topic". An offer fits a need when it has the
need's label (an offer may carry several), the same kind, is open, and its service area is
empty or names the group's province or regency (exact official names). Labels whose topic
starts with "x-" are look-alikes or neighbours that no need asks for. The labels are not part
of the import format and are not written to the JSON.
"""
import csv
import hashlib
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

# ---------------------------------------------------------------- records
# GROUPS: key -> (name, official regency name, members); the province follows from the regency.
# NEEDS: (group key, subject label, kind T/M/R, title as the group officer wrote it).
# OFFERS: o(subject label(s), kind, provider type t/p/b/s, title, service area, status, ...).

OFFERS = []


def o(subj, kind, ptype, title, area=(), status="open", desc=None, base=None, cap=None):
    OFFERS.append({"subj": (subj,) if isinstance(subj, str) else tuple(subj), "kind": kind,
                   "ptype": ptype, "title": title, "area": list(area), "status": status,
                   "desc": desc, "base": base, "cap": cap})


GROUPS = {
    # watermelon
    "smk_kp": ("Kelompok Tani Pasir Makmur", "Kabupaten Kulon Progo", 28),
    "smk_lt": ("Poktan Sido Rukun", "Kabupaten Lampung Timur", 31),
    "smk_dompu": ("Kelompok Tani Oi Mbo", "Kabupaten Dompu", 19),
    # longan
    "klg_smg": ("KWT Ngudi Rejeki", "Kabupaten Semarang", 22),
    "klg_tag": ("Poktan Sumber Makmur", "Kabupaten Tulungagung", 27),
    "klg_bir": ("Kelompok Tani Seuramoe Meugoe", "Kabupaten Bireuen", 18),
    # okra
    "okr_jbr": ("Kelompok Tani Sri Tanjung", "Kabupaten Jember", 30),
    "okr_ds": ("Poktan Maju Bersama Tanjung Morawa", "Kabupaten Deli Serdang", 20),
    # kratom
    "krt_kh": ("KUB Sungai Uluk", "Kabupaten Kapuas Hulu", 25),
    "krt_stg": ("KUB Tampun Juah", "Kabupaten Sintang", 16),
    "krt_ktg": ("Kelompok Tani Hurung Hapakat", "Kabupaten Katingan", 14),
    # apples
    "apl_batu": ("Kelompok Tani Makmur Abadi Bumiaji", "Kota Batu", 24),
    "apl_psr": ("Kelompok Tani Sumber Apel Tutur", "Kabupaten Pasuruan", 21),
    "apl_mlg": ("Gapoktan Argo Makmur Poncokusumo", "Kabupaten Malang", 40),
    # butternut
    "lbm_bangli": ("Kelompok Tani Sari Boga Kintamani", "Kabupaten Bangli", 26),
    "lbm_mnh": ("Kelompok Tani Waya Esa", "Kabupaten Minahasa", 17),
    "lbm_garut": ("Kelompok Tani Mekar Sari Cikajang", "Kabupaten Garut", 23),
    # food barns
    "lbg_tts": ("Kelompok Tani Nekmese", "Kabupaten Timor Tengah Selatan", 33),
    "lbg_gtlo": ("KWT Huyula Tilango", "Kabupaten Gorontalo", 20),
    "lbg_nbr": ("Kelompok Masyarakat Kampung Wadio", "Kabupaten Nabire", 27),
    # snails
    "bkc_kdr": ("Kelompok Usaha Sumber Rejeki", "Kabupaten Kediri", 15),
    "bkc_kbm": ("KUB Mulyo Tani", "Kabupaten Kebumen", 12),
    "bkc_gk": ("Kelompok Ternak Ngudi Makmur", "Kabupaten Gunungkidul", 14),
    # bullfrogs
    "kdk_bgr": ("Kelompok Pembudidaya Katak Cibungbulang", "Kabupaten Bogor", 11),
    "kdk_sml": ("Kelompok Tani Marsipature Hutana", "Kabupaten Simalungun", 13),
    # rice-fish
    "mnp_slm": ("Kelompok Tani Ngudi Mulyo", "Kabupaten Sleman", 35),
    "mnp_agam": ("Kelompok Tani Saiyo Sakato", "Kabupaten Agam", 25),
    "mnp_pnr": ("Kelompok Tani Sipatuo", "Kabupaten Pinrang", 29),
    # nilem
    "nlm_tsk": ("Pokdakan Mina Nilem Sejahtera", "Kabupaten Tasikmalaya", 18),
    "nlm_kng": ("Pokdakan Saluyu", "Kabupaten Kuningan", 14),
    # foot-and-mouth / lumpy skin
    "pmk_ltm": ("Kelompok Ternak Sapi Bina Mandiri", "Kabupaten Lombok Timur", 34),
    "pmk_bone": ("Kelompok Peternak Sipakainge", "Kabupaten Bone", 28),
    "pmk_ltg": ("Kelompok Ternak Sapi Mulyo", "Kabupaten Lampung Tengah", 22),
    "pmk_abs": ("Kelompok Peternak Lembu Beusaree", "Kabupaten Aceh Besar", 19),
    # safety at sea
    "lut_wkt": ("Kelompok Nelayan Mola Bahari", "Kabupaten Wakatobi", 24),
    "lut_mtg": ("Kelompok Nelayan Hatu Lisa", "Kabupaten Maluku Tengah", 18),
    "lut_anb": ("KUB Nelayan Tarempa", "Kabupaten Kepulauan Anambas", 16),
    # sea turtles
    "pny_smb": ("Pokmaswas Kambau Borneo", "Kabupaten Sambas", 15),
    "pny_jbr": ("Kelompok Pelestari Penyu Kurma Asih", "Kabupaten Jembrana", 20),
    "pny_kaur": ("Kelompok Masyarakat Pengawas Pantai Linau", "Kabupaten Kaur", 12),
    # pempek
    "pmp_plg": ("Kelompok Usaha Wong Kito", "Kota Palembang", 12),
    "pmp_oi": ("KWT Sejahtera Tanjung Raja", "Kabupaten Ogan Ilir", 18),
    "pmp_mjb": ("Kelompok Usaha Bersama Seberang", "Kabupaten Muaro Jambi", 10),
    # tapai
    "tpi_bdg": ("Kelompok Usaha Peuyeum Cimenyan", "Kabupaten Bandung", 14),
    "tpi_bws": ("KUB Tape Manis", "Kabupaten Bondowoso", 16),
    "tpi_bjr": ("Kelompok Usaha Tapai Martapura", "Kabupaten Banjar", 11),
    # yoghurt
    "ygt_byl": ("KWT Susu Mandiri", "Kabupaten Boyolali", 20),
    "ygt_bb": ("Kelompok Wanita Mekarwangi", "Kabupaten Bandung Barat", 15),
    # macrame
    "mcr_btl": ("Kelompok Perajin Tali Simpul Karya", "Kabupaten Bantul", 13),
    "mcr_gnr": ("Kelompok Ibu-ibu Banjar Tegal", "Kabupaten Gianyar", 17),
    "mcr_srg": ("Kelompok Pemuda Kreatif Anyer", "Kabupaten Serang", 10),
    # tifa
    "tfa_biak": ("Sanggar Wor Biak", "Kabupaten Biak Numfor", 20),
    "tfa_asm": ("Kelompok Perajin Tifa Agats", "Kabupaten Asmat", 16),
    "tfa_amb": ("Sanggar Tifa Totobuang Negeri", "Kota Ambon", 14),
    # plumbing
    "plb_sigi": ("Kelompok Pemuda Sigi Bangkit", "Kabupaten Sigi", 15),
    "plb_kkr": ("KUB Tukang Tenggarong", "Kabupaten Kutai Kartanegara", 12),
    "plb_tgr": ("Karang Taruna Tunas Harapan", "Kabupaten Tangerang", 25),
    # security guards
    "stp_btm": ("Paguyuban Pemuda Tanjung Uncang", "Kota Batam", 30),
    "stp_krw": ("Karang Taruna Bina Warga", "Kabupaten Karawang", 22),
    "stp_ktm": ("Kelompok Pemuda Sangatta Utara", "Kabupaten Kutai Timur", 18),
    # childcare workers
    "ash_ltg": ("Kelompok Perempuan Nina Sejahtera", "Kabupaten Lombok Tengah", 20),
    "ash_psw": ("KWT Melati Pringsewu", "Kabupaten Pringsewu", 16),
    # cervical cancer screening
    "iva_plm": ("Kelompok PKK Desa Lampa", "Kabupaten Polewali Mandar", 25),
    "iva_sik": ("Kelompok Perempuan Wae Gete", "Kabupaten Sikka", 22),
    "iva_tpn": ("Kader Kesehatan Desa Binuang", "Kabupaten Tapin", 15),
    # leprosy
    "kst_smn": ("Kelompok Perawatan Diri Sumber Sehat", "Kabupaten Sumenep", 12),
    "kst_jyp": ("Kelompok Peduli Kusta Sentani", "Kabupaten Jayapura", 10),
    # family planning
    "kb_lbk": ("Kelompok PPKBD Desa Cibeber", "Kabupaten Lebak", 14),
    "kb_ksl": ("Kelompok Kader KB Lalowaru", "Kabupaten Konawe Selatan", 18),
    "kb_rjl": ("Sub-PPKBD Curup Tengah", "Kabupaten Rejang Lebong", 11),
    # drug prevention
    "nrk_lkt": ("Karang Taruna Tunas Bangsa", "Kabupaten Langkat", 30),
    "nrk_pidie": ("Pemuda Gampong Meunasah Baro", "Kabupaten Pidie", 20),
    "nrk_bks": ("Remaja Masjid Al-Ikhlas Duri", "Kabupaten Bengkalis", 25),
    # marriage legalisation
    "isb_lbr": ("Kelompok Perempuan Kepala Keluarga Lingsar", "Kabupaten Lombok Barat", 26),
    "isb_spg": ("Kelompok Pengajian Ibu-ibu Ar-Rahman", "Kabupaten Sampang", 20),
    "isb_mjn": ("Kelompok Perempuan Pesisir Banggae", "Kabupaten Majene", 15),
    # hygiene certificate
    "slh_pdg": ("Kelompok Usaha Katering Bundo", "Kota Padang", 12),
    "slh_bks": ("Kelompok Usaha Boga Mandiri", "Kabupaten Bekasi", 15),
    "slh_siak": ("KUB Dapur Sehat Tualang", "Kabupaten Siak", 10),
    # warehouse receipts
    "srg_sdr": ("Gapoktan Sipurennu", "Kabupaten Sidenreng Rappang", 45),
    "srg_jbg": ("Gapoktan Tani Makmur Mojoagung", "Kabupaten Jombang", 38),
    # outbound
    "otb_kng": ("Pokdarwis Leuweung Hejo", "Kabupaten Kuningan", 16),
    "otb_tdt": ("Pokdarwis Nagari Tuo Pariangan", "Kabupaten Tanah Datar", 14),
    "otb_tbn": ("Pokdarwis Jatiluwih Asri", "Kabupaten Tabanan", 18),
    # sepak takraw
    "tkr_mks": ("Klub Takraw Pemuda Tallo", "Kota Makassar", 20),
    "tkr_btl": ("Karang Taruna Marabahan", "Kabupaten Barito Kuala", 18),
    "tkr_bth": ("Persatuan Pemuda Desa Muara Tembesi", "Kabupaten Batanghari", 22),
    # home-yard food gardens
    "p2l_bbl": ("KWT Huyula Mandiri", "Kabupaten Bone Bolango", 20),
    "p2l_kps": ("KWT Dahlia Kuala Kapuas", "Kabupaten Kapuas", 15),
    "p2l_jyw": ("Kelompok Mama-mama Wouma", "Kabupaten Jayawijaya", 25),
    # foliage plants
    "hias_cjr": ("Kelompok Tani Florist Cipanas", "Kabupaten Cianjur", 18),
    "hias_tmh": ("Kelompok Tani Kembang Kakaskasen", "Kota Tomohon", 15),
    "hias_kra": ("KWT Mawar Lawu", "Kabupaten Karanganyar", 14),
    # jicama
    "bkg_pp": ("Kelompok Tani Bengkuang Saiyo", "Kabupaten Padang Pariaman", 20),
    "bkg_kpr": ("Poktan Sei Tibun", "Kabupaten Kampar", 13),
}

NEEDS = [
    # ---- watermelon
    ("smk_kp", "semangka:grow", "T", "Pelatihan budidya semangka di lahan pasir pantai, bnyk yg pecah buahnya pas musim ujan"),
    ("smk_lt", "semangka:buy", "M", "Panen semangka 2 mgg lg kira2 15 ton, butuh pembeli yg ambil lgsg di kebun"),
    ("smk_dompu", "semangka:grow", "T", "Watermelon growing training pls, most members never planted it, land is near the dam"),
    ("smk_lt", "semangka:seed", "R", "Cari benih semangka non biji yg tahan kemarau, utk 6 ha"),
    # ---- longan
    ("klg_smg", "kelengkeng:grow", "T", "kelengkeng kami wes umur 4 th tp durung metu kembang, pengin sinau carane ben iso trubus kembang"),
    ("klg_tag", "kelengkeng:buy", "M", "Sdh panen klengkeng itoh & pingpong kira2 3 ton. Sapa yg mau ambil?"),
    ("klg_bir", "kelengkeng:seed", "R", "butuh bibit lengkeng okulasi/sambung pucuk utk 2 ha di gampong kamoe"),
    ("klg_tag", "kelengkeng:grow", "T", "Pelatihan pemangkasan & pemupukan lengkeng spy buahnya lebat tiap thn"),
    # ---- okra
    ("okr_jbr", "okra:buy", "M", "Kami tanam okra 3 ha, cari eksportir / pembeli tetap yg nerima grade ekspor"),
    ("okr_ds", "okra:grow", "T", "blajar tanam okra dimana ya? sy dengar bisa dijual ke Jepang, ada yg ngajarin?"),
    ("okr_ds", "okra:buy", "M", "Lady finger harvest about 500 kg a week, who buys? pick up at our field"),
    ("okr_jbr", "okra:seed", "R", "Cari benih okra hijau varietas ekspor utk musim depan, 3 ha"),
    # ---- kratom
    ("krt_kh", "kratom:buy-dry", "M", "Daun kratom kering remahan (crumble) 1 ton/bln, kamek cari pembeli yg harganya stabil"),
    ("krt_stg", "kratom:dry", "T", "Pelatihan pengeringan daun purik spy warnanya tetap ijo & tdk berjamur"),
    ("krt_ktg", "kratom:buy-fresh", "M", "Kami panen daun kratom basah tiap minggu, sapa nang handak manukar?"),
    # ---- apples
    ("apl_batu", "apel:grow", "T", "Pelatihan perompesan & pelengkungan cabang apel, petani muda blm paham"),
    ("apl_psr", "apel:buy", "M", "apel manalagi & rome beauty panen raya, regane anjlok, sopo sing gelem tuku partai gede?"),
    ("apl_mlg", "apel:grow", "T", "wit apel anggota kena embun tepung lan kudis, butuh pelatihan pengendalian penyakit apel"),
    ("apl_mlg", "apel:seed", "R", "Butuh bibit apel anna okulasi 1000 batang utk peremajaan kebun"),
    # ---- butternut
    ("lbm_bangli", "labumadu:buy", "M", "Kami punya labu madu 2 ton siap panen, cari pembeli utk hotel/restoran"),
    ("lbm_mnh", "labumadu:grow", "T", "torang mo blajar tanam labu madu, sapa yg bisa ajar?"),
    ("lbm_garut", "labumadu:grow", "T", "Punten, abdi hoyong diajar melak butternut, bibitna tos meuli tapi teu apal carana"),
    ("lbm_mnh", "labumadu:seed", "R", "Mo cari benih labu madu yg bagus, di toko tani sini nda ada"),
    # ---- food barns
    ("lbg_tts", "lumbung:train", "T", "Kami mau bangun lumbung pangan desa tp sonde tau cara kelola stok jagung & pinjam gabah"),
    ("lbg_gtlo", "lumbung:res", "R", "Butuh bantuan bangunan lumbung pangan masyarakat + karung simpan yg kedap udara"),
    ("lbg_nbr", "lumbung:train", "T", "Kitong pu hasil kebun sering rusak di para-para, mau blajar kelola lumbung pangan kampung"),
    # ---- snails
    ("bkc_kdr", "bekicot:buy", "M", "Sy ngumpulin bekicot dr sawah 200kg/mgg, ada pabrik yg nampung? kmi jg bisa rebus & kupas dagingnya"),
    ("bkc_kbm", "bekicot:grow", "T", "pengin sinau ternak bekicot sing apik, ben ora akeh sing mati pas ketigo"),
    ("bkc_gk", "bekicot:grow", "T", "Escargot farming training? we want to raise snails for the export buyers"),
    # ---- bullfrogs
    ("kdk_bgr", "kodok:buy", "M", "Bangkong lembu siap jual 300 kg/bln, saha nu peryogi? restoran swike oge tiasa"),
    ("kdk_sml", "kodok:grow", "T", "Pelatihan budidaya kodok lembu, di tempat kami banyak kali kolam nganggur"),
    # ---- rice-fish
    ("mnp_slm", "minapadi:grow", "T", "Pengin sinau mina padi, iwak karo pari bareng ning sawah, piye carane ben iwake ora mati"),
    ("mnp_agam", "minapadi:grow", "T", "Awak nio baraja mamaliaro ikan di sawah (minapadi), ado pelatihannyo?"),
    ("mnp_pnr", "minapadi:res", "R", "Tabe', kelompok mau coba mina padi 10 ha, butuh bantuan paket benih ikan + saprodinya"),
    # ---- nilem
    ("nlm_tsk", "nilem:buy", "M", "Ikan nilem ukuran baby fish 200 kg/mgg, milarian pabrik nu daek meser rutin"),
    ("nlm_kng", "nilem:hatch", "T", "Pelatihan pemijahan nilem, benih urang sok loba nu paeh"),
    # ---- FMD / LSD
    ("pmk_ltm", "pmk:train", "T", "Sapi2 anggota bnyk bgt kena PMK, mulut melepuh kuku lepas. Tiang minta pelatihan penanganan & biosekuriti kandang"),
    ("pmk_bone", "pmk:res", "R", "Butuh vaksin PMK & alat semprot disinfektan utk kandang kelompok, tabe'"),
    ("pmk_ltg", "pmk:train", "T", "pelatihan utk peternak sapi soal penyakit mulut & kuku dan lumpy skin, biar gk nular ke kandang lain"),
    ("pmk_abs", "lsd:res", "R", "Lembu kamoe kena benjol2 di kulit (LSD), butuh vaksin lumpy skin utk yg blm kena"),
    # ---- safety at sea
    ("lut_wkt", "laut:jacket", "R", "Pelampung (life jacket) utk 24 nelayan, anggota sering melaut tanpa pelampung"),
    ("lut_mtg", "laut:train", "T", "Beta pung kelompok mau pelatihan keselamatan di laut, kalau perahu tabale musti bagaimana"),
    ("lut_anb", "laut:radio", "R", "Radio VHF / alat komunikasi utk kapal kecil, di laut sinyal HP tdk ada"),
    # ---- sea turtles
    ("pny_smb", "penyu:train", "T", "Kamek nak blajar cara mindahkan telur penyu ke penetasan semi alami, biar tdk dicuri orang"),
    ("pny_jbr", "penyu:train", "T", "Sea turtle hatchery & ecotourism training, tourists come to release the hatchlings"),
    ("pny_kaur", "penyu:res", "R", "Butuh bantuan bahan utk rumah penetasan telur penyu (pagar, jaring, termometer)"),
    # ---- pempek
    ("pmp_plg", "pempek:buy", "M", "Pempek frozen vakum kami 500 pcs/hr, cari toko oleh2 / distributor luar kota yg nak ambil rutin"),
    ("pmp_oi", "pempek:make", "T", "Pelatihan buat pempek yg kenyal & tahan lama, kami jual ke sekolah2 tp cpt basi"),
    ("pmp_mjb", "pempek:make", "T", "pengen belajar bikin empek2 ikan tenggiri & cuko nyo, buat usaha ibu2"),
    # ---- tapai
    ("tpi_bdg", "tapai:buy", "M", "Peuyeum urang tiap poe 300 kg, saha nu peryogi partai ageung? tiasa dikirim"),
    ("tpi_bws", "tapai:make", "T", "Pelatihan bikin tape singkong biar gak kecut & lbh awet, skalian kemasannya"),
    ("tpi_bjr", "tapai:make", "T", "ulun handak belajar maulah tapai lakatan nang manis wan kada pahit"),
    # ---- yoghurt
    ("ygt_byl", "yoghurt:make", "T", "Pengin sinau gawe yoghurt saka susu sapi, susune anggota akeh sing ora ditampa KUD"),
    ("ygt_bb", "yoghurt:buy", "M", "Yoghurt botolan 250 ml buatan ibu2, 200 botol/mgg, cari kafe/toko yg mau ambil"),
    ("ygt_byl", "yoghurt:equip", "R", "Butuh inkubator & alat pasteurisasi susu kecil utk produksi yoghurt"),
    # ---- macrame
    ("mcr_btl", "makrame:buy", "M", "Kami bikin tas & gantungan pot makrame, cari pembeli grosir / eksportir"),
    ("mcr_gnr", "makrame:train", "T", "Mohon pelatihan macrame utk ibu2, mau bikin hiasan dinding utk art shop"),
    ("mcr_srg", "makrame:train", "T", "kite ade 10 pemuda, pengen belajar simpul tali kur jadi tas & gantungan"),
    # ---- tifa
    ("tfa_biak", "tifa:make", "T", "Kitong pu anak muda mo belajar bikin tifa, yang tua2 su tinggal sedikit"),
    ("tfa_asm", "tifa:buy", "M", "Sa pu kelompok buat tifa ukir, mau jual ke luar Papua, sapa yg beli?"),
    ("tfa_amb", "tifa:set", "R", "Sanggar butuh satu set tifa deng totobuang, yang lama su pica"),
    # ---- plumbing
    ("plb_sigi", "plambing:train", "T", "Pelatihan tukang ledeng utk pemuda, bnyk rumah baru pasca gempa yg butuh pasang pipa air"),
    ("plb_kkr", "plambing:tools", "R", "Butuh alat2 plumbing: kunci pipa, pemotong pipa, alat las pipa PPR"),
    ("plb_tgr", "plambing:train", "T", "kursus pasang pipa air bersih & air kotor dgn benar utk anggota karang taruna, biar bisa terima borongan"),
    # ---- security guards
    ("stp_btm", "satpam:train", "T", "Pelatihan satpam Gada Pratama utk pemuda kami, bnyk pabrik minta sertifikat"),
    ("stp_krw", "satpam:train", "T", "pengen ikut diklat security biar bisa kerja di kawasan industri, ada yg murah?"),
    ("stp_ktm", "satpam:train", "T", "Security guard certification for 18 youths, the mine contractors ask for it"),
    # ---- childcare workers
    ("ash_ltg", "asuh:train", "T", "Tiang dan ibu2 mau jadi baby sitter, minta pelatihan pengasuh anak yg ada sertifikatnya"),
    ("ash_psw", "asuh:train", "T", "Pelatihan pengasuh balita (nanny) utk lulusan SMA di desa kami"),
    # ---- cervical cancer screening
    ("iva_plm", "iva:train", "T", "Pelatihan kader utk ajak ibu2 periksa IVA (kanker serviks), bnyk yg malu"),
    ("iva_sik", "iva:train", "T", "Cervical cancer screening awareness - training for our women volunteers please"),
    ("iva_tpn", "iva:service", "R", "Mohon layanan periksa IVA / papsmear keliling ke desa, puskesmas jauh"),
    # ---- leprosy
    ("kst_smn", "kusta:train", "T", "Pendampingan kelompok perawatan diri (KPD) utk penderita kusta, luka di kaki tdk sembuh2"),
    ("kst_jyp", "kusta:train", "T", "Kader kusta: cara temukan bercak putih mati rasa & ajak periksa, kitong butuh pelatihan"),
    # ---- family planning
    ("kb_lbk", "kb:train", "T", "Pelatihan kader KB desa (PPKBD), kite ade 14 kader baru blm pernah dilatih"),
    ("kb_ksl", "kb:train", "T", "Kader kami perlu dilatih konseling alat kontrasepsi utk pasangan usia subur"),
    ("kb_rjl", "kb:kit", "R", "Butuh KIE kit / alat peraga penyuluhan KB utk kader"),
    # ---- drug prevention
    ("nrk_lkt", "narkoba:train", "T", "Anak2 muda disini bnyk kena sabu, kami mau pelatihan penyuluh anti narkoba"),
    ("nrk_pidie", "narkoba:train", "T", "Pelatihan relawan pencegahan narkoba utk pemuda gampong kamoe"),
    ("nrk_bks", "narkoba:train", "T", "Drug abuse prevention training for our youth mosque group, and how to refer users to rehab"),
    # ---- marriage legalisation
    ("isb_lbr", "isbat:help", "T", "Bnyk anggota nikah siri, anak blm punya akta krn buku nikah tdk ada. Mohon pendampingan isbat nikah"),
    ("isb_spg", "isbat:help", "T", "Pendampingan sidang itsbat nikah massal, ibu2 tdk tau caranya ke pengadilan agama"),
    ("isb_mjn", "isbat:help", "T", "Perkawinan anggota blm tercatat di KUA, bagaimana mengurus pengesahan nikahnya? butuh pendamping"),
    # ---- hygiene certificate
    ("slh_pdg", "slhs:help", "T", "Awak nio baurus Sertifikat Laik Higiene Sanitasi untuak usaho katering, baa caronyo?"),
    ("slh_bks", "slhs:help", "T", "Katering kami mau jd mitra dapur MBG, diminta SLHS. minta pendampingan"),
    ("slh_siak", "slhs:help", "T", "Dapur katering kami nak diperiksa dinas kesehatan utk sertifikat higiene, ado yg bisa dampingi?"),
    # ---- warehouse receipts
    ("srg_sdr", "srg:train", "T", "Pelatihan sistem resi gudang (SRG) utk gapoktan, biar gabah tdk dijual murah pas panen"),
    ("srg_jbg", "srg:finance", "R", "Butuh pembiayaan resi gudang utk gabah 100 ton anggota"),
    ("smk_dompu", "srg:finance", "R", "Jagung pipilan mau disimpan di gudang SRG nunggu harga naik, gmn dapat pinjaman pake resi gudangnya?"),
    # ---- outbound
    ("otb_kng", "outbound:train", "T", "Hoyong pelatihan pemandu outbound & flying fox nu aman, rombongan sakola seueur nu datang"),
    ("otb_tdt", "outbound:gear", "R", "Butuh paralatan flying fox: tali karmantel, harness, katrol, helm, utk objek wisata nagari"),
    ("otb_tbn", "outbound:train", "T", "Outbound facilitator and high rope safety training for our pokdarwis"),
    # ---- sepak takraw
    ("tkr_mks", "takraw:gear", "R", "Butuh bola takraw & net, yg lama sdh rusak semua, tabe'"),
    ("tkr_btl", "takraw:coach", "T", "Pelatihan pelatih sepak takraw gasan pemuda, ulun handak maulah klub"),
    ("tkr_bth", "takraw:gear", "R", "Bola sepak raga dan jaringnyo utk budak2 desa, ado bantuan?"),
    # ---- home-yard food gardens
    ("p2l_bbl", "p2l:train", "T", "Pelatihan pekarangan pangan lestari (P2L) utk KWT, tanam sayur di polybag & kebun bibit desa"),
    ("p2l_kps", "p2l:res", "R", "Butuh bantuan benih sayur, polybag & pupuk utk pekarangan ibu2"),
    ("p2l_jyw", "p2l:train", "T", "Mama2 di kampung mau blajar tanam sayur di halaman rumah, sa pu anak2 kurang gizi"),
    # ---- foliage plants
    ("hias_cjr", "hias:buy", "M", "Aglonema & philodendron kami siap jual ratusan pot, cari pembeli grosir"),
    ("hias_tmh", "hias:propagate", "T", "torang mo blajar perbanyakan aglonema deng monstera (stek, cangkok) supaya bisa jual"),
    ("hias_kra", "hias:buy", "M", "Ornamental foliage plants (caladium, calathea) ready in pots - looking for a buyer"),
    # ---- jicama
    ("bkg_pp", "bengkuang:buy", "M", "Bengkuang awak panen 5 ton, sia nan ka mambali? lai bisa dijapuik di ladang"),
    ("bkg_kpr", "bengkuang:buy", "M", "Jicama (yam bean) harvest ready, need a buyer in Riau pls"),
    # ---- market needs added in the second pass
    ("smk_kp", "semangka:buy", "M", "Semangka kami panen bareng2 kira2 8 ton, pengepul langganan ora teko, sopo sing iso nampung?"),
    ("apl_batu", "apel:buy", "M", "apel grade B-C numpuk di gudang kelompok, ada yg mau beli utk olahan/jus?"),
    ("tpi_bws", "tapai:buy", "M", "Tape singkong 1 kuintal/hr, cari pembeli tetap utk toko roti / pabrik kue"),
    ("tfa_biak", "tifa:buy", "M", "Tifa buatan sanggar sa pu, ukiran motif Biak, cari pembeli dari luar"),
    ("mcr_gnr", "makrame:buy", "M", "Hasil makrame ibu2 (wall hanging) sdh bnyk, mau dijual ke toko / eksportir"),
    ("okr_jbr", "okra:grow", "T", "Ada pelatihan panen & sortir okra? bnyk yg ditolak eksportir krn kepanjangan & bengkok"),
    ("klg_smg", "kelengkeng:buy", "M", "Lengkeng diamond river panen 1,5 ton, butuh pembeli sing iso jupuk neng kebun"),
]

# ---- watermelon
o("semangka:grow", "T", "t", "Sekolah Lapang Budidaya Semangka dan Melon di Lahan Kering", cap=30)
o("semangka:grow", "T", "t", "Teknik budidaya semangka: pemangkasan, penyerbukan, pengendalian busuk & pecah buah",
  ["DI Yogyakarta", "Jawa Tengah"])
o("semangka:grow", "T", "p", "Watermelon & cantaloupe farming course (drip, plastic mulch, fruit set)",
  ["Nusa Tenggara Barat"])
o("semangka:x-melon", "T", "t", "Pelatihan Budidaya Melon Premium dalam Greenhouse")
o("semangka:buy", "M", "b", "Dibutuhkan semangka merah & kuning 5-20 ton/minggu, dijemput truk",
  ["Lampung", "Sumatera Selatan"])
o("semangka:buy", "M", "b", "Watermelon buyer for supermarket DC in Jakarta, grade A 4-6 kg per fruit",
  ["Banten", "Jawa Barat", "Lampung"])
o("semangka:x-melon", "M", "b", "Beli melon golden dan melon hijau langsung dari kebun", ["Lampung"])
o("semangka:buy", "M", "b", "Pengepul semangka Kulon Progo - Purworejo, bayar tunai",
  ["Kabupaten Kulon Progo", "Kabupaten Purworejo"])
o("semangka:buy", "M", "b", "Tampung semangka non biji harga kontrak per musim", status="closed")
o("semangka:seed", "R", "s", "Benih semangka hibrida tanpa biji (triploid), kemasan 500 butir")
o("semangka:x-melon", "R", "s", "Benih melon & blewah F1 harga grosir", ["Lampung", "Sumatera Selatan"])
o("semangka:seed", "R", "s", "Paket mulsa plastik hitam perak + benih semangka untuk kelompok tani",
  ["Lampung", "Banten"])

# ---- longan
o("kelengkeng:grow", "T", "t", "Teknik Pembuahan Kelengkeng di Luar Musim dan Pemangkasan Produksi",
  ["Jawa Tengah", "Jawa Timur", "DI Yogyakarta"])
o("kelengkeng:grow", "T", "p", "Longan off-season flowering & canopy management clinic")
o("kelengkeng:x-process", "T", "t", "Pelatihan pembuatan manisan & selai buah kelengkeng", ["Jawa Timur"])
o("kelengkeng:buy", "M", "b", "Beli lengkeng lokal (itoh, diamond river, pingpong) per kg, dijemput", ["Jawa Timur"])
o("kelengkeng:buy", "M", "b", "Longan buyer - fresh fruit for modern retail, min 500 kg per pick-up",
  ["Jawa Timur", "Jawa Tengah", "Bali"])
o("kelengkeng:x-dried", "M", "b", "Tampung kelengkeng kering (dried longan) untuk bahan minuman herbal")
o("kelengkeng:x-rambutan", "M", "b", "Pengepul rambutan & duku, ambil di kebun", ["Jawa Timur"])
o("kelengkeng:seed", "R", "s", "Bibit kelengkeng okulasi (kateki, itoh, new kristal) tinggi 60 cm, kirim seluruh Indonesia")
o("kelengkeng:seed", "R", "p", "Grafted longan seedlings for farmer groups - subsidised, Sumatra only",
  ["Aceh", "Sumatera Utara"])
o("kelengkeng:seed", "R", "s", "Bibit lengkeng sambung pucuk siap tanam, ambil di kebun Ambarawa", ["Kabupaten Semarang"])

# ---- okra
o("okra:buy", "M", "b", "Buyer okra segar grade ekspor (Jepang), kontrak per musim", ["Jawa Timur", "Bali"])
o("okra:buy", "M", "b", "Fresh okra wanted by a frozen-vegetable exporter, 1-5 t/week, pick-up at the field")
o("okra:x-beans", "M", "b", "Beli kacang panjang & buncis untuk pasar induk", ["Jawa Timur"])
o("okra:x-reseller", "M", "b", "Dicari reseller teh okra kering & kapsul okra, untung 30%")
o("okra:buy", "M", "b", "Pembeli okra area Medan, antar ke gudang", ["Kota Medan"])
o("okra:grow", "T", "t", "Budidaya Okra untuk Pasar Ekspor: Tanam, Panen Harian, Sortasi")
o("okra:grow", "T", "t", "Okra production course for new growers", ["Sumatera Utara", "Aceh"], status="closed")
o("okra:x-terong", "T", "t", "Pelatihan budidaya terong ungu & pare", ["Sumatera Utara"])
o("okra:seed", "R", "s", "Benih okra (lady finger) hibrida impor", ["Sumatera Utara"])
o("okra:seed", "R", "s", "Benih okra hijau 250 g, stok terbatas", status="closed")
o("okra:x-beans", "R", "s", "Benih kacang panjang & buncis tegak", ["Jawa Timur"])

# ---- kratom
o("kratom:buy-dry", "M", "b", "Beli kratom remahan / crumble & powder, kadar air di bawah 10%", ["Kalimantan Barat"])
o("kratom:buy-dry", "M", "b", "Kratom (Mitragyna speciosa) dried crushed leaf - exporter buying from farmer groups",
  desc="Green vein / red vein, sieved, no stems")
o("kratom:buy-fresh", "M", "b", "Tampung daun kratom basah langsung dari petani, timbang di tempat",
  ["Kalimantan Tengah"], status="closed")
o("kratom:x-reseller", "M", "b", "Kratom powder kemasan - dicari agen & reseller")
o("kratom:buy-dry", "M", "b", "Tampung daun kratom kering siap giling", ["Kalimantan Tengah"])
o("kratom:dry", "T", "t", "Pelatihan Pascapanen Kratom: Pelayuan, Pengeringan, Penggilingan Higienis",
  ["Kalimantan Barat", "Kalimantan Tengah"])
o("kratom:dry", "T", "p", "Kratom post-harvest hygiene & drying (mould, E. coli, moisture) for smallholders")
o("kratom:x-grow", "T", "t", "Pembibitan dan budidaya kratom di lahan gambut", ["Kalimantan Barat"])

# ---- apples
o("apel:grow", "T", "p", "Sekolah Lapang Apel: Rompes, Pelengkungan Cabang, Pemangkasan, Pengendalian Penyakit",
  ["Jawa Timur"])
o("apel:grow", "T", "t", "Apple orchard management - pruning, defoliation, powdery mildew & scab control")
o("apel:x-process", "T", "t", "Pelatihan pengolahan keripik apel & sari apel", ["Jawa Timur"])
o("apel:grow", "T", "t", "Pelatihan budidaya apel untuk petani muda", ["Kota Malang"])
o("apel:buy", "M", "b", "Beli apel manalagi, anna, rome beauty semua grade, truk ke Jakarta", ["Jawa Timur"])
o("apel:buy", "M", "b", "Fresh apples wanted for a juice factory (grade C accepted)")
o("apel:x-chips", "M", "b", "Beli keripik apel & dodol apel untuk toko oleh-oleh", ["Jawa Timur"])
o("apel:buy", "M", "b", "Tampung apel, bayar tunai di kebun", ["Jawa Timur"], status="closed")
o("apel:seed", "R", "s", "Bibit apel okulasi (anna, manalagi, rome beauty) bersertifikat",
  ["Jawa Timur", "Jawa Tengah"])
o("apel:seed", "R", "s", "Bibit apel okulasi, ambil sendiri di Bumiaji", ["Kota Batu"])

# ---- butternut
o("labumadu:grow", "T", "t", "Budidaya Labu Madu (Butternut) untuk Pemula")
o("labumadu:grow", "T", "t", "Butternut squash growing: seedlings, trellis, when to harvest", ["Jawa Barat", "Banten"])
o("labumadu:x-siam", "T", "t", "Pelatihan budidaya labu siam di dataran tinggi", ["Sulawesi Utara"])
o("labumadu:buy", "M", "b", "Butternut squash buyer for hotels & restaurants in Bali, 200 kg/week", ["Bali"])
o("labumadu:buy", "M", "b", "Beli labu madu segar min 500 kg, ambil di kebun",
  ["Bali", "Nusa Tenggara Barat", "Jawa Timur"])
o("labumadu:x-pumpkin", "M", "b", "Beli labu kuning / waluh untuk pabrik kue")
o("labumadu:buy", "M", "b", "Tampung labu madu dan sayur hotel", ["Kabupaten Badung"])
o("labumadu:seed", "R", "s", "Benih labu madu F1 (butternut) sachet 10 g", ["Jawa Barat", "Jawa Tengah"])
o("labumadu:x-pumpkin", "R", "s", "Benih labu kuning (waluh) lokal, 1 kg", ["Sulawesi Utara", "Gorontalo"])

# ---- food barns
o("lumbung:train", "T", "p", "Pelatihan Pengelolaan Lumbung Pangan Masyarakat: Stok, Pembukuan, Tunda Jual")
o("lumbung:train", "T", "p", "Community grain bank management (seed & food reserves)",
  ["Nusa Tenggara Timur", "Nusa Tenggara Barat"])
o("lumbung:train", "T", "p", "Food reserve & village barn training", ["Papua"])
o("lumbung:res", "R", "p", "Bantuan Pembangunan Lumbung Pangan Masyarakat beserta sarana",
  ["Gorontalo", "Sulawesi Utara"])
o("lumbung:res", "R", "s", "Hermetic grain storage bags (PICS) for farmer groups, 90 kg size")
o("lumbung:res", "R", "p", "Bantuan lumbung pangan desa", status="withdrawn")

# ---- snails
o("bekicot:buy", "M", "b", "Terima daging bekicot rebus & bekicot hidup untuk ekspor escargot",
  ["Jawa Timur", "Jawa Tengah"])
o("bekicot:buy", "M", "b", "Live land snail (Achatina) buyer for escargot processing plant")
o("bekicot:x-tutut", "M", "b", "Beli keong sawah (tutut) untuk warung kuliner", ["Jawa Timur"])
o("bekicot:grow", "T", "t", "Budidaya Bekicot (Achatina fulica) Skala Rumah Tangga")
o("bekicot:grow", "T", "t", "Snail farming for escargot export: housing, feed, humidity",
  ["DI Yogyakarta", "Jawa Tengah"])

# ---- bullfrogs
o("kodok:buy", "M", "b", "Beli katak lembu hidup 250-400 g/ekor untuk restoran swike",
  ["Jawa Barat", "DKI Jakarta", "Banten"])
o("kodok:buy", "M", "b", "Frog legs processor buys live bullfrogs from farmers")
o("kodok:x-eel", "M", "b", "Pengepul belut sawah hidup", ["Jawa Barat"])
o("kodok:grow", "T", "t", "Budidaya Katak Lembu (Rana catesbeiana): Pemijahan, Pembesaran, Pakan",
  ["Jawa Barat", "Sumatera Utara"])
o("kodok:grow", "T", "t", "Bullfrog farming course", status="closed")
o("kodok:grow", "T", "t", "Pelatihan pembenihan katak", ["Kabupaten Bogor"])

# ---- rice-fish
o("minapadi:grow", "T", "p", "Sekolah Lapang Mina Padi (padi-ikan, jajar legowo, caren)")
o("minapadi:grow", "T", "p", "Rice-fish farming (minapadi) training for farmer groups",
  ["Sumatera Barat", "Riau", "Jambi"])
o("minapadi:x-rice", "T", "t", "Pelatihan budidaya padi sehat tanpa pestisida kimia", ["Jawa Tengah", "DI Yogyakarta"])
o("minapadi:grow", "T", "t", "Pelatihan mina padi untuk petani", ["Kabupaten Bantul"])
o("minapadi:res", "R", "p", "Paket bantuan minapadi: benih ikan, pakan, saprodi", ["Sulawesi Selatan"])
o("minapadi:res", "R", "p", "Minapadi starter kit: fish fingerlings, net fence and inputs for rice-fish plots")
o("minapadi:res", "R", "p", "Paket mina padi untuk kelompok", ["Sulawesi Barat"])

# ---- nilem
o("nilem:buy", "M", "b", "Beli ikan nilem ukuran baby fish (40-60 ekor/kg) untuk pengalengan & goreng crispy",
  ["Jawa Barat", "Jawa Tengah"])
o("nilem:buy", "M", "b", "Small Osteochilus hasselti wanted for canned baby fish, weekly")
o("nilem:x-carp", "M", "b", "Beli ikan mas & nila konsumsi", ["Jawa Barat"])
o("nilem:x-roe", "M", "b", "Tampung telur ikan nilem (kaviar lokal)")
o("nilem:hatch", "T", "t", "Pembenihan Ikan Nilem: Pemijahan Buatan dan Pendederan", ["Jawa Barat"])
o("nilem:hatch", "T", "t", "Nilem hatchery training", ["Kabupaten Tasikmalaya", "Kabupaten Ciamis"])

# ---- FMD / LSD
o("pmk:train", "T", "p", "Pelatihan Penanganan Penyakit Mulut dan Kuku (PMK) dan Biosekuriti Kandang")
o("pmk:train", "T", "p", "FMD & lumpy skin prevention for smallholder cattle: isolation, disinfection, reporting",
  ["Lampung", "Sumatera Selatan", "Bengkulu"])
o("pmk:train", "T", "p", "Pelatihan PMK untuk peternak", ["Nusa Tenggara Timur"])
o("pmk:x-ai", "T", "t", "Pelatihan inseminasi buatan sapi bali", ["Nusa Tenggara Barat"])
o("pmk:x-fattening", "T", "t", "Pelatihan penggemukan sapi potong")
o("pmk:res", "R", "p", "Vaksinasi PMK massal gratis untuk ternak kelompok", ["Sulawesi Selatan"])
o("pmk:res", "R", "s", "Knapsack sprayer & disinfektan kandang, paket kelompok ternak")
o("lsd:res", "R", "p", "Lumpy skin disease vaccine for cattle, free for registered groups", ["Aceh", "Sumatera Utara"])
o("lsd:res", "R", "p", "Vaksin LSD dan obat untuk sapi", ["Aceh"], status="withdrawn")
o("pmk:x-vitamin", "R", "s", "Obat cacing & vitamin ternak sapi", ["Sulawesi Selatan", "Aceh"])
o("pmk:x-ai", "R", "s", "Semen beku sapi bali & limosin")

# ---- safety at sea
o("laut:jacket", "R", "p", "Bantuan life jacket (rompi pelampung) untuk nelayan kecil")
o("laut:jacket", "R", "s", "Rompi pelampung standar SOLAS + ring buoy, harga kelompok",
  ["Sulawesi Tenggara", "Sulawesi Selatan"])
o("laut:x-netfloat", "R", "s", "Jaring insang & pelampung jaring (float) grosir")
o("laut:radio", "R", "s", "Marine VHF radio & GPS package for small fishing boats")
o("laut:radio", "R", "p", "Radio komunikasi nelayan (HT marine) bantuan untuk KUB", ["Kepulauan Riau"])
o("laut:x-gps", "R", "s", "Fish finder & GPS perahu")
o("laut:jacket", "R", "s", "Life jackets for fishers", ["Sulawesi Tenggara"], status="closed")
o("laut:train", "T", "p", "Pelatihan Keselamatan Pelayaran bagi Nelayan (Basic Safety Training kapal ikan)")
o("laut:train", "T", "p", "Sea safety and survival at sea for small-scale fishers", ["Maluku", "Maluku Utara"])
o("laut:x-engine", "T", "t", "Pelatihan perawatan dan perbaikan mesin tempel")
o("laut:train", "T", "p", "Pelatihan keselamatan nelayan di laut", ["Sulawesi Tengah"])

# ---- sea turtles
o("penyu:train", "T", "p", "Pelatihan Pengelolaan Penetasan Telur Penyu Semi Alami")
o("penyu:train", "T", "p", "Turtle conservation & hatchery for community groups (relocation, incubation, release)",
  ["Bali", "Nusa Tenggara Barat"])
o("penyu:train", "T", "p", "Pelatihan konservasi penyu bagi pokmaswas", ["Kota Singkawang"])
o("penyu:res", "R", "p", "Bantuan sarana penetasan penyu: pagar, paranet, termometer", ["Sumatera Barat", "Sumatera Utara"])
o("penyu:x-mangrove", "R", "s", "Bibit mangrove & cemara laut untuk penanaman pantai")
o("penyu:res", "R", "p", "Turtle hatchery kit for coastal groups", status="withdrawn")

# ---- pempek
o("pempek:make", "T", "t", "Pelatihan Pembuatan Pempek dan Kuah Cuko Higienis", ["Sumatera Selatan", "Jambi"])
o("pempek:make", "T", "t", "Fish cake (pempek) production & vacuum packing for longer shelf life")
o("pempek:x-bakso", "T", "t", "Pelatihan pembuatan bakso & nugget ikan")
o("pempek:x-kerupuk", "T", "t", "Pelatihan kerupuk kemplang panggang", ["Sumatera Selatan"])
o("pempek:buy", "M", "b", "Dicari pempek frozen vakum untuk outlet oleh-oleh di Jakarta & Bandung")
o("pempek:buy", "M", "b", "Beli pempek beku dari UMKM Sumsel untuk dijual di marketplace", ["Sumatera Selatan"])
o("pempek:x-reseller", "M", "b", "Dicari reseller pempek, untung sampai 30%")
o("pempek:buy", "M", "b", "Pempek buyer for a Singapore shop", status="closed")

# ---- tapai
o("tapai:make", "T", "t", "Pelatihan Pembuatan Tape Singkong dan Tape Ketan yang Higienis")
o("tapai:make", "T", "t", "Fermented cassava & glutinous rice (tapai): using ragi, hygiene, packing",
  ["Kalimantan Selatan", "Kalimantan Tengah"])
o("tapai:x-derivative", "T", "t", "Olahan tape: brownies tape, suwar-suwir, prol tape", ["Jawa Timur"])
o("tapai:x-tempe", "T", "t", "Pembuatan ragi tempe sendiri")
o("tapai:buy", "M", "b", "Beli peuyeum / tape singkong untuk oleh-oleh & bahan kue", ["Jawa Barat"])
o("tapai:buy", "M", "b", "Buyer of tape (fermented cassava) for a bakery chain, 100 kg/day")
o("tapai:x-cassava", "M", "b", "Beli singkong segar untuk pabrik tapioka", ["Jawa Barat"])
o("tapai:buy", "M", "b", "Tampung tape ketan", ["Jawa Barat"], status="closed")

# ---- yoghurt
o("yoghurt:make", "T", "t", "Pelatihan Pengolahan Susu: Yoghurt, Kefir, Keju Segar", ["Jawa Tengah", "DI Yogyakarta"])
o("yoghurt:make", "T", "t", "Yogurt making for dairy women's groups (starter culture, incubation)")
o("yoghurt:x-icecream", "T", "t", "Pembuatan es krim susu rumahan", ["Jawa Tengah"])
o("yoghurt:x-goatmilk", "T", "t", "Pengolahan susu kambing bubuk & permen susu")
o("yoghurt:buy", "M", "b", "Menerima yoghurt UMKM untuk kafe & toko sehat di Bandung", ["Jawa Barat"])
o("yoghurt:buy", "M", "b", "Yogurt drinks wanted for school canteens", ["Kabupaten Bandung"])
o("yoghurt:x-milk", "M", "b", "Beli susu segar sapi perah", ["Jawa Barat"])
o("yoghurt:buy", "M", "b", "Cari supplier yoghurt kemasan cup & botol untuk minimarket")
o("yoghurt:equip", "R", "s", "Mesin pasteurisasi & inkubator yoghurt skala UMKM")
o("yoghurt:x-milking", "R", "s", "Mesin perah susu portable 1 ekor")
o("yoghurt:equip", "R", "p", "Bantuan alat pengolahan susu (pasteurizer 50 L, fermentor)", ["Jawa Tengah"],
  status="closed")

# ---- macrame
o("makrame:train", "T", "t", "Kelas Makrame: Simpul Dasar sampai Wall Hanging dan Tas")
o("makrame:train", "T", "t", "Macramé workshop for women's craft groups", ["Bali", "Nusa Tenggara Barat"])
o("makrame:x-crochet", "T", "t", "Pelatihan merajut & crochet tas")
o("makrame:x-plastic", "T", "t", "Pelatihan anyaman tali plastik untuk kursi & keranjang", ["Banten"])
o("makrame:buy", "M", "b", "Buyer for macrame wall hangings, plant hangers & bags (export from Bali)")
o("makrame:buy", "M", "b", "Beli produk makrame grosir untuk toko dekorasi", ["DI Yogyakarta", "Jawa Tengah"])
o("makrame:x-crochet", "M", "b", "Beli tas rajut handmade", ["DI Yogyakarta"])
o("makrame:x-cord", "R", "s", "Tali kur & tali katun makrame grosir, banyak warna")

# ---- tifa
o("tifa:make", "T", "t", "Pelatihan Pembuatan Tifa: Kayu, Kulit, Penyeteman Bunyi", ["Papua", "Papua Barat"])
o("tifa:make", "T", "p", "Workshop membuat dan memainkan tifa untuk generasi muda")
o("tifa:x-rebana", "T", "t", "Pelatihan membuat rebana & hadrah")
o("tifa:x-carving", "T", "t", "Pelatihan ukir kayu motif Asmat", ["Papua Selatan"])
o("tifa:buy", "M", "b", "Buyer of carved tifa drums and Asmat art for galleries")
o("tifa:buy", "M", "b", "Beli tifa ukir untuk galeri di Jakarta", ["Papua"])
o("tifa:x-noken", "M", "b", "Beli noken anggrek & noken benang", ["Papua Selatan", "Papua"])
o("tifa:set", "R", "p", "Paket alat musik tradisional: tifa, totobuang, suling", ["Maluku Utara"])
o("tifa:x-rebana", "R", "p", "Bantuan alat musik hadrah / rebana untuk sanggar")
o("tifa:set", "R", "p", "Tifa set for sanggar", status="closed")

# ---- plumbing
o("plambing:train", "T", "t", "Pelatihan Instalasi Plambing: Pipa PVC/PPR dan Sanitasi Rumah")
o("plambing:train", "T", "t", "Kursus Plumber Bersertifikat BNSP", ["Banten", "DKI Jakarta", "Jawa Barat"])
o("plambing:x-well", "T", "t", "Pelatihan pengeboran sumur dangkal", ["Sulawesi Tengah"])
o("plambing:train", "T", "t", "Plumbing training for youth", ["Kota Palu"])
o("plambing:tools", "R", "s", "Paket toolkit plumbing: kunci pipa, pipe cutter, mesin las PPR")
o("plambing:tools", "R", "p", "Bantuan peralatan kerja tukang (plumbing & kayu) untuk kelompok", ["Kalimantan Timur"])
o("plambing:x-welding", "R", "s", "Mesin las listrik & kawat las")
o("plambing:x-materials", "R", "s", "Pipa PVC & tandon air harga grosir", ["Kalimantan Timur"])

# ---- security guards
o("satpam:train", "T", "t", "Diklat Gada Pratama (Pendidikan dan Latihan Dasar Satpam) bersertifikat")
o("satpam:train", "T", "t", "Security guard basic training & licence", ["Kepulauan Riau", "Riau"])
o("satpam:train", "T", "t", "Pelatihan Satpam Gada Pratama", ["Kalimantan Utara"])
o("satpam:x-linmas", "T", "p", "Pelatihan Linmas / hansip desa")
o("satpam:x-fire", "T", "t", "Diklat pemadam kebakaran untuk relawan", ["Jawa Barat"])
o("satpam:x-madya", "T", "t", "Gada Madya (lanjutan) untuk satpam berpengalaman")
o("satpam:train", "T", "t", "Pelatihan satpam angkatan baru", ["Jawa Barat"], status="closed")

# ---- childcare workers
o("asuh:train", "T", "t", "Pelatihan Pengasuh Anak / Baby Sitter (sertifikasi BNSP)")
o("asuh:train", "T", "t", "Childcare worker (nanny) course", ["Lampung"])
o("asuh:x-paud", "T", "t", "Pelatihan guru PAUD", ["Lampung", "Nusa Tenggara Barat"])
o("asuh:x-elderly", "T", "t", "Pelatihan caregiver lansia", ["Nusa Tenggara Barat"])
o("asuh:x-parenting", "T", "p", "Pengasuhan positif untuk orang tua (kelas parenting)")

# ---- cervical cancer screening
o("iva:train", "T", "p", "Pelatihan Kader Deteksi Dini Kanker Leher Rahim (IVA) dan Payudara (SADANIS)")
o("iva:train", "T", "p", "Cervical cancer awareness & screening mobilisation for cadres",
  ["Nusa Tenggara Timur", "Nusa Tenggara Barat"])
o("iva:x-posyandu", "T", "p", "Pelatihan kader posyandu balita")
o("iva:x-ptm", "T", "p", "Pelatihan kader Posbindu PTM (tensi & gula darah)")
o("iva:train", "T", "p", "Pelatihan kader IVA", ["Sulawesi Selatan"])
o("iva:service", "R", "p", "Layanan IVA test & pap smear keliling gratis (mobil klinik)", ["Kalimantan Selatan"])
o("iva:service", "R", "p", "Free mobile cervical screening (IVA/VIA) for village women", status="closed")
o("iva:x-usg", "R", "p", "Bantuan alat USG portabel untuk puskesmas")

# ---- leprosy
o("kusta:train", "T", "p", "Pelatihan Kader Penemuan Dini Kusta & Pendampingan Kelompok Perawatan Diri")
o("kusta:train", "T", "p", "Leprosy (Hansen's disease) self-care group facilitation", ["Jawa Timur"])
o("kusta:x-wound", "T", "t", "Pelatihan perawatan luka diabetes untuk keluarga")
o("kusta:x-tb", "T", "p", "Pelatihan kader TB", ["Papua"])
o("kusta:train", "T", "p", "Leprosy case finding for village volunteers", ["Papua Pegunungan"])

# ---- family planning
o("kb:train", "T", "p", "Orientasi Kader PPKBD dan Sub-PPKBD: Konseling dan Pencatatan KB")
o("kb:train", "T", "p", "Family planning counselling (ABPK) for village cadres", ["Sulawesi Tenggara", "Sulawesi Tengah"])
o("kb:x-bkb", "T", "p", "Pelatihan kader Bina Keluarga Balita (BKB)", ["Banten"])
o("kb:x-catin", "T", "p", "Konseling pranikah untuk calon pengantin")
o("kb:kit", "R", "p", "KIE kit KB: lembar balik ABPK & alat peraga kontrasepsi untuk kader",
  ["Bengkulu", "Sumatera Selatan"])
o("kb:kit", "R", "p", "Contraceptive counselling kits for cadres")

# ---- drug prevention
o("narkoba:train", "T", "p", "Pelatihan Relawan dan Penggiat Anti Narkoba (P4GN)")
o("narkoba:train", "T", "p", "Drug prevention & community-based recovery referral training", ["Riau", "Kepulauan Riau"])
o("narkoba:train", "T", "p", "Pelatihan penggiat anti narkoba tingkat desa", ["Sumatera Barat"])
o("narkoba:x-smoking", "T", "p", "Pelatihan konselor berhenti merokok")
o("narkoba:x-hiv", "T", "p", "Pencegahan HIV/AIDS untuk remaja", ["Aceh"])
o("narkoba:train", "T", "p", "Anti-narkoba untuk pemuda desa", ["Sumatera Utara"], status="closed")

# ---- marriage legalisation
o("isbat:help", "T", "p", "Pendampingan Isbat Nikah Terpadu (Pengadilan Agama, KUA, Dukcapil)")
o("isbat:help", "T", "p", "Legal aid for unregistered marriages (itsbat nikah) - mobile court sessions",
  ["Nusa Tenggara Barat", "Jawa Timur"])
o("isbat:x-adminduk", "T", "p", "Pendampingan pembuatan akta kelahiran & kartu keluarga")
o("isbat:x-catin", "T", "p", "Bimbingan perkawinan untuk calon pengantin")
o("isbat:help", "T", "p", "Isbat nikah massal", ["Sulawesi Selatan"])

# ---- hygiene certificate
o("slhs:help", "T", "p", "Pendampingan Sertifikat Laik Higiene Sanitasi (SLHS) Jasa Boga dan Dapur SPPG")
o("slhs:help", "T", "t", "Kursus Penjamah Makanan (syarat SLHS) & persiapan inspeksi kesehatan lingkungan",
  ["Jawa Barat", "DKI Jakarta"])
o("slhs:x-halal", "T", "p", "Pendampingan sertifikasi halal gratis (self declare)")
o("slhs:x-pirt", "T", "p", "Pendampingan izin PIRT", ["Sumatera Barat"])
o("slhs:x-catering", "T", "t", "Pelatihan tata boga & menu katering")
o("slhs:help", "T", "t", "Food handler hygiene course", ["Kota Pekanbaru"])

# ---- warehouse receipts
o("srg:train", "T", "p", "Sosialisasi dan Bimtek Sistem Resi Gudang bagi Gapoktan")
o("srg:train", "T", "p", "Warehouse receipt system training for farmer organisations",
  ["Sulawesi Selatan", "Sulawesi Barat"])
o("srg:finance", "R", "p", "Pembiayaan Resi Gudang (subsidi bunga SRG) lewat bank mitra")
o("srg:finance", "R", "p", "Warehouse receipt financing for maize & rice stored in SRG warehouses",
  ["Nusa Tenggara Barat", "Nusa Tenggara Timur"])
o("srg:x-kur", "R", "p", "Kredit Usaha Rakyat (KUR) pertanian")
o("srg:x-rent", "R", "s", "Sewa gudang penyimpanan & dryer jagung", ["Nusa Tenggara Barat"])
o("srg:finance", "R", "p", "Pembiayaan SRG untuk gabah", ["Jawa Tengah"])

# ---- outbound
o("outbound:train", "T", "t", "Pelatihan Fasilitator Outbound dan Operator Flying Fox (SOP Keselamatan)")
o("outbound:train", "T", "t", "High ropes & team-building facilitator certification", ["Bali", "Jawa Timur"])
o("outbound:x-rafting", "T", "t", "Pelatihan pemandu arung jeram")
o("outbound:x-guide", "T", "t", "Pelatihan pemandu wisata lokal", ["Jawa Barat"])
o("outbound:gear", "R", "s", "Paket peralatan flying fox & high rope (harness, carabiner, pulley, helm)")
o("outbound:gear", "R", "s", "Climbing & rope access gear - harness, static rope", ["Sumatera Barat", "Riau"],
  status="closed")

# ---- sepak takraw
o("takraw:gear", "R", "p", "Bantuan peralatan olahraga sepak takraw (bola, net, tiang)")
o("takraw:gear", "R", "s", "Bola takraw sintetis standar ISTAF, grosir", ["Sulawesi Selatan", "Sulawesi Barat"])
o("takraw:x-voli", "R", "s", "Bola voli & net voli")
o("takraw:x-rattan", "R", "s", "Kerajinan bola rotan hias untuk dekorasi", ["Jambi"])
o("takraw:gear", "R", "s", "Takraw equipment", ["Kabupaten Muaro Jambi"])
o("takraw:coach", "T", "t", "Kursus Pelatih Sepak Takraw Tingkat Dasar")
o("takraw:x-football", "T", "t", "Kursus pelatih sepak bola lisensi D", ["Kalimantan Selatan"])
o("takraw:coach", "T", "t", "Sepak takraw coaching clinic", ["Kalimantan Selatan"])

# ---- home-yard food gardens
o("p2l:train", "T", "p", "Pekarangan Pangan Lestari: Kebun Bibit, Demplot, Polybag, Pengolahan Hasil")
o("p2l:train", "T", "p", "Home-yard food gardens for nutrition (mama-mama groups)", ["Papua Pegunungan", "Papua"])
o("p2l:x-hydro", "T", "t", "Hidroponik sistem NFT untuk pemula")
o("p2l:x-mpasi", "T", "p", "Pelatihan pembuatan MPASI bergizi", ["Papua Pegunungan"])
o("p2l:res", "R", "p", "Paket bantuan P2L: benih sayuran, polybag, pupuk kandang, alat tanam",
  ["Kalimantan Tengah", "Kalimantan Selatan"])
o("p2l:res", "R", "p", "Vegetable seed & polybag kits for women's home gardens")
o("p2l:x-trees", "R", "p", "Bibit pohon buah untuk penghijauan")
o("p2l:res", "R", "p", "Paket P2L untuk KWT", ["Kabupaten Kapuas Hulu"])

# ---- foliage plants
o("hias:buy", "M", "b", "Beli tanaman hias daun (aglonema, philodendron, monstera) partai besar",
  ["Jawa Barat", "Banten", "DKI Jakarta"])
o("hias:buy", "M", "b", "Exporter of tropical foliage plants (aroids) seeks grower groups", status="closed")
o("hias:buy", "M", "b", "Tampung keladi hias & calathea", ["Jawa Timur"])
o("hias:x-orchid", "M", "b", "Beli anggrek dendrobium bunga potong")
o("hias:x-krisan", "M", "b", "Beli bunga krisan potong", ["Jawa Tengah"])
o("hias:buy", "M", "b", "Tanaman hias buyer, ambil di Solo", ["Kota Surakarta"])
o("hias:propagate", "T", "t", "Pelatihan Perbanyakan Tanaman Hias Daun: Stek, Cangkok, Kultur Jaringan")
o("hias:propagate", "T", "t", "Aroid propagation workshop (aglaonema, monstera)", ["Sulawesi Utara", "Gorontalo"])
o("hias:x-orchid", "T", "t", "Pelatihan budidaya anggrek", ["Sulawesi Utara"])
o("hias:x-florist", "T", "t", "Kursus merangkai bunga / florist")

# ---- jicama
o("bengkuang:buy", "M", "b", "Beli bengkuang segar partai besar untuk pasar induk & rujak", ["Sumatera Barat"])
o("bengkuang:buy", "M", "b", "Yam bean / jicama buyer for salad & snack processor", ["Sumatera Barat", "Sumatera Utara"])
o("bengkuang:x-tuber", "M", "b", "Beli ubi jalar & talas", ["Riau"])
o("bengkuang:x-reseller", "M", "b", "Dicari reseller masker & bedak bengkuang")
o("bengkuang:buy", "M", "b", "Beli bengkuang", ["Kota Pekanbaru"])

# ---- second pass: more fitting offers (lists of three) and buyers
o("semangka:buy", "M", "b", "Pembeli semangka untuk pasar induk Kramat Jati, terima kiriman dari mana saja")
o("satpam:train", "T", "t", "Kursus satpam Gada Pratama, asrama 23 hari", ["Kota Batam", "Kabupaten Karimun"])
o("narkoba:train", "T", "p", "Sosialisasi dan pelatihan P4GN untuk remaja masjid", ["Riau"])
o("isbat:help", "T", "p", "Posbakum: pendampingan isbat nikah di Pengadilan Agama", ["Kabupaten Sampang", "Kabupaten Bangkalan"])
o("pempek:make", "T", "t", "Kursus pempek & tekwan untuk usaha rumahan", ["Kabupaten Ogan Ilir"])
o("makrame:buy", "M", "b", "Macrame & rope-craft buyer for a home-decor webshop")
o("iva:train", "T", "p", "Pelatihan kader kesehatan reproduksi: IVA dan SADANIS", ["Sulawesi Barat"])

KIND = {"T": "training", "M": "market", "R": "resource"}
PTYPE = {"t": "trainer", "p": "programme", "b": "buyer", "s": "supplier"}

# where a provider sits when its offer names a province (or nothing): a main city
PROV_CITY = {
    "Aceh": "Kota Banda Aceh", "Sumatera Utara": "Kota Medan", "Sumatera Barat": "Kota Padang",
    "Riau": "Kota Pekanbaru", "Jambi": "Kota Jambi", "Sumatera Selatan": "Kota Palembang",
    "Bengkulu": "Kota Bengkulu", "Lampung": "Kota Bandar Lampung",
    "Kepulauan Bangka Belitung": "Kota Pangkal Pinang", "Kepulauan Riau": "Kota Tanjung Pinang",
    "DKI Jakarta": "Kota Administrasi Jakarta Selatan", "Jawa Barat": "Kota Bandung",
    "Jawa Tengah": "Kota Semarang", "DI Yogyakarta": "Kota Yogyakarta",
    "Jawa Timur": "Kota Surabaya", "Banten": "Kota Serang", "Bali": "Kota Denpasar",
    "Nusa Tenggara Barat": "Kota Mataram", "Nusa Tenggara Timur": "Kota Kupang",
    "Kalimantan Barat": "Kota Pontianak", "Kalimantan Tengah": "Kota Palangka Raya",
    "Kalimantan Selatan": "Kota Banjarmasin", "Kalimantan Timur": "Kota Samarinda",
    "Kalimantan Utara": "Kota Tarakan", "Sulawesi Utara": "Kota Manado",
    "Sulawesi Tengah": "Kota Palu", "Sulawesi Selatan": "Kota Makassar",
    "Sulawesi Tenggara": "Kota Kendari", "Gorontalo": "Kota Gorontalo",
    "Sulawesi Barat": "Kabupaten Mamuju", "Maluku": "Kota Ambon", "Maluku Utara": "Kota Ternate",
    "Papua": "Kota Jayapura", "Papua Barat": "Kabupaten Manokwari",
    "Papua Selatan": "Kabupaten Merauke", "Papua Tengah": "Kabupaten Nabire",
    "Papua Pegunungan": "Kabupaten Jayawijaya", "Papua Barat Daya": "Kota Sorong",
}
EVERYWHERE_BASES = ["Kota Administrasi Jakarta Selatan", "Kota Bandung", "Kota Yogyakarta",
                    "Kota Surabaya", "Kota Bogor", "Kota Malang", "Kota Makassar", "Kota Medan",
                    "Kota Denpasar", "Kota Semarang", "Kota Surakarta", "Kota Tangerang Selatan",
                    "Kota Administrasi Jakarta Barat", "Kota Depok", "Kota Padang"]

FIRST = ["Sri", "Agus", "Made", "Yohana", "Rahmat", "Siti", "Hendra", "Nurhayati", "Yusuf",
         "Maria", "Ketut", "Dewi", "Arif", "Fransiska", "Muhammad", "Lestari", "Bambang", "Rini",
         "Daniel", "Aisyah", "Wayan", "Yuliana", "Syamsul", "Ratna", "Hasan", "Theresia",
         "Iwan", "Fatimah", "Robert", "Wulan", "Andi", "Nengah", "Rudi", "Marlina", "Budi"]
LAST = ["Saragih", "Wibowo", "Pattiasina", "Lubis", "Suryani", "Rumbewas", "Daeng Ngalle",
        "Siregar", "Hidayat", "Kolo", "Manurung", "Santoso", "Tambunan", "Rahayu", "Nainggolan",
        "Mamonto", "Hutapea", "Pratama", "Lewerissa", "Kurniawan", "Tanjung", "Setiawan",
        "Halawa", "Ndun", "Mokodompit", "Sinaga", "Rangkuti", "Permana", "Sulistyo", "Laoli"]
WORD = ["Mitra", "Tani", "Sejahtera", "Nusantara", "Lestari", "Bersama", "Makmur", "Mandiri",
        "Harapan", "Karya", "Bumi", "Sentosa", "Jaya", "Abadi", "Cahaya", "Persada", "Prima",
        "Sinar", "Timur", "Raya", "Utama", "Hijau", "Samudra", "Insan", "Berkah", "Agro",
        "Daya", "Lentera", "Pelita", "Swadaya"]


def load_regions():
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    reg = {}
    for r in rows:
        if r["level"] == "regency":
            if r["name"] in reg:
                raise SystemExit(f"ambiguous regency name {r['name']}")
            reg[r["name"]] = (pname[r["parent_code"]], float(r["lat"]), float(r["lon"]))
    return set(pname.values()), reg


PROVINCES, REG = load_regions()


def jitter(key, spread=0.06):
    h = hashlib.sha256(key.encode()).digest()
    return ((h[0] / 255) - 0.5) * spread, ((h[1] / 255) - 0.5) * spread


def place(regency, key):
    prov, lat, lon = REG[regency]
    dlat, dlon = jitter(key)
    return prov, round(lat + dlat, 4), round(lon + dlon, 4)


def provider_name(ptype, rnd, used):
    for _ in range(1000):
        if ptype == "trainer":
            name = rnd.choice([
                f"{rnd.choice(['Bu', 'Pak'])} {rnd.choice(FIRST)} {rnd.choice(LAST)}",
                f"LPK {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"Balai Pelatihan {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"{rnd.choice(FIRST)} {rnd.choice(LAST)} (pelatih)",
            ])
        elif ptype == "programme":
            name = rnd.choice([
                f"Yayasan {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"Program {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"Perkumpulan {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"Forum {rnd.choice(WORD)} {rnd.choice(WORD)}",
            ])
        elif ptype == "buyer":
            name = rnd.choice([
                f"UD {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"CV {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"PT {rnd.choice(WORD)} {rnd.choice(WORD)} {rnd.choice(['Indonesia', 'Niaga', 'Pangan'])}",
                f"Pengepul {rnd.choice(['Pak', 'Bu', 'Koh', 'Ci'])} {rnd.choice(FIRST)}",
            ])
        else:
            name = rnd.choice([
                f"Toko {rnd.choice(WORD)} {rnd.choice(WORD)}",
                f"CV {rnd.choice(WORD)} {rnd.choice(WORD)} Supply",
                f"PT {rnd.choice(WORD)} {rnd.choice(WORD)} Teknik",
            ])
        if name not in used:
            used.add(name)
            return name
    raise SystemExit("cannot find a fresh provider name")


def reaches(area, prov, regency):
    return not area or prov in area or regency in area


def build():
    rnd = random.Random(20261207)
    # --- validate
    for key, (_name, regency, _m) in GROUPS.items():
        if regency not in REG:
            raise SystemExit(f"group {key}: unknown regency {regency}")
    for gk, subj, kind, title in NEEDS:
        if gk not in GROUPS:
            raise SystemExit(f"need {title!r}: unknown group {gk}")
        if kind not in KIND:
            raise SystemExit(f"need {title!r}: bad kind")
    for o in OFFERS:
        for a in o["area"]:
            if a not in PROVINCES and a not in REG:
                raise SystemExit(f"offer {o['title']!r}: unknown area {a}")
        if o["kind"] not in KIND or o["ptype"] not in PTYPE:
            raise SystemExit(f"offer {o['title']!r}: bad kind or type")
        if o.get("base") and o["base"] not in REG:
            raise SystemExit(f"offer {o['title']!r}: unknown base {o['base']}")

    # --- shuffle, then give refs
    gkeys = [k for k in GROUPS if any(n[0] == k for n in NEEDS)]
    rnd.shuffle(gkeys)
    gref = {k: f"g{i + 1:02d}" for i, k in enumerate(gkeys)}
    needs = list(NEEDS)
    rnd.shuffle(needs)
    offers = list(OFFERS)
    rnd.shuffle(offers)

    groups = []
    for k in gkeys:
        name, regency, members = GROUPS[k]
        prov, lat, lon = place(regency, "g:" + k)
        groups.append({"ref": gref[k], "name": name, "province": prov, "regency": regency,
                       "lat": lat, "lon": lon, "members": members})

    used_names = set()
    providers, offer_recs = [], []
    for i, o in enumerate(offers):
        ref = f"o{i + 1:03d}"
        pref = f"p{i + 1:03d}"
        ptype = PTYPE[o["ptype"]]
        base = o.get("base")
        if not base:
            regs = [a for a in o["area"] if a in REG]
            provs = [a for a in o["area"] if a in PROVINCES]
            if regs:
                base = regs[0]
            elif provs:
                base = PROV_CITY[provs[0]]
            else:
                base = EVERYWHERE_BASES[int(hashlib.sha256(o["title"].encode()).hexdigest(), 16)
                                        % len(EVERYWHERE_BASES)]
        prov, lat, lon = place(base, "p:" + o["title"])
        providers.append({"ref": pref, "name": provider_name(ptype, rnd, used_names), "type": ptype,
                          "province": prov, "regency": base, "lat": lat, "lon": lon})
        rec = {"ref": ref, "provider": pref, "kind": KIND[o["kind"]], "title": o["title"]}
        if o.get("desc"):
            rec["description"] = o["desc"]
        rec["service_area"] = list(o["area"])
        if o.get("cap"):
            rec["capacity"] = o["cap"]
        if o["status"] != "open":
            rec["status"] = o["status"]
        offer_recs.append(rec)
        o["ref"] = ref

    need_recs, truth, review = [], {}, []
    for i, (gk, subj, kind, title) in enumerate(needs):
        ref = f"n{i + 1:03d}"
        need_recs.append({"ref": ref, "group": gref[gk], "kind": KIND[kind], "title": title})
        _n, regency, _m = GROUPS[gk]
        prov = REG[regency][0]
        fit = [o["ref"] for o in offers
               if subj in o["subj"] and o["kind"] == kind and o["status"] == "open"
               and reaches(o["area"], prov, regency)]
        truth[ref] = sorted(fit)
        review.append((ref, gk, subj, kind, title, regency, prov, fit))

    doc = {"groups": groups, "providers": providers, "needs": need_recs, "offers": offer_recs}
    return doc, truth, review, offers


def main():
    doc, truth, review, offers = build()
    if "--review" in sys.argv:
        for ref, gk, subj, kind, title, regency, prov, fit in sorted(review, key=lambda r: r[2]):
            fam = subj.split(":")[0]
            print(f"\n{ref} [{KIND[kind]}] {subj}  ({regency}, {prov})  fits={len(fit)}")
            print(f"   {title}")
            for o in sorted(offers, key=lambda o: (o["kind"] != kind, o["ref"])):
                if any(s.split(":")[0] == fam for s in o["subj"]):
                    mark = "+" if o["ref"] in fit else "-"
                    area = ", ".join(o["area"]) or "everywhere"
                    print(f"   {mark} {o['ref']} {KIND[o['kind']]:9} {o['status']:9} "
                          f"{'/'.join(o['subj'])}  [{area}]  {o['title']}")
        return
    with open(os.path.join(SET, "eval10-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(SET, "eval10-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(doc['groups'])} groups, {len(doc['providers'])} providers, "
          f"{len(doc['needs'])} needs, {len(doc['offers'])} offers; "
          f"{sum(len(v) for v in truth.values())} truth pairs")


if __name__ == "__main__":
    main()
