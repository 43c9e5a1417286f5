"""The caller: who they are, their tokens, their webhooks and the deliveries to them;
and the browsable documentation."""

from __future__ import annotations

from flask import g, render_template

from marketplace.api import READ, WRITE, Shown, auth, bp, current_user
from marketplace.api import schemas as s
from marketplace.api.fields import page_of
from marketplace.api.paging import decode, encode, limit_of, next_url
from marketplace.services.integrations import tokens, webhooks

DeliveryPage = page_of(s.DeliveryOut, "DeliveryPage")


@bp.get("/docs")
@bp.doc(hide=True)
def docs():
    """The browsable documentation (Swagger UI, served from static/)."""
    return render_template("api/docs.html")


@bp.get("/me")
@bp.auth_required(auth, roles=READ)
@bp.output(s.MeOut)
def me():
    """Who the token acts for"""
    user = current_user()
    return {
        "id": user.id,
        "name": user.name,
        "is_admin": user.is_admin,
        "is_facilitator": user.is_facilitator,
        "groups": [{"id": m.group_id, "role": m.role} for m in user.memberships],
        "provider_ids": [link.provider_id for link in user.provider_links],
        "scopes": list(g.api_token.scopes),
    }


@bp.get("/tokens")
@bp.auth_required(auth, roles=READ)
@bp.output(s.TokenOut(many=True))
def list_tokens():
    """The caller's live tokens (never the tokens themselves)"""
    return tokens.tokens_of(current_user())


@bp.delete("/tokens/<int:token_id>")
@bp.auth_required(auth, roles=WRITE)
@bp.output({}, status_code=204)
def revoke_token(token_id: int):
    """Revoke one of the caller's tokens"""
    tokens.revoke(current_user(), token_id)
    return ""


@bp.get("/webhooks")
@bp.auth_required(auth, roles=READ)
@bp.output(s.WebhookOut(many=True))
def list_webhooks():
    """The caller's webhook endpoints"""
    return [Shown(e, secret=None) for e in webhooks.endpoints_of(current_user())]


@bp.post("/webhooks")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.WebhookIn, arg_name="body")
@bp.output(s.WebhookOut, status_code=201)
def create_webhook(body):
    """Register a URL for events; the signing secret is in this answer only"""
    endpoint, secret = webhooks.register(current_user(), url=body["url"], events=body["events"])
    return Shown(endpoint, secret=secret)


@bp.get("/webhooks/<int:endpoint_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.WebhookOut)
def get_webhook(endpoint_id: int):
    """One of the caller's endpoints"""
    return Shown(webhooks.get_endpoint(current_user(), endpoint_id), secret=None)


@bp.delete("/webhooks/<int:endpoint_id>")
@bp.auth_required(auth, roles=WRITE)
@bp.output({}, status_code=204)
def delete_webhook(endpoint_id: int):
    """Stop sending to an endpoint"""
    webhooks.remove(current_user(), endpoint_id)
    return ""


@bp.get("/webhooks/<int:endpoint_id>/deliveries")
@bp.auth_required(auth, roles=READ)
@bp.input(s.PageQuery, location="query", arg_name="args")
@bp.output(DeliveryPage)
def webhook_deliveries(endpoint_id: int, args):
    """The delivery log of an endpoint, newest first: attempts, status, errors"""
    endpoint = webhooks.get_endpoint(current_user(), endpoint_id)
    limit = limit_of(args)
    rows = webhooks.deliveries_of(endpoint, before=decode(args.get("cursor")), limit=limit + 1)
    cursor = encode(rows[limit - 1].id) if len(rows) > limit else None
    return {"items": rows[:limit], "next_cursor": cursor, "next": next_url(cursor)}
