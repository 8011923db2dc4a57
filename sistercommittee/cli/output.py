"""Printing results: JSON for scripts, aligned tables and key/value lines for people."""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import PurePath
from typing import Any, TextIO
from uuid import UUID


def plain_data(value: Any) -> Any:
    """Dataclasses, enums, dates, paths and tuples as JSON-ready values (dates in ISO 8601,
    paths as the system writes them)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: plain_data(getattr(value, field.name))
            for field in dataclasses.fields(value)
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, PurePath):
        return os.fspath(value)
    if isinstance(value, dict):
        return {str(key): plain_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain_data(item) for item in value]
    return value


def print_json(value: Any, stream: TextIO | None = None) -> None:
    """The whole text is made before any of it is written: a value JSON cannot hold fails the
    command before it prints anything, never after half a list."""
    stream = stream or sys.stdout
    stream.write(json.dumps(plain_data(value), ensure_ascii=False, indent=2) + "\n")


def char_width(char: str) -> int:
    """Columns ``char`` takes in a terminal: two for a wide (CJK) character, none for a mark or
    an invisible format character (the directional marks and overrides of a text that reads
    right to left), else one."""
    if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns the text takes in a terminal (``char_width`` of each character)."""
    if text.isascii():
        return len(text)
    return sum(char_width(char) for char in text)


def cell(value: Any) -> str:
    """A value as a table or a record shows it: yes / no, the services' messages and the names of
    fields in the user's language."""
    from sistercommittee.cli.headings import heading
    from sistercommittee.cli.texts import number, short_day, shown, yes_no

    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return number(value)  # "2.5" in English, "2,5" in Spain
    if isinstance(value, date) and not isinstance(value, datetime):
        return short_day(value)  # "2026-12-01" in English, "1 dic 2026" in Spain
    if isinstance(value, enum.Enum):
        return vocabulary_word(value)
    if isinstance(value, list | tuple) and any(isinstance(item, enum.Enum) for item in value):
        return ", ".join(cell(item) for item in value)
    if isinstance(value, str):
        return shown(value).replace("\n", " ")
    value = plain_data(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return ", ".join(cell(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{heading(key)}: {cell(item)}" for key, item in value.items())
    return str(value).replace("\n", " ")


def print_table(
    rows: Sequence[Any], columns: Sequence[str], stream: TextIO | None = None, max_width: int = 40
) -> None:
    from sistercommittee.cli.headings import heading

    stream = stream or sys.stdout
    texts = [[_clip(_column_cell(row, column), max_width) for column in columns] for row in rows]
    headers = [heading(column) for column in columns]
    widths = [
        max([display_width(headers[i])] + [display_width(line[i]) for line in texts])
        for i in range(len(columns))
    ]
    _print_line(headers, widths, stream)
    _print_line(["-" * width for width in widths], widths, stream)
    for line in texts:
        _print_line(line, widths, stream)


# Columns whose rows hold stored words as plain text rather than as the enum.
_VOCABULARY_OF_COLUMN = {"roles": "VolunteerRole"}


def _column_cell(row: Any, column: str) -> str:
    value = getattr(row, column)
    vocabulary = _VOCABULARY_OF_COLUMN.get(column)
    if vocabulary and isinstance(value, list | tuple):
        return ", ".join(stored_word(vocabulary, str(item)) for item in value)
    return cell(value)


def _clip(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    out = ""
    for char in text:
        if display_width(out + char) > limit - 1:
            break
        out += char
    # An override or embedding cut open is closed, so the text after it keeps its own direction.
    opened = sum(out.count(mark) for mark in "\u202a\u202b\u202d\u202e") - out.count("\u202c")
    return out + "\u202c" * max(opened, 0) + "…"


def _print_line(values: Iterable[str], widths: Sequence[int], stream: TextIO) -> None:
    parts = [
        value + " " * (width - display_width(value))
        for value, width in zip(values, widths, strict=True)
    ]
    stream.write("  ".join(parts).rstrip() + "\n")


def print_record(record: Any, stream: TextIO | None = None, indent: str = "") -> None:
    """A detail dataclass as 'label: value' lines, nested records indented below their label."""
    stream = stream or sys.stdout
    data = _keep_messages(record)
    _print_mapping(data, stream, indent)


def _print_mapping(
    data: dict[str, Any], stream: TextIO, indent: str, first_prefix: str = ""
) -> None:
    """Nested records indent below their label; items of a list start with '- '."""
    from sistercommittee.cli.headings import heading

    for position, (key, value) in enumerate(data.items()):
        lead = indent + (first_prefix if position == 0 else " " * len(first_prefix))
        label = heading(key)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            stream.write(f"{lead}{label}:\n")
            for item in value:
                _print_mapping(item, stream, lead + "  ", "- ")
        elif isinstance(value, dict) and value:
            stream.write(f"{lead}{label}:\n")
            _print_mapping(value, stream, lead + "  ")
        else:
            stream.write(f"{lead}{label}: {cell(value)}\n")


def vocabulary_word(value: enum.Enum) -> str:
    """A stored word (a status, a role, a kind) in the user's language, with the label the
    desktop app shows for it ("active": "Activo", "活動中"); in English, the stored value itself
    (what the options take)."""
    return stored_word(type(value).__name__, str(value.value))


def stored_word(vocabulary: str, stored: str) -> str:
    """``stored`` (a value of the enum named ``vocabulary``) as vocabulary_word shows it."""
    from sistercommittee.cli.language import translator
    from sistercommittee.messages import language_of

    translate = translator()
    if language_of(translate).split("_")[0] == "en":
        return stored
    from sistercommittee.messages.vocabulary import CONTEXT, LABELS

    source = LABELS.get(vocabulary, {}).get(stored)
    if source is None:
        return stored
    return translate(CONTEXT, source) or stored


def _keep_messages(value: Any) -> Any:
    """plain_data, but the services' messages and stored words stay themselves (to be shown in
    the user's language); plain_data makes JSON of them, which keeps their English."""
    if isinstance(value, str | enum.Enum):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _keep_messages(getattr(value, field.name))
            for field in dataclasses.fields(value)
        }
    if isinstance(value, dict):
        return {str(key): _keep_messages(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_keep_messages(item) for item in value]
    return plain_data(value)
