"""Small HTTP helpers for HQ tests: sign in a fresh device, make changes to push."""

from __future__ import annotations

import time
from typing import Any

import httpx

from sistercommittee.ids import new_id
from tests.hq.fixtures import PASSWORD


def sign_in(url: str, email: str, device_id: str | None = None) -> tuple[dict[str, str], str]:
    device_id = device_id or new_id()
    answer = httpx.post(
        f"{url}/v1/login",
        json={"email": email, "password": PASSWORD, "device_id": device_id},
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}, device_id


_counter = [0]


def hlc_now() -> str:
    _counter[0] += 1
    return f"{time.time_ns() // 1_000_000:013d}.{_counter[0] % 1_000_000:06d}"


def volunteer_change(
    device_id: str, name: str = "Ann", row_id: str | None = None
) -> dict[str, Any]:
    return {
        "table": "volunteers",
        "row_id": row_id or new_id(),
        "hlc": hlc_now(),
        "device_id": device_id,
        "fields": {"given_name": name, "sort_name": name.lower()},
        "base": {},
    }


def push(
    url: str, headers: dict[str, str], changes: list[dict[str, Any]], batch_id: str | None = None
) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/push",
        headers=headers,
        json={"batch_id": batch_id or f"batch-{new_id()}", "changes": changes},
    )


def pull_all(
    url: str, headers: dict[str, str], after: int = 0, limit: int = 1000
) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    while True:
        page = httpx.get(
            f"{url}/v1/changes", headers=headers, params={"after": after, "limit": limit}
        )
        assert page.status_code == 200, page.text
        body = page.json()
        changes += body["changes"]
        after = body["next_cursor"]
        if not body["more"]:
            return changes
