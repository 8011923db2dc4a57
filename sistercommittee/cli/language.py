"""The command line speaks the user's language: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (in that order,
as gettext reads them) choose it, and the app's translations (the compiled .qm files the desktop
app loads too) render the services' messages in it. English, C or POSIX, or a language without a
translation: the messages as they are written. The pseudo-locales en_XA and ar_XB
(sistercommittee/messages/pseudo.py) stretch every message.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path

from sistercommittee.messages import Translate, english
from sistercommittee.messages.pseudo import is_pseudo, pseudo_translate


def message_language(environ: Mapping[str, str] | None = None) -> str:
    """The language tag the user asked for messages in ("es_MX", "ja"), or "" for none."""
    env = os.environ if environ is None else environ
    chosen = ""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            chosen = value
            break
    tag = chosen.split(".")[0].split("@")[0]
    if tag in ("", "C", "POSIX"):
        return ""  # gettext ignores LANGUAGE under the C locale, and so do we
    # LANGUAGE is a list of preferences ("es:en") that outranks the locale's language.
    for preferred in env.get("LANGUAGE", "").split(":"):
        if preferred.strip():
            return preferred.strip().split(".")[0]
    return tag


def _translations_dir() -> Path:
    from sistercommittee.resources import resources_dir

    return resources_dir() / "translations"


@functools.cache
def _qt_translator(language: str) -> Translate:
    from PySide6.QtCore import QTranslator  # only QtCore, and only for another language

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


def translator(environ: Mapping[str, str] | None = None) -> Translate:
    """The translate function of the language the environment names."""
    language = message_language(environ).replace("-", "_")
    if is_pseudo(language):
        return pseudo_translate
    if not language or language.split("_")[0] == "en":
        return english
    return _qt_translator(language)


def language_translator(language: str) -> Translate:
    """The translate function of ``language`` itself ("ja", "es-MX"), for what is written in a
    chosen language rather than the user's (a story drafted in the committee's language)."""
    tag = language.replace("-", "_")
    if not tag or tag.split("_")[0] == "en":
        return english
    return _qt_translator(tag)
