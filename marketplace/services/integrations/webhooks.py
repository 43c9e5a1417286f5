"""Webhooks: endpoints people register, and the signed deliveries sent to them.

Deliveries are written in the transaction of the event itself (``webhook_events``), so
none is lost; a job sends each one, retried with backoff. The body is signed with
HMAC-SHA256 under the endpoint's secret: ``X-Signature-256: sha256=<hex>``.

Addresses that resolve to private, loopback, link-local or reserved networks are
refused (at registration and again at each send, since DNS can change) unless
``WEBHOOK_ALLOW_PRIVATE`` is on (tests and local development).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import socket
import urllib.error
import urllib.request
from collections.abc import Iterable
from datetime import timedelta
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from marketplace.errors import NotFound, ValidationFailed
from marketplace.extensions import db
from marketplace.models import User, WebhookDelivery, WebhookEndpoint
from marketplace.models.base import utcnow

EVENTS = (
    "need.posted",
    "match.proposed",
    "match.accepted",
    "match.declined",
    "match.completed",
    "outcome.recorded",
)
MAX_ENDPOINTS = 20


class UnsafeAddress(Exception):
    """The address resolves somewhere the server must not call."""


def _public_only() -> bool:
    return not current_app.config["WEBHOOK_ALLOW_PRIVATE"]


def check_address(url: str) -> None:
    """Raise ``UnsafeAddress`` unless ``url`` is http(s) to a host we may call."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as error:
        raise UnsafeAddress(str(error)) from error
    if parts.scheme not in ("http", "https") or not host or parts.username or parts.password:
        raise UnsafeAddress("not an http(s) address")
    if not _public_only():
        return
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as error:
        raise UnsafeAddress(f"cannot resolve {host}") from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise UnsafeAddress(f"{host} resolves to a private address")


def _check(url: str, events: Iterable[str]) -> tuple[str, list[str]]:
    url, events = (url or "").strip(), list(dict.fromkeys(events))
    errors: dict[str, list[str]] = {}
    if not url or len(url) > 500:
        errors["url"] = [_("An address of at most 500 characters is required.")]
    else:
        try:
            check_address(url)
        except UnsafeAddress:
            errors["url"] = [
                _("Use an http(s) address on the public internet (not a private network).")
            ]
    if not events or any(e not in EVENTS for e in events):
        errors["events"] = [_("Choose one or more of: %(names)s", names=", ".join(EVENTS))]
    if errors:
        raise ValidationFailed(errors)
    return url, events


def register(user: User, *, url: str, events: Iterable[str]) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; returns it and its signing secret (shown once)."""
    url, events = _check(url, events)
    if len(endpoints_of(user)) >= MAX_ENDPOINTS:
        raise ValidationFailed({"url": [_("At most %(n)d endpoints.", n=MAX_ENDPOINTS)]})
    secret = "whsec_" + secrets.token_urlsafe(32)
    endpoint = WebhookEndpoint(user_id=user.id, url=url, events=events, secret=secret)
    db.session.add(endpoint)
    db.session.commit()
    return endpoint, secret


def endpoints_of(user: User) -> list[WebhookEndpoint]:
    return list(
        db.session.scalars(
            select(WebhookEndpoint)
            .where(WebhookEndpoint.user_id == user.id, WebhookEndpoint.active.is_(True))
            .order_by(WebhookEndpoint.id)
        )
    )


def get_endpoint(user: User, endpoint_id: int) -> WebhookEndpoint:
    """One of the user's endpoints; someone else's does not exist for them."""
    endpoint = db.session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or endpoint.user_id != user.id or not endpoint.active:
        raise NotFound(_("This webhook does not exist, or is not yours."))
    return endpoint


def remove(user: User, endpoint_id: int) -> None:
    """Stop sending to the endpoint (its delivery log goes with it)."""
    db.session.delete(get_endpoint(user, endpoint_id))
    db.session.commit()


def deliveries_of(endpoint: WebhookEndpoint, *, before: int | None, limit: int):
    stmt = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint.id)
    if before is not None:
        stmt = stmt.where(WebhookDelivery.id < before)
    return list(db.session.scalars(stmt.order_by(WebhookDelivery.id.desc()).limit(limit)))


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect could lead the server to an address it must not call: not followed."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    check_address(url)
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    timeout = current_app.config["WEBHOOK_TIMEOUT_SECONDS"]
    try:
        # bandit: the scheme is http(s) only (check_address above), so B310 does not apply.
        with _opener.open(request, timeout=timeout) as response:  # nosec B310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def backoff(attempts: int) -> timedelta:
    """The wait before the next try: doubling from ``WEBHOOK_RETRY_SECONDS``."""
    return timedelta(seconds=current_app.config["WEBHOOK_RETRY_SECONDS"] * 2 ** (attempts - 1))


def deliver(delivery_id: int) -> bool:
    """Send one delivery once; True when it arrived (2xx) or needs nothing more.

    Each try is written down (status or error, attempts, the next try). After
    ``WEBHOOK_MAX_ATTEMPTS`` the delivery is given up (``dead_at``).
    """
    delivery = db.session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.delivered_at or delivery.dead_at:
        return True
    endpoint = delivery.endpoint
    body = delivery.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "PasarPendamping-Webhooks/1",
        "X-Webhook-Event": delivery.event,
        "X-Webhook-Delivery": str(delivery.id),
        "X-Signature-256": sign(endpoint.secret, body),
    }
    delivery.attempts += 1
    try:
        status = _post(endpoint.url, body, headers)
    except (UnsafeAddress, OSError, ValueError) as error:
        delivery.last_status, delivery.last_error = None, str(error)[:500]
    else:
        delivery.last_status = status
        delivery.last_error = None if 200 <= status < 300 else f"HTTP {status}"
    now = utcnow()
    ok = delivery.last_error is None
    if ok:
        delivery.delivered_at, delivery.next_attempt_at = now, None
    elif delivery.attempts >= current_app.config["WEBHOOK_MAX_ATTEMPTS"]:
        delivery.dead_at, delivery.next_attempt_at = now, None
    else:
        delivery.next_attempt_at = now + backoff(delivery.attempts)
    done = ok or delivery.dead_at is not None
    db.session.commit()
    return done


def orphaned(*, now=None, limit: int = 200) -> list[int]:
    """Deliveries whose job was lost (never tried, or a retry long overdue)."""
    now = now or utcnow()
    overdue = now - timedelta(minutes=10)
    return list(
        db.session.scalars(
            select(WebhookDelivery.id)
            .where(
                WebhookDelivery.delivered_at.is_(None),
                WebhookDelivery.dead_at.is_(None),
                (
                    (WebhookDelivery.attempts == 0) & (WebhookDelivery.created_at < overdue)
                    | (WebhookDelivery.next_attempt_at < overdue)
                ),
            )
            .order_by(WebhookDelivery.id)
            .limit(limit)
        )
    )
