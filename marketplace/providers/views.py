"""Provider profiles: create, read, edit, members, verification."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.errors import ValidationFailed
from marketplace.formkit import page_number, show_errors
from marketplace.permissions import (
    can_edit_provider,
    can_verify_provider,
    can_view_unpublished_offers_of,
    require,
)
from marketplace.providers.forms import ProviderForm, ProviderMemberForm
from marketplace.services.listings import idempotency, posting, search
from marketplace.services.parties import providers as provider_service

bp = Blueprint("providers", __name__, url_prefix="/providers")


@bp.get("/")
def directory():
    page = search.providers_page(page=page_number())
    return render_template("providers/directory.html", page=page)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def create():
    form = ProviderForm()
    if form.validate_on_submit():
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: provider_service.create_provider(
                    creator=current_user, fields=form.fields()
                ),
                locate=lambda p: url_for("providers.detail", provider_id=p.id),
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("main.dashboard"))
            provider = outcome.record
            flash(_("Your provider profile was created. A facilitator will verify it."), "success")
            return redirect(url_for("providers.detail", provider_id=provider.id))
    return render_template("providers/form.html", form=form, provider=None)


@bp.get("/<int:provider_id>")
def detail(provider_id: int):
    provider = provider_service.get_provider(provider_id)
    page = posting.offers_of_provider(
        provider,
        published_only=not can_view_unpublished_offers_of(current_user, provider),
        page=page_number(),
        per_page=current_app.config["PER_PAGE"],
    )
    return render_template("providers/detail.html", provider=provider, offers=page.items, page=page)


@bp.route("/<int:provider_id>/edit", methods=["GET", "POST"])
@login_required
def edit(provider_id: int):
    provider = provider_service.get_provider(provider_id)
    require(can_edit_provider(current_user, provider))
    form = ProviderForm(obj=provider)
    if form.validate_on_submit():
        try:
            provider_service.update_provider(provider, form.fields())
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("providers.detail", provider_id=provider.id))
    return render_template("providers/form.html", form=form, provider=provider)


@bp.route("/<int:provider_id>/members", methods=["GET", "POST"])
@login_required
def members(provider_id: int):
    provider = provider_service.get_provider(provider_id)
    require(can_edit_provider(current_user, provider))
    form = ProviderMemberForm()
    if form.validate_on_submit():
        try:
            provider_service.add_provider_member(provider, email=form.email.data)
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("They can now act for this provider."), "success")
            return redirect(url_for("providers.members", provider_id=provider.id))
    return render_template("providers/members.html", provider=provider, form=form)


@bp.post("/<int:provider_id>/verification")
@login_required
def verify(provider_id: int):
    provider = provider_service.get_provider(provider_id)
    require(can_verify_provider(current_user))
    verified = request.form.get("verified") == "1"
    provider_service.set_verified(provider, verified=verified, by=current_user)
    flash(
        _("The provider is now verified.") if verified else _("Verification was withdrawn."),
        "success",
    )
    return redirect(url_for("providers.detail", provider_id=provider.id))
