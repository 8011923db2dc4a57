"""Members: every account of the organization on HQ with its role, last sync and laptops, and
the invitations not yet used. Coordinators invite, change roles, remove members (their laptops
are signed out) and issue password resets; everyone else sees the list, and the page says why
those buttons are not there.

The list comes from HQ (on a worker) each time the page is shown or refreshed; nothing of it is
kept on this laptop but the account's own role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import errors, formatting
from sistercommittee.ui.dialogs.fields_dialog import role_abilities, role_label
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.secret_store import secret_store
from sistercommittee.ui.shown import shown_error

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.sync.members import IssuedCode, Member, Members
    from sistercommittee.ui.context import AppContext

EMAIL_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "member", "invitation" or "device"


class MembersPage(Page):
    key = "members"
    icon_name = "members"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.members: Members | None = None
        self.server = ""
        #: A printer for the code dialogs (tests print to a PDF file).
        self.printer: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        heading = QHBoxLayout()
        self.heading = QLabel(self.title(), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        heading.addWidget(self.heading)
        heading.addSpacing(12)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        self.invite_button = self._button(heading, self.tr("&Invite…"), "invite", self.invite)
        self.role_button = self._button(
            heading, self.tr("Change &Role…"), "change_role", self.change_role
        )
        self.reset_button = self._button(
            heading, self.tr("Reset Pass&word…"), "reset_password", self.reset_password
        )
        self.remove_button = self._button(heading, self.tr("Re&move…"), "remove", self.remove)
        self.refresh_button = self._button(
            heading, self.tr("Re&load"), "refresh_members", self.refresh
        )
        outer.addLayout(heading)

        self.state = QLabel(self)
        self.state.setObjectName("members_state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.state)
        self.sign_in_button = QPushButton(self.tr("Sign &In to HQ…"), self)
        self.sign_in_button.setObjectName("members_sign_in")
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_in_button.setVisible(False)
        outer.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("members_tree")
        self.tree.setAccessibleName(self.tr("Members"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Email"), self.tr("Role"), self.tr("Last sync"), self.tr("Laptops")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((40, 12, 18)):
            self.tree.setColumnWidth(column, width * chars)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        outer.addWidget(self.tree, 1)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        delete.activated.connect(self.remove)
        self._update_buttons()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def title(self) -> str:
        return self.tr("Members")

    def new_label(self) -> str:
        return self.tr("Invite Member…") if self.can_manage else ""

    def new_record(self) -> None:
        self.invite()

    @property
    def can_manage(self) -> bool:
        return self.members is not None and self.members.can_manage

    def is_affected_by(self, changes: Changes) -> bool:
        return False  # the list is HQ's, not this laptop's records

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        db, store = self.ctx.db, secret_store(self.ctx)
        self.state.setText(self.tr("Asking HQ for the organization's members…"))
        self.refresh_button.setEnabled(False)

        def job() -> tuple[Members | None, str]:
            from sistercommittee.sync.members import list_members
            from sistercommittee.sync.service import sync_status

            status = sync_status(db, store)
            if not status.signed_in:
                return None, status.server_url or ""
            return list_members(db, store), status.server_url or ""

        self.ctx.read(self, job).on_success(self.show_members).on_failure(self._load_failed).run()

    def _load_failed(self, error: BaseException) -> None:
        from sistercommittee.sync.errors import NotSignedInError

        self.refresh_button.setEnabled(True)
        self.state.setText(shown_error(error))
        self.sign_in_button.setVisible(isinstance(error, NotSignedInError))

    def show_members(self, result: tuple[Members | None, str]) -> None:
        members, self.server = result
        self.members = members
        self.refresh_button.setEnabled(True)
        chosen = self.selected()
        self.tree.clear()
        self.sign_in_button.setVisible(members is None)
        if members is None:
            self.state.setText(
                self.tr(
                    "This laptop is not signed in to HQ. The organization's members are kept "
                    "on HQ: sign in to see them."
                )
            )
            self.count_label.clear()
            self._update_buttons()
            self.actions_changed.emit()
            return
        for member in members.members:
            item = self._member_item(member, members.you)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)  # the laptops show under their member
        for invitation in members.invitations:
            item = QTreeWidgetItem(
                [
                    invitation.email,
                    role_label(invitation.role),
                    self.tr("Invited, until {when}").format(
                        when=formatting.fmt_date(invitation.expires_at.date())
                    ),
                    "",
                ]
            )
            item.setData(0, EMAIL_ROLE, invitation.id)
            item.setData(0, KIND_ROLE, "invitation")
            item.setToolTip(
                0, self.tr("Invited by {who}").format(who=invitation.invited_by or "HQ")
            )
            for column in range(4):
                item.setForeground(column, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        if chosen is not None:  # the same member stays selected across a reload
            for row in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(row)
                if item.data(0, EMAIL_ROLE) == chosen[1]:
                    self.tree.setCurrentItem(item)
        self.count_label.setText(
            self.tr("Accounts: {count}").format(count=formatting.fmt_number(len(members.members)))
        )
        you = self.tr("You are {email}, {role}.").format(
            email=members.you, role=role_label(members.your_role).lower()
        )
        if members.can_manage:
            what = self.tr(
                "As a coordinator you invite members, change their roles, remove them (their "
                "laptops are signed out at their next sync) and issue password resets."
            )
        else:
            what = self.tr(
                "Only coordinators invite, change roles, remove members or issue password "
                "resets, so those buttons are not shown to you. {abilities} Ask a coordinator "
                "of {organization} for a change."
            ).format(abilities=role_abilities(members.your_role), organization=members.organization)
        self.state.setText(f"{you} {what}")
        auto_sync = getattr(self.ctx, "auto_sync", None)
        if auto_sync is not None and auto_sync.role != members.your_role:
            auto_sync.refresh_state()  # HQ changed the role since: the window follows
        self._update_buttons()
        self.actions_changed.emit()

    def _member_item(self, member: Member, you: str) -> QTreeWidgetItem:
        laptops = ", ".join(d.name for d in member.devices if d.signed_in) or self.tr("None")
        email = member.email + (self.tr(" (you)") if member.email == you else "")
        item = QTreeWidgetItem(
            [
                email,
                role_label(member.role),
                formatting.fmt_datetime(member.last_sync_at) or self.tr("Never"),
                laptops,
            ]
        )
        item.setData(0, EMAIL_ROLE, member.email)
        item.setData(0, KIND_ROLE, "member")
        item.setData(1, EMAIL_ROLE, member.role)
        for device in member.devices:
            seen = self.tr("last seen {when}").format(
                when=formatting.fmt_datetime(device.last_seen_at)
            )
            if not device.signed_in:
                seen += self.tr(", signed out")
            child = QTreeWidgetItem([device.name, "", "", seen])
            child.setData(0, KIND_ROLE, "device")
            child.setData(0, EMAIL_ROLE, member.email)
            item.addChild(child)
        return item

    # --- selection and buttons ------------------------------------------------------------------

    def selected(self) -> tuple[str, str, str] | None:
        """The selected row's kind ("member" or "invitation"), email (or invitation id), role."""
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        if item.data(0, KIND_ROLE) == "device":
            item = item.parent()
        kind = str(item.data(0, KIND_ROLE))
        role = str(item.data(1, EMAIL_ROLE) or "")
        return kind, str(item.data(0, EMAIL_ROLE)), role

    def _update_buttons(self) -> None:
        manage = self.can_manage
        chosen = self.selected()
        member = chosen is not None and chosen[0] == "member"
        yourself = member and chosen is not None and self.members is not None
        yourself = yourself and chosen[1] == self.members.you  # type: ignore[union-attr,index]
        for button in (self.invite_button, self.role_button, self.reset_button):
            button.setVisible(manage)
        self.remove_button.setVisible(manage)
        self.role_button.setEnabled(member)
        self.reset_button.setEnabled(member)
        self.remove_button.setEnabled(chosen is not None and not yourself)
        self.remove_button.setText(
            self.tr("Cancel Invitation…")
            if chosen is not None and chosen[0] == "invitation"
            else self.tr("Re&move…")
        )
        self.actions_changed.emit()

    # --- actions ---------------------------------------------------------------------------------

    def _sign_in(self) -> None:
        window = self.window()
        sign_in = getattr(window, "sign_in_to_hq", None)
        if callable(sign_in):
            sign_in()

    def invite(self) -> None:
        if not self.can_manage:
            self._explain()
            return
        from sistercommittee.ui.dialogs.member_dialogs import InviteDialog

        dialog = InviteDialog(self.ctx, self)
        dialog.invited.connect(lambda issued: self._show_code(issued, reset=False))
        dialog.open()

    def _explain(self) -> None:
        """Asked for what the role may not do (File > New, or a shortcut): say why."""
        role = self.members.your_role if self.members else ""
        box = QMessageBox(self)
        box.setObjectName("members_why")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Members"))
        box.setText(
            self.tr(
                "Only the organization's coordinators manage its members. Your account is "
                "{role}: {abilities}"
            ).format(role=role_label(role).lower(), abilities=role_abilities(role))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def _show_code(self, issued: IssuedCode, *, reset: bool) -> None:
        from sistercommittee.ui.dialogs.member_dialogs import CodeDialog

        dialog = CodeDialog(
            self.ctx, issued, server=self.server, reset=reset, printer=self.printer, parent=self
        )
        dialog.open()
        self.refresh()

    def change_role(self) -> None:
        chosen = self.selected()
        if not self.can_manage or chosen is None or chosen[0] != "member":
            return
        from sistercommittee.ui.dialogs.member_dialogs import RoleDialog

        dialog = RoleDialog(self.ctx, chosen[1], chosen[2], self)
        dialog.changed.connect(lambda _role: self.refresh())
        dialog.open()

    def _confirm(self, text: str, informative: str, action: str, then: Any) -> None:
        box = QMessageBox(self)
        box.setObjectName("members_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Members"))
        box.setText(text)
        box.setInformativeText(informative)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)

        def answered() -> None:
            if box.clickedButton() is yes:
                then()

        box.finished.connect(lambda _result: answered())
        box.open()

    def remove(self) -> None:
        chosen = self.selected()
        if not self.can_manage or chosen is None or self.members is None:
            return
        kind, target, _role = chosen
        db, store = self.ctx.db, secret_store(self.ctx)
        if kind == "invitation":
            email = next(i.email for i in self.members.invitations if i.id == target)

            def cancel() -> None:
                from sistercommittee.sync.members import cancel_invitation

                cancel_invitation(db, store, target)

            self._confirm(
                self.tr("Cancel the invitation of {email}?").format(email=email),
                self.tr("Its code stops working at once."),
                self.tr("Cancel &Invitation"),
                lambda: self._run(cancel, self.tr("The invitation of {email} is cancelled.")
                                  .format(email=email)),
            )  # fmt: skip
            return
        if target == self.members.you:
            return
        member = next(m for m in self.members.members if m.email == target)
        laptops = sum(1 for d in member.devices if d.signed_in)

        def removal() -> Any:
            from sistercommittee.sync.members import remove_member

            return remove_member(db, store, target)

        self._confirm(
            self.tr("Remove {email} from {organization}?").format(
                email=target, organization=self.members.organization
            ),
            self.tr(
                "Laptops signed in as them: {count}. Each is signed out at its next sync; what "
                "they entered stays."
            ).format(count=laptops),
            self.tr("Re&move"),
            lambda: self._run(removal, self.tr("Removed {email}.").format(email=target)),
        )

    def reset_password(self) -> None:
        chosen = self.selected()
        if not self.can_manage or chosen is None or chosen[0] != "member":
            return
        email = chosen[1]
        db, store = self.ctx.db, secret_store(self.ctx)

        def issue() -> IssuedCode:
            from sistercommittee.sync.members import issue_reset

            return issue_reset(db, store, email)

        def issued(result: IssuedCode) -> None:
            self._show_code(result, reset=True)

        self._confirm(
            self.tr("Issue a password reset code for {email}?").format(email=email),
            self.tr(
                "Their password stays until the code is used; then every laptop signed in with "
                "the old one is signed out."
            ),
            self.tr("&Issue Code"),
            lambda: (
                self.ctx.read(self, issue)
                .on_success(issued)
                .on_failure(lambda error: errors.show_error(self, error))
                .run()
            ),
        )

    def _run(self, job: Any, done: str) -> None:
        def finished(_result: Any) -> None:
            self.status_message.emit(done)
            self.refresh()

        self.ctx.read(self, job).on_success(finished).on_failure(
            lambda error: errors.show_error(self, error)
        ).run()
