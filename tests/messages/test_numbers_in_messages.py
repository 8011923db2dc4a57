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


def test_an_iso_day_stays_iso_in_english_and_takes_the_languages_short_form() -> None:
    import pickle
    from datetime import date

    from sistercommittee.messages import ISO, Day
    from sistercommittee.messages.as_json import from_json, to_json

    day = Day(date(2025, 10, 1), ISO)
    message = msg("Given on {day}: ask {name} to renew it.", day=day, name="Ana")
    assert str(message) == "Given on 2025-10-01: ask Ana to renew it."  # as it always was
    assert render(message, english) == str(message)
    assert render(message, _in("en_GB")) == str(message)
    assert render(message, _in("en_XA")) == str(message)  # the pseudo-locales keep the digits
    assert render(day, _in("es_ES")) == "1 oct 2025"
    assert render(day, _in("es_MX")) == "1 oct 2025"
    assert render(day, _in("ja")) == "2025年10月1日"
    for again in (pickle.loads(pickle.dumps(message)), from_json(to_json(message))):
        assert render(again, _in("ja")) == "Given on 2025年10月1日: ask Ana to renew it."
