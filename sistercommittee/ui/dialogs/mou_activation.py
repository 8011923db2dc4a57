"""The step a MOU write can offer: a partnership with a signed MOU that is still exploring or
proposed becomes active from the day it was signed, once the user says so."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sistercommittee.ui import errors
from sistercommittee.ui.shown import shown
from sistercommittee.ui.undo import Undoable, perform

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext


def offer_activation(ctx: AppContext, parent: QWidget | None, changes: Changes) -> None:
    """Ask whether to take the step a MOU write offers: a partnership with a signed MOU that is
    still exploring or proposed can become active from the day it was signed."""
    from sistercommittee.services import partnerships as svc
    from sistercommittee.services.changes import OfferKind

    db = ctx.db
    for offer in changes.offers:
        if offer.kind != OfferKind.ACTIVATE_PARTNERSHIP:
            continue
        box = QMessageBox(QMessageBox.Icon.Question, "", shown(offer.question), parent=parent)
        box.setWindowTitle(QCoreApplication.translate("MouDialog", "Make the Partnership Active?"))
        yes = box.addButton(
            QCoreApplication.translate("MouDialog", "Make &Active"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("MouDialog", "&Not Now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        box.setObjectName("activation_offer")
        partnership_id, on = offer.record_id, offer.on

        def job(partnership_id: str = partnership_id, on: Any = on) -> Undoable:
            changes = svc.change_status(db, partnership_id, "active", on)
            step_id = changes.ids[1]
            return Undoable(
                changes,
                undo=lambda: svc.revert_status_change(db, partnership_id, status_change_id=step_id),
                redo=lambda: svc.restore_status_change(db, step_id),
            )

        def answered(_result: int, box: QMessageBox = box, yes: Any = yes, job: Any = job) -> None:
            chosen = box.clickedButton() is yes
            box.deleteLater()
            if chosen:
                perform(
                    ctx,
                    parent,
                    QCoreApplication.translate("MouDialog", "Make partnership active"),
                    job,
                    on_failure=lambda error: errors.show_error(parent, error),
                )

        # Asked without a nested event loop, so the window behind it (or the one closing)
        # keeps going while the question waits.
        box.finished.connect(answered)
        box.open()
