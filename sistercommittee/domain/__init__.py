"""The domain model: SQLAlchemy 2 typed models, one module per aggregate.

Importing this package registers every table on ``Base.metadata``.
"""

from sistercommittee.domain.base import Base, Synced
from sistercommittee.domain.changelog import OutboxEntry, SyncState
from sistercommittee.domain.checkpoints import HqCheckpoint, SeenDevice, SentChange
from sistercommittee.domain.event import BudgetLine, Event, EventPartnership, Shift
from sistercommittee.domain.exchange import (
    Exchange,
    ExchangeCost,
    HostFamily,
    ItineraryItem,
    Participant,
    Stay,
)
from sistercommittee.domain.organization import Organization
from sistercommittee.domain.partnership import (
    Mou,
    MouScan,
    MouSignatory,
    MouText,
    PartnerContact,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.planner import (
    ChecklistCheck,
    HostFamilyDetails,
    MinorDataPurge,
    ParticipantDetails,
    PlannerSettings,
    VisaLeadTime,
)
from sistercommittee.domain.rates import ExchangeRate
from sistercommittee.domain.replication import (
    Conflict,
    OutboxBase,
    RowClocks,
    SyncAccount,
    UnknownField,
)
from sistercommittee.domain.reporting import ReportSent
from sistercommittee.domain.story import Photo, PhotoPerson, Story
from sistercommittee.domain.volunteer import (
    HoursEntry,
    HoursReview,
    NameCollation,
    Volunteer,
    VolunteerLanguage,
)

SYNCED_MODELS: tuple[type[Synced], ...] = (
    Organization,
    Partnership,
    StatusChange,
    PartnerContact,
    Mou,
    MouSignatory,
    MouText,
    MouScan,
    Volunteer,
    VolunteerLanguage,
    HoursEntry,
    Event,
    EventPartnership,
    Shift,
    BudgetLine,
    Exchange,
    Participant,
    HostFamily,
    Stay,
    ItineraryItem,
    ExchangeCost,
    ParticipantDetails,
    HostFamilyDetails,
    ChecklistCheck,
    VisaLeadTime,
    PlannerSettings,
    MinorDataPurge,
    ExchangeRate,
    HoursReview,
    ReportSent,
    Photo,
    PhotoPerson,
    Story,
)

__all__ = [
    "SYNCED_MODELS",
    "Base",
    "BudgetLine",
    "ChecklistCheck",
    "Conflict",
    "Event",
    "EventPartnership",
    "Exchange",
    "ExchangeCost",
    "ExchangeRate",
    "HostFamily",
    "HostFamilyDetails",
    "HoursEntry",
    "HoursReview",
    "HqCheckpoint",
    "ItineraryItem",
    "MinorDataPurge",
    "Mou",
    "MouScan",
    "MouSignatory",
    "MouText",
    "NameCollation",
    "Organization",
    "OutboxBase",
    "OutboxEntry",
    "Participant",
    "ParticipantDetails",
    "PartnerContact",
    "Partnership",
    "Photo",
    "PhotoPerson",
    "PlannerSettings",
    "ReportSent",
    "RowClocks",
    "SeenDevice",
    "SentChange",
    "Shift",
    "StatusChange",
    "Stay",
    "Story",
    "SyncAccount",
    "SyncState",
    "Synced",
    "UnknownField",
    "VisaLeadTime",
    "Volunteer",
    "VolunteerLanguage",
]
