"""What a certificate says, ready to be laid out: its columns of text per language, its signature
blocks, its kind. Made by certificate.py from the records, drawn by certificate_page.py and
certificate_annex.py."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from sistercommittee.documents.wording import Wording
from sistercommittee.errors import SisterCommitteeError


class CertificateError(SisterCommitteeError):
    """The certificate cannot be made as asked (bad paper, unreadable logo, ended partnership)."""


class DocumentKind(StrEnum):
    CERTIFICATE = "certificate"
    LETTER_OF_INTENT = "letter_of_intent"
    RENEWAL = "renewal"


@dataclass(frozen=True)
class Column:
    """One language's text on the page."""

    wording: Wording
    body: str  # the MOU text, or the statement
    signed: str | None  # "signed at … on …"
    statement: str  # the statement, for when the MOU text goes to the annex
    is_mou_text: bool
    note: str | None = None  # "the full text is attached", when it is
    blanks: tuple[str, ...] = ()  # labels of lines to fill in by hand ("Date", "Place")

    def with_statement(self) -> Column:
        note = self.wording.sentence("annex_note")
        return replace(self, body=self.statement, is_mou_text=False, note=note)


@dataclass(frozen=True)
class Signature:
    lines: tuple[tuple[str, str | None, bool], ...]  # (text, language, bold)


@dataclass
class Content:
    kind: DocumentKind
    organization: str
    home_title: str
    partner_title: str | None
    home_language: str
    partner_language: str
    home_city: tuple[str, str]  # name, details
    partner_city: tuple[str, str]  # name, details
    columns: tuple[Column, ...]
    home_signatures: tuple[Signature, ...]
    partner_signatures: tuple[Signature, ...]
    emblem_text: str
    emblem_year: str | None
    notes: list[str] = field(default_factory=list)

    @property
    def wordings(self) -> tuple[Wording, ...]:
        return tuple(column.wording for column in self.columns)

    def all_texts(self) -> list[str]:
        texts = [self.organization, self.home_title, self.partner_title or "", self.emblem_text]
        texts += [*self.home_city, *self.partner_city]
        for column in self.columns:
            texts += [column.body, column.signed or "", column.statement, *column.blanks]
            texts += [column.wording.sentence(key) for key in _LABEL_KEYS]
        for signature in (*self.home_signatures, *self.partner_signatures):
            texts += [text for text, _language, _bold in signature.lines]
        return texts


_LABEL_KEYS = ("annex_note", "annex_title", "signatures_title", "signatures_note", "initials")
