"""The kinds of records that can be imported, by the name used on the command line."""

from __future__ import annotations

import functools
import importlib

from sistercommittee.errors import ValidationError
from sistercommittee.importing.base import Kind

# name -> module and class; loaded on first use.
KINDS: dict[str, tuple[str, str]] = {
    "volunteers": ("sistercommittee.importing.volunteers", "VolunteersImport"),
    "partnerships": ("sistercommittee.importing.partnerships", "PartnershipsImport"),
    "events": ("sistercommittee.importing.events", "EventsImport"),
    "hours": ("sistercommittee.importing.hours", "HoursImport"),
}


@functools.cache
def kind(name: str) -> Kind:
    """The import of ``name`` ("volunteers"); ValidationError for an unknown name."""
    if name not in KINDS:
        raise ValidationError.single(
            "kind", f"'{name}' cannot be imported. Choose one of: {', '.join(KINDS)}."
        )
    module_name, class_name = KINDS[name]
    return getattr(importlib.import_module(module_name), class_name)()  # type: ignore[no-any-return]
