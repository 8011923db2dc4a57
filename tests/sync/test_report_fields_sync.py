"""The annual report's new records travel between laptops through a real HQ: an exchange rate
and the outcomes of an event entered on one laptop are on the other after a sync, and the two
laptops make the same dollar total."""

from __future__ import annotations

from sistercommittee.services import events, rates
from sistercommittee.services.changes import Entity
from sistercommittee.services.organizations import create_organization
from sistercommittee.services.reports import annual_report
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore
from tests.hq.fixtures import PASSWORD, laptop

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def test_rates_and_outcomes_reach_the_other_laptop(hq, org, tmp_path):
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    rates.set_rate(a.db, {"year": 2025, "currency": "EUR", "usd_per_unit": "1.08"})
    events.add_event(
        a.db,
        {
            "title": "Trade fair",
            "starts_at": "2025-05-10 10:00",
            "trade_mission": "yes",
            "investment_currency": "EUR",
            "investment": "10000",
            "jobs_created": "5",
        },
    )
    assert service.sync_now(a.db, a.store).sent >= 3
    other, _sign_in, joined = service.join(
        tmp_path / "b.sqlite", MemoryStore(), hq.url, org.emails["volunteer"], PASSWORD, None
    )
    try:
        assert Entity.ORGANIZATION in joined.changes.entities  # the rate's table
        (rate,) = rates.list_rates(other)
        assert (rate.year, rate.currency, str(rate.usd_per_unit)) == (2025, "EUR", "1.08")
        here, there = annual_report(a.db, 2025), annual_report(other, 2025)
        assert there.dollars.investment_cents == here.dollars.investment_cents == 1_080_000
        assert there.outcomes == here.outcomes and there.outcomes.jobs_created == 5
    finally:
        other.close()
