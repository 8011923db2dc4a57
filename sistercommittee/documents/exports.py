"""CSV and JSON files of the reports: versioned, and safe to open in a spreadsheet.

- Every JSON document has ``schema_version`` and ``kind``; every CSV row has a
  ``schema_version`` column. The formats are documented in docs/export-formats.md and the JSON
  in docs/schemas/.
- A CSV text cell that a spreadsheet would read as a formula (it begins with = + - @, a tab or a
  carriage return) gets an apostrophe in front, so that it shows as text and never runs.
  Numbers are written as numbers and are left alone.
- CSV is UTF-8 with a byte order mark, so that Excel reads names in any script correctly.
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: Any) -> Any:
    """A cell value that no spreadsheet will evaluate: text beginning like a formula is
    prefixed with an apostrophe; other values are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return value
    return inert(str(value))


def to_plain(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples as JSON values (dates in ISO 8601)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        plain = {
            field.name: to_plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
        if hasattr(value, "net_minor"):
            plain["net_minor"] = value.net_minor
        return plain
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    return value


def json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def minor_digits(currency: str) -> int:
    """How many decimal places the currency has (2 for USD, 0 for JPY, 3 for KWD)."""
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency.upper()))


def decimal_amount(minor: int, currency: str) -> Decimal:
    """An amount in minor units as a decimal in the currency's unit: 12345 USD -> 123.45."""
    digits = minor_digits(currency)
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def format_money(minor: int, currency: str, locale: str = "en_US") -> str:
    """For people: "$1,234.50", "¥12,000", "PLN 2,844.00" (a currency without a symbol of its
    own keeps its code, with a no-break space before the figure as people write it; Babel glues
    them: "PLN2,844.00")."""
    from babel.numbers import format_currency

    code = currency.upper()
    text = str(format_currency(decimal_amount(minor, currency), code, locale=locale))
    sign = "-" if text.startswith("-") else ""
    rest = text[len(sign) :]
    if rest.startswith(code) and rest[len(code) : len(code) + 1].isdigit():
        text = f"{sign}{code}\u00a0{rest[len(code) :]}"
    return text
