"""Needs and offers out again: the bulk JSON format and CSV for spreadsheets.

Operators (``flask export-data``) and admins get everything. A facilitator's download is
held to an ``ExportScope``: their caseload's groups with all their needs, drafts too;
elsewhere only what is published; providers' contacts only where an introduction made
with one of their groups has shown them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select, true

from marketplace import refs
from marketplace.extensions import db
from marketplace.lifecycle import INTRODUCED_STATES, PUBLIC_LISTING_STATES
from marketplace.models import Group, Match, Need, Offer, Provider, User
from marketplace.services.curation.caseload import caseload_filter
from marketplace.services.parties.places import region_name


@dataclass(frozen=True)
class ExportScope:
    """What one person may take away. ``FULL`` is everything (operators, admins)."""

    caseload: ColumnElement[bool]  # on Group: whose needs come in every status
    everything: bool = False
    contact_providers: frozenset[int] = frozenset()

    def needs(self) -> ColumnElement[bool]:
        if self.everything:
            return true()
        return or_(Need.status.in_(PUBLIC_LISTING_STATES), Need.group_id.in_(self._caseload_ids()))

    def groups(self) -> ColumnElement[bool]:
        if self.everything:
            return true()
        published = select(Need.group_id).where(Need.status.in_(PUBLIC_LISTING_STATES))
        return or_(Group.id.in_(self._caseload_ids()), Group.id.in_(published))

    def offers(self) -> ColumnElement[bool]:
        return true() if self.everything else Offer.status.in_(PUBLIC_LISTING_STATES)

    def shows_contacts(self, provider: Provider) -> bool:
        return self.everything or provider.id in self.contact_providers

    def _caseload_ids(self):
        return select(Group.id).where(self.caseload)


FULL = ExportScope(caseload=true(), everything=True)


def scope_for(user: User) -> ExportScope:
    """The export a facilitator may download (admins: everything)."""
    if user.is_admin:
        return FULL
    caseload = caseload_filter(user)
    introduced = db.session.scalars(
        select(Offer.provider_id)
        .join(Match, Match.offer_id == Offer.id)
        .join(Need, Match.need_id == Need.id)
        .where(
            Match.state.in_(INTRODUCED_STATES),
            Need.group_id.in_(select(Group.id).where(caseload)),
        )
        .distinct()
    )
    return ExportScope(caseload=caseload, contact_providers=frozenset(introduced))


def _ref(row, source: str | None = None) -> str:
    """The record's ref as a file of ``source`` names it: bare for a record of that
    source, the stable id otherwise (``marketplace/refs.py``)."""
    if row.ref is not None and row.source == source:
        return row.ref
    return refs.stable_id(row.__tablename__, source=row.source, ref=row.ref, id=row.id)


def _drop_empty(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v not in (None, "", [])}


def _listing(row: Need | Offer, source: str) -> dict[str, Any]:
    return {
        "ref": _ref(row, source),
        "kind": row.kind,
        "title": row.title,
        "description": row.description,
        "tags": list(row.tags or []),
        "status": row.status,
        "sector": row.sector,
        "quantity": row.quantity,
        "unit": row.unit,
        "capacity": row.capacity,
    }


def export_document(
    scope: ExportScope = FULL, source: str = refs.DEFAULT_SOURCE
) -> dict[str, list[dict[str, Any]]]:
    """The records of one import source (by default ours, and everything created on the
    web) that ``scope`` allows, in the format ``import-data --source`` reads back."""

    def rows(model, allowed=None):
        stmt = select(model).where(model.source == source).order_by(model.id)
        if allowed is not None:
            stmt = stmt.where(allowed)
        return db.session.scalars(stmt).all()

    groups, providers = rows(Group, scope.groups()), rows(Provider)
    needs, offers = rows(Need, scope.needs()), rows(Offer, scope.offers())
    return {
        "groups": [
            _drop_empty(
                {
                    "ref": _ref(g, source),
                    "name": g.name,
                    "province": region_name(g.province_code),
                    "regency": region_name(g.regency_code),
                    "lat": g.lat,
                    "lon": g.lon,
                    "members": g.members_count,
                    "sector": g.sector,
                    "stage": g.stage,
                    "district": g.district,
                    "village": g.village,
                    "description": g.description,
                    "products": g.products,
                    "achievements": g.achievements,
                }
            )
            for g in groups
        ],
        "providers": [
            _drop_empty(
                {
                    "ref": _ref(p, source),
                    "name": p.name,
                    "type": p.type,
                    "province": region_name(p.province_code),
                    "regency": region_name(p.regency_code),
                    "lat": p.lat,
                    "lon": p.lon,
                    "service_area": [region_name(c) for c in p.service_area or []],
                    "description": p.description,
                    "contact_email": p.contact_email if scope.shows_contacts(p) else None,
                    "contact_phone": p.contact_phone if scope.shows_contacts(p) else None,
                    "website": p.website,
                }
            )
            for p in providers
        ],
        "needs": [
            _drop_empty(
                _listing(n, source)
                | {
                    "group": _ref(n.group, source),
                    "budget": float(n.budget) if n.budget is not None else None,
                    "wanted_from": n.wanted_from.isoformat() if n.wanted_from else None,
                    "wanted_until": n.wanted_until.isoformat() if n.wanted_until else None,
                }
            )
            for n in needs
        ],
        "offers": [
            _drop_empty(
                _listing(o, source)
                | {
                    "provider": _ref(o.provider, source),
                    "service_area": [region_name(c) for c in o.service_area or []],
                    "price": float(o.price) if o.price is not None else None,
                    "available_from": o.available_from.isoformat() if o.available_from else None,
                    "available_until": o.available_until.isoformat() if o.available_until else None,
                }
            )
            for o in offers
        ],
    }


def _cell(value: Any) -> Any:
    # A leading = + - @ makes spreadsheets run the cell as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


CSV_BATCH = 1000  # rows read and written at a time


def _csv(header: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    """The CSV text in pieces of ``CSV_BATCH`` rows: a download of 100k needs is read and
    sent a batch at a time, never held whole (16 MB of text, 100k objects)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for n, row in enumerate(rows, 1):
        writer.writerow([_cell(v) for v in row])
        if n % CSV_BATCH == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def _streamed(stmt):
    """``stmt``'s rows (plain columns: no ORM objects to make) a batch at a time."""
    return db.session.execute(stmt.execution_options(yield_per=CSV_BATCH))


