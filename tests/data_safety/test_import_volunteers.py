"""Importing a volunteer roster: preview, all or nothing, duplicates, merging, importing twice."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from sistercommittee.domain import OutboxEntry, Volunteer, VolunteerLanguage
from sistercommittee.importing import (
    ImportCancelled,
    ImportRefused,
    RowAction,
    apply_import,
    preview,
    read_table,
    suggest_mapping,
)
from sistercommittee.services.backups import list_backups
from sistercommittee.services.volunteers import add_volunteer, get_volunteer, list_volunteers
from tests.data_safety.conftest import ROSTER, ROSTER_HEADER, write_csv


def _preview(db, tmp_path, rows, name="roster.csv", **options):
    table = read_table(write_csv(tmp_path / name, rows))
    return preview(db, "volunteers", table, suggest_mapping("volunteers", table.headers),
                   **options)


def _names(db):
    return sorted(row.name for row in list_volunteers(db).items)


def _counts(db):
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Volunteer)),
            session.scalar(select(func.count()).select_from(VolunteerLanguage)),
            session.scalar(select(func.count()).select_from(OutboxEntry)),
        )


def test_a_clean_roster_imports_with_languages_and_outbox(db, tmp_path):
    result = _preview(db, tmp_path, ROSTER)
    assert result.ok
    assert [row.action for row in result.rows] == [RowAction.ADD] * 3
    outcome = apply_import(db, result)
    assert outcome.added == 3
    assert _names(db) == ["Akira Tanaka", "Jane Smith", "José García"]
    jane = get_volunteer(db, next(r.id for r in list_volunteers(db).items if r.given_name == "Jane"))
    assert jane.phone == "+12175550101"
    assert [(skill.language, skill.level.value) for skill in jane.languages] == [
        ("de", "conversational"), ("ja", "fluent")]
    assert jane.skills == ("cooking",)
    assert jane.roles == ("volunteer",)  # the form's default
    # Every new row (3 volunteers, 4 languages) has its outbox entry, for sync (and the
    # organization has its own).
    assert _counts(db) == (3, 4, 3 + 4 + 1)


def test_problems_are_named_by_row_and_column_and_nothing_is_written(db, tmp_path):
    rows = [
        ["First Name", "Last Name", "Mail address", "Phone", "Consent"],
        ["Jane", "Smith", "jane@example.org", "", ""],
        ["Bob", "Jones", "x", "", ""],
        ["", "Nobody", "", "", ""],
        ["Ann", "Lee", "", "12", "maybe"],
    ]
    result = _preview(db, tmp_path, rows)
    assert not result.ok
    assert result.bad_rows == (3, 4, 5)
    messages = [str(problem) for problem in result.problems]
    assert messages[0] == (
        "Row 3, column 'Mail address': Email 'x' is not an email address. "
        "Check it reads like name@example.org."
    )
    assert messages[1] == "Row 4, column 'First Name': Given name is required."
    assert any(m.startswith("Row 5, column 'Consent': Consent to be contacted must be yes or no")
               for m in messages)
    assert any(m.startswith("Row 5: Phone '12' is not a phone number") for m in messages)
    assert result.problems[0].column == "Mail address"
    before = _counts(db)
    with pytest.raises(ImportRefused, match=r"3 of 4 rows have problems\. Row 3, column "):
        apply_import(db, result)
    assert _counts(db) == before
    assert list_backups(db.path) == []  # refused before anything, even the backup


def test_skipping_bad_rows_imports_the_rest(db, tmp_path):
    rows = [ROSTER_HEADER, ["Jane", "Smith", "x", "", "", ""], *ROSTER[2:]]
    outcome = apply_import(db, _preview(db, tmp_path, rows), skip_bad_rows=True)
    assert outcome.added == 2
    assert outcome.skipped_bad == (2,)
    assert _names(db) == ["Akira Tanaka", "José García"]


def test_importing_the_same_file_twice_changes_nothing(db, tmp_path):
    apply_import(db, _preview(db, tmp_path, ROSTER))
    before = _counts(db)
    again = _preview(db, tmp_path, ROSTER)
    assert [row.action for row in again.rows] == [RowAction.SAME] * 3
    assert [d.reason for d in again.duplicates] == ["same email", "same email", "same phone number"]
    outcome = apply_import(db, again)
    assert (outcome.added, outcome.merged, outcome.unchanged) == (0, 0, 3)
    assert outcome.backup is None  # nothing to write, nothing to back up
    assert _counts(db) == before


def test_the_same_person_written_differently_is_merged_not_added(db, tmp_path):
    add_volunteer(db, {"given_name": "Jean-Luc", "family_name": "O'Brien", "languages": "fr"})
    add_volunteer(db, {"given_name": "Mary", "family_name": "Major", "email": "mary@example.org"})
    add_volunteer(db, {"given_name": "Ken", "family_name": "Ito", "phone": "+1 217 555 0199"})
    rows = [
        ["Name", "Email", "Phone", "Languages", "Skills"],
        ["O’BRIEN, Jean Luc", "", "", "German", "driving"],  # order, case, apostrophe, hyphen
        ["Mary Major", "MARY@example.org", "217-555-0100", "", ""],  # email case
        ["Ken Ito", "", "(217) 555-0199", "", "tea"],  # phone written differently
        ["Ken Ito", "", "", "", "tea, origami"],  # and again, in the same file
    ]
    result = _preview(db, tmp_path, rows)
    assert [row.action for row in result.rows] == [RowAction.MERGE] * 4
    assert [str(d) for d in result.duplicates] == [
        "Row 2: the same as Jean-Luc O'Brien (already saved; same name): adds Languages, Skills.",
        "Row 3: the same as Mary Major (already saved; same email): adds Phone.",
        "Row 4: the same as Ken Ito (already saved; same phone number): adds Skills.",
        "Row 5: the same as Ken Ito (already saved; same name): adds Skills.",
    ]
    apply_import(db, result)
    assert _names(db) == ["Jean-Luc O'Brien", "Ken Ito", "Mary Major"]
    details = {row.name: get_volunteer(db, row.id) for row in list_volunteers(db).items}
    assert [s.language for s in details["Jean-Luc O'Brien"].languages] == ["de", "fr"]
    assert details["Mary Major"].phone == "+12175550100"
    assert details["Ken Ito"].skills == ("tea", "origami")


def test_values_that_differ_are_kept_as_saved_and_shown(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane", "family_name": "Smith", "email": "jane@example.org",
                       "phone": "+1 217 555 0101"})
    rows = [["Name", "Email", "Phone"], ["Jane Smith", "jane@example.org", "217 555 0999"]]
    result = _preview(db, tmp_path, rows)
    assert result.rows[0].action == RowAction.SAME
    assert str(result.duplicates[0]) == (
        "Row 2: the same as Jane Smith (already saved; same email): nothing new; kept "
        "Phone +12175550101 (the file has +12175550999)."
    )


def test_duplicates_can_be_skipped_instead(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane", "family_name": "Smith", "email": "jane@example.org"})
    result = _preview(db, tmp_path, ROSTER, duplicates="skip")
    assert [row.action for row in result.rows] == [RowAction.SKIP, RowAction.ADD, RowAction.ADD]
    outcome = apply_import(db, result)
    assert (outcome.added, outcome.skipped_duplicates) == (2, 1)
    assert get_volunteer(db, list_volunteers(db).items[1].id).phone is None  # not merged


def test_two_people_sharing_a_phone_are_both_added(db, tmp_path):
    rows = [["Name", "Phone"], ["John Smith", "217 555 0101"], ["Mary Smith", "217 555 0101"]]
    result = _preview(db, tmp_path, rows)
    assert [row.action for row in result.rows] == [RowAction.ADD, RowAction.ADD]


def test_same_name_with_another_email_is_another_person(db, tmp_path):
    add_volunteer(db, {"given_name": "John", "family_name": "Smith", "email": "js1@example.org"})
    rows = [["Name", "Email"], ["John Smith", "js2@example.org"]]
    assert _preview(db, tmp_path, rows).rows[0].action == RowAction.ADD


def test_a_name_shared_by_two_saved_volunteers_must_be_told_apart(db, tmp_path):
    add_volunteer(db, {"given_name": "John", "family_name": "Smith", "email": "js1@example.org"})
    add_volunteer(db, {"given_name": "John", "family_name": "Smith", "email": "js2@example.org"})
    result = _preview(db, tmp_path, [["Name"], ["john smith"]])
    assert result.rows[0].action == RowAction.BAD
    assert "could be any of the 2 volunteers" in str(result.problems[0])


def test_an_email_that_is_someone_elses_is_a_problem(db, tmp_path):
    add_volunteer(db, {"given_name": "Jane", "family_name": "Smith", "email": "jane@example.org"})
    result = _preview(db, tmp_path, [["Name", "Email"], ["Bob Jones", "jane@example.org"]])
    assert str(result.problems[0]) == (
        "Row 2: Bob Jones has the email jane@example.org, which is Jane Smith's. "
        "Correct the email or the name."
    )


def test_a_merge_that_would_break_a_rule_is_a_problem(db, tmp_path, monkeypatch):
    from sistercommittee.importing.volunteers import VolunteersImport

    def check(self, values, org):
        return {"phone": "Rule broken."} if values.get("phone") and values.get("skills") else {}

    monkeypatch.setattr(VolunteersImport, "check", check)
    add_volunteer(db, {"given_name": "Jane", "email": "jane@example.org", "skills": "tea"})
    rows = [["Email", "Phone", "Name"], ["jane@example.org", "217 555 0101", "Jane"]]
    result = _preview(db, tmp_path, rows)
    assert str(result.problems[0]) == (
        "Row 2: Merged with Jane: Rule broken."
    )


def test_a_record_saved_after_the_preview_is_not_added_twice(db, tmp_path):
    result = _preview(db, tmp_path, ROSTER)
    add_volunteer(db, {"given_name": "Jane", "family_name": "Smith", "email": "jane@example.org"})
    outcome = apply_import(db, result)
    assert (outcome.added, outcome.merged) == (2, 1)
    assert len(list_volunteers(db).items) == 3


def test_a_backup_is_made_before_writing(db, tmp_path):
    outcome = apply_import(db, _preview(db, tmp_path, ROSTER))
    assert outcome.backup is not None
    assert [info.reason for info in list_backups(db.path)] == ["before-import"]


def test_cancel_and_failure_leave_nothing(db, tmp_path, monkeypatch):
    from sistercommittee.importing import apply as apply_module

    monkeypatch.setattr(apply_module, "FLUSH_EVERY", 2)
    rows = [["Name", "Email"]] + [[f"P {i}", f"p{i}@example.org"] for i in range(10)]
    result = _preview(db, tmp_path, rows)
    before = _counts(db)
    reports = []
    stop = threading.Event()

    def progress(done, total):
        reports.append((done, total))
        if done >= 6:
            stop.set()

    with pytest.raises(ImportCancelled):
        apply_import(db, result, progress=progress, cancel=stop, backup=False)
    assert reports == [(2, 10), (4, 10), (6, 10)]
    assert _counts(db) == before
    done = apply_import(db, result, progress=lambda d, t: reports.append((d, t)), backup=False)
    assert done.added == 10
    assert reports[-1] == (10, 10)


def test_import_writes_the_same_outbox_as_adding_by_hand(db, tmp_path):
    """The fast writer must produce exactly what the change capture hook would."""
    values = {"given_name": "Hand", "family_name": "Made", "email": "hand@example.org",
              "languages": "ja:fluent", "skills": "tea"}
    add_volunteer(db, values)
    rows = [["Given name", "Family name", "Email", "Languages", "Skills"],
            ["Imp", "Orted", "imp@example.org", "ja:fluent", "tea"]]
    apply_import(db, _preview(db, tmp_path, rows), backup=False)
    with db.read() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
    by_table: dict[str, list[OutboxEntry]] = {}
    for entry in entries:
        by_table.setdefault(entry.table_name, []).append(entry)
    for table in ("volunteers", "volunteer_languages"):
        hand, imported = by_table[table][0], by_table[table][-1]
        assert set(hand.fields) == set(imported.fields)
        for key in hand.fields:
            assert type(hand.fields[key]) is type(imported.fields[key]), key
        assert hand.device_id == imported.device_id
        assert imported.hlc > hand.hlc
    hlcs = [entry.hlc for entry in entries]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    with db.read() as session:
        from sistercommittee.domain import SyncState

        assert session.get(SyncState, 1).last_hlc == hlcs[-1]


def test_full_names_are_split_as_people_write_them():
    from sistercommittee.importing.volunteers import split_name

    assert split_name("Smith, Jane") == ("Jane", "Smith")
    assert split_name("Mary Ann Smith") == ("Mary Ann", "Smith")
    assert split_name("Cher") == ("Cher", None)
    assert split_name("山田 太郎") == ("太郎", "山田")
    assert split_name("  Jane   Smith ") == ("Jane", "Smith")
