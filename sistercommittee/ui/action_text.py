"""The text of an action, and the shorter one its tool bar button shows.

Japanese (like Chinese and Korean) writes the Alt+letter after the word, in parentheses:
"保存(&S)…". A tool bar button has no mnemonic, and Qt only drops the "&" from the text it
shows, so the button read "保存(S)"; it shows "保存", as the English one shows "Save".
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction

_PARENTHESIZED = re.compile(r"\s*[(（]&[^&)）][)）]")


def button_text(text: str) -> str:
    """``text`` without its parenthesized mnemonic, its ampersands and its trailing dots."""
    plain = _PARENTHESIZED.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.rstrip("…").removesuffix("...").strip()


def set_action_text(action: QAction, text: str) -> None:
    action.setText(text)
    follow_text(action)


def follow_text(action: QAction) -> None:
    """Set the button's text from the action's; also for actions whose text Qt changes itself
    (undo and redo: "元に戻す(&U) 提携の追加"), called again after each change."""
    text = action.text()
    # An empty icon text makes Qt derive it from the text again, as it does for English.
    action.setIconText(button_text(text) if _PARENTHESIZED.search(text) else "")
