"""The main window's sections, in sidebar order: each names its page's module, imported only when
the page is first shown, and the services the page needs (without them the page says it is not
part of this version instead of failing)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def have(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


@dataclass(frozen=True)
class Section:
    """A sidebar entry: the page's module is imported only when the page is first shown."""

    key: str
    title: str
    service: str  # the services the page needs: without them the page says it is not there
    module: str
    class_name: str


def main_sections() -> list[Section]:
    """The sections of the main window, in sidebar order, with their titles translated."""
    return [
        Section(
            "dashboard",
            QCoreApplication.translate("MainWindow", "Dashboard"),
            "sistercommittee.services.stats",
            "sistercommittee.ui.pages.dashboard",
            "DashboardPage",
        ),
        Section(
            "partnerships",
            QCoreApplication.translate("MainWindow", "Partnerships"),
            "sistercommittee.services.partnerships",
            "sistercommittee.ui.pages.partnerships",
            "PartnershipsPage",
        ),
        Section(
            "volunteers",
            QCoreApplication.translate("MainWindow", "Volunteers"),
            "sistercommittee.services.volunteers",
            "sistercommittee.ui.pages.volunteers",
            "VolunteersPage",
        ),
        Section(
            "events",
            QCoreApplication.translate("MainWindow", "Events"),
            "sistercommittee.services.events",
            "sistercommittee.ui.pages.events",
            "EventsPage",
        ),
        Section(
            "exchanges",
            QCoreApplication.translate("MainWindow", "Exchanges"),
            "sistercommittee.services.exchanges",
            "sistercommittee.ui.pages.exchanges",
            "ExchangesPage",
        ),
        Section(
            "documents",
            QCoreApplication.translate("MainWindow", "Documents"),
            "sistercommittee.documents",
            "sistercommittee.ui.pages.documents",
            "DocumentsPage",
        ),
        Section(
            "sync",
            QCoreApplication.translate("MainWindow", "Sync"),
            "sistercommittee.sync",
            "sistercommittee.ui.pages.sync",
            "SyncPage",
        ),
        Section(
            "agenda",
            QCoreApplication.translate("MainWindow", "Agenda"),
            "sistercommittee.services.agenda",
            "sistercommittee.ui.pages.agenda",
            "AgendaPage",
        ),
        Section(
            "calendar",
            QCoreApplication.translate("MainWindow", "Calendar"),
            "sistercommittee.services.agenda.calendar",
            "sistercommittee.ui.pages.calendar",
            "CalendarPage",
        ),
        Section(
            "members",
            QCoreApplication.translate("MainWindow", "Members"),
            "sistercommittee.sync.members",
            "sistercommittee.ui.pages.members",
            "MembersPage",
        ),
        Section(
            "stories",
            QCoreApplication.translate("MainWindow", "Stories"),
            "sistercommittee.services.stories",
            "sistercommittee.ui.pages.stories",
            "StoriesPage",
        ),
        Section(
            "finder",
            QCoreApplication.translate("MainWindow", "Partner Finder"),
            "sistercommittee.services.finder",
            "sistercommittee.ui.pages.finder",
            "FinderPage",
        ),
    ]
