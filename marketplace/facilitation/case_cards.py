"""The caseload page's group cards, written in Python.

Twenty cards of up to ten needs each were most of the page's Jinja time (~90 values a
card, each a generator step, an ``escape`` and a look-up through the template context).
What the cards repeat (the translated words and labels, the link makers) is made once a
page (``page_parts``) and handed in as ``parts``; every value is escaped here as the
template escaped it. ``tests/web/test_case_cards.py`` holds the output to the template the
cards were written in.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from marketplace import vocab
from marketplace.i18n import N_, gettext
from marketplace.services.parties.places import region_name
from marketplace.templating import id_url

UNTOUCHED = N_("%(n)d need(s) untouched for more than %(days)d days")
ALL_OPEN = N_("All %(n)d open needs")


def page_parts(stale_days: int) -> dict:
    """What every card of a caseload page repeats, made once a page: the link makers, the
    words and labels in the reader's language, the days after which a need is untouched."""
    return {
        "group_url": id_url("groups.detail", "group_id"),
        "review_url": id_url("facilitation.review_need", "need_id"),
        "consultations_url": id_url("consultations.index", "group_id"),
        "match_url": id_url("matches.detail", "match_id"),
        "t_consultations": gettext("Consultations"),
        "t_on_you": gettext("Waiting on you"),
        "t_on_group": gettext("Waiting on the group"),
        "t_on_providers": gettext("Waiting on providers"),
        "t_no_needs": gettext("No open needs."),
        "kinds": _translated(vocab.KINDS),
        "statuses": _translated(vocab.LISTING_STATUSES),
        "stages": _translated(vocab.GROUP_STAGES),
        "days": stale_days,
    }


def _translated(labels: dict) -> dict[str, Markup]:
    """A vocabulary's labels in the reader's language, looked up once a page: a lazy label
    is translated again at every use (four hundred times a caseload page). Marked safe as
    the lazy label's own ``__html__`` marks it: the words come from our catalogue."""
    return {key: Markup(str(label)) for key, label in labels.items()}  # nosec B704


def case_card(case, parts: dict) -> Markup:
    """One group of the caseload: its place, its first open needs, what waits on whom."""
    group = case.group
    group_url = escape(parts["group_url"](group.id))
    out = [
        '<section class="card mb-3',
        " border-warning" if case.untouched_count else "",
        '"><div class="card-body">\n  <h2 class="h5 mb-1"><a href="',
        group_url,
        '">',
        escape(group.name),
        '</a>\n    <span class="badge text-bg-light">',
        escape(parts["stages"].get(group.stage, group.stage)),
        '</span></h2>\n  <p class="small text-muted mb-2">',
        escape(region_name(group.regency_code)),
        ", " if group.regency_code else "",
        escape(region_name(group.province_code)),
        '\n    · <a href="',
        escape(parts["consultations_url"](group.id)),
        '">',
        escape(parts["t_consultations"]),
        "</a></p>\n  ",
    ]
    if case.untouched_count:
        message = Markup(gettext(UNTOUCHED))  # nosec B704 (our own catalogue, as Jinja's i18n marks it)
        message %= {"n": case.untouched_count, "days": parts["days"]}
        out += ['\n  <div class="alert alert-warning py-2 small mb-2">', message, "</div>\n  "]
    out.append('\n  <ul class="list-unstyled mb-2">\n  ')
    kinds, statuses, review_url = parts["kinds"], parts["statuses"], parts["review_url"]
    untouched_ids = case.untouched_ids
    for need in case.open_needs:
        out += [
            '\n    <li class="mb-1">',
            "⚠ " if need.id in untouched_ids else "",
            '<a href="',
            escape(review_url(need.id)),
            '">',
            escape(need.title),
            '</a>\n      <span class="small text-muted">· ',
            escape(kinds.get(need.kind, "")),
            " · ",
            escape(statuses.get(need.status, "")),
            "</span></li>\n  ",
        ]
    if not case.open_needs:
        out += ['<li class="text-muted small">', escape(parts["t_no_needs"]), "</li>"]
    out.append("\n  ")
    if case.open_count > len(case.open_needs):
        message = Markup(gettext(ALL_OPEN))  # nosec B704 (our own catalogue, as Jinja's i18n marks it)
        message %= {"n": case.open_count}
        out += ['<li class="small"><a href="', group_url, '">', message, "</a></li>"]
    out += [
        '\n  </ul>\n  <div class="small d-flex flex-wrap gap-3">\n    <span>',
        escape(parts["t_on_you"]),
        ": <strong>",
        escape(case.waiting_on_facilitator_count),
        "</strong></span>\n    <span>",
        escape(parts["t_on_group"]),
        ": <strong>",
        escape(case.waiting.get("proposed", 0)),
        "</strong></span>\n    <span>",
        escape(parts["t_on_providers"]),
        ": <strong>",
        escape(case.waiting.get("group_accepted", 0)),
        "</strong></span>\n  </div>\n  ",
    ]
    for match in case.waiting_on_facilitator:
        out += [
            '\n  <div class="small mt-1">→ <a href="',
            escape(parts["match_url"](match.id)),
            '">',
            escape(match.offer.provider.name),
            ": ",
            escape(match.offer.title),
            "</a></div>\n  ",
        ]
    out.append("\n</div></section>")
    return Markup("".join(out))  # nosec B704 (every value above is escaped)
