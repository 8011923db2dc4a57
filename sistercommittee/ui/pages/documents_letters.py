"""The letters part of the Documents page: a delegation's invitation letter (for a visa), a
traveller's letter of support, and a volunteer's hours letter, each for a person chosen from the
records, in English and a second language, signed by the person named.

Signals:
    letter_made(object): the Letter made (documents.letters.common.Letter), with the name of its
        file as ``suggested_name`` set on the panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.ops import Progress

SIGNER = "letters/signer"
SIGNER_TITLE = "letters/signer_title"


def _kinds() -> tuple[tuple[str, str], ...]:
    return (
        (
            "invitation",
            QCoreApplication.translate("LettersPanel", "Invitation letter (a visitor's visa)"),
        ),
        (
            "support",
            QCoreApplication.translate("LettersPanel", "Letter of support (one of our travellers)"),
        ),
        ("hours", QCoreApplication.translate("LettersPanel", "Volunteer-hours letter")),
    )


class LettersPanel(QWidget):
    letter_made = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.suggested_name = "letter.pdf"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("letter_kind")
        for value, label in _kinds():
            self.kind.addItem(label, value)
        label = QLabel(self.tr("&Kind of letter:"), self)
        label.setBuddy(self.kind)
        form.addRow(label, self.kind)
        self.person = QComboBox(self)
        self.person.setObjectName("letter_person")
        self.person.setMinimumWidth(320)
        self.person.setAccessibleName(self.tr("Person"))
        label = QLabel(self.tr("Fo&r:"), self)
        label.setBuddy(self.person)
        form.addRow(label, self.person)
        self.language = QComboBox(self)
        self.language.setObjectName("letter_language")
        self.language.addItem(
            self.tr("The partner's language (the organization's for hours)"), None
        )
        self.language.addItem(self.tr("English only"), "en")
        from sistercommittee.documents.letters.wording import available_languages, own_name

        for tag in available_languages():
            if tag != "en":
                self.language.addItem(own_name(tag), tag)
        label = QLabel(self.tr("Second lan&guage:"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.signer = QLineEdit(self)
        self.signer.setObjectName("letter_signer")
        self.signer.setPlaceholderText(self.tr("e.g. Laura Chen"))
        self.signer.setText(str(ctx.settings.value(SIGNER, "") or ""))
        label = QLabel(self.tr("Signed &by:"), self)
        label.setBuddy(self.signer)
        form.addRow(label, self.signer)
        self.signer_title = QLineEdit(self)
        self.signer_title.setObjectName("letter_signer_title")
        self.signer_title.setPlaceholderText(self.tr("e.g. Exchange Coordinator"))
        self.signer_title.setText(str(ctx.settings.value(SIGNER_TITLE, "") or ""))
        label = QLabel(self.tr("Signer's t&itle:"), self)
        label.setBuddy(self.signer_title)
        form.addRow(label, self.signer_title)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Make &Letter"), self)
        self.make_button.setObjectName("make_letter")
        self.make_button.clicked.connect(self.make_letter)
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.empty = QLabel(self)
        self.empty.setObjectName("letter_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._update()

    def load(self) -> None:
        """Fill the list of people for the chosen letter (on a worker)."""
        db, kind = self.ctx.db, self.kind.currentData()

        def job() -> Any:
            from sistercommittee.services.letters import letter_choices

            return letter_choices(db, kind)

        def done(choices: Any) -> None:
            if kind != self.kind.currentData():
                return  # the user chose another letter meanwhile: its list is on its way
            current = self.person.currentData()
            self.person.blockSignals(True)
            self.person.clear()
            for choice in choices:
                self.person.addItem(choice.label, choice.id)
            self.person.setCurrentIndex(max(self.person.findData(current), 0))
            self.person.blockSignals(False)
            self._update()

        self.ctx.read(self, job).on_success(done).run()

    @Slot()
    def _on_kind_changed(self) -> None:
        self.person.clear()
        self._update()
        self.load()

    def _update(self) -> None:
        has_people = self.person.count() > 0
        self.make_button.setEnabled(has_people)
        if has_people:
            self.empty.clear()
            return
        kind = self.kind.currentData()
        self.empty.setText(
            {
                "invitation": self.tr(
                    "No visitors yet: add the participants of an inbound exchange first."
                ),
                "support": self.tr(
                    "No travellers yet: add the participants of an outbound exchange first."
                ),
                "hours": self.tr("No volunteer has hours recorded yet."),
            }[kind]
        )

    def make_letter(self) -> None:
        record_id = self.person.currentData()
        if record_id is None:
            return
        db = self.ctx.db
        kind, language = self.kind.currentData(), self.language.currentData()
        signer, title = self.signer.text().strip(), self.signer_title.text().strip()
        self.ctx.settings.setValue(SIGNER, signer)
        self.ctx.settings.setValue(SIGNER_TITLE, title)
        person = self.person.currentText().split(" · ")[0]
        self.suggested_name = {
            "invitation": self.tr("Invitation {name}.pdf"),
            "support": self.tr("Letter of support {name}.pdf"),
            "hours": self.tr("Volunteer hours {name}.pdf"),
        }[kind].format(name=person)

        def job(progress: Progress) -> Any:
            from sistercommittee.documents.letters import (
                make_hours_letter,
                make_invitation,
                make_support,
            )

            progress.update(0, 1, QCoreApplication.translate("LettersPanel", "Writing the letter…"))
            make = {
                "invitation": make_invitation,
                "support": make_support,
                "hours": make_hours_letter,
            }[kind]
            return make(
                db, record_id, language=language, signer=signer or None, signer_title=title or None
            )

        self.ctx.read(self, job).with_progress(self.tr("Making the letter…")).on_success(
            self.letter_made.emit
        ).run()
