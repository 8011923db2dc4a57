"""Errors a user may see: each carries text written for a committee volunteer.

That text is a message with identity (sistercommittee/messages: ``msg(template, **params)``): its
value is the English sentence; the UI and the CLI render it in the user's language when they show
it (ui/shown.py, cli/language.py).

Anything else that escapes is a bug; the entry points log it and show a short apology instead
of a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping

from sistercommittee.messages import join_messages


class SisterCommitteeError(Exception):
    """Base of every error whose message is fit to show to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(SisterCommitteeError):
    """Input that cannot be saved, with one sentence per field saying what to fix.

    Attributes:
        errors: field name -> message, in the order the fields were checked.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__(join_messages(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class NotFoundError(SisterCommitteeError):
    """A record the user named does not exist (or was deleted)."""


class DatabaseFileError(SisterCommitteeError):
    """A file that cannot be used as this organization's database; nothing was written to it."""


class StorageError(SisterCommitteeError):
    """The disk or the database refused a write (full disk, locked or read-only file)."""
