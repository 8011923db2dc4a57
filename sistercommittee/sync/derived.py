"""Columns computed from others (a volunteer's sort name), recomputed after a merge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def _volunteer_sort_name(row: dict[str, Any]) -> dict[str, Any]:
    from sistercommittee.services.volunteers import sort_name

    return {"sort_name": sort_name(row["given_name"], row["family_name"])}


@dataclass(frozen=True)
class Derived:
    """Columns computed from others, recomputed on every laptop after a merge so that two edits
    to the inputs made apart still give the value the inputs call for. Their losers are not
    listed as conflicts."""

    inputs: frozenset[str]
    outputs: frozenset[str]
    compute: Callable[[dict[str, Any]], dict[str, Any]]


DERIVED: dict[str, Derived] = {
    "volunteers": Derived(
        frozenset({"given_name", "family_name", "sort_name"}),
        frozenset({"sort_name"}),
        _volunteer_sort_name,
    ),
}
