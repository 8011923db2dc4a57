"""The desktop app's fixtures (a context on the test's database, waiting for the workers), for
the tests that look at the app in each language. Qt warnings fail these tests as they do there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ctx, settings, shown_errors, translated_app, wait_idle

__all__ = ["ctx", "settings", "shown_errors", "translated_app", "wait_idle"]

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support"))


@pytest.fixture
def speaking(request: pytest.FixtureRequest, translated_app: Any) -> Iterator[Callable[[], None]]:
    """``speaking()`` turns the application to the test's language, as choosing it does
    (its translators and its locale); undone at the end of the test."""
    from sistercommittee.ui.app import install_translators

    installed: list[Any] = []
    before = QLocale()

    def switch() -> None:
        locale = QLocale(request.param)
        QLocale.setDefault(locale)
        installed.extend(install_translators(translated_app, locale))

    yield switch
    for translator in installed:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(before)
