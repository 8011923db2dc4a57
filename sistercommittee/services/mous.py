"""MOUs: the memoranda a partnership signs over the years, who signed them, their texts in each
language and the scans of the signed paper.

Scans are stored beside the database in ``db.files_dir``, named by the SHA-256 of their content
(in a sub-folder named by its first two hex digits): the same file attached twice is kept once,
and a stored file can always be checked against the hash recorded with it. Deleting a scan only
tombstones its row; the file stays, because undo and the other laptops may still need it.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from sistercommittee.domain import Mou, MouScan, MouSignatory, MouText, Partnership
from sistercommittee.domain.base import utcnow
from sistercommittee.domain.enums import SignatorySide
from sistercommittee.errors import NotFoundError, StorageError, ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import bulk, mou_signing, organizations, rows
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.forms import (
    Field,
    FormContext,
    FormSpec,
    apply,
    current_values,
    form_values,
    plain,
    short_text,
    validate,
)
from sistercommittee.services.paging import Page, check_window
from sistercommittee.services.partnerships import fold, future_date_problem
from sistercommittee.storage.database import Database

MAX_SCAN_BYTES = 50 * 1024 * 1024
MAX_TEXT_LENGTH = 200_000

# What a scan may be, by media type: the extensions people use and the bytes such a file starts
# with (checked, so that a document renamed to .pdf is caught when it is attached, not when HQ
# or the certificate printer fails to open it).
SCAN_TYPES: dict[str, str] = {
    "application/pdf": "PDF",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/tiff": "TIFF",
    "image/webp": "WebP",
}


def _content_matches(media_type: str, head: bytes) -> bool:
    if media_type == "application/pdf":
        return b"%PDF-" in head[:1024]  # some scanners put a few bytes before the header
    if media_type == "image/png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if media_type == "image/jpeg":
        return head.startswith(b"\xff\xd8\xff")
    if media_type == "image/tiff":
        return head.startswith((b"II*\x00", b"MM\x00*"))
    if media_type == "image/webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    return False


class ScanFileError(StorageError):
    """A scan's stored file is missing or no longer what was attached."""


# --- forms ------------------------------------------------------------------------------------


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


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatoryInfo:
    id: str
    side: SignatorySide
    position: int
    name: str
    name_local: str | None
    title: str | None
    title_local: str | None


@dataclass(frozen=True)
class MouTextInfo:
    id: str
    language: str
    text: str


@dataclass(frozen=True)
class ScanInfo:
    id: str
    file_name: str
    sha256: str
    media_type: str
    size_bytes: int
    attached_at: datetime


@dataclass(frozen=True)
class MouRow:
    id: str
    partnership_id: str
    city_name: str
    country: str
    signed_on: date | None
    signed_place: str | None
    languages: tuple[str, ...]
    signatories_count: int
    scans_count: int


@dataclass(frozen=True)
class MouDetail:
    id: str
    partnership_id: str
    city_name: str
    city_name_local: str | None
    country: str
    signed_on: date | None
    signed_place: str | None
    signed_place_local: str | None
    home_city_local: str | None
    languages: tuple[str, ...]
    signatories: tuple[SignatoryInfo, ...]  # home side first, each side by position
    texts: tuple[MouTextInfo, ...]  # in the order of languages
    scans: tuple[ScanInfo, ...]  # in the order attached


MouSortKey = Literal["signed_on", "created", "city_name"]


@dataclass(frozen=True)
class MouQuery:
    partnership_id: str | None = None
    sort: MouSortKey = "signed_on"
    descending: bool = False
    offset: int = 0
    limit: int = 100


# --- lookups ----------------------------------------------------------------------------------


def _get(session: Session, mou_id: str) -> tuple[Mou, Partnership]:
    """A MOU that is not deleted, of a partnership that is not deleted."""
    mou = rows.live(session, Mou, mou_id, "MOU")
    partnership = rows.live_parent(
        session,
        Partnership,
        mou.partnership_id,
        what="MOU",
        row_id=mou_id,
        parent_what="partnership",
    )
    return mou, partnership


