"""Mailing lists hold only volunteers whose consent is given and not lapsed, and say how many
were left out and why; the CSV reads back in a spreadsheet tool, the vCards in an address book."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.services import mailing, volunteers
from sistercommittee.services.mailing import LeftOutReason, MailFormat

TODAY = date(2025, 6, 1)


def _add(db, given, *, consent=None, email=None, phone=None, active=True, languages=None):
    values = {"given_name": given, "family_name": "Test", "email": email, "phone": phone,
              "active": "yes" if active else "no"}
    if consent:
        values.update({"contact_consent": "yes", "consent_date": consent})
    if languages:
        values["languages"] = languages
    return volunteers.add_volunteer(db, values).id


@pytest.fixture
def people(db):
    _add(db, "Ana", consent="2024-05-01", email="ana@example.org", languages="es:native")
    _add(db, "Ben", consent="2024-05-01", phone="(217) 555-0142")  # no email: vCard only
    _add(db, "Cleo", email="cleo@example.org")  # never agreed
    _add(db, "Dan", consent="2023-01-01", email="dan@example.org")  # lapsed 2025-01-01
    _add(db, "Eve", consent="2024-05-01", email="eve@example.org", active=False)
    _add(db, "=HYPERLINK(1)", consent="2024-05-01", email="x@example.org")
    return db


def test_csv_leaves_out_who_did_not_agree_and_says_why(people):
    result = mailing.mailing_list(people, MailFormat.CSV, today=TODAY)
    assert sorted(r.given_name for r in result.recipients) == ["=HYPERLINK(1)", "Ana"]
    assert {g.reason: g.count for g in result.left_out} == {
        LeftOutReason.NO_CONSENT: 1,
        LeftOutReason.LAPSED: 1,
        LeftOutReason.INACTIVE: 1,
        LeftOutReason.NO_ADDRESS: 1,
    }
    assert result.summary() == (
        "2 volunteers on the list; 4 left out: 1 did not agree to be contacted, 1 consent "
        "lapsed (given more than two years ago), 1 no longer active, 1 no email address."
    )
    text = mailing.to_csv(result).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(mailing.CSV_COLUMNS)
    assert rows[1] == ["x@example.org", "'=HYPERLINK(1)", "Test", "", "", "2024-05-01"]
    assert rows[2] == ["ana@example.org", "Ana", "Test", "", "es", "2024-05-01"]
    assert "cleo@" not in text and "dan@" not in text and "eve@" not in text


def test_vcards_take_people_with_a_phone_and_escape_their_text(people):
    result = mailing.mailing_list(people, MailFormat.VCARD, today=TODAY)
    names = sorted(r.given_name for r in result.recipients)
    assert names == ["=HYPERLINK(1)", "Ana", "Ben"]
    assert result.left_out_count == 3
    text = mailing.to_vcard(result).decode("utf-8")
    assert text.count("BEGIN:VCARD") == 3 and text.count("END:VCARD") == 3
    assert "TEL;VALUE=uri;TYPE=cell:tel:+12175550142" in text
    assert "EMAIL;TYPE=home:ana@example.org" in text and "LANG:es" in text
    assert all(line.endswith("\r") or line == "" for line in text.split("\n"))


def test_vcard_text_is_escaped_and_long_lines_folded():
    assert mailing._vcard_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "FN:" + "á" * 60
    folded = mailing._folded(long)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long


def test_a_language_keeps_its_speakers_and_counts_only_them(people):
    result = mailing.mailing_list(people, MailFormat.CSV, today=TODAY, language="es")
    assert [r.given_name for r in result.recipients] == ["Ana"]
    assert result.left_out == ()
    assert result.summary() == "1 volunteer on the list; nobody was left out."


def test_inactive_on_request_and_the_format_name(people):
    result = mailing.mailing_list(
        people, MailFormat.CSV, today=TODAY, include_inactive=True
    )
    assert "Eve" in [r.given_name for r in result.recipients]
    assert mailing.parse_format("VCF") is MailFormat.VCARD
    with pytest.raises(ValidationError) as error:
        mailing.parse_format("xlsx")
    assert error.value.errors["format"] == "The format must be csv or vcard."
