"""The "due today" notification in a real system tray: an X server (Xvfb) with a tray host
(trayer, the freedesktop system tray protocol) on it, and the app in a process of its own on that
display. The tray is there, the app's icon docks in it and is drawn, and the balloon with
today's items is shown (tray_probe.py reports it and takes the screenshot)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

PROBE = Path(__file__).with_name("tray_probe.py")
ZONE = ZoneInfo("America/Chicago")

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("trayer")),
    reason="needs Xvfb and the trayer tray host (Debian packages xvfb, trayer)",
)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh X server with a tray host docked at its top edge."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # written once the server accepts clients
    assert number, "Xvfb did not start"
    name = f":{number}"
    host = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--transparent", "false",
         "--tint", "0x3b4252"],
        env={**os.environ, "DISPLAY": name},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield name
    finally:
        for process in (host, server):
            process.terminate()
            process.wait(timeout=10)


def _due_today(db) -> None:
    """A volunteer whose consent to be contacted lapses today, and a shift tonight nobody took."""
    from sistercommittee.services import events, volunteers

    today = datetime.now(ZONE).date()
    volunteers.add_volunteer(
        db, {"given_name": "Mei", "family_name": "Lin", "contact_consent": "yes",
             "consent_date": (today - timedelta(days=730)).isoformat()},
    )
    event = events.add_event(
        db,
        {"title": "Lantern festival set-up", "kind": "festival", "time_zone": "America/Chicago",
         "starts_at": f"{today.isoformat()} 23:00", "ends_at": f"{today.isoformat()} 23:45"},
    ).id
    events.add_shift(db, event, {"role": "Set-up"})


def test_the_due_today_balloon_in_a_real_system_tray(display, db, tmp_path: Path):
    _due_today(db)
    db.close()
    report, screen = tmp_path / "tray.json", tmp_path / "tray.png"
    home = tmp_path / "home"
    env = {
        key: value for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(
        DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
    )
    done = subprocess.run(
        [sys.executable, str(PROBE), str(db.path), str(report), str(screen)],
        env=env, capture_output=True, text=True, timeout=180,
    )
    found = json.loads(report.read_text(encoding="utf-8"))
    assert done.returncode == 0, (found, done.stderr[-2000:])
    assert found["platform"] == "xcb"
    assert found["tray_available"] is True  # QSystemTrayIcon.isSystemTrayAvailable()
    assert found["supports_messages"] is True
    # The icon docked in the tray host at the top right, and drawn there.
    x, y, width, height = found["icon_geometry"]
    assert width > 0 and height > 0 and y < 40 and x > 1280 // 2
    assert found["icon_visible"] and found["icon_colours"] > 8
    # showMessage was called with today's items, and Qt's balloon shows them.
    assert found["messages"] == [
        {"title": "Due today in SisterCommittee: 2",
         "text": "Consent to be contacted lapsed: Mei Lin\n"
                 "1 shift without a volunteer at Lantern festival set-up"},
    ]
    assert "Due today in SisterCommittee: 2" in found["balloon_text"]
    _, by, bwidth, bheight = found["balloon_geometry"]
    assert bwidth > 100 and bheight > 30 and by < 400
    assert screen.stat().st_size > 10_000
