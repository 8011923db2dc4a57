"""Where the device token lives: the operating system's keyring, and nowhere else.

``SecretStore`` is the narrow interface the sync service needs. ``KeyringStore`` uses the keyring
package (Secret Service, KWallet, macOS Keychain, Windows Credential Locker); when none is usable
it says so plainly instead of falling back to a file. ``MemoryStore`` is for tests and for a
session that should forget the sign-in when it ends.
"""

from __future__ import annotations

from typing import Protocol

from sistercommittee.messages import msg
from sistercommittee.sync.errors import NoSecureStoreError

SERVICE_NAME = "SisterCommittee HQ"

_NO_STORE = msg(
    "This computer has no secure password store (keyring) for the HQ sign-in, so it was not "
    "kept. Install or unlock one (GNOME Keyring, KWallet, the macOS Keychain or the Windows "
    "Credential Manager) and sign in again. SisterCommittee never keeps it in a plain file."
)


class SecretStore(Protocol):
    """Keeps one secret per key (the key names a database's device, never the secret)."""

    @property
    def description(self) -> str: ...

    def check(self) -> None:
        """Raise NoSecureStoreError when secrets cannot be kept here."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


def token_key(device_id: str) -> str:
    return f"device:{device_id}"


class KeyringStore:
    def __init__(self, service: str = SERVICE_NAME) -> None:
        self.service = service

    def _backend(self) -> object:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        unusable = isinstance(backend, fail.Keyring) or (
            isinstance(backend, chainer.ChainerBackend) and not backend.backends
        )
        name = type(backend).__name__.lower()
        module = type(backend).__module__
        # keyrings.alt's files are not a secure store; the null backend forgets everything.
        if unusable or "plaintext" in name or module.endswith(".null"):
            raise NoSecureStoreError(_NO_STORE)
        return backend

    def check(self) -> None:
        self._backend()

    @property
    def description(self) -> str:
        try:
            backend = self._backend()
        except NoSecureStoreError:
            return "no secure store"
        return str(getattr(backend, "name", type(backend).__name__))

    def get(self, key: str) -> str | None:
        from keyring.errors import KeyringError

        backend = self._backend()
        try:
            return backend.get_password(self.service, key)  # type: ignore[attr-defined,no-any-return]
        except KeyringError as error:
            raise NoSecureStoreError(msg(
                "{problem} ({kind})", problem=_NO_STORE, kind=type(error).__name__
            )) from error

    def set(self, key: str, secret: str) -> None:
        from keyring.errors import KeyringError

        backend = self._backend()
        try:
            backend.set_password(self.service, key, secret)  # type: ignore[attr-defined]
        except KeyringError as error:
            raise NoSecureStoreError(msg(
                "{problem} ({kind})", problem=_NO_STORE, kind=type(error).__name__
            )) from error

    def delete(self, key: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        backend = self._backend()
        try:
            backend.delete_password(self.service, key)  # type: ignore[attr-defined]
        except PasswordDeleteError:
            pass  # nothing was stored
        except KeyringError as error:
            raise NoSecureStoreError(msg(
                "{problem} ({kind})", problem=_NO_STORE, kind=type(error).__name__
            )) from error


class MemoryStore:
    """Secrets in this process's memory only: gone when it ends."""

    description = "memory (forgotten when the app closes)"

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def check(self) -> None:
        return None

    def get(self, key: str) -> str | None:
        return self._secrets.get(key)

    def set(self, key: str, secret: str) -> None:
        self._secrets[key] = secret

    def delete(self, key: str) -> None:
        self._secrets.pop(key, None)
