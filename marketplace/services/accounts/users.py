"""Accounts: sign-up, sign-in, sessions, password changes and resets, roles."""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import func, or_, select

from marketplace.errors import NotFound, ValidationFailed
from marketplace.extensions import db
from marketplace.links import external_url
from marketplace.models import User
from marketplace.models.base import new_token, utcnow
from marketplace.services.accounts.passwords import (
    hash_password,
    password_problems,
    verify_password,
)
from marketplace.services.accounts.phones import phone_key
from marketplace.services.messaging.outbox import queue_email

RESET_SALT = "password-reset"
CONFIRM_SALT = "confirm-email"


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def find_user_for_login(identifier: str) -> User | None:
    """The account an email address or a phone number names."""
    if "@" in identifier:
        return find_user_by_email(identifier)
    key = phone_key(identifier)
    return db.session.scalar(select(User).where(User.phone_key == key)) if key else None


def _checked_phone_key(phone: str | None, *, user: User | None = None) -> str | None:
    if not phone:
        return None
    key = phone_key(phone)
    if key is None:
        raise ValidationFailed({"phone": [_("Write a phone number, e.g. 0812 3456 7890.")]})
    owner = db.session.scalar(select(User).where(User.phone_key == key))
    if owner is not None and owner is not user:
        raise ValidationFailed({"phone": [_("An account with this phone number already exists.")]})
    return key


def _check_password(password: str, *, email: str | None, name: str) -> None:
    email = email or ""
    problems = password_problems(password, personal=(email, email.split("@")[0], name))
    if problems:
        raise ValidationFailed({"password": problems})


def register(
    *,
    email: str | None,
    name: str,
    password: str,
    phone: str | None = None,
    locale: str | None = None,
    confirmed: bool = True,
    privacy_version: str | None = None,
    password_hash: str | None = None,
) -> User:
    """Create an account with an email address, a phone number, or both (confirmed unless
    it came from the sign-up form with an email, which mails a link)."""
    email = normalise_email(email) if email else None
    if email is None and not phone:
        raise ValidationFailed({"phone": [_("Give a phone number or an email address.")]})
    if email and find_user_by_email(email):
        raise ValidationFailed({"email": [_("An account with this email already exists.")]})
    key = _checked_phone_key(phone)
    _check_password(password, email=email, name=name)
    now = utcnow()
    user = User(
        email=email,
        name=name.strip(),
        phone=(phone or None),
        phone_key=key,
        password_hash=password_hash or hash_password(password),
        locale=locale,
        email_confirmed_at=now if confirmed else None,
        privacy_version=privacy_version,
        privacy_accepted_at=now if privacy_version else None,
    )
    db.session.add(user)
    db.session.commit()
    return user


def sign_up(
    *,
    email: str | None,
    name: str,
    password: str,
    phone: str | None,
    locale: str | None,
    privacy_version: str,
) -> User | None:
    """Start an account from the sign-up form.

    With an email the answer is the same whether or not it exists: a new address gets a
    link that confirms it; an address that already has an account gets a note saying
    someone tried (or, if never confirmed, its link again); the password is hashed on both
    paths so the time taken does not tell them apart either. Returns None then.

    With a phone number only (villagers without email), the account is ready at once and
    returned; nothing can be mailed, so a number already in use is refused on the form.
    """
    if not email:
        return register(
            email=None,
            name=name,
            password=password,
            phone=phone,
            locale=locale,
            privacy_version=privacy_version,
        )
    email = normalise_email(email)
    _check_password(password, email=email, name=name)
    password_hash = hash_password(password)
    existing = find_user_by_email(email)
    if existing is None:
        user = register(
            email=email,
            name=name,
            password=password,
            phone=phone,
            locale=locale,
            confirmed=False,
            privacy_version=privacy_version,
            password_hash=password_hash,
        )
        send_confirmation(user)
    elif existing.email_confirmed_at is None:
        # Never confirmed, so nobody has proved they own it: the newest sign-up wins,
        # and links sent before it stop working (they are bound to the password hash).
        existing.name = name.strip()
        existing.phone_key = _checked_phone_key(phone, user=existing)
        existing.phone = phone or None
        existing.password_hash = password_hash
        existing.privacy_version = privacy_version
        existing.privacy_accepted_at = utcnow()
        send_confirmation(existing)
    else:
        _mail_signup_attempt(existing)


def _mail_signup_attempt(user: User) -> None:
    with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
        queue_email(
            to=user.email,
            subject=_("Someone tried to sign up with your email"),
            body=_(
                "Hello %(name)s,\n\nSomeone tried to create a Pasar Pendamping account with "
                "this email address, which already has one. If it was you, sign in here:\n"
                "%(login)s\nForgot your password? Choose a new one here:\n%(forgot)s\n\n"
                "If it was not you, ignore this message: nothing was changed.",
                name=user.name,
                login=external_url("auth.login"),
                forgot=external_url("auth.forgot_password"),
            ),
        )
    db.session.commit()


def _confirm_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=CONFIRM_SALT)


def send_confirmation(user: User) -> None:
    """Mail the link that confirms the address and opens the account."""
    token = _confirm_serializer().dumps(
        {"uid": user.id, "email": user.email, "pw": user.password_hash[-16:]}
    )
    days = current_app.config["EMAIL_CONFIRM_MAX_AGE"] // 86400
    with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
        queue_email(
            to=user.email,
            subject=_("Confirm your Pasar Pendamping account"),
            body=_(
                "Hello %(name)s,\n\nOpen this link within %(days)d days to confirm your email "
                "address and start using your account:\n%(link)s\n\nIf you did not sign up, "
                "ignore this message.",
                name=user.name,
                days=days,
                link=external_url("auth.confirm_email", token=token),
            ),
        )
    db.session.commit()


