"""Documents on the command line: the partnership certificate, and the exports of event
summaries, the annual report and the calendar.

    sistercommittee certificate PARTNERSHIP_ID --out FILE.pdf [--language CODE] [--paper letter|a4]
    sistercommittee export event-summary (--event ID | --from DATE --to DATE) --format pdf|json|csv
        --out FILE
    sistercommittee export annual-report --year Y [--highlight TEXT]... [--highlight-event ID]...
        --format pdf|json|csv --out FILE
    sistercommittee export calendar --out FILE.ics [--from DATE --to DATE]
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.language import translator
from sistercommittee.cli.texts import marked, tr
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg

FORMATS = ("pdf", "json", "csv")


def register(commands: Any) -> None:
    certificate = commands.add_parser(
        "certificate",
        help=tr("print the bilingual certificate of a partnership as PDF"),
        description=tr(
            "A landscape certificate of the partnership in English and the partner's "
            "language, from its latest MOU (or a statement of friendship when it has none). "
            "Exploring and proposed partnerships get a letter of intent with blank date and "
            "place lines; an ended partnership gets none."
        ),
    )
    certificate.add_argument(
        "partnership_id", metavar="PARTNERSHIP_ID", help=tr("the partnership's id")
    )
    certificate.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help=tr("the PDF file to write")
    )
    certificate.add_argument(
        "--language",
        metavar="CODE",
        help=tr("the second language, such as ja or zh-Hant (default: the partner's language)"),
    )
    certificate.add_argument(
        "--paper",
        choices=("letter", "a4"),
        type=str.lower,
        help=tr("paper size (default: from the organization's country)"),
    )
    certificate.add_argument(
        "--logo",
        type=Path,
        metavar="IMAGE",
        help=tr(
            "seal or logo to print, PNG or JPEG (default: seal.png or logo.png in the "
            "organization's files folder, else a drawn seal)"
        ),
    )
    certificate.add_argument(
        "--renewal",
        action="store_true",
        help=tr("the renewal certificate of this year's anniversary (10, 25, 50, 75 or 100 years)"),
    )
    certificate.add_argument(
        "--on",
        type=_date,
        metavar="DATE",
        help=tr("with --renewal: the anniversary's day, for one coming next year (default: today)"),
    )
    certificate.add_argument(
        "--japanese-era",
        action="store_true",
        help=tr(
            "Japanese dates in the era of the reign (令和6年5月3日) instead of the Western year"
        ),
    )
    certificate.add_argument(
        "--convert-chinese",
        action="store_true",
        help=tr(
            "print a Chinese MOU text stored only in the other script (simplified or "
            "traditional) converted with OpenCC; read the result through before signing"
        ),
    )
    certificate.set_defaults(handler=_certificate)

    export = _subcommands(commands, "export", tr("export reports and the calendar to files"))

    summary = export.add_parser(
        "event-summary",
        help=tr("summary of one event or of the events in a date range"),
        description=tr(
            "What happened, partnerships, attendance, volunteers and hours, income and "
            "expenses and the outcome of each event."
        ),
    )
    which = summary.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID", help=tr("one event"))
    which.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help=tr("first day (YYYY-MM-DD), with --to"),
    )
    summary.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATE",
        help=tr("last day, included (YYYY-MM-DD)"),
    )
    _format_options(summary)
    summary.set_defaults(handler=_event_summary)

    annual = export.add_parser(
        "annual-report",
        help=tr("the annual report with the figures HQ asks for"),
        description=tr(
            "Partnerships, volunteers and hours, events and attendance, exchanges, money "
            "raised and spent, assistance, and the highlights you choose, for one year."
        ),
    )
    annual.add_argument("--year", type=int, required=True, help=tr("the year it reports on"))
    annual.add_argument(
        "--highlight",
        action="append",
        default=[],
        metavar="TEXT",
        help=tr("a highlight of the year, in your words (repeatable)"),
    )
    annual.add_argument(
        "--highlight-event",
        action="append",
        default=[],
        metavar="ID",
        help=tr("an event to show as a highlight (repeatable)"),
    )
    _format_options(annual)
    annual.set_defaults(handler=_annual_report)

    calendar = export.add_parser(
        "calendar",
        help=tr("events as an iCalendar file (.ics) for any calendar app"),
    )
    calendar.add_argument(
        "--out", type=Path, required=True, metavar="FILE.ics", help=tr("the file to write")
    )
    calendar.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help=tr("first day, with --to")
    )
    calendar.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help=tr("last day, included")
    )
    calendar.set_defaults(handler=_calendar)


def _subcommands(commands: Any, name: str, help_text: str) -> Any:
    """The sub-commands of ``name``, created here or reused when another module made it."""
    existing = commands.choices.get(name)
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
        return existing.add_subparsers(dest=f"{name}_command", metavar="WHAT", required=True)
    parser = commands.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="WHAT", required=True)


def _format_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        type=str.lower,
        default=None,
        help=tr("pdf, json or csv (default: from the file's extension)"),
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=tr("the file to write")
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{text}' is not a date like 2026-05-03", text=text)
        ) from None


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.out.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ValidationError.single(
        "format", msg("Give --format pdf, json or csv (the file name does not tell which).")
    )


_WROTE = {
    "certificate": (
        marked("Wrote the certificate (1 page) to {path}"),
        marked("Wrote the certificate ({pages} pages) to {path}"),
    ),
    "letter_of_intent": (
        marked("Wrote the letter of intent (1 page) to {path}"),
        marked("Wrote the letter of intent ({pages} pages) to {path}"),
    ),
    "renewal": (
        marked("Wrote the renewal certificate (1 page) to {path}"),
        marked("Wrote the renewal certificate ({pages} pages) to {path}"),
    ),
}


def _certificate(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.certificate import make_certificate
    from sistercommittee.documents.files import write_bytes

    made = make_certificate(
        ctx.open_db(),
        args.partnership_id,
        language=args.language,
        paper=args.paper,
        logo=args.logo,
        renewal=args.renewal,
        today=args.on,
        japanese_era=args.japanese_era,
        convert_chinese=args.convert_chinese,
    )
    path = write_bytes(args.out, made.pdf)
    one, many = _WROTE[made.kind.value]
    ctx.say(tr(one, path=path) if made.pages == 1 else tr(many, pages=made.pages, path=path))
    for note in made.notes:
        ctx.say(tr("Note: {note}", note=note))
    return 0


def _event_summary(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.event_summary import write_event_summary

    if args.event is None and (args.date_from is None or args.date_to is None):
        raise ValidationError.single("to", msg("Give both --from and --to, or --event."))
    if args.event is not None and args.date_to is not None:
        raise ValidationError.single("to", msg("Give either --event or a date range, not both."))
    fmt = _format(args)
    path, count = write_event_summary(
        ctx.open_db(),
        args.out,
        fmt,
        event_id=args.event,
        date_from=args.date_from,
        date_to=args.date_to,
        translate=translator(),
    )
    ctx.say(
        tr("Wrote the summary of 1 event to {path}", path=path)
        if count == 1
        else tr("Wrote the summary of {count} events to {path}", count=count, path=path)
    )
    return 0


def _annual_report(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.annual_report import write_annual_report

    fmt = _format(args)
    path = write_annual_report(
        ctx.open_db(),
        args.year,
        args.out,
        fmt,
        highlights=tuple(args.highlight),
        highlight_event_ids=tuple(args.highlight_event),
        translate=translator(),
    )
    ctx.say(tr("Wrote the annual report for {year} to {path}", year=args.year, path=path))
    return 0


def _calendar(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.calendar import write_calendar

    if (args.date_from is None) != (args.date_to is None):
        raise ValidationError.single("to", msg("Give both --from and --to, or neither."))
    path, count = write_calendar(
        ctx.open_db(),
        args.out,
        date_from=args.date_from,
        date_to=args.date_to,
        translate=translator(),
    )
    ctx.say(
        tr("Wrote 1 event to {path}", path=path)
        if count == 1
        else tr("Wrote {count} events to {path}", count=count, path=path)
    )
    return 0
