"""What every template can use: vocabularies, permissions, places, formatting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from flask import Flask, current_app, has_request_context, request, url_for
from flask_babel import (
    force_locale,
    format_date,
    format_datetime,
    format_decimal,
    get_locale,
    get_translations,
)
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from jinja2 import pass_context
from markupsafe import Markup
from sqlalchemy.orm import configure_mappers

from marketplace import i18n, listing_cards, permissions, vocab
from marketplace.formkit import html_params, new_key
from marketplace.links import carried_args
from marketplace.reason_texts import reason_text, shown
from marketplace.services.listings.posting import allowed_transitions
from marketplace.services.messaging.notifications import notice_text, unread_count
from marketplace.services.parties.places import area_label, region_name


def rupiah(value: Decimal | float | int | None) -> str:
    if value is None:
        return ""
    return "Rp " + format_decimal(value, format="#,##0")


def number(value: Decimal | float | int | None) -> str:
    """A count or quantity as the reader writes it: 1.250 / 1,250; no needless decimals."""
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.##")


_ID_MARK = 2147483646  # an id no page links to: the place of the id in the built URL


def id_url(endpoint: str, key: str, **values) -> Callable[[int], str]:
    """``url_for(endpoint, **{key: id}, **values)`` as a function of the id, for a list's
    links: the URL is built once and the id written into it (``url_for`` costs ~6 µs a
    link; a caseload page has 150)."""
    prefix, suffix = url_for(endpoint, **{key: _ID_MARK}, **values).split(str(_ID_MARK))
    return lambda value: f"{prefix}{int(value)}{suffix}"


def page_url(endpoint: str, **values) -> str:
    """``url_for`` for a link every page has the same (the menu's, the static files'): made
    once per app and script root, so the ~18 of the base template cost a dict look-up each.
    Only for URLs that depend on nothing else: the static files' hashed names are fixed
    when the app starts (``assets``)."""
    if not has_request_context():
        return url_for(endpoint, **values)
    key = (request.script_root, endpoint, *sorted(values.items()))
    cache = current_app.extensions.setdefault("page_urls", {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = url_for(endpoint, **values)
    return found


@pass_context
def fragment(context, name: str, **flags: bool) -> Markup:
    """A part of every page that depends only on the language, the script root and
    ``flags`` (the reader's role, never their data): the head's links, the brand, the
    menu, the footer. Rendered once per process for each, from ``templates/chrome/``;
    the ~35 messages and links these parts hold cost a dict look-up a page. A part reads
    only messages, ``page_url``, ``bootstrap`` and its flags: never the reader, the
    request or a token (``tests/web/test_request_costs.py`` holds them to it)."""
    if not has_request_context():
        return Markup(_render_fragment(name, flags))  # nosec B704 (rendered autoescaped)
    locale = context.get("locale") or str(get_locale())
    key = (name, locale, request.script_root, *sorted(flags.items()))
    cache = current_app.extensions.setdefault("fragments", {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = Markup(_render_fragment(name, flags))  # nosec B704 (as above)
    return found


def _render_fragment(name: str, flags: dict) -> str:
    template = current_app.jinja_env.get_template(name)
    return template.render(**i18n.template_callables(get_translations()), **flags)


def csrf_field() -> Markup:
    """A form's CSRF field as a WTForms form renders it (``{{ form.csrf_token }}``), for
    forms written by hand: the review page's two forms for each of its suggestions cost
    more to build as WTForms forms than the rest of the page's forms together. Nothing
    when forms carry no token (``WTF_CSRF_ENABLED`` off, as in most tests). The POST is
    checked as before, by its view's form and by ``CSRFProtect``."""
    if not current_app.config.get("WTF_CSRF_ENABLED", True):
        return Markup("")
    name = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    params = html_params(id=name, name=name, type="hidden", value=generate_csrf())
    return Markup(f"<input {params}>")  # nosec B704 (html_params escapes the values)


def register(app: Flask) -> None:
    app.jinja_env.globals["id_url"] = id_url
    app.jinja_env.globals["page_url"] = page_url
    app.jinja_env.globals["csrf_field"] = csrf_field
    app.jinja_env.globals["fragment"] = fragment
    app.jinja_env.globals["listing_cards"] = listing_cards
    app.jinja_env.filters["rupiah"] = rupiah
    app.jinja_env.filters["number"] = number
    app.jinja_env.filters["link_args"] = lambda args: carried_args(args, drop=("page",))
    app.jinja_env.filters["localtime"] = lambda value: (
        format_datetime(value, "short") if value else ""
    )
    app.jinja_env.filters["date_short"] = lambda value: (
        format_date(value, "medium") if value else ""
    )
    app.jinja_env.filters["notice_text"] = notice_text
    app.jinja_env.filters["region"] = region_name
    app.jinja_env.filters["area"] = area_label
    app.jinja_env.filters["reason"] = reason_text
    app.jinja_env.filters["shown_reasons"] = shown

    @app.context_processor
    def globals_for_templates() -> dict:
        return {
            **i18n.template_callables(get_translations()),
            "vocab": i18n.translated_labels(vocab),
            "new_key": new_key,
            "allowed_transitions": allowed_transitions,
            "perm": permissions,
            # The user itself, not Flask-Login's proxy: templates read it hundreds of times.
            "user": current_user._get_current_object(),
            "locale": str(get_locale() or "id"),
            "current_path": request.full_path.rstrip("?") if request else "/",
            "unread": unread_count(current_user) if current_user.is_authenticated else 0,
        }


def warm(app: Flask) -> None:
    """What a worker's first pages would otherwise do: compile every template, load each
    language's catalogue and its number and date formats, and set up the ORM's mappers
    (``wsgi.py``, before serving). No database connection is made."""
    configure_mappers()
    for name in app.jinja_loader.list_templates():
        if name.endswith(".html"):
            app.jinja_env.get_template(name)
    with app.test_request_context("/"):
        for language in app.config["LANGUAGES"]:
            with force_locale(language):
                get_translations()
                number(1250.5)
                format_datetime(datetime(2026, 1, 1), "short")
