#!/usr/bin/env python3
"""Consistency check for an evaluation set's two files, NAME-marketplace.json and
NAME-marketplace.truth.json in the set's folder NAME (each set's check.py runs this on its own).

Errors (exit 1):
  * the document is not one JSON object with the four arrays; refs missing or duplicated;
  * fields outside the set this file uses (all of them fields of the import format); bad `kind`,
    provider `type` or `status`;
  * province / regency / service_area names that are not the official names of the region
    reference data (marketplace/regions/data/regions.csv of the repository, or $EVAL_REGIONS),
    or a regency that does not belong to the stated province; service_area entries are compared by their exact official name, so
    "Kota Bogor" and "Kabupaten Bogor" stay two places (this set writes only official names);
  * a need whose group, or an offer whose provider, does not exist; a need that is not open;
  * an offer whose kind does not fit its provider type (training: trainer/programme,
    market: buyer, resource: supplier/programme);
  * truth (the rule: an offer fits a need when it is the same kind, the same subject in either
    language, open, and its service_area is empty or names the group's province or regency):
    a need missing from the truth file or a truth key that is not a need; an offer ref that does
    not exist; an offer whose kind differs from the need's; an offer that is closed, withdrawn
    or otherwise not open; an offer whose service_area does not reach the group; duplicates.
    ("Same subject" is a human judgement and cannot be checked here; see --suspects.)
Report (no error): counts, needs by kind, needs with empty truth, mean fits per need,
provinces covered, and with --suspects, for review, offers of the same kind that reach the
group and share a content word with the need but are NOT in its truth (these should all be
deliberate hard negatives).

Usage: python3 check_set.py SET_FOLDER [--suspects]   (or, in the folder: python3 check.py [--suspects])
"""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.abspath(sys.argv[1])
DOC = os.path.join(SET, os.path.basename(SET) + "-marketplace.json")
TRUTH = os.path.join(SET, os.path.basename(SET) + "-marketplace.truth.json")
# The region reference is the repository's data file
# (override with EVAL_REGIONS=/path/to/regions.csv).
REGIONS = os.environ.get(
    "EVAL_REGIONS",
    os.path.join(HERE, "..", "..", "..", "marketplace", "regions", "data", "regions.csv"),
)

errors = []
def err(msg): errors.append(msg)

# ---------- region reference (official names, exact) ----------
provinces, regency_parent = set(), {}
if os.path.exists(REGIONS):
    rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
    pname = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    provinces = set(pname.values())
    regency_parent = {r["name"]: pname[r["parent_code"]] for r in rows if r["level"] == "regency"}
else:
    print("WARNING: region reference not found; names not checked", file=sys.stderr)

def check_place(prov, reg, where):
    if not provinces:
        return
    if prov not in provinces:
        err(f"{where}: unknown province {prov!r} (use the official name)")
    parent = regency_parent.get(reg)
    if parent is None:
        err(f"{where}: unknown regency {reg!r} (use the official 'Kabupaten X' / 'Kota X')")
    elif parent != prov:
        err(f"{where}: regency {reg!r} is in {parent}, not {prov}")

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
    print(f"document must have exactly the arrays {sorted(ARR)}"); sys.exit(1)
by = {}
for name, allowed in ARR.items():
    recs = doc.get(name, [])
    refs = Counter(r.get("ref") for r in recs)
    for ref, c in refs.items():
        if not ref: err(f"{name}: record without ref")
        elif c > 1: err(f"{name}: duplicate ref {ref}")
        elif ":" in ref or ref != ref.strip(): err(f"{name}: ref {ref!r} has ':' or surrounding spaces")
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
STATUSES = {"draft", "open", "fulfilled", "closed", "withdrawn"}
TYPE_OK = {"training": {"trainer", "programme"}, "market": {"buyer"}, "resource": {"supplier", "programme"}}
def is_open(r): return r.get("status", "open") == "open"

for ref, g in G.items():
    check_place(g.get("province"), g.get("regency"), f"group {ref}")
for ref, p in P.items():
    if p.get("type") not in {"trainer", "buyer", "supplier", "programme"}: err(f"provider {ref}: bad type {p.get('type')}")
    check_place(p.get("province"), p.get("regency"), f"provider {ref}")
for ref, n in N.items():
    if n.get("kind") not in KINDS: err(f"need {ref}: bad kind {n.get('kind')}")
    if n.get("group") not in G: err(f"need {ref}: group {n.get('group')} does not exist")
    if not is_open(n): err(f"need {ref}: every need of this set is open (suggest ranks open needs only)")
