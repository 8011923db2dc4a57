"""Keyboard tests: a window whose dialogs are typed into, and screenshots of them on request
(SISTERCOMMITTEE_SCREENSHOTS=folder)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def snap() -> Any:
    """``snap(dialog, name)`` saves dialog-<name>.png into the screenshots folder, if one is set."""

    def take(widget: Any, name: str) -> None:
        folder = os.environ.get("SISTERCOMMITTEE_SCREENSHOTS")
        if not folder:
            return
        # From the screen, as a person sees it (and without rendering the widgets again,
        # which would disturb an open completion list); offscreen, from the widgets.
        screen = widget.screen()
        if QApplication.platformName() == "offscreen" or screen is None:
            image = widget.grab()
        else:
            image = screen.grabWindow(widget.winId())
        path = Path(folder) / f"dialog-{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path), "PNG", 9)

    return take
