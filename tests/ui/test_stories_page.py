"""The Stories page from the keyboard: choose the event, draft its story, add a photo through
the file dialog, record who is in it (a minor needs a guardian's consent), choose it, save, and
export the one-page PDF and the web page."""

from __future__ import annotations

from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sistercommittee.services import photos as P
from sistercommittee.services import stories as S
from tests.services.story_helpers import festival, make_jpeg, partnership
from tests.ui.keyboard.typing import (
    activate,
    alt,
    choose_in_file_dialog,
    focused,
    press,
    type_into_focused,
)


@pytest.fixture
def page(qtbot: Any, window: Any, db: Any, wait_idle: Any) -> Any:
    festival(db, partnership(db))
    page = window.show_page("stories")
    wait_idle()
    activate(qtbot, window)
    return page


def _click(qtbot: Any, letter: str, wait_idle: Any, until: Any) -> None:
    """Alt+letter on a button: it clicks a moment later, as a person sees it pressed."""
    alt(qtbot, letter)
    qtbot.waitUntil(until, timeout=10_000)
    wait_idle()


def test_draft_photo_consent_save_and_export(qtbot, window, page, db, wait_idle, tmp_path):
    assert page.source.count() == 1 and "Cherry Blossom Festival" in page.source.itemText(0)
    alt(qtbot, "o")
    assert focused() is page.source
    _click(qtbot, "d", wait_idle, lambda: page.title_edit.isEnabled())
    assert page.title_edit.text() == "Cherry Blossom Festival: Springfield and Takayama"
    assert "1,200 guests came" in page.body_edit.toPlainText()
    # make the title ours
    alt(qtbot, "t")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focused(qtbot, "Taiko and tea in Washington Park")

    # a photo through the file dialog
    photo_file = make_jpeg(tmp_path / "taiko.jpg")
    alt(qtbot, "a")
    choose_in_file_dialog(qtbot, photo_file)
    qtbot.waitUntil(lambda: page.photos.count() == 1, timeout=10_000)
    wait_idle()
    activate(qtbot, window)

    # who is in it: a minor, first without a guardian's consent
    alt(qtbot, "i")
    qtbot.waitUntil(lambda: getattr(page, "people_dialog", None) is not None)
    dialog = page.people_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    activate(qtbot, dialog)
    alt(qtbot, "n")
    type_into_focused(qtbot, "Aoi Sato")
    alt(qtbot, "1")  # a check box's letter ticks it, a moment later
    qtbot.waitUntil(dialog.minor_box.isChecked)
    alt(qtbot, "a")
    qtbot.waitUntil(dialog.consent_box.isChecked)
    _click(qtbot, "p", wait_idle, lambda: bool(dialog.problem.text()))
    assert "guardian's consent" in dialog.problem.text()
    alt(qtbot, "g")
    type_into_focused(qtbot, "Hiro Sato")
    alt(qtbot, "d")
    type_into_focused(qtbot, "2026-04-02")
    _click(qtbot, "p", wait_idle, lambda: dialog.people.count() == 1)
    qtbot.waitUntil(lambda: "may be published" in dialog.verdict.text())
    assert dialog.people.item(0).text() == (
        "Aoi Sato, under 18: guardian Hiro Sato agreed on 2026-04-02"
    )
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle()
    activate(qtbot, window)

    # choose the photo (Space checks it), then save
    page.photos.setFocus()
    qtbot.waitUntil(lambda: bool(page.photos.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable))
    press(qtbot, Qt.Key.Key_Space)
    assert page.chosen_photo_ids() != []
    _click(qtbot, "s", wait_idle, lambda: page.message.text() == "Saved.")
    (story,) = S.list_stories(db)
    assert story.title == "Taiko and tea in Washington Park"
    assert len(story.photo_ids) == 1

    # the one-page PDF, named in the save dialog
    alt(qtbot, "p")
    pdf = tmp_path / "story.pdf"
    choose_in_file_dialog(qtbot, pdf)
    qtbot.waitUntil(lambda: pdf.is_file() and "Wrote" in page.message.text(), timeout=10_000)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and len(list(reader.pages[0].images)) == 1
    assert "Taiko and tea in Washington Park" in reader.pages[0].extract_text()

    # and the web page
    activate(qtbot, window)
    alt(qtbot, "w")
    site = tmp_path / "site"
    choose_in_file_dialog(qtbot, site)
    qtbot.waitUntil(lambda: (site / "index.html").is_file(), timeout=10_000)
    assert (site / "images" / "photo-1.jpg").is_file()

    # Delete on the list removes the story, its photo stays with the event; Ctrl+Z brings it back
    activate(qtbot, window)
    page.stories.setFocus()  # as a click on the list would
    assert window.delete_action.isEnabled()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.message.text().startswith("Deleted the story"), timeout=10_000)
    wait_idle()
    assert S.list_stories(db) == ()
    assert len(P.list_photos(db, event_id=story.event_id)) == 1
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(S.list_stories(db)) == 1, timeout=10_000)
    wait_idle()


def test_a_withheld_photo_cannot_be_chosen(qtbot, window, page, db, wait_idle, tmp_path):
    event = S.story_sources(db)[0].id
    photo = P.add_photo(db, make_jpeg(tmp_path / "a.jpg"), event_id=event).id
    P.add_person(db, photo, {"name": "Sam Lee", "consent": False})
    alt(qtbot, "o")
    _click(qtbot, "d", wait_idle, lambda: page.photos.count() == 1)
    item = page.photos.item(0)
    assert "(withheld)" in item.text() and "Sam Lee: did not agree" in item.toolTip()
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    page.photos.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert page.chosen_photo_ids() == []
    assert QApplication.activeWindow() is window
