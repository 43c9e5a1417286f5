"""``flask check-deploy`` lists every unsafe production setting and fails; a good one passes."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from marketplace import create_app
from marketplace.deploy import invoked_for_check_deploy, web_workers

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "MARKETPLACE_ENV": "production",
    "SECRET_KEY": secrets.token_hex(32),
    "PUBLIC_URL": "https://pasar.example.id",
    "SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://pasar@db.internal/pasar",
    "MAIL_SERVER": "smtp.example.id",
    "RATELIMIT_ENABLED": True,  # the limiter object is shared by the test run's apps
}


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ("WEB_CONCURRENCY", "GUNICORN_CMD_ARGS", "FLASK_DEBUG", "PUBLIC_URL"):
        monkeypatch.delenv(name, raising=False)


def _check(config: dict):
    app = create_app(config)
    result = app.test_cli_runner().invoke(args=["check-deploy"])
    return result.exit_code, result.output


def _codes(output: str) -> set[str]:
    return {line.split()[1].rstrip(":") for line in output.splitlines() if line.startswith("ERROR")}


def test_a_good_production_configuration_passes():
    code, output = _check(GOOD)
    assert code == 0, output
    assert "no problems" in output


def test_a_missing_matching_dictionary_is_a_warning(monkeypatch, tmp_path):
    from marketplace.matching import glossary

    monkeypatch.setattr(glossary, "DICTIONARY", tmp_path / "missing")
    glossary.name_pairs.cache_clear()
    try:
        code, output = _check(GOOD)
    finally:
        glossary.name_pairs.cache_clear()
    assert code == 0, output
    assert "WARNING W004" in output and "dict-freedict-eng-ind" in output


def test_each_unsafe_setting_is_listed(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    monkeypatch.setenv("FLASK_DEBUG", "1")
    config = GOOD | {
        "PUBLIC_URL": "http://pasar.example.id",
        "SQLALCHEMY_DATABASE_URI": "sqlite:////tmp/pasar.db",
        "WTF_CSRF_TIME_LIMIT": None,
        "MAX_CONTENT_LENGTH": None,
        "MAIL_LOG_OUTBOX": True,
    }
    code, output = _check(config)
    assert code == 1
    assert _codes(output) == {"D003", "D005", "D007", "D011", "D012", "D013"}
    assert "SQLite with 4 web workers" in output


def test_refusals_at_start_are_reported_with_the_rest(monkeypatch):
    config = GOOD | {"SECRET_KEY": "x", "PUBLIC_URL": None, "DEFER_REFUSALS": True}
    code, output = _check(config)
    assert code == 1
    assert "PUBLIC_URL must be set in production" in output
    assert "SECRET_KEY is shorter than 32 characters" in output


def test_a_development_configuration_is_not_a_deployment():
    code, output = _check(GOOD | {"MARKETPLACE_ENV": "development"})
    assert code == 1
    assert "D001" in _codes(output)


def test_the_command_line_runs_even_when_the_app_would_refuse_to_start(tmp_path):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("FLASK_", "WEB_"))}
    environ |= {
        "MARKETPLACE_ENV": "production",
        "SECRET_KEY": "x",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}",
        "WEB_CONCURRENCY": "3",
    }
    environ.pop("PUBLIC_URL", None)
    flask = Path(sys.executable).with_name("flask")
    result = subprocess.run(
        [str(flask), "--app", "marketplace", "check-deploy"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert _codes(result.stderr) >= {"D000", "D007"}
    assert "not safe for production" in result.stderr


@pytest.mark.parametrize(
    "environ, workers",
    [
        ({}, 1),
        ({"WEB_CONCURRENCY": "3"}, 3),
        ({"GUNICORN_CMD_ARGS": "--bind 0.0.0.0:8000 -w 5"}, 5),
        ({"GUNICORN_CMD_ARGS": "--workers=2"}, 2),
    ],
)
def test_web_workers_are_read_like_gunicorn_does(environ, workers):
    assert web_workers(environ) == workers


def test_only_the_check_deploy_command_defers_refusals():
    assert invoked_for_check_deploy(["/venv/bin/flask", "--app", "marketplace", "check-deploy"])
    assert not invoked_for_check_deploy(["/venv/bin/flask", "--app", "marketplace", "run"])
    assert not invoked_for_check_deploy(["gunicorn", "wsgi:app"])


def test_webhooks_into_private_networks_are_refused_in_production():
    code, output = _check(GOOD | {"WEBHOOK_ALLOW_PRIVATE": True})
    assert code == 1
    assert _codes(output) == {"D015"}
