"""Make a sample database for the benchmarks.

    .venv/bin/python bench/generate.py --scale 100 --out bench/data/scale-100.sqlite

Prints the rows made per table and the seconds taken: creating the file (schema migration), making
the rows (one transaction), and closing (SQLite copies the write-ahead log into the file then).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sistercommittee.sample import SampleSummary, generate
from sistercommittee.storage.database import open_database


@dataclass(frozen=True)
class Made:
    summary: SampleSummary
    create_seconds: float  # new file and schema
    generate_seconds: float  # rows and outbox, committed
    generate_cpu_seconds: float  # of this process (user + system), less sensitive to other load
    close_seconds: float  # checkpoint of the write-ahead log into the file
    size_bytes: int

    @property
    def total_seconds(self) -> float:
        return self.create_seconds + self.generate_seconds + self.close_seconds


def make_database(
    path: Path, *, scale: float, seed: int = 2026, force: bool = False, verbose: bool = False
) -> Made:
    """Create ``path`` and fill it with sample data at ``scale``."""
    if path.exists():
        if not force:
            raise FileExistsError(f"{path} exists; add --force to replace it")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    last_stage = [""]

    def progress(stage: str, fraction: float) -> None:
        if verbose and stage != last_stage[0]:
            last_stage[0] = stage
            print(f"  {time.perf_counter() - started:6.1f} s  {stage}", file=sys.stderr)

    db = open_database(path, create=True)
    created = time.perf_counter()
    cpu = time.process_time()
    try:
        summary = generate(db, scale=scale, seed=seed, progress=progress)
        generated = time.perf_counter()
        cpu = time.process_time() - cpu
    finally:
        db.close()
    closed = time.perf_counter()
    return Made(
        summary=summary,
        create_seconds=created - started,
        generate_seconds=generated - created,
        generate_cpu_seconds=cpu,
        close_seconds=closed - generated,
        size_bytes=path.stat().st_size,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, required=True, help="1 = one realistic committee")
    parser.add_argument("--out", type=Path, required=True, help="the new database file")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    try:
        made = make_database(
            args.out, scale=args.scale, seed=args.seed, force=args.force, verbose=not args.quiet
        )
    except FileExistsError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{args.out} at scale {args.scale:g}, seed {args.seed}:")
    for field in fields(made.summary):
        print(f"  {field.name.replace('_', ' '):<22}{getattr(made.summary, field.name):>10,}")
    print(f"  {'synced rows':<22}{made.summary.synced_rows:>10,}")
    print(
        f"seconds: create {made.create_seconds:.2f}, generate {made.generate_seconds:.2f} "
        f"(CPU {made.generate_cpu_seconds:.2f}), close {made.close_seconds:.2f}, "
        f"total {made.total_seconds:.2f}"
    )
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"file size: {made.size_bytes / 1e6:,.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
