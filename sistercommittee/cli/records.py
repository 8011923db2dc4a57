"""add / list / show / edit / delete for each kind of record, built from the service modules.

The options of `add` and `edit` come from the record's FormSpec and those of `list` from its Query
dataclass, so a field added to a service appears on the command line with nothing else to change.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.output import print_json, print_record, print_table
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services import fields as f
from sistercommittee.services.forms import FormSpec


@dataclass(frozen=True)
class RecordKind:
    """A kind of record and the service functions its commands call (the objects themselves, so
    that a renamed function fails when the registry is built, not when a command runs)."""

    noun: str  # "volunteer"
    form: FormSpec
    query_class: type
    add: Callable[..., Any]
    list: Callable[..., Any]
    get: Callable[..., Any]
    edit: Callable[..., Any]
    delete: Callable[..., Any]
    columns: tuple[str, ...]  # of the Row dataclass, for the table
    help: str
    plural: str = ""
    add_verb: str = "add"  # the command's verb for a new record ("log" for hours)

    @property
    def plural_noun(self) -> str:
        return self.plural or f"{self.noun}s"


def record_kinds() -> dict[str, RecordKind]:
    """The kinds of records with add / list / show / edit / delete commands, by noun."""
    from sistercommittee.services import (
        events,
        exchanges,
        hours,
        mou_forms,
        mou_results,
        mous,
        partnerships,
        volunteers,
    )

    kinds = (
        RecordKind(
            "partnership",
            partnerships.PARTNERSHIP_FORM,
            partnerships.PartnershipQuery,
            partnerships.add_partnership,
            partnerships.list_partnerships,
            partnerships.get_partnership,
            partnerships.edit_partnership,
            partnerships.delete_partnership,
            ("city_name", "city_name_local", "country", "kind", "status", "signed_on"),
            "partner cities: add, list, show, edit, delete",
        ),
        RecordKind(
            "volunteer",
            volunteers.VOLUNTEER_FORM,
            volunteers.VolunteerQuery,
            volunteers.add_volunteer,
            volunteers.list_volunteers,
            volunteers.get_volunteer,
            volunteers.edit_volunteer,
            volunteers.delete_volunteer,
            ("name", "email", "phone", "languages", "roles", "active"),
            "volunteers: add, list, show, edit, delete",
        ),
        RecordKind(
            "event",
            events.EVENT_FORM,
            events.EventQuery,
            events.add_event,
            events.list_events,
            events.get_event,
            events.edit_event,
            events.delete_event,
            ("title", "kind", "starts_at", "venue", "attendance"),
            "events: add, list, show, edit, delete",
        ),
        RecordKind(
            "mou",
            mou_forms.MOU_FORM,
            mou_results.MouQuery,
            mous.add_mou,
            mous.list_mous,
            mous.get_mou,
            mous.edit_mou,
            mous.delete_mou,
            ("city_name", "signed_on", "signed_place", "languages", "signatories_count"),
            "memorandums of understanding: add, list, show, edit, delete, signatories, texts, "
            "scans",
        ),
        RecordKind(
            "hours",
            hours.HOURS_FORM,
            hours.HoursQuery,
            hours.log_hours,
            hours.list_hours,
            hours.get_hours,
            hours.edit_hours,
            hours.delete_hours,
            ("volunteer_name", "worked_on", "minutes", "kind", "event_title", "activity"),
            "volunteer hours: log, list, show, edit, delete",
            plural="hours",
            add_verb="log",
        ),
        RecordKind(
            "exchange",
            exchanges.EXCHANGE_FORM,
            exchanges.ExchangeQuery,
            exchanges.add_exchange,
            exchanges.list_exchanges,
            exchanges.get_exchange,
            exchanges.edit_exchange,
            exchanges.delete_exchange,
            ("title", "direction", "program", "starts_on", "ends_on", "participants"),
            "exchanges (delegations): add, list, show, edit, delete",
        ),
    )
    return {kind.noun: kind for kind in kinds}


def option_name(field_name: str) -> str:
    return "--" + field_name.replace("_", "-")


def _add_form_options(parser: argparse.ArgumentParser, form: FormSpec, *, creating: bool) -> None:
    group = parser.add_argument_group("fields")
    for spec in form.fields:
        help_text = spec.label
        if spec.help:
            help_text += f" ({spec.help})"
        elif spec.many:
            help_text += " (comma-separated)"
        if spec.required and creating:
            help_text += " [required]"
        if not creating:
            help_text += "; an empty value clears it"
        group.add_argument(
            option_name(spec.name),
            dest=f"field__{spec.name}",
            metavar="VALUE",
            default=None,
            help=help_text,
        )


def form_values(args: argparse.Namespace) -> dict[str, Any]:
    """The fields the user gave, as typed."""
    return {
        key.removeprefix("field__"): value
        for key, value in vars(args).items()
        if key.startswith("field__") and value is not None
    }


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


_QUERY_CONTROL = {"sort", "descending", "offset", "limit"}


def _add_query_options(parser: argparse.ArgumentParser, query_class: type) -> None:
    hints = typing.get_type_hints(query_class)
    group = parser.add_argument_group("filters")
    for field in dataclasses.fields(query_class):
        if field.name in _QUERY_CONTROL:
            continue
        kind = _unwrap_optional(hints[field.name])
        name = option_name(field.name)
        dest = f"query__{field.name}"
        label = field.name.replace("_", " ")
        if kind is bool:
            group.add_argument(
                name, dest=dest, choices=["yes", "no"], help=f"only {label}: yes or no"
            )
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            group.add_argument(
                name, dest=dest, choices=[m.value for m in kind], help=f"only this {label}"
            )
        elif kind is date:
            group.add_argument(name, dest=dest, metavar="DATE", help=f"{label} (a date)")
        elif kind is int:
            group.add_argument(name, dest=dest, metavar="N", help=label)
        else:
            group.add_argument(name, dest=dest, metavar="TEXT", help=label)
    sort_hint = hints.get("sort")
    if sort_hint is not None and typing.get_origin(sort_hint) is Literal:
        parser.add_argument("--sort", choices=list(typing.get_args(sort_hint)), help="sort by")
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--desc", action="store_true", help="sort in descending order")
    order.add_argument("--asc", action="store_true", help="sort in ascending order")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N rows (default: all)")
    parser.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N rows")


def build_query(query_class: type, args: argparse.Namespace) -> Any:
    hints = typing.get_type_hints(query_class)
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for field in dataclasses.fields(query_class):
        raw = getattr(args, f"query__{field.name}", None)
        if raw is None or field.name in _QUERY_CONTROL:
            continue
        kind = _unwrap_optional(hints[field.name])
        label = field.name.replace("_", " ").capitalize()
        try:
            if kind is bool:
                values[field.name] = raw == "yes"
            elif isinstance(kind, type) and issubclass(kind, enum.Enum):
                values[field.name] = kind(raw)
            elif kind is date:
                values[field.name] = f.calendar_date(raw, label)
            elif kind is int:
                values[field.name] = f.integer(raw, label, minimum=-(10**9))
            else:
                values[field.name] = raw
        except f.FieldProblem as problem:
            problems[field.name] = str(problem)
    if problems:
        raise ValidationError(problems)
    if getattr(args, "sort", None):
        values["sort"] = args.sort
    if getattr(args, "desc", False):
        values["descending"] = True
    elif getattr(args, "asc", False):
        values["descending"] = False
    return query_class(**values)


def iterate_rows(
    list_function: Callable[..., Any], query: Any, limit: int | None, offset: int
) -> Iterator[Any]:
    """Every row from ``offset`` on (at most ``limit``), fetched one page at a time."""
    page_size = 500
    fetched = 0
    while limit is None or fetched < limit:
        size = page_size if limit is None else min(page_size, limit - fetched)
        page = list_function(
            query.__class__(
                **{**dataclasses.asdict(query), "offset": offset + fetched, "limit": size}
            )
        )
        yield from page.items
        fetched += len(page.items)
        if not page.has_more or not page.items:
            return


def register(subparsers: Any, kind: RecordKind) -> Any:
    """Add the record's command group; returns its sub-actions for further commands."""
    parser = subparsers.add_parser(kind.noun, help=kind.help, description=kind.help)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(kind.add_verb, help=f"{kind.add_verb} {kind.noun}")
    _add_form_options(add, kind.form, creating=True)
    add.add_argument("--json", action="store_true", help="print the new id as JSON")
    add.set_defaults(handler=lambda ctx, args: _add(ctx, args, kind))

    listing = actions.add_parser("list", help=f"list {kind.plural_noun}")
    _add_query_options(listing, kind.query_class)
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=lambda ctx, args: _list(ctx, args, kind))

    show = actions.add_parser("show", help=f"show one {kind.noun}")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print as JSON")
    show.set_defaults(handler=lambda ctx, args: _show(ctx, args, kind))

    edit = actions.add_parser("edit", help=f"change fields of a {kind.noun}")
    edit.add_argument("id")
    _add_form_options(edit, kind.form, creating=False)
    edit.set_defaults(handler=lambda ctx, args: _edit(ctx, args, kind))

    delete = actions.add_parser("delete", help=f"delete a {kind.noun}")
    delete.add_argument("id")
    delete.set_defaults(handler=lambda ctx, args: _delete(ctx, args, kind))
    return actions


