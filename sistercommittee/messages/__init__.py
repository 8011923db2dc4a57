"""Messages with identity: what the services tell the user, kept as data until it is shown.

Every sentence a service, the sync or an importer raises for the user (a validation problem, a
refusal, an error) is written as

    msg("{label} is too long: at most {limit} characters, not {length}.",
        label=Term(label, "Forms"), limit=200, length=len(value))

``msg`` returns a ``Message``: a ``str`` whose value is the English sentence, exactly as the user
has always read it, that also keeps its template (the message's identity) and its parameters. So
logs, exports and anything that only needs the English go on treating it as text, while the UI and
the command line render it in the user's language at the moment they show it::

    render(message, translate)   # translate(context, english) -> the translated text

The catalog is Qt's translation files: the templates are the "Messages" context of
``resources/translations/sistercommittee_<lang>.ts``, collected from the sources by
``resources/translations/update_translations.py`` (see ``catalog.py``) and translated like every
other interface string; placeholders ``{name}`` stay as they are in a translation. Parameters that
are themselves messages are rendered in the same language; a ``Term`` (a field's label, a word of
a vocabulary) is translated in its own context ("Forms" for the labels of the forms). Other
parameters (names, numbers, file names) are shown as they are.

Rules: the template is one literal string (the extraction reads it from the source); never build
a message with ``+``, ``%``, ``.join`` or an f-string around a message (that gives plain English
text): put the parts in a template, or join messages with ``join_messages``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from sistercommittee.messages.ranges import isolate_ranges, isolated_range

CONTEXT = "Messages"
LABELS = "Forms"
NOUNS = "Nouns"

Translate = Callable[[str, str], str]
"""(context, English text) -> the text in the user's language (the English when none)."""


def english(context: str, text: str) -> str:
    """The translator of the source language: every text as it is written."""
    return text


class Term(str):
    """A word or label translated in its own context, e.g. a form's label "Start time" under
    "Forms". Its value is the English text."""

    context: str

    def __new__(cls, text: str, context: str = LABELS) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Term, (str.__str__(self), self.context))


class Day(str):
    """A calendar day in a message, written the way the user's language writes it ("14 May",
    "14 de mayo", "5月14日"); its value is the English form. ``skeleton`` is a CLDR skeleton:
    "dMMMM" for day and month, "yMMMd" with the year, "yMMMMd" with the month written out
    ("May 14, 2027"), "dMMMMy" the same written day first in English ("14 May 2027"). "iso" is
    a day where English has always written it as ISO 8601 ("2025-10-01": the agenda's and the
    health's details): the same in English, the language's short date otherwise ("1 oct 2025",
    "2025年10月1日")."""

    day: date
    skeleton: str

    def __new__(cls, day: date, skeleton: str = "dMMMM") -> Day:
        shown = super().__new__(cls, format_day(day, skeleton, "en"))
        shown.day = day
        shown.skeleton = skeleton
        return shown

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Day, (self.day, self.skeleton))


ISO = "iso"  # Day's form for a day English writes as 2025-10-01


def format_day(day: date, skeleton: str, language: str) -> str:
    from babel import Locale, UnknownLocaleError
    from babel import dates as babel_dates

    if skeleton == ISO:
        if language.split("_")[0] == "en" or is_pseudo_language(language):
            return day.isoformat()
        skeleton = "yMMMd"
    english_patterns = {"dMMMM": "d MMMM", "dMMMMy": "d MMMM y"}
    if skeleton in english_patterns and language.split("_")[0] == "en":
        # the forms the English messages have always used: "14 May", "14 May 2027"
        pattern = english_patterns[skeleton]
    else:
        skeleton = "yMMMMd" if skeleton == "dMMMMy" else skeleton
        try:
            locale = Locale.parse(language.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            locale = Locale.parse("en")
        return str(babel_dates.format_skeleton(skeleton, day, locale=locale))
    return str(babel_dates.format_date(day, pattern, locale="en"))


class DaySpan(str):
    """From one day to another in a message, written the way the user's language writes a span
    ("May 14–16, 2026", "14–16 de mayo de 2026", "2026年5月14日～16日"); its value is the English
    form."""

    first: date
    last: date

    def __new__(cls, first: date, last: date) -> DaySpan:
        shown = super().__new__(cls, _english_span(first, last))
        shown.first = first
        shown.last = last
        return shown

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (DaySpan, (self.first, self.last))


def _english_long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _english_span(first: date, last: date) -> str:
    if first == last:
        return _english_long(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.day}–{last.day}, {first.year}"
    return f"{_english_long(first)} to {_english_long(last)}"


def format_span(first: date, last: date, language: str) -> str:
    from babel import dates as babel_dates

    if language.split("_")[0] == "en":
        return _english_span(first, last)
    if first == last:
        return format_day(first, "yMMMMd", language)
    return str(babel_dates.format_interval(first, last, "yMMMMd", locale=_locale(language)))


class Country(str):
    """A country in a message, named in the user's language ("Japan", "Japón", "日本"); its
    value is the English name CLDR gives (the name the English messages have always used)."""

    code: str

    def __new__(cls, code: str) -> Country:
        shown = super().__new__(cls, country_in(code, "en"))
        shown.code = code
        return shown

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Country, (self.code,))


