"""What the HQ account's role may not do, hidden from the window's actions, with the reason.

A read-only account receives the organization's records but HQ refuses its changes, so New, Edit
and Delete are switched off on the record pages, and their tooltips and status tips say why
(hovering over the toolbar or the menu is how a person asks); the pages' own buttons that change
records (New Partnership, Log Hours…) are hidden; Enter or a double-click on a row says why in the
status bar instead of opening the edit dialog. The role is HQ's answer at sign-in, kept up to
date by every sync (HQ says it in each sync answer) and whenever the Members page asks HQ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sistercommittee.ui.pages.base import Page

#: Pages whose New / Edit / Delete change no record of the organization.
_NOT_RECORDS = frozenset({"sync", "members", "documents"})


def read_only_reason() -> str:
    return QCoreApplication.translate(
        "Roles",
        "Your HQ account is read-only: you see the organization's records but cannot change "
        "them. A coordinator can change your role on the Members page.",
    )


def apply_role(window: Any, page: Page) -> None:
    """Switch off New, Edit and Delete for a read-only account, saying why on each."""
    auto_sync = getattr(window, "auto_sync", None)
    read_only = getattr(auto_sync, "role", None) == "read_only" and page.key not in _NOT_RECORDS
    # Enter or a double-click on a row opens it for editing: the page asks first (list_page).
    page.setProperty("read_only_reason", read_only_reason() if read_only else "")
    actions = (window.new_action, window.edit_action, window.delete_action)
    for action in actions:
        if not action.property("plain_tip"):
            action.setProperty("plain_tip", action.toolTip() or " ")
        if read_only:
            action.setEnabled(False)
            action.setToolTip(read_only_reason())
            action.setStatusTip(read_only_reason())
        else:
            action.setToolTip(str(action.property("plain_tip")).strip())
            action.setStatusTip("")
    bar = getattr(page, "button_bar", None)
    if bar is None or page.key in _NOT_RECORDS:
        return
    for index in range(bar.count()):
        button = bar.itemAt(index).widget()
        if button is None:
            continue
        if read_only and not button.isHidden():
            button.setProperty("hidden_for_role", True)
            button.setVisible(False)
        elif not read_only and button.property("hidden_for_role"):
            button.setProperty("hidden_for_role", False)
            button.setVisible(True)
