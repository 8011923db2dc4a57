"""The preview of an import: what each row becomes, its problems by row and column, and which rows
are duplicates of records already saved (or of earlier rows), before anything is written.

Reading a row has two steps. Parsing (``parse_rows``) needs only the organization's defaults: the
form checks every value as if it were typed. Planning (``plan``) needs the database: it resolves
the records a row names and finds duplicates. ``apply_import`` plans again inside its write
transaction, so that a record saved in another window since the preview is not added twice.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy.orm import Session

from sistercommittee.errors import ValidationError
from sistercommittee.importing.base import (
    OTHER,
    SAME,
    Built,
    Index,
    Kind,
    Record,
    is_blank,
    name_key,
    same,
    shown,
)
from sistercommittee.importing.kinds import kind as get_kind
from sistercommittee.importing.mapping import header_key
from sistercommittee.importing.reading import Table
from sistercommittee.messages import LABELS, Term, join_messages, msg, noun
from sistercommittee.services import fields as f
from sistercommittee.services import organizations
from sistercommittee.services.forms import FormContext, FormSpec, OrgDefaults, Parser, validate
from sistercommittee.storage.database import Database

DuplicatePolicy = Literal["merge", "skip"]


class RowAction(enum.StrEnum):
    ADD = "add"  # a new record
    MERGE = "merge"  # fills in a record already saved, or one an earlier row adds
    SAME = "same"  # a duplicate that brings nothing new: nothing changes
    SKIP = "skip"  # a duplicate, left out because duplicates are skipped
    BAD = "bad"  # has problems: the import is refused unless bad rows are skipped


@dataclass(frozen=True)
class Problem:
    """Something wrong with one row, in one column when it is about one."""

    row: int
    column: str | None
    message: str
    # Whether the column is named in the text: when the message's field label is not the
    # column's name ("Email" in a column "Mail address").
    name_column: bool = False

    def __str__(self) -> str:
        if self.name_column:
            return msg(
                "Row {row}, column '{column}': {message}",
                row=self.row, column=self.column, message=self.message,
            )
        return msg("Row {row}: {message}", row=self.row, message=self.message)


@dataclass(frozen=True)
class Duplicate:
    """A row that is the same record as one already saved or one an earlier row adds."""

    row: int
    of: str  # the record's name, "Jane Smith"
    existing_id: str | None  # the saved record, or None for an earlier row's
    earlier_row: int | None
    reason: str  # "same email"
    action: RowAction  # MERGE, SAME or SKIP
    filled: tuple[str, ...] = ()  # labels of the fields the row fills in
    kept: tuple[str, ...] = ()  # values that differ: what is kept and what the file has

    def __str__(self) -> str:
        where = (
            msg("already saved")
            if self.earlier_row is None
            else msg("from row {row}", row=self.earlier_row)
        )
        text = msg(
            "Row {row}: the same as {record} ({where}; {reason})",
            row=self.row, record=self.of, where=where, reason=self.reason,
        )
        if self.action == RowAction.SKIP:
            return msg("{duplicate}: skipped.", duplicate=text)
        if self.action == RowAction.SAME:
            text = msg("{duplicate}: nothing new", duplicate=text)
        else:
            text = msg(
                "{duplicate}: adds {fields}",
                duplicate=text, fields=join_messages(self.filled, ", "),
            )
        if self.kept:
            text = msg("{duplicate}; kept {values}", duplicate=text,
                       values=join_messages(self.kept, "; "))
        return msg("{sentence}.", sentence=text)


@dataclass(frozen=True)
class PreviewRow:
    number: int  # as the spreadsheet numbers it
    label: str  # the record's name
    action: RowAction
    problems: tuple[Problem, ...] = ()
    duplicate: Duplicate | None = None
    notes: tuple[str, ...] = ()  # what was assumed for the row, e.g. a language's level


@dataclass(frozen=True)
class ParsedRow:
    """A row after the form read it: values as the record stores them, or problems."""

    number: int
    built: Built
    values: dict[str, Any] | None
    given: tuple[str, ...]  # the form fields the file gave
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Plan:
    rows: tuple[PreviewRow, ...]
    new: tuple[Record, ...]  # to insert, in file order
    changed: tuple[Record, ...]  # saved records with updates


@dataclass(frozen=True)
class Preview:
    """What importing ``table`` as ``kind`` with ``mapping`` would do.

    Attributes:
        rows: every data row with its action, problems and duplicate.
        ignored_columns: names of the columns that are not imported.
    """

    kind: str
    table: Table
    mapping: dict[int, str]
    duplicates_policy: DuplicatePolicy
    rows: tuple[PreviewRow, ...]
    ignored_columns: tuple[str, ...]
    org: OrgDefaults = field(repr=False)
    parsed: tuple[ParsedRow, ...] = field(repr=False, compare=False)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(problem for row in self.rows for problem in row.problems)

    @property
    def notes(self) -> tuple[str, ...]:
        """What the import assumed, row by row ("Japanese has no level …")."""
        return tuple(f"Row {row.number}: {note}" for row in self.rows for note in row.notes)

    @property
    def duplicates(self) -> tuple[Duplicate, ...]:
        return tuple(row.duplicate for row in self.rows if row.duplicate is not None)

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(row.number for row in self.rows if row.action == RowAction.BAD)

    @property
    def ok(self) -> bool:
        """No row has a problem: the file can be imported as a whole."""
        return not self.bad_rows

    @property
    def writes(self) -> int:
        """Rows that add or change a record."""
        return self.count(RowAction.ADD) + self.count(RowAction.MERGE)


def preview(
    db: Database,
    kind: str | Kind,
    table: Table,
    mapping: Mapping[int, str],
    *,
    duplicates: DuplicatePolicy = "merge",
) -> Preview:
    """Check every row of ``table`` and find duplicates, without writing anything."""
    import_kind = get_kind(kind) if isinstance(kind, str) else kind
    check_mapping(import_kind, table, mapping)
    with db.read() as session:
        org = organizations.defaults(session)
        parsed = parse_rows(import_kind, table, mapping, org)
        result = plan(import_kind, session, parsed, duplicates, org)
    return Preview(
        kind=import_kind.name,
        table=table,
        mapping=dict(mapping),
        duplicates_policy=duplicates,
        rows=result.rows,
        ignored_columns=tuple(
            header for index, header in enumerate(table.headers) if index not in mapping
        ),
        org=org,
        parsed=tuple(parsed),
    )


def check_mapping(kind: Kind, table: Table, mapping: Mapping[int, str]) -> None:
    """Every column index exists and each field is mapped once; the record's required fields
    have a column (a name column counts for the given name)."""
    problems: dict[str, str] = {}
    seen: dict[str, int] = {}
    for index, name in mapping.items():
        if not 0 <= index < len(table.headers):
            problems[f"column {index + 1}"] = msg(
                "The file has no column {number}.",
                number=index + 1,
            )
            continue
        try:
            spec = kind.field(name)
        except KeyError:
            problems[name] = msg("A {noun} has no field '{name}'.", noun=noun(kind.noun), name=name)
            continue
        if name in seen:
            problems[name] = (
                msg(
                    "The columns '{first}' and '{second}' are "
                    "both mapped to {label}. Map one of them to something else.",
                    first=table.headers[seen[name]],
                    second=table.headers[index],
                    label=Term(spec.label, LABELS),
                )
            )
        seen[name] = index
    for name, alternatives in kind.required_columns().items():
        if not any(option in seen for option in alternatives):
            labels = " or ".join(kind.field(option).label for option in alternatives)
            problems[name] = (
                msg(
                    "No column is mapped to {labels}, which every {noun} needs. The file's "
                    "columns: {columns}.",
                    labels=labels, noun=noun(kind.noun), columns=', '.join(table.headers),
                )
            )
    if problems:
        raise ValidationError(problems)


def parse_rows(
    kind: Kind, table: Table, mapping: Mapping[int, str], org: OrgDefaults
) -> list[ParsedRow]:
    """Each row through the kind's build and the form's validation."""
    columns = sorted(mapping.items())
    header_of = {name: table.headers[index] for index, name in columns}
    form = _memoized(kind.form, kind.pure_fields)
    result = []
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        given_cells = {name: cells[index] for index, name in columns if cells[index].strip()}
        built = kind.build(given_cells, org)
        problems = dict(built.problems)
        values: dict[str, Any] | None = None
        if not problems:
            try:
                values = kind.parsed(built.values, validate(form, built.values, org))
            except ValidationError as error:
                problems = error.errors
        given = tuple(
            name for name in kind.form.names if name in built.values or name in built.refs
        )
        result.append(
            ParsedRow(
                number=number,
                built=built,
                values=values,
                given=given,
                problems=tuple(
                    _problem(kind, number, name, message, header_of)
                    for name, message in problems.items()
                ),
            )
        )
    return result


def _memoized(spec: FormSpec, names: frozenset[str]) -> FormSpec:
    """``spec`` with the parsers of ``names`` remembering what they made of each text."""
    fields = tuple(
        dataclasses.replace(one, parse=_memo(one.parse)) if one.name in names else one
        for one in spec.fields
    )
    return _Form(spec.noun, fields, spec.check)


@dataclass(frozen=True)
class _Form(FormSpec):
    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        # validate() asks for the names once per value given: worked out once here.
        return tuple(one.name for one in self.fields)


def _memo(parse: Parser) -> Parser:
    seen: dict[tuple[str, str], tuple[bool, Any]] = {}

    def parse_once(raw: Any, label: str, ctx: FormContext) -> Any:
        if not isinstance(raw, str):
            return parse(raw, label, ctx)
        key = (raw, label)
        known = seen.get(key)
        if known is None:
            try:
                known = (True, parse(raw, label, ctx))
            except f.FieldProblem as problem:
                known = (False, str(problem))
            seen[key] = known
        ok, value = known
        if not ok:
            raise f.FieldProblem(value)
        return list(value) if isinstance(value, list) else value

    return parse_once


def _problem(
    kind: Kind, row: int, field_name: str, message: str, header_of: Mapping[str, str]
) -> Problem:
    column = header_of.get(field_name)
    for source in kind.sources.get(field_name, ()):
        column = column or header_of.get(source)
    label = kind.form_label(field_name)
    name_column = bool(column and label and header_key(column) != header_key(label))
    return Problem(row=row, column=column, message=message, name_column=name_column)


def plan(
    kind: Kind,
    session: Session,
    parsed: Sequence[ParsedRow],
    policy: DuplicatePolicy,
    org: OrgDefaults,
) -> Plan:
    """What each parsed row does against the records saved now."""
    index = kind.load(session)
    cache: dict[str, Any] = {}
    rows: list[PreviewRow] = []
    new: list[Record] = []
    changed: dict[int, Record] = {}
    for row in parsed:
        if row.values is None:
            rows.append(
                PreviewRow(row.number, kind.row_label(row.built), RowAction.BAD, row.problems)
            )
            continue
        values = dict(row.values)
        label = kind.label(values)
        problems = kind.resolve(session, cache, row.built, values)
        if problems:
            rows.append(_bad(row.number, label, problems))
            continue
        keys = kind.keys(values)
        found = _find(kind, index, keys, values, label)
        if isinstance(found, str):
            rows.append(_bad(row.number, label, {"": found}))
            continue
        if found is None:
            record = Record(values, row=row.number, label=label)
            index.add(record, keys)
            new.append(record)
            rows.append(PreviewRow(row.number, label, RowAction.ADD, notes=_notes(row)))
            continue
        record, key_name = found
        reason = msg("same {key}", key=kind.key_names.get(key_name, key_name))
        if policy == "skip":
            duplicate = Duplicate(row.number, record.label, record.id, record.row, reason,
                                  RowAction.SKIP)
            rows.append(PreviewRow(row.number, label, RowAction.SKIP, duplicate=duplicate))
            continue
        updates, filled, kept = merge(kind, record, values, row.given)
        if updates:
            problems = kind.check({**record.values, **updates}, org)
            if problems:
                rows.append(_bad(row.number, label, {
                    name: f"Merged with {record.label}: {message}"
                    for name, message in problems.items()
                }))
                continue
            record.values.update(updates)
            if record.id is not None:
                record.updates.update(updates)
                changed[id(record)] = record
            index.add(record, kind.keys(record.values))
        action = RowAction.MERGE if updates else RowAction.SAME
        duplicate = Duplicate(row.number, record.label, record.id, record.row, reason, action,
                              tuple(filled), tuple(kept))
        notes = _notes(row) if action == RowAction.MERGE else ()
        rows.append(PreviewRow(row.number, label, action, duplicate=duplicate, notes=notes))
    return Plan(tuple(rows), tuple(new), tuple(changed.values()))


def _notes(row: ParsedRow) -> tuple[str, ...]:
    return tuple(row.built.notes.values())


def _bad(number: int, label: str, problems: Mapping[str, str]) -> PreviewRow:
    return PreviewRow(
        number,
        label,
        RowAction.BAD,
        tuple(Problem(number, None, message) for message in problems.values()),
    )


def _find(
    kind: Kind, index: Index, keys: Sequence[tuple[str, Any]], values: Mapping[str, Any],
    label: str,
) -> tuple[Record, str] | str | None:
    """The record the row duplicates and the key that found it; a sentence when the row
    cannot be told apart or belongs to a record it contradicts; None for a new record."""
    for key in keys:
        candidates: list[Record] = []
        for record in index.get(key):
            relation = kind.relation(record, values, key[0])
            if relation == SAME:
                candidates.append(record)
            elif relation != OTHER and relation is not None:
                return relation
        if len(candidates) == 1:
            return candidates[0], key[0]
        if len(candidates) > 1:
            saved = [record for record in candidates if record.id is not None]
            if len(saved) == 1 and kind.key_is_unique(key[0]):
                return saved[0], key[0]
            return kind.ambiguous(label, candidates)
    return None


def merge(
    kind: Kind, record: Record, values: Mapping[str, Any], given: Sequence[str]
) -> tuple[dict[str, Any], list[str], list[str]]:
    """What the row adds to ``record``: fields it fills that are empty there, and list items it
    lacks. Values that differ are kept as saved and named."""
    updates: dict[str, Any] = {}
    filled: list[str] = []
    kept: list[str] = []
    for name in given:
        new, old = values.get(name), record.values.get(name)
        if new == old or is_blank(new):
            continue
        label = Term(kind.form_label(name) or name, LABELS)
        if name in kind.list_fields:
            union = kind.union(name, list(old or []), list(new or []))
            if len(union) > len(old or []):
                updates[name] = union
                filled.append(label)
        elif is_blank(old) and name not in kind.kept_fields:
            updates[name] = new
            filled.append(label)
        elif not is_blank(old) and not same(old, new) and not (
            name in kind.name_fields and name_key(str(old)) == name_key(str(new))
        ):
            kept.append(msg(
                "{label} {old} (the file has {new})",
                label=label, old=shown(old), new=shown(new),
            ))
    return updates, filled, kept
