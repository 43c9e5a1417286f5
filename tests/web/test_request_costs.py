"""What every page pays for, paid once: the request's catalogue, the signed-in user with
their grants, compiled templates, the place options of a search form."""

from __future__ import annotations

import functools
import gc
import runpy
from contextlib import contextmanager
from pathlib import Path

from flask import render_template_string, session, url_for
from flask_babel import force_locale, gettext
from jinja2 import meta
from sqlalchemy import event, select
from werkzeug.datastructures import MultiDict
from wtforms import SelectField
from wtforms.widgets import Select

from marketplace import i18n, templating, vocab
from marketplace.auth.sessions import load_user
from marketplace.extensions import db
from marketplace.formkit import SearchForm
from marketplace.models import FacilitatorAssignment, GroupMembership, ProviderMember, User
from marketplace.services.accounts import users
from marketplace.services.curation import caseload
from tests.factories import make_group, make_provider, make_user


def test_a_request_reads_its_own_language_and_force_locale_still_switches(app):
    with app.test_request_context("/"):
        assert gettext("Needs") == "Kebutuhan"
        with force_locale("en"):
            assert gettext("Needs") == "Needs"  # mail in the recipient's language
        assert gettext("Needs") == "Kebutuhan"


def test_the_signed_in_user_comes_with_every_membership_and_provider_link(ctx):
    person = make_user()
    group_ids = sorted([make_group(person).id, make_group(person).id])  # chair of both
    make_provider(person), make_provider(person)
    token, person_id = person.session_token, person.id
    db.session.expunge_all()
    loaded = load_user(token)
    # Both joined lists come in one query: each row counted once, none left out.
    assert sorted(m.group_id for m in loaded.memberships) == group_ids
    assert len(loaded.provider_links) == 2
    assert db.session.query(GroupMembership).filter_by(user_id=person_id).count() == 2
    assert db.session.query(ProviderMember).filter_by(user_id=person_id).count() == 2


def test_the_signed_in_user_comes_with_their_assignments_in_one_query(ctx):
    facilitator, chair = make_user(facilitator=True), make_user()
    group = make_group(chair)
    caseload.assign(facilitator=facilitator, province_code=group.province_code)
    caseload.assign(facilitator=facilitator, group=make_group(make_user()))
    # a facilitator no longer: the rows stay, and they come with the user as before
    caseload.assign(facilitator=make_user(facilitator=True), group=group)
    former = db.session.scalar(
        select(User).join(FacilitatorAssignment, FacilitatorAssignment.facilitator_id == User.id)
        .where(FacilitatorAssignment.group_id == group.id)
    )  # fmt: skip
    users.set_system_roles(former, facilitator=False, admin=False)
    make_group(facilitator)  # a facilitator who also chairs a group: the rows multiply
    tokens = {who: u.session_token for who, u in
              (("facilitator", facilitator), ("chair", chair), ("former", former))}  # fmt: skip
    group_id, province = group.id, group.province_code
    expected = sorted(
        (a.group_id or 0, a.province_code or "")
        for a in db.session.scalars(
            select(FacilitatorAssignment).filter_by(facilitator_id=facilitator.id)
        )
    )
    db.session.expunge_all()
    for who, token in tokens.items():
        with counted(ctx) as seen:
            loaded = load_user(token)
            assignments = sorted(
                (a.group_id or 0, a.province_code or "") for a in loaded.assignments
            )
            memberships = len(loaded.memberships)
        assert len(seen) == 1, who
        if who == "facilitator":
            assert assignments == expected and (0, province) in assignments
            assert len(assignments) >= 2 and memberships == 1  # each row counted once
        else:
            assert assignments == ([(group_id, "")] if who == "former" else [])
    # the statement is built once; each user gets their own
    assert load_user(tokens["chair"]).id == chair.id
    assert load_user("not-a-token") is None


@contextmanager
def counted(_ctx):
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_warm_worker_has_every_page_template_compiled(app):
    templating.warm(app)
    compiled = {name for _loader, name in app.jinja_env.cache}
    pages = {n for n in app.jinja_loader.list_templates() if n.endswith(".html")}
    assert pages and pages <= compiled


