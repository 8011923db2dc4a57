"""The delegation planner's tabs on the Exchanges page: the checklist with its deadlines (ticked
with Space or a click), homestay suggestions with their reasons, the emergency sheet and the
purge of minors' data; and the dialogs for the planning details of participants and families.

Signals: none of their own; writes go through AppContext.write, whose operation_finished makes
the page reload the exchange and these tabs with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.errors import show_error
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.planner import Checklist, HomestayPlan, PurgeStatus
    from sistercommittee.ui.context import AppContext

KEY_ROLE = Qt.ItemDataRole.UserRole
_STATUS_COLORS = {"overdue": "#b3261e", "soon": "#9a6700", "done": "#1a7f37"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangePlanner", text)


def _status_text(status: str) -> str:
    return {
        "done": _tr("done"),
        "overdue": _tr("overdue"),
        "soon": _tr("due soon"),
        "open": _tr("open"),
        "missed": _tr("not done"),
    }[status]


class ChecklistTab(QWidget):
    """The exchange's checklist: one row per item, checkable, by deadline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exchange_id: str | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("checklist_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklist")
        self.tree.setHeaderLabels([_tr("Item"), _tr("Due"), _tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.tree, 1)
        self.why = QLabel(self)
        self.why.setObjectName("checklist_why")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.privacy = QLabel(self)
        self.privacy.setObjectName("privacy_status")
        self.privacy.setWordWrap(True)
        layout.addWidget(self.privacy)
        buttons = QHBoxLayout()
        self.add_button = self._button(
            _tr("Ne&w Item…"), self._on_add_clicked, "checklist_add", buttons
        )
        self.sheet_button = self._button(
            _tr("E&mergency Sheet…"), self._on_sheet_clicked, "emergency_sheet", buttons
        )
        self.purge_button = self._button(
            _tr("P&urge Minors' Data…"), self._on_purge_clicked, "purge", buttons
        )
        self.visa_button = self._button(
            _tr("Visa &Lead Times…"), self._on_visa_clicked, "visa_times", buttons
        )
        self.privacy_button = self._button(
            _tr("P&rivacy…"), self._on_privacy_clicked, "privacy", buttons
        )
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status: PurgeStatus | None = None
        self.clear()

    def _button(
        self, text: str, slot: Callable[[], None], name: str, row: QHBoxLayout
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def clear(self) -> None:
        self.exchange_id = None
        self._loading = True
        self.tree.clear()
        self._loading = False
        self.summary.setText(_tr("Select an exchange to see its checklist."))
        self.privacy.clear()
        self.why.clear()
        for button in (self.add_button, self.sheet_button, self.purge_button):
            button.setEnabled(False)

    def load(self, exchange_id: str) -> None:
        self.exchange_id = exchange_id
        db = self.ctx.db

        def job() -> tuple[Checklist, PurgeStatus]:
            from sistercommittee.services import planner

            return planner.checklist(db, exchange_id), planner.purge_status(db, exchange_id)

        self.ctx.read(self, job).on_success(self._show).run()

    def _show(self, result: tuple[Checklist, PurgeStatus]) -> None:
        sheet, status = result
        if sheet.exchange_id != self.exchange_id:
            return
        self.status = status
        today = formatting.today()
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current is not None else None
        self._loading = True
        self.tree.clear()
        overdue = 0
        for item in sheet.items:
            state = item.status(today)
            if state == "overdue" and today >= sheet.starts_on:
                state = "missed"  # the trip has begun: no longer a deadline to chase
            overdue += state == "overdue"
            row = QTreeWidgetItem(
                [shown(item.title), formatting.fmt_date(item.due_on), _status_text(state)]
            )
            row.setData(0, KEY_ROLE, item.key)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if item.done_on else Qt.CheckState.Unchecked)
            tips = [shown(item.why)]
            if item.done_on:
                done = _tr("Done on {day}").format(day=formatting.fmt_date(item.done_on))
                if item.done_by:
                    done += " " + _tr("by {name}").format(name=item.done_by)
                tips.append(done)
            if item.note:
                tips.append(item.note)
            if item.problem:
                tips.append(shown(item.problem))
                row.setText(2, _tr("check: {problem}").format(problem=shown(item.problem)))
            row.setToolTip(0, "\n".join(tips))
            row.setData(1, KEY_ROLE, "\n".join(tips))
            color = _STATUS_COLORS.get("overdue" if item.problem else state)
            if color:
                row.setForeground(2, QBrush(QColor(color)))
            self.tree.addTopLevelItem(row)
            if item.key == current_key:
                self.tree.setCurrentItem(row)
        self._loading = False
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        text = _tr("{done} of {total} done").format(done=sheet.done, total=len(sheet.items))
        if overdue and sheet.starts_on >= today:
            text += " · " + _tr("{n} overdue").format(n=overdue)
        text += " · " + _tr("departure {day}").format(
            day=formatting.fmt_date(sheet.starts_on, long=True)
        )
        self.summary.setText(text)
        self.privacy.setText(self._privacy_text(status, today))
        self.add_button.setEnabled(True)
        self.sheet_button.setEnabled(True)
        self.purge_button.setEnabled(status.pending and today > status.ends_on)

    def _privacy_text(self, status: PurgeStatus, today: date) -> str:
        if status.records:
            last = status.records[-1]
            done = _tr(
                "Minors' personal data was purged on {day} ({fields} fields, {rows} records)."
            ).format(
                day=formatting.fmt_date(last.purged_at.date()),
                fields=last.fields_cleared,
                rows=last.records_removed,
            )
            if last.removed_text:
                done += " " + last.removed_text
            if not status.pending:
                return done
        if not status.minors:
            return _tr("No minors in this delegation: nothing to purge after the trip.")
        if not status.pending:
            return _tr("No personal data of minors is kept for this exchange.")
        when = formatting.fmt_date(status.due_on, long=True)
        if today >= status.due_on:
            return _tr(
                "Minors' personal data was due to be purged on {day}: purge it now "
                "(minors with data kept: {n})."
            ).format(day=when, n=status.minors_with_data)
        return _tr(
            "Minors' personal data will be purged on {day} (minors with data kept: {n})."
        ).format(day=when, n=status.minors_with_data)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, current: QTreeWidgetItem | None, previous: Any) -> None:
        text = current.data(1, KEY_ROLE) if current is not None else ""
        self.why.setText(_tr("Deadline: {why}").format(why=text) if text else "")

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0 or self.exchange_id is None:
            return
        key = row.data(0, KEY_ROLE)
        done = row.checkState(0) == Qt.CheckState.Checked
        db, exchange_id = self.ctx.db, self.exchange_id

        def job() -> Any:
            from sistercommittee.services.planner import check_item

            return check_item(db, exchange_id, key, done=done)

        self.ctx.write(self, job).on_failure(lambda error: self._failed(error)).run()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        if self.exchange_id:
            self.load(self.exchange_id)

    def _on_add_clicked(self) -> None:
        if self.exchange_id is None:
            return
        from sistercommittee.ui.dialogs.planner_dialogs import open_checklist_item

        open_checklist_item(self.ctx, self, self.exchange_id)

    def _on_sheet_clicked(self) -> None:
        if self.exchange_id is None:
            return
        from sistercommittee.ui.widgets.file_choice import choose_save_name

        exchange_id = self.exchange_id
        name = Path.home() / _tr("emergency-sheet.pdf")
        choose_save_name(
            self,
            _tr("Save the Emergency Sheet"),
            name,
            _tr("PDF files (*.pdf)"),
            lambda path: self._write_sheet(exchange_id, path),
        )

    def _write_sheet(self, exchange_id: str, path: Path) -> None:
        db = self.ctx.db
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")

        def job() -> Path:
            from sistercommittee.documents.emergency_sheet import write_emergency_sheet
            from sistercommittee.ui.shown import qt_translate

            return write_emergency_sheet(db, exchange_id, path, qt_translate)

        self.ctx.read(self, job).with_progress(_tr("Making the emergency sheet")).on_success(
            self._sheet_written
        ).on_failure(lambda error: show_error(self, error)).run()

    def _sheet_written(self, path: Path) -> None:
        self.last_sheet = path
        self.summary.setText(
            self.summary.text()
            + " · "
            + _tr("emergency sheet saved as {name}").format(name=path.name)
        )

    def _on_purge_clicked(self) -> None:
        status = self.status
        if status is None or self.exchange_id is None:
            return
        today = formatting.today()
        early = today < status.due_on
        detail = _tr(
            "Passport numbers, dates of birth, medical notes, allergies, contacts and consent "
            "ticks of the minors ({n}) are cleared on every laptop. The participants stay, so "
            "the exchange's counts do not change. This cannot be undone."
        ).format(n=status.minors_with_data)
        question = (
            _tr("Purge minors' data now, before {day}?").format(
                day=formatting.fmt_date(status.due_on)
            )
            if early
            else _tr("Purge the personal data of this exchange's minors?")
        )
        if not self.confirm(question, detail):
            return
        db, exchange_id = self.ctx.db, self.exchange_id

        def job() -> Any:
            from sistercommittee.services.planner import purge_minors_data

            return purge_minors_data(db, exchange_id, today=today, early=early)

        self.ctx.write(self, job).on_failure(lambda error: show_error(self, error)).run()

    def confirm(self, question: str, detail: str) -> bool:
        from sistercommittee.ui.dialogs.common import confirm

        return confirm(self, question, detail, _tr("&Purge"))

    def _on_privacy_clicked(self) -> None:
        from sistercommittee.ui.dialogs.planner_dialogs import open_privacy

        open_privacy(self.ctx, self)

    def _on_visa_clicked(self) -> None:
        from sistercommittee.ui.dialogs.planner_dialogs import VisaTimesDialog

        VisaTimesDialog(self.ctx, self).open()


