"""What each kind of import (volunteers, partnerships, events, hours) provides, and the record
index that finds duplicates.

An import reads a row in two steps. ``build`` turns the row's cells into the values the service's
form takes (joining a date and a time, splitting "Smith, Jane", reading "Japanese (fluent)"), and
the form's own ``validate`` checks them, exactly as when the record is typed in. Then, against
the database, ``resolve`` finds the records a row names (the volunteer of an hours entry) and the
index finds the record the row is a duplicate of, if any.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from sqlalchemy.orm import Session

from sistercommittee.domain import Synced
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Entity
from sistercommittee.services.forms import FormContext, FormSpec, OrgDefaults


@dataclass(frozen=True)
class ImportField:
    """A field a column can be mapped to.

    Attributes:
        name: the form field it fills, or one the kind reads itself (a full name, a date).
        label: as the user sees it in the mapping.
        synonyms: column names that mean this field, besides the label.
    """

    name: str
    label: str
    synonyms: tuple[str, ...] = ()
    help: str = ""


def form_field(
    spec: FormSpec, name: str, synonyms: tuple[str, ...] = (), help: str = ""
) -> ImportField:
    """The import field that fills the form field ``name``, under the form's own label."""
    return ImportField(name, spec.field(name).label, synonyms, help)


@dataclass
class Built:
    """A row made ready for the form: its values, the references to other records it names (as
    typed, resolved later), and problems found on the way (field -> message)."""

    values: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    # What the import assumed for this row, said in the preview (not a problem): field -> sentence.
    notes: dict[str, str] = field(default_factory=dict)


class Record:
    """A record a row can be a duplicate of: one already saved (``id`` set), or one this import
    adds (``row`` set). ``values`` are as the form parses them, with what merging added;
    ``updates`` what merging changes in a saved record. Its name is worked out when a message
    needs it (most saved records are never named)."""

    __slots__ = ("_label", "_labeler", "id", "row", "updates", "values")

    def __init__(
        self,
        values: dict[str, Any],
        *,
        id: str | None = None,
        row: int | None = None,
        label: str | None = None,
        labeler: Callable[[Mapping[str, Any]], str] | None = None,
    ) -> None:
        self.values = values
        self.id = id
        self.row = row
        self.updates: dict[str, Any] = {}
        self._label = label
        self._labeler = labeler

    @property
    def label(self) -> str:
        if self._label is None:
            self._label = self._labeler(self.values) if self._labeler else "?"
        return self._label


Key = tuple[str, Hashable]
SAME, OTHER = "same", "other"


class Index:
    """Records by the keys that identify them (an email, a phone number, a folded name)."""

    def __init__(self) -> None:
        self._by_key: dict[Key, list[Record]] = {}

    def add(self, record: Record, keys: Iterable[Key]) -> None:
        for key in keys:
            bucket = self._by_key.setdefault(key, [])
            if record not in bucket:
                bucket.append(record)

    def get(self, key: Key) -> list[Record]:
        return self._by_key.get(key, [])


class RowSink(Protocol):
    """Where new rows go: ``add`` queues one row of a synced model and returns its id."""

    def add(self, model: type[Synced], values: dict[str, Any]) -> str: ...


# The records of each kind as messages name several of them ("any of 3 volunteers").
_PLURALS = {
    "volunteers": msg("volunteers"),
    "partnerships": msg("partnerships"),
    "events": msg("events"),
    "hours": msg("hours"),
}


