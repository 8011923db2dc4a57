"""A MOU's text in each of its languages: one row per language."""

from __future__ import annotations

from sqlalchemy import select

from sistercommittee.domain import MouText
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.services.mou_lookups import live_mou
from sistercommittee.storage.database import Database

MAX_TEXT_LENGTH = 200_000


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
        mou, _ = live_mou(session, mou_id)
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
        mou, _ = live_mou(session, mou_id)
        row = session.scalar(
            select(MouText).where(
                MouText.mou_id == mou.id, MouText.language == tag, MouText.deleted_at.is_(None)
            )
        )
        if row is None:
            raise NotFoundError(msg("This MOU has no text in {tag}.", tag=tag))
        row.deleted_at = utcnow()
        return Changes.of(Entity.PARTNERSHIPS, ids=(row.id, mou.id))
