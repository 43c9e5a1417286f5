"""Tokens and webhooks on the account pages: made, shown once, revoked; delivery logs."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.errors import ValidationFailed
from marketplace.formkit import show_errors
from marketplace.integrations.forms import EVENT_LABELS, SCOPE_LABELS, TokenForm, WebhookForm
from marketplace.services.integrations import tokens, webhooks

bp = Blueprint("integrations", __name__, url_prefix="/account/api")


def _page(token_form=None, webhook_form=None, *, new_token=None, new_secret=None, status=200):
    user = current_user._get_current_object()
    return (
        render_template(
            "integrations/index.html",
            tokens=tokens.tokens_of(user),
            endpoints=webhooks.endpoints_of(user),
            token_form=token_form or TokenForm(prefix="token"),
            webhook_form=webhook_form or WebhookForm(prefix="hook"),
            new_token=new_token,
            new_secret=new_secret,
            scope_labels=SCOPE_LABELS,
            event_labels=EVENT_LABELS,
        ),
        status,
    )


@bp.get("/")
@login_required
def index():
    return _page()


@bp.post("/tokens")
@login_required
def create_token():
    form = TokenForm(prefix="token")
    if form.validate_on_submit():
        try:
            _token, raw = tokens.create_token(
                current_user._get_current_object(), name=form.name.data, scopes=form.scopes.data
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            # Shown on this answer only: never in a flash message, which rides in the cookie.
            return _page(new_token=raw)
    return _page(token_form=form, status=422)


@bp.post("/tokens/<int:token_id>/revoke")
@login_required
def revoke_token(token_id: int):
    tokens.revoke(current_user._get_current_object(), token_id)
    flash(_("The token was revoked."), "info")
    return redirect(url_for("integrations.index"))


@bp.post("/webhooks")
@login_required
def create_webhook():
    form = WebhookForm(prefix="hook")
    if form.validate_on_submit():
        try:
            _endpoint, secret = webhooks.register(
                current_user._get_current_object(), url=form.url.data, events=form.events.data
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            return _page(new_secret=secret)
    return _page(webhook_form=form, status=422)


@bp.get("/webhooks/<int:endpoint_id>")
@login_required
def deliveries(endpoint_id: int):
    endpoint = webhooks.get_endpoint(current_user._get_current_object(), endpoint_id)
    rows = webhooks.deliveries_of(endpoint, before=None, limit=50)
    return render_template("integrations/deliveries.html", endpoint=endpoint, deliveries=rows)


@bp.post("/webhooks/<int:endpoint_id>/delete")
@login_required
def delete_webhook(endpoint_id: int):
    webhooks.remove(current_user._get_current_object(), endpoint_id)
    flash(_("The webhook was removed."), "info")
    return redirect(url_for("integrations.index"))
