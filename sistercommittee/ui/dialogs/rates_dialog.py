"""Exchange rates to US dollars, per year: the list of the rates entered, a form (the service's
RATE_FORM) to enter one (a rate already entered for that year and currency is replaced), and
Delete for the rate selected. The annual report's dollar totals use them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.dialogs import common
from sistercommittee.ui.widgets.form import FormWidget

if TYPE_CHECKING:
    from sistercommittee.services.rates import RateInfo
    from sistercommittee.ui.context import AppContext


class RatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sistercommittee.services.rates import RATE_FORM

        self.ctx = ctx
        self.rates: tuple[RateInfo, ...] = ()
        self.setObjectName("rates_dialog")
        self.setWindowTitle(self.tr("Exchange Rates"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The annual report adds the year's money up in US dollars with these rates: "
                "each currency's rate of the report's year, or else of the latest year before it. "
                "The report prints the rates and their years."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rates_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Currency"), self.tr("US$ for one unit"), self.tr("Source")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Exchange rates entered"))
        layout.addWidget(self.table, 1)
        # The dialog's buttons own D (Delete), E (Enter) and C (Close).
        self.form = FormWidget(
            RATE_FORM,
            {"currency": common.currency()},
            used_mnemonics={"d", "e", "c"},
            parent=self,
        )
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.enter_button = QPushButton(self.tr("&Enter Rate"), self)
        self.enter_button.setObjectName("enter_rate")
        self.enter_button.setDefault(True)
        self.enter_button.clicked.connect(self._on_enter_clicked)
        self.delete_button = QPushButton(self.tr("&Delete Rate"), self)
        self.delete_button.setObjectName("delete_rate")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        row.addWidget(self.enter_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.resize(560, 520)
        self._update()
        self.load()

    def load(self) -> None:
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.services.rates import list_rates

            return list_rates(db)

        self.ctx.read(self, job).on_success(self._show).run()

    def _show(self, rates: tuple[RateInfo, ...]) -> None:
        self.rates = rates
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            for column, text in enumerate(
                (str(rate.year), rate.currency, format(rate.usd_per_unit, "f"), rate.source or "")
            ):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update()

    def _selected(self) -> RateInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rates[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.delete_button.setEnabled(self._selected() is not None)

    @Slot()
    def _on_enter_clicked(self) -> None:
        from sistercommittee.errors import ValidationError

        db, values = self.ctx.db, self.form.values()
        self.form.clear_errors()

        def job() -> Any:
            from sistercommittee.services.rates import set_rate

            return set_rate(db, values)

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.form.show_errors(error.errors)
            else:
                from sistercommittee.ui.errors import show_error

                show_error(self, error)

        self.ctx.write(self, job).on_success(lambda _changes: self.load()).on_failure(failed).run()

    @Slot()
    def _on_delete_clicked(self) -> None:
        rate = self._selected()
        if rate is None:
            return
        db = self.ctx.db

        def job() -> Any:
            from sistercommittee.services.rates import delete_rate

            return delete_rate(db, rate.id)

        self.ctx.write(self, job).on_success(lambda _changes: self.load()).run()
