"""Bulk JSON files in the import format, from the deterministic corpus of bench_matching.

    .venv/bin/python benchmarks/bulk_corpus.py OUT.json --offers 100000 --needs 10000

Records are written one at a time, so a 1M-offer file never sits in memory. Groups and
providers are spread over the real provinces; each provider posts ten offers and each
group five needs (the file names them by ref).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_matching import PROVINCES, Corpus  # noqa: E402

from marketplace import regions  # noqa: E402

OFFERS_PER_PROVIDER = 10
NEEDS_PER_GROUP = 5


def _province_names() -> dict[str, str]:
    names = [p.name for p in regions.provinces()]
    return {key: names[i % len(names)] for i, key in enumerate(PROVINCES)}


def write_bulk(path: Path, *, offers: int, needs: int, seed: int = 7) -> dict[str, int]:
    """Write the file; return how many records of each array it holds."""
    corpus, province = Corpus(seed), _province_names()
    n_providers = -(-offers // OFFERS_PER_PROVIDER)
    n_groups = -(-needs // NEEDS_PER_GROUP)
    with path.open("w", encoding="utf-8") as out:

        def array(name: str, records, last: bool = False) -> None:
            out.write(f'"{name}": [\n')
            for i, record in enumerate(records):
                out.write((",\n" if i else "") + json.dumps(record, ensure_ascii=False))
            out.write("\n]" + ("" if last else ",\n"))

        out.write("{\n")
        array(
            "groups",
            (
                {"ref": f"g{i}", "name": f"Kelompok {i}", "province": province[PROVINCES[i % 38]],
                 "members": 10 + i % 30}
                for i in range(n_groups)
            ),
        )  # fmt: skip
        array(
            "providers",
            (
                {"ref": f"p{i}", "name": f"Penyedia {i}", "province": province[PROVINCES[i % 38]],
                 "type": ("trainer", "buyer", "supplier", "programme")[i % 4]}
                for i in range(n_providers)
            ),
        )  # fmt: skip
        array("needs", (_need(corpus.need(i), i % n_groups) for i in range(needs)))
        array(
            "offers",
            (_offer(corpus.offer(i), i // OFFERS_PER_PROVIDER, province) for i in range(offers)),
            last=True,
        )
        out.write("\n}\n")
    return {"groups": n_groups, "providers": n_providers, "needs": needs, "offers": offers}


def _need(need, group: int) -> dict:
    return {
        "ref": need.id,
        "group": f"g{group}",
        "kind": need.kind,
        "title": need.title,
        "description": need.description,
        "quantity": need.quantity,
    }


def _offer(offer, provider: int, province: dict[str, str]) -> dict:
    return {
        "ref": offer.id,
        "provider": f"p{provider}",
        "kind": offer.kind,
        "title": offer.title[:200],
        "description": offer.description,
        "tags": list(offer.tags),
        "service_area": sorted({province[key] for key in offer.area_keys}),
        "capacity": offer.capacity,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=10_000)
    args = parser.parse_args()
    counts = write_bulk(args.out, offers=args.offers, needs=args.needs)
    print(json.dumps(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
