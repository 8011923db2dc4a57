"""The fixed vocabularies of the domain. Values are stored in the database and sent over sync, so a
value never changes once released; labels for people live in the UI and documents."""

from __future__ import annotations

from enum import StrEnum


class PartnershipKind(StrEnum):
    SISTER_CITY = "sister_city"
    FRIENDSHIP_CITY = "friendship_city"
    SISTER_COUNTY = "sister_county"
    SISTER_STATE = "sister_state"


class PartnershipStatus(StrEnum):
    EXPLORING = "exploring"
    PROPOSED = "proposed"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


# Which status may follow which. ENDED can be reopened as EXPLORING: cities do renew ties.
STATUS_TRANSITIONS: dict[PartnershipStatus, frozenset[PartnershipStatus]] = {
    PartnershipStatus.EXPLORING: frozenset(
        {PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, PartnershipStatus.ENDED}
    ),
    PartnershipStatus.PROPOSED: frozenset(
        {PartnershipStatus.EXPLORING, PartnershipStatus.ACTIVE, PartnershipStatus.ENDED}
    ),
    PartnershipStatus.ACTIVE: frozenset({PartnershipStatus.DORMANT, PartnershipStatus.ENDED}),
    PartnershipStatus.DORMANT: frozenset({PartnershipStatus.ACTIVE, PartnershipStatus.ENDED}),
    PartnershipStatus.ENDED: frozenset({PartnershipStatus.EXPLORING}),
}


class FocusArea(StrEnum):
    CULTURE = "culture"
    EDUCATION_YOUTH = "education_youth"
    BUSINESS_TRADE = "business_trade"
    MUNICIPAL_TECHNICAL = "municipal_technical"
    HUMANITARIAN = "humanitarian"
    SPORTS = "sports"
    SUSTAINABILITY = "sustainability"
    HEALTH = "health"
    ARTS = "arts"
    TOURISM = "tourism"


class SignatorySide(StrEnum):
    HOME = "home"
    PARTNER = "partner"


class VolunteerRole(StrEnum):
    BOARD = "board"
    COMMITTEE_CHAIR = "committee_chair"
    COORDINATOR = "coordinator"
    VOLUNTEER = "volunteer"


class LanguageLevel(StrEnum):
    NATIVE = "native"
    FLUENT = "fluent"
    CONVERSATIONAL = "conversational"
    BASIC = "basic"


class HoursKind(StrEnum):
    EVENT = "event"
    MEETING = "meeting"
    TRANSLATION = "translation"
    HOSTING = "hosting"
    ADMINISTRATION = "administration"
    FUNDRAISING = "fundraising"
    TRAVEL = "travel"
    OTHER = "other"


class HoursStatus(StrEnum):
    """Whether hours count: a volunteer's own log waits for a coordinator's approval."""

    APPROVED = "approved"
    PENDING = "pending"
    DECLINED = "declined"


class HoursDecision(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"


class EventKind(StrEnum):
    FESTIVAL = "festival"
    FUNDRAISER = "fundraiser"
    MEETING = "meeting"
    RECEPTION = "reception"
    VIRTUAL_EXCHANGE = "virtual_exchange"
    CEREMONY = "ceremony"
    WORKSHOP = "workshop"
    PERFORMANCE = "performance"
    OTHER = "other"


class BudgetDirection(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"


class BudgetCategory(StrEnum):
    TICKETS = "tickets"
    DONATIONS = "donations"
    SPONSORSHIP = "sponsorship"
    GRANTS = "grants"
    SALES = "sales"
    VENUE = "venue"
    FOOD = "food"
    TRAVEL = "travel"
    MATERIALS = "materials"
    MARKETING = "marketing"
    GIFTS = "gifts"
    HUMANITARIAN_AID = "humanitarian_aid"
    OTHER = "other"


class ExchangeDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ExchangeProgram(StrEnum):
    YOUTH = "youth"
    EDUCATION = "education"
    CULTURE = "culture"
    BUSINESS_TRADE = "business_trade"
    MUNICIPAL = "municipal"
    HUMANITARIAN = "humanitarian"
    SPORTS = "sports"


class CostBearer(StrEnum):
    """Who pays a visitor's travel or stay, as the invitation letter says it."""

    PARTICIPANT = "participant"
    HOST_COMMITTEE = "host_committee"  # we, on an inbound exchange
    SENDING_COMMITTEE = "sending_committee"  # the committee of the visitors' city
    HOST_FAMILIES = "host_families"
    SPONSOR = "sponsor"
    SHARED = "shared"


class ParticipantRole(StrEnum):
    DELEGATE = "delegate"
    CHAPERONE = "chaperone"
    STUDENT = "student"
    HOST = "host"
    INTERPRETER = "interpreter"
