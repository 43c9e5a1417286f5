"""The pages under load: gunicorn × 4 in production mode on PostgreSQL (not a test).

    .venv/bin/python benchmarks/bench_pages.py            # build the database, then measure
    .venv/bin/python benchmarks/bench_pages.py --reuse    # measure again on the built database
    .venv/bin/python benchmarks/bench_pages.py --drop     # drop the database afterwards
    .venv/bin/python benchmarks/bench_pages.py --reuse --repo /tmp/old   # serve older code

Builds ``bench_pages`` (``--database``; dropped and created again unless ``--reuse``):
100,000 needs and 100,000 offers from ``bulk_corpus.py`` through ``flask import-data``
needs aged over the last 30 days (then ``VACUUM ANALYZE``, as autovacuum would after a
bulk load), and demo-like accounts: a facilitator covering one province (a caseload of ~530
groups and ~2,600 needs), the chair of one of those groups and a member of a provider with
ten offers. Suggestions are prepared by the worker's own engine
(``services/preparation.Preparer``: load every stored profile, apply the change log, rank)
for what the benchmark visits only: the reviewed needs, the chair's needs and the
provider's offers, plus the unmet-demand count; a full ``worker --burst`` over 100k needs
and 100k offers takes far longer than this benchmark should. A few proposals give the
pages matches to show.

Then gunicorn with 4 sync workers (``MARKETPLACE_ENV=production``, ``SECRET_KEY`` and
``PUBLIC_URL`` from this process, never stored; ``FLASK_FORCE_HTTPS=0`` as behind a TLS
proxy) and, in the same run, a Flask hello-world on the same gunicorn settings. Measured:
each web worker's start (launch → first answer), the review page's first request on
fresh workers (4 at once right after start, so each idle worker takes one), then wrk
(``--connections``: 8, then 2 connections; ``--seconds`` per page; a Lua script rotating
URLs and sending the session cookie) per page: p50/p95/p99 and req/s, then each worker's
RSS. On a shared machine wall time mostly measures the queue for a core, so the CPU is
measured too: the CPU the web workers and the PostgreSQL backends spent per request during
each wrk run (from /proc), and the CPU a worker spends importing the app (``import wsgi``).
Everything runs on 127.0.0.1 and is bounded in time; both servers are stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
DEFAULT_DB = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_pages"
PASSWORD = "bench-pages-Rotan-2026"  # local benchmark accounts only
FACILITATOR, CHAIR, PROVIDER = (
    "pendamping@bench.pasar.id",
    "ketua@bench.pasar.id",
    "pelatih@bench.pasar.id",
)
REVIEWED = 200  # needs of the caseload the review page rotates over
QUERIES = ("tahu", "rotan", "pelatihan kopi", "batik", "lele", "madu", "keripik", "sapi")

LUA = r"""
local paths, cookie, i = {}, "", 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  cookie = args[2] or ""
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  local headers = {}
  if cookie ~= "" then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[i], headers)
end
function done(summary, latency, requests)
  local s = summary
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.3f, "p50": %.2f, "p95": %.2f, "p99": %.2f, ' ..
    '"max": %.2f, "status_errors": %d, "socket_errors": %d}\n',
    s.requests, s.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, s.errors.status,
    s.errors.connect + s.errors.read + s.errors.write + s.errors.timeout))
end
"""

HELLO = """
from flask import Flask
app = Flask(__name__)
@app.get("/")
def hello():
    return "Hello, World!"
