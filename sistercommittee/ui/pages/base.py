"""What every page of the main window offers the window's menus and toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext


class Page(QWidget):
    """A page in the sidebar.

    Signals:
        actions_changed(): what New/Edit/Delete/Print can do changed (selection, loading).
        status_message(str): a short note for the status bar.
    """

    actions_changed = Signal()
    status_message = Signal(str)

    #: A stable key for settings and object names ("volunteers").
    key = "page"
    icon_name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")
        self._activated = False
        ctx.signals.operation_finished.connect(self._on_operation_finished)
        ctx.signals.database_ready.connect(self._on_database_ready)

    # --- shown in the sidebar ---------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def new_label(self) -> str:
        """The text of File > New on this page ("New Volunteer…"), or "" when there is none."""
        return ""

    # --- lifecycle ---------------------------------------------------------------------------

    def activate(self) -> None:
        """Called each time the page is shown; loads on the first time."""
        if not self._activated and self.ctx.ready:
            self._activated = True
            self.load()

    def load(self) -> None:
        """Start loading what the page shows (on workers)."""

    def refresh(self) -> None:
        self.load()

    def _on_database_ready(self) -> None:
        if self.isVisible():
            self.activate()

    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        if self._activated and self.is_affected_by(changes):
            self.refresh()

    def is_affected_by(self, changes: Changes) -> bool:
        return True

    def save_state(self) -> None:
        """Remember column layouts and splitters in the settings."""

    def has_columns(self) -> bool:
        """Whether the page has a list whose columns can be shown or hidden."""
        return False

    def fill_columns_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` (View > Columns) with the page's columns to show or hide."""

    # --- the window's actions ----------------------------------------------------------------

    def can_new(self) -> bool:
        return bool(self.new_label())

    def new_record(self) -> None:
        pass

    def can_edit(self) -> bool:
        return False

    def edit_selected(self) -> None:
        pass

    def can_delete(self) -> bool:
        return False

    def delete_selected(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def can_export(self) -> bool:
        return False

    def export_list(self) -> None:
        pass

    def can_print(self) -> bool:
        return False

    def print_page(self) -> None:
        pass
