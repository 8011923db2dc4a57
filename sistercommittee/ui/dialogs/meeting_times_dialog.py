"""Two-city meeting times for a partnership: pick a day, see both cities' days side by side, pick
a half hour (a slot in the list, or on the picture) and make the virtual event from it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui import formatting
from sistercommittee.ui.errors import show_error
from sistercommittee.ui.shown import shown
from sistercommittee.ui.undo import Undoable, perform
from sistercommittee.ui.widgets.two_days import TwoDaysWidget
from sistercommittee.ui.widgets.typed_editors import DateEditor

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.meeting_times import MeetingTimes
    from sistercommittee.ui.context import AppContext


MAXIMUM_HEIGHT = 640  # the two days' picture (about 500 px) with the day above, buttons below
FRAME_MARGIN = 60  # the title bar and frame a window manager adds


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingTimesDialog", text)


class MeetingTimesDialog(QDialog):
    """Attributes:
    times: the MeetingTimes shown (None until loaded).
    created: the id of the last event made here.
    """

    def __init__(
        self, ctx: AppContext, partnership_id: str, city: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.partnership_id = partnership_id
        self.city = city
        self.times: MeetingTimes | None = None
        self.created: str | None = None
        self.setObjectName("meeting_times_dialog")
        self.setWindowTitle(_tr("Meeting Times with {city}").format(city=city))
        layout = QVBoxLayout(self)
        day_row = QHBoxLayout()
        day_label = QLabel(_tr("&Day (ours):"), self)
        self.day = DateEditor(optional=False, parent=self)
        self.day.setObjectName("meeting_day")
        self.day.set_value(formatting.today())
        day_label.setBuddy(self.day.line)
        self.day.line.returnPressed.connect(self._on_show_clicked)
        self.day.calendar_picked.connect(self._on_show_clicked)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day, 1)
        self.show_button = QPushButton(_tr("S&how"), self)
        self.show_button.setObjectName("meeting_show")
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self._on_show_clicked)
        day_row.addWidget(self.show_button)
        layout.addLayout(day_row)
        self.difference = QLabel(self)
        self.difference.setObjectName("meeting_difference")
        layout.addWidget(self.difference)
        middle = QHBoxLayout()
        self.picture = TwoDaysWidget(self)
        self.picture.slot_picked.connect(self._on_cell_picked)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(420)
        middle.addWidget(scroll, 3)
        right = QVBoxLayout()
        slots_label = QLabel(_tr("Hours in &common:"), self)
        self.slots = QListWidget(self)
        self.slots.setObjectName("meeting_slots")
        self.slots.setWordWrap(True)
        slots_label.setBuddy(self.slots)
        self.slots.currentItemChanged.connect(self._on_slot_changed)
        right.addWidget(slots_label)
        right.addWidget(self.slots, 1)
        legend_text = _tr(
            "Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); "
            "grey: asleep. In the middle, blue: both at work; light blue: both awake."
        )
        legend = QLabel(formatting.ranges_kept(legend_text), self)
        legend.setWordWrap(True)
        right.addWidget(legend)
        # The event's fields beside the picture, under the hours: the picture takes the whole
        # height, and the dialog fits a 1366×768 laptop screen (in every language).
        form = QFormLayout()
        self.chosen = QLabel(self)
        self.chosen.setObjectName("meeting_chosen")
        self.chosen.setWordWrap(True)
        form.addRow(_tr("Chosen:"), self.chosen)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("meeting_minutes")
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(_tr(" minutes"))
        self.minutes.valueChanged.connect(lambda value: self._show_chosen())
        form.addRow(_tr("&Length:"), self.minutes)
        self.title_edit = QLineEdit(_tr("Video call with {city}").format(city=city), self)
        self.title_edit.setObjectName("meeting_title")
        form.addRow(_tr("&Title:"), self.title_edit)
        right.addLayout(form)
        middle.addLayout(right, 2)
        layout.addLayout(middle, 1)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            _tr("&Create Event"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("meeting_create")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._on_create_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("meeting_status")
        layout.addWidget(self.status)
        self.start_index = -1
        self._fit_the_screen(parent)
        self._on_show_clicked()

    def _fit_the_screen(self, parent: QWidget | None) -> None:
        """Room for the whole day without scrolling, but never taller or wider than the screen
        leaves for a window (its panels and the title bar)."""
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        width = max(self.sizeHint().width(), 760)
        self.resize(
            min(width, available.width() - FRAME_MARGIN),
            min(MAXIMUM_HEIGHT, available.height() - FRAME_MARGIN),
        )

    @Slot()
    def _on_show_clicked(self) -> None:
        self.day.check()
        day = self.day.value()
        if not isinstance(day, date):
            return
        db, partnership_id = self.ctx.db, self.partnership_id

        def job() -> MeetingTimes:
            from sistercommittee.services.meeting_times import meeting_times

            return meeting_times(db, partnership_id, day)

        self.ctx.read(self, job).on_success(self._show).on_failure(
            lambda error: show_error(self, error)
        ).run()

    def _show(self, times: MeetingTimes) -> None:
        from sistercommittee.services.meeting_times import slot_text

        self.times = times
        self.difference.setText(_tr("{difference}.").format(difference=shown(times.difference)))
        self.picture.set_times(times)
        self.slots.clear()
        for slot in times.slots:
            label = _tr("Both at work") if slot.quality == "work" else _tr("Both awake")
            item = QListWidgetItem(
                f"{label}: {shown(slot_text(slot, times.home_city, times.partner_city))}"
            )
            item.setData(Qt.ItemDataRole.UserRole, slot.starts_at)
            self.slots.addItem(item)
        if not times.slots:
            self.slots.addItem(_tr("No hour when both cities are awake on this day."))
        self.start_index = self.picture.current
        if times.slots:
            self.slots.setCurrentRow(0)
        self._show_chosen()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_slot_changed(self, current: QListWidgetItem | None, previous: Any) -> None:
        if current is None or self.times is None:
            return
        start = current.data(Qt.ItemDataRole.UserRole)
        if start is None:
            return
        index = next((i for i, c in enumerate(self.times.cells) if c.starts_at == start), -1)
        self.picture.current = index
        self.picture.update()
        self.start_index = index
        self._show_chosen()

    @Slot(int)
    def _on_cell_picked(self, index: int) -> None:
        self.start_index = index
        self._show_chosen()

    def _show_chosen(self) -> None:
        times = self.times
        if times is None or not 0 <= self.start_index < len(times.cells):
            self.chosen.setText(_tr("Pick a half hour on the picture or a slot in the list."))
            self.create_button.setEnabled(False)
            return
        from sistercommittee.services.meeting_times import Slot as MeetingSlot
        from sistercommittee.services.meeting_times import slot_text

        start = times.cells[self.start_index].starts_at
        slot = MeetingSlot(
            start,
            start + timedelta(minutes=self.minutes.value()),
            "chosen",
            times.home_zone,
            times.partner_zone,
        )
        text = shown(slot_text(slot, times.home_city, times.partner_city))
        cell = times.cells[self.start_index]
        if cell.both == "none":
            text += " — " + _tr("one of the cities is asleep then")
        self.chosen.setText(text)
        self.create_button.setEnabled(True)

    @Slot()
    def _on_create_clicked(self) -> None:
        times = self.times
        if times is None or not 0 <= self.start_index < len(times.cells):
            return
        from sistercommittee.services import events
        from sistercommittee.services.meeting_times import create_meeting_event

        db, partnership_id = self.ctx.db, self.partnership_id
        start = times.cells[self.start_index].starts_at
        minutes = self.minutes.value()
        title = self.title_edit.text().strip() or None

        def job() -> Undoable:
            changes = create_meeting_event(db, partnership_id, start, minutes, title=title)
            event_id = changes.id
            return Undoable(
                changes,
                undo=lambda: events.delete_event(db, event_id),
                redo=lambda: events.restore_event(db, event_id),
            )

        perform(
            self.ctx,
            self,
            _tr("Make a call with {city}").format(city=self.city),
            job,
            on_success=self._created,
            on_failure=lambda error: show_error(self, error),
        )

    def _created(self, changes: Changes) -> None:
        self.created = changes.id
        self.status.setText(
            _tr("The event is on the Events page: {text}").format(text=self.chosen.text())
        )
