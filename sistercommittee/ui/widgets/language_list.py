"""Several languages in one line, by name: "English, Japanese" or "English, 日本語".

Names complete as they are typed, in the user's language and in the language's own ("日本語"
finds Japanese); the value is the list of BCP 47 tags the services store. A name that matches
nothing stays as typed, and leaving the field says so under it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from sistercommittee.ui import formatting
from sistercommittee.ui.widgets.editors import Editor

# Between two names: a comma or semicolon, and the enumeration comma Japanese and Chinese write
# ("英語、日本語"), in full width too.
_SEPARATORS = re.compile(r"[,;、，；]")


def _separator() -> str:
    """How the list is written in the language shown: "English, Japanese", "英語、日本語"."""
    if QLocale().language() in (QLocale.Language.Japanese, QLocale.Language.Chinese):
        return "、"
    return ", "


@functools.cache
def _autonym(tag: str) -> str:
    try:
        return str(Locale.parse(tag.replace("-", "_")).get_display_name() or "")
    except (UnknownLocaleError, ValueError):
        return ""


class LanguageListEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            QCoreApplication.translate("LanguageListEditor", "e.g. English, Japanese")
        )
        self.line.setToolTip(self.line.placeholderText())  # the whole hint when elided
        self.line.setClearButtonEnabled(True)
        self._names: dict[str, str] = {}  # tag -> name in the user's language
        self._tags: dict[str, str] = {}  # any name, casefolded -> tag
        entries: list[str] = []
        for tag, name in formatting.languages():
            self._names[tag] = name
            self._tags[name.casefold()] = tag
            self._tags[tag.casefold()] = tag
            entries.append(name)
            own = _autonym(tag)
            if own and own.casefold() != name.casefold():
                self._tags[own.casefold()] = tag
                entries.append(f"{own} — {name}")
        self.completer = QCompleter(QStringListModel(entries, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setWidget(self.line)
        self.completer.activated.connect(self._on_completed)
        self.line.textEdited.connect(self._on_text_edited)
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.check)
        self.line.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab moves on even with the list of names open; leaving reads what was typed.
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.completer.popup().hide()
        elif (
            watched is self.line
            and event.type() == QEvent.Type.FocusOut
            and not self.completer.popup().isVisible()
        ):
            self.check()
        return False

    def _parts(self) -> list[str]:
        return [part.strip() for part in _SEPARATORS.split(self.line.text())]

    def _on_text_edited(self, text: str) -> None:
        current = _SEPARATORS.split(text)[-1].strip()
        if len(current) < 1:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(current)
        if self.completer.completionCount() and self.completer.currentCompletion() != current:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _on_completed(self, chosen: str) -> None:
        name = chosen.split(" — ")[-1]
        text = self.line.text()
        last = list(_SEPARATORS.finditer(text))
        before = text[: last[-1].start()].rstrip() if last else ""
        self.line.setText(f"{before}{_separator()}{name}" if before else name)
        self.edited.emit()

    def _tag(self, part: str) -> str | None:
        found = self._tags.get(part.casefold()) or self._tags.get(part.split(" — ")[-1].casefold())
        if found:
            return found
        from sistercommittee.services.fields import FieldProblem, language

        try:
            return language(part, "Language")
        except FieldProblem:
            return None

    def check(self) -> None:
        unknown = [part for part in self._parts() if part and self._tag(part) is None]
        if unknown:
            self.problem.emit(
                QCoreApplication.translate(
                    "LanguageListEditor",
                    "'{name}' is not a language I know: pick a name from the list, such as "
                    "Japanese.",
                ).format(name=unknown[0])
            )
            return
        tags = self.value()
        if all(isinstance(tag, str) for tag in tags):
            self.set_value(tags)
        self.problem.emit("")

    def value(self) -> list[str]:
        values: list[str] = []
        for part in self._parts():
            if not part:
                continue
            tag = self._tag(part) or part  # the service names what it cannot read
            if tag not in values:
                values.append(tag)
        return values

    def set_value(self, value: Any) -> None:
        tags = [value] if isinstance(value, str) else list(value or ())
        self.line.setText(
            _separator().join(self._names.get(tag) or formatting.language_name(tag) for tag in tags)
        )

    def focus_target(self) -> QWidget:
        return self.line
