"""The pseudo-locale check: the whole app in en_XA (every text 40 % longer, between ⟦ ⟧) and in
ar_XB (the same, mirrored). Every page and dialog is shown with sample data; the test fails on a
text that did not pass through translation, a label or button whose text is cut off, and texts
drawn over each other. Screenshots go to the test's folder, or to
``SISTERCOMMITTEE_SCREENSHOT_DIR`` when set (docs/screenshots/pseudo and rtl were made so)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sistercommittee.messages.pseudo import CLOSE, MIRRORED, OPEN, STRETCHED, plain
from sistercommittee.ui.languages import PseudoTranslator, translations_dir
from sistercommittee.ui.widgets.table_rows import select_row
from tests.ui.pseudo_check import clipped, overlapping, untranslated

pytestmark = pytest.mark.slow

# How long the pages' loading may take: a page's first load imports what it needs (ReportLab
# for Documents), which on a busy machine reading a cold disk took up to 50 s (measured under
# Xvfb, load 18 on 2 cores); the wait ends as soon as the work is done.
WORK_TIMEOUT = 90_000


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


@pytest.fixture
def sample_db(db: Any) -> Any:
    from sistercommittee.sample import generate

    generate(db, scale=0.02, seed=7)
    return db


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
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WORK_TIMEOUT)
    yield window
    ctx.runner.wait_done()
    ctx.undo_stack.clear()


def screenshot_dir(tmp_path: Path, language: str) -> Path:
    chosen = os.environ.get("SISTERCOMMITTEE_SCREENSHOT_DIR")
    base = Path(chosen) if chosen else tmp_path
    folder = base / ("rtl" if language == MIRRORED else "pseudo")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def problems_of(widget: QWidget) -> list[str]:
    return [str(f) for f in untranslated(widget) + clipped(widget) + overlapping(widget)]


def test_every_page_is_translated_fits_and_mirrors(
    qtbot: Any, pseudo_window: Any, pseudo_language: str, tmp_path: Path
) -> None:
    window = pseudo_window
    folder = screenshot_dir(tmp_path, pseudo_language)
    assert window.isRightToLeft() == (pseudo_language == MIRRORED)
    found: dict[str, list[str]] = {}
    for section in window.sections:
        page = window.show_page(section.key)
        qtbot.waitUntil(lambda: window.ctx.runner.pending == 0, timeout=WORK_TIMEOUT)
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            select_row(table, 0)
            qtbot.waitUntil(lambda: window.ctx.runner.pending == 0, timeout=WORK_TIMEOUT)
        QApplication.processEvents()
        window.grab().save(str(folder / f"page-{section.key}.png"))
        problems = problems_of(window)
        if problems:
            found[section.key] = problems
    # "Working…" in the status bar fits from its first frame, before any layout pass.
    window.ctx.runner.busy_changed.emit(True)
    busy = [str(f) for f in clipped(window.statusBar())]
    window.ctx.runner.busy_changed.emit(False)
    assert found == {}
    assert busy == []


def dialogs(window: Any) -> dict[str, Callable[[], QDialog]]:
    """Every dialog a page opens, built as its menu or button builds it."""
    from sistercommittee.ui.dialogs.about_dialog import AboutDialog
    from sistercommittee.ui.dialogs.backups_dialog import BackupsDialog
    from sistercommittee.ui.dialogs.event_dialog import new_event
    from sistercommittee.ui.dialogs.exchange_dialog import new_exchange
    from sistercommittee.ui.dialogs.hours_dialog import log_hours
    from sistercommittee.ui.dialogs.import_wizard import ImportWizard
    from sistercommittee.ui.dialogs.partnership_dialog import new_partnership
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog
    from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
    from sistercommittee.ui.dialogs.volunteer_dialog import new_volunteer_dialog
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    ctx = window.ctx

    def ignore(changes: Any) -> None:
        return None

    return {
        "new-volunteer": lambda: new_volunteer_dialog(ctx, window),
        "new-partnership": lambda: new_partnership(ctx, window, ignore),
        "new-event": lambda: new_event(ctx, window, ignore),
        "new-exchange": lambda: new_exchange(ctx, window, ignore),
        "log-hours": lambda: log_hours(ctx, window),
        "preferences": lambda: PreferencesDialog(ctx, window),
        "about": lambda: AboutDialog(Path(ctx.db.path).parent, window),
        "backups": lambda: BackupsDialog(ctx, window),
        "sign-in": lambda: SignInDialog(ctx, None, window),
        "import": lambda: ImportWizard(ctx, window, kind="volunteers"),
        "welcome": lambda: WelcomeDialog(ctx, Path(ctx.db.path).with_name("new.sqlite"), None),
    }


def test_every_dialog_is_translated_and_fits(
    qtbot: Any, pseudo_window: Any, pseudo_language: str, tmp_path: Path
) -> None:
    folder = screenshot_dir(tmp_path, pseudo_language)
    found: dict[str, list[str]] = {}
    for name, build in dialogs(pseudo_window).items():
        dialog = build()
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: pseudo_window.ctx.runner.pending == 0, timeout=WORK_TIMEOUT)
        QApplication.processEvents()
        dialog.grab().save(str(folder / f"dialog-{name}.png"))
        assert dialog.isRightToLeft() == (pseudo_language == MIRRORED), name
        problems = problems_of(dialog)
        if problems:
            found[name] = problems
        dialog.reject()
        dialog.deleteLater()
        QApplication.processEvents()
    assert found == {}


def test_a_validation_message_of_the_services_is_shown_translated(
    qtbot: Any, pseudo_window: Any, pseudo_language: str, tmp_path: Path
) -> None:
    from PySide6.QtTest import QTest

    from sistercommittee.ui.dialogs.volunteer_dialog import new_volunteer_dialog

    dialog = new_volunteer_dialog(pseudo_window.ctx, pseudo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    email = dialog.form.editor("email").focus_target()
    email.setFocus()
    QTest.keyClicks(email, "not-an-address")
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("email")), timeout=10_000)
    shown = dialog.form.error_text("email")
    # The service's message, rendered through the translators when shown: markers around it,
    # the label inside it translated too, the typed value as typed.
    assert plain(shown).startswith(OPEN) and shown.endswith(CLOSE)
    assert "'not-an-address'" in shown
    assert "Email" not in shown.replace("not-an-address", "")
    QApplication.processEvents()
    folder = screenshot_dir(tmp_path, pseudo_language)
    dialog.grab().save(str(folder / "dialog-volunteer-problem.png"))
    assert untranslated(dialog) == []
    dialog.reject()
    assert plain(QCoreApplication.translate("Errors", "Nothing was saved.")).startswith(OPEN)
