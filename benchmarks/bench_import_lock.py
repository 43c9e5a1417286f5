"""Do web writes keep working while a large import-data runs on SQLite? (not a test)

A fresh SQLite database (the repo's own migrations), a 60k-need bulk file, then
`flask import-data` in one process while another posts needs through the web (Flask's test
client, a logged-in group chair, one POST every 20 ms, bounded in count and time). Prints
how many web writes succeeded and failed while the import ran, and their latency.

    .venv/bin/python benchmarks/bench_import_lock.py                   # this code
    git archive 2f627bc | tar -x -C /tmp/before                         # the code before
    .venv/bin/python benchmarks/bench_import_lock.py --repo /tmp/before
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
MAX_WRITES = 5000
MAX_SECONDS = 900


def run_writer(args: argparse.Namespace) -> int:
    """The web side: seed a chair and a group, then post needs until told to stop."""
    sys.path.insert(0, str(args.repo))
    from marketplace import create_app
    from marketplace.services.accounts import users
    from marketplace.services.parties import groups

    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": args.database_url,
            "SECRET_KEY": "experiment",
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False,
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
            "PASSWORD_STRENGTH_CHECK": False,
            "MAIL_LOG_OUTBOX": False,
            "PUBLIC_URL": "http://127.0.0.1:5000",
            "PROPAGATE_EXCEPTIONS": True,
        }
    )
    with app.app_context():
        user = users.register(email="ketua@example.org", name="Ketua", password="x" * 12)
        group = groups.create_group(
            creator=user,
            fields={"name": "Kelompok Uji", "sector": "food_processing", "stage": "penumbuhan",
                    "province_code": "34", "regency_code": "34.04", "members_count": 20},
        )  # fmt: skip
        group_id = group.id
    client = app.test_client()
    client.post("/auth/login", data={"email": "ketua@example.org", "password": "x" * 12})
    print("ready", flush=True)
    writes, started = [], time.time()
    stop = Path(args.stop_file)
    while not stop.exists() and len(writes) < MAX_WRITES and time.time() - started < MAX_SECONDS:
        t = time.time()
        try:
            response = client.post(
                f"/groups/{group_id}/needs/new",
                data={"kind": "training", "title": f"Pelatihan {len(writes)}", "publish": "y",
                      "sector": "food_processing"},
            )  # fmt: skip
            error = None if response.status_code == 302 else f"HTTP {response.status_code}"
        except Exception as exc:  # noqa: BLE001 — counting failures is the point
            error = str(exc).splitlines()[0][:120]
        writes.append({"t": t, "s": time.time() - t, "error": error})
        time.sleep(0.02)
    json.dump(writes, sys.stdout)
    return 0


def run_experiment(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(HERE.parent))
    from bulk_corpus import write_bulk

    work = Path(tempfile.mkdtemp(prefix="import-lock-"))
    database_url = f"sqlite:///{work / 'marketplace.db'}"
    env = os.environ | {"DATABASE_URL": database_url, "SECRET_KEY": "experiment"}
    flask = [sys.executable, "-m", "flask", "--app", "marketplace"]
    subprocess.run([*flask, "db", "upgrade"], cwd=args.repo, env=env, check=True,
                   capture_output=True)  # fmt: skip
    data = work / "needs.json"
    counts = write_bulk(data, offers=0, needs=args.needs)
    stop = work / "stop"
    writer = subprocess.Popen(
        [sys.executable, str(HERE), "--writer", "--repo", str(args.repo),
         "--database-url", database_url, "--stop-file", str(stop)],
        cwd=args.repo, env=env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(1)
    begin = time.time()
    imported = subprocess.run([*flask, "import-data", str(data)], cwd=args.repo, env=env,
                              capture_output=True, text=True)  # fmt: skip
    end = time.time()
    stop.touch()
    writes = json.loads(writer.communicate(timeout=120)[0])
    during = [w for w in writes if begin <= w["t"] <= end]
    failed = [w for w in during if w["error"]]
    latency = sorted(w["s"] for w in during)
    result = {
        "repo": str(args.repo),
        "file": counts,
        "import_exit": imported.returncode,
        "import_s": round(end - begin, 1),
        "web_writes_during_import": len(during),
        "failed": len(failed),
        "errors": sorted({w["error"] for w in failed}),
        "latency_p50_ms": round(statistics.median(latency) * 1000, 1) if latency else None,
        "latency_max_ms": round(latency[-1] * 1000, 1) if latency else None,
    }
    if imported.returncode:
        result["import_stderr"] = imported.stderr[-2000:]
    print(json.dumps(result, indent=1))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=HERE.parents[1])
    parser.add_argument("--needs", type=int, default=60_000)
    parser.add_argument("--writer", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    parser.add_argument("--stop-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.repo = args.repo.resolve()
    return run_writer(args) if args.writer else run_experiment(args)


if __name__ == "__main__":
    raise SystemExit(main())
