"""Indonesian provinces and regencies/cities (kabupaten/kota) as reference data.

The data lives in ``data/regions.csv`` (sources, licences and coordinate accuracy in
``data/SOURCE.md``) and is read once, on first use. This module is pure: no Flask, no database.

Codes are Kemendagri codes: provinces "34", regencies "34.04". Regency names carry their prefix
("Kabupaten Sleman", "Kota Yogyakarta", "Kota Administrasi Jakarta Pusat") so that the two Bogors,
the two Malangs etc. stay distinct; ``Regency.short_name`` gives the bare name ("Sleman").

Coordinates (decimal degrees, WGS84) are approximate: a regency's point is its seat of government
(ibu kota), a province's point is the mean of its regencies' points. Good for reach/distance at
regency scale, not for anything finer.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from . import _normalize as norm
from ._aliases import PROVINCE_ALIASES, REGENCY_ALIASES

__all__ = [
    "Province",
    "Regency",
    "choices_provinces",
    "choices_regencies",
    "distance_km",
    "find_province",
    "find_regency",
    "province_by_code",
    "provinces",
    "regencies",
    "regency_by_code",
]

Kind = Literal["kabupaten", "kota"]


@dataclass(frozen=True, slots=True)
class Province:
    code: str  # "34"
    name: str  # "DI Yogyakarta"
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Regency:
    code: str  # "34.04"
    province_code: str  # "34"
    name: str  # "Kabupaten Sleman"
    kind: Kind
    lat: float
    lon: float

    @property
    def short_name(self) -> str:
        """Name without the "Kabupaten"/"Kota" prefix: "Sleman", "Yogyakarta"."""
        return norm.bare_name(self.name)

    @property
    def province(self) -> Province:
        return _data().provinces[self.province_code]


@dataclass(frozen=True)
class _Data:
    provinces: dict[str, Province]
    regencies: dict[str, Regency]
    provinces_sorted: tuple[Province, ...]
    regencies_sorted: tuple[Regency, ...]
    province_index: dict[str, str]  # normalised key -> province code
    regency_index: dict[str, tuple[Regency, ...]]  # bare key -> regencies
    regency_alias_index: dict[str, tuple[Regency, ...]]  # alias key -> regencies


def _read_rows() -> list[dict[str, str]]:
    text = resources.files(__name__).joinpath("data/regions.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _kind_of(name: str) -> Kind:
    return "kota" if name.startswith("Kota ") else "kabupaten"


@functools.cache
def _data() -> _Data:
    provs: dict[str, Province] = {}
    regs: dict[str, Regency] = {}
    for row in _read_rows():
        lat, lon = float(row["lat"]), float(row["lon"])
        if row["level"] == "province":
            provs[row["code"]] = Province(row["code"], row["name"], lat, lon)
        elif row["level"] == "regency":
            regs[row["code"]] = Regency(
                row["code"], row["parent_code"], row["name"], _kind_of(row["name"]), lat, lon
            )
        else:  # pragma: no cover - guarded by tests on the CSV
            raise ValueError(f"unknown level {row['level']!r} for {row['code']}")

    province_index: dict[str, str] = {}
    for p in provs.values():
        for name in (p.name, *PROVINCE_ALIASES.get(p.code, ())):
            province_index.setdefault(norm.province_key(name), p.code)

    regency_index: dict[str, list[Regency]] = {}
    for r in regs.values():
        regency_index.setdefault(norm.regency_parts(r.name)[1], []).append(r)
    alias_index: dict[str, list[Regency]] = {}
    for code, aliases in REGENCY_ALIASES.items():
        for alias in aliases:
            alias_index.setdefault(norm.regency_parts(alias)[1], []).append(regs[code])

    return _Data(
        provinces=provs,
        regencies=regs,
        provinces_sorted=tuple(sorted(provs.values(), key=lambda p: (p.name, p.code))),
        regencies_sorted=tuple(sorted(regs.values(), key=lambda r: (r.name, r.code))),
        province_index=province_index,
        regency_index={k: tuple(v) for k, v in regency_index.items()},
        regency_alias_index={k: tuple(v) for k, v in alias_index.items()},
    )


# --- listing and codes ----------------------------------------------------------------------

_CODE = re.compile(r"^\s*(\d{2})(?:\.?(\d{2}))?\s*$")


def _canonical_code(code: str) -> str | None:
    """ "34" -> "34", "34.04" / "3404" -> "34.04"; anything else -> None."""
    m = _CODE.match(str(code))
    if not m:
        return None
    return f"{m[1]}.{m[2]}" if m[2] else m[1]


def provinces() -> list[Province]:
    """All 38 provinces, sorted by name."""
    return list(_data().provinces_sorted)


def regencies(province_code: str | None = None) -> list[Regency]:
    """All regencies and cities, or those of one province, sorted by name."""
    regs = _data().regencies_sorted
    if province_code is None:
        return list(regs)
    code = _canonical_code(province_code)
    return [r for r in regs if r.province_code == code]


def province_by_code(code: str) -> Province | None:
    """Province by its Kemendagri code ("34"), or None."""
    canonical = _canonical_code(code)
    return _data().provinces.get(canonical) if canonical else None


def regency_by_code(code: str) -> Regency | None:
    """Regency by its Kemendagri code ("34.04"; "3404" is accepted too), or None."""
    canonical = _canonical_code(code)
    return _data().regencies.get(canonical) if canonical else None


# --- name look-ups --------------------------------------------------------------------------


def find_province(name: str | None) -> Province | None:
    """Province by name, ignoring case, spacing, punctuation and a leading "Provinsi"/"Prov.".

    Accepts official names, common short forms ("DIY", "Jateng", "NTT", "Kepri", "Babel"),
    English names ("Central Java", "Special Region of Yogyakarta") and codes ("34").
    """
    if not name or not str(name).strip():
        return None
    data = _data()
    by_code = province_by_code(name) if _CODE.match(str(name)) else None
    if by_code is not None:
        return by_code
    code = data.province_index.get(norm.province_key(str(name)))
    return data.provinces[code] if code else None


def _resolve_province(province: Province | str | None) -> str | None:
    if province is None:
        return None
    if isinstance(province, Province):
        return province.code
    found = find_province(province)
    return found.code if found else None


def find_regency(name: str | None, province: Province | str | None = None) -> Regency | None:
    """Regency or city by name.

    Case, spacing and punctuation are ignored; a leading "Kabupaten"/"Kab."/"Kab"/"Regency" or
    "Kota"/"City" (or "Kota Administrasi"/"Kab. Adm.") is optional. ``province`` (a Province, a
    code or a province name) is a preference, not a filter: among several regencies with the
    same bare name the one in that province wins, but a name found only elsewhere is still
    returned. Without a "Kota"/"City" prefix a kabupaten is preferred over a kota of the same
    name ("Bogor" -> Kabupaten Bogor); "Kota Bogor" picks the city. Known former names and
    abbreviations ("Toba Samosir", "Solo", "Sidrap") are accepted. Codes ("34.04") work too.
    """
    if not name or not str(name).strip():
        return None
    text = str(name)
    data = _data()
    if _CODE.match(text):
        by_code = regency_by_code(text)
        if by_code is not None:
            return by_code

    kind, bare, full = norm.regency_parts(text)
    candidates = data.regency_index.get(bare, ())
    if kind is not None:
        same_kind = tuple(r for r in candidates if r.kind == kind)
        if same_kind:
            candidates = same_kind
        elif full != bare and full in data.regency_index:
            # "Kota Baru" is Kabupaten Kotabaru, not a city called "Baru".
            candidates = data.regency_index[full]
    if not candidates:
        candidates = data.regency_alias_index.get(bare, ()) or data.regency_alias_index.get(
            full, ()
        )
    if not candidates:
        return None

    wanted_province = _resolve_province(province)

    def rank(r: Regency) -> tuple[int, int, str]:
        return (
            0 if r.province_code == wanted_province else 1,
            0 if r.kind == (kind or "kabupaten") else 1,
            r.code,
        )

    return min(candidates, key=rank)


# --- form helpers ---------------------------------------------------------------------------


def choices_provinces() -> list[tuple[str, str]]:
    """(code, name) pairs for a WTForms SelectField, sorted by name."""
    return [(p.code, p.name) for p in provinces()]


def choices_regencies(province_code: str | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs for a WTForms SelectField, sorted by name.

    With a province code: that province's regencies. Without: all of them, labelled
    "Kabupaten Sleman, DI Yogyakarta" so that names shared across provinces stay distinct.
    """
    if province_code is not None:
        return [(r.code, r.name) for r in regencies(province_code)]
    provs = _data().provinces
    return [(r.code, f"{r.name}, {provs[r.province_code].name}") for r in regencies()]


# --- geometry -------------------------------------------------------------------------------

_EARTH_RADIUS_KM = 6371.0088


def distance_km(a: Province | Regency, b: Province | Regency) -> float:
    """Great-circle distance in km between the reference points of two regions."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(h))
