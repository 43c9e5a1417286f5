"""The many-machine shape on one machine: two web processes (gunicorn), one worker,
PostgreSQL and Redis. What one web process writes, the other shows once the worker has
prepared it; when the worker is down, pages still serve and say their suggestions are stale.

Runs on the PostgreSQL pass of the suite (``TEST_DATABASE_URL``), on a database of its own,
with Redis database ``TEST_REDIS_URL`` (one further per xdist worker: ``tests/workers.py``).
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from marketplace import create_app
from marketplace.extensions import db
from marketplace.models import NeedSuggestion
from marketplace.services.curation import caseload
from tests import workers
from tests.factories import PASSWORD, make_group, make_offer, make_provider, make_user
from tests.processes.waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
SUITE_DB = workers.database_url(os.environ.get("TEST_DATABASE_URL", ""))
REDIS_URL = workers.redis_url()  # TEST_REDIS_URL's database, one further per xdist worker

pytestmark = pytest.mark.skipif(
    not SUITE_DB.startswith("postgresql"), reason="the many-process shape runs on PostgreSQL"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A person with cookies, talking to one web process."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.token = ""

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=20) as response:
            page = response.read().decode()
        found = re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page)
        self.token = found.group(1) if found else self.token
        return page

    def post(self, path: str, data: dict) -> int:
        body = urllib.parse.urlencode({"csrf_token": self.token, **data}).encode()
        with self.opener.open(self.base + path, data=body, timeout=20) as response:
            return response.status

    def sign_in(self, email: str) -> None:
        self.get("/auth/login")
        self.post("/auth/login", {"email": email, "password": PASSWORD})
        assert "/auth/logout" in self.get("/dashboard")


@pytest.fixture
def shape(tmp_path):
    from flask_migrate import upgrade

    base, name = SUITE_DB.rsplit("/", 1)
    url = f"{base}/{name}_procs"
    admin = f"{base.replace('+psycopg', '')}/postgres"
    for sql in (
        f"DROP DATABASE IF EXISTS {name}_procs WITH (FORCE)",
        f"CREATE DATABASE {name}_procs",
    ):
        subprocess.run(["psql", admin, "-q", "-c", sql], check=True)
    config = {
        "SQLALCHEMY_DATABASE_URI": url,
        "SECRET_KEY": "many-processes-secret-0123456789abcdef",
        "PUBLIC_URL": "http://127.0.0.1",
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        "PASSWORD_STRENGTH_CHECK": False,
        "MAIL_LOG_OUTBOX": False,
        "REDIS_URL": REDIS_URL,
    }
    app = create_app(config)
    with app.app_context():
        upgrade()
        from huey import RedisHuey

        RedisHuey("marketplace", url=REDIS_URL).flush()
    env = {
        **{k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"},
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": config["SECRET_KEY"],
        "PUBLIC_URL": config["PUBLIC_URL"],
        "MARKETPLACE_ENV": "development",
        "FLASK_PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        "FLASK_MATCH_POLL_SECONDS": "0.1",
        "FLASK_MATCH_WORKER_SILENT_SECONDS": "3",
        "FLASK_MATCH_INDEX_DIR": str(tmp_path / "matching"),  # not the repo's instance/
    }
    processes: dict[str, subprocess.Popen] = {}

    def start(role: str) -> str:
        if role == "worker":
            args = [sys.executable, "-m", "flask", "--app", "marketplace", "worker"]
            port = None
        else:
            port = free_port()
            args = [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}",
                    "wsgi:app"]  # fmt: skip
        processes[role] = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if port:
            base = f"http://127.0.0.1:{port}"

            def up():
                try:
                    return urllib.request.urlopen(base + "/", timeout=2).status == 200
                except OSError:
                    return False

            wait_for(up, 30)
            return base
        return ""

    def stop(role: str) -> None:
        process = processes.pop(role)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)

    yield app, start, stop
    for role in list(processes):
        stop(role)
    with app.app_context():
        db.engine.dispose()
    subprocess.run(
        ["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name}_procs WITH (FORCE)"]
    )


def test_two_web_processes_and_a_worker_agree(shape):
    app, start, stop = shape
    with app.app_context():
        facilitator = make_user("Dewi", facilitator=True)
        chair, trainer = make_user("Slamet"), make_user("Sri")
        group = make_group(chair)
        caseload.assign(facilitator=facilitator, group=group)
        provider = make_provider(trainer)
        make_offer(provider, title="Tofu production workshop", tags=["tofu"])
        people = {"facilitator": facilitator.email, "chair": chair.email}
        group_id, provider_id = group.id, provider.id
    first, second = start("web-1"), start("web-2")
    start("worker")

    officer = Browser(first)
    officer.sign_in(people["chair"])
    officer.get(f"/groups/{group_id}/needs/new")
    officer.post(
        f"/groups/{group_id}/needs/new",
        {"kind": "training", "title": "Pelatihan membuat tahu utk 20 org", "publish": "y"},
    )
    with app.app_context():
        from marketplace.models import Need

        need_id = db.session.scalar(select(Need.id).where(Need.group_id == group_id))

    reviewer = Browser(second)
    reviewer.sign_in(people["facilitator"])
    wait_for(lambda: "Tofu production workshop" in reviewer.get(f"/facilitate/needs/{need_id}"))

    reviewer.get(f"/providers/{provider_id}")
    reviewer.post(f"/providers/{provider_id}/verification", {"verified": "1"})

    def verified_in_rows():
        with app.app_context():
            reasons = db.session.scalar(
                select(NeedSuggestion.reasons).where(NeedSuggestion.need_id == need_id)
            )
            return reasons and any(r["code"] == "verified" for r in reasons)

    wait_for(verified_in_rows)
    for base in (first, second):
        watcher = Browser(base)
        watcher.sign_in(people["facilitator"])
        assert "Tofu production workshop" in watcher.get(f"/facilitate/needs/{need_id}")

    stop("worker")
    time.sleep(4)  # past MATCH_WORKER_SILENT_SECONDS
    officer.get(f"/groups/{group_id}/needs/new")
    officer.post(
        f"/groups/{group_id}/needs/new",
        {"kind": "training", "title": "Pelatihan tempe", "publish": "y"},
    )
    with app.app_context():
        from marketplace.models import Need

        later = db.session.scalar(
            select(Need.id).where(Need.group_id == group_id).order_by(Need.id.desc())
        )
    page = reviewer.get(f"/facilitate/needs/{later}")
    assert 'data-preparing="stale"' in page
    assert "Tofu production workshop" in reviewer.get(f"/facilitate/needs/{need_id}")
    start("worker")
    wait_for(lambda: 'data-preparing="stale"' not in reviewer.get(f"/facilitate/needs/{later}"))
