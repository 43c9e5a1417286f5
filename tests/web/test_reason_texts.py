"""The engine's reasons as a facilitator reads them."""

from flask_babel import force_locale

from marketplace.matching import Reason
from marketplace.reason_texts import reason_text, shown


def text(app, reason, locale="en") -> str:
    with app.test_request_context(), force_locale(locale):
        return reason_text(reason)


def test_the_need_words_no_offer_met_are_named(app):
    gap = Reason("unmatched", (("words", "kemasan, izin pirt"),))
    assert text(app, gap) == "Nothing in this offer for: kemasan, izin pirt"
    assert "kemasan, izin pirt" in text(app, gap, "id")


def test_capacity_is_told_in_what_the_kind_means(app):
    params = (("wanted", "18"), ("capacity", "10"))
    assert text(app, Reason("capacity_short", (*params, ("unit", "people")))) == (
        "Places for 10 of 18 participants"
    )
    volume = text(app, Reason("capacity_ok", (("wanted", "500"), ("capacity", "800"),
                                                ("unit", "volume"))))  # fmt: skip
    assert volume == "Buys up to 800: takes the 500 on offer"


def test_reasons_stored_from_generic_words_are_not_shown():
    stored = [
        {"code": "term", "params": {"need_word": "pelatihan", "generic": "true"}},
        {"code": "concept", "params": {"need_word": "tahu", "offer_word": "tofu"}},
    ]
    assert [r["params"]["need_word"] for r in shown(stored)] == ["tahu"]
