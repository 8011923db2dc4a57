"""The kinds of records that can be imported, by the name used on the command line."""

from __future__ import annotations

from sistercommittee.errors import ValidationError
from sistercommittee.importing.base import Kind
from sistercommittee.importing.events import EventsImport
from sistercommittee.importing.hours import HoursImport
from sistercommittee.importing.partnerships import PartnershipsImport
from sistercommittee.importing.volunteers import VolunteersImport
from sistercommittee.messages import msg

# Every import by name: the objects themselves, so that a renamed class fails at import.
KINDS: dict[str, Kind] = {
    "volunteers": VolunteersImport(),
    "partnerships": PartnershipsImport(),
    "events": EventsImport(),
    "hours": HoursImport(),
}


def kind(name: str) -> Kind:
    """The import of ``name`` ("volunteers"); ValidationError for an unknown name."""
    found = KINDS.get(name)
    if found is None:
        raise ValidationError.single(
            "kind", msg(
                "'{name}' cannot be imported. Choose one of: {kinds}.",
                name=name, kinds=', '.join(KINDS),
            )
        )
    return found
