"""The records the agenda adds travel like every other: a decision on self-logged hours made on
one laptop is on the other after a sync (status and audit), and so is a report sent to HQ."""

from __future__ import annotations

from datetime import date

from sistercommittee.domain.enums import HoursStatus
from sistercommittee.services import hours, hours_approval, partnerships, volunteers
from sistercommittee.services.agenda import ItemKind, agenda
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from tests.hq.fixtures import laptop

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def test_approvals_contacts_and_sent_reports_reach_the_other_laptop(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    aiko = volunteers.add_volunteer(a.db, {"given_name": "Aiko", "family_name": "Sato"}).id
    entry = hours.log_hours(
        a.db, {"volunteer_id": aiko, "worked_on": "2025-05-02", "hours": "2",
               "activity": "Translation", "self_logged": "yes"},
    ).id
    pid = partnerships.add_partnership(a.db, {"city_name": "Takayama", "country": "JP"}).id
    partnerships.add_contact(a.db, pid, {"name": "Sato Hiroshi",
                                         "awaiting_reply_since": "2025-03-01"})
    service.sync_now(a.db, a.store)

    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["coordinator"])
    service.sync_now(b.db, b.store)
    assert hours.get_hours(b.db, entry).status is HoursStatus.PENDING
    assert [p.id for p in hours_approval.pending_hours(b.db)] == [entry]

    hours_approval.approve_hours(b.db, [entry], "Linda Park", "ok")
    report = tmp_path / "Annual report 2025.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    service.upload_report(b.db, b.store, report, year=2025)
    service.sync_now(b.db, b.store)
    service.sync_now(a.db, a.store)

    assert hours.get_hours(a.db, entry).status is HoursStatus.APPROVED
    (review,) = hours_approval.hours_reviews(a.db, entry)
    assert (review.reviewer, review.note, review.minutes) == ("Linda Park", "ok", 120)
    assert hours.hours_summary(a.db, 2025).minutes == 120
    reports = agenda(a.db, 30, today=date(2026, 2, 1))
    assert [i for i in reports.items if i.kind is ItemKind.REPORT] == []  # sent from b
    with a.db.read() as session:
        from sistercommittee.domain import PartnerContact

        (contact,) = session.query(PartnerContact).all()
        assert contact.awaiting_reply_since == date(2025, 3, 1)
