"""The declared fields of a MOU and of its signatories, with their parsers and checks."""

from __future__ import annotations

from typing import Any

from sistercommittee.domain.enums import SignatorySide
from sistercommittee.services import fields as f
from sistercommittee.services.forms import Field, FormContext, FormSpec, plain, short_text
from sistercommittee.services.partnerships import future_date_problem


def _languages(raw: Any, label: str) -> list[str]:
    items = raw.replace(";", ",").split(",") if isinstance(raw, str) else list(raw)
    tags: list[str] = []
    for item in items:
        if f.is_blank(item):
            continue
        tag = f.language(item, label)
        if tag not in tags:
            tags.append(tag)
    return tags


def _check_mou(ctx: FormContext) -> dict[str, str]:
    future = future_date_problem(ctx.values.get("signed_on"), "Signing date")
    return {"signed_on": future} if future else {}


MOU_FORM = FormSpec(
    noun="MOU",
    fields=(
        Field(
            "partnership_id",
            "Partnership",
            short_text(200),
            required=True,
            help="the partnership's id, or its city name",
        ),
        Field("signed_on", "Signing date", plain(f.calendar_date)),
        Field("signed_place", "Place of signing", short_text(200), help="in English"),
        Field(
            "signed_place_local",
            "Place of signing in the partner's language",
            short_text(200),
            help="as printed in the partner's column, e.g. 高山市役所",
        ),
        Field(
            "home_city_local",
            "Our city in the partner's language",
            short_text(200),
            help="our city's name as the partner's language writes it, e.g. スプリングフィールド市",
        ),
        Field(
            "languages",
            "Languages",
            plain(_languages),
            many=True,
            help="BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given",
        ),
    ),
    check=_check_mou,
)


def _position(raw: Any, label: str) -> int:
    return f.integer(raw, label, minimum=0, maximum=999)


SIGNATORY_FORM = FormSpec(
    noun="signatory",
    fields=(
        Field(
            "side",
            "Side",
            plain(f.choice(SignatorySide)),
            required=True,
            help="home (our city) or partner",
        ),
        Field("name", "Name", short_text(200), required=True, help="in Latin letters"),
        Field("name_local", "Name in the partner's script", short_text(200)),
        Field("title", "Title", short_text(200), help="in English, e.g. Mayor"),
        Field("title_local", "Title in the partner's language", short_text(200)),
        Field(
            "position",
            "Position",
            plain(_position),
            help="order among the signatories of the same side; next free if not given",
        ),
        Field(
            "left_office_on",
            "Left office on",
            plain(f.calendar_date),
            help="when the signatory left office, if they have",
        ),
    ),
)
