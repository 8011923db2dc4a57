"""Preferences: the organization's details (saved through the service, undoable), and how the app
works on this computer (appearance, language and automatic sync, kept in QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.errors import SisterCommitteeError, ValidationError
from sistercommittee.ui import errors, theme
from sistercommittee.ui.dialogs.welcome_dialog import organization_editors
from sistercommittee.ui.undo import Undoable, perform
from sistercommittee.ui.widgets.edit_guard import Answer, ask_unsaved, install_alt_letter_guard
from sistercommittee.ui.widgets.editors import BoolEditor, MultilineEditor
from sistercommittee.ui.widgets.form import FormWidget, mnemonic_letters

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sistercommittee.services.organizations import (
            ORGANIZATION_FORM,
            organization_form_values,
        )

        self.ctx = ctx
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)

        group = QGroupBox(self.tr("Organization"), self)
        group_layout = QVBoxLayout(group)
        editors = organization_editors()
        editors["notes"] = lambda label: MultilineEditor()
        editors["directory_listed"] = BoolEditor
        self.dirty = False
        # The letters of the dialog's own controls (below), in the language shown.
        used = mnemonic_letters(
            self.tr("&Save"),
            self.tr("A&ppearance:"),
            self.tr("&Interface language:"),
            self.tr("S&ync with HQ automatically"),
        )
        self.form = FormWidget(ORGANIZATION_FORM, editors, used_mnemonics=used)
        if ctx.org is not None:
            self.form.set_values(organization_form_values(ctx.db))
        for editor in self.form.editors.values():
            editor.edited.connect(self._on_edited)
        from sistercommittee.ui.widgets.zone_pick import follow_place

        chosen: set[str] = set()
        self.form.editor("time_zone").edited.connect(lambda: chosen.add("time_zone"))
        follow_place(self.form, city="city", region="region", keep=lambda: bool(chosen))
        group_layout.addWidget(self.form)
        layout.addWidget(group)

        look = QGroupBox(self.tr("This computer"), self)
        look_layout = QFormLayout(look)
        self.appearance = QComboBox(look)
        self.appearance.setObjectName("appearance")
        for value, text in (
            (theme.FOLLOW_SYSTEM, self.tr("Follow the system")),
            (theme.LIGHT, self.tr("Light")),
            (theme.DARK, self.tr("Dark")),
        ):
            self.appearance.addItem(text, value)
        current = ctx.settings.value("preferences/appearance", theme.FOLLOW_SYSTEM)
        self.appearance.setCurrentIndex(max(self.appearance.findData(current), 0))
        appearance_label = QLabel(self.tr("A&ppearance:"), look)
        appearance_label.setBuddy(self.appearance)
        look_layout.addRow(appearance_label, self.appearance)
        self.language = QComboBox(look)
        self.language.setObjectName("ui_language")
        from sistercommittee.ui.languages import interface_languages

        self.language.addItem(self.tr("System language"), "")
        for value, name in interface_languages():  # each named in itself: "Español", "日本語"
            self.language.addItem(name, value)
        chosen = ctx.settings.value("preferences/language", "")
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        language_label = QLabel(self.tr("&Interface language:"), look)
        language_label.setBuddy(self.language)
        look_layout.addRow(language_label, self.language)
        note = QLabel(self.tr("A new interface language applies the next time the app starts."))
        note.setWordWrap(True)
        note.setEnabled(False)
        look_layout.addRow(note)
        from sistercommittee.ui.auto_sync import enabled_in

        self.auto_sync = QCheckBox(self.tr("S&ync with HQ automatically"), look)
        self.auto_sync.setObjectName("auto_sync")
        self.auto_sync.setToolTip(
            self.tr(
                "Send changes to HQ a few seconds after they are made and fetch everyone "
                "else's every few minutes, while signed in. Sync Now works either way."
            )
        )
        self.auto_sync.setChecked(enabled_in(ctx.settings))
        look_layout.addRow(self.auto_sync)
        from sistercommittee.ui.tray import is_quiet

        self.quiet = QCheckBox(self.tr("&Quiet: no desktop notifications of what is due today"))
        self.quiet.setObjectName("quiet_notifications")
        self.quiet.setChecked(is_quiet(ctx.settings))
        self.quiet.toggled.connect(self._on_edited)
        look_layout.addRow(self.quiet)
        layout.addWidget(look)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.appearance.activated.connect(self._on_edited)
        self.language.activated.connect(self._on_edited)
        layout.addWidget(self.buttons)
        self.resize(560, 640)
        install_alt_letter_guard(self)

    def _on_edited(self) -> None:
        self.dirty = True

    def reject(self) -> None:
        """Cancel, Escape and the window's close button ask first when something changed."""
        if not self.buttons.isEnabled():
            return  # saving
        if not self.dirty:
            super().reject()
            return

        def answered(answer: Answer) -> None:
            if answer is Answer.SAVE:
                self._on_save_clicked()
            elif answer is Answer.DISCARD:
                QDialog.reject(self)

        ask_unsaved(self, answered)

    def _on_save_clicked(self) -> None:
        from PySide6.QtWidgets import QApplication

        from sistercommittee.ui.tray import QUIET_SETTING

        settings = self.ctx.settings
        appearance = self.appearance.currentData()
        if appearance != settings.value("preferences/appearance", theme.FOLLOW_SYSTEM):
            settings.setValue("preferences/appearance", appearance)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, appearance)
        settings.setValue("preferences/language", self.language.currentData())
        settings.setValue(QUIET_SETTING, self.quiet.isChecked())
        automatic = self.auto_sync.isChecked()
        if self.ctx.auto_sync is not None:
            self.ctx.auto_sync.set_enabled(automatic)
        else:
            from sistercommittee.ui.auto_sync import SETTING

            settings.setValue(SETTING, automatic)

        values = self.form.values()
        org = self.ctx.org
        if org is None:
            self.accept()
            return
        from sistercommittee.services.organizations import organization_form_values

        db = self.ctx.db
        before = organization_form_values(db)
        if values == {k: v for k, v in before.items() if k in values}:
            self.accept()
            return

        def job() -> Undoable:
            from sistercommittee.services.organizations import edit_organization

            changes = edit_organization(db, values)
            return Undoable(
                changes,
                undo=lambda: edit_organization(db, before),
                redo=lambda: edit_organization(db, values),
            )

        self.buttons.setEnabled(False)
        perform(
            self.ctx,
            self,
            self.tr("Edit organization details"),
            job,
            on_success=self._on_saved,
            on_failure=self._on_failed,
            initiator=self,
        )

    def _on_saved(self, changes: Changes) -> None:
        self.dirty = False
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        elif isinstance(error, SisterCommitteeError):
            self.form.show_errors({"": error.message})
        else:
            errors.show_error(self, error)
