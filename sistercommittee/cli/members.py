"""`sistercommittee members`: the organization's accounts on HQ, as coordinators run them.

    sistercommittee members list [--json]
    sistercommittee members invite --email E --role R [--json]     prints the one-time code
    sistercommittee members role EMAIL --to R
    sistercommittee members remove EMAIL                           signs out their laptops
    sistercommittee members reset-password EMAIL                   prints a one-time code

Each command asks HQ with this database's sign-in; HQ lets only coordinators change anything.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.output import print_json, print_table
from sistercommittee.cli.texts import marked, short_day, tr


def register(commands: Any) -> None:
    members = commands.add_parser(
        "members",
        help=tr("the organization's accounts on HQ: list, invite, role, remove, reset-password"),
        description=tr(
            "The organization's accounts on HQ. Everyone can list them; coordinators "
            "invite, change roles, remove members and issue password resets."
        ),
    )
    actions = members.add_subparsers(dest="members_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=tr("every account with its role, last sync, laptops"))
    listing.add_argument("--json", action="store_true", help=tr("print as JSON"))
    listing.set_defaults(handler=_list)

    invite = actions.add_parser("invite", help=tr("invite an email; prints a one-time code"))
    invite.add_argument("--email", required=True, help=tr("the email to invite"))
    invite.add_argument("--role", required=True, help=tr("coordinator, volunteer or read-only"))
    invite.add_argument("--json", action="store_true", help=tr("print as JSON"))
    invite.set_defaults(handler=_invite)

    role = actions.add_parser("role", help=tr("change a member's role"))
    role.add_argument("email", help=tr("the member's email"))
    role.add_argument(
        "--to", required=True, metavar="ROLE", help=tr("coordinator, volunteer or read-only")
    )
    role.set_defaults(handler=_role)

    remove = actions.add_parser("remove", help=tr("remove a member and sign out their laptops"))
    remove.add_argument("email", help=tr("the member's email"))
    remove.set_defaults(handler=_remove)

    reset = actions.add_parser("reset-password", help=tr("issue a password reset: prints a code"))
    reset.add_argument("email", help=tr("the member's email"))
    reset.set_defaults(handler=_reset)


def _store() -> Any:
    from sistercommittee.sync.credentials import KeyringStore

    return KeyringStore()


@dataclass(frozen=True)
class _Row:
    email: str
    role: str
    last_sync: str
    laptops: str


_ROLES = {
    "coordinator": marked("coordinator"),
    "volunteer": marked("volunteer"),
    "read_only": marked("read-only"),
}


def _role_name(role: str) -> str:
    """A role as the user reads it ("read-only"; "solo lectura")."""
    from sistercommittee.sync.members import role_name

    return tr(_ROLES[role]) if role in _ROLES else role_name(role)


def _when(value: Any) -> str:
    return f"{short_day(value.date())} {value:%H:%M}" if value else ""


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import list_members

    found = list_members(ctx.open_db(), _store())
    if args.json:
        print_json(found, ctx.out)
        return 0
    rows = [
        _Row(
            tr("{email} (you)", email=member.email) if member.email == found.you else member.email,
            _role_name(member.role),
            _when(member.last_sync_at),
            ", ".join(
                f"{d.name} ({_when(d.last_seen_at)})"
                if d.signed_in
                else tr("{name} ({when}, signed out)", name=d.name, when=_when(d.last_seen_at))
                for d in member.devices
            ),
        )
        for member in found.members
    ]
    rows += [
        _Row(
            invitation.email,
            _role_name(invitation.role),
            tr("invited, until {when}", when=_when(invitation.expires_at)),
            "",
        )
        for invitation in found.invitations
    ]
    print_table(rows, ("email", "role", "last_sync", "laptops"), ctx.out, max_width=60)
    if not found.can_manage:
        ctx.say(
            tr(
                "Your account is {role}: only coordinators change members.",
                role=_role_name(found.your_role),
            )
        )
    return 0


def _invite(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import invite

    issued = invite(ctx.open_db(), _store(), args.email, args.role)
    if args.json:
        print_json(issued, ctx.out)
        return 0
    ctx.say(issued.code)
    told = tr(
        "Invited {email} as {role}. Pass the code on: it works once, until {when} UTC.",
        email=issued.email,
        role=_role_name(issued.role),
        when=_when(issued.expires_at),
    )
    if issued.emailed:
        told = tr("{told} HQ mailed it to them too.", told=told)
    sys.stderr.write(told + "\n")
    return 0


def _role(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import set_role

    role = set_role(ctx.open_db(), _store(), args.email, args.to)
    ctx.say(tr("{email} is now {role}.", email=args.email.strip().lower(), role=_role_name(role)))
    return 0


def _remove(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import remove_member

    count = remove_member(ctx.open_db(), _store(), args.email)
    ctx.say(
        tr(
            "Removed {email}; {count} laptop(s) of theirs are signed out at "
            "their next sync. What they synced stays.",
            email=args.email.strip().lower(),
            count=count,
        )
    )
    return 0


def _reset(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import issue_reset

    issued = issue_reset(ctx.open_db(), _store(), args.email)
    ctx.say(issued.code)
    told = tr(
        "A reset code for {email}: it works once, until {when} UTC. "
        "Setting the new password signs out their laptops.",
        email=issued.email,
        when=_when(issued.expires_at),
    )
    if issued.emailed:
        told = tr("{told} HQ mailed it to them too.", told=told)
    sys.stderr.write(told + "\n")
    return 0
