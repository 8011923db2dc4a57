"""Passwords (argon2, a few at a time), device tokens (random, stored as SHA-256), and the
sign-in rate limit (kept in the database).

Neither passwords nor tokens are ever logged; a token exists in clear only in the login response.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, insert, select

from sistercommittee.hq.models import LoginFailure

if TYPE_CHECKING:
    from sistercommittee.hq.database import HqDatabase

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory parameters
_dummy_hash: str | None = None
# Each hash or check takes 64 MiB for a fifth of a second; without a bound, 40 sign-ins at once
# held 2.5 GiB. A few at a time per process keep the memory flat; the others wait their turn.
DEFAULT_HASHING = 2
_hashing = threading.BoundedSemaphore(DEFAULT_HASHING)


def set_hashing_limit(count: int) -> None:
    """How many password hashes or checks one HQ process runs at once."""
    global _hashing
    if count < 1:
        raise ValueError("at least one password check must be able to run")
    _hashing = threading.BoundedSemaphore(count)


@contextmanager
def _hashing_slot() -> Iterator[None]:
    slot = _hashing
    with slot:
        yield


MIN_PASSWORD_LENGTH = 10
TOKEN_PREFIX = "scd_"


def set_password_hasher(hasher: PasswordHasher) -> None:
    """Use other argon2 parameters (tests use cheap ones; hashes made before still verify)."""
    global _hasher, _dummy_hash
    _hasher = hasher
    _dummy_hash = None


def hash_password(password: str) -> str:
    with _hashing_slot():
        return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    global _dummy_hash
    if password_hash is None:
        # An unknown email takes as long as a wrong password, so emails cannot be probed.
        _dummy_hash = _dummy_hash or hash_password("not a password anyone has")
        password_hash = _dummy_hash
        found = False
    else:
        found = True
    with _hashing_slot():
        try:
            return _hasher.verify(password_hash, password) and found
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class LoginLimiter:
    """At most ``per_account`` failed sign-ins per email and ``per_address`` per client address in
    ``window`` seconds. The failures are rows of ``login_failures``, so the limit holds across
    HQ's worker processes and its restarts; keys are hashed, so that table holds no emails."""

    def __init__(
        self,
        db: HqDatabase,
        per_account: int = 5,
        per_address: int = 30,
        window: float = 300.0,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.per_account = per_account
        self.per_address = per_address
        self.window = window
        self._now = now

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()

    def retry_after(self, email: str, address: str) -> int:
        """Seconds to wait before another try, or 0 when a try is allowed now."""
        since = self._now() - self.window
        waits = []
        limits = (
            (self._key("e", email), self.per_account),
            (self._key("a", address), self.per_address),
        )
        with self.db.read() as connection:
            for key, allowed in limits:
                times = connection.scalars(
                    select(LoginFailure.failed_at)
                    .where(LoginFailure.key == key, LoginFailure.failed_at >= since)
                    .order_by(LoginFailure.failed_at.desc())
                    .limit(allowed)
                ).all()
                if len(times) >= allowed:
                    waits.append(min(times) + self.window - self._now())
        return max(1, int(max(waits)) + 1) if waits else 0

    def failed(self, email: str, address: str) -> None:
        now = self._now()
        with self.db.write() as connection:
            connection.execute(
                insert(LoginFailure),
                [
                    {"key": self._key("e", email), "failed_at": now},
                    {"key": self._key("a", address), "failed_at": now},
                ],
            )
            # Failures older than the window no longer count: forget them.
            expired = LoginFailure.failed_at < now - self.window
            connection.execute(delete(LoginFailure).where(expired))

    def succeeded(self, email: str) -> None:
        with self.db.write() as connection:
            mine = LoginFailure.key == self._key("e", email)
            connection.execute(delete(LoginFailure).where(mine))
