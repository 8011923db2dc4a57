"""The sync state in the status bar: online, offline, syncing, or what stands in the way, with the
time of the last good sync. A click opens the Sync page, where the whole story is."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from sistercommittee.ui import auto_sync, formatting, icons
from sistercommittee.ui.auto_sync import SyncView


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("SyncStatus", text, "", count)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if formatting.to_zone(moment, None).date() == formatting.today():
        return formatting.fmt_time(moment)
    return formatting.fmt_datetime(moment)


def _retry(view: SyncView) -> str:
    if view.retry_at is None:
        return ""
    return " " + _tr("Trying again at {when}.").format(when=formatting.fmt_time(view.retry_at))


def describe(view: SyncView, pending: int = 0) -> tuple[str, str]:
    """The status bar's short text and its tooltip."""
    last = (
        _tr("last synced {when}").format(when=_when(view.last_synced_at))
        if view.last_synced_at
        else _tr("never synced")
    )
    state = view.state
    if state == auto_sync.SYNCING:
        phase, done, total = view.progress or ("", 0, 0)
        if phase == "sending" and total:
            text = _tr("Syncing: sending {done} of {total}…")
        elif phase == "receiving" and total:
            text = _tr("Syncing: receiving {done} of {total}…")
        else:
            text = _tr("Syncing with HQ…")
        text = text.format(done=formatting.fmt_number(done), total=formatting.fmt_number(total))
        tip = _tr("Sending this laptop's changes to HQ and fetching everyone else's.")
    elif state == auto_sync.ONLINE:
        text = (
            _tr("Synced {when}").format(when=_when(view.last_synced_at))
            if view.last_synced_at
            else _tr("Online")
        )
        tip = _tr("Online: changes are sent to HQ by themselves.")
    elif state == auto_sync.OFFLINE:
        text = _tr("Offline · {last}").format(last=last)
        tip = view.problem or _tr("HQ cannot be reached.")
        tip += _retry(view)
    elif state == auto_sync.PROBLEM:
        text = _tr("Sync problem · {last}").format(last=last)
        tip = view.problem or ""
        tip += _retry(view)
    elif state == auto_sync.SIGNED_OUT:
        text = _tr("Not signed in to HQ")
        tip = view.problem or _tr("Sign in on the Sync page to share changes with HQ.")
    elif state == auto_sync.OUTDATED:
        text = _tr("Update the app to sync")
        tip = view.problem or ""
    elif state == auto_sync.OFF:
        text = _tr("Automatic sync off · {last}").format(last=last)
        tip = _tr("Switched off in Preferences; Sync Now on the Sync page still works.")
    else:
        text = (
            _tr("Online")
            if view.last_synced_at is None
            else _tr("Synced {when}").format(when=_when(view.last_synced_at))
        )
        tip = _tr("The first sync starts in a moment.")
    extras = []
    if pending and state != auto_sync.SYNCING:
        extras.append(_tr("%n change(s) not yet sent", pending))
    if view.open_conflicts:
        extras.append(_tr("%n conflict(s) to review", view.open_conflicts))
    if view.not_sent:
        tip = f"{tip} {view.not_sent}".strip()
    if extras:
        text = " · ".join([text, *extras])
    return text, tip


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
        text, tip = describe(self.view, self.pending)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(_tr("Sync state"))
        self.setAccessibleDescription(f"{text}. {tip}")
