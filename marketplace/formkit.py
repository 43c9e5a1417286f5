"""Form pieces shared by the blueprints, with messages in the user's language."""

from __future__ import annotations

import functools
import secrets
from decimal import Decimal

from babel import support
from flask import current_app, request
from flask_babel import format_date, format_decimal, get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from markupsafe import Markup, escape
from wtforms import (
    BooleanField,
    DateField,
    Field,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms import widgets as wtforms_widgets
from wtforms.fields.choices import Choice
from wtforms.i18n import messages_path
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError
from wtforms.widgets import Select
from wtforms.widgets import core as wtforms_widgets_core

from marketplace import contacts, regions
from marketplace.services.listings import search
from marketplace.text import clean_line, clean_text
from marketplace.vocab import KINDS, LISTING_STATUSES, SECTORS

_QUOTE, _QUOTE_ENTITY = Markup('"'), Markup("&quot;")


def html_params(**kwargs) -> Markup:
    """WTForms' ``html_params``, the same output, without a ``str.format`` through
    MarkupSafe's escaping formatter for each attribute: ~25 µs a call, a dozen calls a
    search page (its labels, inputs and selects). Keys as WTForms cleans them (``class_``,
    ``data_…``, ``aria_…``), sorted; ``True`` a bare attribute, ``False`` none; each key
    and value escaped (``tests/web/test_request_costs.py`` holds it to WTForms' own)."""
    params = []
    for key, value in sorted(kwargs.items()):
        if value is False:
            continue
        key = escape(wtforms_widgets_core.clean_key(key))
        if value is True:
            params.append(key)
        else:
            params.append(f'{key}="{escape(value).replace(_QUOTE, _QUOTE_ENTITY)}"')
    return Markup(" ".join(params))  # nosec B704 (every key and value escaped above)


# Every WTForms widget and label builds its attributes through the module's function.
wtforms_html_params = wtforms_widgets_core.html_params
wtforms_widgets_core.html_params = wtforms_widgets.html_params = html_params


def _cleaner(clean):
    def apply(value):
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, list):
            return [clean(v) if isinstance(v, str) else v for v in value]
        return value

    return apply


@functools.cache
def _wtforms_catalogue(locale: str) -> support.Translations:
    return support.Translations.load(messages_path(), [locale], domain="wtforms")


class _WTFormsMessages:
    """WTForms' own messages ("Not a valid integer value.", a label made from a field's
    name) in the reader's language, as Flask-WTF gives them, with each language's catalogue
    read once per process: Flask-WTF reads it from disk once per request that asks (1 ms;
    every search form asks, for its ``page`` field's label)."""

    def gettext(self, string: str) -> str:
        if not request:
            return string
        return _wtforms_catalogue(str(get_locale())).ugettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if not request:
            return singular if n == 1 else plural
        return _wtforms_catalogue(str(get_locale())).ungettext(singular, plural, n)


_WTFORMS_MESSAGES = _WTFormsMessages()


class Form(FlaskForm):
    """Every form of the marketplace: text fields are cleaned (``marketplace.text``)."""

    class Meta:
        def get_translations(self, form):
            if not current_app.config.get("WTF_I18N_ENABLED", True):
                return super().get_translations(form)
            return _WTFORMS_MESSAGES

        def bind_field(self, form, unbound_field, options):
            field_class = unbound_field.field_class
            filters = list(unbound_field.kwargs.get("filters", ()))
            if issubclass(field_class, PasswordField):
                pass
            elif issubclass(field_class, TextAreaField):
                filters.insert(0, _cleaner(clean_text))
            elif issubclass(field_class, StringField):
                filters.insert(0, _cleaner(clean_line))
            return unbound_field.bind(form=form, filters=filters, **options)


def new_key() -> str:
    """A one-time key for a create form (``marketplace.services.listings.idempotency``)."""
    return secrets.token_urlsafe(18)


class CreateForm(Form):
    """A form that creates a record: its hidden one-time key makes a replayed post harmless."""

    idempotency_key = HiddenField(default=new_key)


def required():
    return DataRequired(message=_l("This field is required."))


def max_length(n: int):
    return Length(max=n, message=_l("Use at most %(max)d characters.", max=n))


def length_between(lo: int, hi: int):
    return Length(min=lo, max=hi, message=_l("Use %(min)d to %(max)d characters.", min=lo, max=hi))


