"""Version negotiation: every request may say which laptop schema it was made with (header
``SisterCommittee-Schema``), and every answer says HQ's own and the oldest it accepts.

A laptop too old for HQ is refused with 426 and a sentence telling its user to update the app,
before any route runs; a laptop newer than HQ is served like any other (HQ keeps the fields it does
not know, see wire.check_change). A plain ASGI middleware: it costs a header lookup per request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sistercommittee.hq import refusals
from sistercommittee.messages import Message as MessageWithIdentity
from sistercommittee.messages import msg
from sistercommittee.sync import wire

# Routes a too-old laptop may still reach: health tells it HQ is there and what HQ accepts.
_ALWAYS_OPEN = ("/v1/health", "/openapi.json", "/docs", "/redoc")


@dataclass(frozen=True)
class SchemaRange:
    """The laptop schemas HQ serves: ``oldest`` and up (``newest`` None: any newer one)."""

    oldest: int = wire.OLDEST_ACCEPTED_SCHEMA
    newest: int | None = None

    def accepts(self, schema: int) -> bool:
        return schema >= self.oldest and (self.newest is None or schema <= self.newest)

    def header(self) -> str:
        return f"{self.oldest}-{'' if self.newest is None else self.newest}"

    def to_json(self) -> dict[str, Any]:
        return {"schema": wire.schema_version(), "oldest": self.oldest, "newest": self.newest}


def client_schema(headers: list[tuple[bytes, bytes]]) -> int | None:
    """The schema a request says it was made with; SCHEMA_WITHOUT_HEADER when it says nothing,
    None when what it says is no number."""
    wanted = wire.SCHEMA_HEADER.lower().encode()
    for name, value in headers:
        if name.lower() == wanted:
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() and len(text) < 6 else None
    return wire.SCHEMA_WITHOUT_HEADER


class SchemaNegotiation:
    def __init__(self, app: ASGIApp, accepted: SchemaRange) -> None:
        self.app = app
        self.accepted = accepted
        self._answer_headers = [
            (wire.SCHEMA_HEADER.lower().encode(), str(wire.schema_version()).encode()),
            (wire.ACCEPTS_HEADER.lower().encode(), accepted.header().encode()),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = self._answer_headers

        async def send_with_versions(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *headers]
            await send(message)

        path: str = scope.get("path", "")
        if not path.startswith(_ALWAYS_OPEN):
            schema = client_schema(scope.get("headers", []))
            if schema is None:
                await _refuse(
                    send_with_versions,
                    422,
                    msg("{header} must be a number.", header=wire.SCHEMA_HEADER),
                )
                return
            if not self.accepted.accepts(schema):
                await _refuse(send_with_versions, 426, wire.TOO_OLD)
                return
        await self.app(scope, receive, send_with_versions)


async def _refuse(send: Send, status: int, detail: MessageWithIdentity) -> None:
    body = json.dumps(refusals.refusal_body(detail)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
