"""Sync: sign this laptop in to HQ, send and fetch changes (on a worker, with progress), and
review the edits that lost a merge (restore or dismiss each).

The device token stays in the system's secure store; where there is none, the page says so and
does not sign in (nothing is kept in plain text).
"""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from sistercommittee.ui import errors, formatting
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.pages.list_page import ListPage
from sistercommittee.ui.secret_store import secret_store
from sistercommittee.ui.shown import shown, shown_error
from sistercommittee.ui.widgets.filter_combo import FilterCombo

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.storage.database import Database
    from sistercommittee.sync.service import SyncResult, SyncStatus
    from sistercommittee.ui.auto_sync import AutoSync
    from sistercommittee.ui.context import AppContext


def auto_sync_of(ctx: AppContext) -> AutoSync:
    """The app's one sync path (the main window's); made here when there is no window."""
    if ctx.auto_sync is None:
        from sistercommittee.ui.auto_sync import AutoSync

        ctx.auto_sync = AutoSync(ctx, ctx)
    return ctx.auto_sync  # type: ignore[no-any-return]


class SyncPage(ListPage):
    """The sync state on top, and the list of conflicts (losing edits) below."""

    key = "sync"
    icon_name = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sync_status: SyncStatus | None = None
        self.search.setVisible(False)
        self.clear_filters_button.setVisible(False)
        self.state = QLabel(self)
        self.state.setObjectName("sync_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.layout().insertWidget(1, self.state)
        self._sync_asked = False
        self.auto_sync = auto_sync_of(ctx)
        self.auto_sync.changed.connect(self._on_auto_sync_changed)
        self.auto_sync.synced.connect(self._on_synced)

    def title(self) -> str:
        return self.tr("Sync")

    def noun_count(self, total: int) -> str:
        return self.tr("%n conflict(s) to review", "", total)

    def empty_text(self, filtered: bool) -> str:
        status = self.sync_status
        if status is None or status.last_synced_at is None:
            return self.tr("No conflicts to review: this laptop has not synced yet.")
        return self.tr("No conflicts: every change merged cleanly.")

    def columns(self) -> list[Column]:
        # What the merge recorded, in words ("changed": edited apart on two laptops).
        reasons = {"changed": self.tr("changed"), "deleted": self.tr("deleted")}
        return [
            Column("record", self.tr("Record"), lambda r: r.record_label, width=22),
            Column("field", self.tr("Field"), lambda r: r.field_label, width=14),
            Column(
                "losing", self.tr("Edit that lost"), lambda r: str(r.losing_value or ""), width=20
            ),
            Column(
                "current", self.tr("Value kept"), lambda r: str(r.current_value or ""), width=20
            ),
            Column(
                "when",
                self.tr("Changed"),
                lambda r: formatting.fmt_datetime(r.losing_changed_at),
                width=16,
            ),
            Column("reason", self.tr("Why"), lambda r: reasons.get(r.reason, r.reason)),
        ]

    def fetch(self, db: Database, query: Any) -> ResultPage[Any]:
        from sistercommittee.sync.conflicts import list_conflicts

        return list_conflicts(db, query)

    def base_query(self) -> Any:
        from sistercommittee.sync.conflicts import ConflictQuery

        return ConflictQuery(limit=self.page_size)

    def apply_filters(self, query: Any) -> Any:
        return dataclasses.replace(query, include_resolved=bool(self.resolved_filter.value()))

    def setup_filters(self) -> None:
        self.resolved_filter = FilterCombo(
            self.tr("Open conflicts"),
            [(True, self.tr("Also resolved ones"))],
            self.tr("Which conflicts"),
            self,
        )
        self.add_filter(self.resolved_filter)

    def setup_buttons(self) -> None:
        self.sync_button = self.add_button(self.tr("S&ync Now"), self.sync_now, name="sync_now")
        self.sign_in_button = self.add_button(self.tr("Sign &In…"), self.sign_in, name="sign_in")
        self.sign_out_button = self.add_button(self.tr("Sign &Out"), self.sign_out, name="sign_out")
        self.restore_button = self.add_button(
            self.tr("&Restore Edit"), self.restore_selected, name="restore_conflict"
        )
        self.dismiss_button = self.add_button(
            self.tr("&Keep Current"), self.dismiss_selected, name="dismiss_conflict"
        )
        self.selection_changed()

    def selection_changed(self) -> None:
        rows = self.selected_rows()
        self.restore_button.setEnabled(bool(rows))
        self.dismiss_button.setEnabled(bool(rows))

    def can_edit(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def load(self) -> None:
        super().load()
        self.load_status()

    def refresh(self) -> None:
        super().refresh()
        self.load_status()

    def load_status(self) -> None:
        db, store = self.ctx.db, secret_store(self.ctx)

        def job() -> SyncStatus:
            from sistercommittee.sync.service import sync_status

            return sync_status(db, store)

        self.ctx.read(self, job).on_success(self.show_status).on_failure(
            lambda error: self.state.setText(html.escape(shown_error(error)))
        ).run()

    def show_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        esc = html.escape
        if status.signed_in:
            who = self.tr("Signed in to {server} as {email} ({organization}).").format(
                server=status.server_url, email=status.email, organization=status.organization
            )
        else:
            who = self.tr("This laptop is not signed in to HQ: its changes stay here until it is.")
        last = (
            self.tr("Last synced {when}.").format(
                when=formatting.fmt_datetime(status.last_synced_at)
            )
            if status.last_synced_at
            else self.tr("Never synced.")
        )
        # Before the first sign-in nothing waits for HQ: the records are simply this laptop's.
        pending = (
            self.tr("%n change(s) waiting to be sent.", "", status.pending_changes)
            if status.server_url
            else ""
        )
        problem = f"<br><b>{esc(status.problem)}</b>" if status.problem else ""
        automatic = self._automatic_text(status)
        self.state.setText(
            f"{esc(who)}<br>{esc(last)} {esc(pending)}{problem}"
            + (f"<br>{automatic}" if automatic else "")
        )
        self.sync_button.setEnabled(status.signed_in and not self.auto_sync.running)
        self.sign_in_button.setVisible(not status.signed_in)
        self.sign_out_button.setVisible(status.signed_in)
        self.empty_label.setText(self.empty_text(False))

    def _automatic_text(self, status: SyncStatus) -> str:
        """How automatic sync stands, and the last problem it met (as rich text)."""
        from sistercommittee.ui import auto_sync

        view = self.auto_sync.view
        esc = html.escape
        if not status.signed_in and view.state != auto_sync.OUTDATED:
            return ""
        if view.state == auto_sync.SYNCING:
            line = self.tr("Syncing with HQ now…")
        elif view.state == auto_sync.OUTDATED:
            return f"<b>{esc(view.problem or '')}</b>"
        elif not self.auto_sync.scheduler.enabled:
            line = self.tr(
                "Automatic sync is off (Preferences): changes go to HQ when you press Sync Now."
            )
        elif view.state == auto_sync.OFFLINE:
            line = self.tr("HQ cannot be reached: this laptop keeps trying by itself.")
        else:
            line = self.tr(
                "Changes are sent to HQ by themselves a few seconds after you make them, and "
                "everyone else's are fetched every few minutes."
            )
        text = esc(line)
        if view.retry_at is not None:
            text += " " + esc(
                self.tr("Next try at {when}.").format(when=formatting.fmt_time(view.retry_at))
            )
        if view.problem and view.state != auto_sync.SYNCING:
            text += f"<br><b>{esc(view.problem)}</b>"
        if view.not_sent:
            text += f"<br><b>{esc(shown(view.not_sent))}</b>"
        return text

    def _on_auto_sync_changed(self) -> None:
        from sistercommittee.ui import auto_sync

        if self.auto_sync.view.state == auto_sync.SYNCING:
            if self.sync_status is not None:
                self.show_status(self.sync_status)
        elif self._activated:
            self.load_status()  # the counts after the sync, with how it went

    def _on_synced(self, result: SyncResult) -> None:
        if self._sync_asked:  # a background sync says nothing beyond the status bar
            self._sync_asked = False
            text = self.tr("Synced: {sent} sent, {received} received, {conflicts} new conflicts.")
            self.status_message.emit(
                text.format(
                    sent=result.sent, received=result.received, conflicts=result.new_conflicts
                )
            )

    def is_affected_by(self, changes: Changes) -> bool:
        return True

    # --- actions -----------------------------------------------------------------------------

    def sync_now(self) -> None:
        """The same sync as the automatic one, at once (or right after the one under way); how
        it goes shows in the status bar and above the list, never in a dialog."""
        self._sync_asked = True
        self.auto_sync.sync_now()

    def sign_in(self) -> None:
        """The dialog signs in itself and stays open, as typed, when HQ refuses."""
        from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog

        db, store = self.ctx.db, secret_store(self.ctx)

        def job(server: str, email: str, password: str) -> Any:
            from sistercommittee.sync.service import login

            return lambda: login(db, store, server, email, password)

        dialog = SignInDialog(self.ctx, job, self)
        dialog.signed_in.connect(self._on_signed_in_or_out)
        dialog.open()

    def sign_out(self) -> None:
        db, store = self.ctx.db, secret_store(self.ctx)

        def job() -> Any:
            from sistercommittee.sync.service import logout

            return logout(db, store)

        self.ctx.write(self, job).on_success(self._on_signed_in_or_out).run()

    def _on_signed_in_or_out(self, result: object) -> None:
        self.auto_sync.refresh_state()
        self.load_status()

    def restore_selected(self) -> None:
        rows = self.selected_rows()
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.sync.conflicts import restore_conflict

            result = None
            with db.action():  # one action: every selected conflict restored, or none
                for row in rows:
                    changes = restore_conflict(db, row.id)
                    result = changes if result is None else result | changes
            return result

        self.ctx.write(self, job).on_success(self._on_resolved).on_failure(
            lambda error: errors.show_error(self, error)
        ).run()

    def dismiss_selected(self) -> None:
        rows = self.selected_rows()
        db = self.ctx.db

        def job() -> None:
            from sistercommittee.sync.conflicts import dismiss_conflict

            with db.action():
                for row in rows:
                    dismiss_conflict(db, row.id)

        self.ctx.write(self, job).on_success(self._on_resolved).run()

    def _on_resolved(self, result: object) -> None:
        self.refresh()
        self.auto_sync.refresh_state()  # the conflicts counted in the status bar
