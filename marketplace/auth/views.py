"""Sign-up, sign-in, sign-out, password reset and the account page."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
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
    ConfirmEmailForm,
    EraseAccountForm,
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
from marketplace.services.accounts import privacy, users
from marketplace.services.accounts.privacy import PRIVACY_NOTICE_VERSION
from marketplace.services.parties import groups as group_service
from marketplace.text import clean_line

bp = Blueprint("auth", __name__, url_prefix="/auth")


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _reset_limit() -> str:
    return current_app.config["RESET_RATE_LIMIT"]


def _signup_limit() -> str:
    return current_app.config["SIGNUP_RATE_LIMIT"]


def _safe_next(target: str | None, default: str = "main.dashboard") -> str:
    """Only ever redirect within this site, to a path that can stand in a header."""
    if (
        target
        and target == clean_line(target)
        and target.isprintable()
        and target.startswith("/")
        and not target.startswith(("//", "/\\"))
    ):
        try:
            if not urlsplit(target).netloc:
                return target
        except ValueError:  # e.g. an unclosed "[" of an IPv6 address
            pass
    return url_for(default)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        user = users.authenticate(form.email.data, form.password.data)
        if user is not None and user.email and user.email_confirmed_at is None:
            users.send_confirmation(user)
            form.form_errors.append(
                _(
                    "Please confirm your email first: we sent the link again to %(email)s.",
                    email=user.email,
                )
            )
        elif user is not None:
            login_user(user, remember=form.remember.data)
            flash(_("Welcome, %(name)s.", name=user.name), "success")
            return redirect(_safe_next(request.args.get("next")))
        else:
            form.form_errors.append(_("The email, phone number or password is not correct."))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    users.end_all_sessions(current_user._get_current_object())
    logout_user()
    flash(_("You are signed out on every device."), "info")
    return redirect(url_for("main.index"))


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(_signup_limit, methods=["POST"])
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = users.sign_up(
                email=form.email.data or None,
                name=form.name.data,
                password=form.password.data,
                phone=form.phone.data,
                locale=session.get("lang"),
                privacy_version=PRIVACY_NOTICE_VERSION,
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            if user is not None:  # a phone number only: nothing to confirm by mail
                login_user(user)
                flash(
                    _("Your account is ready. Create or join a group, or a provider profile."),
                    "success",
                )
                return redirect(url_for("main.dashboard"))
            # The same answer whether or not the address already has an account.
            flash(
                _(
                    "Almost done: we sent a message to %(email)s. Open the link in it to "
                    "confirm your address and start using your account.",
                    email=users.normalise_email(form.email.data),
                ),
                "info",
            )
            return redirect(url_for("auth.login"))
    return render_template("auth/signup.html", form=form)


@bp.route("/confirm/<token>", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def confirm_email(token: str):
    user = users.user_for_confirm_token(token)
    form = ConfirmEmailForm()
    if form.validate_on_submit():
        user = users.confirm_email(token)
        login_user(user)
        flash(_("Your account is ready. Create or join a group, or a provider profile."), "success")
        return redirect(url_for("main.dashboard"))
    return render_template("auth/confirm.html", form=form, email=user.email)


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        users.request_password_reset(form.email.data)
        flash(_("If an account exists for this email, a reset link is on its way."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def reset_password(token: str):
    users.user_for_reset_token(token)
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            users.reset_password(token, form.password.data)
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
            users.update_profile(user, name=profile.name.data, phone=profile.phone.data)
        except ValidationFailed as error:
            show_errors(profile, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("auth.account"))
    if password.submit.data and password.validate_on_submit():
        try:
            users.change_password(
                user, current=password.current_password.data, new=password.password.data
            )
        except ValidationFailed as error:
            show_errors(password, error)
        else:
            login_user(user)
            flash(_("Password changed. Every other session was signed out."), "success")
            return redirect(url_for("auth.account"))
    return render_template(
        "auth/account.html",
        profile=profile,
        password=password,
        invitations=group_service.invitations_for(user),
        erase=EraseAccountForm(prefix="erase"),
    )


@bp.get("/account/data.json")
@login_required
def my_data():
    """A copy of everything held about the signed-in person (their right of access)."""
    body = json.dumps(
        privacy.personal_data(current_user._get_current_object()), ensure_ascii=False, indent=1
    )
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": 'attachment; filename="pasar-pendamping-my-data.json"'},
    )


@bp.route("/account/delete", methods=["GET", "POST"])
@login_required
@limiter.limit(_login_limit, methods=["POST"])
def erase_account():
    form = EraseAccountForm(prefix="erase")
    if form.validate_on_submit():
        try:
            privacy.erase_account(current_user._get_current_object(), password=form.password.data)
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            logout_user()
            flash(_("Your account and personal data were deleted."), "info")
            return redirect(url_for("main.index"))
    return render_template("auth/erase.html", form=form)


@bp.post("/invitations/<int:invitation_id>/accept")
@login_required
def accept_invitation(invitation_id: int):
    group = group_service.accept_invitation(current_user._get_current_object(), invitation_id)
    flash(_("You joined %(group)s.", group=group.name), "success")
    return redirect(url_for("groups.detail", group_id=group.id))


@bp.post("/invitations/<int:invitation_id>/decline")
@login_required
def decline_invitation(invitation_id: int):
    group_service.decline_invitation(current_user._get_current_object(), invitation_id)
    flash(_("You declined the invitation."), "info")
    return redirect(url_for("auth.account"))


@bp.post("/language")
def set_language():
    form = LanguageForm()
    if form.validate_on_submit():
        session["lang"] = form.lang.data
        if current_user.is_authenticated:
            users.set_locale(current_user._get_current_object(), form.lang.data)
    return redirect(_safe_next(request.form.get("next"), default="main.index"))
