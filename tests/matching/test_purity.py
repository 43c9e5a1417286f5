"""The engine package imports nothing from Flask, SQLAlchemy or the rest of the app.

``marketplace/__init__.py`` (the Flask app factory) imports Flask, so the probe loads
``marketplace.matching`` under a bare stand-in parent package: what ends up in
``sys.modules`` is then exactly what the engine itself pulls in.
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "marketplace" / "matching"
ALLOWED = {"marketplace", "rapidfuzz", "Sastrawi"}

PROBE = """
import json, sys, types
parent = types.ModuleType("marketplace")
parent.__path__ = [sys.argv[1]]
sys.modules["marketplace"] = parent
import marketplace.matching
import marketplace.matching.metrics, marketplace.matching.evaluate
print(json.dumps(sorted(sys.modules)))
"""


def test_import_pulls_in_only_stdlib_rapidfuzz_sastrawi_and_itself():
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT / "marketplace")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    modules = json.loads(out.stdout)
    tops = {name.split(".")[0] for name in modules}
    assert not tops & {"flask", "sqlalchemy", "flask_sqlalchemy", "werkzeug", "jinja2"}
    own = [m for m in modules if m.startswith("marketplace.")]
    assert own and all(m.startswith("marketplace.matching") for m in own), own
    foreign = tops - set(sys.stdlib_module_names) - ALLOWED
    assert not {t for t in foreign if not t.startswith("_") and t != "cython_runtime"}, foreign


def test_source_imports_are_pure():
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: inside the package
                    continue
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in ALLOWED - {"marketplace"}, (
                    path.name,
                    name,
                )
