"""Admin forms."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, SubmitField
from wtforms.validators import DataRequired, Optional

from marketplace.formkit import Form


class RolesForm(Form):
    facilitator = BooleanField(_l("Facilitator"))
    admin = BooleanField(_l("Admin"))
    submit = SubmitField(_l("Save roles"))


class AssignmentForm(Form):
    facilitator_id = SelectField(_l("Facilitator"), validators=[DataRequired()])
    group_id = SelectField(_l("Group"), validators=[Optional()])
    regency_code = SelectField(_l("or cover a regency or city"), validators=[Optional()])
    province_code = SelectField(_l("or cover a whole province"), validators=[Optional()])
    submit = SubmitField(_l("Assign"))
