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
from sistercommittee.cli.headings import heading
from sistercommittee.cli.output import (
    cell,
    display_width,
    plain_data,
    print_json,
    vocabulary_word,
)
from sistercommittee.cli.texts import long_day, marked, number, short_day, shown, tr, weekday


def register(commands: Any) -> None:
    agenda = commands.add_parser(
        "agenda",
        help=tr("what is coming and what is overdue"),
        description=tr(
            "Shifts without volunteers, consent to be contacted about to lapse, "
            "anniversaries (a year ahead), travel dates of exchanges, reports due to HQ and hours "
            "waiting for approval: overdue, today, and the next days."
        ),
    )
    agenda.add_argument(
        "--days", type=int, default=30, metavar="N", help=tr("how many days ahead (default 30)")
    )
    agenda.add_argument("--json", action="store_true", help=tr("print as JSON"))
    agenda.set_defaults(handler=_agenda)

    health = commands.add_parser(
        "health",
        help=tr("how each partnership is doing, with flags and suggestions"),
        description=tr(
            "Without an id: every partnership with its number of flags. With one: its "
            "last event and exchange, people exchanged per year, hours given, open tasks, flags "
            "with their reasons, suggestions from its focus areas and anniversaries within a year."
        ),
    )
    health.add_argument(
        "partnership_id", nargs="?", metavar="PARTNERSHIP_ID", help=tr("one partnership's id")
    )
    health.add_argument("--json", action="store_true", help=tr("print as JSON"))
    health.set_defaults(handler=_health)

    mailing = commands.add_parser(
        "mailing-list",
        help=tr("export the volunteers who agreed to be contacted (CSV or vCard)"),
        description=tr(
            "Only volunteers whose consent to be contacted is given and not lapsed; "
            "says how many were left out and why."
        ),
    )
    mailing.add_argument(
        "--format", choices=("csv", "vcard"), help=tr("default: from --out's name")
    )
    mailing.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=tr("the file to write")
    )
    mailing.add_argument("--language", metavar="TAG", help=tr("only volunteers who speak it"))
    mailing.add_argument(
        "--include-inactive", action="store_true", help=tr("also volunteers no longer active")
    )
    mailing.set_defaults(handler=_mailing)


def register_hours(hours: Any) -> None:
    """Sub-commands of ``hours`` for the approval of self-logged hours."""
    pending = hours.add_parser("pending", help=tr("self-logged hours waiting for approval"))
    pending.add_argument("--json", action="store_true", help=tr("print as JSON"))
    pending.set_defaults(handler=_pending)
    for verb, helptext in (
        ("approve", tr("approve self-logged hours: from now on they count")),
        ("decline", tr("decline self-logged hours, saying why")),
    ):
        action = hours.add_parser(verb, help=helptext)
        action.add_argument(
            "hours_ids", nargs="+", metavar="HOURS_ID", help=tr("the hours entries' ids")
        )
        action.add_argument("--by", required=True, metavar="NAME", help=tr("the coordinator"))
        if verb == "approve":
            action.add_argument("--note", help=tr("a note kept with the approval"))
        else:
            action.add_argument("--reason", required=True, help=tr("why they are declined"))
        action.set_defaults(handler=_approve if verb == "approve" else _decline)
    reviews = hours.add_parser("reviews", help=tr("who approved or declined which hours, and when"))
    reviews.add_argument("--hours", metavar="HOURS_ID", help=tr("only this entry's decisions"))
    reviews.add_argument("--json", action="store_true", help=tr("print as JSON"))
    reviews.set_defaults(handler=_reviews)


