"""Alt+letters stay unique in Spanish and Japanese wherever they are unique in English: on every
page of the main window (its menu bar, each menu, the page's buttons and detail tabs) and in the
app's dialogs, each built in the language as the app builds it when that language is chosen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from tests.translations.catalog import LANGUAGES
from tests.ui.conftest import open_dialog
from tests.ui.keyboard.mnemonics import clashes_in_every_tab as every_tab
from tests.ui.keyboard.mnemonics import letter, owners

Survey = dict[str, dict[str, list[str]]]


def _menu_clashes(window: Any, where: str) -> Survey:
    found: Survey = {}
    for number, top in enumerate(window.menuBar().actions(), start=1):
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        claimed: dict[str, list[str]] = {}
        for action in menu.actions():
            key = letter(action.text())
            if key and action.isVisible():
                claimed.setdefault(key, []).append(action.text())
        found[f"menu {number} on {where}"] = {k: v for k, v in claimed.items() if len(v) > 1}
    return found


def _closed(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.done(0)
    else:
        dialog.close()


def survey(qtbot: Any, ctx: Any, wait_idle: Callable[[], None], folder: Path) -> Survey:
    """Clashing letters (letter -> texts) of each window the app shows, in the language the
    application's translators speak now. Keys name the windows the same way in every language;
    "letters not on every keyboard" collects mnemonics that are not Latin letters or digits
    (Alt+名 cannot be typed; Japanese writes 名称(&N))."""
    from sistercommittee.ui.dialogs.backups_dialog import BackupsDialog
    from sistercommittee.ui.dialogs.import_wizard import ImportWizard
    from sistercommittee.ui.dialogs.mou_dialog import MouDialog
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog
    from sistercommittee.ui.dialogs.record_dialog import RecordDialog
    from sistercommittee.ui.dialogs.sign_in_dialog import SignInDialog
    from sistercommittee.ui.getting_started import GettingStartedDialog
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.search_palette import SearchPalette
    from tests.ui.helpers import select

    found: Survey = {}
    untypable: dict[str, list[str]] = {}

    def clashes_in_every_tab(widget: QWidget) -> dict[str, list[str]]:
        for key, texts in owners(widget).items():
            if not (key.isascii() and key.isalnum()):
                untypable.setdefault(key, []).extend(texts)
        return every_tab(widget)

    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda widget: wait_idle())
    window.show()
    qtbot.waitExposed(window)
    wait_idle()
    for section in window.sections:
        page = window.show_page(section.key)
        wait_idle()
        if hasattr(page, "table") and page.model.rowCount():
            select(page, lambda row: True)
            wait_idle()
        found[f"page {section.key}"] = clashes_in_every_tab(window)
        found.update(_menu_clashes(window, section.key))
        if section.key in ("partnerships", "volunteers", "events", "exchanges"):
            dialog = open_dialog(qtbot, window.new_action.trigger, RecordDialog)
            wait_idle()
            found[f"new record on {section.key}"] = clashes_in_every_tab(dialog)
            _closed(dialog)
            wait_idle()
    window.show_page("partnerships")
    wait_idle()
    opened = {
        "preferences": (window.preferences_action.trigger, PreferencesDialog),
        "backups": (window.backups_action.trigger, BackupsDialog),
        "import": (window.import_action.trigger, ImportWizard),
        "getting started": (window.getting_started_action.trigger, GettingStartedDialog),
        "search everything": (window.search_everything_action.trigger, SearchPalette),
    }
    for name, (trigger, kind) in opened.items():
        dialog = open_dialog(qtbot, trigger, kind)
        wait_idle()
        found[name] = clashes_in_every_tab(dialog)
        _closed(dialog)
        wait_idle()
    sign_in = SignInDialog(ctx, lambda *typed: lambda: None, window)
    qtbot.addWidget(sign_in)
    sign_in.show()
    found["sign in"] = clashes_in_every_tab(sign_in)
    sign_in.done(0)
    from sistercommittee.services import mous

    mou = mous.list_mous(ctx.db).items[0]
    dialog = MouDialog(ctx, mou.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle()
    found["MOU"] = clashes_in_every_tab(dialog)
    dialog.done(0)
    wait_idle()
    from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog

    welcome = WelcomeDialog(ctx, folder / "new.sqlite", None)
    qtbot.addWidget(welcome)
    welcome.show()
    found["welcome"] = clashes_in_every_tab(welcome)
    welcome.done(0)
    window.close()
    found["letters not on every keyboard"] = untypable
    return found


@pytest.fixture
def sample(ctx: Any) -> Any:
    """A committee with records on every page, so that each page shows its detail tabs."""
    from sistercommittee.sample import generate

    generate(ctx.db, scale=0.05)
    return ctx


@pytest.mark.parametrize("speaking", LANGUAGES, indirect=True)
def test_mnemonics_are_unique_where_they_are_in_english(
    qtbot: Any,
    sample: Any,
    wait_idle: Callable[[], None],
    speaking: Callable[[], None],
    tmp_path: Path,
) -> None:
    english = survey(qtbot, sample, wait_idle, tmp_path)
    speaking()
    translated = survey(qtbot, sample, wait_idle, tmp_path)
    assert translated.keys() == english.keys()
    # The welcome's fields leave its buttons' letters free (in English they once clashed).
    assert english["welcome"] == {}
    clashing = {
        name: clashes for name, clashes in translated.items() if clashes and not english[name]
    }
    assert clashing == {}, "\n".join(f"{name}: {clashes}" for name, clashes in clashing.items())
