"""Help > User Guide: the guide shown in a window of the app itself, with its pictures.

The guide is a Markdown file; handing it to the desktop opened a text editor at best and, on a
computer with no program for .md files, nothing at all. Qt renders Markdown itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_NAME = "user-guide.md"


def guide_names(locale: QLocale) -> list[str]:
    """The guide's file names to try for ``locale``, the most specific first: user-guide.es_MX.md,
    user-guide.es.md, then the English user-guide.md."""
    language = locale.name().partition("_")[0]
    names = [f"user-guide.{locale.name()}.md", f"user-guide.{language}.md", GUIDE_NAME]
    return list(dict.fromkeys(names))


def guide_file(locale: QLocale | None = None) -> Path | None:
    """The user guide in the language of ``locale`` (the app's, by default) when it is written,
    else in English: in the checkout's docs/, or among the resources of an installed app."""
    package = Path(__file__).resolve().parents[1]
    folders = [package.parent / "docs"]
    try:
        from sistercommittee.resources import resources_dir

        folders += [resources_dir() / "docs", resources_dir()]
    except Exception:
        pass
    for name in guide_names(locale if locale is not None else QLocale()):
        for folder in folders:
            if (folder / name).is_file():
                return folder / name
    return None


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
