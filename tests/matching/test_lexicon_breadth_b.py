"""What a pendamping of fishers, food processors and health cadres knows about words.

Fisheries and aquaculture, seaweed, food processing, packaging and permits, health and
nutrition: the products, species, services and permits of these sectors meet in either
language, and their look-alikes (a neighbouring species, a by-product beside its crop, the
processed product beside the raw one, a permit beside the making) are other subjects.
Written with listings of our own (never those of an evaluation set), on the shipped lexicon.
"""

from functools import partial

import pytest

from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")


order = partial(ranking.order, area=AREA)


@pytest.mark.parametrize(
    ("need", "offer", "kind"),
    [
        # species and products of the sea and the pond
        ("jual ikan lemuru 2 ton", "Sardine buyer for canning", "market"),
        ("pelatihan budidaya tawes", "Silver barb farming course", "training"),
        ("jual ikan layur 1 ton", "Hairtail buyer for export", "market"),
        ("jual bubara segar", "Trevally buyer", "market"),
        ("jual ikan belanak", "Mullet buyer", "market"),
        ("jual ikan koan", "Grass carp buyer", "market"),
        ("jual bulu babi", "Sea urchin buyer", "market"),
        ("jual ubur-ubur kering", "Dried jellyfish buyer", "market"),
        ("jual daging rajungan kupas", "Crab meat buyer (pasteurised)", "market"),
        ("jual gelembung ikan kering", "Fish maw buyer", "market"),
        ("pelatihan budidaya belut", "Swamp eel farming course", "training"),
        ("jual udang rebon segar", "Krill (acetes) buyer for shrimp paste", "market"),
        # aquaculture practice, gear, boats, the cold chain, the sea
        ("butuh jaring hapa utk pendederan", "Hapa nets for nursery", "resource"),
        ("pelatihan bikin aquascape", "Aquascaping workshop", "training"),
        ("butuh lampu celup utk bagan apung", "Underwater fishing lights", "resource"),
        ("butuh bantuan spbun", "Fuel station for fishers (SPBUN)", "resource"),
        ("butuh radio kapal utk nelayan", "Marine VHF radios for fishing boats", "resource"),
        ("bantuan palka berinsulasi utk kapal", "Insulated fish holds for boats", "resource"),
        ("pelatihan pokmaswas", "Community fisheries surveillance training", "training"),
        ("sosialisasi bahaya bom ikan", "Blast fishing prevention campaign", "training"),
        ("pelatihan silvofishery", "Mangrove-friendly aquaculture course", "training"),
        ("butuh mesin pelet ikan apung", "Floating fish feed extruder", "resource"),
        ("butuh bubu lipat utk rajungan", "Collapsible crab traps", "resource"),
        # food products of the regions
        ("pelatihan bikin kecap ikan", "Fish sauce production course", "training"),
        ("pelatihan pembuatan bekasam", "Fermented fish processing course", "training"),
        ("pelatihan pengalengan ikan", "Fish canning course", "training"),
        ("jual bawang goreng palu", "Fried shallots buyer", "market"),
        ("jual cabai bubuk", "Chili powder buyer", "market"),
        ("pelatihan pembuatan tauco", "Fermented soybean paste course", "training"),
        ("pelatihan bikin kimchi", "Kimchi making class", "training"),
        ("pelatihan beras analog", "Analog rice production", "training"),
        ("pelatihan bikin bakpao", "Steamed buns class", "training"),
        ("pelatihan risoles dan kroket", "Croquettes and curry puffs course", "training"),
        ("pelatihan bikin roti maryam", "Flatbread (roti canai) class", "training"),
        ("jual enting-enting", "Peanut brittle buyer", "market"),
        ("pelatihan bikin es lilin", "Popsicle making class", "training"),
        ("pelatihan bandrek instan", "Bandrek warm drink course", "training"),
        ("pengen buka usaha ayam geprek", "Fried chicken business class", "training"),
        ("pelatihan pisang molen", "Banana fritters class", "training"),
        ("pelatihan kue putu dan klepon", "Traditional cakes (kue basah) course", "training"),
        ("pelatihan kembang goyang", "Rosette cookies class", "training"),
        ("jual ampas tahu utk pakan", "Okara (tofu dregs) buyer for feed", "market"),
        ("butuh mesin parut kelapa", "Coconut grater machines", "resource"),
        ("pelatihan bikin marning jagung", "Corn nuts snack making", "training"),
        ("butuh rumah produksi bersama utk UMKM pangan", "Shared kitchen facility", "resource"),
        # packaging and permits
        ("bantuan urus SLHS utk katering", "Hygiene sanitation certificate assistance", "training"),
        ("pendampingan izin edar PSAT utk beras", "Fresh food registration support", "training"),
        ("pendampingan notifikasi kosmetik lulur", "Cosmetic notification support", "training"),
        ("pendampingan sertifikasi CBIB tambak", "Good aquaculture practices", "training"),
        ("pelatihan uji formalin ikan", "Formalin and borax testing for fish traders", "training"),
        ("butuh mesin coding kode produksi", "Inkjet date coder for batch codes", "resource"),
        ("butuh cup plastik utk es teh", "Plastic cups supplier", "resource"),
        ("butuh karung goni 500 lembar", "Jute sacks supplier", "resource"),
        ("pelatihan kemasan retort utk rendang", "Retort pouch packaging course", "training"),
        # health and nutrition
        (
            "butuh alat antropometri utk posyandu",
            "Anthropometric kits for health posts",
            "resource",
        ),
        ("fasilitator kelas ibu hamil", "Antenatal class facilitators", "training"),
        ("pembagian obat cacing utk anak sekolah", "Deworming tablets for children", "training"),
        ("butuh tensimeter utk posbindu", "Blood pressure monitors", "resource"),
        ("khitanan massal utk anak desa", "Mass circumcision event", "training"),
        ("butuh kelambu utk cegah malaria", "Insecticide-treated mosquito nets", "resource"),
        ("pelatihan K3 utk pekerja bengkel", "Occupational health and safety course", "training"),
        ("senam lansia tiap minggu", "Elderly exercise classes", "training"),
        ("butuh pelampung botol utk rumput laut", "Seaweed longline floats", "resource"),
        ("pemeriksaan IVA utk ibu2", "Cervical cancer screening for women", "training"),
        ("terapi wicara utk anak", "Speech therapy for children", "training"),
        ("jual ikan pari asap", "Smoked stingray buyer", "market"),
        ("pesan nasi tumpeng utk syukuran", "Tumpeng catering", "market"),
        ("butuh benih nila jantan", "Monosex tilapia fry supplier", "resource"),
        ("pelatihan uji organoleptik produk", "Sensory evaluation of food products", "training"),
        ("pelatihan pengolahan hasil laut", "Seafood processing course", "training"),
        ("pelatihan hias kue ulang tahun", "Cake decorating class (fondant)", "training"),
        ("pelatihan bikin mie lidi", "Fried macaroni snack class", "training"),
        ("pelatihan ANKAPIN utk nelayan", "Fishing vessel officer certificate course", "training"),
        (
            "pelatihan perawatan bayi baru lahir",
            "Newborn care and kangaroo mother care",
            "training",
        ),
        ("pembinaan UKS", "School health programme support", "training"),
        ("pelatihan budidaya laut", "Mariculture training", "training"),
        ("butuh cool box utk ikan", "Insulated cooler boxes", "resource"),
    ],
)
def test_a_subject_of_our_sectors_meets_across_languages(real, need, offer, kind):
    assert order(real, need, {"o": offer}, kind) == ["o"]


