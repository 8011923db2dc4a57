"""The console's routes for the network's impact, the directory (and its public version), the
audit log and the stylesheet; and ``add_console``, which puts the console on HQ's app."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sistercommittee.hq.console import audit, charts, directory
from sistercommittee.hq.console.directory import KIND_LABELS
from sistercommittee.hq.console.impact import ImpactCalculator, impact_csv
from sistercommittee.hq.console.records import MemberRecordsCache
from sistercommittee.hq.console.routes_members import members_router
from sistercommittee.hq.console.staff import StaffLimiter
from sistercommittee.hq.console.web import (
    STATIC,
    Pages,
    Refused,
    page_headers,
    to_sign_in,
)
from sistercommittee.hq.database import HqDatabase

AUDIT_PAGE = 100
DIRECTORY_PAGE = 100
Search = Annotated[str, Query(max_length=200)]
Page = Annotated[int, Query(ge=1, le=100_000)]


def network_router(
    pages: Pages, records: MemberRecordsCache, calculator: ImpactCalculator
) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    db = pages.db

    @router.get("/console/impact")
    def impact_page(
        request: Request, year: Annotated[int | None, Query(ge=1900, le=2200)] = None
    ) -> Response:
        who = pages.staff(request)
        impact = calculator.impact()
        chosen = impact.year(year) if year else (impact.years[0] if impact.years else None)
        trend = sorted(impact.years, key=lambda totals: totals.year)[-10:]
        figures = {}
        if chosen is not None:
            figures = {
                "people": charts.bar_chart(
                    f"People in exchanges, {chosen.year}",
                    [
                        ("Youth received", chosen.youth_inbound),
                        ("Adults received", chosen.inbound - chosen.youth_inbound),
                        ("Youth sent", chosen.youth_outbound),
                        ("Adults sent", chosen.outbound - chosen.youth_outbound),
                    ],
                    chart_id="chart-people",
                ),
                "kinds": charts.bar_chart(
                    f"Partnerships by kind, {chosen.year}",
                    [
                        (KIND_LABELS.get(kind, kind), count)
                        for kind, count in sorted(
                            chosen.partnerships_by_kind.items(), key=lambda item: -item[1]
                        )
                    ],
                    chart_id="chart-kinds",
                ),
            }
        countries = impact.countries()
        figures["volunteers"] = charts.bar_chart(
            "Volunteers per year",
            [(str(totals.year), totals.volunteers) for totals in trend],
            chart_id="chart-volunteers",
        )
        figures["events"] = charts.bar_chart(
            "Events per year",
            [(str(totals.year), totals.events) for totals in trend],
            chart_id="chart-events",
        )
        figures["countries"] = charts.bar_chart(
            "Partnerships by partner country, today",
            [
                (pages.env.filters["country"](country), total)
                for country, _, total in countries[:12]
            ],
            chart_id="chart-countries",
        )
        return pages.render(
            request,
            "console/impact.html",
            who,
            impact=impact,
            chosen=chosen,
            countries=countries,
            kind_labels=KIND_LABELS,
            charts=figures,
        )

    @router.get("/console/impact.csv")
    def impact_export(request: Request) -> Response:
        pages.staff(request)
        headers = page_headers()
        headers["Content-Disposition"] = 'attachment; filename="network-impact.csv"'
        return Response(
            impact_csv(calculator.impact()), media_type="text/csv; charset=utf-8", headers=headers
        )

    def _listing(city: str, country: str, kind: str, page: int) -> dict[str, Any]:
        found = directory.entries(db, records, city=city, country=country, kind=kind)
        pages_count = max(1, -(-len(found) // DIRECTORY_PAGE))
        page = min(page, pages_count)
        return {
            "entries": found[(page - 1) * DIRECTORY_PAGE : page * DIRECTORY_PAGE],
            "total": len(found),
            "page": page,
            "pages_count": pages_count,
            "query": urlencode({"city": city, "country": country, "kind": kind}),
            "city": city,
            "country": country,
            "kind": kind,
            "kinds": KIND_LABELS,
        }

    @router.get("/console/directory")
    def directory_page(
        request: Request,
        city: Search = "",
        country: Search = "",
        kind: Search = "",
        page: Page = 1,
    ) -> Response:
        who = pages.staff(request)
        return pages.render(
            request,
            "console/directory.html",
            who,
            public=directory.is_public(db),
            **_listing(city, country, kind, page),
        )

    @router.post("/console/directory/public")
    async def directory_public(request: Request) -> Response:
        who = pages.staff(request)
        form = await pages.form(request, who)
        directory.set_public(db, who.email, form.get("public") == "on")
        return RedirectResponse("/console/directory", status_code=303, headers=page_headers())

    @router.get("/directory/")
    def public_directory(
        request: Request,
        city: Search = "",
        country: Search = "",
        kind: Search = "",
        page: Page = 1,
    ) -> Response:
        if not directory.is_public(db):
            raise Refused(404, "HQ has not published its directory.")
        return pages.render(
            request, "public/directory.html", None, **_listing(city, country, kind, page)
        )

    @router.get("/directory")
    def public_directory_slash() -> Response:
        return RedirectResponse("/directory/", status_code=308)

    @router.get("/console/audit")
    def audit_page(
        request: Request,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
        organization: Annotated[str, Query(max_length=36)] = "",
    ) -> Response:
        who = pages.staff(request)
        rows, total = audit.entries(
            db,
            organization_id=organization or None,
            limit=AUDIT_PAGE,
            offset=(page - 1) * AUDIT_PAGE,
        )
        return pages.render(
            request,
            "console/audit.html",
            who,
            rows=rows,
            total=total,
            page=page,
            pages_count=max(1, -(-total // AUDIT_PAGE)),
            organization=organization,
            organization_name=rows[0].organization_name if organization and rows else None,
        )

    stylesheet = (STATIC / "console.css").read_bytes()

    @router.get("/console/static/console.css")
    def css() -> Response:
        return Response(
            stylesheet,
            media_type="text/css",
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    return router


def add_console(app: FastAPI, db: HqDatabase) -> None:
    """Put the staff console (/console/) and the public directory (/directory/) on HQ's app."""
    pages = Pages(db)
    records = MemberRecordsCache(db)
    calculator = ImpactCalculator(db, records)
    app.state.console_records = records
    app.include_router(members_router(pages, records, StaffLimiter(db)))
    app.include_router(network_router(pages, records, calculator))
    from sistercommittee.hq.console.routes_stories import stories_router

    app.include_router(stories_router(pages))

    @app.exception_handler(Refused)
    async def _refused(request: Request, error: Refused) -> Response:
        if error.status == 401 and request.method in ("GET", "HEAD"):
            return to_sign_in(request)
        page = pages.env.get_template("console/refused.html").render(
            who=None, csrf="", path=request.url.path, message=error.message, status=error.status
        )
        return HTMLResponse(page, status_code=error.status, headers=page_headers())
