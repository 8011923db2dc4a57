"""Printed lists: on the paper of the organization's country, lines broken between words only
(an email address is never cut in two). Printed through the app's own layout into a PDF, read
back with poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from sistercommittee.services import volunteers
from sistercommittee.ui import printing

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="reading the PDF back needs poppler-utils",
)

EMAILS = [
    "maximiliana.featherstonehaugh-worthington@springfield-sister-cities.example.org",
    "bartholomew.oyelaran-castellanos@international-friendship.example.com",
]


def _print_to_pdf(path: Path) -> Any:
    """print_html without its dialog: the printer the user would have accepted, as a PDF."""

    def send(parent: Any, printable: printing.Printable, title: str) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.set_up_printer(printer, printable)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printing.render(printer, printable)
        sent.append(printable)
        return True

    sent: list[printing.Printable] = []
    return send, sent


def test_a_us_committee_prints_on_letter_without_cutting_emails(
    qtbot: Any, window: Any, db: Any, wait_idle: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    for number, email in enumerate(EMAILS):
        volunteers.add_volunteer(
            db,
            {
                "given_name": f"Person{number}",
                "family_name": "Example",
                "email": email,
                "phone": "(217) 555-0142",
                "notes": "Hosts delegations every summer and drives the visitors around town",
            },
        )
    page = window.show_page("volunteers")
    wait_idle()
    pdf = tmp_path / "volunteers.pdf"
    send, sent = _print_to_pdf(pdf)
    monkeypatch.setattr(printing, "print_html", send)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    qtbot.waitUntil(lambda: bool(sent))
    assert page.key == "volunteers"

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size"))
    assert "letter" in size.lower(), size  # 612 x 792 pts, either way round
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl")  # the font's ligatures
    assert "Rows: 2" in text
    assert "(217) 555-0142" in text
    for email in EMAILS:
        assert email in text, text


@pytest.mark.parametrize(
    ("country", "paper"),
    [
        ("US", "letter"),
        ("CA", "letter"),
        ("MX", "letter"),
        ("PH", "letter"),
        ("DE", "a4"),
        ("JP", "a4"),
        ("GB", "a4"),
        ("", "a4"),
    ],
)
def test_paper_follows_the_country(country: str, paper: str) -> None:
    assert printing.paper_for(country) == paper
