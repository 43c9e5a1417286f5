#!/usr/bin/env python3
"""Validate the matching evaluation set and report the naive fuzzy baseline.

Reads ``eval-marketplace.json`` and ``eval-marketplace.truth.json`` from this
directory, checks them against the bulk import format and the labelling rules
(same kind, reach covers the group's province or is empty), then ranks offers
for every need with ``rapidfuzz.fuzz.token_set_ratio`` over title+description
(same kind, in reach) and prints hit@1 and recall@10.

Run: ``.venv/bin/python tests/matching/data/eval/check_eval_set.py``
Exits non-zero if any check fails.
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "eval-marketplace.json"
TRUTH = HERE / "eval-marketplace.truth.json"

FIELDS = {
    "groups": {"ref", "name", "province", "regency", "lat", "lon", "members"},
    "providers": {"ref", "name", "type", "province", "regency", "lat", "lon"},
    "needs": {"ref", "group", "kind", "title", "description", "tags"},
    "offers": {
        "ref",
        "provider",
        "kind",
        "title",
        "description",
        "tags",
        "service_area",
        "capacity",
    },
}
REQUIRED = {
    "groups": {"ref", "name", "province", "regency"},
    "providers": {"ref", "name", "type", "province", "regency"},
    "needs": {"ref", "group", "kind", "title"},
    "offers": {"ref", "provider", "kind", "title"},
}
KINDS = {"training", "market", "resource"}
PROVIDER_TYPES = {"trainer", "buyer", "supplier", "programme"}
PROVINCES = {
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Kepulauan Riau",
    "Jambi",
    "Bengkulu",
    "Sumatera Selatan",
    "Kepulauan Bangka Belitung",
    "Lampung",
    "DKI Jakarta",
    "Jawa Barat",
    "Banten",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Gorontalo",
    "Sulawesi Tengah",
    "Sulawesi Barat",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Selatan",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Barat Daya",
}


def reaches(offer, province):
    area = offer.get("service_area") or []
    return not area or province in area


def validate(doc, truth):
    errors = []
    err = errors.append
    if set(doc) != set(FIELDS):
        err(f"top-level keys {sorted(doc)} != {sorted(FIELDS)}")
    by_ref = {}
    for array, allowed in FIELDS.items():
        records = doc.get(array, [])
        refs = Counter(r.get("ref") for r in records)
        for ref, n in refs.items():
            if n > 1:
                err(f"{array}: ref {ref!r} used {n} times")
        for i, r in enumerate(records):
            extra = set(r) - allowed
            missing = REQUIRED[array] - set(r)
            if extra:
                err(f"{array}[{i}] ref={r.get('ref')}: unknown fields {sorted(extra)}")
            if missing:
                err(f"{array}[{i}] ref={r.get('ref')}: missing fields {sorted(missing)}")
        by_ref[array] = {r["ref"]: r for r in records if "ref" in r}

    for array in ("groups", "providers"):
        for r in doc[array]:
            if r["province"] not in PROVINCES:
                err(f"{array} {r['ref']}: unknown province {r['province']!r}")
            lat, lon = r.get("lat"), r.get("lon")
            if lat is not None and not (-11.5 <= lat <= 6.5 and 94.5 <= lon <= 141.5):
                err(f"{array} {r['ref']}: coordinates outside Indonesia ({lat}, {lon})")
    for p in doc["providers"]:
        if p["type"] not in PROVIDER_TYPES:
            err(f"providers {p['ref']}: bad type {p['type']!r}")
    for n in doc["needs"]:
        if n["group"] not in by_ref["groups"]:
            err(f"needs {n['ref']}: unknown group {n['group']!r}")
        if n["kind"] not in KINDS:
            err(f"needs {n['ref']}: bad kind {n['kind']!r}")
        if not isinstance(n.get("tags", []), list):
            err(f"needs {n['ref']}: tags must be a list")
    for o in doc["offers"]:
        if o["provider"] not in by_ref["providers"]:
            err(f"offers {o['ref']}: unknown provider {o['provider']!r}")
        if o["kind"] not in KINDS:
            err(f"offers {o['ref']}: bad kind {o['kind']!r}")
        for p in o.get("service_area") or []:
            if p not in PROVINCES:
                err(f"offers {o['ref']}: unknown province in service_area {p!r}")

    needs, offers, groups = by_ref["needs"], by_ref["offers"], by_ref["groups"]
    for ref in truth:
        if ref not in needs:
            err(f"truth: unknown need {ref!r}")
    for ref, need in needs.items():
        rel = truth.get(ref)
        if not rel:
            err(f"truth: need {ref} has no relevant offer")
            continue
        if len(set(rel)) != len(rel):
            err(f"truth: need {ref} lists an offer twice")
        province = groups[need["group"]]["province"] if need["group"] in groups else None
        for oref in rel:
            o = offers.get(oref)
            if o is None:
                err(f"truth: need {ref}: unknown offer {oref!r}")
                continue
            if o["kind"] != need["kind"]:
                err(
                    f"truth: need {ref} ({need['kind']}) -> offer {oref} "
                    f"({o['kind']}): kind differs"
                )
            if not reaches(o, province):
                err(
                    f"truth: need {ref} ({province}) -> offer {oref}: "
                    f"out of reach {o['service_area']}"
                )
    return errors


def baseline(doc, truth, k=10):
    """Naive matcher: token_set_ratio over title+description among same-kind offers in reach."""
    from rapidfuzz import fuzz, process

    groups = {g["ref"]: g for g in doc["groups"]}
    hits = recall_sum = 0
    per_kind = {}
    for need in doc["needs"]:
        rel = set(truth.get(need["ref"], []))
        if not rel:
            continue
        province = groups[need["group"]]["province"]
        cands = [o for o in doc["offers"] if o["kind"] == need["kind"] and reaches(o, province)]
        choices = [f"{o['title']} {o.get('description', '')}" for o in cands]
        query = f"{need['title']} {need.get('description', '')}"
        ranked = process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=k)
        top = [cands[idx]["ref"] for _, _, idx in ranked]
        h = 1 if top and top[0] in rel else 0
        r = len(rel & set(top)) / len(rel)
        hits += h
        recall_sum += r
        pk = per_kind.setdefault(need["kind"], [0, 0.0, 0])
        pk[0] += h
        pk[1] += r
        pk[2] += 1
    n = sum(v[2] for v in per_kind.values())
    return (
        hits / n,
        recall_sum / n,
        n,
        {kind: (v[0] / v[2], v[1] / v[2], v[2]) for kind, v in per_kind.items()},
    )


def main():
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    errors = validate(doc, truth)
    counts = {k: len(v) for k, v in doc.items()}
    print("counts:", counts)
    print("needs by kind:", dict(Counter(n["kind"] for n in doc["needs"])))
    print("offers by kind:", dict(Counter(o["kind"] for o in doc["offers"])))
    sizes = Counter(len(v) for v in truth.values())
    print("relevant offers per need:", dict(sorted(sizes.items())))
    print(
        "offers with empty service_area:",
        sum(1 for o in doc["offers"] if not o.get("service_area")),
    )
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("validation: OK")
    h1, r10, n, per_kind = baseline(doc, truth)
    print(f"\nnaive baseline (token_set_ratio, same kind, in reach) over {n} needs:")
    print(f"  hit@1     {h1:.3f}")
    print(f"  recall@10 {r10:.3f}")
    for kind, (kh, kr, kn) in sorted(per_kind.items()):
        print(f"  {kind:9s} hit@1 {kh:.3f}  recall@10 {kr:.3f}  (n={kn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
