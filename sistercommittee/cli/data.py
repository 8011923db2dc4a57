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

MAX_LINES = 50  # problems and duplicates listed before "and N more"
_LISTS = ("volunteers", "partnerships", "events", "exchanges", "hours")


def register(commands: Any) -> None:
    from sistercommittee.importing.kinds import KINDS

    imp = commands.add_parser(
        "import",
        help="import volunteers, partnerships, events or hours from a CSV or Excel file",
        description="Read a CSV or Excel file, match its columns to fields, show each row's "
        "problems and duplicates, and import it all or nothing. A backup is made first.",
    )
    imp.add_argument("kind", choices=tuple(KINDS), help="what the file holds")
    imp.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv, .txt or .xlsx file")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; change nothing"
    )
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and leave out the rows with problems",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column to a field ('E-mail 2=email'); 'COLUMN=' leaves it out; repeatable",
    )
    imp.add_argument(
        "--duplicates",
        choices=("merge", "skip"),
        default="merge",
        help="rows that are already there: merge what they add (default) or skip them",
    )
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of an Excel file to read")
    imp.add_argument("--json", action="store_true", help="print the outcome as JSON")
    imp.set_defaults(handler=_import)

    export = commands.add_parser(
        "export-list",
        help="export a list to a CSV or Excel file",
        description="Write every row of a list to CSV (UTF-8) or XLSX; cells that a spreadsheet "
        "would run as formulas are written as plain text.",
    )
    export.add_argument("kind", choices=_LISTS)
    export.add_argument("--format", choices=("csv", "xlsx"), help="default: from --out's name")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=_export)

    backup = commands.add_parser(
        "backup",
        help="back the database up now, to a file or to the backups folder",
        description="Without --out the backup goes to the backups folder, where the rotation "
        "keeps 7 daily, 4 weekly and 12 monthly backups.",
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="the backup file to write")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument("--list", action="store_true", help="list the backups in the folder")
    backup.add_argument("--json", action="store_true", help="with --list: print as JSON")
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the database by a backup (a backup of the current state is kept)",
        description="Checks the backup first (that it is whole and not from a newer version), "
        "keeps a backup of the database as it is, then replaces it in one step.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
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
        rows = "row" if len(table) == 1 else "rows"
        ctx.say(f"Read {args.file.name} ({table.source}): {len(table)} {rows}.")
        ctx.say("Columns:")
        for line in describe(kind, table.headers, mapping):
            ctx.say(f"  {line}")
    db = ctx.open_db()
    result = importing.preview(db, kind, table, mapping, duplicates=args.duplicates)
    if not args.json:
        _list("Problems", [str(problem) for problem in result.problems], ctx)
        _list("Already there", [str(duplicate) for duplicate in result.duplicates], ctx)
        _list("Please check", list(result.notes), ctx)
    refused = not result.ok and not args.skip_bad_rows
    if args.dry_run or refused:
        if args.json:
            print_json(_preview_json(result, refused))
        elif refused:
            _say_refused(ctx, result)
        else:
            ctx.say("Dry run, nothing was changed. " + _summary(result, kind.noun, "Would "))
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
    done = [f"added {_count(outcome.added, kind.noun)}"]
    if outcome.merged:
        done.append(f"filled in {_count(outcome.merged, 'record')} already there")
    if outcome.unchanged:
        done.append(f"{_count(outcome.unchanged, 'row')} already there unchanged")
    if outcome.skipped_duplicates:
        done.append(f"skipped {_count(outcome.skipped_duplicates, 'duplicate')}")
    if outcome.skipped_bad:
        numbers = ", ".join(str(number) for number in outcome.skipped_bad[:20])
        more = "…" if len(outcome.skipped_bad) > 20 else ""
        done.append(f"left out {_count(len(outcome.skipped_bad), 'bad row')} ({numbers}{more})")
    ctx.say("Imported: " + ", ".join(done) + ".")
    if outcome.backup is not None:
        ctx.say(f"The database as it was before is backed up in {outcome.backup.path}")
    return 0


