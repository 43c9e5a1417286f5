"""The lifecycle of listings and matches, as data: their states, the moves between them, who
may make each move, and what a match's move does to its need.

Dependency-free (standard library only), so the services that move things, the permissions
that show the buttons and the dashboard that counts them all read the same table. Labels
for people live in ``vocab.LISTING_STATUSES`` and ``services.curation.moves.STATES``.

    listing: draft → open → matched → fulfilled / closed, or withdrawn
    match:   suggested/responded/requested → proposed (facilitator) or dismissed (facilitator)
             proposed → group_accepted or declined (the group) · withdrawn (facilitator) · expired
             group_accepted → accepted or declined (the provider) · withdrawn · expired
             accepted → in_progress · withdrawn (either party or the facilitator)
             in_progress → completed (the group or the facilitator) · withdrawn
"""

from __future__ import annotations

from dataclasses import dataclass

FACILITATOR, GROUP, PROVIDER, SYSTEM = "facilitator", "group", "provider", "system"
OWNER = "owner"  # of a listing: the group's officers for a need, the provider's for an offer
PARTIES = frozenset({FACILITATOR, GROUP, PROVIDER})


@dataclass(frozen=True)
class Rule:
    """Who may make a move, and whether they must say why."""

    actors: frozenset[str]
    needs_reason: bool = False


# Listings ---------------------------------------------------------------------------------

LISTING_STATES = ("draft", "open", "matched", "fulfilled", "closed", "withdrawn")
INITIAL_LISTING_STATES = frozenset({"draft", "open"})
EDITABLE_LISTING_STATES = frozenset({"draft", "open", "matched"})
ACTIVE_LISTING_STATES = ("draft", "open", "matched")
LIVE_LISTING_STATES = ("open", "matched")  # published and not yet done
PUBLIC_LISTING_STATES = frozenset({"open", "matched", "fulfilled", "closed"})
OWNER_OR_SYSTEM = frozenset({OWNER, SYSTEM})

LISTING_TRANSITIONS: dict[tuple[str, str], Rule] = {
    ("draft", "open"): Rule(frozenset({OWNER})),
    ("draft", "withdrawn"): Rule(frozenset({OWNER})),
    ("open", "matched"): Rule(OWNER_OR_SYSTEM),  # the system: a match both sides accepted
    ("open", "closed"): Rule(frozenset({OWNER})),
    ("open", "withdrawn"): Rule(frozenset({OWNER})),
    ("matched", "open"): Rule(OWNER_OR_SYSTEM),  # the system: its last introduction ended
    ("matched", "fulfilled"): Rule(OWNER_OR_SYSTEM),  # the system: the work was completed
    ("matched", "closed"): Rule(frozenset({OWNER})),
    ("closed", "open"): Rule(frozenset({OWNER})),
}

# A listing taken off the market takes its undecided matches with it (moved by the system).
LISTING_ENDINGS = frozenset({"closed", "withdrawn"})


def listing_moves(state: str, actor: str = OWNER) -> list[str]:
    """The states a listing in ``state`` may move to by ``actor``."""
    return sorted(
        to
        for (start, to), rule in LISTING_TRANSITIONS.items()
        if start == state and actor in rule.actors
    )


def listing_move_allowed(start: str, to: str, actor: str = OWNER) -> bool:
    rule = LISTING_TRANSITIONS.get((start, to))
    return rule is not None and actor in rule.actors


# Matches ----------------------------------------------------------------------------------

MATCH_STATES = (
    "suggested",
    "responded",
    "requested",
    "proposed",
    "group_accepted",
    "accepted",
    "in_progress",
    "completed",
    "declined",
    "withdrawn",
    "expired",
    "dismissed",
)
# what a person (a provider's answer, a group's request) put before the facilitator
ASKED_OF_FACILITATOR = ("responded", "requested")
CANDIDATE_STATES = ("suggested", *ASKED_OF_FACILITATOR)  # waiting on the facilitator
INTRODUCED_STATES = frozenset({"accepted", "in_progress", "completed"})

