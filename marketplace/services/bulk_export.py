"""Needs and offers out again: the bulk JSON format and CSV for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import select

from marketplace import refs
from marketplace.extensions import db
from marketplace.models import Group, Need, Offer, Provider
from marketplace.services.places import region_name


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


def export_document(source: str = refs.DEFAULT_SOURCE) -> dict[str, list[dict[str, Any]]]:
    """The records of one import source (by default ours, and everything created on the
    web), in the format ``import-data --source`` reads back."""

    def rows(model):
        stmt = select(model).where(model.source == source).order_by(model.id)
        return db.session.scalars(stmt).all()

    groups, providers, needs, offers = rows(Group), rows(Provider), rows(Need), rows(Offer)
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
                    "contact_email": p.contact_email,
                    "contact_phone": p.contact_phone,
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


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return out.getvalue()


def needs_csv() -> str:
    needs = db.session.scalars(select(Need).order_by(Need.id)).all()
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
    rows = [
        [
            _ref(n),
            n.group.name,
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
            region_name(n.group.province_code),
            region_name(n.group.regency_code),
            n.created_at.isoformat(timespec="seconds"),
        ]
        for n in needs
    ]
    return _csv(header, rows)


def offers_csv() -> str:
    offers = db.session.scalars(select(Offer).order_by(Offer.id)).all()
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
    rows = [
        [
            _ref(o),
            o.provider.name,
            o.provider.type,
            "yes" if o.provider.verified else "no",
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
    ]
    return _csv(header, rows)
