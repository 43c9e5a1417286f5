"""The production entry point: ``gunicorn wsgi:app``. Refuses to start without SECRET_KEY."""

import os

os.environ.setdefault("MARKETPLACE_ENV", "production")

from marketplace import create_app, templating  # noqa: E402

app = create_app()
templating.warm(app)
