"""The pseudo-locale check: the whole app in en_XA (every text 40 % longer, between ⟦ ⟧) and in
ar_XB (the same, mirrored). The tour (tests/ui/tour.py) shows every page, every detail tab of a
selected record and every dialog with sample data, in one window per language; the test fails on
a text that did not pass through translation, a label or button whose text is cut off, texts
drawn over each other, and a dialog that did not open. With ``SISTERCOMMITTEE_SCREENSHOT_DIR``
set, each look is saved there (in pseudo/ and rtl/); the screenshots in docs/screenshots/pseudo
and rtl come from the same tour through tests/translations/make_screenshots.py."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from sistercommittee.messages.pseudo import CLOSE, MIRRORED, OPEN, STRETCHED, plain
from sistercommittee.ui.languages import PseudoTranslator, translations_dir
from tests.ui.pseudo_check import clipped, overlapping, untranslated
from tests.ui.tour import WORK_TIMEOUT, Look, Tour, TourError, stops

pytestmark = pytest.mark.slow


@pytest.fixture(params=[STRETCHED, MIRRORED])
def pseudo_language(request: pytest.FixtureRequest, translated_app: Any) -> Iterator[str]:
    """The pseudo-locale installed over the English texts, for the length of one test."""
    english = QTranslator()
    assert english.load("sistercommittee_en", str(translations_dir()))
    translator = PseudoTranslator(english, mirrored=request.param == MIRRORED)
    translated_app.installTranslator(translator)
    if request.param == MIRRORED:
        translated_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    translated_app.removeTranslator(translator)
    translated_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample committee at the smallest scale, made once: each language gets a copy."""
    from sistercommittee.sample import generate
    from sistercommittee.services.organizations import create_organization
    from sistercommittee.storage.database import open_database

    folder = tmp_path_factory.mktemp("sample")
    db = open_database(folder / "committee.sqlite", create=True)
    create_organization(
        db,
        {
            "name": "Springfield Sister Cities",
            "city": "Springfield",
            "region": "Illinois",
            "country": "US",
            "time_zone": "America/Chicago",
        },
    )
    generate(db, scale=0.02, seed=7)
    db.close()
    return folder


@pytest.fixture
def sample_db(sample_folder: Path, tmp_path: Path) -> Iterator[Any]:
    from sistercommittee.storage.database import open_database

    copy = tmp_path / "sample"
    shutil.copytree(sample_folder, copy)
    db = open_database(copy / "committee.sqlite")
    yield db
    db.close()


@pytest.fixture
def pseudo_window(
    qtbot: Any,
    pseudo_language: str,
    settings: Any,
    sample_db: Any,
    shown_errors: list[BaseException],
) -> Iterator[Any]:
    from sistercommittee.services.organizations import get_organization
    from sistercommittee.sync.credentials import MemoryStore
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    ctx = AppContext(settings)
    # The device token in memory, as every test keeps it: without it the first window's sync
    # status asks the system keyring, whose first use looks for backends (entry points, D-Bus)
    # and took 25 s on a loaded machine under Xvfb, longer than the wait below allowed.
    ctx.secret_store = MemoryStore()
    ctx.set_database(sample_db, get_organization(sample_db))
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda w: ctx.runner.wait_done())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=int(WORK_TIMEOUT * 1000))
    yield window
    ctx.runner.wait_done()
    ctx.undo_stack.clear()


def screenshot_dir(language: str) -> Path | None:
    """Where the looks are saved: only when asked (a PNG nobody opens costs the test time)."""
    chosen = os.environ.get("SISTERCOMMITTEE_SCREENSHOT_DIR")
    if not chosen:
        return None
    folder = Path(chosen) / ("rtl" if language == MIRRORED else "pseudo")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def problems_of(widget: QWidget) -> list[str]:
    return [str(f) for f in untranslated(widget) + clipped(widget) + overlapping(widget)]


def check_validation_message(dialog: Any) -> None:
    """The service's message, rendered through the translators when shown: markers around it,
    the label inside it translated too, the typed value as typed."""
    shown = dialog.form.error_text("email")
    assert plain(shown).startswith(OPEN) and shown.endswith(CLOSE)
    assert "'not-an-address'" in shown
    assert "Email" not in shown.replace("not-an-address", "")


def looks(tour: Tour, failed: dict[str, list[str]]) -> Iterator[Look]:
    """The tour's looks; a stop whose dialog did not open is a finding, and the tour goes on."""
    yield from tour.pages()
    for stop in stops():
        try:
            yield from tour.visit(stop)
        except TourError as error:
            failed[stop.name] = [str(error)]


def test_every_page_tab_and_dialog_is_translated_fits_and_mirrors(
    qtbot: Any, pseudo_window: Any, pseudo_language: str, tmp_path: Path
) -> None:
    """The tour (tests/ui/tour.py): every page, every detail tab, every dialog and its steps."""
    window = pseudo_window
    folder = screenshot_dir(pseudo_language)
    mirrored = pseudo_language == MIRRORED
    assert window.isRightToLeft() == mirrored
    found: dict[str, list[str]] = {}
    looked = []

    def look_at(look: Look) -> None:
        looked.append(look.name)
        if folder is not None:
            look.widget.grab().save(str(folder / f"{look.name}.png"))
        if look.widget.isRightToLeft() != mirrored:
            found.setdefault(look.name, []).append("not mirrored as the window")
        if look.name == "dialog-volunteer-problem":
            check_validation_message(look.widget)
        problems = problems_of(look.widget)
        if problems:
            found[look.name] = problems

    tour = Tour(window, tmp_path, look_inside=look_at)  # a message box open in its own loop
    for look in looks(tour, found):
        look_at(look)
    # "Working…" in the status bar fits from its first frame, before any layout pass.
    window.ctx.runner.busy_changed.emit(True)
    busy = [str(f) for f in clipped(window.statusBar())]
    window.ctx.runner.busy_changed.emit(False)
    assert not found, "\n".join(f"{name}: {problem}" for name, p in found.items() for problem in p)
    assert busy == []
    assert len(looked) == len(set(looked)) > 80
    assert plain(QCoreApplication.translate("Errors", "Nothing was saved.")).startswith(OPEN)
