"""The app's translations of one language, as a ``Translate`` (sistercommittee.messages): the
compiled .qm files the desktop app loads, read here for whoever names a language — the command
line (the user's, from the environment: cli/language.py) and the desktop app and documents (a
chosen one: a story drafted in the committee's language).

Only QtCore is loaded, and only for a language other than English: reading a .qm file takes
QTranslator. English (or no language): the messages as they are written.
"""

from __future__ import annotations

import functools
from pathlib import Path

from sistercommittee.messages import Translate, english


def _translations_dir() -> Path:
    from sistercommittee.resources import resources_dir

    return resources_dir() / "translations"


@functools.cache
def qm_translator(language: str) -> Translate:
    """The translate function of ``language`` ("es_MX", "ja") from the compiled translations: the
    file of the language with its country, else of the language alone, else English."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    folder = str(_translations_dir())
    names = [f"sistercommittee_{language}"]
    if "_" in language:
        names.append(f"sistercommittee_{language.split('_')[0]}")
    if not any(translator.load(name, folder) for name in names):
        return english

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined]  # kept alive with it
    translate.language = language  # type: ignore[attr-defined]  # for the days in messages
    return translate


def language_translator(language: str) -> Translate:
    """The translate function of ``language`` itself ("ja", "es-MX"), for what is written in a
    chosen language rather than the user's (a story drafted in the committee's language)."""
    tag = language.replace("-", "_")
    if not tag or tag.split("_")[0] == "en":
        return english
    return qm_translator(tag)
