"""marshmallow's own field messages, in the reader's language.

The schemas use marshmallow's built-in validators, whose messages are English constants;
here each known message (and the three with values in them) has its translatable twin.
"""

from __future__ import annotations

import re

from flask_babel import gettext as _


def _fixed() -> dict[str, str]:
    return {
        "Missing data for required field.": _("This field is required."),
        "Unknown field.": _("Unknown field."),
        "Field may not be null.": _("This field may not be empty (null)."),
        "Not a valid integer.": _("Not a whole number."),
        "Not a valid number.": _("Not a number."),
        "Not a valid string.": _("Not text."),
        "Not a valid boolean.": _("Not true or false."),
        "Not a valid date.": _("Not a date (YYYY-MM-DD)."),
        "Not a valid list.": _("Not a list."),
        "Invalid input type.": _("Not an object."),
        "Special numeric values (nan or infinity) are not permitted.": _("Not a number."),
    }


def translate(message: str) -> str:
    fixed = _fixed().get(message)
    if fixed is not None:
        return fixed
    if match := re.fullmatch(r"Must be one of: (.*)\.", message):
        return _("Choose one of: %(choices)s.", choices=match[1])
    if match := re.fullmatch(r"Longer than maximum length (\d+)\.", message):
        return _("Use at most %(n)s characters.", n=match[1])
    if match := re.fullmatch(r"Shorter than minimum length (\d+)\.", message):
        return _("Use at least %(n)s.", n=match[1])
    if match := re.fullmatch(
        r"Must be (?:greater than or equal to (\S+))?(?: and )?"
        r"(?:less than or equal to (\S+))?\.",
        message,
    ):
        return _("Must be between %(low)s and %(high)s.", low=match[1] or "…", high=match[2] or "…")
    return message
