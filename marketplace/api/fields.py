"""The API's field types: strings without NUL characters and with a length, numbers with
a range, moments in UTC with their offset, money as JSON numbers; and pages of items."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal

from apiflask import Schema, fields
from apiflask.validators import Length, Range
from flask_babel import lazy_gettext as _l
from marshmallow import ValidationError

MAX_ID = 2**31 - 1
MAX_COUNT = 2**31 - 1
MAX_MONEY = 10**12 - 1


class Text(fields.String):
    """A string without NUL characters (PostgreSQL cannot store them)."""

    def _deserialize(self, value, attr, data, **kwargs):
        result = super()._deserialize(value, attr, data, **kwargs)
        if "\x00" in result:
            raise ValidationError(str(_l("NUL characters are not allowed.")))
        return result


class When(fields.DateTime):
    """A moment in UTC, written with its offset (RFC 3339): the database keeps naive UTC."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return super()._serialize(value, attr, obj, **kwargs)


class Money(fields.Float):
    """An amount in rupiah, read as a JSON number and kept as a Decimal of two places."""

    def _deserialize(self, value, attr, data, **kwargs):
        number = super()._deserialize(value, attr, data, **kwargs)
        return Decimal(str(round(number, 2)))


def text(max_length: int, **kwargs) -> Text:
    return Text(validate=Length(max=max_length), **kwargs)


def rule(check, message, max_length: int) -> Text:
    """An optional string that a shared rule (``marketplace.contacts``) must accept."""

    def accept(value: str | None) -> None:
        if value and not check(value):
            raise ValidationError(str(message))

    return Text(validate=[Length(max=max_length), accept], allow_none=True)


def count(**kwargs) -> fields.Integer:
    return fields.Integer(strict=True, validate=Range(min=0, max=MAX_COUNT), **kwargs)


def money(**kwargs) -> Money:
    return Money(validate=Range(min=0, max=MAX_MONEY), **kwargs)


def ident(**kwargs) -> fields.Integer:
    return fields.Integer(strict=True, validate=Range(min=1, max=MAX_ID), **kwargs)


def alias(schema: type[Schema], name: str) -> type[Schema]:
    """The same schema under another name: APIFlask warns when a schema it registers for
    an operation was met nested first, so a nested use gets a name of its own."""
    return type(name, (schema,), {})


def page_of(item_schema, name: str) -> type[Schema]:
    return Schema.from_dict(
        {
            "items": fields.List(fields.Nested(alias(item_schema, f"{name}Item")), required=True),
            "next_cursor": fields.String(allow_none=True, required=True),
            "next": fields.String(allow_none=True, required=True),
        },
        name=name,
    )
