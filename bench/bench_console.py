"""How fast the HQ console's pages answer with many members, as ratios to /v1/health.

    .venv/bin/python bench/bench_console.py [--organizations 500] [--runs 15]

Makes an HQ database in a temporary folder with ``--organizations`` members, each with a
coordinator, a laptop, HQ's record (city, country, dues), a feed (its organization row, 12
partnerships and 300 other changes) and one annual report CSV made from a real sample laptop's
records (figures varied per member); half of them listed in the directory. Then serves it with
``sistercommittee-hq serve`` (a process of its own, as in production), signs a staff member in
and asks each page: once cold (the first request after start: the console reads the feed and the
reports then), then ``--runs`` times warm. Every figure is printed beside the median of
``/v1/health`` measured in the same run: on a machine shared with other work only the ratio is a
figure to keep.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import insert

from sistercommittee.hq.console import staff
from sistercommittee.hq.database import HqDatabase
from sistercommittee.hq.models import (
    FeedChange,
    FeedCounter,
    HqDevice,
    HqOrganization,
    HqUser,
    MemberProfile,
    Report,
)
from sistercommittee.ids import new_id

PASSWORD = "correct horse battery staple"
COUNTRIES = ("JP", "DE", "FR", "MX", "KR", "CN", "IT", "BR", "GH", "UA", "PL", "EG")
KINDS = ("sister_city", "friendship_city", "sister_county")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _sample_report() -> str:
    """A real annual report CSV, from a sample laptop's records."""
    from sistercommittee.documents.annual_report import annual_report_csv
    from sistercommittee.sample.generator import generate
    from sistercommittee.services.reports import annual_report
    from sistercommittee.storage.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "laptop.sqlite", create=True)
        generate(db, scale=0.2, seed=2026)
        text = annual_report_csv(annual_report(db, 2025)).decode("utf-8-sig")
        db.close()
    return text


def build(url: str, organizations: int) -> dict[str, str]:
    """Fill the database; returns the names of a few members to ask for."""
    db = HqDatabase(url)
    db.upgrade()
    staff.add_staff(db, "bench@hq.example.org", "Bench", PASSWORD)
    report = _sample_report()
    now = datetime.now(UTC)
    password_hash = "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$not-a-real-hash-but-never-checked"
    first_id = ""
    with db.write() as connection:
        for number in range(organizations):
            org_id, org_row, device_id = new_id(), new_id(), new_id()
            first_id = first_id or org_id
            name = f"Committee {number:04d}"
            connection.execute(
                insert(HqOrganization).values(
                    id=org_id, name=name, created_at=now, org_row_id=org_row
                )
            )
            connection.execute(
                insert(MemberProfile).values(
                    organization_id=org_id,
                    city=f"City {number}",
                    country="US",
                    dues_paid_through=date.today() + timedelta(days=number % 400 - 200),
                    updated_at=now,
                )
            )
            user_id = new_id()
            connection.execute(
                insert(HqUser).values(
                    id=user_id,
                    organization_id=org_id,
                    email=f"coordinator{number}@example.org",
                    password_hash=password_hash,
                    role="coordinator",
                    created_at=now,
                )
            )
            connection.execute(
                insert(HqDevice).values(
                    id=new_id(),
                    organization_id=org_id,
                    user_id=user_id,
                    client_device_id=device_id,
                    name="laptop",
                    token_hash=f"{number:064d}",
                    created_at=now,
                    last_seen_at=now - timedelta(minutes=number),
                    revoked_at=None,
                )
            )
            changes = [
                (
                    "organizations",
                    org_row,
                    {
                        "name": name,
                        "city": f"City {number}",
                        "country": "US",
                        "directory_listed": number % 2 == 0,
                        "public_contact": f"hello@committee{number}.example.org",
                    },
                )
            ]
            for index in range(12):
                changes.append(
                    (
                        "partnerships",
                        new_id(),
                        {
                            "city_name": f"Partner {number}-{index}",
                            "country": COUNTRIES[(number + index) % len(COUNTRIES)],
                            "kind": KINDS[index % len(KINDS)],
                            "status": "active" if index % 4 else "dormant",
                            "signed_on": f"{1960 + index * 5}-05-01",
                        },
                    )
                )
            for index in range(300):
                changes.append(
                    ("volunteers", new_id(), {"given_name": f"V{index}", "sort_name": f"v{index}"})
                )
            connection.execute(
                insert(FeedChange),
                [
                    {
                        "organization_id": org_id,
                        "seq": seq,
                        "table_name": table,
                        "row_id": row_id,
                        "hlc": f"{1764000000000 + seq:013d}.000000",
                        "device_id": device_id,
                        "fields": json.dumps(fields),
                        "base": "{}",
                        "received_at": now,
                    }
                    for seq, (table, row_id, fields) in enumerate(changes, start=1)
                ],
            )
            connection.execute(
                insert(FeedCounter).values(organization_id=org_id, last_seq=len(changes))
            )
            content = re.sub(
                r"(,volunteers,volunteers,,,)(\d+)",
                lambda found, n=number: f"{found.group(1)}{int(found.group(2)) + n % 50}",
                report,
            ).encode("utf-8")
            connection.execute(
                insert(Report).values(
                    id=new_id(),
                    organization_id=org_id,
                    year=2025,
                    kind="annual_report",
                    file_name="annual-report-2025.csv",
                    media_type="text/csv",
                    size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    content=content,
                    uploaded_by=f"coordinator{number}@example.org",
                    uploaded_at=now,
                )
            )
    db.dispose()
    return {"member": first_id}


