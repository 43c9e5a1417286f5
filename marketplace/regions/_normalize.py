"""Name normalisation shared by the province and regency look-ups.

Pure functions, no I/O. A name is folded to lower-case ASCII word tokens (accents dropped,
punctuation and spacing ignored), a few abbreviations are expanded, and the tokens are joined
without spaces into a *key*, so "Gunung Kidul", "Gunungkidul" and "GUNUNG-KIDUL" meet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Kind = Literal["kabupaten", "kota"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Token-level expansions applied everywhere (abbreviations and spelling variants).
_TOKEN_SYNONYMS = {
    "kep": "kepulauan",
    "kab": "kabupaten",
    "prov": "provinsi",
    "propinsi": "provinsi",
    "adm": "administrasi",
    "sumatra": "sumatera",
    "kodya": "kota",
    "kotamadya": "kota",
    "kotamadia": "kota",
    "kotip": "kota",
}


def tokens(text: str) -> list[str]:
    """Lower-case ASCII word tokens of ``text`` with abbreviations expanded."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.lower().replace("&", " dan ").replace("'", "").replace("\u2019", "")
    return [_TOKEN_SYNONYMS.get(t, t) for t in _NON_ALNUM.sub(" ", folded).split()]


def key(text: str) -> str:
    """Spacing- and punctuation-insensitive key of a name (no prefix handling)."""
    return "".join(tokens(text))


def _strip_leading(toks: list[str], prefixes: tuple[tuple[str, ...], ...]) -> tuple[list[str], int]:
    for prefix in prefixes:
        n = len(prefix)
        if len(toks) > n and tuple(toks[:n]) == prefix:
            return toks[n:], n
    return toks, 0


_PROVINCE_PREFIXES = (("provinsi",), ("province", "of"), ("province",))
_PROVINCE_SUFFIXES = ("province", "provinsi")


def province_key(text: str) -> str:
    """Key of a province name with a leading "Provinsi"/"Prov."/"Province of" removed."""
    toks, _ = _strip_leading(tokens(text), _PROVINCE_PREFIXES)
    if len(toks) > 1 and toks[-1] in _PROVINCE_SUFFIXES:
        toks = toks[:-1]
    return "".join(toks)


# Longest first: "kabupaten administrasi" must win over "kabupaten".
_KAB_PREFIXES = (
    ("kabupaten", "administrasi"),
    ("kabupaten",),
    ("regency", "of"),
    ("regency",),
)
_KOTA_PREFIXES = (
    ("kota", "administrasi"),
    ("kota",),
    ("city", "of"),
    ("city",),
)


def regency_parts(text: str) -> tuple[Kind | None, str, str]:
    """Split a regency name into (kind hint, bare key, unstripped key).

    The kind hint comes from a leading "Kabupaten"/"Kab."/"Regency" or "Kota"/"City" (or a
    trailing "Regency"/"City", as in English "Sleman Regency"); it is ``None`` when absent.
    The unstripped key keeps everything, for names that merely start with "Kota", such as
    "Kota Baru" (Kabupaten Kotabaru).
    """
    toks = tokens(text)
    full = "".join(toks)
    kind: Kind | None = None
    rest, n = _strip_leading(toks, _KAB_PREFIXES)
    if n:
        kind = "kabupaten"
    else:
        rest, n = _strip_leading(toks, _KOTA_PREFIXES)
        if n:
            kind = "kota"
    if kind is None and len(rest) > 1 and rest[-1] in ("regency", "city"):
        kind = "kabupaten" if rest[-1] == "regency" else "kota"
        rest = rest[:-1]
    # "Kab. Adm. Kepulauan Seribu" / "Kota Adm. Jakarta Pusat" leave a stray "administrasi".
    if len(rest) > 1 and rest[0] == "administrasi":
        rest = rest[1:]
    return kind, "".join(rest), full


def bare_name(official: str) -> str:
    """Display name without the "Kabupaten"/"Kota" (and "Administrasi") prefix."""
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if official.startswith(prefix):
            return official[len(prefix) :]
    return official
