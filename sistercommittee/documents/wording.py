"""The fixed wording of certificates, one template per language under resources/certificates/.

A template is a JSON file named by its language tag (``ja.json``, ``zh-Hant.json``) with the
title and name of each kind of partnership, the default statement of friendship and the "signed
at … on …" sentences. Placeholders in braces are filled with names from the data: ``{home}``,
``{home_country}``, ``{partner}``, ``{partner_country}``, ``{kind}``, ``{place}``, ``{date}``,
``{city}``, ``{years}``, ``{since}``, ``{page}``, ``{pages}``. Dates and country names come from
babel in the template's language, unless the template gives its own date pattern (``date``,
with ``{day}``, ``{month}``, ``{month_name}``, ``{year}``, ``{buddhist_year}``) and month names
(``months``) — the Buddhist era in Thai, "ngày … tháng … năm …" in Vietnamese — or names the
locale babel uses for country names (``country_locale``, for languages CLDR lacks). Japanese can
print dates in the era of the reign (``format_date(value, era=True)``).

The sentences are written so that any place name fits them as entered: a dateline ("Besançon,
le 3 mai 2024") or a label ("Ort der Unterzeichnung: …") where a preposition would need an
article or a case ending that depends on the place.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

from sistercommittee.documents.marks import keep_whole
from sistercommittee.domain.enums import PartnershipKind
from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg
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
    "intent_title",
    "intent_statement",
    "renewal_title",
    "renewal_statement",
    "date_line",
    "place_line",
    "signatures_title",
    "signatures_note",
    "page_of",
    "initials",
)
_PARTIES = frozenset({"home", "home_country", "partner", "partner_country", "kind"})
PLACEHOLDERS = MappingProxyType(
    {
        "statement": _PARTIES,
        "intent_statement": _PARTIES,
        "renewal_statement": _PARTIES | {"years", "since"},
        "intent_title": frozenset(),
        "renewal_title": frozenset(),
        "date_line": frozenset(),
        "place_line": frozenset(),
        "signatures_title": frozenset(),
        "signatures_note": frozenset(),
        "page_of": frozenset({"page", "pages"}),
        "initials": frozenset(),
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
    date_pattern: str | None = None
    months: tuple[str, ...] = ()
    locale: str | None = None  # babel's locale, when it is not the tag
    country_locale: str | None = None

    @property
    def babel_locale(self) -> str:
        return (self.locale or self.language).replace("-", "_")

    def title(self, kind: PartnershipKind) -> str:
        return self.titles[kind.value]

    def kind(self, kind: PartnershipKind) -> str:
        return self.kinds[kind.value]

    def sentence(self, key: str, **values: str) -> str:
        return self.sentences[key].format(**values)

    def format_date(self, value: date, *, era: bool = False) -> str:
        """The date as the language writes it on a formal document; ``era``: in the Japanese
        era of the reign (令和6年5月3日), for Japanese only."""
        if era and self.language == "ja":
            return japanese_era_date(value)
        if self.date_pattern:
            month_name = self.months[value.month - 1] if self.months else self._month(value)
            return self.date_pattern.format(
                day=value.day,
                month=value.month,
                month_name=month_name,
                year=value.year,
                buddhist_year=value.year + 543,
            )
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=self.babel_locale))

    def _month(self, value: date) -> str:
        from babel.dates import get_month_names

        return str(get_month_names("wide", "format", locale=self.babel_locale)[value.month])

    def country_name(self, code: str) -> str:
        from babel import Locale

        names = Locale.parse((self.country_locale or self.babel_locale).replace("-", "_"))
        return str(names.territories.get(code.upper(), code.upper()))

    def signed(self, place: str | None, on: date | None, *, era: bool = False) -> str | None:
        """The "signed at … on …" line, or None when neither place nor date is known. The date
        is kept on one line ("May 8, 1999", never "May 8, / 1999")."""
        day = keep_whole(self.format_date(on, era=era)) if on else None
        place = keep_whole(place) if place else None
        if place and day:
            return self.sentence("signed_at_on", place=place, date=day)
        if day:
            return self.sentence("signed_on", date=day)
        if place:
            return self.sentence("signed_at", place=place)
        return None


# The Japanese eras since the Meiji calendar reform: (first day, name).
_JAPANESE_ERAS = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
    (date(1873, 1, 1), "明治"),
)


def japanese_era_date(value: date) -> str:
    """令和6年5月3日; the first year of an era is 元年. Before 1873: the Western year."""
    for start, name in _JAPANESE_ERAS:
        if value >= start:
            year = value.year - start.year + 1
            shown = "元" if year == 1 else str(year)
            return f"{name}{shown}年{value.month}月{value.day}日"
    return f"{value.year}年{value.month}月{value.day}日"


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
    months = raw.get("months", [])
    if months and len(months) != 12:
        problems.append("months must name the 12 months")
    for key, text in sentences.items():
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{key} is missing")
        elif not _fields(text) <= PLACEHOLDERS[key]:
            unknown = _fields(text) - PLACEHOLDERS[key]
            problems.append(f"{key} uses unknown placeholders {', '.join(sorted(unknown))}")
    if problems:
        raise SisterCommitteeError(
            msg(
                "The certificate wording for {tag} is damaged ({problems}). Reinstall the "
                "app.",
                tag=tag, problems='; '.join(problems),
            )
        )
    return Wording(
        language=tag,
        name=str(raw.get("name", tag)),
        rtl=raw.get("direction") == "rtl",
        titles=MappingProxyType(dict(raw["title"])),
        kinds=MappingProxyType(dict(raw["kind"])),
        sentences=MappingProxyType({key: str(text) for key, text in sentences.items()}),
        date_pattern=raw.get("date"),
        months=tuple(raw.get("months", ())),
        locale=raw.get("locale"),
        country_locale=raw.get("country_locale"),
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
            msg(
                "The certificate wording for {tag} cannot be read ({error}). Reinstall the app.",
                tag=tag, error=error,
            )
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
            msg(
                "There is no certificate wording in the language '{language}'. Choose one of: "
                "{choices}.",
                language=language, choices=choices,
            )
        )
    return load(tag)
