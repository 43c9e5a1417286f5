"""The review page's suggestion cards (``facilitation/cards.py``) are what the template
wrote before they moved to Python: the same bytes for every branch a card has."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import render_template_string, session
from markupsafe import Markup

from marketplace.facilitation import cards
from marketplace.needs import cards as need_cards

# The card as review_need.html wrote it (with the words and parts the page makes once).
TEMPLATE = """\
{%- set propose_csrf = csrf_field() -%}{%- set dismiss_csrf = propose_csrf -%}
{%- set note_label, reason_label, dnote_label = labels.note|string, labels.reason|string, \
labels.dnote|string -%}
{%- set reason_options -%}{% for value, label in reasons.items() %}<option value="{{ value }}">\
{{ label }}</option>{% endfor %}{%- endset -%}
{%- set propose_url, dismiss_url = "/facilitate/needs/7/propose", "/facilitate/needs/7/dismiss" -%}
{%- set offer_url = id_url('offers.detail', 'offer_id') %}
{%- set t_score, t_verified, t_reach = _('score'), _("Verified"), _("Reach") %}
{%- set t_propose, t_propose_group, t_dismiss = _("Propose"), _("Propose to the group"), \
_("Dismiss") %}
{%- if python -%}
{%- set card_parts = {"can_act": can_act, "offer_url": offer_url, "t_score": t_score,
    "t_verified": t_verified, "t_reach": t_reach, "t_propose": t_propose,
    "t_propose_group": t_propose_group, "t_dismiss": t_dismiss, "propose_url": propose_url,
    "dismiss_url": dismiss_url, "propose_csrf": propose_csrf, "dismiss_csrf": dismiss_csrf,
    "note_label": note_label, "reason_label": reason_label, "dnote_label": dnote_label,
    "reason_options": reason_options} -%}
{{ review_card(offer, s, card_parts) }}
{%- else -%}
<article class="card mb-2 suggestion{% if not s.can_serve %} outside-area{% endif %}">\
<div class="card-body">
  <div class="d-flex justify-content-between gap-2">
    <h3 class="h6 mb-1"><a href="{{ offer_url(offer.id) }}">{{ offer.title }}</a></h3>
    <span class="badge text-bg-primary align-self-start" title="{{ t_score }}">\
{{ (s.score * 100)|round|int }}%</span>
  </div>
  <p class="small text-muted mb-1">{{ offer.provider.name }}{% if offer.provider.verified %} · \
{{ t_verified }}{% endif %} · {{ t_reach }}: {{ offer.service_area|area }}</p>
  <ul class="small mb-2 reasons">{% for r in s.reasons|shown_reasons %}<li>{{ r|reason }}</li>\
{% endfor %}</ul>
  {% if can_act %}
  <details><summary class="btn btn-sm btn-primary">{{ t_propose }}</summary>
    <form method="post" action="{{ propose_url }}" class="mt-2" novalidate>
      {{ propose_csrf }}<input type="hidden" name="offer_id" value="{{ offer.id }}">\
<input type="hidden" name="idempotency_key" value="{{ new_key() }}">
      <label class="form-label" for="note-{{ offer.id }}">{{ note_label }}</label>
      <textarea class="form-control mb-2" id="note-{{ offer.id }}" name="note" rows="2" \
maxlength="2000"></textarea>
      <button class="btn btn-primary btn-sm" type="submit">{{ t_propose_group }}</button>
    </form>
  </details>
  <details class="mt-1"><summary class="btn btn-sm btn-outline-secondary">{{ t_dismiss }}\
</summary>
    <form method="post" action="{{ dismiss_url }}" class="mt-2 row g-2" novalidate>
      {{ dismiss_csrf }}<input type="hidden" name="offer_id" value="{{ offer.id }}">
      <div class="col-sm-5"><label class="form-label" for="reason-{{ offer.id }}">\
{{ reason_label }}</label>
        <select class="form-select" id="reason-{{ offer.id }}" name="reason_code">
          {{ reason_options }}
        </select></div>
      <div class="col-sm-7"><label class="form-label" for="dnote-{{ offer.id }}">\
{{ dnote_label }}</label>
        <input class="form-control" id="dnote-{{ offer.id }}" name="note" maxlength="500"></div>
      <div class="col-12"><button class="btn btn-outline-secondary btn-sm" type="submit">\
{{ t_dismiss }}</button></div>
    </form>
  </details>
  {% endif %}