class Kind:
    """One kind of record that can be imported. Subclasses fill in the class attributes and the
    methods that depend on the kind."""

    name: ClassVar[str]  # "volunteers", as on the command line
    noun: ClassVar[str]  # "volunteer"
    form: ClassVar[FormSpec]
    fields: ClassVar[tuple[ImportField, ...]]
    entities: ClassVar[tuple[Entity, ...]]
    # Fields whose values are lists: merged as unions, never as conflicts.
    list_fields: ClassVar[frozenset[str]] = frozenset()
    # Fields a merge never changes on a saved record (a status has its own history).
    kept_fields: ClassVar[frozenset[str]] = frozenset()
    # Names of the keys, in the words of "same ..." ("same email").
    key_names: ClassVar[Mapping[str, str]] = {}
    # Keys no two records share (a volunteer's email): a match on one is the record, even when
    # a row of the file has that key too.
    unique_keys: ClassVar[frozenset[str]] = frozenset()
    # Form fields whose parsers read only the text (and the organization's defaults, which stay
    # the same through an import): a value repeated down the file is parsed once.
    pure_fields: ClassVar[frozenset[str]] = frozenset()
    # Fields compared as names ("Jean-Luc" is "Jean Luc"): no difference is shown for them.
    name_fields: ClassVar[frozenset[str]] = frozenset()
    # Form fields that may come from other columns: given_name from a full name.
    sources: ClassVar[Mapping[str, tuple[str, ...]]] = {}

    @property
    def plural(self) -> str:
        """The records of this kind, as a message names several of them."""
        return _PLURALS.get(self.name, self.name)

    def field(self, name: str) -> ImportField:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def form_label(self, name: str) -> str:
        """The label of a form field, or of an import field; "" for neither."""
        return self._labels.get(name, "")

    @functools.cached_property
    def _labels(self) -> dict[str, str]:
        labels = {spec.name: spec.label for spec in self.fields}
        labels.update((spec.name, spec.label) for spec in self.form.fields)
        return labels

    def required_columns(self) -> dict[str, tuple[str, ...]]:
        """For each required field, the import fields any one of which supplies it."""
        own = {spec.name for spec in self.fields}
        return {
            spec.name: tuple(
                name for name in (spec.name, *self.sources.get(spec.name, ())) if name in own
            )
            for spec in self.form.fields
            if spec.required
        }

    def key_is_unique(self, key_name: str) -> bool:
        return key_name in self.unique_keys

    def union(self, name: str, old: list[Any], new: list[Any]) -> list[Any]:
        """A list field's saved items, then the file's items not among them."""
        result = list(old)
        for item in new:
            if item not in result and not any(same(item, known) for known in result):
                result.append(item)
        return result

    # -- without the database -----------------------------------------------------------------

    def build(self, cells: Mapping[str, str], org: OrgDefaults) -> Built:
        """The form values of a row from its cells (field name -> non-blank text)."""
        return Built(values=dict(cells))

    def parsed(self, values: Mapping[str, Any], parsed: dict[str, Any]) -> dict[str, Any]:
        """The form's parsed values as the record stores them (hours -> minutes)."""
        return parsed

    # -- with the database --------------------------------------------------------------------

    def load(self, session: Session) -> Index:
        """The saved records, by their keys."""
        raise NotImplementedError

    def resolve(
        self, session: Session, cache: dict[str, Any], built: Built, values: dict[str, Any]
    ) -> dict[str, str]:
        """Turn the row's references into ids in ``values``; problems by field."""
        return {}

    def keys(self, values: Mapping[str, Any]) -> list[Key]:
        """The keys of a record, the surest first."""
        raise NotImplementedError

    def relation(self, record: Record, values: Mapping[str, Any], key: str) -> str | None:
        """How a row found by ``key`` relates to ``record``: SAME (a duplicate), OTHER (another
        record that happens to share the key, such as a couple's home phone), or a sentence when
        the row cannot be imported as it is (an email that belongs to someone else)."""
        return SAME

    def ambiguous(self, label: str, records: list[Record]) -> str:
        names = "; ".join(record.label for record in records[:3])
        return (
            msg(
                "{label} could be any of {count} {plural} already there ({names}). Add a "
                "detail that tells them apart.",
                label=label, count=len(records), plural=self.plural, names=names,
            )
        )

    def label(self, values: Mapping[str, Any]) -> str:
        """The record's name in messages, from its parsed values."""
        raise NotImplementedError

    def row_label(self, built: Built) -> str:
        """The name of a row that could not be parsed, from its cells."""
        return self.label(built.values)

    def check(self, values: Mapping[str, Any], org: OrgDefaults) -> dict[str, str]:
        """The form's cross-field checks on a record's values after a merge."""
        return self.form.check(FormContext(org=org, values=dict(values)))

    def insert(self, out: RowSink, values: Mapping[str, Any], org: OrgDefaults) -> str:
        """Queue the new record (and its child rows) on ``out``; returns its id."""
        raise NotImplementedError

    def update(self, session: Session, record_id: str, updates: Mapping[str, Any]) -> None:
        raise NotImplementedError


# --- helpers the kinds share ------------------------------------------------------------------


def fold(text: str) -> str:
    """Text compared as people read it: case, accents and spacing do not matter."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/]+")
_NOT_ALPHANUMERIC = re.compile(r"[^\w\s]|_")


def name_key(*parts: str | None) -> str:
    """A person's or place's name as a key: "Jean-Luc O'Brien", "O’BRIEN, Jean Luc" and
    "jean luc obrien" all give the same. Word order does not matter."""
    return _name_key(" ".join([part for part in parts if part]))


@functools.lru_cache(maxsize=1 << 16)  # a row's name is keyed, then compared with its match's
def _name_key(text: str) -> str:
    spaced = _SEPARATORS.sub(" ", fold(text))
    return " ".join(sorted(_NOT_ALPHANUMERIC.sub("", spaced).split()))


def enum_text(enum_class: type[enum.StrEnum], text: str, aliases: Mapping[str, str]) -> str:
    """A choice typed loosely ("Board member", "Education") as its value when only one value can
    be meant; otherwise the text as it is, for the form to explain."""
    wanted = fold(text).replace("-", " ").replace("_", " ")
    if wanted in aliases:
        return aliases[wanted]
    values = [member.value for member in enum_class]
    words = {value: value.replace("_", " ") for value in values}
    for value, spaced in words.items():
        if wanted == spaced:
            return value
    starting = [value for value, spaced in words.items() if spaced.startswith(wanted)]
    if len(starting) == 1 and len(wanted) >= 3:
        return starting[0]
    within = [value for value, spaced in words.items() if wanted in spaced.split()]
    if len(within) == 1:
        return within[0]
    return text


def enum_list_text(
    enum_class: type[enum.StrEnum], text: str, aliases: Mapping[str, str]
) -> str:
    return ", ".join(
        enum_text(enum_class, item.strip(), aliases)
        for item in re.split(r"[,;/\n]", text)
        if item.strip()
    )


_YES = frozenset({"x", "✓", "✔", "☑", "checked", "ja", "oui", "si", "sí"})
_NO = frozenset({"", "-", "☐", "unchecked", "nein", "non"})


def boolean_text(text: str, *, yes: Iterable[str] = (), no: Iterable[str] = ()) -> str:
    """A checkbox as a spreadsheet shows it ("x", "✓", "TRUE") as yes or no."""
    folded = fold(text)
    if folded in _YES or folded in yes:
        return "yes"
    if folded in _NO or folded in no:
        return "no"
    return text


def is_blank(value: Any) -> bool:
    return value is None or value == [] or value == () or f.is_blank(value)


def same(a: Any, b: Any) -> bool:
    """Whether two values say the same (text compared folded)."""
    if a == b:
        return True
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    return bool(a == b)


def shown(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return ", ".join(shown(item) for item in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)
