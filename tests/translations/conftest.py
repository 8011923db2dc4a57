"""The desktop app's fixtures (a context on the test's database, waiting for the workers), for
the tests that look at the app in each language. Qt warnings fail these tests as they do there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import ctx, settings, shown_errors, translated_app, wait_idle

__all__ = ["ctx", "settings", "shown_errors", "translated_app", "wait_idle"]

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support"))
