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


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: wide (CJK) characters take two, marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def cell(value: Any) -> str:
    value = plain_data(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(cell(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {cell(item)}" for key, item in value.items())
    return str(value).replace("\n", " ")


def print_table(
    rows: Sequence[Any], columns: Sequence[str], stream: TextIO | None = None, max_width: int = 40
) -> None:
    stream = stream or sys.stdout
    texts = [[_clip(cell(getattr(row, column)), max_width) for column in columns] for row in rows]
    headers = [column.replace("_", " ") for column in columns]
    widths = [
        max([display_width(headers[i])] + [display_width(line[i]) for line in texts])
        for i in range(len(columns))
    ]
    _print_line(headers, widths, stream)
    _print_line(["-" * width for width in widths], widths, stream)
    for line in texts:
        _print_line(line, widths, stream)


def _clip(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    out = ""
    for char in text:
        if display_width(out + char) > limit - 1:
            break
        out += char
    return out + "…"


def _print_line(values: Iterable[str], widths: Sequence[int], stream: TextIO) -> None:
    parts = [
        value + " " * (width - display_width(value))
        for value, width in zip(values, widths, strict=True)
    ]
    stream.write("  ".join(parts).rstrip() + "\n")


def print_record(record: Any, stream: TextIO | None = None, indent: str = "") -> None:
    """A detail dataclass as 'label: value' lines, nested records indented below their label."""
    stream = stream or sys.stdout
    data = plain_data(record)
    _print_mapping(data, stream, indent)


def _print_mapping(
    data: dict[str, Any], stream: TextIO, indent: str, first_prefix: str = ""
) -> None:
    """Nested records indent below their label; items of a list start with '- '."""
    for position, (key, value) in enumerate(data.items()):
        lead = indent + (first_prefix if position == 0 else " " * len(first_prefix))
        label = key.replace("_", " ")
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            stream.write(f"{lead}{label}:\n")
            for item in value:
                _print_mapping(item, stream, lead + "  ", "- ")
        elif isinstance(value, dict) and value:
            stream.write(f"{lead}{label}:\n")
            _print_mapping(value, stream, lead + "  ")
        else:
            stream.write(f"{lead}{label}: {cell(value)}\n")
