"""The ranker's parts: one score formula, its bound, and the direction as an object."""

from marketplace.matching import MatchSettings, NeedInput, OfferInput, score
from marketplace.matching.direction import NEEDS_FOR_OFFER, OFFERS_FOR_NEED, of


def test_the_score_is_the_subject_share_plus_each_signal_at_its_weight():
    s = MatchSettings()
    values = {"reach": 1.0, "capacity": 0.5, "dates": 1.0, "verified": 0.0,
              "reputation": 0.5, "text": 0.8}  # fmt: skip
    expected = 0.4 * (
        s.subject_share + s.w_reach + 0.5 * s.w_capacity + s.w_dates + 0.5 * s.w_reputation
        + 0.8 * s.w_text
    )  # fmt: skip
    assert abs(score.total(s, 0.4, values) - expected) < 1e-12


def test_the_bound_is_never_below_the_exact_score():
    s = MatchSettings()
    for reach in (0.0, 0.3, 1.0):
        values = dict.fromkeys(score.SIGNALS, 0.7) | {"reach": reach}
        assert score.bound(s, 0.5, reach) >= score.total(s, 0.5, values)


def test_a_direction_knows_which_side_the_query_is_on():
    need = NeedInput(id="n", kind="training", title="tahu")
    offer = OfferInput(id="o", kind="training", title="tofu")
    assert of(need) is OFFERS_FOR_NEED and of(offer) is NEEDS_FOR_OFFER
    assert OFFERS_FOR_NEED.pair(need, offer) == NEEDS_FOR_OFFER.pair(offer, need) == (need, offer)
    assert NEEDS_FOR_OFFER.ids("o", "n") == ("n", "o")
    assert OFFERS_FOR_NEED.arealess_reach and not NEEDS_FOR_OFFER.arealess_reach


def test_the_reputation_prior_lives_in_the_settings():
    s = MatchSettings()
    assert score.reputation_from_ratings(5, 1, s) == (1 + 0.5 * 2) / 3
    assert score.reputation_from_ratings(5, 1, MatchSettings(reputation_prior_weight=0)) == 1.0
