"""What makes a city "like ours" beyond size and place: the focus areas of our partnerships and
our town's main industries, held against the committees in HQ's directory.

The twinnings snapshot knows neither (Wikidata's twinnings carry no focus, and no open dataset
reachable here gives towns' economic sectors), so the other side comes from HQ: the directory of
member committees that chose to be listed, with the focus areas of their partnerships and the
industries they describe for their town. A laptop fetches it at each sync and keeps the last
copy beside the database, so the finder works offline with what HQ last said.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sistercommittee.domain import Organization, Partnership
from sistercommittee.domain.enums import FocusArea
from sistercommittee.messages import listing, msg
from sistercommittee.services.countries import fold
from sistercommittee.storage.database import Database

DIRECTORY_SUFFIX = ".directory.json"
FOCUS_LABELS = {
    FocusArea.CULTURE: "culture",
    FocusArea.EDUCATION_YOUTH: "education and youth",
    FocusArea.BUSINESS_TRADE: "business and trade",
    FocusArea.MUNICIPAL_TECHNICAL: "municipal and technical",
    FocusArea.HUMANITARIAN: "humanitarian aid",
    FocusArea.SPORTS: "sports",
    FocusArea.SUSTAINABILITY: "sustainability",
    FocusArea.HEALTH: "health",
    FocusArea.ARTS: "arts",
    FocusArea.TOURISM: "tourism",
}


@dataclass(frozen=True)
class OurProfile:
    focus_areas: frozenset[str]  # FocusArea values of our live partnerships
    industries: frozenset[str]  # folded words from the organization's "Main industries"


@dataclass(frozen=True)
class ListedCommittee:
    """A committee in HQ's directory, as the finder matches it."""

    committee: str
    city: str
    country: str
    focus_areas: frozenset[str]
    industries: frozenset[str]

    @property
    def key(self) -> tuple[str, str]:
        return fold(self.city), self.country


@dataclass(frozen=True)
class Directory:
    committees: tuple[ListedCommittee, ...]
    fetched_at: datetime | None  # None: never fetched on this laptop

    def by_city(self) -> dict[tuple[str, str], ListedCommittee]:
        return {c.key: c for c in self.committees}


def industries_of(text: str | None) -> frozenset[str]:
    """The industries in a committee's description: comma- or semicolon-separated, folded."""
    parts = (text or "").replace(";", ",").split(",")
    return frozenset(key for key in (fold(part) for part in parts) if key)


def our_profile(db: Database) -> OurProfile:
    with db.read() as session:
        areas: set[str] = set()
        for found in session.scalars(
            select(Partnership.focus_areas).where(Partnership.deleted_at.is_(None))
        ):
            areas.update(found or ())
        industries = session.scalar(
            select(Organization.industries).where(Organization.deleted_at.is_(None)).limit(1)
        )
    return OurProfile(frozenset(areas), industries_of(industries))


def directory_path(db: Database) -> Path:
    return db.path.with_name(db.path.name + DIRECTORY_SUFFIX)


def save_directory(db: Database, answer: Mapping[str, Any], fetched_at: datetime) -> int:
    """Keep HQ's directory answer beside the database (written whole, then moved into place);
    returns how many committees it lists."""
    committees = [c for c in answer.get("committees", ()) if isinstance(c, Mapping)]
    target = directory_path(db)
    temporary = target.with_name(target.name + ".part")
    temporary.write_text(
        json.dumps({"fetched_at": fetched_at.isoformat(), "committees": committees}),
        encoding="utf-8",
    )
    os.replace(temporary, target)
    return len(committees)


def load_directory(db: Database) -> Directory:
    """The directory HQ last sent; empty when this laptop never fetched it (or the copy is
    unreadable: it is fetched again at the next sync)."""
    try:
        data = json.loads(directory_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Directory((), None)
    fetched = None
    with contextlib.suppress(TypeError, ValueError):
        fetched = datetime.fromisoformat(str(data.get("fetched_at")))
    return Directory(tuple(_committees(data.get("committees") or ())), fetched)


def _committees(items: Iterable[Any]) -> Iterable[ListedCommittee]:
    for item in items:
        if not isinstance(item, Mapping) or not item.get("city") or not item.get("country"):
            continue
        areas = item.get("focus_areas") or ()
        yield ListedCommittee(
            committee=str(item.get("committee") or ""),
            city=str(item["city"]),
            country=str(item["country"]),
            focus_areas=frozenset(str(a) for a in areas if str(a) in set(FocusArea)),
            industries=industries_of(str(item.get("industries") or "")),
        )


def shared_reasons(ours: OurProfile, theirs: ListedCommittee) -> tuple[float, list[str]]:
    """(score, reasons) for what a listed committee shares with us: focus areas, industries."""
    score = 0.0
    reasons: list[str] = []
    areas = sorted(ours.focus_areas & theirs.focus_areas)
    if areas:
        score += 0.5 * len(areas)
        reasons.append(
            msg(
                "focus areas {areas} like ours ({committee}, HQ's directory)",
                areas=and_list(FOCUS_LABELS.get(FocusArea(a), a) for a in areas),
                committee=theirs.committee,
            )
        )
    industries = sorted(ours.industries & theirs.industries)
    if industries:
        score += 0.75 * len(industries)
        reasons.append(msg("industry {industries} like ours", industries=and_list(industries)))
    return score, reasons


def and_list(items: Sequence[str] | Iterable[str]) -> str:
    """ "culture, education and youth" in a reason, each item and the "and" in the language the
    reason is shown in (the items may be messages, terms or countries themselves)."""
    names = list(items)
    if len(names) == 1:
        return names[0]
    return msg("{items} and {last}", items=listing(names[:-1]), last=names[-1])
