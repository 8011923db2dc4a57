"""A paragraph flowable for text in any script: line breaking, fonts by script, shaping, bidi.

ReportLab's own Paragraph needs the ``rlbidi`` package for right-to-left text, which cannot be
installed everywhere, and breaks lines only at spaces. ``ScriptText`` breaks the text itself:

- at spaces; between Chinese and Japanese characters (not before closing punctuation or small
  kana, not after opening punctuation); between Thai words, which are written without spaces
  and found with BudouX; a word wider than the line is cut between grapheme clusters;
- each line is put in visual order by the Unicode bidi algorithm (python-bidi) when it holds
  right-to-left letters, after Arabic is shaped into its joined forms (arabic-reshaper);
- Devanagari and Thai runs are shaped with HarfBuzz through ReportLab, and carry their logical
  text as /ActualText so that copying from the PDF gives the letters back, not glyph codes.

User text never becomes markup here: it is drawn as strings, so ``<b>`` prints as it is.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from sistercommittee.documents import fonts
from sistercommittee.documents.fonts import Run
from sistercommittee.documents.marks import KEEP_CLOSE, KEEP_OPEN

Align = Literal["left", "center", "right"]

# Closing marks may not start a line, opening marks may not end one (Japanese kinsoku, simplified).
_NO_LINE_START = frozenset(
    "、。，．・：；？！ー）」』】〕〉》〗〙〛｝］’”),.:;?!%‐–—ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"
)
_NO_LINE_END = frozenset("（「『【〔〈《〖〘〚｛［‘“(")
_BREAK_ANYWHERE = frozenset({"Hani", "Hira", "Kana", "Bopo"})
# Thai vowels written before their consonant, and those that follow it on the line.
_THAI_LEADING = frozenset("เแโใไ")
_THAI_TRAILING = frozenset("ะาำๅๆ")


def _shape_arabic(text: str) -> str:
    if not any("\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" for char in text):
        return text
    import arabic_reshaper

    return str(arabic_reshaper.reshape(text))


def visual_order(text: str, base: Literal["L", "R"] | None = None) -> str:
    """One line in visual (left-to-right drawing) order, Arabic joined. LTR-only text is kept."""
    if not any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return text
    # The pure-Python algorithm mirrors brackets; the faster bidi.get_display does not.
    from bidi.algorithm import get_display

    direction = base or ("R" if fonts.is_rtl(text) else "L")
    return str(get_display(_shape_arabic(text), base_dir=direction))


def _clusters(word: str) -> list[str]:
    """Grapheme-like clusters: a base letter with its marks (and Thai vowels kept with it)."""
    clusters: list[str] = []
    pending_lead = ""
    for char in word:
        category = unicodedata.category(char)
        if char in _THAI_LEADING:
            pending_lead += char
            continue
        attach = clusters and (
            category in ("Mn", "Mc", "Me") or char in _THAI_TRAILING or char == "\u200d"
        )
        if attach and not pending_lead:
            clusters[-1] += char
        else:
            clusters.append(pending_lead + char)
            pending_lead = ""
    if pending_lead:
        clusters.append(pending_lead)
    return clusters


_THAI_RUN = re.compile("[\u0e00-\u0e7f]+")


@cache
def _thai_parser() -> Any:
    import budoux

    return budoux.load_default_thai_parser()


def _mark_thai_words(paragraph: str) -> str:
    """Thai is written without spaces between words: put a zero width space between the words
    BudouX finds, so that lines break between words, not inside them."""
    if not _THAI_RUN.search(paragraph):
        return paragraph
    parser = _thai_parser()
    return _THAI_RUN.sub(lambda match: "\u200b".join(parser.parse(match.group(0))), paragraph)


_WORD_JOINER = "\u2060"


def _segments(paragraph: str) -> list[tuple[str, bool]]:
    """The paragraph cut into (text, kept) stretches at the keep marks."""
    segments: list[tuple[str, bool]] = []
    for index, part in enumerate(re.split(f"[{KEEP_OPEN}{KEEP_CLOSE}]", paragraph)):
        if part:
            segments.append((part, index % 2 == 1))
    return segments


def _may_break_between(before: str, after: str) -> bool:
    """Whether a line may break between two characters that are not separated by a space."""
    if before == _WORD_JOINER or after == _WORD_JOINER:
        return False
    if fonts.script_of(after) not in _BREAK_ANYWHERE and fonts.script_of(before) not in (
        _BREAK_ANYWHERE
    ):
        return False
    return (
        after not in _NO_LINE_START
        and before not in _NO_LINE_END
        and unicodedata.category(after) not in ("Mn", "Mc", "Me")
    )


def _atoms(paragraph: str) -> list[str]:
    """The paragraph cut where a line may break; each atom keeps its trailing spaces.

    A stretch between keep marks is one atom (with the text it touches), whatever its script.
    """
    atoms: list[str] = []
    current = ""
    after_kept = False
    for segment, kept in _segments(paragraph):
        if after_kept and current and _THAI_RUN.match(segment):
            atoms.append(current)  # Thai after a kept name: a word boundary
            current = ""
        after_kept = kept
        if kept:
            if current and (current.endswith(" ") or _may_break_between(current[-1], segment[0])):
                atoms.append(current)
                current = ""
            current += segment
            continue
        for char in _mark_thai_words(segment):
            if char == " ":
                current += char
                continue
            if char == "\u200b":  # zero width space: a break opportunity (Thai wording uses it)
                if current:
                    atoms.append(current)
                current = ""
                continue
            if current.endswith(" ") or (current and _may_break_between(current[-1], char)):
                atoms.append(current)
                current = ""
            current += char
    if current:
        atoms.append(current)
    return [atom.replace(_WORD_JOINER, "") for atom in atoms]


@dataclass(frozen=True)
class _Piece:
    run: Run
    font_name: str
    width: float
    shaped: Any  # the string to draw: a ReportLab ShapedStr for shaped runs


class ScriptText(Flowable):
    """Text in any script, wrapped to the width given, aligned, in one size.

    Args:
        text: plain text (never markup); newlines start new paragraphs.
        language: BCP 47 tag, to choose the font for Han characters.
        size, leading: in points (leading defaults to 1.35 × size).
        align: "left", "center" or "right"; right-to-left text aligned "left" goes right.
        bold: the bold face where the script's font has one.
        color: a ReportLab colour.
        tracking: extra space between letters, in points (titles in capitals).
        space_before, space_after: vertical space around the text, in points.
    """

    def __init__(
        self,
        text: str,
        *,
        language: str | None = None,
        size: float = 11,
        leading: float | None = None,
        align: Align = "left",
        bold: bool = False,
        color: Color = black,
        tracking: float = 0,
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.text = fonts.normalize(text)
        self.language = language
        self.size = size
        self.leading = leading if leading is not None else size * 1.35
        self.align = align
        self.bold = bold
        self.color = color
        self.tracking = tracking
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.rtl = fonts.is_rtl(self.text)
        # Raise for uncovered text now, not halfway through building the PDF.
        fonts.split_runs(self.text, language)
        self._lines: list[list[_Piece]] = []
        self._line_widths: list[float] = []
        self._wrapped_for: float | None = None
        self._widest: float | None = None
        self.width = 0.0
        self.height = 0.0

    # --- measuring --------------------------------------------------------------------------

    def _pieces(self, text: str) -> list[_Piece]:
        pieces: list[_Piece] = []
        for run in fonts.split_runs(text, self.language):
            name = fonts.register(run.face, self.bold)
            if run.face.shaping:
                from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

                shaped = shapeStr(run.text, name, self.size)
                if isinstance(shaped, ShapedStr):
                    data = shaped.__shapeData__
                    width = sum(item.x_advance for item in data) * self.size / 1000
                else:
                    width = stringWidth(run.text, name, self.size)
                pieces.append(_Piece(run, name, width, shaped))
            else:
                width = stringWidth(run.text, name, self.size)
                width += self.tracking * len(run.text)
                pieces.append(_Piece(run, name, width, run.text))
        return pieces

    def _measure(self, text: str) -> float:
        return sum(piece.width for piece in self._pieces(_shape_arabic(text)))

    def _break_paragraph(self, paragraph: str, width: float) -> list[str]:
        lines: list[str] = []
        line = ""
        for atom in _atoms(paragraph):
            if line and self._measure((line + atom).rstrip()) <= width:
                line += atom
                continue
            if line:
                lines.append(line.rstrip())
                line = ""
            if self._measure(atom.rstrip()) <= width:
                line = atom
                continue
            # Wider than the line (the layouts choose sizes so that this does not happen): a kept
            # stretch breaks at its spaces first, and a single word between clusters.
            for word in re.findall(r"\S+\s*", atom):
                pieces = [word] if self._measure(word.rstrip()) <= width else _clusters(word)
                for piece in pieces:
                    if line and self._measure((line + piece).rstrip()) > width:
                        lines.append(line.rstrip())
                        line = ""
                    line += piece
        if line.strip() or not lines:
            lines.append(line.rstrip())
        return _no_lone_last_character(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth:
            logical: list[str] = []
            for paragraph in self.text.split("\n"):
                logical.extend(self._break_paragraph(paragraph.strip(), availWidth))
            base: Literal["L", "R"] = "R" if self.rtl else "L"
            self._lines = [self._pieces(visual_order(line, base)) for line in logical]
            self._line_widths = [sum(piece.width for piece in line) for line in self._lines]
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Cut between lines so that a long text runs on over frames and pages."""
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        return [self._part(0, fits), self._part(fits, len(self._lines))]

    def _part(self, start: int, end: int) -> ScriptText:
        part = copy.copy(self)
        part._lines = self._lines[start:end]
        part._line_widths = self._line_widths[start:end]
        part.height = part.leading * len(part._lines)
        if start:
            part.spaceBefore = 0
        return part

    def widest_atom(self) -> float:
        """The width of the widest piece that cannot be broken (a word, a CJK character)."""
        if self._widest is None:
            self._widest = max(
                (
                    self._measure(atom.rstrip())
                    for paragraph in self.text.split("\n")
                    for atom in _atoms(paragraph.strip())
                ),
                default=0.0,
            )
        return self._widest

    def fits_unbroken(self, width: float) -> bool:
        """Whether every word (and kept stretch) fits the width, so that none is cut."""
        return self.widest_atom() <= width

    @property
    def line_count(self) -> int:
        return len(self._lines)

    @property
    def natural_width(self) -> float:
        """The width of the longest line once wrapped."""
        return max(self._line_widths, default=0.0)

    # --- drawing ----------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.color)
        canvas.setStrokeColor(self.color)
        ascent, _descent = getAscentDescent(fonts.register(fonts.SERIF, self.bold), self.size)
        top_gap = (self.leading - self.size) / 2
        y = self.height - top_gap - ascent
        align = self.align
        if self.rtl and align == "left":
            align = "right"
        for pieces, line_width in zip(self._lines, self._line_widths, strict=True):
            if align == "center":
                x = (self.width - line_width) / 2
            elif align == "right":
                x = self.width - line_width
            else:
                x = 0.0
            for piece in pieces:
                _draw_piece(canvas, piece, x, y, self.size, self.tracking, self.bold)
                x += piece.width
            y -= self.leading
        canvas.restoreState()


