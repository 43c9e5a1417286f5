"""Sign-in time for a known and an unknown email, with the real scrypt hasher (not a test).

Posts wrong passwords to ``/auth/login`` through the test client on a throwaway SQLite
database and prints the median and p90 per case; the two should match.

    .venv/bin/python benchmarks/bench_login_timing.py [--rounds 40]
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

from marketplace import create_app  # noqa: E402
from marketplace.extensions import db  # noqa: E402
from marketplace.services.accounts import users  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.db",
                "SECRET_KEY": secrets.token_hex(32),
                "WTF_CSRF_ENABLED": False,
                "RATELIMIT_ENABLED": False,
                "PASSWORD_STRENGTH_CHECK": False,
                "MAIL_LOG_OUTBOX": False,
            }
        )
        with app.app_context():
            db.create_all()
            users.register(email="ada@example.org", name="Ada", password="kopi-hujan-9x")
        client = app.test_client()
        print(f"hash method: {app.config['PASSWORD_HASH_METHOD']}, rounds: {rounds}")
        times: dict[str, list[float]] = {"known": [], "unknown": []}
        for i in range(rounds + 2):
            for case, email in (("known", "ada@example.org"), ("unknown", f"no{i}@example.org")):
                start = time.perf_counter()
                client.post("/auth/login", data={"email": email, "password": "wrong-pass-1"})
                if i >= 2:  # the first rounds warm caches (and make the timing hash)
                    times[case].append((time.perf_counter() - start) * 1000)
        for case, values in times.items():
            values.sort()
            p90 = values[int(len(values) * 0.9) - 1]
            print(f"{case:8s} median {statistics.median(values):6.1f} ms   p90 {p90:6.1f} ms")


if __name__ == "__main__":
    main()
