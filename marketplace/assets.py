"""Static files under names that carry a hash of their content, cached for a year.

``url_for("static", filename="css/app.css")`` gives ``/static/css/app.<hash>.css``; the
name changes whenever the file does, so browsers may keep it forever (``immutable``). A
manifest of the app's own files is built when the app starts; Bootstrap-Flask's files are
hashed the first time a page asks for one. A request under an old or missing hash still
gets the current file, only with a short lifetime.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from flask import Flask, abort, redirect, send_from_directory, url_for
from werkzeug.security import safe_join

YEAR = 365 * 24 * 3600
HASHED = re.compile(r"^(?P<stem>.+)\.(?P<digest>[0-9a-f]{12})(?P<suffix>\.[A-Za-z0-9]+)$")
ENDPOINTS = ("static", "bootstrap.static")


class Manifest:
    """Content hashes of the files in one folder, by their path inside it."""

    def __init__(self, folder: str) -> None:
        self.folder = Path(folder)
        self.digests: dict[str, str] = {}

    def build(self) -> Manifest:
        for path in self.folder.rglob("*"):
            if path.is_file():
                self.digest(path.relative_to(self.folder).as_posix())
        return self

    def digest(self, filename: str) -> str | None:
        if filename not in self.digests:
            full = safe_join(str(self.folder), filename)
            if full is None or not Path(full).is_file():
                return None
            self.digests[filename] = hashlib.sha256(Path(full).read_bytes()).hexdigest()[:12]
        return self.digests[filename]

    def hashed_name(self, filename: str) -> str:
        digest = self.digest(filename)
        if digest is None or "." not in Path(filename).name:
            return filename
        stem, suffix = filename.rsplit(".", 1)
        return f"{stem}.{digest}.{suffix}"

    def resolve(self, requested: str) -> tuple[str, bool]:
        """The file a hashed name stands for, and whether the hash is the current one."""
        match = HASHED.match(requested)
        if match:
            original = match["stem"] + match["suffix"]
            return original, self.digest(original) == match["digest"]
        return requested, False


def _in_memory(response):
    """Read a (small) file now: compression then sees a body, not an open file."""
    response.direct_passthrough = False
    opened = response.response
    response.set_data(b"".join(opened))
    if hasattr(opened, "close"):
        opened.close()
    return response


def register(app: Flask) -> None:
    manifests: dict[str, Manifest] = {}
    folders = {"static": app.static_folder}
    if "bootstrap" in app.blueprints:
        folders["bootstrap.static"] = app.blueprints["bootstrap"].static_folder
    for endpoint, folder in folders.items():
        if folder:
            manifest = Manifest(folder)
            manifests[endpoint] = manifest.build() if endpoint == "static" else manifest

    @app.url_defaults
    def hashed_static_names(endpoint: str, values: dict) -> None:
        manifest = manifests.get(endpoint)
        if manifest is not None and values.get("filename"):
            values["filename"] = manifest.hashed_name(values["filename"])

    def view_for(endpoint: str):
        manifest = manifests[endpoint]

        def serve(filename: str):
            original, current = manifest.resolve(filename)
            if manifest.digest(original) is None:
                abort(404)
            response = send_from_directory(
                manifest.folder, original, max_age=YEAR if current else 300
            )
            if current:
                response.cache_control.immutable = True
                response.cache_control.public = True
            return _in_memory(response)

        return serve

    for endpoint in manifests:
        app.view_functions[endpoint] = view_for(endpoint)

    def favicon():
        return redirect(url_for("static", filename="favicon.svg"), code=301)

    app.add_url_rule("/favicon.ico", "favicon", favicon)

    def service_worker():
        # Served from the root so it may look after every page; always checked for updates.
        response = send_from_directory(app.static_folder, "sw.js", max_age=0)
        response.headers["Service-Worker-Allowed"] = "/"
        response.cache_control.no_cache = True
        return _in_memory(response)

    app.add_url_rule("/sw.js", "service_worker", service_worker)
