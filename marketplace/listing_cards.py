"""The search pages' listing cards, written in Python.

Twenty cards a page, each a Jinja macro call (a new context and ~12 values, each a
generator step, an escape and a look-up) were the larger part of a search page's own
rendering. These write the bytes ``_macros.need_card`` and ``offer_card`` write (held to
them in ``tests/web/test_listing_cards.py``); the macros stay for the pages that show a
few cards. ``labels`` is the template's ``vocab`` (its labels in the reader's language);
the offer card's two words come translated once a page.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from marketplace.services.parties.places import area_label, region_name


def _badges(item, labels) -> list:
    kind, status = item.kind, item.status
    return [
        '<article class="card listing-card mb-2">\n  <div class="card-body">\n'
        '    <div class="mb-1"><span class="badge kind-',
        escape(kind),
        '">',
        escape(labels.KINDS.get(kind, kind)),
        '</span> <span class="badge status-',
        escape(status),
        '">',
        escape(labels.LISTING_STATUSES.get(status, status)),
        "</span>",
    ]


def need_card(need, link: Callable[[int], str], labels) -> Markup:
    """A found need: ``_macros.need_card(need, link)``."""
    group = need.group
    out = _badges(need, labels)
    out += [
        '</div>\n    <h3 class="h6 card-title mb-1"><a href="',
        escape(link(need.id)),
        '">',
        escape(need.title),
        '</a></h3>\n    <p class="card-text small text-muted mb-0">',
        escape(group.name),
        " · ",
        escape(region_name(group.regency_code) or region_name(group.province_code)),
        ", ",
        escape(region_name(group.province_code)),
        "</p>\n  </div>\n</article>",
    ]
    return Markup("".join(out))  # nosec B704 (every value above is escaped)


def offer_card(offer, link: Callable[[int], str], labels, verified: str, reach: str) -> Markup:
    """A found offer: ``_macros.offer_card(offer, link)``; ``verified`` and ``reach`` are
    the words "Verified" and "Reach" in the reader's language."""
    out = _badges(offer, labels)
    out.append("\n      ")
    if offer.provider.verified:
        out += ['<span class="badge text-bg-success">', escape(verified), "</span>"]
    out += [
        '</div>\n    <h3 class="h6 card-title mb-1"><a href="',
        escape(link(offer.id)),
        '">',
        escape(offer.title),
        '</a></h3>\n    <p class="card-text small text-muted mb-0">',
        escape(offer.provider.name),
        " · ",
        escape(reach),
        ": ",
        escape(area_label(offer.service_area)),
        "</p>\n  </div>\n</article>",
    ]
    return Markup("".join(out))  # nosec B704 (every value above is escaped)
