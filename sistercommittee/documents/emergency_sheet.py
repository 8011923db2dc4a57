"""The emergency sheet for the chaperones of a delegation: one printable PDF, readable offline,
with the local emergency numbers in large type at the top, the partner committee's contacts,
the host families with their addresses and phones, and the delegation (passport numbers only
where the committee recorded them; allergies and medical notes where they are known)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from sistercommittee.documents.certificate import paper_for_country
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.report_pdf import (
    Styles,
    _style,
    build_pdf,
    fixed,
    font_language,
    para,
    table,
)
from sistercommittee.documents.shown import Shown
from sistercommittee.messages import Translate, english, listing, msg
from sistercommittee.services.planner.emergency import EmergencySheetData, emergency_sheet_data
from sistercommittee.storage.database import Database

ALERT = colors.HexColor("#b3261e")


def _phone(e164: str | None) -> str:
    """International form, as dialled from abroad: +82 54-770-1234."""
    if not e164:
        return "—"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _dates(data: EmergencySheetData, shown: Shown) -> str:
    first, last = data.starts_on, data.ends_on
    english_form = f"{first:%d %B %Y} – {last:%d %B %Y}".replace(" 0", " ").lstrip("0")
    return shown.span(first, last, english_form)


def _numbers(data: EmergencySheetData, width: float, shown: Shown) -> Flowable:
    language = font_language(shown.translate)
    big = _style("big", 22, bold=True, color=colors.white, leading=26)
    label = _style("label", 8.5, color=colors.white, leading=10)
    numbers = data.numbers
    if numbers is None:
        cells = [
            [
                fixed(
                    shown(
                        msg(
                            "No local emergency numbers are recorded for this country: ask the "
                            "partner committee for them before the trip and write them here: "
                            "____________"
                        )
                    ),
                    _style("missing", 11, bold=True, color=colors.white, leading=14),
                    language,
                )
            ]
        ]
        widths = [width]
    else:
        listed = [
            (msg("Emergency"), numbers.general),
            (msg("Police"), numbers.police),
            (msg("Ambulance"), numbers.ambulance),
            (msg("Fire"), numbers.fire),
        ]
        listed = [(name, number) for name, number in listed if number]
        # Where one number serves everything, say it once.
        if len({n for _, n in listed}) == 1:
            listed = [(msg("Police, ambulance, fire"), listed[0][1])]
        cells = [
            [
                [fixed(shown(name), label, language), fixed(str(number), big)]
                for name, number in listed
            ]
        ]
        widths = [width / len(listed)] * len(listed)
    box = Table(cells, colWidths=widths)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ALERT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, colors.white),
            ]
        )
    )
    return box


def _person_rows(
    data: EmergencySheetData, styles: Styles, shown: Shown, language: str | None
) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for person in data.people:
        who = person.name + (f" ({person.age})" if person.age is not None else "")
        role = shown.word("ParticipantRole", person.role, person.role)
        tags = shown(msg("{role}, minor", role=role)) if person.minor else role
        health = "; ".join(
            x
            for x in (
                shown(msg("Allergies: {allergies}", allergies=person.allergies))
                if person.allergies
                else None,
                person.medical_notes,
                shown(msg("Home: {contact}", contact=person.emergency_contact))
                if person.emergency_contact
                else None,
            )
            if x
        )
        rows.append(
            [
                [para(who, styles.cell_bold, language), fixed(tags, styles.small, language)],
                para(_phone(person.phone), styles.cell),
                para(person.passport or "—", styles.cell),
                para(
                    shown(person.staying_with) if person.staying_with else "—",
                    styles.cell,
                    language,
                ),
                para(health or "—", styles.cell, language),
            ]
        )
    return rows


def emergency_sheet_pdf(
    data: EmergencySheetData,
    *,
    generated_at: datetime | None = None,
    translate: Translate = english,
) -> bytes:
    """The sheet, its own words in the language of ``translate`` (the reader's)."""
    shown = Shown(translate, data.organization_country)
    language = font_language(translate)
    styles = Styles()
    paper = letter if paper_for_country(data.organization_country) == "letter" else A4
    width = paper[0] - 36 * mm

    def heading(text: str, style: Any) -> Flowable:
        return fixed(shown(text), style, language)

    def head(*texts: str) -> list[Flowable | str]:
        return [heading(text, styles.head) for text in texts]

    title = shown(msg("Emergency sheet"))
    destination = shown(data.destination)
    story: list[Flowable] = [
        fixed(title, styles.title, language),
        para(
            f"{data.exchange_title} · {destination} · {_dates(data, shown)}",
            styles.subtitle,
            language,
        ),
        heading(msg("Local emergency numbers in {place}", place=data.destination), styles.h2),
        _numbers(data, width, shown),
        Spacer(1, 3),
    ]
    story.append(heading(msg("Partner committee"), styles.h1))
    if data.partner_committee:
        story.append(para(data.partner_committee, styles.body, language, bold=True))
    if data.partner_contacts:
        rows: list[list[Flowable | str]] = [
            head(msg("Name"), msg("Role"), msg("Phone"), msg("Email"))
        ]
        for contact in data.partner_contacts:
            role = ", ".join(x for x in (contact.title, contact.organization) if x)
            rows.append(
                [
                    para(contact.name, styles.cell_bold, language),
                    para(role, styles.cell, language),
                    para(_phone(contact.phone), styles.cell),
                    para(contact.email or "—", styles.cell),
                ]
            )
        story.append(table(rows, [0.25 * width, 0.3 * width, 0.2 * width, 0.25 * width]))
    else:
        story.append(heading(msg("No contact of the partner committee is recorded."), styles.body))
    story.append(heading(msg("Host families"), styles.h1))
    if data.hosts:
        rows = [head(msg("Family"), msg("Address"), msg("Phone"), msg("Guests"))]
        for host in data.hosts:
            rows.append(
                [
                    para(host.name, styles.cell_bold, language),
                    para(host.address or "—", styles.cell, language),
                    para(_phone(host.phone), styles.cell),
                    para(shown(listing(host.guests)) or "—", styles.cell, language),
                ]
            )
        story.append(table(rows, [0.18 * width, 0.37 * width, 0.17 * width, 0.28 * width]))
    else:
        story.append(heading(msg("No host families are recorded for this exchange."), styles.body))
    story.append(heading(msg("The delegation"), styles.h1))
    rows = [
        head(
            msg("Name"),
            msg("Phone"),
            msg("Passport"),
            msg("Staying with"),
            msg("Health and home contact"),
        )
    ]
    rows += _person_rows(data, styles, shown, language)
    story.append(
        table(rows, [0.22 * width, 0.15 * width, 0.13 * width, 0.17 * width, 0.33 * width])
    )
    story.append(Spacer(1, 6))
    story.append(
        heading(
            msg(
                "Keep this sheet with you and a copy in the luggage; it holds personal data: hand "
                "it back or destroy it after the trip. Passport numbers appear only where the "
                "committee recorded them."
            ),
            styles.small,
        )
    )
    return build_pdf(
        story,
        title=title,
        organization=data.organization,
        country=data.organization_country,
        generated_at=generated_at or datetime.now(UTC),
        translate=translate,
    )


def write_emergency_sheet(
    db: Database, exchange_id: str, path: Path, translate: Translate = english
) -> Path:
    """Write the sheet for the exchange, in the language of ``translate`` (the reader's)."""
    data = emergency_sheet_data(db, exchange_id)
    return write_bytes(path, emergency_sheet_pdf(data, translate=translate))
