"""How the user's language is chosen: their account, then the session, then Indonesian
(the API: Accept-Language, then the token owner's account)."""

from __future__ import annotations

from functools import cached_property
from types import ModuleType, SimpleNamespace
from weakref import WeakKeyDictionary

import flask_babel
from babel import support
from flask import current_app, g, has_request_context, request, session
from flask_babel import Domain, get_locale
from flask_babel.speaklater import LazyString
from flask_login import current_user
from jinja2 import pass_context
from markupsafe import Markup


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


def request_translations():
    """``flask_babel.get_translations()``, found in one look-up when the request's catalogue
    is bound already (``RequestDomain``): Flask-Babel's own way looks the request's context
    up three times (domain, catalogue, locale), ~9 proxy look-ups a message."""
    try:
        ctx = g._flask_babel
    except (AttributeError, RuntimeError):  # not yet, or outside an app context
        return flask_babel.get_translations()
    bound = getattr(ctx, "bound_translations", None)
    if (
        bound is not None
        and bound[0] is getattr(ctx, "babel_locale", None)
        and bound[1] is getattr(ctx, "babel_domain", None)
    ):
        return bound[2]
    return flask_babel.get_translations()


def N_(string: str) -> str:  # noqa: N802 (the name pybabel extracts by default)
    """Mark a message kept in a constant for extraction; it is translated where used."""
    return string


def gettext(string: str, **variables) -> str:
    """``flask_babel.gettext``, the same result, for messages translated many times a page
    (the reasons of each suggestion, each offer's reach)."""
    translated = request_translations().ugettext(string)
    return translated % variables if variables else translated


def template_callables(translations) -> dict:
    """``gettext`` and ``ngettext`` for one template render, bound to ``translations``.

    Jinja resolves ``_()``, ``gettext()`` and ``ngettext()`` through the context before
    its globals, so these replace Flask-Babel's for the render: the same new-style
    semantics (autoescaped, always %-formatted), without finding the request's catalogue
    again for each of a page's hundreds of messages. ``_`` is bound too: Jinja's own
    ``_`` only looks ``gettext`` up in the context and calls it, a second call through
    the context for each message. A message without variables and without a ``%`` is
    what formatting would give back, so it is not formatted."""

    @pass_context
    def gettext(__context, __string: str, **variables):
        rv = translations.ugettext(__string)
        if __context.eval_ctx.autoescape:
            rv = Markup(rv)  # nosec B704 (our own catalogue, as Jinja's i18n marks it)
        if not variables and "%" not in rv:
            return rv
        return rv % variables

    @pass_context
    def ngettext(__context, __singular: str, __plural: str, __num: int, **variables):
        variables.setdefault("num", __num)
        rv = translations.ungettext(__singular, __plural, __num)
        if __context.eval_ctx.autoescape:
            rv = Markup(rv)  # nosec B704 (our own catalogue, as Jinja's i18n marks it)
        return rv % variables

    return {"_": gettext, "gettext": gettext, "ngettext": ngettext}


_labels: WeakKeyDictionary = WeakKeyDictionary()


def translated_labels(module: ModuleType) -> SimpleNamespace:
    """``module``'s public names, its dicts of lazy labels as plain text in the current
    language (made once per catalogue): a caseload page reads ~400 labels, each a
    catalogue look-up when lazy."""
    by_module = _labels.setdefault(flask_babel.get_translations(), {})
    found = by_module.get(module.__name__)
    if found is None:
        names = {}
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, ModuleType) or callable(value):
                continue
            if isinstance(value, dict) and any(isinstance(v, LazyString) for v in value.values()):
                value = {k: str(v) for k, v in value.items()}
            names[name] = value
        found = by_module[module.__name__] = SimpleNamespace(**names)
    return found
