"""How fast sync is on loopback, with HQ running as its own process.

    .venv/bin/python bench/bench_sync.py                      # 10,000 changes, scales 1 and 100
    .venv/bin/python bench/bench_sync.py --scale 1 --changes 2000
    .venv/bin/python bench/bench_sync.py --database-url postgresql://user@host/db

1. Bulk: one laptop makes N new volunteers (N changes), sends them, and a second laptop fetches
   them. Shown next to the time SQLite itself takes to insert the same rows (plain executemany
   into a fresh file) and the app's own write of them (ORM, change capture into the outbox).
2. At each scale (bench/data/scale-S.sqlite, made with bench/generate.py when missing): the first
   push of the whole database; a laptop joining by replaying the whole feed (as every join did
   before snapshots); the time HQ takes to make its snapshot in the background; a laptop joining
   from the snapshot. Each join with the laptop's and HQ's CPU time and the load average.
3. Incremental syncs of one edited volunteer at each scale (the editing laptop sends, the other
   fetches), rounds alternating between the scales; median of several.

HQ serves a fresh SQLite file in a temporary folder unless --database-url is given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import select

from sistercommittee.domain import Organization, Volunteer
from sistercommittee.hq import admin
from sistercommittee.hq.database import HqDatabase
from sistercommittee.services import volunteers
from sistercommittee.services.organizations import create_organization
from sistercommittee.storage.bulk import NewRows
from sistercommittee.storage.database import Database, open_database
from sistercommittee.sync import service
from sistercommittee.sync.credentials import MemoryStore

DATA = Path(__file__).resolve().parent / "data"
PASSWORD = "bench password, long enough"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Hq:
    """HQ as a subprocess: `python -m sistercommittee.hq.cli serve`."""

    def __init__(self, url: str) -> None:
        self.db = HqDatabase(url)
        self.db.upgrade()
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sistercommittee.hq.cli",
                "serve",
                "--database-url",
                url,
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=Path(__file__).resolve().parent.parent,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/v1/health", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("HQ did not start")

    def organization(self, name: str) -> tuple[str, str]:
        admin.create_organization(self.db, name)
        emails = []
        for role in ("coordinator", "volunteer"):
            email = f"{role}@{name.lower().replace(' ', '-')}.example.org"
            admin.add_user(self.db, name, email, role, PASSWORD)
            emails.append(email)
        return emails[0], emails[1]

    def stop(self) -> None:
        self.process.terminate()
        try:
            # On a loaded machine the supervisor may first wait out a worker's ping (up to 60 s).
            self.process.wait(90)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.db.dispose()


def _seconds(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _process_tree(pid: int) -> list[int]:
    """The process and all its descendants (HQ serves from worker processes of its own)."""
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return pids


def _server_cpu(pid: int) -> float:
    """CPU seconds HQ's processes (the master and its workers) have used so far (Linux /proc).
    A worker's time counts only while it lives: HQ's workers live as long as the run."""
    total = 0.0
    for process in _process_tree(pid):
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _laptop(path: Path, hq: Hq, email: str) -> tuple[Database, MemoryStore]:
    db = open_database(path, create=True)
    store = MemoryStore()
    service.login(db, store, hq.url, email, PASSWORD)
    return db, store


def _volunteer_rows(count: int) -> list[dict[str, Any]]:
    return [
        {
            "given_name": f"Volunteer{i}",
            "family_name": "Bench",
            "sort_name": f"volunteer{i} bench",
            "email": f"v{i}@example.org",
            "notes": "made by bench_sync.py",
        }
        for i in range(count)
    ]


def _sqlite_alone(workdir: Path, count: int) -> float:
    """Plain sqlite3: the volunteers table of a fresh app database, rows by executemany."""
    path = workdir / "plain.sqlite"
    open_database(path, create=True).close()
    rows = [
        (
            f"00000000-0000-7000-8000-{i:012d}",
            r["given_name"],
            r["family_name"],
            r["sort_name"],
            r["email"],
            r["notes"],
        )
        for i, r in enumerate(_volunteer_rows(count))
    ]
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO volunteers (id, given_name, family_name, sort_name, email, notes, roles,"
            " skills, committees, contact_consent, active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '[]', '[]', '[]', 0, 1,"
            " '2026-01-01T00:00:00.000000+00:00', '2026-01-01T00:00:00.000000+00:00')",
            rows,
        )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _orm_write(path: Path, count: int) -> float:
    """The same rows as ORM objects in one session: the path of single records, where the change
    capture hook makes each outbox entry."""
    db = open_database(path, create=True)
    create_organization(db, {"name": "ORM Committee", "city": "Springfield", "country": "US"})

    def write() -> None:
        with db.write() as session:
            session.add_all(Volunteer(**row) for row in _volunteer_rows(count))

    elapsed, _ = _seconds(write)
    db.close()
    return elapsed


def _sqlite_update(workdir: Path, count: int) -> float:
    """Plain sqlite3: set one column of every row of the file _sqlite_alone made, by id."""
    connection = sqlite3.connect(workdir / "plain.sqlite")
    ids = [(row[0],) for row in connection.execute("SELECT id FROM volunteers")]
    started = time.perf_counter()
    with connection:
        connection.executemany(
            "UPDATE volunteers SET active = 0, updated_at = '2026-01-02T00:00:00.000000+00:00'"
            " WHERE id = ?",
            ids,
        )
    elapsed = time.perf_counter() - started
    connection.close()
    assert len(ids) == count
    return elapsed


def bulk(hq: Hq, workdir: Path, count: int) -> None:
    coordinator, volunteer = hq.organization("Bulk Committee")
    a, a_store = _laptop(workdir / "bulk-a.sqlite", hq, coordinator)
    create_organization(a, {"name": "Bulk Committee", "city": "Springfield", "country": "US"})

    def write() -> None:
        with a.write() as session:
            rows = NewRows(session)
            for row in _volunteer_rows(count):
                rows.add(Volunteer, row)
            rows.flush()

    plain = _sqlite_alone(workdir, count)
    app_write, _ = _seconds(write)
    orm_write = _orm_write(workdir / "bulk-orm.sqlite", count)
    push, sent = _seconds(lambda: service.sync_now(a, a_store))
    b, b_store = _laptop(workdir / "bulk-b.sqlite", hq, volunteer)
    pull, got = _seconds(lambda: service.sync_now(b, b_store))
    with b.read() as session:
        assert len(session.scalars(select(Volunteer.id)).all()) == count
    # Then a bulk change of existing rows: all of them deactivated in one action.
    with a.read() as session:
        ids = list(session.scalars(select(Volunteer.id)))
    deactivate, _ = _seconds(lambda: volunteers.set_active(a, ids, False))
    plain_update = _sqlite_update(workdir, count)
    print(f"Bulk: {count:,} new volunteers ({sent.sent:,} changes with the organization)")
    print(f"  SQLite alone, executemany into a fresh file   {plain:8.2f} s   1.0x")
    print(
        f"  the app's bulk path (storage.bulk + outbox)   {app_write:8.2f} s "
        f"{app_write / plain:5.1f}x"
    )
    print(
        f"  the same as ORM objects (capture hook)        {orm_write:8.2f} s "
        f"{orm_write / plain:5.1f}x"
    )
    print(f"  SQLite alone, UPDATE of each row (executemany) {plain_update:7.2f} s   1.0x")
    print(
        f"  the app deactivating them all (one action)    {deactivate:8.2f} s "
        f"{deactivate / plain_update:5.1f}x"
    )
    print(f"  push to HQ (laptop A)                         {push:8.2f} s")
    print(f"  pull from HQ and merge (laptop B)             {pull:8.2f} s  ({got.received:,})")
    print(f"  push + pull                                   {push + pull:8.2f} s")
    a.close()
    b.close()


def _sample(scale: float) -> Path:
    path = DATA / f"scale-{scale:g}.sqlite"
    if not path.exists():
        from bench.generate import make_database

        DATA.mkdir(exist_ok=True)
        print(f"(making {path} first)")
        make_database(path, scale=scale)
    return path


@dataclass
class Pair:
    """Two laptops of one organization at one scale, synced with each other through HQ."""

    scale: float
    a: Database
    a_store: MemoryStore
    b: Database
    b_store: MemoryStore
    ids: list[str]
    pushes: list[float]
    pulls: list[float]


def set_up(hq: Hq, workdir: Path, scale: float, rounds: int, replay: bool = True) -> Pair:
    """The first push of a sample database at ``scale`` and the initial pull by a second laptop."""
    source = _sample(scale)
    coordinator, volunteer = hq.organization(f"Scale {scale:g} Committee")
    copy = workdir / f"scale-{scale:g}-a.sqlite"
    shutil.copyfile(source, copy)
    a = open_database(copy)
    a_store = MemoryStore()
    service.login(a, a_store, hq.url, coordinator, PASSWORD)
    first_push = _join(lambda: service.sync_now(a, a_store), hq)
    sent = first_push.result
    pushed_at = time.perf_counter()
    b, b_store = _laptop(workdir / f"scale-{scale:g}-b.sqlite", hq, volunteer)
    replayed = _join(lambda: _replayed(b, b_store), hq) if replay else None
    built = _snapshot_ready(hq, a, a_store, pushed_at)
    c, c_store = _laptop(workdir / f"scale-{scale:g}-c.sqlite", hq, volunteer)
    snapshot = _join(lambda: service.sync_now(c, c_store), hq)
    assert snapshot.result.from_snapshot > 0, "the joining laptop loaded a snapshot"
    if replayed is None:  # b never joined: the incremental rounds pull on the laptop that did
        b.close()
        b, b_store = c, c_store
    else:
        c.close()
    with a.read() as session:
        ids = list(
            session.scalars(
                select(Volunteer.id).where(Volunteer.deleted_at.is_(None)).limit(rounds)
            )
        )
        assert session.scalar(select(Organization.id)) is not None
    size = copy.stat().st_size / 1e6
    print(f"Scale {scale:g}: {sent.sent:,} changes, laptop file {size:,.0f} MB")
    print(f"  first push of the whole database              {first_push}")
    print(f"  HQ making its snapshot after the push         {built:8.2f} s (in the background)")
    print(f"  join from the snapshot                        {snapshot}")
    if replayed is not None:
        print(f"  join by replaying the feed (as before)        {replayed}")
        print(
            f"  snapshot join / replayed join (wall)          "
            f"{snapshot.wall / replayed.wall:8.3f}"
        )
    return Pair(scale, a, a_store, b, b_store, ids, [], [])


@dataclass
class Joined:
    wall: float
    cpu: float  # of the laptop's process
    hq_cpu: float
    load: float  # load average (1 minute) at the end
    result: Any

    def __str__(self) -> str:
        return (
            f"{self.wall:8.2f} s  (laptop CPU {self.cpu:.2f} s, HQ CPU {self.hq_cpu:.2f} s, "
            f"load {self.load:.1f}; {self.result.sent:,} sent, {self.result.received:,} received, "
            f"{self.result.from_snapshot:,} from the snapshot)"
        )


def _join(action: Callable[[], Any], hq: Hq) -> Joined:
    cpu, hq_cpu = time.process_time(), _server_cpu(hq.process.pid)
    wall, result = _seconds(action)
    return Joined(
        wall,
        time.process_time() - cpu,
        _server_cpu(hq.process.pid) - hq_cpu,
        os.getloadavg()[0],
        result,
    )


def _replayed(db: Database, store: MemoryStore) -> Any:
    """A join that replays the whole feed, as every join did before snapshots."""
    from sistercommittee.sync import snapshot

    load = snapshot.load
    snapshot.load = lambda *args, **kwargs: None  # type: ignore[assignment]
    try:
        return service.sync_now(db, store)
    finally:
        snapshot.load = load  # type: ignore[assignment]


def _snapshot_ready(hq: Hq, db: Database, store: MemoryStore, since: float) -> float:
    """Seconds until HQ's snapshot (made in the background after the push) reaches the feed's
    end, counted from the end of the push."""
    from sistercommittee.domain import SyncState
    from sistercommittee.sync.client import HqClient
    from sistercommittee.sync.credentials import token_key

    with db.read() as session:
        device = session.scalar(select(SyncState.device_id))
    with HqClient(hq.url, store.get(token_key(device or ""))) as client:
        while True:
            answer = client.checkpoint()
            if answer["snapshot_position"] == answer["high_water"]:
                return time.perf_counter() - since
            time.sleep(0.5)


def incremental_round(pair: Pair, round_: int) -> None:
    """One volunteer edited on laptop A; A syncs (sends it), then B syncs (fetches it)."""
    volunteers.edit_volunteer(pair.a, pair.ids[round_], {"notes": f"incremental edit {round_}"})
    pair.pushes.append(_seconds(lambda: service.sync_now(pair.a, pair.a_store))[0] * 1000)
    elapsed, result = _seconds(lambda: service.sync_now(pair.b, pair.b_store))
    assert result.received == 1, result
    pair.pulls.append(elapsed * 1000)


def report_incremental(pair: Pair) -> None:
    pushes, pulls = pair.pushes, pair.pulls
    print(
        f"Scale {pair.scale:g}: incremental sync of one change, sender  "
        f"{statistics.median(pushes):7.1f} ms  (min {min(pushes):.1f}, max {max(pushes):.1f}, "
        f"{len(pushes)} runs)"
    )
    print(
        f"Scale {pair.scale:g}: incremental sync of one change, receiver"
        f"{statistics.median(pulls):7.1f} ms  (min {min(pulls):.1f}, max {max(pulls):.1f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=10_000, help="bulk changes (10,000)")
    parser.add_argument("--scale", type=float, action="append", help="sample scale (1 and 100)")
    parser.add_argument("--rounds", type=int, default=15, help="incremental syncs per scale")
    parser.add_argument("--database-url", help="HQ's database (a fresh SQLite file by default)")
    parser.add_argument(
        "--no-replay", action="store_true", help="skip the join that replays the whole feed"
    )
    args = parser.parse_args(argv)
    scales = args.scale or [1.0, 100.0]
    workdir = Path(tempfile.mkdtemp(prefix="sc-bench-sync-"))
    url = args.database_url or f"sqlite:///{workdir / 'hq.sqlite'}"
    print(f"HQ: {url.split('@')[-1]} on 127.0.0.1, {os.cpu_count()} CPUs")
    print("load average at start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    hq = Hq(url)
    client_cpu = time.process_time()
    try:
        if args.changes:
            bulk(hq, workdir, args.changes)
        pairs = [
            set_up(hq, workdir, scale, args.rounds, replay=not args.no_replay) for scale in scales
        ]
        # Rounds alternate between the scales, so that both see the same machine load.
        for round_ in range(args.rounds):
            for pair in pairs:
                incremental_round(pair, round_)
        for pair in pairs:
            report_incremental(pair)
            pair.a.close()
            pair.b.close()
        print(
            f"CPU seconds over the whole run: laptops {time.process_time() - client_cpu:.1f}, "
            f"HQ {_server_cpu(hq.process.pid):.1f}"
        )
        print("load average at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    finally:
        hq.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