def say_offers(ctx: CliContext, changes: Any) -> None:
    """The next steps an action offers, each with the command that takes it."""
    from sistercommittee.services.changes import OfferKind

    for offer in getattr(changes, "offers", ()):
        ctx.say(offer.question)
        if offer.kind == OfferKind.ACTIVATE_PARTNERSHIP:
            on = f" --on {offer.on.isoformat()}" if offer.on else ""
            ctx.say("To do it:")
            ctx.say(f"  sistercommittee partnership status {offer.record_id} --to active{on}")


def _add(ctx: CliContext, args: argparse.Namespace, kind: RecordKind) -> int:
    db = ctx.open_db()
    changes = kind.add(db, form_values(args))
    if args.json:
        print_json({"id": changes.id})
    else:
        ctx.say(f"Saved {kind.noun} {changes.id}")
        say_offers(ctx, changes)
    return 0


def _list(ctx: CliContext, args: argparse.Namespace, kind: RecordKind) -> int:
    if args.limit is not None and args.limit < 1:
        raise ValidationError.single("limit", msg("--limit must be 1 or more."))
    if args.offset < 0:
        raise ValidationError.single("offset", msg("--offset cannot be negative."))
    db = ctx.open_db()
    query = build_query(kind.query_class, args)
    list_function = kind.list
    rows = list(iterate_rows(lambda q: list_function(db, q), query, args.limit, args.offset))
    if args.json:
        print_json(rows)
    elif rows:
        print_table(rows, ("id", *kind.columns))
    else:
        ctx.say(f"No {kind.plural_noun} match.")
    return 0


def _show(ctx: CliContext, args: argparse.Namespace, kind: RecordKind) -> int:
    detail = kind.get(ctx.open_db(), args.id)
    if args.json:
        print_json(detail)
    else:
        print_record(detail)
    return 0


def _edit(ctx: CliContext, args: argparse.Namespace, kind: RecordKind) -> int:
    values = form_values(args)
    if not values:
        raise ValidationError.single(
            "fields",
            msg(
                "Nothing to change: give at least one field, e.g. {option}.",
                option=option_name(kind.form.fields[0].name),
            ),
        )
    changes = kind.edit(ctx.open_db(), args.id, values)
    ctx.say(f"Saved {kind.noun} {args.id}")
    say_offers(ctx, changes)
    return 0


def _delete(ctx: CliContext, args: argparse.Namespace, kind: RecordKind) -> int:
    changes = kind.delete(ctx.open_db(), args.id)
    ctx.say(f"Deleted {kind.noun} {args.id}")
    say_offers(ctx, changes)
    return 0
