"""Members with real laptops for the console's tests: an HQ organization with a coordinator, a
laptop signed in as that coordinator with its own organization row and sample records, and
annual reports made from those records and uploaded the way the app uploads them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sistercommittee.documents.annual_report import annual_report_csv, annual_report_json
from sistercommittee.hq import admin
from sistercommittee.sample.generator import generate
from sistercommittee.services import organizations, reports
from sistercommittee.services.reports import AnnualReport
from sistercommittee.sync import service
from tests.hq.fixtures import PASSWORD, Laptop, laptop

YEAR = 2025


@dataclass
class Member:
    org_id: str
    name: str
    coordinator: str
    laptop: Laptop
    folder: Path

    def report(self, year: int = YEAR) -> AnnualReport:
        return reports.annual_report(self.laptop.db, year)

    def upload(self, year: int = YEAR, fmt: str = "csv", name: str | None = None) -> AnnualReport:
        """Make the year's annual report from the laptop's records and send it to HQ."""
        report = self.report(year)
        content = annual_report_csv(report) if fmt == "csv" else annual_report_json(report)
        path = self.folder / (name or f"annual-report-{year}.{fmt}")
        path.write_bytes(content)
        service.upload_report(self.laptop.db, self.laptop.store, path, year=year)
        return report

    def sync(self) -> None:
        service.sync_now(self.laptop.db, self.laptop.store)


def member(
    tmp_path: Path,
    hq_url: str,
    db: object,
    name: str,
    city: str,
    country: str,
    *,
    seed: int,
    listed: bool = False,
    contact: str | None = None,
) -> Member:
    org_id = admin.create_organization(db, name)  # type: ignore[arg-type]
    slug = name.lower().replace(" ", "-")
    email = f"coordinator@{slug}.example.org"
    admin.add_user(db, org_id, email, "coordinator", PASSWORD)  # type: ignore[arg-type]
    folder = tmp_path / slug
    folder.mkdir()
    lap = laptop(folder / "committee.sqlite", hq_url, email)
    organizations.create_organization(
        lap.db,
        {
            "name": name,
            "city": city,
            "country": country,
            "directory_listed": listed,
            "public_contact": contact,
        },
    )
    generate(lap.db, scale=0.05, seed=seed)
    return Member(org_id, name, email, lap, folder)
