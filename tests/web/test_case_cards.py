"""The caseload page's group cards (``facilitation/case_cards.py``) are what the template
wrote before they moved to Python: the same bytes for every branch a card has, in both
languages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import render_template_string, session

from marketplace.facilitation.case_cards import case_card, page_parts
from marketplace.services.curation.caseload import GroupCase

# The card as caseload.html wrote it; the Python card with the parts a page makes once.
TEMPLATE = """\
{% if python %}{{ case_card(case, page_parts(stale_days)) }}{% else -%}
{% set group_url, review_url = id_url('groups.detail', 'group_id'), \
id_url('facilitation.review_need', 'need_id') -%}
{% set consultations_url = id_url('consultations.index', 'group_id') -%}
{% set t_consultations, t_on_you, t_on_group, t_on_providers = _("Consultations"), \
_("Waiting on you"), _("Waiting on the group"), _("Waiting on providers") -%}
{% set kinds, statuses, stages = vocab.KINDS, vocab.LISTING_STATUSES, vocab.GROUP_STAGES -%}
{% set group, untouched_ids = case.group, case.untouched_ids -%}
<section class="card mb-3{% if case.untouched_count %} border-warning{% endif %}">\
<div class="card-body">
  <h2 class="h5 mb-1"><a href="{{ group_url(group.id) }}">{{ group.name }}</a>
    <span class="badge text-bg-light">{{ stages.get(group.stage, group.stage) }}</span></h2>
  <p class="small text-muted mb-2">{{ group.regency_code|region }}\
{% if group.regency_code %}, {% endif %}{{ group.province_code|region }}
    · <a href="{{ consultations_url(group.id) }}">{{ t_consultations }}</a></p>
  {% if case.untouched_count %}
  <div class="alert alert-warning py-2 small mb-2">{{ _("%(n)d need(s) untouched for more \
than %(days)d days", n=case.untouched_count, days=stale_days) }}</div>
  {% endif %}
  <ul class="list-unstyled mb-2">
  {% for need in case.open_needs %}
    <li class="mb-1">{% if need.id in untouched_ids %}⚠ {% endif %}\
<a href="{{ review_url(need.id) }}">{{ need.title }}</a>
      <span class="small text-muted">· {{ kinds[need.kind] }} · {{ statuses[need.status] }}\
</span></li>
  {% else %}<li class="text-muted small">{{ _("No open needs.") }}</li>{% endfor %}
  {% if case.open_count > case.open_needs|length %}<li class="small">\
<a href="{{ group_url(group.id) }}">{{ _("All %(n)d open needs", n=case.open_count) }}</a>\
</li>{% endif %}
  </ul>
  <div class="small d-flex flex-wrap gap-3">
    <span>{{ t_on_you }}: <strong>{{ case.waiting_on_facilitator_count }}</strong></span>
    <span>{{ t_on_group }}: <strong>{{ case.waiting.get('proposed', 0) }}</strong></span>
    <span>{{ t_on_providers }}: <strong>{{ case.waiting.get('group_accepted', 0) }}</strong>\
</span>
  </div>
  {% for m in case.waiting_on_facilitator %}
  <div class="small mt-1">→ <a href="{{ url_for('matches.detail', match_id=m.id) }}">\
{{ m.offer.provider.name }}: {{ m.offer.title }}</a></div>
  {% endfor %}
</div></section>{% endif %}"""


def _need(need_id: int, title: str, kind: str = "training", status: str = "open"):
    return SimpleNamespace(id=need_id, title=title, kind=kind, status=status)


def _match(match_id: int, provider: str, offer: str):
    return SimpleNamespace(
        id=match_id, offer=SimpleNamespace(title=offer, provider=SimpleNamespace(name=provider))
    )


def _group(group_id: int, name: str, stage="penumbuhan", regency="33.10", province="33"):
    return SimpleNamespace(
        id=group_id, name=name, stage=stage, regency_code=regency, province_code=province
    )


CASES = [
    # untouched needs, more live needs than shown, answers waiting on the facilitator
    GroupCase(
        group=_group(7, "Kelompok <Tani> & Co"),
        open_count=14,
        open_needs=[
            _need(11, "Pelatihan tahu"),
            _need(12, 'Pasar "kopi" <b>', "market", "matched"),
            _need(13, "Sumber daya", "resource"),
        ],
        untouched_count=2,
        untouched_ids={11, 13},
        waiting={"proposed": 3, "group_accepted": 1},
        waiting_on_facilitator_count=2,
        waiting_on_facilitator=[_match(5, "Bu <Sri>", "Tofu & tempeh"), _match(6, "P", "O")],
    ),
    # nothing untouched, no needs, no regency, no waiting; an unknown stage and kind
    GroupCase(group=_group(8, "Kelompok Sepi", stage="unknown", regency=None)),
    GroupCase(
        group=_group(9, "Kelompok Lain", stage="kemandirian", regency="", province="34"),
        open_count=1,
        open_needs=[_need(21, "Apa saja", "nope", "nope")],
        waiting={"proposed": 1},
    ),
]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("case", CASES)
def test_a_card_is_what_the_template_wrote(app, case, language):
    with app.test_request_context("/facilitate/"):
        session["lang"] = language
        values = {"case": case, "case_card": case_card, "page_parts": page_parts, "stale_days": 7}
        python = render_template_string(TEMPLATE, python=True, **values)
        jinja = render_template_string(TEMPLATE, python=False, **values)
    assert python == jinja
    assert ("Waiting on you" in python) == (language == "en")


def test_what_a_card_shows_is_escaped(app):
    with app.test_request_context("/facilitate/"):
        card = str(case_card(CASES[0], _parts()))
    for raw, escaped in (
        ("Kelompok <Tani> & Co", "Kelompok &lt;Tani&gt; &amp; Co"),
        ('Pasar "kopi" <b>', "Pasar &#34;kopi&#34; &lt;b&gt;"),
        ("Bu <Sri>: Tofu & tempeh", "Bu &lt;Sri&gt;: Tofu &amp; tempeh"),
    ):
        assert escaped in card and raw not in card


def _parts() -> dict:
    same = lambda value: value  # noqa: E731
    return {
        "group_url": same, "review_url": same, "consultations_url": same, "match_url": same,
        "t_consultations": "", "t_on_you": "", "t_on_group": "", "t_on_providers": "",
        "t_no_needs": "", "kinds": {}, "statuses": {}, "stages": {}, "days": 7,
    }  # fmt: skip
