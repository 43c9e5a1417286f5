"""How the user's language is chosen: their account, then the session, then Indonesian
(the API: Accept-Language, then the token owner's account)."""

from __future__ import annotations

from flask import current_app, g, has_request_context, request, session
from flask_login import current_user


def select_locale() -> str:
    supported = current_app.config["LANGUAGES"]
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if request.path.startswith("/api/"):
        return _api_locale(supported)
    if current_user and current_user.is_authenticated and current_user.locale in supported:
        return current_user.locale
    if session.get("lang") in supported:
        return session["lang"]
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def _api_locale(supported) -> str:
    """The API (no cookies): Accept-Language, else the token owner's language."""
    if request.accept_languages:
        best = request.accept_languages.best_match(supported)
        if best:
            return best
    token = g.get("api_token")
    if token is not None and token.user.locale in supported:
        return token.user.locale
    return current_app.config["BABEL_DEFAULT_LOCALE"]
