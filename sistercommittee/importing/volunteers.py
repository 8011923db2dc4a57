"""Importing volunteers: a roster with names, emails, phones, languages, roles and consent."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercommittee.domain import Volunteer, VolunteerLanguage
from sistercommittee.domain.enums import LanguageLevel, VolunteerRole
from sistercommittee.importing.base import (
    OTHER,
    SAME,
    Built,
    ImportField,
    Index,
    Key,
    Kind,
    Record,
    RowSink,
    boolean_text,
    enum_list_text,
    form_field,
    name_key,
)
from sistercommittee.messages import msg
from sistercommittee.services.changes import Entity
from sistercommittee.services.forms import OrgDefaults
from sistercommittee.services.volunteers import VOLUNTEER_FORM, display_name, sort_name

_ROLE_ALIASES = {
    "board member": "board",
    "director": "board",
    "trustee": "board",
    "officer": "board",
    "president": "board",
    "chair": "committee_chair",
    "chairperson": "committee_chair",
    "committee chair": "committee_chair",
    "member": "volunteer",
    "helper": "volunteer",
}
_LEVELS = "|".join(level.value for level in LanguageLevel)
_LANGUAGE_WITH_LEVEL = re.compile(rf"^\s*(.+?)\s*[(\[]\s*({_LEVELS})\s*[)\]]\s*$", re.IGNORECASE)


def split_name(full: str) -> tuple[str, str | None]:
    """A full name as given and family name: "Smith, Jane" and "Jane Smith" give ("Jane",
    "Smith"); "Mary Ann Smith" gives ("Mary Ann", "Smith"); "山田 太郎" (family name first, as
    written in Japanese, Chinese and Korean) gives ("太郎", "山田"); one word is a given name."""
    text = " ".join(full.split())
    if "," in text:
        family, _, given = text.partition(",")
        if given.strip() and family.strip():
            return given.strip(), family.strip()
        text = (given or family).strip()
    words = text.split(" ")
    if len(words) == 1:
        return text, None
    if len(words) == 2 and all(_is_east_asian(word) for word in words):
        return words[1], words[0]
    return " ".join(words[:-1]), words[-1]


def names_agree(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two names can be the same person's: the same words, or one name's words all in the
    other ("Jane Smith" and "Jane A. Smith")."""
    mine, theirs = set(name_key(*a).split()), set(name_key(*b).split())
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def _is_east_asian(word: str) -> bool:
    return all(
        unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
        for char in word
    )


def _languages_text(text: str) -> tuple[str, list[str]]:
    """ "Japanese (fluent); German" -> "Japanese:fluent, German", and the languages given
    without a level (["German"])."""
    items = [item for item in re.split(r"[,;/\n]|\band\b", text) if item.strip()]
    result, without_level = [], []
    for item in items:
        match = _LANGUAGE_WITH_LEVEL.match(item)
        if match:
            result.append(f"{match[1]}:{match[2].lower()}")
        elif ":" in item and item.partition(":")[2].strip():
            result.append(item.strip())
        else:
            result.append(item.strip().rstrip(":"))
            without_level.append(item.strip().rstrip(":"))
    return ", ".join(result), without_level


def _no_level_note(languages: list[str]) -> str:
    """The preview's sentence for languages given without a level."""
    default = LanguageLevel.CONVERSATIONAL.value
    names = ", ".join(languages)
    if len(languages) == 1:
        return msg(
            "{names} has no level in the file, so it is recorded as {default}; add a level in "
            'the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.',
            names=names, default=default, first=languages[0],
        )
    return msg(
        "{names} have no level in the file, so they are recorded as {default}; add a level in "
        'the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.',
        names=names, default=default, first=languages[0],
    )


