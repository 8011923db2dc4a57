"""Where the app keeps the device token: the store the context was given (tests), or the
system keyring. A leaf module: the sync page, automatic sync and the update check all use it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext


def secret_store(ctx: AppContext) -> Any:
    """The store the context was given (tests), or the system keyring."""
    store = getattr(ctx, "secret_store", None)
    if store is not None:
        return store
    from sistercommittee.sync.credentials import KeyringStore

    return KeyringStore()
