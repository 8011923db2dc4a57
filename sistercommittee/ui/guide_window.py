"""Help > User Guide: the guide shown in a window of the app itself, with its pictures.

The guide is a Markdown file; handing it to the desktop opened a text editor at best and, on a
computer with no program for .md files, nothing at all. Qt renders Markdown itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_NAME = "user-guide.md"


def guide_file() -> Path | None:
    """The user guide: in the checkout's docs/, or among the resources of an installed app."""
    package = Path(__file__).resolve().parents[1]
    candidates = [package.parent / "docs" / GUIDE_NAME]
    try:
        from sistercommittee.resources import resources_dir

        candidates += [resources_dir() / "docs" / GUIDE_NAME, resources_dir() / GUIDE_NAME]
    except Exception:
        pass
    return next((path for path in candidates if path.is_file()), None)


class GuideWindow(QDialog):
    """The guide, read-only, with links to its sections and to the web opened outside."""

    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("SisterCommittee User Guide"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide.parent) + "/"))
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._find_next)
        self.resize(760, 640)

    def _find_next(self) -> None:
        selected = self.browser.textCursor().selectedText()
        if selected:
            self.browser.find(selected)
