"""Photos and stories from the command line.

sistercommittee photo add FILE --event ID [--caption TEXT] [--credit NAME] [--taken-on DATE]
sistercommittee photo list --event ID [--json]
sistercommittee photo person-add PHOTO_ID --name NAME [--minor] [--consent]
    [--guardian NAME] [--consent-on DATE]
sistercommittee story draft --event ID [--json]
sistercommittee story add --event ID [--title T] [--body T | --body-file F] [--photo ID …]
sistercommittee story list [--json]
sistercommittee story export ID (--pdf FILE | --html FOLDER)
sistercommittee story send ID
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.output import print_json, print_table
from sistercommittee.cli.texts import short_day, shown, tr, yes_no
from sistercommittee.messages import msg
from sistercommittee.messages.translators import language_translator

if TYPE_CHECKING:
    from sistercommittee.services.stories import StoryDraft


@dataclass(frozen=True)
class _PhotoLine:
    id: str
    file: str
    caption: str
    people: str
    publish: str


@dataclass(frozen=True)
class _StoryLine:
    id: str
    title: str
    record: str
    photos: int
    sent: str


def _owner_options(parser: argparse.ArgumentParser) -> None:
    owner = parser.add_mutually_exclusive_group(required=True)
    owner.add_argument("--event", metavar="ID", help=tr("the event's id"))
    owner.add_argument("--exchange", metavar="ID", help=tr("the exchange's id"))


def register(commands: Any) -> None:
    photo = commands.add_parser(
        "photo", help=tr("photos of events and exchanges, who is in them, and their consent")
    )
    photos = photo.add_subparsers(dest="photo_command", metavar="COMMAND", required=True)
    add = photos.add_parser(
        "add", help=tr("add a photo (JPEG, PNG or WebP) to an event or exchange")
    )
    add.add_argument("file", type=Path, help=tr("the photo's file"))
    _owner_options(add)
    add.add_argument("--caption", help=tr("what it shows"))
    add.add_argument("--credit", help=tr("who took it"))
    add.add_argument("--taken-on", metavar="DATE", help=tr("when it was taken"))
    add.set_defaults(handler=_photo_add)
    listing = photos.add_parser("list", help=tr("the photos of an event or exchange"))
    _owner_options(listing)
    listing.add_argument("--json", action="store_true", help=tr("print as JSON"))
    listing.set_defaults(handler=_photo_list)
    person = photos.add_parser(
        "person-add", help=tr("record someone pictured and whether they agreed to publication")
    )
    person.add_argument("photo_id", metavar="PHOTO_ID", help=tr("the photo's id"))
    person.add_argument("--name", help=tr("their name (or give --volunteer)"))
    person.add_argument("--volunteer", metavar="ID", help=tr("a volunteer's id"))
    person.add_argument("--minor", action="store_true", help=tr("under 18"))
    person.add_argument("--consent", action="store_true", help=tr("agreed to publication"))
    person.add_argument(
        "--guardian", metavar="NAME", help=tr("for a minor: the guardian who agreed")
    )
    person.add_argument(
        "--consent-on", metavar="DATE", help=tr("when they (or the guardian) agreed")
    )
    person.set_defaults(handler=_person_add)

    story = commands.add_parser(
        "story", help=tr("the committee's stories: drafted from an event or exchange, sent to HQ")
    )
    stories = story.add_subparsers(dest="story_command", metavar="COMMAND", required=True)
    draft = stories.add_parser("draft", help=tr("print a first draft from the record"))
    _owner_options(draft)
    draft.add_argument("--json", action="store_true", help=tr("print as JSON"))
    draft.set_defaults(handler=_story_draft)
    new = stories.add_parser(
        "add", help=tr("save a story; title, text and photos default to the draft's")
    )
    _owner_options(new)
    new.add_argument("--title", help=tr("the story's title"))
    text = new.add_mutually_exclusive_group()
    text.add_argument("--body", help=tr("the text; paragraphs apart by an empty line"))
    text.add_argument("--body-file", type=Path, metavar="FILE", help=tr("the text from a file"))
    new.add_argument(
        "--photo", action="append", metavar="ID", help=tr("a photo to show; repeatable")
    )
    new.set_defaults(handler=_story_add)
    listing = stories.add_parser("list", help=tr("every story"))
    listing.add_argument("--json", action="store_true", help=tr("print as JSON"))
    listing.set_defaults(handler=_story_list)
    export = stories.add_parser("export", help=tr("the one-page PDF or the HTML page with images"))
    export.add_argument("story_id", metavar="ID", help=tr("the story's id"))
    out = export.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="FILE", help=tr("the PDF file to write"))
    out.add_argument(
        "--html", type=Path, metavar="FOLDER", help=tr("the folder to write the page into")
    )
    export.set_defaults(handler=_story_export)
    send = stories.add_parser("send", help=tr("send the story to HQ for its newsletter"))
    send.add_argument("story_id", metavar="ID", help=tr("the story's id"))
    send.set_defaults(handler=_story_send)


def _photo_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.photos import add_photo

    changes = add_photo(
        ctx.open_db(),
        args.file,
        event_id=args.event,
        exchange_id=args.exchange,
        caption=args.caption,
        credit=args.credit,
        taken_on=args.taken_on,
    )
    ctx.say(tr("Added {file}: {id}", file=args.file.name, id=changes.id))
    return 0


def _photo_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.photos import list_photos

    found = list_photos(ctx.open_db(), event_id=args.event, exchange_id=args.exchange)
    if args.json:
        print_json(
            [
                {**_plain(p), "publishable": p.publishable, "withheld_because": p.withheld_because}
                for p in found
            ]
        )
        return 0
    lines = [
        _PhotoLine(
            p.id,
            p.file_name,
            p.caption or "",
            ", ".join(f"{person.name} ({shown(person.consent_text)})" for person in p.people),
            yes_no(p.publishable),
        )
        for p in found
    ]
    print_table(lines, ("id", "file", "caption", "people", "publish"), ctx.out)
    return 0


def _plain(value: Any) -> Any:
    from sistercommittee.cli.output import plain_data

    return plain_data(value)


def _person_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.photos import add_person, get_photo

    db = ctx.open_db()
    add_person(
        db,
        args.photo_id,
        {
            "name": args.name,
            "volunteer_id": args.volunteer,
            "is_minor": args.minor,
            "consent": args.consent,
            "guardian_name": args.guardian,
            "consent_on": args.consent_on,
        },
    )
    photo = get_photo(db, args.photo_id)
    ctx.say(
        tr("Recorded. {file} may be published.", file=photo.file_name)
        if photo.publishable
        else tr(
            "Recorded. {file} withheld: {why}.", file=photo.file_name, why=photo.withheld_because
        )
    )
    return 0


def _written(draft: StoryDraft) -> StoryDraft:
    """The draft in the committee's language (the organization's), as the app writes it."""
    return draft.written(language_translator(draft.language))


def _story_draft(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.stories import draft_story

    draft = _written(draft_story(ctx.open_db(), event_id=args.event, exchange_id=args.exchange))
    if args.json:
        print_json(draft)
    else:
        ctx.say(draft.title)
        ctx.say("")
        ctx.say(draft.body)
        if draft.photo_ids:
            ctx.say("")
            ctx.say(tr("Photos that may be published: {ids}", ids=", ".join(draft.photo_ids)))
    return 0


def _story_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.errors import ValidationError
    from sistercommittee.services.stories import create_story, draft_story

    db = ctx.open_db()
    draft = _written(draft_story(db, event_id=args.event, exchange_id=args.exchange))
    body = args.body
    if args.body_file is not None:
        try:
            body = args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ValidationError.single(
                "body_file",
                msg(
                    "{body_file} cannot be read as text: {error}.",
                    body_file=args.body_file,
                    error=error,
                ),
            ) from error
    changes = create_story(
        db,
        {
            "event_id": args.event,
            "exchange_id": args.exchange,
            "title": args.title or draft.title,
            "body": body or draft.body,
            "photo_ids": args.photo if args.photo is not None else list(draft.photo_ids),
        },
    )
    ctx.say(tr("Saved the story: {id}", id=changes.id))
    return 0


def _story_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.stories import list_stories

    found = list_stories(ctx.open_db())
    if args.json:
        print_json(found)
        return 0
    lines = [
        _StoryLine(
            s.id,
            s.title,
            f"{s.source_title} ({short_day(s.source_date)})",
            len(s.photo_ids),
            short_day(s.sent_at.date()) if s.sent_at else "",
        )
        for s in found
    ]
    print_table(lines, ("id", "title", "record", "photos", "sent"), ctx.out)
    return 0


def _story_export(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.open_db()
    if args.pdf is not None:
        from sistercommittee.documents.story_pdf import write_story_pdf

        path = write_story_pdf(db, args.story_id, args.pdf, language_translator)
        ctx.say(tr("Wrote {path}", path=path))
    else:
        from sistercommittee.documents.story_html import write_story_html

        path = write_story_html(db, args.story_id, args.html, language_translator)
        ctx.say(tr("Wrote {path} with its images", path=path))
    return 0


def _story_send(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.cli.sync import _store
    from sistercommittee.sync.stories import send_story

    sent = send_story(ctx.open_db(), _store(), args.story_id, translator_for=language_translator)
    synced = sent.synced.sent if sent.synced is not None else 0
    ctx.say(
        tr(
            "Sent to HQ as {file}; synced {count} changes.",
            file=sent.report["file_name"],
            count=synced,
        )
    )
    return 0
