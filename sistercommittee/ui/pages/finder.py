"""The partner finder page ("Cities Seeking Cities"): search the known twinnings offline, see
each city's partners, and start an exploring partnership from a result."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.shown import qt_translate, shown, shown_error

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.finder import FinderPlace, FinderResult
    from sistercommittee.ui.context import AppContext

_PLACE = Qt.ItemDataRole.UserRole


class FinderPage(Page):
    """Attributes: mode (what to look for), city_edit, country_edit, min_population, scope,
    search_button, results (a tree: found cities, their partners below), explore_button,
    message (what the search found, or what to fix), source_label (the data's attribution)."""

    key = "finder"
    icon_name = "finder"

    MODES = ("twins", "unpartnered", "similar")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mode = QComboBox(self)
        self.mode.setObjectName("finder_mode")
        self.mode.addItem(self.tr("Who a city is twinned with"), "twins")
        self.mode.addItem(self.tr("Cities of a country with no partner in ours"), "unpartnered")
        self.mode.addItem(self.tr("Cities like ours, and their partners"), "similar")
        look_for = QLabel(self.tr("&Look for:"), self)
        look_for.setBuddy(self.mode)

        self.city_edit = QLineEdit(self)
        self.city_edit.setObjectName("finder_city")
        self.city_edit.setPlaceholderText(self.tr("a city's name, e.g. Mataró"))
        self.country_edit = QLineEdit(self)
        self.country_edit.setObjectName("finder_country")
        self.country_edit.setPlaceholderText(self.tr("a country, e.g. Japan or JP"))
        self.min_population = QSpinBox(self)
        self.min_population.setObjectName("finder_min_population")
        self.min_population.setRange(0, 50_000_000)
        self.min_population.setSingleStep(10_000)
        self.min_population.setGroupSeparatorShown(True)
        self.min_population.setSpecialValueText(self.tr("any size"))
        self.scope = QComboBox(self)
        self.scope.setObjectName("finder_scope")
        self.scope.addItem(self.tr("in the whole world"), "world")
        self.scope.addItem(self.tr("on our continent"), "continent")
        self.scope.addItem(self.tr("in our country"), "country")

        self.inputs = QStackedWidget(self)
        for rows in (
            ((self.tr("&City:"), self.city_edit),),
            (
                (self.tr("C&ountry:"), self.country_edit),
                (self.tr("At le&ast:"), self.min_population),
            ),
            ((self.tr("&Where:"), self.scope),),
        ):
            box = QWidget(self.inputs)
            form = QFormLayout(box)
            form.setContentsMargins(0, 0, 0, 0)
            for text, widget in rows:
                label = QLabel(text, box)
                label.setBuddy(widget)
                form.addRow(label, widget)
            self.inputs.addWidget(box)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        for edit in (self.city_edit, self.country_edit):
            edit.returnPressed.connect(self.search)
        self.min_population.editingFinished.connect(self._on_spin_done)

        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setObjectName("finder_search")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)

        self.results = QTreeWidget(self)
        self.results.setObjectName("finder_results")
        self.results.setColumnCount(4)
        self.results.setHeaderLabels(
            [self.tr("City"), self.tr("People"), self.tr("Twinnings"), self.tr("Why")]
        )
        self.results.setAlternatingRowColors(True)
        self.results.setUniformRowHeights(True)
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.setStretchLastSection(True)
        self.results.currentItemChanged.connect(self._on_current_changed)
        self.results.itemActivated.connect(lambda *_: self.explore())

        self.explore_button = QPushButton(self.tr("Start E&xploring"), self)
        self.explore_button.setObjectName("finder_explore")
        self.explore_button.setToolTip(
            self.tr("Add the chosen city as a partnership with the status exploring")
        )
        self.explore_button.setEnabled(False)
        self.explore_button.clicked.connect(self.explore)

        self.message = QLabel(self)
        self.message.setObjectName("finder_message")
        self.message.setWordWrap(True)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("finder_source")
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.setOpenExternalLinks(True)
        self.source_label.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(look_for)
        top.addWidget(self.mode, 1)
        ask = QHBoxLayout()
        ask.addWidget(self.inputs, 1)
        ask.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.explore_button)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{html.escape(self.tr('Partner Finder'))}</h2>", self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addLayout(ask)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.source_label)
        self._on_mode_changed()

    def title(self) -> str:
        return self.tr("Partner Finder")

    def is_affected_by(self, changes: Changes) -> bool:
        return False  # the snapshot does not change; a new partnership shows on its own page

    def load(self) -> None:
        from sistercommittee.services.finder import default_snapshot

        self.ctx.read(self, default_snapshot).on_success(self._show_source).run()

    def focus_search(self) -> None:
        self._first_input().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- searching ---------------------------------------------------------------------------

    def _first_input(self) -> QWidget:
        return (self.city_edit, self.country_edit, self.scope)[self.mode.currentIndex()]

    @Slot()
    def _on_mode_changed(self) -> None:
        index = self.mode.currentIndex()
        # Only the shown questions take room: the stack is as tall as its current page.
        for number in range(self.inputs.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self.inputs.widget(number).setSizePolicy(policy, policy)
        self.inputs.setCurrentIndex(index)
        self.inputs.adjustSize()

    @Slot()
    def _on_spin_done(self) -> None:
        if self.min_population.hasFocus():
            self.search()

    @Slot()
    def search(self) -> None:
        if not self.ctx.ready:
            return
        from sistercommittee.services import finder

        mode = self.MODES[self.mode.currentIndex()]
        db = self.ctx.db
        city, country = self.city_edit.text(), self.country_edit.text()
        least = self.min_population.value() or None
        scope = str(self.scope.currentData())
        home_country = self.ctx.org.country if self.ctx.org else ""

        def run() -> tuple[FinderResult, ...]:
            snapshot = finder.default_snapshot()
            if mode == "twins":
                return snapshot.twins_of(city)
            if mode == "unpartnered":
                return snapshot.unpartnered(country, home_country, min_population=least)
            from sistercommittee.services import finder_profile

            home = finder.home_city(db, snapshot)
            return snapshot.similar(
                home,
                our_partner_countries=finder.our_partner_countries(db),
                profile=finder_profile.our_profile(db),
                directory=finder_profile.load_directory(db),
                scope=scope,
            )

        self.message.setText(self.tr("Searching…"))
        self.ctx.read(self, run).on_success(self.show_results).on_failure(self._show_problem).run()

    def show_results(self, results: tuple[FinderResult, ...]) -> None:
        self.results.clear()
        for result in results:
            top = self._item(result.place, result.reason)
            for partner in result.partners:
                top.addChild(self._item(partner, ""))
            self.results.addTopLevelItem(top)
        if len(results) == 1:
            self.results.topLevelItem(0).setExpanded(True)
        if results:
            self.results.setCurrentItem(self.results.topLevelItem(0))
            # A plural: Spanish says "Se encontró 1 ciudad", "Se encontraron 2 ciudades".
            self.message.setText(
                self.tr("%n found. Choose a city and Start Exploring to add it.", "", len(results))
            )
        else:
            self.message.setText(self.tr("Nothing found: try another name, country or size."))
        self.status_message.emit(self.message.text())

    def _item(self, place: FinderPlace, reason: str) -> QTreeWidgetItem:
        people = QLocale().toString(place.population) if place.population else ""
        reason = shown(reason)
        item = QTreeWidgetItem([shown(place.label), people, str(place.partners), reason])
        item.setData(0, _PLACE, place)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, place.wikidata_url)
        if reason:
            item.setToolTip(3, reason)  # the whole of why, which the column may cut
        return item

    def _show_problem(self, error: BaseException) -> None:
        self.message.setText(shown_error(error))
        self.status_message.emit(self.message.text())

    def _show_source(self, snapshot: Any) -> None:
        info = snapshot.info
        self.source_label.setText(
            html.escape(shown(info.attribution))
            + f' <a href="{html.escape(info.source_url)}">{html.escape(self.tr("Source"))}</a>'
        )

    # --- starting a partnership --------------------------------------------------------------

    def chosen(self) -> FinderPlace | None:
        item = self.results.currentItem()
        return item.data(0, _PLACE) if item is not None else None

    @Slot()
    def _on_current_changed(self) -> None:
        place = self.chosen()
        self.explore_button.setEnabled(place is not None and place.country is not None)

    @Slot()
    def explore(self) -> None:
        place = self.chosen()
        if place is None or not self.ctx.ready:
            return
        from sistercommittee.services import finder

        db = self.ctx.db

        def run() -> Changes:
            return finder.start_exploring(db, finder.default_snapshot(), place.qid, qt_translate)

        def done(_: Any) -> None:
            self.message.setText(
                self.tr(
                    "Added {city} to the partnerships, status exploring. Open it on the "
                    "Partnerships page to add contacts."
                ).format(city=shown(place.label))
            )
            self.status_message.emit(self.message.text())

        self.ctx.write(self, run, initiator=self).on_success(done).on_failure(
            self._show_problem
        ).run()
