"""What a partnership certificate shows: the two cities, the kind of tie, the latest MOU with its
texts and signatories. A read query; the drawing is in ``documents.certificate``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from sistercommittee.domain import Mou, MouSignatory, MouText, Partnership
from sistercommittee.domain.enums import PartnershipKind, PartnershipStatus, SignatorySide
from sistercommittee.services import organizations, rows
from sistercommittee.storage.database import Database


@dataclass(frozen=True)
class CertificateCity:
    name: str  # in English (Latin script)
    name_local: str | None  # in the city's own script, when it differs
    region: str | None
    country: str  # ISO 3166-1 alpha-2
    language: str | None  # BCP 47


@dataclass(frozen=True)
class CertificateSignatory:
    side: SignatorySide
    name: str
    name_local: str | None
    title: str | None
    title_local: str | None


@dataclass(frozen=True)
class CertificateMou:
    id: str
    signed_on: date | None
    signed_place: str | None  # in English
    signed_place_local: str | None  # in the partner's language
    home_city_local: str | None  # our city's name in the partner's language
    texts: tuple[tuple[str, str], ...]  # (language tag, text), in the order they were added
    signatories: tuple[CertificateSignatory, ...]

    def text_in(self, language: str) -> str | None:
        """The MOU text in the language: the exact tag, else one of the same base language in
        the same script (Chinese in traditional characters is not Chinese in simplified ones)."""
        wanted = language.lower()
        for tag, text in self.texts:
            if tag.lower() == wanted:
                return text
        base = wanted.split("-")[0]
        script = chinese_script(language)
        for tag, text in self.texts:
            if tag.lower().split("-")[0] == base and chinese_script(tag) == script:
                return text
        return None

    def chinese_text_in_other_script(self, language: str) -> tuple[str, str] | None:
        """(tag, text) of a Chinese text in the other script than ``language``'s, for when the
        MOU has none in the language's own script."""
        script = chinese_script(language)
        if script is None or self.text_in(language) is not None:
            return None
        for tag, text in self.texts:
            other = chinese_script(tag)
            if other is not None and other != script:
                return tag, text
        return None


_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def chinese_script(tag: str) -> str | None:
    """ "Hant" or "Hans" for a Chinese language tag (by script, else by region), None otherwise."""
    parts = tag.lower().replace("_", "-").split("-")
    if parts[0] not in ("zh", "yue"):
        return None
    if "hant" in parts[1:]:
        return "Hant"
    if "hans" in parts[1:]:
        return "Hans"
    if _TRADITIONAL_REGIONS & set(parts[1:]) or parts[0] == "yue":
        return "Hant"
    return "Hans"


@dataclass(frozen=True)
class CertificateData:
    partnership_id: str
    organization_name: str
    home: CertificateCity
    partner: CertificateCity
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: date | None  # of the partnership, when there is no MOU date
    mou: CertificateMou | None


def certificate_data(db: Database, partnership_id: str) -> CertificateData:
    """The certificate's content for a partnership; its latest MOU that is not deleted, if any.

    Raises NotFoundError for an unknown or deleted partnership.
    """
    with db.read() as session:
        org = organizations.current(session)
        partnership = rows.live(session, Partnership, partnership_id, "partnership")
        mou_row = session.scalars(
            select(Mou)
            .where(Mou.partnership_id == partnership.id, Mou.deleted_at.is_(None))
            .order_by(Mou.signed_on.is_(None), Mou.signed_on.desc(), Mou.created_at.desc())
            .limit(1)
        ).first()
        mou: CertificateMou | None = None
        if mou_row is not None:
            texts = tuple(
                (row.language, row.text)
                for row in session.scalars(
                    select(MouText)
                    .where(MouText.mou_id == mou_row.id, MouText.deleted_at.is_(None))
                    .order_by(MouText.created_at, MouText.id)
                )
                if row.text.strip()
            )
            signatories = tuple(
                CertificateSignatory(
                    side=row.side,
                    name=row.name,
                    name_local=row.name_local,
                    title=row.title,
                    title_local=row.title_local,
                )
                for row in session.scalars(
                    select(MouSignatory)
                    .where(MouSignatory.mou_id == mou_row.id, MouSignatory.deleted_at.is_(None))
                    .order_by(MouSignatory.side, MouSignatory.position, MouSignatory.created_at)
                )
            )
            mou = CertificateMou(
                id=mou_row.id,
                signed_on=mou_row.signed_on,
                signed_place=mou_row.signed_place,
                signed_place_local=mou_row.signed_place_local,
                home_city_local=mou_row.home_city_local,
                texts=texts,
                signatories=signatories,
            )
        return CertificateData(
            partnership_id=partnership.id,
            organization_name=org.name,
            home=CertificateCity(org.city, None, org.region, org.country, org.language),
            partner=CertificateCity(
                partnership.city_name,
                partnership.city_name_local,
                partnership.region,
                partnership.country,
                partnership.language,
            ),
            kind=partnership.kind,
            status=partnership.status,
            signed_on=partnership.signed_on,
            mou=mou,
        )
