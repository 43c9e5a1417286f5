"""Bulk-document conversion and ranking metrics."""

import pytest

from marketplace.matching.bulk import default_region_key, needs_from_bulk, offers_from_bulk
from marketplace.matching.metrics import evaluate, hit_at_1, ndcg_at, recall_at

DOC = {
    "groups": [
        {
            "ref": "g1",
            "name": "K",
            "province": "DI Yogyakarta",
            "regency": "Kabupaten  Sleman",
            "lat": -7.71,
            "lon": 110.35,
            "members": 24,
        }
    ],
    "providers": [
        {
            "ref": "p1",
            "name": "B",
            "type": "trainer",
            "province": "Provinsi Jawa Tengah",
            "regency": "Kota Klaten",
            "lat": -7.7,
            "lon": 110.6,
        }
    ],
    "needs": [{"ref": "n1", "group": "g1", "kind": "training", "title": "tahu", "tags": ["tahu"]}],
    "offers": [
        {
            "ref": "o1",
            "provider": "p1",
            "kind": "training",
            "title": "Tofu",
            "service_area": ["DI Yogyakarta", "Sleman"],
            "capacity": 30,
        }
    ],
}


def test_region_keys_strip_prefixes():
    assert default_region_key("Provinsi  Jawa Tengah", "Kab. Klaten") == (
        "jawa tengah",
        "jawa tengah/klaten",
    )
    assert default_region_key(None, "Kota Bandung") == ("bandung",)


def test_needs_and_offers_from_bulk():
    (n,) = needs_from_bulk(DOC)
    assert (n.id, n.area_keys, n.quantity, n.members, n.lat) == (
        "n1",
        ("di yogyakarta", "di yogyakarta/sleman"),
        None,  # the document states no quantity: the group's size is not one
        24,
        -7.71,
    )
    (o,) = offers_from_bulk(DOC)
    assert o.base_keys == ("jawa tengah", "jawa tengah/klaten")
    assert "di yogyakarta" in o.area_keys and o.capacity == 30 and o.status == "open"


def test_custom_region_key():
    (n,) = needs_from_bulk(DOC, region_key=lambda p, r: (f"P:{p}",))
    assert n.area_keys == ("P:DI Yogyakarta",)


def test_metrics():
    assert hit_at_1(["a", "b"], {"b"}) == 0
    assert recall_at(["a", "b"], {"b", "c"}) == 0.5
    assert ndcg_at(["b"], {"b"}) == pytest.approx(1.0)
    m = evaluate({"n1": ["a"], "n2": []}, {"n1": ["a"], "n2": []})
    assert m["hit@1"] == 1.0 and m["recall@10"] == 1.0
