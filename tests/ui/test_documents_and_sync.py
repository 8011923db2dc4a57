"""The documents page makes a partnership's certificate on a worker and saves it; the sync page
shows the state and signs in only with a secure store."""

from __future__ import annotations

from pathlib import Path

from sistercommittee.services import partnerships


def test_certificate_is_made_and_saved(qtbot, window, db, wait_idle, tmp_path: Path):
    partnerships.add_partnership(
        db,
        {
            "city_name": "Takayama",
            "city_name_local": "高山市",
            "country": "JP",
            "signed_on": "1994-05-01",
        },
    )
    page = window.show_page("documents")
    wait_idle()
    qtbot.waitUntil(lambda: page.partnership.count() == 1)
    assert not page.save_button.isEnabled()
    page.make_button.click()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30_000)
    assert page.pdf.startswith(b"%PDF")
    assert window.print_action.isEnabled()
    target = tmp_path / "certificate.pdf"
    page.write_to(target)
    wait_idle()
    assert target.read_bytes() == page.pdf


def test_sync_page_shows_the_state(qtbot, window, ctx, wait_idle):
    from sistercommittee.sync.credentials import MemoryStore

    ctx.secret_store = MemoryStore()
    page = window.show_page("sync")
    wait_idle()
    qtbot.waitUntil(lambda: page.sync_status is not None)
    assert "not signed in" in page.state.text()
    assert not page.sync_button.isEnabled()
    assert page.sign_in_button.isVisibleTo(page)
    # Never synced: no "every change merged cleanly", and nothing counted as waiting for HQ.
    assert page.empty_label.text() == "No conflicts to review: this laptop has not synced yet."
    assert "waiting" not in page.state.text()
    window.refresh_status()  # as after every change
    qtbot.waitUntil(lambda: "volunteers" in window.counts_label.whole_text())
    qtbot.waitUntil(lambda: window.sync_status.text() == "Not signed in to HQ", timeout=10_000)


def test_annual_report_is_saved(qtbot, window, db, wait_idle, tmp_path: Path):
    page = window.show_page("documents")
    wait_idle()
    target = tmp_path / "report.pdf"
    page.write_annual_report(2025, target)
    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    wait_idle()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved to" in page.status.text()
