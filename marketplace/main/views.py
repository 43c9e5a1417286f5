"""The home page and each person's dashboard."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from marketplace.formkit import SearchForm
from marketplace.services import curation, demand, search, suggestions
from marketplace.services.groups import groups_of
from marketplace.services.places import region_name
from marketplace.services.providers import providers_of

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
    providers = providers_of(current_user)
    own_offers = [o for p in providers for o in p.offers if o.status == "open"]
    return render_template(
        "main/dashboard.html",
        groups=groups_of(current_user),
        providers=providers,
        pending=curation.pending_for(current_user),
        needs_for_offers=suggestions.for_offers(own_offers, k=3),
        unmet=demand.for_providers(providers),
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
