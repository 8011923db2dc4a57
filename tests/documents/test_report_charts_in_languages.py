"""The charts of the annual report write their axes' figures as the reader's language does:
Spain's "2,5" and "1.000", Japan's "2.5" and "1,000", and in English ReportLab's own figures, as
the report always printed them. Counts (events, people) go up in whole steps. Read back from
the PDFs with pdftotext."""

from __future__ import annotations

import re

import pytest

from sistercommittee.documents import fonts
from sistercommittee.documents.annual_report import render_annual_report
from sistercommittee.documents.report_charts import bar_chart, grouped_chart
from sistercommittee.documents.shown import Shown
from sistercommittee.messages import english
from sistercommittee.messages.translators import language_translator
from tests.documents import report_data
from tests.documents.conftest import pdf_text


def _axis(text: str) -> list[str]:
    """The lines of a chart's value axis: a figure alone on its line."""
    return [line.strip() for line in text.splitlines() if re.fullmatch(r"\s*[\d.,]+\s*", line)]


@pytest.mark.parametrize(
    ("language", "halves", "not_halves"),
    [("en", ["0.5", "1.5", "2.5"], ["0,5", "2,5"]),
     ("es_ES", ["0,5", "1,5", "2,5"], ["0.5", "2.5"]),
     ("ja_JP", ["0.5", "1.5", "2.5"], ["0,5", "2,5"])],
)
def test_the_annual_reports_chart_axes_in_the_readers_marks(
    db, tmp_path, language, halves, not_halves
):
    report_data.build(db)  # 3 and 0.5 hours in two months; one event in each of three months
    translate = english if language == "en" else language_translator(language)
    text = pdf_text(render_annual_report(db, 2025, "pdf", translate=translate), tmp_path)
    axis = _axis(text)
    for figure in halves:
        assert figure in axis, (language, axis)
    for figure in not_halves:
        assert figure not in axis, (language, axis)
    # Events by month and people by program: whole numbers only, never 0.2 of an event.
    assert not {"0.2", "0,2", "0.4", "0,4", "0.8", "0,8"} & set(axis), axis


def _chart_pdf(shown: Shown, tmp_path) -> tuple[str, str]:
    from reportlab.graphics import renderPDF

    font = lambda texts=(), bold=False: fonts.register(fonts.SERIF, bold)  # noqa: E731
    hours = bar_chart([0, 1200.5, 300], ["a", "b", "c"], "Hours", 240, font, number=shown.figures)
    people = grouped_chart([("x", 2, 3)], "People", 240, ("in", "out"), font, shown.figures)
    return (
        pdf_text(renderPDF.drawToString(hours), tmp_path),
        pdf_text(renderPDF.drawToString(people), tmp_path),
    )


def test_thousands_on_an_axis_take_the_languages_group_mark(tmp_path):
    spain, _ = _chart_pdf(Shown(language_translator("es_ES"), "US"), tmp_path)
    japan, _ = _chart_pdf(Shown(language_translator("ja_JP"), "JP"), tmp_path)
    plain, people = _chart_pdf(Shown(english, "US"), tmp_path)
    assert "1.000" in _axis(spain) and "1,000" in _axis(japan), (_axis(spain), _axis(japan))
    assert "1000" in _axis(plain), _axis(plain)  # ReportLab's figure, as English always had
    assert _axis(people) == ["0", "1", "2", "3"], _axis(people)
