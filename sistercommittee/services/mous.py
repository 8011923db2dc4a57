"""MOUs: the memoranda a partnership signs over the years. This module holds the MOU records
themselves (add, edit, delete, the list and one MOU's details); their signatories, texts and
scans have modules of their own (mou_signatories, mou_texts, mou_scans)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, get_args

from sqlalchemy import and_, func, select

from sistercommittee.domain import Mou, MouScan, MouSignatory, MouText, Partnership
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import SignatorySide
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, mou_signing, organizations, rows
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import apply, current_values, form_values, validate
from sistercommittee.services.mou_counts import scans_count, signatories_count
from sistercommittee.services.mou_forms import MOU_FORM
from sistercommittee.services.mou_lookups import (
    live_mou,
    partnership_of,
    partnership_reference,
    resolve_partnership,
)
from sistercommittee.services.mou_results import (
    MouDetail,
    MouQuery,
    MouRow,
    MouSortKey,
    MouTextInfo,
    ScanInfo,
    SignatoryInfo,
)
from sistercommittee.services.paging import Page, check_window
from sistercommittee.storage.database import Database

# --- writes ---------------------------------------------------------------------------------


def add_mou(db: Database, values: Mapping[str, Any]) -> Changes:
    """Add a MOU to a partnership. Without languages given, it is in ours and the partner's."""
    with db.write() as session:
        org = organizations.defaults(session)
        problems: dict[str, str] = {}
        try:
            parsed = validate(MOU_FORM, values, org)
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        partnership: Partnership | None = None
        reference = partnership_reference(values)
        if reference is not None and "partnership_id" not in problems:
            partnership, problem = resolve_partnership(session, reference)
            if partnership is None:
                problems["partnership_id"] = problem
        if problems:
            raise ValidationError(problems)
        assert partnership is not None
        parsed["partnership_id"] = partnership.id
        if "languages" not in values:
            parsed["languages"] = list(
                dict.fromkeys(tag for tag in (org.language, partnership.language) if tag)
            )
        before = mou_signing.first_signing(session, partnership.id)
        mou = Mou()
        apply(mou, parsed)
        session.add(mou)
        session.flush()
        offers = mou_signing.follow(session, partnership, before)
        return Changes.of(Entity.PARTNERSHIPS, ids=(mou.id, partnership.id), offers=offers)


def edit_mou(db: Database, mou_id: str, values: Mapping[str, Any]) -> Changes:
    """Change a MOU's details; giving another partnership moves it there."""
    with db.write() as session:
        mou, partnership = live_mou(session, mou_id)
        problems: dict[str, str] = {}
        try:
            parsed = validate(
                MOU_FORM, values, organizations.defaults(session), current=current_values(mou)
            )
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        reference = partnership_reference(values)
        if reference is not None and "partnership_id" not in problems:
            target, problem = resolve_partnership(session, reference)
            if target is None:
                problems["partnership_id"] = problem
            else:
                parsed["partnership_id"] = target.id
        if problems:
            raise ValidationError(problems)
        target_id = parsed.get("partnership_id", mou.partnership_id)
        before = mou_signing.first_signing(session, partnership.id)
        target_before = mou_signing.first_signing(session, target_id)
        apply(mou, parsed)
        offers = mou_signing.follow(session, partnership, before)
        if target_id != partnership.id:
            offers = mou_signing.follow(
                session, rows.live(session, Partnership, target_id, "partnership"), target_before
            )
        return Changes.of(
            Entity.PARTNERSHIPS, ids=(mou.id, partnership.id, mou.partnership_id), offers=offers
        )


def delete_mou(db: Database, mou_id: str) -> Changes:
    """Delete a MOU with its signatories, texts and scans (they come back with restore_mou)."""
    with db.write() as session:
        mou, partnership = live_mou(session, mou_id)
        before = mou_signing.first_signing(session, partnership.id)
        mou.deleted_at = utcnow()
        mou_signing.follow(session, partnership, before)
        return Changes.of(Entity.PARTNERSHIPS, ids=(mou.id, partnership.id))


def restore_mou(db: Database, mou_id: str) -> Changes:
    """Bring back a deleted MOU (the undo of a delete)."""
    with db.write() as session:
        mou = rows.stored(session, Mou, mou_id, "MOU")
        partnership = partnership_of(session, mou, restoring=True)
        before = mou_signing.first_signing(session, partnership.id)
        mou.deleted_at = None
        offers = mou_signing.follow(session, partnership, before)
        return Changes.of(Entity.PARTNERSHIPS, ids=(mou.id, partnership.id), offers=offers)


