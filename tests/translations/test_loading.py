"""Choosing Spanish or Japanese loads the app's texts and Qt's own (buttons, dialogs) in it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def installed(qapp: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    from PySide6.QtCore import QLocale

    from sistercommittee.ui.app import install_translators

    translators = install_translators(qapp, QLocale(request.param))
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("installed", "file_menu", "one", "two", "cancel"),
    [
        ("es_MX", "&Archivo", "1 voluntario", "2 voluntarios", "Cancelar"),
        ("es_US", "&Archivo", "1 voluntario", "2 voluntarios", "Cancelar"),
        ("ja_JP", "ファイル(&F)", "ボランティア1人", "ボランティア2人", "キャンセル"),
    ],
    indirect=["installed"],
)
def test_the_app_and_qt_speak_the_chosen_language(
    installed: Any, file_menu: str, one: str, two: str, cancel: str
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    assert len(installed) == 2  # qtbase_xx.qm and sistercommittee_xx.qm
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&File") == file_menu
    assert translate("VolunteersPage", "%n volunteer(s)", None, 1) == one
    assert translate("VolunteersPage", "%n volunteer(s)", None, 2) == two
    # A form's label, translated at run time under the "Forms" context.
    assert translate("Forms", "City name") in ("Nombre de la ciudad", "都市名")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


@pytest.mark.parametrize("word", ["hoy", "今日", "きょう"])
def test_the_word_the_date_fields_suggest_is_understood(word: str) -> None:
    """Date fields say "e.g. 5/31/2026 or today" in the volunteer's language."""
    from datetime import date

    from babel import Locale

    from sistercommittee.services.typed_dates import parse_date

    today = date(2026, 5, 31)
    for locale in ("es_MX", "ja_JP"):
        assert parse_date(word, Locale.parse(locale), today=today) == today
    assert parse_date("mañana", Locale.parse("es_MX"), today=today) == date(2026, 6, 1)
    assert parse_date("昨日", Locale.parse("ja_JP"), today=today) == date(2026, 5, 30)


@pytest.mark.parametrize(("chosen", "file_menu"), [("es", "&Archivo"), ("ja", "ファイル(&F)")])
def test_the_language_chosen_in_preferences_is_spoken_at_the_next_start(
    qapp: Any, chosen: str, file_menu: str
) -> None:
    """Preferences keeps the choice in the settings; starting the app reads it."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

    from sistercommittee.ui.app import APPLICATION, ORGANIZATION, create_application

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings().setValue("preferences/language", chosen)
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    try:
        create_application()
        assert QCoreApplication.translate("MainWindow", "&File") == file_menu
        assert QLocale().language() == QLocale(chosen).language()
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
        QSettings().remove("preferences/language")
