"""Paged query results: the lists in the app and on the command line fetch one page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg

T = TypeVar("T")

MAX_PAGE = 1000


@dataclass(frozen=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int  # rows matching the filter, on all pages
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total


def check_window(offset: int, limit: int) -> None:
    if offset < 0:
        raise ValidationError.single("offset", msg("The page cannot start before the first row."))
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError.single("limit", msg(
            "A page holds 1 to {most} rows.",
            most=MAX_PAGE,
        ))


def like_pattern(term: str) -> str:
    """A LIKE pattern that matches ``term`` anywhere, with its wildcards taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
