"""Errors as RFC 9457 problem details: ``application/problem+json`` with a reason and,
for invalid input, the message of each field."""

from __future__ import annotations

from flask import Response, json
from flask_babel import gettext as _

from marketplace.api.messages import translate

MEDIA_TYPE = "application/problem+json"

REASONS = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
    500: "server_error",
}


def _titles() -> dict[int, str]:
    return {
        400: _("Bad request"),
        401: _("Authentication required"),
        403: _("Not allowed"),
        404: _("Not found"),
        405: _("Method not allowed"),
        409: _("Not possible now"),
        413: _("Too large"),
        415: _("Unsupported media type"),
        422: _("Invalid input"),
        429: _("Too many requests"),
        500: _("Something went wrong"),
    }


def problem(
    status: int,
    detail: str = "",
    *,
    reason: str | None = None,
    errors: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = {
        "type": "about:blank",
        "title": _titles().get(status, str(status)),
        "status": status,
        "reason": reason or REASONS.get(status, "error"),
        "detail": detail or _titles().get(status, ""),
    }
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=MEDIA_TYPE)
    for name, value in (headers or {}).items():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def from_http_error(error, message: str) -> Response:
    """A Werkzeug error on an API path (webargs raises one for a body that is not JSON)."""
    code = error.code or 500
    if code == 400 and (getattr(error, "data", None) or {}).get("messages", {}).get("json"):
        return problem(400, _("The body is not valid JSON."), reason="malformed_json")
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    return problem(code, message, headers=headers)


def field_errors(detail) -> dict[str, list[str]]:
    """webargs' ``{location: {field: messages}}`` as ``{field: [message, ...]}``."""
    flat: dict[str, list[str]] = {}

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(prefix, item)
        else:
            flat.setdefault(prefix or "_", []).append(translate(str(value)))

    for _location, fields in (detail or {}).items():
        walk("", fields)
    return flat


# The schema every error response declares in the OpenAPI document.
PROBLEM_SCHEMA = {
    "type": "object",
    "required": ["type", "title", "status", "reason", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "reason": {
            "type": "string",
            "description": "a stable code: "
            + ", ".join(sorted(set(REASONS.values()) | {"insufficient_scope", "malformed_json"})),
        },
        "detail": {"type": "string"},
        "errors": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
}
