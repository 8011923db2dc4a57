from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from sistercommittee.domain import MouScan, MouText, OutboxEntry
from sistercommittee.domain.enums import SignatorySide
from sistercommittee.errors import NotFoundError, StorageError, ValidationError
from sistercommittee.services import mou_scans, mou_signatories, mou_texts, partnerships
from sistercommittee.services import mous as svc
from sistercommittee.services.mou_results import MouQuery
from sistercommittee.services.mou_scans import ScanFileError

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)
TIFF = b"II*\x00\x08\x00\x00\x00" + bytes(64)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(64)


@pytest.fixture
def takayama(db):
    return partnerships.add_partnership(
        db,
        {
            "city_name": "Takayama",
            "city_name_local": "高山市",
            "country": "JP",
            "status": "active",
            "signed_on": "1960-10-11",
        },
    ).id


@pytest.fixture
def mou(db, takayama):
    return svc.add_mou(db, {"partnership_id": takayama, "signed_on": "1960-10-11"}).id


def write(tmp_path, name, content):
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


# --- MOUs -------------------------------------------------------------------------------------


def test_add_mou_defaults_to_our_language_and_the_partners(db, takayama):
    changes = svc.add_mou(
        db, {"partnership_id": takayama, "signed_on": "1960-10-11", "signed_place": "Takayama"}
    )
    assert changes.ids[1] == takayama
    detail = svc.get_mou(db, changes.id)
    assert detail.partnership_id == takayama
    assert (detail.city_name, detail.city_name_local, detail.country) == (
        "Takayama",
        "高山市",
        "JP",
    )
    assert detail.signed_on == date(1960, 10, 11)
    assert detail.signed_place == "Takayama"
    assert detail.languages == ("en", "ja")
    assert (detail.signatories, detail.texts, detail.scans) == ((), (), ())
    (summary,) = partnerships.get_partnership(db, takayama).mous
    assert (summary.id, summary.languages, summary.signatories_count) == (
        changes.id,
        ("en", "ja"),
        0,
    )


def test_the_partnership_can_be_named_by_its_city(db, takayama):
    mou_id = svc.add_mou(db, {"partnership_id": "高山市", "languages": "ja; en, JA"}).id
    detail = svc.get_mou(db, mou_id)
    assert detail.partnership_id == takayama
    assert detail.languages == ("ja", "en")
    partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "US", "time_zone": "America/Chicago"}
    )
    with pytest.raises(ValidationError) as caught:
        svc.add_mou(db, {"partnership_id": "takayama"})
    assert "Several partnerships" in caught.value.errors["partnership_id"]


def test_add_mou_refuses_every_bad_field_at_once(db, takayama):
    with pytest.raises(ValidationError) as caught:
        svc.add_mou(db, {"signed_on": "the day after", "languages": "en, zz-qq-99"})
    assert set(caught.value.errors) == {"partnership_id", "signed_on", "languages"}
    assert caught.value.errors["partnership_id"] == "Partnership is required."
    assert "not a date" in caught.value.errors["signed_on"]
    assert "zz-qq-99" in caught.value.errors["languages"]
    with pytest.raises(ValidationError) as caught:
        svc.add_mou(
            db,
            {
                "partnership_id": "Atlantis",
                "signed_on": (datetime.now(UTC).date() + timedelta(days=3)).isoformat(),
            },
        )
    assert set(caught.value.errors) == {"partnership_id", "signed_on"}
    assert "no partnership 'Atlantis'" in caught.value.errors["partnership_id"]
    assert "in the future" in caught.value.errors["signed_on"]
    assert svc.list_mous(db).total == 0


def test_edit_mou_changes_given_fields_and_can_move_it(db, takayama, mou):
    other = partnerships.add_partnership(db, {"city_name": "Kaunas", "country": "LT"}).id
    svc.edit_mou(db, mou, {"signed_place": "Springfield", "languages": "en, ja, lt"})
    detail = svc.get_mou(db, mou)
    assert (detail.signed_place, detail.signed_on) == ("Springfield", date(1960, 10, 11))
    assert detail.languages == ("en", "ja", "lt")
    changes = svc.edit_mou(db, mou, {"partnership_id": "Kaunas", "signed_on": ""})
    assert set(changes.ids) == {mou, takayama, other}
    detail = svc.get_mou(db, mou)
    assert (detail.partnership_id, detail.signed_on) == (other, None)
    assert partnerships.get_partnership(db, takayama).mous == ()
    with pytest.raises(ValidationError) as caught:
        svc.edit_mou(db, mou, {"partnership_id": "", "signed_on": "soon"})
    assert set(caught.value.errors) == {"partnership_id", "signed_on"}
    with pytest.raises(ValidationError) as caught:
        svc.edit_mou(db, mou, {"place": "x"})
    assert set(caught.value.errors) == {"place"}
    assert "has no field 'place'" in caught.value.errors["place"]
    with pytest.raises(NotFoundError):
        svc.edit_mou(db, "missing", {"signed_place": "x"})