def valid_email():
    return _Rule(contacts.is_email_address, _l("Enter a valid email address."))


def valid_website():
    return _Rule(contacts.is_web_address, _l("Enter a full web address."))


class _Rule:
    """A field validator from a rule the imports share (``marketplace.contacts``)."""

    def __init__(self, rule, message) -> None:
        self.rule, self.message = rule, message

    def __call__(self, form, field) -> None:
        if field.data and not self.rule(field.data):
            raise ValidationError(self.message)


class _Bounded:
    """Zero up to a ceiling the database can hold; refuses NaN and infinity."""

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum

    def __call__(self, form, field) -> None:
        value = field.data
        if value is None:
            return
        if isinstance(value, Decimal) and not value.is_finite():
            raise ValidationError(_l("Enter a number."))
        if value < 0:
            raise ValidationError(_l("Must be zero or more."))
        if value > self.maximum:
            raise ValidationError(_l("Must be at most %(max)s.", max=format_decimal(self.maximum)))


def not_negative():
    """A count: people, pieces, kilograms."""
    return _Bounded(1_000_000_000)


def amount():
    """Rupiah."""
    return _Bounded(100_000_000_000)


def number_between(lo: float, hi: float):
    return NumberRange(min=lo, max=hi, message=_l("Must be between %(min)s and %(max)s."))


optional = Optional


class TagsField(StringField):
    """Comma-separated tags, stored as a list of lowercase words."""

    def _value(self) -> str:
        return ", ".join(self.data or [])

    def process_formdata(self, valuelist: list[str]) -> None:
        raw = valuelist[0] if valuelist else ""
        tags: list[str] = []
        for part in raw.split(","):
            tag = " ".join(part.split()).lower()
            if tag and tag not in tags:
                tags.append(tag)
        self.data = tags

    def pre_validate(self, form) -> None:
        if len(self.data or []) > 20:
            raise ValidationError(_l("Use at most 20 tags."))
        if any(len(tag) > 40 for tag in self.data or []):
            raise ValidationError(_l("Each tag may have at most 40 characters."))


class QuickSelect(Select):
    """WTForms' ``<select>``, the same HTML, for long lists: the 514 regencies of a search
    form cost a page ~25 ms through WTForms' general attribute builder. Each option's HTML
    is kept once made (values and labels are place names and translated words), and a
    vocabulary's options (``VocabChoices``) once per language and selected value."""

    def __call__(self, field, **kwargs):
        choices = field.choices
        quick = isinstance(choices, PlaceChoices | VocabChoices)
        if self.multiple or not quick or field.coerce is not str:
            return super().__call__(field, **kwargs)
        kwargs.setdefault("id", field.id)
        flags = getattr(field, "flags", {})
        for k in dir(flags):
            if k in self.validation_attrs and k not in kwargs:
                kwargs[k] = getattr(flags, k)
        data = field.data
        params = html_params(name=field.name, **kwargs)
        if isinstance(choices, VocabChoices):
            # WTForms marks the option whose value is the data: none when it is no value.
            selected = data if data in choices.values else None
            key = (str(get_locale()), selected)
            body = choices.rendered.get(key)
            if body is None:
                body = choices.rendered[key] = "".join(
                    self.render_option(Choice(c.value, c.label, c.value == selected, None))
                    for c in choices
                )
            return Markup(f"<select {params}>{body}</select>")  # nosec B704 (as below)
        # Every place's option made once per selected place: the list never changes.
        blank = self.render_option(Choice("", choices[0].label, data == "", None))
        places = _places_html(choices.which, data if data in _place_codes(choices.which) else None)
        # html_params, render_option and _option_html escape what they are given.
        return Markup(f"<select {params}>{blank}{places}</select>")  # nosec B704

    @classmethod
    def render_option(cls, choice, **kwargs):
        if kwargs or choice.render_kw or not isinstance(choice.value, str):
            return super().render_option(choice, **kwargs)
        label = choice.label or choice.value
        # _option_html escapes the value and the label, as WTForms does.
        return Markup(_option_html(choice.value, str(label), bool(choice.selected)))  # nosec B704


@functools.lru_cache(maxsize=8192)
def _option_html(value: str, label: str, selected: bool) -> str:
    """One ``<option>``, value and label escaped as WTForms escapes them."""
    value_html = escape(value).replace(Markup('"'), Markup("&quot;"))
    return f'<option {"selected " if selected else ""}value="{value_html}">{escape(label)}</option>'


