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
from sistercommittee.cli.texts import marked, tr

_LETTERS = {
    "invitation": (
        "PARTICIPANT_ID",
        marked("the invitation letter of a visitor on an inbound exchange, for a visa application"),
        marked(
            "The committee invites the visitor: its city and country, the visitor's name and "
            "role, the dates, the itinerary, the costs the committee covers and the host family, "
            "in English and the partner city's language."
        ),
    ),
    "support": (
        "PARTICIPANT_ID",
        marked("the letter of support of a participant travelling on an outbound exchange"),
        marked(
            "The committee supports the participant's travel to the partner city for the "
            "exchange's programme and dates, in English and the partner city's language."
        ),
    ),
    "hours": (
        "VOLUNTEER_ID",
        marked("a volunteer's hours by year, signed by the coordinator"),
        marked(
            "The hours recorded for the volunteer, by calendar year and in all, in English and "
            "the language asked for (default: the organization's, when it is not English)."
        ),
    ),
}
_WROTE = {
    "invitation": (
        marked("Wrote the invitation letter (1 page, {languages}) to {path}"),
        marked("Wrote the invitation letter ({pages} pages, {languages}) to {path}"),
    ),
    "support": (
        marked("Wrote the letter of support (1 page, {languages}) to {path}"),
        marked("Wrote the letter of support ({pages} pages, {languages}) to {path}"),
    ),
    "hours": (
        marked("Wrote the volunteer-hours letter (1 page, {languages}) to {path}"),
        marked("Wrote the volunteer-hours letter ({pages} pages, {languages}) to {path}"),
    ),
}


def register(commands: Any) -> None:
    letter = commands.add_parser("letter", help=tr("letters for delegations and volunteers as PDF"))
    kinds = letter.add_subparsers(dest="letter_command", metavar="WHICH", required=True)
    for kind, (metavar, help_text, description) in _LETTERS.items():
        parser = kinds.add_parser(kind, help=tr(help_text), description=tr(description))
        parser.add_argument("record_id", metavar=metavar, help=tr("the record's id"))
        parser.add_argument(
            "--out", type=Path, required=True, metavar="FILE.pdf", help=tr("the PDF file to write")
        )
        parser.add_argument(
            "--language",
            metavar="CODE",
            help=tr("the second language, such as ja or es (en for English alone)"),
        )
        parser.add_argument(
            "--signer", metavar="NAME", help=tr("who signs, such as the coordinator")
        )
        parser.add_argument("--signer-title", metavar="TITLE", help=tr("the signer's title"))
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
    in_languages = tr(" and ").join(letter.languages)
    one, many = _WROTE[args.letter_kind]
    ctx.say(
        tr(one, languages=in_languages, path=path)
        if letter.pages == 1
        else tr(many, pages=letter.pages, languages=in_languages, path=path)
    )
    for note in letter.notes:
        ctx.say(tr("Note: {note}", note=note))
    return 0
