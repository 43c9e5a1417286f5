"""Sign-up, sign-in, sign-out, password reset and the account page."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from marketplace.auth.forms import (
    ChangePasswordForm,
    ForgotPasswordForm,
    LanguageForm,
    LoginForm,
    ProfileForm,
    ResetPasswordForm,
    SignupForm,
)
from marketplace.errors import ValidationFailed
from marketplace.extensions import limiter
from marketplace.formkit import show_errors
from marketplace.services import accounts

bp = Blueprint("auth", __name__, url_prefix="/auth")


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _reset_limit() -> str:
    return current_app.config["RESET_RATE_LIMIT"]


def _safe_next(target: str | None, default: str = "main.dashboard") -> str:
    """Only ever redirect within this site."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and not urlsplit(target).netloc
    ):
        return target
    return url_for(default)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            flash(_("Welcome, %(name)s.", name=user.name), "success")
            return redirect(_safe_next(request.args.get("next")))
        form.form_errors.append(_("The email, phone number or password is not correct."))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    accounts.end_all_sessions(current_user._get_current_object())
    logout_user()
    flash(_("You are signed out on every device."), "info")
    return redirect(url_for("main.index"))


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = accounts.register(
                email=form.email.data or None,
                name=form.name.data,
                password=form.password.data,
                phone=form.phone.data,
                locale=session.get("lang"),
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            login_user(user)
            flash(
                _("Your account is ready. Create or join a group, or a provider profile."),
                "success",
            )
            return redirect(url_for("main.dashboard"))
    return render_template("auth/signup.html", form=form)


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        accounts.request_password_reset(form.email.data)
        flash(_("If an account exists for this email, a reset link is on its way."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def reset_password(token: str):
    accounts.user_for_reset_token(token)
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            accounts.reset_password(token, form.password.data)
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            logout_user()
            flash(_("Your password was changed. Please sign in."), "success")
            return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form)


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    user = current_user._get_current_object()
    profile = ProfileForm(prefix="profile", obj=user)
    password = ChangePasswordForm(prefix="password")
    if profile.submit.data and profile.validate_on_submit():
        try:
            accounts.update_profile(user, name=profile.name.data, phone=profile.phone.data)
        except ValidationFailed as error:
            show_errors(profile, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("auth.account"))
    if password.submit.data and password.validate_on_submit():
        try:
            accounts.change_password(
                user, current=password.current_password.data, new=password.password.data
            )
        except ValidationFailed as error:
            show_errors(password, error)
        else:
            login_user(user)
            flash(_("Password changed. Every other session was signed out."), "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/account.html", profile=profile, password=password)


@bp.post("/language")
def set_language():
    form = LanguageForm()
    if form.validate_on_submit():
        session["lang"] = form.lang.data
        if current_user.is_authenticated:
            accounts.set_locale(current_user._get_current_object(), form.lang.data)
    return redirect(_safe_next(request.form.get("next"), default="main.index"))
