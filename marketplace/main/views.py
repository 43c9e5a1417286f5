"""The home page and each person's dashboard."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _
from flask_login import current_user, login_required
from flask_wtf.csrf import generate_csrf

from marketplace.formkit import SearchForm
from marketplace.services.accounts.privacy import PRIVACY_NOTICE_VERSION
from marketplace.services.curation import waiting
from marketplace.services.insight import demand
from marketplace.services.listings import posting, search
from marketplace.services.parties.groups import groups_of
from marketplace.services.parties.places import region_name
from marketplace.services.parties.providers import providers_of
from marketplace.services.suggesting import prepared

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    view = search.overview()
    return render_template(
        "main/index.html",
        counts=view.counts,
        latest_needs=view.latest_needs,
        latest_offers=view.latest_offers,
        form=SearchForm(formdata=None),
    )


@bp.get("/dashboard")
@login_required
def dashboard():
    groups = groups_of(current_user)
    providers = providers_of(current_user)
    # A few active listings each, with a link to the group's or provider's full list.
    needs = {
        g.id: posting.needs_of_group(g, published_only=False, active=True, page=1, per_page=5)
        for g in groups
    }
    offers = {
        p.id: posting.offers_of_provider(p, published_only=False, active=True, page=1, per_page=5)
        for p in providers
    }
    own_offers = [o for page in offers.values() for o in page.items if o.status == "open"]
    return render_template(
        "main/dashboard.html",
        groups=groups,
        needs=needs,
        offers=offers,
        providers=providers,
        pending=waiting.pending_for(current_user),
        needs_for_offers=prepared.needs_for_offers(own_offers, k=3),
        unmet=demand.for_providers(providers, limit=10),
        unmet_text=demand_text,
    )


def demand_text(row) -> str:
    """'12 groups in NTT need training in PIRT', in the user's language."""
    place = region_name(row.province) if row.province else _("an unknown province")
    words = {"place": place, "subject": row.words}
    if row.kind == "training":
        return ngettext(
            "%(num)d group in %(place)s needs training in %(subject)s",
            "%(num)d groups in %(place)s need training in %(subject)s",
            row.groups,
            **words,
        )
    if row.kind == "market":
        return ngettext(
            "%(num)d group in %(place)s looks for buyers of %(subject)s",
            "%(num)d groups in %(place)s look for buyers of %(subject)s",
            row.groups,
            **words,
        )
    return ngettext(
        "%(num)d group in %(place)s needs %(subject)s",
        "%(num)d groups in %(place)s need %(subject)s",
        row.groups,
        **words,
    )


@bp.get("/privacy")
def privacy():
    """The privacy notice people agree to at sign-up, in the visitor's language."""
    language = "en" if str(get_locale()) == "en" else "id"
    return render_template(f"main/privacy/{language}.html", version=PRIVACY_NOTICE_VERSION)


@bp.get("/csrf-token")
@login_required
def csrf_token():
    """A fresh CSRF token for this session: posts queued offline may outlive theirs."""
    response = jsonify(csrf_token=generate_csrf())
    response.cache_control.no_store = True
    return response
