"""What a purge of minors' data removed, by kind, as its record keeps it and as a sentence."""

from __future__ import annotations

from collections.abc import Mapping

from sistercommittee.domain import MinorDataPurge
from sistercommittee.messages import msg

REMOVED_KINDS = (
    "planning_details",
    "consent_forms",
    "photo_consents",
    "photos_withheld",
    "stories_changed",
)


def removed_kinds(record: MinorDataPurge) -> dict[str, int]:
    """What the recorded purge removed, by kind (nothing for one recorded before these were
    counted)."""
    found = {key: getattr(record, key) for key in REMOVED_KINDS}
    return {key: count for key, count in found.items() if count}


def removed_text(removed: Mapping[str, int]) -> str:
    """What a purge removed, in a sentence ("" for a purge recorded without the details)."""
    parts = []
    n = int(removed.get("planning_details", 0))
    if n:
        parts.append(
            msg("planning details of {n} minor", n=n)
            if n == 1
            else msg("planning details of {n} minors", n=n)
        )
    n = int(removed.get("consent_forms", 0))
    if n:
        parts.append(
            msg("{n} parental consent form tick", n=n)
            if n == 1
            else msg("{n} parental consent form ticks", n=n)
        )
    n = int(removed.get("photo_consents", 0))
    if n:
        parts.append(
            msg("{n} minor's photo consent record", n=n)
            if n == 1
            else msg("{n} minors' photo consent records", n=n)
        )
    n = int(removed.get("photos_withheld", 0))
    if n:
        parts.append(
            msg("{n} photo withheld from publication", n=n)
            if n == 1
            else msg("{n} photos withheld from publication", n=n)
        )
    n = int(removed.get("stories_changed", 0))
    if n:
        parts.append(
            msg("{n} unsent story no longer showing them", n=n)
            if n == 1
            else msg("{n} unsent stories no longer showing them", n=n)
        )
    if not parts:
        return ""
    return msg("Removed: {parts}.", parts="; ".join(parts))
