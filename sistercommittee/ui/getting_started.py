"""Help > Getting Started: the first things to do in a new organization, each a button that does
it (add the first partner city, add volunteers or import a roster, share through HQ and invite a
colleague, make a certificate). Shown once the organization is made; Close dismisses it, the Help
menu brings it back. A step done shows a check mark and what was done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.stats import Stats
    from sistercommittee.ui.context import AppContext

#: Set when the organization was just made: the main window then shows the guide.
GUIDE_PENDING = "guide/pending"
#: Set once a certificate was made (the database does not keep certificates).
CERTIFICATE_MADE = "guide/certificate_made"


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    description: str


class GettingStartedDialog(QDialog):
    """Attributes:
    buttons: the step buttons by key ("partner", "volunteer", "roster", "sync", "invite",
        "certificate").
    stats: the counts the marks were last set from.
    """

    def __init__(
        self,
        ctx: AppContext,
        actions: Mapping[str, Callable[[], None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actions = dict(actions)
        self.stats: Stats | None = None
        self.setObjectName("getting_started")
        self.setWindowTitle(self.tr("Getting Started"))
        self.setModal(False)
        intro = QLabel(
            self.tr(
                "A few first steps for your committee. Choose one to do it now; this list stays "
                "open beside the window, and Help > Getting Started brings it back later."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[str, QCommandLinkButton] = {}
        style = self.style()
        self._done_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self._todo_icon = style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward)
        self._steps = [
            Step(
                "partner",
                self.tr("Add your first &partner city"),
                self.tr("The city abroad, its country and language, and how far things are."),
            ),
            Step(
                "volunteer",
                self.tr("Add a &volunteer"),
                self.tr("Name, email, languages and what they like to do."),
            ),
            Step(
                "roster",
                self.tr("…or &import a roster"),
                self.tr("Bring in your volunteer list from a spreadsheet (CSV or Excel)."),
            ),
            Step(
                "sync",
                self.tr("&Share through HQ"),
                self.tr("Sign in to your HQ server so the committee's laptops share the records."),
            ),
            Step(
                "invite",
                self.tr("Invite a &colleague"),
                self.tr("What a colleague needs to join this organization on their laptop."),
            ),
            Step(
                "certificate",
                self.tr("Make a &certificate"),
                self.tr("The bilingual certificate of a partnership, ready to print."),
            ),
        ]
        for step in self._steps:
            button = QCommandLinkButton(step.title, step.description, self)
            button.setObjectName(f"step_{step.key}")
            button.clicked.connect(lambda _checked=False, key=step.key: self.choose(key))
            self.buttons[step.key] = button
            layout.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.setMinimumWidth(460)
        ctx.signals.operation_finished.connect(self._on_operation_finished)
        self.refresh()

    # --- state -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.ctx.ready:
            return
        db = self.ctx.db

        def job() -> Stats:
            from sistercommittee.services.stats import database_stats

            return database_stats(db)

        self.ctx.read(self, job).on_success(self._show).run()

    def _show(self, stats: Stats) -> None:
        self.stats = stats
        made = bool(self.ctx.settings.value(CERTIFICATE_MADE, False, type=bool))
        done = {
            "partner": self.tr("Done: %n partnership(s).", "", stats.partnerships)
            if stats.partnerships
            else "",
            "volunteer": self.tr("Done: %n volunteer(s).", "", stats.volunteers)
            if stats.volunteers
            else "",
            "roster": "",
            "sync": self.tr("Done: shared through {server}.").format(server=stats.sync_server)
            if stats.sync_server
            else "",
            "invite": "",
            "certificate": self.tr("Done.") if made else "",
        }
        for step in self._steps:
            button = self.buttons[step.key]
            button.setDescription(done[step.key] or step.description)
            button.setIcon(self._done_icon if done[step.key] else self._todo_icon)
            button.setProperty("done", bool(done[step.key]))
            button.setAccessibleDescription(done[step.key] or step.description)
        # Inviting needs HQ first; a certificate needs a partnership.
        self.buttons["invite"].setVisible(stats.sync_server is not None)
        self.buttons["certificate"].setEnabled(stats.partnerships > 0)
        if not stats.partnerships:
            self.buttons["certificate"].setDescription(
                self.tr("Once there is a partnership: its bilingual certificate, ready to print.")
            )

    @Slot(object, object)
    def _on_operation_finished(self, _changes: Changes, _initiator: object) -> None:
        self.refresh()

    def is_done(self, key: str) -> bool:
        return bool(self.buttons[key].property("done"))

    # --- steps -------------------------------------------------------------------------------

    def choose(self, key: str) -> None:
        if key == "invite":
            self.show_invitation()
            return
        action = self.actions.get(key)
        if action is not None:
            action()

    def invitation_text(self) -> str:
        org = self.ctx.org.name if self.ctx.org else ""
        server = self.stats.sync_server if self.stats else ""
        return self.tr(
            "Join {organization} in SisterCommittee:\n"
            "1. Ask HQ's administrator for an account for your email address.\n"
            "2. Install SisterCommittee and start it; on its welcome, choose Join from HQ.\n"
            "3. Server: {server}\n"
            "4. Sign in with your email and the password HQ gave you. The committee's records "
            "come to your laptop, and your changes go to everyone's."
        ).format(organization=org, server=server)

    def show_invitation(self) -> None:
        """The invitation to send a colleague, copied to the clipboard."""
        text = self.invitation_text()
        QGuiApplication.clipboard().setText(text)
        box = QMessageBox(self)
        box.setObjectName("invitation")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Invite a Colleague"))
        box.setText(self.tr("The invitation is copied: paste it into an email to your colleague."))
        box.setInformativeText(text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
