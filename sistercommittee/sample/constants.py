"""The sample's fixed figures: the day it is "as of", how much of each record one unit of scale
makes, the shapes of events by kind, weights of kinds and programs, and the exchange rates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sistercommittee.sample.texts import marked

# US dollars for one unit, roughly the yearly averages of the 2020s (the sample keeps one rate per
# currency for every year).
SAMPLE_RATES = {
    "CNY": "0.14",
    "EGP": "0.032",
    "EUR": "1.08",
    "GBP": "1.26",
    "ILS": "0.27",
    "INR": "0.012",
    "JPY": "0.0068",
    "KRW": "0.00075",
    "MXN": "0.055",
    "PLN": "0.25",
    "THB": "0.028",
    "TRY": "0.035",
    "UAH": "0.026",
    "VND": "0.00004",
}

# Of an event's attendance, the share of people under 18 (percent), for the kinds that record it.
YOUTH_SHARE = {"festival": 20, "performance": 15, "workshop": 30, "virtual_exchange": 40}

# The day the sample data is "as of": events after it are still planned, without attendance or
# hours. Fixed, so that a seed always gives the same database.
AS_OF = date(2026, 11, 15)
EVENTS_FROM = date(2021, 1, 1)
EVENTS_UNTIL = date(2026, 12, 31)
# Ready-made offsets for the hot loops (a timedelta made per row costs more than the lookup).
DAYS = [timedelta(days=n) for n in range((AS_OF - date(2010, 1, 1)).days + 1)]
MINUTES = {n: timedelta(minutes=n) for n in range(-120, 24 * 60 + 1)}
# When the committee started keeping its records in the app: older history was typed in then.
RECORDS_FROM = date(2020, 9, 14)
JOINED_FROM = date(2012, 1, 1)

# Per unit of scale.
VOLUNTEERS_PER_SCALE = 150
EVENTS_PER_SCALE = 500
HOURS_PER_SCALE = 5000
EXCHANGES_PER_SCALE = 16
PARTNERSHIPS_PER_SCALE = 8  # beyond the base pool of 15 cities

KIND_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("meeting", 34),
    ("festival", 5),
    ("fundraiser", 9),
    ("reception", 8),
    ("virtual_exchange", 10),
    ("ceremony", 4),
    ("workshop", 14),
    ("performance", 7),
    ("other", 9),
)


@dataclass(frozen=True)
class _Shape:
    hours: tuple[int, ...]  # local start hours
    minutes: tuple[int, int]  # duration range
    shifts: tuple[int, int]
    attendance: tuple[int, int]
    weekdays: tuple[int, ...]  # 0 = Monday


SHAPES: dict[str, _Shape] = {
    "meeting": _Shape((18, 19), (60, 120), (0, 1), (5, 18), (1, 2, 3)),
    "festival": _Shape((10, 11), (360, 540), (12, 24), (300, 2500), (5,)),
    "fundraiser": _Shape((17, 18), (180, 240), (5, 10), (60, 250), (4, 5)),
    "reception": _Shape((17, 18), (90, 150), (3, 6), (25, 120), (0, 1, 2, 3, 4)),
    "virtual_exchange": _Shape((), (60, 90), (1, 3), (12, 80), (0, 1, 2, 3, 4)),
    "ceremony": _Shape((10, 11, 16), (60, 120), (2, 5), (30, 200), (0, 2, 4, 5)),
    "workshop": _Shape((10, 14, 18), (90, 180), (2, 4), (8, 40), (1, 3, 5)),
    "performance": _Shape((19,), (120, 150), (3, 8), (80, 400), (4, 5)),
    "other": _Shape((9, 10, 13), (120, 300), (1, 3), (20, 200), (0, 2, 5, 6)),
}

HOURS_ACTIVITIES: dict[str, tuple[str, ...]] = {
    "meeting": (
        marked("Committee planning call"),
        marked("Meeting with city hall staff"),
        marked("Board retreat"),
        marked("Call with the partner committee"),
    ),
    "administration": (
        marked("Newsletter"),
        marked("Membership records"),
        marked("Bookkeeping"),
        marked("Annual report to Sister Cities International"),
        marked("Website updates"),
        marked("Photo archive"),
    ),
    "fundraising": (
        marked("Sponsor visits"),
        marked("Grant application"),
        marked("Raffle ticket sales"),
        marked("Donor letters"),
    ),
    "hosting": (
        marked("Airport pick-up"),
        marked("Hosted a visiting teacher"),
        marked("City tour for guests"),
    ),
    "other": (
        marked("School presentation"),
        marked("Library display"),
        marked("Radio interview"),
        marked("Parade float"),
    ),
}
OTHER_HOURS_KINDS: tuple[tuple[str, int], ...] = (
    ("administration", 30),
    ("meeting", 22),
    ("translation", 16),
    ("fundraising", 14),
    ("hosting", 6),
    ("other", 12),
)

PROGRAM_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("youth", 35),
    ("education", 14),
    ("culture", 20),
    ("business_trade", 10),
    ("municipal", 10),
    ("humanitarian", 4),
    ("sports", 7),
)

# Rough rates to turn costs in USD into the partner's currency, for costs paid abroad.
USD_RATES = {
    "JPY": 150.0, "CNY": 7.2, "KRW": 1350.0, "EGP": 48.0, "UAH": 41.0, "EUR": 0.92,
    "MXN": 17.0, "ILS": 3.7, "INR": 83.0, "THB": 35.0, "VND": 25000.0, "TRY": 32.0,
    "PLN": 4.0, "USD": 1.0,
}

VARIANT_STATUSES: tuple[tuple[str, int], ...] = (
    ("active", 62),
    ("dormant", 12),
    ("ended", 6),
    ("reopened", 5),
    ("proposed", 8),
    ("exploring", 7),
)


# The partner cities' own days worth marking (the health view and the agenda show them): the day
# ("MM-DD" every year, or a full date) and what it is.
MARKED_DATES: dict[str, tuple[tuple[str, str], ...]] = {
    "takayama": (
        ("04-14", marked("Spring Takayama Festival")),
        ("10-09", marked("Autumn Takayama Festival")),
    ),
    "merida": (("1542-01-06", marked("Mérida founded")),),
}

