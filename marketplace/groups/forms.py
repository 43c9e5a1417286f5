"""Group forms."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    EmailField,
    FloatField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)

from marketplace.formkit import (
    CreateForm,
    Form,
    check_regency_in_province,
    max_length,
    not_negative,
    number_between,
    optional,
    options,
    province_choices,
    regency_choices,
    required,
    valid_email,
)
from marketplace.services.parties.groups import GROUP_FIELDS, group_has_exact_location
from marketplace.vocab import GROUP_ROLES, GROUP_STAGES, SECTORS


class GroupForm(CreateForm):
    name = StringField(_l("Group name"), validators=[required(), max_length(200)])
    sector = SelectField(_l("Sector"), choices=options(SECTORS), validators=[required()])
    province_code = SelectField(_l("Province"), validators=[required()])
    regency_code = SelectField(_l("Regency / city"), validators=[required()])
    district = StringField(_l("District (kecamatan)"), validators=[optional(), max_length(120)])
    village = StringField(_l("Village (desa)"), validators=[optional(), max_length(120)])
    lat = FloatField(_l("Latitude"), validators=[optional(), number_between(-11.5, 6.5)])
    lon = FloatField(_l("Longitude"), validators=[optional(), number_between(94, 141.5)])
    members_count = IntegerField(_l("Number of members"), validators=[optional(), not_negative()])
    stage = SelectField(
        _l("Stage"),
        choices=options(GROUP_STAGES),
        validators=[required()],
        description=_l("Where the group is on its way to standing on its own."),
    )
    description = TextAreaField(_l("About the group"), validators=[optional(), max_length(5000)])
    products = TextAreaField(_l("Products"), validators=[optional(), max_length(5000)])
    achievements = TextAreaField(_l("Achievements"), validators=[optional(), max_length(5000)])
    submit = SubmitField(_l("Save group"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.province_code.choices = province_choices()
        self.regency_code.choices = regency_choices()
        group = kwargs.get("obj")
        if group is not None and not self.is_submitted() and not group_has_exact_location(group):
            # Coordinates taken from the regency are not the officer's: leave the fields empty.
            self.lat.data = self.lon.data = None

    def validate_regency_code(self, field):
        check_regency_in_province(self.province_code, field)

    def fields(self) -> dict:
        return {n: getattr(self, n).data for n in GROUP_FIELDS}


class AddMemberForm(Form):
    email = EmailField(
        _l("Email of the member"), validators=[required(), valid_email(), max_length(254)]
    )
    role = SelectField(_l("Role in the group"), choices=options(GROUP_ROLES), default="anggota")
    submit = SubmitField(_l("Send the invitation"))


class MemberRoleForm(Form):
    role = SelectField(_l("Role"), choices=options(GROUP_ROLES))
    submit = SubmitField(_l("Change role"))
