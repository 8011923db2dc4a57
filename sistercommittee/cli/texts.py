"""The command line's own words in the user's language: its status lines, table headings,
prompts, errors and the whole --help text, argparse's own words ("usage:", "options") included.

    tr("Wrote the annual report for {year} to {path}", year=2026, path=path)

translates the template in the "Cli" context of the translation files, in the language LANGUAGE /
LC_ALL / LC_MESSAGES / LANG ask for (language.py), and fills in its parameters; a parameter that
is a message of the services (a ``Message``, a ``Term``, a ``Day``) is rendered in the same
language. English, or a text without a translation yet: the template as written, so English output
is exactly what it always was. A word chosen at run time (a table's heading, a filter's label) is
written where it is defined as ``marked("…")``, which returns it unchanged, and shown with
``tr(word)``.

``update_translations.py`` collects the literal first argument of every ``tr`` and ``marked`` call
of sistercommittee/cli into the "Cli" context, so the tests of tests/translations keep them
translated. Rules, as for ``msg``: the template is one literal string; a count chooses between
two templates (``tr("1 row") if n == 1 else tr("{count:,} rows", count=n)``); never build a
sentence from pieces with ``+`` or an f-string around ``tr``.

Machine output (--json, CSV, the files written) and the log keep their fixed English.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from typing import Any

from sistercommittee.messages import Day, Message, Ordinal, Term, _Number, render

CONTEXT = "Cli"


def _translate() -> Any:
    from sistercommittee.cli.language import translator

    return translator()


def tr(template: str, /, **params: object) -> str:
    """``template`` in the user's language with ``params`` filled in; numbers with the marks of
    that language ("{count:,}": 12.345 in Spain), as the services' messages write them."""
    translate = _translate()
    shown = translate(CONTEXT, template) or template
    values = {key: shown_value(value, translate) for key, value in params.items()}
    marks = _marks(translate)
    if marks is not None:
        values = {
            key: _Number(value, *marks) if _is_number(value) else value
            for key, value in values.items()
        }
    try:
        return shown.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the text: the English.
        return template.format(**values)


def _marks(translate: Any) -> tuple[str, str] | None:
    from sistercommittee.messages import _number_marks, language_of

    return _number_marks(language_of(translate))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def number(value: float | Decimal, spec: str = "") -> str:
    """A number for people, as ``format(value, spec)`` writes it in English ("64,727" with
    spec ","; "2.5") with the marks of the user's language ("64.727", "2,5" in Spain)."""
    marks = _marks(_translate())
    return format(value, spec) if marks is None else format(_Number(value, *marks), spec)


def marked(text: str) -> str:
    """``text`` unchanged: it is collected for translation, and shown later with ``tr(text)``."""
    return text


def shown_value(value: object, translate: Any = None) -> object:
    """A parameter as the user reads it: the services' messages and terms rendered in their
    language; numbers and the like stay themselves, so a format spec ("{count:,}") applies."""
    if isinstance(value, Message | Term | Day | Ordinal):
        return render(value, translate or _translate())
    return value


def shown(text: object) -> str:
    """Text for people: a message of the services rendered in the user's language, anything else
    as it is."""
    return render(text, _translate())


def yes_no(value: bool) -> str:
    return tr("yes") if value else tr("no")


# argparse's own words (Python 3.11 and later), which it asks gettext for. The CLI puts its
# translation in place of gettext's for argparse (install_argparse_words) rather than shipping a
# second catalog format: the .qm files hold every text of the app.
ARGPARSE_WORDS = (
    marked("usage: "),
    marked("positional arguments"),
    marked("options"),
    marked("show this help message and exit"),
    marked("%(prog)s: error: %(message)s\n"),
    marked("argument %(argument_name)s: %(message)s"),
    marked("the following arguments are required: %s"),
    marked("one of the arguments %s is required"),
    marked("not allowed with argument %s"),
    marked("unrecognized arguments: %s"),
    marked("ambiguous option: %(option)s could match %(matches)s"),
    marked("invalid choice: %(value)r (choose from %(choices)s)"),
    marked("invalid %(type)s value: %(value)r"),
    marked("expected one argument"),
    marked("expected at most one argument"),
    marked("expected at least one argument"),
    marked("expected %s argument"),
    marked("expected %s arguments"),
    marked("ignored explicit argument %r"),
    marked("unexpected option string: %s"),
    marked("can't open '%(filename)s': %(error)s"),
    marked("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
# What argparse asks for only when a command is declared wrongly: for the developer, in English.
ARGPARSE_DEVELOPER_WORDS = (
    "conflicting option string: %s",
    "conflicting option strings: %s",
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
)


def _argparse_gettext(text: str) -> str:
    if text not in ARGPARSE_WORDS:
        return text
    return str(_translate()(CONTEXT, text) or text)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return _argparse_gettext(singular if count == 1 else plural)


def install_argparse_words() -> None:
    """argparse's own words in the user's language from now on (English stays as it is)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def _language() -> str:
    from sistercommittee.messages import language_of

    return language_of(_translate())


def long_day(day: date) -> str:
    """ "Tuesday 1 December 2026" in the user's language ("martes, 1 de diciembre de 2026")."""
    language = _language()
    if language.split("_")[0] == "en":
        return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"
    from babel import dates

    return str(dates.format_date(day, "full", locale=_locale(language)))


def short_day(day: date) -> str:
    """A day as a line or a table shows it: 2026-12-01 in English (as always), the language's
    short date otherwise ("1 dic 2026", "2026年12月1日")."""
    from sistercommittee.messages import ISO

    return render(Day(day, ISO), _translate())


def weekday(day: date) -> str:
    """The day of the week, short: "Tue", "mar", "火"."""
    language = _language()
    if language.split("_")[0] == "en":
        return day.strftime("%a")
    from babel import dates

    return str(dates.format_date(day, "EEE", locale=_locale(language)))


def _locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(language.split("_")[0])
