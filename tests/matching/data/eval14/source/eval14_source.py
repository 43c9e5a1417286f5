#!/usr/bin/env python3
"""Writes eval14-marketplace.json and eval14-marketplace.truth.json from the subject-labelled
records below .

Labels are `family:topic`; a topic starting with `x-` marks a look-alike or neighbour that no
need asks for. An offer may carry several labels (`a+b`). The truth of a need is every offer
that carries the need's label, is of the same kind, is open, and whose service area is empty or
names the group's province or regency (exact official names).

Usage: python3 eval14_source.py [--review] [--stats]
"""
import csv
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", "..", ".."))
REGIONS = os.environ.get("EVAL_REGIONS", os.path.join(ROOT, "marketplace", "regions", "data", "regions.csv"))

rows = list(csv.DictReader(open(REGIONS, encoding="utf-8")))
PNAME = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
PROV = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "province"}
REG = {r["name"]: (PNAME[r["parent_code"]], float(r["lat"]), float(r["lon"])) for r in rows if r["level"] == "regency"}
REG_ORDER = [r["name"] for r in rows if r["level"] == "regency"]

def place(s):
    """'Kab X' -> 'Kabupaten X'; anything else as written (province or 'Kota X')."""
    s = s.strip()
    if s.startswith("Kab "):
        s = "Kabupaten " + s[4:]
    if s not in PROV and s not in REG:
        raise SystemExit(f"unknown place {s!r}")
    return s

GROUPS, NEEDS, OFFERS = [], [], []

def G(name, prov, reg, members):
    reg = place(reg)
    assert REG[reg][0] == prov, (reg, prov)
    g = {"key": len(GROUPS), "name": name, "province": prov, "regency": reg, "members": members}
    GROUPS.append(g)
    return g

def o(kind, title, area="", desc=None, lab=None, st=None, cap=None, tags=None):
    return {"kind": kind, "title": title, "area": [place(a) for a in area.split("|") if a.strip()],
            "desc": desc, "lab": lab, "st": st, "cap": cap, "tags": tags}

def B(label, group, kind, title, desc=None, *offers, tags=None):
    NEEDS.append({"label": label, "group": group, "kind": kind, "title": title, "desc": desc, "tags": tags})
    for x in offers:
        labs = (x["lab"] or "@").split("+")
        x["labels"] = [label if l == "@" else l for l in labs]
        OFFERS.append(x)

def X(label, *offers):
    """More offers for a subject already defined (second fits, written after the first pass)."""
    assert any(n["label"] == label for n in NEEDS), label
    for x in offers:
        labs = (x["lab"] or "@").split("+")
        x["labels"] = [label if l == "@" else l for l in labs]
        OFFERS.append(x)

def GR(name):
    return next(g for g in GROUPS if g["name"] == name)

exec(open(os.path.join(HERE, "eval14_data.py"), encoding="utf-8").read())  # DATA

# ---------------- providers ----------------
W1 = ("Maju Sejahtera Mandiri Harapan Karya Bersama Sentosa Abadi Lestari Makmur Jaya Nusantara "
      "Bahari Tunas Mitra Sinar Cahaya Berkah Prima Gemilang Permata Barokah Sumber Rezeki Utama "
      "Pelita Anugerah Samudra Bumi Timur Lintas Insan Mulia Agung Indah Baru Setia Kencana Surya "
      "Cipta Damai Fajar Rimba Segara Tirta Wana Dharma Bakti Hijau Raya Andalan Teguh Sakti").split()
PRE = {"trainer": ["LPK", "Lembaga Pelatihan", "Yayasan", "Balai Kursus", "Pusat Pelatihan", "Sanggar", "Klinik Usaha"],
       "programme": ["Program", "Yayasan", "Perkumpulan", "Gerakan", "Inisiatif", "Forum"],
       "buyer": ["UD", "CV", "PT", "Toko", "Koperasi", "Pengepul", "Dagang"],
       "supplier": ["CV", "Toko", "PT", "UD", "Bengkel", "Distributor"]}
BIG = ["Kota Administrasi Jakarta Selatan", "Kota Surabaya", "Kota Bandung", "Kota Medan", "Kota Makassar",
       "Kota Yogyakarta", "Kota Denpasar"]
PROG_WORDS = re.compile(r"\b(bantuan|hibah|program|gratis|free|grant|zakat|subsidi|mission|misi|bakti|dana)\b", re.I)

def jitter(key, lat, lon, r=0.06):
    h = hashlib.sha256(key.encode()).digest()
    return round(lat + (h[0] / 255 - 0.5) * r, 4), round(lon + (h[1] / 255 - 0.5) * r, 4)

def provider_place(o_, i):
    for a in o_["area"]:
        if a in REG:
            return REG[a][0], a
    if o_["area"]:
        p = o_["area"][0]
        regs = [r for r in REG_ORDER if REG[r][0] == p]
        kota = [r for r in regs if r.startswith("Kota ")]
        return p, (kota or regs)[0]
    r = BIG[i % len(BIG)]
    return REG[r][0], r

def ptype(o_, i):
    t = o_["title"] + " " + (o_["desc"] or "")
    if o_["kind"] == "market":
        return "buyer"
    if o_["kind"] == "resource":
        return "programme" if PROG_WORDS.search(t) else "supplier"
    return "programme" if (PROG_WORDS.search(t) or i % 4 == 0) else "trainer"

