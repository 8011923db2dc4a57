"""Sync as the app and the command line use it: sign in, sync now, status, sign out, join.

No Qt here: the UI runs ``sync_now`` on a worker and passes a ``progress`` callback that forwards
to a signal. Every function opens its own short transactions, so the app stays usable while a
sync runs, and a sync stopped half way (network gone, laptop closed) loses nothing: each pushed
batch leaves the outbox only once HQ has stored it, and each pulled page is merged together with
the cursor that follows it.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select, update

from sistercommittee.domain import Conflict, HqCheckpoint, Organization, SyncAccount, SyncState
from sistercommittee.domain.base import utcnow
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.changes import Changes, Entity
from sistercommittee.storage import capture
from sistercommittee.storage.database import Database, open_database
from sistercommittee.sync import account_state, healing, merge, outbox, sanity, snapshot, unknown
from sistercommittee.sync.client import HqClient, normalize_server_url
from sistercommittee.sync.credentials import SecretStore, token_key
from sistercommittee.sync.errors import (
    NoSecureStoreError,
    NotSignedInError,
    RefusedError,
    SyncError,
)
from sistercommittee.sync.wire import MAX_BATCH, Change

log = logging.getLogger(__name__)

PULL_PAGE = 2000

ENTITY_OF_TABLE: dict[str, Entity] = {
    "organizations": Entity.ORGANIZATION,
    "exchange_rates": Entity.ORGANIZATION,
    "partnerships": Entity.PARTNERSHIPS,
    "partnership_status_changes": Entity.PARTNERSHIPS,
    "partner_contacts": Entity.PARTNERSHIPS,
    "mous": Entity.PARTNERSHIPS,
    "mou_signatories": Entity.PARTNERSHIPS,
    "mou_texts": Entity.PARTNERSHIPS,
    "mou_scans": Entity.PARTNERSHIPS,
    "volunteers": Entity.VOLUNTEERS,
    "volunteer_languages": Entity.VOLUNTEERS,
    "volunteer_hours": Entity.HOURS,
    "events": Entity.EVENTS,
    "event_partnerships": Entity.EVENTS,
    "event_shifts": Entity.EVENTS,
    "event_budget_lines": Entity.EVENTS,
    "exchanges": Entity.EXCHANGES,
    "exchange_participants": Entity.EXCHANGES,
    "exchange_host_families": Entity.EXCHANGES,
    "exchange_stays": Entity.EXCHANGES,
    "exchange_itinerary": Entity.EXCHANGES,
    "exchange_costs": Entity.EXCHANGES,
    "participant_details": Entity.EXCHANGES,
    "host_family_details": Entity.EXCHANGES,
    "checklist_checks": Entity.EXCHANGES,
    "visa_lead_times": Entity.EXCHANGES,
    "planner_settings": Entity.EXCHANGES,
    "minor_data_purges": Entity.EXCHANGES,
    "volunteer_hours_reviews": Entity.HOURS,
    "reports_sent": Entity.ORGANIZATION,
    "photos": Entity.STORIES,
    "photo_people": Entity.STORIES,
    "stories": Entity.STORIES,
}


@dataclass(frozen=True)
class SyncProgress:
    """Sent to the progress callback: ``phase`` is "sending", "receiving", "loading" (the records
    of a snapshot, when joining) or "resending" (to an HQ restored from a backup)."""

    phase: str
    done: int
    total: int


ProgressCallback = Callable[[SyncProgress], None]


@dataclass(frozen=True)
class SyncResult:
    sent: int  # local changes HQ now holds
    received: int  # changes from other laptops fetched
    applied: int  # of those, changes that set a value here
    new_conflicts: int  # losing values kept for review
    changes: Changes  # which lists to refresh
    finished_at: datetime
    has_organization: bool  # False while HQ holds no data of the organization yet
    not_sent: str | None = None  # why HQ refused this laptop's changes (a read-only account)
    from_snapshot: int = 0  # of ``received``, records loaded from HQ's snapshot (a join)
    healed: str | None = None  # HQ was found behind (restored): what was done about it
    checked: bool = False  # the counts of this laptop and HQ were compared
    check_problem: str | None = None  # they differed: a sentence saying where
    files_problem: str | None = None  # why photos' and scans' files did not travel this time
    role: str | None = None  # the account's role as HQ said it in this sync (None: HQ did not)
    membership: str | None = None  # the organization's standing: good, lapsed or none


@dataclass(frozen=True)
class SignIn:
    organization: str
    email: str
    role: str
    server_url: str
    first_laptop: bool  # HQ had no data of the organization before this laptop


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    organization: str | None
    email: str | None
    role: str | None
    signed_in: bool  # a token for this database is in the secure store
    pending_changes: int  # local changes not yet on HQ
    last_synced_at: datetime | None
    open_conflicts: int
    device_id: str
    problem: str | None = None  # e.g. no secure store on this computer
    last_checked_at: datetime | None = None  # the last check of the counts against HQ
    check_problem: str | None = None  # what that check found different; None when it agreed
    healed_at: datetime | None = None  # when this laptop last healed a restored HQ
    heal_note: str | None = None
    membership: str | None = None  # good, lapsed or none (no dues recorded), as HQ last said
    dues_paid_through: date | None = None


# --- sign-in ----------------------------------------------------------------------------------


def _device_name() -> str:
    return (platform.node() or "laptop")[:200]


def login(
    db: Database,
    store: SecretStore,
    server_url: str,
    email: str,
    password: str,
    *,
    device_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> SignIn:
    """Sign this database in to HQ; the device token goes to ``store`` only.

    A database with no organization yet joins: its first sync brings everything. A database with
    an organization may only sign in to the HQ organization whose data it already is, or to one
    with no data yet (it becomes the organization's first laptop).
    """
    server_url = normalize_server_url(server_url)
    if not password:
        raise ValidationError.single("password", msg("Give your HQ password."))
    device_id = local_identity(db)[0]
    with HqClient(server_url, transport=transport) as client:
        answer = client.login(email.strip(), password, device_id, device_name or _device_name())
    return adopt_sign_in(db, store, server_url, answer, transport=transport)


def local_identity(db: Database) -> tuple[str, str | None, str | None, str | None]:
    """This database's device id, its organization's row id, and the HQ organization (id and
    name) it synced with before, if any."""
    with db.read() as session:
        device_id = session.scalar(select(SyncState.device_id).where(SyncState.id == 1))
        local_org = session.scalar(select(Organization.id).limit(1))
        account = session.get(SyncAccount, 1)
        known_org = account.organization_id if account else None
        known_name = account.organization_name if account else None
    assert device_id is not None
    return device_id, local_org, known_org, known_name


def adopt_sign_in(
    db: Database,
    store: SecretStore,
    server_url: str,
    answer: dict[str, Any],
    *,
    transport: httpx.BaseTransport | None = None,
) -> SignIn:
    """Keep HQ's sign-in answer (from a login or an invitation) for this database: the token in
    the store, the account in the database. A database of another organization is refused, and
    the token HQ gave is signed out again."""
    server_url = normalize_server_url(server_url)
    device_id, local_org, known_org, known_name = local_identity(db)
    token = answer["token"]
    org = answer["organization"]
    problem = None
    if known_org is not None and known_org != org["id"]:
        problem = (
            msg(
                "This database syncs with {known} on HQ, not with {org_name}. To work "
                "with {org_name}, make a new database with 'sistercommittee sync join'.",
                known=known_name, org_name=org['name'],
            )
        )
    elif local_org is not None and org["org_row_id"] not in (None, local_org):
        problem = (
            msg(
                "HQ already holds {org_name}'s data, made on another laptop, and this database "
                "was set up separately. Get the organization's data into a new database with "
                "'sistercommittee sync join' instead.",
                org_name=org['name'],
            )
        )
    if problem is None:
        try:
            store.set(token_key(device_id), token)
        except NoSecureStoreError:
            _forget_on_server(server_url, token, transport)
            raise
    else:
        _forget_on_server(server_url, token, transport)
        raise SyncError(problem)
    with db.write() as session:
        session.execute(update(SyncState).where(SyncState.id == 1).values(server_url=server_url))
        account = session.get(SyncAccount, 1) or SyncAccount(id=1)
        account.organization_id = org["id"]
        account.organization_name = org["name"]
        account.email = answer["user"]["email"]
        account.role = answer["user"]["role"]
        account.signed_in_at = utcnow()
        session.add(account)
    log.info("signed in to %s as %s", server_url, answer["user"]["email"])
    return SignIn(
        organization=org["name"],
        email=answer["user"]["email"],
        role=answer["user"]["role"],
        server_url=server_url,
        first_laptop=org["org_row_id"] is None,
    )


def _forget_on_server(server_url: str, token: str, transport: httpx.BaseTransport | None) -> None:
    try:
        with HqClient(server_url, token, transport=transport) as client:
            client.logout()
    except SyncError:
        log.info("could not sign the unused token out on HQ; it stays unused")


def logout(
    db: Database, store: SecretStore, *, transport: httpx.BaseTransport | None = None
) -> bool:
    """Sign this database out: the token is revoked on HQ (when reachable) and removed from the
    store. Changes not yet sent stay in the outbox. Returns whether HQ was told."""
    device_id, server_url = _identity(db)
    key = token_key(device_id)
    token = store.get(key)
    told = False
    if token and server_url:
        try:
            with HqClient(server_url, token, transport=transport) as client:
                client.logout()
            told = True
        except SyncError:
            log.info("HQ not reachable at sign-out; the token is removed here only")
    store.delete(key)
    return told


def _identity(db: Database) -> tuple[str, str | None]:
    with db.read() as session:
        row = session.execute(
            select(SyncState.device_id, SyncState.server_url).where(SyncState.id == 1)
        ).one()
    return row.device_id, row.server_url


def _token(db: Database, store: SecretStore) -> tuple[str, str, str]:
    device_id, server_url = _identity(db)
    if not server_url:
        raise NotSignedInError(
            msg("This database is not signed in to HQ. Sign in with 'sistercommittee sync login'.")
        )
    token = store.get(token_key(device_id))
    if not token:
        raise NotSignedInError(
            msg(
                "This laptop has no HQ sign-in for this database. Sign in again with "
                "'sistercommittee sync login'.",
            )
        )
    return device_id, server_url, token


# --- sync -------------------------------------------------------------------------------------


def _refresh_directory(db: Database, client: HqClient) -> None:
    """Keep HQ's directory of listed committees beside the database for the partner finder;
    an HQ that has none yet (an older version) or a failure leaves the last copy as it was."""
    from sistercommittee.services.finder_profile import save_directory

    try:
        save_directory(db, client.directory(), utcnow())
    except (SyncError, OSError, ValueError) as error:
        log.info("HQ's directory was not refreshed: %s", error)


def sync_now(
    db: Database,
    store: SecretStore,
    progress: ProgressCallback | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> SyncResult:
    """Send this laptop's changes to HQ, then fetch and merge everyone else's."""
    device_id, server_url, token = _token(db, store)
    report = progress or (lambda _: None)
    not_sent = None
    with db.write() as session:
        # After an upgrade: values kept aside until this version knew their fields.
        unknown.learn(session)
    with HqClient(server_url, token, transport=transport) as client:
        heal = healing.check_and_heal(
            db, client, device_id, lambda done: report(SyncProgress("resending", done, done))
        )
        # The checkpoint said the role: kept now, so that a sync failing later still leaves the
        # app knowing what this account may do.
        account_state.remember(db, client.account)
        outgoing = sanity.outgoing_tables(db)
        try:
            sent = _push_all(db, client, device_id, report)
        except RefusedError as error:
            # The changes stay in the outbox; the laptop still gets everyone else's.
            sent, not_sent = 0, error.message
        loaded = snapshot.load(
            db, client, lambda done, total: report(SyncProgress("loading", done, total))
        )
        received, stats = _pull_all(db, client, device_id, report)
        if loaded is not None:
            stats.tables |= {t for t in sanity.ALL_TABLES}
        everything = loaded is not None or heal.behind is not None
        outcome = sanity.check(
            db, client, sanity.ALL_TABLES if everything else outgoing | stats.tables
        )
        from sistercommittee.sync import file_transfer

        files_moved = file_transfer.exchange(db, client)
        _refresh_directory(db, client)
        said = client.account
    account_state.remember(db, said)
    with db.write() as session:
        session.execute(update(SyncState).where(SyncState.id == 1).values(last_synced_at=utcnow()))
        has_org = session.scalar(select(Organization.id).limit(1)) is not None
    entities = frozenset(ENTITY_OF_TABLE[t] for t in stats.tables if t in ENTITY_OF_TABLE)
    log.info("synced: %d sent, %d received, %d new conflicts", sent, received, stats.conflicts)
    from_snapshot = loaded.rows if loaded is not None else 0
    return SyncResult(
        sent=sent,
        received=received + from_snapshot,
        applied=stats.applied + from_snapshot,
        new_conflicts=stats.conflicts + (loaded.conflicts if loaded is not None else 0),
        changes=Changes(entities),
        finished_at=utcnow(),
        has_organization=has_org,
        not_sent=not_sent,
        from_snapshot=from_snapshot,
        healed=heal.note,
        checked=outcome is not None,
        check_problem=outcome.problem if outcome is not None else None,
        files_problem=files_moved.problem,
        role=said["role"] if said else None,
        membership=account_state.membership_of(said)[0],
    )


def _push_all(db: Database, client: HqClient, device_id: str, report: ProgressCallback) -> int:
    """Send the outbox in batches, oldest first. While HQ stores one batch, the next is folded
    and read here, so the laptop's work and HQ's overlap (a first push of a whole database took
    their sum). A batch leaves the outbox only after HQ's answer to it; when HQ refuses one, it
    and those after it stay."""
    sent = 0
    total = None
    after = 0  # the outbox entry of the last change handed to HQ
    in_flight: tuple[Future[dict[str, Any]], list[outbox.Pending]] | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as sender:
        while True:
            with db.write() as session:
                outbox.fold_outbox(session, limit=MAX_BATCH)
                batch = outbox.pending_changes(session, MAX_BATCH, after)
                if total is None:
                    total = outbox.pending_count(session)
            if in_flight is not None:
                answer, pushed = in_flight
                in_flight = None
                answer.result()  # HQ's refusal is raised here
                with db.write() as session:
                    healing.keep_sent(session, pushed)
                    outbox.acknowledge(session, pushed)
                sent += len(pushed)
                report(SyncProgress("sending", sent, max(total, sent)))
            if not batch:
                return sent
            after = batch[-1].seq
            body = outbox.push_body(outbox.batch_key(device_id, batch), batch)
            in_flight = (sender.submit(client.push_body, body), batch)


def _pull_all(
    db: Database, client: HqClient, device_id: str, report: ProgressCallback
) -> tuple[int, merge.MergeStats]:
    totals = merge.MergeStats()
    received = 0
    start = None
    while True:
        with db.read() as session:
            cursor = session.scalar(select(SyncState.pull_cursor).where(SyncState.id == 1)) or 0
        if start is None:
            start = cursor
        page = client.pull(cursor, PULL_PAGE)
        changes = [Change.from_json(item) for item in page["changes"]]
        with db.write() as session:
            now = session.scalar(select(SyncState.pull_cursor).where(SyncState.id == 1))
            if now != cursor:
                continue  # another sync of this database got there first
            session.info[capture.APPLYING_REMOTE] = True
            stats = healing.apply_page(session, changes, device_id)
            session.execute(
                update(SyncState)
                .where(SyncState.id == 1)
                .values(pull_cursor=int(page["next_cursor"]))
            )
        received += len(changes)
        totals.applied += stats.applied
        totals.ignored += stats.ignored
        totals.skipped += stats.skipped
        totals.conflicts += stats.conflicts
        totals.tables |= stats.tables
        high = int(page["high_water"])
        report(SyncProgress("receiving", int(page["next_cursor"]) - start, max(high - start, 0)))
        if not page["more"]:
            return received, totals


def join(
    path: Path,
    store: SecretStore,
    server_url: str,
    email: str,
    password: str,
    progress: ProgressCallback | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> tuple[Database, SignIn, SyncResult]:
    """Make a new database at ``path`` for the organization of this HQ account and fetch all of
    its data. The caller closes the returned database."""
    return join_with(
        path,
        lambda db: login(db, store, server_url, email, password, transport=transport),
        store,
        progress,
        transport=transport,
    )


def join_with(
    path: Path,
    sign_in: Callable[[Database], SignIn],
    store: SecretStore,
    progress: ProgressCallback | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> tuple[Database, SignIn, SyncResult]:
    """A new database at ``path``, signed in by ``sign_in`` (a password or an invitation), with
    all of the organization's data fetched; nothing is left at ``path`` when any of it fails."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise ValidationError.single(
            "db",
            msg(
                "{path} already exists. Give a new file name for the organization's database, "
                "or sign that database in with 'sistercommittee sync login'.",
                path=path,
            ),
        )
    db = open_database(path, create=True)
    try:
        signed_in = sign_in(db)
        result = sync_now(db, store, progress, transport=transport)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return db, signed_in, result


