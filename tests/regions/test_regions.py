"""Reference data for Indonesian provinces and regencies: integrity of the CSV and look-ups."""

from __future__ import annotations

import ast
import csv
import json
from collections import Counter
from pathlib import Path

import pytest

import marketplace.regions as regions
from marketplace.regions import (
    Province,
    Regency,
    choices_provinces,
    choices_regencies,
    distance_km,
    find_province,
    find_regency,
    province_by_code,
    provinces,
    regencies,
    regency_by_code,
)

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "marketplace" / "regions"
CSV_PATH = PKG / "data" / "regions.csv"
SAMPLE = ROOT / "tests" / "matching" / "data" / "sample" / "sample-marketplace.json"


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


# --- the data file --------------------------------------------------------------------------


def test_csv_header_and_levels():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["code", "parent_code", "level", "name", "lat", "lon"]
        rows = list(reader)
    assert {r["level"] for r in rows} == {"province", "regency"}
    for r in rows:
        assert r["name"] == r["name"].strip() and "  " not in r["name"]
        if r["level"] == "province":
            assert r["parent_code"] == "" and len(r["code"]) == 2
        else:
            assert r["code"].startswith(r["parent_code"] + ".") and len(r["code"]) == 5


def test_source_notes_exist():
    text = (PKG / "data" / "SOURCE.md").read_text(encoding="utf-8")
    for word in ("Kemendagri", "MIT", "GeoNames", "CC BY 4.0", "Accuracy"):
        assert word in text


def test_38_provinces_including_new_papua_provinces():
    provs = provinces()
    assert len(provs) == 38
    names = {p.name for p in provs}
    assert {
        "Papua",
        "Papua Barat",
        "Papua Selatan",
        "Papua Tengah",
        "Papua Pegunungan",
        "Papua Barat Daya",
    } <= names
    assert [p.name for p in provs] == sorted(p.name for p in provs)


def test_regency_counts():
    regs = regencies()
    assert 500 <= len(regs) <= 530
    assert len(regs) == 514  # Kepmendagri 2025
    kinds = Counter(r.kind for r in regs)
    assert kinds == {"kabupaten": 416, "kota": 98}
    for r in regs:
        assert r.name.startswith("Kota " if r.kind == "kota" else "Kabupaten ")


def test_codes_unique_and_parents_exist():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    prov_codes = {p.code for p in provinces()}
    for r in regencies():
        assert r.province_code in prov_codes
        assert r.code.split(".")[0] == r.province_code
        assert r.province.code == r.province_code
    # every province has at least one regency
    assert {r.province_code for r in regencies()} == prov_codes


def test_names_unique_within_province():
    for p in provinces():
        names = [r.name for r in regencies(p.code)]
        assert len(names) == len(set(names)), p.name
    assert len({p.name for p in provinces()}) == 38


@pytest.mark.parametrize(
    ("province", "expected"),
    [
        (
            "93",
            {"Kabupaten Merauke", "Kabupaten Boven Digoel", "Kabupaten Mappi", "Kabupaten Asmat"},
        ),
        (
            "94",
            {
                "Kabupaten Nabire",
                "Kabupaten Puncak Jaya",
                "Kabupaten Paniai",
                "Kabupaten Mimika",
                "Kabupaten Puncak",
                "Kabupaten Dogiyai",
                "Kabupaten Intan Jaya",
                "Kabupaten Deiyai",
            },
        ),
        (
            "95",
            {
                "Kabupaten Jayawijaya",
                "Kabupaten Pegunungan Bintang",
                "Kabupaten Yahukimo",
                "Kabupaten Tolikara",
                "Kabupaten Mamberamo Tengah",
                "Kabupaten Yalimo",
                "Kabupaten Lanny Jaya",
                "Kabupaten Nduga",
            },
        ),
        (
            "96",
            {
                "Kabupaten Sorong",
                "Kabupaten Sorong Selatan",
                "Kabupaten Raja Ampat",
                "Kabupaten Tambrauw",
                "Kabupaten Maybrat",
                "Kota Sorong",
            },
        ),
        (
            "92",
            {
                "Kabupaten Manokwari",
                "Kabupaten Fakfak",
                "Kabupaten Teluk Bintuni",
                "Kabupaten Teluk Wondama",
                "Kabupaten Kaimana",
                "Kabupaten Manokwari Selatan",
                "Kabupaten Pegunungan Arfak",
            },
        ),
        (
            "91",
            {
                "Kabupaten Jayapura",
                "Kabupaten Kepulauan Yapen",
                "Kabupaten Biak Numfor",
                "Kabupaten Sarmi",
                "Kabupaten Keerom",
                "Kabupaten Waropen",
                "Kabupaten Supiori",
                "Kabupaten Mamberamo Raya",
                "Kota Jayapura",
            },
        ),
    ],
)
def test_papua_split_assignments(province, expected):
    assert {r.name for r in regencies(province)} == expected


