"""A real SMTP server on 127.0.0.1 for the tests of HQ's mail (aiosmtpd), and what it received."""

from __future__ import annotations

import email
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.hq.fixtures import free_socket

CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


@dataclass
class Inbox:
    port: int = 0
    messages: list[Message] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if m["X-Envelope-To"] == address]

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}?from=hq@example.org"


def body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(message.get_content_charset() or "utf-8")


def code_in(message: Message) -> str:
    found = CODE.search(body(message))
    assert found is not None, body(message)
    return found.group(0)


@pytest.fixture
def smtp() -> Iterator[Inbox]:
    with free_socket() as sock:
        port = sock.getsockname()[1]
    inbox = Inbox(port)
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox
    controller.stop()
