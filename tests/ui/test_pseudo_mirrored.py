"""In the mirrored pseudo-locale (ar_XB) Qt lays a text out as it lays out Arabic: a rich-text
label's paragraph goes right to left and sits at the right of a mirrored window, its words read
right to left, and the numbers and Latin names put into it keep their order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QLabel

from sistercommittee.messages.pseudo import plain, pseudo

TEMPLATE = "Purge the personal data of {count} minors ({name})"
VALUES = {"count": 1234, "name": "Gyeongju 2024"}


@pytest.fixture
def right_to_left(translated_app: Any) -> Iterator[None]:
    translated_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    translated_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(f"<b>11/18/2022</b> {text}")
    document.setTextWidth(2000)  # one line
    document.size()  # laid out now: its lines exist
    return document


def _x_of(document: QTextDocument, piece: str) -> list[float]:
    """Where the cursor stands between the characters of ``piece``, in the order of the text
    (at its ends it would stand between two runs, where either side is right)."""
    block = document.firstBlock()
    assert block.layout().lineCount() == 1
    line = block.layout().lineAt(0)
    start = block.text().index(piece)
    return [line.cursorToX(start + offset)[0] for offset in range(1, len(piece))]


def test_a_mirrored_paragraph_goes_right_to_left(translated_app: Any) -> None:
    stretched = _document(pseudo(TEMPLATE).format(**VALUES))
    mirrored = _document(pseudo(TEMPLATE, mirrored=True).format(**VALUES))
    assert stretched.firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    assert mirrored.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft


def test_words_read_right_to_left_and_numbers_and_names_keep_their_order(
    translated_app: Any,
) -> None:
    document = _document(pseudo(TEMPLATE, mirrored=True).format(**VALUES))
    word = plain(pseudo("personal"))[1:-1].rstrip("~")  # "þéŕšöñàĺ", without the marks
    letters = _x_of(document, word)
    assert letters == sorted(letters, reverse=True)  # each letter left of the one before
    for kept in ("1234", "Gyeongju 2024", "11/18/2022"):
        positions = _x_of(document, kept)
        assert positions == sorted(positions), kept  # left to right, as written


def _ink_columns(label: QLabel) -> tuple[int, int]:
    image = label.grab().toImage()
    background = QColor(label.palette().color(label.backgroundRole())).lightness()
    columns = [
        x
        for x in range(image.width())
        if any(
            abs(image.pixelColor(x, y).lightness() - background) > 80 for y in range(image.height())
        )
    ]
    return min(columns), max(columns)


def test_a_rich_text_label_sits_at_the_right_of_a_mirrored_window(
    qtbot: Any, right_to_left: None
) -> None:
    labels = {}
    for mirrored in (False, True):
        label = QLabel(f"<b>{pseudo('Agenda', mirrored=mirrored)}</b>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.resize(600, 40)
        qtbot.addWidget(label)
        label.show()
        qtbot.waitExposed(label)
        labels[mirrored] = _ink_columns(label)
    # English-like text in a mirrored window stays at the left (as a Latin paragraph does in
    # Arabic); the pseudo-Arabic text goes to the right, where the window's reading starts.
    assert labels[False][1] < 300
    assert labels[True][0] > 300


def test_a_record_s_overview_puts_its_labels_at_the_right_of_a_mirrored_window(
    qtbot: Any, right_to_left: None
) -> None:
    """Qt lays a rich-text table's columns out left to right in any direction: the overview's
    rows put the label last, so it stands at the right, its value left of it."""
    from sistercommittee.ui.widgets.overview import overview_line, overview_table

    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.resize(600, 40)
    qtbot.addWidget(label)
    rows = overview_line(label, pseudo("Country", mirrored=True), "")  # no value: no row
    assert rows == ""
    only_label = overview_table(label, overview_line(label, pseudo("Country", mirrored=True), "."))
    label.setText(only_label)
    label.show()
    qtbot.waitExposed(label)
    alone = _ink_columns(label)
    label.setText(
        overview_table(label, overview_line(label, pseudo("Country", mirrored=True), "France"))
    )
    both = _ink_columns(label)
    assert alone[1] > 500  # the label ends at the right edge
    assert both[1] == alone[1] and both[0] < alone[0]  # the value came in at its left
