"""The agenda page: what is overdue, due today and coming, from every part of the records; the
hours volunteers logged themselves are approved or declined here, an anniversary's renewal
certificate is one button away, and the mailing list of those who agreed is exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.agenda import Agenda, AgendaItem
    from sistercommittee.services.changes import Changes
    from sistercommittee.ui.context import AppContext

DAYS_SETTING = "agenda/days"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

# The list page that opens an item's record, by the entity the item names.
_PAGES = {
    "partnerships": "partnerships",
    "volunteers": "volunteers",
    "events": "events",
    "exchanges": "exchanges",
}


def read_agenda(ctx: AppContext, days: int) -> Agenda:
    from sistercommittee.services.agenda import agenda

    return agenda(ctx.db, days)


class AgendaPage(Page):
    key = "agenda"
    icon_name = "agenda"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.agenda: Agenda | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.heading = QLabel(self.tr("Agenda"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        bar = QHBoxLayout()
        days_label = QLabel(self.tr("Show the next &days:"), self)
        self.days = QSpinBox(self)
        self.days.setObjectName("agenda_days")
        self.days.setRange(0, 366)
        self.days.setValue(int(ctx.settings.value(DAYS_SETTING, 30)))
        self.days.setAccessibleName(self.tr("Days ahead"))
        days_label.setBuddy(self.days)
        self.days.editingFinished.connect(self._on_days_changed)
        bar.addWidget(days_label)
        bar.addWidget(self.days)
        self.summary = QLabel(self)
        self.summary.setObjectName("agenda_summary")
        bar.addWidget(self.summary, 1)
        self.mailing_button = QPushButton(self.tr("&Mailing List…"), self)
        self.mailing_button.setObjectName("mailing_list")
        self.mailing_button.setToolTip(
            self.tr(
                "Export the volunteers who agreed to be contacted, for a mail tool or an "
                "address book"
            )
        )
        self.mailing_button.clicked.connect(self._on_mailing_clicked)
        bar.addWidget(self.mailing_button)
        layout.addLayout(bar)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agenda_list")
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 420)
        header.setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self._on_open_clicked())
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.approve_button = QPushButton(self.tr("&Approve Hours…"), self)
        self.decline_button = QPushButton(self.tr("Dec&line Hours…"), self)
        self.renewal_button = QPushButton(self.tr("&Renewal Certificate…"), self)
        for name, button, slot in (
            ("agenda_open", self.open_button, self._on_open_clicked),
            ("approve_hours", self.approve_button, self._on_approve_clicked),
            ("decline_hours", self.decline_button, self._on_decline_clicked),
            ("renewal_certificate", self.renewal_button, self._on_renewal_clicked),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("agenda_status")
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 2)
        layout.addLayout(buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Agenda")

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        days = self.days.value()
        ctx = self.ctx
        ctx.read(self, lambda: read_agenda(ctx, days)).on_success(self.show_agenda).run()

    def _on_days_changed(self) -> None:
        self.ctx.settings.setValue(DAYS_SETTING, self.days.value())
        if self.ctx.ready:
            self.load()

    def _on_operation_finished(self, changes: Changes, initiator: object) -> None:
        if self._activated:
            self.load()

    def show_agenda(self, agenda: Agenda) -> None:
        self.agenda = agenda
        selected = {self._key(item) for item in self.selected_items()}
        self.tree.clear()
        groups = (
            (self.tr("Overdue ({count})"), agenda.overdue, "overdue"),
            (self.tr("Today ({count})"), agenda.due_today, "today"),
            (self.tr("Coming ({count})"), agenda.coming, "coming"),
        )
        bold = self.tree.font()
        bold.setBold(True)
        for title, items, name in groups:
            if not items:
                continue
            group = QTreeWidgetItem(self.tree, [title.format(count=len(items))])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, name)
            for item in items:
                title, detail = shown(item.title), shown(item.detail)
                row = QTreeWidgetItem(group, [formatting.fmt_date(item.on), title, detail])
                row.setData(0, ITEM_ROLE, item)
                row.setToolTip(1, title)
                row.setToolTip(2, detail)
                if self._key(item) in selected:
                    row.setSelected(True)
            group.setExpanded(True)
        if not agenda.items:
            empty = QTreeWidgetItem(
                self.tree, [self.tr("Nothing is overdue, and nothing is coming in these days.")]
            )
            empty.setFirstColumnSpanned(True)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.summary.setText(
            self.tr("{overdue} overdue, {today} today, {coming} coming").format(
                overdue=len(agenda.overdue),
                today=len(agenda.due_today),
                coming=len(agenda.coming),
            )
        )
        first = self._first_row()
        if first is not None and not self.tree.selectedItems():
            self.tree.setCurrentItem(first, 0, self.tree.selectionModel().SelectionFlag.NoUpdate)
        self._update_buttons()

    @staticmethod
    def _key(item: AgendaItem) -> tuple[str, str, str]:
        return (item.kind.value, item.record_id or "", item.title)

    def _first_row(self) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None and group.childCount():
                return group.child(0)
        return None

    # --- selection and buttons ---------------------------------------------------------------

    def selected_items(self) -> list[AgendaItem]:
        found = []
        for row in self.tree.selectedItems():
            item = row.data(0, ITEM_ROLE)
            if item is not None:
                found.append(item)
        return found

    def _hours_selected(self) -> list[AgendaItem]:
        from sistercommittee.services.agenda import ItemAction

        return [i for i in self.selected_items() if i.action is ItemAction.APPROVE_HOURS]

    def _update_buttons(self) -> None:
        from sistercommittee.services.agenda import ItemAction

        chosen = self.selected_items()
        one = chosen[0] if len(chosen) == 1 else None
        self.open_button.setEnabled(
            one is not None and one.entity is not None and one.entity.value in _PAGES
        )
        hours = bool(chosen) and len(self._hours_selected()) == len(chosen)
        self.approve_button.setEnabled(hours)
        self.decline_button.setEnabled(hours)
        self.renewal_button.setEnabled(
            one is not None and one.action is ItemAction.RENEWAL_CERTIFICATE
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status_message.emit(text)

    def _on_open_clicked(self) -> None:
        chosen = self.selected_items()
        if len(chosen) != 1 or chosen[0].entity is None or chosen[0].record_id is None:
            return
        item = chosen[0]
        key = _PAGES.get(item.entity.value if item.entity else "")
        window: Any = self.window()
        if key is None or not hasattr(window, "show_page"):
            return
        page = window.show_page(key)
        # A partnership's items (its anniversaries) open on its Health tab.
        page.reveal(item.record_id, item.search, part="health" if key == "partnerships" else "")

    def _on_approve_clicked(self) -> None:
        self._review(approve=True)

    def _on_decline_clicked(self) -> None:
        self._review(approve=False)

    def _review(self, *, approve: bool) -> None:
        from sistercommittee.ui.dialogs.review_dialog import ReviewDialog

        chosen = self._hours_selected()
        if not chosen:
            return
        ids = [item.record_id for item in chosen if item.record_id]
        titles = [shown(item.title) for item in chosen]  # the services' messages, translated
        dialog = ReviewDialog(self.ctx, ids, titles, approve, self)
        dialog.reviewed.connect(self._say)
        dialog.open()

    def _on_renewal_clicked(self) -> None:
        from sistercommittee.ui.renewal import save_renewal_certificate

        chosen = self.selected_items()
        if len(chosen) != 1 or not chosen[0].partnership_ids:
            return
        item = chosen[0]
        city = item.search or item.title
        save_renewal_certificate(self.ctx, self, item.partnership_ids[0], city, item.on, self._say)

    def _on_mailing_clicked(self) -> None:
        from sistercommittee.ui.dialogs.mailing_dialog import MailingDialog

        dialog = MailingDialog(self.ctx, self)
        dialog.exported.connect(self._say)
        dialog.open()

    def refresh(self) -> None:
        if self.ctx.ready:
            self.load()
