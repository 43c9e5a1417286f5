"""The live OpenAPI document against the API itself: schemathesis generates requests from
it, valid and invalid, for every operation, as the admin (who reaches every code path),
on the module's world (so real ids are tried beside random ones).

No answer may be a server error, and every answer must keep to the document: its status
declared, its content type declared, its body valid against the declared schema. A few
examples per operation and mode keep the run bounded (a fuzz, not an exhaustive proof).
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.world import bearer

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 10  # per operation and mode
REAL_IDS = {
    "need_id": "need",
    "offer_id": "offer",
    "group_id": "group",
    "provider_id": "provider",
    "match_id": "introduced",
}


def _strategies(operation, ids: dict[str, int]):
    names = [p.name for p in operation.path_parameters]
    real = {name: ids[REAL_IDS[name]] for name in names if name in REAL_IDS}
    positive = operation.as_strategy(GenerationMode.POSITIVE)
    if real:
        positive = st.one_of(
            positive, operation.as_strategy(GenerationMode.POSITIVE, path_parameters=real)
        )
    negative = operation.as_strategy(
        GenerationMode.NEGATIVE, **({"path_parameters": real} if real else {})
    )
    return {"positive": positive, "negative": negative}


def test_every_operation_keeps_to_its_document(app, world):
    keys, ids = world
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    # The WSGI transport does not decode Brotli: ask for the body as it is.
    headers = bearer(keys["admin"]) | {"Accept-Encoding": "identity"}
    failures, tried = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode, strategy in _strategies(operation, ids).items():

            @given(case=strategy)
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            def check(case):
                case.call_and_validate(headers=headers, checks=CHECKS)

            tried += 1
            try:
                check()
            except (Exception, BaseExceptionGroup) as error:  # try all; report every failure
                failures.append(f"{operation.method.upper()} {operation.path} ({mode}): {error}")
    assert tried >= 2 * 35
    assert not failures, "\n\n".join(failures)
