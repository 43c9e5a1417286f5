"""A match seen by its parties: decisions, the work, outcome, feedback, messages."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.errors import ValidationFailed
from marketplace.formkit import options
from marketplace.matches.forms import (
    DecisionForm,
    FeedbackForm,
    MessageForm,
    NoteForm,
    OutcomeForm,
    RequestIntroForm,
    RespondForm,
    WithdrawForm,
)
from marketplace.matches.next_steps import what_next
from marketplace.permissions import match_roles, require
from marketplace.services.accounts import access_log
from marketplace.services.curation import actions, introductions
from marketplace.services.curation import moves as match_moves
from marketplace.services.listings import idempotency, posting
from marketplace.services.parties import coverage

bp = Blueprint("matches", __name__)


def _back(match) -> object:
    return redirect(url_for("matches.detail", match_id=match.id))


@bp.get("/matches/<int:match_id>")
@login_required
def detail(match_id: int):
    match = actions.get_match(match_id, current_user)
    roles = match_roles(current_user, match)
    moves = match_moves.allowed_moves(match, current_user)
    intro = introductions.introduction(match, current_user)
    if intro is not None:
        access_log.record(current_user, action=access_log.CONTACTS, subject=f"match {match.id}")
    return render_template(
        "matches/detail.html",
        match=match,
        roles=roles,
        moves=moves,
        decision_form=DecisionForm(),
        outcome_form=OutcomeForm().fit_kind(match.need.kind),
        what_next=what_next(match, roles),
        feedback_form=FeedbackForm(),
        message_form=MessageForm(),
        note_form=NoteForm(),
        withdraw_form=WithdrawForm(),
        intro=intro,
        states=match_moves.STATES,
        reasons=match_moves.DECLINE_REASONS,
    )


@bp.post("/matches/<int:match_id>/decide")
@login_required
def decide(match_id: int):
    match = actions.get_match(match_id, current_user)
    form = DecisionForm()
    if not form.validate_on_submit():
        flash(_("Choose accept or decline."), "danger")
        return _back(match)
    accept = form.decision.data == "accept"
    try:
        actions.decide(
            match,
            by=current_user,
            accept=accept,
            reason_code=form.reason_code.data or None,
            note=form.note.data or "",
        )
    except ValidationFailed:
        flash(_("Please choose why you decline."), "danger")
        return _back(match)
    flash(_("Your decision was sent."), "success")
    return _back(match)


@bp.post("/matches/<int:match_id>/start")
@login_required
def start(match_id: int):
    match = actions.get_match(match_id, current_user)
    actions.start_work(match, by=current_user)
    flash(_("Marked as in progress."), "success")
    return _back(match)


@bp.post("/matches/<int:match_id>/withdraw")
@login_required
def withdraw(match_id: int):
    match = actions.get_match(match_id, current_user)
    require("withdrawn" in match_moves.allowed_moves(match, current_user))
    form = WithdrawForm()
    if not form.validate_on_submit():
        flash(_("Please say why you withdraw the match."), "danger")
        return _back(match)
    actions.withdraw(match, by=current_user, note=form.note.data)
    flash(_("The match was withdrawn."), "info")
    return _back(match)


@bp.post("/matches/<int:match_id>/complete")
@login_required
def complete(match_id: int):
    match = actions.get_match(match_id, current_user)
    form = OutcomeForm()
    if not form.validate_on_submit():
        flash(_("Please check the outcome: %(errors)s", errors=_field_errors(form)), "danger")
        return _back(match)
    outcome = {name: getattr(form, name).data for name in actions.OUTCOME_FIELDS}
    outcome["notes"] = outcome["notes"] or ""
    actions.complete(match, by=current_user, outcome=outcome)
    flash(_("The outcome was recorded. Thank you!"), "success")
    return _back(match)


@bp.post("/matches/<int:match_id>/feedback")
@login_required
def feedback(match_id: int):
    match = actions.get_match(match_id, current_user)
    form = FeedbackForm()
    if not form.validate_on_submit():
        flash(_("Choose a rating from 1 to 5."), "danger")
        return _back(match)
    try:
        actions.give_feedback(
            match, by=current_user, rating=int(form.rating.data), comment=form.comment.data or ""
        )
    except ValidationFailed as error:
        flash(error.message, "danger")
        return _back(match)
    flash(_("Thank you for your feedback."), "success")
    return _back(match)


@bp.post("/matches/<int:match_id>/messages")
@login_required
def message(match_id: int):
    match = actions.get_match(match_id, current_user)
    form = MessageForm()
    here = url_for("matches.detail", match_id=match.id, _anchor="messages")
    if form.validate_on_submit():
        idempotency.once(
            user=current_user,
            key=form.idempotency_key.data,
            create=lambda: actions.post_message(match, by=current_user, body=form.body.data),
            locate=lambda _message: here,
        )
    else:
        flash(_("Write a message first."), "danger")
    return redirect(url_for("matches.detail", match_id=match.id, _anchor="messages"))


@bp.route("/needs/<int:need_id>/respond", methods=["GET", "POST"])
@login_required
def respond(need_id: int):
    need = posting.get_need(need_id)
    offers = [o for o in posting.own_open_offers(current_user) if o.kind == need.kind]
    if need.status != "open" or not offers:
        abort(404)
    form = RespondForm()
    form.offer_id.choices = options((str(o.id), o.title) for o in offers)
    if form.validate_on_submit():
        offer = next(o for o in offers if str(o.id) == form.offer_id.data)
        terms = {
            "dates": form.terms_dates.data,
            "fee": form.terms_fee.data,
            "capacity": form.terms_capacity.data,
        }
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: actions.respond(
                    need, offer, by=current_user, message=form.message.data, terms=terms
                ),
                locate=lambda m: url_for("matches.detail", match_id=m.id),
            )
        except ValidationFailed as error:
            flash(error.message, "danger")
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("needs.detail", need_id=need.id))
            match = outcome.record
            flash(_("Your response went to the group's facilitator."), "success")
            return _back(match)
    return render_template("matches/respond.html", need=need, form=form)


@bp.route("/offers/<int:offer_id>/introduction", methods=["GET", "POST"])
@login_required
def request_introduction(offer_id: int):
    offer = posting.get_offer(offer_id)
    needs = [n for n in posting.own_open_needs(current_user) if n.kind == offer.kind]
    if offer.status != "open" or not needs:
        abort(404)
    form = RequestIntroForm(need_id=request.args.get("need"))
    form.need_id.choices = options((str(n.id), f"{n.title} — {n.group.name}") for n in needs)
    if form.validate_on_submit():
        need = next(n for n in needs if str(n.id) == form.need_id.data)
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: actions.request_introduction(
                    need, offer, by=current_user, message=form.message.data or ""
                ),
                locate=lambda m: url_for("matches.detail", match_id=m.id),
            )
        except ValidationFailed as error:
            flash(error.message, "danger")
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("offers.detail", offer_id=offer.id))
            match = outcome.record
            if coverage.accompanying(need.group):
                flash(_("Your facilitator was asked to introduce you."), "success")
            else:
                flash(
                    _(
                        "Your request is saved. No facilitator accompanies your group yet; "
                        "it will be reviewed as soon as one takes your group."
                    ),
                    "warning",
                )
            return _back(match)
    covered = {n.group_id: bool(coverage.accompanying(n.group)) for n in needs}
    return render_template(
        "matches/request.html", offer=offer, form=form, covered=all(covered.values())
    )


def _field_errors(form) -> str:
    return "; ".join(
        f"{form[name].label.text}: {' '.join(errs)}" for name, errs in form.errors.items()
    )