def serve(url: str, port: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "sistercommittee.hq.cli",
        "serve",
        "--database-url",
        url,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health").status_code == 200:
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError("HQ did not start")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'hq.sqlite'}"
        started = time.perf_counter()
        names = build(url, args.organizations)
        print(f"built {args.organizations} members in {time.perf_counter() - started:.1f} s")
        port = _free_port()
        process = serve(url, port)
        try:
            http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
            form = http.get("/console/sign-in")
            cookie = form.headers["set-cookie"].split(";", 1)[0]
            token = CSRF.search(form.text).group(1)  # type: ignore[union-attr]
            answer = http.post(
                "/console/sign-in",
                data={"email": "bench@hq.example.org", "password": PASSWORD, "csrf_token": token},
                headers={"Cookie": cookie},
            )
            session = answer.headers["set-cookie"].split(";", 1)[0]
            page = http.get("/console/directory", headers={"Cookie": session})
            public = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
            http.post(
                "/console/directory/public",
                data={"public": "on", "csrf_token": public},
                headers={"Cookie": session},
            )
            pages = [
                ("/v1/health", "/v1/health"),
                ("sign-in page (a template, no data)", "/console/sign-in"),  # signed out
                ("members (500, first 100 shown)", "/console/members"),
                ("members, search 'committee 04'", "/console/members?q=committee+04"),
                ("one member", f"/console/members/{names['member']}"),
                ("impact", "/console/impact"),
                ("impact CSV", "/console/impact.csv"),
                ("directory (console)", "/console/directory"),
                ("directory search 'JP'", "/console/directory?country=JP"),
                ("public directory", "/directory/"),
                ("audit log", "/console/audit"),
            ]
            def ask(path: str) -> httpx.Response:
                # The sign-in page is asked signed out: signed in, it sends the browser on.
                signed_in = path != "/console/sign-in"
                return http.get(path, headers={"Cookie": session} if signed_in else {})

            cold: dict[str, float] = {}
            sizes: dict[str, int] = {}
            for label, path in pages:
                begin = time.perf_counter()
                first = ask(path)
                cold[label] = (time.perf_counter() - begin) * 1000
                assert first.status_code == 200, (path, first.status_code)
                sizes[label] = len(first.content)
            # Warm runs go round the pages in turn, so that a busy moment of the machine falls
            # on every page alike and the ratios hold better than the times.
            warm: dict[str, list[float]] = {label: [] for label, _ in pages}
            for run in range(args.runs):
                # Each round starts one page later, so no page is always first after a pause.
                for label, path in pages[run % len(pages) :] + pages[: run % len(pages)]:
                    begin = time.perf_counter()
                    again = ask(path)
                    warm[label].append((time.perf_counter() - begin) * 1000)
                    assert again.status_code == 200
            results = [
                (label, cold[label], statistics.median(warm[label]), sizes[label])
                for label, _ in pages
            ]
        finally:
            process.terminate()
            process.wait(10)
    base, page_base = results[0][2], results[1][2]
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.runs} warm runs")
    print(
        f"{'page':36} {'first ms':>9} {'warm ms':>8} {'× health':>9} {'× sign-in':>10} {'bytes':>9}"
    )
    for label, first_ms, warm_ms, size in results:
        print(
            f"{label:36} {first_ms:9.1f} {warm_ms:8.1f} {warm_ms / base:9.1f} "
            f"{warm_ms / page_base:10.1f} {size:9,}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
