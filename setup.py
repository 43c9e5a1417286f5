"""Build step for ``pip install .``: the app's files that live beside the package.

The repository keeps ``templates/``, ``static/`` and ``migrations/`` at its top level (the
project's chosen layout). A wheel carries them inside the package, as
``marketplace/_data/<name>``, and the message catalogues compiled; the app looks there
first (``marketplace.data_dir``). An editable install reads the repository itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA = ("templates", "static", "migrations")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "marketplace"
        for name in DATA:
            shutil.copytree(
                HERE / name,
                target / "_data" / name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )
        _compile_catalogues(target / "translations")


def _compile_catalogues(folder: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in folder.glob("*/LC_MESSAGES/messages.po"):
        with po.open("rb") as source:
            catalogue = read_po(source, locale=po.parent.parent.name)
        with po.with_suffix(".mo").open("wb") as target:
            write_mo(target, catalogue)


setup(cmdclass={"build_py": BuildWithData})
