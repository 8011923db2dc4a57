"""Exchanges: delegations between the two cities, who goes, who hosts them, the programme and what
it costs.

An exchange owns its participants, host families, stays, itinerary and costs. Deleting an exchange
tombstones only the exchange row, so that restoring it brings everything back as it was; the rows
below it are reached only through a live exchange.

Each removal has its restore_<part>, the undo of the removal: it brings the same row back (same
id, so that older undo steps still find it) after checking again what may have changed meanwhile,
such as a host family's free beds for a restored stay.

Stays count nights: a stay from 12 May to 15 May covers the nights of 12, 13 and 14 May, and the
guest leaves on the 15th. An exchange from 10 to 17 May therefore has seven nights to place.
"""

from __future__ import annotations

from sistercommittee.services.exchanges.common import MAX_DAYS, MAX_HOST_CAPACITY
from sistercommittee.services.exchanges.costs import (
    add_cost,
    cost_form_values,
    edit_cost,
    remove_cost,
    remove_costs,
    restore_cost,
    restore_costs,
)
from sistercommittee.services.exchanges.exchange import (
    add_exchange,
    delete_exchange,
    delete_exchanges,
    edit_exchange,
    exchange_form_values,
    restore_exchange,
    restore_exchanges,
)
from sistercommittee.services.exchanges.forms import (
    COST_FORM,
    EXCHANGE_FORM,
    HOST_FAMILY_FORM,
    ITINERARY_FORM,
    PARTICIPANT_FORM,
)
from sistercommittee.services.exchanges.hosting import (
    add_host_family,
    assign_stay,
    edit_host_family,
    host_family_form_values,
    remove_host_families,
    remove_host_family,
    remove_stay,
    remove_stays,
    restore_host_families,
    restore_host_family,
    restore_stay,
    restore_stays,
)
from sistercommittee.services.exchanges.itinerary import (
    add_itinerary_item,
    edit_itinerary_item,
    itinerary_item_form_values,
    remove_itinerary_item,
    remove_itinerary_items,
    restore_itinerary_item,
    restore_itinerary_items,
)
from sistercommittee.services.exchanges.participants import (
    add_participant,
    edit_participant,
    participant_form_values,
    remove_participant,
    remove_participants,
    restore_participant,
    restore_participants,
)
from sistercommittee.services.exchanges.queries import (
    exchange_summary,
    get_exchange,
    list_exchanges,
)
from sistercommittee.services.exchanges.results import (
    CostInfo,
    CostTotal,
    ExchangeDetail,
    ExchangeQuery,
    ExchangeRow,
    ExchangeSummary,
    HostFamilyInfo,
    ItineraryInfo,
    ParticipantInfo,
    SortKey,
    StayInfo,
    SummaryLine,
    Unplaced,
)

__all__ = [
    "COST_FORM",
    "EXCHANGE_FORM",
    "HOST_FAMILY_FORM",
    "ITINERARY_FORM",
    "MAX_DAYS",
    "MAX_HOST_CAPACITY",
    "PARTICIPANT_FORM",
    "CostInfo",
    "CostTotal",
    "ExchangeDetail",
    "ExchangeQuery",
    "ExchangeRow",
    "ExchangeSummary",
    "HostFamilyInfo",
    "ItineraryInfo",
    "ParticipantInfo",
    "SortKey",
    "StayInfo",
    "SummaryLine",
    "Unplaced",
    "add_cost",
    "add_exchange",
    "add_host_family",
    "add_itinerary_item",
    "add_participant",
    "assign_stay",
    "cost_form_values",
    "delete_exchange",
    "delete_exchanges",
    "edit_cost",
    "edit_exchange",
    "edit_host_family",
    "edit_itinerary_item",
    "edit_participant",
    "exchange_form_values",
    "exchange_summary",
    "get_exchange",
    "host_family_form_values",
    "itinerary_item_form_values",
    "list_exchanges",
    "participant_form_values",
    "remove_cost",
    "remove_costs",
    "remove_host_families",
    "remove_host_family",
    "remove_itinerary_item",
    "remove_itinerary_items",
    "remove_participant",
    "remove_participants",
    "remove_stay",
    "remove_stays",
    "restore_cost",
    "restore_costs",
    "restore_exchange",
    "restore_exchanges",
    "restore_host_families",
    "restore_host_family",
    "restore_itinerary_item",
    "restore_itinerary_items",
    "restore_participant",
    "restore_participants",
    "restore_stay",
    "restore_stays",
]
