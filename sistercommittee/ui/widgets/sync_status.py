"""The sync state in the status bar: online, offline, syncing, or what stands in the way, with the
time of the last good sync. A click opens the Sync page, where the whole story is."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from sistercommittee.ui import auto_sync, formatting, icons
from sistercommittee.ui.auto_sync import SyncView
from sistercommittee.ui.shown import shown


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if formatting.to_zone(moment, None).date() == formatting.today():
        return formatting.fmt_time(moment)
    return formatting.fmt_datetime(moment)


class SyncStatusButton(QToolButton):
    """Signals: open_requested(): the user clicked it (show the Sync page)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(icons.icon("sync"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view = SyncView(auto_sync.WAITING)
        self.pending = 0
        self.clicked.connect(self.open_requested)
        self._show()

    def set_view(self, view: SyncView) -> None:
        self.view = view
        self._show()

    def set_pending(self, pending: int) -> None:
        self.pending = pending
        self._show()

    def _show(self) -> None:
        text, tip = self.describe(self.view, self.pending)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Sync state"))
        self.setAccessibleDescription(f"{text}. {tip}")

    def _retry(self, view: SyncView) -> str:
        if view.retry_at is None:
            return ""
        return " " + self.tr("Trying again at {when}.").format(
            when=formatting.fmt_time(view.retry_at)
        )

    def describe(self, view: SyncView, pending: int = 0) -> tuple[str, str]:
        """The status bar's short text and its tooltip."""
        last = (
            self.tr("last synced {when}").format(when=_when(view.last_synced_at))
            if view.last_synced_at
            else self.tr("never synced")
        )
        state = view.state
        if state == auto_sync.SYNCING:
            phase, done, total = view.progress or ("", 0, 0)
            if phase == "sending" and total:
                text = self.tr("Syncing: sending {done} of {total}…")
            elif phase == "receiving" and total:
                text = self.tr("Syncing: receiving {done} of {total}…")
            else:
                text = self.tr("Syncing with HQ…")
            text = text.format(done=formatting.fmt_number(done), total=formatting.fmt_number(total))
            tip = self.tr("Sending this laptop's changes to HQ and fetching everyone else's.")
        elif state == auto_sync.ONLINE:
            text = (
                self.tr("Synced {when}").format(when=_when(view.last_synced_at))
                if view.last_synced_at
                else self.tr("Online")
            )
            tip = self.tr("Online: changes are sent to HQ by themselves.")
        elif state == auto_sync.OFFLINE:
            text = self.tr("Offline · {last}").format(last=last)
            tip = view.problem or self.tr("HQ cannot be reached.")
            tip += self._retry(view)
        elif state == auto_sync.PROBLEM:
            text = self.tr("Sync problem · {last}").format(last=last)
            tip = view.problem or ""
            tip += self._retry(view)
        elif state == auto_sync.SIGNED_OUT:
            text = self.tr("Not signed in to HQ")
            tip = view.problem or self.tr("Sign in on the Sync page to share changes with HQ.")
        elif state == auto_sync.OUTDATED:
            text = self.tr("Update the app to sync")
            tip = view.problem or ""
        elif state == auto_sync.OFF:
            text = self.tr("Automatic sync off · {last}").format(last=last)
            tip = self.tr("Switched off in Preferences; Sync Now on the Sync page still works.")
        else:  # signed in, the first sync not yet under way (or the state not yet read)
            text = (
                self.tr("Sync: checking…")
                if view.last_synced_at is None
                else self.tr("Synced {when}").format(when=_when(view.last_synced_at))
            )
            tip = self.tr("The first sync starts in a moment.")
        extras = []
        # Signed out (or never signed in: the sample data's own rows), nothing waits for HQ.
        if pending and state not in (auto_sync.SYNCING, auto_sync.SIGNED_OUT):
            extras.append(self.tr("%n change(s) not yet sent", "", pending))
        if view.open_conflicts:
            extras.append(self.tr("%n conflict(s) to review", "", view.open_conflicts))
        if view.not_sent:
            tip = f"{tip} {shown(view.not_sent)}".strip()
        if extras:
            text = " · ".join([text, *extras])
        return text, tip
