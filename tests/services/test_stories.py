"""Stories from events and exchanges: the draft from the record, the photos that may be chosen,
the one-page PDF and the HTML page with its images."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from sistercommittee.documents.story_html import write_story_html
from sistercommittee.documents.story_pdf import write_story_pdf
from sistercommittee.errors import ValidationError
from sistercommittee.services import events as E
from sistercommittee.services import photos as P
from sistercommittee.services import stories as S
from sistercommittee.storage.database import Database
from tests.services.story_helpers import festival, make_jpeg, partnership, student_visit


def test_an_event_story_is_drafted_from_the_record(db: Database, tmp_path: Path) -> None:
    partner = partnership(db)
    event = festival(db, partner)
    shift = E.add_shift(
        db,
        event,
        {"role": "Tea ceremony", "starts_at": "2026-04-11 10:00", "ends_at": "2026-04-11 14:00"},
    )
    from sistercommittee.services.volunteers import add_volunteer

    mei = add_volunteer(db, {"given_name": "Mei", "family_name": "Tanaka"}).id
    E.assign_shift(db, shift.id, mei)
    ok = P.add_photo(db, make_jpeg(tmp_path / "ok.jpg"), event_id=event, caption="Taiko").id
    withheld = P.add_photo(db, make_jpeg(tmp_path / "no.jpg", (10, 90, 160)), event_id=event).id
    P.add_person(db, withheld, {"name": "Aoi Sato", "is_minor": True})
    draft = S.draft_story(db, event_id=event)
    assert draft.title == "Cherry Blossom Festival: Springfield and Takayama"
    assert draft.body.startswith(
        "On April 11, 2026, Springfield Sister Cities held Cherry Blossom Festival, a festival "
        "at Washington Park in Springfield with our partner Takayama, Japan."
    )
    assert "1,200 guests came and 1 volunteer staffed it" in draft.body
    assert "Taiko drummers" in draft.body and "raised money" in draft.body
    assert draft.photo_ids == (ok,)  # the minor without a guardian's consent is left out


def test_an_exchange_story_counts_who_travelled(db: Database) -> None:
    partner = partnership(db)
    exchange = student_visit(db, partner)
    draft = S.draft_story(db, exchange_id=exchange)
    assert draft.title == "Takayama students visit: Springfield and Takayama"
    assert draft.body.startswith(
        "From May 10–17, 2026, Springfield welcomed 4 visitors from Takayama, Japan for "
        "Takayama students visit, a youth exchange."
    )
    assert "3 young people under 18 took part" in draft.body


def test_create_edit_and_the_rules(db: Database, tmp_path: Path) -> None:
    partner = partnership(db)
    event = festival(db, partner)
    other = festival(db)
    photo = P.add_photo(db, make_jpeg(tmp_path / "a.jpg"), event_id=event).id
    foreign = P.add_photo(db, make_jpeg(tmp_path / "b.jpg", (0, 0, 0)), event_id=other).id
    draft = S.draft_story(db, event_id=event)
    story_id = S.create_story(
        db, {"event_id": event, "title": draft.title, "body": draft.body, "photo_ids": [photo]}
    ).id
    assert S.get_story(db, story_id).photo_ids == (photo,)
    with pytest.raises(ValidationError) as error:
        S.edit_story(db, story_id, {"photo_ids": [photo, foreign]})
    assert "a photo of another record" in error.value.errors["photo_ids"]
    P.add_person(db, photo, {"name": "Sam Lee", "consent": False})
    with pytest.raises(ValidationError) as error:
        S.edit_story(db, story_id, {"title": "New title"})  # its photo is no longer publishable
    assert "cannot be published: Sam Lee: did not agree" in error.value.errors["photo_ids"]
    S.edit_story(db, story_id, {"title": "New title", "photo_ids": []})
    assert S.get_story(db, story_id).title == "New title"
    with pytest.raises(ValidationError) as error:
        S.create_story(db, {"event_id": event, "title": "", "body": "x" * 7000})
    assert set(error.value.errors) == {"title", "body"}
    assert "at most 6,000" in error.value.errors["body"]
    with pytest.raises(ValidationError):
        S.create_story(db, {"title": "t", "body": "b"})
    assert [s.id for s in S.list_stories(db)] == [story_id]
    S.delete_story(db, story_id)
    assert S.list_stories(db) == ()


def _story_with_photos(db: Database, tmp_path: Path, count: int) -> str:
    partner = partnership(db)
    event = festival(db, partner)
    colors = [(200, 60, 40), (30, 120, 200), (40, 160, 80), (230, 180, 30)]
    ids = []
    for n in range(count):
        photo = P.add_photo(
            db,
            make_jpeg(tmp_path / f"p{n}.jpg", colors[n]),
            event_id=event,
            caption=f"Moment {n + 1} of the day",
            credit="Jo Park",
        ).id
        P.add_person(db, photo, {"name": f"Guest {n}", "consent": True})
        ids.append(photo)
    draft = S.draft_story(db, event_id=event)
    return S.create_story(
        db, {"event_id": event, "title": draft.title, "body": draft.body, "photo_ids": ids}
    ).id


@pytest.mark.parametrize("count", [0, 1, 4])
def test_the_pdf_is_one_page_with_the_story_and_its_photos(db, tmp_path, count):
    story_id = _story_with_photos(db, tmp_path, count)
    out = write_story_pdf(db, story_id, tmp_path / "story.pdf")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Cherry Blossom Festival: Springfield and Takayama" in text
    assert "1,200 guests came" in text
    images = list(reader.pages[0].images)
    assert len(images) == count
    if count:
        assert "Moment 1 of the day — Photo: Jo Park" in text


def test_a_long_story_is_set_smaller_and_too_long_is_refused(db, tmp_path):
    story_id = _story_with_photos(db, tmp_path, 2)
    long = "\n\n".join(
        "The delegation met the mayor and toured the harbour. " * 6 for _ in range(8)
    )
    S.edit_story(db, story_id, {"body": long})
    out = write_story_pdf(db, story_id, tmp_path / "long.pdf")
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 1
    S.edit_story(db, story_id, {"body": ("word " * 1190).strip()})
    with pytest.raises(ValidationError) as error:
        write_story_pdf(db, story_id, tmp_path / "too.pdf")
    assert "does not fit on one page" in error.value.errors["body"]


def test_the_html_page_has_its_images_and_escapes_the_text(db, tmp_path):
    story_id = _story_with_photos(db, tmp_path, 2)
    S.edit_story(db, story_id, {"title": "Taiko <b>&</b> tea"})
    index = write_story_html(db, story_id, tmp_path / "site")
    page = index.read_text(encoding="utf-8")
    assert "<h1>Taiko &lt;b&gt;&amp;&lt;/b&gt; tea</h1>" in page
    assert page.count("<img ") == 2
    for n in (1, 2):
        assert f'src="images/photo-{n}.jpg"' in page
        assert (index.parent / "images" / f"photo-{n}.jpg").is_file()
    assert "http" not in page  # nothing is fetched from the network
    # written again, the folder holds this version only
    S.edit_story(db, story_id, {"photo_ids": []})
    write_story_html(db, story_id, tmp_path / "site")
    assert list((tmp_path / "site" / "images").iterdir()) == []


def test_hours_given_are_told_with_the_volunteers(db: Database) -> None:
    from sistercommittee.services.hours import log_hours_for_event_staff
    from sistercommittee.services.volunteers import add_volunteer

    event = festival(db)
    shift = E.add_shift(
        db, event, {"role": "Stage", "starts_at": "2026-04-11 10:00", "ends_at": "2026-04-11 14:00"}
    )
    mei = add_volunteer(db, {"given_name": "Mei", "family_name": "Tanaka"}).id
    E.assign_shift(db, shift.id, mei)
    log_hours_for_event_staff(db, event)
    body = S.draft_story(db, event_id=event).body
    assert "1,200 guests came and 1 volunteer staffed it, giving 4 hours of their time." in body
