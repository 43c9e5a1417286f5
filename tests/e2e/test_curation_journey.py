"""In a real browser: a need becomes a suggestion, a proposal, an introduction, an outcome.

Three people act in turn, each in their own browser: the group's chair (ketua), the
facilitator (pendamping) and the trainer. The group decides first, then the provider; only
then are contacts shown. The facilitator's dashboard counts the result. The whole journey
runs once in Indonesian (at phone width) and once in English (the facilitator and the chair
at desktop width), reading the labels each language shows.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.journey_steps import (
    GROUP_NAME,
    NEED_TITLE,
    PROVIDER_NAME,
    TOFU,
    TUTORING,
    ServerErrors,
    build_world,
    close,
    decide,
    orphan_labels,
    post_need_from_group_page,
    sideways_overflow,
    sign_in,
    snap,
    stat,
    suggestion,
)

pytestmark = pytest.mark.e2e

TAHU_TOFU = re.compile(r'"tahu" ≈ "tofu\b')  # e.g. "tahu" ≈ "tofu production"
WA_TO_PROVIDER = re.compile("^" + re.escape("https://wa.me/6281200000001?text="))
WA_TO_GROUP = re.compile("^" + re.escape("https://wa.me/6281322223333?text="))
FACILITATOR_NOTE = "Bu Sri sudah melatih 12 kelompok di Klaten."

LABELS = {
    "id": {
        "open_caseload": "Buka kelompok dampingan saya",
        "caseload": "Kelompok dampingan saya",
        "suggested": "Penawaran yang disarankan",
        "verified": "Penyedia terverifikasi",
        "propose": "Usulkan",
        "note": "Catatan untuk kelompok dan penyedia",
        "propose_to_group": "Usulkan ke kelompok",
        "proposed_flash": "Sudah diusulkan ke kelompok. Kelompok yang memutuskan.",
        "proposed": "Diusulkan ke kelompok",
        "unread": "1 belum dibaca",
        "waiting": "Menunggu keputusan Anda",
        "proposal_for": "Usulan untuk {need}: {offer}",
        "wants_you": "{group} ingin bekerja sama dengan Anda: {need}",
        "group_decides": "Kelompok Anda yang memutuskan",
        "provider_decides": "Keputusan Anda sebagai penyedia",
        "accept": "Terima",
        "decision_sent": "Keputusan Anda sudah dikirim.",
        "group_accepted": "Diterima kelompok",
        "both_accepted": "Diterima kedua pihak",
        "introduced": "Anda sudah dikenalkan: hubungi {who}",
        "whatsapp": "Sapa lewat WhatsApp",
        "start": "Tandai sedang berjalan",
        "in_progress": "Sedang berjalan",
        "people_trained": "Jumlah orang dilatih",
        "record": "Catat hasil",
        "recorded": "Hasil sudah dicatat. Terima kasih!",
        "comment": "Komentar",
        "send_feedback": "Kirim umpan balik",
        "from_group": "Dari kelompok",
        "stat_proposals": "usulan",
        "stat_accepted": "diterima kelompok dan penyedia",
        "stat_completed": "selesai",
        "stat_trained": "orang dilatih",
    },
    "en": {
        "open_caseload": "Open my caseload",
        "caseload": "My caseload",
        "suggested": "Suggested offers",
        "verified": "Verified provider",
        "propose": "Propose",
        "note": "Note to the group and the provider",
        "propose_to_group": "Propose to the group",
        "proposed_flash": "Proposed to the group. They decide.",
        "proposed": "Proposed to the group",
        "unread": "1 unread",
        "waiting": "Waiting for your decision",
        "proposal_for": "Proposal for {need}: {offer}",
        "wants_you": "{group} would like to work with you: {need}",
        "group_decides": "Your group decides",
        "provider_decides": "Your decision as provider",
        "accept": "Accept",
        "decision_sent": "Your decision was sent.",
        "group_accepted": "Accepted by the group",
        "both_accepted": "Accepted by both",
        "introduced": "You are introduced: contact {who}",
        "whatsapp": "Say hello on WhatsApp",
        "start": "Mark as in progress",
        "in_progress": "In progress",
        "people_trained": "People trained",
        "record": "Record the outcome",
        "recorded": "The outcome was recorded. Thank you!",
        "comment": "Comment",
        "send_feedback": "Send feedback",
        "from_group": "From the group",
        "stat_proposals": "proposals",
        "stat_accepted": "accepted by groups and providers",
        "stat_completed": "completed",
        "stat_trained": "people trained",
    },
}
# Which pages are kept as pictures, at which widths.
SHOTS = {
    "id": {
        "caseload": (PHONE,),
        "review": (PHONE,),
        "match-proposed": (PHONE,),
        "match-introduced": (PHONE,),
        "match-completed": (PHONE, DESKTOP),
        "dashboard": (PHONE, DESKTOP),
    },
    "en": {"review": (DESKTOP,), "match-introduced": (DESKTOP,), "dashboard": (DESKTOP,)},
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_need_becomes_a_completed_introduction(browser, live_app, live_server, lang):
    base, t, shots = live_server, LABELS[lang], SHOTS[lang]
    world = build_world(live_app)
    errors = ServerErrors()
    english = lang == "en"
    desk = DESKTOP if english else PHONE

    def shoot(page, name):
        snap(page, name, *shots.get(name, ()))

    # The group's chair posts the need from the group's page.
    officer = sign_in(browser, base, world.chair, errors, viewport=desk, english=english)
    expect(officer.locator("html")).to_have_attribute("lang", lang)
    need_id = post_need_from_group_page(officer, GROUP_NAME, NEED_TITLE)
    expect(officer.get_by_role("heading", name=NEED_TITLE)).to_be_visible()

    # The facilitator finds it in the caseload and reads why the tofu workshop is suggested.
    facilitator = sign_in(browser, base, world.facilitator, errors, viewport=desk, english=english)
    facilitator.get_by_role("link", name=t["open_caseload"]).click()
    facilitator.wait_for_url(re.compile(r"/facilitate/$"))
    expect(facilitator.get_by_role("heading", name=t["caseload"])).to_be_visible()
    expect(facilitator.get_by_role("heading", name=GROUP_NAME)).to_be_visible()
    shoot(facilitator, "caseload")
    facilitator.get_by_role("link", name=NEED_TITLE).click()
    facilitator.wait_for_url(re.compile(rf"/facilitate/needs/{need_id}$"))
    expect(facilitator.get_by_role("heading", name=t["suggested"])).to_be_visible()
    expect(facilitator.locator("article.suggestion").first).to_contain_text(TOFU)  # ranked first
    card = suggestion(facilitator, TOFU)
    expect(card.get_by_role("listitem").filter(has_text=TAHU_TOFU)).to_be_visible()
    expect(card.get_by_role("listitem").filter(has_text=t["verified"])).to_be_visible()
    expect(card).to_contain_text(PROVIDER_NAME)
    expect(suggestion(facilitator, TUTORING)).to_have_count(0)  # "tahun" is not "tahu"
    expect(facilitator.locator("article.suggestion").filter(has_text=TAHU_TOFU)).to_have_count(1)
    shoot(facilitator, "review")

    card.get_by_text(t["propose"], exact=True).click()
    # By name, not by its label: the label's for="note" misses the textarea's id="note-<offer>"
    # (see test_the_review_forms_labels_name_their_fields).
    card.locator("textarea[name=note]").fill(FACILITATOR_NOTE)
    card.get_by_role("button", name=t["propose_to_group"]).click()
    facilitator.wait_for_url(re.compile(r"/matches/\d+$"))
    match_url = facilitator.url
    expect(facilitator.get_by_role("status")).to_have_text(t["proposed_flash"])
    expect(facilitator.locator(".badge.state-proposed")).to_have_text(t["proposed"])
    expect(facilitator.get_by_text(FACILITATOR_NOTE, exact=True)).to_be_visible()
    expect(facilitator.locator("#contacts")).to_have_count(0)
    shoot(facilitator, "match-proposed")

    # The trainer cannot see it before the group has decided.
    provider = sign_in(browser, base, world.trainer, errors, english=english)
    response = provider.goto(match_url)
    assert response is not None and response.status == 404
    expect(provider.get_by_text(TOFU)).to_have_count(0)

    # The chair is told (count in the header, "waiting for your decision") and accepts.
    officer.goto(f"{base}/dashboard")
    unread = officer.get_by_role("link", name=t["unread"])  # the bell, outside the folded menu
    expect(unread).to_have_text(re.compile(r"1\s*$"))
    expect(unread).to_be_visible()
    expect(officer.get_by_role("heading", name=t["waiting"])).to_be_visible()
    officer.get_by_role("link", name=t["proposal_for"].format(need=NEED_TITLE, offer=TOFU)).click()
    officer.wait_for_url(match_url)
    expect(officer.get_by_role("heading", name=t["group_decides"])).to_be_visible()
    expect(officer.locator("#contacts")).to_have_count(0)
    with officer.expect_navigation(url=match_url):
        officer.get_by_role("button", name=t["accept"], exact=True).click()
    expect(officer.get_by_role("status")).to_have_text(t["decision_sent"])
    expect(officer.locator(".badge.state-group_accepted")).to_have_text(t["group_accepted"])
    expect(officer.locator("#contacts")).to_have_count(0)
    expect(officer.get_by_role("button", name=t["accept"], exact=True)).to_have_count(0)

    # Now the trainer finds it on their page, accepts, and both sides get the contacts.
    provider.goto(f"{base}/dashboard")
    provider.get_by_role(
        "link", name=t["wants_you"].format(group=GROUP_NAME, need=NEED_TITLE)
    ).click()
    provider.wait_for_url(match_url)
    expect(provider.get_by_role("heading", name=t["provider_decides"])).to_be_visible()
    expect(provider.locator("#contacts")).to_have_count(0)
    with provider.expect_navigation(url=match_url):
        provider.get_by_role("button", name=t["accept"], exact=True).click()
    expect(provider.locator(".badge.state-accepted")).to_have_text(t["both_accepted"])
    expect(
        provider.get_by_role("heading", name=t["introduced"].format(who=GROUP_NAME))
    ).to_be_visible()
    expect(provider.locator("#contacts")).to_contain_text("Pak Slamet")
    expect(provider.get_by_role("link", name=t["whatsapp"])).to_have_attribute("href", WA_TO_GROUP)

    officer.goto(match_url)
    contacts = officer.locator("#contacts")
    expect(
        contacts.get_by_role("heading", name=t["introduced"].format(who=PROVIDER_NAME))
    ).to_be_visible()
    expect(contacts).to_contain_text("+62 812 0000 0001")
    expect(contacts.get_by_role("link", name="sri@example.org")).to_be_visible()
    expect(contacts.get_by_role("link", name=t["whatsapp"])).to_have_attribute(
        "href", WA_TO_PROVIDER
    )
    shoot(officer, "match-introduced")

    # The work happens; the chair records what came of it and rates the trainer.
    with officer.expect_navigation(url=match_url):
        officer.get_by_role("button", name=t["start"]).click()
    expect(officer.locator(".badge.state-in_progress")).to_have_text(t["in_progress"])
    officer.get_by_label(t["people_trained"]).fill("20")
    with officer.expect_navigation(url=match_url):
        officer.get_by_role("button", name=t["record"]).click()
    expect(officer.get_by_role("status")).to_have_text(t["recorded"])
    expect(officer.locator(".badge.state-completed")).to_be_visible()
    expect(officer.locator("dl")).to_contain_text(f"{t['people_trained']}20")
    officer.get_by_role("radio", name="5", exact=True).check()
    officer.get_by_label(t["comment"]).fill("Sangat praktis, terima kasih.")
    with officer.expect_navigation(url=match_url):
        officer.get_by_role("button", name=t["send_feedback"]).click()
    expect(officer.get_by_text(f"{t['from_group']}:")).to_be_visible()
    expect(officer.get_by_text("★★★★★")).to_be_visible()
    expect(officer.get_by_role("button", name=t["send_feedback"])).to_have_count(0)
    shoot(officer, "match-completed")

    # The facilitator's dashboard counts it.
    facilitator.goto(f"{base}/facilitate/dashboard")
    expect(stat(facilitator, t["stat_proposals"])).to_have_text("1")
    expect(stat(facilitator, t["stat_accepted"])).to_have_text("100%")
    expect(stat(facilitator, t["stat_completed"])).to_have_text("1")
    expect(stat(facilitator, t["stat_trained"])).to_have_text("20")
    shoot(facilitator, "dashboard")

    assert errors.seen == []
    close(officer, facilitator, provider)


def test_contacts_stay_hidden_until_both_sides_accept(browser, live_app, live_server):
    base = live_server
    world = build_world(live_app, need="proposed")
    match_url = f"{base}/matches/{world.match_id}"
    errors = ServerErrors()

    provider = sign_in(browser, base, world.trainer, errors)
    assert provider.goto(match_url).status == 404
    expect(provider.get_by_role("heading", name="Tidak ditemukan")).to_be_visible()
    stranger = sign_in(browser, base, "lkp@example.org", errors)  # another provider
    assert stranger.goto(match_url).status == 404

    facilitator = sign_in(browser, base, world.facilitator, errors)
    facilitator.goto(match_url)
    expect(facilitator.locator(".badge.state-proposed")).to_be_visible()
    expect(facilitator.locator("form[action$='/decide']")).to_have_count(0)  # the group decides
    expect(facilitator.locator("#contacts")).to_have_count(0)

    officer = sign_in(browser, base, world.chair, errors)
    officer.goto(match_url)
    expect(officer.locator("#contacts")).to_have_count(0)
    expect(officer.locator("a[href^='https://wa.me/']")).to_have_count(0)
    # Declining is a step of its own that asks why; without a reason nothing is sent.
    officer.locator("details.decline-step > summary").click()
    officer.locator("form.decide-decline [type=submit]").click()
    reason = officer.locator("form.decide-decline select[name=reason_code]")
    assert reason.evaluate("el => el.required && !el.validity.valid")
    expect(officer.locator(".badge.state-proposed")).to_be_visible()
    decide(officer, accept=True)
    expect(officer.locator(".badge.state-group_accepted")).to_be_visible()

    # The provider now sees the proposal and may decide, but nobody sees contacts yet.
    assert provider.goto(match_url).status == 200
    expect(provider.locator("form.decide-accept")).to_be_visible()
    for page in (provider, officer):
        page.reload()
        expect(page.locator("#contacts")).to_have_count(0)
        expect(page.locator("#messages")).to_have_count(0)
        expect(page.locator("a[href^='https://wa.me/']")).to_have_count(0)
        expect(page.get_by_text("+62 812 0000 0001")).to_have_count(0)
        expect(page.get_by_text("0813-2222-3333")).to_have_count(0)
    assert stranger.goto(match_url).status == 404

    assert errors.seen == []
    close(provider, stranger, facilitator, officer)


def test_the_review_forms_labels_name_their_fields(browser, live_app, live_server):
    world = build_world(live_app, need="posted")
    errors = ServerErrors()
    facilitator = sign_in(browser, live_server, world.facilitator, errors)
    facilitator.goto(f"{live_server}/facilitate/needs/{world.need_id}")
    suggestion(facilitator, TOFU).get_by_text("Usulkan", exact=True).click()
    orphans = orphan_labels(facilitator)
    close(facilitator)
    assert orphans == []


def test_the_facilitators_header_fits_tablet_and_desktop_widths(browser, live_app, live_server):
    world = build_world(live_app)
    errors = ServerErrors()
    too_wide = []
    for english in (False, True):
        facilitator = sign_in(browser, live_server, world.facilitator, errors, english=english)
        for width in (PHONE["width"], 768, 1024, DESKTOP["width"]):
            facilitator.set_viewport_size({"width": width, "height": DESKTOP["height"]})
            facilitator.goto(f"{live_server}/facilitate/dashboard")
            if overflow := sideways_overflow(facilitator):
                too_wide.append(f"{'en' if english else 'id'} at {width} px: {overflow} px")
        close(facilitator)
    assert errors.seen == []
    assert too_wide == []
