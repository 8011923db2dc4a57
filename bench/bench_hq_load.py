"""HQ at network scale: many organizations' laptops syncing at once, on loopback.

    .venv/bin/python bench/bench_hq_load.py          # 500 orgs, 2,000 laptops, PostgreSQL
    .venv/bin/python bench/bench_hq_load.py --database sqlite --workers 1
    .venv/bin/python bench/bench_hq_load.py --soak-minutes 10   # then memory over a soak
    .venv/bin/python bench/bench_hq_load.py --check   # each sync ends with the app's check

HQ runs as its own process tree (`sistercommittee-hq serve --workers N`) against a fresh SQLite
file or a throwaway PostgreSQL server (initdb/pg_ctl, as the tests start it). The laptops are
asyncio tasks of this process speaking HTTP/1.1 through httpx, each with its own device token.

1. Set-up (not timed): the organizations and one account per laptop (cheap argon2 parameters for
   these, so that set-up takes seconds), each laptop signed in.
2. The storm: every laptop pushes one change and pulls what it lacks, at most --concurrency
   laptops at once (or, with --rate, starting at that many a second, as laptops on their own
   timers do); wall time, syncs per second, push/pull/sync latency percentiles, errors, and
   a check that no answer ever carries another organization's row.
3. A burst of --login-burst sign-ins at once with production argon2 parameters: how long they
   take and how much memory HQ's processes hold at the peak (bounded hashing keeps it flat).
4. Optionally a soak: laptops keep syncing at --soak-rate syncs per second for --soak-minutes;
   HQ's resident memory is sampled every 15 s.
Every request loop is bounded in count and time, and only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from argon2 import PasswordHasher

from sistercommittee.hq import admin, security
from sistercommittee.hq.database import HqDatabase
from sistercommittee.ids import new_id
from tests.hq.fixtures import free_socket, running_postgres

PASSWORD = "bench password, long enough"
HOST = "127.0.0.1"


# --- HQ's processes ---------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text().split()
            found += [int(child) for child in text]
    except OSError:
        return []
    return found


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return pids


def _status_kib(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Hq:
    """`python -m sistercommittee.hq.cli serve` on a free port of 127.0.0.1."""

    def __init__(self, url: str, workers: int) -> None:
        with free_socket() as sock:
            self.port = sock.getsockname()[1]
        self.url = f"http://{HOST}:{self.port}"
        command = [
            sys.executable,
            "-m",
            "sistercommittee.hq.cli",
            "serve",
            "--database-url",
            url,
            "--host",
            HOST,
            "--port",
            str(self.port),
            "--no-migrate",
        ]
        if workers:
            command += ["--workers", str(workers)]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"HQ ended: {self.process.stderr.read()[-2000:]}")  # type: ignore[union-attr]
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            self.stop()
            raise RuntimeError("HQ did not start")
        time.sleep(1.0)  # let every worker process finish starting before the clock runs
        # HQ's log is read all along (a pipe nobody reads would stop HQ once full), counting the
        # worker processes uvicorn's supervisor found unresponsive and replaced.
        self.restarts = 0
        self._log = threading.Thread(target=self._read_log, daemon=True)
        self._log.start()

    def _read_log(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            if "Child process" in line and "died" in line:
                self.restarts += 1

    def rss_kib(self) -> int:
        return sum(_status_kib(pid, "VmRSS") for pid in _tree(self.process.pid))

    def peak_kib(self) -> int:
        return sum(_status_kib(pid, "VmHWM") for pid in _tree(self.process.pid))

    def cpu(self) -> float:
        return sum(_cpu_seconds(pid) for pid in _tree(self.process.pid))

    def processes(self) -> int:
        return len(_tree(self.process.pid))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()


class MemorySampler:
    """HQ's resident memory, sampled on a thread every ``every`` seconds."""

    def __init__(self, hq: Hq, every: float) -> None:
        self.hq, self.every = hq, every
        self.samples: list[tuple[float, int]] = []
        self.loads: list[float] = []  # load average (1 minute) beside each sample
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set():
            self.samples.append((time.monotonic() - started, self.hq.rss_kib()))
            self.loads.append(os.getloadavg()[0])
            self._stop.wait(self.every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append((self.samples[-1][0] if self.samples else 0.0, self.hq.rss_kib()))


# --- the laptops ------------------------------------------------------------------------------


@dataclass
class Laptop:
    org: str
    email: str
    device_id: str
    headers: dict[str, str] = field(default_factory=dict)
    cursor: int = 0
    counter: int = 0
    rows: set[str] = field(default_factory=set)  # the organization's rows this laptop has


@dataclass
class Tally:
    push: list[float] = field(default_factory=list)
    pull: list[float] = field(default_factory=list)
    sync: list[float] = field(default_factory=list)
    check: list[float] = field(default_factory=list)
    ended: list[float] = field(default_factory=list)  # perf_counter at each sync's end
    errors: list[str] = field(default_factory=list)
    foreign_rows: int = 0
    compared: int = 0  # checks HQ could answer at the laptop's position
    mismatches: int = 0  # checks whose counts differed (HQ's working copy against the laptop)


def _change(laptop: Laptop, row_id: str) -> dict[str, object]:
    laptop.counter += 1
    hlc = f"{time.time_ns() // 1_000_000:013d}.{laptop.counter % 1_000_000:06d}"
    return {
        "table": "volunteers",
        "row_id": row_id,
        "hlc": hlc,
        "device_id": laptop.device_id,
        "fields": {"given_name": f"Load {laptop.counter}", "sort_name": f"load {laptop.counter}"},
        "base": {},
    }


async def _sign_in(client: httpx.AsyncClient, laptop: Laptop) -> float:
    started = time.perf_counter()
    answer = await client.post(
        "/v1/login",
        json={"email": laptop.email, "password": PASSWORD, "device_id": laptop.device_id},
    )
    if answer.status_code != 200:
        raise RuntimeError(f"sign-in of {laptop.email}: {answer.status_code} {answer.text}")
    laptop.headers = {"Authorization": f"Bearer {answer.json()['token']}"}
    return time.perf_counter() - started


async def _sync(
    client: httpx.AsyncClient,
    laptop: Laptop,
    rows_of: dict[str, str],
    tally: Tally,
    check: bool = False,
) -> None:
    row_id = new_id()
    rows_of[row_id] = laptop.org
    started = time.perf_counter()
    try:
        answer = await client.post(
            "/v1/push",
            headers=laptop.headers,
            json={"batch_id": f"load-{new_id()}", "changes": [_change(laptop, row_id)]},
        )
        pushed = time.perf_counter()
        if answer.status_code != 200:
            tally.errors.append(f"push {answer.status_code}: {answer.text[:200]}")
            return
        laptop.rows.add(row_id)  # HQ has it (a push cut off may have reached HQ or not)
        more = True
        while more:
            page = await client.get(
                "/v1/changes",
                headers=laptop.headers,
                params={"after": laptop.cursor, "limit": 1000},
            )
            if page.status_code != 200:
                tally.errors.append(f"pull {page.status_code}: {page.text[:200]}")
                return
            body = page.json()
            for change in body["changes"]:
                owner = rows_of.get(change["row_id"])
                if owner != laptop.org:
                    tally.foreign_rows += 1
                laptop.rows.add(change["row_id"])
            laptop.cursor = body["next_cursor"]
            more = body["more"]
        pulled = time.perf_counter()
        if check:
            # As the app does after a sync that changed a table (sync/sanity.py): live rows per
            # table at its position, which HQ counts in the organization's working copy.
            answer = await client.post(
                "/v1/check",
                headers=laptop.headers,
                json={
                    "position": laptop.cursor,
                    "counts": {"volunteers": len(laptop.rows)},
                    "seen": {},
                },
            )
            if answer.status_code != 200:
                tally.errors.append(f"check {answer.status_code}: {answer.text[:200]}")
                return
            verdict = answer.json()
            tally.compared += bool(verdict["compared"])
            tally.mismatches += bool(verdict["mismatches"])
            tally.check.append(time.perf_counter() - pulled)
        done = time.perf_counter()
    except httpx.HTTPError as error:
        tally.errors.append(f"{type(error).__name__}: {error}")
        return
    tally.push.append(pushed - started)
    tally.pull.append(pulled - pushed)
    tally.sync.append(done - started)
    tally.ended.append(done)


def _client(url: str, concurrency: int) -> httpx.AsyncClient:
    # Idle connections are dropped before HQ's own keep-alive timeout (uvicorn: 5 s), so that a
    # request never goes out on a connection the server is closing at that moment (ReadError).
    limits = httpx.Limits(
        max_connections=concurrency, max_keepalive_connections=concurrency, keepalive_expiry=2.0
    )
    return httpx.AsyncClient(base_url=url, limits=limits, timeout=httpx.Timeout(60.0))


async def _bounded(concurrency: int, jobs: list) -> None:  # type: ignore[type-arg]
    gate = asyncio.Semaphore(concurrency)

    async def run(job):  # type: ignore[no-untyped-def]
        async with gate:
            await job()

    await asyncio.gather(*(run(job) for job in jobs))


# --- the benchmark ----------------------------------------------------------------------------


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.0f}"