def sync_status(db: Database, store: SecretStore) -> SyncStatus:
    with db.read() as session:
        state = session.execute(
            select(SyncState.device_id, SyncState.server_url, SyncState.last_synced_at).where(
                SyncState.id == 1
            )
        ).one()
        account = session.get(SyncAccount, 1)
        checkpoint = session.get(HqCheckpoint, 1)
        pending = outbox.pending_count(session)
        conflicts = int(
            session.scalar(
                select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))
            )
            or 0
        )
    problem = None
    signed_in = False
    if state.server_url:
        try:
            signed_in = store.get(token_key(state.device_id)) is not None
        except NoSecureStoreError as error:
            problem = error.message
    return SyncStatus(
        server_url=state.server_url,
        organization=account.organization_name if account else None,
        email=account.email if account else None,
        role=account.role if account else None,
        signed_in=signed_in,
        pending_changes=pending,
        last_synced_at=state.last_synced_at,
        open_conflicts=conflicts,
        device_id=state.device_id,
        problem=problem,
        last_checked_at=checkpoint.checked_at if checkpoint else None,
        check_problem=checkpoint.check_problem if checkpoint else None,
        healed_at=checkpoint.healed_at if checkpoint else None,
        heal_note=checkpoint.heal_note if checkpoint else None,
        membership=account.membership if account else None,
        dues_paid_through=account.dues_paid_through if account else None,
    )


