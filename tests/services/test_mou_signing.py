"""The first signed MOU gives its partnership the signing date, and offers to make it active."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sistercommittee.cli.main import main
from sistercommittee.domain import OutboxEntry
from sistercommittee.services import mous, partnerships
from sistercommittee.services.changes import OfferKind


@pytest.fixture
def takayama(db) -> str:
    return partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "exploring"}
    ).id


def _partnership(db, partnership_id):
    return partnerships.get_partnership(db, partnership_id)


def test_the_first_signed_mou_sets_the_date_and_offers_to_make_it_active(db, takayama):
    changes = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"})
    detail = _partnership(db, takayama)
    assert detail.signed_on == date(1996, 10, 8)
    assert detail.status.value == "exploring"  # the user decides
    (offer,) = changes.offers
    assert offer.kind == OfferKind.ACTIVATE_PARTNERSHIP
    assert offer.record_id == takayama
    assert offer.on == date(1996, 10, 8)
    assert offer.question == (
        "The MOU with Takayama is signed, but the partnership is still exploring. "
        "Make it active from 1996-10-08?"
    )
    partnerships.change_status(db, takayama, "active", offer.on)
    assert _partnership(db, takayama).status.value == "active"
    # Once active, no more offers.
    assert mous.add_mou(db, {"partnership_id": takayama, "signed_on": "2016-10-08"}).offers == ()


def test_an_unsigned_mou_offers_nothing_and_sets_nothing(db, takayama):
    changes = mous.add_mou(db, {"partnership_id": takayama, "signed_place": "Takayama"})
    assert changes.offers == ()
    assert _partnership(db, takayama).signed_on is None


def test_the_date_follows_the_first_mou_when_it_changes_or_goes(db, takayama):
    first = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"}).id
    second = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "2006-10-08"}).id
    assert _partnership(db, takayama).signed_on == date(1996, 10, 8)
    mous.edit_mou(db, first, {"signed_on": "1996-10-09"})
    assert _partnership(db, takayama).signed_on == date(1996, 10, 9)
    mous.delete_mou(db, first)
    assert _partnership(db, takayama).signed_on == date(2006, 10, 8)
    mous.restore_mou(db, first)
    assert _partnership(db, takayama).signed_on == date(1996, 10, 9)
    # An earlier MOU found later becomes the first.
    mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1990-01-01"})
    assert _partnership(db, takayama).signed_on == date(1990, 1, 1)
    for mou_id in [row.id for row in mous.list_mous(db).items]:
        mous.delete_mou(db, mou_id)
    assert _partnership(db, takayama).signed_on is None  # exploring: no MOU, no date
    assert second


def test_a_date_set_by_hand_is_left_alone(db, takayama):
    partnerships.edit_partnership(db, takayama, {"signed_on": "1995-05-05"})
    first = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"}).id
    assert _partnership(db, takayama).signed_on == date(1995, 5, 5)
    mous.edit_mou(db, first, {"signed_on": "1997-01-01"})
    mous.delete_mou(db, first)
    assert _partnership(db, takayama).signed_on == date(1995, 5, 5)


def test_an_active_partnership_keeps_its_date_when_its_last_mou_goes(db):
    kyoto = partnerships.add_partnership(
        db,
        {"city_name": "Kyoto", "country": "JP", "status": "active", "signed_on": "2000-01-01"},
    ).id
    mou = mous.add_mou(db, {"partnership_id": kyoto, "signed_on": "2000-01-01"}).id
    mous.delete_mou(db, mou)
    assert _partnership(db, kyoto).signed_on == date(2000, 1, 1)


def test_moving_a_mou_moves_the_date(db, takayama):
    kyoto = partnerships.add_partnership(
        db, {"city_name": "Kyoto", "country": "JP", "status": "proposed"}
    ).id
    mou = mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"}).id
    changes = mous.edit_mou(db, mou, {"partnership_id": kyoto})
    assert _partnership(db, takayama).signed_on is None
    assert _partnership(db, kyoto).signed_on == date(1996, 10, 8)
    assert [offer.record_id for offer in changes.offers] == [kyoto]


def test_the_derived_date_is_sent_to_the_other_laptops_with_the_mou(db, takayama):
    mous.add_mou(db, {"partnership_id": takayama, "signed_on": "1996-10-08"})
    with db.read() as session:
        entries = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.table_name == "partnerships", OutboxEntry.row_id == takayama
            )
        ).all()
    assert any("signed_on" in entry.fields for entry in entries)


def test_the_cli_prints_the_command_that_makes_it_active(db, db_path, takayama, capsys):
    code = main(["--db", str(db_path), "mou", "add", "--partnership-id", takayama,
                 "--signed-on", "1996-10-08"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert (
        f"  sistercommittee partnership status {takayama} --to active --on 1996-10-08" in out
    )
