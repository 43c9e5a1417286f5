"""Convert a bulk-format document (see docs/import-format.md) into engine inputs.

Pure: no database. Region names become opaque keys through a ``region_key(province,
regency)`` callable; the default one lowercases, collapses spaces and strips a leading
*Provinsi*, *Kabupaten*, *Kab.* or *Kota*. Each record's ``ref`` becomes its id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from .types import NeedInput, OfferInput

RegionKey = Callable[[str | None, str | None], tuple[str, ...]]
_PREFIX = re.compile(r"^(provinsi|prov\.|kabupaten|kab\.|kab|kota)\s+")


def normalise_region(name: str | None) -> str:
    """Return a region name lowercased, single-spaced, without its administrative prefix."""
    text = " ".join(str(name or "").lower().split())
    return _PREFIX.sub("", text).strip()


def default_region_key(province: str | None, regency: str | None) -> tuple[str, ...]:
    """Return ``(province, province/regency)`` keys from names (empty parts dropped)."""
    prov = normalise_region(province)
    reg = normalise_region(regency)
    keys = []
    if prov:
        keys.append(prov)
    if reg:
        keys.append(f"{prov}/{reg}" if prov else reg)
    return tuple(keys)


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _float(value) -> float | None:
    return None if value in (None, "") else float(value)


def _int(value) -> int | None:
    return None if value in (None, "") else int(value)


def needs_from_bulk(doc: Mapping, region_key: RegionKey = default_region_key) -> list[NeedInput]:
    """Return the document's needs, each with its group's region and size (``members``)."""
    groups = {g["ref"]: g for g in doc.get("groups", [])}
    needs = []
    for rec in doc.get("needs", []):
        group = groups.get(rec.get("group"), {})
        quantity = _int(rec.get("quantity"))
        needs.append(
            NeedInput(
                id=str(rec["ref"]),
                kind=str(rec.get("kind", "")),
                title=str(rec.get("title", "")),
                description=str(rec.get("description") or ""),
                tags=tuple(str(t) for t in rec.get("tags") or ()),
                area_keys=region_key(group.get("province"), group.get("regency")),
                lat=_float(group.get("lat")),
                lon=_float(group.get("lon")),
                quantity=quantity,
                members=_int(group.get("members")),
                wanted_from=_date(rec.get("wanted_from")),
                wanted_until=_date(rec.get("wanted_until")),
                status=str(rec.get("status") or "open"),
            )
        )
    return needs


def _area(names, region_key: RegionKey) -> tuple[str, ...]:
    keys: list[str] = []
    for name in names or ():
        # a service-area entry names a province, or a regency (then matched by its own key)
        for key in region_key(name, None) + region_key(None, name):
            if key not in keys:
                keys.append(key)
    return tuple(keys)


def offers_from_bulk(doc: Mapping, region_key: RegionKey = default_region_key) -> list[OfferInput]:
    """Return the document's offers, each with its provider's base and service area."""
    providers = {p["ref"]: p for p in doc.get("providers", [])}
    offers = []
    for rec in doc.get("offers", []):
        prov = providers.get(rec.get("provider"), {})
        offers.append(
            OfferInput(
                id=str(rec["ref"]),
                kind=str(rec.get("kind", "")),
                title=str(rec.get("title", "")),
                description=str(rec.get("description") or ""),
                tags=tuple(str(t) for t in rec.get("tags") or ()),
                area_keys=_area(rec.get("service_area"), region_key),
                base_keys=region_key(prov.get("province"), prov.get("regency")),
                lat=_float(prov.get("lat")),
                lon=_float(prov.get("lon")),
                capacity=_int(rec.get("capacity")),
                available_from=_date(rec.get("available_from")),
                available_until=_date(rec.get("available_until")),
                verified=bool(rec.get("verified", prov.get("verified", False))),
                reputation=_float(rec.get("reputation")),
                status=str(rec.get("status") or "open"),
            )
        )
    return offers
