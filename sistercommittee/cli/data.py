"""Commands that move data in and out: import, export-list, backup, restore.

sistercommittee import volunteers roster.csv [--dry-run] [--skip-bad-rows] [--map "Col=field"]
sistercommittee export-list volunteers --format xlsx --out volunteers.xlsx
sistercommittee backup [--out FILE] [--list]
sistercommittee restore FILE [--yes]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.output import plain_data, print_json, print_table
from sistercommittee.cli.texts import marked, short_day, shown, tr

MAX_LINES = 50  # problems and duplicates listed before "and N more"
_LISTS = ("volunteers", "partnerships", "events", "exchanges", "hours")


def register(commands: Any) -> None:
    from sistercommittee.importing.kinds import KINDS

    imp = commands.add_parser(
        "import",
        help=tr("import volunteers, partnerships, events or hours from a CSV or Excel file"),
        description=tr(
            "Read a CSV or Excel file, match its columns to fields, show each row's "
            "problems and duplicates, and import it all or nothing. A backup is made first."
        ),
    )
    imp.add_argument("kind", choices=tuple(KINDS), help=tr("what the file holds"))
    imp.add_argument("file", type=Path, metavar="FILE", help=tr("a .csv, .tsv, .txt or .xlsx file"))
    imp.add_argument(
        "--dry-run", action="store_true", help=tr("show what would be imported; change nothing")
    )
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=tr("import the good rows and leave out the rows with problems"),
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=tr("map a column to a field ('E-mail 2=email'); 'COLUMN=' leaves it out; repeatable"),
    )
    imp.add_argument(
        "--duplicates",
        choices=("merge", "skip"),
        default="merge",
        help=tr("rows that are already there: merge what they add (default) or skip them"),
    )
    imp.add_argument("--sheet", metavar="NAME", help=tr("the sheet of an Excel file to read"))
    imp.add_argument("--json", action="store_true", help=tr("print the outcome as JSON"))
    imp.set_defaults(handler=_import)

    export = commands.add_parser(
        "export-list",
        help=tr("export a list to a CSV or Excel file"),
        description=tr(
            "Write every row of a list to CSV (UTF-8) or XLSX; cells that a spreadsheet "
            "would run as formulas are written as plain text."
        ),
    )
    export.add_argument("kind", choices=_LISTS, help=tr("which list"))
    export.add_argument("--format", choices=("csv", "xlsx"), help=tr("default: from --out's name"))
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=tr("the file to write")
    )
    export.set_defaults(handler=_export)

    backup = commands.add_parser(
        "backup",
        help=tr("back the database up now, to a file or to the backups folder"),
        description=tr(
            "Without --out the backup goes to the backups folder, where the rotation "
            "keeps 7 daily, 4 weekly and 12 monthly backups."
        ),
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help=tr("the backup file to write"))
    backup.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    backup.add_argument("--list", action="store_true", help=tr("list the backups in the folder"))
    backup.add_argument("--json", action="store_true", help=tr("with --list: print as JSON"))
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore",
        help=tr("replace the database by a backup (a backup of the current state is kept)"),
        description=tr(
            "Checks the backup first (that it is whole and not from a newer version), "
            "keeps a backup of the database as it is, then replaces it in one step."
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE", help=tr("the backup to restore"))
    restore.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    restore.set_defaults(handler=_restore)


# --- import -----------------------------------------------------------------------------------


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee import importing
    from sistercommittee.importing.mapping import correct_mapping, describe

    table = importing.read_table(args.file, sheet=args.sheet)
    kind = importing.kind(args.kind)
    mapping = correct_mapping(
        kind, table.headers, importing.suggest_mapping(kind, table.headers), args.map
    )
    if not args.json:
        ctx.say(
            tr(
                "Read {file} ({source}): {rows}.",
                file=args.file.name,
                source=table.source,
                rows=_count(len(table), "row"),
            )
        )
        ctx.say(tr("Columns:"))
        for line in describe(kind, table.headers, mapping):
            ctx.say(f"  {shown(line)}")
    db = ctx.open_db()
    result = importing.preview(db, kind, table, mapping, duplicates=args.duplicates)
    if not args.json:
        _list(tr("Problems:"), [shown(problem) for problem in result.problems], ctx)
        _list(tr("Already there:"), [shown(duplicate) for duplicate in result.duplicates], ctx)
        _list(tr("Please check:"), [shown(note) for note in result.notes], ctx)
    refused = not result.ok and not args.skip_bad_rows
    if args.dry_run or refused:
        if args.json:
            print_json(_preview_json(result, refused))
        elif refused:
            _say_refused(ctx, result)
        else:
            ctx.say(
                tr("Dry run, nothing was changed. {summary}", summary=_summary(result, kind.noun))
            )
        return 2 if refused else 0
    outcome = importing.apply_import(db, result, skip_bad_rows=args.skip_bad_rows)
    if args.json:
        print_json(
            {
                "added": outcome.added,
                "merged": outcome.merged,
                "unchanged": outcome.unchanged,
                "skipped_duplicates": outcome.skipped_duplicates,
                "skipped_bad_rows": list(outcome.skipped_bad),
                "backup": str(outcome.backup.path) if outcome.backup else None,
            }
        )
        return 0
    done = [tr("added {records}", records=_count(outcome.added, kind.noun))]
    if outcome.merged:
        done.append(
            tr("filled in {records} already there", records=_count(outcome.merged, "record"))
        )
    if outcome.unchanged:
        done.append(tr("{rows} already there unchanged", rows=_count(outcome.unchanged, "row")))
    if outcome.skipped_duplicates:
        done.append(tr("skipped {rows}", rows=_count(outcome.skipped_duplicates, "duplicate")))
    if outcome.skipped_bad:
        numbers = ", ".join(str(number) for number in outcome.skipped_bad[:20])
        more = "…" if len(outcome.skipped_bad) > 20 else ""
        done.append(
            tr(
                "left out {rows} ({numbers})",
                rows=_count(len(outcome.skipped_bad), "bad row"),
                numbers=numbers + more,
            )
        )
    ctx.say(tr("Imported: {done}.", done=tr(", ").join(done)))
    if outcome.backup is not None:
        ctx.say(
            tr("The database as it was before is backed up in {path}", path=outcome.backup.path)
        )
    return 0


# "1 row" and "{count:,} rows" for each word the import counts.
_COUNTED = {
    "row": (marked("1 row"), marked("{count:,} rows")),
    "record": (marked("1 record"), marked("{count:,} records")),
    "duplicate": (marked("1 duplicate"), marked("{count:,} duplicates")),
    "bad row": (marked("1 bad row"), marked("{count:,} bad rows")),
    "volunteer": (marked("1 volunteer"), marked("{count:,} volunteers")),
    "partnership": (marked("1 partnership"), marked("{count:,} partnerships")),
    "event": (marked("1 event"), marked("{count:,} events")),
    "hours entry": (marked("1 hours entry"), marked("{count:,} hours entries")),
}


def _count(number: int, noun: str) -> str:
    one, many = _COUNTED.get(noun) or _COUNTED["record"]
    return tr(one) if number == 1 else tr(many, count=number)


def _list(title: str, lines: list[str], ctx: CliContext) -> None:
    if not lines:
        return
    ctx.say(title)
    for line in lines[:MAX_LINES]:
        ctx.say(f"  {line}")
    if len(lines) > MAX_LINES:
        ctx.say("  " + tr("… and {count:,} more.", count=len(lines) - MAX_LINES))


def _summary(result: Any, noun: str) -> str:
    from sistercommittee.importing import RowAction

    parts = [tr("Would add {records}", records=_count(result.count(RowAction.ADD), noun))]
    if result.count(RowAction.MERGE):
        parts.append(
            tr(
                "fill in {records} already there",
                records=_count(result.count(RowAction.MERGE), "record"),
            )
        )
    if result.count(RowAction.SAME):
        parts.append(
            tr(
                "leave {rows} already there as is",
                rows=_count(result.count(RowAction.SAME), "row"),
            )
        )
    if result.count(RowAction.SKIP):
        parts.append(tr("skip {rows}", rows=_count(result.count(RowAction.SKIP), "duplicate")))
    if result.bad_rows:
        parts.append(tr("leave out {rows}", rows=_count(len(result.bad_rows), "bad row")))
    return tr("{parts}.", parts=tr(", ").join(parts))


def _say_refused(ctx: CliContext, result: Any) -> None:
    bad = len(result.bad_rows)
    good = len(result.rows) - bad
    counts = dict(rows=_count(bad, "row"), total=len(result.rows), good=good)
    sys.stderr.write(
        (
            tr(
                "Nothing was imported: {rows} of {total:,} has problems (listed above). Correct "
                "them in the file, or run again with --skip-bad-rows to import the other {good:,}.",
                **counts,
            )
            if bad == 1
            else tr(
                "Nothing was imported: {rows} of {total:,} have problems (listed above). Correct "
                "them in the file, or run again with --skip-bad-rows to import the other {good:,}.",
                **counts,
            )
        )
        + "\n"
    )


def _preview_json(result: Any, refused: bool) -> dict[str, Any]:
    from sistercommittee.importing import RowAction

    return {
        "refused": refused,
        "rows": len(result.rows),
        "actions": {action.value: result.count(action) for action in RowAction},
        "problems": [
            {"row": p.row, "column": p.column, "message": p.message} for p in result.problems
        ],
        "duplicates": [str(duplicate) for duplicate in result.duplicates],
        "notes": list(result.notes),
        "ignored_columns": list(result.ignored_columns),
    }


# --- export -----------------------------------------------------------------------------------


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.exports import export_list

    result = export_list(ctx.open_db(), args.kind, args.out, format=args.format)
    ctx.say(
        tr(
            "Exported {rows} of {kind} to {path}",
            rows=_count(result.rows, "row"),
            kind=args.kind,
            path=result.path,
        )
    )
    return 0


# --- backup and restore -------------------------------------------------------------------------


def _backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import backups

    if args.list:
        found = backups.list_backups(ctx.db_path)
        if args.json:
            print_json([{**plain_data(info), "description": info.description} for info in found])
        elif not found:
            ctx.say(
                tr(
                    "There are no backups of {file} in {folder}.",
                    file=ctx.db_path.name,
                    folder=backups.backups_dir(),
                )
            )
        else:
            print_table([_BackupLine.of(info) for info in found], ("made", "why", "size", "file"))
        return 0
    db = ctx.open_db()
    if args.out is not None:
        path = backups.backup_to_file(db, args.out, overwrite=args.force)
    else:
        path = backups.make_backup(db, "manual").path
    ctx.say(tr("Backed up {db} to {path}", db=ctx.db_path, path=path))
    return 0


class _BackupLine:
    def __init__(self, made: str, why: str, size: str, file: str) -> None:
        self.made, self.why, self.size, self.file = made, why, size, file

    @classmethod
    def of(cls, info: Any) -> _BackupLine:
        made_at = info.made_at.astimezone()
        made = f"{short_day(made_at.date())} {made_at:%H:%M}"
        size = tr("{size:.1f} MB", size=info.size / 1024 / 1024)
        return cls(made, shown(info.description), size, info.path.name)


def _restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import backups

    check = backups.check_file(args.file)  # refuse a bad file before asking anything
    if not args.yes and sys.stdin.isatty():
        sys.stdout.write(
            tr(
                "Replace the database {db} with the backup {file}? A backup of the "
                "database as it is now is kept. [y/N] ",
                db=ctx.db_path,
                file=args.file,
            )
        )
        sys.stdout.flush()
        if not _is_yes(sys.stdin.readline()):
            ctx.say(tr("Nothing was restored."))
            return 1
    ctx.close()  # never hold the database open while it is replaced
    result = backups.restore(check.path, ctx.db_path)
    ctx.say(tr("Restored {db} from {file}.", db=ctx.db_path, file=args.file))
    if result.safety_backup is not None:
        ctx.say(
            tr(
                "The database as it was before is backed up in {path}",
                path=result.safety_backup.path,
            )
        )
    if result.needs_upgrade:
        ctx.say(tr("The backup is from an older version; it is upgraded when it is next opened."))
    return 0


def _is_yes(answer: str) -> bool:
    """Is ``answer`` a yes: y or yes in every language, and what a yes reads like in the user's
    ("s, sí, si" / "はい"), however it is typed ("Sí", "ｙｅｓ" from a Japanese input method)?"""
    words = ("y", "yes", *(word for word in tr("y, yes").split(",")))
    return _folded(answer) in {_folded(word) for word in words if word.strip()}


def _folded(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text).strip().casefold()
