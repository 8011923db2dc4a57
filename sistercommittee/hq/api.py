"""The HTTP API (FastAPI). Every route but health and login needs a device token, and every
route acts only on the token's organization. The OpenAPI description is at /openapi.json."""

from __future__ import annotations

import contextlib
import logging
import os
import pathlib
from collections.abc import AsyncIterator
from typing import Annotated, Any

import anyio.to_thread
from fastapi import FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import text

from sistercommittee import __version__
from sistercommittee.hq import feed, security
from sistercommittee.hq.api_models import (
    FilesAsked,
    FilesMissing,
    Health,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    ReportOut,
    SessionResponse,
    StoryOut,
    login_answer,
)
from sistercommittee.hq.caller import HqError
from sistercommittee.hq.database import DEFAULT_THREADS, HqDatabase
from sistercommittee.hq.mail import Mailer, SmtpMailer
from sistercommittee.hq.routes import FileWriter, Reader, ReportWriter, Writer, _problems
from sistercommittee.hq.security import LoginLimiter
from sistercommittee.hq.settings import (
    APP_VERSION_VARIABLE,
    HASHING_VARIABLE,
    SMTP_URL_VARIABLE,
    SNAPSHOT_DIR_VARIABLE,
    THREADS_VARIABLE,
    URL_VARIABLE,
)
from sistercommittee.hq.snapshot import SnapshotStore
from sistercommittee.hq.versions import SchemaNegotiation, SchemaRange
from sistercommittee.sync import wire

log = logging.getLogger(__name__)



# --- the application --------------------------------------------------------------------------


def app_from_environment() -> FastAPI:
    """The app of one worker process of `sistercommittee-hq serve`, configured by the variables
    the command sets before it starts its workers."""
    threads = int(os.environ.get(THREADS_VARIABLE, DEFAULT_THREADS))
    security.set_hashing_limit(int(os.environ.get(HASHING_VARIABLE, security.DEFAULT_HASHING)))
    db = HqDatabase(os.environ[URL_VARIABLE], threads=threads)
    current = os.environ.get(APP_VERSION_VARIABLE) or None
    folder = os.environ.get(SNAPSHOT_DIR_VARIABLE)
    snapshots = SnapshotStore.beside(db, pathlib.Path(folder) if folder else None, background=True)
    smtp_url = os.environ.get(SMTP_URL_VARIABLE)
    mailer = SmtpMailer.from_url(smtp_url) if smtp_url else None
    return create_app(
        db, snapshots=snapshots, threads=threads, current_app_version=current, mailer=mailer
    )


