"""Password rules: a modern hash, and no common or guessable passwords."""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from werkzeug.security import check_password_hash, generate_password_hash
from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_STRENGTH = 3  # zxcvbn's 0..4 scale
# Words zxcvbn's English lists lack but Indonesian users reach for first.
LOCAL_COMMON_WORDS = (
    "rahasia",
    "katasandi",
    "sandi",
    "sayang",
    "cinta",
    "indonesia",
    "bismillah",
    "merdeka",
    "kelompok",
    "tani",
    "nelayan",
    "pasar",
    "pendamping",
    "desa",
    "jakarta",
    "garuda",
    "alhamdulillah",
    "admin",
    "petani",
    "koperasi",
)


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


def verify_password(password_hash: str, password: str) -> bool:
    return check_password_hash(password_hash, password)


def password_problems(password: str, *, personal: tuple[str, ...] = ()) -> list[str]:
    """Return why ``password`` is refused (empty when it is acceptable)."""
    if len(password) < MIN_LENGTH:
        return [_("Use at least %(n)d characters.", n=MIN_LENGTH)]
    if len(password) > 128:
        return [_("Use at most %(n)d characters.", n=128)]
    if not current_app.config["PASSWORD_STRENGTH_CHECK"]:
        return []
    words = [w for w in personal if w] + list(LOCAL_COMMON_WORDS)
    if zxcvbn(password, user_inputs=words)["score"] < MIN_STRENGTH:
        return [
            _(
                "This password is too common or too easy to guess. "
                "Try a few unrelated words together, e.g. 'kopi-hujan-sepeda'."
            )
        ]
    return []
