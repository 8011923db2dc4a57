"""Hours volunteers logged themselves in the sample: most wait for a coordinator, one was
approved (with its review in the audit), so that the agenda and the approval have work to show.

No random numbers are drawn here: the rest of the sample stays the same as before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sistercommittee.domain import HoursEntry, HoursReview
from sistercommittee.sample.texts import marked
from sistercommittee.services.volunteers import display_name

_ACTIVITIES = (
    (marked("Translated the partner city's newsletter"), "translation", 150),
    (marked("Prepared gift bags for the visiting delegation"), "hosting", 120),
    (marked("Updated the committee's website"), "administration", 90),
    (marked("Called host families about the spring exchange"), "hosting", 60),
)


def add_self_logged_hours(generator: Any, as_of: date) -> None:
    """Hours a few volunteers logged themselves in the days before ``as_of`` (the sample data's
    today): three waiting for a coordinator, one approved."""
    volunteers = [v for v in generator.volunteers if v.left is None]
    if len(volunteers) < len(_ACTIVITIES) + 1:
        return
    coordinator = next((v for v in volunteers if "coordinator" in v.roles), volunteers[0])
    reviewer = display_name(coordinator.given, coordinator.family)
    for number, (activity, kind, minutes) in enumerate(_ACTIVITIES):
        volunteer = volunteers[(number * 7 + 3) % len(volunteers)]
        worked_on = as_of - timedelta(days=3 + number * 2)
        logged = datetime(as_of.year, as_of.month, as_of.day, 20, number * 5, tzinfo=UTC)
        approved = number == len(_ACTIVITIES) - 1
        hours_id = generator.add(
            HoursEntry,
            {
                "volunteer_id": volunteer.id,
                "event_id": None,
                "activity": generator.words.text(activity),
                "worked_on": worked_on,
                "minutes": minutes,
                "kind": kind,
                "notes": None,
                "self_logged": True,
                "status": "approved" if approved else "pending",
                "created_at": logged - timedelta(days=1),
            },
        )
        generator.hours_written += 1
        if approved:
            generator.add(
                HoursReview,
                {
                    "hours_id": hours_id,
                    "decision": "approved",
                    "reviewer": reviewer,
                    "reviewed_at": logged,
                    "minutes": minutes,
                    "note": None,
                    "created_at": logged,
                },
            )
