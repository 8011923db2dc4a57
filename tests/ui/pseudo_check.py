"""What the pseudo-locale check looks at in a window: every text it shows (has it passed through
translation?) and every label and button (does its text fit? does it overlap a neighbour?)."""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QStyle,
    QStyleOptionFrame,
    QTabBar,
    QToolButton,
    QWidget,
)

from sistercommittee.messages.pseudo import CLOSE, OPEN, plain

UI_SOURCES = Path(__file__).resolve().parents[2] / "sistercommittee" / "ui"


@dataclass(frozen=True)
class Finding:
    where: str
    text: str
    what: str

    def __str__(self) -> str:
        return f"{self.what}: {self.where}: {self.text!r}"


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    text = (
        re.sub(r"<[^>]+>", "", plain(text)).replace("&&", "\0").replace("&", "").replace("\0", "&")
    )
    return text.replace("&nbsp;", " ").strip()


@functools.cache
def interface_literals() -> frozenset[str]:
    """The English texts written in the interface's sources (what an untranslated string
    would show)."""
    found: set[str] = set()
    for path in UI_SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            pieces: list[str] = []
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                pieces = [node.value]
            elif isinstance(node, ast.JoinedStr):
                pieces = [v.value for v in node.values if isinstance(v, ast.Constant)]
            for piece in pieces:
                cleaned = _plain(piece).strip(" :.…")
                # A sentence or a capitalised word ("Save", "Contacts"); lower-case single words
                # are keys, field names and object names rather than texts.
                sentence = " " in cleaned and re.search(r"[A-Za-z]{3,}", cleaned)
                if sentence or re.fullmatch(r"[A-Z][a-z]{2,}", cleaned):
                    found.add(cleaned)
    return frozenset(found)


