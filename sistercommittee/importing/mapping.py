"""Matching a file's column names to fields: by name, with the variants spreadsheets use ("First
Name", "Given name", "E-mail 1 - Value"), and corrected by the user ("Column=field").

A mapping is a dict from column index to field name; columns left out are not imported.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from sistercommittee.errors import ValidationError
from sistercommittee.importing.base import Kind, fold
from sistercommittee.messages import msg, noun

ColumnMapping = dict[int, str]

IGNORE = ("", "-", "ignore", "none", "skip")


def header_key(text: str) -> str:
    """A column name reduced to its letters and digits: "E-mail", "e_mail" and "EMAIL " match."""
    return re.sub(r"[\W_]+", "", fold(text))


@functools.cache
def _synonyms(kind_name: str) -> dict[str, str]:
    from sistercommittee.importing.kinds import kind as get_kind

    found: dict[str, str] = {}
    for spec in get_kind(kind_name).fields:
        for text in (spec.name, spec.label, *spec.synonyms):
            found.setdefault(header_key(text), spec.name)
    return found


def _field_for(kind_name: str, header: str) -> str | None:
    key = header_key(header)
    if not key:
        return None
    synonyms = _synonyms(kind_name)
    if key in synonyms:
        return synonyms[key]
    # "E-mail 1 - Value", "Phone (mobile)", "Email address 2": a known name and some extra.
    trimmed = re.sub(r"(\d+|value|primary|main)+$", "", key)
    if trimmed and trimmed in synonyms:
        return synonyms[trimmed]
    trimmed = re.sub(r"\d+", "", key).removesuffix("value")
    return synonyms.get(trimmed)


@functools.cache
def known_header(text: str) -> bool:
    """Whether any kind of import knows a column by this name."""
    from sistercommittee.importing.kinds import KINDS

    return any(_field_for(name, text) for name in KINDS)


def suggest_mapping(kind: str | Kind, headers: Sequence[str]) -> ColumnMapping:
    """Each column whose name we know, mapped to its field; when two columns name the same field
    (Home Phone, Mobile Phone) the first one is taken."""
    kind_name = kind if isinstance(kind, str) else kind.name
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = _field_for(kind_name, header)
        if name and name not in taken:
            mapping[index] = name
            taken.add(name)
    return mapping


def correct_mapping(
    kind: Kind, headers: Sequence[str], mapping: Mapping[int, str], corrections: Iterable[str]
) -> ColumnMapping:
    """``mapping`` with the user's corrections: "Column=field" maps a column (by its name or its
    number, 1 for the first) to a field (by name or label); "Column=" leaves it out. A field
    taken by another column moves to this one. Raises ValidationError naming what is unknown."""
    result = dict(mapping)
    problems: dict[str, str] = {}
    by_name = {header_key(header): index for index, header in reversed(list(enumerate(headers)))}
    for correction in corrections:
        column_text, equals, field_text = correction.partition("=")
        if not equals:
            problems[correction] = (
                msg(
                    '\'{correction}\' is not a correction: write it as "Column name=field".',
                    correction=correction,
                )
            )
            continue
        index = _column(column_text.strip(), headers, by_name)
        if index is None:
            problems[correction] = (
                msg(
                    "The file has no column '{column}'. Its columns: {columns}.",
                    column=column_text.strip(), columns=', '.join(headers),
                )
            )
            continue
        if fold(field_text.strip()) in IGNORE:
            result.pop(index, None)
            continue
        field_name = _field_name(kind, field_text.strip())
        if field_name is None:
            names = ", ".join(spec.name for spec in kind.fields)
            problems[correction] = (
                msg(
                    "A {noun} has no field '{field}'. Its fields: {names}.",
                    noun=noun(kind.noun), field=field_text.strip(), names=names,
                )
            )
            continue
        for other, name in list(result.items()):
            if name == field_name:
                del result[other]
        result[index] = field_name
    if problems:
        raise ValidationError({f"map {key}": message for key, message in problems.items()})
    return result


def _column(text: str, headers: Sequence[str], by_name: Mapping[str, int]) -> int | None:
    key = header_key(text)
    if key in by_name:
        return by_name[key]
    if text.isdigit() and 1 <= int(text) <= len(headers):
        return int(text) - 1
    return None


def _field_name(kind: Kind, text: str) -> str | None:
    key = header_key(text)
    for spec in kind.fields:
        if key in (header_key(spec.name), header_key(spec.label)):
            return spec.name
    return _synonyms(kind.name).get(key)


def describe(kind: Kind, headers: Sequence[str], mapping: Mapping[int, str]) -> list[str]:
    """Lines like "First Name → Given name" and "Shoe size → (not imported)"."""
    lines = []
    for index, header in enumerate(headers):
        name = mapping.get(index)
        target = kind.field(name).label if name else "(not imported)"
        lines.append(f"{header} → {target}")
    return lines
