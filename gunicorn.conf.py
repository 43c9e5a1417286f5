"""gunicorn's settings, read when it starts in this directory (``gunicorn wsgi:app``).

The app is made once, before the workers fork (``preload_app``): a worker then starts
in milliseconds instead of importing and building the app itself, its templates are
compiled and its catalogues loaded already (``templating.warm``), and that memory is
shared between the workers until written. Nothing in ``create_app`` opens a database
connection; each worker still drops any pooled one it inherited.
"""

preload_app = True


def post_fork(server, worker):
    from marketplace.extensions import db
    from wsgi import app

    with app.app_context():
        for engine in db.engines.values():
            engine.dispose(close=False)
