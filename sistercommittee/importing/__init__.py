"""Importing rosters from CSV and Excel files: read, map columns to fields, preview, apply.

The app's import wizard and the command line use the same four steps::

    table = read_table(path)                       # Table: headers and rows as text
    mapping = suggest_mapping("volunteers", table.headers)   # {column index: field}
    result = preview(db, "volunteers", table, mapping)       # Preview: rows, problems, duplicates
    apply_import(db, result, skip_bad_rows=False, progress=..., cancel=...)

Nothing here imports Qt; the wizard runs ``preview`` and ``apply_import`` on a worker.
"""

from sistercommittee.importing.apply import (
    ImportCancelled,
    ImportRefused,
    ImportResult,
    apply_import,
)
from sistercommittee.importing.base import ImportField
from sistercommittee.importing.kinds import KINDS, kind
from sistercommittee.importing.mapping import ColumnMapping, correct_mapping, suggest_mapping
from sistercommittee.importing.preview import (
    Duplicate,
    Preview,
    PreviewRow,
    Problem,
    RowAction,
    preview,
)
from sistercommittee.importing.reading import ImportFileError, Table, read_table


def import_fields(kind_name: str) -> tuple[ImportField, ...]:
    """The fields a column can be mapped to, for the wizard's choices."""
    return kind(kind_name).fields


__all__ = [
    "KINDS",
    "ColumnMapping",
    "Duplicate",
    "ImportCancelled",
    "ImportField",
    "ImportFileError",
    "ImportRefused",
    "ImportResult",
    "Preview",
    "PreviewRow",
    "Problem",
    "RowAction",
    "Table",
    "apply_import",
    "correct_mapping",
    "import_fields",
    "kind",
    "preview",
    "read_table",
    "suggest_mapping",
]
