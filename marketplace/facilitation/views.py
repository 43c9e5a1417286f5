"""The facilitator's pages: the caseload, reviewing suggestions, the dashboard."""

from __future__ import annotations

import re
from datetime import date

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace import MAX_ID, regions, vocab
from marketplace.errors import ValidationFailed
from marketplace.facilitation import cards
from marketplace.facilitation.case_cards import case_card, page_parts
from marketplace.formkit import Form, SearchForm, browse_filters, page_number
from marketplace.matches.forms import (
    DISMISS_NOTE,
    DISMISS_REASON,
    PROPOSE_NOTE,
    DismissForm,
    ProposeForm,
)
from marketplace.permissions import (
    can_view_demand,
    facilitates_group,
    follows_group,
    is_facilitator,
    require,
)
from marketplace.services.curation import actions, caseload, moves
from marketplace.services.insight import demand, impact
from marketplace.services.listings import idempotency, posting, search
from marketplace.services.parties import coverage
from marketplace.services.parties import groups as group_service
from marketplace.services.suggesting import prepared

bp = Blueprint("facilitation", __name__, url_prefix="/facilitate")


class TakeGroupForm(Form):
    """Only the CSRF token: taking a group needs nothing else."""


def form_id(raw: str | None) -> int:
    """An id posted in a form; anything else is a 404, like an unknown id."""
    if raw and re.fullmatch(r"[0-9]{1,10}", raw) and int(raw) <= MAX_ID:
        return int(raw)
    abort(404)


@bp.get("/")
@login_required
def home():
    stale_days = current_app.config["STALE_NEED_DAYS"]
    result = caseload.caseload(
        current_user,
        stale_days=stale_days,
        page=page_number(),
        per_page=current_app.config["CASELOAD_PER_PAGE"],
    )
    require(is_facilitator(current_user) or result.total > 0)
    return render_template(
        "facilitation/caseload.html",
        page=result,
        cases=result.cases,
        case_card=case_card,
        parts=page_parts(stale_days),
    )


@bp.get("/needs/<int:need_id>")
@login_required
def review_need(need_id: int):
    need = posting.get_need(need_id)
    group = need.group
    require(follows_group(current_user, group) or facilitates_group(current_user, group))
    can_act = facilitates_group(current_user, group)
    matches = actions.matches_of_need(need)
    suggestions = (
        actions.suggestions_to_review(need, matches=matches) if need.status == "open" else []
    )
    suggestions, outside = actions.by_reach(suggestions)
    # The search form only when searching: the page itself shows its words, no form.
    search_form = SearchForm(request.args) if request.args.get("q") else None
    q = search_form.q.data if search_form else None
    found = []
    if q:
        filters = browse_filters(search_form)
        found = [
            o
            for o in search.search_offers(filters, page=1, per_page=20).items
            if o.kind == need.kind
        ]
    return render_template(
        "facilitation/review_need.html",
        need=need,
        suggestions=suggestions,
        readiness=prepared.readiness(need) if need.status == "open" else None,
        outside=outside,
        matches=matches,
        can_act=can_act,
        q=q,
        found=found,
        # What the suggestions' hand-written forms repeat (ProposeForm's and DismissForm's)
        labels={"note": PROPOSE_NOTE, "reason": DISMISS_REASON, "dnote": DISMISS_NOTE},
        states=moves.STATES,
        reasons=moves.DECLINE_REASONS,
        review_card=cards.review_card,
    )


@bp.post("/needs/<int:need_id>/propose")
@login_required
def propose(need_id: int):
    need = posting.get_need(need_id)
    require(facilitates_group(current_user, need.group))
    form = ProposeForm()
    if form.validate_on_submit():
        offer = posting.get_offer(form_id(form.offer_id.data))
        try:
            outcome = idempotency.once(
                user=current_user,
                key=form.idempotency_key.data,
                create=lambda: actions.propose(
                    need, offer, by=current_user, note=form.note.data or ""
                ),
                locate=lambda m: url_for("matches.detail", match_id=m.id),
            )
        except ValidationFailed as error:
            flash(error.message, "danger")
        else:
            if outcome.replayed:
                return redirect(outcome.url or url_for("facilitation.review_need", need_id=need.id))
            match = outcome.record
            flash(_("Proposed to the group. They decide."), "success")
            return redirect(url_for("matches.detail", match_id=match.id))
    return redirect(url_for("facilitation.review_need", need_id=need.id))


@bp.post("/needs/<int:need_id>/dismiss")
@login_required
def dismiss(need_id: int):
    need = posting.get_need(need_id)
    require(facilitates_group(current_user, need.group))
    form = DismissForm()
    if form.validate_on_submit():
        offer = posting.get_offer(form_id(form.offer_id.data))
        try:
            actions.dismiss(
                need,
                offer,
                by=current_user,
                reason_code=form.reason_code.data,
                note=form.note.data or "",
            )
        except ValidationFailed as error:
            flash(error.message, "danger")
        else:
            flash(_("Dismissed; it will not be suggested again."), "info")
    return redirect(url_for("facilitation.review_need", need_id=need.id))


