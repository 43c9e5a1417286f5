"""Providers: trainers, buyers, suppliers and programmes, and their verification."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import Select, bindparam, select

from marketplace.errors import NotFound, ValidationFailed
from marketplace.extensions import db
from marketplace.models import Provider, ProviderMember, User
from marketplace.models.base import utcnow
from marketplace.services.accounts.users import find_user_by_email
from marketplace.services.parties.places import check_area, check_place
from marketplace.services.suggesting import changes
from marketplace.vocab import PROVIDER_TYPES

PROVIDER_FIELDS = (
    "name",
    "type",
    "province_code",
    "regency_code",
    "lat",
    "lon",
    "service_area",
    "description",
    "contact_email",
    "contact_phone",
    "website",
)


def _apply(provider: Provider, fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(PROVIDER_FIELDS)
    if unknown:
        raise ValueError(f"unknown provider fields: {sorted(unknown)}")
    errors: dict[str, list[str]] = {}
    if fields.get("type") not in PROVIDER_TYPES:
        errors["type"] = [_("Choose a provider type.")]
    errors.update(check_place(fields.get("province_code"), fields.get("regency_code")))
    errors.update(check_area(list(fields.get("service_area") or [])))
    if errors:
        raise ValidationFailed(errors)
    for name, value in fields.items():
        setattr(provider, name, value)


def get_provider(provider_id: int) -> Provider:
    provider = db.session.get(Provider, provider_id)
    if provider is None:
        raise NotFound(_("This provider does not exist."))
    return provider


def create_provider(*, creator: User, fields: Mapping[str, Any]) -> Provider:
    """Create an (unverified) provider profile that ``creator`` acts for."""
    provider = Provider()
    _apply(provider, fields)
    db.session.add(provider)
    db.session.flush()
    db.session.add(ProviderMember(provider_id=provider.id, user_id=creator.id))
    db.session.commit()
    return provider


def update_provider(provider: Provider, fields: Mapping[str, Any]) -> None:
    _apply(provider, fields)
    changes.record(provider)
    db.session.commit()


def set_verified(provider: Provider, *, verified: bool, by: User) -> None:
    provider.verified_at = utcnow() if verified else None
    provider.verified_by_id = by.id if verified else None
    changes.record(provider)
    db.session.commit()


def add_provider_member(provider: Provider, *, email: str) -> User:
    user = find_user_by_email(email)
    if user is None:
        raise ValidationFailed(
            {"email": [_("No account uses this email. Ask them to sign up first.")]}
        )
    if any(link.provider_id == provider.id for link in user.provider_links):
        raise ValidationFailed({"email": [_("This person already acts for this provider.")]})
    db.session.add(ProviderMember(provider_id=provider.id, user_id=user.id))
    db.session.commit()
    return user


def providers_of(user: User) -> list[Provider]:
    if not user.provider_links:  # loaded with the signed-in user: no query for most people
        return []
    return list(db.session.scalars(_providers_of(), {"user_id": user.id}))


@cache
def _providers_of() -> Select:
    """``providers_of``'s statement, built once per process (only the user changes)."""
    return (
        select(Provider)
        .join(ProviderMember)
        .where(ProviderMember.user_id == bindparam("user_id"))
        .order_by(Provider.name)
    )


def unverified(*, page: int = 1, per_page: int = 50):
    """A page of providers waiting for a facilitator's or an admin's verification, newest first."""
    stmt = (
        select(Provider)
        .where(Provider.verified_at.is_(None))
        .order_by(Provider.created_at.desc(), Provider.id.desc())
    )
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)