def test_spot_checks_of_codes():
    assert province_by_code("34").name == "DI Yogyakarta"
    assert regency_by_code("34.04").name == "Kabupaten Sleman"
    assert regency_by_code("3404").name == "Kabupaten Sleman"
    assert regency_by_code("34.71").name == "Kota Yogyakarta"
    assert regency_by_code("33.10").name == "Kabupaten Klaten"
    assert regency_by_code("32.01").name == "Kabupaten Bogor"
    assert regency_by_code("32.71").name == "Kota Bogor"
    assert regency_by_code("99.99") is None
    assert province_by_code("99") is None
    assert province_by_code("nonsense") is None


# --- coordinates ----------------------------------------------------------------------------


def _in_indonesia(lat: float, lon: float) -> bool:
    return -11.5 <= lat <= 6.5 and 94.0 <= lon <= 141.5


def test_coordinates_inside_indonesia():
    for item in [*provinces(), *regencies()]:
        assert _in_indonesia(item.lat, item.lon), item


def test_regencies_near_their_province_point():
    for r in regencies():
        assert distance_km(r, r.province) < 600, (r.name, round(distance_km(r, r.province)))


def test_regency_points_are_distinct():
    points = Counter((r.lat, r.lon) for r in regencies())
    assert max(points.values()) == 1


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [
        ("34.71", -7.80, 110.37),  # Kota Yogyakarta
        ("31.71", -6.18, 106.83),  # Jakarta Pusat
        ("35.78", -7.25, 112.75),  # Surabaya
        ("12.71", 3.59, 98.67),  # Medan
        ("73.71", -5.14, 119.42),  # Makassar
        ("51.71", -8.65, 115.22),  # Denpasar
        ("91.71", -2.53, 140.72),  # Kota Jayapura
        ("93.01", -8.49, 140.40),  # Merauke
        ("95.01", -4.10, 138.95),  # Wamena (Jayawijaya)
        ("11.71", 5.55, 95.32),  # Banda Aceh
    ],
)
def test_well_known_seats(code, lat, lon):
    r = regency_by_code(code)
    assert distance_km(r, Province("x", "x", lat, lon)) < 15


def test_distance_km():
    yogya = regency_by_code("34.71")
    sleman = regency_by_code("34.04")
    jayapura = regency_by_code("91.71")
    assert distance_km(yogya, yogya) == 0
    assert 5 < distance_km(yogya, sleman) < 20
    assert 3000 < distance_km(yogya, jayapura) < 3500
    assert distance_km(yogya, sleman) == pytest.approx(distance_km(sleman, yogya))


# --- find_province --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Jawa Tengah", "33"),
        ("jawa tengah", "33"),
        ("  JAWA   TENGAH ", "33"),
        ("Provinsi Jawa Tengah", "33"),
        ("Prov. Jawa Tengah", "33"),
        ("Propinsi Jawa Tengah", "33"),
        ("Jawa-Tengah", "33"),
        ("DI Yogyakarta", "34"),
        ("D.I. Yogyakarta", "34"),
        ("DIY", "34"),
        ("Daerah Istimewa Yogyakarta", "34"),
        ("Provinsi Daerah Istimewa Yogyakarta", "34"),
        ("Yogyakarta", "34"),
        ("Special Region of Yogyakarta", "34"),
        ("DKI Jakarta", "31"),
        ("Jakarta", "31"),
        ("Daerah Khusus Ibukota Jakarta", "31"),
        ("Daerah Khusus Jakarta", "31"),
        ("NTT", "53"),
        ("Nusa Tenggara Timur", "53"),
        ("East Nusa Tenggara", "53"),
        ("NTB", "52"),
        ("West Nusa Tenggara", "52"),
        ("Sumut", "12"),
        ("North Sumatra", "12"),
        ("Sumatra Utara", "12"),
        ("Sumbar", "13"),
        ("Sumsel", "16"),
        ("Jateng", "33"),
        ("Central Java", "33"),
        ("Jatim", "35"),
        ("East Java", "35"),
        ("Jabar", "32"),
        ("West Java", "32"),
        ("Kalbar", "61"),
        ("Kaltim", "64"),
        ("Sulsel", "73"),
        ("South Sulawesi", "73"),
        ("Sulut", "71"),
        ("Babel", "19"),
        ("Kepulauan Bangka Belitung", "19"),
        ("Bangka Belitung", "19"),
        ("Kepri", "21"),
        ("Kepulauan Riau", "21"),
        ("Kep. Riau", "21"),
        ("Riau", "14"),
        ("Bali", "51"),
        ("Aceh", "11"),
        ("Papua", "91"),
        ("Papua Barat", "92"),
        ("West Papua", "92"),
        ("Papua Selatan", "93"),
        ("Papua Tengah", "94"),
        ("Papua Pegunungan", "95"),
        ("Papua Barat Daya", "96"),
        ("Central Java Province", "33"),
        ("34", "34"),
    ],
)
def test_find_province(query, code):
    found = find_province(query)
    assert found is not None, query
    assert found.code == code


