"""The volunteer-hours letter: a volunteer's hours by calendar year and in all, as the hours
service counts them, signed by the coordinator.

Its second language is the one asked for, else the organization's own when that is not English;
without either the letter is in English alone.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sistercommittee.documents.letters import page
from sistercommittee.documents.letters.common import (
    Languages,
    Letter,
    build_letter,
    choose_languages,
    hours,
)
from sistercommittee.documents.letters.wording import LetterWording
from sistercommittee.documents.marks import keep_whole
from sistercommittee.services.letters import HoursLetterData, volunteer_hours_data
from sistercommittee.storage.database import Database


def section(data: HoursLetterData, wording: LetterWording) -> list[Flowable]:
    """The letter in one language."""
    lang, rtl = wording.language, wording.rtl
    org = data.organization
    story: list[Flowable] = [
        page.title(wording.text("hours_title"), lang),
        page.paragraph(wording.text("addressee_general"), lang, rtl),
        page.paragraph(
            wording.text(
                "hours_body",
                organization=org.name,
                city=keep_whole(org.city),
                country=keep_whole(wording.country(org.country)),
                name=keep_whole(data.name),
                first=keep_whole(wording.day(data.first_day)),
                last=keep_whole(wording.day(data.last_day)),
            ),
            lang,
            rtl,
        ),
        page.figures(
            (wording.text("hours_year"), wording.text("hours_hours")),
            [(str(year.year), hours(wording, year.minutes)) for year in data.years],
            (wording.text("hours_total"), hours(wording, data.total_minutes)),
            lang,
            (40 * mm, 35 * mm),
        ),
        page.paragraph(wording.text("hours_closing"), lang, rtl),
    ]
    story[-1].spaceBefore = 6
    return story


def build_hours_letter(data: HoursLetterData, languages: Languages, signer: page.Signer) -> Letter:
    return build_letter(
        org=data.organization,
        languages=languages,
        today=data.today,
        section=lambda wording: section(data, wording),
        signer=signer,
        title=f"Volunteer service: {data.name}",
        subject="Volunteer hours",
    )


def make_hours_letter(
    db: Database,
    volunteer_id: str,
    *,
    language: str | None = None,
    signer: str | None = None,
    signer_title: str | None = None,
) -> Letter:
    """The volunteer-hours letter, in English and ``language`` (default: the organization's
    language when it is not English)."""
    who = page.Signer.of(signer, signer_title)
    data = volunteer_hours_data(db, volunteer_id)
    languages = choose_languages(language, data.organization.language)
    return build_hours_letter(data, languages, who)