class LanguageName(str):
    """A language in a message, named in the user's language ("Japanese", "japonés", "日本語");
    its value is the English name. ``tag`` is a language tag ("ja", "pt-BR": its base is named)."""

    tag: str

    def __new__(cls, tag: str) -> LanguageName:
        shown = super().__new__(cls, language_in(tag, "en"))
        shown.tag = tag
        return shown

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (LanguageName, (self.tag,))


def _locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def country_in(code: str, language: str) -> str:
    """The country's name in ``language`` as CLDR writes it (the code when CLDR has none)."""
    return str(_locale(language).territories.get(code.upper(), code))


def language_in(tag: str, language: str) -> str:
    base = tag.split("-")[0].split("_")[0]
    return str(_locale(language).languages.get(base, tag))


class Ordinal(str):
    """An ordinal number in a message: "25th" in English, "25.º" in Spanish, "25" where the
    language writes the number alone (Japanese puts 目 in the template)."""

    number: int

    def __new__(cls, number: int) -> Ordinal:
        shown = super().__new__(cls, format_ordinal(number, "en"))
        shown.number = number
        return shown

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Ordinal, (self.number,))


def format_ordinal(number: int, language: str) -> str:
    base = language.split("_")[0]
    if base == "en":
        suffix = (
            "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        )
        return f"{number}{suffix}"
    if base in ("es", "pt", "it", "gl"):
        return f"{number}.º"
    if base == "fr":
        return f"{number}e" if number != 1 else "1er"
    if base == "de":
        return f"{number}."
    return str(number)


def is_pseudo_language(language: str) -> bool:
    return language.replace("-", "_") in ("en_XA", "ar_XB")


def language_of(translate: Translate) -> str:
    """The language a translate function renders in ("en" when it does not say)."""
    return str(getattr(translate, "language", "en") or "en")


def is_right_to_left(translate: Translate) -> bool:
    """Whether a translate function renders for a right-to-left layout (the interface's, when
    it is mirrored): then the ranges in a message keep their order (ranges.py). False when it
    does not say: the command line, exports and documents render text as it is."""
    return bool(getattr(translate, "right_to_left", False))


class Message(str):
    """A sentence for the user: its English text (the str value), its template and parameters.

    Attributes:
        template: the English template, the message's id in the catalog.
        params: the values of the template's placeholders.
    """

    template: str
    params: Mapping[str, object]
    catalogued: bool

    def __new__(cls, template: str, /, **params: object) -> Message:
        text = template.format(**{key: _english(value) for key, value in params.items()})
        message = super().__new__(cls, text)
        message.template = template
        message.params = params
        message.catalogued = True
        return message

    def __str__(self) -> str:
        # str(message) and str(exception) keep the message (and so its identity).
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.params), self.catalogued))

    def render(self, translate: Translate) -> str:
        template = translate(CONTEXT, self.template) or self.template
        if is_right_to_left(translate):
            template = isolate_ranges(template)
        values = {key: _rendered(value, translate) for key, value in self.params.items()}
        marks = _number_marks(language_of(translate))
        if marks is not None:
            values = {
                key: _Number(value, *marks) if _is_number(value) else value
                for key, value in values.items()
            }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message: the English.
            return self.template.format(**values)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@functools.cache
def _number_marks(language: str) -> tuple[str, str] | None:
    """(group, decimal) marks of ``language`` where they are not English's "," and "." (Spain's
    "12.345,5"), or None: the template's format spec ("{count:,}", "{hours:.1f}") applies, then
    the marks are swapped."""
    if language.split("_")[0] == "en" or is_pseudo_language(language):
        return None
    symbols: Any = _locale(language).number_symbols
    symbols = symbols.get("latn", symbols)
    group, decimal = str(symbols.get("group", ",")), str(symbols.get("decimal", "."))
    return None if (group, decimal) == (",", ".") else (group, decimal)


