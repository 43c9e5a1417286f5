"""Need forms."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, DecimalField

from marketplace.formkit import ListingForm, amount, check_dates_in_order, optional
from marketplace.services.listings import NEED_FIELDS


class NeedForm(ListingForm):
    budget = DecimalField(_l("Budget (Rp, optional)"), places=0, validators=[optional(), amount()])
    wanted_from = DateField(_l("Wanted from"), validators=[optional()])
    wanted_until = DateField(_l("Wanted until"), validators=[optional()])
    listing_fields = NEED_FIELDS

    def validate_wanted_until(self, field):
        check_dates_in_order(self.wanted_from, field)
