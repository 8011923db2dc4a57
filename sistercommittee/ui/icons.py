"""Icons from the SVG sources in resources/icons, drawn in the palette's text colour so they read
on a light and on a dark desktop. The app icon keeps its own colours."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 20, 24, 32, 48)


def resource_folder(name: str) -> Path:
    """resources/<name> where the app's resources are (see sistercommittee.resources: the
    checkout, a bundle, or SISTERCOMMITTEE_RESOURCES)."""
    try:
        from sistercommittee.resources import resources_dir

        return resources_dir() / name
    except Exception:  # an incomplete install: the app runs on without icons or translations
        return Path(__file__).resolve().parents[2] / "resources" / name


def icons_dir() -> Path:
    return resource_folder("icons")


@functools.cache
def _source(name: str) -> bytes | None:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return None


# Icons that point along the line of reading (undo turns back, redo goes on): mirrored when the
# interface reads right to left. The others (a pencil, a magnifier) keep their drawing.
DIRECTIONAL = frozenset({"undo", "redo"})


def _mirrored(name: str) -> bool:
    return name in DIRECTIONAL and (
        QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    )


def _render(svg: bytes, size: int, ratio: float, mirrored: bool = False) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if mirrored:
        flipped = QPixmap.fromImage(pixmap.toImage().flipped(Qt.Orientation.Horizontal))
        flipped.setDevicePixelRatio(ratio)
        return flipped
    return pixmap


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon in ``color`` (the palette's text colour by default)."""
    svg = _source(name)
    if svg is None:
        return QIcon()
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    tinted = svg.replace(b"#000000", color.name().encode())
    disabled = svg.replace(
        b"#000000",
        QGuiApplication.palette()
        .color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        .name()
        .encode(),
    )
    ratio = 1.0
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        ratio = app.devicePixelRatio()
    result = QIcon()
    mirrored = _mirrored(name)
    for size in _SIZES:
        result.addPixmap(_render(tinted, size, ratio, mirrored), QIcon.Mode.Normal)
        result.addPixmap(_render(disabled, size, ratio, mirrored), QIcon.Mode.Disabled)
    return result


def app_icon() -> QIcon:
    svg = _source("app")
    if svg is None:
        return QIcon()
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_render(svg, size, 1.0))
    return result


def icon_size() -> QSize:
    return QSize(20, 20)