def test_delete_and_restore_mou(db, takayama, mou):
    svc.delete_mou(db, mou)
    with pytest.raises(NotFoundError):
        svc.get_mou(db, mou)
    assert svc.list_mous(db).total == 0
    assert partnerships.get_partnership(db, takayama).mous == ()
    svc.restore_mou(db, mou)
    assert svc.get_mou(db, mou).id == mou


def test_mous_of_a_deleted_partnership_are_gone(db, takayama, mou):
    partnerships.delete_partnership(db, takayama)
    assert svc.list_mous(db).total == 0
    with pytest.raises(NotFoundError):
        svc.get_mou(db, mou)
    with pytest.raises(ValidationError) as caught:
        svc.add_mou(db, {"partnership_id": takayama})
    assert set(caught.value.errors) == {"partnership_id"}
    with pytest.raises(NotFoundError, match="restore the partnership first"):
        svc.restore_mou(db, mou)
    partnerships.restore_partnership(db, takayama)
    assert svc.get_mou(db, mou).id == mou


def test_list_mous_filters_sorts_and_pages(db, takayama):
    kaunas = partnerships.add_partnership(db, {"city_name": "Kaunas", "country": "LT"}).id
    first = svc.add_mou(db, {"partnership_id": takayama, "signed_on": "1960-10-11"}).id
    renewal = svc.add_mou(db, {"partnership_id": takayama, "signed_on": "2010-10-11"}).id
    unsigned = svc.add_mou(db, {"partnership_id": kaunas}).id
    mou_signatories.add_signatory(db, first, {"side": "home", "name": "Mayor Quimby"})

    def ids(**query):
        return [row.id for row in svc.list_mous(db, MouQuery(**query)).items]

    assert ids() == [unsigned, first, renewal]  # SQLite puts a missing date first
    assert ids(descending=True) == [renewal, first, unsigned]
    assert ids(partnership_id=takayama) == [first, renewal]
    assert ids(sort="city_name") == [unsigned, first, renewal]
    assert ids(sort="created", descending=True) == [unsigned, renewal, first]
    page = svc.list_mous(db, MouQuery(limit=2, offset=1))
    assert (page.total, [row.id for row in page.items], page.has_more) == (
        3,
        [first, renewal],
        False,
    )
    row = svc.list_mous(db, MouQuery(partnership_id=takayama)).items[0]
    assert (row.city_name, row.country, row.signatories_count, row.scans_count) == (
        "Takayama",
        "JP",
        1,
        0,
    )
    with pytest.raises(ValidationError) as caught:
        svc.list_mous(db, MouQuery(sort="weight"))
    assert set(caught.value.errors) == {"sort"}


# --- signatories ------------------------------------------------------------------------------


def test_signatories_home_side_first_then_by_position(db, mou):
    partner_mayor = mou_signatories.add_signatory(
        db,
        mou,
        {
            "side": "partner",
            "name": "Murase Masaharu",
            "name_local": "村瀬正治",
            "title": "Mayor",
            "title_local": "市長",
        },
    ).id
    chair = mou_signatories.add_signatory(db, mou, {"side": "home", "name": "Jane Doe", "position": "1"}).id
    mayor = mou_signatories.add_signatory(db, mou, {"side": SignatorySide.HOME, "name": "Joe Quimby"}).id
    speaker = mou_signatories.add_signatory(db, mou, {"side": "partner", "name": "Ito Ken"}).id
    detail = svc.get_mou(db, mou)
    assert [s.id for s in detail.signatories] == [chair, mayor, partner_mayor, speaker]
    assert [s.position for s in detail.signatories] == [1, 2, 0, 1]
    first_partner = detail.signatories[2]
    assert (first_partner.name_local, first_partner.title_local) == ("村瀬正治", "市長")

    mou_signatories.edit_signatory(db, mayor, {"position": "0"})
    mou_signatories.edit_signatory(db, speaker, {"side": "home"})  # moves to the end of the home side
    detail = svc.get_mou(db, mou)
    assert [s.id for s in detail.signatories] == [mayor, chair, speaker, partner_mayor]
    assert detail.signatories[2].position == 2

    mou_signatories.delete_signatory(db, chair)
    assert chair not in [s.id for s in svc.get_mou(db, mou).signatories]
    with pytest.raises(NotFoundError):
        mou_signatories.edit_signatory(db, chair, {"name": "x"})
    mou_signatories.restore_signatory(db, chair)
    assert len(svc.get_mou(db, mou).signatories) == 4


