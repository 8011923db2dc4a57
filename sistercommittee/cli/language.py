"""The command line speaks the user's language: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (in that order,
as gettext reads them) choose it, and the app's translations (the compiled .qm files the desktop
app loads too) render the services' messages in it. English, C or POSIX, or a language without a
translation: the messages as they are written. The pseudo-locales en_XA and ar_XB
(sistercommittee/messages/pseudo.py) stretch every message; in ar_XB it also reads right to left
as in the mirrored window (each word between directional overrides, a right-to-left mark first),
so that a terminal that lays out Arabic shows it as it would show an Arabic translation.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from sistercommittee.messages import Translate, english
from sistercommittee.messages.pseudo import (
    MIRRORED,
    is_pseudo,
    mirrored_translate,
    pseudo_translate,
)
from sistercommittee.messages.translators import qm_translator


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


def translator(environ: Mapping[str, str] | None = None) -> Translate:
    """The translate function of the language the environment names."""
    language = message_language(environ).replace("-", "_")
    if is_pseudo(language):
        return mirrored_translate if language == MIRRORED else pseudo_translate
    if not language or language.split("_")[0] == "en":
        return english
    return qm_translator(language)