def _table(ctx: CliContext, headers: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    texts = [[cell(value) for value in row] for row in rows]
    shown_headers = [heading(header) for header in headers]
    widths = [
        max([display_width(header)] + [display_width(row[i]) for row in texts])
        for i, header in enumerate(shown_headers)
    ]
    for row in [shown_headers, *texts]:
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
    ctx.say(tr("Agenda for {day}, the next {days} days", day=long_day(today), days=result.days))
    if not result.items:
        ctx.say(tr("Nothing is overdue or coming."))
    # the day and its weekday in one column as wide as the longest ("10 sept 2025 mié"; in
    # English always "2025-10-01 Wed")
    whens = {item.on: f"{short_day(item.on)} {weekday(item.on)}" for item in result.items}
    width = max((display_width(when) for when in whens.values()), default=0)
    indent = " " * width
    for title, items in (
        (tr("Overdue ({count})", count=len(result.overdue)), result.overdue),
        (tr("Today ({count})", count=len(result.due_today)), result.due_today),
        (tr("Coming ({count})", count=len(result.coming)), result.coming),
    ):
        if not items:
            continue
        ctx.say("")
        ctx.say(title)
        for item in items:
            when = whens[item.on]
            pad = " " * (width - display_width(when))
            ctx.say(f"  {when}{pad}  {shown(item.title)}")
            if item.detail:
                ctx.say(f"  {indent}  {shown(item.detail)}")
            if item.action is not None and item.record_id:
                ctx.say(f"  {indent}  → {_command(item, result.today)}")
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
                [(h.id, h.city_name, h.country, h.status, h.flags) for h in overview],
            )
        return 0
    health = partnership_health(db, args.partnership_id)
    if args.json:
        print_json(health)
        return 0
    where = tr("{city} ({country})", city=health.city_name, country=health.country)
    if health.signed_on:
        ctx.say(
            tr(
                "{partnership}, {status}, signed {day}",
                partnership=where,
                status=vocabulary_word(health.status),
                day=short_day(health.signed_on),
            )
        )
    else:
        ctx.say(
            tr("{partnership}, {status}", partnership=where, status=vocabulary_word(health.status))
        )
    for label, dated in (
        (marked("Last event: {what}"), health.last_event),
        (marked("Last exchange: {what}"), health.last_exchange),
        (marked("Next exchange: {what}"), health.next_exchange),
    ):
        what = (
            tr("{title} ({day})", title=dated.title, day=short_day(dated.on))
            if dated
            else tr("none")
        )
        ctx.say("  " + tr(label, what=what))
    people = ", ".join(f"{count.year}: {count.people}" for count in health.people_by_year)
    ctx.say("  " + tr("People exchanged per year: {people}", people=people))
    ctx.say("  " + tr("Hours given at its events: {hours:,.1f}", hours=health.hours_minutes / 60))
    _section(ctx, tr("Flags:"), [flag.reason for flag in health.flags])
    _section(ctx, tr("Open tasks:"), list(health.open_tasks))
    _section(
        ctx,
        tr("Anniversaries within a year:"),
        [
            tr("{day}  {what}  (renewal certificate)", day=short_day(a.on), what=a.what)
            if a.renewal
            else f"{short_day(a.on)}  {shown(a.what)}"
            for a in health.anniversaries
        ],
    )
    _section(ctx, tr("Suggestions:"), list(health.suggestions))
    return 0


def _section(ctx: CliContext, title: str, lines: list[str]) -> None:
    ctx.say(title)
    for line in lines:
        ctx.say(f"  - {shown(line)}")
    if not lines:
        ctx.say("  " + tr("none"))


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
    ctx.say(tr("Wrote {path}: {summary}", path=path, summary=result.summary()))
    return 0


# --- hours approval ---------------------------------------------------------------------------


def _pending(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import pending_hours

    rows = pending_hours(ctx.open_db())
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        ctx.say(tr("No hours are waiting for approval."))
        return 0
    _table(
        ctx,
        ("id", "volunteer", "worked on", "hours", "for", "logged"),
        [
            (
                r.id,
                r.volunteer_name,
                r.worked_on,
                number(r.minutes / 60, "g"),
                r.what,
                r.logged_at.date(),
            )
            for r in rows
        ],
    )
    return 0


def _approve(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import approve_hours

    changes = approve_hours(ctx.open_db(), args.hours_ids, args.by, args.note)
    count = len(changes.ids)
    ctx.say(
        tr("Approved 1 hours entry; they count from now on.")
        if count == 1
        else tr("Approved {count} hours entries; they count from now on.", count=count)
    )
    return 0


def _decline(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours_approval import decline_hours

    changes = decline_hours(ctx.open_db(), args.hours_ids, args.by, args.reason)
    count = len(changes.ids)
    ctx.say(
        tr("Declined 1 hours entry.")
        if count == 1
        else tr("Declined {count} hours entries.", count=count)
    )
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
                number(r.minutes / 60, "g"),
                r.note or "",
            )
            for r in rows
        ],
    )
    return 0