def _report(title: str, tally: Tally, wall: float, hq: Hq, cpu: float, requests: int) -> None:
    syncs = len(tally.sync)
    print(f"{title}: {syncs:,} syncs in {wall:.1f} s, {syncs / wall:.0f} syncs/s")
    rows = [("push", tally.push), ("pull", tally.pull)]
    rows += [("check", tally.check)] if tally.check else []
    for name, values in (*rows, ("sync", tally.sync)):
        print(
            f"  {name:5} p50 {_ms(values, 0.5):>5} ms  p99 {_ms(values, 0.99):>5} ms  "
            f"max {_ms(values, 1.0):>5} ms"
        )
    print(f"  errors {len(tally.errors)}  rows of another organization {tally.foreign_rows}")
    if tally.check:
        print(
            f"  checks answered at the laptop's position {tally.compared:,} of "
            f"{len(tally.check):,}, with a mismatch {tally.mismatches}"
        )
    for error in tally.errors[:5]:
        print(f"    {error}")
    print(f"  HQ CPU {cpu:.1f} s = {cpu / max(requests, 1) * 1000:.2f} ms per request")
    print(f"  HQ worker processes replaced so far (unresponsive to uvicorn's check): {hq.restarts}")


@contextmanager
def _database(kind: str, workdir: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{workdir / 'hq.sqlite'}"
        return
    with running_postgres() as server:
        yield server.create_database()


def _set_up(db: HqDatabase, orgs: int, laptops: int, rng: random.Random) -> list[Laptop]:
    security.set_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    cheap_hash = security.hash_password(PASSWORD)
    made: list[Laptop] = []
    names = [f"Load Committee {i:04d}" for i in range(orgs)]
    org_ids = {name: admin.create_organization(db, name) for name in names}
    from sqlalchemy import insert

    from sistercommittee.domain.base import utcnow
    from sistercommittee.hq.models import HqUser

    users = []
    for number in range(laptops):
        name = names[number % orgs]
        email = f"laptop{number:05d}@load.example.org"
        users.append(
            {
                "id": new_id(),
                "organization_id": org_ids[name],
                "email": email,
                "password_hash": cheap_hash,
                "role": "volunteer",
                "created_at": utcnow(),
            }
        )
        made.append(Laptop(name, email, new_id()))
    with db.write() as connection:
        connection.execute(insert(HqUser), users)
    rng.shuffle(made)
    return made


def _burst_accounts(db: HqDatabase, count: int) -> list[Laptop]:
    security.set_password_hasher(PasswordHasher())  # production parameters, as users have them
    org = admin.create_organization(db, "Burst Committee")
    accounts = []
    for number in range(count):
        email = f"burst{number:03d}@load.example.org"
        admin.add_user(db, org, email, "volunteer", PASSWORD)
        accounts.append(Laptop("Burst Committee", email, new_id()))
    return accounts


async def _paced(rate: float, jobs: list) -> None:  # type: ignore[type-arg]
    """Start job i at i / rate seconds: laptops arriving over a minute, as they do when each
    syncs on its own timer, rather than all at the same instant."""
    started = time.perf_counter()
    tasks = []
    for number, job in enumerate(jobs):
        await asyncio.sleep(max(0.0, started + number / rate - time.perf_counter()))
        tasks.append(asyncio.ensure_future(job()))
    await asyncio.gather(*tasks)


async def _storm(
    hq: Hq,
    laptops: list[Laptop],
    concurrency: int,
    rate: float,
    rows_of: dict[str, str],
    check: bool,
) -> None:
    async with _client(hq.url, concurrency) as client:
        signed = time.perf_counter()
        await _bounded(concurrency, [lambda lp=lp: _sign_in(client, lp) for lp in laptops])
        print(
            f"Signed in {len(laptops):,} laptops (cheap hashes) in "
            f"{time.perf_counter() - signed:.1f} s"
        )
        jobs = [lambda lp=lp: _sync(client, lp, rows_of, tally, check) for lp in laptops]
        tally = Tally()
        cpu = hq.cpu()
        started = time.perf_counter()
        if rate:
            await _paced(rate, jobs)
            title = f"Arriving at {rate:g} laptops a second"
        else:
            await _bounded(concurrency, jobs)
            title = f"All at once, {concurrency} at a time"
        wall = time.perf_counter() - started
        _report(title, tally, wall, hq, hq.cpu() - cpu, (2 + check) * len(laptops))


async def _burst(hq: Hq, accounts: list[Laptop]) -> None:
    before = hq.rss_kib()
    async with _client(hq.url, len(accounts)) as client:
        with MemorySampler(hq, 0.05) as sampler:
            started = time.perf_counter()
            times = await asyncio.gather(*(_sign_in(client, lp) for lp in accounts))
            wall = time.perf_counter() - started
    peak = max(kib for _, kib in sampler.samples)
    print(
        f"Sign-in burst: {len(accounts)} at once with production argon2 in {wall:.1f} s "
        f"(each {min(times):.2f}-{max(times):.2f} s); HQ memory {before / 1024:.0f} MiB before, "
        f"peak {peak / 1024:.0f} MiB ({(peak - before) / 1024:+.0f} MiB)"
    )


async def _soak(
    hq: Hq,
    laptops: list[Laptop],
    minutes: float,
    rate: float,
    rows_of: dict[str, str],
    check: bool,
) -> None:
    tally = Tally()
    cpu = hq.cpu()
    async with _client(hq.url, 100) as client:
        with MemorySampler(hq, 15.0) as sampler:
            started = time.perf_counter()
            deadline = started + minutes * 60
            pending: set[asyncio.Task[None]] = set()
            sent = 0
            while time.perf_counter() < deadline:
                laptop = laptops[sent % len(laptops)]
                task = asyncio.ensure_future(_sync(client, laptop, rows_of, tally, check))
                pending.add(task)
                task.add_done_callback(pending.discard)
                sent += 1
                await asyncio.sleep(max(0.0, started + sent / rate - time.perf_counter()))
            await asyncio.gather(*pending)
            wall = time.perf_counter() - started
    _report("Soak", tally, wall, hq, hq.cpu() - cpu, (2 + check) * sent)

    samples = sampler.samples
    print(
        "  HQ memory (MiB) over time: "
        + ", ".join(
            f"{at / 60:.0f} min {kib / 1024:.0f}"
            for at, kib in samples[:: max(1, len(samples) // 12)]
        )
    )
    loads = list(zip(samples, sampler.loads, strict=False))  # the last sample has none
    print(
        "  load average over time: "
        + ", ".join(
            f"{at / 60:.0f} min {load:.1f}" for (at, _), load in loads[:: max(1, len(loads) // 12)]
        )
    )
    for minute in range(int(minutes + 0.999)):
        times = [
            took
            for took, end in zip(tally.sync, tally.ended, strict=True)
            if minute * 60 <= end - started < (minute + 1) * 60
        ]
        if times:
            print(
                f"  minute {minute + 1}: {len(times)} syncs, p50 {_ms(times, 0.5)} ms,"
                f" p99 {_ms(times, 0.99)} ms, max {_ms(times, 1.0)} ms"
            )
    first = statistics.median(kib for _, kib in samples[1:4]) / 1024
    last = statistics.median(kib for _, kib in samples[-3:]) / 1024
    print(f"  first minute {first:.0f} MiB, last minute {last:.0f} MiB ({last - first:+.0f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orgs", type=int, default=500)
    parser.add_argument("--laptops", type=int, default=2000)
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--workers", type=int, default=0, help="HQ worker processes (its default)")
    parser.add_argument("--concurrency", type=int, default=100, help="laptops syncing at once")
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="laptops starting each second (0: all at once, --concurrency at a time)",
    )
    parser.add_argument("--login-burst", type=int, default=40)
    parser.add_argument("--soak-minutes", type=float, default=0.0)
    parser.add_argument("--soak-rate", type=float, default=40.0, help="syncs per second")
    parser.add_argument(
        "--check",
        action="store_true",
        help="each sync ends with the app's check of counts (HQ counts in its working copies)",
    )
    args = parser.parse_args(argv)
    rng = random.Random(20261201)
    workdir = Path(tempfile.mkdtemp(prefix="sc-bench-hq-"))
    print(
        f"{args.orgs} organizations, {args.laptops:,} laptops, HQ on {args.database}, "
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}"
    )
    try:
        with _database(args.database, workdir) as url:
            db = HqDatabase(url)
            db.upgrade()
            laptops = _set_up(db, args.orgs, args.laptops, rng)
            burst = _burst_accounts(db, args.login_burst) if args.login_burst else []
            db.dispose()
            hq = Hq(url, args.workers)
            try:
                print(f"HQ: {hq.processes()} processes, {hq.rss_kib() / 1024:.0f} MiB resident")
                # Each pushed row's organization, over every phase: a laptop's later pulls
                # bring its colleagues' rows of the earlier phases.
                rows_of: dict[str, str] = {}
                asyncio.run(_storm(hq, laptops, args.concurrency, args.rate, rows_of, args.check))
                if burst:
                    asyncio.run(_burst(hq, burst))
                if args.soak_minutes:
                    asyncio.run(
                        _soak(hq, laptops, args.soak_minutes, args.soak_rate, rows_of, args.check)
                    )
            finally:
                hq.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"load average at end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
