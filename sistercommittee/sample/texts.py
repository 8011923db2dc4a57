"""The sample's words in the user's language.

The texts the sample's records are made of (event titles, shift roles, outcomes, budget lines,
skills, notes …) are written in English in the sources, each either marked where it is defined,
``marked("Setup")``, or written where it is used, ``words.text("Has a dog.")`` and
``words.format("Travel to {partner}", partner=name)``. ``update_translations.py`` collects the
literal first argument of these calls into the "Sample" context of the translation files, which
the translators fill in like every other text of the app.

``Words`` renders them with a ``Translate`` (sistercommittee.messages) the caller hands in: the
desktop app's (its Qt translators), the command line's (the language LANG asks for). Without one,
every text is the English as written, so that a seed always gives the same English database.
The random draws never depend on the language: the generator draws from the English pools and
translates what it writes.

Not translated: people's, cities' and organizations' names, the real places of the home city
(its venues, sights and streets), texts already in a partner's language, and the MOUs (their
English text and the signatories' English titles are one side of a signed bilingual document).
"""

from __future__ import annotations

from datetime import datetime

from sistercommittee.messages import Translate, english, language_of

CONTEXT = "Sample"


def marked(text: str) -> str:
    """``text`` unchanged: it is collected for translation, and written through ``Words.text``."""
    return text


class Words:
    """The sample's texts in the language of ``translate`` (English without one)."""

    def __init__(self, translate: Translate | None = None) -> None:
        self.translate = None if translate is english else translate
        self.language = "en" if self.translate is None else language_of(self.translate)
        self._shown: dict[str, str] = {}

    @property
    def english(self) -> bool:
        return self.translate is None

    def text(self, text: str) -> str:
        """A text of the sample (marked where it is defined, or a literal here) in the language."""
        if self.translate is None:
            return text
        shown = self._shown.get(text)
        if shown is None:
            shown = self._shown[text] = self.translate(CONTEXT, text) or text
        return shown

    def format(self, template: str, /, **params: object) -> str:
        """``template`` in the language with ``params`` filled in (a translation whose placeholders
        do not fit gives the English: the text is never lost)."""
        if self.translate is None:
            return template.format(**params)
        try:
            return self.text(template).format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)

    def time(self, moment: datetime) -> str:
        """A wall-clock time as the language writes it ("7:30 PM" in English, "19:30")."""
        if self.translate is None:
            return moment.strftime("%I:%M %p").lstrip("0")
        from babel import Locale, UnknownLocaleError
        from babel.dates import format_time

        try:
            locale = Locale.parse(self.language.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            return moment.strftime("%I:%M %p").lstrip("0")
        return str(format_time(moment, "short", locale=locale))
