"""`sistercommittee [--db PATH] COMMAND`: with no command, the desktop app opens.

Exit status: 0 done, 2 bad input or an unusable file (nothing was written), 1 anything else,
141 when the reader of the output went away (`sistercommittee agenda | head -1`): the command
ends quietly there, as a Unix tool ended by SIGPIPE does.
No traceback ever reaches the user: unexpected errors go to the log file with their details.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sistercommittee import config
from sistercommittee.cli.context import CliContext
from sistercommittee.cli.help_format import ArgumentParser
from sistercommittee.cli.metavars import localize as localize_metavars
from sistercommittee.cli.output import print_json, print_record
from sistercommittee.cli.planner import register as register_planner
from sistercommittee.cli.records import form_values, record_kinds
from sistercommittee.cli.records import register as register_records
from sistercommittee.cli.sub_records import register as register_sub_records
from sistercommittee.cli.texts import install_argparse_words, tr
from sistercommittee.errors import (
    DatabaseFileError,
    NotFoundError,
    SisterCommitteeError,
    ValidationError,
)
from sistercommittee.logs import setup_logging
from sistercommittee.messages import msg, render

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="sistercommittee",
        description=tr(
            "SisterCommittee: partnerships, volunteers, events and exchanges of a "
            "sister city committee. Without a command, the desktop app opens."
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=tr("print the versions of the app, Python, Qt and SQLite, and exit"),
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=tr(
            "the organization's database file (default: {path})",
            path=config.default_database_path(),
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help=tr("create the organization's database"))
    init.add_argument(
        "--org",
        dest="field__name",
        required=True,
        metavar="NAME",
        help=tr("the organization's name"),
    )
    init.add_argument("--city", dest="field__city", required=True, help=tr("home city"))
    init.add_argument(
        "--country",
        dest="field__country",
        required=True,
        metavar="CC",
        help=tr("country, two-letter code such as US"),
    )
    for name, help_text in (
        ("region", tr("region or state")),
        ("currency", tr("currency code such as USD (default: the country's)")),
        (
            "time-zone",
            tr("IANA time zone such as America/Chicago (default: the country's main one)"),
        ),
        ("language", tr("language tag such as en")),
        ("sci-member-number", tr("Sister Cities International member number")),
    ):
        init.add_argument(f"--{name}", dest=f"field__{name.replace('-', '_')}", help=help_text)
    init.set_defaults(handler=_init)

    demo = commands.add_parser("demo", help=tr("fill a new database with realistic sample data"))
    demo.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    demo.add_argument("--seed", type=int, default=2026, help=tr("random seed (default 2026)"))
    demo.set_defaults(handler=_demo)

    stats = commands.add_parser("stats", help=tr("counts of everything in the database"))
    stats.add_argument("--json", action="store_true", help=tr("print as JSON"))
    stats.set_defaults(handler=_stats)

    groups = {noun: register_records(commands, kind) for noun, kind in record_kinds().items()}
    register_sub_records(groups)
    register_planner(groups)

    for module_name in _EXTRA_COMMAND_MODULES:
        module = _optional_module(module_name)
        if module is not None:
            module.register(commands)
    localize_metavars(parser)
    return parser


# Further command groups (documents, sync, import, backup): each module has register(commands).
_EXTRA_COMMAND_MODULES: tuple[str, ...] = (
    "sistercommittee.cli.documents",
    "sistercommittee.cli.letters",
    "sistercommittee.cli.rates",
    "sistercommittee.cli.sync",
    "sistercommittee.cli.members",
    "sistercommittee.cli.data",
    "sistercommittee.cli.agenda",
    "sistercommittee.cli.finder",
    "sistercommittee.cli.stories",
)


class _VersionAction(argparse.Action):
    """--version: the app's version and those of what it runs on (bug reports need all four)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from sistercommittee.versions import version_text

        print(version_text())
        parser.exit()


def _optional_module(name: str) -> object | None:
    import importlib
    import importlib.util

    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


