"""The facts a consulate asks for on a delegation's letters: who pays the travel and the stay
(on the exchange) and the passport number (among the participant's planning details), entered
through their forms and printed in both languages."""

from __future__ import annotations

from sqlalchemy import select

from sistercommittee.documents.letters import make_invitation, make_support
from sistercommittee.domain import Participant
from sistercommittee.services import exchanges
from sistercommittee.services.planner import details
from tests.documents.conftest import pdf_text
from tests.documents.test_letters import records  # noqa: F401  (the fixture)


def _exchange_of(db, participant_id: str) -> str:
    with db.read() as session:
        return str(
            session.scalar(select(Participant.exchange_id).where(Participant.id == participant_id))
        )


def test_invitation_prints_the_passport_and_who_pays_in_both_languages(db, records, tmp_path):  # noqa: F811
    details.set_participant_details(db, records.visitor, {"passport_number": "tr 1234567"})
    exchanges.edit_exchange(
        db,
        _exchange_of(db, records.visitor),
        {"travel_paid_by": "participant", "stay_paid_by": "host_families"},
    )
    letter = make_invitation(db, records.visitor)
    flat = " ".join(pdf_text(letter.pdf, tmp_path).split())
    assert "Passport number TR1234567" in flat and "旅券番号 TR1234567" in flat
    assert "Travel paid by The participant" in flat and "渡航費の負担 参加者本人" in flat
    assert "Lodging and meals paid by The host families" in flat
    assert "宿泊費・食費の負担 ホストファミリー" in flat
    assert any("passport number against the passport" in note for note in letter.notes)
    assert not any("who pays" in note for note in letter.notes)


def test_without_them_the_letter_says_what_to_enter(db, records, tmp_path):  # noqa: F811
    letter = make_invitation(db, records.chaperone, language="en")
    text = " ".join(pdf_text(letter.pdf, tmp_path).split())
    assert "Passport number" not in text and "paid by" not in text
    assert any("No passport number is recorded" in note for note in letter.notes)


def test_support_letter_says_who_pays_in_spanish(db, records, tmp_path):  # noqa: F811
    exchanges.edit_exchange(
        db, _exchange_of(db, records.traveller), {"travel_paid_by": "sending_committee"}
    )
    details.set_participant_details(db, records.traveller, {"passport_number": "X98765432"})
    letter = make_support(db, records.traveller, language="es")
    flat = " ".join(pdf_text(letter.pdf, tmp_path).split())
    assert "Travel paid by The sending committee" in flat
    assert "Viaje a cargo de El comité de origen" in flat
    assert "Número de pasaporte X98765432" in flat


def test_a_purged_passport_is_not_printed(db, records, tmp_path):  # noqa: F811
    """A minor's planning details are purged after the trip: the letter no longer has them."""
    from sistercommittee.domain import ParticipantDetails
    from sistercommittee.domain.base import utcnow
    from sistercommittee.services.planner.common import participant_details_id

    details.set_participant_details(db, records.visitor, {"passport_number": "TR1234567"})
    with db.write() as session:
        row = session.get(ParticipantDetails, participant_details_id(records.visitor))
        row.deleted_at = row.purged_at = utcnow()
    letter = make_invitation(db, records.visitor, language="en")
    assert "TR1234567" not in pdf_text(letter.pdf, tmp_path)
