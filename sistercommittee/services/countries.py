"""Countries as people write them: codes, the names in everyday English ("Russia", "Ivory
Coast"), the names in the languages the committees work in (CLDR's, through babel: "Japón",
"日本"), and the four nations of the United Kingdom, which are kept as the region.

ISO 3166 and pycountry know "Russian Federation" and "Türkiye"; a list of partner cities says
"Russia" and "Turkey". An unknown name gets the nearest country as a suggestion ("Japa": Japan?).
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import pycountry
from babel import Locale, UnknownLocaleError

# The languages whose country names are understood: the app's, and those its committees write.
NAME_LANGUAGES = (
    "en", "es", "fr", "de", "ja", "it", "pt", "nl", "zh", "ko", "ru", "pl", "sv", "uk", "ar",
)  # fmt: skip

# Everyday English names that neither pycountry nor CLDR give as the name.
EVERYDAY_NAMES: dict[str, str] = {
    "Russia": "RU",
    "Turkey": "TR",
    "Brunei": "BN",
    "Cape Verde": "CV",
    "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI",
    "Palestine": "PS",
    "State of Palestine": "PS",
    "East Timor": "TL",
    "Republic of Ireland": "IE",
    "Eire": "IE",
    "South Korea": "KR",
    "Republic of Korea": "KR",
    "North Korea": "KP",
    "Syria": "SY",
    "Iran": "IR",
    "Vietnam": "VN",
    "Laos": "LA",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Czech Republic": "CZ",
    "Macedonia": "MK",
    "Holland": "NL",
    "The Netherlands": "NL",
    "Great Britain": "GB",
    "Britain": "GB",
    "UK": "GB",
    "United Kingdom": "GB",
    "USA": "US",
    "United States of America": "US",
    "America": "US",
    "Taiwan": "TW",
    "Vatican": "VA",
    "Vatican City": "VA",
    "Holy See": "VA",
    "Micronesia": "FM",
    "Swaziland": "SZ",
    "Burma": "MM",
    "DR Congo": "CD",
    "Democratic Republic of the Congo": "CD",
    "Republic of the Congo": "CG",
    "Congo-Brazzaville": "CG",
    "Congo-Kinshasa": "CD",
    "Hong Kong": "HK",
    "Macau": "MO",
    "Macao": "MO",
    "The Gambia": "GM",
    "The Bahamas": "BS",
    "Kosovo": "XK",
}

# The nations of the United Kingdom: the country is GB, the nation is kept as the region.
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")


_NOT_WORD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """A name for comparing: no case, accents, punctuation or leading "the"."""
    bare = name.casefold()
    if not bare.isascii():  # ASCII has no accents to take off: NFKD leaves it as it is
        bare = "".join(
            char for char in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(char)
        )
    return _NOT_WORD.sub(" ", bare).strip().removeprefix("the ")


def _known(code: str) -> bool:
    return code == "XK" or pycountry.countries.get(alpha_2=code) is not None


@functools.cache
def _index() -> dict[str, tuple[str, str]]:
    """Folded name -> (the name as written, the country code)."""
    index: dict[str, tuple[str, str]] = {}

    def add(name: str, code: str) -> None:
        key = fold(name)
        if key and key not in index:
            index[key] = (name, code)

    for name, code in EVERYDAY_NAMES.items():
        add(name, code)
    for uk_nation in UK_NATIONS:
        add(uk_nation, "GB")
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            iso_name = getattr(country, attribute, None)
            if iso_name:
                add(str(iso_name), str(country.alpha_2))
    for tag in NAME_LANGUAGES:
        try:
            territories = Locale.parse(tag).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and _known(code):
                add(str(name), code)
    return index


def lookup(value: str) -> str | None:
    """The country code of a code (JP, JPN) or a name in any of NAME_LANGUAGES; None if none."""
    text = value.strip()
    if len(text) == 2 and text.isalpha() and _known(text.upper()):
        return text.upper()
    if len(text) == 3 and text.isalpha():
        found = pycountry.countries.get(alpha_3=text.upper())
        if found is not None:
            return str(found.alpha_2)
    entry = _index().get(fold(text))
    return entry[1] if entry else None


def nation(value: str) -> str | None:
    """ "scotland" -> "Scotland": the UK nation a country name names, if it is one."""
    key = fold(value)
    return next((name for name in UK_NATIONS if fold(name) == key), None)


def english_name(code: str) -> str:
    """The country's name in English as CLDR writes it ("Japan")."""
    return str(Locale.parse("en").territories.get(code, code))


def with_nation_as_region(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with a UK nation given as the country ("Scotland") kept as the region, unless
    a region is given too; the country itself reads as GB."""
    result = dict(values)
    raw = result.get("country")
    found = nation(raw) if isinstance(raw, str) else None
    region = result.get("region")
    if found and (region is None or (isinstance(region, str) and not region.strip())):
        result["region"] = found
    return result


def suggestion(value: str) -> str | None:
    """The country nearest to a mistyped name ("Japa" -> "Japan"), in English; None when
    nothing is close. Of equally near names, the English ones win."""
    key = fold(value)
    if not key or len(key) > 60:
        return None
    matcher = difflib.SequenceMatcher(b=key)
    best, best_score = None, 0.8
    for candidate, (_, code) in _index().items():  # in order: English names first
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
            continue
        score = matcher.ratio()
        if score > best_score:
            best, best_score = code, score
    return english_name(best) if best else None
