"""Which engine made a stored analysis or suggestion.

A stored profile or prepared suggestion is current only while the analysis code, the data
files (lexicon, stopwords, abbreviations, stems), the installed dictionary of the glossary
and the settings that made it are the same. ``engine_version`` names that combination; bump
``ANALYSIS_CODE_VERSION`` when a change to the code changes what ``MatchEngine.profile``
returns, and ``RANKING_CODE_VERSION`` when it changes scores or reasons.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from functools import lru_cache

from . import glossary
from .resources import DATA_DIR
from .settings import MatchSettings

ANALYSIS_CODE_VERSION = 20
RANKING_CODE_VERSION = 20


@lru_cache(maxsize=1)
def _data_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(DATA_DIR.rglob("*.toml")):
        digest.update(path.relative_to(DATA_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _short(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


def analysis_version(settings: MatchSettings) -> str:
    """The version of stored profiles (what ``MatchEngine.profile`` returns)."""
    data = (_data_digest(), glossary.digest())
    return f"a{ANALYSIS_CODE_VERSION}-{_short(*data, sorted(asdict(settings).items()))}"


def engine_version(settings: MatchSettings) -> str:
    """The version of prepared suggestions (rankings, scores and reasons)."""
    return f"e{RANKING_CODE_VERSION}-{_short(analysis_version(settings))}"
