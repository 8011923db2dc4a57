"""The delegation planner: for each exchange, the work a committee otherwise does by hand.

- checklist.py: the checklist with deadlines worked back from the travel date, its ticks, and
  ``deadlines(db, until)``, the dated items an agenda shows;
- visas.py: the visa lead time of each destination (shipped defaults, the committee's figures);
- details.py: the planning details of participants and host families (passport, languages …);
- homestays.py: suggestions of host families for the travellers, with their reasons;
- emergency.py: what the emergency sheet for chaperones holds;
- privacy.py: the purge of minors' personal data a set time after the trip.
"""

from __future__ import annotations

from sistercommittee.services.planner.checklist import (
    Checklist,
    ChecklistItem,
    Deadline,
    add_item,
    check_item,
    checklist,
    deadlines,
    remove_item,
)
from sistercommittee.services.planner.details import (
    HOST_DETAILS_FORM,
    PARTICIPANT_DETAILS_FORM,
    host_family_details,
    participant_details,
    set_host_family_details,
    set_participant_details,
)
from sistercommittee.services.planner.emergency import emergency_sheet_data
from sistercommittee.services.planner.homestays import (
    HomestayPlan,
    Suggestion,
    accept_suggestions,
    homestay_plan,
)
from sistercommittee.services.planner.privacy import (
    PurgeStatus,
    privacy_settings,
    purge_minors_data,
    purge_status,
    purges_due,
    set_privacy_settings,
)
from sistercommittee.services.planner.visas import (
    LeadTime,
    lead_time,
    reset_visa_lead_time,
    set_visa_lead_time,
    visa_lead_times,
)

__all__ = [
    "HOST_DETAILS_FORM",
    "PARTICIPANT_DETAILS_FORM",
    "Checklist",
    "ChecklistItem",
    "Deadline",
    "HomestayPlan",
    "LeadTime",
    "PurgeStatus",
    "Suggestion",
    "accept_suggestions",
    "add_item",
    "check_item",
    "checklist",
    "deadlines",
    "emergency_sheet_data",
    "homestay_plan",
    "host_family_details",
    "lead_time",
    "participant_details",
    "privacy_settings",
    "purge_minors_data",
    "purge_status",
    "purges_due",
    "remove_item",
    "reset_visa_lead_time",
    "set_host_family_details",
    "set_participant_details",
    "set_privacy_settings",
    "set_visa_lead_time",
    "visa_lead_times",
]
