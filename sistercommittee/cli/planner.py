"""The delegation planner and two-city meeting times on the command line.

sistercommittee exchange checklist EXCHANGE_ID [--json]
sistercommittee exchange check EXCHANGE_ID KEY [--undo] [--on DATE] [--by NAME] [--note TEXT]
sistercommittee exchange checklist-add EXCHANGE_ID --title TEXT --due DATE
sistercommittee exchange details PARTICIPANT_ID [--passport-number …]  (no field: show them)
sistercommittee exchange host-details HOST_FAMILY_ID [--languages …]
sistercommittee exchange homestays EXCHANGE_ID [--json] [--accept all|PARTICIPANT_ID …]
sistercommittee exchange emergency-sheet EXCHANGE_ID --out FILE.pdf
sistercommittee exchange purge EXCHANGE_ID [--now] [--by NAME]   /   exchange purge --due
sistercommittee exchange privacy [--days N] [--reminder N]
sistercommittee exchange visa-times [--json] / visa-times set CC --days N [--no-visa] [--note]
    / visa-times reset CC
sistercommittee exchange deadlines [--until DATE] [--json]
sistercommittee partnership meeting-times PARTNERSHIP_ID --date DATE [--json]
    [--create HH:MM [--minutes N] [--title TEXT]]
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.language import translator
from sistercommittee.cli.output import display_width, print_json, print_record, print_table
from sistercommittee.cli.records import _add_form_options, form_values
from sistercommittee.cli.texts import short_day, shown, tr, weekday
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f

_MARK = {"done": "[x]", "overdue": "[!]", "soon": "[ ]", "open": "[ ]", "missed": "[-]"}


def register(groups: dict[str, Any]) -> None:
    if "exchange" in groups:
        _register_exchange(groups["exchange"])
    if "partnership" in groups:
        times = groups["partnership"].add_parser(
            "meeting-times",
            help=tr(
                "the hours both cities are awake and at work on a day, and a call made from one"
            ),
        )
        times.add_argument("partnership_id", metavar="PARTNERSHIP_ID")
        times.add_argument("--date", required=True, metavar="DATE", help=tr("our city's day"))
        times.add_argument("--json", action="store_true", help=tr("print as JSON"))
        times.add_argument(
            "--create", metavar="HH:MM", help=tr("make a virtual event starting then (our time)")
        )
        times.add_argument("--minutes", default="60", help=tr("its length in minutes (default 60)"))
        times.add_argument("--title", help=tr("its title (default: Video call with CITY)"))
        times.set_defaults(handler=_meeting_times)


def _register_exchange(actions: Any) -> None:
    from sistercommittee.services.planner import HOST_DETAILS_FORM, PARTICIPANT_DETAILS_FORM

    sheet = actions.add_parser("checklist", help=tr("the exchange's checklist with its deadlines"))
    sheet.add_argument("exchange_id", metavar="EXCHANGE_ID")
    sheet.add_argument("--json", action="store_true", help=tr("print a JSON list"))
    sheet.set_defaults(handler=_checklist)

    check = actions.add_parser("check", help=tr("tick an item of the checklist (its KEY)"))
    check.add_argument("exchange_id", metavar="EXCHANGE_ID")
    check.add_argument("key", metavar="KEY", help=tr("as 'exchange checklist' lists it"))
    check.add_argument("--undo", action="store_true", help=tr("untick it"))
    check.add_argument("--on", metavar="DATE", help=tr("when it was done (default: today)"))
    check.add_argument("--by", metavar="NAME", help=tr("who did it"))
    check.add_argument("--note", help=tr("a note, such as the policy number"))
    check.set_defaults(handler=_check)

    add = actions.add_parser("checklist-add", help=tr("add an item of the committee's own"))
    add.add_argument("exchange_id", metavar="EXCHANGE_ID")
    add.add_argument("--title", required=True, help=tr("the item's title"))
    add.add_argument("--due", required=True, metavar="DATE", help=tr("when it is due"))
    add.set_defaults(handler=_checklist_add)

    details = actions.add_parser(
        "details", help=tr("a participant's planning details (passport, languages, allergies …)")
    )
    details.add_argument("participant_id", metavar="PARTICIPANT_ID")
    details.add_argument("--json", action="store_true", help=tr("print as JSON"))
    _add_form_options(details, PARTICIPANT_DETAILS_FORM, creating=False)
    details.set_defaults(handler=_details, host=False)

    host = actions.add_parser(
        "host-details", help=tr("a host family's languages, pets, nights and whom it takes in")
    )
    host.add_argument("participant_id", metavar="HOST_FAMILY_ID")
    host.add_argument("--json", action="store_true", help=tr("print as JSON"))
    _add_form_options(host, HOST_DETAILS_FORM, creating=False)
    host.set_defaults(handler=_details, host=True)

    homestays = actions.add_parser(
        "homestays", help=tr("suggested host families for the travellers, with their reasons")
    )
    homestays.add_argument("exchange_id", metavar="EXCHANGE_ID")
    homestays.add_argument("--json", action="store_true", help=tr("print as JSON"))
    homestays.add_argument(
        "--accept",
        nargs="+",
        metavar="PARTICIPANT_ID",
        help=tr("record the suggested stays of these participants ('all' for every suggestion)"),
    )
    homestays.set_defaults(handler=_homestays)

    emergency = actions.add_parser(
        "emergency-sheet", help=tr("the emergency sheet for the chaperones as PDF")
    )
    emergency.add_argument("exchange_id", metavar="EXCHANGE_ID")
    emergency.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help=tr("the PDF file to write")
    )
    emergency.set_defaults(handler=_emergency_sheet)

    purge = actions.add_parser(
        "purge", help=tr("purge minors' personal data after the trip (or list the purges due)")
    )
    purge.add_argument("exchange_id", metavar="EXCHANGE_ID", nargs="?")
    purge.add_argument("--due", action="store_true", help=tr("list the purges due or coming"))
    purge.add_argument("--now", action="store_true", help=tr("purge before the date set"))
    purge.add_argument("--by", metavar="NAME", help=tr("who purges, for the record"))
    purge.add_argument("--json", action="store_true", help=tr("print as JSON"))
    purge.set_defaults(handler=_purge)

    privacy = actions.add_parser(
        "privacy", help=tr("how long after the trip minors' data is kept (default 90 days)")
    )
    privacy.add_argument("--days", help=tr("days after the return"))
    privacy.add_argument("--reminder", help=tr("days before the purge to remind"))
    privacy.set_defaults(handler=_privacy)

    visas = actions.add_parser("visa-times", help=tr("visa lead times per destination country"))
    visas.add_argument(
        "visa_action",
        nargs="?",
        choices=("list", "set", "reset"),
        default="list",
        help=tr("list them (the default), set one, or reset one to the built-in time"),
    )
    visas.add_argument(
        "country", nargs="?", metavar="COUNTRY", help=tr("a country code such as JP")
    )
    visas.add_argument("--days", help=tr("apply this many days before departure"))
    visas.add_argument("--no-visa", action="store_true", help=tr("our delegations need none there"))
    visas.add_argument("--note", help=tr("a note kept with the lead time"))
    visas.add_argument("--json", action="store_true", help=tr("print as JSON"))
    visas.set_defaults(handler=_visa_times)

    deadlines = actions.add_parser(
        "deadlines", help=tr("open checklist items and purges due, of every exchange")
    )
    deadlines.add_argument("--until", metavar="DATE", help=tr("default: 60 days from today"))
    deadlines.add_argument("--json", action="store_true", help=tr("print a JSON list"))
    deadlines.set_defaults(handler=_deadlines)


# --- handlers ----------------------------------------------------------------------------------


def _day(raw: str, label: str, field: str) -> date:
    try:
        return f.calendar_date(raw, label)
    except f.FieldProblem as problem:
        raise ValidationError.single(field, str(problem)) from None


def _checklist(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import planner

    db = ctx.open_db()
    sheet = planner.checklist(db, args.exchange_id)
    today = date.today()
    if args.json:
        print_json([{**_plain(item), "status": item.status(today)} for item in sheet.items])
        return 0
    ctx.say(
        tr(
            "{title}: {start} to {end}, {done} of {count} done",
            title=sheet.exchange_title,
            start=short_day(sheet.starts_on),
            end=short_day(sheet.ends_on),
            done=sheet.done,
            count=len(sheet.items),
        )
    )
    for item in sheet.items:
        status = item.status(today)
        if status == "overdue" and today >= sheet.starts_on:
            status = "missed"
        when = (
            tr("done {day}", day=short_day(item.done_on))
            if item.done_on
            else tr("by {day}", day=short_day(item.due_on))
        )
        if status == "overdue":
            when = tr("{when} OVERDUE", when=when)
        ctx.say(f"{_MARK[status]} {when}  {shown(item.title)}")
        ctx.say("      " + tr("{why}; key: {key}", why=item.why, key=item.key))
        if item.problem:
            ctx.say(f"      ! {shown(item.problem)}")
    ctx.say(_privacy_line(planner.purge_status(db, args.exchange_id)))
    return 0


def _privacy_line(status: Any) -> str:
    if status.records:
        last = status.records[-1]
        done = tr(
            "Minors' personal data was purged on {day} "
            "({fields} fields cleared, {records} records removed).",
            day=short_day(last.purged_at.date()),
            fields=last.fields_cleared,
            records=last.records_removed,
        )
        if last.removed_text:
            return tr("{done} {removed}", done=done, removed=last.removed_text)
        return done
    if not status.minors:
        return tr("No minors in this delegation: nothing to purge after the trip.")
    if not status.pending:
        return tr("No personal data of minors is kept for this exchange.")
    return tr(
        "Minors' personal data is due to be purged on {day} "
        "(minors with data kept: {count}); 'sistercommittee exchange purge ID' does it.",
        day=short_day(status.due_on),
        count=status.minors_with_data,
    )


def _plain(value: Any) -> Any:
    from sistercommittee.cli.output import plain_data

    return plain_data(value)


def _check(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.planner import check_item

    on = _day(args.on, tr("Done on"), "on") if args.on else None
    check_item(
        ctx.open_db(),
        args.exchange_id,
        args.key,
        done=not args.undo,
        on=on,
        by=args.by,
        note=args.note,
    )
    ctx.say(tr("Unticked {key}", key=args.key) if args.undo else tr("Ticked {key}", key=args.key))
    return 0


def _checklist_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.planner import add_item

    changes = add_item(ctx.open_db(), args.exchange_id, args.title, args.due)
    ctx.say(tr("Added {id}", id=changes.id))
    return 0


def _details(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import planner

    db = ctx.open_db()
    values = form_values(args)
    if args.host:
        if values:
            planner.set_host_family_details(db, args.participant_id, values)
        shown = planner.host_family_details(db, args.participant_id)
    else:
        if values:
            planner.set_participant_details(db, args.participant_id, values)
        shown = planner.participant_details(db, args.participant_id)
    if args.json:
        print_json({"id": shown.record_id, **shown.values})
    else:
        ctx.say(shown.label)
        print_record({k: v for k, v in shown.values.items()}, ctx.out, indent="  ")
    return 0


def _homestays(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.planner import accept_suggestions, homestay_plan

    db = ctx.open_db()
    if args.accept:
        ids = None if args.accept == ["all"] else list(args.accept)
        changes = accept_suggestions(db, args.exchange_id, ids)
        count = sum(1 for _ in changes.ids) // 2
        ctx.say(
            tr("Recorded 1 stay.") if count == 1 else tr("Recorded {count} stays.", count=count)
        )
    plan = homestay_plan(db, args.exchange_id)
    if args.json:
        print_json(plan)
        return 0
    for guest, family in plan.placed:
        ctx.say("= " + tr("{guest} stays with {family}", guest=guest, family=family))
    for conflict in plan.conflicts:
        ctx.say("! " + tr("{guest} with {family}:", guest=conflict.guest, family=conflict.family))
        for problem in conflict.problems:
            ctx.say(f"      {shown(problem)}")
    for suggestion in plan.suggestions:
        ctx.say(f"+ {suggestion.guest} -> {suggestion.family}  ({suggestion.participant_id})")
        for reason in (*suggestion.reasons, *suggestion.notes):
            ctx.say(f"      {shown(reason)}")
    for unplaced in plan.unplaced:
        ctx.say("? " + tr("{guest}: no family fits", guest=unplaced.guest))
        for reason in unplaced.reasons:
            ctx.say(f"      {shown(reason)}")
    if not (plan.placed or plan.suggestions or plan.unplaced):
        ctx.say(tr("No travellers to place."))
    elif plan.suggestions and not args.accept:
        ctx.say(tr("Accept with: sistercommittee exchange homestays ID --accept all (or the ids)"))
    return 0


def _emergency_sheet(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.emergency_sheet import write_emergency_sheet

    path = write_emergency_sheet(ctx.open_db(), args.exchange_id, args.out, translator())
    ctx.say(tr("Wrote the emergency sheet to {path}", path=path))
    return 0


def _purge(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import planner

    db = ctx.open_db()
    if args.due or not args.exchange_id:
        if not args.due:
            raise ValidationError.single(
                "exchange_id", msg("Name the exchange to purge, or list the purges due with --due.")
            )
        found = planner.purges_due(db, date.today() + timedelta(days=365))
        if args.json:
            print_json(found)
        elif not found:
            ctx.say(tr("No minors' data is waiting to be purged."))
        else:
            print_table(
                found,
                ("exchange_id", "exchange_title", "ends_on", "due_on", "minors_with_data"),
                ctx.out,
            )
        return 0
    result = planner.purge_minors_data(db, args.exchange_id, by=args.by, early=args.now)
    cleared = dict(fields=result.fields_cleared, records=result.records_removed)
    ctx.say(
        tr(
            "Purged the personal data of 1 minor: {fields} fields cleared, {records} records "
            "removed. The exchange's counts are unchanged; the purge is recorded.",
            **cleared,
        )
        if result.minors == 1
        else tr(
            "Purged the personal data of {count} minors: {fields} fields cleared, {records} "
            "records removed. The exchange's counts are unchanged; the purge is recorded.",
            count=result.minors,
            **cleared,
        )
    )
    if result.removed_text:
        ctx.say(result.removed_text)
    return 0


def _privacy(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import planner

    db = ctx.open_db()
    if args.days is not None or args.reminder is not None:
        current = planner.privacy_settings(db)
        planner.set_privacy_settings(
            db, args.days if args.days is not None else current.purge_after_days, args.reminder
        )
    settings = planner.privacy_settings(db)
    ctx.say(
        tr(
            "Minors' personal data is purged {days} days after the trip, "
            "with a reminder {reminder} days before.",
            days=settings.purge_after_days,
            reminder=settings.reminder_days,
        )
    )
    return 0


def _visa_times(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import planner

    db = ctx.open_db()
    if args.visa_action in ("set", "reset") and not args.country:
        raise ValidationError.single(
            "country",
            msg(
                "Name the country to {visa_action}.",
                visa_action=args.visa_action,
            ),
        )
    if args.visa_action == "set":
        if args.days is None:
            raise ValidationError.single("lead_days", msg("Give the lead time with --days N."))
        planner.set_visa_lead_time(
            db, args.country, args.days, visa_required=not args.no_visa, note=args.note
        )
    elif args.visa_action == "reset":
        planner.reset_visa_lead_time(db, args.country)
    if args.visa_action != "list":
        item = planner.lead_time(db, args.country)
        ctx.say(
            tr(
                "{country}: {days} days ({source})",
                country=item.country_name,
                days=item.lead_days,
                source=item.source,
            )
        )
        return 0
    found = planner.visa_lead_times(db)
    if args.json:
        print_json(found)
    else:
        print_table(
            found, ("country", "country_name", "lead_days", "visa_required", "source"), ctx.out
        )
    return 0


def _deadlines(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.planner import deadlines

    until = _day(args.until, tr("Until"), "until") if args.until else date.today() + timedelta(60)
    found = deadlines(ctx.open_db(), until)
    if args.json:
        print_json(found)
    elif not found:
        ctx.say(tr("Nothing due by {day}.", day=short_day(until)))
    else:
        print_table(found, ("on", "overdue", "exchange_title", "title"), ctx.out, max_width=70)
    return 0


def _meeting_times(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.meeting_times import (
        create_meeting_event,
        meeting_times,
        slot_text,
    )

    db = ctx.open_db()
    day = _day(args.date, tr("Date"), "date")
    times = meeting_times(db, args.partnership_id, day)
    if args.create:
        try:
            clock = f.clock_time(args.create, tr("Start time"))
        except f.FieldProblem as problem:
            raise ValidationError.single("create", str(problem)) from None
        start = datetime.combine(day, clock, ZoneInfo(times.home_zone))
        changes = create_meeting_event(
            db, args.partnership_id, start, args.minutes, title=args.title
        )
        ctx.say(tr("Created the event {id}", id=changes.id))
        return 0
    if args.json:
        print_json(
            {
                "date": day.isoformat(),
                "home_city": times.home_city,
                "home_zone": times.home_zone,
                "partner_city": times.partner_city,
                "partner_zone": times.partner_zone,
                "difference": times.difference,
                "slots": [
                    {
                        "quality": s.quality,
                        "starts_at": s.starts_at.isoformat(),
                        "ends_at": s.ends_at.isoformat(),
                        "text": slot_text(s, times.home_city, times.partner_city),
                    }
                    for s in times.slots
                ],
            }
        )
        return 0
    ctx.say(f"{short_day(day)}: {shown(times.difference)}.")
    ctx.say(_picture(times))
    ctx.say(tr("Legend: # at work, + awake, . asleep; both: W at work, A awake"))
    if not times.slots:
        ctx.say(tr("No hour when both cities are awake."))
    labels = (tr("Both at work"), tr("Both awake"))
    width = max(display_width(label) for label in labels)
    for slot in times.slots:
        label = labels[0] if slot.quality == "work" else labels[1]
        padded = label + " " * (width - display_width(label))
        ctx.say(f"{padded} {shown(slot_text(slot, times.home_city, times.partner_city))}")
    return 0


def _picture(times: Any) -> str:
    """The two days side by side, one line per hour (two half hours): each city's local time
    and what it is doing, and what both share."""
    sign = {"work": "#", "awake": "+", "asleep": "."}
    both = {"work": "W", "awake": "A", "none": " "}
    first_cell = times.cells[0]
    home_title = f"{times.home_city} ({first_cell.home_local.tzname()})"
    partner_title = f"{times.partner_city} ({first_cell.partner_local.tzname()})"
    width = max(len(home_title), len("00:00 ##"))
    partner_width = max(
        len(partner_title), len(weekday(first_cell.partner_local)) + len(" 00:00 ##")
    )
    lines = [f"  {home_title:<{width}}  {partner_title:<{partner_width}}  {tr('both')}"]
    for index in range(0, len(times.cells), 2):
        pair = times.cells[index : index + 2]
        first = pair[0]
        home = f"{first.home_local:%H:%M} " + "".join(sign[c.home_state] for c in pair)
        partner = f"{weekday(first.partner_local)} {first.partner_local:%H:%M} " + "".join(
            sign[c.partner_state] for c in pair
        )
        mark = "".join(both[c.both] for c in pair)
        lines.append(f"  {home:<{width}}  {partner:<{partner_width}}  {mark}".rstrip())
    return "\n".join(lines)
