"""A caseload page holds ten group cards, a phone's worth; the next pages hold the rest."""

from __future__ import annotations

import re

from marketplace.services.curation import caseload
from tests.factories import login, make_group, make_user, snap


def test_a_caseload_page_shows_ten_groups_and_the_next_page_the_rest(app, client):
    with app.app_context():
        facilitator = snap(make_user("Pendamping", facilitator=True))
        chair = make_user()
        for i in range(12):
            make_group(chair, name=f"Kelompok {i:02d}")
        caseload.assign(facilitator=facilitator, province_code="34")
    login(client, facilitator)

    def names(page: int) -> list[str]:
        html = client.get(f"/facilitate/?page={page}").get_data(as_text=True)
        return re.findall(r">(Kelompok \d\d)</a>", html)

    first, second = names(1), names(2)
    assert first == [f"Kelompok {i:02d}" for i in range(10)]
    assert second == ["Kelompok 10", "Kelompok 11"]
