"""What is coming and what is overdue; a partnership's health; mailing lists; hours approval.

sistercommittee agenda [--days N] [--json]
sistercommittee health [PARTNERSHIP_ID] [--json]
sistercommittee mailing-list --format csv|vcard --out FILE [--language TAG]
sistercommittee hours pending | approve ID... --by NAME | decline ID... --by NAME --reason R
sistercommittee hours reviews [--hours ID] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.language import shown
from sistercommittee.cli.output import cell, display_width, plain_data, print_json


def register(commands: Any) -> None:
    agenda = commands.add_parser(
        "agenda",
        help="what is coming and what is overdue",
        description="Shifts without volunteers, consent to be contacted about to lapse, "
        "anniversaries (a year ahead), travel dates of exchanges, reports due to HQ and hours "
        "waiting for approval: overdue, today, and the next days.",
    )
    agenda.add_argument(
        "--days", type=int, default=30, metavar="N", help="how many days ahead (default 30)"
    )
    agenda.add_argument("--json", action="store_true", help="print as JSON")
    agenda.set_defaults(handler=_agenda)

    health = commands.add_parser(
        "health",
        help="how each partnership is doing, with flags and suggestions",
        description="Without an id: every partnership with its number of flags. With one: its "
        "last event and exchange, people exchanged per year, hours given, open tasks, flags "
        "with their reasons, suggestions from its focus areas and anniversaries within a year.",
    )
    health.add_argument("partnership_id", nargs="?", metavar="PARTNERSHIP_ID")
    health.add_argument("--json", action="store_true", help="print as JSON")
    health.set_defaults(handler=_health)

    mailing = commands.add_parser(
        "mailing-list",
        help="export the volunteers who agreed to be contacted (CSV or vCard)",
        description="Only volunteers whose consent to be contacted is given and not lapsed; "
        "says how many were left out and why.",
    )
    mailing.add_argument("--format", choices=("csv", "vcard"), help="default: from --out's name")
    mailing.add_argument("--out", type=Path, required=True, metavar="FILE")
    mailing.add_argument("--language", metavar="TAG", help="only volunteers who speak it")
    mailing.add_argument(
        "--include-inactive", action="store_true", help="also volunteers no longer active"
    )
    mailing.set_defaults(handler=_mailing)


def register_hours(hours: Any) -> None:
    """Sub-commands of ``hours`` for the approval of self-logged hours."""
    pending = hours.add_parser("pending", help="self-logged hours waiting for approval")
    pending.add_argument("--json", action="store_true", help="print as JSON")
    pending.set_defaults(handler=_pending)
    for verb, helptext in (
        ("approve", "approve self-logged hours: from now on they count"),
        ("decline", "decline self-logged hours, saying why"),
    ):
        action = hours.add_parser(verb, help=helptext)
        action.add_argument("hours_ids", nargs="+", metavar="HOURS_ID")
        action.add_argument("--by", required=True, metavar="NAME", help="the coordinator")
        if verb == "approve":
            action.add_argument("--note", help="a note kept with the approval")
        else:
            action.add_argument("--reason", required=True, help="why they are declined")
        action.set_defaults(handler=_approve if verb == "approve" else _decline)
    reviews = hours.add_parser("reviews", help="who approved or declined which hours, and when")
    reviews.add_argument("--hours", metavar="HOURS_ID", help="only this entry's decisions")
    reviews.add_argument("--json", action="store_true", help="print as JSON")
    reviews.set_defaults(handler=_reviews)


def _table(ctx: CliContext, headers: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    texts = [[cell(value) for value in row] for row in rows]
    widths = [
        max([display_width(header)] + [display_width(row[i]) for row in texts])
        for i, header in enumerate(headers)
    ]
    for row in [list(headers), *texts]:
        padded = [text + " " * (widths[i] - display_width(text)) for i, text in enumerate(row)]
        ctx.say("  ".join(padded).rstrip())


# --- agenda -----------------------------------------------------------------------------------


def _agenda(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.agenda import agenda

    result = agenda(ctx.open_db(), args.days)
    if args.json:
        print_json(
            {
                "today": result.today,
                "days": result.days,
                "items": [
                    {**plain_data(item), "overdue": item.overdue(result.today)}
                    for item in result.items
                ],
            }
        )
        return 0
    today = result.today
    day = f"{today.strftime('%A')} {today.day} {today.strftime('%B %Y')}"
    ctx.say(f"Agenda for {day}, the next {result.days} days")
    if not result.items:
        ctx.say("Nothing is overdue or coming.")
    for title, items in (
        ("Overdue", result.overdue),
        ("Today", result.due_today),
        ("Coming", result.coming),
    ):
        if not items:
            continue
        ctx.say("")
        ctx.say(f"{title} ({len(items)})")
        for item in items:
            ctx.say(f"  {item.on.isoformat()} {item.on.strftime('%a')}  {shown(item.title)}")
            if item.detail:
                ctx.say(f"                  {shown(item.detail)}")
            if item.action is not None and item.record_id:
                ctx.say(f"                  → {_command(item, result.today)}")
    return 0


def _command(item: Any, today: Any) -> str:
    from sistercommittee.services.agenda import ItemAction

    if item.action is ItemAction.RENEWAL_CERTIFICATE:
        return (
            f"sistercommittee certificate {item.partnership_ids[0]} --renewal "
            f"--on {item.on.isoformat()} --out renewal.pdf"
        )
    return f"sistercommittee hours approve {item.record_id} --by NAME"


# --- health -----------------------------------------------------------------------------------


def _health(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.health import health_overview, partnership_health

    db = ctx.open_db()
    if args.partnership_id is None:
        overview = health_overview(db)
        if args.json:
            print_json(overview)
        else:
            _table(
                ctx,
                ("id", "city", "country", "status", "flags"),
                [(h.id, h.city_name, shown(h.country), h.status.value, h.flags) for h in overview],
            )
        return 0
    health = partnership_health(db, args.partnership_id)
    if args.json:
        print_json(health)
        return 0
    signed = f", signed {health.signed_on.isoformat()}" if health.signed_on else ""
    ctx.say(f"{health.city_name} ({health.country}), {health.status.value}{signed}")
    for label, dated in (
        ("Last event", health.last_event),
        ("Last exchange", health.last_exchange),
        ("Next exchange", health.next_exchange),
    ):
        ctx.say(f"  {label}: " + (f"{dated.title} ({dated.on.isoformat()})" if dated else "none"))
    people = ", ".join(f"{count.year}: {count.people}" for count in health.people_by_year)
    ctx.say(f"  People exchanged per year: {people}")
    ctx.say(f"  Hours given at its events: {health.hours_minutes / 60:,.1f}")
    _section(ctx, "Flags", [shown(flag.reason) for flag in health.flags], "none")
    _section(ctx, "Open tasks", [shown(task) for task in health.open_tasks], "none")
    _section(
        ctx,
        "Anniversaries within a year",
        [
            f"{a.on.isoformat()}  {shown(a.what)}"
            + ("  (renewal certificate)" if a.renewal else "")
            for a in health.anniversaries
        ],
        "none",
    )
    _section(ctx, "Suggestions", [shown(text) for text in health.suggestions], "none")
    return 0


def _section(ctx: CliContext, title: str, lines: list[str], empty: str) -> None:
    ctx.say(f"{title}:")
    for line in lines or [empty]:
        ctx.say(f"  - {line}" if lines else f"  {line}")


# --- mailing lists ----------------------------------------------------------------------------


def _mailing(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.files import write_bytes
    from sistercommittee.services import mailing
    from sistercommittee.services.anniversaries import org_today

    raw = args.format or args.out.suffix.lstrip(".")
    fmt = mailing.parse_format(raw)
    db = ctx.open_db()
    with db.read() as session:
        today = org_today(session)
    result = mailing.mailing_list(
        db, fmt, today=today, language=args.language, include_inactive=args.include_inactive
    )
    path = write_bytes(args.out, mailing.render(result))
    ctx.say(f"Wrote {path}: {shown(result.summary())}")
    return 0


# --- hours approval ---------------------------------------------------------------------------


def _pending(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import pending_hours

    rows = pending_hours(ctx.open_db())
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        ctx.say("No hours are waiting for approval.")
        return 0
    _table(
        ctx,
        ("id", "volunteer", "worked on", "hours", "for", "logged"),
        [
            (r.id, r.volunteer_name, r.worked_on, f"{r.minutes / 60:g}", r.what, r.logged_at.date())
            for r in rows
        ],
    )
    return 0


def _approve(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import approve_hours

    changes = approve_hours(ctx.open_db(), args.hours_ids, args.by, args.note)
    count = len(changes.ids)
    ctx.say(f"Approved {count} hours entr{'y' if count == 1 else 'ies'}; they count from now on.")
    return 0


def _decline(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import decline_hours

    changes = decline_hours(ctx.open_db(), args.hours_ids, args.by, args.reason)
    count = len(changes.ids)
    ctx.say(f"Declined {count} hours entr{'y' if count == 1 else 'ies'}.")
    return 0


def _reviews(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import hours_reviews

    rows = hours_reviews(ctx.open_db(), args.hours)
    if args.json:
        print_json(rows)
        return 0
    _table(
        ctx,
        ("when", "decision", "by", "volunteer", "worked on", "hours", "note"),
        [
            (
                r.reviewed_at.strftime("%Y-%m-%d %H:%M UTC"),
                r.decision.value,
                r.reviewer,
                r.volunteer_name,
                r.worked_on,
                f"{r.minutes / 60:g}",
                r.note or "",
            )
            for r in rows
        ],
    )
    return 0
