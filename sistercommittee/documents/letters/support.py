"""The letter of support of one of ours travelling on an outbound exchange: the committee
supports the participant's travel to the partner city for the exchange's programme and dates."""

from __future__ import annotations

from reportlab.platypus import Flowable

from sistercommittee.documents.letters import page
from sistercommittee.documents.letters.common import (
    Languages,
    Letter,
    build_letter,
    choose_languages,
    default_language,
    itinerary_rows,
    participant_opening,
    who_pays,
)
from sistercommittee.documents.letters.wording import LetterWording
from sistercommittee.services.letters import SupportData, support_data
from sistercommittee.storage.database import Database


def section(data: SupportData, wording: LetterWording) -> list[Flowable]:
    """The letter in one language."""
    lang, rtl = wording.language, wording.rtl
    width = page.text_width(data.organization.country)
    story = participant_opening(
        data, wording, title="support_title", addressee="addressee_general", body="support_body"
    )
    if data.itinerary:
        story.append(page.heading(wording.text("itinerary"), lang, rtl))
        story.append(page.rows(itinerary_rows(wording, data.itinerary), lang, width, rtl))
    paying = who_pays(data, wording)
    if paying:
        story.append(page.heading(wording.text("costs"), lang, rtl))
        story.append(page.rows(paying, lang, width, rtl))
    story.append(page.paragraph(wording.text("support_closing"), lang, rtl))
    return story


def build_support(data: SupportData, languages: Languages, signer: page.Signer) -> Letter:
    return build_letter(
        org=data.organization,
        languages=languages,
        today=data.today,
        section=lambda wording: section(data, wording),
        signer=signer,
        title=f"Letter of support: {data.name}",
        subject=data.exchange.title,
    )


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
