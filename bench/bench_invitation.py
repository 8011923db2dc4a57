"""Invitation to first sync: how long from a coordinator's invitation to the invitee's first
completed sync, with HQ running as its own process on loopback.

    .venv/bin/python bench/bench_invitation.py                    # scale 1, 5 rounds
    .venv/bin/python bench/bench_invitation.py --scale 1 --scale 10 --rounds 5

At each scale, a coordinator's laptop holds the sample database (bench/data/scale-S.sqlite) and
has synced it to HQ. Each round, the coordinator invites a new email (the request from the
laptop); the invitee's new database joins with the code (HQ makes the account, signs the laptop
in) and its first sync brings every record (from HQ's snapshot). The baseline, in the same run:
an existing account joining with its password into a new database, the way a laptop joined
before invitations. Printed: the median of each, and their ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_sync import PASSWORD, Hq, _sample, _snapshot_ready
from sistercommittee.hq import admin
from sistercommittee.storage.database import open_database
from sistercommittee.sync import members, service
from sistercommittee.sync.credentials import MemoryStore


def _round(hq: Hq, coordinator: object, store: MemoryStore, workdir: Path, n: int) -> tuple:
    email = f"invitee{n}@example.org"
    started = time.perf_counter()
    issued = members.invite(coordinator, store, email, "volunteer")  # type: ignore[arg-type]
    invited = time.perf_counter()
    db, _, result = members.join_with_invitation(
        workdir / f"invitee-{n}.sqlite", MemoryStore(), hq.url, issued.code, PASSWORD
    )
    done = time.perf_counter()
    db.close()
    assert result.from_snapshot > 0
    return invited - started, done - started, result.received


def _baseline(hq: Hq, org: str, workdir: Path, n: int) -> float:
    email = f"existing{n}@example.org"
    admin.add_user(hq.db, org, email, "volunteer", PASSWORD)
    started = time.perf_counter()
    db, _, result = service.join(
        workdir / f"existing-{n}.sqlite", MemoryStore(), hq.url, email, PASSWORD
    )
    elapsed = time.perf_counter() - started
    db.close()
    assert result.from_snapshot > 0
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, action="append")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="sc-bench-invite-"))
    hq = Hq(f"sqlite:///{workdir / 'hq.sqlite'}")
    try:
        for scale in args.scale or [1.0]:
            org = f"Scale {scale:g} Committee"
            org_id = admin.create_organization(hq.db, org)
            from sistercommittee.hq import members as hq_members

            first = hq_members.create_invitation(
                hq.db, org_id, f"coordinator{scale:g}@example.org", "coordinator"
            )
            copy = workdir / f"coordinator-{scale:g}.sqlite"
            shutil.copyfile(_sample(scale), copy)
            coordinator = open_database(copy)
            store = MemoryStore()
            members.sign_in_with_invitation(coordinator, store, hq.url, first.code, PASSWORD)
            pushed = service.sync_now(coordinator, store)
            _snapshot_ready(hq, coordinator, store, time.perf_counter())
            invites, totals, baselines, rows = [], [], [], 0
            for n in range(args.rounds):  # alternating, so that both see the same load
                invite, total, rows = _round(hq, coordinator, store, workdir, n)
                invites.append(invite)
                totals.append(total)
                baselines.append(_baseline(hq, org, workdir, n))
            coordinator.close()
            median, base = statistics.median(totals), statistics.median(baselines)
            print(
                f"scale {scale:g} ({pushed.sent:,} rows pushed, {rows:,} received per join): "
                f"invitation to first sync median {median:.2f} s "
                f"(invite {statistics.median(invites) * 1000:.0f} ms; "
                f"min {min(totals):.2f}, max {max(totals):.2f}); "
                f"password join baseline {base:.2f} s; ratio {median / base:.2f}; "
                f"load average {os.getloadavg()[0]:.1f}"
            )
    finally:
        hq.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
