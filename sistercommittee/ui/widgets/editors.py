"""Field editors for forms: each gives the raw value the service's parser takes, and shows a value
the service returned.

An editor keeps whatever the user typed, valid or not: the service decides, and its message
appears beside the editor. Values are plain Python (str, date, bool, lists), never Qt types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.shown import shown


class Editor(QWidget):
    """Base of every editor.

    Signals:
        edited(): the user changed the value.
        problem(str): what is wrong with what was typed, found on leaving the field ("" once
            it reads well); the form shows it under the field.
    """

    edited = Signal()
    problem = Signal(str)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that takes the focus (and the label's mnemonic)."""
        return self

    def set_accessible(self, name: str, description: str = "") -> None:
        target = self.focus_target()
        target.setAccessibleName(name)
        target.setAccessibleDescription(description)


def _single(layout: QHBoxLayout | QVBoxLayout | QGridLayout) -> None:
    layout.setContentsMargins(0, 0, 0, 0)


class TextEditor(Editor):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.setToolTip(placeholder)  # the whole hint when a narrow field elides it
        self.line.setClearButtonEnabled(True)
        self.line.textEdited.connect(self.edited)
        layout = QHBoxLayout(self)
        _single(layout)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = ", ".join(str(item) for item in value)
        self.line.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.line


class MultilineEditor(Editor):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.text.textChanged.connect(self.edited)
        layout = QHBoxLayout(self)
        _single(layout)
        layout.addWidget(self.text)
        self.setFocusProxy(self.text)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.text):  # only the user's typing counts as an edit
            self.text.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.text


class BoolEditor(Editor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text, self)
        self.box.clicked.connect(self.edited)
        layout = QHBoxLayout(self)
        _single(layout)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        return self.box


class ChoiceEditor(Editor):
    """One of a fixed list of (value, label); with ``blank`` the first entry means none."""

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        *,
        blank: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        if blank is not None:
            self.combo.addItem(blank, None)
        for value, text in options:
            self.combo.addItem(text, value)
        self.combo.activated.connect(self.edited)
        layout = QHBoxLayout(self)
        _single(layout)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def set_options(self, options: Sequence[tuple[str, str]], blank: str | None = None) -> None:
        current = self.value()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            if blank is not None:
                self.combo.addItem(blank, None)
            for value, text in options:
                self.combo.addItem(shown(text), value)
        self.set_value(current)

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        value = getattr(value, "value", value)
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


