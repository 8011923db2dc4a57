"""Sending a story to HQ: its one-page PDF as a report of kind "story", then the record that it
was sent, which reaches HQ with the story's row at the same sync (HQ lists stories by both)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from sistercommittee.messages import Translate
from sistercommittee.services.changes import Changes
from sistercommittee.services.stories import (
    STORY_KIND,
    get_story,
    mark_sent,
    report_file_name,
)
from sistercommittee.storage.database import Database
from sistercommittee.sync.credentials import SecretStore
from sistercommittee.sync.service import SyncResult, _token, sync_now


@dataclass(frozen=True)
class SentStory:
    report: dict[str, Any]
    changes: Changes
    synced: SyncResult | None  # None: the caller syncs (the app's own scheduler does)


def send_story(
    db: Database,
    store: SecretStore,
    story_id: str,
    *,
    transport: httpx.BaseTransport | None = None,
    sync: bool = True,
    translator_for: Callable[[str], Translate] | None = None,
) -> SentStory:
    """Upload the story's PDF to HQ (again, replacing it, when the story changed since), mark
    it sent, and sync so that HQ has the story's text and date with it (``sync=False``: the
    caller's next sync takes it, as the app's automatic sync does). The PDF is in the
    committee's language, as exported (``translator_for``: see documents.story_pdf)."""
    from sistercommittee.documents.story_pdf import committee_story_pdf, only_english
    from sistercommittee.sync.client import HqClient

    story = get_story(db, story_id)
    content = committee_story_pdf(db, story_id, translator_for or only_english)
    _, server_url, token = _token(db, store)
    with HqClient(server_url, token, transport=transport) as client:
        report = client.put_report(
            story.source_date.year,
            report_file_name(story_id),
            STORY_KIND,
            "application/pdf",
            content,
        )
    changes = mark_sent(db, story_id)
    synced = sync_now(db, store, transport=transport) if sync else None
    return SentStory(report, changes, synced)
