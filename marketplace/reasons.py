"""The matching engine's structured reasons, told in the user's language."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.services.places import region_name


def reason_text(reason) -> str:
    """One short sentence a facilitator can read, e.g. '"tahu" ≈ "tofu"'."""
    p = dict(reason.params)
    code = reason.code
    if code == "concept":
        if p.get("need_word") and p.get("offer_word") and p["need_word"] != p["offer_word"]:
            return _('"%(a)s" ≈ "%(b)s"', a=p["need_word"], b=p["offer_word"])
        return _('Both mention "%(word)s"', word=p.get("need_word") or p.get("concept", ""))
    if code == "term":
        return _('Both mention "%(word)s"', word=p.get("need_word") or p.get("word", ""))
    if code == "reach_area":
        where = region_name(p.get("key")) if p.get("key") else ""
        return (
            _("Reaches the group's area (%(where)s)", where=where)
            if where
            else _("Reaches the group's area")
        )
    if code == "reach_everywhere":
        return _("Works everywhere / online")
    if code == "reach_distance":
        return _("Based about %(km)s km away", km=p.get("km", "?"))
    if code == "reach_none":
        return _("Does not list the group's province")
    if code == "capacity_ok":
        return _(
            "Capacity fits (%(capacity)s for %(wanted)s)",
            capacity=p.get("capacity", "?"),
            wanted=p.get("wanted", "?"),
        )
    if code == "capacity_short":
        return _(
            "Capacity may be short (%(capacity)s for %(wanted)s)",
            capacity=p.get("capacity", "?"),
            wanted=p.get("wanted", "?"),
        )
    if code == "dates_overlap":
        return _("Dates overlap")
    if code == "verified":
        return _("Verified provider")
    if code == "reputation":
        return _("Good record from past matches")
    return code.replace("_", " ")
