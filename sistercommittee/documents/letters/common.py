"""What the three letters share: the languages they are written in, the letter made, the frame
of a bilingual letter (letterhead, the English text, its translation, one signature), and
amounts, hours and times written in each language.

A letter is in English and, below it, in a second language: the one asked for, else the
partner city's (its recorded language, else the main official language of its country). The
letters have wording in English, Japanese, Spanish, Simplified Chinese, Korean, French, German
and Arabic; a language without letter wording yet gives the English letter alone, with a note
saying so (Traditional Chinese is not printed in simplified characters).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from sistercommittee.documents.exports import decimal_amount
from sistercommittee.documents.layout import MUTED
from sistercommittee.documents.letters import page
from sistercommittee.documents.letters.wording import (
    LetterWording,
    language_name,
    letter_tag,
    load,
    own_name,
)
from sistercommittee.documents.marks import keep_whole
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.letters import (
    InvitationData,
    ItineraryLine,
    LetterOrganization,
    LetterPartner,
    SupportData,
)

ENGLISH = "en"
OPENING = 3  # the title, the addressee and the first paragraph of every section


@dataclass(frozen=True)
class Letter:
    """A letter made: the PDF, its pages, the language tags it is written in, and what the
    person who made it should know."""

    pdf: bytes
    pages: int
    languages: tuple[str, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Languages:
    english: LetterWording
    second: LetterWording | None
    notes: tuple[str, ...]

    @property
    def all(self) -> tuple[LetterWording, ...]:
        return (self.english,) if self.second is None else (self.english, self.second)


def _check_code(language: str) -> None:
    import langcodes

    try:
        valid = langcodes.Language.get(language).is_valid()
    except (ValueError, LookupError):
        valid = False
    if not valid or not language.strip():
        raise ValidationError.single(
            "language", msg(
                "'{language}' is not a language code like ja, es or zh-Hans.",
                language=language,
            )
        )


def choose_languages(requested: str | None, default: str | None) -> Languages:
    """English and the second language: ``requested`` if given, else ``default``."""
    english = load(ENGLISH)
    language = (requested or "").strip() or default
    if requested is not None:
        _check_code(requested.strip())
    if not language or language.replace("_", "-").split("-")[0].lower() == ENGLISH:
        return Languages(english, None, ())
    tag = letter_tag(language)
    if tag is None:
        note = msg(
            "There is no letter wording in {name} ({language}) yet: the letter is in English "
            "only.",
            name=language_name(language), language=language,
        )
        return Languages(english, None, (note,))
    return Languages(english, load(tag), ())


def default_language(partner: LetterPartner) -> str | None:
    """The partner city's language: as recorded, else the first official one of its country."""
    if partner.language:
        return partner.language
    from babel.languages import get_official_languages

    official = get_official_languages(partner.country.upper(), de_facto=True)
    return official[0].replace("_", "-") if official else None


def partner_city(partner: LetterPartner, wording: LetterWording) -> str:
    """The partner city's name in its own script for the text in its own language ("高山市" in
    Japanese), the English name in every other language."""
    own = default_language(partner)
    same = own is not None and _base(own) == _base(wording.language)
    return partner.city_local if partner.city_local and same else partner.city


