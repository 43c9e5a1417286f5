"""Read and write :class:`MatchSettings` as a small TOML file (``instance/match_settings.toml``).

Only the values that differ from the defaults are written; unknown names are refused, so a
file from an older engine fails loudly rather than being half applied::

    [settings]
    w_reach = 0.55
    w_verified = 0.07

    [[pair_credit]]
    need = "tofu"
    offer = "soybean"
    credit = 0.0
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, fields, replace
from pathlib import Path

from .settings import MatchSettings

_FIELDS = {f.name: f for f in fields(MatchSettings)}


def loads(text: str, base: MatchSettings | None = None) -> MatchSettings:
    """Return ``base`` (the defaults) with the values of a settings document."""
    doc = tomllib.loads(text)
    values = dict(doc.get("settings", {}))
    extra = (set(doc) - {"settings", "pair_credit"}) | (set(values) - _FIELDS.keys())
    if extra or "pair_credit" in values:
        raise ValueError(f"unknown match settings: {sorted(extra | set(values) & {'pair_credit'})}")
    base = base or MatchSettings()
    for name, value in values.items():
        kind = type(getattr(base, name))
        values[name] = kind(value)
    pairs = tuple(
        (str(p["need"]), str(p["offer"]), float(p["credit"])) for p in doc.get("pair_credit", [])
    )
    return replace(base, **values, pair_credit=pairs or base.pair_credit)


def load(path: Path) -> MatchSettings | None:
    """Return the settings of a file, or None when there is none."""
    if not path.is_file():
        return None
    return loads(path.read_text(encoding="utf-8"))


def dumps(settings: MatchSettings) -> str:
    """Return the settings that differ from the defaults as a TOML document."""
    default = asdict(MatchSettings())
    lines = ["# Written by `flask tune-matching`; values that differ from the defaults.", ""]
    lines.append("[settings]")
    for name, value in asdict(settings).items():
        if name != "pair_credit" and value != default[name]:
            lines.append(f"{name} = {value!r}")
    for need, offer, credit in settings.pair_credit:
        lines += ["", "[[pair_credit]]", f'need = "{need}"', f'offer = "{offer}"']
        lines.append(f"credit = {float(credit)!r}")
    return "\n".join(lines) + "\n"
