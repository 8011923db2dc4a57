"""`sistercommittee sync`: send this laptop's changes to HQ and get everyone else's.

    sistercommittee sync                     push then pull; prints what changed
    sistercommittee sync login --server URL --email E | --invitation CODE
    sistercommittee sync join --server URL --email E --db NEW.sqlite
    sistercommittee sync join --server URL --invitation CODE --db NEW.sqlite
    sistercommittee sync reset-password --server URL --code CODE | --email E
    sistercommittee sync status [--json]
    sistercommittee sync conflicts [--json] | restore ID | dismiss ID
    sistercommittee sync upload-report FILE --year YEAR [--kind annual_report]
    sistercommittee sync logout

The password is asked for without echo, or read from standard input when that is not a terminal.
The device token is kept in the operating system's keyring only.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.output import print_json, print_record, print_table
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg


def register(commands: Any) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync with HQ: send this laptop's changes and get everyone else's",
        description="Without an action: send this laptop's changes to HQ, then fetch and merge "
        "everyone else's.",
    )
    sync.set_defaults(handler=_run)
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION")

    login = actions.add_parser("login", help="sign this database in to HQ (once per laptop)")
    login.add_argument("--server", required=True, metavar="URL", help="HQ's address")
    who = login.add_mutually_exclusive_group(required=True)
    who.add_argument("--email", help="your HQ account's email")
    who.add_argument(
        "--invitation", metavar="CODE", help="an invitation's code: choose your password"
    )
    login.add_argument("--device-name", help="how HQ lists this laptop (default: its host name)")
    login.set_defaults(handler=_login)

    join = actions.add_parser(
        "join", help="make a new database with your organization's data from HQ"
    )
    join.add_argument("--server", required=True, metavar="URL", help="HQ's address")
    joining = join.add_mutually_exclusive_group(required=True)
    joining.add_argument("--email", help="your HQ account's email")
    joining.add_argument(
        "--invitation", metavar="CODE", help="the code of your invitation: choose a password"
    )
    join.add_argument(
        "--db", dest="join_db", type=Path, metavar="NEW.sqlite", help="the new database file"
    )
    join.set_defaults(handler=_join)

    reset = actions.add_parser(
        "reset-password",
        help="set a new HQ password with a reset code (or ask HQ to mail one with --email)",
    )
    reset.add_argument("--server", required=True, metavar="URL", help="HQ's address")
    how = reset.add_mutually_exclusive_group(required=True)
    how.add_argument("--code", help="the reset code from your coordinator or HQ's mail")
    how.add_argument("--email", help="ask HQ to mail a reset code to this account's email")
    reset.set_defaults(handler=_reset_password)

    status = actions.add_parser("status", help="pending changes, last sync, server")
    status.add_argument("--json", action="store_true", help="print as JSON")
    status.set_defaults(handler=_status)

    logout = actions.add_parser("logout", help="sign this database out of HQ")
    logout.set_defaults(handler=_logout)

    conflicts = actions.add_parser("conflicts", help="values changed by two people that lost")
    conflicts.add_argument("--json", action="store_true", help="print as JSON")
    conflicts.add_argument("--all", action="store_true", help="also restored and dismissed ones")
    conflicts.add_argument("--offset", type=int, default=0)
    conflicts.add_argument("--limit", type=int, default=100)
    conflicts.set_defaults(handler=_conflicts)

    restore = actions.add_parser("restore", help="bring a losing value back (a new change)")
    restore.add_argument("conflict_id", type=int, metavar="ID")
    restore.set_defaults(handler=_restore)

    dismiss = actions.add_parser("dismiss", help="keep the winning value; drop from the list")
    dismiss.add_argument("conflict_id", type=int, metavar="ID")
    dismiss.set_defaults(handler=_dismiss)

    upload = actions.add_parser("upload-report", help="send a report file to HQ for a year")
    upload.add_argument("file", type=Path)
    upload.add_argument("--year", type=int, required=True)
    upload.add_argument(
        "--kind",
        default="annual_report",
        choices=("annual_report", "event_summary", "other"),
    )
    upload.set_defaults(handler=_upload)


def _store() -> Any:
    from sistercommittee.sync.credentials import KeyringStore

    return KeyringStore()


def _password(email: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"HQ password for {email}: ")
    return sys.stdin.readline().rstrip("\r\n")


def _new_password(prompt: str = "Choose your HQ password (10 characters or more): ") -> str:
    """A new password: typed twice at a terminal, else one line of standard input."""
    from sistercommittee.sync.members import check_new_password

    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        check_new_password(first)
        check_new_password(first, getpass.getpass("Again: "))
        return first
    password = sys.stdin.readline().rstrip("\r\n")
    check_new_password(password)
    return password


class _Progress:
    """One updating line on a terminal; nothing when the output is a file or a pipe."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self.shown = False

    def __call__(self, progress: Any) -> None:
        if not self.live:
            return
        what = {
            "sending": "Sending changes",
            "loading": "Loading the organization's records",
            "resending": "Sending changes again",
        }.get(progress.phase, "Receiving changes")
        sys.stderr.write(f"\r{what}: {progress.done:,} of {progress.total:,}   ")
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _summary(ctx: CliContext, result: Any) -> None:
    if not result.sent and not result.received:
        ctx.say("Up to date: nothing to send, nothing new on HQ.")
    else:
        ctx.say(
            f"Sent {result.sent:,} change(s); received {result.received:,}, "
            f"{result.applied:,} of which changed something here."
        )
    if result.changes.entities:
        ctx.say("Updated: " + ", ".join(sorted(e.value for e in result.changes.entities)) + ".")
    if result.new_conflicts:
        ctx.say(
            f"{result.new_conflicts} value(s) were changed by two people; the losing ones are "
            "kept: see 'sistercommittee sync conflicts'."
        )
    if not result.has_organization:
        ctx.say(
            "HQ holds no data of the organization yet: sync the laptop that has it first, then "
            "sync here again."
        )
    if result.not_sent:
        ctx.say(f"This laptop's changes were not sent: {result.not_sent}")
    if result.healed:
        ctx.say(result.healed)
    if result.check_problem:
        ctx.say(result.check_problem)
    if result.files_problem:
        ctx.say(result.files_problem)


