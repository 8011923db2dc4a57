"""The fixed wording of certificates, one template per language under resources/certificates/.

A template is a JSON file named by its language tag (``ja.json``, ``zh-Hant.json``) with the
title and name of each kind of partnership, the default statement of friendship and the "signed
at … on …" sentences. Placeholders in braces are filled with names from the data: ``{home}``,
``{home_country}``, ``{partner}``, ``{partner_country}``, ``{kind}``, ``{place}``, ``{date}``,
``{city}``. Dates and country names come from babel in the template's language.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

from sistercommittee.domain.enums import PartnershipKind
from sistercommittee.errors import SisterCommitteeError
from sistercommittee.resources import resources_dir

TEMPLATE_DIR = "certificates"
SENTENCE_KEYS = (
    "statement",
    "signed_at_on",
    "signed_on",
    "signed_at",
    "for_city",
    "annex_title",
    "annex_note",
)
PLACEHOLDERS = MappingProxyType(
    {
        "statement": frozenset({"home", "home_country", "partner", "partner_country", "kind"}),
        "signed_at_on": frozenset({"place", "date"}),
        "signed_on": frozenset({"date"}),
        "signed_at": frozenset({"place"}),
        "for_city": frozenset({"city"}),
        "annex_title": frozenset(),
        "annex_note": frozenset(),
    }
)


class UnknownLanguageError(SisterCommitteeError):
    """No certificate wording exists for the language asked for."""


@dataclass(frozen=True)
class Wording:
    """One language's certificate wording (see the module docstring for the fields)."""

    language: str  # the template's tag, e.g. "zh-Hant"
    name: str  # the language's own name, e.g. "繁體中文"
    rtl: bool
    titles: MappingProxyType[str, str]
    kinds: MappingProxyType[str, str]
    sentences: MappingProxyType[str, str]

    @property
    def babel_locale(self) -> str:
        return self.language.replace("-", "_")

    def title(self, kind: PartnershipKind) -> str:
        return self.titles[kind.value]

    def kind(self, kind: PartnershipKind) -> str:
        return self.kinds[kind.value]

    def sentence(self, key: str, **values: str) -> str:
        return self.sentences[key].format(**values)

    def format_date(self, value: date) -> str:
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=self.babel_locale))

    def country_name(self, code: str) -> str:
        from babel import Locale

        names = Locale.parse(self.babel_locale).territories
        return str(names.get(code.upper(), code.upper()))

    def signed(self, place: str | None, on: date | None) -> str | None:
        """The "signed at … on …" line, or None when neither place nor date is known."""
        if place and on:
            return self.sentence("signed_at_on", place=place, date=self.format_date(on))
        if on:
            return self.sentence("signed_on", date=self.format_date(on))
        if place:
            return self.sentence("signed_at", place=place)
        return None


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _parse(tag: str, raw: dict[str, Any]) -> Wording:
    kinds = {kind.value for kind in PartnershipKind}
    problems: list[str] = []
    for group in ("title", "kind"):
        missing = kinds - set(raw.get(group, {}))
        if missing:
            problems.append(f"{group} lacks {', '.join(sorted(missing))}")
    sentences = {key: raw.get(key) for key in SENTENCE_KEYS}
    for key, text in sentences.items():
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{key} is missing")
        elif not _fields(text) <= PLACEHOLDERS[key]:
            unknown = _fields(text) - PLACEHOLDERS[key]
            problems.append(f"{key} uses unknown placeholders {', '.join(sorted(unknown))}")
    if problems:
        raise SisterCommitteeError(
            f"The certificate wording for {tag} is damaged ({'; '.join(problems)}). "
            "Reinstall the app."
        )
    return Wording(
        language=tag,
        name=str(raw.get("name", tag)),
        rtl=raw.get("direction") == "rtl",
        titles=MappingProxyType(dict(raw["title"])),
        kinds=MappingProxyType(dict(raw["kind"])),
        sentences=MappingProxyType({key: str(text) for key, text in sentences.items()}),
    )


@cache
def available_languages() -> tuple[str, ...]:
    """The tags that have certificate wording, sorted."""
    folder = resources_dir() / TEMPLATE_DIR
    return tuple(sorted(path.stem for path in folder.glob("*.json")))


@cache
def load(tag: str) -> Wording:
    path = resources_dir() / TEMPLATE_DIR / f"{tag}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SisterCommitteeError(
            f"The certificate wording for {tag} cannot be read ({error}). Reinstall the app."
        ) from error
    return _parse(tag, raw)


def template_tag(language: str) -> str | None:
    """The template that prints a BCP 47 language: exact, then language-script, then language.

    Chinese without a script is matched by its region (zh-TW, zh-HK → traditional characters).
    """
    import langcodes

    available = {tag.lower(): tag for tag in available_languages()}
    try:
        parsed = langcodes.Language.get(language)
    except (ValueError, LookupError):
        return None
    if language.lower() in available:
        return available[language.lower()]
    full = parsed.maximize()
    for candidate in (
        f"{parsed.language}-{full.script}" if full.script else None,
        parsed.language,
    ):
        if candidate and candidate.lower() in available:
            return available[candidate.lower()]
    return None


def wording_for(language: str) -> Wording:
    """The wording that prints ``language``; UnknownLanguageError names the ones available."""
    tag = template_tag(language)
    if tag is None:
        choices = ", ".join(available_languages())
        raise UnknownLanguageError(
            f"There is no certificate wording in the language '{language}'. "
            f"Choose one of: {choices}."
        )
    return load(tag)
