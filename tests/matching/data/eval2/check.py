#!/usr/bin/env python3
"""Consistency check for eval2-marketplace.json and eval2-marketplace.truth.json.

Errors (exit 1):
  * the document is not one JSON object with the four arrays; refs missing or duplicated;
  * fields outside the import format; bad `kind` / provider `type`;
  * province / regency / service_area names that are not in the region reference data,
    or a regency that does not belong to the stated province;
  * a need whose group, or an offer whose provider, does not exist;
  * an offer whose kind does not fit its provider type (training: trainer/programme,
    market: buyer, resource: supplier/programme);
  * truth: a need missing from the truth file or a truth key that is not a need; an offer ref
    that does not exist; an offer whose kind differs from the need's; an offer whose
    service_area does not reach the group (empty = everywhere, else the group's province or
    regency must be listed); duplicates in a truth list.
Report (no error): counts, needs with empty truth, provinces covered, and, for review,
"suspects": offers of the same kind that reach the group and share a content word with the
need but are NOT in its truth (these should be deliberate hard negatives).

Usage: python3 check.py [--suspects]
"""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "eval2-marketplace.json")
TRUTH = os.path.join(HERE, "eval2-marketplace.truth.json")
REGIONS = os.path.join(HERE, "..", "..", "..", "..", "marketplace", "regions", "data", "regions.csv")

errors = []
def err(msg): errors.append(msg)

def norm(s):
    s = s.lower().strip()
    s = re.sub(r"^(provinsi|kabupaten|kab\.|kota)\s+", "", s)
    return re.sub(r"[^a-z0-9]", "", s)

# ---------- region reference ----------
prov_by_norm, reg_by_norm = {}, {}
if os.path.exists(REGIONS):
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pcode = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    for r in rows:
        if r["level"] == "province":
            prov_by_norm[norm(r["name"])] = r["name"]
        else:
            # exact official name is the key (Kabupaten X and Kota X may share X)
            reg_by_norm.setdefault(r["name"].lower(), pcode[r["parent_code"]])
else:
    print("WARNING: region reference not found; names not checked", file=sys.stderr)

def check_prov(p, where):
    if prov_by_norm and norm(p) not in prov_by_norm:
        err(f"{where}: unknown province {p!r}")

def check_reg(r, p, where):
    if not reg_by_norm:
        return
    parent = reg_by_norm.get(r.lower())
    if parent is None:
        err(f"{where}: unknown regency {r!r} (use the official 'Kabupaten X' / 'Kota X')")
    elif p is not None and norm(parent) != norm(p):
        err(f"{where}: regency {r!r} is in {parent}, not {p}")

# ---------- load ----------
try:
    doc = json.load(open(DOC, encoding="utf-8"))
    truth = json.load(open(TRUTH, encoding="utf-8"))
except Exception as e:
    print("cannot load JSON:", e); sys.exit(1)

ARR = {"groups": {"ref", "name", "province", "regency", "lat", "lon", "members"},
       "providers": {"ref", "name", "type", "province", "regency", "lat", "lon"},
       "needs": {"ref", "group", "kind", "title", "description", "tags", "status"},
       "offers": {"ref", "provider", "kind", "title", "description", "tags", "service_area", "capacity", "status"}}
if not isinstance(doc, dict) or set(doc) != set(ARR):
    err(f"document must have exactly the arrays {sorted(ARR)}; has {sorted(doc) if isinstance(doc, dict) else type(doc)}")
by = {}
for name, allowed in ARR.items():
    recs = doc.get(name, [])
    refs = Counter(r.get("ref") for r in recs)
    for ref, c in refs.items():
        if not ref: err(f"{name}: record without ref")
        elif c > 1: err(f"{name}: duplicate ref {ref}")
    for i, r in enumerate(recs):
        extra = set(r) - allowed
        if extra: err(f"{name}[{i}] ref={r.get('ref')}: unknown fields {sorted(extra)}")
        if not r.get("title" if name in ("needs", "offers") else "name"):
            err(f"{name}[{i}] ref={r.get('ref')}: empty title/name")
        if "tags" in r and not (isinstance(r["tags"], list) and all(isinstance(t, str) for t in r["tags"])):
            err(f"{name}[{i}]: tags must be a list of strings")
    by[name] = {r["ref"]: r for r in recs if r.get("ref")}

G, P, N, O = by["groups"], by["providers"], by["needs"], by["offers"]
KINDS = {"training", "market", "resource"}
TYPE_OK = {"training": {"trainer", "programme"}, "market": {"buyer"}, "resource": {"supplier", "programme"}}

