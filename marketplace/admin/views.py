"""Administration: accounts and their roles, providers waiting for verification."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.admin.forms import AssignmentForm, RolesForm
from marketplace.errors import ValidationFailed
from marketplace.formkit import options, page_number, province_choices, regency_choices
from marketplace.permissions import can_grant_roles, can_verify_provider, require
from marketplace.services.accounts import access_log
from marketplace.services.accounts import users as users_service
from marketplace.services.curation import caseload
from marketplace.services.messaging import outbox
from marketplace.services.parties import groups as group_service
from marketplace.services.parties import providers as provider_service
from marketplace.text import clean_line

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@login_required
def users():
    require(can_grant_roles(current_user))
    q = clean_line(request.args.get("q") or "")[:100]
    page = users_service.users_page(q, page=page_number())
    return render_template("admin/users.html", page=page, q=q, form=RolesForm())


@bp.post("/users/<int:user_id>/roles")
@login_required
def set_roles(user_id: int):
    require(can_grant_roles(current_user))
    user = users_service.get_user(user_id)
    form = RolesForm()
    if form.validate_on_submit():
        if user.id == current_user.id and not form.admin.data:
            flash(_("You cannot withdraw your own admin role."), "danger")
        else:
            users_service.set_system_roles(
                user, facilitator=form.facilitator.data, admin=form.admin.data
            )
            flash(_("Roles saved for %(name)s.", name=user.name), "success")
    return redirect(url_for("admin.users"))


@bp.get("/providers")
@login_required
def providers():
    require(can_verify_provider(current_user))
    page = provider_service.unverified(page=page_number())
    return render_template("admin/providers.html", waiting=page.items, page=page)


@bp.route("/assignments", methods=["GET", "POST"])
@login_required
def assignments():
    """Admins name facilitators for groups, or let them cover regencies or provinces."""
    require(can_grant_roles(current_user))
    facilitators = users_service.facilitators()
    groups = group_service.all_groups()
    form = AssignmentForm()
    form.facilitator_id.choices = options((str(u.id), u.name) for u in facilitators)
    form.group_id.choices = options(((str(g.id), g.name) for g in groups), blank="—")
    form.regency_code.choices = regency_choices(blank="—")
    form.province_code.choices = province_choices(blank="—")
    if form.validate_on_submit():
        facilitator = users_service.get_user(int(form.facilitator_id.data))
        group = group_service.get_group(int(form.group_id.data)) if form.group_id.data else None
        try:
            caseload.assign(
                facilitator=facilitator,
                group=group,
                regency_code=form.regency_code.data or None,
                province_code=form.province_code.data or None,
            )
        except ValidationFailed as error:
            flash(error.message, "danger")
        else:
            flash(_("Assigned."), "success")
            return redirect(url_for("admin.assignments"))
    page = caseload.assignments(page=page_number())
    return render_template("admin/assignments.html", form=form, rows=page.items, page=page)


@bp.post("/assignments/<int:assignment_id>/delete")
@login_required
def delete_assignment(assignment_id: int):
    require(can_grant_roles(current_user))
    caseload.unassign(assignment_id)
    flash(_("The assignment was removed."), "info")
    return redirect(url_for("admin.assignments"))


@bp.get("/mail")
@login_required
def mail():
    """Mail that failed: what went wrong, and which messages were given up on."""
    require(can_grant_roles(current_user))
    return render_template("admin/mail.html", messages=outbox.undelivered())


@bp.post("/mail/<int:message_id>/retry")
@login_required
def retry_mail(message_id: int):
    require(can_grant_roles(current_user))
    outbox.retry(message_id)
    flash(_("The message will be sent again with the next delivery."), "info")
    return redirect(url_for("admin.mail"))


@bp.get("/access-log")
@login_required
def access_log_page():
    """Who exported data or opened contact details, newest first."""
    require(can_grant_roles(current_user))
    page = access_log.entries(page=page_number())
    return render_template("admin/access_log.html", page=page)
