"""What a purge of minors' data removed, by kind, as its record keeps it and as a sentence."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sistercommittee.domain import MinorDataPurge
from sistercommittee.messages import Message, join_messages, msg

# What a purge removes, by kind (the record's column), with the phrase for one and for several,
# in the order the sentence names them.
_PHRASES: dict[str, tuple[Callable[[int], Message], Callable[[int], Message]]] = {
    "planning_details": (
        lambda n: msg("planning details of {n} minor", n=n),
        lambda n: msg("planning details of {n} minors", n=n),
    ),
    "consent_forms": (
        lambda n: msg("{n} parental consent form tick", n=n),
        lambda n: msg("{n} parental consent form ticks", n=n),
    ),
    "photo_consents": (
        lambda n: msg("{n} minor's photo consent record", n=n),
        lambda n: msg("{n} minors' photo consent records", n=n),
    ),
    "photos_withheld": (
        lambda n: msg("{n} photo withheld from publication", n=n),
        lambda n: msg("{n} photos withheld from publication", n=n),
    ),
    "stories_changed": (
        lambda n: msg("{n} unsent story no longer showing them", n=n),
        lambda n: msg("{n} unsent stories no longer showing them", n=n),
    ),
}
REMOVED_KINDS = tuple(_PHRASES)


def removed_kinds(record: MinorDataPurge) -> dict[str, int]:
    """What the recorded purge removed, by kind (nothing for one recorded before these were
    counted)."""
    found = {key: getattr(record, key) for key in REMOVED_KINDS}
    return {key: count for key, count in found.items() if count}


def removed_text(removed: Mapping[str, int]) -> str:
    """What a purge removed, in a sentence ("" for a purge recorded without the details)."""
    parts = []
    for kind in REMOVED_KINDS:
        n = int(removed.get(kind, 0))
        if n:
            one, several = _PHRASES[kind]
            parts.append(one(n) if n == 1 else several(n))
    if not parts:
        return ""
    return msg("Removed: {parts}.", parts=join_messages(parts, "; "))