for ref, g in G.items():
    check_prov(g["province"], f"group {ref}"); check_reg(g["regency"], g["province"], f"group {ref}")
for ref, p in P.items():
    if p.get("type") not in {"trainer", "buyer", "supplier", "programme"}: err(f"provider {ref}: bad type {p.get('type')}")
    check_prov(p["province"], f"provider {ref}"); check_reg(p["regency"], p["province"], f"provider {ref}")
for ref, n in N.items():
    if n.get("kind") not in KINDS: err(f"need {ref}: bad kind {n.get('kind')}")
    if n.get("group") not in G: err(f"need {ref}: group {n.get('group')} does not exist")
for ref, o in O.items():
    if o.get("kind") not in KINDS: err(f"offer {ref}: bad kind {o.get('kind')}")
    p = P.get(o.get("provider"))
    if p is None: err(f"offer {ref}: provider {o.get('provider')} does not exist")
    elif o.get("kind") in TYPE_OK and p["type"] not in TYPE_OK[o["kind"]]:
        err(f"offer {ref}: kind {o['kind']} does not fit provider type {p['type']}")
    for a in o.get("service_area", []):
        if norm(a) in prov_by_norm or not prov_by_norm:
            continue
        check_reg(a, None, f"offer {ref} service_area")

def reaches(o, g):
    area = o.get("service_area") or []
    if not area: return True
    names = {norm(a) for a in area} | {a.lower() for a in area}
    return norm(g["province"]) in names or g["regency"].lower() in names

# ---------- truth ----------
if not isinstance(truth, dict): err("truth must be an object need_ref -> [offer_ref]")
for nref in N:
    if nref not in truth: err(f"truth: need {nref} missing")
for nref, lst in truth.items():
    n = N.get(nref)
    if n is None: err(f"truth: {nref} is not a need"); continue
    g = G.get(n["group"])
    if len(set(lst)) != len(lst): err(f"truth {nref}: duplicate offer refs")
    for oref in lst:
        o = O.get(oref)
        if o is None: err(f"truth {nref}: offer {oref} does not exist"); continue
        if o["kind"] != n["kind"]: err(f"truth {nref}: offer {oref} kind {o['kind']} != need kind {n['kind']}")
        if g and not reaches(o, g):
            err(f"truth {nref}: offer {oref} area {o.get('service_area')} does not reach {g['regency']}, {g['province']}")

# ---------- report ----------
empty = [k for k, v in truth.items() if not v]
used_groups = {n["group"] for n in N.values()}
provs = sorted({G[g]["province"] for g in used_groups if g in G})
print(f"groups={len(G)} providers={len(P)} needs={len(N)} offers={len(O)}")
print("needs by kind:", dict(Counter(n["kind"] for n in N.values())),
      " offers by kind:", dict(Counter(o["kind"] for o in O.values())))
print(f"offers everywhere/online (empty service_area): {sum(1 for o in O.values() if not o.get('service_area'))}")
print(f"needs with no relevant offer: {len(empty)} ({100*len(empty)/max(1,len(N)):.0f}%): {sorted(empty)}")
sizes = Counter(len(v) for v in truth.values())
print("truth list sizes:", dict(sorted(sizes.items())))
print(f"provinces with groups that have needs ({len(provs)}):", ", ".join(provs))

if "--suspects" in sys.argv:
    STOP = set("""dan utk untuk yg dgn dr dari di ke kami kel kelompok pelatihan training cari butuh jual beli membeli pembeli
    the and for of to with our we in a on buying buyer jual ton bln bulan per org anggota kg mohon bisa sdh blm
    pelatihan pendampingan kursus kelas workshop program budidaya kering membuat pembuatan olahan pengolahan produk
    bibit mesin alat online rumah sistem teknik manajemen hasil segar usaha cara benar bikin pemuda tani ternak
    produksi syarat design farming product training""".split())
    def words(r):
        t = " ".join([r.get("title", ""), " ".join(r.get("tags") or [])]).lower()
        return {w for w in re.findall(r"[a-z]{4,}", t) if w not in STOP}
    print("\nsuspects (same kind, reaches, shares a word, not in truth):")
    for nref, n in sorted(N.items()):
        g = G[n["group"]]
        for oref, o in sorted(O.items()):
            if o["kind"] == n["kind"] and oref not in truth.get(nref, []) and reaches(o, g):
                common = words(n) & words(o)
                if common:
                    print(f"  {nref} {n['title'][:50]!r} ~ {oref} {o['title'][:50]!r} {sorted(common)}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nOK: no errors")