def options(items, *, blank=None) -> list[SelectChoice]:
    """Select options from a vocabulary dict or ``(value, label)`` pairs, maybe after a blank."""
    pairs = list(items.items()) if isinstance(items, dict) else list(items)
    if blank is not None:
        pairs.insert(0, ("", blank))
    return [SelectChoice(value, label) for value, label in pairs]


@functools.cache
def _place_options(which: str) -> tuple[SelectChoice, ...]:
    """Every province or regency as an option, made once: place names are not translated,
    and WTForms only reads its choices."""
    pairs = regions.choices_provinces() if which == "provinces" else regions.choices_regencies()
    return tuple(options(pairs))


@functools.cache
def _place_codes(which: str) -> frozenset[str]:
    return frozenset(choice.value for choice in _place_options(which))


@functools.lru_cache(maxsize=1024)
def _places_html(which: str, selected: str | None) -> str:
    """Every place's ``<option>`` (``QuickSelect``), ``selected`` one marked."""
    return "".join(
        _option_html(choice.value, str(choice.label), choice.value == selected)
        for choice in _place_options(which)
    )


class VocabChoices(list):
    """A vocabulary's options (``options``), for a ``QuickSelect``: their HTML is kept per
    language and selected value. Give it to the field after binding (``field.choices =``):
    WTForms copies the choices it is declared with into a plain list."""

    def __init__(self, items, *, blank=None) -> None:
        super().__init__(options(items, blank=blank))
        if any(c.render_kw or not isinstance(c.value, str) for c in self):
            raise ValueError("plain text values only")
        self.values = frozenset(c.value for c in self)
        self.rendered: dict[tuple[str, str | None], str] = {}


class PlaceChoices(list):
    """A blank option, then every province or every regency: ``QuickSelect`` renders the
    places' options once for all pages."""

    def __init__(self, blank, which: str) -> None:
        super().__init__([SelectChoice("", blank), *_place_options(which)])
        self.which = which


# WTForms' own message, translated by WTForms' catalogue (not ours: kept out of extraction).
_NOT_A_CHOICE = "Not a valid choice."


class PlaceField(SelectField):
    """A province or regency select whose choice is checked against the set of codes, not by
    walking every option (a search form's 514 regencies, on every search)."""

    def pre_validate(self, form) -> None:
        choices = self.choices
        if (
            self.process_errors
            or not self.validate_choice
            or not isinstance(choices, PlaceChoices)
            or self.coerce is not str
        ):
            return super().pre_validate(form)
        # WTForms' own test: some choice's value is the data (the blank one, or a place).
        if self.data != choices[0].value and self.data not in _place_codes(choices.which):
            message = self.invalid_choice_message or self.gettext(_NOT_A_CHOICE)
            raise ValidationError(message)


def province_choices(blank=None) -> list[SelectChoice]:
    return PlaceChoices(blank or _l("— choose a province —"), "provinces")


def regency_choices(blank=None) -> list[SelectChoice]:
    return PlaceChoices(blank or _l("— choose a regency or city —"), "regencies")


def check_regency_in_province(province_field: Field, regency_field: Field) -> None:
    """Refuse a regency that is not part of the chosen province."""
    if not regency_field.data:
        return
    regency = regions.regency_by_code(regency_field.data)
    if regency is None or regency.province_code != province_field.data:
        raise ValidationError(_l("This regency or city is not in the chosen province."))


def check_dates_in_order(start: Field, end: Field) -> None:
    if start.data and end.data and end.data < start.data:
        raise ValidationError(_l("The end date must not be before the start date."))


def show_errors(form, error) -> None:
    """Put a service's ``ValidationFailed`` errors next to the fields they concern."""
    for name, messages in error.errors.items():
        field = getattr(form, name, None)
        if isinstance(field, Field):
            field.errors = list(field.errors or []) + list(messages)
        else:
            form.form_errors.extend(messages)


