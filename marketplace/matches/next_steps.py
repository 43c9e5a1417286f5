"""What each match state waits for, in words for the person reading the match."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.models import Match


def what_next(match: Match, roles: set[str]) -> dict[str, str]:
    group = match.need.group.name
    provider = match.offer.provider.name
    return {
        "responded": _(
            "The facilitator reviews the offer of help and may propose it to %(group)s.",
            group=group,
        ),
        "requested": _("The facilitator reviews the request and may propose it to both sides."),
        "proposed": _(
            "%(group)s decides whether to accept. Nothing goes ahead without the group.",
            group=group,
        ),
        "group_accepted": _(
            "%(group)s accepted. Now %(provider)s decides; when both accept, "
            "you see each other's contacts.",
            group=group,
            provider=provider,
        ),
        "accepted": _(
            "Both sides accepted. Contact each other below, agree on a date, "
            "then mark it in progress."
        ),
        "in_progress": _(
            "The work is under way. When it is done, record the outcome: "
            "what happened, how many, how much."
        ),
        "completed": _("Done. Each side can leave feedback; it helps other groups choose."),
        "declined": _("This match was declined. The facilitator can propose another offer."),
        "withdrawn": _("This match was withdrawn. The need stays open for other offers."),
        "expired": _(
            "Nobody answered in time, so this proposal expired. "
            "The facilitator can propose it again."
        ),
    }
