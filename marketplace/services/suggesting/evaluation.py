"""Measure the matcher on a labelled bulk file through the path production takes.

The file is imported by the real importer into a throw-away SQLite database of its own,
profiles are analysed as ``import-data`` does, and the needs are ranked by ``suggest``
(``services/suggesting/inputs.suggest_all``) on the inputs the production adapter builds from
rows: region codes, quantities, verification, reputation, stable ids. The reach verdict,
the full ranking the pages show (to count offers that cannot serve ranked above one that
can) and the naive baseline read those same inputs, so nothing is measured that
production never builds.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from secrets import token_hex

from flask_babel import force_locale

from marketplace.matching import MatchEngine
from marketplace.matching.evaluate import measure, run_baseline
from marketplace.matching.metrics import miss_kinds


@dataclass(frozen=True)
class Miss:
    """A need whose first suggestion is not one the truth names."""

    need: str
    title: str
    first: str | None
    first_title: str | None
    expected: tuple[str, ...]


@dataclass(frozen=True)
class Evaluation:
    """The engine's figures, the naive baseline's on the same inputs, and the misses."""

    engine: dict[str, float]
    baseline: dict[str, float]
    misses: tuple[Miss, ...]
    miss_kinds: dict[str, int]  # see matching.metrics.miss_kinds: counts, no need named


def evaluate_file(
    data: Path,
    truth: Mapping[str, Sequence[str]],
    *,
    k: int = 10,
    settings_file: str | None = "",
) -> Evaluation:
    """Import ``data`` into a scratch database and measure ``suggest`` against ``truth``.

    ``settings_file`` is the tuned settings the scratch app reads (``""``: the engine's
    defaults; the ``evaluate`` command passes the production app's own).
    """
    from marketplace import create_app
    from marketplace.extensions import db
    from marketplace.services.bulk import imports
    from marketplace.services.suggesting import inputs

    with tempfile.TemporaryDirectory(prefix="pasar-evaluate-") as scratch_dir:
        scratch = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{Path(scratch_dir) / 'evaluate.db'}",
                "TESTING": True,
                "SECRET_KEY": token_hex(16),
                "MATCH_SETTINGS_FILE": settings_file,
            }
        )
        with scratch.app_context():
            db.create_all()
            with force_locale("en"):
                imports.import_file(data)
            inputs.analyse_missing(workers=1)
            listed = inputs.suggest_all(k)
            needs = [item.input for item in inputs.load_needs(open_only=True)]
            offers = [item.input for item in inputs.load_offers(open_only=True)]
            engine = MatchEngine(inputs.settings())
            db.session.remove()
            db.engine.dispose()
    engine.build(offers)
    full = engine.match_all(needs, k, explain=False)
    ranked = {nid: [s.offer_id for s in rows] for nid, rows in full.items()}
    figures = measure(needs, offers, listed, ranked, truth, k, engine.settings)
    naive = run_baseline(needs, offers, k)
    return Evaluation(
        engine=figures,
        baseline=measure(needs, offers, naive, naive, truth, k, engine.settings),
        misses=_misses(listed, truth, needs, offers),
        miss_kinds=dict(miss_kinds(listed, truth, k)),
    )


def _misses(listed, truth, needs, offers) -> tuple[Miss, ...]:
    titles = {item.id: item.title for item in (*needs, *offers)}
    found = []
    for need_id, relevant in sorted(truth.items()):
        ranked = listed.get(need_id, [])
        first = ranked[0] if ranked else None
        if (first in relevant) if relevant else first is None:
            continue
        found.append(
            Miss(need_id, titles.get(need_id, ""), first, titles.get(first), tuple(relevant))
        )
    return tuple(found)
