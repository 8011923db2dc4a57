"""`sistercommittee-hq`: run the HQ server and administer it from the command line.

    sistercommittee-hq serve --database-url URL --host 127.0.0.1 --port 8080
    sistercommittee-hq org create "Springfield Sister Cities"
    sistercommittee-hq user add --org "Springfield Sister Cities" --email ann@example.org \
        --role coordinator            (the password is asked for, or read from standard input)
    sistercommittee-hq user invite --org "Springfield Sister Cities" --email ann@example.org \
        --role coordinator            (prints a one-time code; mailed too with --smtp-url)
    sistercommittee-hq device revoke DEVICE_ID [--org ORG]
    sistercommittee-hq staff add --email lee@hq.example.org --name "Lee Park"   (the web console)

The database address comes from --database-url or SISTERCOMMITTEE_HQ_DATABASE_URL.
Exit status: 0 done, 2 bad input, 1 anything else; never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sistercommittee.errors import NotFoundError, SisterCommitteeError, ValidationError
from sistercommittee.hq.settings import (
    APP_VERSION_VARIABLE,
    HASHING_VARIABLE,
    SMTP_URL_VARIABLE,
    SNAPSHOT_DIR_VARIABLE,
    THREADS_VARIABLE,
    URL_VARIABLE,
)

log = logging.getLogger("sistercommittee.hq")
_HQ_EXTRA = {"fastapi", "uvicorn", "argon2", "psycopg", "starlette", "pydantic"}
_VERSION_PATTERN = r"\d+(\.\d+){0,3}([a-z]+\d*)?"


def _url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help=f"sqlite:///hq.sqlite or postgresql://user@host/db (default: ${URL_VARIABLE})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sistercommittee-hq",
        description="The SisterCommittee HQ server: sync and reports for committees.",
    )
    _url_option(parser)
    parser.add_argument(
        "--debug", action="store_true", help="print the full details of unexpected errors"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="run the HTTP server")
    _url_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port (8080)")
    serve.add_argument("--no-migrate", action="store_true", help="refuse to start on an old schema")
    serve.add_argument(
        "--workers",
        type=int,
        default=0,
        help="worker processes (default: one per CPU, at most 4)",
    )
    serve.add_argument(
        "--threads",
        type=int,
        default=0,
        help="request threads and database connections per worker (16)",
    )
    serve.add_argument(
        "--hashing",
        type=int,
        default=0,
        help="password checks at once per worker, 64 MiB each (2)",
    )
    serve.add_argument(
        "--current-app-version",
        metavar="VERSION",
        help="the desktop app release laptops are told about when theirs is older "
        f"(default: ${APP_VERSION_VARIABLE}, else this server's version)",
    )
    serve.add_argument(
        "--smtp-url",
        metavar="URL",
        help="mail invitation and password-reset codes through this SMTP server, as "
        "smtp+starttls://user:password@mail.example.org:587?from=hq@example.org "
        f"(default: ${SMTP_URL_VARIABLE}; without it, coordinators pass codes on)",
    )
    serve.set_defaults(handler=_serve)

    serve.add_argument(
        "--snapshot-dir",
        type=Path,
        help="where the organizations' snapshots are kept (default: beside an SQLite database, "
        "else in the temporary folder)",
    )

    restore = commands.add_parser(
        "restore", help="restore an SQLite database from a backup file (HQ stopped)"
    )
    _url_option(restore)
    restore.add_argument("backup", type=Path, help="the backup file")
    restore.set_defaults(handler=_restore)

    epoch = commands.add_parser("epoch", help="the database's epoch: show, renew")
    epoch_actions = epoch.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = epoch_actions.add_parser("show", help="print the current epoch")
    _url_option(show)
    show.set_defaults(handler=_epoch_show)
    renew = epoch_actions.add_parser(
        "renew", help="begin a new epoch after restoring the database by other means"
    )
    _url_option(renew)
    renew.set_defaults(handler=_epoch_renew)

    snapshot = commands.add_parser("snapshot", help="organizations' snapshots for joining")
    snapshot_actions = snapshot.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = snapshot_actions.add_parser("build", help="bring snapshots up to date now")
    _url_option(build)
    build.add_argument("--org", help="organization name or id (default: all)")
    build.add_argument("--snapshot-dir", type=Path, help="as for serve")
    build.set_defaults(handler=_snapshot_build)

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    _url_option(migrate)
    migrate.set_defaults(handler=_migrate)

    org = commands.add_parser("org", help="organizations: create, list")
    org_actions = org.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = org_actions.add_parser("create", help="create an organization")
    _url_option(create)
    create.add_argument("name")
    create.set_defaults(handler=_org_create)
    listing = org_actions.add_parser("list", help="list organizations")
    _url_option(listing)
    listing.set_defaults(handler=_org_list)

    stories = commands.add_parser("stories", help="members' stories sent to HQ: list")
    story_actions = stories.add_subparsers(dest="action", metavar="ACTION", required=True)
    story_list = story_actions.add_parser("list", help="list the stories members sent")
    _url_option(story_list)
    story_list.add_argument("--org", metavar="NAME", help="only this organization's")
    story_list.add_argument("--json", action="store_true", help="print as JSON, with the text")
    story_list.set_defaults(handler=_stories_list)

    user = commands.add_parser("user", help="users: add, remove, role, reset-password, list")
    user_actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = user_actions.add_parser("add", help="add a user to an organization")
    _url_option(add)
    add.add_argument("--org", required=True, help="organization name or id")
    add.add_argument("--email", required=True)
    add.add_argument("--role", required=True, help="coordinator, volunteer or read-only")
    add.set_defaults(handler=_user_add)
    invite = user_actions.add_parser(
        "invite", help="invite an email to an organization: prints a one-time code"
    )
    _url_option(invite)
    invite.add_argument("--org", required=True, help="organization name or id")
    invite.add_argument("--email", required=True)
    invite.add_argument("--role", required=True, help="coordinator, volunteer or read-only")
    invite.set_defaults(handler=_user_invite)
    remove = user_actions.add_parser("remove", help="remove a user and sign out their devices")
    _url_option(remove)
    remove.add_argument("--email", required=True)
    remove.add_argument("--org", help="organization name or id (checked when given)")
    remove.set_defaults(handler=_user_remove)
    role = user_actions.add_parser("role", help="change a user's role")
    _url_option(role)
    role.add_argument("--email", required=True)
    role.add_argument("--org", help="organization name or id (checked when given)")
    role.add_argument("--role", required=True)
    role.set_defaults(handler=_user_role)
    reset = user_actions.add_parser("reset-password", help="set a new password")
    _url_option(reset)
    reset.add_argument("--email", required=True)
    reset.add_argument("--org", help="organization name or id (checked when given)")
    reset.add_argument("--sign-out", action="store_true", help="also sign out their devices")
    reset.set_defaults(handler=_user_reset)
    users = user_actions.add_parser("list", help="list an organization's users")
    _url_option(users)
    users.add_argument("--org", required=True)
    users.set_defaults(handler=_user_list)

    device = commands.add_parser("device", help="signed-in laptops: list, revoke")
    device_actions = device.add_subparsers(dest="action", metavar="ACTION", required=True)
    devices = device_actions.add_parser("list", help="list an organization's devices")
    _url_option(devices)
    devices.add_argument("--org", required=True)
    devices.set_defaults(handler=_device_list)
    revoke = device_actions.add_parser("revoke", help="sign a laptop out at once")
    _url_option(revoke)
    revoke.add_argument("device_id", help="HQ's device id or the laptop's device id")
    revoke.add_argument(
        "--org", help="organization name or id (needed when a laptop id is in more than one)"
    )
    revoke.set_defaults(handler=_device_revoke)
    _staff_commands(commands)
    return parser


def _staff_commands(commands: Any) -> None:
    staff = commands.add_parser("staff", help="HQ staff who sign in to the web console")
    actions = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff account (the password is asked for)")
    _url_option(add)
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True, help="the name shown in the console")
    add.set_defaults(handler=_staff_add)
    listing = actions.add_parser("list", help="list staff accounts")
    _url_option(listing)
    listing.set_defaults(handler=_staff_list)
    disable = actions.add_parser("disable", help="close a staff account and end its sessions")
    _url_option(disable)
    disable.add_argument("--email", required=True)
    disable.set_defaults(handler=_staff_disable)


def _staff_add(args: argparse.Namespace) -> int:
    from sistercommittee.hq.console import staff

    db = _database(args)
    password = _password(f"Password for {args.email}: ")
    staff.add_staff(db, args.email, args.name, password)
    print(f"Added {args.email.strip().lower()} as HQ staff: they sign in at /console/.")
    return 0


def _staff_list(args: argparse.Namespace) -> int:
    from sistercommittee.hq.console import staff

    for info in staff.list_staff(_database(args)):
        state = f"disabled {info.disabled_at:%Y-%m-%d}" if info.disabled_at else "active"
        print(f"{info.email}  {info.name}  {state}")
    return 0


def _staff_disable(args: argparse.Namespace) -> int:
    from sistercommittee.hq.console import staff

    staff.disable_staff(_database(args), args.email)
    print(f"{args.email} can no longer sign in to the console.")
    return 0


def _database(args: argparse.Namespace) -> Any:
    from sistercommittee.hq.database import HqDatabase

    url = getattr(args, "database_url", None) or os.environ.get(URL_VARIABLE)
    if not url:
        raise ValidationError.single(
            "database_url", f"Give the database with --database-url or ${URL_VARIABLE}."
        )
    db = HqDatabase(url)
    db.upgrade()
    return db


def _password(prompt: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise ValidationError.single("password", "The two passwords differ.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


WORKER_HEALTHCHECK_SECONDS = 60


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sistercommittee.hq.database import DEFAULT_THREADS, HqDatabase
    from sistercommittee.hq.security import DEFAULT_HASHING

    url = getattr(args, "database_url", None) or os.environ.get(URL_VARIABLE)
    if not url:
        raise ValidationError.single(
            "database_url", f"Give the database with --database-url or ${URL_VARIABLE}."
        )
    for name in ("workers", "threads", "hashing"):
        if getattr(args, name) < 0:
            raise ValidationError.single(name, f"--{name} must be a positive number.")
    current = args.current_app_version or os.environ.get(APP_VERSION_VARIABLE) or None
    if current is not None and not re.fullmatch(_VERSION_PATTERN, current.strip()):
        raise ValidationError.single(
            "current_app_version",
            f"{current!r} is not an app version; give it like 0.2.0.",
        )
    db = HqDatabase(url)
    if args.no_migrate:
        if not db.is_current():
            raise SisterCommitteeError("The database schema is not current: run 'migrate'.")
    else:
        db.upgrade()
    db.dispose()
    workers = args.workers or min(os.cpu_count() or 1, 4)
    # Each worker process builds its own app (and database connections) from these.
    os.environ[URL_VARIABLE] = url
    os.environ[THREADS_VARIABLE] = str(args.threads or DEFAULT_THREADS)
    if args.snapshot_dir:
        os.environ[SNAPSHOT_DIR_VARIABLE] = str(Path(args.snapshot_dir).resolve())
    os.environ[HASHING_VARIABLE] = str(args.hashing or DEFAULT_HASHING)
    if current:
        os.environ[APP_VERSION_VARIABLE] = current.strip()
    smtp_url = args.smtp_url or os.environ.get(SMTP_URL_VARIABLE)
    if smtp_url:
        from sistercommittee.hq.mail import SmtpMailer

        SmtpMailer.from_url(smtp_url)  # a bad address is said now, not at the first mail
        os.environ[SMTP_URL_VARIABLE] = smtp_url
    log.info("HQ serving on %s:%s with %d worker processes", args.host, args.port, workers)
    uvicorn.run(
        "sistercommittee.hq.api:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        log_level="info",
        access_log=False,
        # uvicorn replaces a worker that does not answer its supervisor's ping within this
        # many seconds (5 by default), dropping every request it holds. A worker answers from a
        # thread that needs the interpreter's lock, which a busy worker on a loaded machine may
        # not hand over for seconds: 134 failed syncs in a 10-minute soak at load 20. A worker
        # that is really hung is still replaced, a minute later.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
    )
    return 0


def _url(args: argparse.Namespace) -> str:
    url = getattr(args, "database_url", None) or os.environ.get(URL_VARIABLE)
    if not url:
        raise ValidationError.single(
            "database_url", f"Give the database with --database-url or ${URL_VARIABLE}."
        )
    return str(url)


def _restore(args: argparse.Namespace) -> int:
    from sistercommittee.hq.epoch import restore_sqlite

    epoch = restore_sqlite(_url(args), args.backup)
    print(
        f"Restored the database from {args.backup}; its new epoch is {epoch}. Laptops send "
        "again what the backup lacks when they next sync."
    )
    return 0


def _epoch_show(args: argparse.Namespace) -> int:
    from sistercommittee.hq.epoch import current_epoch

    with _database(args).read() as connection:
        print(current_epoch(connection))
    return 0


def _epoch_renew(args: argparse.Namespace) -> int:
    from sistercommittee.hq.epoch import renew_epoch

    epoch = renew_epoch(_database(args))
    print(f"New epoch {epoch}: laptops send again what HQ lacks when they next sync.")
    return 0


def _snapshot_build(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin
    from sistercommittee.hq.snapshot import SnapshotStore

    db = _database(args)
    store = SnapshotStore.beside(db, args.snapshot_dir)
    organizations = admin.list_organizations(db)
    if args.org:
        organizations = [o for o in organizations if args.org in (o.id, o.name)]
        if not organizations:
            raise NotFoundError(f"There is no organization {args.org!r} on this HQ.")
    for organization in organizations:
        position = store.refresh(organization.id)
        print(f"{organization.name}: snapshot at position {position:,}.")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    _database(args)
    print("The database schema is up to date.")
    return 0


def _org_create(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    org_id = admin.create_organization(_database(args), args.name)
    print(f"Created {args.name} ({org_id}).")
    return 0


def _table(rows: Sequence[Any]) -> None:
    for row in rows:
        print("  ".join(f"{value}" for value in asdict(row).values()))


def _org_list(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    _table(admin.list_organizations(_database(args)))
    return 0


def _stories_list(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin
    from sistercommittee.hq.stories import list_stories

    db = _database(args)
    org_id = None
    if args.org:
        known = {org.name: org.id for org in admin.list_organizations(db)}
        if args.org not in known:
            raise ValidationError.single("org", f"There is no organization named {args.org}.")
        org_id = known[args.org]
    found = list_stories(db, org_id)
    if args.json:
        print(json.dumps([asdict(story) for story in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("No member has sent a story yet.")
        return 0
    for story in found:
        pdf = f"PDF {story.report_id}" if story.report_id else "no PDF yet"
        print(f"{story.sent_at[:10]}  {story.organization}  {story.title}  ({pdf})")
    return 0


def _user_add(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    db = _database(args)
    password = _password(f"Password for {args.email}: ")
    admin.add_user(db, args.org, args.email, args.role, password)
    print(f"Added {args.email.strip().lower()} as {args.role}.")
    return 0


def _user_invite(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    issued = admin.invite_user(_database(args), args.org, args.email, args.role)
    print(issued.code)
    sys.stderr.write(
        f"Invited {issued.email} to {issued.organization} as {issued.role.replace('_', '-')}: "
        f"pass the code on; it works once, until {issued.expires_at:%Y-%m-%d %H:%M} UTC.\n"
    )
    return 0


def _user_remove(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    admin.remove_user(_database(args), args.email, args.org)
    print(f"Removed {args.email}; their laptops are signed out.")
    return 0


def _user_role(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    admin.set_role(_database(args), args.email, args.role, args.org)
    print(f"{args.email} is now {args.role}.")
    return 0


def _user_reset(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    db = _database(args)
    password = _password(f"New password for {args.email}: ")
    admin.reset_password(db, args.email, password, sign_out=args.sign_out, org=args.org)
    print(f"The password of {args.email} was changed.")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    _table(admin.list_users(_database(args), args.org))
    return 0


def _device_list(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    _table(admin.list_devices(_database(args), args.org))
    return 0


def _device_revoke(args: argparse.Namespace) -> int:
    from sistercommittee.hq import admin

    name = admin.revoke_device(_database(args), args.device_id, args.org)
    print(f"Device {args.device_id} of {name} is signed out.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its set-up chatter is no news
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except ValidationError as error:
        sys.stderr.write(f"{error.message}\n")
        return 2
    except NotFoundError as error:
        sys.stderr.write(f"{error.message}\n")
        return 2
    except SisterCommitteeError as error:
        sys.stderr.write(f"{error.message}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if isinstance(error, ModuleNotFoundError) and (error.name or "").split(".")[0] in _HQ_EXTRA:
            sys.stderr.write(
                f"The HQ server needs packages this installation lacks ({error.name}): install "
                "it with its hq extra, pip install 'sistercommittee[hq]' (docs/hq-deployment.md).\n"
            )
            return 1
        if args.debug:
            log.exception("sistercommittee-hq %s failed", args.command)
        sys.stderr.write(
            f"sistercommittee-hq {args.command} stopped on an unexpected error "
            f"({type(error).__name__}: {error}). Run it again with --debug for the details.\n"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
