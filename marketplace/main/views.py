"""The home page and each person's dashboard."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required
from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.formkit import SearchForm
from marketplace.models import Group, Need, Offer, Provider
from marketplace.services import curation, matching
from marketplace.services.groups import groups_of
from marketplace.services.providers import providers_of

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    counts = {
        "groups": db.session.scalar(select(func.count(Group.id))),
        "providers": db.session.scalar(select(func.count(Provider.id))),
        "needs": db.session.scalar(select(func.count(Need.id)).where(Need.status == "open")),
        "offers": db.session.scalar(select(func.count(Offer.id)).where(Offer.status == "open")),
    }
    latest_needs = db.session.scalars(
        select(Need)
        .where(Need.status == "open")
        .order_by(Need.created_at.desc(), Need.id.desc())
        .limit(6)
    ).all()
    latest_offers = db.session.scalars(
        select(Offer)
        .where(Offer.status == "open")
        .order_by(Offer.created_at.desc(), Offer.id.desc())
        .limit(6)
    ).all()
    return render_template(
        "main/index.html",
        counts=counts,
        latest_needs=latest_needs,
        latest_offers=latest_offers,
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
