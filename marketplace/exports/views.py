"""Downloads of needs and offers for facilitators: CSV and the bulk JSON."""

from __future__ import annotations

import json
from datetime import date

from flask import Blueprint, Response
from flask_login import current_user, login_required

from marketplace.permissions import can_export, require
from marketplace.services import bulk_export

bp = Blueprint("exports", __name__, url_prefix="/export")


def _download(body: str, mimetype: str, stem: str, extension: str) -> Response:
    filename = f"{stem}-{date.today().isoformat()}.{extension}"
    return Response(
        body,
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.get("/needs.csv")
@login_required
def needs_csv():
    require(can_export(current_user))
    return _download(bulk_export.needs_csv(), "text/csv", "needs", "csv")


@bp.get("/offers.csv")
@login_required
def offers_csv():
    require(can_export(current_user))
    return _download(bulk_export.offers_csv(), "text/csv", "offers", "csv")


@bp.get("/marketplace.json")
@login_required
def marketplace_json():
    require(can_export(current_user))
    body = json.dumps(bulk_export.export_document(), ensure_ascii=False, indent=1)
    return _download(body, "application/json", "marketplace", "json")
