"""How fast a roster imports: a 10,000-row volunteer list, as CSV and as an Excel workbook.

    .venv/bin/python bench/bench_import.py                 # 10,000 rows, median of 3 runs
    .venv/bin/python bench/bench_import.py --rows 50000 --runs 1

Each run uses a fresh database with its organization. Timed, as the import wizard and the
`sistercommittee import` command do them:
- read: the file into a table of text (CSV sniffed for encoding and separator, or openpyxl);
- preview: every row through the volunteer form's validation, and duplicates looked up;
- import: the backup before the import, the plan again under the write lock, and the write of
  the volunteers, their languages and every outbox entry, committed at once;
- again: the preview of the same file once imported (every row found as already there).
The goal (issue "Data safety"): previewed in under 2 s, imported in under 5 s. Wall-clock times;
CPU times of this process beside them, which a busy machine disturbs less.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GIVEN = ["Jane", "John", "Mary", "Akira", "Yuki", "Hans", "Marie", "José", "Ana", "Wei", "Olga",
         "Fatima", "Omar", "Sven", "Chloé", "Ngozi", "Priya", "Mateo", "Aroha", "Li"]
FAMILY = ["Smith", "Tanaka", "Müller", "García", "Chen", "Ivanova", "Haddad", "Larsen",
          "O'Brien", "Nguyen", "Kowalski", "Okafor", "Sato", "Rossi", "Dubois", "Kim"]
LANGUAGES = ["", "Japanese (fluent)", "German", "es:native, en", "French; Italian",
             "Korean (basic)", "ja"]
SKILLS = ["", "cooking", "driving; photography", "translation", "tea ceremony, calligraphy"]
HEADER = ["First Name", "Last Name", "E-mail", "Phone", "Languages", "Skills", "Committee",
          "Active", "Notes"]


def roster_rows(rows: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    out = [HEADER]
    for number in range(rows):
        out.append([
            rng.choice(GIVEN),
            f"{rng.choice(FAMILY)}-{number}",
            f"volunteer{number}@example.org",
            f"(217) 555-{number % 10000:04d}" if number % 3 else "",
            rng.choice(LANGUAGES),
            rng.choice(SKILLS),
            rng.choice(["", "Youth exchange", "Festival"]),
            rng.choice(["yes", "Active", "no", ""]),
            "Met at the spring festival." if number % 7 == 0 else "",
        ])
    return out


def write_files(folder: Path, rows: int) -> dict[str, Path]:
    import openpyxl

    data = roster_rows(rows)
    csv_path = folder / "roster.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(data)
    xlsx_path = folder / "roster.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Volunteers")
    for row in data:
        sheet.append(row)
    workbook.save(xlsx_path)
    return {"csv": csv_path, "xlsx": xlsx_path}


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run_once(folder: Path, files: dict[str, Path], fmt: str, number: int) -> dict[str, Any]:
    from sistercommittee.importing import apply_import, preview, read_table, suggest_mapping
    from sistercommittee.services.organizations import create_organization
    from sistercommittee.storage.database import open_database

    db = open_database(folder / f"run-{fmt}-{number}.sqlite", create=True)
    create_organization(db, {"name": "Springfield Sister Cities", "city": "Springfield",
                             "country": "US", "time_zone": "America/Chicago"})
    table, read_wall, read_cpu = timed(lambda: read_table(files[fmt]))
    mapping = suggest_mapping("volunteers", table.headers)
    result, preview_wall, preview_cpu = timed(lambda: preview(db, "volunteers", table, mapping))
    assert result.ok, result.problems[:3]
    outcome, import_wall, import_cpu = timed(lambda: apply_import(db, result))
    again, again_wall, again_cpu = timed(lambda: preview(db, "volunteers", table, mapping))
    assert again.writes == 0
    db.close()
    return {
        "rows": len(table),
        "added": outcome.added,
        "read": (read_wall, read_cpu),
        "preview": (preview_wall, preview_cpu),
        "import": (import_wall, import_cpu),
        "again": (again_wall, again_cpu),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as name:
        folder = Path(name)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # the backups go here
        files = write_files(folder, args.rows)
        print(f"{args.rows:,} volunteers; median of {args.runs} runs; wall s (CPU s)")
        print(f"{'file':<6}{'read':>16}{'preview':>16}{'import':>16}{'again':>16}")
        for fmt in ("csv", "xlsx"):
            runs = [run_once(folder, files, fmt, number) for number in range(args.runs)]
            assert all(run["added"] == args.rows for run in runs)
            cells = []
            for step in ("read", "preview", "import", "again"):
                wall = statistics.median(run[step][0] for run in runs)
                cpu = statistics.median(run[step][1] for run in runs)
                cells.append(f"{wall:.2f} ({cpu:.2f})")
            print(f"{fmt:<6}" + "".join(f"{cell:>16}" for cell in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
