"""How fast the search across every kind of record (Ctrl+K) answers, at several scales.

    .venv/bin/python bench/bench_search.py --scale 1 --scale 100 [--runs 9]

Generates bench/data/scale-S.sqlite first when it is missing. Runs ``services.search`` for a few
terms (common and rare names, an email domain, a term that matches nothing, which reads every
searchable row, and a deep page) and, in the same run, the volunteer list's own search as the
baseline: on a machine shared with other work only the ratio to that baseline is a figure to
keep. Each is run several times after one warm-up run; medians of wall clock and CPU time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_volunteers import database_for, timed
from sistercommittee.services.search import SearchQuery, search_records
from sistercommittee.services.volunteers import VolunteerQuery, list_volunteers
from sistercommittee.storage.database import open_database

QUERIES: tuple[tuple[str, SearchQuery], ...] = (
    ("'garcia'", SearchQuery("garcia")),
    ("'tak'", SearchQuery("tak")),
    ("'festival'", SearchQuery("festival")),
    ("'example.com'", SearchQuery("example.com")),
    ("'besancon' (accents)", SearchQuery("besancon")),
    ("'qqzzx' (no match)", SearchQuery("qqzzx")),
    ("'garcia' page at 100", SearchQuery("garcia", offset=100)),
)
BASELINE = ("volunteer list 'garcia'", VolunteerQuery(search="garcia"))


def bench_scale(scale: float, runs: int) -> list[tuple[str, str, float, float]]:
    """(label, rows, wall median ms, CPU median ms), the baseline first."""
    db = open_database(database_for(scale))
    results: list[tuple[str, str, float, float]] = []
    try:
        label, volunteer_query = BASELINE
        (wall, cpu), page = timed(lambda: list_volunteers(db, volunteer_query), runs)
        rows = f"{len(page.items)} of {page.total:,}"  # type: ignore[attr-defined]
        results.append((label, rows, statistics.median(wall), statistics.median(cpu)))
        for label, query in QUERIES:
            (wall, cpu), page = timed(lambda query=query: search_records(db, query), runs)
            rows = f"{len(page.items)} of {page.total:,}"  # type: ignore[attr-defined]
            results.append((label, rows, statistics.median(wall), statistics.median(cpu)))
    finally:
        db.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scale", type=float, action="append", help="repeat for several (default: 1 and 100)"
    )
    parser.add_argument("--runs", type=int, default=9, help="timed runs per query (default 9)")
    args = parser.parse_args(argv)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'scale':>5}  {'search':<26} {'rows':>12}  {'median':>7} {'CPU':>7}  "
        f"{'x baseline':>10} {'CPU x':>6}"
    )
    for scale in args.scale or [1.0, 100.0]:
        results = bench_scale(scale, args.runs)
        _label, _rows, base_wall, base_cpu = results[0]
        for label, rows, wall, cpu in results:
            print(
                f"{scale:>5g}  {label:<26} {rows:>12}  {wall:7.1f} {cpu:7.1f}  "
                f"{wall / base_wall:10.2f} {cpu / max(base_cpu, 0.01):6.2f}"
            )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