EN = re.compile(r"\b(for|and|the|buyer|buyers|course|training|workshop|wanted|kit|free|grant|with|of|farming|"
                r"making|production|we|our|buy|buys|class|tutors|record-keeping|shop|supply|certification|clinic|school|programme|processing|sale|rental)\b", re.I)
def is_en(title):
    return len(EN.findall(title)) >= 1 and not re.search(r"\b(untuk|dan|beli|pelatihan|kursus|dengan|yang)\b", title, re.I)

def build():
    rng = random.Random(14)
    groups = GROUPS[:]
    rng.shuffle(groups)
    for i, g in enumerate(groups):
        g["ref"] = f"g{i + 1:03d}"
    needs = NEEDS[:]
    rng.shuffle(needs)
    for i, n in enumerate(needs):
        n["ref"] = f"n{i + 1:03d}"
    offers = OFFERS[:]
    rng.shuffle(offers)
    names_used = set()
    nrng = random.Random(1414)
    for i, x in enumerate(offers):
        x["ref"] = f"o{i + 1:03d}"
        x["pref"] = f"p{i + 1:03d}"
        x["ptype"] = ptype(x, i)
        x["pprov"], x["preg"] = provider_place(x, i)
        while True:
            nm = f"{nrng.choice(PRE[x['ptype']])} {nrng.choice(W1)} {nrng.choice(W1)}"
            if nm not in names_used and len(set(nm.split()[-2:])) == 2:
                names_used.add(nm)
                break
        x["pname"] = nm
    doc = {"groups": [], "providers": [], "needs": [], "offers": []}
    for g in sorted(groups, key=lambda g: g["ref"]):
        lat, lon = jitter("g" + g["name"], REG[g["regency"]][1], REG[g["regency"]][2])
        doc["groups"].append({"ref": g["ref"], "name": g["name"], "province": g["province"], "regency": g["regency"],
                              "lat": lat, "lon": lon, "members": g["members"]})
    for x in offers:
        lat, lon = jitter("p" + x["pname"], REG[x["preg"]][1], REG[x["preg"]][2])
        doc["providers"].append({"ref": x["pref"], "name": x["pname"], "type": x["ptype"], "province": x["pprov"],
                                 "regency": x["preg"], "lat": lat, "lon": lon})
    for n in needs:
        r = {"ref": n["ref"], "group": n["group"]["ref"], "kind": n["kind"], "title": n["title"]}
        if n["desc"]:
            r["description"] = n["desc"]
        if n["tags"]:
            r["tags"] = n["tags"]
        doc["needs"].append(r)
    for x in offers:
        r = {"ref": x["ref"], "provider": x["pref"], "kind": x["kind"], "title": x["title"]}
        if x["desc"]:
            r["description"] = x["desc"]
        if x["tags"]:
            r["tags"] = x["tags"]
        r["service_area"] = x["area"]
        if x["cap"]:
            r["capacity"] = x["cap"]
        if x["st"]:
            r["status"] = x["st"]
        doc["offers"].append(r)
    truth = {}
    for n in needs:
        g = n["group"]
        truth[n["ref"]] = [x["ref"] for x in offers if n["label"] in x["labels"] and x["kind"] == n["kind"]
                           and not x["st"] and reaches(x, g)]
    return doc, truth, needs, offers

def reaches(x, g):
    return not x["area"] or g["province"] in x["area"] or g["regency"] in x["area"]

def main():
    doc, truth, needs, offers = build()
    name = os.path.basename(SET)
    with open(os.path.join(SET, f"{name}-marketplace.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(SET, f"{name}-marketplace.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if "--review" in sys.argv:
        for n in needs:
            g = n["group"]
            fam = n["label"].split(":")[0]
            print(f"\n{n['ref']} [{n['kind']}] {n['label']}  {g['regency']}, {g['province']}")
            print(f"   {n['title']}")
            if n["desc"]:
                print(f"   ({n['desc'][:160]})")
            shown = set()
            for x in offers:
                same = n["label"] in x["labels"]
                near = fam == x["labels"][0].split(":")[0] and x["kind"] == n["kind"] and reaches(x, g)
                if same or near:
                    mark = "+" if x["ref"] in truth[n["ref"]] else "-"
                    print(f"  {mark} {x['ref']} {x['kind'][:5]:5} {x['st'] or 'open':9} {'+'.join(x['labels']):38} "
                          f"{(','.join(a.replace('Kabupaten ', 'Kab ') for a in x['area']) or '*')[:40]:40} {x['title'][:70]}")
                    shown.add(x["ref"])
    if "--stats" in sys.argv or "--review" in sys.argv:
        fits = [r for v in truth.values() for r in v]
        en_fit = [r for r in fits if is_en(next(x["title"] for x in offers if x["ref"] == r))]
        en_off = [x for x in offers if is_en(x["title"])]
        print(f"\nneeds {len(needs)}, offers {len(offers)}, fits {len(fits)}, empty {sum(1 for v in truth.values() if not v)}")
        print(f"English offers {len(en_off)} ({100 * len(en_off) / len(offers):.0f} %), English fits {len(en_fit)} "
              f"({100 * len(en_fit) / max(1, len(fits)):.0f} %)")
        if "--en" in sys.argv:
            for x in en_off:
                print("   EN", x["title"])
        unused = {l for x in offers for l in x["labels"] if not l.split(":")[1].startswith("x-")} - {n["label"] for n in needs}
        if unused:
            print("labels on offers that no need asks for (should be x-):", sorted(unused))

if __name__ == "__main__":
    main()
