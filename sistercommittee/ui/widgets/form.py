"""A form built from a service's FormSpec: the same fields, labels and required marks the
service validates, so the window and the validation never disagree.

Each field gets an editor (a line by default; the page says where a date, a choice or a
check box fits better), a label with a keyboard mnemonic, and a message line under it where the
service's complaint about that field appears. What the user typed stays in place.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.editors import BoolEditor, Editor, EditorFactory, TextEditor

if TYPE_CHECKING:
    from sistercommittee.services.forms import Field, FormSpec


def translate_label(text: str, noun: str = "") -> str:
    """Field labels and help come from the services in English; the "Forms" context of the
    translations holds their versions. The form's ``noun`` tells apart a label that reads
    differently by form ("Title" of a contact is a job); Qt falls back to the general one."""
    return QCoreApplication.translate("Forms", text, noun or None)


def with_mnemonic(text: str, used: set[str], english: str = "") -> str:
    """``text`` with an & before its first letter not yet taken in this form.

    Only Latin letters and digits: Alt+letter is typed on any keyboard. A text with none free
    (Japanese) gets one in parentheses after it, as Japanese software writes it ("名称(&T)"):
    a letter of its ``english`` source first, so the key is the one the English window uses.
    """
    for position, char in enumerate(text):
        key = char.casefold()
        if char.isascii() and char.isalnum() and key not in used:
            used.add(key)
            return text[:position] + "&" + text[position:]
    if not any(char.isascii() and char.isalpha() for char in text):
        for key in english.casefold() + string.ascii_lowercase:
            if key.isascii() and key.isalnum() and key not in used:
                used.add(key)
                return f"{text}(&{key.upper()})"
    return text


def mnemonic_letters(*texts: str) -> set[str]:
    """The Alt+letters ``texts`` (as shown, so translated) hold: the letters a form beside them
    must leave free. The letters differ per language ("&Save" is "&Guardar" in Spanish)."""
    found = set()
    for text in texts:
        position = text.replace("&&", "").find("&")
        if position != -1 and position + 1 < len(text.replace("&&", "")):
            found.add(text.replace("&&", "")[position + 1].casefold())
    return found


def error_color(widget: QWidget) -> str:
    """A red that reads on the light and on the dark palette."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b00020"


class FormWidget(QWidget):
    """Editors for the fields of ``spec`` (or the ``only`` subset, in that order)."""

    def __init__(
        self,
        spec: FormSpec,
        editors: Mapping[str, EditorFactory] | None = None,
        *,
        only: Iterable[str] | None = None,
        used_mnemonics: set[str] | None = None,
        helps: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        # The services' help texts are written for the command line ("ids, comma-separated");
        # where the window offers a better editor, the page gives its own help (or "").
        self._helps = dict(helps or {})
        self.editors: dict[str, Editor] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        factories = dict(editors or {})
        used = used_mnemonics if used_mnemonics is not None else set()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(f"color: {error_color(self)}; font-weight: bold;")
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.layout_)

        names = list(only) if only is not None else list(spec.names)
        for name in names:
            self._add_field(spec.field(name), factories.get(name), used)

    def _add_field(self, field: Field, factory: EditorFactory | None, used: set[str]) -> None:
        text = translate_label(field.label, self.spec.noun)
        help_text = self._help(field)
        editor = factory(text) if factory else TextEditor()
        editor.setParent(self)
        if help_text:
            editor.setToolTip(help_text)
        editor.set_accessible(text, help_text)
        editor.setObjectName(f"field_{field.name}")

        error = QLabel(self)
        error.setObjectName(f"error_{field.name}")
        error.setWordWrap(True)
        error.setVisible(False)
        error.setStyleSheet(f"color: {error_color(self)};")
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        cell = QWidget(self)
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        cell_layout.addWidget(error)
        cell.setFocusProxy(editor)

        shown = with_mnemonic(text, used, field.label)
        if field.required:
            shown += " *"
        if isinstance(editor, BoolEditor):
            editor.box.setText(shown)
            label = QLabel("", self)
        else:
            label = QLabel(shown + ":", self)
            label.setBuddy(editor.focus_target())
        if field.required:
            label.setToolTip(self.tr("Required"))
        self.layout_.addRow(label, cell)
        self.editors[field.name] = editor
        self._errors[field.name] = error
        self._labels[field.name] = label
        editor.edited.connect(lambda name=field.name: self._clear_error(name))
        editor.problem.connect(lambda message, name=field.name: self.show_problem(name, message))

    # --- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The raw values of every field, as the service takes them."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)

    def editor(self, name: str) -> Editor:
        return self.editors[name]

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.editors[name].parentWidget(), visible)

    # --- messages ----------------------------------------------------------------------------

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each message beside its field; messages about no field of this form at the top.
        The first wrong field takes the focus."""
        self.clear_errors()
        stray = []
        first: Editor | None = None
        for name, raw in errors.items():
            message = shown(raw)
            label = self._errors.get(name)
            if label is None:
                stray.append(message)
                continue
            label.setText(message)
            label.setVisible(True)
            editor = self.editors[name]
            editor.focus_target().setAccessibleDescription(message)
            if first is None:
                first = editor
        if stray:
            self.banner.setText("\n".join(stray))
            self.banner.setVisible(True)
        if first is not None:
            first.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, name: str, message: str) -> None:
        """The editor's own finding on leaving it, under the field (no focus change: Tab has
        moved on and stays moved on)."""
        if not message:
            self._clear_error(name)
            return
        message = shown(message)
        label = self._errors[name]
        label.setText(message)
        label.setVisible(True)
        self.editors[name].focus_target().setAccessibleDescription(message)

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for name in self._errors:
            self._clear_error(name)
        self.banner.clear()
        self.banner.setVisible(False)

    def error_label(self, name: str) -> QLabel:
        """The line under a field where its message shows."""
        return self._errors[name]

    def _clear_error(self, name: str) -> None:
        label = self._errors[name]
        if label.isVisibleTo(self):
            label.clear()
            label.setVisible(False)
            field = self.spec.field(name)
            self.editors[name].focus_target().setAccessibleDescription(self._help(field))

    def _help(self, field: Field) -> str:
        if field.name in self._helps:
            return self._helps[field.name]
        return translate_label(field.help, self.spec.noun) if field.help else ""