@pytest.mark.parametrize("query", ["", "   ", None, "Atlantis", "Jawa", "Sumatera", "Kalimantan"])
def test_find_province_misses(query):
    assert find_province(query) is None


def test_every_province_finds_itself():
    for p in provinces():
        assert find_province(p.name) == p
        assert find_province(p.name.upper()) == p
        assert find_province(f"Provinsi {p.name}") == p


# --- find_regency ---------------------------------------------------------------------------


def test_every_regency_finds_itself():
    for r in regencies():
        assert find_regency(r.name) == r, r.name
        assert find_regency(r.name.lower()) == r, r.name
        assert find_regency(r.name, r.province_code) == r, r.name
        # bare name within its province: unique there, except kabupaten/kota pairs, where the
        # kabupaten wins (see the ambiguity tests)
        bare = find_regency(r.short_name, r.province_code)
        if r.kind == "kabupaten":
            assert bare == r, r.name
        else:
            assert bare is not None and bare.province_code == r.province_code


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Sleman", "34.04"),
        ("Kabupaten Sleman", "34.04"),
        ("Kab. Sleman", "34.04"),
        ("Kab Sleman", "34.04"),
        ("KAB. SLEMAN", "34.04"),
        ("Sleman Regency", "34.04"),
        ("Regency of Sleman", "34.04"),
        ("Klaten", "33.10"),
        ("Kabupaten Klaten", "33.10"),
        ("Kota Yogyakarta", "34.71"),
        ("Yogyakarta", "34.71"),
        ("Jogja", "34.71"),
        ("Gunungkidul", "34.03"),
        ("Gunung Kidul", "34.03"),
        ("Kulon Progo", "34.01"),
        ("Kulonprogo", "34.01"),
        ("Jakarta Pusat", "31.71"),
        ("Kota Jakarta Pusat", "31.71"),
        ("Kota Administrasi Jakarta Pusat", "31.71"),
        ("Kota Adm. Jakarta Pusat", "31.71"),
        ("Kepulauan Seribu", "31.01"),
        ("Kab. Adm. Kep. Seribu", "31.01"),
        ("Solo", "33.72"),
        ("Surakarta", "33.72"),
        ("Toba Samosir", "12.12"),
        ("Toba", "12.12"),
        ("Maluku Tenggara Barat", "81.03"),
        ("Mamuju Utara", "76.01"),
        ("Selayar", "73.01"),
        ("Sidrap", "73.14"),
        ("Pangkep", "73.10"),
        ("Bau-Bau", "74.72"),
        ("Baubau", "74.72"),
        ("Fak-Fak", "92.03"),
        ("Fakfak", "92.03"),
        ("Palangkaraya", "62.71"),
        ("Palangka Raya", "62.71"),
        ("Tojo Una Una", "72.09"),
        ("Kep. Siau Tagulandang Biaro", "71.09"),
        ("Toli-Toli", "72.04"),
        ("Tolitoli", "72.04"),
        ("Kota Baru", "63.02"),
        ("Kotabaru", "63.02"),
        ("Kab. Kotabaru", "63.02"),
        ("Kotamobagu", "71.74"),
        ("Kota Kotamobagu", "71.74"),
        ("Pematang Siantar", "12.72"),
        ("Padang Sidempuan", "12.77"),
        ("Bogor City", "32.71"),
        ("City of Bogor", "32.71"),
        ("34.04", "34.04"),
        ("3404", "34.04"),
    ],
)
def test_find_regency(query, code):
    found = find_regency(query)
    assert found is not None, query
    assert found.code == code


@pytest.mark.parametrize("query", ["", "  ", None, "Atlantis", "Kabupaten", "Kota", "Jawa Tengah"])
def test_find_regency_misses(query):
    assert find_regency(query) is None