for ref, o in O.items():
    if o.get("kind") not in KINDS: err(f"offer {ref}: bad kind {o.get('kind')}")
    if o.get("status", "open") not in STATUSES: err(f"offer {ref}: bad status {o.get('status')}")
    p = P.get(o.get("provider"))
    if p is None: err(f"offer {ref}: provider {o.get('provider')} does not exist")
    elif o.get("kind") in TYPE_OK and p["type"] not in TYPE_OK[o["kind"]]:
        err(f"offer {ref}: kind {o['kind']} does not fit provider type {p['type']}")
    area = o.get("service_area", [])
    if not isinstance(area, list): err(f"offer {ref}: service_area must be a list")
    for a in area:
        if provinces and a not in provinces and a not in regency_parent:
            err(f"offer {ref}: service_area {a!r} is neither an official province nor regency name")

def reaches(o, g):
    area = o.get("service_area") or []
    return not area or g["province"] in area or g["regency"] in area

# ---------- truth ----------
if not isinstance(truth, dict): print("truth must be an object need_ref -> [offer_ref]"); sys.exit(1)
for nref in N:
    if nref not in truth: err(f"truth: need {nref} missing")
for nref, lst in truth.items():
    n = N.get(nref)
    if n is None: err(f"truth: {nref} is not a need"); continue
    if not isinstance(lst, list): err(f"truth {nref}: not a list"); continue
    g = G.get(n["group"])
    if len(set(lst)) != len(lst): err(f"truth {nref}: duplicate offer refs")
    for oref in lst:
        o = O.get(oref)
        if o is None: err(f"truth {nref}: offer {oref} does not exist"); continue
        if o["kind"] != n["kind"]: err(f"truth {nref}: offer {oref} kind {o['kind']} != need kind {n['kind']}")
        if not is_open(o): err(f"truth {nref}: offer {oref} is {o.get('status')}, not open")
        if g and not reaches(o, g):
            err(f"truth {nref}: offer {oref} area {o.get('service_area')} does not reach {g['regency']}, {g['province']}")

# ---------- report ----------
empty = sorted(k for k, v in truth.items() if not v)
used_groups = {n["group"] for n in N.values()}
provs = sorted({G[g]["province"] for g in used_groups if g in G})
fits = sum(len(v) for v in truth.values() if isinstance(v, list))
print(f"groups={len(G)} providers={len(P)} needs={len(N)} offers={len(O)}")
print("needs by kind:", dict(Counter(n["kind"] for n in N.values())),
      " offers by kind:", dict(Counter(o["kind"] for o in O.values())))
print("provider types:", dict(Counter(p["type"] for p in P.values())))
print("offer status:", dict(Counter(o.get("status", "open") for o in O.values())))
print(f"offers everywhere/online (empty service_area): {sum(1 for o in O.values() if not o.get('service_area'))}")
print(f"needs with no fitting offer: {len(empty)}: {empty}")
print(f"fits: {fits} pairs, mean {fits / max(1, len(N)):.2f} per need; list sizes:",
      dict(sorted(Counter(len(v) for v in truth.values()).items())))
print(f"provinces with groups that have needs ({len(provs)}):", ", ".join(provs))
idle_g = sorted(set(G) - used_groups)
idle_p = sorted(set(P) - {o["provider"] for o in O.values()})
if idle_g: print("groups without needs:", idle_g)
if idle_p: print("providers without offers:", idle_p)

if "--suspects" in sys.argv:
    STOP = set("""dan utk untuk yg dgn dr dari di ke kami kmi kel kelompok pelatihan training cari butuh jual beli membeli pembeli
    the and for of to with our we in a on buying buyer ton bln bulan per org anggota mohon bisa sdh blm biar bikin
    pendampingan kursus kelas workshop program budidaya membuat pembuatan olahan pengolahan produk pemuda
    bibit mesin alat online rumah sistem teknik manajemen hasil usaha cara benar tani ternak kader desa
    produksi from local pengen belajar bimtek bantuan jual course jadi lgsg langsung minggu tetap
    sekolah lapang ibu2 mama2 anak2 muda kecil bagus sering""".split())
    def words(r):
        t = " ".join([r.get("title", ""), " ".join(r.get("tags") or [])]).lower()
        return {w for w in re.findall(r"[a-z]{4,}", t) if w not in STOP}
    print("\nsuspects (same kind, open, reaches, shares a word, not in truth):")
    for nref, n in sorted(N.items()):
        g = G[n["group"]]
        for oref, o in sorted(O.items()):
            if o["kind"] == n["kind"] and is_open(o) and oref not in truth.get(nref, []) and reaches(o, g):
                common = words(n) & words(o)
                if common:
                    print(f"  {nref} {n['title'][:50]!r} ~ {oref} {o['title'][:50]!r} {sorted(common)}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nOK: no errors")