class MultiChoiceEditor(Editor):
    """Several of a fixed list, as check boxes in columns."""

    def __init__(
        self, options: Sequence[tuple[str, str]], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        _single(layout)
        self.boxes: dict[str, QCheckBox] = {}
        for number, (value, text) in enumerate(options):
            box = QCheckBox(text, self)
            box.clicked.connect(self.edited)
            layout.addWidget(box, number // columns, number % columns)
            self.boxes[value] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = {str(getattr(item, "value", item)) for item in (value or ())}
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def focus_target(self) -> QWidget:
        return self.focusProxy() or self

    def set_accessible(self, name: str, description: str = "") -> None:
        for box in self.boxes.values():
            box.setAccessibleDescription(f"{name}. {description}".strip())


class SearchableEditor(Editor):
    """An editable combo box over (value, label) pairs: pick by typing any part of the label, or
    type something else and let the service judge it (a BCP 47 tag, a zone name)."""

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        *,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.lineEdit().setPlaceholderText(placeholder)
        self.combo.lineEdit().textEdited.connect(self.edited)
        self.combo.activated.connect(self.edited)
        self._labels: dict[str, str] = {}
        self._wanted: Any = None  # a value set before the options arrived (loaded later)
        self.edited.connect(self._forget_wanted)
        self.set_options(options)
        layout = QHBoxLayout(self)
        _single(layout)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        typed = self.combo.currentText()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self._labels = {}
            for value, text in options:
                self.combo.addItem(shown(text), value)
                self._labels[value] = shown(text)
            completer = QCompleter(self.combo.model(), self.combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.combo.setCompleter(completer)
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(typed)
        if self._wanted is not None:
            self.set_value(self._wanted)

    def _forget_wanted(self) -> None:
        self._wanted = None

    def value(self) -> str:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.combo.itemData(index))
        return text

    def set_value(self, value: Any) -> None:
        self._wanted = value if value not in (None, "") else None
        if value is None or value == "":
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("")
            return
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(str(value))

    def focus_target(self) -> QWidget:
        return self.combo


class LanguagesEditor(Editor):
    """Languages a person speaks, each with a level: rows of (language, level) and an Add button.
    The value is a list of (tag or typed name, level) pairs, as the volunteers service takes."""

    def __init__(self, levels: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels = levels
        self._rows: list[tuple[SearchableEditor, QComboBox, QWidget]] = []
        self._layout = QVBoxLayout(self)
        _single(self._layout)
        self.add_button = QPushButton(self.tr("Add a language"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def _on_add_clicked(self) -> None:
        language, _level, _row = self._add_row()
        language.setFocus()
        self.edited.emit()

    def _add_row(self) -> tuple[SearchableEditor, QComboBox, QWidget]:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        _single(layout)
        language = SearchableEditor(
            formatting.languages(), placeholder=self.tr("Language"), parent=row
        )
        language.set_accessible(self.tr("Language"))
        language.edited.connect(self.edited)
        level = QComboBox(row)
        level.setAccessibleName(self.tr("Level"))
        for value, text in self._levels:
            level.addItem(text, value)
        level.setCurrentIndex(level.findData("conversational"))
        level.activated.connect(self.edited)
        remove = QToolButton(row)
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this language"))
        layout.addWidget(language, 3)
        layout.addWidget(level, 2)
        layout.addWidget(remove)
        entry = (language, level, row)
        remove.clicked.connect(lambda: self._remove(entry))
        self._layout.insertWidget(len(self._rows), row)
        row.show()  # a child made in a shown dialog stays hidden until shown
        self._rows.append(entry)
        from sistercommittee.ui.widgets.edit_guard import install_alt_letter_guard

        install_alt_letter_guard(self.window())
        if len(self._rows) == 1:
            self.setFocusProxy(language)
        return entry

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab through the rows in the order they show, then the Add button, then on to the
        next field. Rows made later sit at the end of the window's focus chain, so Qt's own
        order would jump from the Add button to the first field of the window."""
        order: list[QWidget] = []
        for language, level, row in self._rows:
            remove = row.findChild(QToolButton)
            order += [language.combo, level] + ([remove] if remove is not None else [])
        order.append(self.add_button)
        current = QApplication.focusWidget()
        position = next_position = None
        for number, widget in enumerate(order):
            if current is widget or (current is not None and widget.isAncestorOf(current)):
                position = number
        if position is None:
            return super().focusNextPrevChild(next)
        next_position = position + (1 if next else -1)
        if 0 <= next_position < len(order):
            order[next_position].setFocus(
                Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            )
            return True
        if not next:  # before the first row: the field before this one
            self.add_button.setFocus(Qt.FocusReason.BacktabFocusReason)
        return super().focusNextPrevChild(next)

    def _remove(self, entry: tuple[SearchableEditor, QComboBox, QWidget]) -> None:
        self._rows.remove(entry)
        entry[2].hide()
        entry[2].deleteLater()
        self.setFocusProxy(self._rows[0][0] if self._rows else self.add_button)
        self.add_button.setFocus()
        self.edited.emit()

    def value(self) -> list[tuple[str, str]]:
        result = []
        for language, level, _row in self._rows:
            tag = language.value()
            if tag:
                result.append((tag, level.currentData()))
        return result

    def set_value(self, value: Any) -> None:
        for entry in list(self._rows):
            entry[2].deleteLater()
        self._rows.clear()
        self.setFocusProxy(self.add_button)
        for item in value or ():
            tag, level_value = (item.language, item.level) if hasattr(item, "language") else item
            language, level, _row = self._add_row()
            language.set_value(tag)
            level.setCurrentIndex(
                max(level.findData(getattr(level_value, "value", level_value)), 0)
            )

    def focus_target(self) -> QWidget:
        return self._rows[0][0].focus_target() if self._rows else self.add_button


class RecordPicker(SearchableEditor):
    """Choose a record (a volunteer, a partnership) by typing part of its name. The value is its
    id, None when empty, or the typed text when it matches nothing (the service says so)."""

    def value(self) -> str | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.combo.itemData(index))
        return text


class CheckListEditor(Editor):
    """Several records out of a list loaded later (partnerships an event concerns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        _single(self._layout)
        self.boxes: dict[str, QCheckBox] = {}
        self._pending: list[str] = []

    def set_options(self, options: Iterable[tuple[str, str]]) -> None:
        chosen = self.value() or self._pending

        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for value, text in options:
            box = QCheckBox(shown(text), self)
            box.clicked.connect(self.edited)
            self._layout.addWidget(box)
            box.show()  # a child added to a shown dialog stays hidden until shown
            self.boxes[value] = box
        self.set_value(chosen)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = [str(item) for item in (value or ())]
        self._pending = chosen
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)


EditorFactory = Callable[[str], Editor]  # given the translated label