def _mou_of(
    session: Session, row: MouSignatory | MouScan, what: str, *, restoring: bool = False
) -> Mou:
    """The live MOU (of a live partnership) of a signatory or scan."""
    mou = rows.live_parent(
        session, Mou, row.mou_id, what=what, row_id=row.id, parent_what="MOU", restoring=restoring
    )
    _get(session, mou.id)
    return mou


def _reference(values: Mapping[str, Any]) -> str | None:
    """The partnership named in the raw values, checked even when other fields are wrong (so
    that every problem is reported at once); None when not given or not text."""
    raw = values.get("partnership_id")
    if f.is_blank(raw):
        return None
    try:
        return f.text(raw, "Partnership")
    except f.FieldProblem:
        return None


def _resolve_partnership(session: Session, reference: str) -> tuple[Partnership | None, str]:
    """The partnership named by id or by city name (English or local, any case or accents), or
    None with the message to show."""
    found = rows.is_live(session, Partnership, reference)
    if found is not None:
        return found, ""
    wanted = fold(reference)
    matches = [
        p
        for p in session.scalars(select(Partnership).where(Partnership.deleted_at.is_(None)))
        if wanted in (fold(p.city_name), fold(p.city_name_local))
    ]
    if len(matches) == 1:
        return matches[0], ""
    if matches:
        return None, (
            msg(
                "Several partnerships are with a city called {reference}; give the id of the "
                "one you mean (see 'partnership list').",
                reference=reference,
            )
        )
    return None, (
        msg(
            "There is no partnership '{reference}'. Give a partnership's id or its city name.",
            reference=reference,
        )
    )


# --- MOU writes -------------------------------------------------------------------------------


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
        reference = _reference(values)
        if reference is not None and "partnership_id" not in problems:
            partnership, problem = _resolve_partnership(session, reference)
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
        mou, partnership = _get(session, mou_id)
        problems: dict[str, str] = {}
        try:
            parsed = validate(
                MOU_FORM, values, organizations.defaults(session), current=current_values(mou)
            )
        except ValidationError as error:
            problems.update(error.errors)
            parsed = {}
        reference = _reference(values)
        if reference is not None and "partnership_id" not in problems:
            target, problem = _resolve_partnership(session, reference)
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
        mou, partnership = _get(session, mou_id)
        before = mou_signing.first_signing(session, partnership.id)
        mou.deleted_at = utcnow()
        mou_signing.follow(session, partnership, before)
        return Changes.of(Entity.PARTNERSHIPS, ids=(mou.id, partnership.id))


def restore_mou(db: Database, mou_id: str) -> Changes:
    """Bring back a deleted MOU (the undo of a delete)."""
    with db.write() as session:
        mou = rows.stored(session, Mou, mou_id, "MOU")
        partnership = rows.live_parent(
            session,
            Partnership,
            mou.partnership_id,
            what="MOU",
            row_id=mou_id,
            parent_what="partnership",
            restoring=True,
        )
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


# --- signatories ------------------------------------------------------------------------------


def _get_signatory(session: Session, signatory_id: str) -> tuple[MouSignatory, Mou]:
    signatory = rows.live(session, MouSignatory, signatory_id, "signatory")
    return signatory, _mou_of(session, signatory, "signatory")


def _next_position(session: Session, mou_id: str, side: SignatorySide) -> int:
    highest = session.scalar(
        select(func.max(MouSignatory.position)).where(
            MouSignatory.mou_id == mou_id,
            MouSignatory.side == side,
            MouSignatory.deleted_at.is_(None),
        )
    )
    return 0 if highest is None else int(highest) + 1


def add_signatory(db: Database, mou_id: str, values: Mapping[str, Any]) -> Changes:
    """Add someone who signed the MOU, on our side or the partner's."""
    with db.write() as session:
        mou, _ = _get(session, mou_id)
        parsed = validate(SIGNATORY_FORM, values, organizations.defaults(session))
        if parsed.get("position") is None:
            parsed["position"] = _next_position(session, mou.id, parsed["side"])
        signatory = MouSignatory(mou_id=mou.id)
        apply(signatory, parsed)
        session.add(signatory)
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(signatory.id, mou.id))


