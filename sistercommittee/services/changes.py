"""What a user action changed, so that each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Entity(StrEnum):
    ORGANIZATION = "organization"
    PARTNERSHIPS = "partnerships"
    VOLUNTEERS = "volunteers"
    HOURS = "hours"
    EVENTS = "events"
    EXCHANGES = "exchanges"


@dataclass(frozen=True)
class Changes:
    """Returned by every write: which lists changed, and the ids the action created or touched
    (the main record first)."""

    entities: frozenset[Entity]
    ids: tuple[str, ...] = ()

    @classmethod
    def of(cls, *entities: Entity, ids: tuple[str, ...] = ()) -> Changes:
        return cls(frozenset(entities), ids)

    @property
    def id(self) -> str:
        """The main record's id."""
        return self.ids[0]

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.ids + other.ids)
