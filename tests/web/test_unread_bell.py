"""The bell's unread count comes with the signed-in user: each person's own, counted again
as soon as their notifications change."""

from __future__ import annotations

import re

from flask_login import login_user

from marketplace.auth.sessions import load_user
from marketplace.extensions import db
from marketplace.models import Notification, User
from marketplace.services.messaging import notifications
from tests.factories import login, make_user, snap


def bell(client) -> int:
    page = client.get("/privacy").get_data(as_text=True)
    found = re.search(r'text-bg-warning">(\d+)</span>', page)
    return int(found.group(1)) if found else 0


def _notify(user_id: int, n: int) -> None:
    user = db.session.get(User, user_id)
    for i in range(n):
        notifications.notify([user], text=notifications.notice(f"Notice {i}"))
    db.session.commit()


def test_each_person_sees_their_own_count_and_it_follows_reading(app, client):
    with app.app_context():
        ani, budi = snap(make_user()), snap(make_user())
        _notify(ani.id, 2)
        _notify(budi.id, 1)
    other = app.test_client()
    login(client, ani)
    login(other, budi)
    assert (bell(client), bell(other)) == (2, 1)
    with app.app_context():
        _notify(ani.id, 1)
    assert (bell(client), bell(other)) == (3, 1)
    first = client.get("/notifications")
    assert first.status_code == 200
    with app.app_context():
        one = db.session.scalar(db.select(Notification.id).where(Notification.user_id == ani.id))
    client.post(f"/notifications/{one}/open")
    assert (bell(client), bell(other)) == (2, 1)
    client.post("/notifications/read")
    assert (bell(client), bell(other)) == (0, 1)


def test_a_change_within_the_request_is_counted_again(app):
    with app.test_request_context("/"):
        person = make_user()
        person_id, token = person.id, person.session_token
        db.session.expunge_all()
        user = load_user(token)
        login_user(user)
        assert notifications.unread_count(user) == 0
        _notify(person_id, 2)
        assert notifications.unread_count(user) == 2  # notify forgot the loaded count
        notifications.mark_all_read(user)
        assert notifications.unread_count(user) == 0
