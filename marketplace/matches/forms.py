"""Forms of the curation workflow."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    DecimalField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)

from marketplace.formkit import (
    CreateForm,
    Form,
    LocalDateField,
    amount,
    max_length,
    not_negative,
    optional,
    options,
    required,
)
from marketplace.services.curation.moves import DECLINE_REASONS

# The review page writes these two forms by hand, once per suggestion, with these labels.
PROPOSE_NOTE = _l("Note to the group and the provider")
DISMISS_REASON = _l("Why not?")
DISMISS_NOTE = _l("Note (optional)")


class ProposeForm(CreateForm):
    offer_id = HiddenField(validators=[required()])
    note = TextAreaField(PROPOSE_NOTE, validators=[optional(), max_length(2000)])
    submit = SubmitField(_l("Propose"))


class DismissForm(Form):
    offer_id = HiddenField(validators=[required()])
    reason_code = SelectField(
        DISMISS_REASON, choices=options(DECLINE_REASONS), validators=[required()]
    )
    note = StringField(DISMISS_NOTE, validators=[optional(), max_length(500)])
    submit = SubmitField(_l("Dismiss"))


class DecisionForm(Form):
    decision = RadioField(
        _l("Your decision"),
        choices=options({"accept": _l("Accept"), "decline": _l("Decline")}),
        validators=[required()],
    )
    reason_code = SelectField(
        _l("If you decline, why?"),
        choices=options(DECLINE_REASONS, blank=_l("—")),
        validators=[optional()],
    )
    note = TextAreaField(_l("Note (optional)"), validators=[optional(), max_length(2000)])
    submit = SubmitField(_l("Send decision"))


class RespondForm(CreateForm):
    offer_id = SelectField(_l("Which of your offers?"), validators=[required()])
    message = TextAreaField(_l("Message"), validators=[required(), max_length(2000)])
    terms_dates = StringField(_l("When can you do it?"), validators=[optional(), max_length(120)])
    terms_fee = DecimalField(_l("Fee or price (Rp)"), places=0, validators=[optional(), amount()])
    terms_capacity = IntegerField(_l("Capacity"), validators=[optional(), not_negative()])
    submit = SubmitField(_l("We can help"))


class RequestIntroForm(CreateForm):
    need_id = SelectField(_l("For which of your group's needs?"), validators=[required()])
    message = TextAreaField(
        _l("Message to your facilitator"), validators=[optional(), max_length(2000)]
    )
    submit = SubmitField(_l("Ask for an introduction"))


class OutcomeForm(Form):
    happened_on = LocalDateField(_l("Date"), validators=[optional()])
    people_trained = IntegerField(_l("People trained"), validators=[optional(), not_negative()])
    volume = DecimalField(_l("Volume sold or delivered"), validators=[optional(), amount()])
    unit = StringField(_l("Unit"), validators=[optional(), max_length(40)])
    price = DecimalField(_l("Total value (Rp)"), places=0, validators=[optional(), amount()])
    first_delivery_on = LocalDateField(_l("First delivery"), validators=[optional()])
    notes = TextAreaField(_l("What came of it"), validators=[optional(), max_length(5000)])
    submit = SubmitField(_l("Record the outcome"))

    def fit_kind(self, kind: str) -> OutcomeForm:
        """Ask what fits the need: people for training, volume for market, units otherwise."""
        if kind == "training":
            self.price.label.text = _l("Fee paid (Rp)")
        elif kind == "resource":
            self.volume.label.text = _l("Units received")
        return self


class FeedbackForm(Form):
    rating = RadioField(
        _l("Rating"),
        choices=options({str(n): str(n) for n in range(1, 6)}),
        validators=[required()],
    )
    comment = TextAreaField(_l("Comment"), validators=[optional(), max_length(2000)])
    submit = SubmitField(_l("Send feedback"))


class MessageForm(CreateForm):
    body = TextAreaField(_l("Message"), validators=[required(), max_length(5000)])
    submit = SubmitField(_l("Send"))


class WithdrawForm(Form):
    note = TextAreaField(_l("Why do you withdraw?"), validators=[required(), max_length(500)])
    submit = SubmitField(_l("Yes, withdraw this match"))


class NoteForm(Form):
    note = StringField(_l("Note (optional)"), validators=[optional(), max_length(500)])
    submit = SubmitField(_l("Confirm"))
