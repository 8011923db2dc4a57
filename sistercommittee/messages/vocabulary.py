"""Words for the stored vocabularies (roles, statuses, kinds …): the English label of each stored
value, kept as data that the desktop app (ui/labels.py), the command line (cli/output.py) and the
documents (documents/shown.py) translate in the "Labels" context when they show it.

The domain keeps stable values ("committee_chair"); people read labels ("Committee chair"). Each
label is marked with QT_TRANSLATE_NOOP, which lupdate reads to collect it under its context
(resources/translations/update_translations.py reads this file with the UI's); here it is
the text itself, so nothing of Qt is loaded.
"""

from __future__ import annotations

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate, under ``context``; the text itself."""
    return text


LABELS: dict[str, dict[str, str]] = {
    "VolunteerRole": {
        "board": QT_TRANSLATE_NOOP("Labels", "Board member"),
        "committee_chair": QT_TRANSLATE_NOOP("Labels", "Committee chair"),
        "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
        "volunteer": QT_TRANSLATE_NOOP("Labels", "Volunteer"),
    },
    "LanguageLevel": {
        "native": QT_TRANSLATE_NOOP("Labels", "Native"),
        "fluent": QT_TRANSLATE_NOOP("Labels", "Fluent"),
        "conversational": QT_TRANSLATE_NOOP("Labels", "Conversational"),
        "basic": QT_TRANSLATE_NOOP("Labels", "Basic"),
    },
    "PartnershipKind": {
        "sister_city": QT_TRANSLATE_NOOP("Labels", "Sister city"),
        "friendship_city": QT_TRANSLATE_NOOP("Labels", "Friendship city"),
        "sister_county": QT_TRANSLATE_NOOP("Labels", "Sister county"),
        "sister_state": QT_TRANSLATE_NOOP("Labels", "Sister state"),
    },
    "PartnershipStatus": {
        "exploring": QT_TRANSLATE_NOOP("Labels", "Exploring"),
        "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "dormant": QT_TRANSLATE_NOOP("Labels", "Dormant"),
        "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
    },
    "FocusArea": {
        "culture": QT_TRANSLATE_NOOP("Labels", "Culture"),
        "education_youth": QT_TRANSLATE_NOOP("Labels", "Education and youth"),
        "business_trade": QT_TRANSLATE_NOOP("Labels", "Business and trade"),
        "municipal_technical": QT_TRANSLATE_NOOP("Labels", "Municipal and technical"),
        "humanitarian": QT_TRANSLATE_NOOP("Labels", "Humanitarian"),
        "sports": QT_TRANSLATE_NOOP("Labels", "Sports"),
        "sustainability": QT_TRANSLATE_NOOP("Labels", "Sustainability"),
        "health": QT_TRANSLATE_NOOP("Labels", "Health"),
        "arts": QT_TRANSLATE_NOOP("Labels", "Arts"),
        "tourism": QT_TRANSLATE_NOOP("Labels", "Tourism"),
    },
    "SignatorySide": {
        "home": QT_TRANSLATE_NOOP("Labels", "Our city"),
        "partner": QT_TRANSLATE_NOOP("Labels", "Partner city"),
    },
    "HoursKind": {
        "event": QT_TRANSLATE_NOOP("Labels", "Event"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
        "translation": QT_TRANSLATE_NOOP("Labels", "Translation"),
        "hosting": QT_TRANSLATE_NOOP("Labels", "Hosting"),
        "administration": QT_TRANSLATE_NOOP("Labels", "Administration"),
        "fundraising": QT_TRANSLATE_NOOP("Labels", "Fundraising"),
        "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "HoursStatus": {
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
        "pending": QT_TRANSLATE_NOOP("Labels", "Waiting for approval"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    },
    "EventKind": {
        "festival": QT_TRANSLATE_NOOP("Labels", "Festival"),
        "fundraiser": QT_TRANSLATE_NOOP("Labels", "Fundraiser"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
        "reception": QT_TRANSLATE_NOOP("Labels", "Reception"),
        "virtual_exchange": QT_TRANSLATE_NOOP("Labels", "Virtual exchange"),
        "ceremony": QT_TRANSLATE_NOOP("Labels", "Ceremony"),
        "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
        "performance": QT_TRANSLATE_NOOP("Labels", "Performance"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "BudgetDirection": {
        "income": QT_TRANSLATE_NOOP("Labels", "Income"),
        "expense": QT_TRANSLATE_NOOP("Labels", "Expense"),
    },
    "BudgetCategory": {
        "tickets": QT_TRANSLATE_NOOP("Labels", "Tickets"),
        "donations": QT_TRANSLATE_NOOP("Labels", "Donations"),
        "sponsorship": QT_TRANSLATE_NOOP("Labels", "Sponsorship"),
        "grants": QT_TRANSLATE_NOOP("Labels", "Grants"),
        "sales": QT_TRANSLATE_NOOP("Labels", "Sales"),
        "venue": QT_TRANSLATE_NOOP("Labels", "Venue"),
        "food": QT_TRANSLATE_NOOP("Labels", "Food"),
        "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
        "materials": QT_TRANSLATE_NOOP("Labels", "Materials"),
        "marketing": QT_TRANSLATE_NOOP("Labels", "Marketing"),
        "gifts": QT_TRANSLATE_NOOP("Labels", "Gifts"),
        "humanitarian_aid": QT_TRANSLATE_NOOP("Labels", "Humanitarian aid"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "ExchangeDirection": {
        "inbound": QT_TRANSLATE_NOOP("Labels", "Visiting us"),
        "outbound": QT_TRANSLATE_NOOP("Labels", "We travel"),
    },
    "ExchangeProgram": {
        "youth": QT_TRANSLATE_NOOP("Labels", "Youth"),
        "education": QT_TRANSLATE_NOOP("Labels", "Education"),
        "culture": QT_TRANSLATE_NOOP("Labels", "Culture"),
        "business_trade": QT_TRANSLATE_NOOP("Labels", "Business and trade"),
        "municipal": QT_TRANSLATE_NOOP("Labels", "Municipal"),
        "humanitarian": QT_TRANSLATE_NOOP("Labels", "Humanitarian"),
        "sports": QT_TRANSLATE_NOOP("Labels", "Sports"),
    },
    "CostBearer": {
        "participant": QT_TRANSLATE_NOOP("Labels", "The participant"),
        "host_committee": QT_TRANSLATE_NOOP("Labels", "The host committee"),
        "sending_committee": QT_TRANSLATE_NOOP("Labels", "The sending committee"),
        "host_families": QT_TRANSLATE_NOOP("Labels", "The host families"),
        "sponsor": QT_TRANSLATE_NOOP("Labels", "A sponsor"),
        "shared": QT_TRANSLATE_NOOP("Labels", "Shared"),
    },
    "ParticipantRole": {
        "delegate": QT_TRANSLATE_NOOP("Labels", "Delegate"),
        "chaperone": QT_TRANSLATE_NOOP("Labels", "Chaperone"),
        "student": QT_TRANSLATE_NOOP("Labels", "Student"),
        "host": QT_TRANSLATE_NOOP("Labels", "Host"),
        "interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    },
}
