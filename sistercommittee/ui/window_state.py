"""The main window's size, place and page, remembered in the settings and kept on the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow


def restore_geometry(window: QMainWindow, settings: QSettings) -> None:
    """The size, place, toolbar and docks the window had, or a first size that fits."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1200, 720)
    fit_to_screen(window)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def remembered_page(settings: QSettings) -> str:
    return str(settings.value("window/page", "dashboard"))


def save_geometry(window: QMainWindow, settings: QSettings, page_key: str) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/page", page_key)


def fit_to_screen(window: QMainWindow) -> None:
    """Keep the window on the screen it opens on: a size remembered on a bigger monitor
    (or grown there) must not leave the title bar or the bottom off a small laptop."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), available.width() - extra_w)
    height = min(window.height(), available.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.left()), max(y, available.top()))