@pytest.mark.parametrize(
    ("need", "other", "kind"),
    [
        # a neighbouring species, or the seed of another animal
        ("jual ikan tenggiri segar 500 kg", "Beli ikan kembung segar", "market"),
        ("pelatihan budidaya ikan baung", "Pelatihan budidaya lele", "training"),
        ("pelatihan budidaya ikan sepat siam", "Pelatihan budidaya gurame", "training"),
        ("jual belut sawah hidup", "Pembeli sidat", "market"),
        ("jual benih bening lobster", "Beli benur vaname", "market"),
        ("jual benih bening lobster", "Jual benih lobster air tawar (crayfish)", "market"),
        # a by-product is not its animal or crop
        ("jual telur ikan terbang kering", "Pembeli telur ayam kampung", "market"),
        ("jual limbah kulit udang", "Pembeli udang vaname", "market"),
        ("jual gelembung ikan kering", "Pembeli ikan kakap", "market"),
        ("jual ampas tahu utk pakan", "Beli tahu putih", "market"),
        ("jual udang rebon segar", "Pembeli terasi", "market"),
        # a processed product is not its raw crop, animal or look-alike
        ("pelatihan bikin kecap ikan", "Pelatihan pembuatan kecap manis", "training"),
        ("pelatihan bikin saus tiram", "Pelatihan budidaya tiram", "training"),
        ("pelatihan bikin kaldu jamur", "Pelatihan budidaya jamur tiram", "training"),
        ("jual bawang goreng 50 kg", "Pembeli bawang merah", "market"),
        ("jual cabai bubuk", "Pembeli cabai merah segar", "market"),
        ("jual tempoyak", "Beli durian montong", "market"),
        ("pelatihan pisang molen", "Pelatihan budidaya pisang", "training"),
        ("pelatihan keripik talas", "Pelatihan budidaya talas", "training"),
        ("pengen buka usaha ayam geprek", "Pelatihan ternak ayam broiler", "training"),
        ("jual teri kacang", "Pembeli ikan teri segar", "market"),
        ("pelatihan bawang hitam", "Pelatihan budidaya bawang putih", "training"),
        ("jual manisan carica", "Pembeli pepaya california", "market"),
        ("jual gudeg kaleng", "Pembeli nangka muda", "market"),
        ("pelatihan bikin marning jagung", "Pelatihan budidaya jagung", "training"),
        ("jual keripik belut", "Pembeli belut hidup", "market"),
        ("pelatihan bikin es lilin", "Pelatihan lilin aromaterapi", "training"),
        ("jual jamur kering", "Pembeli jamur tiram segar", "market"),
        ("jual mete goreng", "Pembeli gelondong mete", "market"),
        ("jual kakap putih 1 ton", "Pembeli kakap merah", "market"),  # barramundi, red snapper
        # a permit is not the making, nor another permit
        ("bantuan urus izin PKRT sabun cair", "Pelatihan membuat sabun cair", "training"),
        ("bantu urus izin edar jamu", "Pelatihan meracik jamu", "training"),
        ("cara urus izin PIRT keripik", "Bimbingan pengurusan izin bangunan (PBG)", "training"),
        ("cara urus izin PIRT keripik", "Notifikasi kosmetik BPOM", "training"),
        # a device or service named by a word of another sector
        ("butuh kelambu utk cegah malaria", "Jaring ikan nelayan", "resource"),
        ("pembagian obat cacing utk anak sekolah", "Budidaya cacing tanah", "training"),
        ("butuh pelampung botol utk rumput laut", "Jaket pelampung nelayan", "resource"),
        ("butuh alat antropometri utk posyandu", "Timbangan digital utk pedagang", "resource"),
    ],
)
def test_a_look_alike_of_our_sectors_is_another_subject(real, need, other, kind):
    assert order(real, need, {"other": other}, kind) == []


