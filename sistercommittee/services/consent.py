"""Consent to be contacted: given on a date, valid for two years, then asked again.

Mailing lists and reminders use the same rule, so that nobody is written to on a lapsed consent
and the agenda asks for a renewal before it lapses.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

CONSENT_VALID_DAYS = 730  # two years, then the committee asks again
CONSENT_NOTICE_DAYS = 30  # the agenda asks for a renewal this long before it lapses
LAPSED_SHOWN_DAYS = 180  # and keeps reminding this long after


class ConsentState(StrEnum):
    GIVEN = "given"
    NOT_GIVEN = "not_given"
    LAPSED = "lapsed"


def lapses_on(consent_date: date) -> date:
    return consent_date + timedelta(days=CONSENT_VALID_DAYS)


def consent_state(contact_consent: bool, consent_date: date | None, today: date) -> ConsentState:
    if not contact_consent:
        return ConsentState.NOT_GIVEN
    if consent_date is not None and lapses_on(consent_date) <= today:
        return ConsentState.LAPSED
    return ConsentState.GIVEN
