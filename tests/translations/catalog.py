"""The translation files read as data: entries, their placeholders and their mnemonics."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "ja")
# Qt's plural rules: Spanish has a singular and a plural, Japanese one form for every number.
PLURAL_FORMS = {"es": 2, "ja": 1}

_NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}")  # {name}, {maximum:,}
_NUMBERED = re.compile(r"%(?:n|L?\d)")
_PRINTF = re.compile(r"(?<!%)%(?:\([A-Za-z_]+\))?[sr]")  # argparse's words: %s, %(prog)s
_FILE_PATTERNS = re.compile(r"\(\*\.[^)]*\)|\(\*\)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str  # the disambiguation, "" for most texts
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"sistercommittee_{language}.ts"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "missing", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            source, comment = message.findtext("source") or "", message.findtext("comment") or ""
            entries.append(Entry(name, source, comment, numerus, kind, forms))
    return entries


def mnemonic_count(text: str) -> int:
    """How many Alt+letter markers ``text`` holds ("&&" is a plain ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def placeholders(text: str) -> dict[str, Counter[str]]:
    return {
        "named": Counter(_NAMED.findall(text)),
        "numbered": Counter(_NUMBERED.findall(text)),
        "printf": Counter(_PRINTF.findall(text)),
        "mnemonics": Counter({"&": mnemonic_count(text)}),
        "file patterns": Counter(_FILE_PATTERNS.findall(text)),
    }


def placeholder_differences(entry: Entry) -> list[str]:
    """What each form of ``entry`` changed of its source's placeholders, in words."""
    wanted = placeholders(entry.source)
    found = []
    for index, form in enumerate(entry.forms):
        got = placeholders(form)
        for what, counts in wanted.items():
            if +counts != +got[what]:
                found.append(
                    f"form {index + 1} has {what} {dict(+got[what])}, the source {dict(+counts)}"
                )
    return found


def current_sources(tmp: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every text the code asks to translate today: what
    pyside6-lupdate finds in sistercommittee/ui (and the vocabularies' labels) now, the forms' labels and help texts, and the
    texts of modules that translate through a helper of their own."""
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import update_translations
    finally:
        sys.path.remove(str(TRANSLATIONS))
    fresh = tmp / "fresh.ts"
    sources = update_translations.lupdate_sources()
    subprocess.run(
        [update_translations._tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    found = {entry.key for entry in read_ts(fresh)}
    # lupdate's misreading of an aliased translate() (the script drops it and adds the text).
    found -= {
        ("", context, text)
        for context, texts in update_translations.alias_strings().items()
        for text, _ in texts
    }
    for context, texts in update_translations.added_contexts().items():
        found |= {(context, text, noun) for text, noun in texts}
    return found
