"""``flask check-deploy``: refuse settings unsafe for production (like Django's ``check --deploy``).

The app itself refuses to start in production without ``PUBLIC_URL`` or with a weak
``SECRET_KEY``. When it is loaded for this command, those refusals are deferred and
reported here with every other problem, so an operator sees the whole list at once.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from marketplace.matching import glossary
from marketplace.security import is_production, secret_key_problem

COMMAND = "check-deploy"


def invoked_for_check_deploy(argv: list[str] | None = None) -> bool:
    """True when this process is ``flask … check-deploy``: refusals then become findings."""
    argv = sys.argv if argv is None else argv
    return bool(argv) and Path(argv[0]).name == "flask" and COMMAND in argv[1:]


@dataclass(frozen=True)
class Finding:
    level: str  # "error" fails the check; "warning" is printed only
    code: str
    message: str


def web_workers(environ: dict[str, str]) -> int:
    """How many gunicorn workers the environment asks for (``WEB_CONCURRENCY`` or args)."""
    workers = 1
    if environ.get("WEB_CONCURRENCY", "").strip().isdigit():
        workers = int(environ["WEB_CONCURRENCY"])
    args = shlex.split(environ.get("GUNICORN_CMD_ARGS", ""))
    for i, arg in enumerate(args):
        match = re.fullmatch(r"(?:-w|--workers)(?:=?(\d+))?", arg)
        if match:
            value = match.group(1) or (args[i + 1] if i + 1 < len(args) else "")
            if value.isdigit():
                workers = int(value)
    return workers


def findings(app: Flask, environ: dict[str, str]) -> list[Finding]:
    """Everything unsafe about running ``app`` in production with ``environ``."""
    config = app.config
    out: list[Finding] = []

    def error(code: str, message: str) -> None:
        out.append(Finding("error", code, message))

    def warning(code: str, message: str) -> None:
        out.append(Finding("warning", code, message))

    refusals = config.get("STARTUP_REFUSALS", [])
    for refusal in refusals:
        error("D000", refusal)

    def refused(name: str) -> bool:
        return any(name in refusal for refusal in refusals)

    if not is_production(app):
        error("D001", "MARKETPLACE_ENV is not 'production' (development defaults are in force).")
    public_url = config.get("PUBLIC_URL") or ""
    if not refused("PUBLIC_URL") and not public_url.startswith("https://"):
        error("D003", f"PUBLIC_URL {public_url!r} is not https: sessions would travel in clear.")
    problem = secret_key_problem(config.get("SECRET_KEY"))
    if problem and not refused("SECRET_KEY"):
        error(
            "D004", f"{problem} Use e.g. python -c 'import secrets; print(secrets.token_hex(32))'."
        )
    if app.debug or environ.get("FLASK_DEBUG", "").lower() in ("1", "true", "yes"):
        error("D005", "Debug mode is on: the debugger runs code for anyone who reaches it.")
    if app.testing:
        error("D006", "TESTING is on.")
    workers = web_workers(environ)
    sqlite = str(config.get("SQLALCHEMY_DATABASE_URI", "")).startswith("sqlite")
    if sqlite and workers > 1:
        error(
            "D007",
            f"SQLite with {workers} web workers: writes would wait on each other and fail as "
            "'database is locked'. Use PostgreSQL (DATABASE_URL) or one worker.",
        )
    for name in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        if not config.get(name):
            error("D008", f"{name} is off: the cookie would be sent over plain http.")
    if not config.get("SESSION_COOKIE_HTTPONLY") or not config.get("REMEMBER_COOKIE_HTTPONLY"):
        error("D009", "Session cookies are readable by scripts (HttpOnly is off).")
    if not config.get("WTF_CSRF_ENABLED", True):
        error("D010", "CSRF protection is off.")
    if not config.get("WTF_CSRF_TIME_LIMIT"):
        error("D011", "CSRF tokens never expire (WTF_CSRF_TIME_LIMIT).")
    if not config.get("MAX_CONTENT_LENGTH"):
        error("D012", "MAX_CONTENT_LENGTH is not set: any size of request body is read.")
    if config.get("MAIL_LOG_OUTBOX"):
        error("D013", "MAIL_LOG_OUTBOX is on: password-reset links would be written to the log.")
    if not config.get("RATELIMIT_ENABLED", True):
        error("D014", "Rate limits are off (RATELIMIT_ENABLED).")
    if config.get("WEBHOOK_ALLOW_PRIVATE"):
        error(
            "D015",
            "WEBHOOK_ALLOW_PRIVATE is on: webhooks could make the server call its own "
            "network (loopback, private and link-local addresses).",
        )
    if workers > 1 and str(config.get("RATELIMIT_STORAGE_URI", "")).startswith("memory"):
        warning(
            "W001",
            f"Rate limits are counted per worker ({workers} workers): set REDIS_URL to share them.",
        )
    if not config.get("MAIL_SERVER"):
        warning("W002", "MAIL_SERVER is not set: password resets and invitations stay queued.")
    if not config.get("FORCE_HTTPS"):
        warning("W003", "FORCE_HTTPS is off: plain http requests are not sent to https.")
    if not glossary.name_pairs():
        warning(
            "W004",
            f"The matching glossary's dictionary ({glossary.DICTIONARY}.index) is not "
            "installed: everyday words meet only within one language "
            "(apt-get install dict-freedict-eng-ind).",
        )
    return out


@click.command(COMMAND)
@with_appcontext
def check_deploy() -> None:
    """Refuse unsafe production settings; exit 1 listing each problem."""
    found = findings(current_app, dict(os.environ))
    errors = [f for f in found if f.level == "error"]
    for finding in found:
        click.echo(f"{finding.level.upper()} {finding.code}: {finding.message}", err=True)
    if errors:
        click.echo(f"check-deploy: {len(errors)} problem(s); not safe for production.", err=True)
        sys.exit(1)
    click.echo(f"check-deploy: no problems ({len(found)} warning(s)).")
