"""Opening a MOU scan whose file is not on this laptop fetches it from HQ; when HQ cannot be
reached the person is told so in a sentence (the error dialog), and nothing else happens."""

from __future__ import annotations

from sqlalchemy import update

from sistercommittee.domain import SyncState
from sistercommittee.services import mou_scans, mous, partnerships
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore
from sistercommittee.sync.file_fetch import FileNotFetchedError
from tests.hq.fixtures import PASSWORD, free_socket, make_org
from tests.ui.helpers import select_part
from tests.ui.keyboard.test_mou_and_sign_in import open_mou
from tests.ui.keyboard.test_mou_scans import signed_scan
from tests.ui.keyboard.typing import activate, alt


def test_opening_a_scan_hq_cannot_send_says_so(
    qtbot, ctx, hq, window, db, wait_idle, tmp_path, shown_errors
):
    org = make_org(hq.db)
    store = MemoryStore()
    ctx.secret_store = store
    service.login(db, store, hq.url, org.emails["coordinator"], PASSWORD)
    partnership = partnerships.add_partnership(db, {"city_name": "Takayama", "country": "JP"}).id
    mou = mous.add_mou(db, {"partnership_id": partnership}).id
    mou_scans.attach_scan(db, mou, signed_scan(tmp_path / "MOU Takayama 1996.pdf"))
    service.sync_now(db, store)
    (scan,) = mous.get_mou(db, mou).scans
    # The file is gone from this laptop (a folder not restored with the database), and HQ is
    # out of reach.
    mou_scans.scan_file(db, scan.id).unlink()
    with free_socket() as closed:
        port = closed.getsockname()[1]
    with db.write() as session:
        session.execute(
            update(SyncState).where(SyncState.id == 1).values(server_url=f"http://127.0.0.1:{port}")
        )

    dialog = open_mou(qtbot, window, wait_idle)
    activate(qtbot, dialog)
    alt(qtbot, "c")  # S&cans
    qtbot.waitUntil(lambda: dialog.scans.model.rowCount() == 1, timeout=5_000)
    select_part(dialog.scans, lambda row: True)
    alt(qtbot, "o")  # &Open
    qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=30_000)
    (error,) = shown_errors
    assert isinstance(error, FileNotFetchedError)
    assert str(error).startswith(
        "MOU Takayama 1996.pdf is not on this laptop yet, and HQ could not send it: HQ at "
    )
    assert str(error).endswith("Open it again once HQ can be reached.")
