"""Needs: browse, post, read, edit, and move along the lifecycle."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from marketplace import lifecycle, vocab
from marketplace.errors import ValidationFailed
from marketplace.formkit import SearchForm, browse_filters, show_errors
from marketplace.listing_end import end_page
from marketplace.needs import cards
from marketplace.needs.forms import NeedForm
from marketplace.permissions import (
    can_edit_need,
    can_post_need,
    can_view_match,
    can_view_need,
    require,
)
from marketplace.services.curation import actions, moves
from marketplace.services.listings import idempotency, posting, search
from marketplace.services.parties import groups as group_service
from marketplace.services.suggesting import prepared

bp = Blueprint("needs", __name__)

STATUS_ACTIONS = {
    "open": _l("Publish / reopen"),
    "matched": _l("Mark as matched"),
    "fulfilled": _l("Mark as fulfilled (done)"),
}


@bp.get("/needs/")
def browse():
    form = SearchForm(request.args)
    if not form.validate():
        return render_template("listings/browse.html", form=form, page=None, what="needs"), 400
    page = search.search_needs(
        browse_filters(form), page=form.page.data or 1, per_page=current_app.config["PER_PAGE"]
    )
    return render_template("listings/browse.html", form=form, page=page, what="needs")


@bp.route("/groups/<int:group_id>/needs/new", methods=["GET", "POST"])
@login_required
def create(group_id: int):
    """Post a need for a group (as a draft, or published at once)."""
    group = group_service.get_group(group_id)
    require(can_post_need(current_user, group))
    kind = request.args.get("kind") if request.args.get("kind") in vocab.KINDS else None
    form = NeedForm(sector=group.sector, kind=kind, **({"data": {"kind": kind}} if kind else {}))
    if form.validate_on_submit():
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: posting.create_need(
                    group=group, by=current_user, fields=form.fields(), publish=form.publish.data
                ),
                locate=lambda n: url_for("needs.detail", need_id=n.id),
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("groups.detail", group_id=group.id))
            need = outcome.record
            flash(_("Your need was saved."), "success")
            return redirect(url_for("needs.detail", need_id=need.id))
    return render_template("needs/form.html", form=form, group=group, need=None, kind=kind)


@bp.get("/needs/<int:need_id>")
def detail(need_id: int):
    need = posting.get_need(need_id)
    if not can_view_need(current_user, need):
        abort(404)
    reviews = can_edit_need(current_user, need) and need.status == "open"
    matches = actions.matches_of_need(need)
    suggestions, outside = actions.by_reach(
        actions.suggestions_to_review(need, matches=matches) if reviews else []
    )
    can_respond = (
        current_user.is_authenticated
        and need.status == "open"
        and any(o.kind == need.kind for o in posting.own_open_offers(current_user))
    )
    proposals = [m for m in matches if can_view_match(current_user, m)]
    return render_template(
        "needs/detail.html",
        need=need,
        suggestions=suggestions,
        readiness=prepared.readiness(need) if reviews else None,
        outside=outside,
        can_respond=can_respond,
        proposals=[m for m in proposals if m.state not in ("suggested", "dismissed")],
        introduced=any(m.state in lifecycle.INTRODUCED_STATES for m in proposals),
        states=moves.STATES,
        status_actions=STATUS_ACTIONS,
        suggestion_card=cards.suggestion_card,
    )


@bp.route("/needs/<int:need_id>/edit", methods=["GET", "POST"])
@login_required
def edit(need_id: int):
    need = posting.get_need(need_id)
    require(can_edit_need(current_user, need))
    form = NeedForm(obj=need)
    del form.publish
    if form.validate_on_submit():
        try:
            posting.update_listing(need, form.fields())
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("needs.detail", need_id=need.id))
    return render_template("needs/form.html", form=form, group=need.group, need=need)


@bp.post("/needs/<int:need_id>/status")
@login_required
def change_status(need_id: int):
    need = posting.get_need(need_id)
    require(can_edit_need(current_user, need))
    target = request.form.get("to", "")
    if target in lifecycle.LISTING_ENDINGS:  # never in one tap: the closing page asks how and why
        return redirect(url_for("needs.end", need_id=need.id))
    posting.transition(need, target)
    flash(_("The status was changed."), "success")
    return redirect(url_for("needs.detail", need_id=need.id))


@bp.route("/needs/<int:need_id>/end", methods=["GET", "POST"])
@login_required
def end(need_id: int):
    need = posting.get_need(need_id)
    require(can_edit_need(current_user, need))
    return end_page(need, back=url_for("needs.detail", need_id=need.id))
