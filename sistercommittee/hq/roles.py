"""What each role of an organization's account may do on HQ, checked for every action.

- coordinator: everything, the organization's members included;
- volunteer: reads and records (sending changes, uploading reports);
- read_only: reads.

Every route names the permission it needs (``READ``, ``WRITE`` or ``MEMBERS``); a caller whose
role lacks it is refused with 403 and a sentence saying why (``caller.require``).
"""

from __future__ import annotations

from sistercommittee.messages import Message, Term, msg, noun

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
# The roles as words inside messages, translated in the "Nouns" context.
ROLE_WORDS = {
    "coordinator": noun("coordinator"),
    "volunteer": noun("volunteer"),
    "read_only": noun("read-only"),
}


def role_word(role: str) -> Term:
    """``role`` as a word in a message ("read-only"), translated where it is shown."""
    return ROLE_WORDS.get(role) or noun(ROLE_NAMES.get(role, role))


def refusal(permission: str, role: str) -> Message:
    """Why a caller of ``role`` is refused an action that needs ``permission``."""
    if permission == READ:
        return msg("Your HQ account may not read the organization's data.")
    if permission == WRITE:
        return msg(
            "Your HQ account is read-only: it receives the organization's records but cannot "
            "change them."
        )
    return msg(
        "Only the organization's coordinators can manage its members; your account is {role}.",
        role=role_word(role),
    )


def allows(role: str, permission: str) -> bool:
    return permission in ALLOWED.get(role, frozenset())
