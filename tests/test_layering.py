"""The import graph points one way: the engine and the lifecycle ← models and the core ←
permissions ← services ← blueprints, views, the command line and the app factory.

Every import counts, function-level ones too: a lazy import is still an arrow.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "marketplace"

PURE = ("marketplace.matching", "marketplace.lifecycle", "marketplace.regions",
        "marketplace.text", "marketplace.contacts")  # fmt: skip
CORE = ("marketplace.models", "marketplace.extensions", "marketplace.config",
        "marketplace.vocab", "marketplace.errors", "marketplace.refs", "marketplace.sqlite",
        "marketplace.links", "marketplace.security", "marketplace.i18n")  # fmt: skip
LAYERS = [
    ("pure", PURE),
    ("core", CORE),
    ("permissions", ("marketplace.permissions",)),
    ("services", ("marketplace.services",)),
]
WEB = "web"  # everything else: blueprints, forms, templating, cli, worker, jobs, create_app
ORDER = [name for name, _ in LAYERS] + [WEB]
FRAMEWORKS = ("flask", "flask_babel", "flask_login", "flask_wtf", "sqlalchemy", "werkzeug")
# No exceptions: the error handlers find the API's problem documents and the services find
# the job queue through the app (create_app and the API register them), not by importing up.
KNOWN_UPWARD: set[tuple[str, str]] = set()
REQUEST_BOUND = {"flask.request", "flask.session", "flask.g", "flask.flash", "flask_login"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module (and ``module.name``) the file imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _under(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def layer_of(name: str) -> str | None:
    if not _under(name, ("marketplace",)) or name == "marketplace":
        return None if name == "marketplace" else "outside"
    for layer, prefixes in LAYERS:
        if _under(name, prefixes):
            return layer
    return WEB


MODULES = {_module_name(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _ours(imported: set[str]) -> set[str]:
    """The marketplace modules imported (``from marketplace import x`` names ``x``)."""
    return {
        name
        for name in imported
        if _under(name, ("marketplace",))
        and name != "marketplace"
        and (name.rsplit(".", 1)[0] != "marketplace" or name.rsplit(".", 1)[1] != "create_app")
    }


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_arrow_points_up(module):
    mine = ORDER.index(layer_of(module) or WEB)
    upward = sorted(
        name
        for name in _ours(MODULES[module])
        if ORDER.index(layer_of(name)) > mine
        and not _under(name, (module,))
        and not any(module == m and _under(name, (t,)) for m, t in KNOWN_UPWARD)
    )
    assert not upward, f"{module} ({ORDER[mine]}) imports from above: {upward}"


def test_the_engine_and_the_lifecycle_know_nothing_of_the_web_or_the_database():
    for module, imported in MODULES.items():
        if _under(module, ("marketplace.matching", "marketplace.lifecycle")):
            bad = {name for name in imported if _under(name, FRAMEWORKS)}
            others = {n for n in _ours(imported) if not _under(n, ("marketplace.matching",))}
            assert not bad and not others, f"{module}: {sorted(bad | others)}"


def test_services_never_read_the_request_nor_import_a_view():
    for module, imported in MODULES.items():
        if _under(module, ("marketplace.services",)):
            bad = {name for name in imported if _under(name, tuple(REQUEST_BOUND))}
            assert not bad, f"{module} reads the request: {sorted(bad)}"


def test_models_know_nothing_of_the_layers_above():
    for module, imported in MODULES.items():
        if _under(module, ("marketplace.models",)):
            above = {n for n in _ours(imported) if layer_of(n) in ("permissions", "services", WEB)}
            assert not above, f"{module}: {sorted(above)}"


def test_the_layers_are_the_ones_this_test_knows():
    assert layer_of("marketplace.services.curation.moves") == "services"
    assert layer_of("marketplace.needs.views") == WEB
    assert layer_of("marketplace.matching.engine") == "pure"
    assert "marketplace.services.curation.moves" in MODULES
