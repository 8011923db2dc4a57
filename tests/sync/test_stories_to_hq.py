"""A story sent to a real HQ on 127.0.0.1: its PDF kept as a report of kind "story", its row
through sync, and HQ listing the members' stories (API, admin command)."""

from __future__ import annotations

import io
import json

import httpx
from pypdf import PdfReader

from sistercommittee.hq.cli import main as hq_main
from sistercommittee.hq.stories import list_stories
from sistercommittee.services import photos as P
from sistercommittee.services import stories as S
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync.service import _token
from sistercommittee.sync.stories import send_story
from tests.hq.fixtures import laptop, make_org
from tests.services.story_helpers import festival, make_jpeg, partnership

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def test_a_sent_story_is_listed_by_hq_with_its_pdf(hq, tmp_path, capsys, monkeypatch):
    org = make_org(hq.db, "Springfield Sister Cities")
    other = make_org(hq.db, "Denver Sister Cities")
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    event = festival(a.db, partnership(a.db))
    photo = P.add_photo(a.db, make_jpeg(tmp_path / "a.jpg"), event_id=event, caption="Taiko").id
    draft = S.draft_story(a.db, event_id=event)
    story = S.create_story(
        a.db, {"event_id": event, "title": draft.title, "body": draft.body, "photo_ids": [photo]}
    ).id
    draft_only = S.create_story(a.db, {"event_id": event, "title": "Not yet", "body": "Draft."}).id

    sent = send_story(a.db, a.store, story)
    assert sent.report["kind"] == "story" and sent.report["file_name"] == f"story-{story}.pdf"
    assert S.get_story(a.db, story).sent_at is not None
    assert S.get_story(a.db, draft_only).sent_at is None

    listed = list_stories(hq.db)
    assert [s.id for s in listed] == [story]  # the draft synced too, but was not sent
    (hq_story,) = listed
    assert hq_story.organization == "Springfield Sister Cities"
    assert hq_story.title == draft.title and "1,200 guests came" in hq_story.body
    assert hq_story.report_id is not None
    assert list_stories(hq.db, other.id) == []

    # the organization's own laptops see the same through the API, and the PDF is the story
    _, server, token = _token(a.db, a.store)
    with httpx.Client(base_url=server, headers={"Authorization": f"Bearer {token}"}) as client:
        api = client.get("/v1/stories").json()
        assert [s["id"] for s in api] == [story]
        pdf = client.get(f"/v1/reports/{api[0]['report_id']}").content
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert draft.title in text and "Taiko" in text

    # HQ staff at the server
    url = hq.db.url
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = hq_main(["stories", "list", "--database-url", str(url)])
    out = capsys.readouterr().out
    assert code == 0 and "Springfield Sister Cities" in out and draft.title in out
    code = hq_main(["stories", "list", "--org", "Denver Sister Cities", "--database-url", str(url)])
    assert code == 0 and "No member has sent a story yet." in capsys.readouterr().out
    code = hq_main(["stories", "list", "--json", "--database-url", str(url)])
    assert json.loads(capsys.readouterr().out)[0]["title"] == draft.title

    # edited and sent again: HQ has the new title and one PDF, replaced
    S.edit_story(a.db, story, {"title": "Taiko in Washington Park"})
    send_story(a.db, a.store, story)
    (again,) = list_stories(hq.db)
    assert again.title == "Taiko in Washington Park" and again.report_id == hq_story.report_id
