"""Taking a need or an offer off the marketplace: one page for both, asking how and why."""

from __future__ import annotations

from flask import flash, redirect, render_template
from flask_babel import gettext as _

from marketplace.errors import InvalidTransition, ValidationFailed
from marketplace.formkit import EndListingForm, show_errors
from marketplace.models import Need, Offer
from marketplace.services.listings import posting


def end_page(listing: Need | Offer, *, back: str):
    """Show what closing does, ask how and why, and close only once that is answered."""
    endings = [t for t in posting.allowed_transitions(listing) if t in posting.ENDINGS]
    if not endings:
        raise InvalidTransition(_("This can no longer be closed or withdrawn."))
    form = EndListingForm().offering(endings, posting.end_reasons(listing))
    if form.validate_on_submit():
        try:
            posting.transition(
                listing, form.to.data, reason=form.reason.data, note=form.note.data or ""
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            flash(_("It was taken off the marketplace."), "success")
            return redirect(back)
    return render_template(
        "listings/end.html",
        form=form,
        listing=listing,
        is_need=isinstance(listing, Need),
        undecided=len(posting.undecided_matches(listing)),
        back=back,
    )
