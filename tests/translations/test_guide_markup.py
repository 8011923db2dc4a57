"""The user guides read as the Help window shows them (Qt's Markdown, CommonMark's rules): no
``**`` left over. In Japanese a bold button name that ends in punctuation, with a particle
right after it (``**別のファイルを開く…**では``), is no bold at all by those rules: the window
showed the asterisks and bolded the wrong stretch after them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.translations.catalog import LANGUAGES, ROOT

GUIDES = [ROOT / "docs" / "user-guide.md"] + [
    ROOT / "docs" / f"user-guide.{language}.md" for language in LANGUAGES
]


def left_markers(markdown: str) -> list[str]:
    """The lines of the rendered text (code blocks aside) that still show ``**``."""
    from PySide6.QtGui import QTextDocument

    found = []
    for paragraph in markdown.split("\n\n"):
        if paragraph.lstrip().startswith("```"):
            continue
        document = QTextDocument()
        document.setMarkdown(paragraph)
        found += [line for line in document.toPlainText().splitlines() if "**" in line]
    return found


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_bold_text_of_the_guide_is_bold(qapp: Any, guide: Path) -> None:
    assert left_markers(guide.read_text(encoding="utf-8")) == []


def test_the_check_catches_what_it_is_for(qapp: Any) -> None:
    assert left_markers("**別のファイルを開く…**では開けます。") != []
    assert left_markers("**別のファイルを開く**では開けます。") == []