def edit_signatory(db: Database, signatory_id: str, values: Mapping[str, Any]) -> Changes:
    with db.write() as session:
        signatory, mou = _get_signatory(session, signatory_id)
        parsed = validate(
            SIGNATORY_FORM,
            values,
            organizations.defaults(session),
            current=current_values(signatory),
        )
        if "position" in parsed and parsed["position"] is None:
            # Cleared: the end of its side's list.
            side = parsed.get("side", signatory.side)
            parsed["position"] = _next_position(session, mou.id, side)
        elif "side" in parsed and parsed["side"] != signatory.side and "position" not in parsed:
            parsed["position"] = _next_position(session, mou.id, parsed["side"])
        apply(signatory, parsed)
        return Changes.of(Entity.PARTNERSHIPS, ids=(signatory.id, mou.id))


def delete_signatory(db: Database, signatory_id: str) -> Changes:
    with db.write() as session:
        signatory, mou = _get_signatory(session, signatory_id)
        signatory.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(signatory.id, mou.id))


def restore_signatory(db: Database, signatory_id: str) -> Changes:
    """Bring back a deleted signatory (the undo of a delete)."""
    with db.write() as session:
        signatory = rows.stored(session, MouSignatory, signatory_id, "signatory")
        mou = _mou_of(session, signatory, "signatory", restoring=True)
        signatory.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(signatory.id, mou.id))


def delete_signatories(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several signatories as one action: all of them, or none."""
    return bulk.each(db, delete_signatory, ids, "signatory")


def restore_signatories(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several signatories (the undo of delete_signatories): all of them, or none."""
    return bulk.each(db, restore_signatory, ids, "signatory")


# --- texts ------------------------------------------------------------------------------------


def set_mou_text(db: Database, mou_id: str, language: str, text: str) -> Changes:
    """Store the MOU's text in one language, replacing the text in that language if there is
    one; the language joins the MOU's languages."""
    problems: dict[str, str] = {}
    tag = ""
    if f.is_blank(language):
        problems["language"] = msg("Language is required: give the code of the text's language.")
    else:
        try:
            tag = f.language(language, "Language")
        except f.FieldProblem as problem:
            problems["language"] = str(problem)
    body = ""
    if f.is_blank(text):
        problems["text"] = msg("The text is empty. Paste the MOU's text, or delete this language.")
    else:
        try:
            body = f.text(text, "The text", max_length=MAX_TEXT_LENGTH, multiline=True)
        except f.FieldProblem as problem:
            problems["text"] = str(problem)
    with db.write() as session:
        mou, _ = _get(session, mou_id)
        if problems:
            raise ValidationError(problems)
        rows = session.scalars(
            select(MouText)
            .where(MouText.mou_id == mou.id, MouText.language == tag)
            .order_by(MouText.deleted_at.is_not(None), MouText.created_at)
        ).all()
        if rows:
            # Reuse the row (a deleted one too): one row per language keeps sync merges simple.
            row = rows[0]
            row.text = body
            row.deleted_at = None
        else:
            row = MouText(mou_id=mou.id, language=tag, text=body)
            session.add(row)
        if tag not in (mou.languages or []):
            mou.languages = [*(mou.languages or []), tag]
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(row.id, mou.id))


def delete_mou_text(db: Database, mou_id: str, language: str) -> Changes:
    """Remove the MOU's text in one language. The language stays among the MOU's languages (the
    MOU was still signed in it); edit the MOU to change those."""
    try:
        tag = f.language(language, "Language")
    except f.FieldProblem as problem:
        raise ValidationError.single("language", str(problem)) from None
    with db.write() as session:
        mou, _ = _get(session, mou_id)
        row = session.scalar(
            select(MouText).where(
                MouText.mou_id == mou.id, MouText.language == tag, MouText.deleted_at.is_(None)
            )
        )
        if row is None:
            raise NotFoundError(msg("This MOU has no text in {tag}.", tag=tag))
        row.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(row.id, mou.id))


# --- scans ------------------------------------------------------------------------------------


