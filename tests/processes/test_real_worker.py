"""The worker as it runs in production: a separate process with Huey's consumer and the
matching loop, on its own database with real commits (not the suite's rolled-back one)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from marketplace import create_app, jobs
from marketplace.extensions import db
from marketplace.models import Match, NeedSuggestion
from marketplace.models.base import utcnow
from tests.factories import make_group, make_need, make_offer, make_provider, make_user
from tests.processes.waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def own_database(tmp_path):
    from flask_migrate import upgrade

    config = {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'worker.db'}",
        "HUEY_SQLITE_FILE": str(tmp_path / "jobs.db"),
        "SECRET_KEY": "worker-test-secret",
        "PUBLIC_URL": "https://pasar.test",
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        "PASSWORD_STRENGTH_CHECK": False,
        "MAIL_LOG_OUTBOX": False,
    }
    app = create_app(config)
    with app.app_context():
        upgrade()
    env = {
        **os.environ,
        "DATABASE_URL": config["SQLALCHEMY_DATABASE_URI"],
        "FLASK_HUEY_SQLITE_FILE": config["HUEY_SQLITE_FILE"],
        "SECRET_KEY": config["SECRET_KEY"],
        "PUBLIC_URL": config["PUBLIC_URL"],
        "FLASK_MATCH_POLL_SECONDS": "0.1",
        "FLASK_MATCH_INDEX_DIR": str(tmp_path / "matching"),  # the worker saves its index here
    }
    env.pop("TEST_DATABASE_URL", None)
    yield app, env
    with app.app_context():
        db.engine.dispose()


def test_the_worker_process_runs_jobs_prepares_suggestions_and_stops_on_sigterm(own_database):
    app, env = own_database
    with app.app_context():
        make_user(facilitator=True)
        chair, trainer = make_user(), make_user()
        group = make_group(chair)
        provider = make_provider(trainer)
        offer = make_offer(provider, title="Tofu production workshop", tags=["tofu"])
        need = make_need(group)
        old = Match(need=need, offer=offer, state="proposed", origin="engine")
        db.session.add(old)
        db.session.commit()
        old.updated_at = utcnow() - timedelta(days=30)
        db.session.commit()
        need_id, match_id, offer_id, group_id = need.id, old.id, offer.id, group.id
    worker = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "marketplace", "worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:

        def prepared(nid):
            with app.app_context():
                return db.session.scalars(
                    select(NeedSuggestion.offer_id).where(NeedSuggestion.need_id == nid)
                ).all()

        assert wait_for(lambda: prepared(need_id)) == [offer_id]

        with app.app_context():
            jobs.enqueue("expire_proposals")  # into the queue file the consumer reads

        def expired():
            with app.app_context():
                return db.session.get(Match, match_id).state == "expired"

        assert wait_for(expired)

        with app.app_context():
            from marketplace.models import Group

            fresh = make_need(db.session.get(Group, group_id), title="Pelatihan tahu untuk ibu-ibu")
            fresh_id = fresh.id
        assert wait_for(lambda: prepared(fresh_id)) == [offer_id]
    finally:
        worker.send_signal(signal.SIGTERM)
        output = worker.communicate(timeout=60)[0]
    assert worker.returncode == 0, output
