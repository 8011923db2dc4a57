"""Column names matched to fields, and the user's corrections."""

from __future__ import annotations

import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.importing import correct_mapping, kind, suggest_mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("First Name", "given_name"),
        ("Given name", "given_name"),
        ("FIRSTNAME", "given_name"),
        ("Vorname", "given_name"),
        ("Last Name", "family_name"),
        ("Surname", "family_name"),
        ("E-mail", "email"),
        ("Email Address", "email"),
        ("E-mail 1 - Value", "email"),  # Google Contacts
        ("e_mail", "email"),
        ("Mobile Phone", "phone"),  # Outlook
        ("Phone 1 - Value", "phone"),
        ("Tel.", "phone"),
        ("Name", "name"),
        ("Languages spoken", "languages"),
        ("OK to contact?", "contact_consent"),
        ("Status", "active"),
        ("Comments", "notes"),
    ],
)
def test_volunteer_column_variants(header, field):
    assert suggest_mapping("volunteers", [header]) == {0: field}


def test_unknown_and_type_columns_are_left_out():
    headers = ["Phone 1 - Type", "Phone 1 - Value", "Shoe size", ""]
    assert suggest_mapping("volunteers", headers) == {1: "phone"}


def test_the_first_of_two_columns_for_one_field_wins():
    assert suggest_mapping("volunteers", ["Home Phone", "Mobile Phone"]) == {0: "phone"}


@pytest.mark.parametrize(
    ("kind_name", "headers", "expected"),
    [
        ("partnerships", ["Sister City", "Country", "Since", "Type"],
         {0: "city_name", 1: "country", 2: "signed_on", 3: "kind"}),
        ("events", ["Event", "Date", "Time", "Location", "Attendees"],
         {0: "title", 1: "date", 2: "starts_at", 3: "venue", 4: "attendance"}),
        ("hours", ["Volunteer", "Date", "Hrs", "Task", "Event"],
         {0: "volunteer", 1: "worked_on", 2: "hours", 3: "activity", 4: "event"}),
    ],
)
def test_other_kinds(kind_name, headers, expected):
    assert suggest_mapping(kind_name, headers) == expected


def test_corrections_by_name_or_number_move_a_field_and_leave_columns_out():
    headers = ["Name", "Mail", "Notes"]
    volunteers = kind("volunteers")
    mapping = suggest_mapping(volunteers, headers)
    assert mapping == {0: "name", 1: "email", 2: "notes"}
    corrected = correct_mapping(volunteers, headers, mapping, ["Notes=skills", "mail="])
    assert corrected == {0: "name", 2: "skills"}
    corrected = correct_mapping(volunteers, headers, mapping, ["3=Email"])  # by label
    assert corrected == {0: "name", 2: "email"}


def test_wrong_corrections_are_named():
    volunteers = kind("volunteers")
    with pytest.raises(ValidationError) as error:
        correct_mapping(volunteers, ["Name"], {}, ["Shoe=email", "Name=shoe size", "nonsense"])
    messages = " ".join(error.value.errors.values())
    assert "The file has no column 'Shoe'" in messages
    assert "A volunteer has no field 'shoe size'" in messages
    assert "write it as" in messages


def test_unknown_kind():
    with pytest.raises(ValidationError, match="cannot be imported"):
        kind("donors")
