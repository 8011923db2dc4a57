"""The invitation letter of a visitor on an inbound exchange, for a visa application.

It names the committee as host (its city and country), the visitor as recorded (name, passport
number when recorded, role, whether a minor), the dates of the visit, the itinerary, who pays
the travel and the stay (as the exchange records it), the costs the committee records for the
exchange and covers (money and in kind), the host families the visitor stays with (name,
address, nights), and is signed by the coordinator named.
"""

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
    money,
    participant_opening,
    who_pays,
)
from sistercommittee.documents.letters.wording import LetterWording
from sistercommittee.messages import msg
from sistercommittee.services.letters import InvitationData, invitation_data
from sistercommittee.storage.database import Database

PASSPORT_NOTE = msg(
    "Check the name and the passport number against the passport: the letter gives them as "
    "entered."
)
NO_PASSPORT_NOTE = msg(
    "No passport number is recorded for the visitor: consulates often ask for it. Enter it in "
    "the participant's planning details and make the letter again, or check the name against "
    "the passport."
)
WHO_PAYS_NOTE = msg(
    "The exchange does not say who pays the travel and the stay: consulates ask. Choose it in "
    "the exchange's record (Travel paid by, Stay paid by) and make the letter again."
)


def section(data: InvitationData, wording: LetterWording) -> list[Flowable]:
    """The letter in one language."""
    lang, rtl = wording.language, wording.rtl
    width = page.text_width(data.organization.country)
    story = participant_opening(
        data, wording, title="invitation_title", addressee="addressee", body="invitation_body"
    )
    story.append(page.heading(wording.text("itinerary"), lang, rtl))
    if data.itinerary:
        story.append(page.rows(itinerary_rows(wording, data.itinerary), lang, width, rtl))
    else:
        story.append(page.paragraph(wording.text("itinerary_empty"), lang, rtl))
    story.append(page.heading(wording.text("costs"), lang, rtl))
    paying = who_pays(data, wording)
    if paying:
        story.append(page.rows(paying, lang, width, rtl))
    if data.costs:
        story.append(page.paragraph(wording.text("costs_intro"), lang, rtl))
        lines = []
        for cost in data.costs:
            what = wording.categories[cost.category]
            what = what[:1].upper() + what[1:]
            if cost.description:
                what = f"{what}: {cost.description}"
            amount = money(wording, cost.amount_minor, cost.currency)
            if cost.in_kind:
                amount = f"{amount} ({wording.text('in_kind')})"
            lines.append((what, amount))
        story.append(page.rows(lines, lang, width, rtl))
        story.append(page.paragraph(wording.text("costs_rest"), lang, rtl))
    elif not paying:
        story.append(page.paragraph(wording.text("costs_none"), lang, rtl))
    story.append(page.heading(wording.text("host_family"), lang, rtl))
    if data.stays:
        stays = []
        for stay in data.stays:
            nights = wording.date_range(stay.from_date, stay.to_date)
            stays.append(
                (
                    wording.text("host_family"),
                    wording.text("host_stay", family=stay.family_name, dates=nights),
                )
            )
            if stay.address:
                stays.append((wording.text("address"), stay.address))
        story.append(page.rows(stays, lang, width, rtl))
    else:
        story.append(page.paragraph(wording.text("host_none"), lang, rtl))
    story.append(page.paragraph(wording.text("invitation_closing"), lang, rtl))
    return story


def _notes(data: InvitationData) -> tuple[str, ...]:
    notes = [PASSPORT_NOTE if data.passport_number else NO_PASSPORT_NOTE]
    if data.travel_paid_by is None and data.stay_paid_by is None and not data.costs:
        notes.append(WHO_PAYS_NOTE)
    return tuple(notes)


def build_invitation(data: InvitationData, languages: Languages, signer: page.Signer) -> Letter:
    return build_letter(
        org=data.organization,
        languages=languages,
        today=data.today,
        section=lambda wording: section(data, wording),
        signer=signer,
        title=f"Letter of invitation: {data.name}",
        subject=data.exchange.title,
        notes=_notes(data),
    )


def make_invitation(
    db: Database,
    participant_id: str,
    *,
    language: str | None = None,
    signer: str | None = None,
    signer_title: str | None = None,
) -> Letter:
    """The invitation letter of a visitor, in English and ``language`` (default: the partner
    city's language)."""
    who = page.Signer.of(signer, signer_title)
    data = invitation_data(db, participant_id)
    languages = choose_languages(language, default_language(data.partner))
    return build_invitation(data, languages, who)
