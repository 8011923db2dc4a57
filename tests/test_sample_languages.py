"""The sample data in the user's language: the same records as in English, with the texts of the
"Sample" context translated (sistercommittee/sample/texts.py) and the names kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sistercommittee.domain import BudgetLine, Event, ExchangeCost, ItineraryItem, Shift, Volunteer
from sistercommittee.messages.translators import language_translator
from sistercommittee.sample import generate
from sistercommittee.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]
SCALE = 0.3


def _sample_texts() -> set[str]:
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    from update_translations import sample_strings

    return {text for text, _ in sample_strings()}


def _rows(path: Path, language: str | None) -> dict[str, list]:
    db = open_database(path, create=True)
    translate = language_translator(language) if language else None
    generate(db, scale=SCALE, seed=11, translate=translate)
    with db.read() as session:
        found = {
            "titles": list(session.scalars(select(Event.title).order_by(Event.starts_at))),
            "kinds": list(session.scalars(select(Event.kind).order_by(Event.starts_at))),
            "outcomes": [o for o in session.scalars(select(Event.outcome)) if o],
            "roles": list(session.scalars(select(Shift.role))),
            "budget": list(session.scalars(select(BudgetLine.description))),
            "costs": list(session.scalars(select(ExchangeCost.description))),
            "itinerary": list(session.scalars(select(ItineraryItem.title))),
            "notes": [n for n in session.scalars(select(Volunteer.notes)) if n],
            "skills": [s for skills in session.scalars(select(Volunteer.skills)) for s in skills],
        }
    db.close()
    return found


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, dict[str, list]]:
    folder = tmp_path_factory.mktemp("languages")
    return {lang: _rows(folder / f"{lang or 'en'}.sqlite", lang) for lang in (None, "es", "ja")}


@pytest.mark.parametrize("language", ["es", "ja"])
def test_no_english_text_of_the_pools_is_left(samples, language):
    english_texts = _sample_texts()
    shown = samples[language]
    for field, values in shown.items():
        if field == "kinds":
            continue
        left = {value for value in values if value in english_texts}
        # A title the translation writes the same ("Oktoberfest", "Festival") is no English left.
        left -= {"Oktoberfest", "Festival", "Hawa Mahal", "Jantar Mantar", "ikebana",
                 "taekwondo", "rangoli", "Jiangsu", "Wat Phra That Doi Suthep",
                 "Thua Thien Hue", "Director", "hindi"}
        assert not left, (language, field, sorted(left)[:5])
    assert any(title != english for title, english in zip(shown["titles"],
                                                          samples[None]["titles"], strict=True))


@pytest.mark.parametrize("language", ["es", "ja"])
def test_the_same_records_in_every_language(samples, language):
    english, shown = samples[None], samples[language]
    for field in english:
        assert len(shown[field]) == len(english[field]), field
    assert shown["kinds"] == english["kinds"]


def test_english_is_written_as_the_pools_write_it(samples):
    english = samples[None]
    texts = _sample_texts()
    assert set(english["roles"]) <= texts
    assert set(english["itinerary"]) <= texts
    assert "Reunión de la junta directiva" in samples["es"]["titles"]
    assert "Board meeting" in english["titles"]
    assert "理事会" in samples["ja"]["titles"]
