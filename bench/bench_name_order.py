"""What sorting names in the user's language costs the volunteer list, at scale 100.

    .venv/bin/python bench/bench_name_order.py [--scale 100] [--runs 9]

Three ways to give a page of volunteers in name order, measured in the same run on the same
file, as CPU milliseconds (medians) and as ratios to the first:

- ``folded``: the order before, ``ORDER BY sort_name`` (accent-free lower case, byte order) from
  its partial index;
- ``key column``: the order now, ``ORDER BY name_key`` from its partial index (keys stored by
  storage/name_keys.py in the collation of the user's language);
- ``function``: the other way considered, a key made per row by a Python function registered on
  the connection (``ORDER BY sc_collation_key(...)``): no stored column, but every page sorts
  all live volunteers through Python.

Also timed: making every key (the first open after the upgrade, or after a change of language).
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

from bench.bench_volunteers import database_for
from sistercommittee.collation import sort_key
from sistercommittee.services.volunteers import VolunteerQuery, list_volunteers, sort_names_in
from sistercommittee.storage.database import open_database

PAGE = (
    "SELECT id FROM volunteers WHERE deleted_at IS NULL "
    "ORDER BY {order}, id LIMIT 100 OFFSET {offset}"
)
ORDERS = {
    "folded": "sort_name",
    "key column": "name_key",
    "function": "sc_collation_key(given_name || ' ' || coalesce(family_name, ''))",
}


def cpu_ms(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        started = time.process_time()
        action()
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=100)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    path = database_for(args.scale)
    print(f"load average {os.getloadavg()[0]:.1f}; {path.name}")
    db = open_database(path, backup_dir=path.parent / "backups")
    try:
        for collation, locale_name in (("root", "en_US"), ("es", "es_ES"), ("ja", "ja_JP")):
            started, cpu = time.perf_counter(), time.process_time()
            sort_names_in(db, locale_name)
            print(
                f"\n{collation}: keys made in {time.perf_counter() - started:.2f} s "
                f"({time.process_time() - cpu:.2f} s CPU)"
            )
            with db.read() as session:
                raw = session.connection().connection.dbapi_connection
                raw.create_function(
                    "sc_collation_key", 1, lambda text, c=collation: sort_key(c, text),
                    deterministic=True,
                )
                connection = session.connection()
                for offset in (0, 10_000):
                    base = None
                    for name, order in ORDERS.items():
                        sql = PAGE.format(order=order, offset=offset)
                        ms = cpu_ms(
                            lambda sql=sql, c=connection: c.exec_driver_sql(sql).all(),
                            args.runs,
                        )
                        base = base or ms
                        print(f"  offset {offset:>6,}  {name:<11} {ms:8.1f} ms  x{ms / base:6.1f}")
            for label, query in (
                ("list_volunteers first page", VolunteerQuery()),
                ("list_volunteers offset 10,000", VolunteerQuery(offset=10_000)),
                ("list_volunteers by family name", VolunteerQuery(sort="family_name")),
                ("list_volunteers search 'garcia'", VolunteerQuery(search="garcia")),
            ):
                ms = cpu_ms(lambda query=query: list_volunteers(db, query), args.runs)
                print(f"  {label:<32} {ms:8.1f} ms")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