def needs_csv(scope: ExportScope = FULL) -> Iterator[str]:
    """The needs ``scope`` allows as CSV, in pieces (``_csv``), read as they are sent."""
    n, g = Need, Group
    needs = _streamed(
        select(n.id, n.source, n.ref, g.name, n.kind, n.sector, n.status, n.title)
        .add_columns(n.description, n.tags, n.quantity, n.unit, n.budget, n.wanted_from)
        .add_columns(n.wanted_until, g.province_code, g.regency_code, n.created_at)
        .join(g, g.id == n.group_id)
        .where(scope.needs())
        .order_by(n.id)
    )
    header = [
        "ref",
        "group",
        "kind",
        "sector",
        "status",
        "title",
        "description",
        "tags",
        "quantity",
        "unit",
        "budget",
        "wanted_from",
        "wanted_until",
        "province",
        "regency",
        "created_at",
    ]
    rows = (
        [
            refs.stable_id("needs", source=n.source, ref=n.ref, id=n.id),
            n.name,
            n.kind,
            n.sector or "",
            n.status,
            n.title,
            n.description,
            "; ".join(n.tags or []),
            n.quantity,
            n.unit,
            n.budget,
            n.wanted_from,
            n.wanted_until,
            region_name(n.province_code),
            region_name(n.regency_code),
            n.created_at.isoformat(timespec="seconds"),
        ]
        for n in needs
    )
    yield from _csv(header, rows)


def offers_csv(scope: ExportScope = FULL) -> Iterator[str]:
    """The offers ``scope`` allows as CSV, in pieces (``_csv``), read as they are sent."""
    o, p = Offer, Provider
    offers = _streamed(
        select(o.id, o.source, o.ref, p.name, p.type, p.verified_at, o.kind, o.sector)
        .add_columns(o.status, o.title, o.description, o.tags, o.capacity, o.price)
        .add_columns(o.available_from, o.available_until, o.service_area, o.created_at)
        .join(p, p.id == o.provider_id)
        .where(scope.offers())
        .order_by(o.id)
    )
    header = [
        "ref",
        "provider",
        "provider_type",
        "verified",
        "kind",
        "sector",
        "status",
        "title",
        "description",
        "tags",
        "capacity",
        "price",
        "available_from",
        "available_until",
        "service_area",
        "created_at",
    ]
    rows = (
        [
            refs.stable_id("offers", source=o.source, ref=o.ref, id=o.id),
            o.name,
            o.type,
            "yes" if o.verified_at is not None else "no",
            o.kind,
            o.sector or "",
            o.status,
            o.title,
            o.description,
            "; ".join(o.tags or []),
            o.capacity,
            o.price,
            o.available_from,
            o.available_until,
            "; ".join(region_name(c) for c in o.service_area or []),
            o.created_at.isoformat(timespec="seconds"),
        ]
        for o in offers
    )
    yield from _csv(header, rows)
