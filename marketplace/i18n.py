"""How the user's language is chosen: their account, then the session, then Indonesian."""

from __future__ import annotations

from flask import current_app, has_request_context, session
from flask_login import current_user


def select_locale() -> str:
    supported = current_app.config["LANGUAGES"]
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and current_user.is_authenticated and current_user.locale in supported:
        return current_user.locale
    if session.get("lang") in supported:
        return session["lang"]
    return current_app.config["BABEL_DEFAULT_LOCALE"]
