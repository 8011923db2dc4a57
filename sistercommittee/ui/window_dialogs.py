"""The windows and dialogs the main window's menus open: Preferences, Getting Started, Search
Everything, Import, Backups, Open Database, the User Guide, the log folder and About. Each is
made when asked for; those shown again are kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from sistercommittee.services.search import SearchHit
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.dialogs.about_dialog import AboutDialog
    from sistercommittee.ui.getting_started import GettingStartedDialog
    from sistercommittee.ui.section_pages import SectionPages


class WindowDialogs(QObject):
    """What the menus open, on top of ``window`` and its ``pages``."""

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        pages: SectionPages,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.pages = pages
        self.guide: QWidget | None = None
        self.search_palette: QWidget | None = None
        self.getting_started: GettingStartedDialog | None = None
        self.about_dialog: AboutDialog | None = None

    def show_preferences(self) -> None:
        from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog

        if not self.ctx.ready:
            return
        PreferencesDialog(self.ctx, self.window).open()

    def show_getting_started(self) -> None:
        from sistercommittee.ui.getting_started import GettingStartedDialog

        if not self.ctx.ready:
            return
        if self.getting_started is not None:  # made once, shown again
            self.getting_started.refresh()
            self.getting_started.show()
            self.getting_started.raise_()
            self.getting_started.activateWindow()
            return
        actions = {
            "partner": lambda: self.pages.show_page("partnerships").new_record(),
            "volunteer": lambda: self.pages.show_page("volunteers").new_record(),
            "roster": self._import_roster,
            "sync": self.sign_in_to_hq,
            "certificate": self._make_first_certificate,
        }
        self.getting_started = GettingStartedDialog(self.ctx, actions, self.window)
        self.getting_started.show()

    def _import_roster(self) -> None:
        self.pages.show_page("volunteers")
        self.show_import_wizard()

    def sign_in_to_hq(self) -> None:
        page = self.pages.show_page("sync")
        sign_in = getattr(page, "sign_in", None)
        if callable(sign_in):
            sign_in()

    def _make_first_certificate(self) -> None:
        page = self.pages.show_page("documents")
        make = getattr(page, "make_certificate", None)
        if callable(make):
            make()

    def show_search_palette(self) -> None:
        from sistercommittee.ui.search_palette import SearchPalette

        if not self.ctx.ready:
            return
        palette = SearchPalette(self.ctx, self.window)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.chosen.connect(self.open_found)
        self.search_palette = palette
        palette.open()

    def open_found(self, hit: SearchHit) -> None:
        """Open a record found by Search Everything on its page, selected there."""
        from sistercommittee.ui.pages.list_page import ListPage

        page = self.pages.show_page(hit.page)
        if isinstance(page, ListPage):
            page.reveal(hit.select_id, hit.page_search, part=hit.kind.value)

    def show_import_wizard(self) -> None:
        from sistercommittee.ui.dialogs.import_wizard import ImportWizard

        if not self.ctx.ready:
            return
        ImportWizard(self.ctx, self.window, kind=self.pages.current_page().key).open()

    def show_backups(self) -> None:
        from sistercommittee.ui.dialogs.backups_dialog import BackupsDialog

        if not self.ctx.ready:
            return
        BackupsDialog(self.ctx, self.window).open()

    def open_database(self) -> None:
        from sistercommittee.ui.database_files import choose_database_file, restart_with

        choose_database_file(self.window, lambda path: restart_with(self.window, path))

    def show_user_guide(self) -> None:
        """The guide in a window of its own (it needs no viewer on the computer)."""
        from sistercommittee.ui.guide_window import GuideWindow, guide_file

        if self.guide is not None and self.guide.isVisible():
            self.guide.raise_()
            self.guide.activateWindow()
            return
        guide = guide_file()
        if guide is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("MainWindow", "User Guide"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The user guide is not installed with this copy of SisterCommittee. It is "
                    "the file docs/user-guide.md of the SisterCommittee source.",
                ),
            )
            return
        self.guide = GuideWindow(guide, self.window)
        self.guide.show()

    def open_log_folder(self) -> None:
        from sistercommittee.logs import log_file
        from sistercommittee.ui.opening import show_folder

        show_folder(self.window, log_file().parent)

    def show_about(self) -> None:
        from sistercommittee.logs import log_file
        from sistercommittee.ui.dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(log_file().parent, self.window)
        self.about_dialog.open()
