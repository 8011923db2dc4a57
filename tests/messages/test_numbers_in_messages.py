"""Numbers in a message take the marks of the language it is shown in: Spain groups digits with
"." and marks decimals with ","; Mexico and Japan write them as English does."""

from __future__ import annotations

from sistercommittee.messages import english, msg, render


def _in(language: str):  # a translate function that only says its language
    def translate(context: str, text: str) -> str:
        return text

    translate.language = language  # type: ignore[attr-defined]
    return translate


def test_grouping_and_decimals_follow_the_language() -> None:
    message = msg("{people:,} people, {hours:,.1f} hours", people=109847, hours=2280.25)
    assert render(message, english) == "109,847 people, 2,280.2 hours"
    assert render(message, _in("es_ES")) == "109.847 people, 2.280,2 hours"
    assert render(message, _in("es_MX")) == "109,847 people, 2,280.2 hours"
    assert render(message, _in("ja")) == "109,847 people, 2,280.2 hours"
    assert str(message) == "109,847 people, 2,280.2 hours"  # the English value, for logs


def test_numbers_without_a_format_and_words_are_left_alone() -> None:
    message = msg("{count} of {total} in {year}: {name}", count=3, total=12, year=2026, name="1.5")
    assert render(message, _in("es_ES")) == "3 of 12 in 2026: 1.5"
    flagged = msg("{done} done", done=True)
    assert render(flagged, _in("es_ES")) == "True done"
