"""``flask --app marketplace worker``: the job consumer, and the one owner of the matching index.

The matching loop runs in a thread of its own beside Huey's consumer: it holds the engine
in this process's memory, follows the change log every ``MATCH_POLL_SECONDS`` and writes
the suggestions the pages read. Ctrl+C or SIGTERM stops both.
"""

from __future__ import annotations

import logging
import sys
import threading
import time

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from marketplace import jobs
from marketplace.extensions import db

log = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 5


def matching_loop(app: Flask, stop: threading.Event) -> None:
    """Keep the prepared suggestions current until ``stop`` is set."""
    from marketplace.services.suggesting.preparation import Preparer

    poll = app.config["MATCH_POLL_SECONDS"]
    rebuild_after = app.config["MATCH_REBUILD_IDLE_SECONDS"]
    demand_every = app.config["MATCH_DEMAND_SECONDS"]
    with app.app_context():
        preparer = Preparer()
        last_beat = last_change = 0.0
        last_demand = None  # monotonic time of the last count; None: count when idle
        while not stop.is_set():
            try:
                now = time.monotonic()
                if now - last_beat >= HEARTBEAT_SECONDS or not preparer.loaded:
                    if not preparer.hold_lease():
                        preparer.loaded = False
                        stop.wait(HEARTBEAT_SECONDS)
                        continue
                    last_beat = now
                if not preparer.loaded:
                    preparer.load()
                    last_demand = None
                if preparer.apply_pending():
                    last_change = time.monotonic()
                    continue
                if not preparer.fresh and time.monotonic() - last_change >= rebuild_after:
                    preparer.load()
                if preparer.reconcile():
                    continue
                now = time.monotonic()
                if last_demand is None or (
                    last_change > last_demand and now - last_demand >= demand_every
                ):
                    preparer.count_demand()
                    last_demand = time.monotonic()
                    continue
                stop.wait(poll)
            except Exception:  # keep serving: log, forget the session, try again shortly
                log.exception("matching worker step failed")
                db.session.rollback()
                preparer.loaded = False
                stop.wait(1)
            finally:
                db.session.remove()
        try:
            preparer.release_lease()
        finally:
            db.session.remove()


@click.command("worker")
@with_appcontext
@click.option("--burst", is_flag=True, help="Do everything queued now, then exit.")
@click.option(
    "--matching/--no-matching",
    default=True,
    help="Own the matching index (run one such worker; others take --no-matching).",
)
@click.option("--threads", default=2, show_default=True, type=click.IntRange(1, 32))
def worker(burst: bool, matching: bool, threads: int) -> None:
    """Run background jobs and keep the prepared suggestions current."""
    app = current_app._get_current_object()
    huey = jobs.queue(app)
    if burst:
        done = jobs.run_queued(huey)
        if matching:
            from marketplace.services.suggesting.preparation import run_burst

            try:
                run_burst()
            except RuntimeError as exc:
                click.echo(str(exc), err=True)
                sys.exit(1)
        click.echo(f"{done} job(s) run; suggestions prepared", err=True)
        return
    stop = threading.Event()
    thread = None
    if matching:
        thread = threading.Thread(
            target=matching_loop, args=(app, stop), name="matching", daemon=True
        )
        thread.start()
    consumer = huey.create_consumer(workers=threads, periodic=True, worker_type="thread")
    try:
        consumer.run()  # returns on SIGINT / SIGTERM
    finally:
        stop.set()
        if thread is not None:
            thread.join(timeout=30)