def _scan_problem(source: Path) -> tuple[str | None, str | None]:
    """(media type, None) for an acceptable scan, or (None, what is wrong with it)."""
    name = source.name
    kinds = "PDF, PNG, JPEG, TIFF or WebP"
    try:
        if not source.exists():
            return None, msg(
                "There is no file at {source}. Check the folder and the file name.",
                source=source,
            )
        if source.is_dir():
            return None, msg("{source} is a folder. Choose the scanned file itself.", source=source)
        size = source.stat().st_size
        media_type, _ = mimetypes.guess_type(name, strict=False)
        if media_type not in SCAN_TYPES:
            return None, (
                msg(
                    "{name} is not a kind of file kept as a scan. Save or scan the MOU as "
                    "{kinds}.",
                    name=name, kinds=kinds,
                )
            )
        if size == 0:
            return None, msg("{name} is empty. Scan the MOU again.", name=name)
        if size > MAX_SCAN_BYTES:
            return None, (
                msg(
                    "{name} is {megabytes:.1f} MB; a scan can be at most "
                    "{most} MB. Scan at a lower resolution or save it as a "
                    "compressed PDF.",
                    name=name,
                    megabytes=size / 1024 / 1024,
                    most=MAX_SCAN_BYTES // 1024 // 1024,
                )
            )
        with source.open("rb") as handle:
            head = handle.read(1024)
    except PermissionError:
        return None, msg("{name} cannot be read: you have no permission to open it.", name=name)
    except OSError as error:
        return None, msg("{name} cannot be read ({strerror}).", name=name, strerror=error.strerror)
    if not _content_matches(media_type, head):
        return None, (
            msg(
                "{name} is named as a {kind} file, but its content is not "
                "{kind}. Save it again as {kinds}.",
                name=name, kind=SCAN_TYPES[media_type], kinds=kinds,
            )
        )
    return media_type, None


def _display_name(source: Path) -> str:
    """The file's name as shown beside the scan: without control characters (a file name may hold
    them), and shortened to fit the column with its extension kept."""
    name = "".join("?" if unicodedata.category(char) == "Cc" else char for char in source.name)
    if len(name) <= 255:
        return name
    suffix = source.suffix[:16]
    return name[: 255 - len(suffix)] + suffix