class ListingForm(CreateForm):
    """What needs and offers share."""

    kind = SelectField(_l("Kind"), choices=options(KINDS), validators=[required()])
    sector = SelectField(
        _l("Sector"), choices=options(SECTORS, blank=_l("— choose —")), validators=[optional()]
    )
    title = StringField(_l("Title"), validators=[required(), max_length(200)])
    description = TextAreaField(_l("Description"), validators=[optional(), max_length(5000)])
    tags = TagsField(_l("Tags"), description=_l("Comma-separated, e.g. tahu, kedelai"))
    quantity = IntegerField(_l("Quantity"), validators=[optional(), not_negative()])
    unit = StringField(
        _l("Unit"),
        description=_l("e.g. people, kg, pieces"),
        validators=[optional(), max_length(40)],
    )
    capacity = IntegerField(_l("Capacity (people)"), validators=[optional(), not_negative()])
    publish = BooleanField(_l("Publish now (otherwise it is saved as a draft)"), default=True)
    submit = SubmitField(_l("Save"))

    listing_fields: tuple[str, ...] = ()  # the service's field names; status has its own buttons

    def fields(self) -> dict:
        data = {n: getattr(self, n).data for n in self.listing_fields if n in self._fields}
        data["sector"] = data["sector"] or None
        return data


_SEARCH_VOCABS = (
    VocabChoices(KINDS, blank=_l("All kinds")),
    VocabChoices(SECTORS, blank=_l("All sectors")),
    VocabChoices(LISTING_STATUSES, blank=_l("Open and matched")),
)


class SearchForm(Form):
    """The browse filters: a GET form, so no CSRF token."""

    class Meta:
        csrf = False

    q = StringField(_l("Search"), validators=[optional(), max_length(200)])
    kind = SelectField(_l("Kind"), validators=[optional()], widget=QuickSelect())
    sector = SelectField(_l("Sector"), validators=[optional()], widget=QuickSelect())
    province = PlaceField(_l("Province"), validators=[optional()], widget=QuickSelect())
    regency = PlaceField(_l("Regency / city"), validators=[optional()], widget=QuickSelect())
    status = SelectField(_l("Status"), validators=[optional()], widget=QuickSelect())
    page = IntegerField(validators=[optional(), NumberRange(min=1, max=10_000)], default=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set, not declared: WTForms would copy a declared list into a plain one.
        self.kind.choices, self.sector.choices, self.status.choices = _SEARCH_VOCABS
        self.province.choices = province_choices(blank=_l("All provinces"))
        self.regency.choices = regency_choices(blank=_l("All regencies"))


def page_number() -> int:
    """The ``?page=`` of a listing, kept between 1 and 10,000."""
    page = request.args.get("page", 1, type=int)
    return page if 1 <= page <= 10_000 else 1


def browse_filters(form: SearchForm) -> search.Filters:
    """The search a browse form asks for, as the search service takes it."""
    return search.Filters(
        q=form.q.data or "",
        kind=form.kind.data or "",
        sector=form.sector.data or "",
        province=form.province.data or "",
        regency=form.regency.data or "",
        status=form.status.data or "",
    )


class LocalDateField(DateField):
    """A date picked with the phone's own picker and repeated below it in the reader's language.

    The browser shows a date input in its own locale's format; the line under it (Babel on
    the server, ``Intl`` in static/js/app.js as the person picks) says it the reader's way.
    """

    def __init__(self, label=None, validators=None, **kwargs) -> None:
        kwargs["render_kw"] = {"data-date-echo": "", **kwargs.get("render_kw", {})}
        super().__init__(label, validators, **kwargs)

    @property
    def description(self) -> str:
        if self.data and not self.errors:
            return str(escape(format_date(self.data, "full")))
        return self._hint

    @description.setter
    def description(self, value) -> None:
        self._hint = value


ENDINGS = {
    "closed": _l("Close it: it can be reopened later"),
    "withdrawn": _l("Withdraw it for good"),
}


class EndListingForm(Form):
    """Taking a need or an offer off the marketplace: how, and why."""

    to = RadioField(_l("What should happen?"), validators=[required()])
    reason = SelectField(_l("Why?"), validators=[required()])
    note = StringField(_l("Note (optional)"), validators=[optional(), max_length(500)])
    submit = SubmitField(_l("Yes, take it off"))

    def offering(self, endings: list[str], reasons: dict) -> EndListingForm:
        self.to.choices = options([(e, ENDINGS[e]) for e in endings])
        if len(endings) == 1:
            self.to.data = self.to.data or endings[0]
        self.reason.choices = options(reasons, blank=_l("— choose —"))
        return self
