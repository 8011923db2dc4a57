"""What HQ's API takes and gives: the request and answer bodies of its routes (FastAPI reads
them for validation and for the OpenAPI description)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

from sistercommittee.hq import feed
from sistercommittee.hq.account_state import AccountOut
from sistercommittee.sync import wire

UUID_PATTERN = wire.ROW_ID.pattern
HLC_PATTERN = wire.HLC.pattern


class SchemaOut(BaseModel):
    schema_: int = Field(alias="schema", description="The laptop schema HQ's own version knows.")
    oldest: int = Field(description="The oldest laptop schema HQ serves.")
    newest: int | None = Field(description="The newest one, or null: any newer one.")


class Health(BaseModel):
    status: str
    protocol: int
    version: str = Field(description="This HQ server's version.")
    current_app_version: str = Field(
        description="The desktop app's current release, as HQ's administrator set it (HQ's own "
        "version unless set): a laptop with an older app tells its user that an update is out."
    )
    schema_: SchemaOut = Field(alias="schema")
    mail: bool = Field(
        default=False,
        description="HQ mails invitation and password-reset codes (its administrator set up "
        "SMTP); without mail, coordinators pass the codes on.",
    )


class LoginRequest(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    device_id: str = Field(pattern=UUID_PATTERN, description="The laptop database's device id.")
    device_name: str = Field(default="laptop", max_length=200)


class OrganizationOut(BaseModel):
    id: str
    name: str
    org_row_id: str | None = Field(
        description="Id of the organization's row in the synced data, once a laptop sent it."
    )


class UserOut(BaseModel):
    email: str
    role: str


class LoginResponse(BaseModel):
    token: str = Field(description="The device token: keep it in the OS keyring only.")
    device_id: str
    organization: OrganizationOut
    user: UserOut


class SessionResponse(BaseModel):
    organization: OrganizationOut
    user: UserOut
    device_id: str
    high_water: int = Field(description="The organization's latest feed position.")
    protocol: int
    schema_: SchemaOut | None = Field(default=None, alias="schema")


class ChangeIn(BaseModel):
    # Any well-formed name: a laptop with a newer schema may send tables HQ does not know yet.
    table: str = Field(pattern=wire.FIELD_NAME.pattern, examples=sorted(wire.table_specs()))
    row_id: str = Field(pattern=UUID_PATTERN)
    hlc: str = Field(pattern=HLC_PATTERN)
    device_id: str = Field(pattern=UUID_PATTERN)
    fields: dict[str, Any]
    base: dict[str, str | None] = Field(default_factory=dict)


class PushRequest(BaseModel):
    batch_id: str = Field(
        min_length=8,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="Idempotency key: a batch sent again with the same key is applied once.",
    )
    changes: list[ChangeIn] = Field(min_length=1, max_length=wire.MAX_BATCH)


class PushResponse(BaseModel):
    accepted: int
    duplicates: int
    high_water: int
    replayed: bool
    account: AccountOut | None = Field(default=None, description="The caller's role now.")


class ChangeOut(ChangeIn):
    seq: int


class PullResponse(BaseModel):
    changes: list[ChangeOut]
    next_cursor: int = Field(description="Send as `after` to get the next page.")
    high_water: int
    more: bool
    account: AccountOut | None = Field(default=None, description="The caller's role now.")


class ReportOut(BaseModel):
    id: str
    year: int
    kind: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: str


Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class FilesAsked(BaseModel):
    sha256: list[Sha256] = Field(max_length=1000)


class FilesMissing(BaseModel):
    missing: list[str]


class StoryOut(BaseModel):
    id: str
    organization_id: str
    organization: str
    title: str
    body: str
    sent_at: str
    event_id: str | None
    exchange_id: str | None
    report_id: str | None  # GET /v1/reports/{report_id} gives the story's PDF
    report_size: int | None


def login_answer(result: feed.LoginResult) -> LoginResponse:
    return LoginResponse(
        token=result.token,
        device_id=result.caller.client_device_id,
        organization=OrganizationOut(
            id=result.caller.organization_id,
            name=result.caller.organization_name,
            org_row_id=result.org_row_id,
        ),
        user=UserOut(email=result.caller.email, role=result.caller.role),
    )
