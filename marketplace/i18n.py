"""How the user's language is chosen: their account, then the session, then Indonesian
(the API: Accept-Language, then the token owner's account)."""

from __future__ import annotations

from functools import cached_property

import flask_babel
from babel import support
from flask import current_app, g, has_request_context, request, session
from flask_babel import Domain, get_locale
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


class RequestDomain(Domain):
    """Flask-Babel's message domain, with the catalogue found once per request and locale.

    Flask-Babel finds it again for every message (the locale, its name, then a cache
    keyed by that name): a review page's ~700 messages spent a fifth of its time there.
    The catalogue is kept beside the request's locale and used while that locale object
    is the request's, so ``force_locale`` (mail in the recipient's language) and
    ``refresh`` still switch catalogues."""

    def get_translations(self):
        ctx = flask_babel._get_current_context()
        if ctx is None:
            return support.NullTranslations()
        locale = getattr(ctx, "babel_locale", None) or get_locale()
        bound = getattr(ctx, "bound_translations", None)
        if bound is not None and bound[0] is locale and bound[1] is self:
            return bound[2]
        translations = super().get_translations()
        ctx.bound_translations = (locale, self, translations)
        return translations


class Babel(flask_babel.Babel):
    @cached_property
    def domain_instance(self):
        return RequestDomain(domain=self.domain)