class HomestaysTab(QWidget):
    """Suggested host families for the travellers, with the reasons; the coordinator accepts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exchange_id: str | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("homestay_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("homestays")
        self.tree.setHeaderLabels([_tr("Guest and reasons"), _tr("Family")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(_tr("&Accept Suggestion"), self)
        self.accept_button.setObjectName("accept_suggestion")
        self.accept_button.clicked.connect(self._on_accept_clicked)
        buttons.addWidget(self.accept_button)
        self.accept_all_button = QPushButton(_tr("Accept A&ll"), self)
        self.accept_all_button.setObjectName("accept_all")
        self.accept_all_button.clicked.connect(self._on_accept_all_clicked)
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.plan: HomestayPlan | None = None
        self.clear()

    def clear(self) -> None:
        self.exchange_id = None
        self.plan = None
        self.tree.clear()
        self.summary.setText(_tr("Select an exchange to see homestay suggestions."))
        self.accept_button.setEnabled(False)
        self.accept_all_button.setEnabled(False)

    def load(self, exchange_id: str) -> None:
        self.exchange_id = exchange_id
        db = self.ctx.db

        def job() -> HomestayPlan:
            from sistercommittee.services.planner import homestay_plan

            return homestay_plan(db, exchange_id)

        self.ctx.read(self, job).on_success(self._show).run()

    def _section(self, title: str, color: str | None = None) -> QTreeWidgetItem:
        section = QTreeWidgetItem([title, ""])
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        if color:
            section.setForeground(0, QBrush(QColor(color)))
        section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(section)
        return section

    def _show(self, plan: HomestayPlan) -> None:
        if plan.exchange_id != self.exchange_id:
            return
        self.plan = plan
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        if plan.suggestions:
            section = self._section(_tr("Suggested ({n})").format(n=len(plan.suggestions)))
            for suggestion in plan.suggestions:
                row = QTreeWidgetItem(section, [suggestion.guest, suggestion.family])
                row.setData(0, KEY_ROLE, suggestion.participant_id)
                for reason in (*suggestion.reasons, *suggestion.notes):
                    child = QTreeWidgetItem(row, [shown(reason), ""])
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                row.setExpanded(True)
                first = first or row
        if plan.conflicts:
            section = self._section(
                _tr("Conflicts in the stays recorded ({n})").format(n=len(plan.conflicts)),
                "#b3261e",
            )
            for conflict in plan.conflicts:
                row = QTreeWidgetItem(section, [conflict.guest, conflict.family])
                for problem in conflict.problems:
                    QTreeWidgetItem(row, [shown(problem), ""])
                row.setExpanded(True)
        if plan.unplaced:
            section = self._section(
                _tr("No family fits ({n})").format(n=len(plan.unplaced)), "#9a6700"
            )
            for unplaced in plan.unplaced:
                row = QTreeWidgetItem(section, [unplaced.guest, ""])
                for reason in unplaced.reasons:
                    QTreeWidgetItem(row, [shown(reason), ""])
                row.setExpanded(True)
        if plan.placed:
            section = self._section(_tr("Placed ({n})").format(n=len(plan.placed)))
            for guest, family in plan.placed:
                QTreeWidgetItem(section, [guest, family])
            section.setExpanded(False)
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.text(0).startswith(_tr("Placed").split(" ")[0]):
                continue
            item.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.summary.setText(
            _tr(
                "Placed: {placed} · suggested: {suggested} · no family fits: {left} · "
                "conflicts: {conflicts}. Nothing is placed until you accept."
            ).format(
                placed=len(plan.placed),
                suggested=len(plan.suggestions),
                left=len(plan.unplaced),
                conflicts=len(plan.conflicts),
            )
        )
        self.accept_all_button.setEnabled(bool(plan.suggestions))
        self._on_current_changed(self.tree.currentItem(), None)

    def _suggestion_id(self, item: QTreeWidgetItem | None) -> str | None:
        while item is not None:
            value = item.data(0, KEY_ROLE)
            if value:
                return str(value)
            item = item.parent()
        return None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, current: QTreeWidgetItem | None, previous: Any) -> None:
        self.accept_button.setEnabled(self._suggestion_id(current) is not None)

    def _accept(self, ids: list[str] | None) -> None:
        if self.exchange_id is None:
            return
        db, exchange_id = self.ctx.db, self.exchange_id

        def job() -> Any:
            from sistercommittee.services.planner import accept_suggestions

            return accept_suggestions(db, exchange_id, ids)

        self.ctx.write(self, job).on_failure(lambda error: show_error(self, error)).run()

    def _on_accept_clicked(self) -> None:
        chosen = self._suggestion_id(self.tree.currentItem())
        if chosen:
            self._accept([chosen])

    def _on_accept_all_clicked(self) -> None:
        if self.plan and self.plan.suggestions:
            self._accept(None)