def test_the_search_options_render_as_wtforms_renders_them_in_each_language(app):
    for language in ("id", "en"):
        with app.test_request_context("/needs/"), force_locale(language):
            for args in (
                {},
                {"kind": "market", "sector": "crafts", "status": "open"},
                {"kind": "<x>", "sector": "", "status": "nope"},  # not a value: none selected
            ):
                form = SearchForm(MultiDict(args))
                for field in (form.province, form.regency, form.kind, form.sector, form.status):
                    assert str(field(class_="form-select")) == str(
                        Select()(field, class_="form-select")
                    )
            assert "selected" not in str(form.regency())
    # Kept per language and selected value, never per whatever a URL says.
    from marketplace import formkit

    kinds = formkit._SEARCH_VOCABS[0]
    assert set(kinds.rendered) <= {
        (lang, v) for lang in ("id", "en") for v in (*kinds.values, None)
    }


def test_templates_translate_through_the_render_catalogue_as_flask_babel_does(app):
    source = (
        "{{ _('Needs') }}|{{ _('%(n)d found', n=3) }}|{{ ngettext('%(num)d group', "
        "'%(num)d groups', 2) }}|{{ vocab.KINDS['training'] }}|{{ gettext('100%% <i>') }}|"
        "{{ _('100%% sure') }}|{{ _('<%(x)s>', x='<b>') }}"
    )
    for language, expected in (("id", "Kebutuhan"), ("en", "Needs")):
        with app.test_request_context("/"), force_locale(language):
            ours = render_template_string(source)
            # Flask-Babel's own callables (the environment's globals) and lazy labels.
            theirs = app.jinja_env.from_string(source).render(vocab=vocab)
            assert ours == theirs
            assert ours.startswith(expected + "|")
            assert ours.endswith("|<&lt;b&gt;>")  # the message as markup, its variable escaped
            assert "|100% <i>|100% sure|" in ours  # formatted without variables too


def test_a_place_is_accepted_or_refused_as_wtforms_decides(app):
    for province, regency in (("", ""), ("33", "3301"), ("99", ""), ("33", "xx"), ("<", ">")):
        with app.test_request_context("/needs/"):
            args = MultiDict({"province": province, "regency": regency})
            ours, theirs = SearchForm(args), SearchForm(args)
            for field in (theirs.province, theirs.regency):
                field.pre_validate = functools.partial(SelectField.pre_validate, field)
            assert ours.validate() == theirs.validate()
            assert ours.errors == theirs.errors
    with app.test_request_context("/needs/"):
        assert SearchForm(MultiDict()).validate()
        assert not SearchForm(MultiDict({"province": "99"})).validate()


def test_a_list_links_by_id_as_url_for_does(app):
    with app.test_request_context("/"):
        for endpoint, key in (("groups.detail", "group_id"), ("needs.detail", "need_id")):
            link = templating.id_url(endpoint, key)
            for value in (1, 42, 2147483647):
                assert link(value) == url_for(endpoint, **{key: value})


def test_a_hand_written_csrf_field_is_the_one_a_form_renders(app):
    from marketplace.matches.forms import DismissForm, ProposeForm

    app.config["WTF_CSRF_ENABLED"] = True  # the app fixture restores the config
    with app.test_request_context("/"):
        field = templating.csrf_field()
        assert str(field) == str(ProposeForm().csrf_token) == str(DismissForm().csrf_token)
        assert field.startswith('<input id="csrf_token" name="csrf_token" type="hidden" value="')
    app.config["WTF_CSRF_ENABLED"] = False
    with app.test_request_context("/"):  # no token where forms carry none
        assert templating.csrf_field() == ""
        assert getattr(ProposeForm(), "csrf_token", None) is None


def test_many_times_translated_messages_come_out_as_flask_babels(app):
    messages = [("Works everywhere / online", {}), ("Based about %(km)s km away", {"km": 12})]
    for language in ("id", "en"):
        with app.test_request_context("/"), force_locale(language):
            for message, variables in messages:
                assert i18n.gettext(message, **variables) == gettext(message, **variables)
            with force_locale("en" if language == "id" else "id"):  # mail, in another language
                assert i18n.gettext("Dates overlap") == gettext("Dates overlap")
            assert i18n.gettext("Dates overlap") == gettext("Dates overlap")
    with app.app_context():  # outside a request
        assert i18n.gettext("Dates overlap") == gettext("Dates overlap")