@functools.cache
def _message_pattern() -> re.Pattern[str]:
    """The services' message templates as one pattern, each placeholder any text: a message
    shown in English (never rendered through the translators) matches one whole. Only templates
    of three words or more written out, so that a template like "{name}: {value}" matches
    nothing by itself."""
    from sistercommittee.messages.catalog import message_templates

    alternatives = []
    for template in message_templates():
        literal = re.sub(r"\{[^{}]*\}", "", template)
        if len(re.findall(r"[A-Za-z]{2,}", literal)) < 3:
            continue
        pieces = re.split(r"\{[^{}]*\}", template.replace("{{", "{").replace("}}", "}"))
        alternatives.append(".+?".join(re.escape(piece) for piece in pieces))
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _menu_texts(widget: QWidget, menu: QMenu) -> list[tuple[QWidget, str]]:
    texts = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        texts.append((widget, action.text()))
        if action.menu() is not None:
            texts.extend(_menu_texts(widget, action.menu()))
    return texts


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """The texts ``root`` shows: labels, buttons, group titles, tabs, placeholders, the current
    choice of combo boxes, table headers and the window title."""
    texts: list[tuple[QWidget, str]] = [(root, root.windowTitle())]
    for widget in root.findChildren(QWidget):
        if not _visible(widget):
            continue
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(
            widget, QAbstractButton
        ):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((widget, widget.title()))
        elif isinstance(widget, QTabBar):
            texts.extend((widget, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append((widget, widget.placeholderText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts.append((widget, widget.currentText()))
        elif (
            isinstance(widget, QHeaderView)
            and widget.model() is not None
            and widget.orientation() == Qt.Orientation.Horizontal
        ):
            for section in range(widget.count()):
                header = widget.model().headerData(section, Qt.Orientation.Horizontal)
                if isinstance(header, str) and not widget.isSectionHidden(section):
                    texts.append((widget, header))
        elif isinstance(widget, QListWidget):
            texts.extend((widget, widget.item(row).text()) for row in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            # The menus and their commands: shown when opened, looked at closed.
            for action in widget.actions():
                texts.append((widget, action.text()))
                if action.menu() is not None:
                    texts.extend(_menu_texts(widget, action.menu()))
    return [(w, t) for w, t in texts if t and re.search(r"[A-Za-z]", _plain(t))]


def untranslated(root: QWidget) -> list[Finding]:
    """Texts shown without the pseudo-locale's markers that are English from the interface's
    sources, or a line that is one of the services' messages in English: they never passed
    through translation."""
    literals = interface_literals()
    messages = _message_pattern()
    found = []
    for widget, text in shown_texts(root):
        outside = _outside_markers(text)
        if any(piece in literals for piece in outside) or any(
            messages.fullmatch(line.strip())
            for line in _plain(text).splitlines()
            if OPEN not in line
        ):
            found.append(Finding(_name(widget), text, "not translated"))
    return found


def _outside_markers(text: str) -> set[str]:
    """What ``text`` shows outside the translated pieces ⟦…⟧ (a translation can hold another,
    "⟦Ñàɱé: ⟦...⟧⟧"), whole and cut at the separators a composed text puts between its parts:
    an English word put beside a translated one is found too."""
    rest = _plain(text)
    while True:
        shorter = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", "\n", rest)
        if shorter == rest:
            break
        rest = shorter
    pieces = {rest, *re.split(r"[\n:·•|()\[\]—–,;]| - ", rest)}
    return {piece.strip(" :.…") for piece in pieces} - {""}


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in _plain(text).splitlines()), default=0)


# What QLineEdit keeps free on each side of its text (QLineEditPrivate::horizontalMargin).
LINE_EDIT_MARGIN = 2


def placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text (and its placeholder) in: the style's contents
    rectangle less the text margins, Qt's own margin and the icons of its actions and clear
    button (the clear button's place is kept while the field is empty)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = rect.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    for icon in edit.findChildren(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if icon.isVisibleTo(edit) or edit.isClearButtonEnabled():
            room -= icon.width()
    return room


def clipped(root: QWidget) -> list[Finding]:
    """Labels, buttons and group boxes whose text does not fit in the space they were given, and
    fields whose placeholder (the hint shown while empty) is wider than their text area."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget) or not widget.window().isVisible():
            continue
        if (
            isinstance(widget, QLineEdit)
            and widget.placeholderText()
            and not widget.text()
            and _text_width(widget, widget.placeholderText()) > placeholder_room(widget) + 1
            and widget.toolTip() != widget.placeholderText()  # elided on purpose, whole in the tip
        ):
            found.append(Finding(_name(widget), widget.placeholderText(), "placeholder cut off"))
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue  # rich text wraps where it likes; its height is checked below
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(Finding(_name(widget), widget.text(), "cut off below"))
            elif _text_width(widget, widget.text()) > room + 1:
                found.append(Finding(_name(widget), widget.text(), "cut off"))
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 1
        ):
            found.append(Finding(_name(widget), widget.text(), "cut off"))
        elif (
            isinstance(widget, QGroupBox)
            and widget.title()
            and _text_width(widget, widget.title()) + 16 > widget.width()
        ):
            found.append(Finding(_name(widget), widget.title(), "cut off"))
        elif (
            isinstance(widget, QListWidget)
            and widget.count()
            and not widget.wordWrap()  # a list whose items wrap shows each whole
            and widget.sizeHintForColumn(0) > widget.viewport().width() + 1
        ):
            # A list of a few choices (the sections) shows each whole, not elided.
            longest = max(
                (widget.item(row).text() for row in range(widget.count())),
                key=lambda text: _text_width(widget, text),
            )
            found.append(Finding(_name(widget), longest, "elided"))
    return found


def overlapping(root: QWidget) -> list[Finding]:
    """Texts drawn over each other: two visible labels or buttons of the same parent whose
    rectangles intersect."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if _visible(c) and isinstance(c, QLabel | QAbstractButton) and not c.isWindow()
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    found.append(
                        Finding(
                            _name(first),
                            f"{first.property('text')} / {second.property('text')}",
                            "overlaps",
                        )
                    )
    return found
