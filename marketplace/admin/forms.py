"""Admin forms."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SubmitField


class RolesForm(FlaskForm):
    facilitator = BooleanField(_l("Facilitator"))
    admin = BooleanField(_l("Admin"))
    submit = SubmitField(_l("Save roles"))
