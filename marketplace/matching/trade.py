"""Which way a market listing's title faces: selling, buying, or not said.

A market need is a group selling and a market offer is a buyer, so a pair whose titles
both only sell (a group's "Cari pembeli panili" and a trader's "Jual vanili kering") or
both only buy is two listings facing the same way: off subject, however alike the goods.
The phrases are data (``data/trade_sides.toml``); the longest phrase at a place wins, so
"cari pembeli" (looking for a buyer) sells while "pembeli kopi" (a coffee buyer) buys.
"""

from __future__ import annotations

from functools import lru_cache

from .normalise import tokenize
from .resources import trade_sides

SELLS, BUYS = "sells", "buys"


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], str]:
    doc = trade_sides()
    table: dict[tuple[str, ...], str] = {}
    for side in (SELLS, BUYS):
        for phrase in doc.get(side, []):
            table.setdefault(tuple(tokenize(phrase)), side)
    return table


@lru_cache(maxsize=1)
def _asked_for() -> dict[tuple[str, ...], str]:
    """The phrases table where a buyer named as a noun or a clause asks for one (a need's
    title)."""
    doc = trade_sides()
    nouns = doc.get("buyer_nouns", []) + doc.get("buyer_clauses", [])
    return _phrases() | {tuple(tokenize(noun)): SELLS for noun in nouns}


@lru_cache(maxsize=200_000)
def side(title: str, asking: bool = False) -> str | None:
    """Return ``"sells"`` or ``"buys"`` when the title says only one, else None.

    With ``asking`` (a market need's title: a group selling) a buyer named as a noun is
    the one it looks for: *sesame buyer?* sells, as *cari pembeli* does.
    """
    table = _asked_for() if asking else _phrases()
    found = {hit for _start, _end, hit in _scan(tokenize(title), table)}
    return found.pop() if len(found) == 1 else None


def in_side_phrases(tokens: list[str]) -> list[bool]:
    """Mark the tokens that belong to a phrase saying a side (*cari offtaker*, *pengepul*,
    *pembeli tetap*'s *pembeli*): who trades, not what."""
    marks = [False] * len(tokens)
    for start, end, _hit in _scan(tokens, _asked_for()):
        marks[start:end] = [True] * (end - start)
    return marks


def _scan(tokens: list[str], table: dict[tuple[str, ...], str]):
    """Yield (start, end, side) of the side phrases in ``tokens``, longest first at a place."""
    longest = max(map(len, table))
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            hit = table.get(tuple(tokens[i : i + size]))
            if hit is not None:
                yield i, i + size, hit
                i += size
                break
        else:
            i += 1


def same_way(need_title: str, offer_title: str) -> bool:
    """Tell whether a market need and a market offer both only sell, or both only buy."""
    need_side = side(need_title, asking=True)
    return need_side is not None and need_side == side(offer_title)