def _count(number: int, noun: str) -> str:
    if number == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    if noun.endswith("entry"):
        plural = noun[:-5] + "entries"
    return f"{number:,} {plural}"


def _list(title: str, lines: list[str], ctx: CliContext) -> None:
    if not lines:
        return
    ctx.say(f"{title}:")
    for line in lines[:MAX_LINES]:
        ctx.say(f"  {line}")
    if len(lines) > MAX_LINES:
        ctx.say(f"  … and {len(lines) - MAX_LINES:,} more.")


def _summary(result: Any, noun: str, verb: str) -> str:
    from sistercommittee.importing import RowAction

    parts = [f"{verb.lower()}add {_count(result.count(RowAction.ADD), noun)}"]
    if result.count(RowAction.MERGE):
        parts.append(f"fill in {_count(result.count(RowAction.MERGE), 'record')} already there")
    if result.count(RowAction.SAME):
        parts.append(f"leave {_count(result.count(RowAction.SAME), 'row')} already there as is")
    if result.count(RowAction.SKIP):
        parts.append(f"skip {_count(result.count(RowAction.SKIP), 'duplicate')}")
    if result.bad_rows:
        parts.append(f"leave out {_count(len(result.bad_rows), 'bad row')}")
    text = ", ".join(parts) + "."
    return text[0].upper() + text[1:]


def _say_refused(ctx: CliContext, result: Any) -> None:
    bad = len(result.bad_rows)
    good = len(result.rows) - bad
    sys.stderr.write(
        f"Nothing was imported: {_count(bad, 'row')} of {len(result.rows):,} "
        f"{'has' if bad == 1 else 'have'} problems (listed above). Correct them in the file, "
        f"or run again with --skip-bad-rows to import the other {good:,}.\n"
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
    rows = "row" if result.rows == 1 else "rows"
    ctx.say(f"Exported {result.rows:,} {rows} of {args.kind} to {result.path}")
    return 0


# --- backup and restore -------------------------------------------------------------------------


def _backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import backups

    if args.list:
        found = backups.list_backups(ctx.db_path)
        if args.json:
            print_json([{**plain_data(info), "description": info.description} for info in found])
        elif not found:
            ctx.say(f"There are no backups of {ctx.db_path.name} in {backups.backups_dir()}.")
        else:
            print_table(
                [_BackupLine.of(info) for info in found], ("made", "why", "size", "file")
            )
        return 0
    db = ctx.open_db()
    if args.out is not None:
        path = backups.backup_to_file(db, args.out, overwrite=args.force)
    else:
        path = backups.make_backup(db, "manual").path
    ctx.say(f"Backed up {ctx.db_path} to {path}")
    return 0


class _BackupLine:
    def __init__(self, made: str, why: str, size: str, file: str) -> None:
        self.made, self.why, self.size, self.file = made, why, size, file

    @classmethod
    def of(cls, info: Any) -> _BackupLine:
        made = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return cls(made, info.description, f"{info.size / 1024 / 1024:.1f} MB", info.path.name)


def _restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import backups

    check = backups.check_file(args.file)  # refuse a bad file before asking anything
    if not args.yes and sys.stdin.isatty():
        sys.stdout.write(
            f"Replace the database {ctx.db_path} with the backup {args.file}? A backup of the "
            "database as it is now is kept. [y/N] "
        )
        sys.stdout.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes"):
            ctx.say("Nothing was restored.")
            return 1
    ctx.close()  # never hold the database open while it is replaced
    result = backups.restore(check.path, ctx.db_path)
    ctx.say(f"Restored {ctx.db_path} from {args.file}.")
    if result.safety_backup is not None:
        ctx.say(f"The database as it was before is backed up in {result.safety_backup.path}")
    if result.needs_upgrade:
        ctx.say("The backup is from an older version; it is upgraded when it is next opened.")
    return 0
