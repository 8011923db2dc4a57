"""The user guide in Spanish and Japanese: each covers what the English one does, shows its
own screenshots, and Help > User Guide opens the one of the language the app speaks."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.translations.catalog import LANGUAGES, ROOT

DOCS = ROOT / "docs"


def _sections(path: Path) -> list[str]:
    """The headings of its sections and sub-sections, in order."""
    return re.findall(r"^#{2,3} (.+)$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_has_every_section_and_its_pictures(language: str) -> None:
    guide = DOCS / f"user-guide.{language}.md"
    english = _sections(DOCS / "user-guide.md")
    assert len(_sections(guide)) >= len(english)
    # And about as much of each: a translation is rarely under half the English text (Japanese
    # writes in fewer characters, so it is compared by what it says, its section count above).
    if language == "es":
        assert len(guide.read_text(encoding="utf-8")) > 0.85 * len(
            (DOCS / "user-guide.md").read_text(encoding="utf-8")
        )
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text(encoding="utf-8"))
    assert len(pictures) >= 10
    assert [p for p in pictures if not (DOCS / p).is_file()] == []
    # Its own screenshots, in its language.
    assert all(Path(p).name.startswith(f"{language}_") for p in pictures)


@pytest.mark.parametrize(
    ("locale", "name"),
    [
        ("es_MX", "user-guide.es.md"),
        ("es_US", "user-guide.es.md"),
        ("ja_JP", "user-guide.ja.md"),
        ("de_DE", "user-guide.md"),
        ("en_US", "user-guide.md"),
    ],
)
def test_the_guide_file_follows_the_language(locale: str, name: str) -> None:
    from sistercommittee.ui.guide_window import guide_file

    found = guide_file(QLocale(locale))
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("speaking", "title"),
    [("es_MX", "Guía del usuario de SisterCommittee"), ("ja_JP", "SisterCommitteeユーザーガイド")],
    indirect=["speaking"],
)
def test_f1_opens_the_guide_of_the_language_shown(
    qtbot: Any, ctx: Any, wait_idle: Callable[[], None], speaking: Callable[[], None], title: str
) -> None:
    from sistercommittee.ui.guide_window import GuideWindow
    from sistercommittee.ui.main_window import MainWindow
    from tests.ui.conftest import open_dialog
    from tests.ui.keyboard.typing import activate

    speaking()
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda widget: wait_idle())
    window.show()
    qtbot.waitExposed(window)
    wait_idle()
    activate(qtbot, window)
    guide = open_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_F1), GuideWindow)
    assert guide.browser.toPlainText().startswith(title)
    assert guide.windowTitle() == title  # the window's own title is translated too
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())


def test_japanese_paragraphs_have_no_soft_line_breaks() -> None:
    """Markdown shows a line break inside a paragraph as a space, which Japanese does not put
    between words: a paragraph is one line."""
    lines = (DOCS / "user-guide.ja.md").read_text(encoding="utf-8").splitlines()
    japanese = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
    broken = [
        number
        for number, (line, following) in enumerate(itertools.pairwise(lines), start=1)
        if line.strip()
        and following.strip()
        and not following.lstrip().startswith(("- ", "|", "#", "!["))
        and japanese.search(line[-1:])
        and japanese.search(following.strip()[:1])
    ]
    assert broken == []
