"""What the Exchanges page's detail tabs do to the chosen exchange: add, edit and remove its
participants, host families, stays, itinerary items and costs (removals undoable), and open the
planning and hosting details. A child of the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from sistercommittee.ui.undo import remove_rows

if TYPE_CHECKING:
    from sistercommittee.services.exchanges import (
        CostInfo,
        ExchangeDetail,
        HostFamilyInfo,
        ItineraryInfo,
        ParticipantInfo,
        StayInfo,
    )
    from sistercommittee.ui.context import AppContext


class ExchangeParts(QObject):
    """The actions on the parts of the exchange ``detail()`` returns (None: none chosen)."""

    def __init__(
        self,
        ctx: AppContext,
        page: QWidget,
        detail: Callable[[], ExchangeDetail | None],
        partner_zone: Callable[[], str | None],
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.detail = detail
        self.partner_zone = partner_zone

    def _with(self, opener: Any, *args: Any) -> None:
        detail = self.detail()
        if detail is not None:
            opener(self.ctx, self.page, detail, *args)

    # participants
    def add_participant(self) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_participant

        self._with(open_participant)

    def edit_participant(self, participant: ParticipantInfo) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_participant

        self._with(open_participant, participant)

    def participant_details(self, chosen: list[ParticipantInfo]) -> None:
        from sistercommittee.ui.dialogs.planner_dialogs import open_participant_details

        if len(chosen) == 1:
            open_participant_details(self.ctx, self.page, chosen[0].id, chosen[0].name)

    def remove_participants(self, rows: list[ParticipantInfo]) -> None:
        from sistercommittee.services import exchanges as svc

        # Undo brings them back with the stays removed with them that still fit.
        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n participant(s)", "", len(rows)),
            svc.remove_participants,
            svc.restore_participants,
            rows,
        )

    # hosting
    def add_host(self) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_host_family

        self._with(open_host_family)

    def edit_host(self, family: HostFamilyInfo) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_host_family

        self._with(open_host_family, family)

    def host_details(self, chosen: list[HostFamilyInfo]) -> None:
        from sistercommittee.ui.dialogs.planner_dialogs import open_host_details

        if len(chosen) == 1:
            open_host_details(self.ctx, self.page, chosen[0].id, chosen[0].family_name)

    def remove_hosts(self, rows: list[HostFamilyInfo]) -> None:
        from sistercommittee.services import exchanges as svc

        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n host family(ies)", "", len(rows)),
            svc.remove_host_families,
            svc.restore_host_families,
            rows,
        )

    def place_guest(self, families: list[HostFamilyInfo]) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_stay

        self._with(open_stay, families[0] if len(families) == 1 else None)

    def remove_stays(self, rows: list[StayInfo]) -> None:
        from sistercommittee.services import exchanges as svc

        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n stay(s)", "", len(rows)),
            svc.remove_stays,
            svc.restore_stays,
            rows,
        )

    # itinerary
    def add_item(self) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_itinerary_item

        self._with(open_itinerary_item, self.partner_zone())

    def edit_item(self, item: ItineraryInfo) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_itinerary_item

        self._with(open_itinerary_item, self.partner_zone(), item)

    def remove_items(self, rows: list[ItineraryInfo]) -> None:
        from sistercommittee.services import exchanges as svc

        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n itinerary item(s)", "", len(rows)),
            svc.remove_itinerary_items,
            svc.restore_itinerary_items,
            rows,
        )

    # costs
    def add_cost(self) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_cost

        self._with(open_cost)

    def edit_cost(self, cost: CostInfo) -> None:
        from sistercommittee.ui.dialogs.exchange_dialog import open_cost

        self._with(open_cost, cost)

    def remove_costs(self, rows: list[CostInfo]) -> None:
        from sistercommittee.services import exchanges as svc

        remove_rows(
            self.ctx,
            self.page,
            self.tr("Remove %n cost(s)", "", len(rows)),
            svc.remove_costs,
            svc.restore_costs,
            rows,
        )
