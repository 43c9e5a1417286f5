"""A list of the whole marketplace is counted only as far as a reader pages, and the home
page's counts may be a minute old: neither reads every listing for each visitor."""

from __future__ import annotations

import re
import time

import pytest

from marketplace.services import paging
from marketplace.services.listings import search
from tests.factories import make_group, make_need, make_user


@pytest.fixture
def app_config():
    return {"PER_PAGE": 3}


@pytest.fixture
def counted_ahead(monkeypatch):
    monkeypatch.setattr(paging, "COUNTED_AHEAD", 4)  # with pages of three


def _post_needs(app, n: int) -> None:
    with app.app_context():
        group = make_group(make_user())
        for i in range(n):
            make_need(group, title=f"Pelatihan nomor {i:02d}")


def _page(client, number: int) -> str:
    return client.get(f"/needs/?page={number}").get_data(as_text=True)


def test_browsing_counts_a_long_list_only_so_far_and_says_there_is_more(app, client, counted_ahead):
    _post_needs(app, 10)
    first = _page(client, 1)
    assert "Lebih dari 6 ditemukan" in first  # counted to whole pages: 4 rounded up to 6
    assert "Halaman 1 dari lebih dari 2" in first
    assert "page=2" in first


def test_every_listing_is_reached_by_following_next_once(app, client, counted_ahead):
    _post_needs(app, 10)
    seen, number = [], 1
    while True:
        html = _page(client, number)
        seen += re.findall(r">Pelatihan nomor (\d\d)<", html)
        if f"page={number + 1}" not in html:
            break
        number += 1
    assert sorted(seen) == [f"{i:02d}" for i in range(10)]
    assert number == 4  # 3 + 3 + 3 + 1
    assert "10 ditemukan" in html and "Lebih dari" not in html  # the last page counts them all


def test_a_list_shorter_than_the_count_is_counted_whole(app, client, counted_ahead):
    _post_needs(app, 6)
    first = _page(client, 1)
    assert "6 ditemukan" in first and "Lebih dari" not in first
    assert "Halaman 1 dari 2" in first


def test_more_than_n_pages_means_there_is_another(app, client, counted_ahead):
    _post_needs(app, 7)  # three pages of three: the first counts to six, then sees a seventh
    first = _page(client, 1)
    assert "Halaman 1 dari lebih dari 2" in first
    assert "Pelatihan nomor 00" in _page(client, 3)  # newest first: the oldest comes last


def test_a_page_past_the_end_counts_no_further_than_it_looks(app, client, counted_ahead):
    _post_needs(app, 10)
    html = _page(client, 40)
    assert "Pelatihan nomor" not in html
    assert "10 ditemukan" in html


def test_the_home_page_counts_may_be_a_minute_old(app, client):
    search.marketplace_counts.cache_clear()
    _post_needs(app, 2)
    assert _open_needs(client) == "2"
    _post_needs(app, 1)
    assert _open_needs(client) == "2"  # counted less than a minute ago
    search.marketplace_counts.cache.expire(time.monotonic() + search.COUNTS_SECONDS + 1)
    assert _open_needs(client) == "3"


def _open_needs(client) -> str:
    html = client.get("/").get_data(as_text=True)
    return re.search(r"<strong>([\d.]+)</strong><span>kebutuhan terbuka", html).group(1)
