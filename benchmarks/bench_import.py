"""Time and peak memory of `flask import-data` on SQLite and PostgreSQL (not a test).

Each run: a fresh database built by the migrations, the bulk file (bulk_corpus.py: the
deterministic corpus of bench_matching, one need per ten offers), then `import-data` in a
child process whose peak RSS is read from the kernel (wait4), then the same file again
(everything unchanged: the idempotent path).

    .venv/bin/python benchmarks/bench_import.py --offers 100000
    .venv/bin/python benchmarks/bench_import.py --offers 1000000 --databases sqlite
    .venv/bin/python benchmarks/bench_import.py --offers 100000 --databases postgresql \\
        --postgres postgresql+psycopg://postgres@127.0.0.1:5432/mp_b_bench

PostgreSQL: the database named in --postgres is dropped and created again (it must be a
scratch database).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]
FLASK = [sys.executable, "-m", "flask", "--app", "marketplace"]


def fresh_postgres(url: str) -> None:
    import psycopg

    base, name = url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def timed(command: list[str], env: dict) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds, peak RSS (MiB), exit code, the end of standard error.

    CPU seconds (user + system) say more than wall time on a machine shared with others.
    """
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = "\n".join(err.read().splitlines()[-4:])
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss / 1024, child.returncode, tail


def run(database: str, url: str, data: Path, counts: dict, again: bool) -> dict:
    env = os.environ | {"DATABASE_URL": url, "SECRET_KEY": "benchmark"}
    if database == "postgresql":
        fresh_postgres(url)
    subprocess.run([*FLASK, "db", "upgrade"], cwd=REPO, env=env, check=True, capture_output=True)
    result = {"database": database, "records": counts, "load_average": os.getloadavg()[0]}
    seconds, cpu, mib, code, tail = timed([*FLASK, "import-data", str(data)], env)
    result |= {"import_s": round(seconds, 1), "import_cpu_s": round(cpu, 1)}
    result |= {"peak_rss_mib": round(mib), "exit": code}
    if code:
        result["stderr"] = tail
    elif again:
        seconds, cpu, mib, code, tail = timed([*FLASK, "import-data", str(data)], env)
        result |= {"again_unchanged_s": round(seconds, 1), "again_cpu_s": round(cpu, 1)}
        result |= {"again_peak_rss_mib": round(mib)}
        result["again_summary"] = tail
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=None, help="default: offers / 10")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument(
        "--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/mp_b_bench"
    )
    parser.add_argument("--work", type=Path, default=None, help="where files and SQLite go")
    parser.add_argument("--regenerate", action="store_true", help="write the file anew")
    parser.add_argument("--no-again", action="store_true", help="skip the second import")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    from bulk_corpus import write_bulk

    work = args.work or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"bulk-{args.offers}.json"
    needs = args.needs if args.needs is not None else args.offers // 10
    started = time.perf_counter()
    counts_file = data.with_suffix(".counts.json")
    if counts_file.exists() and data.exists() and not args.regenerate:  # the corpus is fixed
        counts = json.loads(counts_file.read_text())
    else:
        counts = write_bulk(data, offers=args.offers, needs=needs)
        counts_file.write_text(json.dumps(counts))
    print(
        json.dumps({"file": str(data), "mib": round(data.stat().st_size / 2**20), "records": counts,
                    "generate_s": round(time.perf_counter() - started, 1)}),
        flush=True,
    )  # fmt: skip
    for database in args.databases.split(","):
        if database == "sqlite":
            sqlite = work / f"import-{args.offers}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{sqlite}{suffix}").unlink(missing_ok=True)
            url = f"sqlite:///{sqlite}"
        else:
            url = args.postgres
        print(json.dumps(run(database, url, data, counts, not args.no_again)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
