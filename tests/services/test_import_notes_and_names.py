"""An import says what it assumed (a language without a level), and a city whose local name is
its English name is not shown twice."""

from __future__ import annotations

from sistercommittee import importing
from sistercommittee.services import partnerships, volunteers
from sistercommittee.services.partnerships import city_with_local_name, label


def _preview(db, tmp_path, text: str):
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    table = importing.read_table(path)
    kind = importing.kind("volunteers")
    return importing.preview(db, kind, table, importing.suggest_mapping(kind, table.headers))


def test_a_language_without_a_level_is_said_in_the_preview(db, tmp_path):
    result = _preview(
        db,
        tmp_path,
        "Name,Email,Languages\n"
        "Mei Tanaka,mei@example.org,Japanese\n"
        "Ken Ito,ken@example.org,Japanese (fluent); German\n"
        "Ana Ruiz,ana@example.org,Spanish (native)\n",
    )
    assert result.ok
    assert result.notes == (
        'Row 2: Japanese has no level in the file, so it is recorded as conversational; add a '
        'level in the file, such as "Japanese (fluent)", or correct it on the volunteer '
        "afterwards.",
        'Row 3: German has no level in the file, so it is recorded as conversational; add a '
        'level in the file, such as "German (fluent)", or correct it on the volunteer '
        "afterwards.",
    )
    importing.apply_import(db, result)
    rows = volunteers.list_volunteers(db).items
    mei = next(row for row in rows if row.name == "Mei Tanaka")
    levels = [(s.language, s.level.value) for s in volunteers.get_volunteer(db, mei.id).languages]
    assert levels == [("ja", "conversational")]


def test_a_local_name_equal_to_the_english_one_is_not_kept_nor_shown_twice(db):
    changes = partnerships.add_partnership(
        db,
        {"city_name": "Besançon", "city_name_local": "Besançon", "country": "FR",
         "status": "exploring"},
    )  # fmt: skip
    detail = partnerships.get_partnership(db, changes.id)
    assert detail.city_name_local is None
    assert detail.label == "Besançon, France"
    partnerships.edit_partnership(db, changes.id, {"city_name_local": "BESANÇON"})
    assert partnerships.get_partnership(db, changes.id).city_name_local is None


def test_labels_show_a_different_local_name_once():
    assert city_with_local_name("Besançon", "Besançon") == "Besançon"
    assert city_with_local_name("Takayama", "高山市") == "Takayama (高山市)"
    assert label("Besançon", "Besançon", "FR") == "Besançon, France"
