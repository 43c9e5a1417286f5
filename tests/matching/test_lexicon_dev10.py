"""What a pendamping knows, tenth round: warehouse receipts, plant trades, jobs, drums, kratom.

Listings of our own (never those of an evaluation set), on the shipped lexicon. A warehouse
receipt (*resi gudang*, SRG) is collateral for a loan on stored grain, not a shipping receipt
nor a warehouse to rent; a loan on something (*pinjaman pakai agunan*) is not the lending of an
item (*pinjam pakai*), and goods stored (*disimpan*, *penyimpanan*) are not savings. Potted
foliage plants (aglonema, philodendron, calathea) and cut flowers are different trades. Home-yard
gardens (*P2L*, *halaman rumah*) are their own programme, whose village seedling nursery (*kebun
bibit desa*) grows vegetables, not forest trees, and whose demonstration plot (*demplot*) is
growing. A security guard (*satpam*, *security*, Gada Pratama) is not a firefighter nor a village
watch, and Gada Madya is the later course; a nanny (*pengasuh anak*, baby sitter) is not a PAUD
teacher; an outbound guide is not a tour guide; a tifa is not a rebana; fresh and dried kratom
have different buyers; *labu madu* (butternut) is not *labu kuning*; a turtle hatchery
(*penetasan telur penyu*) is conservation, not poultry hatching nor eggs for the table. And the
words people write: *kedap udara* (hermetic grain bags), P4GN (drug prevention), *rompes* and
*pelengkungan cabang* (the defoliation and branch bending of tropical apple growing).
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("maluku", "maluku/kota ambon")

order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "other", "kind"),
    [
        (
            "kopi kami mau disimpan di gudang SRG, bisa dapat pinjaman pakai resi gudang?",
            "Kredit resi gudang untuk kopi dan kakao",
            "Sewa gudang penyimpanan kopi",
            "resource",
        ),
        (
            "jual aglonema dan monstera dalam pot, cari pembeli tetap",
            "Beli tanaman hias daun partai besar",
            "Beli bunga potong anggrek dan krisan",
            "market",
        ),
        (
            "jual bunga potong sedap malam tiap hari",
            "Pembeli bunga potong untuk florist",
            "Beli philodendron pot",
            "market",
        ),
        (
            "ibu-ibu mau belajar menanam sayur di halaman rumah",
            "Kebun pekarangan untuk gizi keluarga",
            "Pelatihan budidaya cabai skala hektar",
            "training",
        ),
        (
            "pelatihan P2L untuk KWT: kebun bibit desa dan tanam sayur",
            "Pekarangan pangan lestari: kebun bibit, demplot, pengolahan hasil",
            "Pelatihan persemaian bibit pohon hutan",
            "training",
        ),
        (
            "pemuda desa mau ikut pelatihan security biar bisa kerja di pabrik",
            "Diklat satpam Gada Pratama",
            "Pelatihan pemadam kebakaran",
            "training",
        ),
        (
            "pelatihan satpam untuk pemuda desa",
            "Pendidikan dasar satpam Gada Pratama",
            "Gada Madya: pelatihan satpam lanjutan",
            "training",
        ),
        (
            "pelatihan baby sitter untuk remaja putri",
            "Kursus pengasuh anak bersertifikat",
            "Pelatihan guru PAUD",
            "training",
        ),
        (
            "pelatihan pemandu outbound untuk pokdarwis",
            "Pelatihan fasilitator outbound",
            "Pelatihan pemandu wisata",
            "training",
        ),
        (
            "butuh seperangkat tifa untuk sanggar",
            "Paket alat musik tifa Papua",
            "Bantuan alat musik rebana untuk sanggar",
            "resource",
        ),
        (
            "jual daun kratom segar tiap minggu",
            "Tampung daun kratom basah",
            "Beli kratom kering remahan",
            "market",
        ),
        (
            "jual kratom remahan kering 2 ton",
            "Buyer of kratom crumble and powder",
            "Tampung daun kratom segar",
            "market",
        ),
        (
            "panen labu madu, cari pembeli",
            "Pembeli butternut untuk supermarket",
            "Tampung labu kuning",
            "market",
        ),
        (
            "butuh karung kedap udara untuk menyimpan kacang",
            "Kantong hermetik untuk biji-bijian",
            "Karung goni",
            "resource",
        ),
        (
            "pelatihan P4GN untuk karang taruna",
            "Pelatihan penggiat anti narkoba",
            "Pelatihan kepemimpinan karang taruna",
            "training",
        ),
        (
            "pelatihan perompesan apel untuk petani muda",
            "Apple defoliation and branch bending course",
            "Pelatihan budidaya jeruk untuk petani muda",
            "training",
        ),
    ],
)
def test_a_subject_meets_its_offer_before_its_look_alike(real, need, offer, other, kind):
    assert order(real, need, {"o": offer, "other": other}, kind)[:1] == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        ("jual philodendron dan calathea pot", "Beli anggrek bunga potong", "market"),
        (
            "butuh satu set tifa untuk sanggar",
            "Bantuan alat musik hadrah untuk sanggar",
            "resource",
        ),
        ("jual daun kratom basah", "Beli daun kratom kering", "market"),
        ("cari benih labu madu", "Benih labu kuning lokal", "resource"),
        ("pelatihan baby sitter", "Pelatihan guru PAUD", "training"),
        ("diklat satpam untuk pemuda", "Pelatihan Linmas desa", "training"),
        ("bantuan bahan untuk rumah penetasan penyu", "Mesin tetas telur ayam", "resource"),
    ],
)
def test_a_near_subject_is_not_suggested_for_a_need_it_does_not_fit(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("text", "not_concept"),
    [
        ("pinjaman pakai agunan sertifikat", "lending_for_use"),
        ("jagung disimpan di gudang", "savings"),
        ("gabah yang tersimpan di gudang desa", "savings"),
        ("karung simpan untuk beras", "savings"),
        ("toples kedap udara untuk kue kering", "hermetic_storage"),
        ("kemasan kedap udara untuk keripik", "hermetic_storage"),
        ("resi gudang", "ecommerce_logistics"),
        ("food security programme", "security_guard"),
        ("cyber security untuk UMKM", "security_guard"),
        ("water security and income security for farmers", "security_guard"),
        ("pemandu outbound", "tour_guide"),
        ("kebun bibit desa untuk sayuran", "tree_nursery"),
        ("jual bunga potong", "ornamental_plants"),
        ("relokasi telur penyu ke penetasan semi alami", "poultry_hatching"),
        ("relokasi telur penyu ke penetasan semi alami", "eggs"),
    ],
)
def test_a_word_read_in_its_place_is_not_that_subject(real, text, not_concept):
    assert f"c:{not_concept}" not in real.analyser.profile(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("pinjam pakai traktor dari dinas", "lending_for_use"),
        ("pinjaman modal usaha", "loan"),
        ("koperasi simpan pinjam", "savings_loan_cooperative"),
        ("simpanan wajib dan simpanan sukarela", "savings"),
        ("jagung pipil disimpan kedap udara", "hermetic_storage"),
        ("cetak resi pengiriman", "ecommerce_logistics"),
        ("pemandu wisata", "tour_guide"),
        ("mau jadi security di pabrik", "security_guard"),
        ("kebun bibit rakyat", "tree_nursery"),
        ("demplot padi", "cultivation"),
        ("jual tanaman hias", "ornamental_plants"),
        ("pelatihan penetasan telur ayam kampung", "poultry_hatching"),
    ],
)
def test_the_same_word_elsewhere_keeps_its_subject(real, text, concept):
    assert f"c:{concept}" in real.analyser.profile(text)
