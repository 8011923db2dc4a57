"""The partner finder from the command line: known twinnings worldwide, offline.

sistercommittee finder twins "Fort Lauderdale" [--json]
sistercommittee finder unpartnered --country JP [--min-population N] [--max-population N]
sistercommittee finder similar [--scope country|continent|world] [--band 2]
sistercommittee finder explore Q11492
sistercommittee finder source
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from sistercommittee.cli.context import CliContext
from sistercommittee.cli.language import translator
from sistercommittee.cli.output import print_json, print_table
from sistercommittee.cli.texts import number, shown, tr


@dataclass(frozen=True)
class _Line:
    id: str
    city: str
    population: str
    partners: str
    why: str


def register(commands: Any) -> None:
    group = commands.add_parser(
        "finder",
        help=tr("find partner cities in a snapshot of known twinnings (Wikidata P190), offline"),
        description=tr(
            "Search the twinnings shipped with the app: who a city is twinned with, "
            "cities of a country with no partner in yours, cities like yours and their "
            "partners; start an exploring partnership from a result. 'finder source' tells "
            "where the twinnings come from."
        ),
    )
    sub = group.add_subparsers(dest="finder_command", metavar="COMMAND", required=True)

    twins = sub.add_parser("twins", help=tr("who a city is twinned with"))
    twins.add_argument("city", help=tr("the city's name (the start of it is enough)"))
    twins.add_argument("--json", action="store_true", help=tr("print as JSON"))
    twins.set_defaults(handler=_twins)

    free = sub.add_parser(
        "unpartnered", help=tr("cities of a country twinned elsewhere but with no city of yours")
    )
    free.add_argument("--country", required=True, help=tr("their country: a code (JP) or a name"))
    free.add_argument("--min-population", type=int, metavar="N", help=tr("at least N people"))
    free.add_argument("--max-population", type=int, metavar="N", help=tr("at most N people"))
    free.add_argument("--limit", type=int, default=50, help=tr("at most this many (default 50)"))
    free.add_argument("--json", action="store_true", help=tr("print as JSON"))
    free.set_defaults(handler=_unpartnered)

    like = sub.add_parser(
        "similar", help=tr("cities like yours (size, region, partners, focus areas, industries)")
    )
    like.add_argument(
        "--scope",
        choices=("country", "continent", "world"),
        default="world",
        help=tr("where to look (default: the world)"),
    )
    like.add_argument(
        "--band",
        type=float,
        default=2.0,
        help=tr("sizes from yours divided by this to yours times this (default 2)"),
    )
    like.add_argument("--limit", type=int, default=30, help=tr("at most this many (default 30)"))
    like.add_argument("--json", action="store_true", help=tr("print as JSON"))
    like.set_defaults(handler=_similar)

    explore = sub.add_parser(
        "explore", help=tr("add a partnership, status exploring, with a city found (its id: Q…)")
    )
    explore.add_argument("id", help=tr("the city's id as the finder lists it, e.g. Q11492"))
    explore.set_defaults(handler=_explore)

    source = sub.add_parser(
        "source", help=tr("where the twinnings come from, their licence and date")
    )
    source.add_argument("--json", action="store_true", help=tr("print as JSON"))
    source.set_defaults(handler=_source)


def _snapshot() -> Any:
    from sistercommittee.services.finder import default_snapshot

    return default_snapshot()


def _show(ctx: CliContext, results: Any, as_json: bool, empty: str) -> int:
    if as_json:
        print_json(results)
        return 0
    if not results:
        ctx.say(empty)
        return 0
    lines = [
        _Line(
            r.place.qid,
            r.place.label,
            number(r.place.population, ",") if r.place.population else "",
            "; ".join(shown(p.label) for p in r.partners),
            shown(r.reason),
        )
        for r in results
    ]
    print_table(lines, ("id", "city", "population", "partners", "why"), ctx.out, max_width=60)
    ctx.say("")
    ctx.say(_snapshot().info.attribution)
    return 0


def _twins(ctx: CliContext, args: argparse.Namespace) -> int:
    results = _snapshot().twins_of(args.city)
    if args.json or not results:
        empty = tr("The snapshot knows no city named {city}.", city=args.city)
        return _show(ctx, results, args.json, empty)
    for result in results:  # a city's partners one a line: the whole list is the answer
        ctx.say(f"{shown(result.place.label)}, {result.place.qid}: {shown(result.reason)}")
        lines = [
            _Line(
                p.qid,
                p.label,
                number(p.population, ",") if p.population else "",
                str(p.partners),
                "",
            )
            for p in result.partners
        ]
        print_table(lines, ("id", "city", "population", "partners"), ctx.out, max_width=60)
        ctx.say("")
    ctx.say(_snapshot().info.attribution)
    return 0


def _unpartnered(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services.organizations import get_organization

    home = get_organization(ctx.open_db()).country
    results = _snapshot().unpartnered(
        args.country,
        home,
        min_population=args.min_population,
        max_population=args.max_population,
        limit=args.limit,
    )
    return _show(ctx, results, args.json, tr("No city there fits: try another size."))


def _similar(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import finder, finder_profile

    db = ctx.open_db()
    snapshot = _snapshot()
    home = finder.home_city(db, snapshot)
    results = snapshot.similar(
        home,
        our_partner_countries=finder.our_partner_countries(db),
        profile=finder_profile.our_profile(db),
        directory=finder_profile.load_directory(db),
        scope=args.scope,
        band=args.band,
        limit=args.limit,
    )
    empty = tr("No twinned city is like {city} in that scope.", city=home.name)
    return _show(ctx, results, args.json, empty)


def _explore(ctx: CliContext, args: argparse.Namespace) -> int:
    from sistercommittee.services import finder

    snapshot = _snapshot()
    changes = finder.start_exploring(ctx.open_db(), snapshot, args.id.strip(), translator())
    place = snapshot.place(args.id.strip())
    ctx.say(
        tr(
            "Added the partnership with {city}, status exploring: {id}",
            city=place.label,
            id=changes.id,
        )
    )
    return 0


def _source(ctx: CliContext, args: argparse.Namespace) -> int:
    info = _snapshot().info
    if args.json:
        print_json(info)
    else:
        ctx.say(info.attribution)
        ctx.say(tr("Source: {url}. Snapshot built {built}.", url=info.source_url, built=info.built))
    return 0