@pytest.mark.parametrize(
    ("need", "right", "near", "kind"),
    [
        (
            "pelatihan pembuatan terasi",
            "Shrimp paste making course",
            "Pelatihan pembuatan petis",
            "training",
        ),
        (
            "pengen belajar bikin pempek",
            "Palembang fish cake class",
            "Kursus otak-otak bakar",
            "training",
        ),
        ("pelatihan abon ikan lele", "Fish floss making course", "Pelatihan abon sapi", "training"),
        ("kursus lapis legit", "Lapis legit baking class", "Kursus kue lapis kukus", "training"),
        ("jual ikan kerapu hidup", "Live reef fish buyer (grouper)", "Beli kerapu beku", "market"),
        (
            "pelatihan keripik bayam",
            "Spinach chips course",
            "Pelatihan rempeyek kacang",
            "training",
        ),
        (
            "pelatihan kerupuk kulit ikan",
            "Fish skin crisps course",
            "Pelatihan kerupuk rambak sapi",
            "training",
        ),
    ],
)
def test_the_product_itself_ranks_above_its_family(real, need, right, near, kind):
    assert order(real, need, {"right": right, "near": near}, kind)[0] == "right"


@pytest.mark.parametrize(
    ("text", "concept", "not_concept"),
    [
        ("jual beras 10 karung", None, "c:sacks"),  # a quantity, not a sack supplier
        ("sosialisasi permen KP lobster", "c:lobster", "c:candy"),  # a regulation, not candy
        ("cumi segar, ambil di dermaga", "c:squid", "c:jetty"),  # where a buyer collects
        ("jual telur ayam 100 rak", "c:eggs", "c:egg_tray"),  # a unit of thirty eggs
        ("terasi rebon khas Rembang", "c:shrimp_paste", "c:rebon"),
        ("benih lobster air tawar 3 cm", "c:crayfish", "c:lobster_seed"),
        ("ikan bolu presto", "c:milkfish", "c:cake"),  # Bugis milkfish, not sponge cake
        ("kaldu jamur bubuk", "c:stock_powder", "c:mushroom"),
        ("saus tiram botol", "c:oyster_sauce", "c:shellfish"),
        ("jual bulu babi", "c:sea_urchin", "c:pig"),
        ("timbangan bayi utk posyandu", "c:anthropometry", "c:scales"),
        ("pelatihan membuat perahu fiberglass", "c:boatbuilding", None),
        ("pelatihan gula semut aren", None, "c:candy"),  # gula-gula is candy, gula is sugar
        ("pembeli ayam buras hidup", None, "c:ketupat"),  # native chicken, not Bugis rice cake
        ("garam kami masih K3, harga murah", None, "c:occupational_safety"),  # a salt grade
        ("pelatihan sadar wisata bagi pokdarwis", None, "c:cancer_screening"),
        ("budgeting and avoiding loan sharks", None, "c:shark_products"),
        ("bamboo treatment with borax", None, "c:banned_additives"),
        ("kapasitas oven 3 loyang", None, "c:baking_tools"),  # a unit of cakes
        ("purse seining for small pelagics", "c:fishing_net", "c:wallets"),
        ("sea cucumber ranching", "c:sea_cucumber", "c:cucumber"),
        ("buka 24 jam tiap hari", None, "c:fruit_jam"),  # jam is an hour
        ("dana desa disunat", "c:village_fund", "c:circumcision"),  # a deduction
    ],
)
def test_a_word_in_passing_or_inside_a_phrase_is_not_that_subject(real, text, concept, not_concept):
    profile = real.analyser.profile(text)
    assert concept is None or concept in profile
    assert not_concept is None or not_concept not in profile
