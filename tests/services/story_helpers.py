"""Records, photos and files that the photo and story tests share."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from sistercommittee.services import events as E
from sistercommittee.services import exchanges as X
from sistercommittee.services.partnerships import add_partnership
from sistercommittee.storage.database import Database


def make_jpeg(path: Path, color: tuple[int, int, int] = (200, 60, 40), size=(1200, 800)) -> Path:
    """A real JPEG: a coloured field with a band, so that two are never the same bytes."""
    image = Image.new("RGB", size, color)
    for x in range(size[0] // 3, size[0] // 3 * 2):
        for y in range(0, size[1], 7):
            image.putpixel((x, y), (255, 255, 255))
    image.save(path, "JPEG", quality=90)
    return path


def partnership(db: Database, city: str = "Takayama", country: str = "JP") -> str:
    return add_partnership(
        db, {"city_name": city, "country": country, "status": "active", "signed_on": "1996-10-08"}
    ).id


def festival(db: Database, partner: str | None = None) -> str:
    values = {
        "title": "Cherry Blossom Festival",
        "kind": "festival",
        "starts_at": "2026-04-11 10:00",
        "ends_at": "2026-04-11 18:00",
        "venue": "Washington Park",
        "attendance": "1200",
        "description": "Taiko drummers from Takayama opened the day.",
        "outcome": "The festival raised money for next summer's student exchange.",
    }
    if partner:
        values["partnerships"] = partner
    return E.add_event(db, values).id


def student_visit(db: Database, partner: str) -> str:
    exchange_id = X.add_exchange(
        db,
        {
            "title": "Takayama students visit",
            "direction": "inbound",
            "program": "youth",
            "partnership_id": partner,
            "starts_on": "2026-05-10",
            "ends_on": "2026-05-17",
        },
    ).id
    for name in ("Aoi Sato", "Ren Kato", "Yui Mori"):
        X.add_participant(db, exchange_id, {"name": name, "role": "student", "is_youth": "yes"})
    X.add_participant(db, exchange_id, {"name": "Keiko Ono", "role": "chaperone"})
    return exchange_id
