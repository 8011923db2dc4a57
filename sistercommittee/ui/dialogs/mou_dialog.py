"""One MOU: when and where it was signed, its languages, who signed for each city, its text in
each language, and the scans of the signed paper. Each change is saved (and undoable) at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.errors import SisterCommitteeError, ValidationError
from sistercommittee.services.forms import Field, FormSpec
from sistercommittee.ui import errors, formatting, labels
from sistercommittee.ui.dialogs import common
from sistercommittee.ui.dialogs.mou_activation import offer_activation
from sistercommittee.ui.dialogs.mou_jobs import attach_scans_job, remove_texts_job, set_text_job
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.undo import (
    add_job,
    add_part_job,
    edit_job,
    perform,
    remove_parts_job,
)
from sistercommittee.ui.widgets.edit_guard import Answer, ask_unsaved, install_alt_letter_guard
from sistercommittee.ui.widgets.form import FormWidget, mnemonic_letters
from sistercommittee.ui.widgets.language_list import LanguageListEditor
from sistercommittee.ui.widgets.sub_list import SubList

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.mou_results import MouDetail, MouTextInfo, SignatoryInfo
    from sistercommittee.ui.context import AppContext

DETAIL_FIELDS = (
    "signed_on",
    "signed_place",
    "signed_place_local",
    "home_city_local",
    "languages",
)


def mou_editors() -> dict[str, Any]:
    return {
        "signed_on": common.optional_date(),
        "languages": lambda label: LanguageListEditor(),
    }


MOU_HELPS = {
    "languages": QCoreApplication.translate(
        "MouDialog", "The languages it is written in, by name; they complete as you type"
    )
}


def new_mou(ctx: AppContext, parent: QWidget | None, partnership_id: str, city: str) -> None:
    """Ask for the signing details; once saved, the MOU opens for its signatories and texts."""
    from sistercommittee.services import mou_forms
    from sistercommittee.services import mous as svc

    db = ctx.db

    def save(values: dict[str, Any]) -> Any:
        return add_job(
            db,
            svc.add_mou,
            svc.delete_mou,
            svc.restore_mou,
            {**values, "partnership_id": partnership_id},
        )

    def saved(changes: Changes) -> None:
        offer_activation(ctx, parent, changes)
        MouDialog(ctx, changes.id, parent).open()

    common.form_dialog(
        ctx,
        parent,
        QCoreApplication.translate("MouDialog", "New MOU with {city}").format(city=city),
        mou_forms.MOU_FORM,
        mou_editors(),
        save,
        QCoreApplication.translate("MouDialog", "Add MOU with {city}").format(city=city),
        only=DETAIL_FIELDS,
        on_saved=saved,
        helps=MOU_HELPS,
    )


TEXT_FORM = FormSpec(
    noun="MOU text",
    fields=(
        Field("language", "Language", lambda raw, label, ctx: raw, required=True),
        Field("text", "Text", lambda raw, label, ctx: raw, required=True),
    ),
)


class MouDialog(QDialog):
    def _window_mnemonics(self) -> set[str]:
        """The Alt+letters of the window's own buttons and tabs, in the language shown: the
        fields take other letters."""
        return mnemonic_letters(
            self.tr("&Save Details"),
            self.tr("Si&gnatories"),
            self.tr("Te&xts"),
            self.tr("S&cans"),
            self.tr("&Add Signatory…"),
            self.tr("&Add Text…"),
            self.tr("&Attach Scan…"),
            self.tr("&Open"),
        )

    def __init__(self, ctx: AppContext, mou_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sistercommittee.services import mou_forms

        self.ctx = ctx
        self.mou_id = mou_id
        self.detail: MouDetail | None = None
        self.setObjectName("mou_dialog")
        self.setWindowTitle(self.tr("MOU"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.dirty = False
        self._saving = False
        self._close_after_save = False
        self.form = FormWidget(
            mou_forms.MOU_FORM,
            mou_editors(),
            only=DETAIL_FIELDS,
            used_mnemonics=self._window_mnemonics(),
            helps=MOU_HELPS,
        )
        for editor in self.form.editors.values():
            editor.edited.connect(self._on_edited)
        layout.addWidget(self.form)
        self.save_button = QPushButton(self.tr("&Save Details"), self)
        self.save_button.setObjectName("save_details")
        self.save_button.clicked.connect(self._on_save_clicked)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget(self)
        self.signatories = SubList(
            self.tr("Signatories"),
            [
                Column(
                    "side",
                    self.tr("For"),
                    lambda s: labels.label("SignatorySide", s.side),
                    width=16,
                ),
                Column("name", self.tr("Name"), lambda s: s.name, width=20),
                Column("name_local", self.tr("Local name"), lambda s: s.name_local or "", width=14),
                Column("title", self.tr("Title"), lambda s: s.title or "", width=16),
                Column("title_local", self.tr("Local title"), lambda s: s.title_local or ""),
            ],
            name="signatories",
            add_text=self.tr("&Add Signatory…"),
            on_add=lambda: self._open_signatory(None),
            on_edit=self._open_signatory,
            on_remove=self._remove_signatories,
            parent=self,
        )
        self.tabs.addTab(self.signatories, self.tr("Si&gnatories"))
        self.texts = SubList(
            self.tr("Texts"),
            [
                Column(
                    "language",
                    self.tr("Language"),
                    lambda t: formatting.language_name(t.language),
                    width=16,
                ),
                Column(
                    "text",
                    self.tr("Beginning of the text"),
                    lambda t: " ".join(t.text.split())[:120],
                ),
            ],
            name="texts",
            add_text=self.tr("&Add Text…"),
            on_add=lambda: self._open_text(None),
            on_edit=self._open_text,
            on_remove=self._remove_texts,
            parent=self,
        )
        self.tabs.addTab(self.texts, self.tr("Te&xts"))
        self.scans = SubList(
            self.tr("Scans"),
            [
                Column("file", self.tr("File"), lambda s: s.file_name, width=28),
                Column(
                    "size",
                    self.tr("Size"),
                    lambda s: self.locale().formattedDataSize(s.size_bytes),
                    width=10,
                ),
                Column(
                    "attached",
                    self.tr("Attached"),
                    lambda s: formatting.fmt_datetime(s.attached_at),
                ),
            ],
            name="scans",
            add_text=self.tr("&Attach Scan…"),
            on_add=self._attach_scan,
            on_edit=self._open_scan,
            on_remove=self._remove_scans,
            parent=self,
        )
        self.scans.edit_button.setText(self.tr("&Open"))
        self.tabs.addTab(self.scans, self.tr("S&cans"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 620)
        ctx.signals.operation_finished.connect(self._on_operation_finished)
        self._add_undo_actions()
        self.reload()
        install_alt_letter_guard(self)

    def _add_undo_actions(self) -> None:
        """Ctrl+Z and Ctrl+Shift+Z here too: the main window's are not reached from this one.
        In a text field, they undo the typing first (the field takes the keys)."""
        keys = QKeySequence.StandardKey
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setObjectName("mou_undo")
        undo.setShortcut(QKeySequence(keys.Undo))
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setObjectName("mou_redo")
        redo.setShortcuts(
            [QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")]
            if QKeySequence(keys.Redo) != QKeySequence("Ctrl+Y")
            else [QKeySequence(keys.Redo)]
        )
        self.addAction(undo)
        self.addAction(redo)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        db, mou_id = self.ctx.db, self.mou_id

        def job() -> MouDetail:
            from sistercommittee.services.mous import get_mou

            return get_mou(db, mou_id)

        self.ctx.read(self, job).on_success(self._show).on_failure(self._on_gone).run()

    def _on_gone(self, error: BaseException) -> None:
        from sistercommittee.errors import NotFoundError

        if isinstance(error, NotFoundError):  # deleted (or its add undone) meanwhile
            QDialog.reject(self)  # nothing left to guard
        else:
            errors.show_error(self, error)

    def _show(self, detail: MouDetail) -> None:
        first = self.detail is None
        self.detail = detail
        from sistercommittee.services.partnerships import city_with_local_name

        city = city_with_local_name(detail.city_name, detail.city_name_local)
        signed = formatting.fmt_date(detail.signed_on, long=True) or self.tr("not signed yet")
        self.heading.setText(self.tr("MOU with {city} — {signed}").format(city=city, signed=signed))
        self.setWindowTitle(self.tr("MOU with {city}").format(city=detail.city_name))
        if first:
            from sistercommittee.services.mous import mou_form_values

            self.form.set_values(mou_form_values(self.ctx.db, detail.id))
        self.signatories.set_rows(detail.signatories)
        self.texts.set_rows(detail.texts)
        self.scans.set_rows(detail.scans)

    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        if self.mou_id in changes.ids or (
            self.detail
            and any(
                part_id in changes.ids
                for part_id in [s.id for s in self.detail.signatories]
                + [s.id for s in self.detail.scans]
            )
        ):
            self.reload()

    # --- details -----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self.dirty = True

    def _on_save_clicked(self) -> None:
        from sistercommittee.services import mous as svc

        if self._saving:
            return
        self._saving = True
        self.form.clear_errors()
        values = self.form.values()
        self.save_button.setEnabled(False)
        perform(
            self.ctx,
            self,
            self.tr("Edit MOU"),
            edit_job(self.ctx.db, svc.mou_form_values, svc.edit_mou, self.mou_id, values),
            on_success=self._on_saved,
            on_failure=self._on_failed,
            initiator=self,
        )

    def _on_saved(self, changes: Changes) -> None:
        self._saving = False
        self.dirty = False
        self.save_button.setEnabled(True)
        if self._close_after_save:
            QDialog.reject(self)
            offer_activation(self.ctx, self.parentWidget(), changes)
        else:
            offer_activation(self.ctx, self, changes)

    def _on_failed(self, error: BaseException) -> None:
        self._saving = False
        self._close_after_save = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        elif isinstance(error, SisterCommitteeError):
            self.form.show_errors({"": error.message})
        else:
            errors.show_error(self, error)

    def reject(self) -> None:
        """Close, Escape and the window's close button ask first when the details were
        changed and not saved (the lists below save each change at once)."""
        if self._saving:
            return
        if not self.dirty:
            super().reject()
            return

        def answered(answer: Answer) -> None:
            if answer is Answer.SAVE:
                self._close_after_save = True
                self._on_save_clicked()
            elif answer is Answer.DISCARD:
                QDialog.reject(self)

        ask_unsaved(self, answered, self.tr("Save the changes to the signing details?"))

    # --- signatories -------------------------------------------------------------------------

    def _open_signatory(self, signatory: SignatoryInfo | None) -> None:
        from sistercommittee.services import mou_forms, mou_signatories

        db, mou_id = self.ctx.db, self.mou_id
        editors = {
            "side": common.choice("SignatorySide"),
            "position": common.text(),
            "left_office_on": common.optional_date(),
        }

        if signatory is None:
            common.form_dialog(
                self.ctx,
                self,
                self.tr("New Signatory"),
                mou_forms.SIGNATORY_FORM,
                editors,
                lambda values: add_part_job(
                    db,
                    mou_signatories.add_signatory,
                    mou_signatories.delete_signatory,
                    mou_signatories.restore_signatory,
                    mou_id,
                    values,
                ),
                self.tr("Add signatory"),
                values={"side": "home"},
            )
            return
        common.form_dialog(
            self.ctx,
            self,
            self.tr("Edit Signatory: {name}").format(name=signatory.name),
            mou_forms.SIGNATORY_FORM,
            editors,
            lambda values: edit_job(
                db,
                mou_signatories.signatory_form_values,
                mou_signatories.edit_signatory,
                signatory.id,
                values,
            ),
            self.tr("Edit signatory {name}").format(name=signatory.name),
            values=mou_signatories.signatory_form_values(db, signatory.id),
        )

    def _remove_signatories(self, rows: list[SignatoryInfo]) -> None:
        from sistercommittee.services import mou_signatories

        perform(
            self.ctx,
            self,
            self.tr("Remove %n signatory(ies)", "", len(rows)),
            remove_parts_job(
                self.ctx.db,
                mou_signatories.delete_signatories,
                mou_signatories.restore_signatories,
                tuple(r.id for r in rows),
            ),
        )

    # --- texts -------------------------------------------------------------------------------

    def _open_text(self, text: MouTextInfo | None) -> None:
        db, mou_id = self.ctx.db, self.mou_id
        before = {t.language: t.text for t in (self.detail.texts if self.detail else ())}

        def save(values: dict[str, Any]) -> Any:
            return set_text_job(db, mou_id, values["language"] or "", values["text"] or "", before)

        editors = {"language": common.language(), "text": common.multiline()}
        common.form_dialog(
            self.ctx,
            self,
            self.tr("MOU Text")
            if text is None
            else self.tr("MOU Text in {language}").format(
                language=formatting.language_name(text.language)
            ),
            TEXT_FORM,
            editors,
            save,
            self.tr("Set MOU text"),
            values={"language": text.language, "text": text.text} if text else None,
        )

    def _remove_texts(self, rows: list[MouTextInfo]) -> None:
        perform(
            self.ctx,
            self,
            self.tr("Remove %n text(s)", "", len(rows)),
            remove_texts_job(self.ctx.db, self.mou_id, [(row.language, row.text) for row in rows]),
        )

    # --- scans -------------------------------------------------------------------------------

    def _attach_scan(self) -> None:
        from sistercommittee.ui.widgets.file_choice import choose_files

        choose_files(
            self,
            self.tr("Attach Scans of the Signed MOU"),
            Path.home(),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)"),
            self.attach_files,
        )

    def attach_files(self, paths: list[Path]) -> None:
        """Copy the files in on a worker (scans can be large), each an undoable attachment."""
        perform(
            self.ctx,
            self,
            self.tr("Attach %n scan(s)", "", len(paths)),
            attach_scans_job(self.ctx.db, self.mou_id, paths),
            on_failure=self._on_scan_failed,
            progress=self.tr("Copying the scans…"),
        )

    def _on_scan_failed(self, error: BaseException) -> None:
        errors.show_error(self, error)  # says which file and why

    def _open_scan(self, scan: Any) -> None:
        """Open the scan's file; one attached on another laptop and not here yet is fetched
        from HQ first (a sentence says why when it cannot be)."""
        from sistercommittee.services.stored_files import viewing_copy
        from sistercommittee.sync.file_fetch import scan_path
        from sistercommittee.ui.secret_store import secret_store

        db, store, name = self.ctx.db, secret_store(self.ctx), scan.file_name
        self.ctx.read(
            self, lambda: viewing_copy(scan_path(db, store, scan.id), name)
        ).with_progress(
            self.tr("Opening {name}…").format(name=scan.file_name), cancellable=False
        ).on_success(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))).run()

    def _remove_scans(self, rows: list[Any]) -> None:
        from sistercommittee.services import mou_scans

        perform(
            self.ctx,
            self,
            self.tr("Remove %n scan(s)", "", len(rows)),
            remove_parts_job(
                self.ctx.db,
                mou_scans.delete_scans,
                mou_scans.restore_scans,
                tuple(r.id for r in rows),
            ),
        )
