"""The meeting-times dialog fits a 1366×768 laptop screen in every language: the whole day's
picture without scrolling, the event's fields and the buttons, nothing clipped or overlapping,
in English, Spanish, Japanese and the stretched pseudo-locale."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QScrollArea

from sistercommittee.messages.pseudo import STRETCHED
from sistercommittee.services import partnerships
from sistercommittee.ui.app import install_translators, translations_dir
from sistercommittee.ui.dialogs.meeting_times_dialog import (
    FRAME_MARGIN,
    MAXIMUM_HEIGHT,
    MeetingTimesDialog,
)
from sistercommittee.ui.languages import PseudoTranslator
from tests.ui.pseudo_check import clipped, overlapping

LAPTOP_HEIGHT = 768


@pytest.fixture(params=["en", "es", "ja", STRETCHED])
def language(request: pytest.FixtureRequest, translated_app: Any) -> Iterator[str]:
    installed: list[QTranslator] = []
    if request.param == STRETCHED:
        english = QTranslator()
        assert english.load("sistercommittee_en", str(translations_dir()))
        installed.append(PseudoTranslator(english, mirrored=False))
        translated_app.installTranslator(installed[-1])
    elif request.param != "en":
        locale = QLocale(request.param)
        QLocale.setDefault(locale)
        installed.extend(install_translators(translated_app, locale))
    yield request.param
    for translator in installed:
        translated_app.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def test_the_dialog_fits_a_laptop_screen(qtbot, language, ctx, db, wait_idle):
    partnership = partnerships.add_partnership(
        db, {"city_name": "Kyoto", "city_name_local": "京都市", "country": "JP"}
    ).id
    dialog = MeetingTimesDialog(ctx, partnership, "Kyoto")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_idle()
    qtbot.waitUntil(lambda: dialog.times is not None)
    # With the frame a window manager adds, never taller than the laptop's screen.
    assert MAXIMUM_HEIGHT + FRAME_MARGIN <= LAPTOP_HEIGHT
    assert dialog.height() <= MAXIMUM_HEIGHT
    assert dialog.minimumSizeHint().height() <= MAXIMUM_HEIGHT
    # At that height the whole day shows without scrolling, and every text fits.
    dialog.resize(dialog.width(), MAXIMUM_HEIGHT)
    QApplication.processEvents()
    scroll = dialog.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0
    assert dialog.create_button.geometry().bottom() < dialog.height()
    problems = [str(p) for p in clipped(dialog) + overlapping(dialog)]
    assert problems == [], language
