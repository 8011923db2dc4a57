"""The bilingual certificate of a partnership, as a landscape PDF page.

The page shows, top to bottom: the organization's name, the title in the home language and in the
partner's language, the two cities, the MOU text (or the statement of friendship) in both
languages side by side with the place and date of signing, and the signature lines of both sides
with the organization's seal or logo between them. The drawing is in ``certificate_page``; this
module decides what is printed.

Rules, decided here:

- The document follows the partnership's status: exploring and proposed partnerships get a
  letter of intent with blank date and place lines to fill in by hand; active and dormant ones
  the certificate (of friendship for friendship cities); an ended partnership is refused with a
  sentence. On an anniversary of 10, 25, 50, 75 or 100 years a renewal certificate can be asked
  for instead, with blank date and place lines for the ceremony.
- The partner's language is the partnership's language, else the main official language of its
  country; the home language is the organization's, else English. When both are the same the
  certificate has one column.
- The latest MOU that is not deleted is used. Its texts are printed when it has one in each
  language printed; otherwise both columns carry the statement of friendship from the wording
  templates, so that the two sides always say the same thing. Chinese stored only in the other
  script (simplified for a traditional certificate) is converted with OpenCC when asked, and
  otherwise left out with a note saying so.
- Everything printed in the partner's column is in the partner's language: the place of signing
  and our city's name as entered in the MOU in that language; when the place is not entered in
  it, the partner's column gives the date alone (and a note says why).
- Names and dates are kept whole on their line; see ``documents.marks``.
- The paper is US Letter for organizations in countries that use it, A4 elsewhere.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from sistercommittee.documents import fonts
from sistercommittee.documents.certificate_content import (
    CertificateError,
    Column,
    Content,
    DocumentKind,
    Signature,
)
from sistercommittee.documents.marks import keep_whole
from sistercommittee.documents.wording import Wording, wording_for
from sistercommittee.domain.enums import PartnershipStatus, SignatorySide
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Ordinal, msg
from sistercommittee.services.certificates import (
    CertificateCity,
    CertificateData,
    CertificateSignatory,
    certificate_data,
    chinese_script,
)
from sistercommittee.services.partnerships.common import status_word
from sistercommittee.storage.database import Database

Paper = Literal["letter", "a4"]
PAPERS: tuple[Paper, ...] = ("letter", "a4")
ANNIVERSARIES = (10, 25, 50, 75, 100)

# Countries whose offices use US Letter paper; everyone else uses A4.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "HN", "BZ"}
)
LOGO_FILE_NAMES = ("seal.png", "seal.jpg", "logo.png", "logo.jpg", "logo.jpeg")


@dataclass(frozen=True)
class Certificate:
    """A certificate made: the PDF and what the person who made it should know about it."""

    pdf: bytes
    kind: DocumentKind
    pages: int
    notes: tuple[str, ...] = ()


def paper_for_country(country: str) -> Paper:
    return "letter" if country.upper() in LETTER_COUNTRIES else "a4"


def partner_language(city: CertificateCity) -> str | None:
    """The partner's language: as recorded, else the first official language of its country."""
    if city.language:
        return city.language
    from babel.languages import get_official_languages

    official = get_official_languages(city.country.upper(), de_facto=True)
    return official[0].replace("_", "-") if official else None


def organization_logo(db: Database) -> Path | None:
    """The seal or logo kept in the organization's files folder (``seal.png``, ``logo.png`` …)."""
    folder = db.files_dir
    for name in LOGO_FILE_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


# --- public API ---------------------------------------------------------------------------------


def make_certificate(
    db: Database,
    partnership_id: str,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
    *,
    renewal: bool = False,
    japanese_era: bool = False,
    convert_chinese: bool = False,
    today: date | None = None,
) -> Certificate:
    """The document of a partnership (see the module docstring for which one), with notes.

    Args:
        language: BCP 47 tag of the second language (default: the partner's).
        paper: "letter" or "a4" (default: from the organization's country).
        logo: an image file or its bytes (PNG or JPEG); default: the seal or logo in the
            organization's files folder, else a drawn emblem.
        renewal: the renewal certificate of this year's anniversary instead.
        japanese_era: Japanese dates in the era of the reign (令和6年) instead of the Western year.
        convert_chinese: print a Chinese MOU text stored only in the other script converted
            with OpenCC (the person has agreed to it).
        today: the day the renewal is for (default: today).

    Raises NotFoundError, UnknownLanguageError, UncoveredTextError, CertificateError.
    """
    data = certificate_data(db, partnership_id)
    if logo is None:
        logo = organization_logo(db)
    return build(
        data,
        language=language,
        paper=paper,
        logo=logo,
        renewal=renewal,
        japanese_era=japanese_era,
        convert_chinese=convert_chinese,
        today=today,
    )


