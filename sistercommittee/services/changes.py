"""What a user action changed, so that each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Entity(StrEnum):
    ORGANIZATION = "organization"
    PARTNERSHIPS = "partnerships"
    VOLUNTEERS = "volunteers"
    HOURS = "hours"
    EVENTS = "events"
    EXCHANGES = "exchanges"
    STORIES = "stories"


class OfferKind(StrEnum):
    ACTIVATE_PARTNERSHIP = "activate_partnership"


@dataclass(frozen=True)
class Offer:
    """A next step that the action made sensible, for the user to take or leave: the CLI prints
    the command for it, a dialog asks. ``on`` is the date the step would be recorded on."""

    kind: OfferKind
    record_id: str
    question: str
    on: date | None = None


@dataclass(frozen=True)
class Changes:
    """Returned by every write: which lists changed, and the ids the action created or touched
    (the main record first), with the next steps it offers."""

    entities: frozenset[Entity]
    ids: tuple[str, ...] = ()
    offers: tuple[Offer, ...] = ()

    @classmethod
    def of(
        cls, *entities: Entity, ids: tuple[str, ...] = (), offers: tuple[Offer, ...] = ()
    ) -> Changes:
        return cls(frozenset(entities), ids, offers)

    @property
    def id(self) -> str:
        """The main record's id."""
        return self.ids[0]

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.entities | other.entities, self.ids + other.ids, self.offers + other.offers
        )