def test_signatory_refusals_name_each_field(db, mou):
    with pytest.raises(ValidationError) as caught:
        mou_signatories.add_signatory(db, mou, {"name": " ", "position": "-1", "title": "x" * 300})
    assert set(caught.value.errors) == {"side", "name", "position", "title"}
    assert caught.value.errors["side"] == "Side is required."
    assert caught.value.errors["name"] == "Name is required."
    with pytest.raises(ValidationError) as caught:
        mou_signatories.add_signatory(db, mou, {"side": "both", "name": "A"})
    assert "home, partner" in caught.value.errors["side"]
    with pytest.raises(NotFoundError):
        mou_signatories.add_signatory(db, "missing", {"side": "home", "name": "A"})
    assert svc.get_mou(db, mou).signatories == ()


# --- texts ------------------------------------------------------------------------------------


def test_texts_are_set_replaced_and_deleted_per_language(db, mou):
    svc.edit_mou(db, mou, {"languages": "ja, en"})
    english = mou_texts.set_mou_text(db, mou, "EN", "  The cities of Springfield and Takayama...\n").id
    mou_texts.set_mou_text(db, mou, "ja", "スプリングフィールド市と高山市は…")
    mou_texts.set_mou_text(db, mou, "fr", "Les villes de Springfield et Takayama...")
    detail = svc.get_mou(db, mou)
    assert detail.languages == ("ja", "en", "fr")  # French joined the languages
    assert [t.language for t in detail.texts] == ["ja", "en", "fr"]
    assert detail.texts[1].text == "The cities of Springfield and Takayama..."

    assert mou_texts.set_mou_text(db, mou, "en", "Revised text").id == english
    mou_texts.delete_mou_text(db, mou, "fr")
    detail = svc.get_mou(db, mou)
    assert [(t.language, t.text[:7]) for t in detail.texts] == [
        ("ja", "スプリングフィ"),
        ("en", "Revised"),
    ]
    assert "fr" in detail.languages  # still a language the MOU was signed in
    with pytest.raises(NotFoundError, match="no text in fr"):
        mou_texts.delete_mou_text(db, mou, "fr")
    mou_texts.set_mou_text(db, mou, "fr", "Nouveau texte")  # the same row comes back
    with db.read() as session:
        assert len(session.scalars(select(MouText).where(MouText.language == "fr")).all()) == 1


def test_text_refusals(db, mou):
    with pytest.raises(ValidationError) as caught:
        mou_texts.set_mou_text(db, mou, "xx-not-a-tag-99", "  ")
    assert set(caught.value.errors) == {"language", "text"}
    assert "not a language" in caught.value.errors["language"]
    assert "empty" in caught.value.errors["text"]
    with pytest.raises(ValidationError) as caught:
        mou_texts.set_mou_text(db, mou, "", "x" * (mou_texts.MAX_TEXT_LENGTH + 1))
    assert set(caught.value.errors) == {"language", "text"}
    assert "too long" in caught.value.errors["text"]
    with pytest.raises(ValidationError):
        mou_texts.delete_mou_text(db, mou, "??")
    with pytest.raises(NotFoundError):
        mou_texts.set_mou_text(db, "missing", "en", "text")
    assert svc.get_mou(db, mou).texts == ()


# --- scans ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "media_type"),
    [
        ("signed.pdf", PDF, "application/pdf"),
        ("page-1.PNG", PNG, "image/png"),
        ("page 1.jpeg", JPEG, "image/jpeg"),
        ("page1.tif", TIFF, "image/tiff"),
        ("page1.webp", WEBP, "image/webp"),
    ],
)
def test_a_scan_is_stored_under_its_hash(db, mou, tmp_path, name, content, media_type):
    source = write(tmp_path, name, content)
    changes = mou_scans.attach_scan(db, mou, source)
    (scan,) = svc.get_mou(db, mou).scans
    digest = hashlib.sha256(content).hexdigest()
    assert (scan.id, scan.file_name, scan.sha256) == (changes.id, name, digest)
    assert (scan.media_type, scan.size_bytes) == (media_type, len(content))
    stored = mou_scans.scan_file(db, scan.id)
    assert stored == db.files_dir / digest[:2] / digest
    assert stored.read_bytes() == content
    assert [p.name for p in db.files_dir.iterdir()] == [digest[:2]]  # no temporary file left
    with db.read() as session:
        entry = session.scalar(select(OutboxEntry).where(OutboxEntry.row_id == scan.id))
    assert entry is not None and entry.fields["sha256"] == digest