def user_for_confirm_token(token: str) -> User:
    try:
        data = _confirm_serializer().loads(
            token, max_age=current_app.config["EMAIL_CONFIRM_MAX_AGE"]
        )
    except SignatureExpired as exc:
        raise NotFound(_("This link has expired. Sign in to get a new one.")) from exc
    except BadSignature as exc:
        raise NotFound(_("This link is not valid.")) from exc
    user = db.session.get(User, data.get("uid")) if isinstance(data, dict) else None
    if (
        user is None
        or user.email != data.get("email")
        or user.password_hash[-16:] != data.get("pw")
        or not user.active
    ):
        raise NotFound(_("This link is not valid."))
    return user


def confirm_email(token: str) -> User:
    user = user_for_confirm_token(token)
    if user.email_confirmed_at is None:
        user.email_confirmed_at = utcnow()
        db.session.commit()
    return user


_TIMING_HASHES: dict[str, str] = {}


def _timing_hash() -> str:
    """A hash made like real ones, checked when there is no account, so both take as long."""
    method = current_app.config["PASSWORD_HASH_METHOD"]
    if method not in _TIMING_HASHES:
        _TIMING_HASHES[method] = hash_password(new_token())
    return _TIMING_HASHES[method]


def authenticate(identifier: str, password: str) -> User | None:
    """Return the active account these credentials (email or phone number) open, or None.

    Exactly one hash check is made whether or not the account exists. An account whose
    address is not confirmed yet is returned too: the caller sends its link again.
    """
    user = find_user_for_login(identifier)
    if user is None:
        verify_password(_timing_hash(), password)
        return None
    matches = verify_password(user.password_hash, password)
    return user if matches and user.active else None


def end_all_sessions(user: User) -> None:
    """Invalidate every session and remember-cookie of this account."""
    user.session_token = new_token()
    db.session.commit()


def change_password(user: User, *, current: str, new: str) -> None:
    if not verify_password(user.password_hash, current):
        raise ValidationFailed({"current_password": [_("The current password is not correct.")]})
    _set_password(user, new)


def _set_password(user: User, new: str) -> None:
    _check_password(new, email=user.email, name=user.name)
    user.password_hash = hash_password(new)
    user.password_changed_at = utcnow()
    user.session_token = new_token()
    db.session.commit()


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=RESET_SALT)


def make_reset_token(user: User) -> str:
    # Binding the token to the current hash makes it single-use: it dies with the password.
    return _serializer().dumps({"uid": user.id, "pw": user.password_hash[-16:]})


def request_password_reset(email: str) -> None:
    """Queue a reset link if the account exists; say nothing either way."""
    user = find_user_by_email(email)
    if user is None or not user.active or not user.email:
        return
    link = external_url("auth.reset_password", token=make_reset_token(user))
    minutes = current_app.config["PASSWORD_RESET_MAX_AGE"] // 60
    with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
        queue_email(
            to=user.email,
            subject=_("Reset your Pasar Pendamping password"),
            body=_(
                "Hello %(name)s,\n\nOpen this link within %(minutes)d minutes to choose a new "
                "password:\n%(link)s\n\nIf you did not ask for this, ignore this message.",
                name=user.name,
                minutes=minutes,
                link=link,
            ),
        )
    db.session.commit()


def user_for_reset_token(token: str) -> User:
    try:
        data = _serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"])
    except SignatureExpired as exc:
        raise NotFound(_("This reset link has expired. Please ask for a new one.")) from exc
    except BadSignature as exc:
        raise NotFound(_("This reset link is not valid.")) from exc
    user = db.session.get(User, data.get("uid")) if isinstance(data, dict) else None
    if user is None or user.password_hash[-16:] != data.get("pw") or not user.active:
        raise NotFound(_("This reset link has already been used or is no longer valid."))
    return user


def reset_password(token: str, new: str) -> User:
    user = user_for_reset_token(token)
    user.email_confirmed_at = user.email_confirmed_at or utcnow()  # the link proved the mailbox
    _set_password(user, new)
    return user


def set_locale(user: User, locale: str) -> None:
    user.locale = locale
    db.session.commit()


def update_profile(user: User, *, name: str, phone: str | None) -> None:
    if not phone and user.email is None:
        raise ValidationFailed({"phone": [_("Your account signs in with this phone number.")]})
    user.phone_key = _checked_phone_key(phone, user=user)
    user.name = name.strip()
    user.phone = phone or None
    db.session.commit()


def set_system_roles(user: User, *, facilitator: bool, admin: bool) -> None:
    """Grant or withdraw the facilitator and admin roles (admins only)."""
    user.is_facilitator = facilitator
    user.is_admin = admin
    db.session.commit()


def get_user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(_("This account does not exist."))
    return user


def users_page(q: str, *, page: int, per_page: int = 50):
    """Accounts whose name or email contains ``q``, by name."""
    stmt = select(User).order_by(User.name)
    if q:
        stmt = stmt.where(or_(User.name.ilike(f"%{q}%"), User.email.ilike(f"%{q}%")))
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def facilitators() -> list[User]:
    return list(
        db.session.scalars(select(User).where(User.is_facilitator.is_(True)).order_by(User.name))
    )
