"""The bilingual domain lexicon: loading, shape validation and lookup tables.

One TOML file per sector in ``data/lexicon/``, each holding ``[[concept]]`` tables::

    [[concept]]
    key = "tofu"                       # unique across all files, snake_case English
    sector = "food_processing"         # one of the marketplace's sectors (the file's name)
    forms.id = ["tahu", "tahu putih"]  # lowercase surface forms by language, may be multi-word
    forms.en = ["tofu", "bean curd"]
    related = ["tempeh", "soybean"]    # optional: keys of related concepts (partial credit)
    distinct = ["soy_milk"]            # optional: near subjects that must get no credit
    role = "permit"                    # optional: permit, activity or form (see below)

``distinct`` keys are never credited through this concept: not as related, and not when
their words occur inside this concept's own phrases (*penyembelihan halal* is halal
slaughter, not halal certification; *cabe jawa* is long pepper, not a chili). A concept with
``role = "permit"`` is the subject of a listing that names it: a permit for X is not the
making of X, so an offer that meets none of a listing's permits (nor a concept of their
sector the listing names, such as packaging beside PIRT) is off its subject. Concepts
with ``role = "activity"`` (cultivation, processing) say what is done with a product: two
listings that each name activities, none shared, are about different subjects. Concepts
with ``role = "form"`` (seed, seedlings, fry) are the form a product is wanted in, and gate
a subject as permits do, answered only by themselves or a related form: tilapia fry is not
table tilapia, and the species inside a form's phrase (*benih nila*) is the listing's key.
Groups of rivals (``data/rivals.toml``: shrimp species, bees, estate crops ...) are
mutually distinct. Distinct concepts are also *rivals* (whiteleg and tiger shrimp,
stingless bees and *Apis mellifera*): a listing that names one in earnest (title or tags)
is off the subject of one that names the other in earnest and not the first.

The languages and their stemmers are listed in ``data/languages.toml``: a third language is
one more entry there and its ``forms.xx`` lists here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from . import resources
from .resources import DATA_DIR

LEXICON_DIR = DATA_DIR / "lexicon"
_KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_ALLOWED = {"key", "sector", "forms", "related", "distinct", "role"}
ROLES = ("permit", "activity", "form")


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept of the lexicon with its surface forms by language code."""

    key: str
    sector: str
    forms: Mapping[str, tuple[str, ...]]
    related: tuple[str, ...] = ()
    distinct: tuple[str, ...] = ()
    role: str = ""

    @property
    def surface(self) -> tuple[str, ...]:
        """Return all surface forms, language by language (in the map's order)."""
        return tuple(form for forms in self.forms.values() for form in forms)


def _file_problems(path: Path, doc: dict) -> list[str]:
    problems = []
    extra = set(doc) - {"concept"}
    if extra:
        problems.append(f"{path.name}: unknown top-level keys {sorted(extra)}")
    entries = doc.get("concept", [])
    if not isinstance(entries, list):
        return [*problems, f"{path.name}: 'concept' must be an array of tables"]
    for i, entry in enumerate(entries):
        where = f"{path.name} concept[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not a table")
            continue
        unknown = set(entry) - _ALLOWED
        if unknown:
            problems.append(f"{where}: unknown fields {sorted(unknown)}")
        key = entry.get("key")
        if not isinstance(key, str) or not _KEY.match(key):
            problems.append(f"{where}: key {key!r} is not snake_case")
        if not isinstance(entry.get("sector"), str) or not entry.get("sector"):
            problems.append(f"{where}: sector missing")
        if entry.get("role", "") not in ("", *ROLES):
            problems.append(f"{where}: role {entry.get('role')!r} is not one of {ROLES}")
        forms = entry.get("forms", {})
        if not isinstance(forms, dict):
            problems.append(f"{where}: forms must be a table of language -> forms")
            forms = {}
        known = {str(row["code"]) for row in resources.language_table()}
        for code in sorted(set(forms) - known):
            problems.append(f"{where}: forms.{code} is not a language of languages.toml")
        for code in resources.required_languages():
            if not forms.get(code):
                problems.append(f"{where}: forms.{code} is empty")
        fields = [(f"forms.{code}", value) for code, value in forms.items()]
        fields += [(name, entry.get(name, [])) for name in ("related", "distinct")]
        for field, value in fields:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"{where}: {field} must be a list of strings")
                continue
            for form in value if field.startswith("forms.") else ():
                if form != form.strip().lower() or not form.strip():
                    problems.append(f"{where}: {field} form {form!r} is not lowercase/trimmed")
    return problems


def read_lexicon_files(directory: Path = LEXICON_DIR) -> list[tuple[Path, dict]]:
    """Parse every ``*.toml`` file of the lexicon directory (sorted by name)."""
    docs = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as handle:
            docs.append((path, tomllib.load(handle)))
    return docs


