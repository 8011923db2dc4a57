"""How fast the volunteer list answers, at several scales.

    .venv/bin/python bench/bench_volunteers.py --scale 1 --scale 100

Generates bench/data/scale-S.sqlite first when it is missing. Measures opening the database and
the pages the volunteer list asks for (first page, search, filters, sorting, a deep page) through
the real ``services.volunteers.list_volunteers``; each is run several times after one warm-up run
and reported as min / median / max milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import make_database
from sistercommittee.domain.enums import VolunteerRole
from sistercommittee.services.volunteers import VolunteerQuery, list_volunteers
from sistercommittee.storage.database import Database, open_database

DATA = Path(__file__).resolve().parent / "data"

QUERIES: tuple[tuple[str, VolunteerQuery], ...] = (
    ("first page", VolunteerQuery()),
    ("search 'garcia'", VolunteerQuery(search="garcia")),
    ("search 'example.com'", VolunteerQuery(search="example.com")),
    ("language ja", VolunteerQuery(language="ja")),
    ("skill photography", VolunteerQuery(skill="photography")),
    ("role coordinator", VolunteerQuery(role=VolunteerRole.COORDINATOR)),
    ("inactive only", VolunteerQuery(active=False)),
    ("sort email desc", VolunteerQuery(sort="email", descending=True)),
    ("page at offset 10,000", VolunteerQuery(offset=10_000)),
    ("language es + active + skill", VolunteerQuery(language="es", active=True, skill="cooking")),
)


Timing = tuple[list[float], list[float]]  # wall-clock and CPU milliseconds of each run


def timed(action: Callable[[], object], runs: int) -> tuple[Timing, object]:
    """Milliseconds of each of ``runs`` runs after a warm-up run, and the last result.

    CPU time (this process's, SQLite included) is kept beside the wall clock: on a machine shared
    with other work the wall clock measures the neighbours as much as the query.
    """
    result = action()
    wall, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return (wall, cpu), result


def database_for(scale: float) -> Path:
    path = DATA / f"scale-{scale:g}.sqlite"
    if not path.exists():
        print(f"generating {path} ...", file=sys.stderr)
        made = make_database(path, scale=scale)
        print(
            f"generated in {made.total_seconds:.1f} s ({made.summary.synced_rows:,} rows, "
            f"{made.size_bytes / 1e6:,.0f} MB)",
            file=sys.stderr,
        )
    return path


def bench_scale(scale: float, runs: int) -> list[tuple[str, str, Timing]]:
    path = database_for(scale)
    results: list[tuple[str, str, Timing]] = []

    def open_and_close() -> None:
        open_database(path).close()

    times, _ = timed(open_and_close, runs)
    results.append(("open_database", "", times))
    db: Database = open_database(path)
    try:
        for label, query in QUERIES:
            times, page = timed(lambda query=query: list_volunteers(db, query), runs)
            results.append((label, f"{len(page.items)} of {page.total:,}", times))  # type: ignore[attr-defined]
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
    scales = args.scale or [1.0, 100.0]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'scale':>5}  {'query':<30} {'rows':>14}  {'min':>7} {'median':>7} {'max':>7}"
        f"  {'CPU median':>10}  (ms)"
    )
    for scale in scales:
        for label, rows, (wall, cpu) in bench_scale(scale, args.runs):
            print(
                f"{scale:>5g}  {label:<30} {rows:>14}  {min(wall):7.1f} "
                f"{statistics.median(wall):7.1f} {max(wall):7.1f}  {statistics.median(cpu):10.1f}"
            )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
