"""A person's notifications: the list behind the bell, opening one, marking all read."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user, login_required

from marketplace.formkit import page_number
from marketplace.services.messaging import notifications

bp = Blueprint("notifications", __name__, url_prefix="/notifications")


@bp.get("")
@login_required
def index():
    page = notifications.recent(current_user, page=page_number())
    return render_template("notifications/index.html", items=page.items, page=page)


@bp.post("/<int:notification_id>/open")
@login_required
def open_notification(notification_id: int):
    return redirect(notifications.open_notification(current_user, notification_id))


@bp.post("/read")
@login_required
def mark_read():
    notifications.mark_all_read(current_user)
    return redirect(url_for("notifications.index"))
