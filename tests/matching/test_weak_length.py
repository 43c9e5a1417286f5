"""What an offer says about itself dilutes its subject less than another subject would.

Similarity is a cosine: the longer an offer, the less each shared concept counts. An offer
that describes its course (the steps, what the participants take home) lost to a bare title
naming the subject *and* another one beside it (quality for export). A listing's weak
features (free words, a description, a word in passing) now count at ``weak_length`` of
their square in its length. Written with listings of our own.
"""

import math

from marketplace.matching import MatchEngine, MatchSettings, NeedInput, OfferInput
from marketplace.matching.index import FeatureTable, KindIndex

WEAVING = "Pelatihan anyaman pandan"
STEPS = (
    "Dari memilih daun, merebus, menjemur, mewarnai alami sampai menganyam tikar, tas dan "
    "topi; peserta pulang membawa hasil anyaman sendiri."
)


def test_a_described_course_comes_before_a_bare_title_with_another_subject_beside_it():
    engine = MatchEngine()
    engine.build(
        [
            OfferInput(id="course", kind="training", title=WEAVING, description=STEPS),
            OfferInput(id="quality", kind="training", title="Pelatihan mutu anyaman pandan"),
        ]
    )
    found = engine.top_k(
        NeedInput(id="n", kind="training", title="pelatihan anyaman pandan utk ibu2")
    )
    assert [s.offer_id for s in found][:1] == ["course"]


def test_a_weak_feature_counts_at_its_share_of_the_length():
    table = FeatureTable()
    index = KindIndex(table, passing=0.5, earnest=1.0)
    index.build(
        [
            (OfferInput(id="a", kind="training", title="x"), {"c:a": 1.0, "t:b": 0.6}),
            (OfferInput(id="b", kind="training", title="y"), {"c:c": 1.0}),
        ]
    )
    idf_a, idf_b = index.idf(table.ids["c:a"]), index.idf(table.ids["t:b"])
    expected = math.sqrt(idf_a**2 + 0.5 * (0.6 * idf_b) ** 2)
    assert math.isclose(index.norms[0], expected, rel_tol=1e-6)
    assert math.isclose(index._norm(index.fids[0], index.fws[0]), expected, rel_tol=1e-6)


def test_a_share_of_one_is_the_plain_cosine():
    engine = MatchEngine(MatchSettings(weak_length=1.0))
    engine.build([OfferInput(id="o", kind="training", title=WEAVING, description=STEPS)])
    index = engine._offers["training"]
    fids, fws = index.fids[0], index.fws[0]
    plain = math.sqrt(sum((w * index.idf(f)) ** 2 for f, w in zip(fids, fws, strict=True)))
    assert math.isclose(index.norms[0], plain, rel_tol=1e-6)