def validate(docs: Iterable[tuple[Path, dict]]) -> list[str]:
    """Return every shape problem of the lexicon files (empty list = valid)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    owner: dict[str, str] = {}  # form -> the concept that has it
    related: list[tuple[str, str, str]] = []
    for path, doc in docs:
        problems.extend(_file_problems(path, doc))
        for entry in doc.get("concept", []) if isinstance(doc.get("concept"), list) else []:
            if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
                continue
            key = entry["key"]
            if key in seen:
                problems.append(f"{path.name}: key {key!r} also defined in {seen[key]}")
            seen[key] = path.name
            problems.extend(_forms_owned_twice(path, entry, owner))
            for rel in (entry.get("related", []) or []) + (entry.get("distinct", []) or []):
                related.append((path.name, key, rel))
    for name, key, rel in related:
        if rel not in seen:
            problems.append(f"{name}: {key!r} is related to unknown key {rel!r}")
    return problems


def _forms_owned_twice(path: Path, entry: dict, owner: dict[str, str]) -> list[str]:
    """One concept per form: a form two concepts write is read as whichever comes first."""
    problems = []
    forms = entry.get("forms", {})
    for form in {f for fs in forms.values() if isinstance(fs, list) for f in fs}:
        if not isinstance(form, str):
            continue
        first = owner.setdefault(form, entry["key"])
        if first != entry["key"]:
            problems.append(f"{path.name}: form {form!r} of {entry['key']!r} is also {first!r}'s")
    return problems


class Lexicon:
    """All concepts, by key; relations are made symmetric."""

    def __init__(self, concepts: Iterable[Concept], rivals: Iterable[Iterable[str]] = ()) -> None:
        self.concepts: dict[str, Concept] = {}
        for concept in concepts:
            if concept.key not in self.concepts:
                self.concepts[concept.key] = concept
        links: dict[str, set[str]] = {key: set() for key in self.concepts}
        apart: dict[str, set[str]] = {key: set() for key in self.concepts}
        pairs = [(c.key, rel) for c in self.concepts.values() for rel in c.distinct]
        for group in rivals:
            keys = [key for key in group if key in apart]
            pairs += [(a, b) for a in keys for b in keys]
        for key, rel in pairs:
            if rel in apart and key in apart and rel != key:
                apart[key].add(rel)
                apart[rel].add(key)
        for concept in self.concepts.values():
            for rel in concept.related:
                if rel in links and rel != concept.key and rel not in apart[concept.key]:
                    links[concept.key].add(rel)
                    links[rel].add(concept.key)
        self.related: dict[str, tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in links.items()}
        self.distinct: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in apart.items()}
        self.roles: dict[str, frozenset[str]] = {
            role: frozenset(k for k, c in self.concepts.items() if c.role == role) for role in ROLES
        }
        self.permits = self.roles["permit"]
        roled = self.roles["permit"] | self.roles["activity"] | self.roles["form"]
        self.rivals: dict[str, frozenset[str]] = {
            key: apart - roled for key, apart in self.distinct.items() if apart - roled
        }

    def __len__(self) -> int:
        return len(self.concepts)

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> Lexicon:
        """Load every lexicon file (and, for the shipped lexicon, ``data/rivals.toml``);
        invalid entries are skipped, not fatal. The shipped lexicon is read once per process
        for each language table: a lexicon is never changed once built."""
        if cls is not Lexicon or directory != LEXICON_DIR:
            return cls._read(directory)
        key = repr(resources.language_table())
        if key not in _SHIPPED:
            _SHIPPED[key] = cls._read(directory)
        return _SHIPPED[key]

    @classmethod
    def _read(cls, directory: Path) -> Lexicon:
        concepts = []
        for _path, doc in read_lexicon_files(directory):
            for entry in doc.get("concept", []) or []:
                try:
                    concepts.append(_concept(entry))
                except (KeyError, TypeError, AttributeError):
                    continue
        return cls(concepts, resources.rival_groups() if directory == LEXICON_DIR else ())


_SHIPPED: dict[str, Lexicon] = {}


def _concept(entry: dict) -> Concept:
    def clean(values) -> tuple[str, ...]:
        return tuple(str(f).strip().lower() for f in values or [] if str(f).strip())

    order = [str(row["code"]) for row in resources.language_table()]
    given = dict(entry.get("forms") or {})
    codes = [c for c in order if c in given] + sorted(set(given) - set(order))
    return Concept(
        key=str(entry["key"]),
        sector=str(entry.get("sector", "")),
        forms={code: clean(given[code]) for code in codes},
        related=tuple(str(r) for r in entry.get("related", []) or []),
        distinct=tuple(str(r) for r in entry.get("distinct", []) or []),
        role=str(entry.get("role", "") or ""),
    )