</div></article>
{%- endif -%}
"""

REASONS = [
    {"code": "concept", "params": {"need_word": "tahu", "offer_word": "tofu <b>&"}},
    {"code": "text", "params": {}},  # not shown
    {"code": "reach_area", "params": {"key": "33"}},
    {"code": "capacity_ok", "params": {"unit": "people", "capacity": "30", "wanted": "25"}},
    {"code": "term", "params": {"need_word": "pelatihan", "generic": "true"}},  # not shown
]


def _offer(verified: bool, area: list[str]):
    provider = SimpleNamespace(name='Koperasi "Maju" <&> Jaya', verified=verified)
    return SimpleNamespace(id=4321, title="Pelatihan <tahu> & 'tempe'", provider=provider,
                           service_area=area)  # fmt: skip


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("can_act", [True, False])
@pytest.mark.parametrize("can_serve", [True, False])
@pytest.mark.parametrize(("verified", "area", "score"), [
    (True, ["33", "3374"], 0.845), (False, [], 0.125), (True, ["99"], 1.0)])  # fmt: skip
def test_a_card_is_what_the_template_wrote(app, monkeypatch, language, can_act, can_serve,
                                           verified, area, score):  # fmt: skip
    app.config["WTF_CSRF_ENABLED"] = True
    keys = iter(["key-1", "key-2"])
    monkeypatch.setattr(cards, "new_key", lambda: next(keys))
    values = {
        "offer": _offer(verified, area),
        "s": SimpleNamespace(can_serve=can_serve, score=score, reasons=REASONS),
        "can_act": can_act,
        "labels": {"note": "Note <for> the group", "reason": "Why", "dnote": "Note"},
        "reasons": {"other": "Other <reason>", "far": "Too far"},
        "review_card": cards.review_card,
        "new_key": lambda: "key-1",
    }
    with app.test_request_context("/", headers={"Accept-Language": language}):
        session["lang"] = language
        jinja = render_template_string(TEMPLATE, python=False, **values)
        python = render_template_string(TEMPLATE, python=True, **values)
    assert python == jinja
    assert ("outside-area" in python) is not can_serve
    assert ("<details>" in python) is can_act
    assert "tofu &lt;b&gt;&amp;" in python and "&lt;tahu&gt;" in python
    assert ('title="score"' in python) is (language == "en")  # each language's words
    assert isinstance(cards.review_card(values["offer"], values["s"], _parts()), Markup)


def _parts() -> dict:
    return {"can_act": False, "offer_url": lambda i: f"/offers/{i}", "t_score": "score",
            "t_verified": "Verified", "t_reach": "Reach"}  # fmt: skip


# The need page's card as needs/detail.html wrote it.
NEED_PAGE_TEMPLATE = """\
{%- set offer_url, introduction_url = id_url('offers.detail', 'offer_id'), \
id_url('matches.request_introduction', 'offer_id', need=7) %}
{%- set t_verified, t_introduction = _("Verified"), _("Ask for an introduction") %}
{%- if python -%}
{%- set card_parts = {"offer_url": offer_url, "introduction_url": introduction_url,
    "t_verified": t_verified, "t_introduction": t_introduction} -%}
{{ suggestion_card(offer, s, card_parts) }}
{%- else -%}
<li class="card mb-2{% if not s.can_serve %} outside-area{% endif %}"><div class="card-body">
      <div class="d-flex justify-content-between gap-2"><a href="{{ offer_url(offer.id) }}">\
{{ offer.title }}</a><span class="badge text-bg-primary align-self-start">\
{{ (s.score * 100)|round|int }}%</span></div>
      <div class="small text-muted">{{ offer.provider.name }}{% if offer.provider.verified %} · \
{{ t_verified }}{% endif %}</div>
      <ul class="small mb-2">{% for r in s.reasons|shown_reasons %}<li>{{ r|reason }}</li>\
{% endfor %}</ul>
      <a class="btn btn-sm btn-outline-success" href="{{ introduction_url(offer.id) }}">\
{{ t_introduction }}</a>
    </div></li>
{%- endif -%}
"""


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("can_serve", [True, False])
@pytest.mark.parametrize(("verified", "score"), [(True, 0.845), (False, 0.125), (True, 0.5)])
def test_a_need_page_card_is_what_the_template_wrote(app, language, can_serve, verified, score):
    values = {
        "offer": _offer(verified, ["33"]),
        "s": SimpleNamespace(can_serve=can_serve, score=score, reasons=REASONS),
        "suggestion_card": need_cards.suggestion_card,
    }
    with app.test_request_context("/"):
        session["lang"] = language
        jinja = render_template_string(NEED_PAGE_TEMPLATE, python=False, **values)
        python = render_template_string(NEED_PAGE_TEMPLATE, python=True, **values)
    assert python == jinja
    assert ("outside-area" in python) is not can_serve
    assert "/matches/introduction" in python or "need=7" in python
