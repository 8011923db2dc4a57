"""Partnerships with cities abroad: add and edit them, move them through their lifecycle (with its
history kept), keep the partner side's contacts, and list them with their latest activity."""

from __future__ import annotations

from sistercommittee.services.partnerships.common import (
    LIFECYCLE,
    allowed_next,
    city_with_local_name,
    country_name,
    default_language,
    fold,
    future_date_problem,
    label,
    latest_date_anywhere,
    same_name,
    today_in,
)
from sistercommittee.services.partnerships.contacts import (
    add_contact,
    contact_form_values,
    delete_contact,
    delete_contacts,
    edit_contact,
    restore_contact,
    restore_contacts,
)
from sistercommittee.services.partnerships.forms import CONTACT_FORM, PARTNERSHIP_FORM
from sistercommittee.services.partnerships.partnership import (
    add_partnership,
    delete_partnership,
    delete_partnerships,
    edit_partnership,
    partnership_form_values,
    restore_partnership,
    restore_partnerships,
)
from sistercommittee.services.partnerships.queries import (
    get_partnership,
    list_partnerships,
    partnership_choices,
    partnerships_without_activity,
)
from sistercommittee.services.partnerships.results import (
    ContactInfo,
    MouSummary,
    PartnershipDetail,
    PartnershipQuery,
    PartnershipRow,
    PartnershipSortKey,
    StatusStep,
)
from sistercommittee.services.partnerships.status import (
    change_status,
    restore_status_change,
    revert_status_change,
)
from sistercommittee.services.partnerships.zones import default_time_zone, zone_fits_country

__all__ = [
    "CONTACT_FORM",
    "LIFECYCLE",
    "PARTNERSHIP_FORM",
    "ContactInfo",
    "MouSummary",
    "PartnershipDetail",
    "PartnershipQuery",
    "PartnershipRow",
    "PartnershipSortKey",
    "StatusStep",
    "add_contact",
    "add_partnership",
    "allowed_next",
    "change_status",
    "city_with_local_name",
    "contact_form_values",
    "country_name",
    "default_language",
    "default_time_zone",
    "delete_contact",
    "delete_contacts",
    "delete_partnership",
    "delete_partnerships",
    "edit_contact",
    "edit_partnership",
    "fold",
    "future_date_problem",
    "get_partnership",
    "label",
    "latest_date_anywhere",
    "list_partnerships",
    "partnership_choices",
    "partnership_form_values",
    "partnerships_without_activity",
    "restore_contact",
    "restore_contacts",
    "restore_partnership",
    "restore_partnerships",
    "restore_status_change",
    "revert_status_change",
    "same_name",
    "today_in",
    "zone_fits_country",
]