def _base(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


def money(wording: LetterWording, minor: int, currency: str) -> str:
    from babel.numbers import format_currency

    text = str(
        format_currency(
            decimal_amount(minor, currency), currency.upper(), locale=wording.babel_locale
        )
    )
    # Babel marks the direction of Arabic and Hebrew amounts; the line's direction does that.
    return text.translate(_DIRECTION_MARKS)


_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


def hours(wording: LetterWording, minutes: int) -> str:
    """Minutes as hours, to the hundredth where they are not whole: "12", "7.5", "7,5"."""
    from babel.numbers import format_decimal

    value = (Decimal(minutes) / 60).quantize(Decimal("0.01"))
    return str(format_decimal(value, format="#,##0.##", locale=wording.babel_locale))


def moment(wording: LetterWording, at: datetime) -> str:
    return f"{wording.day(at.date())} {at:%H:%M}"


def itinerary_rows(wording: LetterWording, items: Sequence[ItineraryLine]) -> list[tuple[str, str]]:
    result = []
    for item in items:
        when = moment(wording, item.starts_at)
        if item.ends_at is not None:
            same_day = item.ends_at.date() == item.starts_at.date()
            when += f"–{item.ends_at:%H:%M}" if same_day else f" – {moment(wording, item.ends_at)}"
        what = item.title if not item.place else f"{item.title} · {item.place}"
        result.append((when, what))
    return result


def address(org: LetterOrganization) -> str:
    english = load(ENGLISH)
    parts = [org.city, org.region, english.country(org.country)]
    return ", ".join(part for part in parts if part)


def page_label(languages: Languages) -> Callable[[int, int], str]:
    def label(number: int, total: int) -> str:
        texts = dict.fromkeys(
            w.text("page_of", page=str(number), pages=str(total)) for w in languages.all
        )
        return " · ".join(texts)

    return label


def compose(
    *,
    org: LetterOrganization,
    languages: Languages,
    today_text: str,
    section: Callable[[LetterWording], list[Flowable]],
    signer: page.Signer,
) -> list[Flowable]:
    """Letterhead, the English letter, the translation, then the one signature."""
    width = page.text_width(org.country)
    story = page.letterhead(org.name, address(org), today_text, width)
    # Each section opens with its title, addressee and first paragraph, kept on one page.
    english = section(languages.english)
    story += [KeepTogether(english[:OPENING]), *english[OPENING:]]
    if languages.second is not None:
        second = languages.second
        rule = page.translation_rule()  # a page break when little room is left, the rule
        story.append(rule[0])
        label = page.line(
            second.text("translation", language=own_name(second.language)),
            second.language,
            size=8.5,
            color=MUTED,
            align="right" if second.rtl else "left",
        )
        translated = section(second)
        story += [KeepTogether([*rule[1:], label, *translated[:OPENING]]), *translated[OPENING:]]
    sign_offs = [(w.text("sign_off"), w.language) for w in languages.all]
    blank = " / ".join(dict.fromkeys(w.text("signer_line") for w in languages.all))
    closing = story.pop()  # each section ends with its closing sentence
    story.append(page.signature(signer, org.name, sign_offs, blank, closing))
    return story


def dated(languages: Languages, org: LetterOrganization, today: date) -> str:
    """The place and date of the letter, in English: "Springfield, 1 December 2026"."""
    return f"{org.city}, {languages.english.day(today)}"


def participant_opening(
    data: InvitationData | SupportData,
    wording: LetterWording,
    *,
    title: str,
    addressee: str,
    body: str,
) -> list[Flowable]:
    """The opening of a participant's letter in one language: title, addressee, the first
    paragraph naming both cities, and the facts of the participant and the exchange."""
    lang, rtl = wording.language, wording.rtl
    org, partner, exchange = data.organization, data.partner, data.exchange
    facts = [(wording.text("name_label"), data.name)]
    if data.passport_number:
        facts.append((wording.text("passport"), keep_whole(data.passport_number)))
    facts.append((wording.text("role"), wording.roles[data.role.value]))
    if data.is_youth:
        facts.append((wording.text("youth"), wording.text("yes")))
        if data.chaperones:
            facts.append((wording.text("chaperones"), ", ".join(data.chaperones)))
    facts += [
        (wording.text("exchange"), exchange.title),
        (wording.text("programme"), wording.programs[exchange.program]),
        (wording.text("dates"), wording.date_range(exchange.starts_on, exchange.ends_on)),
    ]
    return [
        page.title(wording.text(title), lang),
        page.paragraph(wording.text(addressee), lang, rtl),
        page.paragraph(
            wording.text(
                body,
                organization=org.name,
                city=keep_whole(org.city),
                country=keep_whole(wording.country(org.country)),
                partner=keep_whole(partner_city(partner, wording)),
                partner_country=keep_whole(wording.country(partner.country)),
            ),
            lang,
            rtl,
        ),
        page.rows(facts, lang, page.text_width(org.country), rtl),
    ]


def who_pays(data: InvitationData | SupportData, wording: LetterWording) -> list[tuple[str, str]]:
    """Who pays the journey and the stay, as recorded on the exchange (nothing when not)."""
    lines = []
    for key, bearer in (
        ("travel_paid_by", data.travel_paid_by),
        ("stay_paid_by", data.stay_paid_by),
    ):
        if bearer is not None:
            who = wording.bearers[bearer.value]
            lines.append((wording.text(key), who[:1].upper() + who[1:]))
    return lines


def build_letter(
    *,
    org: LetterOrganization,
    languages: Languages,
    today: date,
    section: Callable[[LetterWording], list[Flowable]],
    signer: page.Signer,
    title: str,
    subject: str,
    notes: tuple[str, ...] = (),
) -> Letter:
    """The whole letter: composed in its languages, laid out on the organization's paper."""
    story = compose(
        org=org,
        languages=languages,
        today_text=dated(languages, org, today),
        section=section,
        signer=signer,
    )
    pdf, pages = page.build(
        story,
        country=org.country,
        title=title,
        author=org.name,
        subject=subject,
        page_label=page_label(languages),
    )
    return Letter(pdf, pages, tuple(w.language for w in languages.all), (*languages.notes, *notes))
