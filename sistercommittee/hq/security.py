"""Passwords (argon2), device tokens (random, stored as SHA-256), and the login rate limit.

Neither passwords nor tokens are ever logged; a token exists in clear only in the login response.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory parameters
_dummy_hash: str | None = None

MIN_PASSWORD_LENGTH = 10
TOKEN_PREFIX = "scd_"


def set_password_hasher(hasher: PasswordHasher) -> None:
    """Use other argon2 parameters (tests use cheap ones; hashes made before still verify)."""
    global _hasher, _dummy_hash
    _hasher = hasher
    _dummy_hash = None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    global _dummy_hash
    if password_hash is None:
        # An unknown email takes as long as a wrong password, so emails cannot be probed.
        _dummy_hash = _dummy_hash or _hasher.hash("not a password anyone has")
        password_hash = _dummy_hash
        found = False
    else:
        found = True
    try:
        return _hasher.verify(password_hash, password) and found
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class LoginLimiter:
    """At most ``per_account`` failed logins per email and ``per_address`` per client address in
    ``window`` seconds. Kept in memory: one server process (use a shared store for several)."""

    def __init__(
        self,
        per_account: int = 5,
        per_address: int = 30,
        window: float = 300.0,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_account = per_account
        self.per_address = per_address
        self.window = window
        self._now = now
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        times = self._failures[key]
        limit = self._now() - self.window
        while times and times[0] < limit:
            times.popleft()
        return times

    def retry_after(self, email: str, address: str) -> int:
        """Seconds to wait before another try, or 0 when a try is allowed now."""
        with self._lock:
            waits = []
            limits = ((f"e:{email}", self.per_account), (f"a:{address}", self.per_address))
            for key, allowed in limits:
                times = self._recent(key)
                if len(times) >= allowed:
                    waits.append(times[0] + self.window - self._now())
            return max(1, int(max(waits)) + 1) if waits else 0

    def failed(self, email: str, address: str) -> None:
        with self._lock:
            now = self._now()
            self._failures[f"e:{email}"].append(now)
            self._failures[f"a:{address}"].append(now)

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(f"e:{email}", None)
