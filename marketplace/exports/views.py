"""Downloads of needs and offers for facilitators: CSV and the bulk JSON.

Each download holds only what its facilitator may see, and is written to the access log.
"""

from __future__ import annotations

import json
from datetime import date

from flask import Blueprint, Response, stream_with_context
from flask_login import current_user, login_required

from marketplace.permissions import can_export, require
from marketplace.services.accounts import access_log
from marketplace.services.bulk import exports as exports_service

bp = Blueprint("exports", __name__, url_prefix="/export")


def _scope() -> exports_service.ExportScope:
    require(can_export(current_user))
    return exports_service.scope_for(current_user)


def _download(body, mimetype: str, stem: str, extension: str) -> Response:
    """``body``: the text, or its pieces (sent as they are made, the request's context kept)."""
    access_log.record(current_user, action=access_log.EXPORT, subject=f"{stem}.{extension}")
    filename = f"{stem}-{date.today().isoformat()}.{extension}"
    return Response(
        body if isinstance(body, str) else stream_with_context(body),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.get("/needs.csv")
@login_required
def needs_csv():
    return _download(exports_service.needs_csv(_scope()), "text/csv", "needs", "csv")


@bp.get("/offers.csv")
@login_required
def offers_csv():
    return _download(exports_service.offers_csv(_scope()), "text/csv", "offers", "csv")


@bp.get("/marketplace.json")
@login_required
def marketplace_json():
    body = json.dumps(exports_service.export_document(_scope()), ensure_ascii=False, indent=1)
    return _download(body, "application/json", "marketplace", "json")
