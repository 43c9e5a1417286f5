"""The product's fixed vocabularies, with their labels in the user's language."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

KINDS = {
    "training": _l("Training"),
    "market": _l("Market access"),
    "resource": _l("Resources"),
}

LISTING_STATUSES = {
    "draft": _l("Draft"),
    "open": _l("Open"),
    "matched": _l("Matched"),
    "fulfilled": _l("Fulfilled"),
    "closed": _l("Closed"),
    "withdrawn": _l("Withdrawn"),
}

# Why a need or an offer was taken off the marketplace (asked before it is closed).
NEED_END_REASONS = {
    "met_elsewhere": _l("We found it another way"),
    "not_needed": _l("We no longer need it"),
    "no_fit": _l("No fitting offer came"),
    "mistake": _l("Posted by mistake"),
    "other": _l("Other"),
}
OFFER_END_REASONS = {
    "fully_booked": _l("Fully booked or sold out"),
    "not_available": _l("No longer available"),
    "no_demand": _l("No group asked for it"),
    "mistake": _l("Posted by mistake"),
    "other": _l("Other"),
}

SECTORS = {
    "food_crops": _l("Food crops and horticulture"),
    "plantation": _l("Plantation crops"),
    "fisheries": _l("Fisheries and aquaculture"),
    "seaweed": _l("Seaweed"),
    "livestock": _l("Livestock and poultry"),
    "beekeeping": _l("Beekeeping"),
    "food_processing": _l("Food processing"),
    "crafts": _l("Crafts"),
    "textiles": _l("Textiles"),
    "packaging_permits": _l("Packaging, labelling and food permits"),
    "governance": _l("Bookkeeping, cooperatives and group governance"),
    "savings_credit": _l("Savings and credit"),
    "digital_marketing": _l("Digital marketing and e-commerce"),
    "energy_environment": _l("Renewable energy and environment"),
    "health_nutrition": _l("Health and nutrition"),
    "tourism": _l("Tourism and homestays"),
    "other": _l("Other"),
}

GROUP_STAGES = {
    "penumbuhan": _l("Growing (penumbuhan)"),
    "pengembangan": _l("Developing (pengembangan)"),
    "kemandirian": _l("Independent (kemandirian)"),
}

STAGE_HELP = {
    "penumbuhan": _l(
        "The group is forming: members meet, agree on rules and learn to work together."
    ),
    "pengembangan": _l("The group runs its activities and grows its business, with a facilitator."),
    "kemandirian": _l(
        "The group stands on its own; one of its members can take the facilitator's role."
    ),
}

GROUP_ROLES = {
    "ketua": _l("Chair (ketua)"),
    "sekretaris": _l("Secretary (sekretaris)"),
    "bendahara": _l("Treasurer (bendahara)"),
    "anggota": _l("Member (anggota)"),
}
OFFICER_ROLES = frozenset({"ketua", "sekretaris", "bendahara"})

PROVIDER_TYPES = {
    "trainer": _l("Trainer"),
    "buyer": _l("Buyer"),
    "supplier": _l("Supplier"),
    "programme": _l("Programme (NGO or government)"),
}

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
