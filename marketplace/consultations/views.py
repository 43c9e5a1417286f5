"""A group's questions to its facilitator, and the answers."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from wtforms import StringField, SubmitField, TextAreaField

from marketplace.errors import ValidationFailed
from marketplace.formkit import CreateForm, max_length, page_number, required, show_errors
from marketplace.permissions import (
    can_answer_consultation,
    can_consult,
    can_view_consultations,
    require,
)
from marketplace.services.listings import idempotency
from marketplace.services.messaging import consultations
from marketplace.services.parties import groups as group_service

bp = Blueprint("consultations", __name__)


class QuestionForm(CreateForm):
    subject = StringField(_l("Subject"), validators=[required(), max_length(200)])
    body = TextAreaField(_l("Your question"), validators=[required(), max_length(5000)])
    submit = SubmitField(_l("Ask the facilitator"))


class ReplyForm(CreateForm):
    body = TextAreaField(_l("Reply"), validators=[required(), max_length(5000)])
    submit = SubmitField(_l("Send reply"))


@bp.route("/groups/<int:group_id>/consultations", methods=["GET", "POST"])
@login_required
def index(group_id: int):
    group = group_service.get_group(group_id)
    require(can_view_consultations(current_user, group))
    form = QuestionForm()
    if form.validate_on_submit():
        require(can_consult(current_user, group))
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: consultations.open_consultation(
                    group, by=current_user, subject=form.subject.data, body=form.body.data
                ),
                locate=lambda c: url_for("consultations.thread", consultation_id=c.id),
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("consultations.index", group_id=group.id))
            consultation = outcome.record
            flash(_("Your question went to the facilitator."), "success")
            return redirect(url_for("consultations.thread", consultation_id=consultation.id))
    threads = consultations.of_group(group, page=page_number())
    return render_template(
        "consultations/index.html",
        group=group,
        form=form,
        threads=threads.items,
        page=threads,
        can_ask=can_consult(current_user, group),
    )


@bp.route("/consultations/<int:consultation_id>", methods=["GET", "POST"])
@login_required
def thread(consultation_id: int):
    consultation = consultations.get(consultation_id, current_user)
    can_reply = can_answer_consultation(current_user, consultation.group)
    form = ReplyForm()
    if form.validate_on_submit():
        require(can_reply)
        here = url_for("consultations.thread", consultation_id=consultation.id)
        try:
            idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: consultations.reply(
                    consultation, by=current_user, body=form.body.data
                ),
                locate=lambda _message: here,
            )
        except ValidationFailed as error:
            show_errors(form, error)
        else:
            return redirect(url_for("consultations.thread", consultation_id=consultation.id))
    return render_template(
        "consultations/thread.html", consultation=consultation, form=form, can_reply=can_reply
    )


@bp.post("/consultations/<int:consultation_id>/close")
@login_required
def close(consultation_id: int):
    consultation = consultations.get(consultation_id, current_user)
    consultations.close(consultation, by=current_user)
    flash(_("The consultation was closed."), "info")
    return redirect(url_for("consultations.thread", consultation_id=consultation.id))
