"""The directory for laptops: the member committees that chose to be listed, with what the
partner finder matches ("cities like ours"): their city, the focus areas of their partnerships
and the industries they describe for their town. Every role of every member may read it; the
caller's own committee is left out."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, Field

from sistercommittee.hq.console.directory import LISTED_STATUSES
from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.routes import Reader, _problems


class PartnerOut(BaseModel):
    city: str
    country: str


class ListedCommitteeOut(BaseModel):
    committee: str
    city: str
    region: str | None
    country: str = Field(description="ISO 3166-1 alpha-2")
    focus_areas: list[str] = Field(description="Of the committee's agreed partnerships.")
    industries: str | None = Field(description="The town's main industries, in its words.")
    partners: list[PartnerOut]


class DirectoryOut(BaseModel):
    committees: list[ListedCommitteeOut]


def listed_committees(records: MemberRecordsCache, caller_organization: str) -> list[Any]:
    found: list[dict[str, Any]] = []
    for org_id, member in records.records().items():
        if org_id == caller_organization or not member.listed_in_directory:
            continue
        own = member.organization or {}
        agreed = [p for p in member.partnerships if p.get("status") in LISTED_STATUSES]
        areas = sorted({str(a) for p in agreed for a in (p.get("focus_areas") or ())})
        found.append(
            {
                "committee": str(own.get("name") or ""),
                "city": str(own.get("city") or ""),
                "region": own.get("region") or None,
                "country": str(own.get("country") or ""),
                "focus_areas": areas,
                "industries": own.get("industries") or None,
                "partners": [
                    {"city": str(p.get("city_name") or ""), "country": str(p.get("country") or "")}
                    for p in agreed
                ],
            }
        )
    found.sort(key=lambda c: (str(c["country"]), str(c["city"]).casefold(), str(c["committee"])))
    return found


def add_directory_routes(app: FastAPI, db: HqDatabase) -> None:
    @app.get(
        "/v1/directory", response_model=DirectoryOut, responses=_problems(401), tags=["directory"]
    )
    def directory(who: Reader) -> Any:
        records: MemberRecordsCache = app.state.console_records
        return {"committees": listed_committees(records, who.organization_id)}
