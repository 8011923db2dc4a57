"""The checks of an account's email and password, shared by the organization's accounts
(admin.py, members.py), HQ's staff (console) and the sign-in (feed.py)."""

from __future__ import annotations

import re

from sistercommittee.errors import ValidationError
from sistercommittee.hq import security
from sistercommittee.messages import msg

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise ValidationError.single(
            "email", msg("{email!r} is not an email address.", email=email)
        )
    return email


def check_password(password: str) -> None:
    if len(password) < security.MIN_PASSWORD_LENGTH:
        raise ValidationError.single(
            "password",
            msg(
                "A password needs at least {length} characters.",
                length=security.MIN_PASSWORD_LENGTH,
            ),
        )