MATCH_TRANSITIONS: dict[tuple[str, str], Rule] = {
    **{(start, "proposed"): Rule(frozenset({FACILITATOR})) for start in CANDIDATE_STATES},
    **{
        (start, "dismissed"): Rule(frozenset({FACILITATOR}), needs_reason=True)
        for start in CANDIDATE_STATES
    },
    **{(start, "withdrawn"): Rule(frozenset({SYSTEM})) for start in CANDIDATE_STATES},
    ("proposed", "group_accepted"): Rule(frozenset({GROUP})),
    ("proposed", "declined"): Rule(frozenset({GROUP}), needs_reason=True),
    ("proposed", "withdrawn"): Rule(frozenset({FACILITATOR, SYSTEM})),
    ("proposed", "expired"): Rule(frozenset({SYSTEM})),
    ("group_accepted", "accepted"): Rule(frozenset({PROVIDER})),
    ("group_accepted", "declined"): Rule(frozenset({PROVIDER}), needs_reason=True),
    ("group_accepted", "withdrawn"): Rule(frozenset({FACILITATOR, SYSTEM})),
    ("group_accepted", "expired"): Rule(frozenset({SYSTEM})),
    ("accepted", "in_progress"): Rule(PARTIES),
    ("accepted", "withdrawn"): Rule(PARTIES),
    ("in_progress", "completed"): Rule(frozenset({GROUP, FACILITATOR})),
    ("in_progress", "withdrawn"): Rule(PARTIES),
}

# Undecided: what the system withdraws when the need or the offer is taken off the market.
UNDECIDED_MATCH_STATES = tuple(
    start
    for start in MATCH_STATES
    if SYSTEM in MATCH_TRANSITIONS.get((start, "withdrawn"), Rule(frozenset())).actors
)
EXPIRING_STATES = tuple(start for (start, to) in MATCH_TRANSITIONS if to == "expired")

# A decision pending on one side: (state, accepted?) → the state it leads to.
DECISIONS: dict[tuple[str, bool], str] = {
    ("proposed", True): "group_accepted",
    ("proposed", False): "declined",
    ("group_accepted", True): "accepted",
    ("group_accepted", False): "declined",
}


def match_moves(state: str, roles: set[str] | frozenset[str]) -> list[str]:
    """The states a match in ``state`` may move to by someone playing ``roles``."""
    return [
        to
        for (start, to), rule in MATCH_TRANSITIONS.items()
        if start == state and rule.actors & roles
    ]


def decision(state: str, accept: bool) -> str | None:
    """Where a decision leads from ``state`` (None: no decision is pending there)."""
    return DECISIONS.get((state, accept))


# Effects of a match's move on its need ----------------------------------------------------

# (the match's new state, the need's state) → the need's new state, moved by the system.
NEED_FOLLOWS_MATCH: dict[tuple[str, str], str] = {
    ("accepted", "open"): "matched",  # both sides accepted
    ("completed", "matched"): "fulfilled",  # the work is done
}
# An introduction ended: when no other introduction of the need goes on, the group still
# needs someone.
NEED_AFTER_LAST_INTRODUCTION: dict[str, str] = {"matched": "open"}


def need_after(
    start: str, to: str, need_state: str, *, other_introductions: bool = False
) -> str | None:
    """The state a match's move ``start → to`` brings its need to (None: the need stays)."""
    target = NEED_FOLLOWS_MATCH.get((to, need_state))
    ended = start in INTRODUCED_STATES and to not in INTRODUCED_STATES
    if target is None and ended and not other_introductions:
        target = NEED_AFTER_LAST_INTRODUCTION.get(need_state)
    if target is not None and listing_move_allowed(need_state, target, SYSTEM):
        return target
    return None
