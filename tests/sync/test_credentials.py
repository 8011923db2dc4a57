"""The token's only home: the OS keyring, or nothing (never a plain file)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from sistercommittee.sync.credentials import KeyringStore, MemoryStore, token_key
from sistercommittee.sync.errors import NoSecureStoreError


def test_keyring_store_round_trip(memory_keyring):
    store = KeyringStore()
    store.check()
    store.set(token_key("dev"), "scd_secret")
    assert store.get(token_key("dev")) == "scd_secret"
    assert memory_keyring.secrets == {("SisterCommittee HQ", "device:dev"): "scd_secret"}
    store.delete(token_key("dev"))
    store.delete(token_key("dev"))  # already gone: fine
    assert store.get(token_key("dev")) is None


def test_no_backend_is_said_plainly():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = KeyringStore()
        assert store.description == "no secure store"
        for call in (store.check, lambda: store.get("k"), lambda: store.set("k", "v")):
            with pytest.raises(NoSecureStoreError, match="no secure password store"):
                call()
    finally:
        keyring.set_keyring(previous)


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's file backend, which keeps secrets readable on disk."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("must not be used")

    def delete_password(self, service, username):
        pass


def test_a_plain_text_backend_is_refused():
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(NoSecureStoreError):
            KeyringStore().set("k", "v")
    finally:
        keyring.set_keyring(previous)


def test_memory_store():
    store = MemoryStore()
    store.check()
    store.set("k", "v")
    assert store.get("k") == "v"
    store.delete("k")
    assert store.get("k") is None