def render_certificate(
    db: Database,
    partnership_id: str,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
    **options: Any,
) -> bytes:
    """The document of a partnership as PDF bytes (see ``make_certificate``)."""
    return make_certificate(db, partnership_id, language, paper, logo, **options).pdf


def write_certificate(
    db: Database,
    partnership_id: str,
    path: Path,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
    **options: Any,
) -> Path:
    """Write the certificate to ``path`` (replaced whole, never half-written) and return it."""
    pdf = render_certificate(db, partnership_id, language, paper, logo, **options)
    from sistercommittee.documents.files import write_bytes

    return write_bytes(path, pdf)


def check_paper(paper: str | None, country: str) -> Paper:
    if paper is None:
        return paper_for_country(country)
    value = paper.strip().lower()
    if value not in PAPERS:
        raise ValidationError.single("paper", msg("The paper must be letter or a4."))
    return value  # type: ignore[return-value]


def document_kind(data: CertificateData, renewal: bool = False) -> DocumentKind:
    """Which document the partnership gets; CertificateError for one that gets none."""
    status = data.status
    if status == PartnershipStatus.ENDED:
        raise CertificateError(
            msg(
                "The partnership with {name} has ended, so it gets no certificate. Reopen it "
                "(status exploring) to print a letter of intent.",
                name=data.partner.name,
            )
        )
    if status in (PartnershipStatus.EXPLORING, PartnershipStatus.PROPOSED):
        if renewal:
            raise CertificateError(
                msg(
                    "The partnership with {name} is {status}: a renewal certificate is for a "
                    "partnership already signed. Its document is a letter of intent.",
                    name=data.partner.name, status=status_word(status),
                )
            )
        return DocumentKind.LETTER_OF_INTENT
    return DocumentKind.RENEWAL if renewal else DocumentKind.CERTIFICATE


def founding_date(data: CertificateData) -> date | None:
    """The day the partnership was signed: its own date, else its MOU's."""
    return data.signed_on or (data.mou.signed_on if data.mou else None)


def anniversary_years(data: CertificateData, today: date) -> int:
    """The anniversary reached in ``today``'s year; CertificateError naming the next one when
    the year is no anniversary of 10, 25, 50, 75 or 100 years."""
    since = founding_date(data)
    if since is None:
        raise CertificateError(
            msg(
                "The partnership with {name} has no date of signing: enter it to print a "
                "renewal certificate.",
                name=data.partner.name,
            )
        )
    years = today.year - since.year
    if years in ANNIVERSARIES:
        return years
    upcoming = [n for n in ANNIVERSARIES if n > years]
    anniversaries = ", ".join(map(str, ANNIVERSARIES))
    if upcoming:
        raise CertificateError(
            msg(
                "The partnership with {name} was signed in {year}: {this_year} is its {ordinal} "
                "year, not an anniversary of {anniversaries} years. The next is its {next}th "
                "anniversary, in {next_year}.",
                name=data.partner.name,
                year=since.year,
                this_year=today.year,
                ordinal=Ordinal(years),
                anniversaries=anniversaries,
                next=upcoming[0],
                next_year=since.year + upcoming[0],
            )
        )
    raise CertificateError(
        msg(
            "The partnership with {name} was signed in {year}: {this_year} is its {ordinal} "
            "year, not an anniversary of {anniversaries} years.",
            name=data.partner.name,
            year=since.year,
            this_year=today.year,
            ordinal=Ordinal(years),
            anniversaries=anniversaries,
        )
    )


def build(
    data: CertificateData,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
    *,
    renewal: bool = False,
    japanese_era: bool = False,
    convert_chinese: bool = False,
    today: date | None = None,
) -> Certificate:
    """The document for data already read (see ``make_certificate``)."""
    chosen_paper = check_paper(paper, data.home.country)
    kind = document_kind(data, renewal)
    years = anniversary_years(data, today or date.today()) if kind == DocumentKind.RENEWAL else 0
    home_wording = (
        wording_for(data.home.language or "en")
        if _has_wording(data.home.language)
        else wording_for("en")
    )
    wanted = language or partner_language(data.partner)
    if wanted is None:
        raise ValidationError.single(
            "language",
            msg("The partner's language is not recorded; choose the certificate's language."),
        )
    partner_wording = wording_for(wanted)
    settings = _Settings(kind, years, japanese_era, convert_chinese)
    content = _content(data, home_wording, partner_wording, settings)
    fonts.check_printable(content.all_texts(), partner_wording.language)
    from sistercommittee.documents.certificate_page import draw_certificate, read_logo
    from sistercommittee.documents.layout import page_size

    logo_image = read_logo(logo) if logo is not None else None
    buffer = io.BytesIO()
    pages = draw_certificate(buffer, page_size(chosen_paper), content, logo_image)
    return Certificate(buffer.getvalue(), kind, pages, tuple(content.notes))


