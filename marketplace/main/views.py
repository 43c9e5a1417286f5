"""The home page and each person's dashboard."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from flask_login import current_user, login_required
from flask_wtf.csrf import generate_csrf

from marketplace.formkit import SearchForm
from marketplace.services import curation, matching, search
from marketplace.services.groups import groups_of
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
        needs_for_offers=matching.needs_for_offers(own_offers, k=3),
    )


@bp.get("/csrf-token")
@login_required
def csrf_token():
    """A fresh CSRF token for this session: posts queued offline may outlive theirs."""
    response = jsonify(csrf_token=generate_csrf())
    response.cache_control.no_store = True
    return response
