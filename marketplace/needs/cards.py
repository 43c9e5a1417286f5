"""The need page's suggestion cards, written in Python (as the review page's,
``facilitation/cards.py``): ten to twenty a page, each ~12 values and its reasons. The
words and link makers they repeat come from the template, made once a page;
``tests/web/test_review_cards.py`` holds the output to the template they were written in.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from marketplace.reason_texts import reason_text, shown


def suggestion_card(offer, suggestion, parts: dict) -> Markup:
    """One suggestion for the group: the offer, its score, why, and the introduction link."""
    provider = offer.provider
    out = [
        '<li class="card mb-2',
        "" if suggestion.can_serve else " outside-area",
        '"><div class="card-body">\n'
        '      <div class="d-flex justify-content-between gap-2"><a href="',
        escape(parts["offer_url"](offer.id)),
        '">',
        escape(offer.title),
        '</a><span class="badge text-bg-primary align-self-start">',
        str(int(round(suggestion.score * 100, 0))),
        '%</span></div>\n      <div class="small text-muted">',
        escape(provider.name),
    ]
    if provider.verified:
        out += [" · ", escape(parts["t_verified"])]
    out.append('</div>\n      <ul class="small mb-2">')
    for reason in shown(suggestion.reasons):
        out += ["<li>", escape(reason_text(reason)), "</li>"]
    out += [
        '</ul>\n      <a class="btn btn-sm btn-outline-success" href="',
        escape(parts["introduction_url"](offer.id)),
        '">',
        escape(parts["t_introduction"]),
        "</a>\n    </div></li>",
    ]
    return Markup("".join(out))  # nosec B704 (every value above is escaped)
