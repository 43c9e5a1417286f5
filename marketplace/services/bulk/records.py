"""One record of a bulk file checked against the format: fields in, problems out."""

from __future__ import annotations

import functools
import math
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from marketplace import contacts, regions
from marketplace.services.listings import posting
from marketplace.text import clean_line, clean_text
from marketplace.vocab import GROUP_STAGES, KINDS, LISTING_STATUSES, PROVIDER_TYPES, SECTORS

ARRAYS = ("groups", "providers", "needs", "offers")
REQUIRED = {
    "groups": ("ref", "name", "province"),
    "providers": ("ref", "name", "type", "province"),
    "needs": ("ref", "group", "kind", "title"),
    "offers": ("ref", "provider", "kind", "title"),
}
OPTIONAL = {
    "groups": (
        "regency",
        "lat",
        "lon",
        "members",
        "sector",
        "stage",
        "district",
        "village",
        "description",
        "products",
        "achievements",
    ),
    "providers": (
        "regency",
        "lat",
        "lon",
        "service_area",
        "description",
        "contact_email",
        "contact_phone",
        "website",
    ),
    "needs": (
        "description",
        "tags",
        "status",
        "sector",
        "quantity",
        "unit",
        "capacity",
        "budget",
        "wanted_from",
        "wanted_until",
    ),
    "offers": (
        "description",
        "tags",
        "service_area",
        "capacity",
        "status",
        "sector",
        "quantity",
        "unit",
        "price",
        "available_from",
        "available_until",
    ),
}
ADDRESS_PROBLEMS = {
    "contact_email": "'contact_email' is not a valid email address",
    "website": "'website' must be a full web address starting with http:// or https://",
}
MULTILINE = frozenset({"description", "products", "achievements"})


# A file names the same few hundred places again and again.
@functools.lru_cache(maxsize=8192)
def _province(name: str) -> regions.Province | None:
    return regions.find_province(name)


@functools.lru_cache(maxsize=8192)
def _regency(name: str, province_code: str | None) -> regions.Regency | None:
    return regions.find_regency(name, province=province_code)


class Record:
    """One record being checked; collects its problems under ``ARRAY[INDEX] ref=REF``."""

    def __init__(self, array: str, index: int, raw: Any, problems: list[str]) -> None:
        self.array, self.index, self.problems = array, index, problems
        self.is_object = isinstance(raw, dict)
        self.raw = raw if self.is_object else {}
        ref = self.raw.get("ref")
        self.ref = clean_line(ref) if isinstance(ref, str) else ref
        if not self.is_object:
            self.fail("not an object")

    def fail(self, message: str) -> None:
        self.problems.append(f"{self.array}[{self.index}] ref={self.ref}: {message}")

    def text(self, name: str, *, max_len: int, required: bool = False) -> str | None:
        value = self.raw.get(name)
        if value is not None and not isinstance(value, str):
            self.fail(f"'{name}' must be a string")
            return None
        value = (clean_text(value) if name in MULTILINE else clean_line(value)) if value else ""
        if not value:
            if required:
                self.fail(f"'{name}' is required")
            return None
        if len(value) > max_len:
            self.fail(f"'{name}' is longer than {max_len} characters")
        return value

    def reference(self, name: str) -> Any:
        """A ref naming another record, compared as the records' own refs are: trimmed."""
        value = self.raw.get(name)
        return clean_line(value) if isinstance(value, str) else value

    def address(self, name: str, rule, max_len: int) -> str | None:
        value = self.text(name, max_len=max_len)
        if value is not None and not rule(value):
            self.fail(ADDRESS_PROBLEMS[name])
            return None
        return value

    def number(
        self, name: str, *, integer: bool = False, lo: float | None = None, hi: float | None = None
    ) -> Any:
        value = self.raw.get(name)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            self.fail(f"'{name}' must be a number")
            return None
        if integer and value != int(value):
            self.fail(f"'{name}' must be a whole number")
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.fail(f"'{name}' must be between {lo} and {hi}")
            return None
        return int(value) if integer else value

    def money(self, name: str) -> Decimal | None:
        value = self.number(name, lo=0, hi=1e12)
        try:
            return None if value is None else Decimal(str(value))
        except InvalidOperation:
            self.fail(f"'{name}' is not a valid amount")
            return None

    def day(self, name: str) -> date | None:
        value = self.raw.get(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(f"'{name}' must be a date as YYYY-MM-DD")
            return None

    def words(self, name: str) -> list[str]:
        value = self.raw.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"'{name}' must be a list of strings")
            return []
        words = [w for w in (clean_line(v) for v in value) if w]
        if len(words) > 40 or any(len(w) > 100 for w in words):
            self.fail(f"'{name}' may hold at most 40 entries of at most 100 characters")
            return []
        return words

    def choice(self, name: str, allowed, *, required: bool = False) -> str | None:
        value = self.raw.get(name)
        if value is None:
            if required:
                self.fail(f"'{name}' is required")
            return None
        if not isinstance(value, str) or value not in allowed:
            self.fail(f"'{name}' must be one of: {', '.join(allowed)}")
            return None
        return value

    def place(self) -> tuple[str | None, str | None]:
        province_name = self.text("province", max_len=100, required=True)
        regency_name = self.text("regency", max_len=100)
        if province_name is None:
            return None, None
        province = _province(province_name)
        if province is None:
            self.fail(f"unknown province '{province_name}'")
            return None, None
        if regency_name is None:
            return province.code, None
        regency = _regency(regency_name, province.code)
        if regency is None or regency.province_code != province.code:
            self.fail(f"unknown regency '{regency_name}' in {province.name}")
            return province.code, None
        return province.code, regency.code

    def area(self) -> list[str]:
        codes = []
        for name in self.words("service_area"):
            found = _province(name) or _regency(name, None)
            if found is None:
                self.fail(f"unknown region '{name}' in service_area")
            else:
                codes.append(found.code)
        return codes


