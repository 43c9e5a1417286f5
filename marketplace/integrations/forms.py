"""Forms for making tokens and registering webhooks."""

from flask_babel import lazy_gettext as _l
from wtforms import SelectMultipleField, StringField, SubmitField
from wtforms.validators import DataRequired
from wtforms.widgets import CheckboxInput, ListWidget

from marketplace.formkit import Form, length_between, max_length, options, required
from marketplace.services.integrations.webhooks import EVENTS

SCOPE_LABELS = {"read": _l("Read"), "write": _l("Write (change records)")}
EVENT_LABELS = {
    "need.posted": _l("A need is posted"),
    "match.proposed": _l("A match is proposed"),
    "match.accepted": _l("A match is accepted by both sides"),
    "match.declined": _l("A match is declined"),
    "match.completed": _l("A match is completed"),
    "outcome.recorded": _l("An outcome is recorded"),
}


class Checkboxes(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class TokenForm(Form):
    name = StringField(_l("What is the token for?"), validators=[required(), length_between(1, 80)])
    scopes = Checkboxes(
        _l("It may"),
        choices=options(SCOPE_LABELS),
        default=["read"],
        validators=[DataRequired(message=_l("Choose read, write or both."))],
    )
    submit = SubmitField(_l("Make a token"))


class WebhookForm(Form):
    url = StringField(
        _l("Address (https://…)"),
        validators=[required(), max_length(500)],
        render_kw={"inputmode": "url"},
    )
    events = Checkboxes(
        _l("Send"),
        choices=options((e, EVENT_LABELS[e]) for e in EVENTS),
        validators=[DataRequired(message=_l("Choose at least one event."))],
    )
    submit = SubmitField(_l("Register the webhook"))
