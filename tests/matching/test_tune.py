"""Learning from decisions, on a simulated decision log whose answer is known."""

from dataclasses import replace

from marketplace.matching import MatchEngine, MatchSettings, NeedInput, OfferInput
from marketplace.matching.settings_file import dumps, loads
from marketplace.matching.tune import Decision, auc, fit, verdict
from marketplace.matching.version import engine_version

YOGYA = ("di yogyakarta", "di yogyakarta/sleman")


def need(i: int, title: str = "Pelatihan membuat tahu") -> NeedInput:
    return NeedInput(id=f"n{i}", kind="training", title=title, area_keys=YOGYA, quantity=20)


def verified_but_small(i: int) -> OfferInput:
    return OfferInput(id=f"v{i}", kind="training", title="Tofu workshop", verified=True, capacity=5)


def unverified_but_large(i: int) -> OfferInput:
    return OfferInput(id=f"u{i}", kind="training", title="Tofu workshop", capacity=40)


def log(n: int = 30) -> list[Decision]:
    """Groups keep taking verified trainers, though their classes are small, and
    facilitators keep dismissing unverified ones as unreliable; and a tofu need is
    dismissed with a soybean course as the wrong subject, again and again."""
    decisions = []
    for i in range(n):
        decisions.append(Decision(need(i), verified_but_small(i), good=True))
        decisions.append(Decision(need(i), unverified_but_large(i), False, "unreliable"))
        if i % 5 == 0:
            soy = OfferInput(id=f"s{i}", kind="training", title="Kursus kedelai")
            related = (("tofu", "soybean"),)
            decisions.append(Decision(need(i), soy, False, "wrong_subject", related))
    return decisions


def test_decisions_say_good_bad_or_nothing():
    assert verdict("completed", None) is True and verdict("proposed", None) is True
    assert verdict("dismissed", "wrong_subject") is False
    assert verdict("declined", "out_of_reach") is False
    assert verdict("declined", "too_expensive") is None  # says nothing about the match
    assert verdict("suggested", None) is None


def test_auc_counts_how_often_a_good_pair_outscores_a_bad_one():
    assert auc([(0.9, True), (0.1, False)]) == 1.0
    assert auc([(0.1, True), (0.9, False)]) == 0.0
    assert auc([(0.5, True), (0.5, False), (0.9, True)]) == 0.75


def test_fitting_learns_what_the_decisions_show_and_measures_it_apart(lexicon):
    base = MatchSettings()
    result = fit(log(), base, holdout=0.3, lexicon=lexicon)
    assert result.before < 0.5 < result.after and result.better
    learnt = result.settings
    # a verified provider now outweighs a class too small
    assert learnt.w_verified > 0.75 * learnt.w_capacity
    assert ("tofu", "soybean") in result.zeroed_pairs
    assert ("tofu", "soybean", 0.0) in learnt.pair_credit
    assert engine_version(learnt) != engine_version(base)  # prepared suggestions go stale
    engine = MatchEngine(learnt, lexicon=lexicon)
    engine.build([verified_but_small(0), unverified_but_large(0), OfferInput(
        id="soy", kind="training", title="Kursus kedelai")])  # fmt: skip
    assert [s.offer_id for s in engine.top_k(need(0))] == ["v0", "u0"]


def test_too_few_decisions_change_nothing(lexicon):
    result = fit(log(2)[:3], MatchSettings(), lexicon=lexicon)
    assert not result.better and result.settings == MatchSettings()


def test_the_settings_file_keeps_what_differs_from_the_defaults():
    tuned = replace(MatchSettings(), w_verified=0.05, subject_share=0.22,
                    pair_credit=(("tofu", "soybean", 0.0),))  # fmt: skip
    text = dumps(tuned)
    assert "w_verified = 0.05" in text and "w_reach" not in text
    assert loads(text) == tuned
