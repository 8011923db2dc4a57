"""Letters for delegations, in English and the partner's language: the invitation letter of a
visitor (for a visa), the letter of support of a traveller, and the volunteer-hours letter.
The data comes from ``services.letters``; the wording from resources/letters/<language>.json."""

from __future__ import annotations

from pathlib import Path

from sistercommittee.documents.files import write_bytes
from sistercommittee.documents.letters.common import Letter
from sistercommittee.documents.letters.invitation import make_invitation
from sistercommittee.documents.letters.support import make_support
from sistercommittee.documents.letters.volunteer_hours import make_hours_letter

__all__ = ["Letter", "make_hours_letter", "make_invitation", "make_support", "write_letter"]


def write_letter(path: Path, letter: Letter) -> Path:
    """Write the letter's PDF whole or not at all."""
    return write_bytes(path, letter.pdf)