def _arabic_letters(visual: str) -> str:
    """The letters behind Arabic presentation forms, still in visual order: what a PDF reader
    puts back in logical order, as it does for the glyphs themselves. A ligature (lam-alef)
    stands for two letters, given right to left like the rest."""
    letters = []
    for char in visual:
        plain = unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufeff" else char
        letters.append(plain[::-1])
    return "".join(letters)


def _no_lone_last_character(lines: list[str]) -> list[str]:
    """A CJK paragraph does not end with one character alone on its line ("…にて署 / 名"): the
    character before it comes down too."""
    if len(lines) < 2 or len(lines[-1]) != 1 or len(lines[-2]) < 3:
        return lines
    last, before = lines[-1], lines[-2]
    if fonts.script_of(last) not in _BREAK_ANYWHERE or not _may_break_between(
        before[-2], before[-1]
    ):
        return lines
    return [*lines[:-2], before[:-1], before[-1] + last]


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _draw_piece(
    canvas: Any,
    piece: _Piece,
    x: float,
    y: float,
    size: float,
    tracking: float,
    bold: bool,
) -> None:
    text_object = canvas.beginText(x, y)
    text_object.setFont(piece.font_name, size)
    face = piece.run.face
    if tracking and not face.shaping:
        text_object.setCharSpace(tracking)
    if bold:
        # A face without a bold weight (the Chinese and Japanese serif faces): bold by outlining
        # each glyph in its own colour as well as filling it. The mode lasts past the text
        # object, so every bold piece sets it.
        synthetic = face.bold is None
        text_object.setTextRenderMode(2 if synthetic else 0)
        if synthetic:
            canvas.setLineWidth(size * fonts.SYNTHETIC_BOLD_STROKE)
    text_object.textOut(piece.shaped)
    actual = None
    if face.shaping:
        # Shaped glyphs (conjuncts, reordered vowels) have no code point of their own: give the
        # reader of the PDF the logical text instead.
        actual = piece.run.text
    elif face is fonts.ARABIC:
        # Arabic is drawn as joined presentation forms (U+FExx): give the reader the letters, so
        # that a search for a name finds it and copying gives text anyone can use.
        actual = _arabic_letters(piece.run.text)
    if actual is not None:
        canvas._code.append(f"/Span <</ActualText {_actual_text(actual)}>> BDC")
        canvas.drawText(text_object)
        canvas._code.append("EMC")
    else:
        canvas.drawText(text_object)


def fit_size(
    make: Any, width: float, height: float, sizes: Sequence[float]
) -> tuple[float, list[Flowable]]:
    """The largest size from ``sizes`` (descending) at which ``make(size)`` fits the box.

    ``make`` returns a list of flowables; the last size is returned even if it does not fit.
    """
    flowables: list[Flowable] = []
    for size in sizes:
        flowables = make(size)
        total = 0.0
        for flowable in flowables:
            _w, h = flowable.wrap(width, height)
            total += h + getattr(flowable, "spaceBefore", 0) + getattr(flowable, "spaceAfter", 0)
        if total <= height:
            return size, flowables
    return sizes[-1], flowables