def parse(array: str, rec: Record) -> dict[str, Any]:
    """The record's column values (``None`` where the file says nothing); problems on ``rec``."""
    allowed = set(REQUIRED[array]) | set(OPTIONAL[array])
    for name in rec.raw:
        if name not in allowed:
            rec.fail(f"unknown field '{name}'")
    if not isinstance(rec.ref, str) or not rec.ref.strip() or len(rec.ref) > 64:
        rec.fail("'ref' must be a non-empty string of at most 64 characters")
    if array == "groups":
        province, regency = rec.place()
        return {
            "name": rec.text("name", max_len=200, required=True),
            "province_code": province,
            "regency_code": regency,
            "lat": rec.number("lat", lo=-90, hi=90),
            "lon": rec.number("lon", lo=-180, hi=180),
            "members_count": rec.number("members", integer=True, lo=0, hi=1_000_000),
            "sector": rec.choice("sector", SECTORS),
            "stage": rec.choice("stage", GROUP_STAGES),
            "district": rec.text("district", max_len=120),
            "village": rec.text("village", max_len=120),
            "description": rec.text("description", max_len=5000) or "",
            "products": rec.text("products", max_len=5000) or "",
            "achievements": rec.text("achievements", max_len=5000) or "",
        }
    if array == "providers":
        province, regency = rec.place()
        return {
            "name": rec.text("name", max_len=200, required=True),
            "type": rec.choice("type", PROVIDER_TYPES, required=True),
            "province_code": province,
            "regency_code": regency,
            "lat": rec.number("lat", lo=-90, hi=90),
            "lon": rec.number("lon", lo=-180, hi=180),
            "service_area": rec.area(),
            "description": rec.text("description", max_len=5000) or "",
            "contact_email": rec.address("contact_email", contacts.is_email_address, 254),
            "contact_phone": rec.text("contact_phone", max_len=40),
            "website": rec.address("website", contacts.is_web_address, 200),
        }
    fields = {
        "kind": rec.choice("kind", KINDS, required=True),
        "title": rec.text("title", max_len=200, required=True),
        "description": rec.text("description", max_len=5000) or "",
        "tags": rec.words("tags"),
        "sector": rec.choice("sector", SECTORS),
        "quantity": rec.number("quantity", integer=True, lo=0, hi=1e9),
        "unit": rec.text("unit", max_len=40),
        "capacity": rec.number("capacity", integer=True, lo=0, hi=1e9),
    }
    if "status" in rec.raw:
        fields["status"] = rec.choice("status", LISTING_STATUSES, required=True)
    if array == "needs":
        fields |= {
            "budget": rec.money("budget"),
            "wanted_from": rec.day("wanted_from"),
            "wanted_until": rec.day("wanted_until"),
        }
        allowed_fields = posting.NEED_FIELDS
    else:
        fields |= {
            "price": rec.money("price"),
            "available_from": rec.day("available_from"),
            "available_until": rec.day("available_until"),
            "service_area": rec.area(),
        }
        allowed_fields = posting.OFFER_FIELDS
    for name, messages in posting.validate_listing(fields, allowed=allowed_fields).items():
        if name not in ("title",):  # already reported above in the file's own terms
            rec.fail(f"'{name}': {' '.join(str(m) for m in messages)}")
    return fields