"""


# ----------------------------------------------------------------------------- build
def build(url: str, env: dict, workdir: Path) -> None:
    base, name = url.rsplit("/", 1)
    admin = f"{base.replace('+psycopg', '')}/postgres"
    for sql in (f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", admin, "-q", "-c", sql], check=True)
    flask = [sys.executable, "-m", "flask"]
    subprocess.run([*flask, "db", "upgrade"], cwd=ROOT, env=env, check=True)
    bulk = workdir / "bulk.json"
    subprocess.run([sys.executable, str(HERE / "bulk_corpus.py"), str(bulk),
                    "--offers", "100000", "--needs", "100000"], check=True)  # fmt: skip
    start = time.perf_counter()
    subprocess.run([*flask, "import-data", str(bulk)], cwd=ROOT, env=env, check=True,
                   stderr=subprocess.DEVNULL)  # fmt: skip
    print(f"import-data {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--stage", "accounts"], cwd=ROOT, env=env, check=True)
    print(f"accounts and prepared suggestions {time.perf_counter() - start:.1f} s", flush=True)
    # What autovacuum does after a bulk load: statistics, and GIN pending lists merged.
    subprocess.run(["psql", url.replace("+psycopg", ""), "-q", "-c", "VACUUM ANALYZE"], check=True)


def stage_accounts() -> None:
    """Inside the app (development mode): accounts, aged needs, prepared rows, proposals."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import select, text

    from marketplace import create_app
    from marketplace.extensions import db
    from marketplace.models import (
        Group,
        GroupMembership,
        Provider,
        ProviderMember,
        User,
    )
    from marketplace.models.base import utcnow
    from marketplace.services.accounts.passwords import hash_password
    from marketplace.services.curation import caseload
    from marketplace.services.suggesting.preparation import Preparer

    app = create_app()
    with app.app_context():
        db.session.execute(text(
            "UPDATE needs SET created_at = now() - make_interval(days => id % 30, hours => id % 24)"
        ))  # fmt: skip
        users = {}
        for email, name, roles in (
            (FACILITATOR, "Dewi Pendamping", {"is_facilitator": True}),
            (CHAIR, "Pak Slamet", {}),
            (PROVIDER, "Bu Sri Rahayu", {}),
        ):
            users[email] = User(email=email, name=name, password_hash=hash_password(PASSWORD),
                                email_confirmed_at=utcnow(), **roles)  # fmt: skip
            db.session.add(users[email])
        db.session.flush()
        group = db.session.scalar(select(Group).where(Group.ref == "g7"))
        provider = db.session.scalar(select(Provider).where(Provider.ref == "p0"))
        db.session.add(GroupMembership(group_id=group.id, user_id=users[CHAIR].id, role="ketua"))
        db.session.add(ProviderMember(provider_id=provider.id, user_id=users[PROVIDER].id))
        db.session.commit()
        caseload.assign(facilitator=users[FACILITATOR], province_code=group.province_code)
        reviewed, own, offers = _visited(db, group, provider)
        start = time.perf_counter()
        preparer = Preparer()
        preparer.hold_lease()
        preparer.load()
        while preparer.apply_pending():  # the import logs one "all" change: a reload
            pass
        print(f"  worker engine loaded in {time.perf_counter() - start:.1f} s", flush=True)
        preparer.rank_needs(reviewed + own)
        preparer.rank_offers(offers)
        db.session.commit()
        preparer.count_demand()
        preparer.heartbeat()
        preparer.release_lease()
        print(f"  prepared {len(reviewed) + len(own)} needs, {len(offers)} offers "
              f"in {time.perf_counter() - start:.1f} s", flush=True)  # fmt: skip
    stage_proposals()


def _visited(db, group, provider) -> tuple[list[int], list[int], list[int]]:
    """The needs the review page rotates over, the chair's needs, the provider's offers."""
    from sqlalchemy import select

    from marketplace.models import Group, Need, Offer

    reviewed = list(db.session.scalars(
        select(Need.id).join(Group).where(Group.province_code == group.province_code,
                                          Need.status == "open")
        .order_by(Need.id).limit(REVIEWED)
    ))  # fmt: skip
    own = list(db.session.scalars(select(Need.id).where(Need.group_id == group.id)))
    offers = list(db.session.scalars(select(Offer.id).where(Offer.provider_id == provider.id)))
    return reviewed, own, offers


