"""Offers: browse, read, post, edit, and move along the lifecycle."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.errors import ValidationFailed
from marketplace.formkit import SearchForm, browse_filters, show_errors
from marketplace.listing_end import end_page
from marketplace.offers.forms import OfferForm
from marketplace.permissions import can_edit_offer, can_post_offer, can_view_offer, require
from marketplace.services.listings import idempotency, posting, search
from marketplace.services.parties import providers as provider_service

bp = Blueprint("offers", __name__, url_prefix="/offers")


@bp.get("/")
def browse():
    form = SearchForm(request.args)
    if not form.validate():
        return render_template("listings/browse.html", form=form, page=None, what="offers"), 400
    page = search.search_offers(
        browse_filters(form), page=form.page.data or 1, per_page=current_app.config["PER_PAGE"]
    )
    return render_template("listings/browse.html", form=form, page=page, what="offers")


@bp.get("/<int:offer_id>")
def detail(offer_id: int):
    offer = posting.get_offer(offer_id)
    if not can_view_offer(current_user, offer):
        abort(404)
    can_request = (
        current_user.is_authenticated
        and offer.status == "open"
        and any(n.kind == offer.kind for n in posting.own_open_needs(current_user))
    )
    return render_template("offers/detail.html", offer=offer, can_request=can_request)


@bp.route("/new/<int:provider_id>", methods=["GET", "POST"])
@login_required
def create(provider_id: int):
    provider = provider_service.get_provider(provider_id)
    require(can_post_offer(current_user, provider))
    form = OfferForm(service_area=list(provider.service_area or []))
    if form.validate_on_submit():
        fields = form.fields() | {"status": "open" if form.publish.data else "draft"}
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: posting.create_offer(
                    provider=provider, by=current_user, fields=fields
                ),
                locate=lambda o: url_for("offers.detail", offer_id=o.id),
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("providers.detail", provider_id=provider.id))
            offer = outcome.record
            flash(_("Your offer was saved."), "success")
            return redirect(url_for("offers.detail", offer_id=offer.id))
    return render_template("offers/form.html", form=form, provider=provider, offer=None)


@bp.route("/<int:offer_id>/edit", methods=["GET", "POST"])
@login_required
def edit(offer_id: int):
    offer = posting.get_offer(offer_id)
    require(can_edit_offer(current_user, offer))
    form = OfferForm(obj=offer)
    del form.publish
    if form.validate_on_submit():
        try:
            posting.update_listing(offer, form.fields())
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("offers.detail", offer_id=offer.id))
    return render_template("offers/form.html", form=form, provider=offer.provider, offer=offer)


@bp.post("/<int:offer_id>/status")
@login_required
def change_status(offer_id: int):
    offer = posting.get_offer(offer_id)
    require(can_edit_offer(current_user, offer))
    target = request.form.get("to", "")
    if target in posting.ENDINGS:  # never in one tap: the closing page asks how and why
        return redirect(url_for("offers.end", offer_id=offer.id))
    posting.transition(offer, target)
    flash(_("The status was changed."), "success")
    return redirect(url_for("offers.detail", offer_id=offer.id))


@bp.route("/<int:offer_id>/end", methods=["GET", "POST"])
@login_required
def end(offer_id: int):
    offer = posting.get_offer(offer_id)
    require(can_edit_offer(current_user, offer))
    return end_page(offer, back=url_for("offers.detail", offer_id=offer.id))
