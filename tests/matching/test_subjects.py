"""Subject before sector: the exact subject wins over a near one, and a product's use or
permit is not its making. Uses the shipped lexicon."""

import pytest

from marketplace.matching import MatchEngine, NeedInput, OfferInput

AREA = ("nusa tenggara timur", "nusa tenggara timur/kupang")


def first(engine: MatchEngine, need_title: str, offers: dict[str, str], kind="training") -> str:
    engine.build(OfferInput(id=i, kind=kind, title=t) for i, t in offers.items())
    found = engine.top_k(NeedInput(id="n", kind=kind, title=need_title, area_keys=AREA))
    return found[0].offer_id


CONFUSIONS = [
    # (need, the right offer, the near subject that must rank below it)
    ("Butuh pelatihan batik tulis utk ibu2", "Pelatihan membatik dengan canting",
     "Pelatihan mutu tenun ikat dan pewarnaan alam"),
    ("Kami mau belajar budidaya lebah madu", "Pelatihan beternak lebah trigona",
     "Pelatihan uji kualitas madu dan kadar air madu"),
    ("Pendampingan sertifikasi halal utk produk UMKM", "Pendampingan sertifikat halal self declare",
     "Pelatihan juru sembelih halal (penyembelihan halal)"),
    ("Bantu urus izin edar BPOM utk jamu kami", "Pendampingan izin edar BPOM produk olahan",
     "Kelas membuat jamu tradisional dan jamu gendong"),
    ("Pelatihan budidaya cabe rawit di polybag", "Budidaya cabai rawit organik",
     "Budidaya cabe jawa utk bahan jamu"),
    ("Pelatihan kemasan dan izin PIRT utk keripik", "Pendampingan PIRT dan desain kemasan",
     "Pendampingan sertifikasi halal"),
    ("Pelatihan budidaya kentang bebas penyakit", "Budidaya kentang bibit G0",
     "Pelatihan membuat keripik kentang balado"),
]  # fmt: skip


@pytest.mark.parametrize(("need", "right", "near"), CONFUSIONS)
def test_the_exact_subject_ranks_above_the_near_one(real, need, right, near):
    assert first(real, need, {"right": right, "near": near}) == "right"


def test_halal_slaughter_gives_no_credit_to_halal_certification(real):
    profile = real.profile(OfferInput(id="o", kind="training", title="Penyembelihan halal"))
    assert "c:halal" not in profile and "c:slaughter" in profile


def test_cabe_jawa_is_long_pepper_and_not_a_chili(real):
    profile = real.profile(OfferInput(id="o", kind="training", title="Budidaya cabe jawa"))
    assert "c:long_pepper" in profile and "c:chili" not in profile


def test_a_jamu_making_class_is_off_the_subject_of_a_bpom_permit(real):
    engine = MatchEngine()
    making = OfferInput(id="class", kind="training", title="Kelas membuat jamu")
    permit = OfferInput(id="bpom", kind="training", title="Pendampingan izin edar BPOM")
    need = NeedInput(id="n", kind="training", title="Izin BPOM untuk jamu", area_keys=AREA)
    engine.build([making])
    alone = engine.top_k(need)
    engine.build([making, permit])
    assert [s.offer_id for s in engine.top_k(need)][0] == "bpom"
    assert all(s.score < 0.3 for s in alone)


def test_a_permit_required_in_passing_is_not_the_offers_subject(real):
    buyer = OfferInput(
        id="buyer",
        kind="market",
        title="Toko oleh-oleh menerima keripik singkong",
        description="Produk wajib ber-PIRT dan halal.",
    )
    real.build([buyer])
    need = NeedInput(id="n", kind="market", title="Jual keripik singkong", area_keys=AREA)
    (found,) = real.top_k(need)
    assert found.offer_id == "buyer" and found.score > 0.3
