"""Errors of syncing that a user may see, each with a sentence that says what to do."""

from __future__ import annotations

from sistercommittee.errors import SisterCommitteeError


class SyncError(SisterCommitteeError):
    """HQ could not be reached or refused the request; nothing local was lost.

    ``status``: the HTTP status of HQ's refusal, when it answered with one."""

    status: int | None = None


class RefusedError(SyncError):
    """HQ refused this account the request (a read-only account sending changes)."""


class OutdatedError(SyncError):
    """HQ no longer serves this version of the app: it must be updated to sync."""


class NotSignedInError(SyncError):
    """This database has no valid sign-in to HQ."""


class NoSecureStoreError(SisterCommitteeError):
    """The computer has no secure password store (keyring) to keep the HQ sign-in in."""
