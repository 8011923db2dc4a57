"""The declared fields of a partnership and of its contacts, with their cross-field checks."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sistercommittee.domain.enums import (
    FocusArea,
    PartnershipKind,
    PartnershipStatus,
)
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services import places
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    long_text,
    plain,
    short_text,
)
from sistercommittee.services.partnerships.common import (
    default_language,
    future_date_problem,
)
from sistercommittee.services.partnerships.zones import (
    _zone_problem,
    zone_fits_country,
)

# --- the partnership form ---------------------------------------------------------------------


_MARKED = re.compile(r"^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})\s+(\S.*)$")


def parse_marked_date(text: str) -> tuple[int | None, int, int, str] | None:
    """(year or None, month, day, name) of one "MM-DD name" or "YYYY-MM-DD name"; None when
    it is not one (or the day does not exist)."""
    match = _MARKED.match(text.strip())
    if match is None:
        return None
    year = int(match[1]) if match[1] else None
    month, day = int(match[2]), int(match[3])
    try:
        date(year or 2000, month, day)  # 2000: a leap year, so 02-29 is a day to mark
    except ValueError:
        return None
    return year, month, day, match[4].strip()


def marked_dates(raw: Any, label: str) -> list[str]:
    """Days the partner city marks each year, kept as "MM-DD name" or "YYYY-MM-DD name"."""
    kept: list[str] = []
    for item in f.text_list(raw, label, max_length=120):
        parsed = parse_marked_date(item)
        if parsed is None:
            raise f.FieldProblem(
                msg(
                    "{label}: '{item}' is not a day and a name such as 04-14 Spring Festival "
                    "or 1936-11-01 City founded.",
                    label=label, item=item,
                )
            )
        year, month, day, name = parsed
        kept.append(
            f"{year}-{month:02d}-{day:02d} {name}" if year else f"{month:02d}-{day:02d} {name}"
        )
    return kept


def _check(ctx: FormContext) -> dict[str, str]:
    values = ctx.values
    problems: dict[str, str] = {}
    signed_on = values.get("signed_on")
    future = future_date_problem(signed_on, "Signing date")
    if future:
        problems["signed_on"] = future
    elif values.get("status") == PartnershipStatus.ACTIVE and signed_on is None:
        problems["signed_on"] = (
            msg(
                "An active partnership needs its signing date. Give the date the agreement was "
                "signed, or choose the status exploring or proposed until it is signed.",
            )
        )
    zone, country = values.get("time_zone"), values.get("country")
    if zone and country and not zone_fits_country(zone, country):
        problems["time_zone"] = _zone_problem(zone, country)
    elif zone is None and country:
        answer = _place_zone(ctx)
        if answer.zone is None and answer.choices:
            problems["time_zone"] = answer.reason
    return problems


def _place_zone(ctx: FormContext) -> places.ZoneAnswer:
    """The partner city's zone, from the city, region and country (see services.places)."""
    values = ctx.values
    country = values.get("country")
    if not country:
        return places.ZoneAnswer(None)
    return places.zone_for_place(values.get("city_name"), values.get("region"), country)


PARTNERSHIP_FORM = FormSpec(
    noun="partnership",
    fields=(
        Field("city_name", "City name", short_text(200), required=True, help="in English"),
        Field(
            "city_name_local",
            "Local city name",
            short_text(200),
            help="as the city writes it, e.g. 高山市",
        ),
        Field("region", "Region", short_text(200), help="prefecture, state or province"),
        Field("country", "Country", plain(f.country), required=True),
        Field(
            "language",
            "Partner's language",
            plain(f.language),
            default=lambda ctx: default_language(ctx.values.get("country")),
            help="BCP 47 code; the country's main language if not given",
        ),
        Field(
            "time_zone",
            "Partner's time zone",
            plain(f.time_zone),
            default=lambda ctx: _place_zone(ctx).zone,
            help="the country's main zone if not given",
        ),
        Field(
            "kind",
            "Kind",
            plain(f.choice(PartnershipKind)),
            default=lambda ctx: PartnershipKind.SISTER_CITY,
        ),
        Field(
            "status",
            "Status",
            plain(f.choice(PartnershipStatus)),
            default=lambda ctx: PartnershipStatus.EXPLORING,
            help="only when adding; later use change status, which keeps the history",
        ),
        Field("signed_on", "Signing date", plain(f.calendar_date)),
        Field("focus_areas", "Focus areas", plain(f.choices(FocusArea)), many=True),
        Field(
            "marked_dates",
            "Dates to mark",
            plain(marked_dates),
            many=True,
            help="the partner city's own days, e.g. 04-14 Spring Festival, 1936-11-01 founding "
            "(with a year, its anniversaries count); comma-separated",
        ),
        Field("committee", "Committee", short_text(200)),
        Field("notes", "Notes", long_text()),
    ),
    check=_check,
)


def _contact_phone(raw: Any, label: str, ctx: FormContext) -> str:
    return f.phone(raw, label, region=ctx.org.country)


# Validated with the partner's side as defaults (see _contact_defaults): a phone number without its
# country code is read as one of the partner's country, the language defaults to the partner's.
CONTACT_FORM = FormSpec(
    noun="contact",
    fields=(
        Field("name", "Name", short_text(200), required=True),
        Field("title", "Title", short_text(200)),
        Field("organization", "Organization", short_text(200)),
        Field("email", "Email", plain(f.email)),
        Field("phone", "Phone", _contact_phone, help="a number in the partner's country"),
        Field(
            "language",
            "Language",
            plain(f.language),
            default=lambda ctx: ctx.org.language or None,
            help="the partner's language if not given",
        ),
        Field("notes", "Notes", long_text()),
        Field(
            "awaiting_reply_since",
            "Waiting for a reply since",
            plain(f.calendar_date),
            help="when we wrote without an answer yet; clear it once they answer",
        ),
    ),
)
