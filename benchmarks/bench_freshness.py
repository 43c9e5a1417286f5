"""How fresh prepared suggestions are (not a test): a worker process runs on a database
filled by ``bench_pipeline.py``; this script posts needs and changes offers through the
services, committing as the web would, and measures how long until the worker's rows
reflect each change.

    .venv/bin/python benchmarks/bench_freshness.py --database sqlite:////tmp/bench-pipeline-…/bench.db
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from marketplace import create_app  # noqa: E402
from marketplace.extensions import db  # noqa: E402
from marketplace.models import (  # noqa: E402
    Group,
    ListingAnalysis,
    ListingChange,
    MatchingState,
    NeedSuggestion,
    Offer,
    User,
)
from marketplace.models.base import utcnow  # noqa: E402
from marketplace.services.listings import posting  # noqa: E402

SUBJECTS = ["tahu", "rotan", "kopi", "lele", "batik", "madu", "keripik", "garam", "tempe"]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def wait(check, timeout: float = 120.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        db.session.rollback()  # see other processes' commits
        if check():
            return time.perf_counter() - start
        time.sleep(0.02)
    raise SystemExit("the worker did not catch up in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--needs", type=int, default=30)
    parser.add_argument("--offers", type=int, default=20)
    args = parser.parse_args()
    env = {**os.environ, "DATABASE_URL": args.database, "SECRET_KEY": "bench-" + "x" * 40,
           "FLASK_HUEY_SQLITE_FILE": "/tmp/bench-freshness-jobs.db"}  # fmt: skip
    app = create_app({"SQLALCHEMY_DATABASE_URI": args.database, "SECRET_KEY": env["SECRET_KEY"]})
    worker = subprocess.Popen([sys.executable, "-m", "flask", "--app", "marketplace", "worker"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    report = {}
    try:
        with app.app_context():
            start, launched = time.perf_counter(), utcnow()
            wait(lambda: (s := db.session.get(MatchingState, 1)) is not None
                 and s.started_at is not None and s.started_at > launched
                 and db.session.scalar(select(func.count(ListingChange.id))) == 0)  # fmt: skip
            report["worker_ready_s"] = round(time.perf_counter() - start, 1)
            user = db.session.scalar(select(User).limit(1))
            if user is None:
                from marketplace.services.accounts import users

                user = users.register(email="bench@example.org", name="Bench",
                                         password="bench-Kedelai-Hujan-77")  # fmt: skip
            groups = db.session.scalars(select(Group).limit(args.needs)).all()
            need_lat = []
            for i, group in enumerate(groups):
                subject = SUBJECTS[i % len(SUBJECTS)]
                need = posting.create_need(group=group, by=user, fields={
                    "kind": "training", "title": f"Pelatihan {subject} utk kel.",
                    "tags": [subject]})  # fmt: skip
                need_id = need.id

                def prepared(nid=need_id):
                    return db.session.scalar(
                        select(ListingAnalysis.ranked_at).where(
                            ListingAnalysis.kind == "need", ListingAnalysis.listing_id == nid
                        )
                    )

                need_lat.append(wait(prepared))
            report["posted_need_prepared_s"] = {
                "n": len(need_lat), "median": round(statistics.median(need_lat), 3),
                "p95": round(pct(need_lat, 0.95), 3), "max": round(max(need_lat), 3)}  # fmt: skip
            offers = db.session.scalars(
                select(Offer).where(Offer.status == "open").order_by(Offer.id).limit(args.offers)
            ).all()
            offer_lat = []
            for i, offer in enumerate(offers):
                posting.update_listing(offer, {"kind": offer.kind,
                    "title": f"Pelatihan {SUBJECTS[i % len(SUBJECTS)]} bersertifikat",
                    "tags": [SUBJECTS[i % len(SUBJECTS)]]})  # fmt: skip
                offer_id = offer.id

                def reached(oid=offer_id):
                    pending = db.session.scalar(select(func.count(ListingChange.id)))
                    listed = db.session.scalar(select(func.count()).select_from(NeedSuggestion)
                                               .where(NeedSuggestion.offer_id == oid))  # fmt: skip
                    return pending == 0 and listed is not None

                offer_lat.append(wait(reached))
            report["offer_change_applied_s"] = {
                "n": len(offer_lat), "median": round(statistics.median(offer_lat), 3),
                "p95": round(pct(offer_lat, 0.95), 3), "max": round(max(offer_lat), 3)}  # fmt: skip
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