def _stored_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _store(files_dir: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the store: (its SHA-256, its size). Written under a temporary name
    and renamed, so that a stored file is never half written; content already there is kept."""
    files_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".incoming-", dir=files_dir)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                size += len(chunk)
                if size > MAX_SCAN_BYTES:
                    raise ValidationError.single(
                        "source",
                        msg(
                            "{name} grew beyond {megabytes} MB while it was "
                            "being copied. Attach it again once it is saved.",
                            name=source.name,
                            megabytes=MAX_SCAN_BYTES // 1024 // 1024,
                        ),
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha256 = digest.hexdigest()
        target = _stored_path(files_dir, sha256)
        if target.is_file() and _hash_file(target) == sha256:
            os.unlink(temporary)  # the same content is stored already
        else:
            target.parent.mkdir(exist_ok=True)
            os.replace(temporary, target)  # also repairs a damaged stored copy
        return sha256, size
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def attach_scan(db: Database, mou_id: str, source: Path) -> Changes:
    """Attach a scan of the signed MOU (PDF, PNG, JPEG, TIFF or WebP, at most 50 MB).

    The file is copied into the store before the row is written, so that the database lock is
    not held during the copy; if the row cannot be written, the stored copy is simply unused.
    """
    source = Path(source)
    media_type, problem = _scan_problem(source)
    with db.read() as session:
        _get(session, mou_id)
    if problem is not None or media_type is None:
        raise ValidationError.single("source", problem or msg("The file cannot be attached."))
    try:
        sha256, size = _store(db.files_dir, source)
    except OSError as error:
        raise StorageError(
            msg(
                "{name} could not be stored in {files_dir} ({strerror}). Nothing was attached.",
                name=source.name, files_dir=db.files_dir, strerror=error.strerror,
            )
        ) from error
    with db.write() as session:
        mou, _ = _get(session, mou_id)
        twin = session.scalar(
            select(MouScan.file_name).where(
                MouScan.mou_id == mou.id, MouScan.sha256 == sha256, MouScan.deleted_at.is_(None)
            )
        )
        if twin is not None:
            raise ValidationError.single(
                "source", msg("This MOU already has this scan (attached as {twin}).", twin=twin)
            )
        scan = MouScan(
            mou_id=mou.id,
            file_name=_display_name(source),
            sha256=sha256,
            media_type=media_type,
            size_bytes=size,
        )
        session.add(scan)
        session.flush()
        return Changes.of(Entity.PARTNERSHIPS, ids=(scan.id, mou.id))


def _get_scan(session: Session, scan_id: str) -> tuple[MouScan, Mou]:
    scan = rows.live(session, MouScan, scan_id, "scan")
    return scan, _mou_of(session, scan, "scan")


def scan_file(db: Database, scan_id: str) -> Path:
    """The stored file of a scan, after checking it is still exactly what was attached."""
    with db.read() as session:
        scan, _ = _get_scan(session, scan_id)
        file_name, sha256 = scan.file_name, scan.sha256
    path = _stored_path(db.files_dir, sha256)
    if not path.is_file():
        raise ScanFileError(
            msg(
                "The stored copy of {file_name} is missing (it should be {path}). Restore the "
                "folder {name} from a backup, or attach the scan again.",
                file_name=file_name, path=path, name=db.files_dir.name,
            )
        )
    try:
        actual = _hash_file(path)
    except OSError as error:
        raise ScanFileError(
            msg(
                "The stored copy of {file_name} cannot be read ({strerror}).",
                file_name=file_name, strerror=error.strerror,
            )
        ) from error
    if actual != sha256:
        raise ScanFileError(
            msg(
                "The stored copy of {file_name} was changed after it was attached, so it is no "
                "longer the signed document. Restore it from a backup, or attach the scan "
                "again.",
                file_name=file_name,
            )
        )
    return path


def delete_scan(db: Database, scan_id: str) -> Changes:
    """Remove a scan from the MOU. The stored file is kept for undo and for the other laptops."""
    with db.write() as session:
        scan, mou = _get_scan(session, scan_id)
        scan.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(scan.id, mou.id))


def restore_scan(db: Database, scan_id: str) -> Changes:
    """Bring back a deleted scan (the undo of a delete)."""
    with db.write() as session:
        scan = rows.stored(session, MouScan, scan_id, "scan")
        mou = _mou_of(session, scan, "scan", restoring=True)
        scan.deleted_at = None
        return Changes.of(Entity.PARTNERSHIPS, ids=(scan.id, mou.id))


def delete_scans(db: Database, ids: Iterable[str]) -> Changes:
    """Delete several scans as one action: all of them, or none."""
    return bulk.each(db, delete_scan, ids, "scan")


def restore_scans(db: Database, ids: Iterable[str]) -> Changes:
    """Bring back several scans (the undo of delete_scans): all of them, or none."""
    return bulk.each(db, restore_scan, ids, "scan")


# --- reads ------------------------------------------------------------------------------------


def list_mous(db: Database, query: MouQuery = MouQuery()) -> Page[MouRow]:
    check_window(query.offset, query.limit)
    if query.sort not in get_args(MouSortKey):
        raise ValidationError.single("sort", msg(
            "Sort by one of: {keys}.",
            keys=', '.join(get_args(MouSortKey)),
        ))
    conditions: list[Any] = [Mou.deleted_at.is_(None), Partnership.deleted_at.is_(None)]
    if query.partnership_id:
        conditions.append(Mou.partnership_id == query.partnership_id)
    signatories = (
        select(func.count(MouSignatory.id))
        .where(MouSignatory.mou_id == Mou.id, MouSignatory.deleted_at.is_(None))
        .scalar_subquery()
    )
    scans = (
        select(func.count(MouScan.id))
        .where(MouScan.mou_id == Mou.id, MouScan.deleted_at.is_(None))
        .scalar_subquery()
    )
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
        mou, partnership = _get(session, mou_id)
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
        return form_values(MOU_FORM, session, _get(session, mou_id)[0])


def signatory_form_values(db: Database, signatory_id: str) -> dict[str, Any]:
    """The signatory's values in the terms of SIGNATORY_FORM, as an edit dialog starts from."""
    with db.read() as session:
        return form_values(SIGNATORY_FORM, session, _get_signatory(session, signatory_id)[0])
