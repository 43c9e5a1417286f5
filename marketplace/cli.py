"""Command-line tools: bulk data in and out, suggestions, demo data, roles."""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import date
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext
from flask_babel import force_locale

from marketplace.deploy import check_deploy
from marketplace.matching.metrics import MISS_KINDS
from marketplace.refs import DEFAULT_SOURCE
from marketplace.services.bulk import exports, imports
from marketplace.services.suggesting import index_store, inputs, tuning


def register(app: Flask) -> None:
    from marketplace.api.commands import create_token
    from marketplace.worker import worker

    for command in (
        worker,
        import_data,
        suggest,
        evaluate,
        export_data,
        seed_demo,
        grant_role,
        send_outbox,
        expire_proposals,
        tune_matching,
        check_deploy,
        create_token,
    ):
        app.cli.add_command(command)


@click.command("import-data")
@with_appcontext
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--source",
    default=DEFAULT_SOURCE,
    metavar="NAME",
    help="The partner programme the file comes from: its refs are its own (default: ours).",
)
def import_data(file: Path, source: str) -> None:
    """Import groups, providers, needs and offers from FILE (all or nothing)."""
    try:
        with force_locale("en"):
            report = imports.import_file(file, source=source, progress=_progress_bar)
    except imports.ImportFailed as failure:
        _refuse(failure, f"Nothing was imported: {len(failure.problems)} problem(s).")
    for array in imports.ARRAYS:
        click.echo(
            f"{array}: {report.created[array]} created, {report.updated[array]} updated, "
            f"{report.unchanged[array]} unchanged",
            err=True,
        )
    # the matching index built once here and saved, so `suggest` and the worker load it
    # (listings without a stored profile are analysed on the way)
    prepared = index_store.prepare()
    if prepared == "built":
        click.echo("matching index built and saved", err=True)
    elif prepared == "current":
        click.echo("matching index unchanged: the saved one is current", err=True)
    else:
        analysed = inputs.analyse_missing()
        click.echo(f"{analysed} listing(s) analysed for matching", err=True)


PROGRESS_FROM = 5000  # records in one array: below this, no progress bar


def _progress_bar(label: str, total: int):
    """A progress bar on standard error (standard output stays for data)."""
    if total < PROGRESS_FROM:
        return contextlib.nullcontext(_Silent())
    return click.progressbar(length=total, label=f"{label:<18}", file=sys.stderr)


class _Silent:
    def update(self, n: int) -> None:
        pass


@click.command("suggest")
@with_appcontext
@click.option("--k", "k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the only format).")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Treat this day as today for date rules (default: no date rule on today).",
)
def suggest(k: int, as_json: bool, today) -> None:
    """Print, for every open need, the best K open offers as JSON."""
    # One process per core: the engine forks only for large runs, with identical results.
    result = inputs.suggest_all(k, today=today.date() if today else None, workers=None)
    click.echo(json.dumps(result, ensure_ascii=False, separators=(", ", ": ")))


def _refuse(failure: imports.ImportFailed, summary: str) -> None:
    """Print a refused file's problems and ``summary`` on standard error; exit 1."""
    for problem in failure.problems:
        click.echo(problem, err=True)
    click.echo(summary, err=True)
    sys.exit(1)


