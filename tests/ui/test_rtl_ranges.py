"""In a right-to-left interface (the mirrored pseudo-locale ar_XB) a range reads start before end:
"08:00–11:00", not "11:00–08:00" as the bidi algorithm lays a dash between two numbers out in
right-to-left text. Measured where the glyphs land, as a label lays its text out; left to right
(English) the texts are as they always were."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from sistercommittee.messages.pseudo import OPEN, plain
from sistercommittee.messages.ranges import FSI, PDI
from sistercommittee.services.events.times import _span_text
from sistercommittee.services.meeting_times import Slot, slot_text
from sistercommittee.ui import formatting
from sistercommittee.ui.dialogs.meeting_times_dialog import _tr
from sistercommittee.ui.languages import PseudoTranslator, translations_dir
from sistercommittee.ui.shown import qt_translate, shown

SLOT = Slot(
    datetime(2026, 5, 14, 8, tzinfo=UTC),
    datetime(2026, 5, 14, 11, tzinfo=UTC),
    "work",
    "UTC",
    "Asia/Tokyo",  # 17:00–20:00
)

LEGEND = (
    "Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); "
    "grey: asleep. In the middle, blue: both at work; light blue: both awake."
)


@pytest.fixture
def mirrored(translated_app: Any) -> Iterator[None]:
    """ar_XB: the pseudo-translated texts, the layout right to left."""
    english = QTranslator()
    assert english.load("sistercommittee_en", str(translations_dir()))
    translator = PseudoTranslator(english, mirrored=True)
    translated_app.installTranslator(translator)
    translated_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    translated_app.removeTranslator(translator)
    translated_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _x(label: QLabel, piece: str) -> float:
    """Where the caret stands inside ``piece`` (after its first character) when the label's
    text is laid out in the label's direction and font, on one line."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return float(line.cursorToX(text.index(piece) + 1)[0])


def _label(qtbot: Any, text: str) -> QLabel:
    label = QLabel(text)
    qtbot.addWidget(label)
    assert label.isRightToLeft() == (label.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    return label


def test_a_meeting_slot_reads_start_before_end(qtbot: Any, mirrored: None) -> None:
    label = _label(qtbot, shown(slot_text(SLOT, "Springfield", "Kyoto")))
    assert label.isRightToLeft() and plain(label.text()).startswith(OPEN)
    assert _x(label, "08:00") < _x(label, "11:00")
    assert _x(label, "17:00") < _x(label, "20:00")
    # The same text without the isolates (as a PDF gets it) reads backwards: what was fixed.
    written = _label(qtbot, slot_text(SLOT, "Springfield", "Kyoto").render(qt_translate))
    assert FSI not in written.text()
    assert _x(written, "08:00") > _x(written, "11:00")


def test_an_event_span_and_the_interface_s_ranges_read_start_before_end(
    qtbot: Any, mirrored: None
) -> None:
    start = datetime(2026, 4, 11, 17, tzinfo=UTC)
    two_days = datetime(2026, 4, 12, 9, tzinfo=UTC)
    one_day = _label(qtbot, shown(_span_text(start, datetime(2026, 4, 11, 19, tzinfo=UTC), "UTC")))
    assert _x(one_day, "17:00") < _x(one_day, "19:00")
    across = _label(qtbot, shown(_span_text(start, two_days, "UTC")))
    assert _x(across, "2026-04-11") < _x(across, "17:00") < _x(across, "2026-04-12")
    assert _x(across, "2026-04-12") < _x(across, "09:00")
    dates = formatting.fmt_range(
        formatting.fmt_date(date(2026, 5, 14)), formatting.fmt_date(date(2026, 5, 16))
    )
    assert dates.startswith(FSI) and dates.endswith(PDI)
    nights = _label(qtbot, dates)
    assert _x(nights, "5/14/2026") < _x(nights, "5/16/2026")
    # A range written in a translated text: the meeting-times legend's working day.
    legend = _label(qtbot, formatting.ranges_kept(_tr(LEGEND)))
    assert plain(legend.text()).startswith(OPEN)
    assert _x(legend, "8:00") < _x(legend, "18:00")
    as_it_was = _label(qtbot, _tr(LEGEND))
    assert _x(as_it_was, "8:00") > _x(as_it_was, "18:00")


def test_left_to_right_the_texts_are_unchanged(translated_app: Any) -> None:
    assert shown(slot_text(SLOT, "Springfield", "Kyoto")) == (
        "08:00–11:00 Thu in Springfield (UTC) = 17:00–20:00 Thu in Kyoto (JST)"
    )
    assert formatting.fmt_range("08:00", "11:00", "–") == "08:00–11:00"
    assert formatting.ranges_kept("{start} – {end} ({zone})") == "{start} – {end} ({zone})"
