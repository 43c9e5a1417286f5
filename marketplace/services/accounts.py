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
from marketplace.models import GroupMembership, Invitation, User
from marketplace.models.base import new_token, utcnow
from marketplace.services.outbox import queue_email
from marketplace.services.passwords import hash_password, password_problems, verify_password
from marketplace.services.phones import phone_key

RESET_SALT = "password-reset"


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
) -> User:
    """Create an account with an email address, a phone number, or both; pending group
    invitations for this email are accepted."""
    email = normalise_email(email) if email else None
    if email is None and not phone:
        raise ValidationFailed({"phone": [_("Give a phone number or an email address.")]})
    if email and find_user_by_email(email):
        raise ValidationFailed({"email": [_("An account with this email already exists.")]})
    key = _checked_phone_key(phone)
    _check_password(password, email=email, name=name)
    user = User(
        email=email,
        name=name.strip(),
        phone=(phone or None),
        phone_key=key,
        password_hash=hash_password(password),
        locale=locale,
    )
    db.session.add(user)
    db.session.flush()
    invitations = db.session.scalars(
        select(Invitation).where(Invitation.email == email, Invitation.accepted_at.is_(None))
    )
    for invitation in invitations:
        db.session.add(
            GroupMembership(group_id=invitation.group_id, user_id=user.id, role=invitation.role)
        )
        invitation.accepted_at = utcnow()
    db.session.commit()
    return user


def authenticate(identifier: str, password: str) -> User | None:
    """Return the active account these credentials (email or phone number) open, or None."""
    user = find_user_for_login(identifier)
    if user is None or not user.active:
        # Spend the same time as a real check so timing does not reveal accounts.
        verify_password(hash_password("timing-equaliser"), password)
        return None
    return user if verify_password(user.password_hash, password) else None


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
