"""Checks of places against the region reference data."""

from __future__ import annotations

from marketplace import regions
from marketplace.i18n import gettext as _


def check_place(province_code: str | None, regency_code: str | None) -> dict[str, list[str]]:
    """Return field errors for a province/regency pair (empty when the pair is valid)."""
    if not province_code or regions.province_by_code(province_code) is None:
        return {"province_code": [_("Choose a province from the list.")]}
    if regency_code:
        regency = regions.regency_by_code(regency_code)
        if regency is None or regency.province_code != province_code:
            return {"regency_code": [_("This regency or city is not in the chosen province.")]}
    return {}


def check_area(codes: list[str]) -> dict[str, list[str]]:
    unknown = [
        c
        for c in codes
        if regions.province_by_code(c) is None and regions.regency_by_code(c) is None
    ]
    if unknown:
        return {"service_area": [_("Unknown regions: %(codes)s", codes=", ".join(unknown))]}
    return {}


def area_label(codes: list[str]) -> str:
    if not codes:
        return _("Everywhere / online")
    return ", ".join(region_name(c) for c in codes)


def region_name(code: str | None) -> str:
    if not code:
        return ""
    place = regions.province_by_code(code) or regions.regency_by_code(code)
    return place.name if place else code
