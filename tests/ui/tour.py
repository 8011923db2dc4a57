"""The tour: every page of the main window, every detail tab of a selected record and every
dialog the app opens, each opened the way its menu or button opens it. The pseudo-locale check
(tests/ui/test_pseudo_locale.py) and the screenshots (tests/translations/make_screenshots.py)
walk this one list; tests/ui/test_tour.py fails when a dialog of the app is not on it.

A walk yields ``Look``s: a name (the screenshot's file name: ``<page>``, ``<page>-tab<n>``,
``dialog-<name>``) and the window to look at. The walker decides what to do with each (check
it, grab it); the tour waits only for the app's own work, never for a fixed time."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from sistercommittee.ui.widgets.table_rows import select_row

# How long the app's own work may take: a page's first load imports what it needs (ReportLab
# for Documents), which on a busy machine reading a cold disk took up to 50 s; each wait ends
# as soon as the work is done.
WORK_TIMEOUT = 90.0
# A dialog opens from a button within the same turn of the event loop, or after a worker read
# its record (an edit dialog): it is there well within this.
OPEN_TIMEOUT = 30.0


@dataclass(frozen=True)
class Look:
    """One thing to look at: ``widget`` (a window) as ``name``."""

    name: str
    widget: QWidget


Action = Callable[["Tour", Any], None]


@dataclass(frozen=True)
class Stop:
    """A dialog: ``open`` does what its menu or button does, on ``page`` (shown first, its first
    record selected); the top-level window of class ``kind`` it opens is looked at (after
    ``prepare``, what a user types first), then after each of ``steps`` (a name suffix and what
    a user does next) again. ``covers`` names the
    functions that build it (test_tour.py checks every one of the app's is covered).

    A ``modal`` stop's window runs its own event loop (``exec()``, a confirmation before a
    delete): ``open`` returns only once it is closed, so the tour finds it while it is open,
    hands it to ``Tour.look_inside`` there and closes it with Escape, as a person would."""

    name: str
    kind: type[QWidget]
    open: Action
    page: str = ""
    covers: tuple[object, ...] = ()
    steps: tuple[tuple[str, Action], ...] = ()
    prepare: Action | None = None
    modal: bool = False


class TourError(AssertionError):
    """The app did not do what a stop of the tour expects (a dialog did not open)."""


@dataclass
class Tour:
    """A walk through ``window``'s pages and dialogs. ``folder`` holds the files the tour makes
    (a roster to import)."""

    window: Any
    folder: Path
    settle_extra: Callable[[], None] = field(default=lambda: None)
    # What the walker does with a look of a modal stop, while its window is open (the walker
    # gets every other look from the generators).
    look_inside: Callable[[Look], None] = field(default=lambda look: None)

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    # --- waiting ---------------------------------------------------------------------------

    def wait_until(self, done: Callable[[], bool], timeout: float = WORK_TIMEOUT) -> None:
        end = time.monotonic() + timeout
        while not done():
            if time.monotonic() > end:
                raise TourError(f"still waiting after {timeout:.0f} s for {done}")
            QTest.qWait(5)

    def settle(self) -> None:
        """Every job of the app done and its result shown."""
        self.wait_until(lambda: self.ctx.runner.pending == 0)
        QApplication.processEvents()
        self.settle_extra()

    # --- pages -----------------------------------------------------------------------------

    def page(self, key: str) -> Any:
        """Section ``key`` shown, its first record selected (its detail loaded)."""
        page = self.window.show_page(key)
        self.settle()
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            if not table.selectionModel().selectedRows():
                select_row(table, 0)
            self.settle()
        return page

    def pages(self) -> Iterator[Look]:
        """Every section, then each further tab of its detail (or of the page)."""
        for section in self.window.sections:
            page = self.page(section.key)
            if section.key == "documents":
                page.make_certificate()
                self.settle()
            if section.key == "stories" and page.stories.count():  # a story open, not a blank
                page.stories.setCurrentRow(0)
                self.settle()
            if section.key == "finder":  # the partners of a city, with the reasons shown
                page.city_edit.setText("Takayama")
                page.search()
                self.settle()
            yield Look(section.key, self.window)
            for tabs in page.findChildren(QTabWidget):
                if not tabs.isVisibleTo(self.window):
                    continue
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    self.settle()
                    yield Look(f"{section.key}-tab{index}", self.window)
                tabs.setCurrentIndex(0)
                self.settle()

    # --- dialogs ---------------------------------------------------------------------------

    def shown(self, kind: type[QWidget]) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def opened(self, kind: type[QWidget], before: list[QWidget]) -> QWidget:
        """The window of ``kind`` that opened since ``before`` was taken."""
        found: list[QWidget] = []

        def there() -> bool:
            found[:] = [w for w in self.shown(kind) if w not in before]
            return bool(found)

        try:
            self.wait_until(there, OPEN_TIMEOUT)
        except TourError:
            raise TourError(f"no {kind.__name__} opened") from None
        return found[-1]

    def open_from(self, kind: type[QWidget], trigger: Callable[[], None]) -> QWidget:
        """Run ``trigger`` (a click) and return the window of ``kind`` it opened."""
        before = self.shown(kind)
        trigger()
        dialog = self.opened(kind, before)
        self.settle()
        return dialog

    def visit(self, stop: Stop) -> Iterator[Look]:
        """``stop``'s dialog opened, looked at after each step, then closed with every window
        it opened (also when it failed to open)."""
        page = self.page(stop.page) if stop.page else None
        windows = set(QApplication.topLevelWidgets())
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        try:
            if stop.modal:
                self.visit_modal(stop, page)
                return
            before = self.shown(stop.kind)
            stop.open(self, page)
            dialog = self.opened(stop.kind, before)
            self.settle()
            # Keys go to the active window, as a window manager makes a new dialog.
            dialog.activateWindow()
            self.wait_until(lambda: QApplication.activeWindow() is dialog, OPEN_TIMEOUT)
            if stop.prepare is not None:
                stop.prepare(self, dialog)
                self.settle()
            yield Look(stop.name, dialog)
            for suffix, step in stop.steps:
                step(self, dialog)
                self.settle()
                yield Look(f"{stop.name}-{suffix}", dialog)
        finally:
            self.close_new(visible, windows)

    def visit_modal(self, stop: Stop, page: Any) -> None:
        """``stop.open`` run; while the window it opens runs its own loop, a timer of that loop
        finds it (the active modal window), looks at it and presses Escape."""
        before = self.shown(stop.kind)
        looked: list[str] = []
        end = time.monotonic() + OPEN_TIMEOUT

        def poll() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, stop.kind) and box not in before and box.isVisible():
                timer.stop()
                QApplication.processEvents()  # laid out and painted as shown
                self.look_inside(Look(stop.name, box))
                looked.append(stop.name)
                QTest.keyClick(box, Qt.Key.Key_Escape)
            elif time.monotonic() > end:
                timer.stop()
                if box is not None:  # another window asked: closed so the tour goes on
                    QTest.keyClick(box, Qt.Key.Key_Escape)

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(poll)
        timer.start()
        try:
            stop.open(self, page)
            self.wait_until(lambda: bool(looked) or not timer.isActive(), OPEN_TIMEOUT)
        finally:
            timer.stop()
        if not looked:
            raise TourError(f"no {stop.kind.__name__} opened")

    def close_new(self, visible: list[QWidget], windows: set[QWidget]) -> None:
        """Close every window the stop opened, the last opened first."""
        for widget in reversed(QApplication.topLevelWidgets()):
            if widget.isVisible() and widget not in visible:
                if isinstance(widget, QDialog):
                    widget.done(0)
                else:
                    widget.close()
                if widget not in windows:
                    widget.deleteLater()
        self.settle()


# --- how each dialog is opened ------------------------------------------------------------------


def _click(button: Any) -> None:
    if button is None or not button.isEnabled():
        raise TourError(f"the button {button and button.text()!r} cannot be clicked")
    button.click()


def _show_tab(tour: Tour, page: Any, part: QWidget) -> None:
    """The detail tab holding ``part`` shown, as a user clicks it before its buttons."""
    tabs = page.tabs
    index = next(
        i
        for i in range(tabs.count())
        if tabs.widget(i).isAncestorOf(part) or tabs.widget(i) is part
    )
    tabs.setCurrentIndex(index)
    tour.settle()


def _first_of(tour: Tour, sub: Any) -> None:
    select_row(sub.table, 0)
    tour.settle()


def _named(parent: QWidget, name: str) -> Any:
    return parent.findChild(QPushButton, name)


def _in_tab(name: str, button: str = "add_button", *, selected: bool = False) -> Action:
    """A button of the detail tab ``name`` (the page's attribute), with its first row selected
    first when ``selected``; ``button`` is the sub-list's attribute or a button's object name."""

    def open(tour: Tour, page: Any) -> None:
        sub = getattr(page, name)
        _show_tab(tour, page, sub)
        if selected:
            _first_of(tour, sub)
        _click(getattr(sub, button, None) or _named(sub, button))

    return open


def _page_button(name: str) -> Action:
    return lambda tour, page: _click(getattr(page, name))


def _action(name: str) -> Action:
    return lambda tour, page: getattr(tour.window, name).trigger()


def _planner_button(name: str) -> Action:
    def open(tour: Tour, page: Any) -> None:
        _show_tab(tour, page, page.checklist_tab)
        _click(getattr(page.checklist_tab, name))

    return open


def _edit_hours(tour: Tour, page: Any) -> None:
    """The first volunteer with hours logged: their first entry edited."""
    for row in range(min(page.table.model().rowCount(), 40)):
        if page.hours.table.model().rowCount():
            break
        select_row(page.table, row)
        tour.settle()
    _first_of(tour, page.hours)
    _click(page.hours.edit_button)


def _agenda_hours(button: str) -> Action:
    def open(tour: Tour, page: Any) -> None:
        tree: QTreeWidget = page.tree
        from sistercommittee.services.agenda import ItemAction
        from sistercommittee.ui.pages.agenda import ITEM_ROLE

        for index in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(index)
            for n in range(group.childCount()):
                item = group.child(n).data(0, ITEM_ROLE)
                if item is not None and item.action is ItemAction.APPROVE_HOURS:
                    tree.setCurrentItem(group.child(n))
                    _click(getattr(page, button))
                    return
        raise TourError("the agenda shows no hours to approve")

    return open


def _photo_people(tour: Tour, page: Any) -> None:
    if not page.photos.count() and page.stories.count():
        page.stories.setCurrentRow(0)
        tour.settle()
    if not page.photos.count():
        raise TourError("the stories page shows no photo")
    page.photos.setCurrentRow(0)
    _click(page.people_button)


def _open_mou(tour: Tour, page: Any) -> None:
    """A partnership's MOU opened from its MOUs tab, as O&pen… does."""
    from sistercommittee.services import mous
    from sistercommittee.ui.dialogs.mou_dialog import MouDialog

    first = mous.list_mous(tour.ctx.db).items[0]
    MouDialog(tour.ctx, first.id, page).open()


def _mou_sub(name: str) -> Action:
    def open(tour: Tour, page: Any) -> None:
        from sistercommittee.ui.dialogs.mou_dialog import MouDialog

        _open_mou(tour, page)
        dialog = tour.opened(MouDialog, [])
        tour.settle()
        sub = getattr(dialog, name)
        dialog.tabs.setCurrentWidget(sub)
        tour.settle()
        _click(sub.add_button)

    return open


def _visa_times_then(button: str) -> Action:
    def open(tour: Tour, page: Any) -> None:
        from sistercommittee.ui.dialogs.planner_dialogs import VisaTimesDialog

        dialog = tour.open_from(VisaTimesDialog, lambda: _planner_button("visa_button")(tour, page))
        if button == "change_button":
            dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
            tour.settle()
        _click(getattr(dialog, button))

    return open


def _members(kind: str) -> Action:
    """The members page's dialogs as its buttons make them once HQ answered (a coordinator
    signed in): Invite…, Change Role…, and the code HQ issued."""

    def open(tour: Tour, page: Any) -> None:
        from sistercommittee.sync.members import IssuedCode
        from sistercommittee.ui.dialogs.member_dialogs import CodeDialog, InviteDialog, RoleDialog

        if kind == "invite":
            InviteDialog(tour.ctx, page).open()
        elif kind == "role":
            RoleDialog(tour.ctx, "aiko.sato@example.org", "volunteer", page).open()
        else:
            issued = IssuedCode(
                code="7KQ2-M9XD-4TWP",
                email="aiko.sato@example.org",
                role="volunteer",
                expires_at=datetime(2026, 12, 9, 17, 0, tzinfo=UTC),
                emailed=False,
            )
            CodeDialog(tour.ctx, issued, server="https://hq.example.org", parent=page).open()

    return open


def _forgot_password(tour: Tour, page: Any) -> None:
    from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog

    sign_in = tour.open_from(SignInDialog, page.sign_in)
    _click(sign_in.forgot_button)


def _welcome(tour: Tour, page: Any) -> None:
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    WelcomeDialog(tour.ctx, tour.folder / "new.sqlite", None).show()


def _from_welcome(button: str) -> Action:
    def open(tour: Tour, page: Any) -> None:
        from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

        welcome = tour.open_from(WelcomeDialog, lambda: _welcome(tour, page))
        _click(getattr(welcome, button))

    return open


def _kanji_name(tour: Tour, dialog: Any) -> None:
    """A name in kanji typed without its reading: in Japanese the form asks for one. (Typed as
    an input method commits it: QTest has no keys for kanji.)"""
    dialog.form.editor("given_name").line.insert("花子")
    dialog.form.editor("family_name").line.insert("伊藤")
    dialog.form.editor("family_name").edited.emit()


def _bad_email(tour: Tour, dialog: Any) -> None:
    """An address typed wrong, then Save: the services' message beside the field."""
    email = dialog.form.editor("email").focus_target()
    email.setFocus()
    QTest.keyClicks(email, "not-an-address")
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save
    tour.settle()
    tour.wait_until(lambda: bool(dialog.form.error_text("email")), OPEN_TIMEOUT)


def _search(tour: Tour, palette: Any) -> None:
    """Two letters typed: the palette searches once typing pauses, then lists what it found."""
    QTest.keyClicks(palette.focusWidget(), "Ta")
    tour.wait_until(lambda: palette.list.count() > 0, OPEN_TIMEOUT)


def _roster(tour: Tour) -> Path:
    path = tour.folder / "roster.csv"
    path.write_text(
        "First Name,Last Name,Contact,Shoe size\r\n"
        "Jane,Smith,jane@example.org,38\r\n"
        "Akira,Tanaka,not an address,42\r\n"
        "José,García,jose@example.org,40\r\n",
        encoding="utf-8",
    )
    return path


def _import_next(tour: Tour, wizard: Any) -> None:
    from PySide6.QtWidgets import QWizard

    if wizard.currentId() == wizard.FILE:
        wizard.file_page.path_edit.setText(str(_roster(tour)))
    if wizard.currentId() == wizard.PREVIEW and not wizard.preview_page.isComplete():
        skip = wizard.preview_page.skip_bad  # the bad row skipped, as the preview asks
        skip.setChecked(True)
        tour.settle()
    page = wizard.currentId()
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    _click(button)
    tour.wait_until(lambda: wizard.currentId() != page)


def _unsaved(tour: Tour, page: Any) -> None:
    """A record's edit dialog, one letter typed into its first field, then Escape: the dialog
    asks whether to keep the change."""
    from sistercommittee.ui.dialogs.record_dialog import RecordDialog

    dialog = tour.open_from(RecordDialog, lambda: _click(page.edit_button))
    dialog.activateWindow()
    tour.wait_until(lambda: QApplication.activeWindow() is dialog, OPEN_TIMEOUT)
    field = dialog.focusWidget()
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClicks(field, "x")
    QTest.keyClick(field, Qt.Key.Key_Escape)


def _restore_backup(tour: Tour, page: Any) -> None:
    """Tools > Backups…, Back Up Now, then Restore… on that backup."""
    from sistercommittee.ui.dialogs.backups_dialog import BackupsDialog

    dialog = tour.open_from(BackupsDialog, lambda: tour.window.backups_action.trigger())
    _click(dialog.backup_button)

    def chosen() -> bool:  # the list is refilled once the backup is made: chosen again then
        if dialog.table.rowCount() and dialog.selected() is None:
            dialog.table.selectRow(0)
        return dialog.selected() is not None and dialog.restore_button.isEnabled()

    tour.wait_until(chosen)
    _click(dialog.restore_button)


def _crash(tour: Tour, page: Any) -> None:
    """The apology for a bug, as the app's exception hook shows it for an error escaping a slot
    (a refusal of the services goes through ``errors.show_error``, which the tests' fixture
    records instead of showing)."""
    from sistercommittee.ui import errors

    errors.show_crash(tour.window, RuntimeError("a bug, as the tour raises it"))


def _stops() -> tuple[Stop, ...]:
    from sistercommittee.ui.dialogs import (
        event_dialog,
        exchange_dialog,
        hours_dialog,
        mou_dialog,
        partnership_dialog,
        planner_dialogs,
        volunteer_dialog,
    )
    from sistercommittee.ui.dialogs.about_dialog import AboutDialog
    from sistercommittee.ui.dialogs.backups_dialog import BackupsDialog
    from sistercommittee.ui.dialogs.import_preview import PreviewPage
    from sistercommittee.ui.dialogs.import_wizard import (
        FilePage,
        ImportWizard,
        MappingPage,
        SummaryPage,
    )
    from sistercommittee.ui.dialogs.invitation_dialogs import (
        ForgotPasswordDialog,
        InvitationJoinDialog,
    )
    from sistercommittee.ui.dialogs.join_dialog import JoinDialog
    from sistercommittee.ui.dialogs.mailing_dialog import MailingDialog
    from sistercommittee.ui.dialogs.meeting_times_dialog import MeetingTimesDialog
    from sistercommittee.ui.dialogs.member_dialogs import CodeDialog, InviteDialog, RoleDialog
    from sistercommittee.ui.dialogs.mou_dialog import MouDialog
    from sistercommittee.ui.dialogs.photo_people_dialog import PhotoPeopleDialog
    from sistercommittee.ui.dialogs.planner_dialogs import VisaTimesDialog
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog
    from sistercommittee.ui.dialogs.rates_dialog import RatesDialog
    from sistercommittee.ui.dialogs.record_dialog import RecordDialog
    from sistercommittee.ui.dialogs.review_dialog import ReviewDialog
    from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog
    from sistercommittee.ui.getting_started import GettingStartedDialog
    from sistercommittee.ui.guide_window import GuideWindow
    from sistercommittee.ui.search_palette import SearchPalette

    new, edit = _action("new_action"), _page_button("edit_button")
    p, v, e, x = "partnerships", "volunteers", "events", "exchanges"
    return (
        # The four records: new (File > New) and edit.
        Stop("dialog-new-partnerships", RecordDialog, new, p, (partnership_dialog.new_partnership,)),
        Stop("dialog-edit-partnerships", RecordDialog, edit, p, (partnership_dialog.edit_partnership,)),
        Stop("dialog-new-volunteers", RecordDialog, new, v, (volunteer_dialog.new_volunteer_dialog,)),
        Stop("dialog-edit-volunteers", RecordDialog, edit, v, (volunteer_dialog.edit_volunteer_dialog,)),
        Stop("dialog-new-events", RecordDialog, new, e, (event_dialog.new_event,)),
        Stop("dialog-edit-events", RecordDialog, edit, e, (event_dialog.edit_event,)),
        Stop("dialog-new-exchanges", RecordDialog, new, x, (exchange_dialog.new_exchange,)),
        Stop("dialog-edit-exchanges", RecordDialog, edit, x, (exchange_dialog.edit_exchange,)),
        Stop("dialog-volunteer-kanji-name", RecordDialog, new, v, prepare=_kanji_name),
        Stop("dialog-volunteer-problem", RecordDialog, new, v, prepare=_bad_email),
        # A partnership's buttons and detail tabs.
        Stop("dialog-partnership-status", RecordDialog, _page_button("status_button"), p,
             (partnership_dialog.change_status,)),
        Stop("dialog-meeting-times", MeetingTimesDialog, _page_button("times_button"), p),
        Stop("dialog-contact", RecordDialog, _in_tab("contacts"), p,
             (partnership_dialog.open_contact,)),
        Stop("dialog-new-mou", RecordDialog, _in_tab("mous"), p, (mou_dialog.new_mou,)),
        Stop("dialog-mou", MouDialog, _open_mou, p, steps=(
            ("texts", lambda tour, d: d.tabs.setCurrentWidget(d.texts)),
            ("scans", lambda tour, d: d.tabs.setCurrentWidget(d.scans)),
        )),
        Stop("dialog-mou-signatory", RecordDialog, _mou_sub("signatories"), p),
        Stop("dialog-mou-text", RecordDialog, _mou_sub("texts"), p),
        # A volunteer's hours.
        Stop("dialog-log-hours", RecordDialog, _page_button("hours_button"), v,
             (hours_dialog.log_hours,)),
        Stop("dialog-edit-hours", RecordDialog, _edit_hours, v, (hours_dialog.edit_hours,)),
        # An event's staffing and budget.
        Stop("dialog-shift", RecordDialog, _in_tab("shifts"), e,
             (event_dialog.open_shift,)),
        Stop("dialog-budget-line", RecordDialog, _in_tab("budget"), e,
             (event_dialog.open_budget_line,)),
        # An exchange's participants, hosting, itinerary, costs and checklist.
        Stop("dialog-participant", RecordDialog, _in_tab("participants"), x,
             (exchange_dialog.open_participant,)),
        Stop("dialog-participant-details", RecordDialog,
             _in_tab("participants", "participant_details", selected=True), x,
             (planner_dialogs.open_participant_details,)),
        Stop("dialog-host-family", RecordDialog, _in_tab("hosts"), x, (exchange_dialog.open_host_family,)),
        Stop("dialog-host-details", RecordDialog, _in_tab("hosts", "host_details", selected=True), x,
             (planner_dialogs.open_host_details,)),
        Stop("dialog-stay", RecordDialog, _in_tab("hosts", "place_guest", selected=True), x, (exchange_dialog.open_stay,)),
        Stop("dialog-itinerary-item", RecordDialog, _in_tab("itinerary"), x,
             (exchange_dialog.open_itinerary_item,)),
        Stop("dialog-cost", RecordDialog, _in_tab("costs"), x,
             (exchange_dialog.open_cost,)),
        Stop("dialog-checklist-item", RecordDialog, _planner_button("add_button"), x,
             (planner_dialogs.open_checklist_item,)),
        Stop("dialog-privacy", RecordDialog, _planner_button("privacy_button"), x,
             (planner_dialogs.open_privacy,)),
        Stop("dialog-visa-times", VisaTimesDialog, _planner_button("visa_button"), x),
        Stop("dialog-visa-time", RecordDialog, _visa_times_then("change_button"), x),
        Stop("dialog-visa-time-new", RecordDialog, _visa_times_then("add_button"), x),
        # The agenda, stories, documents, members and sync pages.
        Stop("dialog-approve-hours", ReviewDialog, _agenda_hours("approve_button"), "agenda"),
        Stop("dialog-decline-hours", ReviewDialog, _agenda_hours("decline_button"), "agenda"),
        Stop("dialog-mailing", MailingDialog, _page_button("mailing_button"), "agenda"),
        Stop("dialog-photo-people", PhotoPeopleDialog, _photo_people, "stories"),
        Stop("dialog-rates", RatesDialog, _page_button("rates_button"), "documents"),
        Stop("dialog-invite", InviteDialog, _members("invite"), "members"),
        Stop("dialog-role", RoleDialog, _members("role"), "members"),
        Stop("dialog-code", CodeDialog, _members("code"), "members"),
        Stop("dialog-sign-in", SignInDialog, lambda tour, page: page.sign_in(), "sync"),
        Stop("dialog-forgot-password", ForgotPasswordDialog, _forgot_password, "sync"),
        # The menus.
        Stop("dialog-preferences", PreferencesDialog, _action("preferences_action")),
        Stop("dialog-backups", BackupsDialog, _action("backups_action")),
        Stop("dialog-getting-started", GettingStartedDialog, _action("getting_started_action")),
        Stop("dialog-about", AboutDialog, _action("about_action")),
        Stop("dialog-guide", GuideWindow, _action("guide_action")),
        Stop("dialog-search", SearchPalette, _action("search_everything_action"),
             prepare=_search),
        # A new file: the welcome and the two ways of joining from it.
        Stop("dialog-welcome", WelcomeDialog, _welcome),
        Stop("dialog-join", JoinDialog, _from_welcome("join_button")),
        Stop("dialog-invitation", InvitationJoinDialog, _from_welcome("invitation_button")),
        # The message boxes: the confirmations before a delete (Edit > Delete on the selected
        # record), the question before discarding a change, before a restore, and the apology
        # for a bug.
        *(Stop(f"box-delete-{key}", QMessageBox, _action("delete_action"), key, modal=True)
          for key in (p, v, e, x)),
        Stop("box-unsaved-changes", QMessageBox, _unsaved, p),
        Stop("box-restore-backup", QMessageBox, _restore_backup),
        Stop("box-crash", QMessageBox, _crash, modal=True),
        # Last, as it adds records: File > Import…, each step (the roster has one bad row).
        Stop("dialog-import", ImportWizard, _action("import_action"), v,
             (FilePage, MappingPage, PreviewPage, SummaryPage),
             steps=(("mapping", _import_next), ("preview", _import_next),
                    ("summary", _import_next))),
    )  # fmt: skip


@functools.cache
def stops() -> tuple[Stop, ...]:
    """The dialogs of the tour, in the order it visits them (made on first use: the dialogs'
    modules import the app's services)."""
    return _stops()
