"""First start: create the organization, try the app on sample data, or join from HQ.

Nothing is written until the organization's details pass the service's checks; then the database
file is created and the organization saved in it (on a worker).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.errors import ValidationError
from sistercommittee.ui import errors, formatting, icons
from sistercommittee.ui.widgets.edit_guard import Answer, ask_unsaved
from sistercommittee.ui.widgets.editors import SearchableEditor
from sistercommittee.ui.widgets.form import FormWidget, mnemonic_letters

if TYPE_CHECKING:
    from sistercommittee.storage.database import Database
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.database_files import Opened

WELCOME_FIELDS = ("name", "city", "region", "country", "currency", "time_zone")

COMMON_CURRENCIES = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "KRW",
    "CAD",
    "AUD",
    "MXN",
    "BRL",
    "INR",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "UAH",
    "TRY",
    "ILS",
    "ZAR",
    "NGN",
    "KES",
    "PHP",
    "THB",
    "VND",
    "IDR",
    "TWD",
    "NZD",
)


def currency_options() -> list[tuple[str, str]]:
    try:
        from babel.numbers import get_currency_name

        locale = formatting._babel()
        return [
            (code, f"{code} — {get_currency_name(code, locale=locale)}")
            for code in COMMON_CURRENCIES
        ]
    except Exception:
        return [(code, code) for code in COMMON_CURRENCIES]


def organization_editors() -> dict[str, Any]:
    return {
        "country": lambda label: SearchableEditor(formatting.countries()),
        "currency": lambda label: SearchableEditor(currency_options()),
        "time_zone": lambda label: SearchableEditor(
            [(zone, zone.replace("_", " ")) for zone in formatting.time_zones()]
        ),
        "language": lambda label: SearchableEditor(formatting.languages()),
    }


def _have(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


class WelcomeDialog(QDialog):
    """Attributes:
    opened: the database and organization once created (None until then).
    other_file: a file the user chose to open instead.
    sample_scale: how big a committee Try with Sample Data makes up (1: the demo's 500
        events; a test makes a smaller one).
    """

    sample_scale: float = 1

    def __init__(
        self, ctx: AppContext, path: Path, db: Database | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from sistercommittee.services.organizations import ORGANIZATION_FORM

        self.ctx = ctx
        self.path = path
        self.db = db
        self.opened: Opened | None = None
        #: The organization was made here (not sample data, not joined, not another file):
        #: the getting-started guide follows.
        self.created = False
        self.other_file: Path | None = None
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Welcome to SisterCommittee"))
        self.setWindowIcon(icons.app_icon())
        self.setModal(True)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        heading = QLabel(self.tr("Welcome to SisterCommittee"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        words.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Tell us about your committee to start. Everything stays on this computer. "
                "You can change these details later in Preferences."
            ),
            self,
        )
        intro.setWordWrap(True)
        words.addWidget(intro)
        top.addLayout(words, 1)
        layout.addLayout(top)

        # The buttons below own their letters, in the language shown; the fields take others.
        buttons_letters = mnemonic_letters(
            self.tr("&Create Organization"),
            self.tr("Try with &Sample Data"),
            self.tr("&Join from HQ…"),
            self.tr("Join with an &Invitation…"),
            self.tr("&Open Another File…"),
            self.tr("&Quit"),
        )
        self.form = FormWidget(
            ORGANIZATION_FORM,
            organization_editors(),
            only=WELCOME_FIELDS,
            used_mnemonics=buttons_letters,
        )
        self.form.setParent(self)
        self.form.editor("country").edited.connect(self._on_country_edited)
        #: Something was typed that creating the organization would keep.
        self.dirty = False
        self._creating = False
        for editor in self.form.editors.values():
            editor.edited.connect(self._on_edited)
        self._touched: set[str] = set()
        for name in ("currency", "time_zone"):
            self.form.editor(name).edited.connect(lambda name=name: self._touched.add(name))
        from sistercommittee.ui.widgets.zone_pick import follow_place

        follow_place(
            self.form, city="city", region="region", keep=lambda: "time_zone" in self._touched
        )
        self.joined_note = QLabel(self)
        self.joined_note.setObjectName("joined_note")
        self.joined_note.setWordWrap(True)
        self.joined_note.setVisible(False)
        layout.addWidget(self.joined_note)
        layout.addWidget(self.form)

        where = QLabel(self.tr("The records will be kept in {path}").format(path=path), self)
        where.setWordWrap(True)
        where.setEnabled(False)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("&Create Organization"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create_organization")
        self.create_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Try with &Sample Data"), self)
        self.sample_button.setObjectName("load_sample")
        self.sample_button.setToolTip(
            self.tr("Fill the database with a made-up committee to explore the app")
        )
        self.sample_button.setVisible(_have("sistercommittee.sample") and db is None)
        buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button = QPushButton(self.tr("&Join from HQ…"), self)
        self.join_button.setObjectName("join_hq")
        self.join_button.setVisible(_have("sistercommittee.ui.dialogs.join_dialog"))
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.invitation_button = QPushButton(self.tr("Join with an &Invitation…"), self)
        self.invitation_button.setObjectName("join_invitation")
        self.invitation_button.setToolTip(
            self.tr("Your coordinator invited you: type HQ's address and your invitation code")
        )
        self.invitation_button.setVisible(db is None)
        buttons.addButton(self.invitation_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.invitation_button.clicked.connect(self._on_invitation_clicked)
        self.open_button = QPushButton(self.tr("&Open Another File…"), self)
        self.open_button.setObjectName("open_other")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        self.create_button.clicked.connect(self._on_create_clicked)
        self.sample_button.clicked.connect(self._on_sample_clicked)
        self.join_button.clicked.connect(self._on_join_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    # --- country fills in the rest -----------------------------------------------------------

    def _on_country_edited(self) -> None:
        code = self.form.editor("country").value()
        if not isinstance(code, str) or len(code) != 2:
            return
        if "currency" not in self._touched:
            try:
                from babel.numbers import get_territory_currencies

                found = get_territory_currencies(code)
            except Exception:
                found = []
            if found:
                self.form.editor("currency").set_value(found[0])

    # --- buttons -----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self.dirty = True

    def reject(self) -> None:
        """Quit, Escape and the window's close button ask first when something was typed:
        create the organization from it, discard it (and quit), or go on typing."""
        if self._creating:
            return  # the answer is on its way: the app opens, or the form says what to fix
        if not self.dirty:
            super().reject()
            return
        ask_unsaved(
            self,
            self._on_answer,
            self.tr("Create the organization from the details you typed?"),
            save_text=self.tr("&Create Organization"),
        )

    def _on_answer(self, answer: Answer) -> None:
        if answer is Answer.SAVE:
            self._on_create_clicked()
        elif answer is Answer.DISCARD:
            QDialog.reject(self)
        # Cancel: the field typed in last has the focus again, everything kept.

    def _busy(self, busy: bool) -> None:
        self._creating = busy
        for button in (
            self.create_button,
            self.sample_button,
            self.open_button,
            self.invitation_button,
        ):
            button.setEnabled(not busy)

    def _on_create_clicked(self) -> None:
        if self._creating:
            return
        self.form.clear_errors()
        values = {name: value for name, value in self.form.values().items() if value}
        path, db = self.path, self.db

        def job() -> Opened:
            from sistercommittee.services.forms import OrgDefaults, validate
            from sistercommittee.services.organizations import (
                ORGANIZATION_FORM,
                create_organization,
                get_organization,
            )
            from sistercommittee.storage.database import open_database
            from sistercommittee.ui.database_files import Opened

            validate(ORGANIZATION_FORM, values, OrgDefaults("US", "USD", "UTC"))
            opened = db or open_database(path, create=True)
            create_organization(opened, values)
            return Opened(opened, get_organization(opened))

        self._busy(True)
        self.ctx.write(self, job).with_progress(
            self.tr("Creating the database…"), cancellable=False
        ).on_success(self._on_created).on_failure(self._on_failed).run()

    def _on_sample_clicked(self) -> None:
        path, scale = self.path, self.sample_scale

        def job() -> Opened:
            from sistercommittee.sample import generate
            from sistercommittee.services.organizations import get_organization
            from sistercommittee.storage.database import open_database
            from sistercommittee.ui.database_files import Opened
            from sistercommittee.ui.shown import qt_translate

            opened = open_database(path, create=True)
            generate(opened, scale=scale, translate=qt_translate)  # in the interface's language
            return Opened(opened, get_organization(opened))

        self._busy(True)
        self.ctx.write(self, job).with_progress(
            self.tr("Making up a sample committee…"), cancellable=False
        ).on_success(self._on_opened).on_failure(self._on_failed).run()

    def _on_join_clicked(self) -> None:
        from sistercommittee.ui.dialogs.join_dialog import JoinDialog

        self._open_join(JoinDialog(self.ctx, self.path, self))

    def _on_invitation_clicked(self) -> None:
        from sistercommittee.ui.dialogs.invitation_dialogs import InvitationJoinDialog

        self._open_join(InvitationJoinDialog(self.ctx, self.path, self))

    def _open_join(self, dialog: QDialog) -> None:
        """Window-modal and opened, never exec(): a join fetches the records from HQ on a worker
        for minutes, and a nested event loop would run the app's callbacks inside it."""
        dialog.accepted.connect(lambda: self._on_joined(dialog))
        dialog.open()

    def _on_joined(self, dialog: Any) -> None:
        """Joined (with an invitation or a password): the app opens on the organization's
        records, or, on its first laptop, the welcome goes on to create it."""
        opened = dialog.opened
        if opened is None:
            return
        if opened.org is not None:
            self.opened = opened
            self.accept()
            return
        # The organization's first laptop: HQ holds none of its records yet. The database is
        # signed in; the committee's details typed here make it, and its first sync sends them.
        self.db = opened.db
        for button in (self.join_button, self.invitation_button, self.sample_button):
            button.setVisible(False)
        self.joined_note.setText(
            self.tr(
                "You joined {organization} on HQ as {role}. HQ holds none of its records yet: "
                "this laptop is the first. Fill in the committee's details and choose Create "
                "Organization; they go to HQ at the first sync."
            ).format(organization=dialog.organization, role=dialog.role.replace("_", "-"))
        )
        self.joined_note.setVisible(True)
        name = self.form.editor("name")
        if not name.value():
            name.set_value(dialog.organization)
        name.setFocus()

    def _on_open_clicked(self) -> None:
        from sistercommittee.ui.database_files import choose_database_file

        def chosen(other: Path) -> None:
            self.other_file = other
            QDialog.reject(self)  # another file instead: what was typed here is not wanted

        choose_database_file(self, chosen)

    def _on_created(self, opened: Opened) -> None:
        self.created = True
        self._on_opened(opened)

    def _on_opened(self, opened: Opened) -> None:
        self.opened = opened
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        else:
            errors.show_error(self, error)
