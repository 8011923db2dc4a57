"""The languages the interface can be shown in, the translators that show it, and its direction.

A language is offered when its translation is there (``sistercommittee_<lang>.qm`` in
resources/translations), named in itself ("Español", "日本語"). The pseudo-locales en_XA (every
text stretched by 40 % between ⟦ ⟧) and ar_XB (the same, right to left) are offered too when the
app runs with ``SISTERCOMMITTEE_PSEUDO_LOCALES=1``: for checking layouts, never for volunteers.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from sistercommittee.messages.pseudo import MIRRORED, PSEUDO_LANGUAGES, STRETCHED, pseudo
from sistercommittee.ui import icons

PSEUDO_VARIABLE = "SISTERCOMMITTEE_PSEUDO_LOCALES"
# Languages written right to left (those Qt knows, by their ISO 639 code).
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})


def translations_dir() -> Path:
    return icons.resource_folder("translations")


def available_languages(folder: Path | None = None) -> list[str]:
    """The codes with a compiled translation, English first, the rest in code order."""
    found = set()
    for path in (folder or translations_dir()).glob("sistercommittee_*.qm"):
        code = path.stem.removeprefix("sistercommittee_")
        if re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]+)?", code):
            found.add(code)
    found.add("en")
    return sorted(found, key=lambda code: (code != "en", code))


def native_name(code: str) -> str:
    """The language as it calls itself: "English", "Español", "日本語"."""
    if code == STRETCHED:
        return "Pseudo (stretched)"
    if code == MIRRORED:
        return "Pseudo (right to left)"
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
        name = locale.get_display_name(locale) or code
    except (UnknownLocaleError, ValueError):
        name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def interface_languages(folder: Path | None = None) -> list[tuple[str, str]]:
    """(code, name in itself) of every language offered in Preferences."""
    codes = available_languages(folder)
    if os.environ.get(PSEUDO_VARIABLE) == "1":
        codes += list(PSEUDO_LANGUAGES)
    return [(code, native_name(code)) for code in codes]


def is_right_to_left(code: str) -> bool:
    return code == MIRRORED or code.replace("-", "_").split("_")[0] in RIGHT_TO_LEFT


def locale_for(code: str) -> QLocale:
    """The QLocale that formats dates and numbers for ``code`` (the pseudo-locales format as US
    English: only their texts are pseudo).

    A bare language ("es", "ja", as Preferences stores it) takes the territory CLDR's likely
    subtags give it: es_ES, ja_JP, pt_BR; "es-MX" and "es_MX" name their own."""
    if code in PSEUDO_LANGUAGES:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(code)


class PseudoTranslator(QTranslator):
    """Every text the interface asks for, pseudo-translated: the English translation (it holds
    the plural forms) or the source, stretched and wrapped in ⟦ ⟧. For ar_XB the text reads right
    to left (messages/pseudo.py) and Qt is told that the layout goes right to left."""

    def __init__(self, english: QTranslator | None, mirrored: bool, parent: object = None) -> None:
        super().__init__(parent)
        self.english = english
        self.mirrored = mirrored

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return "RTL" if self.mirrored else "LTR"
        english = ""
        if self.english is not None:
            english = self.english.translate(context, source, disambiguation, n)
        # Qt puts the number in for %n afterwards (outside the overrides: it keeps its order).
        return pseudo(english or source, mirrored=self.mirrored)


def pseudo_translator(code: str, english: QTranslator | None, app: QApplication) -> QTranslator:
    return PseudoTranslator(english, mirrored=code == MIRRORED, parent=app)
