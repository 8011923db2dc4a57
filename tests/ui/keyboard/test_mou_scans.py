"""Scans of a signed MOU, by the keyboard: Alt+A opens the file dialog, the file's path is typed
into its name field and Enter attaches it; Down and Delete remove it, Ctrl+Z brings it back. A file
that is no scan is refused with a sentence saying what to do, and nothing is attached."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from reportlab.pdfgen import canvas

from sistercommittee.services import mou_scans, mous, partnerships
from tests.ui.keyboard.test_mou_and_sign_in import open_mou
from tests.ui.keyboard.typing import activate, alt, choose_in_file_dialog, focused, press, tab


@pytest.fixture
def mou(db: Any) -> str:
    partnership = partnerships.add_partnership(db, {"city_name": "Takayama", "country": "JP"}).id
    return mous.add_mou(db, {"partnership_id": partnership}).id


def signed_scan(path: Path) -> Path:
    """A real one-page PDF, as a scanner's software would save it."""
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Memorandum of Understanding between Springfield and Takayama")
    page.drawString(72, 700, "Signed on 8 October 1996")
    page.save()
    return path


def attach_by_typing(qtbot: Any, dialog: Any, path: Path) -> None:
    """Alt+C for the Scans tab, Alt+A for Attach Scan…, the path typed, Enter."""
    activate(qtbot, dialog)
    alt(qtbot, "c")
    assert dialog.tabs.currentWidget() is dialog.scans
    alt(qtbot, "a")
    choose_in_file_dialog(qtbot, path)


def test_a_scan_typed_into_the_file_dialog_is_attached_removed_and_back_with_ctrl_z(
    qtbot, window, db, mou, wait_idle, tmp_path, shown_errors, snap
):
    scan = signed_scan(tmp_path / "MOU Takayama 1996.pdf")
    content = scan.read_bytes()
    dialog = open_mou(qtbot, window, wait_idle)
    attach_by_typing(qtbot, dialog, scan)
    wait_idle()
    assert shown_errors == []

    (attached,) = mous.get_mou(db, mou).scans
    assert (attached.file_name, attached.size_bytes) == ("MOU Takayama 1996.pdf", len(content))
    digest = hashlib.sha256(content).hexdigest()
    stored = mou_scans.scan_file(db, attached.id)
    assert stored == db.files_dir / digest[:2] / digest  # beside the database, by its SHA-256
    assert stored.read_bytes() == content
    qtbot.waitUntil(lambda: dialog.scans.model.rowCount() == 1, timeout=5_000)
    snap(dialog, "mou-scans")

    # To the list, Down selects the scan, Delete removes it.
    activate(qtbot, dialog)
    for _ in range(20):
        if focused() is dialog.scans.table:
            break
        tab(qtbot)
    assert focused() is dialog.scans.table
    press(qtbot, Qt.Key.Key_Down)
    assert [row.id for row in dialog.scans.selected()] == [attached.id]
    press(qtbot, Qt.Key.Key_Delete)
    wait_idle()
    assert mous.get_mou(db, mou).scans == ()
    qtbot.waitUntil(lambda: dialog.scans.model.rowCount() == 0, timeout=5_000)

    # Ctrl+Z, from the MOU window itself, brings it back.
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert [s.id for s in mous.get_mou(db, mou).scans] == [attached.id]
    assert mou_scans.scan_file(db, attached.id).read_bytes() == content
    qtbot.waitUntil(lambda: dialog.scans.model.rowCount() == 1, timeout=5_000)
    assert shown_errors == []


def test_a_file_that_is_no_scan_is_refused_with_what_to_do_and_nothing_attached(
    qtbot, window, db, mou, wait_idle, tmp_path, shown_errors
):
    notes = tmp_path / "notes.txt"
    notes.write_text("Ideas for the 30th anniversary", encoding="utf-8")
    dialog = open_mou(qtbot, window, wait_idle)
    attach_by_typing(qtbot, dialog, notes)
    wait_idle()
    assert len(shown_errors) == 1
    message = str(shown_errors[0])
    assert "notes.txt is not a kind of file kept as a scan" in message
    assert "PDF, PNG, JPEG, TIFF or WebP" in message

    # Named as a PDF, but a text inside: refused as well, saying so.
    fake = tmp_path / "scan.pdf"
    fake.write_text("not really a PDF", encoding="utf-8")
    attach_by_typing(qtbot, dialog, fake)
    wait_idle()
    assert len(shown_errors) == 2
    assert "scan.pdf is named as a PDF file, but its content is not PDF" in str(shown_errors[1])

    # An empty file (a scan that failed half way) says to scan again.
    blank = tmp_path / "blank.png"
    blank.write_bytes(b"")
    attach_by_typing(qtbot, dialog, blank)
    wait_idle()
    assert len(shown_errors) == 3
    assert str(shown_errors[2]) == "blank.png is empty. Scan the MOU again."

    assert mous.get_mou(db, mou).scans == ()
    assert dialog.scans.model.rowCount() == 0
    assert not list(db.files_dir.rglob("*")) or all(p.is_dir() for p in db.files_dir.rglob("*"))