class VolunteersImport(Kind):
    name = "volunteers"
    noun = "volunteer"
    form = VOLUNTEER_FORM
    entities = (Entity.VOLUNTEERS,)
    list_fields = frozenset({"languages", "roles", "skills", "committees"})
    # Consent and being active are decisions: an old list does not overrule what is saved.
    kept_fields = frozenset({"contact_consent", "consent_date", "active"})
    key_names = MappingProxyType({"email": "email", "phone": "phone number", "name": "name"})
    unique_keys = frozenset({"email"})
    pure_fields = frozenset(
        {"languages", "roles", "skills", "committees", "contact_consent", "consent_date", "active"}
    )
    sources = MappingProxyType({"given_name": ("name",), "family_name": ("name",)})
    name_fields = frozenset({"given_name", "family_name"})
    fields = (
        ImportField(
            "name",
            "Full name",
            ("name", "full name", "volunteer", "volunteer name", "person", "display name",
             "member", "member name", "nom complet", "vollständiger name"),
            help="split into given and family name: 'Jane Smith' or 'Smith, Jane'",
        ),
        form_field(VOLUNTEER_FORM,
            "given_name",
            ("first name", "firstname", "first", "forename", "christian name", "vorname",
             "prenom", "prénom", "nombre", "given"),
        ),
        form_field(VOLUNTEER_FORM,
            "family_name",
            ("last name", "lastname", "surname", "last", "family", "nachname", "nom",
             "apellido", "apellidos"),
        ),
        form_field(VOLUNTEER_FORM,
            "name_reading",
            ("reading", "furigana", "yomigana", "kana", "ふりがな", "フリガナ", "よみがな",
             "読み", "name in kana"),
        ),
        form_field(VOLUNTEER_FORM,
            "email",
            ("e-mail", "email address", "e-mail address", "mail", "courriel", "correo",
             "mail address", "e-mail-adresse", "adresse e-mail", "correo electronico"),
        ),
        form_field(VOLUNTEER_FORM,
            "phone",
            ("telephone", "tel", "phone number", "mobile", "cell", "cell phone", "mobile phone",
             "home phone", "primary phone", "telefon", "téléphone", "handy", "phone no",
             "mobile number", "business phone", "work phone"),
        ),
        form_field(VOLUNTEER_FORM,
            "languages",
            ("language", "languages spoken", "speaks", "sprachen", "langues", "idiomas"),
            help="'Japanese (fluent), German' or 'ja:fluent, de'",
        ),
        form_field(VOLUNTEER_FORM, "roles", ("role", "position", "function")),
        form_field(VOLUNTEER_FORM, "skills", ("skill", "talents", "expertise", "can help with")),
        form_field(VOLUNTEER_FORM, "committees", ("committee", "working group", "team")),
        form_field(VOLUNTEER_FORM,
            "contact_consent",
            ("consent", "contact consent", "ok to contact", "may contact", "consent to contact",
             "opt in", "opted in", "permission to contact"),
        ),
        form_field(VOLUNTEER_FORM, "consent_date", ("date of consent", "consented on")),
        form_field(VOLUNTEER_FORM,
            "emergency_contact_name",
            ("emergency contact name", "ice contact", "in case of emergency", "emergency name"),
        ),
        form_field(VOLUNTEER_FORM,
            "emergency_contact_phone",
            ("emergency phone", "ice phone", "emergency number", "emergency contact number"),
        ),
        form_field(VOLUNTEER_FORM, "active", ("status", "is active", "current", "aktiv")),
        form_field(
            VOLUNTEER_FORM, "notes", ("note", "comments", "comment", "remarks", "bemerkungen")
        ),
    )

    def build(self, cells: Mapping[str, str], org: OrgDefaults) -> Built:
        values: dict[str, Any] = dict(cells)
        full = values.pop("name", None)
        if full is not None and "given_name" not in values:
            given, family = split_name(full)
            values["given_name"] = given
            if family and "family_name" not in values:
                values["family_name"] = family
        if "email" in values:
            values["email"] = values["email"].strip().removeprefix("mailto:")
        notes: dict[str, str] = {}
        if "languages" in values:
            values["languages"], without_level = _languages_text(values["languages"])
            if without_level:
                notes["languages"] = _no_level_note(without_level)
        if "roles" in values:
            values["roles"] = enum_list_text(VolunteerRole, values["roles"], _ROLE_ALIASES)
        if "contact_consent" in values:
            values["contact_consent"] = boolean_text(values["contact_consent"])
        if "active" in values:
            values["active"] = boolean_text(
                values["active"],
                yes=("active", "current", "aktiv", "actif"),
                no=("inactive", "former", "left", "inaktiv", "inactif", "retired"),
            )
        return Built(values=values, notes=notes)

    def union(self, name: str, old: list[Any], new: list[Any]) -> list[Any]:
        if name != "languages":
            return super().union(name, old, new)
        tags = {tag for tag, _ in old}
        return list(old) + [(tag, level) for tag, level in new if tag not in tags]

    def label(self, values: Mapping[str, Any]) -> str:
        given, family = values.get("given_name") or "?", values.get("family_name")
        if given.isascii() and (family is None or family.isascii()):
            return f"{given} {family}" if family else given  # display_name's answer, sooner
        return display_name(given, family)

    def keys(self, values: Mapping[str, Any]) -> list[Key]:
        keys: list[Key] = []
        if values.get("email"):
            keys.append(("email", str(values["email"]).casefold()))
        if values.get("phone"):
            keys.append(("phone", values["phone"]))
        name = name_key(values.get("given_name"), values.get("family_name"))
        if name:
            keys.append(("name", name))
        return keys

    def relation(self, record: Record, values: Mapping[str, Any], key: str) -> str | None:
        agree = names_agree(
            (values.get("given_name"), values.get("family_name")),
            (record.values.get("given_name"), record.values.get("family_name")),
        )
        if key == "email":
            if agree:
                return SAME
            return (
                msg(
                    "{name} has the email {email}, which is {label}'s. "
                    "Correct the email or the name.",
                    name=self.label(values),
                    email=values['email'],
                    label=record.label,
                )
            )
        for name in ("email", "phone"):
            mine, theirs = values.get(name), record.values.get(name)
            if mine and theirs and str(mine).casefold() != str(theirs).casefold():
                return OTHER
        # A shared phone (a couple's landline) makes a duplicate only with the same name.
        return SAME if key == "name" or agree else OTHER

    def ambiguous(self, label: str, records: list[Record]) -> str:
        return (
            msg(
                "{label} could be any of the {count} volunteers of that name already there. "
                "Add their email or phone number to tell them apart.",
                label=label, count=len(records),
            )
        )

    def load(self, session: Session) -> Index:
        index = Index()
        languages: dict[str, list[tuple[str, LanguageLevel]]] = {}
        for volunteer_id, tag, level in session.execute(
            select(
                VolunteerLanguage.volunteer_id, VolunteerLanguage.language, VolunteerLanguage.level
            ).where(VolunteerLanguage.deleted_at.is_(None))
        ):
            languages.setdefault(volunteer_id, []).append((tag, level))
        columns = [getattr(Volunteer, name) for name in _COLUMNS]
        for row in session.execute(
            select(Volunteer.id, *columns).where(Volunteer.deleted_at.is_(None))
        ):
            values = dict(zip(_COLUMNS, row[1:], strict=True))
            for name in self.list_fields - {"languages"}:
                values[name] = list(values[name] or [])
            values["languages"] = languages.get(row.id, [])
            record = Record(values, id=row.id, labeler=self.label)
            index.add(record, self.keys(values))
        return index

    def insert(self, out: RowSink, values: Mapping[str, Any], org: OrgDefaults) -> str:
        fields = dict(values)
        languages = fields.pop("languages", None) or []
        fields["sort_name"] = sort_name(fields["given_name"], fields.get("family_name"))
        volunteer_id = out.add(Volunteer, fields)
        for tag, level in languages:
            out.add(VolunteerLanguage, {"volunteer_id": volunteer_id, "language": tag,
                                        "level": level})
        return volunteer_id

    def update(self, session: Session, record_id: str, updates: Mapping[str, Any]) -> None:
        volunteer = session.get(Volunteer, record_id)
        assert volunteer is not None
        fields = dict(updates)
        languages = fields.pop("languages", None)
        for name, value in fields.items():
            setattr(volunteer, name, value)
        volunteer.sort_name = sort_name(volunteer.given_name, volunteer.family_name)
        if languages is not None:
            known = {row.language for row in volunteer.languages if row.deleted_at is None}
            for tag, level in languages:
                if tag not in known:
                    session.add(
                        VolunteerLanguage(volunteer_id=volunteer.id, language=tag, level=level)
                    )


_COLUMNS = tuple(name for name in VOLUNTEER_FORM.names if name != "languages")
