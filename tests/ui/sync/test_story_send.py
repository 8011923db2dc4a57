"""Send to HQ on the Stories page, against a real HQ on 127.0.0.1: the PDF is uploaded at once
and the app's automatic sync carries the story's row, after which HQ lists it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sistercommittee.hq.stories import list_stories
from sistercommittee.services import stories as S
from tests.services.story_helpers import festival, partnership
from tests.ui.keyboard.typing import activate, alt, press
from tests.ui.sync.test_auto_sync import first_laptop, open_window  # noqa: F401


def test_send_to_hq_from_the_page(qtbot, hq, first_laptop, open_window):  # noqa: F811
    db = first_laptop.db
    event = festival(db, partnership(db))
    draft = S.draft_story(db, event_id=event)
    story = S.create_story(db, {"event_id": event, "title": draft.title, "body": draft.body}).id
    window = open_window(db, first_laptop.store)
    page = window.show_page("stories")
    qtbot.waitUntil(lambda: page.stories.count() == 1, timeout=10_000)
    activate(qtbot, window)
    page.stories.setFocus()  # as a click on the list would
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.title_edit.text() == draft.title, timeout=10_000)
    alt(qtbot, "q")
    qtbot.waitUntil(lambda: page.message.text().startswith("Sent to HQ:"), timeout=20_000)
    assert S.get_story(db, story).sent_at is not None
    qtbot.waitUntil(lambda: [s.id for s in list_stories(hq.db)] == [story], timeout=20_000)
    (listed,) = list_stories(hq.db)
    assert listed.title == draft.title and listed.report_id is not None