def build_certificate(
    data: CertificateData,
    language: str | None = None,
    paper: str | None = None,
    logo: Path | bytes | None = None,
    **options: Any,
) -> bytes:
    """The certificate PDF for data already read (see ``make_certificate``)."""
    return build(data, language, paper, logo, **options).pdf


def _has_wording(language: str | None) -> bool:
    from sistercommittee.documents.wording import template_tag

    return bool(language) and template_tag(language or "") is not None


# --- content ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Settings:
    kind: DocumentKind
    years: int  # of the anniversary, for a renewal
    japanese_era: bool
    convert_chinese: bool


def _join(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


def _statement(
    wording: Wording, data: CertificateData, home_name: str, partner_name: str, settings: _Settings
) -> str:
    values = {
        "home": keep_whole(home_name),
        "home_country": keep_whole(wording.country_name(data.home.country)),
        "partner": keep_whole(partner_name),
        "partner_country": keep_whole(wording.country_name(data.partner.country)),
        "kind": wording.kind(data.kind),
    }
    if settings.kind == DocumentKind.LETTER_OF_INTENT:
        return wording.sentence("intent_statement", **values)
    if settings.kind == DocumentKind.RENEWAL:
        since = founding_date(data)
        assert since is not None  # anniversary_years refused a partnership without one
        day = keep_whole(wording.format_date(since, era=settings.japanese_era))
        return wording.sentence("renewal_statement", years=str(settings.years), since=day, **values)
    return wording.sentence("statement", **values)


def _title(wording: Wording, data: CertificateData, settings: _Settings) -> str:
    if settings.kind == DocumentKind.LETTER_OF_INTENT:
        return wording.sentence("intent_title")
    if settings.kind == DocumentKind.RENEWAL:
        return wording.sentence("renewal_title")
    return wording.title(data.kind)


def _scripts(text: str | None) -> set[str]:
    return set(fonts.iter_scripts(text or ""))


def _signature(
    signatory: CertificateSignatory, partner: bool, home_language: str, partner_language: str
) -> Signature:
    """The lines under a signature: the name in the side's own language first, then the other
    (only when it is written in another script: "Dr. Ursula Weiß" is not printed again as
    "Ursula Weiß"), then the titles in the same order."""
    lines: list[tuple[str, str | None, bool]] = []
    local = signatory.name_local
    other_script = bool(local) and _scripts(local) != _scripts(signatory.name)
    if partner:
        if local:
            lines.append((keep_whole(local), partner_language, True))
        if other_script or not local:
            lines.append((keep_whole(signatory.name), home_language, not local))
    else:
        lines.append((keep_whole(signatory.name), home_language, True))
        if local and other_script:
            lines.append((keep_whole(local), partner_language, False))
    titles = [(signatory.title, home_language), (signatory.title_local, partner_language)]
    if partner:
        titles.reverse()
    shown: list[str] = []
    for title, language in titles:
        if title and title not in shown:
            shown.append(title)
            lines.append((title, language, False))
    return Signature(tuple(lines))


def _mou_texts(
    data: CertificateData, languages: tuple[Wording, ...], settings: _Settings, notes: list[str]
) -> list[str | None]:
    mou = data.mou
    if mou is None or settings.kind != DocumentKind.CERTIFICATE:
        return [None for _ in languages]
    texts: list[str | None] = []
    for wording in languages:
        text = mou.text_in(wording.language)
        other = mou.chinese_text_in_other_script(wording.language)
        if text is None and other is not None:
            target = chinese_script(wording.language) or "Hans"
            if settings.convert_chinese:
                from sistercommittee.documents.chinese import convert

                text = convert(other[1], target)
                notes.append(
                    msg(
                        "The MOU text in {name} was converted by OpenCC from the text stored "
                        "in {other_0}; read it through before it is signed.",
                        name=wording.name, other_0=other[0],
                    )
                )
            else:
                notes.append(
                    msg(
                        "The MOU text is stored in {other_0} only, in the other script than "
                        "{name}: the certificate carries the statement instead. Convert it "
                        "with OpenCC (--convert-chinese) to print the MOU text.",
                        other_0=other[0], name=wording.name,
                    )
                )
        texts.append(text)
    return texts


def _content(
    data: CertificateData, home: Wording, partner: Wording, settings: _Settings
) -> Content:
    notes: list[str] = []
    bilingual = partner.language != home.language
    languages = (home, partner) if bilingual else (home,)
    mou = data.mou
    signed_on = (mou.signed_on if mou else None) or data.signed_on
    partner_local = data.partner.name_local or data.partner.name
    home_local = (mou.home_city_local if mou else None) or data.home.name
    places = [mou.signed_place if mou else None]
    if bilingual:
        local_place = mou.signed_place_local if mou else None
        places.append(local_place)
        certificate = settings.kind == DocumentKind.CERTIFICATE
        if mou and mou.signed_place and not local_place and certificate:
            notes.append(
                msg(
                    "The place of signing is not entered in {name}: the {name} column gives "
                    "the date alone. Enter it in the MOU beside the English.",
                    name=partner.name,
                )
            )
    texts = _mou_texts(data, languages, settings, notes)
    use_mou = all(texts)
    blanks: tuple[str, ...] = ()
    columns = []
    for wording, place, text in zip(languages, places, texts, strict=True):
        in_partner_language = bilingual and wording is partner
        home_name, partner_name = (
            (home_local, partner_local)
            if in_partner_language
            else (data.home.name, data.partner.name)
        )
        statement = _statement(wording, data, home_name, partner_name, settings)
        signed = None
        if settings.kind == DocumentKind.CERTIFICATE:
            signed = wording.signed(place, signed_on, era=settings.japanese_era)
        else:
            blanks = (wording.sentence("date_line"), wording.sentence("place_line"))
        columns.append(
            Column(
                wording,
                text if use_mou and text else statement,
                signed,
                statement,
                bool(use_mou and text),
                blanks=blanks,
            )
        )
    partner_details = _join(
        data.partner.name if data.partner.name_local else None,
        data.partner.region,
        home.country_name(data.partner.country),
    )
    home_signatures: list[Signature] = []
    partner_signatures: list[Signature] = []
    signatories = mou.signatories if mou and settings.kind != DocumentKind.RENEWAL else ()
    for signatory in signatories:
        is_partner = signatory.side == SignatorySide.PARTNER
        target = partner_signatures if is_partner else home_signatures
        target.append(_signature(signatory, is_partner, home.language, partner.language))
    if not home_signatures:
        lines = [(home.sentence("for_city", city=keep_whole(data.home.name)), home.language, False)]
        if bilingual:
            city = keep_whole(home_local)
            lines.append((partner.sentence("for_city", city=city), partner.language, False))
        home_signatures.append(Signature(tuple(lines)))
    if not partner_signatures:
        city = keep_whole(partner_local)
        lines = [(partner.sentence("for_city", city=city), partner.language, False)]
        if bilingual:
            city = keep_whole(data.partner.name)
            lines.append((home.sentence("for_city", city=city), home.language, False))
        partner_signatures.append(Signature(tuple(lines)))
    emblem_year = str(signed_on.year) if signed_on else None
    if settings.kind == DocumentKind.LETTER_OF_INTENT:
        emblem_year = None
    elif settings.kind == DocumentKind.RENEWAL:
        emblem_year = str(settings.years)
    return Content(
        kind=settings.kind,
        organization=data.organization_name,
        home_title=_title(home, data, settings),
        partner_title=_title(partner, data, settings) if bilingual else None,
        home_language=home.language,
        partner_language=partner.language,
        home_city=(data.home.name, _join(data.home.region, home.country_name(data.home.country))),
        partner_city=(partner_local, partner_details),
        columns=tuple(columns),
        home_signatures=tuple(home_signatures),
        partner_signatures=tuple(partner_signatures),
        emblem_text=home.kind(data.kind).upper(),
        emblem_year=emblem_year,
        notes=notes,
    )


__all__ = [
    "ANNIVERSARIES",
    "PAPERS",
    "Certificate",
    "CertificateError",
    "DocumentKind",
    "anniversary_years",
    "build",
    "build_certificate",
    "check_paper",
    "document_kind",
    "make_certificate",
    "organization_logo",
    "paper_for_country",
    "partner_language",
    "render_certificate",
    "write_certificate",
]
