"""docs/api.md's curl examples, run as written against a server on 127.0.0.1 with a token
made by ``flask create-token`` (real commits: the tables are emptied afterwards)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess  # nosec B404 (the guide's own commands)
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from marketplace import create_app
from marketplace.extensions import db
from marketplace.services.accounts.users import set_system_roles
from marketplace.services.curation import actions, caseload
from tests.conftest import _config, _empty_all_tables
from tests.factories import make_group, make_need, make_offer, make_provider, make_user

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "api.md"
pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="no curl")


@pytest.fixture
def server(database_url):
    app = create_app(_config(database_url, SERVER_NAME=None, WEBHOOK_ALLOW_PRIVATE=True))
    with app.app_context():
        chair, facilitator, trainer = make_user("ketua"), make_user(), make_user()
        set_system_roles(facilitator, facilitator=True, admin=False)
        group = make_group(chair)
        caseload.assign(facilitator=facilitator, group=group)
        need, other = make_need(group), make_need(group, title="Pelatihan pembukuan")
        offer = make_offer(make_provider(trainer))
        match = actions.propose(need, offer, by=facilitator, note="Cocok")
        env = {
            "GROUP_ID": str(group.id),
            "NEED_ID": str(need.id),
            "OTHER_NEED_ID": str(other.id),
            "MATCH_ID": str(match.id),
        }
        email = chair.email
    made = app.test_cli_runner().invoke(
        args=["create-token", email, "--name", "guide", "--scope", "read", "--scope", "write"]
    )
    env["TOKEN"] = made.output.strip().splitlines()[-1]
    http = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, args=(0.05,), daemon=True)  # quick stop
    thread.start()
    env["API"] = f"http://127.0.0.1:{http.server_port}/api/v1"
    yield env
    http.shutdown()
    thread.join()
    with app.app_context():
        db.session.remove()
        _empty_all_tables()
        db.session.commit()
        db.engine.dispose()


def _blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S)


def test_the_guide_has_examples_for_each_part():
    text = "\n".join(_blocks())
    for path in ("/me", "/needs?", "/groups/$GROUP_ID/needs", "/transitions", "/webhooks"):
        assert path in text


def test_every_curl_example_in_the_guide_works(server):
    env = {**os.environ, **server}
    # Every call must answer 2xx (or the 304 the ETag example asks for).
    prelude = 'set -euo pipefail\ncurl() { command curl --fail-with-body "$@"; }\n'
    outputs = []
    for block in _blocks():
        result = subprocess.run(  # nosec B603 B607 (the guide's commands, on 127.0.0.1)
            ["bash", "-c", prelude + block],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, (block, result.stdout, result.stderr)
        outputs.append(result.stdout)
    assert "Pelatihan membuat tempe utk 15 org" in outputs[1]
    assert '"group_accepted"' in outputs[2]
    assert outputs[3].strip() == "304"
    assert "whsec_" in outputs[4]
