"""People's names: how they are written and where they sort.

A name shows as its owner writes it: "Mei Tanaka", but 田中芽衣 (family name first, no space) in
Chinese, Japanese and Korean scripts. Lists sort by the name as shown, in the alphabetical order of
the user's language (``sistercommittee.collation``). In Japanese a name written in kanji cannot
be put in order without its reading, so a person or host family may have one (furigana, in kana:
"たなか めい"); the Japanese order then sorts by the reading, and by the name where none is
given. Other languages sort by the name itself.
"""

from __future__ import annotations

import unicodedata

from sistercommittee.collation import JOIN, sort_key


def is_east_asian(name: str) -> bool:
    return any(
        unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
        for char in name
    )


def has_kanji(text: str | None) -> bool:
    """Whether ``text`` has a Han character (a kanji), whose reading its letters do not tell."""
    return any(unicodedata.name(char, "").startswith("CJK") for char in text or "")


def needs_reading(given: str | None, family: str | None, reading: str | None) -> bool:
    """Whether a name written in kanji has no reading yet: in Japanese it then sorts after every
    name that has one (or is written in kana or Latin letters), in the order of its characters."""
    return not (reading or "").strip() and (has_kanji(given) or has_kanji(family))


def display_name(given: str, family: str | None) -> str:
    """The name as its owner writes it: family name first and no space in CJK scripts."""
    if not family:
        return given
    if is_east_asian(given) and is_east_asian(family):
        return f"{family}{given}"
    return f"{given} {family}"


def name_key(collation: str, name: str, reading: str | None = None) -> bytes:
    """Where ``name`` (as shown) sorts; in Japanese by its reading first when it has one, the
    name breaking ties between two names read alike (斉藤 and 斎藤, both さいとう)."""
    shown = sort_key(collation, name)
    if collation == "ja" and reading and reading.strip():
        return sort_key(collation, reading.strip()) + JOIN + shown
    return shown


def person_keys(
    collation: str, given: str, family: str | None, reading: str | None = None
) -> tuple[bytes, bytes]:
    """(by name as shown, by family name) of a person. The family-name order sorts by the family
    name and then the given name; a name shown family first (and its reading) already is."""
    shown = display_name(given, family)
    by_name = name_key(collation, shown, reading)
    if not family or shown == f"{family}{given}":
        return by_name, by_name
    return by_name, sort_key(collation, family) + JOIN + sort_key(collation, given)
