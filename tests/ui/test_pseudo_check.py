"""The pseudo-locale check's eye for untranslated texts finds them (so that its silence on the
real pages and dialogs means something): a button, a tab, a menu command, a header and a text
composed of a translated piece and an English one, each shown without passing through
translation, and nothing in the same widgets when they pass through it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.messages.pseudo import pseudo
from tests.ui.pseudo_check import interface_literals, untranslated


def _window(qtbot: Any, text: Any) -> QMainWindow:
    """A window that shows ``text(english)`` wherever the app shows a text."""
    window = QMainWindow()
    window.setWindowTitle(text("Preferences"))
    menu = window.menuBar().addMenu(text("&File"))
    menu.addAction(text("&Quit"))
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QPushButton(text("&Save")))
    layout.addWidget(QLabel(f"{pseudo('Name')}: {text('Made by hand')}"))
    tabs = QTabWidget()
    tabs.addTab(QWidget(), text("Contacts"))
    layout.addWidget(tabs)
    model = QStandardItemModel(1, 1, central)
    model.setHorizontalHeaderLabels([text("Email")])
    table = QTableView()
    table.setModel(model)
    layout.addWidget(table)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_texts_it_looks_for_are_the_interface_s_own() -> None:
    literals = interface_literals()
    for english in ("Save", "Quit", "Contacts", "Email", "Preferences", "Made by hand"):
        assert english in literals, english
    # Keys and object names are not texts: a record's "email" field shows as data.
    assert "email" not in literals


def test_texts_shown_untranslated_are_found(qtbot: Any) -> None:
    window = _window(qtbot, lambda english: english)
    found = {finding.text for finding in untranslated(window)}
    assert found == {
        "Preferences",
        "&File",
        "&Quit",
        "&Save",
        f"{pseudo('Name')}: Made by hand",
        "Contacts",
        "Email",
    }


def test_texts_shown_translated_are_not(qtbot: Any) -> None:
    window = _window(qtbot, pseudo)
    assert untranslated(window) == []


def test_a_dialog_s_texts_are_looked_at(qtbot: Any) -> None:
    dialog = QDialog()
    dialog.setWindowTitle(pseudo("Backups"))
    QVBoxLayout(dialog).addWidget(QPushButton("Restore"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [finding.text for finding in untranslated(dialog)] == ["Restore"]


def test_a_message_of_the_services_shown_in_english_is_found(qtbot: Any) -> None:
    """A message rendered without the translators ("Approve 1.5 hours logged by Olivia Morris"):
    its words are the template's, its values anything."""
    from sistercommittee.messages import msg
    from sistercommittee.ui.shown import shown

    message = msg("Approve {hours} hours logged by {name}", hours=1.5, name="Olivia Morris")
    dialog = QDialog()
    dialog.setWindowTitle(pseudo("Approve Hours"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(f"{message}\n{pseudo('Note')}"))
    layout.addWidget(QLabel("Teacher exchange with Torun 2025"))  # a record's name: data
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [finding.text for finding in untranslated(dialog)] == [f"{message}\n{pseudo('Note')}"]
    assert shown(message) == message  # English, as installed here: what the check must catch


def test_a_placeholder_wider_than_its_field_is_found(qtbot: Any) -> None:
    """A hint that fits its field is not a finding; the same hint in a field too narrow is, and
    so is one that fits only until a clear button takes its place."""
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.pseudo_check import clipped

    hint = pseudo("Search by name or city")
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    wide, narrow, cleared = QLineEdit(), QLineEdit(), QLineEdit()
    for edit in (wide, narrow, cleared):
        edit.setPlaceholderText(hint)
        layout.addWidget(edit)
    needed = wide.fontMetrics().horizontalAdvance(hint)
    wide.setFixedWidth(needed + 60)
    narrow.setFixedWidth(needed // 2)
    cleared.setFixedWidth(needed + 14)  # room for the text alone, not beside the clear button
    cleared.setClearButtonEnabled(True)
    narrow.setObjectName("narrow")
    cleared.setObjectName("cleared")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [(f.where, f.what) for f in clipped(dialog)] == [
        ("QDialog/narrow", "placeholder cut off"),
        ("QDialog/cleared", "placeholder cut off"),
    ]
    narrow.setToolTip(hint)  # elided on purpose, the whole hint in the tooltip
    assert [f.where for f in clipped(dialog)] == ["QDialog/cleared"]