def delete_mous(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several MOUs as one action: all of them, or none."""
    return bulk.each(db, delete_mou, ids, "MOU")


def restore_mous(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several MOUs (the undo of delete_mous): all of them, or none."""
    return bulk.each(db, restore_mou, ids, "MOU")


# --- reads ----------------------------------------------------------------------------------


_EVERY_MOU = MouQuery()


def list_mous(db: Database, query: MouQuery = _EVERY_MOU) -> Page[MouRow]:
    check_window(query.offset, query.limit)
    if query.sort not in get_args(MouSortKey):
        raise ValidationError.single("sort", msg(
            "Sort by one of: {keys}.",
            keys=', '.join(get_args(MouSortKey)),
        ))
    conditions: list[Any] = [Mou.deleted_at.is_(None), Partnership.deleted_at.is_(None)]
    if query.partnership_id:
        conditions.append(Mou.partnership_id == query.partnership_id)
    signatories = signatories_count()
    scans = scans_count()
    order = {
        "signed_on": Mou.signed_on,
        "created": Mou.created_at,
        "city_name": func.lower(Partnership.city_name),
    }[query.sort]
    ordering = (
        (order.desc(), Mou.created_at.desc(), Mou.id.desc())
        if query.descending
        else (order.asc(), Mou.created_at.asc(), Mou.id.asc())
    )
    with db.read() as session:
        total = session.scalar(
            select(func.count(Mou.id))
            .join(Partnership, Partnership.id == Mou.partnership_id)
            .where(and_(*conditions))
        )
        found = session.execute(
            select(Mou, Partnership.city_name, Partnership.country, signatories, scans)
            .join(Partnership, Partnership.id == Mou.partnership_id)
            .where(and_(*conditions))
            .order_by(*ordering)
            .offset(query.offset)
            .limit(query.limit)
        ).all()
        rows = tuple(
            MouRow(
                id=mou.id,
                partnership_id=mou.partnership_id,
                city_name=city_name,
                country=country,
                signed_on=mou.signed_on,
                signed_place=mou.signed_place,
                languages=tuple(mou.languages or ()),
                signatories_count=int(signatory_count or 0),
                scans_count=int(scan_count or 0),
            )
            for mou, city_name, country, signatory_count, scan_count in found
        )
    return Page(rows, int(total or 0), query.offset, query.limit)


def get_mou(db: Database, mou_id: str) -> MouDetail:
    with db.read() as session:
        mou, partnership = live_mou(session, mou_id)
        signatories = session.scalars(
            select(MouSignatory)
            .where(MouSignatory.mou_id == mou.id, MouSignatory.deleted_at.is_(None))
            .order_by(
                MouSignatory.side != SignatorySide.HOME,
                MouSignatory.position,
                MouSignatory.created_at,
            )
        ).all()
        texts = session.scalars(
            select(MouText).where(MouText.mou_id == mou.id, MouText.deleted_at.is_(None))
        ).all()
        scans = session.scalars(
            select(MouScan)
            .where(MouScan.mou_id == mou.id, MouScan.deleted_at.is_(None))
            .order_by(MouScan.created_at, MouScan.id)
        ).all()
        languages = tuple(mou.languages or ())
        rank = {tag: index for index, tag in enumerate(languages)}
        return MouDetail(
            id=mou.id,
            partnership_id=partnership.id,
            city_name=partnership.city_name,
            city_name_local=partnership.city_name_local,
            country=partnership.country,
            signed_on=mou.signed_on,
            signed_place=mou.signed_place,
            signed_place_local=mou.signed_place_local,
            home_city_local=mou.home_city_local,
            languages=languages,
            signatories=tuple(
                SignatoryInfo(
                    id=s.id,
                    side=s.side,
                    position=s.position,
                    name=s.name,
                    name_local=s.name_local,
                    title=s.title,
                    title_local=s.title_local,
                )
                for s in signatories
            ),
            texts=tuple(
                MouTextInfo(t.id, t.language, t.text)
                for t in sorted(texts, key=lambda t: (rank.get(t.language, len(rank)), t.language))
            ),
            scans=tuple(
                ScanInfo(
                    id=s.id,
                    file_name=s.file_name,
                    sha256=s.sha256,
                    media_type=s.media_type,
                    size_bytes=s.size_bytes,
                    attached_at=s.created_at,
                )
                for s in scans
            ),
        )


def mou_form_values(db: Database, mou_id: str) -> dict[str, Any]:
    """The MOU's values in the terms of MOU_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(MOU_FORM, session, live_mou(session, mou_id)[0])
