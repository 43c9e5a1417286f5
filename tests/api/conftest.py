"""The API tests' world, built once per module on the module's connection."""

from __future__ import annotations

import pytest

from tests.api.world import build_world


@pytest.fixture(scope="module")
def world(base_app, db_connection):
    with base_app.app_context():
        return build_world()
