"""Account forms."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import EqualTo

from marketplace.formkit import length_between, max_length, optional, options, required, valid_email
from marketplace.vocab import LANGUAGES


class LoginForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[required(), valid_email(), max_length(254)])
    password = PasswordField(_l("Password"), validators=[required(), max_length(128)])
    remember = BooleanField(_l("Keep me signed in on this device"))
    submit = SubmitField(_l("Sign in"))


class SignupForm(FlaskForm):
    name = StringField(_l("Your name"), validators=[required(), length_between(2, 120)])
    email = EmailField(_l("Email"), validators=[required(), valid_email(), max_length(254)])
    phone = StringField(_l("Phone / WhatsApp (optional)"), validators=[optional(), max_length(40)])
    password = PasswordField(
        _l("Password"),
        validators=[required(), max_length(128)],
        description=_l("At least 10 characters; a few unrelated words work well."),
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    submit = SubmitField(_l("Create account"))


class ForgotPasswordForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[required(), valid_email(), max_length(254)])
    submit = SubmitField(_l("Send me a reset link"))


class ResetPasswordForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[required(), max_length(128)])
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    submit = SubmitField(_l("Save new password"))


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[required()])
    password = PasswordField(_l("New password"), validators=[required(), max_length(128)])
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    submit = SubmitField(_l("Change password"))


class ProfileForm(FlaskForm):
    name = StringField(_l("Your name"), validators=[required(), length_between(2, 120)])
    phone = StringField(_l("Phone / WhatsApp (optional)"), validators=[optional(), max_length(40)])
    submit = SubmitField(_l("Save"))


class LanguageForm(FlaskForm):
    lang = SelectField(_l("Language"), choices=options(LANGUAGES), validators=[required()])
    submit = SubmitField(_l("Change language"))
