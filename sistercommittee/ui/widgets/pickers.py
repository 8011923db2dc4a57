"""Choosing a record by typing part of its name, for lists too long for a combo box (thousands of
volunteers, years of events): each pause in typing asks the service for the first matches, on a
worker, and offers them in a popup. The value is the chosen record's id."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from sistercommittee.ui.widgets.editors import Editor

if TYPE_CHECKING:
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext

Search = Callable[["Database", str], Sequence[tuple[str, str]]]
Describe = Callable[["Database", str], str]

PICK_LIMIT = 30


class SearchPicker(Editor):
    """A line where the user types a name and picks one of the matches."""

    def __init__(
        self,
        ctx: AppContext,
        search: Search,
        describe: Describe,
        *,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._search = search
        self._describe = describe
        self._choices: dict[str, str] = {}  # label -> id
        self._chosen_id: str | None = None
        self._generation = 0
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder or self.tr("Type part of a name"))
        self.line.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self._on_picked)
        self.line.setCompleter(self.completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._query)
        self.line.textEdited.connect(self._on_text_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    def focus_target(self) -> QWidget:
        return self.line

    def _on_text_edited(self, text: str) -> None:
        self._chosen_id = self._choices.get(text)
        self.edited.emit()
        self._timer.start()

    def _on_picked(self, label: str) -> None:
        self._chosen_id = self._choices.get(label)
        self.edited.emit()

    def _query(self) -> None:
        if not self._ctx.ready:
            return
        text = self.line.text().strip()
        self._generation += 1
        generation = self._generation
        db = self._ctx.db
        search = self._search

        def done(found: Sequence[tuple[str, str]]) -> None:
            if generation != self._generation:
                return
            self.set_choices(found)
            if found and self.line.hasFocus():
                self.completer.complete()

        self._ctx.read(self, lambda: list(search(db, text))).on_success(done).on_failure(
            lambda error: None
        ).run()

    def set_choices(self, found: Sequence[tuple[str, str]]) -> None:
        self._choices = {}
        for record_id, label in found:
            shown = label
            while shown in self._choices:  # two people with the same name
                shown = f"{shown} "
            self._choices[shown] = record_id
        self._model.setStringList(list(self._choices))
        self._chosen_id = self._choices.get(self.line.text(), self._chosen_id)

    def value(self) -> str | None:
        text = self.line.text().strip()
        if not text:
            return None
        if self._chosen_id:
            return self._chosen_id
        return self._choices.get(text, text)

    def set_value(self, value: Any) -> None:
        if isinstance(value, tuple):
            record_id, label = value
            self._chosen_id = record_id
            self._choices[label] = record_id
            self.line.setText(label)
            return
        self._chosen_id = value or None
        if not value:
            self.line.clear()
            return
        if not self._ctx.ready:
            return
        db = self._ctx.db
        describe = self._describe

        def done(label: str) -> None:
            if self._chosen_id == value:
                self._choices[label] = value
                self.line.setText(label)

        self._ctx.read(self, lambda: describe(db, value)).on_success(done).on_failure(
            lambda error: self.line.setText(str(value))
        ).run()


# --- the usual pickers --------------------------------------------------------------------------


def search_volunteers(db: Database, text: str) -> list[tuple[str, str]]:
    from sistercommittee.services.volunteers import VolunteerQuery, list_volunteers

    page = list_volunteers(db, VolunteerQuery(search=text, active=None, limit=PICK_LIMIT))
    return [(row.id, f"{row.name} <{row.email}>" if row.email else row.name) for row in page.items]


def describe_volunteer(db: Database, volunteer_id: str) -> str:
    from sistercommittee.services.volunteers import get_volunteer

    detail = get_volunteer(db, volunteer_id)
    return f"{detail.name} <{detail.email}>" if detail.email else detail.name


def search_events(db: Database, text: str) -> list[tuple[str, str]]:
    from sistercommittee.services.events import EventQuery, list_events
    from sistercommittee.ui.formatting import fmt_date

    page = list_events(
        db, EventQuery(search=text, sort="starts_at", descending=True, limit=PICK_LIMIT)
    )
    return [(row.id, f"{row.title} ({fmt_date(row.local_starts_at.date())})") for row in page.items]


def describe_event(db: Database, event_id: str) -> str:
    from sistercommittee.services.events import get_event
    from sistercommittee.ui.formatting import fmt_date

    detail = get_event(db, event_id)
    return f"{detail.title} ({fmt_date(detail.local_starts_at.date())})"


def volunteer_picker(ctx: AppContext) -> SearchPicker:
    # translate() with the class's context: picker.tr() here is filed by lupdate under the
    # variable's name ("picker"), which no translator is asked for at run time.
    placeholder = QCoreApplication.translate(
        "SearchPicker", "Type part of a volunteer's name or email"
    )
    return SearchPicker(ctx, search_volunteers, describe_volunteer, placeholder=placeholder)


def event_picker(ctx: AppContext) -> SearchPicker:
    placeholder = QCoreApplication.translate("SearchPicker", "Type part of the event's title")
    return SearchPicker(ctx, search_events, describe_event, placeholder=placeholder)