@pytest.mark.parametrize(
    ("query", "province", "code"),
    [
        # kabupaten preferred over kota when no prefix is given
        ("Bogor", None, "32.01"),
        ("Kota Bogor", None, "32.71"),
        ("Kabupaten Bogor", None, "32.01"),
        ("Malang", "Jawa Timur", "35.07"),
        ("Kota Malang", "Jawa Timur", "35.73"),
        ("Magelang", "Jawa Tengah", "33.08"),
        ("Kota Magelang", "Jateng", "33.71"),
        ("Kupang", "NTT", "53.01"),
        ("Kota Kupang", "NTT", "53.71"),
        ("Jayapura", "Papua", "91.03"),
        ("Kota Jayapura", None, "91.71"),
        ("Sorong", "Papua Barat Daya", "96.01"),
        ("Kota Sorong", None, "96.71"),
        ("Serang", None, "36.04"),
        ("Kota Serang", "Banten", "36.73"),
        # the same bare name in two provinces: the province decides
        ("Banjar", None, "63.03"),
        ("Banjar", "Kalimantan Selatan", "63.03"),
        ("Banjar", "Jawa Barat", "32.79"),
        ("Banjar", "32", "32.79"),
        ("Kota Banjar", None, "32.79"),
        ("Kabupaten Banjar", "Jawa Barat", "63.03"),
        # the province is a preference, not a filter
        ("Sleman", "Jawa Tengah", "34.04"),
        # an unknown province is ignored
        ("Bogor", "Atlantis", "32.01"),
    ],
)
def test_ambiguous_names(query, province, code):
    found = find_regency(query, province)
    assert found is not None
    assert found.code == code


def test_province_argument_accepts_objects_codes_and_names():
    jabar = find_province("Jawa Barat")
    for prov in (jabar, "32", "Jawa Barat", "Jabar", "West Java"):
        assert find_regency("Banjar", prov).code == "32.79"


def test_sample_marketplace_names_resolve():
    sample = _sample()
    seen = 0
    for kind in ("groups", "providers"):
        for item in sample[kind]:
            prov = find_province(item["province"])
            assert prov is not None, item["province"]
            reg = find_regency(item["regency"], prov)
            assert reg is not None, item["regency"]
            assert reg.province_code == prov.code, (item["regency"], item["province"])
            point = Province("x", "x", item["lat"], item["lon"])
            assert distance_km(point, reg) < 40, (item["ref"], reg.name)
            seen += 1
    for offer in sample["offers"]:
        for area in offer["service_area"]:
            assert find_province(area) is not None or find_regency(area) is not None, area
    assert seen > 0


# --- lists and choices ----------------------------------------------------------------------


def test_regencies_sorted_and_filtered():
    regs = regencies()
    assert [r.name for r in regs] == sorted(r.name for r in regs)
    diy = regencies("34")
    assert [r.name for r in diy] == [
        "Kabupaten Bantul",
        "Kabupaten Gunungkidul",
        "Kabupaten Kulon Progo",
        "Kabupaten Sleman",
        "Kota Yogyakarta",
    ]
    assert regencies("99") == []
    # callers get copies: mutating them does not touch the cache
    diy.clear()
    assert len(regencies("34")) == 5


def test_choices():
    provs = choices_provinces()
    assert len(provs) == 38
    assert ("34", "DI Yogyakarta") in provs
    assert all(isinstance(c, str) and isinstance(label, str) for c, label in provs)
    diy = choices_regencies("34")
    assert diy[0] == ("34.02", "Kabupaten Bantul")
    assert ("34.71", "Kota Yogyakarta") in diy
    everything = choices_regencies(None)
    assert len(everything) == 514
    assert ("32.79", "Kota Banjar, Jawa Barat") in everything
    assert ("63.03", "Kabupaten Banjar, Kalimantan Selatan") in everything


def test_dataclasses_are_frozen():
    r = regency_by_code("34.04")
    assert isinstance(r, Regency)
    assert r.kind == "kabupaten" and r.short_name == "Sleman"
    assert regency_by_code("34.71").kind == "kota"
    assert regency_by_code("31.71").short_name == "Jakarta Pusat"
    with pytest.raises(AttributeError):
        r.name = "x"  # type: ignore[misc]
    p = province_by_code("34")
    assert isinstance(p, Province)
    with pytest.raises(AttributeError):
        p.name = "x"  # type: ignore[misc]


def test_module_is_pure():
    """No web framework or database imports in the regions package."""
    forbidden = {"flask", "flask_sqlalchemy", "sqlalchemy", "wtforms", "flask_wtf"}
    for path in PKG.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in forbidden, (path.name, name)


def test_data_loaded_once():
    assert regions._data() is regions._data()
