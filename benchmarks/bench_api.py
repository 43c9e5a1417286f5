"""The JSON API's answer times through the test client on a throwaway SQLite database.

Builds the schema with the migrations, posts ``--needs`` needs through the services, makes
a token, then times (median and p95, milliseconds): a page of needs, the next pages by
cursor, one need, the same need with ``If-None-Match`` (304), and posting a need.

    .venv/bin/python benchmarks/bench_api.py [--needs 2000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flask_migrate import upgrade  # noqa: E402

from marketplace import create_app  # noqa: E402
from marketplace.services.accounts import users  # noqa: E402
from marketplace.services.integrations import tokens  # noqa: E402
from marketplace.services.listings import posting  # noqa: E402
from marketplace.services.parties import groups  # noqa: E402


def _timed(rounds: int, call) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--needs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.db",
                "SECRET_KEY": secrets.token_hex(32),
                "RATELIMIT_ENABLED": False,
                "PASSWORD_STRENGTH_CHECK": False,
                "MAIL_LOG_OUTBOX": False,
                "HUEY_IMMEDIATE": True,
            }
        )
        with app.app_context():
            upgrade()
            chair = users.register(
                email="ketua@example.org", name="Ketua", password="kopi-hujan-9x-H"
            )
            group = groups.create_group(
                creator=chair,
                fields={"name": "Kelompok", "province_code": "34", "regency_code": "34.04"},
            )
            for i in range(args.needs):
                posting.create_need(
                    group=group,
                    by=chair,
                    fields={"kind": "training", "title": f"Pelatihan membuat tahu {i}"},
                )
            _token, raw = tokens.create_token(chair, name="bench", scopes=["read", "write"])
            group_id = group.id
        client = app.test_client()
        headers = {"Authorization": f"Bearer {raw}", "Accept-Encoding": "identity"}
        first = client.get("/api/v1/needs?limit=50", headers=headers).json
        need_id = first["items"][0]["id"]
        etag = client.get(f"/api/v1/needs/{need_id}", headers=headers).headers["ETag"]

        def pages() -> None:
            url = "/api/v1/needs?limit=50"
            for _ in range(10):
                url = client.get(url, headers=headers).json["next"]

        posted = iter(range(10**9))
        cases = {
            "GET /needs?limit=50 (first page)": lambda: client.get(
                "/api/v1/needs?limit=50", headers=headers
            ),
            "10 further pages by cursor (all 10)": pages,
            "GET /needs/ID": lambda: client.get(f"/api/v1/needs/{need_id}", headers=headers),
            "GET /needs/ID with If-None-Match (304)": lambda: client.get(
                f"/api/v1/needs/{need_id}", headers=headers | {"If-None-Match": etag}
            ),
            "POST /groups/ID/needs": lambda: client.post(
                f"/api/v1/groups/{group_id}/needs",
                json={"kind": "training", "title": f"Kursus {next(posted)}"},
                headers=headers,
            ),
        }
        print(f"{args.needs} needs, {args.rounds} rounds each (ms: median / p95)")
        for name, call in cases.items():
            rounds = args.rounds // 10 if name.startswith("10 ") else args.rounds
            median, p95 = _timed(rounds, call)
            print(f"  {name:42s} {median:7.2f} / {p95:7.2f}")


if __name__ == "__main__":
    main()
