"""Helpers for reading documents back: text and fonts of a PDF through poppler's tools."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: install poppler-utils (scripts/run-tests.sh does)")
    return path


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    """The text of a PDF as pdftotext reads it, NFKC-normalized (Arabic presentation forms
    become the letters they show) and without bidi control characters."""
    source = tmp_path / "read.pdf"
    source.write_bytes(pdf)
    args = [_need("pdftotext"), "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    text = subprocess.run([*args, str(source), "-"], capture_output=True, check=True).stdout.decode(
        "utf-8"
    )
    text = unicodedata.normalize("NFKC", text)
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, embedded and subset flags of every font."""
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        [_need("pdffonts"), str(source)], capture_output=True, check=True, text=True
    ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """Every word pdftotext finds, with its box: (page, x_min, y_min, x_max, y_max, text), y
    from the top of the page, in points; the page sizes come first as (page, 0, 0, w, h, "")."""
    import html
    import re

    source = tmp_path / "boxes.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        [_need("pdftotext"), "-bbox", "-enc", "UTF-8", str(source), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    boxes: list[tuple[int, float, float, float, float, str]] = []
    page = 0
    token = re.compile(
        r'<page width="([\d.]+)" height="([\d.]+)">|'
        r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
    )
    for match in token.finditer(out):
        if match.group(1):
            page += 1
            boxes.append((page, 0.0, 0.0, float(match.group(1)), float(match.group(2)), ""))
        else:
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(3, 7))
            boxes.append((page, x0, y0, x1, y1, html.unescape(match.group(7))))
    return boxes
