"""What characters may enter the marketplace: one rule for forms, imports and queries.

Control characters (NUL included, which PostgreSQL refuses), bidirectional overrides and
zero-width characters are removed; a one-line value also loses line breaks, so a name can
never end up splitting a mail header. Text keeps its line breaks (as ``\\n``) and tabs.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls except tab and newline; DEL.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)))
# Bidi embeddings, overrides and isolates; zero-width space, joiners, word joiner, BOM;
# line and paragraph separators.
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u2028\u2029"
)
_DROP = str.maketrans("", "", _CONTROLS + _INVISIBLE)
_SPACES = re.compile(r"[ \t\r\n]+")


def clean_text(value: str) -> str:
    """Multi-line text: line endings become ``\\n``; controls and invisible marks go."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", value.translate(_DROP))


def clean_line(value: str) -> str:
    """A one-line value (a name, a title, a subject): runs of whitespace become one space."""
    return _SPACES.sub(" ", clean_text(value)).strip()


def clean_any(value):
    """Clean every string inside a decoded JSON value (keys too); other values pass."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_any(v) for v in value]
    if isinstance(value, dict):
        return {clean_any(k): clean_any(v) for k, v in value.items()}
    return value