def create_app(
    db: HqDatabase,
    limiter: LoginLimiter | None = None,
    schemas: SchemaRange | None = None,
    snapshots: SnapshotStore | None = None,
    *,
    threads: int | None = None,
    current_app_version: str | None = None,
    mailer: Mailer | None = None,
) -> FastAPI:
    """The HQ application on ``db``. ``current_app_version``: the desktop app release that
    laptops are told about (default: this server's version, since HQ is upgraded first).
    ``mailer``: how invitation and reset codes are mailed (None: they are not)."""
    schemas = schemas or SchemaRange()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Request threads as many as database connections: no thread ever waits for the pool.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads or db.threads
        yield
        if snapshots is not None:
            snapshots.close()
        db.dispose()

    app = FastAPI(
        title="SisterCommittee HQ",
        version=__version__,
        description="Sync and reports for sister city committees. See docs/sync-protocol.md.",
        lifespan=lifespan,
    )
    limiter = limiter or LoginLimiter(db)
    app.state.db = db
    app.state.current_app_version = current_app_version or __version__
    app.add_middleware(SchemaNegotiation, accepted=schemas)
    snapshots = snapshots or SnapshotStore.beside(db)
    app.state.snapshots = snapshots
    app.state.mailer = mailer

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = []
        for item in error.errors()[:3]:
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
            problems.append(f"{where}: {item.get('msg', 'invalid')}")
        detail = "The request is not valid: " + "; ".join(problems) + "."
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(HqError)
    async def _refused(request: Request, error: HqError) -> JSONResponse:
        headers = dict(error.headers)
        if error.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse({"detail": error.detail}, status_code=error.status, headers=headers)

    @app.get("/v1/health", response_model=Health, responses=_problems(503), tags=["status"])
    def health() -> Any:
        try:
            with db.read() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            log.warning("health check: database unavailable: %s", type(error).__name__)
            raise HqError(503, "HQ cannot reach its database.") from None
        return {
            "status": "ok",
            "protocol": wire.PROTOCOL_VERSION,
            "version": __version__,
            "current_app_version": app.state.current_app_version,
            "schema": schemas.to_json(),
            "mail": mailer is not None,
        }

    @app.post(
        "/v1/login",
        response_model=LoginResponse,
        responses=_problems(401, 409, 429),
        tags=["sign-in"],
    )
    def login(body: LoginRequest, request: Request) -> Any:
        result = feed.login(
            db,
            limiter,
            email=body.email,
            password=body.password,
            device_id=body.device_id,
            device_name=body.device_name,
            address=request.client.host if request.client else "unknown",
        )
        return login_answer(result)

    @app.post("/v1/logout", status_code=204, responses=_problems(401), tags=["sign-in"])
    def logout(who: Reader) -> Response:
        feed.logout(db, who)
        return Response(status_code=204)

    @app.get(
        "/v1/session", response_model=SessionResponse, responses=_problems(401), tags=["sign-in"]
    )
    def session(who: Reader) -> Any:
        return {**feed.session_info(db, who), "schema": schemas.to_json()}

    @app.post(
        "/v1/push",
        response_model=PushResponse,
        responses=_problems(401, 403, 409),
        tags=["sync"],
    )
    def push(body: PushRequest, who: Writer) -> Any:
        answer = feed.push(db, who, body.batch_id, [c.model_dump() for c in body.changes])
        if answer["accepted"]:
            snapshots.poke(who.organization_id)
        return answer

    @app.get(
        "/v1/changes",
        response_model=PullResponse,
        responses=_problems(401, 404),
        tags=["sync"],
    )
    def changes(
        who: Reader,
        after: Annotated[int, Query(ge=0, le=2**62, description="Feed position already held.")] = 0,
        limit: Annotated[int, Query(ge=1, le=feed.MAX_PULL)] = 1000,
    ) -> Response:
        return Response(feed.pull(db, who, after, limit), media_type="application/json")

    report_body = {
        "requestBody": {
            "required": True,
            "content": {
                media: {"schema": {"type": "string", "format": "binary"}}
                for media in feed.REPORT_MEDIA_TYPES
            },
        }
    }

    @app.put(
        "/v1/reports/{year}/{file_name}",
        response_model=ReportOut,
        status_code=201,
        responses={200: {"model": ReportOut}, **_problems(401, 403, 413, 415)},
        openapi_extra=report_body,
        tags=["reports"],
    )
    async def put_report(
        who: ReportWriter,
        request: Request,
        year: Annotated[int, Path(ge=1900, le=2200)],
        file_name: Annotated[str, Path(min_length=1, max_length=200)],
        kind: Annotated[str, Query(description=" or ".join(feed.REPORT_KINDS))] = "other",
    ) -> Any:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > feed.MAX_REPORT_BYTES:
            raise HqError(413, "The report is larger than 20 MB.")
        content = await request.body()
        media_type = request.headers.get("content-type", "application/octet-stream")
        media_type = media_type.split(";")[0].strip().lower()
        info, created = await run_in_threadpool(
            lambda: feed.put_report(
                db,
                who,
                year=year,
                file_name=file_name,
                kind=kind,
                media_type=media_type,
                content=content,
            )
        )
        return JSONResponse(info, status_code=201 if created else 200)

    @app.get(
        "/v1/reports",
        response_model=list[ReportOut],
        responses=_problems(401),
        tags=["reports"],
    )
    def reports(who: Reader, year: Annotated[int | None, Query(ge=1900, le=2200)] = None) -> Any:
        return feed.list_reports(db, who, year)

    @app.get(
        "/v1/reports/{report_id}",
        response_class=Response,
        responses={
            200: {
                "content": {media: {} for media in feed.REPORT_MEDIA_TYPES},
                "description": "The file, as it was uploaded.",
            },
            **_problems(401, 404),
        },
        tags=["reports"],
    )
    def report(who: Reader, report_id: Annotated[str, Path(max_length=36)]) -> Response:
        info, content = feed.get_report(db, who, report_id)
        return Response(
            content,
            media_type=info["media_type"],
            headers={"Content-Disposition": f'attachment; filename="{info["file_name"]}"'},
        )

    @app.get(
        "/v1/stories", response_model=list[StoryOut], responses=_problems(401), tags=["reports"]
    )
    def stories(who: Reader) -> Any:
        """The organization's stories that reached HQ (sent, with their PDF if uploaded)."""
        from dataclasses import asdict

        from sistercommittee.hq.stories import list_stories

        return [asdict(story) for story in list_stories(db, who.organization_id)]

    file_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    }

    @app.post(
        "/v1/files/missing",
        response_model=FilesMissing,
        responses=_problems(401, 422),
        tags=["files"],
    )
    def files_missing(who: Reader, asked: FilesAsked) -> Any:
        """Of the files named (photos, MOU scans), those HQ does not hold for the organization."""
        from sistercommittee.hq import files

        return {"missing": files.missing(db, who, asked.sha256)}

    @app.put(
        "/v1/files/{sha256}",
        status_code=201,
        responses={200: {"description": "Already held."}, **_problems(401, 403, 409, 413, 422)},
        openapi_extra=file_body,
        tags=["files"],
    )
    async def put_file(
        who: FileWriter,
        request: Request,
        sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
    ) -> Any:
        from sistercommittee.hq import files

        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > files.MAX_FILE_BYTES:
            raise HqError(413, "The file is larger than 50 MB.")
        content = await request.body()
        created = await run_in_threadpool(lambda: files.put_file(db, who, sha256, content))
        return JSONResponse({"sha256": sha256}, status_code=201 if created else 200)

    @app.get(
        "/v1/files/{sha256}",
        response_class=Response,
        responses={
            200: {"content": {"application/octet-stream": {}}, "description": "The file."},
            **_problems(401, 404, 422),
        },
        tags=["files"],
    )
    def get_file(
        who: Reader, sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
    ) -> Response:
        from sistercommittee.hq import files

        return Response(files.get_file(db, who, sha256), media_type="application/octet-stream")

    from sistercommittee.hq.api_healing import add_healing_routes

    add_healing_routes(app, db, snapshots)
    from sistercommittee.hq.api_members import add_member_routes

    add_member_routes(app, db, limiter, mailer)
    from sistercommittee.hq.console.routes_network import add_console

    add_console(app, db)
    return app
