"""The Documents page, used from the keyboard: the three delegation letters with their options
(person, language, signer) and the renewal certificate of an anniversary, made on a worker and
read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.documents.conftest import pdf_text
from tests.documents.test_letters import _records

ALT = Qt.KeyboardModifier.AltModifier


def _focused() -> Any:
    return QApplication.focusWidget()


def _activate(qtbot: Any, window: Any) -> None:
    """Shortcuts reach the active window (offscreen, nothing else makes it active)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _made(qtbot: Any, page: Any, wait_idle: Any, before: bytes | None) -> bytes:
    qtbot.waitUntil(lambda: page.pdf is not None and page.pdf is not before, timeout=30_000)
    wait_idle(30_000)
    assert page.pdf.startswith(b"%PDF")
    # (the progress window took the focus; a window manager gives it back, offscreen has none)
    _activate(qtbot, page.window())
    return bytes(page.pdf)


def test_letters_are_made_from_the_documents_page(
    qtbot: Any, window: Any, db: Any, ctx: Any, wait_idle: Any, tmp_path: Path
) -> None:
    records = _records(db)
    page = window.show_page("documents")
    wait_idle()
    _activate(qtbot, window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_T, ALT)  # Le&tters
    assert page.tabs.currentWidget() is page.letters
    letters = page.letters
    qtbot.waitUntil(lambda: letters.person.count() > 0)
    # The invitation lists the visitors of the inbound exchange, not its hosts.
    ids = [letters.person.itemData(i) for i in range(letters.person.count())]
    assert records.visitor in ids and records.host not in ids

    qtbot.keyClick(letters, Qt.Key.Key_B, ALT)  # Signed &by
    assert _focused() is letters.signer
    qtbot.keyClicks(_focused(), "Laura Chen")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is letters.signer_title
    qtbot.keyClicks(_focused(), "Exchange Coordinator")
    letters.person.setFocus()
    index = letters.person.findData(records.visitor)
    while letters.person.currentIndex() != index:
        qtbot.keyClick(letters.person, Qt.Key.Key_Down)
    qtbot.keyClick(letters, Qt.Key.Key_L, ALT)  # Make &Letter
    pdf = _made(qtbot, page, wait_idle, None)
    text = pdf_text(pdf, tmp_path)
    assert "Letter of invitation" in text and "招へい状" in text
    assert "Laura Chen" in text and "Exchange Coordinator" in text
    assert "No passport number is recorded" in page.status.text()
    assert page.save_button.isEnabled() and page.document_name.startswith("Invitation ")
    assert ctx.settings.value("letters/signer") == "Laura Chen"  # remembered for the next one

    # The letter of support, in English only: the list follows the letter chosen.
    qtbot.keyClick(letters, Qt.Key.Key_K, ALT)  # &Kind of letter
    assert _focused() is letters.kind
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert letters.kind.currentData() == "support"
    qtbot.waitUntil(lambda: letters.person.findData(records.traveller) >= 0)
    ids = [letters.person.itemData(i) for i in range(letters.person.count())]
    assert records.partner_host not in ids and records.visitor not in ids
    qtbot.keyClick(letters, Qt.Key.Key_G, ALT)  # Second lan&guage
    assert _focused() is letters.language
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # English only
    assert letters.language.currentData() == "en"
    letters.person.setFocus()
    index = letters.person.findData(records.traveller)
    while letters.person.currentIndex() != index:
        qtbot.keyClick(letters.person, Qt.Key.Key_Down)
    qtbot.keyClick(letters, Qt.Key.Key_L, ALT)
    support = _made(qtbot, page, wait_idle, pdf)
    text = pdf_text(support, tmp_path)
    assert "Letter of support" in text and "Maria Gonzalez" in text and "Laura Chen" in text

    # The volunteer-hours letter lists the volunteers with hours only.
    qtbot.keyClick(letters, Qt.Key.Key_K, ALT)
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert letters.kind.currentData() == "hours"
    qtbot.waitUntil(lambda: letters.person.findData(records.volunteer) >= 0)
    assert letters.person.findData(records.idle_volunteer) < 0
    letters.person.setFocus()
    while letters.person.currentData() != records.volunteer:
        qtbot.keyClick(letters.person, Qt.Key.Key_Down)
    qtbot.keyClick(letters, Qt.Key.Key_L, ALT)
    hours_pdf = _made(qtbot, page, wait_idle, support)
    assert "Ruth Okafor" in pdf_text(hours_pdf, tmp_path)

    target = tmp_path / "hours.pdf"
    page.write_to(target)
    wait_idle()
    assert target.read_bytes() == hours_pdf


def test_the_renewal_certificate_of_an_anniversary(
    qtbot: Any, window: Any, db: Any, wait_idle: Any, tmp_path: Path
) -> None:
    from tests.documents.factories import add_partnership

    add_partnership(db, "ja", signed_on=date(date.today().year - 25, 5, 3))
    page = window.show_page("documents")
    wait_idle()
    qtbot.waitUntil(lambda: page.partnership.count() == 1)
    _activate(qtbot, window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_C, ALT)  # &Certificate
    qtbot.keyClick(page, Qt.Key.Key_W, ALT)  # Rene&wal certificate … (an animated click)
    qtbot.waitUntil(page.renewal.isChecked)
    qtbot.keyClick(page, Qt.Key.Key_M, ALT)  # &Make Certificate
    pdf = _made(qtbot, page, wait_idle, None)
    assert page.status.text().startswith("Renewal certificate of")
    assert "25" in pdf_text(pdf, tmp_path)