@bp.get("/offers/<int:offer_id>")
@login_required
def review_offer(offer_id: int):
    """The other way round: open needs of my caseload that this offer could serve."""
    offer = posting.get_offer(offer_id)
    require(is_facilitator(current_user))
    group_ids = caseload.caseload_group_ids(current_user)
    ranked = prepared.for_offers([offer], group_ids=set(group_ids))[offer.id]
    return render_template("facilitation/review_offer.html", offer=offer, ranked=ranked)


def _scope() -> impact.Scope:
    return impact.Scope(
        followed=None if current_user.is_admin else coverage.followed_groups_values(current_user),
        province=request.args.get("province", "")
        if regions.province_by_code(request.args.get("province", ""))
        else "",
        sector=request.args.get("sector", "")
        if request.args.get("sector") in vocab.SECTORS
        else "",
        kind=request.args.get("kind", "") if request.args.get("kind") in vocab.KINDS else "",
    )


def _label(section: str, key: str) -> str:
    if "kind" in section:
        return str(vocab.KINDS.get(key, key))
    if "sector" in section:
        return str(vocab.SECTORS.get(key, key))
    if "province" in section:
        place = regions.province_by_code(key)
        return place.name if place else key
    return str(moves.DECLINE_REASONS.get(key, key))


@bp.get("/dashboard")
@login_required
def dashboard():
    require(is_facilitator(current_user))
    scope = _scope()
    figures = impact.measure(scope)
    sections = (
        ("by-kind", _("Open needs by kind"), "open needs by kind", figures.open_by_kind),
        ("by-sector", _("Open needs by sector"), "open needs by sector", figures.open_by_sector),
        (
            "by-province",
            _("Open needs by province"),
            "open needs by province",
            figures.open_by_province,
        ),
        (
            "dismissals",
            _("Why suggestions were dismissed"),
            "dismissal reasons",
            figures.dismiss_reasons,
        ),
        ("declines", _("Why proposals were declined"), "decline reasons", figures.decline_reasons),
    )
    charts = [
        (key, title, [(_label(section, k), v) for k, v in counter.most_common()])
        for key, title, section, counter in sections
    ]
    return render_template(
        "facilitation/dashboard.html",
        figures=figures,
        charts=charts,
        filters=SearchForm(request.args),
    )


@bp.get("/dashboard.csv")
@login_required
def dashboard_csv():
    require(is_facilitator(current_user))
    body = impact.impact_csv(impact.measure(_scope()), _label)
    name = f"dashboard-{date.today().isoformat()}.csv"
    return Response(
        body, mimetype="text/csv", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


def _demand_rows() -> list:
    scope = _scope()  # unknown provinces or sectors are ignored, not an error page
    return demand.unmet_demand(
        sectors={scope.sector} if scope.sector else None,
        provinces={scope.province} if scope.province else None,
    )


@bp.get("/demand")
@login_required
def unmet_demand():
    """Subjects groups ask for that no open offer covers, by province and sector."""
    require(can_view_demand(current_user))
    scope = _scope()
    page = demand.unmet_demand_page(
        province=scope.province,
        sector=scope.sector,
        page=page_number(),
        per_page=current_app.config["PER_PAGE"],
    )
    return render_template(
        "facilitation/demand.html",
        page=page,
        filters=SearchForm(request.args),
        label=_label,
    )


@bp.get("/demand.csv")
@login_required
def unmet_demand_csv():
    require(can_view_demand(current_user))
    body = demand.demand_csv(_demand_rows(), _label)
    name = f"unmet-demand-{date.today().isoformat()}.csv"
    return Response(
        body, mimetype="text/csv", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@bp.get("/uncovered")
@login_required
def uncovered():
    """Groups nobody accompanies: admins watch this queue, facilitators take from it."""
    require(is_facilitator(current_user))
    page = coverage.uncovered_page(page=page_number(), per_page=current_app.config["PER_PAGE"])
    return render_template("facilitation/uncovered.html", page=page, form=TakeGroupForm())


@bp.post("/uncovered/<int:group_id>/take")
@login_required
def take_group(group_id: int):
    require(is_facilitator(current_user))
    group = group_service.get_group(group_id)
    if TakeGroupForm().validate_on_submit():
        try:
            caseload.take_group(group, facilitator=current_user)
        except ValidationFailed as error:
            flash(error.message, "warning")
        else:
            flash(_("You now accompany %(group)s.", group=group.name), "success")
            return redirect(url_for("groups.detail", group_id=group.id))
    return redirect(url_for("facilitation.uncovered"))
