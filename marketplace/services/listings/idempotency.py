"""Create forms carry a one-time key, so a post sent twice (a retry on a bad signal, a
double tap, a queued post replayed when the phone is back online) makes one record.

The key's row is added to the same transaction as the record the service creates, so
either both are stored or neither; a second post with the key finds the row and is sent
to the record made the first time. Two posts racing with one key: the second's commit
fails on the unique (user, key) and is rolled back whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from marketplace.extensions import db
from marketplace.models import IdempotencyKey, User

KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    record: T | None  # None: the key was used before, nothing new was made
    url: str | None  # where the record made with this key lives (None if unknown)

    @property
    def replayed(self) -> bool:
        return self.record is None


def _used(user: User, key: str) -> IdempotencyKey | None:
    return db.session.scalar(
        select(IdempotencyKey).where(IdempotencyKey.user_id == user.id, IdempotencyKey.key == key)
    )


def once(
    *, user: User, key: str | None, create: Callable[[], T], locate: Callable[[T], str]
) -> Outcome[T]:
    """Run ``create`` (a service call that commits) unless ``key`` was used by ``user``.

    Posts without a valid key (older pages, scripts) are created as before.
    """
    if not key or not KEY.match(key):
        return Outcome(create(), None)
    earlier = _used(user, key)
    if earlier is not None:
        return Outcome(None, earlier.target_url)
    row = IdempotencyKey(user_id=user.id, key=key)
    db.session.add(row)
    try:
        record = create()
    except IntegrityError:
        db.session.rollback()
        earlier = _used(user, key)
        if earlier is None:
            raise
        return Outcome(None, earlier.target_url)
    except Exception:
        db.session.rollback()
        raise
    if row in db.session:
        # The service committed the key with the record; now remember where it lives.
        row.target_url = locate(record)
        db.session.commit()
    return Outcome(record, row.target_url)
