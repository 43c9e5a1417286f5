"""Rank many listings at once in forked processes that share the built index.

The matching worker's burst re-ranks every open listing (both directions: 100,000 offers'
needs cost minutes on one core). The ranking only reads the index, so forked children can
share it copy-on-write and hand back plain rows; the results are the very ones a serial
run gives (each listing is ranked by the same code on the same index), in the same order.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable

MIN_PER_WORKER = 100  # fewer listings than this per worker: not worth a fork

_TASK: tuple[Callable, list, int] | None = None


def _reasons(suggestion) -> list[dict]:
    return [
        {"code": r.code, "params": dict(r.params), "weight": round(r.weight, 4)}
        for r in suggestion.reasons
    ]


def _plain(suggestions) -> list[tuple]:
    return [(s.need_id, s.offer_id, s.score, s.can_serve, _reasons(s)) for s in suggestions]


def _chunk(start: int, step: int) -> list[list[tuple]]:
    assert _TASK is not None  # set by ``ranked`` before the fork
    rank, items, k = _TASK
    return [_plain(rank(item, k, profile=profile)) for item, profile in items[start::step]]


def ranked(rank: Callable, items: list[tuple], k: int, workers: int) -> list[list[tuple]]:
    """``rank(item, k, profile=profile)`` for each (item, profile), as plain tuples
    ``(need id, offer id, score, can_serve, reasons)``; in ``workers`` forked processes
    when there are enough items."""
    global _TASK
    if workers <= 1 or len(items) < workers * MIN_PER_WORKER or not _can_fork():
        return [_plain(rank(item, k, profile=profile)) for item, profile in items]
    _TASK = (rank, items, k)
    enabled = gc.isenabled()
    gc.disable()  # the children never walk (and so copy) the shared heap
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.starmap(_chunk, [(w, workers) for w in range(workers)])
    finally:
        _TASK = None
        if enabled:
            gc.enable()
    merged: list[list[tuple]] = [[]] * len(items)
    for w, part in enumerate(parts):
        merged[w::workers] = part
    return merged


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()
