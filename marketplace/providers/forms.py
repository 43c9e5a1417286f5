"""Provider forms."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    EmailField,
    FloatField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)

from marketplace import regions
from marketplace.formkit import (
    CreateForm,
    Form,
    check_regency_in_province,
    max_length,
    number_between,
    optional,
    options,
    province_choices,
    regency_choices,
    required,
    valid_email,
    valid_website,
)
from marketplace.services.parties.providers import PROVIDER_FIELDS
from marketplace.vocab import PROVIDER_TYPES


class ProviderForm(CreateForm):
    name = StringField(_l("Name"), validators=[required(), max_length(200)])
    type = SelectField(_l("Type"), choices=options(PROVIDER_TYPES), validators=[required()])
    province_code = SelectField(_l("Based in province"), validators=[required()])
    regency_code = SelectField(_l("Regency / city"), validators=[optional()])
    lat = FloatField(_l("Latitude (optional)"), validators=[optional(), number_between(-11.5, 6.5)])
    lon = FloatField(_l("Longitude (optional)"), validators=[optional(), number_between(94, 141.5)])
    service_area = SelectMultipleField(
        _l("Provinces you reach"),
        description=_l("Leave empty if you work everywhere or online."),
        validators=[optional()],
    )
    description = TextAreaField(_l("Description"), validators=[optional(), max_length(5000)])
    contact_email = EmailField(
        _l("Contact email"), validators=[optional(), valid_email(), max_length(254)]
    )
    contact_phone = StringField(
        _l("Contact phone / WhatsApp"), validators=[optional(), max_length(40)]
    )
    website = StringField(
        _l("Website"),
        validators=[optional(), valid_website(), max_length(200)],
    )
    submit = SubmitField(_l("Save provider"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.province_code.choices = province_choices()
        self.regency_code.choices = regency_choices()
        self.service_area.choices = options(regions.choices_provinces())

    def validate_regency_code(self, field):
        check_regency_in_province(self.province_code, field)

    def fields(self) -> dict:
        data = {n: getattr(self, n).data for n in PROVIDER_FIELDS}
        data["regency_code"] = data["regency_code"] or None
        return data


class ProviderMemberForm(Form):
    email = EmailField(
        _l("Email of the person"), validators=[required(), valid_email(), max_length(254)]
    )
    submit = SubmitField(_l("Add"))