def test_wtforms_messages_come_in_each_language_as_flask_wtf_gives_them(app):
    from flask_wtf.i18n import translations as flask_wtf_messages

    from marketplace import formkit

    wtforms_messages = ["Not a valid integer value.", "Page", "Invalid email address."]
    for language in ("id", "en"):
        with app.test_request_context("/"), force_locale(language):
            form = SearchForm(MultiDict({"page": "x"}))
            assert not form.validate()
            ours = form.meta.get_translations(form)
            for message in wtforms_messages:
                assert ours.gettext(message) == flask_wtf_messages.gettext(message)
            assert ours.ngettext("a", "b", 2) == flask_wtf_messages.ngettext("a", "b", 2)
            assert form.page.errors[0] == flask_wtf_messages.gettext(wtforms_messages[0])
    loaded = formkit._wtforms_catalogue.cache_info().currsize
    with app.test_request_context("/"):
        SearchForm(MultiDict({"page": "x"})).validate()
    assert formkit._wtforms_catalogue.cache_info().currsize == loaded  # read once a language


def test_the_links_every_page_has_are_url_fors_under_each_script_root(app):
    calls = [("main.index", {}), ("static", {"filename": "css/app.css"}), ("auth.logout", {})]
    for base in ("http://pasar.test/", "http://pasar.test/sub/"):
        for _ in range(2):  # made, then kept
            with app.test_request_context("/", base_url=base):
                for endpoint, values in calls:
                    assert templating.page_url(endpoint, **values) == url_for(endpoint, **values)
    with app.test_request_context("/", base_url="http://pasar.test/sub/"):
        assert templating.page_url("main.privacy").startswith("/sub/")
    with app.test_request_context("/"):
        link = templating.id_url("matches.request_introduction", "offer_id", need=7)
        assert link(42) == url_for("matches.request_introduction", offer_id=42, need=7)


def test_attributes_are_written_as_wtforms_writes_them():
    from markupsafe import Markup
    from wtforms import widgets
    from wtforms.widgets import core

    from marketplace import formkit

    cases = [
        {},
        {"name": "q", "id": "q", "class_": "form-control", "type": "search"},
        {"checked": True, "readonly": False, "value": 'a "quoted" <b>&</b>'},
        {"data_province_select": "1", "aria_described_by": "help", "for_": "x", "for": "y"},
        {"value": Markup('<i class="x">ok</i>'), "size": 3, "step": 0.5, "min": None},
        {"title": "Pasar & <Pendamping>", "lang": "id", "x_": "'"},
    ]
    for kwargs in cases:
        assert formkit.html_params(**kwargs) == formkit.wtforms_html_params(**kwargs)
        assert isinstance(formkit.html_params(**kwargs), Markup)
    assert core.html_params is widgets.html_params is formkit.html_params  # every widget's


def test_gunicorn_freezes_what_the_master_made_before_each_fork():
    """A worker's collector never walks the app the master built (``gunicorn.conf.py``)."""
    conf = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    assert conf["preload_app"] is True
    try:
        conf["pre_fork"](None, None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_chrome_parts_read_nothing_of_the_reader_the_request_or_a_token(app):
    allowed = {"_", "gettext", "page_url", "bootstrap", "facilitator", "admin"}
    names = [n for n in app.jinja_loader.list_templates() if n.startswith("chrome/")]
    assert len(names) == 4
    for name in names:
        source = app.jinja_loader.get_source(app.jinja_env, name)[0]
        assert meta.find_undeclared_variables(app.jinja_env.parse(source)) <= allowed, name


def test_the_chrome_is_made_once_per_language_script_root_and_role(app):
    page = '{% extends "base.html" %}{% block content %}x{% endblock %}'
    seen = {}
    for base in ("http://pasar.test/", "http://pasar.test/sub/"):
        for language in ("id", "en"):
            for _ in range(2):  # made, then kept
                with app.test_request_context("/", base_url=base):
                    session["lang"] = language
                    seen[base, language] = html = render_template_string(page)
                    assert html == render_template_string(page)
            assert ('href="/sub/needs/"' in html) is base.endswith("/sub/")
            assert (">Needs</a>" in html) is (language == "en")
    assert len(set(seen.values())) == 4
    menus = {}
    with app.test_request_context("/"):
        for facilitator, admin in ((False, False), (True, False), (False, True)):
            flags = {"facilitator": facilitator, "admin": admin}
            menus[facilitator, admin] = templating.fragment({}, "chrome/menu.html", **flags)
    assert "facilitate" not in menus[False, False] and "admin" not in menus[False, False]
    assert "facilitate" in menus[True, False] and "admin" in menus[False, True]
