"""Documents: the bilingual certificate of a partnership (or its renewal on an anniversary), the
letters for delegations and volunteers (ui/pages/documents_letters.py), and the annual report;
each made as a PDF on a worker, opened in the computer's PDF viewer (to look at and print) or
saved where the user wants it.

A small preview is drawn when the computer has poppler's pdftoppm; the Qt build the app ships
with has no PDF renderer of its own.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.file_choice import choose_save_name

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.ops import Progress


def preview_png(pdf: bytes, width: int = 640) -> bytes | None:
    """The first page as PNG, when pdftoppm is installed (None otherwise)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "certificate.pdf"
        source.write_bytes(pdf)
        try:
            subprocess.run(
                [
                    tool,
                    "-png",
                    "-singlefile",
                    "-scale-to",
                    str(width),
                    str(source),
                    str(Path(folder) / "page"),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        page = Path(folder) / "page.png"
        return page.read_bytes() if page.exists() else None


class PreviewLabel(QLabel):
    """The certificate's picture, scaled to the room the page gives it. Its size never asks the
    window for more room: a picture the size of the label, plus the status line above it, made
    the window grow at each preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        self.setWordWrap(True)

    def set_image(self, pixmap: QPixmap) -> None:
        self._image = pixmap
        self._scale()

    def clear(self) -> None:
        self._image = None
        super().clear()

    def setText(self, text: str) -> None:
        self._image = None
        super().setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self._image is None or self._image.isNull():
            return
        self.setPixmap(
            self._image.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class DocumentsPage(Page):
    key = "documents"
    icon_name = "documents"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pdf: bytes | None = None
        self.document_name = "certificate.pdf"  # of the document made last, to save it
        self.viewer_name = "certificate.pdf"  # its name in the PDF viewer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        heading = QLabel(self.tr("Documents"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "A partnership's certificate, letters for delegations and volunteers, and the "
                "annual report for HQ; in English and the partner's language."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("document_tabs")
        self.tabs.addTab(self._certificate_tab(), self.tr("&Certificate"))
        from sistercommittee.ui.pages.documents_letters import LettersPanel

        self.letters = LettersPanel(ctx, self)
        self.letters.letter_made.connect(self._on_letter_made)
        self.tabs.addTab(self.letters, self.tr("Le&tters"))
        self.tabs.addTab(self._report_tab(), self.tr("A&nnual Report"))
        # The tabs take the room their fields need; the preview below takes the rest.
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.tabs)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open to View or Print"), self)
        self.open_button.setObjectName("open_certificate")
        self.open_button.clicked.connect(self.open_certificate)
        self.save_button = QPushButton(self.tr("&Save As…"), self)
        self.save_button.setObjectName("save_certificate")
        self.save_button.clicked.connect(self.save_certificate)
        for button in (self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("certificate_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.preview = PreviewLabel(self)
        self.preview.setObjectName("certificate_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Document preview"))
        layout.addWidget(self.preview, 1)
        self.partnership.currentIndexChanged.connect(self._forget)
        self.language.currentIndexChanged.connect(self._forget)
        self.paper.currentIndexChanged.connect(self._forget)
        self.renewal.toggled.connect(self._forget)
        self._update_buttons()

    def _certificate_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        self.partnership = QComboBox(tab)
        self.partnership.setObjectName("certificate_partnership")
        self.partnership.setAccessibleName(self.tr("Partnership"))
        self.partnership.setMinimumWidth(320)
        label = QLabel(self.tr("&Partnership:"), tab)
        label.setBuddy(self.partnership)
        form.addRow(label, self.partnership)
        self.language = QComboBox(tab)
        self.language.setObjectName("certificate_language")
        self.language.addItem(self.tr("The partner's language"), None)
        for tag, name in formatting.languages():
            self.language.addItem(name, tag)
        label = QLabel(self.tr("Second &language:"), tab)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.paper = QComboBox(tab)
        self.paper.setObjectName("certificate_paper")
        self.paper.addItem(self.tr("Usual for our country"), None)
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem("A4", "a4")
        label = QLabel(self.tr("P&aper:"), tab)
        label.setBuddy(self.paper)
        form.addRow(label, self.paper)
        self.renewal = QCheckBox(self.tr("Rene&wal certificate for this year's anniversary"), tab)
        self.renewal.setObjectName("certificate_renewal")
        self.renewal.setToolTip(
            self.tr(
                "On the 10th, 25th, 50th, 75th or 100th year since the signing: a certificate "
                "that renews the partnership"
            )
        )
        form.addRow("", self.renewal)
        box.addLayout(form)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make Certificate"), tab)
        self.make_button.setObjectName("make_certificate")
        self.make_button.clicked.connect(self.make_certificate)
        row.addWidget(self.make_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return tab

    def _report_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        report = QHBoxLayout()
        report_label = QLabel(self.tr("Annual report for &year:"), tab)
        self.report_year = QComboBox(tab)
        self.report_year.setObjectName("report_year")
        this_year = formatting.today().year
        for year in range(this_year, this_year - 15, -1):
            self.report_year.addItem(str(year), year)
        self.report_year.setCurrentIndex(1)  # last year's, the one reported on
        report_label.setBuddy(self.report_year)
        self.report_button = QPushButton(self.tr("Save Annual &Report…"), tab)
        self.report_button.setObjectName("save_annual_report")
        self.report_button.setToolTip(
            self.tr(
                "The year's partnerships, volunteers and hours, events and exchanges, hosting, "
                "economic development and money (in US dollars too), as a PDF for the board and HQ"
            )
        )
        self.report_button.clicked.connect(self.save_annual_report)
        report.addWidget(report_label)
        report.addWidget(self.report_year)
        report.addWidget(self.report_button)
        report.addStretch(1)
        box.addLayout(report)
        rates = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "The US dollar totals use the exchange rates entered for the year; the report "
                "names any currency without one."
            ),
            tab,
        )
        hint.setWordWrap(True)
        self.rates_button = QPushButton(self.tr("E&xchange Rates…"), tab)
        self.rates_button.setObjectName("exchange_rates")
        self.rates_button.clicked.connect(self.show_rates)
        rates.addWidget(hint, 1)
        rates.addWidget(self.rates_button)
        box.addLayout(rates)
        box.addStretch(1)
        return tab

    def show_rates(self) -> None:
        from sistercommittee.ui.dialogs.rates_dialog import RatesDialog

        dialog = RatesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def title(self) -> str:
        return self.tr("Documents")

    def load(self) -> None:
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.services.partnerships import partnership_choices

            return partnership_choices(db)

        def done(choices: Any) -> None:
            current = self.partnership.currentData()
            self.partnership.blockSignals(True)
            self.partnership.clear()
            for partnership_id, label in choices:
                self.partnership.addItem(shown(label), partnership_id)
            index = self.partnership.findData(current)
            self.partnership.setCurrentIndex(max(index, 0))
            self.partnership.blockSignals(False)
            self._update_buttons()

        self.ctx.read(self, job).on_success(done).run()
        self.letters.load()

    def is_affected_by(self, changes: Changes) -> bool:
        from sistercommittee.services.changes import Entity

        return bool(
            {Entity.PARTNERSHIPS, Entity.EXCHANGES, Entity.VOLUNTEERS, Entity.HOURS}
            & changes.entities
        )

    def _forget(self) -> None:
        self.pdf = None
        self.preview.clear()
        self.status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.make_button.setEnabled(self.partnership.count() > 0)
        self.open_button.setEnabled(self.pdf is not None)
        self.save_button.setEnabled(self.pdf is not None)
        self.actions_changed.emit()  # File > Print follows

    def make_certificate(self) -> None:
        partnership_id = self.partnership.currentData()
        if partnership_id is None:
            return
        db = self.ctx.db
        language, paper = self.language.currentData(), self.paper.currentData()
        renewal = self.renewal.isChecked()

        def job(progress: Progress) -> tuple[Any, bytes | None]:
            from sistercommittee.documents.certificate import make_certificate

            progress.update(
                0, 2, QCoreApplication.translate("DocumentsPage", "Laying out the certificate…")
            )
            made = make_certificate(
                db, partnership_id, language=language, paper=paper, renewal=renewal
            )
            progress.check()
            progress.update(
                1, 2, QCoreApplication.translate("DocumentsPage", "Drawing the preview…")
            )
            return made, preview_png(made.pdf)

        def done(result: tuple[Any, bytes | None]) -> None:
            from sistercommittee.ui.getting_started import CERTIFICATE_MADE

            made, png = result
            self.pdf = made.pdf
            city = self.partnership.currentText().split(",")[0].split(" (")[0]
            self.document_name = self.tr("Certificate {city}.pdf").format(city=city)
            self.viewer_name = "certificate.pdf"
            self.ctx.settings.setValue(CERTIFICATE_MADE, True)  # a step of Getting Started
            if png:
                pixmap = QPixmap()
                pixmap.loadFromData(png)
                self.preview.set_image(pixmap)
            else:
                self.preview.setText(
                    self.tr("The certificate is ready. Open it to look at it and print it.")
                )
            kinds = {
                "certificate": self.tr("Certificate of {city}: {size}."),
                "letter_of_intent": self.tr("Letter of intent with {city}: {size}."),
                "renewal": self.tr("Renewal certificate of {city}: {size}."),
            }
            status = kinds[made.kind.value].format(
                city=self.partnership.currentText(),
                size=self.locale().formattedDataSize(len(made.pdf)),
            )
            self.status.setText("\n".join([status, *(shown(note) for note in made.notes)]))
            self._update_buttons()

        self.ctx.read(self, job).with_progress(self.tr("Making the certificate…")).on_success(
            done
        ).run()

    def open_certificate(self) -> None:
        if self.pdf is None:
            return
        from sistercommittee.ui.opening import open_in_viewer

        folder = Path(tempfile.mkdtemp(prefix="sistercommittee-"))
        path = folder / self.viewer_name
        path.write_bytes(self.pdf)
        open_in_viewer(self, path, save_copy=lambda: self.save_certificate())

    def save_certificate(self) -> None:
        if self.pdf is None:
            return
        choose_save_name(
            self,
            self.tr("Save the Document"),
            Path.home() / self.document_name,
            self.tr("PDF documents (*.pdf)"),
            self.write_to,
        )

    def write_to(self, path: Path) -> None:
        pdf = self.pdf
        assert pdf is not None

        def job() -> Path:
            from sistercommittee.documents.files import write_bytes

            return write_bytes(path, pdf)

        self.ctx.read(self, job).with_progress(self.tr("Saving…")).on_success(
            lambda saved: self.status.setText(self.tr("Saved to {path}.").format(path=saved))
        ).run()

    def save_annual_report(self) -> None:
        year = int(self.report_year.currentData())
        choose_save_name(
            self,
            self.tr("Save the Annual Report"),
            Path.home() / self.tr("Annual report {year}.pdf").format(year=year),
            self.tr("PDF documents (*.pdf)"),
            lambda path: self.write_annual_report(year, path),
        )

    def write_annual_report(self, year: int, path: Path) -> None:
        db = self.ctx.db

        def job() -> Path:
            from sistercommittee.documents.annual_report import render_annual_report
            from sistercommittee.documents.files import write_bytes
            from sistercommittee.ui.shown import qt_translate

            # In the interface's language, as the emergency sheet: the reader is the user.
            return write_bytes(path, render_annual_report(db, year, "pdf", translate=qt_translate))

        self.ctx.read(self, job).with_progress(
            self.tr("Making the annual report for {year}…").format(year=year), cancellable=False
        ).on_success(
            lambda saved: self.status.setText(self.tr("Saved to {path}.").format(path=saved))
        ).run()

    @Slot(object)
    def _on_letter_made(self, letter: Any) -> None:
        pdf = letter.pdf
        self.pdf = pdf
        self.document_name = self.letters.suggested_name
        self.viewer_name = "letter.pdf"

        def job() -> bytes | None:
            return preview_png(pdf)

        def done(png: bytes | None) -> None:
            if self.pdf is not pdf:
                return
            if png:
                pixmap = QPixmap()
                pixmap.loadFromData(png)
                self.preview.set_image(pixmap)
            else:
                self.preview.setText(
                    self.tr("The letter is ready. Open it to look at it and print it.")
                )

        pages = (
            self.tr("1 page")
            if letter.pages == 1
            else self.tr("{count} pages").format(count=letter.pages)
        )
        from sistercommittee.documents.letters.wording import language_name

        # The name is isolated (U+2068 … U+2069): an Arabic or Hebrew name would otherwise pull
        # the words around it into its right-to-left order.
        status = self.tr("{name}: {pages}, in {languages}, {size}.").format(
            name="\u2068" + self.document_name.removesuffix(".pdf") + "\u2069",
            pages=pages,
            languages=self.tr(" and ").join(language_name(tag) for tag in letter.languages),
            size=self.locale().formattedDataSize(len(letter.pdf)),
        )
        self.status.setText("\n".join([status, *letter.notes]))
        self._update_buttons()
        self.ctx.read(self, job).on_success(done).run()

    def can_print(self) -> bool:
        return self.pdf is not None

    def print_page(self) -> None:
        self.open_certificate()