def _run(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.service import sync_now

    progress = _Progress()
    try:
        result = sync_now(ctx.open_db(), _store(), progress)
    finally:
        progress.end()
    _summary(ctx, result)
    return 0


def _login(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.client import normalize_server_url
    from sistercommittee.sync.service import login

    normalize_server_url(args.server)  # check before asking for the password
    if not ctx.db_path.exists():
        raise ValidationError.single(
            "db",
            msg(
                "There is no database at {db_path}. To get your organization's data from HQ "
                "into a new one, use 'sistercommittee sync join --server URL --email E'.",
                db_path=ctx.db_path,
            ),
        )
    db = ctx.open_db()
    store = _store()
    store.check()  # before asking for the password: is there a secure store at all?
    if args.invitation:
        from sistercommittee.sync.members import sign_in_with_invitation

        sign_in = sign_in_with_invitation(
            db, store, args.server, args.invitation, _new_password(), device_name=args.device_name
        )
    else:
        sign_in = login(
            db, store, args.server, args.email, _password(args.email), device_name=args.device_name
        )
    ctx.say(f"Signed in to {sign_in.organization} on {sign_in.server_url} as {sign_in.email}.")
    if sign_in.role == "read_only":
        ctx.say("Your account is read-only: you receive changes but cannot send any.")
    ctx.say("Run 'sistercommittee sync' to sync now.")
    return 0


def _join(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.client import normalize_server_url
    from sistercommittee.sync.service import join

    normalize_server_url(args.server)
    path: Path = args.join_db or ctx.db_path
    if path.exists() and path.stat().st_size > 0:
        raise ValidationError.single(
            "db", msg("{path} already exists. Give a new file with --db NEW.sqlite.", path=path)
        )
    store = _store()
    store.check()
    progress = _Progress()
    if args.invitation:
        from sistercommittee.sync.members import join_with_invitation

        password = _new_password()
        try:
            db, sign_in, result = join_with_invitation(
                path, store, args.server, args.invitation, password, progress
            )
        finally:
            progress.end()
    else:
        password = _password(args.email)
        try:
            db, sign_in, result = join(path, store, args.server, args.email, password, progress)
        finally:
            progress.end()
    db.close()
    ctx.say(f"Made {path} for {sign_in.organization} with {result.received:,} change(s) from HQ.")
    if args.invitation:
        ctx.say(f"Your HQ account is {sign_in.email}; sign in with it and your new password.")
    if not result.has_organization:
        ctx.say(
            "HQ holds no data of the organization yet: sync the laptop that has it first, then "
            f"run 'sistercommittee --db {path} sync'."
        )
    return 0


def sync_signed_in_as(db: Any, email: str) -> bool:
    from sistercommittee.sync.service import sync_status

    status = sync_status(db, _store())
    return bool(status.signed_in and status.email == email)


def _reset_password(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.client import normalize_server_url
    from sistercommittee.sync.members import request_reset, reset_password

    normalize_server_url(args.server)
    if args.email:
        asked = request_reset(args.server, args.email)
        ctx.say(asked.detail)
        if asked.mailed:
            ctx.say(f"Then: sistercommittee sync reset-password --server {args.server} --code CODE")
        return 0 if asked.mailed else 1
    password = _new_password("Choose your new HQ password (10 characters or more): ")
    db = store = None
    if ctx.db_path.exists():
        from sistercommittee.sync.service import sync_status

        db = ctx.open_db()
        store = _store()
        status = sync_status(db, store)
        if status.server_url not in (None, args.server.strip().rstrip("/")):
            db = store = None  # this database syncs elsewhere: only the password is set
    email = reset_password(args.server, args.code, password, db=db, store=store)
    ctx.say(f"The password of {email} is changed; its other laptops are signed out.")
    if db is not None and sync_signed_in_as(db, email):
        ctx.say(f"{ctx.db_path} is signed in again with the new password.")
    return 0


def _status(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.service import sync_status

    status = sync_status(ctx.open_db(), _store())
    if args.json:
        print_json(status, ctx.out)
    else:
        print_record(status, ctx.out)
    return 0


def _logout(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.service import logout

    told = logout(ctx.open_db(), _store())
    ctx.say(
        "Signed out of HQ."
        if told
        else "Signed out on this laptop (HQ was not reachable; an administrator can revoke the "
        "device there)."
    )
    return 0


def _conflicts(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.conflicts import ConflictQuery, list_conflicts

    page = list_conflicts(
        ctx.open_db(),
        ConflictQuery(include_resolved=args.all, offset=args.offset, limit=args.limit),
    )
    if args.json:
        print_json(page, ctx.out)
        return 0
    if not page.items:
        ctx.say("No values changed by two people.")
        return 0
    print_table(
        page.items,
        (
            "id",
            "record_kind",
            "record_label",
            "field",
            "losing_value",
            "current_value",
            "reason",
            "losing_changed_at",
        ),
        ctx.out,
    )
    if page.has_more:
        ctx.say(f"(showing {len(page.items)} of {page.total}; use --offset for more)")
    return 0


def _restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.conflicts import get_conflict, restore_conflict

    db = ctx.open_db()
    conflict = get_conflict(db, args.conflict_id)
    restore_conflict(db, args.conflict_id)
    ctx.say(
        f"Restored the {conflict.field_label} of {conflict.record_kind} "
        f"{conflict.record_label or conflict.record_id}; it syncs as a new change."
    )
    return 0


def _dismiss(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.conflicts import dismiss_conflict

    dismiss_conflict(ctx.open_db(), args.conflict_id)
    ctx.say("Dismissed: the current value stays.")
    return 0


def _upload(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.service import upload_report

    report = upload_report(ctx.open_db(), _store(), args.file, year=args.year, kind=args.kind)
    ctx.say(f"Sent {report['file_name']} to HQ as the {args.year} {args.kind.replace('_', ' ')}.")
    return 0
