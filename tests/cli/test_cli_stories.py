"""`sistercommittee photo …` and `story …` on a new database."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Cli
from tests.services.story_helpers import make_jpeg


def _event(cli: Cli) -> str:
    added = cli(
        "event",
        "add",
        "--title",
        "Sister City Sunday picnic",
        "--kind",
        "festival",
        "--starts-at",
        "2026-06-07 12:00",
        "--ends-at",
        "2026-06-07 16:00",
        "--venue",
        "Lincoln Park",
        "--attendance",
        "340",
    )
    assert added.code == 0, added.err
    return cli("event", "list", "--json").json()[0]["id"]


def test_photos_consent_stories_and_exports(cli_org: Cli, tmp_path: Path) -> None:
    event = _event(cli_org)
    added = cli_org(
        "photo",
        "add",
        str(make_jpeg(tmp_path / "picnic.jpg")),
        "--event",
        event,
        "--caption",
        "Lunch on the lawn",
        "--credit",
        "Jo Park",
    )
    assert added.code == 0, added.err
    photo = cli_org("photo", "list", "--event", event, "--json").json()[0]
    assert photo["publishable"] is True
    refused = cli_org(
        "photo", "person-add", photo["id"], "--name", "Aoi Sato", "--minor", "--consent"
    )
    assert refused.code == 2 and "guardian's consent" in refused.err
    kept = cli_org(
        "photo",
        "person-add",
        photo["id"],
        "--name",
        "Aoi Sato",
        "--minor",
        "--consent",
        "--guardian",
        "Hiro Sato",
        "--consent-on",
        "2026-06-01",
    )
    assert kept.code == 0 and "may be published" in kept.out
    withheld = cli_org("photo", "person-add", photo["id"], "--name", "Sam Lee")
    assert "withheld: Sam Lee: did not agree" in withheld.out

    draft = cli_org("story", "draft", "--event", event, "--json").json()
    assert "340 guests came" in draft["body"] and draft["photo_ids"] == []
    assert cli_org("story", "add", "--event", event, "--photo", photo["id"]).code == 2
    saved = cli_org("story", "add", "--event", event, "--title", "Picnic in the park")
    assert saved.code == 0, saved.err
    (story,) = cli_org("story", "list", "--json").json()
    assert story["title"] == "Picnic in the park" and story["sent_at"] is None

    pdf = tmp_path / "story.pdf"
    assert cli_org("story", "export", story["id"], "--pdf", str(pdf)).code == 0
    assert len(PdfReader(pdf).pages) == 1
    assert "Picnic in the park" in PdfReader(pdf).pages[0].extract_text()
    site = tmp_path / "site"
    assert cli_org("story", "export", story["id"], "--html", str(site)).code == 0
    assert "<h1>Picnic in the park</h1>" in (site / "index.html").read_text(encoding="utf-8")

    unsent = cli_org("story", "send", story["id"])
    assert unsent.code != 0 and "not signed in to HQ" in unsent.err