@click.command("evaluate")
@with_appcontext
@click.argument("data", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("truth", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--k", "k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--misses", is_flag=True, help="Also list the needs whose first suggestion is wrong.")
@click.option(
    "--kinds",
    is_flag=True,
    help="Also count the kinds of miss, naming no need (safe on a held-out set).",
)
def evaluate(data: Path, truth: Path, k: int, misses: bool, kinds: bool) -> None:
    """Print hit@1, recall@K and nDCG@K of `suggest` on DATA against TRUTH, and the baseline's.

    DATA is imported by the real importer into a throw-away SQLite database and ranked by
    `suggest`, with this app's matcher settings: the very path production takes.
    """
    from marketplace.services.suggesting.evaluation import evaluate_file

    path = inputs.settings_path()
    try:
        result = evaluate_file(
            data,
            json.loads(truth.read_text(encoding="utf-8")),
            k=k,
            settings_file=str(path) if path else "",
        )
    except imports.ImportFailed as failure:
        _refuse(failure, f"Nothing was measured: DATA has {len(failure.problems)} problem(s).")
    for name, figures in (("engine", result.engine), ("baseline", result.baseline)):
        click.echo(
            f"{name}: needs={int(figures['needs'])} hit@1={figures['hit@1']:.3f} "
            f"recall@{k}={figures[f'recall@{k}']:.3f} ndcg@{k}={figures[f'ndcg@{k}']:.3f} "
            f"wrong_kind={int(figures['wrong_kind'])} "
            f"cannot_serve={int(figures['cannot_serve'])} "
            f"reach_inversions={int(figures['reach_inversions'])}"
        )
    for kind in MISS_KINDS if kinds else ():
        click.echo(f"kind {kind}: {result.miss_kinds.get(kind, 0)}")
    for miss in result.misses if misses else ():
        click.echo(
            f"miss {miss.need} {miss.title!r}: first {miss.first} {miss.first_title!r}; "
            f"expected {', '.join(miss.expected) or 'nothing'}"
        )


@click.command("export-data")
@with_appcontext
@click.option(
    "--format", "fmt", type=click.Choice(["json", "needs-csv", "offers-csv"]), default="json"
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option(
    "--source",
    default=DEFAULT_SOURCE,
    metavar="NAME",
    help="JSON: the records of this import source, with its refs (default: ours).",
)
def export_data(fmt: str, output: Path | None, source: str) -> None:
    """Export needs and offers as the bulk JSON (or CSV) to a file or standard output."""
    if fmt == "json":
        document = exports.export_document(source=source)
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    elif fmt == "needs-csv":
        text = "".join(exports.needs_csv())
    else:
        text = "".join(exports.offers_csv())
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Written to {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command("seed-demo")
@with_appcontext
@click.option(
    "--data",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A bulk file to load (default: the sample shipped with the demo).",
)
def seed_demo(data: Path | None) -> None:
    """Load demo accounts (one per role) and a living marketplace."""
    from marketplace.services.bulk import demo

    accounts = demo.seed(data_file=data, today=date.today())
    click.echo("Demo accounts (email / password):")
    for role, email, password in accounts:
        click.echo(f"  {role:<26} {email:<28} {password}")


@click.command("grant-role")
@with_appcontext
@click.argument("email")
@click.option("--facilitator/--no-facilitator", default=None)
@click.option("--admin/--no-admin", default=None)
def grant_role(email: str, facilitator: bool | None, admin: bool | None) -> None:
    """Grant or withdraw the facilitator and admin roles of an account."""
    from marketplace.services.accounts import users

    user = users.find_user_by_email(email)
    if user is None:
        click.echo(f"No account uses {email}.", err=True)
        sys.exit(1)
    users.set_system_roles(
        user,
        facilitator=user.is_facilitator if facilitator is None else facilitator,
        admin=user.is_admin if admin is None else admin,
    )
    click.echo(f"{email}: facilitator={user.is_facilitator} admin={user.is_admin}", err=True)


@click.command("send-outbox")
@with_appcontext
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000))
def send_outbox(limit: int) -> None:
    """Deliver queued email through SMTP (MAIL_SERVER, MAIL_PORT, MAIL_USERNAME, ...)."""
    from marketplace.services.messaging import mailer

    try:
        sent, failed = mailer.send_outbox(limit=limit)
    except (RuntimeError, OSError) as exc:
        click.echo(f"Stopped: {exc}", err=True)
        sys.exit(1)
    click.echo(f"{sent} sent, {failed} failed", err=True)
    if failed:
        sys.exit(1)


@click.command("expire-proposals")
@with_appcontext
def expire_proposals() -> None:
    """Expire proposals left unanswered for PROPOSAL_EXPIRY_DAYS and tell the facilitators."""
    from marketplace.services.curation import waiting

    click.echo(f"{waiting.expire_stale()} proposal(s) expired", err=True)


@click.command("tune-matching")
@with_appcontext
@click.option(
    "--holdout",
    default=0.3,
    show_default=True,
    type=click.FloatRange(0.1, 0.9),
    help="Share of the newest decisions kept apart to measure on.",
)
@click.option("--dry-run", is_flag=True, help="Measure and print, write nothing.")
def tune_matching(holdout: float, dry_run: bool) -> None:
    """Fit the matcher's weights on recorded decisions; write them when they rank better."""
    report = tuning.retune(holdout=holdout, write=not dry_run)
    fit = report.fit
    click.echo(f"decisions: {report.good} good, {report.bad} bad")
    click.echo(f"trained on {fit.trained}, measured on {fit.held_apart} held apart")
    click.echo(f"held-apart AUC: before {fit.before:.3f}  after {fit.after:.3f}")
    for need, offer in fit.zeroed_pairs:
        click.echo(f"related pair given no credit (dismissed as wrong subject): {need} -> {offer}")
    if report.written:
        click.echo(f"engine version {report.version_before} -> {report.version_after}")
        click.echo(f"written: {report.written}")
    elif fit.better:
        click.echo("better, but not written (--dry-run or MATCH_SETTINGS_FILE is empty)")
    else:
        click.echo("not better: nothing written")
