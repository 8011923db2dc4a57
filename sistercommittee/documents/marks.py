"""Marks in text to be laid out: a stretch that must stay on one line (a name, a date).

The marks are private-use characters that never reach the page: the line breaker of
``documents.text`` breaks around a marked stretch, never inside it, and drops the marks.
"""

from __future__ import annotations

KEEP_OPEN = "\ue000"
KEEP_CLOSE = "\ue001"


def keep_whole(text: str | None) -> str:
    """The text marked to be kept on one line."""
    if not text:
        return text or ""
    return KEEP_OPEN + strip_marks(text) + KEEP_CLOSE


def strip_marks(text: str) -> str:
    """The text without the marks, as it is printed."""
    return text.replace(KEEP_OPEN, "").replace(KEEP_CLOSE, "")
