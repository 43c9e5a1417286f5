"""Consultations: questions a group brings to its facilitator, with the replies."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select

from marketplace.errors import NotFound, PermissionDenied, ValidationFailed
from marketplace.extensions import db
from marketplace.models import Consultation, ConsultationMessage, Group, User
from marketplace.models.base import utcnow
from marketplace.permissions import can_answer_consultation, can_consult, can_view_consultations
from marketplace.services.curation.caseload import facilitators_of
from marketplace.services.messaging.notifications import N_, notice, notify
from marketplace.services.parties.groups import officers_of


def _check_text(subject: str | None, body: str) -> None:
    errors = {}
    if subject is not None and not (1 <= len(subject.strip()) <= 200):
        errors["subject"] = [_("A subject of 1 to 200 characters is required.")]
    if not (1 <= len(body.strip()) <= 5000):
        errors["body"] = [_("Write 1 to 5000 characters.")]
    if errors:
        raise ValidationFailed(errors)


def of_group(group: Group, *, page: int = 1, per_page: int = 20):
    """A page of the group's consultations, open ones first, latest activity first."""
    stmt = (
        select(Consultation)
        .where(Consultation.group_id == group.id)
        .order_by(
            Consultation.closed_at.is_not(None), Consultation.updated_at.desc(), Consultation.id
        )
    )
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def get(consultation_id: int, viewer: User) -> Consultation:
    consultation = db.session.get(Consultation, consultation_id)
    if consultation is None or not can_view_consultations(viewer, consultation.group):
        raise NotFound(_("This consultation does not exist, or is not yours to see."))
    return consultation


def open_consultation(group: Group, *, by: User, subject: str, body: str) -> Consultation:
    if not can_consult(by, group):
        raise PermissionDenied(_("Only the group's officers open consultations."))
    _check_text(subject, body)
    consultation = Consultation(group=group, subject=subject.strip(), opened_by_id=by.id)
    consultation.messages.append(ConsultationMessage(author_id=by.id, body=body.strip()))
    db.session.add(consultation)
    db.session.flush()
    notify(
        facilitators_of(group),
        link=f"/consultations/{consultation.id}",
        text=notice(
            N_("%(group)s asks: %(subject)s"), group=group.name, subject=consultation.subject
        ),
        email_subject=lambda: _("A question from %(group)s", group=group.name),
    )
    db.session.commit()
    return consultation


def reply(consultation: Consultation, *, by: User, body: str) -> ConsultationMessage:
    if not can_answer_consultation(by, consultation.group):
        raise PermissionDenied(_("You cannot reply to this consultation."))
    if consultation.closed_at is not None:
        raise ValidationFailed({"body": [_("This consultation is closed.")]})
    _check_text(None, body)
    message = ConsultationMessage(consultation=consultation, author_id=by.id, body=body.strip())
    db.session.add(message)
    consultation.updated_at = utcnow()
    others = officers_of(consultation.group) + facilitators_of(consultation.group)
    notify(
        [u for u in others if u.id != by.id],
        link=f"/consultations/{consultation.id}",
        text=notice(N_("New reply about “%(subject)s”."), subject=consultation.subject),
    )
    db.session.commit()
    return message


def close(consultation: Consultation, *, by: User) -> None:
    if not can_answer_consultation(by, consultation.group):
        raise PermissionDenied(_("You cannot close this consultation."))
    consultation.closed_at = utcnow()
    db.session.commit()
