"""Who is in a photo, and whether each agreed to publication: a minor's agreement is recorded as
a guardian's, with the guardian's name and the date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.photos import PhotoInfo
    from sistercommittee.ui.context import AppContext

_ID = Qt.ItemDataRole.UserRole


class PhotoPeopleDialog(QDialog):
    """Attributes: people (who is recorded), name_edit, minor_box, consent_box, guardian_edit,
    date_edit, add_button, remove_button, verdict (may it be published, and why not),
    problem (what to fix in what was typed)."""

    def __init__(self, ctx: AppContext, photo_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.photo_id = photo_id
        self.setObjectName("photo_people_dialog")
        self.setWindowTitle(self.tr("Who Is in the Photo"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.people = QListWidget(self)
        self.people.setObjectName("photo_people")
        # A person's consent is a sentence ("guardian … agreed on …"): it wraps, never elided.
        self.people.setWordWrap(True)
        self.people.setResizeMode(QListView.ResizeMode.Adjust)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("photo_verdict")
        self.verdict.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("person_name")
        self.minor_box = QCheckBox(self.tr("Under &18"), self)
        self.consent_box = QCheckBox(self.tr("&Agreed to publication"), self)
        self.guardian_edit = QLineEdit(self)
        self.guardian_edit.setObjectName("person_guardian")
        self.guardian_edit.setPlaceholderText(self.tr("for someone under 18: who agreed"))
        self.guardian_edit.setToolTip(self.guardian_edit.placeholderText())  # whole when elided
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("person_consent_on")
        self.date_edit.setPlaceholderText(self.tr("e.g. 2026-04-02 or today"))
        self.problem = QLabel(self)
        self.problem.setObjectName("person_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.add_button = QPushButton(self.tr("Add &Person"), self)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_person)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Name:"), self.name_edit),
            ("", self.minor_box),
            ("", self.consent_box),
            (self.tr("&Guardian:"), self.guardian_edit),
            (self.tr("&Date of consent:"), self.date_edit),
        ):
            label = QLabel(text, self)
            if text:
                label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Recorded in this photo:"), self))
        layout.addWidget(self.people)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.reload()

    def reload(self) -> None:
        from sistercommittee.services.photos import get_photo

        db, photo_id = self.ctx.db, self.photo_id
        self.ctx.read(self, lambda: get_photo(db, photo_id)).on_success(self._show).run()

    def _show(self, photo: PhotoInfo) -> None:
        self.people.clear()
        for person in photo.people:
            minor = self.tr(", under 18") if person.is_minor else ""
            item = QListWidgetItem(f"{person.name}{minor}: {shown(person.consent_text)}")
            item.setData(_ID, person.id)
            self.people.addItem(item)
        self.verdict.setText(
            self.tr("This photo may be published.")
            if photo.publishable
            else self.tr("Withheld from stories: {why}.").format(why=shown(photo.withheld_because))
        )

    @Slot()
    def add_person(self) -> None:
        from sistercommittee.services.photos import add_person

        db, photo_id = self.ctx.db, self.photo_id
        values = {
            "name": self.name_edit.text(),
            "is_minor": self.minor_box.isChecked(),
            "consent": self.consent_box.isChecked(),
            "guardian_name": self.guardian_edit.text(),
            "consent_on": self.date_edit.text(),
        }

        def done(_: object) -> None:
            self.problem.clear()
            for edit in (self.name_edit, self.guardian_edit, self.date_edit):
                edit.clear()
            self.minor_box.setChecked(False)
            self.consent_box.setChecked(False)
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reload()

        self.ctx.write(self, lambda: add_person(db, photo_id, values), initiator=self).on_success(
            done
        ).on_failure(self._problem).run()

    @Slot()
    def remove_person(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        from sistercommittee.services.photos import delete_person

        db, person_id = self.ctx.db, str(item.data(_ID))
        self.ctx.write(self, lambda: delete_person(db, person_id), initiator=self).on_success(
            lambda _: self.reload()
        ).run()

    def _problem(self, error: BaseException) -> None:
        from sistercommittee.errors import ValidationError

        if isinstance(error, ValidationError):
            self.problem.setText(" ".join(error.errors.values()))
        else:
            self.problem.setText(str(error))
