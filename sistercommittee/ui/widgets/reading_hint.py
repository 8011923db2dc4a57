"""A line under a form's reading field (furigana) that asks for the reading of a name written in
kanji, while the names sort in Japanese: without one, 伊藤花子 cannot be put where a Japanese
reader looks for it (いとう), and sorts after every name that has a reading instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout

from sistercommittee.collation import collation_for
from sistercommittee.names import needs_reading
from sistercommittee.ui.widgets.form import FormWidget

READING = "name_reading"
NAME_FIELDS = ("given_name", "family_name")


def _text() -> str:
    return QCoreApplication.translate(
        "ReadingHint",
        "This name is written in kanji: type its reading in kana so that it sorts where it is "
        "read. Without one it comes after the names that have a reading.",
    )


def attach(form: FormWidget, locale_name: str | None = None) -> QLabel | None:
    """Show the hint under ``form``'s reading field whenever a name field holds kanji and the
    reading is empty, as the user types; only where names sort in Japanese (the interface's
    language, or ``locale_name``). Returns the hint's label (None when there is nothing to do)."""
    if READING not in form.editors:
        return None
    if collation_for(locale_name if locale_name is not None else QLocale().name()) != "ja":
        return None
    names = [name for name in NAME_FIELDS if name in form.editors]
    reading = form.editor(READING)
    cell = reading.parentWidget()
    layout = cell.layout() if cell is not None else None
    if not names or not isinstance(layout, QVBoxLayout):
        return None
    hint = QLabel(_text(), cell)
    hint.setObjectName("reading_hint")
    hint.setWordWrap(True)
    hint.setStyleSheet("color: palette(placeholder-text);")
    layout.insertWidget(1, hint)

    def update() -> None:
        values = {name: form.editor(name).value() for name in (*names, READING)}
        wanted = needs_reading(
            values.get("given_name"), values.get("family_name"), values.get(READING)
        )
        hint.setVisible(wanted)
        # Read out with the field, for a screen reader, while it is shown.
        reading.focus_target().setAccessibleDescription(hint.text() if wanted else "")

    for name in (*names, READING):
        form.editor(name).edited.connect(update)
    update()
    return hint
