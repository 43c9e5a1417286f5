"""``pip install .`` gives a package that runs from any directory: a wheel built offline
into a fresh virtual environment upgrades a database with its own migrations and serves a
page with its templates, its CSS and its compiled Indonesian catalogue, through ``wsgi``."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("marketplace", "templates", "static", "migrations")
FILES = ("wsgi.py", "setup.py", "pyproject.toml", "README.md")


def _copy_sources(target: Path) -> None:
    """The repository's files a build reads, without compiled catalogues or caches."""
    for name in SOURCES:
        shutil.copytree(REPO / name, target / name, ignore=shutil.ignore_patterns(
            "__pycache__", "*.pyc", "*.mo", "_data"))  # fmt: skip
    for name in FILES:
        shutil.copy2(REPO / name, target / name)


def _fresh_venv(path: Path) -> Path:
    """A new environment that borrows the project's installed dependencies (not the project)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    python = path / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # A path listed in a .pth file is not itself scanned for .pth files, so the project's
    # editable install in that environment stays out of this one.
    Path(purelib, "project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (our server)
        return response.status, response.headers.get_content_type(), response.read()


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("install")
    _copy_sources(root / "src")
    python = _fresh_venv(root / "venv")
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--no-build-isolation", str(root / "src")],
        check=True, cwd=elsewhere, env=_env(root), capture_output=True,
    )  # fmt: skip
    shutil.rmtree(root / "src")  # nothing may be read from the sources now
    return python, elsewhere


def _env(root: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(root),
        "MARKETPLACE_ENV": "production",
        "SECRET_KEY": "Zq8vN3xLp0Rt7WcY2kHs9BdF4gJm6QaE-test-only",
        "PUBLIC_URL": "https://pasar.test",
        "TRUSTED_PROXIES": "1",
        "DATABASE_URL": f"sqlite:///{root / 'installed.db'}",
    }


def test_the_installed_package_upgrades_a_database_and_serves_a_styled_page(installed):
    python, elsewhere = installed
    env = _env(elsewhere.parent)
    where = subprocess.run(
        [str(python), "-c", "import marketplace, wsgi; print(marketplace.__file__, wsgi.__file__)"],
        check=True, cwd=elsewhere, env=env, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert str(REPO) not in where and "site-packages" in where
    subprocess.run(
        [str(python), "-m", "flask", "--app", "marketplace", "db", "upgrade"],
        check=True, cwd=elsewhere, env=env, capture_output=True,
    )  # fmt: skip
    port, log = _free_port(), elsewhere / "gunicorn.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [str(python), "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
             "wsgi:app"],
            cwd=elsewhere, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        home = _wait_for(f"http://127.0.0.1:{port}/", server, log)
        assert "Masuk" in home  # the compiled Indonesian catalogue ("Sign in")
        stylesheets = re.findall(r'href="(/static/[^"]+\.css)"', home)
        assert stylesheets
        status, kind, body = _get(f"http://127.0.0.1:{port}{stylesheets[0]}")
        assert (status, kind) == (200, "text/css") and body
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(url: str, server: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + 20
    while True:
        try:
            status, _kind, body = _get(url)
            assert status == 200
            return body.decode()
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(log.read_text()[-2000:]) from None
            time.sleep(0.2)
