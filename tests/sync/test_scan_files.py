"""Scans of signed MOUs travel between laptops through a real HQ, as photos do: the laptop that
attached a scan sends its file after the sync, the other fetches it (after its own sync, or on
demand when someone opens the scan first), each file checked against its hash; what cannot travel
is told in a sentence and nothing wrong is kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import delete, update

from sistercommittee.domain import MouScan, SyncState
from sistercommittee.hq import files as hq_files
from sistercommittee.hq.feed import Caller, HqError
from sistercommittee.hq.models import HqFile
from sistercommittee.services import mou_scans, mous, partnerships
from sistercommittee.services import photos as P
from sistercommittee.services.organizations import create_organization
from sistercommittee.sync import service
from sistercommittee.sync.file_fetch import FileNotFetchedError, scan_path
from tests.hq.fixtures import free_socket, laptop, make_org

ORG = {"name": "Springfield Sister Cities", "city": "Springfield", "country": "US"}


def signed_scan(path: Path, line: str = "Signed at Takayama City Hall on 8 October 1996") -> Path:
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Memorandum of Understanding between Springfield and Takayama")
    page.drawString(72, 700, line)
    page.save()
    return path


def first_laptop_with_a_mou(hq, tmp_path):
    org = make_org(hq.db)
    a = laptop(tmp_path / "a.sqlite", hq.url, org.emails["coordinator"])
    create_organization(a.db, ORG)
    partnership = partnerships.add_partnership(a.db, {"city_name": "Takayama", "country": "JP"}).id
    mou = mous.add_mou(a.db, {"partnership_id": partnership, "signed_on": "1996-10-08"}).id
    return org, a, mou


def attach(db, mou: str, source: Path) -> str:
    mou_scans.attach_scan(db, mou, source)
    (scan,) = [s for s in mous.get_mou(db, mou).scans if s.file_name == source.name]
    return scan.id


def test_a_scan_attached_on_one_laptop_opens_on_the_other(hq, tmp_path):
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    source = signed_scan(tmp_path / "MOU Takayama 1996.pdf")
    scan_id = attach(a.db, mou, source)
    service.sync_now(a.db, a.store)

    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    result = service.sync_now(b.db, b.store)
    assert result.files_problem is None
    (arrived,) = mous.get_mou(b.db, mou).scans
    assert arrived.id == scan_id
    # After the sync the file is there, checked, before anyone opens it.
    opened = mou_scans.scan_file(b.db, scan_id)
    assert opened.read_bytes() == source.read_bytes()
    assert scan_path(b.db, b.store, scan_id) == opened

    # Sent once: HQ holds it, and a second sync moves nothing.
    assert hq_missing(a, [arrived.sha256]) == []
    again = service.sync_now(a.db, a.store)
    assert again.files_problem is None


def hq_missing(lap, hashes: list[str]) -> list[str]:
    from sistercommittee.sync.client import HqClient

    _, server_url, token = service._token(lap.db, lap.store)
    with HqClient(server_url, token) as client:
        return client.files_missing(hashes)


def test_a_scan_not_here_yet_is_fetched_from_hq_when_it_is_opened(hq, tmp_path):
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    service.sync_now(a.db, a.store)
    service.sync_now(b.db, b.store)
    # The scan is attached on A after B's last sync; B receives its row but, as if HQ had gone
    # away before the files moved, not its file.
    source = signed_scan(tmp_path / "MOU renewal 2016.pdf", "Renewed on 8 October 2016")
    scan_id = attach(a.db, mou, source)
    service.sync_now(a.db, a.store)
    service.sync_now(b.db, b.store)
    sha256 = mous.get_mou(b.db, mou).scans[0].sha256
    mou_scans.scan_file(b.db, scan_id).unlink()

    with pytest.raises(mou_scans.ScanMissingError):
        mou_scans.scan_file(b.db, scan_id)
    path = scan_path(b.db, b.store, scan_id)  # what opening it in the app does
    assert path.read_bytes() == source.read_bytes()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha256


def test_when_hq_cannot_be_reached_opening_a_missing_scan_says_so(hq, tmp_path):
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    scan_id = attach(a.db, mou, signed_scan(tmp_path / "MOU.pdf"))
    service.sync_now(a.db, a.store)
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    service.sync_now(b.db, b.store)
    mou_scans.scan_file(b.db, scan_id).unlink()
    with free_socket() as closed:  # a port nobody listens on once the socket is closed
        port = closed.getsockname()[1]
    with b.db.write() as session:
        session.execute(
            update(SyncState).where(SyncState.id == 1).values(server_url=f"http://127.0.0.1:{port}")
        )

    with pytest.raises(FileNotFetchedError) as caught:
        scan_path(b.db, b.store, scan_id)
    text = caught.value.message
    assert text.startswith("MOU.pdf is not on this laptop yet, and HQ could not send it: ")
    assert "cannot be reached" in text and text.endswith("Open it again once HQ can be reached.")


def test_a_scan_hq_holds_with_other_content_is_refused_and_not_kept(hq, tmp_path):
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    bad = attach(a.db, mou, signed_scan(tmp_path / "MOU.pdf"))
    good = attach(a.db, mou, signed_scan(tmp_path / "Annex.pdf", "Annex: exchange programme"))
    service.sync_now(a.db, a.store)
    bad_hash = mous.get_mou(a.db, mou).scans[0].sha256
    # HQ's copy is damaged (a disk error, a restore gone wrong): it no longer is what it names.
    with hq.db.write() as connection:
        connection.execute(
            update(HqFile).where(HqFile.sha256 == bad_hash).values(content=b"%PDF-1.4 other")
        )

    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    result = service.sync_now(b.db, b.store)
    # The other scan still travels; the damaged one is passed over and told.
    assert mou_scans.scan_file(b.db, good).is_file()
    assert result.files_problem is not None
    assert "could not travel between the laptops" in result.files_problem
    with pytest.raises(FileNotFetchedError, match="that HQ sent is not the file that was attached"):
        scan_path(b.db, b.store, bad)
    assert not (b.db.files_dir / bad_hash[:2] / bad_hash).exists()
    assert not list(b.db.files_dir.glob(".incoming-*"))


def test_a_scan_hq_has_not_received_yet_says_where_to_sync(hq, tmp_path):
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    scan_id = attach(a.db, mou, signed_scan(tmp_path / "MOU.pdf"))
    service.sync_now(a.db, a.store)
    # As if A's file had not gone out after its rows did (A went offline in between).
    with hq.db.write() as connection:
        connection.execute(delete(HqFile))
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    assert service.sync_now(b.db, b.store).files_problem is None  # waits for a later sync
    with pytest.raises(FileNotFetchedError, match="sync the laptop it was attached on"):
        scan_path(b.db, b.store, scan_id)
    service.sync_now(a.db, a.store)  # A sends it again: HQ lacks it
    assert scan_path(b.db, b.store, scan_id).read_bytes() == (tmp_path / "MOU.pdf").read_bytes()


def test_the_largest_scan_a_laptop_takes_travels_and_hq_refuses_anything_larger(hq, tmp_path):
    assert max(mou_scans.MAX_SCAN_BYTES, P.MAX_PHOTO_BYTES) <= hq_files.MAX_FILE_BYTES
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    largest = tmp_path / "MOU scanned at 600 dpi.pdf"
    with largest.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(mou_scans.MAX_SCAN_BYTES)
    scan_id = attach(a.db, mou, largest)
    assert service.sync_now(a.db, a.store).files_problem is None
    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    assert service.sync_now(b.db, b.store).files_problem is None
    assert mou_scans.scan_file(b.db, scan_id).stat().st_size == mou_scans.MAX_SCAN_BYTES

    caller = Caller("device", "device", org.id, org.name, "user", "c@example.org", "coordinator")
    too_large = b"%PDF-1.4\n".ljust(hq_files.MAX_FILE_BYTES + 1, b"\0")
    with pytest.raises(HqError) as caught:
        hq_files.put_file(hq.db, caller, hashlib.sha256(too_large).hexdigest(), too_large)
    assert caught.value.status == 413


def test_scans_stored_by_an_earlier_version_travel_as_they_are(hq, tmp_path):
    """Scans attached before they travelled were stored where they are now
    (``<database>.files/ab/abcd…``, by SHA-256), so there is nothing to move: an existing
    database's scans go to HQ at its next sync and open on the other laptops."""
    org, a, mou = first_laptop_with_a_mou(hq, tmp_path)
    content = signed_scan(tmp_path / "old.pdf").read_bytes()
    sha256 = hashlib.sha256(content).hexdigest()
    # The file and its row as the earlier version wrote them, without today's code.
    folder = a.path.with_name(a.path.stem + ".files") / sha256[:2]
    folder.mkdir(parents=True)
    (folder / sha256).write_bytes(content)
    with a.db.write() as session:
        scan = MouScan(
            mou_id=mou,
            file_name="MOU 1996.pdf",
            sha256=sha256,
            media_type="application/pdf",
            size_bytes=len(content),
        )
        session.add(scan)
        session.flush()
        scan_id = scan.id
    assert mou_scans.scan_file(a.db, scan_id).read_bytes() == content
    service.sync_now(a.db, a.store)
    assert hq_missing(a, [sha256]) == []  # its file reached HQ

    b = laptop(tmp_path / "b.sqlite", hq.url, org.emails["volunteer"])
    service.sync_now(b.db, b.store)
    assert scan_path(b.db, b.store, scan_id).read_bytes() == content
