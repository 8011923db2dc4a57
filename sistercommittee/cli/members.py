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


def register(commands: Any) -> None:
    members = commands.add_parser(
        "members",
        help="the organization's accounts on HQ: list, invite, role, remove, reset-password",
        description="The organization's accounts on HQ. Everyone can list them; coordinators "
        "invite, change roles, remove members and issue password resets.",
    )
    actions = members.add_subparsers(dest="members_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every account with its role, last sync, laptops")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.set_defaults(handler=_list)

    invite = actions.add_parser("invite", help="invite an email; prints a one-time code")
    invite.add_argument("--email", required=True)
    invite.add_argument("--role", required=True, help="coordinator, volunteer or read-only")
    invite.add_argument("--json", action="store_true", help="print as JSON")
    invite.set_defaults(handler=_invite)

    role = actions.add_parser("role", help="change a member's role")
    role.add_argument("email")
    role.add_argument(
        "--to", required=True, metavar="ROLE", help="coordinator, volunteer or read-only"
    )
    role.set_defaults(handler=_role)

    remove = actions.add_parser("remove", help="remove a member and sign out their laptops")
    remove.add_argument("email")
    remove.set_defaults(handler=_remove)

    reset = actions.add_parser("reset-password", help="issue a password reset: prints a code")
    reset.add_argument("email")
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


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import list_members, role_name

    found = list_members(ctx.open_db(), _store())
    if args.json:
        print_json(found, ctx.out)
        return 0
    rows = [
        _Row(
            member.email + (" (you)" if member.email == found.you else ""),
            role_name(member.role),
            _when(member.last_sync_at),
            ", ".join(
                f"{d.name} ({_when(d.last_seen_at)}{'' if d.signed_in else ', signed out'})"
                for d in member.devices
            ),
        )
        for member in found.members
    ]
    rows += [
        _Row(
            invitation.email,
            role_name(invitation.role),
            f"invited, until {_when(invitation.expires_at)}",
            "",
        )
        for invitation in found.invitations
    ]
    print_table(rows, ("email", "role", "last_sync", "laptops"), ctx.out, max_width=60)
    if not found.can_manage:
        ctx.say(f"Your account is {role_name(found.your_role)}: only coordinators change members.")
    return 0


def _invite(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import invite, role_name

    issued = invite(ctx.open_db(), _store(), args.email, args.role)
    if args.json:
        print_json(issued, ctx.out)
        return 0
    ctx.say(issued.code)
    sent = " HQ mailed it to them too." if issued.emailed else ""
    sys.stderr.write(
        f"Invited {issued.email} as {role_name(issued.role)}. Pass the code on: it works once, "
        f"until {_when(issued.expires_at)} UTC.{sent}\n"
    )
    return 0


def _role(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import role_name, set_role

    role = set_role(ctx.open_db(), _store(), args.email, args.to)
    ctx.say(f"{args.email.strip().lower()} is now {role_name(role)}.")
    return 0


def _remove(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import remove_member

    count = remove_member(ctx.open_db(), _store(), args.email)
    ctx.say(
        f"Removed {args.email.strip().lower()}; {count} laptop(s) of theirs are signed out at "
        "their next sync. What they synced stays."
    )
    return 0


def _reset(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.sync.members import issue_reset

    issued = issue_reset(ctx.open_db(), _store(), args.email)
    ctx.say(issued.code)
    sent = " HQ mailed it to them too." if issued.emailed else ""
    sys.stderr.write(
        f"A reset code for {issued.email}: it works once, until {_when(issued.expires_at)} UTC. "
        f"Setting the new password signs out their laptops.{sent}\n"
    )
    return 0
