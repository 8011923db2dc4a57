"""The interface language: offered when its translation is there, chosen in Preferences, in effect
from the next start (texts, dates and numbers, direction), icons that point along the line of
reading mirrored for right-to-left languages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sistercommittee.messages.pseudo import plain
from sistercommittee.resources import resources_dir
from sistercommittee.ui.languages import (
    PSEUDO_VARIABLE,
    interface_languages,
    is_right_to_left,
    locale_for,
)
from tests.ui.conftest import open_dialog


def test_the_languages_offered_are_those_translated_each_named_in_itself(tmp_path, monkeypatch):
    for name in ("sistercommittee_en.qm", "sistercommittee_es.qm", "sistercommittee_ja.qm",
                 "qtbase_de.qm", "sistercommittee_es.ts"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.delenv(PSEUDO_VARIABLE, raising=False)
    assert interface_languages(tmp_path) == [("en", "English"), ("es", "Español"), ("ja", "日本語")]
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    codes = [code for code, _ in interface_languages(tmp_path)]
    assert codes == ["en", "es", "ja", "en_XA", "ar_XB"]


@pytest.mark.parametrize(
    ("code", "name", "first_day"),
    [
        ("es", "es_ES", Qt.DayOfWeek.Monday),
        ("ja", "ja_JP", Qt.DayOfWeek.Sunday),
        ("en", "en_US", Qt.DayOfWeek.Sunday),
        ("pt", "pt_BR", Qt.DayOfWeek.Sunday),
        ("es_MX", "es_MX", Qt.DayOfWeek.Sunday),
        ("es-MX", "es_MX", Qt.DayOfWeek.Sunday),
        ("en_XA", "en_US", Qt.DayOfWeek.Sunday),
    ],
)
def test_a_bare_language_takes_the_territory_it_is_most_spoken_in(code, name, first_day):
    locale = locale_for(code)
    assert locale.name() == name
    assert locale.firstDayOfWeek() == first_day
    if code == "es":
        assert locale.toString(1234.5, "f", 1) == "1234,5"
        assert locale.dateFormat(locale.FormatType.ShortFormat) == "d/M/yy"
    if code == "ja":
        assert locale.dateFormat(locale.FormatType.ShortFormat) == "yyyy/MM/dd"


def test_right_to_left_languages_are_known_by_their_code():
    assert is_right_to_left("ar_XB") and is_right_to_left("he") and is_right_to_left("ar_EG")
    assert not is_right_to_left("ja") and not is_right_to_left("es_MX") and not is_right_to_left("")


def test_the_language_chosen_in_preferences_is_kept_for_the_next_start(
    qtbot, window, monkeypatch
):
    from sistercommittee.ui.dialogs.preferences_dialog import PreferencesDialog

    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    dialog = open_dialog(qtbot, window.preferences_action.trigger, PreferencesDialog)
    QTest.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Interface language
    assert dialog.language.hasFocus()
    QTest.keyClicks(dialog.language, "Pseudo")  # a combo box selects as one types
    assert dialog.language.currentData() == "en_XA"
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "ar_XB"
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.ctx.settings.value("preferences/language") == "ar_XB"


START = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
QCoreApplication.setOrganizationName("SisterCommittee")
QCoreApplication.setApplicationName("SisterCommittee")
QSettings().setValue("preferences/language", sys.argv[1])
QSettings().sync()
from sistercommittee.ui.app import create_application
app = create_application(["app"])
from sistercommittee.ui.main_window import MainWindow
from sistercommittee.ui.context import AppContext
window = MainWindow(AppContext())
print(json.dumps({
    "rtl": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
    "window_rtl": window.isRightToLeft(),
    "file_menu": window.menuBar().actions()[0].text(),
    "message": QCoreApplication.translate("Messages", "{label} is required."),
    "locale": QLocale().name(),
    "decimal": QLocale().toString(1234.5, "f", 1),
}))
"""


def _start(language: str, tmp_path: Path, resources: Path | None = None) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    if resources is not None:
        env["SISTERCOMMITTEE_RESOURCES"] = str(resources)
    done = subprocess.run(
        [sys.executable, "-c", START, language], capture_output=True, text=True, env=env,
        timeout=120, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_next_start_shows_a_translated_language_with_its_dates_and_numbers(tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("*.ts"))
    ts = tmp_path / "sistercommittee_es.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="es">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Archivo</translation></message>
</context>
<context><name>Messages</name>
<message><source>{label} is required.</source><translation>Falta {label}.</translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = resources / "translations" / "sistercommittee_es.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(target)], check=True, capture_output=True)
    shown = _start("es", tmp_path, resources)
    assert shown["file_menu"] == "&Archivo"
    assert shown["message"] == "Falta {label}."
    assert shown["locale"] == "es_ES" and shown["decimal"] == "1234,5"
    assert not shown["rtl"]


def test_the_next_start_in_a_right_to_left_language_mirrors_the_window(tmp_path):
    shown = _start("ar_XB", tmp_path)
    assert shown["rtl"] and shown["window_rtl"]
    # Pseudo-translated, the mnemonic kept, read right to left (marks and overrides around it).
    assert plain(shown["file_menu"]).startswith("⟦&F") and shown["file_menu"] != plain(
        shown["file_menu"]
    )
    assert shown["decimal"] == "1,234.5"  # the pseudo-locale formats as US English


@pytest.fixture
def right_to_left(translated_app):
    translated_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    translated_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _image(name: str):
    from sistercommittee.ui import icons

    return icons.icon(name).pixmap(20, 20).toImage()


def test_undo_and_redo_point_the_other_way_right_to_left_and_other_icons_do_not(translated_app):
    left_to_right = {name: _image(name) for name in ("undo", "redo", "edit", "find")}
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        mirrored = {name: _image(name) for name in left_to_right}
    finally:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for name in ("undo", "redo"):
        assert mirrored[name] != left_to_right[name]
        assert mirrored[name] == left_to_right[name].flipped(Qt.Orientation.Horizontal)
    for name in ("edit", "find"):
        assert mirrored[name] == left_to_right[name]
