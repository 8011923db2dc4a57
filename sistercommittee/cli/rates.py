"""Exchange rates for the annual report's US dollar total, on the command line.

sistercommittee rate set --year 2025 --currency PLN --usd-per-unit 0.25 [--source TEXT]
sistercommittee rate list [--json]
sistercommittee rate delete RATE_ID
"""

from __future__ import annotations

import argparse
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.records import _add_form_options, form_values
from sistercommittee.cli.texts import tr


def register(commands: Any) -> None:
    from sistercommittee.services.rates import RATE_FORM

    rate = commands.add_parser(
        "rate",
        help=tr("exchange rates to US dollars, per year, for the annual report"),
        description=tr(
            "The annual report adds up the year's money in US dollars with the rate "
            "entered for each currency and year (or the latest earlier year's), and prints the "
            "rates with their years."
        ),
    )
    actions = rate.add_subparsers(dest="rate_command", metavar="ACTION", required=True)
    set_rate = actions.add_parser(
        "set", help=tr("enter the rate of a currency for a year (replaces one already entered)")
    )
    _add_form_options(set_rate, RATE_FORM, creating=True)
    set_rate.set_defaults(handler=_set)
    listing = actions.add_parser("list", help=tr("the rates entered, the latest year first"))
    listing.add_argument("--json", action="store_true", help=tr("print as JSON"))
    listing.set_defaults(handler=_list)
    delete = actions.add_parser("delete", help=tr("delete a rate"))
    delete.add_argument("rate_id", metavar="RATE_ID", help=tr("the rate's id"))
    delete.set_defaults(handler=_delete)


def _set(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.rates import set_rate

    values = form_values(args)
    changes = set_rate(ctx.open_db(), values)
    ctx.say(
        tr(
            "Rate of {currency} for {year} entered ({id})",
            currency=str(values.get("currency", "")).upper(),
            year=values.get("year"),
            id=changes.ids[0],
        )
    )
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.cli.output import print_json, print_table
    from sistercommittee.services.rates import list_rates

    found = list_rates(ctx.open_db())
    if args.json:
        print_json(found)
    elif not found:
        ctx.say(tr("No exchange rates are entered."))
    else:
        print_table(found, ("id", "year", "currency", "usd_per_unit", "source"))
    return 0


def _delete(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.rates import delete_rate

    delete_rate(ctx.open_db(), args.rate_id)
    ctx.say(tr("Deleted the rate {id}", id=args.rate_id))
    return 0
