"""The letter of support of one of ours travelling on an outbound exchange: the committee
supports the participant's travel to the partner city for the exchange's programme and dates."""

from __future__ import annotations

from reportlab.platypus import Flowable

from sistercommittee.documents.letters import page
from sistercommittee.documents.letters.common import (
    Languages,
    Letter,
    choose_languages,
    compose,
    dated,
    default_language,
    itinerary_rows,
    page_label,
    partner_city,
)
from sistercommittee.documents.letters.wording import LetterWording
from sistercommittee.documents.marks import keep_whole
from sistercommittee.services.letters import SupportData, support_data
from sistercommittee.storage.database import Database


def section(data: SupportData, wording: LetterWording) -> list[Flowable]:
    """The letter in one language."""
    lang, rtl = wording.language, wording.rtl
    org, partner, exchange = data.organization, data.partner, data.exchange
    width = page.text_width(org.country)
    story: list[Flowable] = [
        page.title(wording.text("support_title"), lang),
        page.paragraph(wording.text("addressee_general"), lang, rtl),
        page.paragraph(
            wording.text(
                "support_body",
                organization=org.name,
                city=keep_whole(org.city),
                country=keep_whole(wording.country(org.country)),
                partner=keep_whole(partner_city(partner, wording)),
                partner_country=keep_whole(wording.country(partner.country)),
            ),
            lang,
            rtl,
        ),
    ]
    facts = [
        (wording.text("name_label"), data.name),
        (wording.text("role"), wording.roles[data.role.value]),
    ]
    if data.is_youth:
        facts.append((wording.text("youth"), wording.text("yes")))
        if data.chaperones:
            facts.append((wording.text("chaperones"), ", ".join(data.chaperones)))
    facts += [
        (wording.text("exchange"), exchange.title),
        (wording.text("programme"), wording.programs[exchange.program]),
        (wording.text("dates"), wording.date_range(exchange.starts_on, exchange.ends_on)),
    ]
    story.append(page.rows(facts, lang, width, rtl))
    if data.itinerary:
        story.append(page.heading(wording.text("itinerary"), lang, rtl))
        story.append(page.rows(itinerary_rows(wording, data.itinerary), lang, width, rtl))
    story.append(page.paragraph(wording.text("support_closing"), lang, rtl))
    return story


def build_support(data: SupportData, languages: Languages, signer: page.Signer) -> Letter:
    org = data.organization
    story = compose(
        org=org,
        languages=languages,
        today_text=dated(languages, org, data.today),
        section=lambda wording: section(data, wording),
        signer=signer,
    )
    pdf, pages = page.build(
        story,
        country=org.country,
        title=f"Letter of support: {data.name}",
        author=org.name,
        subject=data.exchange.title,
        page_label=page_label(languages),
    )
    return Letter(pdf, pages, tuple(w.language for w in languages.all), languages.notes)


def make_support(
    db: Database,
    participant_id: str,
    *,
    language: str | None = None,
    signer: str | None = None,
    signer_title: str | None = None,
) -> Letter:
    """The letter of support of a traveller, in English and ``language`` (default: the partner
    city's language)."""
    who = page.Signer.of(signer, signer_title)
    data = support_data(db, participant_id)
    languages = choose_languages(language, default_language(data.partner))
    return build_support(data, languages, who)
