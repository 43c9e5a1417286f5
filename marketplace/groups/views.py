"""Groups: create, public profile, edit, members."""

from __future__ import annotations

import re

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.errors import ValidationFailed
from marketplace.extensions import limiter
from marketplace.formkit import page_number, show_errors
from marketplace.groups.forms import AddMemberForm, GroupForm, MemberRoleForm
from marketplace.permissions import (
    can_manage_members,
    can_name_internal_facilitator,
    can_view_unpublished_needs_of,
    facilitates_group,
    follows_group,
    is_admin,
    is_group_member,
    require,
)
from marketplace.services.listings import idempotency, posting
from marketplace.services.parties import coverage
from marketplace.services.parties import groups as group_service

bp = Blueprint("groups", __name__, url_prefix="/groups")


@bp.route("/new", methods=["GET", "POST"])
@login_required
def create():
    form = GroupForm()
    if form.validate_on_submit():
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: group_service.create_group(
                    creator=current_user, fields=form.fields()
                ),
                locate=lambda g: url_for("groups.detail", group_id=g.id),
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("main.dashboard"))
            group = outcome.record
            flash(_("The group was created. You are its chair (ketua)."), "success")
            accompanying = coverage.accompanying(group)
            if accompanying:
                name = accompanying[0].name
                flash(_("%(name)s, a facilitator, accompanies your group.", name=name), "info")
            else:
                flash(
                    _(
                        "No facilitator covers your area yet. You can post needs now; "
                        "the administrators are looking for a facilitator for your group."
                    ),
                    "warning",
                )
            return redirect(url_for("groups.detail", group_id=group.id))
    return render_template("groups/form.html", form=form, group=None)


@bp.get("/<int:group_id>")
def detail(group_id: int):
    group = group_service.get_group(group_id)
    page = posting.needs_of_group(
        group,
        published_only=not can_view_unpublished_needs_of(current_user, group),
        page=page_number(),
        per_page=current_app.config["PER_PAGE"],
    )
    insider = is_group_member(current_user, group) or follows_group(current_user, group)
    return render_template(
        "groups/detail.html",
        group=group,
        needs=page.items,
        page=page,
        accompanying=coverage.accompanying(group) if insider else None,
    )


@bp.route("/<int:group_id>/edit", methods=["GET", "POST"])
@login_required
def edit(group_id: int):
    group = group_service.get_group(group_id)
    require(can_manage_members(current_user, group))
    form = GroupForm(obj=group)
    if form.validate_on_submit():
        try:
            group_service.update_group(group, form.fields())
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("groups.detail", group_id=group.id))
    return render_template("groups/form.html", form=form, group=group)


def _invite_limit() -> str:
    return current_app.config["INVITE_RATE_LIMIT"]


@bp.route("/<int:group_id>/members", methods=["GET", "POST"])
@login_required
@limiter.limit(_invite_limit, methods=["POST"])
def members(group_id: int):
    group = group_service.get_group(group_id)
    require(can_manage_members(current_user, group))
    form = AddMemberForm()
    if form.validate_on_submit():
        try:
            group_service.invite_member(
                group, email=form.email.data, role=form.role.data, by=current_user
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(
                _("The invitation is recorded. The person joins the group when they accept it."),
                "info",
            )
            return redirect(url_for("groups.members", group_id=group.id))
    return render_template(
        "groups/members.html",
        group=group,
        form=form,
        role_form=MemberRoleForm(),
        invitations=group_service.pending_invitations(group),
    )


@bp.post("/<int:group_id>/members/<int:membership_id>/role")
@login_required
def change_role(group_id: int, membership_id: int):
    group = group_service.get_group(group_id)
    require(can_manage_members(current_user, group))
    form = MemberRoleForm()
    if form.validate_on_submit():
        try:
            group_service.change_member_role(
                group, membership_id=membership_id, role=form.role.data
            )
            flash(_("The role was changed."), "success")
        except ValidationFailed as error:
            flash(error.message, "danger")
    return redirect(url_for("groups.members", group_id=group.id))


@bp.post("/<int:group_id>/members/<int:membership_id>/remove")
@login_required
def remove_member(group_id: int, membership_id: int):
    group = group_service.get_group(group_id)
    require(can_manage_members(current_user, group))
    try:
        group_service.remove_member(group, membership_id=membership_id)
        flash(_("The member was removed."), "success")
    except ValidationFailed as error:
        flash(error.message, "danger")
    return redirect(url_for("groups.members", group_id=group.id))


@bp.post("/<int:group_id>/internal-facilitator")
@login_required
def internal_facilitator(group_id: int):
    """At kemandirian, name a member as the group's own facilitator (or hand it back)."""
    group = group_service.get_group(group_id)
    raw = request.form.get("user_id", "").strip()
    user_id = int(raw) if re.fullmatch(r"[0-9]{1,9}", raw) else None
    if user_id is None and raw:
        abort(400)
    if user_id is None:  # hand the facilitation back to the outside facilitator
        require(
            is_admin(current_user)
            or follows_group(current_user, group)
            or facilitates_group(current_user, group)
        )
    else:
        require(can_name_internal_facilitator(current_user, group))
    try:
        group_service.name_internal_facilitator(group, user_id=user_id)
    except ValidationFailed as error:
        flash(error.message, "danger")
    else:
        flash(_("The group's facilitation was updated."), "success")
    return redirect(url_for("groups.members", group_id=group.id))
