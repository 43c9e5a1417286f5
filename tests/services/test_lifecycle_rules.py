"""The lifecycle's table for listings, and what a match's move does to its need."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from marketplace import lifecycle
from marketplace.lifecycle import OWNER, SYSTEM
from marketplace.vocab import LISTING_STATUSES

# Written out, so that a wrong table in marketplace/lifecycle.py fails here.
W, S = OWNER, SYSTEM  # W: the listing's owner
LISTING_EXPECTED = {
    ("draft", "open"): {W},
    ("draft", "withdrawn"): {W},
    ("open", "matched"): {W, S},
    ("open", "closed"): {W},
    ("open", "withdrawn"): {W},
    ("matched", "open"): {W, S},
    ("matched", "fulfilled"): {W, S},
    ("matched", "closed"): {W},
    ("closed", "open"): {W},
}


def test_the_listing_table_is_the_lifecycle_of_the_product():
    table = lifecycle.LISTING_TRANSITIONS
    assert {pair: set(rule.actors) for pair, rule in table.items()} == LISTING_EXPECTED
    assert lifecycle.listing_moves("open") == ["closed", "matched", "withdrawn"]
    assert lifecycle.listing_moves("fulfilled") == []
    assert lifecycle.listing_moves("withdrawn") == []
    assert list(LISTING_STATUSES) == list(lifecycle.LISTING_STATES)  # every state has a label


def test_undecided_matches_are_the_ones_the_system_withdraws_with_their_listing():
    assert lifecycle.UNDECIDED_MATCH_STATES == (
        "suggested",
        "responded",
        "requested",
        "proposed",
        "group_accepted",
    )
    assert set(lifecycle.EXPIRING_STATES) == {"proposed", "group_accepted"}


@pytest.mark.parametrize(
    ("state", "accept", "to"),
    [
        ("proposed", True, "group_accepted"),
        ("proposed", False, "declined"),
        ("group_accepted", True, "accepted"),
        ("group_accepted", False, "declined"),
        ("accepted", True, None),
        ("suggested", False, None),
    ],
)
def test_a_decision_leads_where_the_table_says(state, accept, to):
    assert lifecycle.decision(state, accept) == to


@pytest.mark.parametrize(
    ("start", "to", "need", "others", "after"),
    [
        ("group_accepted", "accepted", "open", False, "matched"),  # both accepted
        ("group_accepted", "accepted", "matched", False, None),  # already matched
        ("in_progress", "completed", "matched", False, "fulfilled"),
        ("in_progress", "completed", "open", False, None),  # reopened by its owner
        ("accepted", "withdrawn", "matched", False, "open"),  # the group still needs someone
        ("in_progress", "withdrawn", "matched", True, None),  # another introduction goes on
        ("proposed", "withdrawn", "matched", False, None),  # was never an introduction
        ("proposed", "group_accepted", "open", False, None),
        ("group_accepted", "declined", "open", False, None),
    ],
)
def test_a_match_moves_its_need(start, to, need, others, after):
    assert lifecycle.need_after(start, to, need, other_introductions=others) == after


def test_the_lifecycle_depends_on_nothing_but_the_standard_library():
    tree = ast.parse(Path(lifecycle.__file__).read_text())
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"__future__", "dataclasses"}
