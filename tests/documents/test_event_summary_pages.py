"""The event summary PDF as people read it: a heading never alone at the foot of a page, a
virtual event's times on each city's clock, days and times written as the organization writes
them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sistercommittee.documents.event_summary import render_event_summary
from sistercommittee.services import events, hours, organizations, volunteers
from tests.documents import report_data
from tests.documents.conftest import pdf_text, word_boxes

SENTENCE = (
    "The delegation and their hosts shared a long evening of music, food and conversation "
    "about the next year of the partnership. "
)


def _long_year(db) -> None:
    """Fourteen gatherings whose descriptions, outcomes and volunteer lists grow unevenly, so
    that the page breaks fall at every kind of place."""
    people = [
        volunteers.add_volunteer(db, {"given_name": f"Helper{n:02d}", "family_name": "Reyes"}).id
        for n in range(18)
    ]
    for n in range(14):
        event_id = events.add_event(
            db,
            {
                "title": f"Gathering {n + 1:02d}",
                "starts_at": f"2025-03-{n + 1:02d} 18:00",
                "ends_at": f"2025-03-{n + 1:02d} 21:30",
                "venue": "Old State Capitol Plaza",
                "attendance": str(40 + n),
                "description": SENTENCE * (3 + (n * 7) % 13),
                "outcome": SENTENCE * (1 + n % 4),
            },
        ).id
        for person in people[: 2 + (n * 5) % 17]:
            hours.log_hours(
                db,
                {
                    "volunteer_id": person,
                    "event_id": event_id,
                    "worked_on": f"2025-03-{n + 1:02d}",
                    "hours": "2",
                },
            )


def test_no_heading_is_left_alone_at_the_foot_of_a_page(db, tmp_path):
    _long_year(db)
    pdf, count = render_event_summary(
        db, "pdf", date_from=date(2025, 3, 1), date_to=date(2025, 3, 31)
    )
    assert count == 14
    boxes = word_boxes(pdf, tmp_path)
    heights = {page: height for page, _x0, _y0, _x1, height, text in boxes if not text}
    lines: dict[int, dict[float, list[str]]] = defaultdict(lambda: defaultdict(list))
    for page, _x0, y0, _x1, y1, text in boxes:
        # The text of the page, without its running header and footer.
        if text and y0 > 20 * 2.835 and y1 < heights[page] - 16 * 2.835:
            lines[page][round(y1)].append(text)
    assert len(lines) >= 4
    headings = 0
    for page, by_line in lines.items():
        words = by_line[max(by_line)]
        last = " ".join(words)
        for heading in ("What happened", "Outcome", "Volunteers"):
            assert last != heading, f"“{heading}” alone at the foot of page {page}"
        assert not last.startswith("Gathering"), f"an event's title ends page {page}"
        headings += sum(" ".join(w) in ("What happened", "Outcome") for w in by_line.values())
    assert headings == 28  # every event's two headings were found


def test_a_virtual_event_gives_each_citys_time_in_the_organizations_forms(db, tmp_path):
    ids = report_data.build(db)
    text = pdf_text(render_event_summary(db, "pdf", event_id=ids.tokyo_call)[0], tmp_path)
    text = " ".join(text.split())
    # 19:00 in Tokyo is 5:00 in the morning in Springfield (Central Daylight Time).
    assert "Tuesday, June 3, 2025, 7:00 PM – 8:00 PM (Asia/Tokyo)" in text
    assert "In Springfield Tuesday, June 3, 2025, 5:00 AM – 6:00 AM (America/Chicago)" in text
    # An event at home prints no second clock.
    festival = " ".join(
        pdf_text(render_event_summary(db, "pdf", event_id=ids.festival)[0], tmp_path).split()
    )
    assert "Saturday, May 10, 2025, 11:00 AM – 5:00 PM (America/Chicago)" in festival
    assert "In Springfield" not in festival and "In Takayama" not in festival

    organizations.edit_organization(db, {"language": "de"})
    german = " ".join(
        pdf_text(render_event_summary(db, "pdf", event_id=ids.tokyo_call)[0], tmp_path).split()
    )
    assert "Dienstag, 3. Juni 2025, 19:00 – 20:00 (Asia/Tokyo)" in german
    assert "05:00 – 06:00 (America/Chicago)" in german


def test_virtual_event_times_in_the_json(db):
    import json

    ids = report_data.build(db)
    data, _count = render_event_summary(db, "json", event_id=ids.tokyo_call)
    (event,) = json.loads(data)["events"]
    assert event["local_times"] == [
        {
            "city_name": "Springfield",
            "time_zone": "America/Chicago",
            "starts_at": "2025-06-03T05:00:00-05:00",
            "ends_at": "2025-06-03T06:00:00-05:00",
        }
    ]
