"""gunicorn's settings, read when it starts in this directory (``gunicorn wsgi:app``).

The app is made once, before the workers fork (``preload_app``): a worker then starts
in milliseconds instead of importing and building the app itself, its templates are
compiled and its catalogues loaded already (``templating.warm``), and that memory is
shared between the workers until written. Nothing in ``create_app`` opens a database
connection; each worker still drops any pooled one it inherited.

What the master made before the fork lives as long as the workers, so it is frozen out
of the garbage collector (``gc.freeze``, as Python's documentation advises before a
fork): otherwise each worker's full collection walks those ~190,000 objects every few
hundred requests (120–140 ms, its first one also copying every page it touches) for
nothing it could ever free.
"""

import gc

preload_app = True


def pre_fork(server, worker):
    gc.freeze()


def post_fork(server, worker):
    from marketplace.extensions import db
    from wsgi import app

    with app.app_context():
        for engine in db.engines.values():
            engine.dispose(close=False)