# --- reports ----------------------------------------------------------------------------------

_MEDIA_TYPES = {".pdf": "application/pdf", ".csv": "text/csv"}


def upload_report(
    db: Database,
    store: SecretStore,
    file: Path,
    *,
    year: int,
    kind: str = "annual_report",
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Send a report file (annual report, event summary) to HQ, kept there per year; a report of
    the same file name and year is replaced."""
    file = Path(file)
    try:
        content = file.read_bytes()
    except OSError as error:
        raise ValidationError.single("file", msg(
            "{file} cannot be read: {strerror}.",
            file=file, strerror=error.strerror,
        )) from error
    _, server_url, token = _token(db, store)
    media_type = _MEDIA_TYPES.get(file.suffix.lower(), "application/octet-stream")
    with HqClient(server_url, token, transport=transport) as client:
        stored = client.put_report(year, file.name, kind, media_type, content)
    from sistercommittee.domain import ReportSent

    with db.write() as session:  # the agenda stops asking for this year's report
        session.add(ReportSent(year=year, kind=kind, file_name=file.name, sent_at=utcnow()))
    return stored


def list_reports(
    db: Database,
    store: SecretStore,
    year: int | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> list[dict[str, Any]]:
    _, server_url, token = _token(db, store)
    with HqClient(server_url, token, transport=transport) as client:
        return client.list_reports(year)
