"""Ranges are isolated (FSI … PDI) in the text of a right-to-left layout, and only there: what
each template's range takes in, what stays outside it, and what is no range."""

from __future__ import annotations

from datetime import date

import pytest

from sistercommittee.messages import DaySpan, english, msg, render
from sistercommittee.messages.ranges import FSI, PDI, isolate_ranges


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("{start}–{end} on {day}", "[{start}–{end}] on {day}"),
        ("{first_day} {start} – {last_day} {end}", "[{first_day} {start} – {last_day} {end}]"),
        (
            "{a}–{b} {day} in {city} = {c}–{d} {day2}",
            "[{a}–{b}] {day} in {city} = [{c}–{d}] {day2}",
        ),
        ("{day}の{start}～{end}", "{day}の[{start}～{end}]"),
        ("%1-%2", "[%1-%2]"),
        ("at work (8:00–18:00 on weekdays)", "at work ([8:00–18:00] on weekdays)"),
        # not ranges: a date, an em dash between two things, a count, a hyphen between words
        ("2026-04-11", "2026-04-11"),
        ("MOU with {city} — {signed}", "MOU with {city} — {signed}"),
        ("{shown} of {total}", "{shown} of {total}"),
        ("{a} - {b}", "{a} - {b}"),
    ],
)
def test_what_a_range_takes_in(text: str, isolated: str) -> None:
    assert isolate_ranges(text) == isolated.replace("[", FSI).replace("]", PDI)


def _mirrored(context: str, text: str) -> str:
    return text


_mirrored.right_to_left = True  # type: ignore[attr-defined]


def test_only_a_right_to_left_rendering_isolates() -> None:
    message = msg("{start}–{end} on {day}", start="08:00", end="11:00", day="2026-04-11")
    assert render(message, english) == str(message) == "08:00–11:00 on 2026-04-11"
    assert render(message, _mirrored) == f"{FSI}08:00–11:00{PDI} on 2026-04-11"
    span = DaySpan(date(2026, 5, 14), date(2026, 5, 16))
    assert render(span, english) == "May 14–16, 2026"
    assert render(span, _mirrored) == f"{FSI}May 14–16, 2026{PDI}"