def stage_proposals() -> None:
    """A few proposals so the pages have matches to show; the visited ids to a file."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import select

    from marketplace import create_app
    from marketplace.extensions import db
    from marketplace.models import Group, Match, Need, Provider, User
    from marketplace.services.curation import actions
    from marketplace.services.suggesting import prepared

    app = create_app()
    with app.app_context():
        group = db.session.scalar(select(Group).where(Group.ref == "g7"))
        provider = db.session.scalar(select(Provider).where(Provider.ref == "p0"))
        facilitator = db.session.scalar(select(User).where(User.email == FACILITATOR))
        reviewed, own, offers = _visited(db, group, provider)
        if db.session.scalar(select(Match.id).limit(1)) is None:
            for need_id in dict.fromkeys(own[:2] + reviewed[:6]):  # the chair's are reviewed too
                need = db.session.get(Need, need_id)
                rows = prepared.for_need(need, k=1)
                if rows:
                    actions.propose(need, rows[0][0], by=facilitator, note="bench")
        ids_file = Path(os.environ["BENCH_PAGES_IDS"])
        ids_file.write_text(json.dumps({"reviewed": reviewed, "own": own, "offers": offers}))
        print(f"  ids in {ids_file}", flush=True)


# ---------------------------------------------------------------------------- serve
def gunicorn(app_spec: str, port: int, env: dict, workers: int, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-w", str(workers),
         "-b", f"127.0.0.1:{port}", "--log-level", "warning", app_spec],
        cwd=cwd, env=env, start_new_session=True,
    )  # fmt: skip


def get(url: str, cookie: str = "", timeout: float = 60) -> tuple[int, bytes, dict]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:  # nosec B310 (127.0.0.1)
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_ready(url: str, proc: subprocess.Popen, limit: float = 60) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if proc.poll() is not None:
            raise SystemExit(f"server at {url} exited")
        try:
            get(url, timeout=5)
            return time.perf_counter() - start
        except OSError:
            time.sleep(0.02)
    raise SystemExit(f"server at {url} did not answer in {limit} s")


def login(base: str, email: str) -> str:
    """Sign in through the login form; the session cookie as a Cookie header value."""
    status, body, headers = get(f"{base}/auth/login")
    jar = _cookies(headers)
    token = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', body)
    token = token or re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', body)
    data = urllib.parse.urlencode({"csrf_token": token.group(1).decode(), "email": email,
                                   "password": PASSWORD}).encode()  # fmt: skip
    request = urllib.request.Request(f"{base}/auth/login", data=data,
                                     headers={"Cookie": _header(jar)})  # fmt: skip
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(request, timeout=30)  # nosec B310 (127.0.0.1)
        raise SystemExit(f"login of {email} did not redirect")
    except urllib.error.HTTPError as error:
        if error.code != 302:
            raise SystemExit(f"login of {email}: {error.code}") from error
        jar.update(_cookies(dict(error.headers), all_headers=error.headers))
    return _header(jar)


def _cookies(headers: dict, all_headers=None) -> dict:
    values = all_headers.get_all("Set-Cookie") if all_headers is not None else (
        [headers["Set-Cookie"]] if "Set-Cookie" in headers else [])  # fmt: skip
    jar = {}
    for value in values or []:
        name, _, rest = value.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def _header(jar: dict) -> str:
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def rss_mib(master: int) -> list[float]:
    out = subprocess.run(["ps", "-o", "pid=,rss=", "--ppid", str(master)],
                         capture_output=True, text=True).stdout  # fmt: skip
    return [round(int(line.split()[1]) / 1024, 1) for line in out.strip().splitlines()]


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU of each process so far (from /proc; a gone process is left out)."""
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / TICK
    return found


