"""Who may see or change what: named predicates used by views, services and templates.

Pure predicates: each reads the user's memberships, provider links and facilitator
assignments (loaded once with the signed-in user, ``auth/sessions.py``) and the object's
own columns, and never queries the database itself.
"""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.errors import PermissionDenied
from marketplace.lifecycle import INTRODUCED_STATES, PUBLIC_LISTING_STATES
from marketplace.models import Group, Need, Offer, Provider, User
from marketplace.vocab import OFFICER_ROLES

# What every check reads of a user: whoever loads the acting user loads these with it.
GRANTS = (User.memberships, User.provider_links, User.assignments)


def _authenticated(user: User | None) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False))


def is_admin(user: User | None) -> bool:
    return _authenticated(user) and user.is_admin


def is_facilitator(user: User | None) -> bool:
    return _authenticated(user) and (user.is_facilitator or user.is_admin)


def _role_in(user: User | None, group_id: int) -> str | None:
    if not _authenticated(user):
        return None
    for membership in user.memberships:
        if membership.group_id == group_id:
            return membership.role
    return None


def group_role(user: User | None, group: Group) -> str | None:
    return _role_in(user, group.id)


def is_group_member(user: User | None, group: Group) -> bool:
    return group_role(user, group) is not None


def is_group_officer(user: User | None, group: Group) -> bool:
    return group_role(user, group) in OFFICER_ROLES


def _acts_for(user: User | None, provider_id: int) -> bool:
    return _authenticated(user) and any(
        link.provider_id == provider_id for link in user.provider_links
    )


def acts_for_provider(user: User | None, provider: Provider) -> bool:
    return _acts_for(user, provider.id)


def can_edit_group(user: User | None, group: Group) -> bool:
    """Officers keep their group's profile and members; its facilitator records its growth."""
    return is_admin(user) or is_group_officer(user, group) or facilitates_group(user, group)


can_manage_members = can_edit_group


def can_post_need(user: User | None, group: Group) -> bool:
    return is_admin(user) or is_group_officer(user, group)


def can_name_internal_facilitator(user: User | None, group: Group) -> bool:
    return group.stage == "kemandirian" and (is_admin(user) or facilitates_group(user, group))


def can_consult(user: User | None, group: Group) -> bool:
    """Open a consultation: the group's officers."""
    return is_group_officer(user, group)


def can_view_consultations(user: User | None, group: Group) -> bool:
    return (
        is_group_member(user, group) or follows_group(user, group) or facilitates_group(user, group)
    )


def can_answer_consultation(user: User | None, group: Group) -> bool:
    return is_group_officer(user, group) or facilitates_group(user, group)


def can_edit_need(user: User | None, need: Need) -> bool:
    return can_post_need(user, need.group)


def can_view_need(user: User | None, need: Need) -> bool:
    return (
        need.status in PUBLIC_LISTING_STATES
        or can_edit_need(user, need)
        or is_group_member(user, need.group)
        or is_facilitator(user)
    )


def can_view_unpublished_needs_of(user: User | None, group: Group) -> bool:
    """Whether ``can_view_need`` holds for every need of the group, drafts included."""
    return can_post_need(user, group) or is_group_member(user, group) or is_facilitator(user)


def can_edit_provider(user: User | None, provider: Provider) -> bool:
    return is_admin(user) or acts_for_provider(user, provider)


can_post_offer = can_edit_provider


def can_see_provider_contacts(user: User | None, provider: Provider) -> bool:
    return is_facilitator(user) or acts_for_provider(user, provider)


def can_verify_provider(user: User | None) -> bool:
    return is_facilitator(user)


def can_edit_offer(user: User | None, offer: Offer) -> bool:
    return can_edit_provider(user, offer.provider)


def can_view_offer(user: User | None, offer: Offer) -> bool:
    return (
        offer.status in PUBLIC_LISTING_STATES or can_edit_offer(user, offer) or is_facilitator(user)
    )


def can_view_demand(user: User | None) -> bool:
    """Unmet demand across all groups: facilitators and admins (programme managers)."""
    return is_facilitator(user)


def can_view_unpublished_offers_of(user: User | None, provider: Provider) -> bool:
    """Whether ``can_view_offer`` holds for every offer of the provider, drafts included."""
    return can_edit_provider(user, provider) or is_facilitator(user)


def can_export(user: User | None) -> bool:
    return is_facilitator(user)


def can_grant_roles(user: User | None) -> bool:
    return is_admin(user)


def require(allowed: bool) -> None:
    """Stop the request with 403 unless ``allowed``."""
    if not allowed:
        raise PermissionDenied(_("You are not allowed to see or change this."))


def facilitates_group(user: User | None, group: Group) -> bool:
    """The user accompanies this group now: its own (internal) facilitator, an assigned
    outside facilitator while the group has none of its own, or an admin."""
    if not _authenticated(user):
        return False
    if user.is_admin:
        return True
    if group.internal_facilitator_id == user.id and is_group_member(user, group):
        return True
    return group.internal_facilitator_id is None and follows_group(user, group)


def follows_group(user: User | None, group: Group) -> bool:
    """An outside facilitator assigned to the group, or covering its regency or province
    (read access)."""
    if not _authenticated(user) or not (user.is_facilitator or user.is_admin):
        return False
    return user.is_admin or any(assignment.covers(group) for assignment in user.assignments)


def match_roles(user: User | None, match) -> set[str]:
    """The parts ``user`` plays in a match: facilitator, group, provider."""
    roles: set[str] = set()
    if facilitates_group(user, match.need.group):
        roles.add("facilitator")
    if _role_in(user, match.need.group_id) in OFFICER_ROLES:
        roles.add("group")
    if _acts_for(user, match.offer.provider_id):
        roles.add("provider")
    return roles


PROVIDER_SEES = frozenset({"responded", "group_accepted", "accepted", "in_progress", "completed"})


def can_view_match(user: User | None, match) -> bool:
    if follows_group(user, match.need.group) or facilitates_group(user, match.need.group):
        return True
    if _role_in(user, match.need.group_id) is not None and match.state != "suggested":
        return match.state not in ("dismissed",) or match.origin == "group"
    if _acts_for(user, match.offer.provider_id):
        return (
            match.state in PROVIDER_SEES
            or match.origin == "provider"
            or match.provider_decided_at is not None
            or (match.group_decided_at is not None and match.state != "declined")
        )
    return False


def can_see_contacts(user: User | None, match) -> bool:
    return match.state in INTRODUCED_STATES and can_view_match(user, match)


def can_message_match(user: User | None, match) -> bool:
    return can_see_contacts(user, match) and bool(match_roles(user, match))
