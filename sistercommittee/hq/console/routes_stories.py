"""The console's Stories page: the stories members sent to HQ, newest first, with each one's text
and its one-page PDF, for the newsletter."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from sistercommittee.hq.console.web import Pages, Refused, page_headers
from sistercommittee.hq.models import Report
from sistercommittee.hq.stories import list_stories


def stories_router(pages: Pages) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    db = pages.db

    @router.get("/console/stories")
    def stories_page(
        request: Request, organization: Annotated[str, Query(max_length=36)] = ""
    ) -> Response:
        who = pages.staff(request)
        found = list_stories(db, organization or None)
        return pages.render(
            request,
            "console/stories.html",
            who,
            stories=found,
            organization=organization,
            organization_name=found[0].organization if organization and found else None,
        )

    @router.get("/console/stories/{report_id}/pdf")
    def story_pdf(request: Request, report_id: Annotated[str, Path(max_length=36)]) -> Response:
        pages.staff(request)
        from sqlalchemy import select

        with db.read() as connection:
            row = connection.execute(
                select(Report.file_name, Report.content).where(
                    Report.id == report_id, Report.kind == "story"
                )
            ).first()
        if row is None:
            raise Refused(404, "There is no such story PDF.")
        headers = {
            **page_headers(),
            "Content-Disposition": f'attachment; filename="{row.file_name}"',
        }
        return Response(bytes(row.content), media_type="application/pdf", headers=headers)

    return router
