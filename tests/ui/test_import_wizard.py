"""File > Import… driven through the real wizard: a volunteer roster with one bad row is shown
in the preview, nothing is written until the bad rows are skipped, then the rest is imported and
appears in the Volunteers list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from sistercommittee.services.volunteers import list_volunteers
from sistercommittee.ui.dialogs.import_wizard import ImportWizard
from tests.ui.conftest import open_dialog

Button = QWizard.WizardButton


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "roster.csv",
        [
            "First Name,Last Name,Contact,Shoe size",
            "Jane,Smith,jane@example.org,38",
            "Akira,Tanaka,not an address,42",
            "José,García,jose@example.org,40",
        ],
    )


def _click(qtbot: Any, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot: Any, window: Any, path: Path) -> ImportWizard:
    wizard = open_dialog(qtbot, window.import_action.trigger, ImportWizard)
    assert wizard.file_page.kind_combo.currentData() == "volunteers"
    assert not wizard.button(Button.NextButton).isEnabled()  # no file yet
    wizard.file_page.path_edit.setText(str(path))
    _click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=10_000)
    return wizard


def test_a_roster_with_a_bad_row_imports_only_once_the_bad_rows_are_skipped(
    qtbot, window, db, wait_idle, roster, shown_errors
):
    page = window.show_page("volunteers")
    wait_idle()
    wizard = _open(qtbot, window, roster)

    # The columns are matched by their names; the user maps the one the app cannot guess.
    mapping = wizard.mapping_page
    assert mapping.mapping() == {0: "given_name", 1: "family_name"}
    mapping.set_field("Contact", "email")
    assert mapping.mapping() == {0: "given_name", 1: "family_name", 2: "email"}
    _click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=10_000)

    # The preview names the bad row and its column; the import cannot start yet.
    preview = wizard.preview_page
    model = preview.model
    assert model.rowCount() == 3
    actions = [model.data(model.index(row, 2)) for row in range(3)]
    assert actions == ["New", "Problem", "New"]
    assert model.data(model.index(1, 0)) == "3"  # the spreadsheet's row number
    assert "Contact" in model.data(model.index(1, 3))
    assert "Shoe size" in preview.summary.text()  # the column left out is named
    # The bad row is chosen, and its whole message shown below the table.
    assert preview.view.currentIndex().row() == 1
    assert preview.details.text().startswith("Row 3: Column “Contact”: ")
    commit = wizard.button(Button.CommitButton)
    assert commit.isVisible() and not commit.isEnabled()
    wizard.next()  # even forced, the page does not let the import start
    assert wizard.currentId() == ImportWizard.PREVIEW
    wait_idle()
    assert list_volunteers(db).items == ()
    assert not preview.message.text()

    preview.skip_bad.click()  # (a mouse click at its middle may fall beside the text)
    assert preview.skip_bad.isChecked()
    _click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=10_000)
    wait_idle()

    assert wizard.outcome is not None and wizard.outcome.added == 2
    assert wizard.outcome.skipped_bad == (3,)
    assert "2 records added." in wizard.summary_page.text.text()
    # Which rows were left out, worded as row numbers, not as a count of rows.
    assert "1 row not imported because of problems, at row number 3." in (
        wizard.summary_page.text.text()
    )
    assert sorted(row.name for row in list_volunteers(db).items) == ["Jane Smith", "José García"]
    # The list refreshed on its own, as after a save.
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert sorted(page.model.row_at(row).name for row in range(2)) == [
        "Jane Smith",
        "José García",
    ]
    _click(qtbot, wizard, Button.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert shown_errors == []


def test_a_file_that_cannot_be_read_is_explained_on_the_first_page(
    qtbot, window, tmp_path, wait_idle
):
    wizard = open_dialog(qtbot, window.import_action.trigger, ImportWizard)
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    _click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(lambda: bool(wizard.file_page.message.text()), timeout=10_000)
    wait_idle()
    assert wizard.currentId() == ImportWizard.FILE
    assert "missing.csv" in wizard.file_page.message.text()
    wizard.reject()


def test_a_mapping_without_a_name_is_refused_before_the_preview(
    qtbot, window, wait_idle, roster
):
    wizard = _open(qtbot, window, roster)
    wizard.mapping_page.set_field("First Name", "")
    wizard.mapping_page.set_field("Last Name", "")
    _click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(lambda: bool(wizard.mapping_page.message.text()), timeout=10_000)
    wait_idle()
    assert wizard.currentId() == ImportWizard.MAPPING
    wizard.reject()


def test_cancel_while_importing_stops_the_import_and_writes_nothing(
    qtbot, window, db, wait_idle, tmp_path, shown_errors
):
    lines = ["First Name,Last Name,E-mail"] + [
        f"Given{number},Family{number},person{number}@example.org" for number in range(3000)
    ]
    wizard = _open(qtbot, window, _write(tmp_path / "big.csv", lines))
    _click(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=20_000)
    assert wizard.preview_page.model.rowCount() == 3000
    _click(qtbot, wizard, Button.CommitButton)
    wizard.reject()  # Cancel, or Esc: the import stops, the wizard stays to say so
    assert wizard.isVisible()
    wait_idle(20_000)
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert "cancelled" in wizard.preview_page.message.text()
    assert list_volunteers(db).items == ()
    assert wizard.button(Button.CommitButton).isEnabled()  # it can be tried again
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert shown_errors == []


def test_the_kind_of_the_page_on_screen_is_chosen_first(qtbot, window, wait_idle):
    window.show_page("events")
    wait_idle()
    wizard = open_dialog(qtbot, window.import_action.trigger, ImportWizard)
    assert wizard.file_page.kind_combo.currentData() == "events"
    wizard.reject()
