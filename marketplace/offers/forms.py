"""Offer forms."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, DecimalField, SelectMultipleField

from marketplace import regions
from marketplace.formkit import ListingForm, amount, check_dates_in_order, optional, options
from marketplace.services.listings import OFFER_FIELDS


class OfferForm(ListingForm):
    price = DecimalField(
        _l("Price or fee (Rp, optional)"), places=0, validators=[optional(), amount()]
    )
    available_from = DateField(_l("Available from"), validators=[optional()])
    available_until = DateField(_l("Available until"), validators=[optional()])
    service_area = SelectMultipleField(
        _l("Provinces this offer reaches"),
        description=_l("Leave empty if it reaches everywhere or is online."),
        validators=[optional()],
    )
    listing_fields = OFFER_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.service_area.choices = options(regions.choices_provinces())

    def validate_available_until(self, field):
        check_dates_in_order(self.available_from, field)
