"""Need forms."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DecimalField, SubmitField

from marketplace.formkit import (
    ListingForm,
    LocalDateField,
    amount,
    check_dates_in_order,
    optional,
)
from marketplace.services.listings.posting import NEED_FIELDS

QUANTITY_LABELS = {
    "training": (_l("How many people want to learn?"), _l("people")),
    "market": (_l("How much do you want to sell?"), _l("e.g. kg, pieces, packs")),
    "resource": (_l("How many do you need?"), _l("e.g. units, sacks, kg")),
}


class NeedForm(ListingForm):
    """A group's need; the Save button comes after every field (redeclared last)."""

    budget = DecimalField(_l("Budget (Rp, optional)"), places=0, validators=[optional(), amount()])
    wanted_from = LocalDateField(_l("Wanted from"), validators=[optional()])
    wanted_until = LocalDateField(_l("Wanted until"), validators=[optional()])
    publish = BooleanField(_l("Publish now (otherwise it is saved as a draft)"), default=True)
    submit = SubmitField(_l("Save"))
    listing_fields = tuple(n for n in NEED_FIELDS if n != "capacity")

    def __init__(self, *args, kind: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # A need has a quantity, not a capacity: "capacity (people)" meant nothing on a market need.
        del self.capacity
        kind = kind or self.kind.data
        if kind in QUANTITY_LABELS:
            label, unit_hint = QUANTITY_LABELS[kind]
            self.quantity.label.text = label
            self.unit.description = unit_hint

    def validate_wanted_until(self, field):
        check_dates_in_order(self.wanted_from, field)
