"""Needs: browse, read, edit, and move along the lifecycle."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from marketplace.errors import ValidationFailed
from marketplace.formkit import SearchForm, show_errors
from marketplace.listing_end import end_page
from marketplace.needs.forms import NeedForm
from marketplace.permissions import can_edit_need, can_view_match, can_view_need, require
from marketplace.services import curation, introductions, listings, match_flow, search
from marketplace.services import suggestions as prepared

bp = Blueprint("needs", __name__, url_prefix="/needs")

STATUS_ACTIONS = {
    "open": _l("Publish / reopen"),
    "matched": _l("Mark as matched"),
    "fulfilled": _l("Mark as fulfilled (done)"),
}


def browse_filters(form: SearchForm) -> search.Filters:
    return search.Filters(
        q=form.q.data or "",
        kind=form.kind.data or "",
        sector=form.sector.data or "",
        province=form.province.data or "",
        regency=form.regency.data or "",
        status=form.status.data or "",
    )


@bp.get("/")
def browse():
    form = SearchForm(request.args)
    if not form.validate():
        return render_template("listings/browse.html", form=form, page=None, what="needs"), 400
    page = search.search_needs(
        browse_filters(form), page=form.page.data or 1, per_page=current_app.config["PER_PAGE"]
    )
    return render_template("listings/browse.html", form=form, page=page, what="needs")


@bp.get("/<int:need_id>")
def detail(need_id: int):
    need = listings.get_need(need_id)
    if not can_view_need(current_user, need):
        abort(404)
    reviews = can_edit_need(current_user, need) and need.status == "open"
    suggestions, outside = curation.by_reach(
        curation.suggestions_to_review(need) if reviews else []
    )
    can_respond = (
        current_user.is_authenticated
        and need.status == "open"
        and any(o.kind == need.kind for o in introductions.own_open_offers(current_user))
    )
    proposals = [m for m in curation.matches_of_need(need) if can_view_match(current_user, m)]
    return render_template(
        "needs/detail.html",
        need=need,
        suggestions=suggestions,
        readiness=prepared.readiness(need) if reviews else None,
        outside=outside,
        can_respond=can_respond,
        proposals=[m for m in proposals if m.state not in ("suggested", "dismissed")],
        introduced=any(m.state in match_flow.INTRODUCED_STATES for m in proposals),
        states=match_flow.STATES,
        status_actions=STATUS_ACTIONS,
    )


@bp.route("/<int:need_id>/edit", methods=["GET", "POST"])
@login_required
def edit(need_id: int):
    need = listings.get_need(need_id)
    require(can_edit_need(current_user, need))
    form = NeedForm(obj=need)
    del form.publish
    if form.validate_on_submit():
        try:
            listings.update_listing(need, form.fields())
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("needs.detail", need_id=need.id))
    return render_template("needs/form.html", form=form, group=need.group, need=need)


@bp.post("/<int:need_id>/status")
@login_required
def change_status(need_id: int):
    need = listings.get_need(need_id)
    require(can_edit_need(current_user, need))
    target = request.form.get("to", "")
    if target in listings.ENDINGS:  # never in one tap: the closing page asks how and why
        return redirect(url_for("needs.end", need_id=need.id))
    listings.transition(need, target)
    flash(_("The status was changed."), "success")
    return redirect(url_for("needs.detail", need_id=need.id))


@bp.route("/<int:need_id>/end", methods=["GET", "POST"])
@login_required
def end(need_id: int):
    need = listings.get_need(need_id)
    require(can_edit_need(current_user, need))
    return end_page(need, back=url_for("needs.detail", need_id=need.id))
