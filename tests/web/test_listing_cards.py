"""The search pages' cards (``listing_cards``) are ``_macros``' need_card and offer_card
written in Python: the same bytes, in each language, for every branch a card has."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import render_template_string, session

from marketplace import listing_cards

MACROS = """\
{%- from "_macros.html" import need_card, offer_card with context -%}
{%- set link = id_url('needs.detail' if what == 'need' else 'offers.detail', what + '_id') -%}
{%- if what == 'need' -%}
{{ need_card(item, link) }}|{{ listing_cards.need_card(item, link, vocab) }}
{%- else -%}
{{ offer_card(item, link) }}|\
{{ listing_cards.offer_card(item, link, vocab, _("Verified"), _("Reach")) }}
{%- endif -%}
"""

NAME = 'Kelompok "Tani" <Maju> & Jaya'
TITLE = "Pelatihan <tahu> & 'tempe'"


def _render(app, language: str, what: str, item) -> tuple[str, str]:
    with app.test_request_context("/"):
        session["lang"] = language
        macro, python = render_template_string(MACROS, what=what, item=item).split("|")
    return macro, python


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(("regency", "province"), [("3374", "33"), (None, "33"), ("", None)])
@pytest.mark.parametrize(("kind", "status"), [("training", "open"), ("odd<kind>", "draft")])
def test_a_need_card_is_the_macros(app, language, regency, province, kind, status):
    group = SimpleNamespace(name=NAME, regency_code=regency, province_code=province)
    need = SimpleNamespace(id=77, kind=kind, status=status, title=TITLE, group=group)
    macro, python = _render(app, language, "need", need)
    assert python == macro
    assert "&lt;tahu&gt;" in python and "/needs/77" in python


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("verified", [True, False])
@pytest.mark.parametrize("area", [["33", "3374"], [], ["99"]])
@pytest.mark.parametrize(("kind", "status"), [("buyer", "open"), ("odd<kind>", "closed")])
def test_an_offer_card_is_the_macros(app, language, verified, area, kind, status):
    provider = SimpleNamespace(name=NAME, verified=verified)
    offer = SimpleNamespace(id=88, kind=kind, status=status, title=TITLE, service_area=area,
                            provider=provider)  # fmt: skip
    macro, python = _render(app, language, "offer", offer)
    assert python == macro
    assert ("text-bg-success" in python) is verified
    assert ("Reach" in python) is (language == "en")  # each language's words


def test_the_cards_are_markup(app):
    with app.test_request_context("/"):
        labels = SimpleNamespace(KINDS={}, LISTING_STATUSES={})
        group = SimpleNamespace(name="<g>", regency_code=None, province_code=None)
        need = SimpleNamespace(id=1, kind="k", status="s", title="<t>", group=group)
        card = listing_cards.need_card(need, lambda i: f"/needs/{i}", labels)
    assert card.__html__() == str(card) and "<t>" not in card
