"""Words for the stored vocabularies (roles, statuses, kinds …), translated at the moment of use:
the tables of sistercommittee/messages/vocabulary.py in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sistercommittee.messages.vocabulary import CONTEXT, LABELS


def label(vocabulary: str, value: object) -> str:
    """The translated label of ``value`` (an enum member or its stored value)."""
    key = str(getattr(value, "value", value))
    source = LABELS.get(vocabulary, {}).get(key)
    if source is None:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, source)


def options(vocabulary: str) -> list[tuple[str, str]]:
    """(stored value, label) pairs in their declared order, for combo boxes."""
    return [(value, label(vocabulary, value)) for value in LABELS[vocabulary]]


def join(vocabulary: str, values: object) -> str:
    from sistercommittee.ui.formatting import fmt_list

    return fmt_list(label(vocabulary, value) for value in values)  # type: ignore[attr-defined]
