"""How fast documents are made, and how big: certificates per script, reports at two scales.

    .venv/bin/python bench/bench_documents.py --scale 1 --scale 100

Generates bench/data/scale-S.sqlite first when it is missing (bench/generate.py). Certificates
are made for every partnership of the scale-1 sample (one per partner language, so one per
script); "first" is the first certificate in this process that needs the script's fonts (it
includes reading the font files), the median is of the runs after it. The annual report and
the event summary of the year (as PDF: of June) and the calendar are made in each format at each
scale; each is run several times after one warm-up run. Times are wall-clock milliseconds;
sizes are bytes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from bench.generate import make_database
from sistercommittee.documents.annual_report import render_annual_report
from sistercommittee.documents.calendar import render_calendar
from sistercommittee.documents.certificate import render_certificate
from sistercommittee.documents.event_summary import render_event_summary
from sistercommittee.domain import Partnership
from sistercommittee.storage.database import Database, open_database

DATA = Path(__file__).resolve().parent / "data"
YEAR = 2025


def database(scale: float) -> Database:
    path = DATA / f"scale-{scale:g}.sqlite"
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        print(f"making {path} …", file=sys.stderr)
        make_database(path, scale=scale)
    return open_database(path)


def timed(
    action: Callable[[], object], runs: int
) -> tuple[float, list[float], list[float], object]:
    """Wall milliseconds of the first run, wall and CPU milliseconds of each following run, and
    the last result. CPU time tells the cost when other programs share the machine."""
    started = time.perf_counter()
    result = action()
    first = (time.perf_counter() - started) * 1000
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return first, times, cpu, result


def certificates(db: Database, runs: int) -> None:
    with db.read() as session:
        partners = session.execute(
            select(Partnership.id, Partnership.city_name, Partnership.language)
            .where(Partnership.deleted_at.is_(None))
            .order_by(Partnership.language, Partnership.city_name)
        ).all()
    print(f"\nCertificates (scale-1 sample, {runs} runs after the first):")
    print(
        f"  {'language':<9}{'city':<14}{'first ms':>9}{'median ms':>10}{'CPU ms':>8}"
        f"{'max ms':>8}{'bytes':>9}"
    )
    for pid, city, language in partners:
        first, times, cpu, pdf = timed(lambda pid=pid: render_certificate(db, pid), runs)
        size = len(pdf)  # type: ignore[arg-type]
        print(
            f"  {language or '-':<9}{city[:13]:<14}{first:>9.0f}{statistics.median(times):>10.0f}"
            f"{statistics.median(cpu):>8.0f}{max(times):>8.0f}{size:>9,}"
        )


def stress_certificates(runs: int) -> None:
    """The layouts' hardest cases: four signatories a side with long titles (the signature
    annex), three (two rows), the longest place name in Wales (the cities one above the other).
    Made in a database of their own in a temporary folder."""
    import tempfile

    from sistercommittee.services.organizations import create_organization
    from tests.documents.stress import add_stress_partnership

    print(f"\nCertificates, stress cases ({runs} runs after the first):")
    print(f"  {'case':<23}{'first ms':>9}{'median ms':>10}{'CPU ms':>8}{'pages':>6}{'bytes':>9}")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "stress.sqlite", create=True)
        try:
            create_organization(
                db,
                {
                    "name": "Springfield Sister Cities",
                    "city": "Springfield",
                    "country": "US",
                    "time_zone": "America/Chicago",
                },
            )
            for key, count in (("ja", 3), ("ja", 4), ("th", 4), ("ar", 3), ("cy", 4)):
                pid = add_stress_partnership(db, key, count)
                first, times, cpu, pdf = timed(lambda pid=pid: render_certificate(db, pid), runs)
                import io

                from pypdf import PdfReader

                pages = len(PdfReader(io.BytesIO(pdf)).pages)  # type: ignore[arg-type]
                case = f"{key}, {count} a side"
                print(
                    f"  {case:<23}{first:>9.0f}{statistics.median(times):>10.0f}"
                    f"{statistics.median(cpu):>8.0f}{pages:>6}{len(pdf):>9,}"  # type: ignore[arg-type]
                )
        finally:
            db.close()


def reports(db: Database, scale: float, runs: int) -> None:
    print(f"\nReports at scale {scale:g} ({runs} runs after a warm-up):")
    print(
        f"  {'document':<34}{'min ms':>8}{'median ms':>10}{'CPU ms':>8}{'max ms':>8}{'bytes':>12}"
    )
    cases: list[tuple[str, Callable[[], object]]] = []
    for fmt in ("pdf", "json", "csv"):
        cases.append(
            (f"annual report {YEAR} {fmt}", lambda fmt=fmt: render_annual_report(db, YEAR, fmt))
        )
    for fmt in ("json", "csv"):
        cases.append(
            (
                f"event summary of {YEAR} {fmt}",
                lambda fmt=fmt: render_event_summary(
                    db, fmt, date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31)
                )[0],
            )
        )
    # As PDF, a month: a year of a large committee is thousands of pages nobody prints.
    cases.append(
        (
            f"event summary of June {YEAR} pdf",
            lambda: render_event_summary(
                db, "pdf", date_from=date(YEAR, 6, 1), date_to=date(YEAR, 6, 30)
            )[0],
        )
    )
    cases.append(("calendar, all events (.ics)", lambda: render_calendar(db)[0]))
    for label, action in cases:
        _first, times, cpu, result = timed(action, runs)
        size = len(result)  # type: ignore[arg-type]
        print(
            f"  {label:<34}{min(times):>8.0f}{statistics.median(times):>10.0f}"
            f"{statistics.median(cpu):>8.0f}{max(times):>8.0f}{size:>12,}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, action="append", help="repeatable (default 1)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-certificates", action="store_true")
    parser.add_argument("--no-reports", action="store_true", help="certificates only")
    args = parser.parse_args(argv)
    scales = args.scale or [1.0]
    print("load average at start: " + " ".join(f"{load:.2f}" for load in os.getloadavg()))
    if not args.no_certificates:
        db = database(1)
        try:
            certificates(db, args.runs)
        finally:
            db.close()
        stress_certificates(args.runs)
    for scale in [] if args.no_reports else scales:
        db = database(scale)
        try:
            reports(db, scale, args.runs if scale <= 10 else max(3, args.runs // 2))
        finally:
            db.close()
    print("load average at end: " + " ".join(f"{load:.2f}" for load in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
