"""Actions on several records at once (delete the five selected volunteers): one user action, so
one transaction: all of them happen, or none, and the first refusal says which record and why."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg, noun
from sistercommittee.services.changes import Changes
from sistercommittee.storage.database import Database

Action = Callable[[Database, str], Changes]


def unique_ids(ids: Iterable[str], what: str) -> tuple[str, ...]:
    """The ids, duplicates once, in order; at least one (else a sentence naming ``what``)."""
    unique = tuple(dict.fromkeys(ids))
    if not unique:
        if what[:1].lower() in "aeiou":
            raise ValidationError.single("ids", msg("Choose at least an {what}.", what=noun(what)))
        raise ValidationError.single("ids", msg("Choose at least a {what}.", what=noun(what)))
    return unique


def each(db: Database, action: Action, ids: Iterable[str], what: str) -> Changes:
    """``action`` on each of ``ids`` (duplicates once, in order) inside one transaction."""
    unique = unique_ids(ids, what)
    with db.action():
        total = action(db, unique[0])
        for record_id in unique[1:]:
            total = total | action(db, record_id)
    return total
