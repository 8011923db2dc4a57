"""Mailing lists: the volunteers who agreed to be contacted, for a mail tool (CSV) or an address
book (vCard). Never those who did not agree or whose consent lapsed; the result says how many
were left out, and why.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from sistercommittee.domain import Volunteer, VolunteerLanguage
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Message, listing, msg
from sistercommittee.services.consent import ConsentState, consent_state
from sistercommittee.services.exports import inert
from sistercommittee.storage.database import Database


class MailFormat(StrEnum):
    CSV = "csv"
    VCARD = "vcard"


class LeftOutReason(StrEnum):
    NO_CONSENT = "no_consent"
    LAPSED = "lapsed"
    INACTIVE = "inactive"
    NO_ADDRESS = "no_address"


_ORDER = tuple(LeftOutReason)  # ties in the summary: in this order
_REASON_TEXT = {
    LeftOutReason.NO_CONSENT: msg("did not agree to be contacted"),
    LeftOutReason.LAPSED: msg("consent lapsed (given more than two years ago)"),
    LeftOutReason.INACTIVE: msg("no longer active"),
}
_NO_ADDRESS_TEXT = {
    MailFormat.CSV: msg("no email address"),
    MailFormat.VCARD: msg("neither an email address nor a phone number"),
}

CSV_COLUMNS = ("Email Address", "First Name", "Last Name", "Phone", "Languages", "Consent Date")


@dataclass(frozen=True)
class Recipient:
    id: str
    given_name: str
    family_name: str | None
    email: str | None
    phone: str | None
    languages: tuple[str, ...]
    consent_date: date | None


@dataclass(frozen=True)
class LeftOut:
    reason: LeftOutReason
    count: int
    text: Message  # "did not agree to be contacted"


@dataclass(frozen=True)
class MailingList:
    format: MailFormat
    recipients: tuple[Recipient, ...]
    left_out: tuple[LeftOut, ...]  # the most first

    @property
    def left_out_count(self) -> int:
        return sum(group.count for group in self.left_out)

    def summary(self) -> Message:
        """'42 volunteers on the list; 9 left out: 6 did not agree to be contacted, 3 …'."""
        count = len(self.recipients)
        if not self.left_out:
            if count == 1:
                return msg("1 volunteer on the list; nobody was left out.")
            return msg("{count} volunteers on the list; nobody was left out.", count=count)
        reasons = listing(
            msg("{count} {reason}", count=group.count, reason=group.text)
            for group in self.left_out
        )
        if count == 1:
            return msg(
                "1 volunteer on the list; {left_out} left out: {reasons}.",
                left_out=self.left_out_count,
                reasons=reasons,
            )
        return msg(
            "{count} volunteers on the list; {left_out} left out: {reasons}.",
            count=count,
            left_out=self.left_out_count,
            reasons=reasons,
        )


def parse_format(raw: str) -> MailFormat:
    value = (raw or "").strip().lower()
    if value in ("vcf", "vcard"):
        return MailFormat.VCARD
    if value == "csv":
        return MailFormat.CSV
    raise ValidationError.single("format", msg("The format must be csv or vcard."))


def mailing_list(
    db: Database,
    fmt: MailFormat,
    *,
    today: date,
    language: str | None = None,
    include_inactive: bool = False,
) -> MailingList:
    """The volunteers who may be written to, by name; ``language`` keeps those who speak it."""
    wanted_language = (language or "").strip().lower() or None
    with db.read() as session:
        volunteers = list(
            session.scalars(
                select(Volunteer)
                .where(Volunteer.deleted_at.is_(None))
                .order_by(Volunteer.name_key, Volunteer.id)  # the user's alphabetical order
            )
        )
        spoken: dict[str, list[str]] = {}
        for volunteer_id, tag in session.execute(
            select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language)
            .where(VolunteerLanguage.deleted_at.is_(None))
            .order_by(VolunteerLanguage.language)
        ):
            spoken.setdefault(volunteer_id, []).append(tag)
    recipients: list[Recipient] = []
    reasons: Counter[LeftOutReason] = Counter()
    for volunteer in volunteers:
        tags = spoken.get(volunteer.id, [])
        if wanted_language and not any(
            tag.lower() == wanted_language or tag.lower().startswith(wanted_language + "-")
            for tag in tags
        ):
            continue  # not asked for: not "left out"
        state = consent_state(volunteer.contact_consent, volunteer.consent_date, today)
        if state is ConsentState.NOT_GIVEN:
            reasons[LeftOutReason.NO_CONSENT] += 1
        elif state is ConsentState.LAPSED:
            reasons[LeftOutReason.LAPSED] += 1
        elif not volunteer.active and not include_inactive:
            reasons[LeftOutReason.INACTIVE] += 1
        elif not volunteer.email and (fmt is MailFormat.CSV or not volunteer.phone):
            reasons[LeftOutReason.NO_ADDRESS] += 1
        else:
            recipients.append(
                Recipient(
                    volunteer.id,
                    volunteer.given_name,
                    volunteer.family_name,
                    volunteer.email,
                    volunteer.phone,
                    tuple(tags),
                    volunteer.consent_date,
                )
            )
    left_out = tuple(
        LeftOut(reason, count, _REASON_TEXT.get(reason) or _NO_ADDRESS_TEXT[fmt])
        for reason, count in sorted(
            reasons.items(), key=lambda item: (-item[1], _ORDER.index(item[0]))
        )
    )
    return MailingList(fmt, tuple(recipients), left_out)


def to_csv(mailing: MailingList) -> bytes:
    """UTF-8 with a byte order mark (spreadsheets then read the accents), one row a person."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for person in mailing.recipients:
        writer.writerow(
            inert(value)
            for value in (
                person.email or "",
                person.given_name,
                person.family_name or "",
                person.phone or "",
                ", ".join(person.languages),
                person.consent_date.isoformat() if person.consent_date else "",
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _vcard_text(value: str) -> str:
    """RFC 6350 3.4: backslash, comma, semicolon and newline escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _folded(line: str) -> str:
    """Lines longer than 75 octets folded with CRLF and a space (RFC 6350 3.2)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def to_vcard(mailing: MailingList) -> bytes:
    """vCard 4.0, one card a person, as address books import them."""
    lines: list[str] = []
    for person in mailing.recipients:
        full = " ".join(part for part in (person.given_name, person.family_name) if part)
        card = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            f"UID:urn:uuid:{person.id}",
            f"FN:{_vcard_text(full)}",
            f"N:{_vcard_text(person.family_name or '')};{_vcard_text(person.given_name)};;;",
        ]
        if person.email:
            card.append(f"EMAIL;TYPE=home:{_vcard_text(person.email)}")
        if person.phone:
            card.append(f"TEL;VALUE=uri;TYPE=cell:tel:{person.phone}")
        if person.languages:
            card.extend(f"LANG:{tag}" for tag in person.languages)
        card.append("END:VCARD")
        lines.extend(_folded(line) for line in card)
    return ("\r\n".join(lines) + ("\r\n" if lines else "")).encode("utf-8")


def render(mailing: MailingList) -> bytes:
    return to_csv(mailing) if mailing.format is MailFormat.CSV else to_vcard(mailing)
