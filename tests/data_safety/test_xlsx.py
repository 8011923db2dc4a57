"""The fast workbook reader gives the same cells as openpyxl, on generated workbooks with every
kind of value, with shared or inline strings, and both date systems."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from sistercommittee.importing import ImportFileError, read_table
from sistercommittee.importing.reading import _read_cells, _read_with_openpyxl

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ILLEGAL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\ufffe", "\uffff"}

values = st.one_of(
    st.none(),
    st.text(max_size=20).map(lambda t: "".join(c for c in t if c not in _ILLEGAL)),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.booleans(),
    st.dates(date(1901, 1, 1), date(2100, 12, 31)),
    st.datetimes(datetime(1901, 1, 1), datetime(2100, 12, 31)).map(
        lambda d: d.replace(microsecond=0)),
    st.times().map(lambda t: t.replace(microsecond=0)),
    st.timedeltas(timedelta(0), timedelta(days=900)).map(
        lambda d: timedelta(seconds=int(d.total_seconds()))),
)


def shared_strings(data: bytes) -> bytes:
    """The workbook with its inline strings moved to a shared string table, as Excel, LibreOffice
    and Google Sheets save them (openpyxl writes inline strings)."""
    ElementTree.register_namespace("", MAIN)
    source = zipfile.ZipFile(io.BytesIO(data))
    sheet = ElementTree.fromstring(source.read("xl/worksheets/sheet1.xml"))
    table: list[str] = []
    for cell in sheet.iter(f"{{{MAIN}}}c"):
        if cell.get("t") == "inlineStr":
            inline = cell.find(f"{{{MAIN}}}is")
            text = "".join(inline.itertext()) if inline is not None else ""
            for child in list(cell):
                cell.remove(child)
            cell.set("t", "s")
            ElementTree.SubElement(cell, f"{{{MAIN}}}v").text = str(len(table))
            table.append(text)
    strings = ElementTree.Element(f"{{{MAIN}}}sst")
    for text in table:
        item = ElementTree.SubElement(strings, f"{{{MAIN}}}si")
        t = ElementTree.SubElement(item, f"{{{MAIN}}}t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = ElementTree.tostring(sheet, xml_declaration=True, encoding="UTF-8")
            elif name == "xl/_rels/workbook.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.'
                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
                    b"</Relationships>",
                )
            elif name == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            target.writestr(name, content)
        target.writestr("xl/sharedStrings.xml", ElementTree.tostring(strings, encoding="UTF-8"))
    return out.getvalue()


def _both(path: Path, data: bytes) -> tuple[object, object]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        fast = _read_cells(path, archive, None)
    return fast, _read_with_openpyxl(path, data, None)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(values, min_size=1, max_size=6), min_size=2, max_size=12),
    shared=st.booleans(),
    mac=st.booleans(),
    gaps=st.booleans(),
)
def test_same_cells_as_openpyxl(tmp_path, rows, shared, mac, gaps):
    workbook = openpyxl.Workbook()
    if mac:
        workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.append(["Name", "Email", "When", "Hours", "Active", "Notes"])
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number * (3 if gaps else 1), column=column * (2 if gaps else 1),
                       value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if shared:
        data = shared_strings(data)
    path = tmp_path / "roster.xlsx"
    path.write_bytes(data)
    try:
        fast, slow = _both(path, data)
    except ImportFileError as error:  # e.g. only blank rows: both must refuse alike
        try:
            _read_with_openpyxl(path, data, None)
        except ImportFileError as other:
            assert other.message == error.message
            return
        raise
    assert fast == slow


def test_rich_text_and_phonetic_guides_are_read_as_plain_text(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name"])
    workbook.active.append(["placeholder"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = shared_strings(buffer.getvalue())
    rich = (
        f'<sst xmlns="{MAIN}"><si><t>Name</t></si><si><r><t>山田</t></r><r><rPr><b/></rPr>'
        "<t> 太郎</t></r><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh></si></sst>"
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = rich if name == "xl/sharedStrings.xml" else source.read(name)
            target.writestr(name, content)
    path = tmp_path / "rich.xlsx"
    path.write_bytes(out.getvalue())
    assert read_table(path).rows == (("山田 太郎",),)


def test_iso_dates_fall_back_to_openpyxl(tmp_path):
    workbook = openpyxl.Workbook(iso_dates=True)
    workbook.active.append(["Date"])
    workbook.active.append([datetime(2026, 4, 11, 10, 0)])
    path = tmp_path / "iso.xlsx"
    workbook.save(path)
    assert read_table(path).rows == (("2026-04-11 10:00",),)


def test_chart_sheets_and_missing_parts(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.create_chartsheet("Chart")
    workbook.active.append(["Name"])
    workbook.active.append(["Jane"])
    path = tmp_path / "chart.xlsx"
    workbook.save(path)
    assert read_table(path, sheet="Sheet").rows == (("Jane",),)
    try:
        read_table(path, sheet="Chart")
    except ImportFileError as error:
        assert "holds no cells" in error.message or "is empty" in error.message
    else:
        raise AssertionError("a chart sheet was read as a table")
