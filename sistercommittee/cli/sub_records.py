"""Commands for the parts of a record: a partnership's status and contacts, an MOU's signatories,
texts and scans, an event's shifts and budget, an exchange's participants, hosts, stays,
itinerary and costs.

Most are declared as data (which service function, which ids it takes, which form gives its
options); the few with their own arguments have a small handler each.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.records import _add_form_options, form_values
from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.services.forms import FormSpec


@dataclass(frozen=True)
class SubAction:
    group: str  # the record's command group, e.g. "partnership"
    name: str  # e.g. "contact-add"
    target: Callable[..., Any]  # the service function
    ids: tuple[str, ...]  # positional ids the function takes after db, e.g. ("PARTNERSHIP_ID",)
    help: str
    form: FormSpec | None = None  # whose fields become options
    creating: bool = True  # with a form: are required fields required here?


def sub_actions() -> tuple[SubAction, ...]:
    """The declared sub-record commands, with the service functions and forms they use."""
    from sistercommittee.services import (
        events,
        exchanges,
        mou_forms,
        mou_scans,
        mou_signatories,
        mou_texts,
        partnerships,
    )

    return (
        # partnerships
        SubAction(
            "partnership",
            "contact-add",
            partnerships.add_contact,
            ("PARTNERSHIP_ID",),
            "add a contact on the partner's side",
            partnerships.CONTACT_FORM,
        ),
        SubAction(
            "partnership",
            "contact-edit",
            partnerships.edit_contact,
            ("CONTACT_ID",),
            "change a partner contact",
            partnerships.CONTACT_FORM,
            creating=False,
        ),
        SubAction(
            "partnership",
            "contact-delete",
            partnerships.delete_contact,
            ("CONTACT_ID",),
            "delete a partner contact",
        ),
        # MOUs
        SubAction(
            "mou",
            "signatory-add",
            mou_signatories.add_signatory,
            ("MOU_ID",),
            "add a signatory",
            mou_forms.SIGNATORY_FORM,
        ),
        SubAction(
            "mou",
            "signatory-edit",
            mou_signatories.edit_signatory,
            ("SIGNATORY_ID",),
            "change a signatory",
            mou_forms.SIGNATORY_FORM,
            creating=False,
        ),
        SubAction(
            "mou",
            "signatory-delete",
            mou_signatories.delete_signatory,
            ("SIGNATORY_ID",),
            "delete a signatory",
        ),
        SubAction(
            "mou",
            "text-delete",
            mou_texts.delete_mou_text,
            ("MOU_ID", "LANGUAGE"),
            "delete the MOU's text in one language",
        ),
        SubAction("mou", "scan-delete", mou_scans.delete_scan, ("SCAN_ID",), "delete a scan"),
        # events
        SubAction(
            "event",
            "shift-add",
            events.add_shift,
            ("EVENT_ID",),
            "add a shift to the staffing plan",
            events.SHIFT_FORM,
        ),
        SubAction(
            "event",
            "shift-edit",
            events.edit_shift,
            ("SHIFT_ID",),
            "change a shift",
            events.SHIFT_FORM,
            creating=False,
        ),
        SubAction("event", "shift-delete", events.delete_shift, ("SHIFT_ID",), "delete a shift"),
        SubAction(
            "event",
            "budget-add",
            events.add_budget_line,
            ("EVENT_ID",),
            "add a budget line (income or expense)",
            events.BUDGET_LINE_FORM,
        ),
        SubAction(
            "event",
            "budget-edit",
            events.edit_budget_line,
            ("LINE_ID",),
            "change a budget line",
            events.BUDGET_LINE_FORM,
            creating=False,
        ),
        SubAction(
            "event",
            "budget-delete",
            events.delete_budget_line,
            ("LINE_ID",),
            "delete a budget line",
        ),
        # exchanges
        SubAction(
            "exchange",
            "participant-add",
            exchanges.add_participant,
            ("EXCHANGE_ID",),
            "add a participant",
            exchanges.PARTICIPANT_FORM,
        ),
        SubAction(
            "exchange",
            "participant-edit",
            exchanges.edit_participant,
            ("PARTICIPANT_ID",),
            "change a participant",
            exchanges.PARTICIPANT_FORM,
            creating=False,
        ),
        SubAction(
            "exchange",
            "participant-remove",
            exchanges.remove_participant,
            ("PARTICIPANT_ID",),
            "remove a participant (and their stays)",
        ),
        SubAction(
            "exchange",
            "host-add",
            exchanges.add_host_family,
            ("EXCHANGE_ID",),
            "add a host family",
            exchanges.HOST_FAMILY_FORM,
        ),
        SubAction(
            "exchange",
            "host-edit",
            exchanges.edit_host_family,
            ("HOST_FAMILY_ID",),
            "change a host family",
            exchanges.HOST_FAMILY_FORM,
            creating=False,
        ),
        SubAction(
            "exchange",
            "host-remove",
            exchanges.remove_host_family,
            ("HOST_FAMILY_ID",),
            "remove a host family",
        ),
        SubAction(
            "exchange",
            "stay-add",
            exchanges.assign_stay,
            ("EXCHANGE_ID", "PARTICIPANT_ID", "HOST_FAMILY_ID", "FROM_DATE", "TO_DATE"),
            "place a participant with a host family from one date to another",
        ),
        SubAction("exchange", "stay-remove", exchanges.remove_stay, ("STAY_ID",), "remove a stay"),
        SubAction(
            "exchange",
            "itinerary-add",
            exchanges.add_itinerary_item,
            ("EXCHANGE_ID",),
            "add an itinerary item",
            exchanges.ITINERARY_FORM,
        ),
        SubAction(
            "exchange",
            "itinerary-edit",
            exchanges.edit_itinerary_item,
            ("ITEM_ID",),
            "change an itinerary item",
            exchanges.ITINERARY_FORM,
            creating=False,
        ),
        SubAction(
            "exchange",
            "itinerary-remove",
            exchanges.remove_itinerary_item,
            ("ITEM_ID",),
            "remove an itinerary item",
        ),
        SubAction(
            "exchange",
            "cost-add",
            exchanges.add_cost,
            ("EXCHANGE_ID",),
            "add a cost",
            exchanges.COST_FORM,
        ),
        SubAction(
            "exchange",
            "cost-edit",
            exchanges.edit_cost,
            ("COST_ID",),
            "change a cost",
            exchanges.COST_FORM,
            creating=False,
        ),
        SubAction("exchange", "cost-remove", exchanges.remove_cost, ("COST_ID",), "remove a cost"),
    )


def _dest(name: str) -> str:
    return "id__" + name.lower()


def _run_declared(ctx: CliContext, args: argparse.Namespace, action: SubAction) -> int:
    function = action.target
    ids = [getattr(args, _dest(name)) for name in action.ids]
    if action.form is not None:
        values = form_values(args)
        if not action.creating and not values:
            raise ValidationError.single("fields", msg(
                "Nothing to change: give at least one field.",
            ))
        changes = function(ctx.open_db(), *ids, values)
    else:
        changes = function(ctx.open_db(), *ids)
    ctx.say(f"Done: {action.help} ({changes.id})" if changes.ids else f"Done: {action.help}")
    return 0


def _status(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.partnerships import change_status

    change_status(ctx.open_db(), args.partnership_id, args.to, args.on, args.note)
    ctx.say(f"Partnership {args.partnership_id} is now {args.to}")
    return 0


def _text_set(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.mou_texts import set_mou_text

    if args.file is not None:
        try:
            text = Path(args.file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise ValidationError.single(
                "file", msg(
                    "The text file {file} cannot be read as UTF-8 text ({error}).",
                    file=args.file, error=error,
                )
            ) from error
    else:
        text = args.text
    set_mou_text(ctx.open_db(), args.mou_id, args.language, text)
    ctx.say(f"Saved the {args.language} text of MOU {args.mou_id}")
    return 0


def _scan_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.mou_scans import attach_scan

    changes = attach_scan(ctx.open_db(), args.mou_id, Path(args.file))
    ctx.say(f"Attached {args.file} to MOU {args.mou_id} ({changes.id})")
    return 0


def _shift_assign(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.events import assign_shift

    assign_shift(ctx.open_db(), args.shift_id, args.volunteer_id)
    who = args.volunteer_id or "nobody"
    ctx.say(f"Shift {args.shift_id} is now filled by {who}")
    return 0


def _log_staff_hours(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.hours import log_hours_for_event_staff

    result = log_hours_for_event_staff(ctx.open_db(), args.event_id, args.volunteer or None)
    hours = result.minutes / 60
    ctx.say(f"Logged {hours:g} hours for {len(result.logged)} volunteers")
    if result.skipped:
        ctx.say("Already logged before, so skipped: " + ", ".join(result.skipped))
    return 0


def register(groups: dict[str, Any]) -> None:
    """Add the sub-record commands to the record groups made by records.register."""
    for action in sub_actions():
        if action.group not in groups:
            continue
        parser = groups[action.group].add_parser(action.name, help=action.help)
        for name in action.ids:
            parser.add_argument(_dest(name), metavar=name)
        if action.form is not None:
            _add_form_options(parser, action.form, creating=action.creating)
        parser.set_defaults(
            handler=lambda ctx, args, action=action: _run_declared(ctx, args, action)
        )

    if "partnership" in groups:
        status = groups["partnership"].add_parser(
            "status", help="move a partnership to its next status (the change is kept as history)"
        )
        status.add_argument("partnership_id", metavar="PARTNERSHIP_ID")
        status.add_argument(
            "--to",
            required=True,
            metavar="STATUS",
            help="exploring, proposed, active, dormant or ended",
        )
        status.add_argument("--on", metavar="DATE", help="when it changed (default: today)")
        status.add_argument("--note", help="why it changed")
        status.set_defaults(handler=_status)

    if "mou" in groups:
        text = groups["mou"].add_parser("text-set", help="set the MOU's text in one language")
        text.add_argument("mou_id", metavar="MOU_ID")
        text.add_argument("language", metavar="LANGUAGE", help="language tag such as ja or fr")
        source = text.add_mutually_exclusive_group(required=True)
        source.add_argument("--text", help="the text itself")
        source.add_argument("--file", help="a UTF-8 text file holding the text")
        text.set_defaults(handler=_text_set)
        scan = groups["mou"].add_parser("scan-add", help="attach a scan of the signed MOU")
        scan.add_argument("mou_id", metavar="MOU_ID")
        scan.add_argument("file", metavar="FILE", help="PDF, PNG, JPEG, TIFF or WebP")
        scan.set_defaults(handler=_scan_add)

    if "hours" in groups:
        from sistercommittee.cli.agenda import register_hours

        register_hours(groups["hours"])

    if "event" in groups:
        assign = groups["event"].add_parser("shift-assign", help="fill or free a shift")
        assign.add_argument("shift_id", metavar="SHIFT_ID")
        assign.add_argument(
            "volunteer_id",
            metavar="VOLUNTEER_ID",
            nargs="?",
            default=None,
            help="who takes the shift (leave out to free it)",
        )
        assign.set_defaults(handler=_shift_assign)
        staff = groups["event"].add_parser(
            "log-staff-hours", help="log hours for everyone who staffed the event's shifts"
        )
        staff.add_argument("event_id", metavar="EVENT_ID")
        staff.add_argument(
            "--volunteer",
            action="append",
            metavar="VOLUNTEER_ID",
            help="only these volunteers (repeatable)",
        )
        staff.set_defaults(handler=_log_staff_hours)
