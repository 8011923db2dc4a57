"""Every field parser either returns a value or raises FieldProblem with a sentence: never any
other exception, whatever is typed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sistercommittee.domain.enums import HoursKind, VolunteerRole
from sistercommittee.errors import ValidationError
from sistercommittee.services import fields as f
from sistercommittee.services.forms import OrgDefaults, validate
from sistercommittee.services.volunteers import VOLUNTEER_FORM

PARSERS = {
    "text": lambda raw: f.text(raw, "Name"),
    "text_list": lambda raw: f.text_list(raw, "Skills"),
    "country": lambda raw: f.country(raw, "Country"),
    "currency": lambda raw: f.currency(raw, "Currency"),
    "language": lambda raw: f.language(raw, "Language"),
    "time_zone": lambda raw: f.time_zone(raw, "Time zone"),
    "email": lambda raw: f.email(raw, "Email"),
    "phone": lambda raw: f.phone(raw, "Phone", region="US"),
    "choice": lambda raw: f.choice(HoursKind)(raw, "Kind"),
    "choices": lambda raw: f.choices(VolunteerRole)(raw, "Roles"),
    "boolean": lambda raw: f.boolean(raw, "Active"),
    "integer": lambda raw: f.integer(raw, "Attendance"),
    "money": lambda raw: f.money_minor(raw, "Amount", "USD"),
    "money_jpy": lambda raw: f.money_minor(raw, "Amount", "JPY"),
    "hours": lambda raw: f.hours_minutes(raw, "Hours"),
    "date": lambda raw: f.calendar_date(raw, "Date"),
    "datetime": lambda raw: f.local_datetime(raw, "Starts", "Asia/Tokyo"),
    "clock": lambda raw: f.clock_time(raw, "Time"),
}

typed_text = st.one_of(
    st.text(max_size=60),
    st.from_regex(r"[0-9 ./:,-]{1,20}", fullmatch=True),
    # Numbers too big for C: a 20-digit hour, year or exponent in a date, time or amount.
    st.from_regex(r"([0-9]{1,25}[ ./:,-]){0,3}[0-9]{15,25}([ :.][0-9]{1,25})?( [AP]M)?",
                  fullmatch=True),
    st.sampled_from(["", " ", "nan", "inf", "-1", "1e999", "2026-02-30", "24:00", "+1", "@",
                     "\u202e", "\x00", "ja:fluent", "zh-Hant", "Asia", "a" * 500]),
)


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=typed_text)
# Each input that once got through as another exception, kept so that it is tried on every run.
@example(raw="America")  # a folder of zoneinfo: OSError
@example(raw="1/1/99999999999999999999")  # a 20-digit year: OverflowError in babel
@example(raw="nan")
@example(raw="inf")
@example(raw="1e999999")  # decimals no arithmetic can use
@example(raw="2:75")
@example(raw="99999999999999999999:00")  # a 20-digit hour: OverflowError in babel
@example(raw="99999999999:00 PM")
@example(raw="0e999999999999999")
@example(raw="1/1/2026 99999999999999999999:00")
@example(raw="0001-01-01T00:00")  # east of UTC, before the first year: OverflowError
@example(raw="9999-12-31T23:59-12:00")  # after the last year in UTC
def test_parsers_never_raise_anything_but_a_field_problem(name, raw):
    try:
        PARSERS[name](raw)
    except f.FieldProblem as problem:
        message = str(problem)
        assert message and message[0].isupper() and message.rstrip().endswith(".")


@settings(max_examples=200, deadline=None)
@given(values=st.dictionaries(st.sampled_from(VOLUNTEER_FORM.names), typed_text, max_size=8))
def test_volunteer_form_validates_or_names_the_fields(values):
    try:
        parsed = validate(VOLUNTEER_FORM, values, OrgDefaults("US", "USD", "America/Chicago"))
    except ValidationError as error:
        assert error.errors
        assert set(error.errors) <= set(VOLUNTEER_FORM.names)
    else:
        assert parsed["given_name"]


@pytest.mark.parametrize(
    ("parser", "raw", "expected"),
    [
        ("country", "jp", "JP"),
        ("country", "JPN", "JP"),
        ("country", "Germany", "DE"),
        ("language", "zh-hant", "zh-Hant"),
        ("language", "EN-us", "en-US"),
        ("currency", "jpy", "JPY"),
        ("phone", "(217) 555-0142", "+12175550142"),
        ("phone", "+81 3-1234-5678", "+81312345678"),
        ("money", "1,250.50", 125050),
        ("money_jpy", "1200", 1200),
        ("hours", "2:30", 150),
        ("hours", "2.5", 150),
        ("hours", "1h15", 75),
        ("date", "2026-11-24", date(2026, 11, 24)),
        ("date", "11/24/2026", date(2026, 11, 24)),
        ("boolean", "Yes", True),
        ("choices", "board; coordinator", ["board", "coordinator"]),
    ],
)
def test_parsers_accept_what_people_type(parser, raw, expected):
    assert PARSERS[parser](raw) == expected


@pytest.mark.parametrize(
    ("parser", "raw", "fragment"),
    [
        ("money_jpy", "12.50", "more decimals than JPY uses"),
        ("hours", "30", "more than 24 hours"),
        ("country", "Narnia", "Use its two-letter code"),
        ("time_zone", "Mars/Olympus", "Asia/Tokyo"),
        ("integer", "-3", "cannot be less than 0"),
    ],
)
def test_refusals_say_what_to_fix(parser, raw, fragment):
    with pytest.raises(f.FieldProblem, match=fragment):
        PARSERS[parser](raw)
