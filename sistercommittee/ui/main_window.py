"""The main window: sections in a sidebar, menus and toolbar with the usual shortcuts, a status
bar with the record counts; window geometry and the last section remembered."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolBar,
    QWidget,
)

from sistercommittee.ui import icons
from sistercommittee.ui.action_text import follow_text, set_action_text
from sistercommittee.ui.section_keys import SectionKeys
from sistercommittee.ui.section_pages import SectionPages
from sistercommittee.ui.sections import main_sections
from sistercommittee.ui.widgets.fitting_label import FittingLabel
from sistercommittee.ui.window_dialogs import WindowDialogs
from sistercommittee.ui.window_state import (
    fit_to_screen,
    remembered_page,
    restore_geometry,
    save_geometry,
)

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.stats import Stats
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.pages.base import Page

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("SisterCommittee"))
        self.setWindowIcon(icons.app_icon())
        self.setUnifiedTitleAndToolBarOnMac(True)

        self._fitted = False
        self.section_pages = SectionPages(ctx, main_sections(), self)
        self.sections = self.section_pages.sections
        self.sidebar = self.section_pages.sidebar
        self.stack = self.section_pages.stack
        self.section_pages.page_made.connect(self._on_page_made)
        self.section_pages.page_shown.connect(self._on_page_shown)
        self.dialogs = WindowDialogs(ctx, self, self.section_pages)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        line = QFrame(central)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        ctx.signals.operation_finished.connect(self._on_operation_finished)
        ctx.signals.database_ready.connect(self._on_database_ready)
        from sistercommittee.ui.updates import UpdateChecker

        self.update_checker = UpdateChecker(ctx, self)  # asks HQ once the database is open
        from sistercommittee.ui.tray import DueTodayNotifier

        self.notifier = DueTodayNotifier(ctx, self)  # what is due today, in the system tray
        ctx.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._restore_state()

    # --- pages (made when first shown: ui/section_pages.py) ---------------------------------

    def _on_page_made(self, page: Page) -> None:
        page.actions_changed.connect(self._update_actions)
        page.status_message.connect(self._on_status_message)

    def _on_page_shown(self, page: Page) -> None:
        self._update_actions()

    @property
    def pages(self) -> list[Page]:
        """The pages made so far."""
        return self.section_pages.pages

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def page(self, key: str) -> Page:
        return self.section_pages.page(key)

    def current_page(self) -> Page:
        return self.section_pages.current_page()

    def show_page(self, key: str) -> Page:
        return self.section_pages.show_page(key)

    # --- actions -----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(self)
        set_action_text(action, text)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New…"),
            self._on_new_triggered,
            name="action_new",
            shortcut=keys.New,
            icon_name="new",
            tip=self.tr("Add a record on this page"),
        )
        self.edit_action = self._action(
            self.tr("&Edit…"),
            self._on_edit_triggered,
            name="action_edit",
            shortcut="Ctrl+E",
            icon_name="edit",
            tip=self.tr("Edit the selected record"),
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            self._on_delete_triggered,
            name="action_delete",
            shortcut=keys.Delete,
            icon_name="delete",
            tip=self.tr("Delete the selected records"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = self._action(
            self.tr("&Find"),
            self._on_find_triggered,
            name="action_find",
            shortcut=keys.Find,
            icon_name="find",
            tip=self.tr("Search this page"),
        )
        self.search_everything_action = self._action(
            self.tr("Search E&verything…"),
            self.dialogs.show_search_palette,
            name="action_search_everything",
            shortcut="Ctrl+K",
            tip=self.tr("Find any partnership, volunteer, event, exchange or contact"),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            self._on_print_triggered,
            name="action_print",
            shortcut=keys.Print,
            icon_name="print",
            tip=self.tr("Print this list"),
        )
        self.export_action = self._action(
            self.tr("E&xport List…"),
            self._on_export_triggered,
            name="action_export",
            shortcut="Ctrl+Shift+E",
            tip=self.tr("Save this list, as filtered, as an Excel or CSV file"),
        )
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"),
            self.dialogs.show_preferences,
            name="action_preferences",
            shortcut=keys.Preferences if not QKeySequence(keys.Preferences).isEmpty() else "Ctrl+,",
            icon_name="settings",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.open_action = self._action(
            self.tr("&Open Database…"),
            self.dialogs.open_database,
            name="action_open",
            shortcut=keys.Open,
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, name="action_quit", shortcut=keys.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        if QKeySequence(keys.Quit).isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            self._on_refresh_triggered,
            name="action_refresh",
            shortcut=keys.Refresh,
        )

        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setShortcuts(
            [QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")]
            if QKeySequence(keys.Redo) != QKeySequence("Ctrl+Y")
            else [QKeySequence(keys.Redo)]
        )
        self.redo_action.setIcon(icons.icon("redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        follow_text(self.undo_action)
        follow_text(self.redo_action)
        self.ctx.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.ctx.undo_stack.redoTextChanged.connect(self._on_undo_text_changed)

        self.section_keys = SectionKeys(self, self.section_pages)
        self.section_actions = self.section_keys.section_actions

        self.guide_action = self._action(
            self.tr("User &Guide"),
            self.dialogs.show_user_guide,
            name="action_guide",
            shortcut=keys.HelpContents,
        )
        self.getting_started_action = self._action(
            self.tr("Getting &Started"),
            self.dialogs.show_getting_started,
            name="action_getting_started",
        )
        self.log_action = self._action(
            self.tr("Open &Log Folder"), self.dialogs.open_log_folder, name="action_log"
        )
        self.about_action = self._action(
            self.tr("&About SisterCommittee"), self.dialogs.show_about, name="action_about"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.check_updates_action = self._action(
            self.tr("Check for &Updates…"), self.check_for_updates, name="action_check_updates"
        )
        self.check_updates_action.setMenuRole(QAction.MenuRole.ApplicationSpecificRole)

    def _on_new_triggered(self) -> None:
        self.current_page().new_record()

    def _on_edit_triggered(self) -> None:
        self.current_page().edit_selected()

    def _on_delete_triggered(self) -> None:
        self.current_page().delete_selected()

    def _on_find_triggered(self) -> None:
        self.current_page().focus_search()

    def _on_export_triggered(self) -> None:
        self.current_page().export_list()

    def _on_print_triggered(self) -> None:
        self.current_page().print_page()

    def _on_refresh_triggered(self) -> None:
        self.current_page().refresh()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import…"),
            self.dialogs.show_import_wizard,
            name="action_import",
            shortcut="Ctrl+I",
            tip=self.tr("Add records from a CSV or Excel file"),
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.backups_action = self._action(
            self.tr("&Backups…"),
            self.dialogs.show_backups,
            name="action_backups",
            tip=self.tr("Back the records up now, or go back to a backup"),
        )
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_everything_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.section_keys.add_to(view_menu)
        view_menu.addSeparator()
        # The columns of this page's list to show or hide, as the list header's context menu.
        self.columns_menu = view_menu.addMenu(self.tr("Co&lumns"))
        self.columns_menu.setObjectName("menu_columns")
        self.columns_menu.aboutToShow.connect(
            lambda: self.current_page().fill_columns_menu(self.columns_menu)
        )
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.getting_started_action)
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.check_updates_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main Toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(icons.icon_size())
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.print_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = FittingLabel(self)
        self.counts_label.setObjectName("counts_label")
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busy_label")
        # Room for "Working…" kept while idle: the status bar does not jump when work starts, and
        # the text is never drawn in a label the layout has not widened yet.
        self.busy_label.setMinimumWidth(
            self.busy_label.fontMetrics().horizontalAdvance(self.tr("Working…")) + 4
        )
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.counts_label)
        self._build_auto_sync()
        status.addPermanentWidget(self.sync_status)
        self.ctx.runner.busy_changed.connect(self._on_busy_changed)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(300)
        self._stats_timer.timeout.connect(self.refresh_status)
        status.showMessage(self.tr("Opening the database…"))

    def _build_auto_sync(self) -> None:
        from sistercommittee.ui.auto_sync import AutoSync
        from sistercommittee.ui.widgets.sync_status import SyncStatusButton

        self.auto_sync = AutoSync(self.ctx, self)
        self.ctx.auto_sync = self.auto_sync
        self.sync_status = SyncStatusButton(self)
        self.sync_status.open_requested.connect(self._on_sync_status_clicked)
        self.auto_sync.changed.connect(self._on_auto_sync_changed)
        self.auto_sync.synced.connect(self._on_auto_synced)
        self.sync_status.set_view(self.auto_sync.view)  # signed out until the state is read
        if self.ctx.ready:
            self.auto_sync.start()

    def _on_auto_sync_changed(self) -> None:
        self.sync_status.set_view(self.auto_sync.view)
        self._update_actions()  # the account's role may have changed

    def _on_auto_synced(self, result: object) -> None:
        self._stats_timer.start()  # the changes not yet sent, now sent

    def _on_quit_sync_waiting(self) -> None:
        self.statusBar().showMessage(self.tr("Sending the last changes to HQ…"))
        QApplication.processEvents()

    def _on_sync_status_clicked(self) -> None:
        self.show_page("sync")

    # Slots of long-lived objects (the context, its runner and undo stack) are methods, never
    # lambdas: Qt drops a method's connection when the window goes, a lambda's it keeps.

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    @Slot(str)
    def _on_undo_text_changed(self, _text: str) -> None:
        follow_text(self.undo_action)
        follow_text(self.redo_action)

    @Slot(bool)
    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_actions(self) -> None:
        page = self.current_page()
        ready = self.ctx.ready
        label = page.new_label()
        set_action_text(self.new_action, label or self.tr("&New…"))
        from sistercommittee.ui.role_guard import apply_role

        self.new_action.setEnabled(ready and page.can_new())
        self.edit_action.setEnabled(ready and page.can_edit())
        self.delete_action.setEnabled(ready and page.can_delete())
        apply_role(self, page)
        self.print_action.setEnabled(ready and page.can_print())
        self.export_action.setEnabled(ready and page.can_export())
        self.find_action.setEnabled(ready)
        self.search_everything_action.setEnabled(ready)
        self.refresh_action.setEnabled(ready)
        self.columns_menu.menuAction().setEnabled(page.has_columns())

    def _update_title(self) -> None:
        org = self.ctx.org
        name = org.name if org else ""
        self.setWindowTitle(
            self.tr("{organization} — SisterCommittee").format(organization=name)
            if name
            else self.tr("SisterCommittee")
        )

    # --- database and counts -----------------------------------------------------------------

    def _on_database_ready(self) -> None:
        from sistercommittee.ui.getting_started import GUIDE_PENDING

        self._update_title()
        self.statusBar().clearMessage()
        self.current_page().activate()
        self._update_actions()
        self.refresh_status()
        if self.ctx.settings.value(GUIDE_PENDING, False, type=bool):
            # The organization was just made: its first steps, once (Help brings them back).
            self.ctx.settings.setValue(GUIDE_PENDING, False)
            QTimer.singleShot(0, self.dialogs.show_getting_started)

    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        from sistercommittee.services.changes import Entity

        if Entity.ORGANIZATION in changes.entities:
            self._reload_organization()
        self._stats_timer.start()
        self._update_actions()

    def _reload_organization(self) -> None:
        db = self.ctx.db

        def job() -> object:
            from sistercommittee.services.organizations import get_organization

            return get_organization(db)

        def done(org: object) -> None:
            self.ctx.org = org  # type: ignore[assignment]
            self._update_title()

        self.ctx.read(self, job).on_success(done).run()

    def refresh_status(self) -> None:
        if not self.ctx.ready:
            return
        db = self.ctx.db

        def job() -> Stats:
            from sistercommittee.services.stats import database_stats

            return database_stats(db)

        self.ctx.read(self, job).on_success(self._show_stats).on_failure(
            lambda error: log.warning("status counts failed: %s", error)
        ).run()

    def _show_stats(self, stats: Stats) -> None:
        self.counts_label.set_whole_text(
            self.tr(
                "{partnerships} partnerships · {volunteers} volunteers · {events} events "
                "· {exchanges} exchanges"
            ).format(
                partnerships=stats.partnerships,
                volunteers=stats.volunteers,
                events=stats.events,
                exchanges=stats.exchanges,
            )
        )
        # Before sync is ever set up nothing waits for HQ: the records are simply this laptop's.
        self.sync_status.set_pending(stats.pending_changes if stats.sync_server else 0)
        self.last_stats = stats

    # --- menus' own dialogs (ui/window_dialogs.py) -------------------------------------------

    def sign_in_to_hq(self) -> None:
        self.dialogs.sign_in_to_hq()

    def check_for_updates(self) -> None:
        self.update_checker.check(asked=True)

    # --- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_geometry(self, self.ctx.settings)
        key = remembered_page(self.ctx.settings)
        row = next((n for n, section in enumerate(self.sections) if section.key == key), 0)
        self.sidebar.setCurrentRow(row)

    def fit_to_screen(self) -> None:
        fit_to_screen(self)

    def save_state(self) -> None:
        settings = self.ctx.settings
        save_geometry(self, settings, self.current_page().key)
        for page in self.pages:
            page.save_state()
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once the window frame's size is known
            self._fitted = True
            self.fit_to_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.notifier.close()
        self.auto_sync.finish(on_wait=self._on_quit_sync_waiting)
        if self.ctx.runner.pending:
            self.statusBar().showMessage(self.tr("Finishing the last changes…"))
            QApplication.processEvents()
        super().closeEvent(event)
