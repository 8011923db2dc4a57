"""The placeholders of --help and usage ("--by NAME", "PATH", "ACTION") in the user's language.

Every placeholder the commands show is declared here, marked for translation, and
``localize(parser)`` puts its translation in place on every action of the finished parser, the
subcommands' included: the one argparse shows when a command sets none ("--city FIELD__CITY",
from the option's dest) as well as those set with metavar=. English keeps exactly the placeholders
it has. The names of the types argparse puts in "invalid int value" are translated the same way
("número entero no válido", "無効な整数").

tests/cli/test_cli_help.py fails on a placeholder shown that is not in METAVARS.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from typing import Any

from sistercommittee.cli.texts import marked, tr

METAVARS = frozenset(
    {
        # Subcommands: what comes after the command's name.
        marked("COMMAND"),
        marked("ACTION"),
        marked("WHAT"),
        marked("WHICH"),
        # Ids of records.
        marked("id"),
        marked("ID"),
        marked("CONTACT_ID"),
        marked("COST_ID"),
        marked("EVENT_ID"),
        marked("EXCHANGE_ID"),
        marked("HOST_FAMILY_ID"),
        marked("HOURS_ID"),
        marked("ITEM_ID"),
        marked("LINE_ID"),
        marked("MOU_ID"),
        marked("PARTICIPANT_ID"),
        marked("PARTNERSHIP_ID"),
        marked("PHOTO_ID"),
        marked("RATE_ID"),
        marked("SCAN_ID"),
        marked("SHIFT_ID"),
        marked("SIGNATORY_ID"),
        marked("STAY_ID"),
        marked("VOLUNTEER_ID"),
        # Files and places.
        marked("PATH"),
        marked("FILE"),
        marked("file"),
        marked("FILE.pdf"),
        marked("FILE.ics"),
        marked("NEW.sqlite"),
        marked("FOLDER"),
        marked("IMAGE"),
        marked("URL"),
        # Values.
        marked("VALUE"),
        marked("TEXT"),
        marked("NAME"),
        marked("TITLE"),
        marked("NOTE"),
        marked("REASON"),
        marked("BODY"),
        marked("CAPTION"),
        marked("CREDIT"),
        marked("EMAIL"),
        marked("email"),
        marked("city"),
        marked("CODE"),
        marked("CC"),
        marked("COUNTRY"),
        marked("LANGUAGE"),
        marked("TAG"),
        marked("ROLE"),
        marked("STATUS"),
        marked("KEY"),
        marked("DEVICE_NAME"),
        marked("COLUMN=FIELD"),
        # Numbers, days and times.
        marked("N"),
        marked("LIMIT"),
        marked("DAYS"),
        marked("REMINDER"),
        marked("MINUTES"),
        marked("YEAR"),
        marked("SEED"),
        marked("BAND"),
        marked("DATE"),
        marked("FROM_DATE"),
        marked("TO_DATE"),
        marked("HH:MM"),
        # `init`'s options, named by argparse from where they go (their English is kept as it is).
        marked("FIELD__CITY"),
        marked("FIELD__REGION"),
        marked("FIELD__CURRENCY"),
        marked("FIELD__TIME_ZONE"),
        marked("FIELD__LANGUAGE"),
        marked("FIELD__SCI_MEMBER_NUMBER"),
    }
)

# What argparse calls a type in "invalid %(type)s value: 'many'": the type's __name__.
TYPE_NAMES = {int: marked("int"), float: marked("float")}


class _NamedType:
    """A type converter that argparse names in the user's language; it converts as the type."""

    def __init__(self, convert: Callable[[str], Any], name: str) -> None:
        self._convert = convert
        self.__name__ = name

    def __call__(self, text: str) -> Any:
        return self._convert(text)


def shown_metavar(action: argparse.Action) -> str | tuple[str, ...] | None:
    """The placeholder argparse shows for ``action`` (its English), None for none (a flag, a list
    of choices, a hidden option)."""
    if action.help is argparse.SUPPRESS:
        return None
    if isinstance(action, argparse._SubParsersAction):
        return action.metavar
    if action.nargs == 0 or (action.choices is not None and action.metavar is None):
        return None
    if action.metavar is not None:
        return action.metavar
    return action.dest.upper() if action.option_strings else action.dest


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and the parsers of all its subcommands, however deep (each once)."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for sub in action.choices.values():
                if id(sub) not in seen:  # an alias names the same parser again
                    seen.add(id(sub))
                    yield from parsers(sub)


def localize(parser: argparse.ArgumentParser) -> None:
    """Every placeholder and type name of ``parser`` and its subcommands in the user's language."""
    for each in parsers(parser):
        for action in each._actions:
            english = shown_metavar(action)
            if isinstance(english, str) and english in METAVARS:
                if tr(english) != english:
                    action.metavar = tr(english)
            elif isinstance(english, tuple):
                action.metavar = tuple(tr(m) if m in METAVARS else m for m in english)
            if action.type in TYPE_NAMES:
                name = tr(TYPE_NAMES[action.type])
                if name != TYPE_NAMES[action.type]:
                    action.type = _NamedType(action.type, name)
