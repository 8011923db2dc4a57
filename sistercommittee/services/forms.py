"""Declared fields of a record, and the one validation routine that every add and edit uses.

A service describes its record as a ``FormSpec`` (field name, label, parser, required); the command
line builds its options from the same spec and the UI its forms, so the three never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from babel import numbers as babel_numbers
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from sistercommittee.errors import ValidationError
from sistercommittee.messages import LABELS, Term, msg
from sistercommittee.services import fields as f


@dataclass(frozen=True)
class OrgDefaults:
    """What parsers take from the organization: where a phone number without a country code is,
    which currency amounts are in, which zone local times are in."""

    country: str
    currency: str
    time_zone: str
    language: str = "en"


@dataclass
class FormContext:
    org: OrgDefaults
    values: dict[str, Any]  # the record's values with this form's parsed values on top


Parser = Callable[[Any, str, FormContext], Any]
# A stored record's value of one field in the form's terms (what the parser accepts back).
Shower = Callable[[Session, Any], Any]


def plain(parse: Callable[[Any, str], Any]) -> Parser:
    """A parser that needs only the raw value and the label."""
    return lambda raw, label, ctx: parse(raw, label)


def short_text(max_length: int = 200) -> Parser:
    """One line of text, spaces folded."""
    return lambda raw, label, ctx: f.text(raw, label, max_length=max_length)


def long_text(max_length: int = 5000) -> Parser:
    """Notes and descriptions: several lines kept as typed."""
    return lambda raw, label, ctx: f.text(raw, label, max_length=max_length, multiline=True)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    parse: Parser
    required: bool = False
    default: Callable[[FormContext], Any] | None = None
    help: str = ""
    many: bool = False  # a list: blank means empty, the CLI takes comma-separated values
    # How the stored record shows this field in the form; None: the column of the same name.
    show: Shower | None = None


@dataclass(frozen=True)
class FormSpec:
    noun: str  # "volunteer", for messages
    fields: tuple[Field, ...]
    # Cross-field checks on the merged values: field -> message.
    check: Callable[[FormContext], dict[str, str]] = field(default=lambda ctx: {})

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The field names in form order (computed once: validation asks for every value)."""
        return tuple(candidate.name for candidate in self.fields)


def shown(value: Any) -> Any:
    """A column's value in the form's terms: enums by their stored value, lists copied."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [shown(item) for item in value]
    return value


def form_values(
    spec: FormSpec, session: Session, row: Any, *, only: Collection[str] | None = None
) -> dict[str, Any]:
    """Every field of ``spec`` (or those named in ``only``) for the stored ``row``, in the form's
    terms: what an edit dialog starts from, and what the edit accepts back unchanged (so that
    saving without a change changes nothing, and no field is forgotten: the list is the spec's)."""
    return {
        spec_field.name: (
            spec_field.show(session, row)
            if spec_field.show is not None
            else shown(getattr(row, spec_field.name))
        )
        for spec_field in spec.fields
        if only is None or spec_field.name in only
    }


def wall_clock_of(moment: datetime | None, zone: str) -> datetime | None:
    """A stored UTC moment as the naive wall-clock time of ``zone`` that the forms read back."""
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None, second=0, microsecond=0)


def major_amount(minor: int | None, currency: str) -> str | None:
    """Minor units as the amount people type: 1250 USD -> "12.50", 1200 JPY -> "1200"."""
    if minor is None:
        return None
    digits = babel_numbers.get_currency_precision(currency)
    return str(Decimal(minor).scaleb(-digits))


def current_values(obj: Any) -> dict[str, Any]:
    """The column values of an ORM row, by attribute name."""
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def validate(
    spec: FormSpec,
    raw: Mapping[str, Any],
    org: OrgDefaults,
    *,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Parse ``raw`` against ``spec``: the new values by field name, or ValidationError naming
    every field that is wrong. ``current`` is the record being edited (None for a new one)."""
    unknown = [name for name in raw if name not in spec.names]
    if unknown:
        noun = Term(spec.noun, LABELS)
        if spec.noun[:1].lower() in "aeiou":
            raise ValidationError(
                {name: msg("An {noun} has no field '{name}'.", noun=noun, name=name)
                 for name in unknown}
            )
        raise ValidationError(
            {name: msg("A {noun} has no field '{name}'.", noun=noun, name=name) for name in unknown}
        )
    creating = current is None
    ctx = FormContext(org=org, values=dict(current or {}))
    parsed: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for spec_field in spec.fields:
        name = spec_field.name
        given = name in raw
        if not given and not creating:
            continue
        value = raw.get(name)
        if not given or f.is_blank(value) or (spec_field.many and not value):
            # Missing on a new record, or cleared: required fields refuse, fields with a default
            # take it (a cleared "Active" means the default, never an empty value).
            if spec_field.required:
                problems[name] = msg("{label} is required.", label=Term(spec_field.label, LABELS))
            elif not problems:  # a default may derive from a field that failed: we refuse anyway
                parsed[name] = ctx.values[name] = (
                    spec_field.default(ctx)
                    if spec_field.default
                    else ([] if spec_field.many else None)
                )
            continue
        try:
            parsed[name] = ctx.values[name] = spec_field.parse(
                value, Term(spec_field.label, LABELS), ctx
            )
        except f.FieldProblem as problem:
            problems[name] = str(problem)
    if not problems:
        problems.update(spec.check(ctx))
    if problems:
        raise ValidationError(problems)
    return parsed


def apply(obj: Any, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        setattr(obj, name, value)
