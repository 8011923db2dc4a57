"""What each role of an organization's account may do on HQ, checked for every action.

- coordinator: everything, the organization's members included;
- volunteer: reads and records (sending changes, uploading reports);
- read_only: reads.

Every route names the permission it needs (``READ``, ``WRITE`` or ``MEMBERS``); a caller whose
role lacks it is refused with 403 and a sentence saying why (``caller.require``).
"""

from __future__ import annotations

ROLES = ("coordinator", "volunteer", "read_only")

READ = "read"
WRITE = "write"
MEMBERS = "members"

ALLOWED: dict[str, frozenset[str]] = {
    "coordinator": frozenset({READ, WRITE, MEMBERS}),
    "volunteer": frozenset({READ, WRITE}),
    "read_only": frozenset({READ}),
}

ROLE_NAMES = {"coordinator": "coordinator", "volunteer": "volunteer", "read_only": "read-only"}

REFUSALS = {
    READ: "Your HQ account may not read the organization's data.",
    WRITE: "Your HQ account is read-only: it receives the organization's records but cannot "
    "change them.",
    MEMBERS: "Only the organization's coordinators can manage its members; your account is {role}.",
}


def allows(role: str, permission: str) -> bool:
    return permission in ALLOWED.get(role, frozenset())
