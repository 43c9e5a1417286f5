"""Account forms."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo

from marketplace.formkit import (
    Form,
    length_between,
    max_length,
    optional,
    options,
    required,
    valid_email,
)
from marketplace.vocab import LANGUAGES


class LoginForm(Form):
    # Still named "email" (the field id the pages and tests know); a phone number works too.
    email = StringField(
        _l("Email or phone number"),
        validators=[required(), max_length(254)],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(_l("Password"), validators=[required(), max_length(128)])
    remember = BooleanField(_l("Keep me signed in on this device"))
    submit = SubmitField(_l("Sign in"))


class SignupForm(Form):
    name = StringField(_l("Your name"), validators=[required(), length_between(2, 120)])
    phone = StringField(
        _l("Phone / WhatsApp"),
        validators=[optional(), max_length(40)],
        description=_l("You can sign in with this number."),
        render_kw={"inputmode": "tel", "autocomplete": "tel"},
    )
    email = EmailField(
        _l("Email (optional if you give a phone number)"),
        validators=[optional(), valid_email(), max_length(254)],
        description=_l("Needed to reset a forgotten password by email."),
    )
    password = PasswordField(
        _l("Password"),
        validators=[required(), max_length(128)],
        description=_l("At least 10 characters; a few unrelated words work well."),
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    consent = BooleanField(
        _l("I have read the privacy notice and agree that my data is used as it describes"),
        validators=[DataRequired(message=_l("Please read and accept the privacy notice."))],
    )
    submit = SubmitField(_l("Create account"))


class ForgotPasswordForm(Form):
    email = EmailField(_l("Email"), validators=[required(), valid_email(), max_length(254)])
    submit = SubmitField(_l("Send me a reset link"))


class ResetPasswordForm(Form):
    password = PasswordField(_l("New password"), validators=[required(), max_length(128)])
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    submit = SubmitField(_l("Save new password"))


class ChangePasswordForm(Form):
    current_password = PasswordField(_l("Current password"), validators=[required()])
    password = PasswordField(_l("New password"), validators=[required(), max_length(128)])
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    submit = SubmitField(_l("Change password"))


class ProfileForm(Form):
    name = StringField(_l("Your name"), validators=[required(), length_between(2, 120)])
    phone = StringField(_l("Phone / WhatsApp (optional)"), validators=[optional(), max_length(40)])
    submit = SubmitField(_l("Save"))


class LanguageForm(Form):
    lang = SelectField(_l("Language"), choices=options(LANGUAGES), validators=[required()])
    submit = SubmitField(_l("Change language"))


class ConfirmEmailForm(Form):
    submit = SubmitField(_l("Confirm my email address"))


class EraseAccountForm(Form):
    password = PasswordField(_l("Your password"), validators=[required(), max_length(128)])
    understood = BooleanField(
        _l("I understand that my account and personal data are deleted and cannot be restored"),
        validators=[DataRequired(message=_l("Please confirm."))],
    )
    submit = SubmitField(_l("Delete my account"))
