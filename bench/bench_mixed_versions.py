"""What keeping unknown fields costs the merge (median of three runs, as ratios in one run).

    .venv/bin/python bench/bench_mixed_versions.py

1. 10,000 new volunteers merged in pages of 2,000 into a fresh laptop database: with the check
   for columns the laptop has beyond its code's models, without it, and with every change
   carrying a field the laptop does not know (kept aside in sync_unknown_fields).
2. ``unknown.learn`` at the start of each sync when nothing is kept aside, next to an empty
   write transaction.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sistercommittee.ids import new_id
from sistercommittee.storage import capture
from sistercommittee.storage.database import Database, open_database
from sistercommittee.sync import merge, unknown
from sistercommittee.sync.wire import Change, table_specs

ROWS = 10_000
PAGE = 2_000


def _changes(count: int, *, newer_field: bool) -> list[Change]:
    spec = table_specs()["volunteers"]
    device = new_id()
    found = []
    for number in range(count):
        fields = {name: spec.wire_defaults[name]() for name in spec.fields}
        fields.update(given_name=f"V{number}", family_name="Lee", sort_name=f"lee v{number}")
        if newer_field:
            fields["pronouns"] = "she/her"
        hlc = f"{1764000000000 + number:013d}.000000"
        found.append(Change("volunteers", new_id(), hlc, device, fields, {}))
    return found


def _fresh() -> Database:
    return open_database(Path(tempfile.mkdtemp()) / "laptop.sqlite", create=True)


def _merge(changes: list[Change], *, column_check: bool) -> float:
    db = _fresh()
    check = unknown.extra_columns
    if not column_check:
        unknown.extra_columns = lambda session, table_name: ()  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        for first in range(0, len(changes), PAGE):
            with db.write() as session:
                session.info[capture.APPLYING_REMOTE] = True
                merge.apply_changes(session, changes[first : first + PAGE], new_id())
        return time.perf_counter() - start
    finally:
        unknown.extra_columns = check  # type: ignore[assignment]
        db.close()


def main() -> None:
    plain = _changes(ROWS, newer_field=False)
    newer = _changes(ROWS, newer_field=True)
    without, with_check, aside = [], [], []
    for _ in range(3):
        without.append(_merge(plain, column_check=False))
        with_check.append(_merge(plain, column_check=True))
        aside.append(_merge(newer, column_check=True))
    base = statistics.median(without)
    checked, kept = statistics.median(with_check), statistics.median(aside)
    print(f"{ROWS:,} new rows merged, without the column check: {base:.2f} s")
    print(f"  with it: {checked:.2f} s ({checked / base:.2f}x)")
    print(f"  each with a field kept aside: {kept:.2f} s ({kept / base:.2f}x)")
    db = _fresh()
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        with db.write() as session:
            unknown.learn(session)
    learn = (time.perf_counter() - start) / rounds
    start = time.perf_counter()
    for _ in range(rounds):
        with db.write():
            pass
    empty = (time.perf_counter() - start) / rounds
    db.close()
    print(f"learn() with nothing kept aside: {learn * 1000:.2f} ms")
    print(f"  an empty write transaction: {empty * 1000:.2f} ms")


if __name__ == "__main__":
    main()
