"""Groups, providers and consultations."""

from __future__ import annotations

from sqlalchemy import select

from marketplace.api import READ, WRITE, Shown, auth, bp, current_user, merged
from marketplace.api import schemas as s
from marketplace.api.fields import page_of
from marketplace.api.paging import page
from marketplace.models import Consultation, Group, Provider
from marketplace.permissions import (
    can_edit_group,
    can_edit_provider,
    can_see_provider_contacts,
    can_view_consultations,
    require,
)
from marketplace.services.accounts import access_log
from marketplace.services.messaging import consultations
from marketplace.services.parties import groups as group_service
from marketplace.services.parties import providers as provider_service

GroupPage = page_of(s.GroupOut, "GroupPage")
ProviderPage = page_of(s.ProviderOut, "ProviderPage")
ConsultationPage = page_of(s.ConsultationOut, "ConsultationPage")


@bp.get("/groups")
@bp.auth_required(auth, roles=READ)
@bp.input(s.PageQuery, location="query", arg_name="args")
@bp.output(GroupPage)
def list_groups(args):
    """Community groups, newest first"""
    return page(select(Group), Group, args)


@bp.get("/groups/<int:group_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.GroupOut)
def get_group(group_id: int):
    """A group's public profile"""
    return group_service.get_group(group_id)


def _profile_fields(names: tuple[str, ...]) -> tuple[str, ...]:
    """A profile's fields the API edits: all but the coordinates."""
    return tuple(name for name in names if name not in ("lat", "lon"))


@bp.post("/groups")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.NewGroupIn, arg_name="body")
@bp.output(s.GroupOut, status_code=201)
def create_group(body):
    """Register a group; the caller becomes its chair (ketua)"""
    return group_service.create_group(creator=current_user(), fields=body)


@bp.patch("/groups/<int:group_id>")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.GroupIn, arg_name="body")
@bp.output(s.GroupOut)
def update_group(group_id: int, body):
    """Change some fields of a group's profile (its officers)"""
    group = group_service.get_group(group_id)
    require(can_edit_group(current_user(), group))
    fields = merged(group, body, _profile_fields(group_service.GROUP_FIELDS))
    if {"province_code", "regency_code"} & set(body):
        fields["lat"] = fields["lon"] = None  # the new regency's centre, as on the page
    group_service.update_group(group, fields)
    return group


@bp.post("/providers")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.NewProviderIn, arg_name="body")
@bp.output(s.ProviderOut, status_code=201)
def create_provider(body):
    """Register a provider (unverified until a facilitator verifies it); the caller acts for it"""
    provider = provider_service.create_provider(creator=current_user(), fields=body)
    return _provider(provider, current_user(), log=False)


@bp.patch("/providers/<int:provider_id>")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.ProviderIn, arg_name="body")
@bp.output(s.ProviderOut)
def update_provider(provider_id: int, body):
    """Change some fields of a provider's profile (those who act for it)"""
    provider = provider_service.get_provider(provider_id)
    require(can_edit_provider(current_user(), provider))
    fields = merged(provider, body, _profile_fields(provider_service.PROVIDER_FIELDS))
    provider_service.update_provider(provider, fields)
    return _provider(provider, current_user(), log=False)


def _provider(provider: Provider, user, *, log: bool):
    contacts = None
    if can_see_provider_contacts(user, provider):
        contacts = {
            "email": provider.contact_email,
            "phone": provider.contact_phone,
        }
        if log:
            access_log.record(
                user, action=access_log.CONTACTS, subject=f"provider {provider.id} (api)"
            )
    return Shown(provider, contacts=contacts)


@bp.get("/providers")
@bp.auth_required(auth, roles=READ)
@bp.input(s.PageQuery, location="query", arg_name="args")
@bp.output(ProviderPage)
def list_providers(args):
    """Trainers, buyers, suppliers and programmes, newest first"""
    result = page(select(Provider), Provider, args)
    # contacts only on the read of one provider, which goes to the access log
    result["items"] = [Shown(p, contacts=None) for p in result["items"]]
    return result


@bp.get("/providers/<int:provider_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.ProviderOut)
def get_provider(provider_id: int):
    """A provider; its contacts for facilitators and those who act for it"""
    return _provider(provider_service.get_provider(provider_id), current_user(), log=True)


@bp.get("/groups/<int:group_id>/consultations")
@bp.auth_required(auth, roles=READ)
@bp.input(s.PageQuery, location="query", arg_name="args")
@bp.output(ConsultationPage)
def group_consultations(group_id: int, args):
    """A group's consultations (its members and facilitators)"""
    group = group_service.get_group(group_id)
    require(can_view_consultations(current_user(), group))
    stmt = select(Consultation).where(Consultation.group_id == group.id)
    return page(stmt, Consultation, args)


@bp.post("/groups/<int:group_id>/consultations")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.ConsultationIn, arg_name="body")
@bp.output(s.ConsultationOut, status_code=201)
def open_consultation(group_id: int, body):
    """Ask the group's facilitator a question (the group's officers)"""
    group = group_service.get_group(group_id)
    return consultations.open_consultation(
        group, by=current_user(), subject=body["subject"], body=body["body"]
    )


@bp.get("/consultations/<int:consultation_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.ConsultationOut)
def get_consultation(consultation_id: int):
    """A consultation with its messages"""
    return consultations.get(consultation_id, current_user())


@bp.post("/consultations/<int:consultation_id>/messages")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.ReplyIn, arg_name="body")
@bp.output(s.ConsultationOut, status_code=201)
def reply_consultation(consultation_id: int, body):
    """Reply (the group's officers and its facilitator)"""
    consultation = consultations.get(consultation_id, current_user())
    consultations.reply(consultation, by=current_user(), body=body["body"])
    return consultation


@bp.post("/consultations/<int:consultation_id>/close")
@bp.auth_required(auth, roles=WRITE)
@bp.output(s.ConsultationOut)
def close_consultation(consultation_id: int):
    """Close a consultation"""
    consultation = consultations.get(consultation_id, current_user())
    consultations.close(consultation, by=current_user())
    return consultation
