"""The matching engine's structured reasons, told in the user's language."""

from __future__ import annotations

from marketplace.i18n import gettext as _
from marketplace.services.parties.places import region_name

# Evidence that says only "we do not know": left out of the short list a facilitator reads.
QUIET = frozenset({"text", "capacity_unknown", "dates_unknown", "reputation_unknown"})


# unit -> (short, fits): what a capacity means for each kind of offer
_CAPACITY = {
    "people": (
        lambda **kw: _("Places for %(capacity)s of %(wanted)s participants", **kw),
        lambda **kw: _("Places for all %(wanted)s participants (up to %(capacity)s)", **kw),
    ),
    "volume": (
        lambda **kw: _("Buys up to %(capacity)s, less than the %(wanted)s on offer", **kw),
        lambda **kw: _("Buys up to %(capacity)s: takes the %(wanted)s on offer", **kw),
    ),
    "units": (
        lambda **kw: _("Provides %(capacity)s of the %(wanted)s units wanted", **kw),
        lambda **kw: _("Provides enough: %(capacity)s for the %(wanted)s units wanted", **kw),
    ),
}


def _params(reason) -> dict[str, str]:
    if isinstance(reason, dict):  # a reason stored with a match
        return dict(reason.get("params") or {})
    return dict(reason.params)


def _code(reason) -> str:
    return reason["code"] if isinstance(reason, dict) else reason.code


def shown(reasons) -> list:
    """The reasons worth reading: not the "we do not know" ones, nor (in reasons stored
    before generic words stopped being reasons) "both mention pelatihan"."""
    return [r for r in reasons if _code(r) not in QUIET and _params(r).get("generic") != "true"]


def reason_text(reason) -> str:
    """One short sentence a facilitator can read, e.g. '"tahu" ≈ "tofu"'."""
    p, code = _params(reason), _code(reason)
    if code in ("concept", "term"):
        need_word, offer_word = p.get("need_word", ""), p.get("offer_word", "")
        if need_word and offer_word and need_word != offer_word:
            return _('"%(a)s" ≈ "%(b)s"', a=need_word, b=offer_word)
        return _('Both mention "%(word)s"', word=need_word or offer_word)
    if code == "related":
        return _(
            '"%(a)s" is related to "%(b)s"', a=p.get("need_word", ""), b=p.get("offer_word", "")
        )
    if code == "reach_area":
        where = region_name(p.get("key"))
        return _("Reaches the group's area (%(where)s)", where=where)
    if code == "reach_everywhere":
        return _("Works everywhere / online")
    if code == "reach_distance":
        return _("Based about %(km)s km away", km=p.get("km", "?"))
    if code == "reach_far":
        return _("Based about %(km)s km away, too far to serve the group", km=p.get("km", "?"))
    if code == "reach_unknown":
        return _("The group's area is not known")
    if code == "reach_base":
        return _("Based far from the group")
    if code == "reach_none":
        return _("Does not list the group's province")
    if code == "unmatched":
        return _("Nothing in this offer for: %(words)s", words=p.get("words", ""))
    unit = p.get("unit")
    if code in ("capacity_ok", "capacity_short") and unit in _CAPACITY:
        text = _CAPACITY[unit][code == "capacity_ok"]
        return text(capacity=p.get("capacity", "?"), wanted=p.get("wanted", "?"))
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
    if code == "unverified":
        return _("Provider not verified yet")
    if code == "reputation":
        return _("Record from past matches: %(value)s / 1", value=p.get("value", "?"))
    return code.replace("_", " ")
