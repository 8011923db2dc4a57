"""Pseudo-locales: every text stretched by 40 % and wrapped in markers, to see a layout in a long
language, and to find texts that never pass through translation (they show without markers).

Two tags, as Android names its pseudo-locales: ``en_XA`` (accented and stretched) and ``ar_XB``
(the same, laid out right to left: the window mirrors as it would in Arabic or Hebrew).
Placeholders (``{name}``, ``%n``, ``%1``), HTML tags and entities and a mnemonic (``&S``, so
that Alt+S still works) are kept as they are, so that a pseudo-translated text works wherever
the original does.

In ``ar_XB`` a text also reads as an Arabic one does (``mirrored=True``): each word's letters
run right to left between RIGHT-TO-LEFT OVERRIDE and POP DIRECTIONAL FORMATTING, as Chromium's
"fake bidi" (grit's pseudo_rtl.py) wraps every alphabetic run, and the text opens with a
RIGHT-TO-LEFT MARK, as Android's ar-XB puts one before every word: its first strong character
is then right to left, so a paragraph of it (a rich-text label, a QTextDocument) is laid out
right to left and aligned right, as Arabic is. Digits and placeholders stay outside the
overrides, so the numbers, dates and names put into a text keep their order.
"""

from __future__ import annotations

import math
import re

STRETCHED = "en_XA"
MIRRORED = "ar_XB"
PSEUDO_LANGUAGES = (STRETCHED, MIRRORED)
OPEN, CLOSE = "⟦", "⟧"
STRETCH = 0.4
RLM, RLO, PDF = "\u200f", "\u202e", "\u202c"
# Every directional mark and embedding, override and isolate character (what ``plain`` drops).
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# What a translation must keep: placeholders, tags, entities, a mnemonic's "&", escapes.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&[^&\s]|\\n")
# A word's letters; a mnemonic ("&S") inside or before it belongs to the word, so that the
# letter Qt underlines stays at the word's start once the "&" is taken out.
_WORD = re.compile(r"(?:&[^\W\d_]|[^\W\d_])+")


def is_pseudo(language: str) -> bool:
    return language.replace("-", "_") in PSEUDO_LANGUAGES


def plain(text: str) -> str:
    """``text`` without its directional marks and overrides (the letters a reader sees)."""
    return BIDI_CONTROLS.sub("", text)


def pseudo(text: str, *, mirrored: bool = False) -> str:
    """``text`` accented, 40 % longer, between the markers ⟦ ⟧ (empty text stays empty);
    ``mirrored``: read right to left, as ar_XB shows it."""
    if not text or plain(text).startswith(OPEN):
        return text
    pieces: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        pieces.append(_letters(text[position : match.start()], mirrored))
        kept = match.group()
        mnemonic = len(kept) == 2 and kept[0] == "&" and kept[1] not in "&#"
        pieces.append(_overridden(kept) if mnemonic and mirrored else kept)
        position = match.end()
    pieces.append(_letters(text[position:], mirrored))
    # 40 % more characters than the source (placeholders counted, though the values they stand
    # for are not stretched), markers not counted; "~" is about as wide as an average letter.
    padding = "~" * math.ceil(len(text) * STRETCH)
    body = "".join(pieces)
    if mirrored:
        # Runs of letters that a kept piece cut ("&S" + "àṽé") join again into one override.
        body = body.replace(PDF + RLO, "")
        return f"{RLM}{OPEN}{body}{padding}{CLOSE}"
    return f"{OPEN}{body}{padding}{CLOSE}"


def _letters(text: str, mirrored: bool) -> str:
    accented = "".join(_ACCENTED.get(char, char) for char in text)
    return _overridden(accented) if mirrored else accented


def _overridden(text: str) -> str:
    """Each word of ``text`` between RLO and PDF: its letters shown right to left."""
    return _WORD.sub(lambda word: f"{RLO}{word.group()}{PDF}", text)


def pseudo_translate(context: str, text: str) -> str:
    """A Translate function (sistercommittee.messages) for en_XA."""
    return pseudo(text)


def mirrored_translate(context: str, text: str) -> str:
    """A Translate function for ar_XB: the texts read right to left, as the window shows them."""
    return pseudo(text, mirrored=True)
