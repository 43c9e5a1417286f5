"""``flask create-token`` prints the new token on its last line (outside checks rely on it)."""

from __future__ import annotations

from marketplace.extensions import db
from marketplace.models import User
from tests.api.world import bearer


def _email(app, name: str) -> str:
    with app.app_context():
        return db.session.scalar(db.select(User.email).where(User.name == name))


def test_the_last_line_is_a_working_read_token(app, runner, client, world):
    result = runner.invoke(args=["create-token", _email(app, "ketua"), "--name", "ci"])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    me = client.get("/api/v1/me", headers=bearer(token))
    assert me.status_code == 200 and me.json["scopes"] == ["read"]


def test_scopes_are_chosen_with_an_option(app, runner, client, world):
    result = runner.invoke(
        args=["create-token", _email(app, "ketua"), "--name", "ci", "--scope", "read",
              "--scope", "write"]
    )  # fmt: skip
    token = result.output.strip().splitlines()[-1]
    assert client.get("/api/v1/me", headers=bearer(token)).json["scopes"] == ["read", "write"]


def test_an_unknown_account_is_an_error(runner, world):
    result = runner.invoke(args=["create-token", "nobody@example.org", "--name", "ci"])
    assert result.exit_code == 1