def server_pids(master: int, database: str) -> tuple[list[int], list[int]]:
    """The gunicorn workers, and the PostgreSQL backends serving this database."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)],
                         capture_output=True, text=True).stdout  # fmt: skip
    workers = [int(p) for p in out.split()]
    name = database.rsplit("/", 1)[1]
    base = database.rsplit("/", 1)[0].replace("+psycopg", "")
    out = subprocess.run(
        ["psql", f"{base}/postgres", "-Atc",
         f"SELECT pid FROM pg_stat_activity WHERE datname = '{name}'"],
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    return workers, [int(p) for p in out.split()]


def wrk(base: str, paths: list[str], cookie: str, seconds: int, connections: int,
        workdir: Path) -> dict:  # fmt: skip
    listing = workdir / f"paths-{secrets.token_hex(4)}.txt"
    listing.write_text("\n".join(paths) + "\n")
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
         "-s", str(workdir / "rotate.lua"), base, "--", str(listing), cookie],
        capture_output=True, text=True, timeout=seconds + 60,
    ).stdout  # fmt: skip
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT ") :])
    result["rps"] = round(result["requests"] / result["seconds"], 1)
    return result


def import_cost(env: dict, repo: Path) -> dict:
    """What a web worker does before it serves: import wsgi (create_app), wall and CPU."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", "import wsgi"], cwd=repo, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("import wsgi failed")
    return {"wall_s": round(time.perf_counter() - start, 2),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "maxrss_mib": round(usage.ru_maxrss / 1024)}  # fmt: skip


