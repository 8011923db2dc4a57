"""Alphabetical order per language: sort keys from the Unicode Collation Algorithm.

A key is bytes whose plain byte order (SQLite's memcmp for a BLOB, Python's for ``bytes``) is the
language's alphabetical order, so a key column can be indexed and paged like any other. The keys
come from pyuca (the UCA with the Default Unicode Collation Element Table, Unicode 10), which
already sorts what most languages expect: accents and case only break ties ("angela", "Ángela",
"Zoe"), kana in gojūon order with hiragana and katakana alike (かっこう, がっこう, さとう),
every script after Latin, and Han characters by radical and stroke. On top of it, the tailorings
of CLDR that names need:

- ``es``: ñ is a letter of its own after n ("Nuno", "Núñez", "Nuzzo", "Ñandú");
- ``ja``: the same order as the root; a name sorts by its reading (furigana) when it has one,
  see ``sistercommittee.names``.

Every other language uses the root order (``root``). ``KEY_VERSION`` changes whenever the keys
would: a database keeps the collation and version its stored keys were made with, and makes them
again when either differs (storage/name_keys.py).
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pyuca.collator import BaseCollator  # type: ignore[import-untyped]

ROOT = "root"
COLLATIONS = (ROOT, "es", "ja")
KEY_VERSION = 1
# Between two keys joined into one (a reading and then the name): below every weight, so that a
# key that is a prefix of another sorts first, as UCA keys do.
JOIN = b"\x00\x00\x00\x00"

_LEVEL = b"\x00\x00\x00"  # between the primary, secondary and tertiary weights
_TILDE = "\u0303"  # NFD of ñ is n + combining tilde
_lock = threading.Lock()


def collation_for(locale_name: str) -> str:
    """The collation of a locale or language tag: "es_MX" -> "es", "ja-JP" -> "ja", "de" or ""
    -> the root order."""
    language = locale_name.replace("-", "_").split("_")[0].lower()
    return language if language in COLLATIONS else ROOT


def stamp(collation: str) -> str:
    """What a database records about its stored keys: collation and key version ("ja@1")."""
    return f"{collation}@{KEY_VERSION}"


@functools.cache
def _collator() -> BaseCollator:
    # Loaded on first use (about half a second: it reads the 30,000 entries of allkeys.txt). The
    # Unicode 10 table named explicitly, so that the keys do not change with Python's Unicode.
    with _lock:
        from pyuca.collator import Collator_10_0_0  # type: ignore[import-untyped]

        return Collator_10_0_0()


@functools.cache
def _n_weights() -> tuple[int, int, int]:
    """Primary of n, and the tertiary weights of n and N."""
    elements = _collator().collation_elements
    lower, upper = elements("n")[0], elements("N")[0]
    return lower[0], lower[2], upper[2]


def _elements(collation: str, text: str) -> list[tuple[int, int, int]]:
    """The collation elements of ``text`` with the tailoring applied. Primary weights are
    doubled, so that a tailored letter can sit between two letters of the table (2p + 1)."""
    normalized = unicodedata.normalize("NFD", text)
    collator = _collator()
    found: list[tuple[int, int, int]] = []

    def add(run: str) -> None:
        for element in collator.collation_elements(run):
            primary, secondary, tertiary = element[:3]
            found.append((primary * 2, secondary, tertiary))

    if collation != "es" or _TILDE not in normalized:
        add(normalized)
        return found
    n_primary, n_lower, n_upper = _n_weights()
    start = 0
    index = 0
    while index < len(normalized):
        char = normalized[index]
        if char in "nN" and normalized[index + 1 : index + 2] == _TILDE:
            if start < index:
                add(normalized[start:index])
            found.append((n_primary * 2 + 1, 0x20, n_lower if char == "n" else n_upper))
            index += 2
            start = index
            continue
        index += 1
    if start < len(normalized):
        add(normalized[start:])
    return found


@functools.lru_cache(maxsize=50_000)
def sort_key(collation: str, text: str) -> bytes:
    """The key of ``text`` in ``collation``: primaries, then secondaries (accents), then
    tertiaries (case), each weight in three bytes."""
    elements = _elements(collation, text)
    parts: list[bytes] = []
    for level in range(3):
        if level:
            parts.append(_LEVEL)
        parts.extend(
            element[level].to_bytes(3, "big") for element in elements if element[level]
        )
    return b"".join(parts)


_T = TypeVar("_T")


def collated(
    items: Iterable[_T], collation: str, key: Callable[[_T], str] = str
) -> list[_T]:
    """``items`` in the order of ``collation`` (for short lists sorted in Python)."""
    return sorted(items, key=lambda item: sort_key(collation, key(item)))