class _Number:
    """A number in a message shown in a language that groups digits or marks decimals
    differently from English."""

    def __init__(self, value: float, group: str, decimal: str) -> None:
        self.value, self.group, self.decimal = value, group, decimal

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def __str__(self) -> str:
        return format(self, "")


def _rebuild(template: str, params: dict[str, object], catalogued: bool) -> Message:
    message = Message(template, **params)
    message.catalogued = catalogued
    return message


_RENDERED = (Message, Term, Day, Ordinal, DaySpan, Country, LanguageName)


def _rendered(value: object, translate: Translate) -> object:
    """A parameter in the user's language; numbers and the like stay themselves, so that a
    template's format spec ("{count:,}") applies to them."""
    if isinstance(value, (*_RENDERED, BaseException)):
        return render(value, translate)
    return value


def _english(value: object) -> object:
    if isinstance(value, _RENDERED):
        return str.__str__(value)
    return value


def noun(text: str) -> Term:
    """The name of a kind of record in a message ("volunteer", "event shift"), translated in the
    "Nouns" context. The catalog collects the literal values of every ``what`` and
    ``parent_what`` argument (catalog.py)."""
    return Term(text, NOUNS)


def msg(template: str, /, **params: object) -> Message:
    """The message ``template`` with its parameters (the one spelling the extraction reads)."""
    return Message(template, **params)


def shipped(text: str) -> Message:
    """A sentence shipped with the app in a data file (a visa lead time's note), as a message:
    its template is the text itself, catalogued from that file (catalog.SHIPPED_TEXTS)."""
    message = Message(text.replace("{", "{{").replace("}", "}}"))
    return message


def render(text: object, translate: Translate = english) -> str:
    """``text`` in the user's language: a Message or Term translated, anything else as it is."""
    if isinstance(text, Message):
        return text.render(translate)
    if isinstance(text, Term):
        return translate(text.context, str.__str__(text)) or str.__str__(text)
    if isinstance(text, Day):
        language = language_of(translate)
        if language.split("_")[0] == "en":
            return str.__str__(text)
        return format_day(text.day, text.skeleton, language)
    if isinstance(text, Ordinal):
        return format_ordinal(text.number, language_of(translate))
    if isinstance(text, DaySpan):
        span = format_span(text.first, text.last, language_of(translate))
        return isolated_range(span) if is_right_to_left(translate) else span
    if isinstance(text, Country | LanguageName):
        language = language_of(translate)
        if language.split("_")[0] == "en" or is_pseudo_language(language):
            return str.__str__(text)
        if isinstance(text, Country):
            return country_in(text.code, language)
        return language_in(text.tag, language)
    if isinstance(text, BaseException):
        inner = text.args[0] if len(text.args) == 1 else getattr(text, "message", None)
        if isinstance(inner, Message | Term):
            return render(inner, translate)
    return str(text) if not isinstance(text, str) else str.__str__(text)


def join_messages(parts: Iterable[str], separator: str = " ") -> Message:
    """Several sentences as one message (each part rendered on its own)."""
    items = list(parts)
    template = separator.join(f"{{part{index}}}" for index in range(len(items)))
    message = Message(template, **{f"part{index}": item for index, item in enumerate(items)})
    message.catalogued = False  # only its parts are in the catalog
    return message


def is_message(text: object) -> bool:
    return isinstance(text, Message)


def error_text(error: BaseException, translate: Translate = english, separator: str = " ") -> str:
    """What ``error`` says to the user, rendered: a ValidationError's sentences joined."""
    errors = getattr(error, "errors", None)
    if isinstance(errors, Mapping) and errors:
        return separator.join(render(value, translate) for value in errors.values())
    message = getattr(error, "message", None)
    if message is None:
        message = error.args[0] if error.args else str(error)
    return render(message, translate)


def listing(items: Iterable[str]) -> str:
    """Items as a list in a sentence: "Japanese, Spanish" in English, "日本語、スペイン語" in
    Japanese (each comma is the catalogued "{items}, {item}")."""
    parts = list(items)
    if not parts:
        return ""
    result: str = parts[0]
    for item in parts[1:]:
        result = msg("{items}, {item}", items=result, item=item)
    return result