def measure(url: str, ids: dict, args, workdir: Path) -> dict:
    env = {**os.environ, "DATABASE_URL": url, "MARKETPLACE_ENV": "production",
           "SECRET_KEY": secrets.token_urlsafe(48), "PUBLIC_URL": "https://pasar.bench.test",
           "FLASK_FORCE_HTTPS": "0", "PYTHONDONTWRITEBYTECODE": "1"}  # fmt: skip
    env.pop("REDIS_URL", None)
    (workdir / "rotate.lua").write_text(LUA)
    (workdir / "hello.py").write_text(HELLO)
    app_port, hello_port = args.port, args.port + 1
    app_base, hello_base = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{hello_port}"
    report: dict = {"connections": args.connections, "seconds_per_page": args.seconds}
    report["app_import"] = import_cost(env, args.repo)
    servers = []
    try:
        launched = time.perf_counter()
        app = gunicorn("wsgi:app", app_port, env, 4, args.repo)
        servers.append(app)
        report["web_start_s"] = round(wait_ready(f"{app_base}/privacy", app), 2)
        hello = gunicorn("hello:app", hello_port, env, 4, workdir)
        servers.append(hello)
        wait_ready(hello_base + "/", hello)
        cookies = {who: login(app_base, who) for who in (FACILITATOR, CHAIR, PROVIDER)}
        # The review page's first request on fresh workers: 4 at once, one per idle worker.
        import concurrent.futures as futures

        def timed(need_id: int) -> float:
            start = time.perf_counter()
            status, _, _ = get(f"{app_base}/facilitate/needs/{need_id}", cookies[FACILITATOR])
            assert status == 200, status  # nosec B101 (benchmark)
            return round((time.perf_counter() - start) * 1000, 1)

        with futures.ThreadPoolExecutor(4) as pool:
            report["review_first_requests_ms"] = list(pool.map(timed, ids["reviewed"][-4:]))
        report["since_launch_s"] = round(time.perf_counter() - launched, 1)
        pages = {
            "hello-world": (hello_base, ["/"], ""),
            "review (facilitator)": (
                app_base, [f"/facilitate/needs/{i}" for i in ids["reviewed"]],
                cookies[FACILITATOR]),
            "need page (chair)": (app_base, [f"/needs/{i}" for i in ids["own"]], cookies[CHAIR]),
            "provider home": (app_base, ["/dashboard"], cookies[PROVIDER]),
            "caseload": (app_base, [f"/facilitate/?page={p}" for p in range(1, 6)],
                         cookies[FACILITATOR]),
            "dashboard (facilitator)": (app_base, ["/facilitate/dashboard"], cookies[FACILITATOR]),
            "need search": (app_base, [f"/needs/?q={urllib.parse.quote(q)}" for q in QUERIES],
                            cookies[FACILITATOR]),
            "offer search": (app_base, [f"/offers/?q={urllib.parse.quote(q)}" for q in QUERIES],
                             cookies[FACILITATOR]),
            # beyond the seven: what every visitor opens first
            "home (visitor)": (app_base, ["/"], ""),
            "browse needs (visitor)": (app_base, [f"/needs/?page={p}" for p in (1, 2, 10, 50)], ""),
            "browse offers (visitor)": (app_base, [f"/offers/?page={p}" for p in (1, 2, 10, 50)],
                                        ""),
        }  # fmt: skip
        only = set(args.pages.split(",")) if args.pages else None
        results = {}
        for connections in args.connections:
            for name, (base, paths, cookie) in pages.items():
                if only and name != "hello-world" and not any(o in name for o in only):
                    continue
                status, body, _ = get(base + paths[0], cookie)
                if status != 200:
                    raise SystemExit(f"{name}: {paths[0]} answered {status}")
                master = hello.pid if name == "hello-world" else app.pid
                workers, backends = server_pids(master, url)
                before = cpu_seconds(workers), cpu_seconds(backends)
                result = wrk(base, paths, cookie, args.seconds, connections, workdir)
                workers, backends = server_pids(master, url)
                after = cpu_seconds(workers), cpu_seconds(backends)
                for key, then, now in (("web", before[0], after[0]), ("db", before[1], after[1])):
                    used = sum(cpu - then.get(pid, 0.0) for pid, cpu in now.items())
                    result[f"{key}_cpu_ms_per_request"] = round(
                        1000 * used / max(1, result["requests"]), 2
                    )
                result["bytes"] = len(body)
                results[f"{name} @{connections}"] = result
                print(f"{name:24} @{connections:<2} p50 {result['p50']:7.1f}  "
                      f"p95 {result['p95']:7.1f}  p99 {result['p99']:7.1f} ms  "
                      f"{result['rps']:7.1f} req/s  {len(body) // 1024:3d} kB  "
                      f"cpu/req web {result['web_cpu_ms_per_request']:5.1f} "
                      f"db {result['db_cpu_ms_per_request']:4.1f} ms  "
                      f"errors {result['status_errors']}+{result['socket_errors']}",
                      flush=True)  # fmt: skip
        report["pages"] = results
        report["rss_mib_after"] = rss_mib(app.pid)
        report["hello_rss_mib_after"] = rss_mib(hello.pid)
    finally:
        for proc in servers:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in servers:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default=DEFAULT_DB)
    parser.add_argument("--reuse", action="store_true", help="measure on the built database")
    parser.add_argument("--drop", action="store_true", help="drop the database at the end")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page")
    parser.add_argument(
        "--connections",
        type=lambda v: [int(c) for c in v.split(",")],
        default=[8, 2],
        help="wrk connections, one run per value (default 8,2)",
    )
    parser.add_argument("--port", type=int, default=8750)
    parser.add_argument("--pages", default="", help="comma-separated name parts (default: all)")
    parser.add_argument(
        "--ids", type=Path, default=Path(tempfile.gettempdir()) / "bench_pages_ids.json"
    )
    parser.add_argument("--repo", type=Path, default=ROOT, help="serve this checkout's code")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage in ("accounts", "proposals"):
        (stage_accounts if args.stage == "accounts" else stage_proposals)()
        return
    if not args.database.rsplit("/", 1)[1].startswith("bench_pages"):
        raise SystemExit("the database's name must start with bench_pages")
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    env = {**os.environ, "DATABASE_URL": args.database, "FLASK_APP": "marketplace",
           "MARKETPLACE_ENV": "development", "SECRET_KEY": secrets.token_urlsafe(48),
           "FLASK_HUEY_SQLITE_FILE": str(workdir / "jobs.db"),
           "BENCH_PAGES_IDS": str(args.ids)}  # fmt: skip
    env.pop("REDIS_URL", None)
    if not args.reuse:
        build(args.database, env, workdir)
    else:
        subprocess.run([sys.executable, "-m", "flask", "db", "upgrade"], cwd=ROOT, env=env,
                       check=True, stderr=subprocess.DEVNULL)  # fmt: skip
    ids = json.loads(args.ids.read_text())
    report = measure(args.database, ids, args, workdir)
    print(json.dumps(report, indent=1))
    if args.drop:
        base, name = args.database.rsplit("/", 1)
        subprocess.run(["psql", f"{base.replace('+psycopg', '')}/postgres", "-q", "-c",
                        f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=True)  # fmt: skip


if __name__ == "__main__":
    main()
