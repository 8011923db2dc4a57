"""The emergency sheet for the chaperones of a delegation: one printable PDF, readable offline,
with the local emergency numbers in large type at the top, the partner committee's contacts,
the host families with their addresses and phones, and the delegation (passport numbers only
where the committee recorded them; allergies and medical notes where they are known)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from sistercommittee.documents.certificate import paper_for_country
from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.report_pdf import Styles, _style, build_pdf, fixed, para, table
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


def _dates(data: EmergencySheetData) -> str:
    first, last = data.starts_on, data.ends_on
    return f"{first:%d %B %Y} – {last:%d %B %Y}".replace(" 0", " ").lstrip("0")


def _numbers(data: EmergencySheetData, width: float) -> Flowable:
    big = _style("big", 22, bold=True, color=colors.white, leading=26)
    label = _style("label", 8.5, color=colors.white, leading=10)
    numbers = data.numbers
    if numbers is None:
        cells = [
            [
                fixed(
                    "No local emergency numbers are recorded for this country: ask the partner "
                    "committee for them before the trip and write them here: ____________",
                    _style("missing", 11, bold=True, color=colors.white, leading=14),
                )
            ]
        ]
        widths = [width]
    else:
        shown = [
            ("Emergency", numbers.general),
            ("Police", numbers.police),
            ("Ambulance", numbers.ambulance),
            ("Fire", numbers.fire),
        ]
        shown = [(name, number) for name, number in shown if number]
        # Where one number serves everything, say it once.
        if len({n for _, n in shown}) == 1:
            shown = [("Police, ambulance, fire", shown[0][1])]
        cells = [[[fixed(name, label), fixed(str(number), big)] for name, number in shown]]
        widths = [width / len(shown)] * len(shown)
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


def emergency_sheet_pdf(data: EmergencySheetData, *, generated_at: datetime | None = None) -> bytes:
    styles = Styles()
    paper = letter if paper_for_country(data.organization_country) == "letter" else A4
    width = paper[0] - 36 * mm
    story: list[Flowable] = [
        fixed("Emergency sheet", styles.title),
        para(f"{data.exchange_title} · {data.destination} · {_dates(data)}", styles.subtitle),
        fixed(f"Local emergency numbers in {data.destination}", styles.h2),
        _numbers(data, width),
        Spacer(1, 3),
    ]
    story.append(fixed("Partner committee", styles.h1))
    if data.partner_committee:
        story.append(para(data.partner_committee, styles.body, bold=True))
    if data.partner_contacts:
        rows: list[list[Flowable | str]] = [
            [
                fixed("Name", styles.head),
                fixed("Role", styles.head),
                fixed("Phone", styles.head),
                fixed("Email", styles.head),
            ]
        ]
        for contact in data.partner_contacts:
            role = ", ".join(x for x in (contact.title, contact.organization) if x)
            rows.append(
                [
                    para(contact.name, styles.cell_bold),
                    para(role, styles.cell),
                    para(_phone(contact.phone), styles.cell),
                    para(contact.email or "—", styles.cell),
                ]
            )
        story.append(table(rows, [0.25 * width, 0.3 * width, 0.2 * width, 0.25 * width]))
    else:
        story.append(fixed("No contact of the partner committee is recorded.", styles.body))
    story.append(fixed("Host families", styles.h1))
    if data.hosts:
        rows = [
            [
                fixed("Family", styles.head),
                fixed("Address", styles.head),
                fixed("Phone", styles.head),
                fixed("Guests", styles.head),
            ]
        ]
        for host in data.hosts:
            rows.append(
                [
                    para(host.name, styles.cell_bold),
                    para(host.address or "—", styles.cell),
                    para(_phone(host.phone), styles.cell),
                    para(", ".join(host.guests) or "—", styles.cell),
                ]
            )
        story.append(table(rows, [0.18 * width, 0.37 * width, 0.17 * width, 0.28 * width]))
    else:
        story.append(fixed("No host families are recorded for this exchange.", styles.body))
    story.append(fixed("The delegation", styles.h1))
    rows = [
        [
            fixed("Name", styles.head),
            fixed("Phone", styles.head),
            fixed("Passport", styles.head),
            fixed("Staying with", styles.head),
            fixed("Health and home contact", styles.head),
        ]
    ]
    for person in data.people:
        who = person.name + (f" ({person.age})" if person.age is not None else "")
        tags = person.role + (", minor" if person.minor else "")
        health = "; ".join(
            x
            for x in (
                f"Allergies: {person.allergies}" if person.allergies else None,
                person.medical_notes,
                f"Home: {person.emergency_contact}" if person.emergency_contact else None,
            )
            if x
        )
        rows.append(
            [
                [para(who, styles.cell_bold), fixed(tags, styles.small)],
                para(_phone(person.phone), styles.cell),
                para(person.passport or "—", styles.cell),
                para(person.staying_with or "—", styles.cell),
                para(health or "—", styles.cell),
            ]
        )
    story.append(
        table(rows, [0.22 * width, 0.15 * width, 0.13 * width, 0.17 * width, 0.33 * width])
    )
    story.append(Spacer(1, 6))
    story.append(
        fixed(
            "Keep this sheet with you and a copy in the luggage; it holds personal data: hand it "
            "back or destroy it after the trip. Passport numbers appear only where the committee "
            "recorded them.",
            styles.small,
        )
    )
    return build_pdf(
        story,
        title="Emergency sheet",
        organization=data.organization,
        country=data.organization_country,
        generated_at=generated_at or datetime.now(UTC),
    )


def write_emergency_sheet(db: Database, exchange_id: str, path: Path) -> Path:
    data = emergency_sheet_data(db, exchange_id)
    return write_bytes(path, emergency_sheet_pdf(data))
