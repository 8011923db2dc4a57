"""The fixed wording of the letters, one file per language under resources/letters/.

A file is named by its language tag (``ja.json``, ``zh-Hans.json``) and holds every sentence and
label of the three letters, with the names of roles, programmes, cost categories and of who
pays (``bearers``). The sentences avoid grammar that depends on a name (articles, cases): names
stand in parentheses or after a label. Placeholders: ``{organization}``, ``{city}``,
``{country}``, ``{partner}``, ``{partner_country}``, ``{name}``, ``{first}``, ``{last}``,
``{start}``, ``{end}``, ``{family}``, ``{dates}``, ``{page}``, ``{pages}``, ``{language}``.

Dates, country names and amounts are written as the certificate wording of the same language
writes them (``documents.wording``: the Buddhist era in Thai and so on), through babel.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

from sistercommittee.documents import wording as certificate_wording
from sistercommittee.documents.marks import keep_whole
from sistercommittee.domain.enums import (
    BudgetCategory,
    CostBearer,
    ExchangeProgram,
    ParticipantRole,
)
from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg
from sistercommittee.resources import resources_dir

TEMPLATE_DIR = "letters"
PLACEHOLDERS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "invitation_body": frozenset(
            {"organization", "city", "country", "partner", "partner_country"}
        ),
        "support_body": frozenset(
            {"organization", "city", "country", "partner", "partner_country"}
        ),
        "hours_body": frozenset({"organization", "city", "country", "name", "first", "last"}),
        "date_range": frozenset({"start", "end"}),
        "host_stay": frozenset({"family", "dates"}),
        "page_of": frozenset({"page", "pages"}),
        "translation": frozenset({"language"}),
    }
)
TEXT_KEYS = (
    "invitation_title",
    "support_title",
    "hours_title",
    "addressee",
    "addressee_general",
    "invitation_body",
    "support_body",
    "hours_body",
    "name_label",
    "passport",
    "role",
    "youth",
    "yes",
    "chaperones",
    "exchange",
    "programme",
    "dates",
    "date_range",
    "itinerary",
    "itinerary_empty",
    "costs",
    "costs_intro",
    "travel_paid_by",
    "stay_paid_by",
    "in_kind",
    "costs_rest",
    "costs_none",
    "host_family",
    "host_stay",
    "address",
    "host_none",
    "invitation_closing",
    "support_closing",
    "hours_year",
    "hours_hours",
    "hours_total",
    "hours_closing",
    "sign_off",
    "signer_line",
    "page_of",
    "translation",
)
_GROUPS: dict[str, frozenset[str]] = {
    "roles": frozenset(role.value for role in ParticipantRole),
    "programs": frozenset(program.value for program in ExchangeProgram),
    "categories": frozenset(category.value for category in BudgetCategory),
    "bearers": frozenset(bearer.value for bearer in CostBearer),
}


@dataclass(frozen=True)
class LetterWording:
    """One language's letter wording; dates and names of countries through ``dates``."""

    language: str
    name: str  # the language's own name
    texts: MappingProxyType[str, str]
    roles: MappingProxyType[str, str]
    programs: MappingProxyType[str, str]
    categories: MappingProxyType[str, str]
    bearers: MappingProxyType[str, str]  # who pays: the participant, the host families …
    dates: certificate_wording.Wording

    def text(self, key: str, **values: str) -> str:
        return self.texts[key].format(**values) if values else self.texts[key]

    def day(self, value: date) -> str:
        return self.dates.format_date(value)

    def date_range(self, start: date, end: date) -> str:
        """ "10 July 2026 to 17 July 2026", each date kept on one line."""
        return self.text(
            "date_range", start=keep_whole(self.day(start)), end=keep_whole(self.day(end))
        )

    def country(self, code: str) -> str:
        return self.dates.country_name(code)

    @property
    def babel_locale(self) -> str:
        return self.dates.babel_locale

    @property
    def rtl(self) -> bool:
        return self.dates.rtl


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _parse(tag: str, raw: dict[str, Any]) -> LetterWording:
    problems: list[str] = []
    for key in TEXT_KEYS:
        text = raw.get(key)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{key} is missing")
        elif not _fields(text) <= PLACEHOLDERS.get(key, frozenset()):
            unknown = _fields(text) - PLACEHOLDERS.get(key, frozenset())
            problems.append(f"{key} uses unknown placeholders {', '.join(sorted(unknown))}")
    for group, needed in _GROUPS.items():
        missing = needed - set(raw.get(group, {}))
        if missing:
            problems.append(f"{group} lacks {', '.join(sorted(missing))}")
    if problems:
        raise SisterCommitteeError(
            msg(
                "The letter wording for {tag} is damaged ({problems}). Reinstall the app.",
                tag=tag, problems='; '.join(problems),
            )
        )
    return LetterWording(
        language=tag,
        name=str(raw.get("name", tag)),
        texts=MappingProxyType({key: str(raw[key]) for key in TEXT_KEYS}),
        roles=MappingProxyType(dict(raw["roles"])),
        programs=MappingProxyType(dict(raw["programs"])),
        categories=MappingProxyType(dict(raw["categories"])),
        bearers=MappingProxyType(dict(raw["bearers"])),
        dates=certificate_wording.load(tag),
    )


@cache
def available_languages() -> tuple[str, ...]:
    """The tags that have letter wording, sorted."""
    folder = resources_dir() / TEMPLATE_DIR
    return tuple(sorted(path.stem for path in folder.glob("*.json")))


@cache
def load(tag: str) -> LetterWording:
    path = resources_dir() / TEMPLATE_DIR / f"{tag}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SisterCommitteeError(
            msg(
                "The letter wording for {tag} cannot be read ({error}). Reinstall the app.",
                tag=tag, error=error,
            )
        ) from error
    return _parse(tag, raw)


def letter_tag(language: str) -> str | None:
    """The letter wording that prints a BCP 47 language (as for certificates: exact, then
    language-script, then language), or None when it has none yet."""
    tag = certificate_wording.template_tag(language)
    if tag is not None and tag in available_languages():
        return tag
    base = language.replace("_", "-").split("-")[0].lower()
    return base if base in available_languages() else None


def language_name(language: str) -> str:
    """The language's name in English, for notes ("Arabic")."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(language.replace("-", "_")).get_display_name("en"))
    except (ValueError, UnknownLocaleError):
        return language


def own_name(language: str) -> str:
    """The language's name in itself ("日本語")."""
    tag = certificate_wording.template_tag(language)
    if tag is not None:
        return certificate_wording.load(tag).name
    return language_name(language)