def _init(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.countries import with_nation_as_region
    from sistercommittee.services.forms import OrgDefaults, validate
    from sistercommittee.services.organizations import ORGANIZATION_FORM, create_organization

    values = form_values(args)
    if not ctx.db_path.exists():  # check the input before a file is created for it
        validate(ORGANIZATION_FORM, with_nation_as_region(values), OrgDefaults("US", "USD", "UTC"))
    db = ctx.open_db(create=True)
    create_organization(db, values)
    ctx.say(tr("Created the database for {name} at {path}", name=values["name"], path=ctx.db_path))
    return 0


def _demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.cli.language import translator
    from sistercommittee.sample import generate

    if not 0 < args.scale <= 200:
        raise ValidationError.single("scale", msg("--scale must be between 0 and 200."))
    db = ctx.open_db(create=True)
    # The sample's titles, notes and stories in the user's language, as the command's own words.
    summary = generate(db, scale=args.scale, seed=args.seed, translate=translator())
    ctx.say(tr("Filled {path} with sample data:", path=ctx.db_path))
    print_record(summary, ctx.out, indent="  ")
    return 0


def _stats(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.stats import database_stats

    result = database_stats(ctx.open_db())
    if args.json:
        print_json(result)
    else:
        print_record(result)
    return 0


def _open_app(db_path: Path | None) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        sys.stderr.write(
            tr(
                "There is no screen to open the desktop app on (no DISPLAY is set). "
                "Start it from a desktop session, or use a command: sistercommittee --help"
            )
            + "\n"
        )
        return 2
    try:
        from sistercommittee.ui.app import run_app
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith("sistercommittee.ui"):
            sys.stderr.write(
                tr("This build has no desktop app yet; use the commands (sistercommittee --help).")
                + "\n"
            )
            return 2
        raise
    return run_app(db_path)


BROKEN_PIPE = 128 + 13  # the status of a command ended by SIGPIPE


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
    except BrokenPipeError:
        _drop_standard_output()
        return BROKEN_PIPE


def _drop_standard_output() -> None:
    """Whatever is still buffered for a reader that left goes nowhere, so that the interpreter's
    own flush at exit does not complain about the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # a stream without a file (a test's capture): nothing is flushed to a pipe at exit


def _main(argv: Sequence[str] | None) -> int:
    log_path = setup_logging()
    install_argparse_words()
    try:
        args = build_parser().parse_args(argv)
    except BrokenPipeError:
        raise
    except Exception:
        log.exception("the command line could not be read")
        sys.stderr.write(
            tr("The command could not be started; details are in the log file.") + "\n"
        )
        return 1
    db_path: Path = args.db or config.default_database_path()
    ctx = CliContext(db_path=db_path)
    try:
        if args.command is None:
            return _open_app(args.db)
        return int(args.handler(ctx, args))
    except ValidationError as error:
        _report_validation(error)
        return 2
    except (NotFoundError, DatabaseFileError) as error:
        _say_error(error.message)
        return 2
    except SisterCommitteeError as error:
        _say_error(error.message)
        return 1
    except KeyboardInterrupt:
        _say_error(msg("Stopped."))
        return 130
    except BrokenPipeError:
        raise  # the reader went away: nothing to tell, nothing went wrong
    except Exception:
        log.exception("unexpected error in %s", args.command or "app")
        _say_error(
            msg(
                "Something went wrong and the command stopped; nothing more was saved. "
                "The details are in {path}.",
                path=str(log_path),
            )
            if log_path
            else msg("Something went wrong and the command stopped; nothing more was saved.")
        )
        return 1
    finally:
        ctx.close()


def _say_error(message: str) -> None:
    """``message`` on stderr in the language LANG / LC_MESSAGES ask for (the log keeps English)."""
    from sistercommittee.cli.language import translator

    sys.stderr.write(render(message, translator()) + "\n")


def _report_validation(error: ValidationError) -> None:
    from sistercommittee.cli.language import translator

    translate = translator()
    messages = [render(message, translate) for message in error.errors.values()]
    if len(messages) == 1:
        only = msg("Nothing was saved: {problem}", problem=messages[0])
        sys.stderr.write(render(only, translate) + "\n")
        return
    sys.stderr.write(render(msg("Nothing was saved:"), translate) + "\n")
    for message in messages:
        sys.stderr.write(f"  - {message}\n")
