"""What lets one HQ serve a whole network: a sign-in limit shared by every worker process,
password hashing a few at a time, writers taking turns on SQLite, several worker processes."""

from __future__ import annotations

import contextlib
import threading

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from sistercommittee.hq import security
from sistercommittee.hq.models import LoginFailure
from sistercommittee.hq.security import LoginLimiter
from sistercommittee.ids import new_id
from tests.hq.fixtures import PASSWORD, make_org, running_hq
from tests.hq.helpers import sign_in


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_sign_in_limit_holds_across_processes_and_restarts(hq_db):
    clock = Clock()
    first = LoginLimiter(hq_db, now=clock)
    for _ in range(5):
        assert first.retry_after("ann@example.org", "10.0.0.1") == 0
        first.failed("ann@example.org", "10.0.0.1")
    # Another worker process, or the same server after a restart, reads the same failures.
    second = LoginLimiter(hq_db, now=clock)
    wait = second.retry_after("ann@example.org", "10.0.0.2")
    assert 0 < wait <= 301
    assert second.retry_after("bob@example.org", "10.0.0.1") == 0  # others are not locked out
    clock.now += 301
    assert second.retry_after("ann@example.org", "10.0.0.2") == 0
    # The table holds hashes, never the email or the address.
    with hq_db.read() as connection:
        keys = connection.scalars(select(LoginFailure.key)).all()
    assert keys and not any("ann" in key or "10.0.0" in key for key in keys)


def test_the_address_limit_and_forgetting_old_failures(hq_db):
    clock = Clock()
    limiter = LoginLimiter(hq_db, per_account=100, per_address=3, now=clock)
    for number in range(3):
        limiter.failed(f"user{number}@example.org", "10.0.0.9")
    assert limiter.retry_after("someone@example.org", "10.0.0.9") > 0
    clock.now += 400
    limiter.failed("late@example.org", "10.0.0.8")  # a later failure clears the expired rows
    with hq_db.read() as connection:
        assert len(connection.scalars(select(LoginFailure.id)).all()) == 2
    limiter.succeeded("late@example.org")
    assert limiter.retry_after("late@example.org", "10.0.0.7") == 0


class CountingHasher(PasswordHasher):
    """Records how many checks run at the same moment."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.running = 0
        self.most = 0
        self.lock = threading.Lock()
        self.gate = threading.Barrier(3, timeout=0.5)

    def verify(self, hash: str, password: str | bytes) -> bool:  # type: ignore[override]
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            # Three threads could meet here only if three checks were let in at once.
            with contextlib.suppress(threading.BrokenBarrierError):
                self.gate.wait()
            return super().verify(hash, password)
        finally:
            with self.lock:
                self.running -= 1


def test_password_checks_run_a_few_at_a_time():
    hasher = CountingHasher()
    security.set_password_hasher(hasher)
    security.set_hashing_limit(2)
    try:
        stored = hasher.hash("a password of some length")
        results: list[bool] = []
        threads = [
            threading.Thread(
                target=lambda: results.append(
                    security.verify_password(stored, "a password of some length")
                )
            )
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        security.set_hashing_limit(security.DEFAULT_HASHING)
    assert results == [True] * 8
    assert hasher.most <= 2


def test_the_hashing_limit_must_allow_one():
    with pytest.raises(ValueError):
        security.set_hashing_limit(0)


def test_a_failed_sign_in_through_one_server_counts_on_another(hq):
    org = make_org(hq.db)
    with running_hq(hq.db) as other:
        email = org.emails["volunteer"]
        for _ in range(5):
            wrong = httpx.post(
                f"{hq.url}/v1/login",
                json={"email": email, "password": "wrong!", "device_id": new_id()},
            )
            assert wrong.status_code == 401
        limited = httpx.post(
            f"{other.url}/v1/login",
            json={"email": email, "password": PASSWORD, "device_id": new_id()},
        )
        assert limited.status_code == 429
        sign_in(other.url, org.emails["coordinator"])


def test_writers_take_turns_in_the_order_they_came():
    from sistercommittee.hq.database import _Turns

    turns = _Turns()
    order: list[int] = []
    threads = []
    with turns.turn():
        for number in range(6):
            thread = threading.Thread(
                target=lambda number=number: _take(turns, order, number), daemon=True
            )
            thread.start()
            threads.append(thread)
            # The next one starts only once this one is queued: the arrival order is known.
            while len(turns._queue) < number + 1:
                thread.join(0.001)
    for thread in threads:
        thread.join(10)
    assert order == list(range(6))


def _take(turns, order, number):
    with turns.turn():
        order.append(number)


def test_serve_with_several_worker_processes(tmp_path):
    import subprocess
    import sys
    import time

    from sistercommittee.hq import admin
    from sistercommittee.hq.database import HqDatabase
    from tests.hq.fixtures import free_socket

    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    db = HqDatabase(url)
    db.upgrade()
    orgs = [admin.create_organization(db, f"Committee {n}") for n in range(2)]
    emails = []
    for n, org in enumerate(orgs):
        emails.append(f"coordinator{n}@example.org")
        admin.add_user(db, org, emails[-1], "coordinator", PASSWORD)
    db.dispose()
    with free_socket() as sock:
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sistercommittee.hq.cli",
            "serve",
            "--database-url",
            url,
            "--port",
            str(port),
            "--workers",
            "2",
            "--threads",
            "4",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read()
            try:
                if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "HQ did not start"
                time.sleep(0.1)
        from tests.hq.helpers import pull_all, push, volunteer_change

        signed = [sign_in(base, email) for email in emails]
        for number, (headers, device) in enumerate(signed):
            for batch in range(10):
                answer = push(base, headers, [volunteer_change(device, f"N{number}-{batch}")])
                assert answer.status_code == 200, answer.text
        # A second laptop of each organization fetches them (a laptop is not sent its own).
        readers = [sign_in(base, email)[0] for email in emails]
        for number, headers in enumerate(readers):
            names = sorted(c["fields"]["given_name"] for c in pull_all(base, headers))
            assert names == sorted(f"N{number}-{batch}" for batch in range(10))
    finally:
        server.terminate()
        server.wait(20)
    # Two worker processes served: uvicorn logs the start of each.
    assert server.stderr.read().count("Started server process") == 2
