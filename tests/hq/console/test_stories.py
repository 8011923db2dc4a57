"""The console's Stories page: staff see the stories members sent (not their drafts), each with
its text and its one-page PDF; without a staff session the page is refused."""

from __future__ import annotations

import io

import httpx
from pypdf import PdfReader

from sistercommittee.services import stories as S
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync.stories import send_story
from tests.hq.fixtures import laptop, make_org
from tests.services.story_helpers import festival, partnership


def test_staff_see_the_stories_members_sent(hq, console, tmp_path):
    org = make_org(hq.db, "Springfield SCA")
    lap = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(lap.db, {"name": "Springfield SCA", "city": "Springfield", "country": "US"})
    event = festival(lap.db, partnership(lap.db))
    draft = S.draft_story(lap.db, event_id=event)
    sent = S.create_story(lap.db, {"event_id": event, "title": draft.title, "body": draft.body}).id
    S.create_story(lap.db, {"event_id": event, "title": "Only a draft", "body": "Not yet."})
    send_story(lap.db, lap.store, sent)

    console.sign_in()
    page = console.get("/console/stories")
    assert page.status_code == 200
    assert draft.title in page.text and "Only a draft" not in page.text
    assert "1,200 guests came" in page.text and "Springfield SCA" in page.text
    assert 'aria-current="page"' in page.text.split('href="/console/stories"', 1)[1][:30]
    link = page.text.split('href="/console/stories/', 1)[1].split('"', 1)[0]
    pdf = console.get(f"/console/stories/{link}")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert draft.title in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    lap.db.close()

    refused = httpx.get(f"{hq.url}/console/stories", follow_redirects=False)
    assert refused.status_code in (302, 303, 307)  # to the sign-in page
