"""The documents' own wording in the reader's language: what a PDF or a page prints around the
user's data (headings, labels, footers), its dates, numbers and the names of countries.

A document takes a ``translate`` (sistercommittee.messages.Translate) and writes each of its
texts as a catalogued message (``msg("Emergency sheet")``), rendered here; the default,
``english``, prints every document exactly as it has always been printed. Dates and numbers
follow the language ``translate`` renders in (``language_of``), in the organization's country
(es + US: "es_US"); in English they stay in the organization's own forms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sistercommittee.messages import (
    DaySpan,
    Term,
    Translate,
    english,
    format_span,
    is_pseudo_language,
    language_of,
    render,
)
from sistercommittee.messages.vocabulary import CONTEXT, LABELS


class Shown:
    """Renders a document's texts with ``translate``; ``english`` says whether it is the source
    language (the document then prints as it always has). ``country``: the organization's,
    whose way of writing the reader's language the numbers follow (es + US: 1,234.5; es + ES,
    or a reader of es_ES: 1.234,5)."""

    def __init__(self, translate: Translate = english, country: str = "") -> None:
        self.translate = translate
        self.language = language_of(translate)
        base = self.language.replace("-", "_").split("_")[0]
        self.english = base == "en" or is_pseudo_language(self.language)
        self._locale = self.locale(None, country)
        self._marks = None if self.english else _marks_of(self._locale)

    def __call__(self, text: object) -> str:
        """A message, a term, a day … in the reader's language; plain text as it is."""
        return render(text, self.translate)

    def locale(self, organization_language: str | None, country: str) -> str:
        """The Babel locale of dates and numbers: the organization's in English, else the
        reader's language as written in the organization's country."""
        from sistercommittee.documents.report_pdf import locale_of

        if self.english:
            return locale_of(organization_language or "en", country)
        return locale_of(self.language, country)

    def span(self, first: date, last: date, english_form: str) -> str:
        """From one day to another in the reader's language ("14–16 de mayo de 2026");
        ``english_form`` in English (each document keeps the form it has always printed)."""
        if self.english:
            return english_form
        return format_span(first, last, self.language)

    def span_of(self, first: date, last: date) -> str:
        return self(DaySpan(first, last))

    def number(self, value: int) -> str:
        """A whole number as the reader's language writes it (12,345 in English and Japanese,
        12.345 and 1234 in Spain)."""
        if self.english:
            return f"{value:,}"
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=self._locale))

    @property
    def figures(self) -> Callable[[float], str] | None:
        """How a chart writes the figures of its axis: None in English (ReportLab's own "2.5",
        "1000", as the charts always printed them), else as the reader's language writes them
        ("2,5" and "12.345" in Spain, "2.5" in Japan)."""
        return None if self.english else self._figure

    def _figure(self, value: float) -> str:
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=self._locale))

    def marked(self, text: str) -> str:
        """A number already written the English way ("1,234.5") with the reader's marks."""
        if self._marks is None:
            return text
        group, decimal = self._marks
        return text.replace(",", "\0").replace(".", decimal).replace("\0", group)

    def money_locale(self, locale: str) -> str:
        """The locale money is written in: en_US in English (as the documents always wrote
        it), else ``locale``."""
        return "en_US" if self.english else locale

    def word(self, vocabulary: str, stored: str, english_form: str) -> str:
        """A stored word (an event's kind, a participant's role) with the label the app shows
        for it in the reader's language; ``english_form`` in English (as it always printed)."""
        label = LABELS.get(vocabulary, {}).get(stored)
        if self.english or label is None:
            return english_form
        return self(Term(label, CONTEXT))


def _marks_of(locale: str) -> tuple[str, str] | None:
    """(group, decimal) of ``locale`` where they are not English's "," and "."."""
    from babel import Locale

    symbols: Any = Locale.parse(locale).number_symbols
    symbols = symbols.get("latn", symbols)
    group, decimal = str(symbols.get("group", ",")), str(symbols.get("decimal", "."))
    return None if (group, decimal) == (",", ".") else (group, decimal)
