"""Speed benchmark of the matching engine (not a test).

Generates a deterministic corpus (subject words from the lexicon, generic boilerplate and
noise, Indonesian and English) and prints, for each size, index build time and peak memory,
top-10 latency for one new need (median, p95), incremental update latency, the naive
rapidfuzz baseline and the speed ratio, and a full re-match of many needs.

    .venv/bin/python benchmarks/bench_matching.py --quick          # 100k offers, ~1 min
    .venv/bin/python benchmarks/bench_matching.py                  # 100k and 1M offers

Each size runs in its own child process so that peak memory is per size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz, process  # noqa: E402

from marketplace.matching import MatchEngine, NeedInput, OfferInput  # noqa: E402
from marketplace.matching.lexicon import Lexicon  # noqa: E402

KINDS = ("training", "market", "resource")
PROVINCES = [f"prov{i:02d}" for i in range(38)]
TITLES = {
    ("training", "id"): [
        "Pelatihan {s}",
        "Kursus {s} bersertifikat",
        "Jasa pelatih {s}",
        "Pendampingan teknis {s}",
        "Workshop {s} untuk kelompok",
    ],
    ("training", "en"): [
        "{s} training",
        "Hands-on {s} workshop",
        "Course: {s} for groups",
        "Trainer available for {s}",
    ],
    ("market", "id"): [
        "Membeli {s}",
        "Dicari pemasok {s}",
        "Kami beli {s} rutin",
        "Pengepul {s} tiap minggu",
    ],
    ("market", "en"): ["Buying {s}", "Sourcing {s} for export", "Regular buyer of {s}"],
    ("resource", "id"): [
        "Bantuan alat {s}",
        "Pinjaman modal usaha {s}",
        "Penyediaan bibit {s}",
        "Hibah peralatan {s}",
    ],
    ("resource", "en"): [
        "Equipment grant for {s}",
        "Low-interest loans for {s} groups",
        "Supplies for {s}",
    ],
}
BOILER = {
    "id": [
        "Kami menyelenggarakan kegiatan langsung praktik untuk kelompok masyarakat.",
        "Bisa datang ke lokasi desa.",
        "Harga terjangkau, kualitas baik dan kontinu.",
        "Berpengalaman di berbagai desa.",
        "Hubungi kami untuk info lebih lanjut.",
    ],
    "en": [
        "Practical sessions for community groups, we travel to villages.",
        "Fair price, steady volumes, quality checked.",
        "Experienced team, certified.",
        "Contact us for details.",
    ],
}
NEED_TITLES = [
    "Butuh pelatihan {s} utk kel. kami",
    "Kami ingin belajar {s}",
    "jual {s} cari pembeli tetap",
    "Mohon bantuan {s} utk {n} org",
    "Looking for {s} support for our group",
    "cari pasar utk {s}",
]
SYLL = ["ka", "ri", "mo", "tu", "la", "pe", "sa", "no", "gu", "be", "di", "ra", "ya", "ko", "ma"]


def typo(word: str, rnd: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rnd.randrange(1, len(word) - 1)
    op = rnd.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


class Corpus:
    """Deterministic generator of offers and needs."""

    def __init__(self, seed: int = 7) -> None:
        self.rnd = random.Random(seed)
        lex = Lexicon.load()
        self.subjects = [
            (c.forms.get("id", ()), c.forms.get("en", ())) for c in lex.concepts.values()
        ]
        if not self.subjects:
            raise SystemExit("the lexicon is empty")
        self.rnd.shuffle(self.subjects)
        n = len(self.subjects)
        self.weights = [1.0 / (i + 1) ** 0.8 for i in range(n)]  # Zipf-like popularity
        self.noise = [
            "".join(self.rnd.choice(SYLL) for _ in range(self.rnd.randint(2, 4)))
            for _ in range(20_000)
        ]

    def _subject(self, lang: str) -> str:
        ind, eng = self.rnd.choices(self.subjects, self.weights)[0]
        forms = ind if lang == "id" else eng
        return self.rnd.choice(forms or ind or eng)

    def _areas(self) -> tuple[str, ...]:
        if self.rnd.random() < 0.3:
            return ()
        return tuple(sorted(self.rnd.sample(PROVINCES, self.rnd.randint(1, 4))))

    def offer(self, i: int) -> OfferInput:
        r = self.rnd
        kind = r.choice(KINDS)
        lang = "id" if r.random() < 0.6 else "en"
        subj = self._subject(lang)
        if r.random() < 0.3:
            subj += (" dan " if lang == "id" else " and ") + self._subject(lang)
        title = r.choice(TITLES[(kind, lang)]).format(s=subj)
        desc = " ".join(r.sample(BOILER[lang], 2)) + " " + " ".join(r.sample(self.noise, 3))
        base = r.choice(PROVINCES)
        return OfferInput(
            id=f"o{i}",
            kind=kind,
            title=title,
            description=desc,
            tags=(subj.split()[0],),
            area_keys=self._areas(),
            base_keys=(base,),
            lat=r.uniform(-9, 4),
            lon=r.uniform(95, 140),
            capacity=r.choice((10, 20, 30, 50, 100)),
            verified=r.random() < 0.4,
        )

    def need(self, i: int) -> NeedInput:
        r = self.rnd
        subj = self._subject("id" if r.random() < 0.8 else "en")
        if r.random() < 0.15:
            subj = " ".join(typo(w, r) for w in subj.split())
        title = r.choice(NEED_TITLES).format(s=subj, n=r.randint(10, 40))
        prov = r.choice(PROVINCES)
        return NeedInput(
            id=f"n{i}",
            kind=r.choice(KINDS),
            title=title,
            description=" ".join(r.sample(self.noise, 2)) + " Lokasi desa kami jauh dari kota.",
            area_keys=(prov, f"{prov}/reg{r.randrange(10)}"),
            lat=r.uniform(-9, 4),
            lon=r.uniform(95, 140),
            quantity=r.randint(10, 40),
        )


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int, args: argparse.Namespace) -> dict:
    corpus = Corpus(args.seed)
    t = time.perf_counter()
    offers = [corpus.offer(i) for i in range(n)]
    needs = [corpus.need(i) for i in range(max(args.needs, args.queries))]
    out: dict = {"offers": n, "generate_s": time.perf_counter() - t}
    t = time.perf_counter()
    engine = MatchEngine()
    engine.build(offers)
    out["build_s"] = time.perf_counter() - t
    out["peak_mib_after_build"] = maxrss_mib()
    queries = needs[: args.queries]
    lat = []
    for need in queries:
        t = time.perf_counter()
        engine.top_k(need, 10)
        lat.append((time.perf_counter() - t) * 1000)
    out["top10_median_ms"], out["top10_p95_ms"] = statistics.median(lat), pct(lat, 0.95)
    upd, rnd = [], random.Random(1)
    for i in range(args.queries):
        old = offers[rnd.randrange(n)]
        changed = replace(old, title=old.title + " baru", capacity=(old.capacity or 0) + 1)
        t = time.perf_counter()
        engine.upsert_offer(changed if i % 2 else corpus.offer(n + i))
        upd.append((time.perf_counter() - t) * 1000)
    out["update_median_ms"], out["update_p95_ms"] = statistics.median(upd), pct(upd, 0.95)
    if n <= args.naive_max:
        by_kind: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        for o in offers:
            by_kind[o.kind][o.id] = f"{o.title} {o.description} {' '.join(o.tags)}"
        naive = []
        for need in queries[: args.naive_queries]:
            t = time.perf_counter()
            process.extract(
                f"{need.title} {need.description}",
                by_kind[need.kind],
                scorer=fuzz.token_set_ratio,
                limit=10,
            )
            naive.append((time.perf_counter() - t) * 1000)
        out["naive_median_ms"] = statistics.median(naive)
        out["speedup_vs_naive"] = out["naive_median_ms"] / out["top10_median_ms"]
    if args.needs and n <= args.rematch_max:
        del engine
        out["rematch_needs"] = args.needs
        for workers in sorted({1, args.workers}):
            for explain in (True, False):
                t = time.perf_counter()
                fresh = MatchEngine()
                fresh.build(offers, workers=workers)
                fresh.match_all(needs[: args.needs], 10, workers=workers, explain=explain)
                label = "" if explain else "_ids"
                out[f"rematch_s_incl_build_w{workers}{label}"] = time.perf_counter() - t
                del fresh
    out["peak_mib"] = maxrss_mib()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated offer counts")
    parser.add_argument("--quick", action="store_true", help="100k offers only")
    parser.add_argument("--needs", type=int, default=10_000, help="needs in the full re-match")
    parser.add_argument("--queries", type=int, default=300, help="single-need queries timed")
    parser.add_argument("--naive-queries", type=int, default=10)
    parser.add_argument("--naive-max", type=int, default=100_000)
    parser.add_argument("--rematch-max", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args)))
        return 0
    sizes = [100_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    print(f"cores (os.cpu_count): {os.cpu_count()}  workers: {args.workers}  seed: {args.seed}")
    passthrough = [a for a in sys.argv[1:] if a != "--quick"]
    for n in sizes:
        cmd = [sys.executable, __file__, "--child", str(n), *passthrough]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode:
            print(res.stderr, file=sys.stderr)
            return res.returncode
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"\n== {n:,} open offers ==")
        print(
            f"index build           {r['build_s']:.2f} s   (corpus generated in "
            f"{r['generate_s']:.1f} s)"
        )
        print(
            f"peak memory (maxrss)  {r['peak_mib']:.0f} MiB "
            f"(after build {r['peak_mib_after_build']:.0f} MiB)"
        )
        print(
            f"top-10, one new need  median {r['top10_median_ms']:.2f} ms   "
            f"p95 {r['top10_p95_ms']:.2f} ms"
        )
        print(
            f"upsert one offer      median {r['update_median_ms']:.3f} ms   "
            f"p95 {r['update_p95_ms']:.3f} ms"
        )
        if "naive_median_ms" in r:
            print(
                f"naive rapidfuzz top-10 median {r['naive_median_ms']:.1f} ms   -> engine is "
                f"{r['speedup_vs_naive']:.0f}x faster"
            )
        for key in sorted(k for k in r if k.startswith("rematch_s_incl_build_w")):
            workers, _, ids_only = key.rsplit("_w", 1)[1].partition("_")
            what = "ranking only (what `suggest` prints)" if ids_only else "with reasons"
            print(
                f"full re-match {r['rematch_needs']:,} needs x {n:,} offers (build included), "
                f"{workers} worker(s), {what}: {r[key]:.2f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
