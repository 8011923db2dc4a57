"""Light and dark: follow the desktop's colour scheme (or the choice made in Preferences).

Qt picks up the scheme from most desktops by itself; where its style stays light on a dark
desktop (Fusion without a platform theme), a dark palette is set to match.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

FOLLOW_SYSTEM = "system"
LIGHT = "light"
DARK = "dark"


def dark_palette() -> QPalette:
    palette = QPalette()
    window = QColor(45, 47, 51)
    base = QColor(32, 33, 36)
    text = QColor(230, 230, 230)
    disabled = QColor(130, 130, 130)
    highlight = QColor(64, 128, 200)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(40, 42, 46),
        QPalette.ColorRole.ToolTipBase: QColor(60, 62, 66),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(55, 57, 61),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Link: QColor(120, 175, 240),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Light: QColor(75, 77, 81),
        QPalette.ColorRole.Midlight: QColor(62, 64, 68),
        QPalette.ColorRole.Mid: QColor(40, 41, 44),
        QPalette.ColorRole.Dark: QColor(25, 26, 28),
        QPalette.ColorRole.Shadow: QColor(10, 10, 10),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(80, 80, 80))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, choice: str = FOLLOW_SYSTEM) -> None:
    """Set the palette for ``choice`` (system, light or dark)."""
    hints = app.styleHints()
    if choice == FOLLOW_SYSTEM:
        hints.unsetColorScheme()
        wanted_dark = hints.colorScheme() == Qt.ColorScheme.Dark
    else:
        wanted_dark = choice == DARK
        hints.setColorScheme(Qt.ColorScheme.Dark if wanted_dark else Qt.ColorScheme.Light)
    style_palette = app.style().standardPalette()
    if wanted_dark and not is_dark(style_palette):
        app.setPalette(dark_palette())
    elif not wanted_dark and is_dark(app.palette()) and not is_dark(style_palette):
        app.setPalette(style_palette)
    else:
        app.setPalette(style_palette)
