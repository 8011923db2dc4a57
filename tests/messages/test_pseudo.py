"""The right-to-left pseudo-locale (ar_XB) reads as Arabic does: a text starts with a strong
right-to-left character, each word's letters are overridden to run right to left, and what is
put into a text (numbers, dates, Latin names) and what Qt reads in it (placeholders, tags,
entities, the mnemonic) stays outside the overrides, so it keeps its order and its meaning."""

from __future__ import annotations

import re
import unicodedata

from sistercommittee.messages.pseudo import (
    CLOSE,
    OPEN,
    PDF,
    RLM,
    RLO,
    plain,
    pseudo,
)

SOURCES = (
    "&Save",
    "Open the &Agenda",
    "Opening {file}…",
    "%n volunteer(s)",
    "<b>Hi</b> &amp; you",
    "Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days",
    "Page %1 of %2",
    "Save && close",
)


def _first_strong(text: str) -> str:
    return next(
        unicodedata.bidirectional(char)
        for char in text
        if unicodedata.bidirectional(char) in ("L", "R", "AL")
    )


def _outside_overrides(text: str) -> str:
    return re.sub(f"{RLO}[^{PDF}]*{PDF}", "", text)


def test_a_mirrored_text_is_the_stretched_one_read_right_to_left() -> None:
    for source in SOURCES:
        mirrored = pseudo(source, mirrored=True)
        # The same letters as en_XA shows: only marks and overrides are added.
        assert plain(mirrored) == pseudo(source), source
        assert mirrored.startswith(RLM + OPEN) and mirrored.endswith(CLOSE)
        # Its paragraph is right to left (a QTextDocument aligns it right in a mirrored window).
        assert _first_strong(mirrored) == "R", source
        # Every letter of the text is inside an override; the overrides are balanced.
        outside = _outside_overrides(mirrored)
        assert mirrored.count(RLO) == mirrored.count(PDF)
        assert not re.search(r"[^\W\d_]", re.sub(r"<[^>]*>|&[a-z]+;|\{[^}]*\}|%n", "", outside))


def test_what_a_text_holds_stays_outside_the_overrides() -> None:
    for kept in ("{file}", "%n", "%1", "%2", "<b>", "</b>", "&amp;", "&&", "{overdue}"):
        for source in SOURCES:
            if kept in source:
                assert kept in _outside_overrides(pseudo(source, mirrored=True)), (kept, source)
    # The values put in keep their order: they are not between RLO and PDF.
    shown = pseudo("Purge the data of {count} minors ({name})", mirrored=True).format(
        count=12, name="Gyeongju 2024"
    )
    assert "12" in _outside_overrides(shown) and "Gyeongju 2024" in _outside_overrides(shown)


def test_the_mnemonic_letter_opens_its_word() -> None:
    # Qt takes the "&" out and underlines the letter: it must stay the first letter of its
    # word (inside the word's override, read first from the right), and unaccented.
    assert pseudo("&Save", mirrored=True) == f"{RLM}{OPEN}{RLO}&Sàṽé{PDF}~~{CLOSE}"
    assert f"{RLO}&Aĝéñđà{PDF}" in pseudo("Open the &Agenda", mirrored=True)


def test_a_text_is_pseudo_translated_once() -> None:
    once = pseudo("Backups", mirrored=True)
    assert pseudo(once, mirrored=True) == once
    assert pseudo("", mirrored=True) == ""
