"""What every page pays for, paid once: the request's catalogue, the signed-in user with
their grants, compiled templates, the place options of a search form."""

from __future__ import annotations

import functools
from contextlib import contextmanager

from flask import render_template_string, url_for
from flask_babel import force_locale, gettext
from sqlalchemy import event, select
from werkzeug.datastructures import MultiDict
from wtforms import SelectField
from wtforms.widgets import Select

from marketplace import templating, vocab
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


def test_only_a_facilitator_or_an_admin_has_assignments_loaded_with_them(ctx):
    facilitator, chair = make_user(facilitator=True), make_user()
    group = make_group(chair)
    caseload.assign(facilitator=facilitator, province_code=group.province_code)
    # a facilitator no longer: the rows stay, and whatever asks for them still finds them
    caseload.assign(facilitator=make_user(facilitator=True), group=group)
    former = db.session.scalar(
        select(User).join(FacilitatorAssignment, FacilitatorAssignment.facilitator_id == User.id)
        .where(FacilitatorAssignment.group_id == group.id)
    )  # fmt: skip
    users.set_system_roles(former, facilitator=False, admin=False)
    tokens = {who: u.session_token for who, u in
              (("facilitator", facilitator), ("chair", chair), ("former", former))}  # fmt: skip
    group_id, province = group.id, group.province_code
    db.session.expunge_all()
    statements = {}
    for who, token in tokens.items():
        with counted(ctx) as seen:
            loaded = load_user(token)
        statements[who] = len(seen)
        assert loaded is not None
        if who == "facilitator":
            with counted(ctx) as seen:
                assert [a.province_code for a in loaded.assignments] == [province]
            assert seen == []  # loaded with the user
        else:
            assert [a.group_id for a in loaded.assignments] == (
                [group_id] if who == "former" else []
            )
    assert statements == {"facilitator": 2, "chair": 1, "former": 1}


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
            for args in ({}, {"kind": "market", "sector": "crafts", "status": "open"}):
                form = SearchForm(MultiDict(args))
                for field in (form.province, form.regency, form.kind, form.sector, form.status):
                    assert str(field(class_="form-select")) == str(
                        Select()(field, class_="form-select")
                    )
            assert "selected" not in str(form.regency())


def test_templates_translate_through_the_render_catalogue_as_flask_babel_does(app):
    source = (
        "{{ _('Needs') }}|{{ _('%(n)d found', n=3) }}|{{ ngettext('%(num)d group', "
        "'%(num)d groups', 2) }}|{{ vocab.KINDS['training'] }}|{{ _('<%(x)s>', x='<b>') }}"
    )
    for language, expected in (("id", "Kebutuhan"), ("en", "Needs")):
        with app.test_request_context("/"), force_locale(language):
            ours = render_template_string(source)
            # Flask-Babel's own callables (the environment's globals) and lazy labels.
            theirs = app.jinja_env.from_string(source).render(vocab=vocab)
            assert ours == theirs
            assert ours.startswith(expected + "|")
            assert ours.endswith("|<&lt;b&gt;>")  # the message as markup, its variable escaped


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
