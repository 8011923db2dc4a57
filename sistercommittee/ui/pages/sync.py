"""Sync: sign this laptop in to HQ, send and fetch changes (on a worker, with progress), and
review the edits that lost a merge (restore or dismiss each).

The device token stays in the system's secure store; where there is none, the page says so and
does not sign in (nothing is kept in plain text).
"""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from sistercommittee.ui import errors, formatting
from sistercommittee.ui.models.paged_model import Column
from sistercommittee.ui.pages.list_page import FilterCombo, ListPage

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.paging import Page as ResultPage
    from sistercommittee.storage.database import Database
    from sistercommittee.sync.service import SyncStatus
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.ops import Progress


def secret_store(ctx: AppContext) -> Any:
    """The store the context was given (tests), or the system keyring."""
    store = getattr(ctx, "secret_store", None)
    if store is not None:
        return store
    from sistercommittee.sync.credentials import KeyringStore

    return KeyringStore()


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

    def title(self) -> str:
        return self.tr("Sync")

    def noun_count(self, total: int) -> str:
        return self.tr("%n conflict(s) to review", "", total)

    def empty_text(self, filtered: bool) -> str:
        return self.tr("No conflicts: every change merged cleanly.")

    def columns(self) -> list[Column]:
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
            Column("reason", self.tr("Why"), lambda r: r.reason),
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
            lambda error: self.state.setText(html.escape(getattr(error, "message", str(error))))
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
        pending = self.tr("%n change(s) waiting to be sent.", "", status.pending_changes)
        problem = f"<br><b>{esc(status.problem)}</b>" if status.problem else ""
        self.state.setText(f"{esc(who)}<br>{esc(last)} {esc(pending)}{problem}")
        self.sync_button.setEnabled(status.signed_in)
        self.sign_in_button.setVisible(not status.signed_in)
        self.sign_out_button.setVisible(status.signed_in)

    def is_affected_by(self, changes: Changes) -> bool:
        return True

    # --- actions -----------------------------------------------------------------------------

    def sync_now(self) -> None:
        db, store = self.ctx.db, secret_store(self.ctx)

        def job(progress: Progress) -> Any:
            from sistercommittee.sync.service import sync_now

            def report(step: Any) -> None:
                progress.update(
                    step.done,
                    step.total,
                    QCoreApplication.translate("SyncPage", "Syncing: {phase}…").format(
                        phase=step.phase
                    ),
                )

            return sync_now(db, store, report)

        def done(result: Any) -> None:
            text = self.tr("Synced: {sent} sent, {received} received, {conflicts} new conflicts.")
            self.status_message.emit(
                text.format(
                    sent=result.sent, received=result.received, conflicts=result.new_conflicts
                )
            )
            self.ctx.notify(result.changes, self)

        self.ctx.write(self, job).with_progress(self.tr("Syncing with HQ…")).on_success(done).run()

    def sign_in(self) -> None:
        """The dialog signs in itself and stays open, as typed, when HQ refuses."""
        from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog

        db, store = self.ctx.db, secret_store(self.ctx)

        def job(server: str, email: str, password: str) -> Any:
            from sistercommittee.sync.service import login

            return lambda: login(db, store, server, email, password)

        dialog = SignInDialog(self.ctx, job, self)
        dialog.signed_in.connect(self._on_signed_in)
        dialog.open()

    def _on_signed_in(self, _result: Any) -> None:
        self.load_status()

    def sign_out(self) -> None:
        db, store = self.ctx.db, secret_store(self.ctx)

        def job() -> Any:
            from sistercommittee.sync.service import logout

            return logout(db, store)

        self.ctx.write(self, job).on_success(lambda result: self.load_status()).run()

    def restore_selected(self) -> None:
        rows = self.selected_rows()
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.sync.conflicts import restore_conflict

            result = None
            for row in rows:
                changes = restore_conflict(db, row.id)
                result = changes if result is None else result | changes
            return result

        self.ctx.write(self, job).on_success(lambda changes: self.refresh()).on_failure(
            lambda error: errors.show_error(self, error)
        ).run()

    def dismiss_selected(self) -> None:
        rows = self.selected_rows()
        db = self.ctx.db

        def job() -> None:
            from sistercommittee.sync.conflicts import dismiss_conflict

            for row in rows:
                dismiss_conflict(db, row.id)

        self.ctx.write(self, job).on_success(lambda result: self.refresh()).run()
