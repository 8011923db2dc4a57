"""Pseudo-locales: every text stretched by 40 % and wrapped in markers, to see a layout in a long
language, and to find texts that never pass through translation (they show without markers).

Two tags, as Android names its pseudo-locales: ``en_XA`` (accented and stretched) and ``ar_XB``
(the same, laid out right to left: the window mirrors as it would in Arabic or Hebrew).
Placeholders (``{name}``, ``%n``, ``%1``), HTML tags and entities and a mnemonic (``&S``, so
that Alt+S still works) are kept as they are, so that a pseudo-translated text works wherever
the original does.
"""

from __future__ import annotations

import math
import re

STRETCHED = "en_XA"
MIRRORED = "ar_XB"
PSEUDO_LANGUAGES = (STRETCHED, MIRRORED)
OPEN, CLOSE = "⟦", "⟧"
STRETCH = 0.4

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# What a translation must keep: placeholders, tags, entities, a mnemonic's "&", escapes.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&[^&\s]|\\n")


def is_pseudo(language: str) -> bool:
    return language.replace("-", "_") in PSEUDO_LANGUAGES


def pseudo(text: str) -> str:
    """``text`` accented, 40 % longer, between the markers ⟦ ⟧ (empty text stays empty)."""
    if not text or text.startswith(OPEN):
        return text
    pieces: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        plain = text[position : match.start()]
        pieces.append("".join(_ACCENTED.get(char, char) for char in plain))
        pieces.append(match.group())
        position = match.end()
    tail = text[position:]
    pieces.append("".join(_ACCENTED.get(char, char) for char in tail))
    # 40 % more characters than the source (placeholders counted, though the values they stand
    # for are not stretched), markers not counted; "~" is about as wide as an average letter.
    padding = "~" * math.ceil(len(text) * STRETCH)
    return f"{OPEN}{''.join(pieces)}{padding}{CLOSE}"


def pseudo_translate(context: str, text: str) -> str:
    """A Translate function (sistercommittee.messages) for the pseudo-locales."""
    return pseudo(text)
