"""The HTTP client of HQ's API: one method per route, errors turned into sentences.

The token travels only in the Authorization header and is never part of a message or log line.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from types import TracebackType
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from sistercommittee.errors import ValidationError
from sistercommittee.messages import msg
from sistercommittee.messages.as_json import from_json
from sistercommittee.sync import wire
from sistercommittee.sync.errors import NotSignedInError, OutdatedError, RefusedError, SyncError

TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def normalize_server_url(url: str) -> str:
    """``https://hq.example.org`` form; plain http only to this computer itself."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError.single(
            "server", msg(
                "{url!r} is not a server address; it looks like https://hq.example.org.",
                url=url,
            )
        )
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise ValidationError.single(
            "server",
            msg("HQ must be reached over https:// so that passwords and sign-ins are encrypted."),
        )
    return url


@cache
def _tls() -> ssl.SSLContext:
    """Loading the certificate authorities takes tens of milliseconds: once per process."""
    return httpx.create_ssl_context()


class HqClient:
    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server_url = normalize_server_url(server_url)
        headers = {"User-Agent": "SisterCommittee", wire.SCHEMA_HEADER: str(wire.schema_version())}
        self.hq_schema: int | None = None  # HQ's own schema, from its last answer
        #: The caller's role and membership standing from HQ's latest sync answer (checkpoint,
        #: push, pull); None until one carried it (an older HQ never does).
        self.account: dict[str, Any] | None = None
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.server_url,
            headers=headers,
            timeout=TIMEOUT,
            transport=transport,
            verify=_tls(),
        )

    def __enter__(self) -> HqClient:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as error:
            raise SyncError(
                msg(
                    "HQ at {server_url} did not answer in time. Your changes are kept here and "
                    "will be sent next time.",
                    server_url=self.server_url,
                )
            ) from error
        except httpx.HTTPError as error:
            raise SyncError(
                msg(
                    "HQ at {server_url} cannot be reached ({kind}). Check the "
                    "internet connection; your changes are kept here and will be sent next "
                    "time.",
                    server_url=self.server_url, kind=type(error).__name__,
                )
            ) from error
        return self._check(response)

    def _check(self, response: httpx.Response) -> httpx.Response:
        schema = response.headers.get(wire.SCHEMA_HEADER, "")
        if schema.isdigit():
            self.hq_schema = int(schema)
        if response.status_code < 400:
            return response
        detail = _detail(response)
        if response.status_code == 426:
            raise OutdatedError(detail or wire.TOO_OLD)
        if response.status_code == 401:
            raise NotSignedInError(
                detail or msg("This laptop is not signed in to HQ. Sign in again to sync.")
            )
        if response.status_code >= 500:
            failed = SyncError(
                msg(
                    "HQ had a problem (status {status}). Try again later; your changes "
                    "are kept here.",
                    status=response.status_code,
                )
            )
            failed.status = response.status_code
            raise failed
        if response.status_code == 403:
            forbidden = RefusedError(detail or msg("HQ does not allow this account to do that."))
            forbidden.status = 403
            raise forbidden
        refused = SyncError(
            detail
            or msg("HQ refused the request (status {status}).", status=response.status_code)
        )
        refused.status = response.status_code
        raise refused

    def health(self) -> dict[str, Any]:
        return self._send("GET", "/v1/health").json()  # type: ignore[no-any-return]

    def login(self, email: str, password: str, device_id: str, device_name: str) -> dict[str, Any]:
        response = self._send(
            "POST",
            "/v1/login",
            json={
                "email": email,
                "password": password,
                "device_id": device_id,
                "device_name": device_name,
            },
        )
        return response.json()  # type: ignore[no-any-return]

    def logout(self) -> None:
        self._send("POST", "/v1/logout")

    def session(self) -> dict[str, Any]:
        return self._send("GET", "/v1/session").json()  # type: ignore[no-any-return]

    def push(self, batch_id: str, changes: list[dict[str, Any]]) -> dict[str, Any]:
        response = self._send("POST", "/v1/push", json={"batch_id": batch_id, "changes": changes})
        return self._noting_account(response.json())

    def push_body(self, body: bytes) -> dict[str, Any]:
        """A push whose JSON is already put together (see outbox.push_body)."""
        response = self._send(
            "POST", "/v1/push", content=body, headers={"Content-Type": "application/json"}
        )
        return self._noting_account(response.json())

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        response = self._send("GET", "/v1/changes", params={"after": after, "limit": limit})
        return self._noting_account(response.json())

    def checkpoint(self) -> dict[str, Any]:
        """HQ's epoch, the end of its feed and the latest of this laptop's changes it holds."""
        return self._noting_account(self._send("GET", "/v1/checkpoint").json())

    def _noting_account(self, answer: dict[str, Any]) -> dict[str, Any]:
        account = answer.get("account")
        if isinstance(account, dict) and isinstance(account.get("role"), str):
            self.account = account
        return answer

    @contextmanager
    def snapshot(self) -> Iterator[httpx.Response | None]:
        """The organization's snapshot as a streamed response, or None when HQ has none."""
        try:
            with self._http.stream("GET", "/v1/snapshot") as response:
                if response.status_code == 404:
                    yield None
                    return
                if response.status_code >= 400:
                    response.read()
                    self._check(response)
                yield response
        except httpx.TimeoutException as error:
            raise SyncError(
                msg(
                    "HQ at {server_url} did not answer in time. Try again; nothing was lost.",
                    server_url=self.server_url,
                )
            ) from error
        except httpx.HTTPError as error:
            raise SyncError(
                msg(
                    "HQ at {server_url} cannot be reached ({kind}). Check the "
                    "internet connection and try again.",
                    server_url=self.server_url, kind=type(error).__name__,
                )
            ) from error

    def check(self, position: int, counts: dict[str, int], seen: dict[str, str]) -> dict[str, Any]:
        response = self._send(
            "POST", "/v1/check", json={"position": position, "counts": counts, "seen": seen}
        )
        return response.json()  # type: ignore[no-any-return]

    def put_report(
        self, year: int, file_name: str, kind: str, media_type: str, content: bytes
    ) -> dict[str, Any]:
        response = self._send(
            "PUT",
            f"/v1/reports/{year}/{quote(file_name)}",
            params={"kind": kind},
            content=content,
            headers={"Content-Type": media_type},
        )
        return response.json()  # type: ignore[no-any-return]

    def files_missing(self, hashes: list[str]) -> list[str]:
        answer = self._send("POST", "/v1/files/missing", json={"sha256": hashes}).json()
        return list(answer["missing"])

    def put_file(self, sha256: str, content: bytes) -> None:
        self._send(
            "PUT",
            f"/v1/files/{sha256}",
            content=content,
            headers={"Content-Type": "application/octet-stream"},
        )

    def get_file(self, sha256: str) -> bytes:
        return self._send("GET", f"/v1/files/{sha256}").content

    def list_reports(self, year: int | None = None) -> list[dict[str, Any]]:
        params = {"year": year} if year is not None else {}
        return self._send("GET", "/v1/reports", params=params).json()  # type: ignore[no-any-return]

    # --- members ---------------------------------------------------------------------------

    def directory(self) -> dict[str, Any]:
        """HQ's directory of listed member committees (for the partner finder)."""
        return self._send("GET", "/v1/directory").json()  # type: ignore[no-any-return]

    def members(self) -> dict[str, Any]:
        return self._send("GET", "/v1/members").json()  # type: ignore[no-any-return]

    def invite(self, email: str, role: str) -> dict[str, Any]:
        response = self._send("POST", "/v1/invitations", json={"email": email, "role": role})
        return response.json()  # type: ignore[no-any-return]

    def cancel_invitation(self, invitation_id: str) -> None:
        self._send("DELETE", f"/v1/invitations/{quote(invitation_id, safe='')}")

    def set_role(self, email: str, role: str) -> dict[str, Any]:
        response = self._send(
            "PUT", f"/v1/members/{quote(email, safe='@')}/role", json={"role": role}
        )
        return response.json()  # type: ignore[no-any-return]

    def remove_member(self, email: str) -> dict[str, Any]:
        response = self._send("DELETE", f"/v1/members/{quote(email, safe='@')}")
        return response.json()  # type: ignore[no-any-return]

    def issue_reset(self, email: str) -> dict[str, Any]:
        response = self._send("POST", f"/v1/members/{quote(email, safe='@')}/password-reset")
        return response.json()  # type: ignore[no-any-return]

    def join(self, code: str, password: str, device_id: str, device_name: str) -> dict[str, Any]:
        """Accept an invitation: HQ makes the account and signs this laptop in (as login)."""
        response = self._send(
            "POST",
            "/v1/join",
            json={
                "code": code,
                "password": password,
                "device_id": device_id,
                "device_name": device_name,
            },
        )
        return response.json()  # type: ignore[no-any-return]

    def request_reset(self, email: str) -> dict[str, Any]:
        response = self._send("POST", "/v1/password-reset/request", json={"email": email})
        return response.json()  # type: ignore[no-any-return]

    def reset_password(self, code: str, password: str) -> dict[str, Any]:
        response = self._send(
            "POST", "/v1/password-reset", json={"code": code, "password": password}
        )
        return response.json()  # type: ignore[no-any-return]


def _detail(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return answer_sentence(body) if isinstance(body, dict) else None


def answer_sentence(body: dict[str, Any]) -> str | None:
    """HQ's sentence in an answer: the message with identity it carries beside its English
    ``detail`` (shown in the user's language), or that English text as it is when HQ sends no
    identity (an older HQ) or one that does not say the same as the detail."""
    detail = body.get("detail")
    if not isinstance(detail, str):
        return None
    return from_json(body.get("message"), english=detail) or detail
