"""Cursor pagination: newest first by id; the cursor is the last id seen, made opaque."""

from __future__ import annotations

import base64
import binascii

from flask import current_app, request, url_for
from flask_babel import gettext as _
from sqlalchemy import Select

from marketplace.errors import ValidationFailed
from marketplace.extensions import db
from marketplace.links import carried_args

MAX_ID = 2**31 - 1


def encode(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode().rstrip("=")


def decode(cursor: str | None) -> int | None:
    if not cursor:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _sep, value = text.partition(":")
        last = int(value)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        last = -1
        kind = ""
    if kind != "id" or not 0 < last <= MAX_ID:
        raise ValidationFailed({"cursor": [_("This cursor is not valid; start again without it.")]})
    return last


def limit_of(args: dict) -> int:
    return args.get("limit") or current_app.config["API_PAGE_SIZE"]


def page(stmt: Select, model, args: dict, keep=None) -> dict:
    """One page of ``stmt`` (re-ordered newest first by id) as ``{items, next_cursor, next}``.

    ``keep`` filters rows the query cannot (a permission predicate); the page fills up
    from further rows, so a filtered page is still full when more exist.
    """
    limit = limit_of(args)
    last = decode(args.get("cursor"))
    stmt = stmt.order_by(None).order_by(model.id.desc())
    batch_size = max(limit + 1, 50)
    kept: list = []
    while len(kept) <= limit:
        batch = db.session.scalars(
            (stmt if last is None else stmt.where(model.id < last)).limit(batch_size)
        ).all()
        for row in batch:
            if keep is None or keep(row):
                kept.append(row)
                if len(kept) > limit:
                    break
        if len(batch) < batch_size:
            break
        last = batch[-1].id
    items = kept[:limit]
    cursor = encode(items[-1].id) if len(kept) > limit else None
    return {"items": items, "next_cursor": cursor, "next": next_url(cursor)}


def next_url(cursor: str | None) -> str | None:
    if cursor is None:
        return None
    args = carried_args(request.args, drop=("cursor",))
    args["cursor"] = cursor
    return url_for(request.endpoint, **(request.view_args or {}), **args)
