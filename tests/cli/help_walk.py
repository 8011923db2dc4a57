"""Runs the command line's main() with --help for every command and subcommand, found from the
parser itself, and prints {"command words": {"code": status, "out": help}} as JSON: one process
for the whole walk (tests/cli/test_cli_help.py runs it in the language under test)."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys


def command_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """The words of every command, as typed: (), ("volunteer",), ("volunteer", "add") …"""
    found = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += command_paths(sub, (*path, name))
    return found


def main() -> int:
    from sistercommittee.cli.main import build_parser
    from sistercommittee.cli.main import main as cli_main

    shown: dict[str, dict[str, object]] = {}
    for path in command_paths(build_parser()):
        out = io.StringIO()
        code: object = 0
        with contextlib.redirect_stdout(out):
            try:
                code = cli_main([*path, "--help"])
            except SystemExit as done:
                code = done.code
        shown[" ".join(path)] = {"code": code, "out": out.getvalue()}
    sys.stdout.write(json.dumps(shown, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
