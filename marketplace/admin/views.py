"""Administration: accounts and their roles, providers waiting for verification."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import or_, select

from marketplace.admin.forms import RolesForm
from marketplace.errors import NotFound
from marketplace.extensions import db
from marketplace.models import Provider, User
from marketplace.permissions import can_grant_roles, can_verify_provider, require
from marketplace.services import accounts

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@login_required
def users():
    require(can_grant_roles(current_user))
    q = (request.args.get("q") or "").strip()[:100]
    stmt = select(User).order_by(User.name)
    if q:
        stmt = stmt.where(or_(User.name.ilike(f"%{q}%"), User.email.ilike(f"%{q}%")))
    page = db.paginate(stmt, per_page=50, error_out=False)
    return render_template("admin/users.html", page=page, q=q, form=RolesForm())


@bp.post("/users/<int:user_id>/roles")
@login_required
def set_roles(user_id: int):
    require(can_grant_roles(current_user))
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(_("This account does not exist."))
    form = RolesForm()
    if form.validate_on_submit():
        if user.id == current_user.id and not form.admin.data:
            flash(_("You cannot withdraw your own admin role."), "danger")
        else:
            accounts.set_system_roles(
                user, facilitator=form.facilitator.data, admin=form.admin.data
            )
            flash(_("Roles saved for %(name)s.", name=user.name), "success")
    return redirect(url_for("admin.users"))


@bp.get("/providers")
@login_required
def providers():
    require(can_verify_provider(current_user))
    waiting = db.session.scalars(
        select(Provider).where(Provider.verified_at.is_(None)).order_by(Provider.created_at.desc())
    ).all()
    return render_template("admin/providers.html", waiting=waiting)
