"""Domain errors raised by services and permissions, and the pages they become."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException


class DomainError(Exception):
    """A business rule refused the request; ``message`` is shown to the user."""

    status = 400

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    status = 404


class PermissionDenied(DomainError):
    status = 403


class InvalidTransition(DomainError):
    status = 409


class ValidationFailed(DomainError):
    """Input that breaks a rule; ``errors`` maps a field (or a record) to its messages."""

    status = 422

    def __init__(self, errors: dict[str, list[str]], message: str = "") -> None:
        super().__init__(message or "; ".join(f"{k}: {', '.join(v)}" for k, v in errors.items()))
        self.errors = errors


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def _problems():
    """The API's problem documents, when the API answers this path (it registers them)."""
    if request.path.startswith("/api/"):
        return current_app.extensions.get("problem_documents")
    return None


def _render(status: int, title: str, message: str, *, errors=None, headers=None):
    if problems := _problems():
        return problems.problem(status, message or title, errors=errors, headers=headers)
    if _wants_json():
        return {"error": title, "message": message}, status
    return render_template("errors/error.html", status=status, title=title, message=message), status


def register(app: Flask) -> None:
    """Map domain errors and HTTP errors to pages (or JSON for the API)."""

    @app.errorhandler(DomainError)
    def domain_error(error: DomainError):
        titles = {
            403: _("Not allowed"),
            404: _("Not found"),
            409: _("Not possible now"),
            422: _("Invalid input"),
        }
        return _render(
            error.status,
            titles.get(error.status, _("Request refused")),
            error.message,
            errors=getattr(error, "errors", None),
        )

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return _render(
            400,
            _("The form expired"),
            _("Please go back, reload the page and try again. Nothing was saved."),
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        messages = {
            403: _("You are not allowed to see or change this."),
            404: _("This page does not exist, or is not yours to see."),
            405: _("This action is not available here."),
            413: _("What you sent is too large."),
            429: _("Too many attempts. Please wait a moment and try again."),
        }
        titles = {413: _("Too large"), 429: _("Too many attempts")}
        code = error.code or 500
        message = messages.get(code, error.description or "")
        if problems := _problems():
            return problems.from_http_error(error, message)
        return _render(code, titles.get(code, f"{code} {error.name}"), message)

    @app.errorhandler(500)
    def server_error(error):
        from marketplace.extensions import db

        db.session.rollback()  # the page itself reads the database (the header's counts)
        return _render(500, _("Something went wrong"), _("The error was logged. Please try again."))
