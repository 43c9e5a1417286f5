"""The JSON API for partner programmes and apps, under ``/api/v1``.

Built with APIFlask (the app is an ``APIFlask``, a Flask subclass, created with
``json_errors=False`` so pages keep their HTML errors). Callers authenticate with a
personal access token (``Authorization: Bearer …``), never a cookie, so the API is
exempt from CSRF; every route calls the same services and permission predicates as the
pages. Errors are ``application/problem+json``; reads carry an ETag.
"""

from __future__ import annotations

import hashlib

from apiflask import APIBlueprint, HTTPTokenAuth
from apiflask.exceptions import HTTPError
from flask import Flask, current_app, g, request
from flask_babel import gettext as _

from marketplace.api import problems
from marketplace.api.problems import MEDIA_TYPE, PROBLEM_SCHEMA, field_errors, problem

bp = APIBlueprint("api", __name__, url_prefix="/api/v1", tag="API")
auth = HTTPTokenAuth(
    scheme="Bearer",
    description="A personal access token: `flask --app marketplace create-token EMAIL "
    "--name NAME`, or *Your account → API tokens*. Scopes: read, write.",
)
READ, WRITE = ["read"], ["write"]
DESCRIPTION = (
    "Pasar Pendamping's marketplace for partner programmes and apps. A personal access "
    "token (`Authorization: Bearer …`) acts as its owner and sees what they may see; "
    "`read` and `write` scopes. Lists are newest first with cursor pages (`next`); reads "
    "carry an ETag. Errors are `application/problem+json` with a stable `reason` and "
    "field `errors`. Webhooks send signed events (`X-Signature-256`). Guide: docs/api.md."
)


@auth.verify_token
def _verify(raw: str):
    from marketplace.services.integrations import tokens

    token = tokens.authenticate(raw)
    if token is None:
        return None
    g.api_token = token
    return token.user


@auth.get_user_roles
def _scopes(_user):
    return list(g.api_token.scopes)


@auth.error_processor
def _auth_error(error: HTTPError):
    if error.status_code == 401:
        return problem(
            401,
            _("Send a valid token: Authorization: Bearer <token>."),
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
        )
    return problem(
        403, _("This token's scopes do not allow this request."), reason="insufficient_scope"
    )


def current_user():
    return auth.current_user


class Shown:
    """A record with a few values of the caller's view added (allowed moves, contacts)."""

    def __init__(self, record, **extra) -> None:
        self._record = record
        self.__dict__.update(extra)

    def __getattr__(self, name: str):
        return getattr(self._record, name)


def merged(record, body: dict, names) -> dict:
    """A PATCH as the services take it: the record's fields as they are, with the changes."""
    return {name: getattr(record, name) for name in names} | body


def _rate_key() -> str:
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return "api-token:" + hashlib.sha256(header[7:].encode("utf-8", "replace")).hexdigest()
    return "api-address:" + (request.remote_addr or "")


def _rate_limit() -> str:
    return current_app.config["API_RATE_LIMIT"]


@bp.after_request
def _conditional(response):
    """Reads carry an ETag; a matching If-None-Match gets 304 without the body."""
    if request.method == "GET" and response.status_code == 200 and not response.is_streamed:
        response.add_etag()
        response.make_conditional(request)
    response.headers.setdefault("Cache-Control", "private, no-cache")
    return response


def problem_for(error: HTTPError):
    """APIFlask's errors (invalid input, bad JSON, aborts) as problem details."""
    if error.status_code == 422 or (error.status_code == 400 and isinstance(error.detail, dict)):
        errors = field_errors(error.detail)
        if error.status_code == 400 or "json._schema" in errors:
            return problem(400, _("The body is not valid JSON."), reason="malformed_json")
        return problem(422, _("Some fields are not valid."), errors=errors)
    return problem(error.status_code, headers=error.headers)


def _spec(spec: dict) -> dict:
    """Only the API's paths; every error declared as problem+json."""
    spec["paths"] = {p: ops for p, ops in spec["paths"].items() if p.startswith("/api/v1/")}
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    schemas.pop("HTTPError", None)
    schemas.pop("ValidationError", None)
    ref = {"$ref": "#/components/schemas/Problem"}
    statuses = {
        "400": "Malformed request or body",
        "401": "No valid token",
        "403": "Not allowed (someone else's record, or the token's scope)",
        "404": "Not found, or not yours to see",
        "409": "Not possible in the record's present state",
        "413": "Body too large",
        "415": "Body is not JSON",
        "422": "Invalid input, with the message of each field",
        "429": "Too many requests for this token",
    }
    for operations in spec["paths"].values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for status, description in statuses.items():
                responses[status] = {
                    "description": description,
                    "content": {MEDIA_TYPE: {"schema": ref}},
                }
    return spec


def register(app: Flask) -> None:
    from marketplace.api import account, listings, matches, parties  # noqa: F401  (routes)
    from marketplace.extensions import csrf, limiter

    if not getattr(bp, "_marketplace_ready", False):  # one blueprint object for every app
        csrf.exempt(bp)
        limiter.limit(_rate_limit, key_func=_rate_key)(bp)
        bp._marketplace_ready = True
    app.register_blueprint(bp)
    if not app.config.get("DESCRIPTION"):
        app.config["DESCRIPTION"] = DESCRIPTION
    app.error_processor(problem_for)
    app.extensions["problem_documents"] = problems  # how the app's error handlers answer /api/
    app.spec_processor(_spec)
