"""`flask tune-matching` replays the recorded decisions and writes settings only when better."""

from __future__ import annotations

from datetime import UTC, datetime

from marketplace.extensions import db
from marketplace.models import Match
from marketplace.services.suggesting import inputs
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


def record_decisions(n: int = 12) -> None:
    """Groups accept verified trainers with small classes; facilitators dismiss unverified
    ones with room for everyone as unreliable."""
    chair = make_user()
    verified = make_provider(make_user(), service_area=[])
    verified.verified_at = datetime.now(UTC)
    unverified = make_provider(make_user(), service_area=[])
    for i in range(n):
        need = make_need(make_group(chair, name=f"Kelompok {i}"), quantity=20)
        small = make_offer(verified, title=f"Tofu workshop {i}", capacity=5, tags=[])
        large = make_offer(unverified, title=f"Tofu workshop {i}", capacity=40, tags=[])
        db.session.add(Match(need=need, offer=small, state="accepted", origin="engine"))
        db.session.add(
            Match(need=need, offer=large, state="dismissed", origin="engine",
                  reason_code="unreliable")
        )  # fmt: skip
    db.session.commit()


def test_tuning_writes_better_settings_that_the_app_then_uses(app, runner, tmp_path, monkeypatch):
    target = tmp_path / "match_settings.toml"
    monkeypatch.setitem(app.config, "MATCH_SETTINGS_FILE", str(target))
    monkeypatch.delitem(app.extensions, "match_settings", raising=False)
    with app.app_context():
        record_decisions()
        before = inputs.settings()
    dry = runner.invoke(args=["tune-matching", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "better, but not written" in dry.output and not target.exists()
    result = runner.invoke(args=["tune-matching"])
    assert result.exit_code == 0, result.output
    assert "held-apart AUC: before" in result.output and f"written: {target}" in result.output
    with app.app_context():
        after = inputs.settings()
    assert after != before and after.w_verified > 0.75 * after.w_capacity
    app.extensions.pop("match_settings", None)


def test_without_decisions_nothing_is_written(app, runner, tmp_path, monkeypatch):
    target = tmp_path / "match_settings.toml"
    monkeypatch.setitem(app.config, "MATCH_SETTINGS_FILE", str(target))
    result = runner.invoke(args=["tune-matching"])
    assert result.exit_code == 0 and "not better: nothing written" in result.output
    assert not target.exists()
