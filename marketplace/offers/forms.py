"""Offer forms."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DecimalField, SelectMultipleField, SubmitField

from marketplace import regions
from marketplace.formkit import (
    ListingForm,
    LocalDateField,
    amount,
    check_dates_in_order,
    optional,
    options,
)
from marketplace.services.listings.posting import OFFER_FIELDS

CAPACITY_LABELS = {
    "training": _l("Capacity (people)"),
    "market": _l("How much you can buy (volume)"),
    "resource": _l("Units available"),
}


class OfferForm(ListingForm):
    price = DecimalField(
        _l("Price or fee (Rp, optional)"), places=0, validators=[optional(), amount()]
    )
    available_from = LocalDateField(_l("Available from"), validators=[optional()])
    available_until = LocalDateField(_l("Available until"), validators=[optional()])
    service_area = SelectMultipleField(
        _l("Provinces this offer reaches"),
        description=_l("Leave empty if it reaches everywhere or is online."),
        validators=[optional()],
    )
    publish = BooleanField(_l("Publish now (otherwise it is saved as a draft)"), default=True)
    submit = SubmitField(_l("Save"))
    listing_fields = OFFER_FIELDS

    def __init__(self, *args, kind: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.service_area.choices = options(regions.choices_provinces())
        kind = kind or self.kind.data
        if kind in CAPACITY_LABELS:
            self.capacity.label.text = CAPACITY_LABELS[kind]

    def validate_available_until(self, field):
        check_dates_in_order(self.available_from, field)
