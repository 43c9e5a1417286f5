"""Links that leave the site (mail, messages): built from ``PUBLIC_URL``, never the request.

A request's ``Host`` header is the visitor's to choose, so a link built from it could
send a password-reset token to any site. These helpers use only the configured address.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, current_app

from marketplace.security import refuse

DEVELOPMENT_PUBLIC_URL = "http://127.0.0.1:5000"


def configure_public_url(app: Flask) -> None:
    """Check ``PUBLIC_URL``; production refuses to start without one."""
    url = (app.config.get("PUBLIC_URL") or "").strip()
    if not url:
        if app.config["MARKETPLACE_ENV"] == "production":
            refuse(
                app,
                "PUBLIC_URL must be set in production: the address people open, "
                "e.g. https://pasar.example.id (it is used in every link sent by mail).",
            )
        url = DEVELOPMENT_PUBLIC_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise RuntimeError(f"PUBLIC_URL must be an http(s) address like https://host/, not {url!r}")
    app.config["PUBLIC_URL"] = url.rstrip("/")


def external_url(endpoint: str, **values) -> str:
    """The absolute address of ``endpoint`` under ``PUBLIC_URL``."""
    base = urlsplit(current_app.config["PUBLIC_URL"])
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path or "/", url_scheme=base.scheme
    )
    return adapter.build(endpoint, values, force_external=True)


def external_path(path: str) -> str:
    """An absolute address for a site-relative ``path`` such as ``/matches/3``."""
    if not path.startswith("/") or path.startswith("//"):
        path = "/"
    return current_app.config["PUBLIC_URL"] + path


def carried_args(args, *, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """A request's query arguments to carry on in a link to another page of it (``url_for``),
    less ``drop``: never one ``url_for`` reads itself (``_method``, ``_external``…), which
    made building the link fail (a 500 for ``?_method=POST``)."""
    return {k: v for k, v in args.items() if k not in drop and not k.startswith("_")}
