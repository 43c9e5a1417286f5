"""Every permit is an *izin*: that word alone makes no two permits one subject.

Written with listings of our own (never those of an evaluation set).
"""

from functools import partial

from tests.matching import ranking

order = partial(ranking.order, area=("jawa timur", "jawa timur/malang"))


def test_a_permit_for_one_thing_does_not_answer_a_permit_for_another(real):
    offers = {
        "fisheries": "Jasa pengurusan izin usaha perikanan",
        "pirt": "Pelatihan pengurusan PIRT dan label",
    }
    assert order(real, "Pendampingan izin PIRT untuk keripik singkong", offers) == ["pirt"]


def test_a_concept_of_the_permits_sector_named_beside_it_still_answers_it(real):
    # packaging named beside PIRT: the group wants both
    offers = {
        "packaging": "Pelatihan desain kemasan produk",
        "fisheries": "Jasa pengurusan izin usaha perikanan",
    }
    assert order(real, "Bantu izin PIRT dan kemasan keripik", offers) == ["packaging"]
