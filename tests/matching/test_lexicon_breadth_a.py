"""What a pendamping knows about crops, estate crops, livestock and bees, as rules.

Written with listings of our own (never those of an evaluation set), on the shipped lexicon:
a by-product is not its crop, a neighbouring species or variety is another subject, a
regional or English name meets the Indonesian one, and a derived word keeps its meaning.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        # by-products are not the crop they come from
        ("jual sekam padi 5 truk", "Pembeli gabah kering panen", "market"),
        ("jual daun singkong tiap hari", "Pembeli singkong utk tapioka", "market"),
        ("jual daun pisang utk bungkus", "Pembeli pisang kepok", "market"),
        ("jual daun cengkeh kering 3 ton", "Pembeli cengkeh kering", "market"),
        ("jual kulit kopi (cascara) 200 kg", "Pembeli kopi gelondong merah", "market"),
        ("jual kayu karet bekas peremajaan", "Pembeli getah karet", "market"),
        ("jual bungkil inti sawit", "Pembeli TBS sawit", "market"),
        ("jual tandan kosong sawit utk kompos", "Pembeli TBS sawit", "market"),
        ("jual air kelapa muda tiap hari", "Pembeli kelapa bulat", "market"),
        ("jual janur kuning utk acara", "Pembeli kelapa muda", "market"),
        ("jual tetes tebu", "Pembeli tebu", "market"),
        ("jual ampas tahu utk pakan", "Pembeli tahu putih", "market"),
        ("jual telur bebek 2000 butir/minggu", "Pembeli bebek hidup", "market"),
        # neighbouring species and varieties
        ("jual jamur tiram segar 50 kg/hari", "Buyer of straw mushrooms", "market"),
        ("pelatihan budidaya jamur merang", "Oyster mushroom growing course", "training"),
        ("jual duku palembang 2 ton", "Pembeli rambutan binjai", "market"),
        ("jual jeruk bali 1 ton", "Pembeli jeruk siam", "market"),
        ("jual kacang tunggak 1 ton", "Pembeli kacang panjang", "market"),
        ("jual belimbing wuluh", "Pembeli belimbing manis", "market"),
        ("jual temu ireng kering", "Pembeli kunyit kering", "market"),
        ("jual jintan hitam", "Pembeli jintan putih", "market"),
        ("jual getah pinus", "Pembeli getah karet", "market"),
        ("jual kecombrang", "Pembeli jahe merah", "market"),
        ("pelatihan budidaya ulat hongkong", "Cricket farming course", "training"),
        ("jual madu randu 100 botol", "Pembeli kapuk randu", "market"),
        # a machine is not its by-product, a derived word not its stripped root
        ("butuh mesin pencabut bulu ayam", "Pembeli bulu ayam utk kemoceng", "resource"),
        ("pelatihan penyiangan gulma padi", "Makan siang bergizi utk sekolah", "training"),
        ("pelatihan rem sepeda motor", "Cattle fattening (kereman) course", "training"),
        ("pelatihan irigasi tetes", "Molasses for cattle feed", "training"),
        ("pelatihan padang penggembalaan sapi", "Migratory beekeeping course", "training"),
        ("jual ayam afkir 500 ekor", "Pembeli telur ayam ras", "market"),  # spent hens
        ("pelatihan pengendalian keong mas di sawah", "Pelatihan budidaya bekicot", "training"),
        ("jual selada air segar", "Pembeli selada keriting hidroponik", "market"),
        ("butuh pisau sadap dan mangkok", "Pisau dapur stainless", "resource"),
        ("pelatihan sistem gaduhan sapi", "Pelatihan pembiayaan syariah bagi hasil", "training"),
        ("pelatihan penyulingan minyak pala", "Pelatihan pengeringan pala dan fuli", "training"),
        ("jual terong belanda 500 kg", "Pembeli terong ungu", "market"),  # tamarillo
        ("jual andaliman kering", "Pembeli lada hitam", "market"),
        ("jual asam kandis", "Pembeli asam jawa", "market"),  # garcinia, tamarind
        ("jual kacang kapri", "Pembeli kacang hijau", "market"),
        ("jual daun pepaya", "Pembeli pepaya california", "market"),
        ("jual ayam pejantan 1000 ekor", "Pejantan sapi bali unggul", "market"),  # cockerels
        ("jual kayu gelondongan jati", "Pembeli benih ikan gelondongan", "market"),  # logs
        ("jual jambu air madu deli 1 ton", "Pembeli jambu kristal", "market"),
        ("jual kolang kaling 500 kg jelang puasa", "Pembeli gula aren cetak", "market"),
        ("jual ijuk aren 2 ton", "Pembeli nira aren", "market"),
        ("jual kapuk randu 3 ton", "Beli biji kapuk untuk minyak", "market"),  # fibre, seed
        ("jual susu kuda liar sumbawa", "Pembeli susu sapi segar", "market"),
        ("jual sawo 1 ton", "Pembeli matoa", "market"),
        ("pelatihan sekolah lapang iklim", "Farmer field school on IPM", "training"),
        ("jual kambing jantan utk kurban", "Pejantan unggul utk kawin", "market"),  # male, stud
        ("jual daun kratom kering 1 ton", "Pembeli daun sirih", "market"),
    ],
)
def test_a_by_product_or_neighbouring_kind_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "offer", "kind"),
    [
        ("jual sekam padi 5 truk", "Rice husk buyer for brick kilns", "market"),
        ("jual daun singkong tiap hari", "Cassava leaves buyer for restaurants", "market"),
        ("jual duku palembang 2 ton", "Langsat buyer", "market"),
        ("jual jeruk bali 1 ton", "Pomelo buyer for export", "market"),
        ("jual kacang tunggak 1 ton", "Cowpea buyer", "market"),
        ("jual belimbing wuluh", "Bilimbi buyer", "market"),
        ("jual nangka muda utk gudeg", "Young jackfruit buyer", "market"),
        ("butuh cangkul dan sabit utk kelompok", "Hand tools for farmer groups", "resource"),
        ("pelatihan penyiangan gulma padi", "Weed control for rice farmers", "training"),
        ("jual daun cengkeh kering 3 ton", "Clove leaf oil distillery buys leaves", "market"),
        ("jual kayu karet bekas peremajaan", "Rubberwood buyer for furniture", "market"),
        ("jual temu ireng kering", "Black turmeric buyer", "market"),
        ("jual bungkil inti sawit", "Palm kernel cake buyer for feed", "market"),
        ("jual kecombrang", "Torch ginger flower buyer", "market"),
        ("jual jintan hitam", "Black seed (nigella) buyer", "market"),
        ("jual tetes tebu", "Molasses buyer for feed", "market"),
        ("pelatihan budidaya ulat hongkong", "Mealworm farming workshop", "training"),
        ("jual telur bebek 2000 butir/minggu", "Duck egg buyer for salted eggs", "market"),
        ("butuh mesin pencabut bulu ayam", "Chicken plucker machines", "resource"),
        ("pelatihan ternak kebo", "Buffalo husbandry course", "training"),
        ("pelatihan padang penggembalaan sapi", "Pasture management for cattle", "training"),
        ("jual madu kelulut", "Stingless bee honey buyer", "market"),
        ("butuh stup kelulut", "Stingless bee hive boxes", "resource"),
        ("jual ayam afkir 500 ekor", "Spent hen buyer for meatball makers", "market"),
        ("pelatihan pengendalian keong mas di sawah", "Golden apple snail control", "training"),
        ("jual selada air segar", "Watercress buyer", "market"),
        ("butuh pisau sadap dan mangkok", "Tapping knives for rubber farmers", "resource"),
        ("pelatihan sistem gaduhan sapi", "Livestock revolving scheme training", "training"),
        ("pelatihan penyulingan minyak pala", "Nutmeg oil distillation course", "training"),
        ("jual akar wangi garut", "Vetiver root buyer", "market"),
        ("pelatihan pengendalian penyakit blas padi", "Rice blast disease management", "training"),
        ("jual terong belanda 500 kg", "Tamarillo buyer", "market"),
        ("jual andaliman kering", "Andaliman (Batak pepper) buyer", "market"),
        ("jual asam kandis", "Garcinia buyer", "market"),
        ("jual kacang kapri", "Snow peas buyer", "market"),
        ("jual daun pepaya", "Papaya leaf buyer", "market"),
        ("jual kayu jabon 30 kubik", "Timber buyer", "market"),
        ("jual jambu air madu deli 1 ton", "Water apple buyer", "market"),
        ("jual kolang kaling 500 kg", "Sugar palm fruit (kolang-kaling) buyer", "market"),
        ("jual ijuk aren 2 ton", "Ijuk fibre buyer for brooms", "market"),
        ("jual susu kuda liar sumbawa", "Horse milk buyer", "market"),
        ("jual sawo 1 ton", "Sapodilla buyer", "market"),
        ("bantuan timbangan ternak utk kelompok", "Livestock scales for farmer groups", "resource"),
        ("pelatihan sekolah lapang iklim", "Climate field school for farmers", "training"),
        ("butuh obat cacing sapi", "Cattle deworming (livestock deworming) kits", "resource"),
        ("jual daun kratom kering 1 ton", "Kratom leaf buyer", "market"),
        ("butuh jasa alsintan utk panen padi", "Combine harvester hire", "resource"),
        ("butuh penyuluh pertanian utk poktan baru", "Agricultural extension visits", "training"),
        ("pelatihan ternak lebah utk pemuda", "Bee keeping course for youth", "training"),
        ("butuh pos penampungan susu", "Milk collection centre equipment", "resource"),
        ("pelatihan sapi perah utk peternak muda", "Smallholder dairy farming course", "training"),
    ],
)
def test_crops_by_products_and_animals_meet_across_languages(real, need, offer, kind):
    assert order(real, need, {"o": offer}, kind) == ["o"]


@pytest.mark.parametrize(
    ("need", "right", "other", "kind"),
    [
        (
            "pelatihan bawang merah dr biji (TSS)",
            "True shallot seed course",
            "Garlic course",
            "training",
        ),
        ("jual bunga gumitir utk upacara", "Marigold buyer", "Pembeli bunga mawar", "market"),
        ("jual ayam pejantan", "Cockerel buyer", "Pembeli ayam petelur afkir", "market"),
        ("jual kedelai hitam 2 ton", "Black soybean buyer", "Pembeli kedelai lokal", "market"),
        ("jual jamur tiram segar", "Oyster mushroom buyer", "Pembeli jamur kuping", "market"),
        ("jual lump karet tiap minggu", "Rubber cup lump buyer", "Pembeli kayu karet", "market"),
        ("jual sapi bakalan 20 ekor", "Feeder cattle buyer", "Pembeli daging sapi", "market"),
        ("jual daging buah pala", "Nutmeg flesh buyer", "Pembeli pala kering dan fuli", "market"),
        ("jual telur bebek", "Duck egg buyer", "Pembeli telur ayam ras", "market"),
        ("jual kambing perah", "Dairy goat buyer", "Pembeli kambing qurban", "market"),
        ("butuh stup kelulut", "Stingless bee boxes", "Beehive boxes for Apis cerana", "resource"),
    ],
)
def test_the_kind_asked_for_ranks_first(real, need, right, other, kind):
    assert order(real, need, {"right": right, "other": other}, kind)[0] == "right"


@pytest.mark.parametrize(
    ("text", "concept", "not_concept"),
    [
        ("pelatihan kereman sapi", "c:fattening", None),
        ("pengen belajar rem cakram", None, "c:fattening"),  # a brake, not stall fattening
        ("penyiangan gulma", "c:weed_control", None),
        ("makan siang", None, "c:weed_control"),  # midday, not weeding
        ("mesin pemerah susu", "c:milking_machine", None),
        ("cocoa nibs buyer", "c:cocoa_nibs", "c:business_license"),  # nibs, not NIB
        ("jual daging buah pala", "c:nutmeg_flesh", "c:meat"),  # nutmeg flesh, not meat
        ("kandang baterai utk ayam", "c:animal_housing", "c:battery"),
        ("berak kapur pada ayam", "c:livestock_diseases", "c:soil_liming"),
        ("kembung rumen pada sapi", "c:livestock_diseases", "c:mackerel_sardine"),
        ("jamur kuping tikus", "c:wood_ear_mushroom", "c:rodent_control"),
        ("telur bebek asin", "c:duck_eggs", None),
        ("ternak wedus", "c:goat", None),
        ("jual tedong belang", "c:buffalo", None),
        ("jual kambing jantan", "c:goat", "c:breeding_stock_male"),  # male, not a stud
        ("butuh obat cacing sapi", "c:animal_health", "c:earthworms"),  # a dewormer
        ("jual kulit kayu manis", "c:cinnamon", "c:smallholder_timber"),
        ("jual jagung pipil kering", "c:maize", "c:corn_sheller"),  # shelled maize, no sheller
        ("jual gaplek 5 ton", "c:dried_cassava", "c:cassava_chips"),
        ("kakao nibs utk cokelat", "c:cocoa_nibs", "c:business_license"),  # nibs, not NIB
        ("urus NIB", "c:business_license", "c:cocoa_nibs"),
    ],
)
def test_a_word_reads_as_its_own_subject(real, text, concept, not_concept):
    profile = real.analyser.profile(text)
    assert concept is None or concept in profile
    assert not_concept is None or not_concept not in profile
