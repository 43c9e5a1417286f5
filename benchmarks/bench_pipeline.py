"""The whole matching pipeline as an operator meets it (not a test).

Each step is its own process, as in production, and is timed from the outside with its
peak memory: ``import-data`` of a generated bulk file, ``suggest`` straight after the
import, ``worker --burst``, ``suggest`` again (reading the prepared rows), and a worker's
cold start: ``coldstart_db`` with no saved index (a first start, or one after the data or
the engine changed: it builds from the stored profiles and saves the index), then
``coldstart`` loading the index it saved. The naive baseline (rapidfuzz ``process.extract`` over
every offer, per need) is measured in the same run.

    .venv/bin/python benchmarks/bench_pipeline.py                       # 1,000 × 100,000, SQLite
    .venv/bin/python benchmarks/bench_pipeline.py --database postgresql+psycopg://postgres@127.0.0.1/bench
    .venv/bin/python benchmarks/bench_pipeline.py --offers 1000000 --steps import,coldstart
    .venv/bin/python benchmarks/bench_pipeline.py --reuse DIR --steps coldstart_db,coldstart

``import-data`` saves the built index beside the database (``FLASK_MATCH_INDEX_DIR`` is the
run's folder), so ``suggest`` and the cold start load it; ``--reuse`` runs steps again on
the file and database of an earlier run (a 1M import is done once).

A PostgreSQL database named in ``--database`` is dropped and created again.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_matching import Corpus  # noqa: E402

from marketplace import regions  # noqa: E402

STEPS = ("import", "suggest", "naive", "burst", "suggest_prepared", "coldstart_db", "coldstart")


def bulk_document(n_offers: int, n_needs: int, seed: int) -> dict:
    """The benchmark corpus as an import document, on real provinces and regencies."""
    corpus = Corpus(seed)
    provinces = sorted(regions.provinces(), key=lambda p: p.code)
    by_key = {f"prov{i:02d}": p for i, p in enumerate(provinces)}
    regencies = {p.code: [r for r in regions.regencies() if r.province_code == p.code]
                 for p in provinces}  # fmt: skip
    n_providers = max(1, n_offers // 20)
    n_groups = max(1, n_needs // 2)
    groups, providers, needs, offers = [], [], [], []
    for g in range(n_groups):
        province = provinces[g % len(provinces)]
        regency = regencies[province.code][g % len(regencies[province.code])]
        groups.append({"ref": f"g{g}", "name": f"Kelompok {g}", "province": province.name,
                       "regency": regency.name, "members": 10 + g % 30})  # fmt: skip
    for p in range(n_providers):
        province = provinces[(p * 7) % len(provinces)]
        providers.append({"ref": f"p{p}", "name": f"Penyedia {p}", "type": "trainer",
                          "province": province.name})  # fmt: skip
    for i in range(n_offers):
        o = corpus.offer(i)
        offers.append({
            "ref": o.id, "provider": f"p{i % n_providers}", "kind": o.kind, "title": o.title,
            "description": o.description, "tags": list(o.tags), "capacity": o.capacity,
            "service_area": [by_key[k].name for k in o.area_keys],
        })  # fmt: skip
    for i in range(n_needs):
        n = corpus.need(i)
        needs.append({"ref": n.id, "group": f"g{i % n_groups}", "kind": n.kind,
                      "title": n.title, "description": n.description})  # fmt: skip
    return {"groups": groups, "providers": providers, "needs": needs, "offers": offers}


def run(args: list[str], env: dict, *, stdout=None) -> dict:
    """Run one command; its wall time, CPU time and peak memory (the kernel's accounting).

    On a shared machine the wall time grows with the load; the CPU time does not."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=stdout or subprocess.DEVNULL,
                            stderr=subprocess.PIPE)  # fmt: skip
    out = b""
    if stdout is subprocess.PIPE:
        out = proc.stdout.read()
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{err.decode()[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime  # its own and its waited-for children's
    return {"s": round(seconds, 2), "cpu_s": round(cpu, 2),
            "maxrss_mib": round(usage.ru_maxrss / 1024), "out": out}  # fmt: skip


def naive_per_need(doc: dict, needs: int = 20) -> float:
    from rapidfuzz import fuzz, process

    choices = [f"{o['title']} {o['description']}" for o in doc["offers"]]
    times = []
    for need in doc["needs"][:needs]:
        start = time.perf_counter()
        process.extract(need["title"], choices, scorer=fuzz.token_set_ratio, limit=10)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_database(url: str | None, workdir: Path) -> str:
    if not url:
        return f"sqlite:///{workdir / 'bench.db'}"
    base, name = url.rsplit("/", 1)
    admin = f"{base.replace('+psycopg', '')}/postgres"
    for sql in (f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", admin, "-q", "-c", sql], check=True)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database", default=None, help="PostgreSQL URL (default: SQLite)")
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--reuse", type=Path, default=None, metavar="DIR",
                        help="the folder of an earlier run: its file and SQLite database, "
                             "kept (for steps after an import done once)")  # fmt: skip
    args = parser.parse_args()
    steps = args.steps.split(",")
    workdir = args.reuse or Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    doc_path = workdir / "bulk.json"
    start = time.perf_counter()
    if args.reuse:
        doc = json.loads(doc_path.read_text(encoding="utf-8")) if "naive" in steps else {}
        url = args.database or f"sqlite:///{workdir / 'bench.db'}"
    else:
        doc = bulk_document(args.offers, args.needs, args.seed)
        doc_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        print(f"generated {args.offers:,} offers, {args.needs:,} needs "
              f"in {time.perf_counter() - start:.1f} s ({doc_path})", flush=True)  # fmt: skip
        url = fresh_database(args.database, workdir)
    env = {**os.environ, "DATABASE_URL": url, "FLASK_APP": "marketplace",
           "SECRET_KEY": "benchmark-secret-key-0123456789abcdef",
           "FLASK_HUEY_SQLITE_FILE": str(workdir / "jobs.db"),
           "FLASK_MATCH_INDEX_DIR": str(workdir / "matching")}  # fmt: skip
    flask = [sys.executable, "-m", "flask"]
    run([*flask, "db", "upgrade"], env)
    report: dict = {"offers": args.offers, "needs": args.needs, "database": url.split(":")[0]}
    if "import" in steps:
        report["import"] = run([*flask, "import-data", str(doc_path)], env)
    suggest = [*flask, "suggest", "--k", "10", "--json"]
    first = None
    if "suggest" in steps:
        result = run(suggest, env, stdout=subprocess.PIPE)
        first = result.pop("out")
        report["suggest_after_import"] = result
    if "naive" in steps:
        per_need = naive_per_need(doc)
        report["naive_per_need_ms"] = round(per_need * 1000, 1)
        report["naive_for_all_needs_s"] = round(per_need * args.needs, 1)
        if "suggest_after_import" in report:
            report["speedup_vs_naive"] = round(
                per_need * args.needs / report["suggest_after_import"]["s"], 1
            )
    if "burst" in steps:
        report["worker_burst"] = run([*flask, "worker", "--burst"], env)
    if "suggest_prepared" in steps:
        result = run(suggest, env, stdout=subprocess.PIPE)
        second = result.pop("out")
        report["suggest_after_burst"] = result
        if first is not None:
            report["identical_output"] = first == second
    code = ("from marketplace import create_app\n"
            "from marketplace.services.suggesting.preparation import Preparer\n"
            "app = create_app()\n"
            "with app.app_context():\n"
            "    p = Preparer(); p.hold_lease(); p.load(); p.release_lease()\n")  # fmt: skip
    if "coldstart_db" in steps:
        (workdir / "matching" / "index.pickle").unlink(missing_ok=True)
        report["worker_cold_start_from_database"] = run([sys.executable, "-c", code], env)
    if "coldstart" in steps:
        report["worker_cold_start"] = run([sys.executable, "-c", code], env)
    for value in report.values():
        if isinstance(value, dict):
            value.pop("out", None)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
