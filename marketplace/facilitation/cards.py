"""The review page's suggestion cards, written in Python.

Ten to twenty cards of ~40 values each were most of the page's Jinja time (each value a
generator step, an ``escape`` and a look-up through the template context). What the
cards repeat (the translated words, the forms' URLs, labels and CSRF field, the reasons'
options) is made once a page by the template and handed in as ``parts``; every value is
escaped here as the template escaped it. ``tests/web/test_review_cards.py`` holds the
output to the template the cards were written in.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from marketplace.formkit import new_key
from marketplace.reason_texts import reason_text, shown
from marketplace.services.parties.places import area_label


def review_card(offer, suggestion, parts: dict) -> Markup:
    """One suggestion: its offer, score, reasons and, when the reader may act, the forms
    to propose or dismiss it."""
    oid = int(offer.id)
    provider = offer.provider
    out = [
        '<article class="card mb-2 suggestion',
        "" if suggestion.can_serve else " outside-area",
        '"><div class="card-body">\n  <div class="d-flex justify-content-between gap-2">\n'
        '    <h3 class="h6 mb-1"><a href="',
        escape(parts["offer_url"](oid)),
        '">',
        escape(offer.title),
        '</a></h3>\n    <span class="badge text-bg-primary align-self-start" title="',
        escape(parts["t_score"]),
        '">',
        str(int(round(suggestion.score * 100, 0))),
        '%</span>\n  </div>\n  <p class="small text-muted mb-1">',
        escape(provider.name),
    ]
    if provider.verified:
        out += [" · ", escape(parts["t_verified"])]
    out += [" · ", escape(parts["t_reach"]), ": ", escape(area_label(offer.service_area))]
    out.append('</p>\n  <ul class="small mb-2 reasons">')
    for reason in shown(suggestion.reasons):
        out += ["<li>", escape(reason_text(reason)), "</li>"]
    out.append("</ul>\n  ")
    if parts["can_act"]:
        out += _forms(oid, parts)
    out.append("\n</div></article>")
    return Markup("".join(out))  # nosec B704 (every value above is escaped)


def _forms(oid: int, parts: dict) -> list:
    t_dismiss = escape(parts["t_dismiss"])
    return [
        '\n  <details><summary class="btn btn-sm btn-primary">',
        escape(parts["t_propose"]),
        '</summary>\n    <form method="post" action="',
        escape(parts["propose_url"]),
        '" class="mt-2" novalidate>\n      ',
        escape(parts["propose_csrf"]),
        f'<input type="hidden" name="offer_id" value="{oid}">'
        '<input type="hidden" name="idempotency_key" value="',
        escape(new_key()),
        f'">\n      <label class="form-label" for="note-{oid}">',
        escape(parts["note_label"]),
        f'</label>\n      <textarea class="form-control mb-2" id="note-{oid}" name="note" '
        'rows="2" maxlength="2000"></textarea>\n'
        '      <button class="btn btn-primary btn-sm" type="submit">',
        escape(parts["t_propose_group"]),
        "</button>\n    </form>\n  </details>\n"
        '  <details class="mt-1"><summary class="btn btn-sm btn-outline-secondary">',
        t_dismiss,
        '</summary>\n    <form method="post" action="',
        escape(parts["dismiss_url"]),
        '" class="mt-2 row g-2" novalidate>\n      ',
        escape(parts["dismiss_csrf"]),
        f'<input type="hidden" name="offer_id" value="{oid}">\n'
        f'      <div class="col-sm-5"><label class="form-label" for="reason-{oid}">',
        escape(parts["reason_label"]),
        f'</label>\n        <select class="form-select" id="reason-{oid}" name="reason_code">\n'
        "          ",
        escape(parts["reason_options"]),
        "\n        </select></div>\n"
        f'      <div class="col-sm-7"><label class="form-label" for="dnote-{oid}">',
        escape(parts["dnote_label"]),
        f'</label>\n        <input class="form-control" id="dnote-{oid}" name="note" '
        'maxlength="500"></div>\n'
        '      <div class="col-12"><button class="btn btn-outline-secondary btn-sm" '
        'type="submit">',
        t_dismiss,
        "</button></div>\n    </form>\n  </details>\n  ",
    ]
