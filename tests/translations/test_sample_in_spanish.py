"""A new user with the app in Spanish tries it with the sample data: on the welcome, Tab to
«Probar con datos de ejemplo» and Enter, as a person would; the sample committee is made up in
Spanish (the "Sample" texts of the es translation), and the Events page lists it so. The command
line's `demo` does the same for LANG=es_ES.UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from sistercommittee.domain import Event, Shift
from sistercommittee.sample import generate
from sistercommittee.storage.database import open_database
from tests.translations.catalog import read_ts, ts_file
from tests.ui.keyboard.typing import activate, focused, press_enter, tab

SCALE = 0.1  # 50 events: the same records as the demo's 500, fewer of them
SEED = 2026  # the seed the welcome and `sistercommittee demo` use

# Titles Spanish writes as English does: the name of a festival, a place, a dish.
SAME_IN_BOTH = {"Oktoberfest", "Festival", "Hawa Mahal", "Jantar Mantar"}


def _spanish_sample() -> dict[str, str]:
    """The "Sample" context of the es translation: English source -> Spanish text."""
    return {
        entry.source: entry.forms[0]
        for entry in read_ts(ts_file("es"))
        if entry.context == "Sample" and entry.forms and entry.forms[0]
    }


def _english_titles(path: Path) -> dict[datetime, list[str]]:
    """The titles of the same sample made in English (no translator), by start time."""
    db = open_database(path, create=True)
    generate(db, scale=SCALE, seed=SEED)
    with db.read() as session:
        rows = session.execute(select(Event.starts_at, Event.title)).all()
    db.close()
    found: dict[datetime, list[str]] = defaultdict(list)
    for starts_at, title in rows:
        found[starts_at.replace(tzinfo=None)].append(title)
    return found


def _check_spanish_titles(shown: list[tuple[datetime, str]], english_path: Path) -> None:
    spanish = _spanish_sample()
    english_by_start = _english_titles(english_path)
    assert sorted(shown) and len(shown) == sum(map(len, english_by_start.values()))
    translated = 0
    for starts_at, title in shown:
        english = english_by_start[starts_at.replace(tzinfo=None)]
        assert english, (starts_at, title)
        if title not in SAME_IN_BOTH:
            assert title not in spanish, f"English title shown: {title!r}"
        # A title written as a whole by the pools ("Board meeting") is its Spanish text.
        whole = [spanish[text] for text in english if text in spanish]
        if whole:
            assert title in whole, (title, english)
            translated += 1
    assert translated >= 5, translated  # most titles are whole texts, the rest templates


@pytest.mark.parametrize("speaking", ["es"], indirect=True)
def test_sample_data_chosen_by_keyboard_is_spanish_on_the_events_page(
    qtbot: Any, speaking: Any, settings: Any, shown_errors: list[Any], tmp_path: Path
) -> None:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.startup import start

    speaking()  # Español chosen, as Preferences makes the app start in it
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda w: ctx.runner.wait_done())
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "committee.sqlite"
    start(ctx, window, path)

    found: list[WelcomeDialog] = []

    def welcome_shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WelcomeDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(welcome_shown, timeout=10_000)
    dialog = found[0]
    dialog.sample_scale = SCALE
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "Bienvenido a SisterCommittee"
    assert dialog.sample_button.text().replace("&", "") == "Probar con datos de ejemplo"

    # Tab along the form and the buttons until the focus is on the sample button, then Enter.
    for _ in range(40):
        if focused() is dialog.sample_button:
            break
        tab(qtbot)
    assert focused() is dialog.sample_button
    press_enter(qtbot)
    qtbot.waitUntil(lambda: ctx.ready, timeout=120_000)
    assert not dialog.isVisible() and not dialog.created
    assert shown_errors == []

    # Ctrl+4: the Events page, its list loaded.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page.key == "events"
    qtbot.waitUntil(lambda: ctx.runner.pending == 0 and page.model.rowCount() > 0, timeout=60_000)
    while page.model.canFetchMore(page.model.index(-1, -1)):  # as scrolling to the end would
        page.model.fetchMore(page.model.index(-1, -1))
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=60_000)
    title = next(n for n, c in enumerate(page.model.columns) if c.key == "title")
    assert page.model.headerData(title, Qt.Orientation.Horizontal) == "Título"
    shown = []
    for row in range(page.model.rowCount()):
        index = page.model.index(row, title)
        record = page.model.data(index, page.model.RowRole)
        shown.append((record.starts_at, page.model.data(index, Qt.ItemDataRole.DisplayRole)))
    _check_spanish_titles(shown, tmp_path / "english.sqlite")
    assert "Reunión de la junta directiva" in {text for _, text in shown}
    assert shown_errors == []


def test_the_demo_command_writes_spanish_records_for_a_spanish_locale(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env["LANG"] = "es_ES.UTF-8"
    path = tmp_path / "demo.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "sistercommittee", "--db", str(path), "demo", "--scale", str(SCALE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Se llenó {path} con datos de ejemplo")
    db = open_database(path)
    with db.read() as session:
        shown = [
            (starts_at, title)
            for starts_at, title in session.execute(select(Event.starts_at, Event.title)).all()
        ]
        roles = set(session.scalars(select(Shift.role)))
    db.close()
    _check_spanish_titles(shown, tmp_path / "english.sqlite")
    spanish = _spanish_sample()
    assert roles and not roles & set(spanish), sorted(roles & set(spanish))
    assert roles <= set(spanish.values()), sorted(roles - set(spanish.values()))