def test_the_same_content_is_stored_once(db, takayama, mou, tmp_path):
    renewal = svc.add_mou(db, {"partnership_id": takayama}).id
    mou_scans.attach_scan(db, mou, write(tmp_path, "original.pdf", PDF))
    mou_scans.attach_scan(db, renewal, write(tmp_path, "copy of original.pdf", PDF))
    mou_scans.attach_scan(db, renewal, write(tmp_path, "photo.png", PNG))
    stored = sorted(p for p in db.files_dir.rglob("*") if p.is_file())
    assert len(stored) == 2
    assert [s.file_name for s in svc.get_mou(db, renewal).scans] == [
        "copy of original.pdf",
        "photo.png",
    ]
    with pytest.raises(ValidationError) as caught:
        mou_scans.attach_scan(db, mou, write(tmp_path, "again.pdf", PDF))
    assert caught.value.errors == {
        "source": "This MOU already has this scan (attached as original.pdf)."
    }
    (summary,) = [m for m in partnerships.get_partnership(db, takayama).mous if m.id == mou]
    assert summary.scans_count == 1


def test_files_that_are_not_scans_are_refused(db, mou, tmp_path):
    cases = {
        "minutes.docx": (b"PK\x03\x04 a word document", "not a kind of file kept as a scan"),
        "renamed.pdf": (PNG, "named as a PDF file, but its content is not PDF"),
        "photo.jpg": (b"GIF89a", "named as a JPEG file"),
        "empty.pdf": (b"", "is empty"),
        "noextension": (PDF, "not a kind of file kept as a scan"),
    }
    for name, (content, message) in cases.items():
        with pytest.raises(ValidationError) as caught:
            mou_scans.attach_scan(db, mou, write(tmp_path, name, content))
        assert set(caught.value.errors) == {"source"}, name
        assert message in caught.value.errors["source"], name
    with pytest.raises(ValidationError, match="There is no file at"):
        mou_scans.attach_scan(db, mou, tmp_path / "nowhere.pdf")
    with pytest.raises(ValidationError, match="is a folder"):
        mou_scans.attach_scan(db, mou, tmp_path)
    assert svc.get_mou(db, mou).scans == ()
    assert not db.files_dir.exists() or not any(db.files_dir.rglob("*"))


def test_a_scan_over_50_mb_is_refused(db, mou, tmp_path):
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.write(PDF)
        handle.truncate(mou_scans.MAX_SCAN_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(ValidationError) as caught:
        mou_scans.attach_scan(db, mou, big)
    assert "at most 50 MB" in caught.value.errors["source"]
    assert "50.0 MB" in caught.value.errors["source"]


def test_a_scan_for_a_missing_mou_is_refused_before_copying(db, tmp_path):
    with pytest.raises(NotFoundError):
        mou_scans.attach_scan(db, "missing", write(tmp_path, "signed.pdf", PDF))
    assert not db.files_dir.exists()


def test_an_altered_or_missing_stored_file_is_reported(db, mou, tmp_path):
    scan_id = mou_scans.attach_scan(db, mou, write(tmp_path, "signed.pdf", PDF)).id
    stored = mou_scans.scan_file(db, scan_id)
    stored.write_bytes(PDF.replace(b"Catalog", b"Catalof"))
    with pytest.raises(ScanFileError, match="changed after it was attached") as caught:
        mou_scans.scan_file(db, scan_id)
    assert isinstance(caught.value, StorageError)
    # Attaching the same content again to another MOU repairs the stored copy.
    other = svc.add_mou(db, {"partnership_id": svc.get_mou(db, mou).partnership_id}).id
    mou_scans.attach_scan(db, other, write(tmp_path, "signed again.pdf", PDF))
    assert mou_scans.scan_file(db, scan_id).read_bytes() == PDF
    stored.unlink()
    with pytest.raises(ScanFileError, match=r"signed\.pdf is missing"):
        mou_scans.scan_file(db, scan_id)


def test_delete_scan_keeps_the_file_for_undo(db, mou, tmp_path):
    scan_id = mou_scans.attach_scan(db, mou, write(tmp_path, "signed.pdf", PDF)).id
    stored = mou_scans.scan_file(db, scan_id)
    mou_scans.delete_scan(db, scan_id)
    assert svc.get_mou(db, mou).scans == ()
    assert stored.read_bytes() == PDF
    with pytest.raises(NotFoundError):
        mou_scans.scan_file(db, scan_id)
    with pytest.raises(NotFoundError):
        mou_scans.delete_scan(db, scan_id)
    # Attaching it anew is allowed once the old one is deleted; undo brings the old one back.
    mou_scans.attach_scan(db, mou, write(tmp_path, "signed (2).pdf", PDF))
    mou_scans.restore_scan(db, scan_id)
    assert len(svc.get_mou(db, mou).scans) == 2
    with db.read() as session:
        assert len(session.scalars(select(MouScan)).all()) == 2


def test_a_file_name_with_a_line_break_is_shown_safely(db, mou, tmp_path):
    scan_id = mou_scans.attach_scan(db, mou, write(tmp_path, "signed\nby both.pdf", PDF)).id
    (scan,) = svc.get_mou(db, mou).scans
    assert (scan.id, scan.file_name) == (scan_id, "signed?by both.pdf")
