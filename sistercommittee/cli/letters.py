"""Letters for delegations on the command line.

sistercommittee letter invitation PARTICIPANT_ID --out FILE.pdf [--language CODE]
    [--signer NAME --signer-title TITLE]
sistercommittee letter support PARTICIPANT_ID --out FILE.pdf [...]
sistercommittee letter hours VOLUNTEER_ID --out FILE.pdf [...]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sistercommittee.cli.context import CliContext

_LETTERS = {
    "invitation": (
        "PARTICIPANT_ID",
        "the invitation letter of a visitor on an inbound exchange, for a visa application",
        "The committee invites the visitor: its city and country, the visitor's name and role, "
        "the dates, the itinerary, the costs the committee covers and the host family, in "
        "English and the partner city's language.",
    ),
    "support": (
        "PARTICIPANT_ID",
        "the letter of support of a participant travelling on an outbound exchange",
        "The committee supports the participant's travel to the partner city for the "
        "exchange's programme and dates, in English and the partner city's language.",
    ),
    "hours": (
        "VOLUNTEER_ID",
        "a volunteer's hours by year, signed by the coordinator",
        "The hours recorded for the volunteer, by calendar year and in all, in English and "
        "the language asked for (default: the organization's, when it is not English).",
    ),
}
_NAMES = {
    "invitation": "the invitation letter",
    "support": "the letter of support",
    "hours": "the volunteer-hours letter",
}


def register(commands: Any) -> None:
    letter = commands.add_parser("letter", help="letters for delegations and volunteers as PDF")
    kinds = letter.add_subparsers(dest="letter_command", metavar="WHICH", required=True)
    for kind, (metavar, help_text, description) in _LETTERS.items():
        parser = kinds.add_parser(kind, help=help_text, description=description)
        parser.add_argument("record_id", metavar=metavar)
        parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
        parser.add_argument(
            "--language",
            metavar="CODE",
            help="the second language, such as ja or es (en for English alone)",
        )
        parser.add_argument("--signer", metavar="NAME", help="who signs, such as the coordinator")
        parser.add_argument("--signer-title", metavar="TITLE", help="the signer's title")
        parser.set_defaults(handler=_letter, letter_kind=kind)


def _letter(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.documents.letters import (
        make_hours_letter,
        make_invitation,
        make_support,
        write_letter,
    )

    make = {"invitation": make_invitation, "support": make_support, "hours": make_hours_letter}
    letter = make[args.letter_kind](
        ctx.open_db(),
        args.record_id,
        language=args.language,
        signer=args.signer,
        signer_title=args.signer_title,
    )
    path = write_letter(args.out, letter)
    pages = "1 page" if letter.pages == 1 else f"{letter.pages} pages"
    in_languages = " and ".join(letter.languages)
    ctx.say(f"Wrote {_NAMES[args.letter_kind]} ({pages}, {in_languages}) to {path}")
    for note in letter.notes:
        ctx.say(f"Note: {note}")
    return 0
