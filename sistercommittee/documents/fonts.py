"""Fonts by script: which shipped font prints which character, and text as ReportLab markup.

Every character of a text is given to a font that has a glyph for it (checked in the font's cmap
with fontTools), preferring the font made for the character's script and, for the Han characters
shared by Chinese, Japanese and Korean, the font of the language being printed. Digits,
punctuation and combining marks stay in the font of the run around them when it has them.

A character that no shipped font covers is refused with a message that names the text and the
script, instead of printing an empty box.

ReportLab only embeds TrueType outlines and subsets them itself when the PDF is written; the
fonts are registered with it on first use. Devanagari and Thai are shaped with HarfBuzz (through
ReportLab's uharfbuzz support); Arabic is shaped with arabic-reshaper and, like Hebrew, put in
visual order with python-bidi (see ``documents.bidi``).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg
from sistercommittee.resources import resource_path


class UncoveredTextError(SisterCommitteeError):
    """Text in a script none of the shipped fonts can print.

    Attributes:
        text: the whole text that was to be printed.
        script: the name of the script (such as "Georgian").
        characters: the characters that have no glyph.
    """

    def __init__(self, text: str, script: str, characters: str) -> None:
        shown = text if len(text) <= 60 else text[:57] + "…"
        super().__init__(
            msg(
                '"{shown}" contains {script} script ({characters}), which none of the fonts '
                "shipped with SisterCommittee can print. Write it in another script, or ask "
                "for a font for {script} to be added.",
                shown=shown, script=script, characters=characters,
            )
        )
        self.text = text
        self.script = script
        self.characters = characters


@dataclass(frozen=True)
class FontFace:
    """One shipped font family (a regular and maybe a bold file) and what it is for.

    Attributes:
        key: short stable name, used in the registered ReportLab font names.
        label: the family name, for people.
        regular, bold: file names under resources/fonts (bold None: the regular is used).
        subfont_index: the face inside a TrueType collection (.ttc).
        scripts: ISO 15924 codes of the scripts this font is chosen for.
        shaping: whether HarfBuzz must shape the text (reordering, conjuncts, mark placement).
    """

    key: str
    label: str
    regular: str
    bold: str | None
    scripts: frozenset[str]
    subfont_index: int = 0
    shaping: bool = False

    def font_name(self, bold: bool = False) -> str:
        return f"SC-{self.key}-{'bold' if bold and self.bold else 'regular'}"


SERIF = FontFace(
    "serif",
    "Noto Serif",
    "NotoSerif-Regular.ttf",
    "NotoSerif-Bold.ttf",
    frozenset({"Latn", "Grek", "Cyrl"}),
)
ARABIC = FontFace(
    "arabic",
    "Noto Naskh Arabic",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    frozenset({"Arab"}),
)
HEBREW = FontFace(
    "hebrew",
    "Noto Serif Hebrew",
    "NotoSerifHebrew-Regular.ttf",
    "NotoSerifHebrew-Bold.ttf",
    frozenset({"Hebr"}),
)
DEVANAGARI = FontFace(
    "devanagari",
    "Noto Serif Devanagari",
    "NotoSerifDevanagari-Regular.ttf",
    "NotoSerifDevanagari-Bold.ttf",
    frozenset({"Deva"}),
    shaping=True,
)
THAI = FontFace(
    "thai",
    "Noto Serif Thai",
    "NotoSerifThai-Regular.ttf",
    "NotoSerifThai-Bold.ttf",
    frozenset({"Thai"}),
    shaping=True,
)
JAPANESE = FontFace(
    "ja",
    "BIZ UDMincho",
    "BIZUDMincho-Regular.ttf",
    None,
    frozenset({"Hira", "Kana"}),
)
# Ming (serif) faces for Chinese: the mainland forms for simplified text, the Taiwan forms for
# traditional; WenQuanYi Micro Hei (sans) prints the rare characters they lack.
CHINESE = FontFace(
    "zh",
    "AR PL UMing CN",
    "uming-cn.ttf",
    None,
    frozenset({"Hani", "Bopo"}),
)
CHINESE_TRADITIONAL = FontFace(
    "zh-hant",
    "AR PL UMing TW",
    "uming-tw.ttf",
    None,
    frozenset({"Hani", "Bopo"}),
)
CHINESE_FALLBACK = FontFace(
    "zh-sans",
    "WenQuanYi Micro Hei",
    "wqy-microhei.ttc",
    None,
    frozenset(),
    subfont_index=0,
)
KOREAN = FontFace(
    "ko",
    "NanumMyeongjo",
    "NanumMyeongjo.ttf",
    "NanumMyeongjoBold.ttf",
    frozenset({"Hang"}),
)

FACES: tuple[FontFace, ...] = (
    SERIF,
    ARABIC,
    HEBREW,
    DEVANAGARI,
    THAI,
    JAPANESE,
    CHINESE,
    CHINESE_TRADITIONAL,
    KOREAN,
    CHINESE_FALLBACK,
)

_CJK_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Hang", "Bopo"})
# Scripts whose characters belong to no language: they follow the text around them.
_NEUTRAL_SCRIPTS = frozenset({"Zyyy", "Zinh", "Zzzz"})
RTL_SCRIPTS = frozenset({"Arab", "Hebr"})


@lru_cache(maxsize=65536)
def script_of(char: str) -> str:
    """The ISO 15924 code of a character's script ("Latn", "Hani", "Zyyy" for common ones)."""
    from fontTools import unicodedata as ft_unicodedata

    return str(ft_unicodedata.script(char))


def script_name(code: str) -> str:
    from fontTools import unicodedata as ft_unicodedata

    return str(ft_unicodedata.script_name(code, default=code)).replace("_", " ")


@cache
def coverage(face: FontFace) -> frozenset[int]:
    """The code points the face's regular font has a glyph for, from its cmap."""
    from fontTools.ttLib import TTCollection, TTFont

    path = resource_path("fonts", face.regular)
    if path.suffix.lower() == ".ttc":
        collection = TTCollection(str(path), lazy=True)
        font = collection.fonts[face.subfont_index]
    else:
        font = TTFont(str(path), lazy=True)
    try:
        cmap = font.getBestCmap() or {}
        return frozenset(cmap)
    finally:
        font.close()


def _cjk_order(cjk_key: str) -> tuple[FontFace, ...]:
    if cjk_key == "ja":
        return (JAPANESE, CHINESE_TRADITIONAL, CHINESE, KOREAN, CHINESE_FALLBACK)
    if cjk_key == "ko":
        return (KOREAN, CHINESE_TRADITIONAL, CHINESE, JAPANESE, CHINESE_FALLBACK)
    if cjk_key == "zh-hant":
        return (CHINESE_TRADITIONAL, CHINESE, JAPANESE, KOREAN, CHINESE_FALLBACK)
    return (CHINESE, CHINESE_TRADITIONAL, JAPANESE, KOREAN, CHINESE_FALLBACK)


def _candidates(script: str, cjk_key: str) -> tuple[FontFace, ...]:
    if script in _CJK_SCRIPTS:
        return _cjk_order(cjk_key)
    preferred = tuple(face for face in FACES if script in face.scripts)
    return preferred + tuple(face for face in FACES if face not in preferred)


def _covers(face: FontFace, char: str) -> bool:
    return ord(char) in coverage(face)


@dataclass(frozen=True)
class Run:
    """A stretch of text printed in one font."""

    text: str
    face: FontFace


_INVISIBLE = frozenset(
    {
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u2060",
        "\ufeff",
        "\u00ad",
        "\ue000",
        "\ue001",
    }
)
# Bold made by outlining the glyphs, for faces without a bold weight: line width per point size.
SYNTHETIC_BOLD_STROKE = 0.028


def normalize(text: str) -> str:
    """NFC, so that accents print as the precomposed letters the fonts have."""
    return unicodedata.normalize("NFC", text)


_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def _cjk_key(language: str | None) -> str:
    """Which CJK faces come first: "ja", "ko", "zh-hant" (traditional forms) or "zh"."""
    parts = (language or "").lower().replace("_", "-").split("-")
    if parts[0] in ("ja", "ko"):
        return parts[0]
    if parts[0] == "zh" and ("hant" in parts[1:] or _TRADITIONAL_REGIONS & set(parts[1:])):
        return "zh-hant"
    return "zh"


@lru_cache(maxsize=65536)
def _char_font(char: str, cjk_key: str) -> tuple[bool, FontFace | None, str]:
    """(whether the character is neutral, the first font that covers it, its script)."""
    script = script_of(char)
    neutral = script in _NEUTRAL_SCRIPTS
    # Punctuation and digits: the Latin font, then the CJK fonts (fullwidth forms), so that the
    # fonts of other scripts are not read for a character they would rarely be chosen for.
    order = (SERIF, *_cjk_order(cjk_key), *FACES) if neutral else _candidates(script, cjk_key)
    return neutral, next((face for face in order if _covers(face, char)), None), script


def split_runs(text: str, language: str | None = None) -> list[Run]:
    """The text cut into runs, each in a font that covers all of its characters.

    Raises UncoveredTextError naming the text and the script when no shipped font has a glyph.
    """
    text = normalize(text)
    key = _cjk_key(language)
    runs: list[Run] = []
    current: FontFace | None = None
    buffer: list[str] = []
    missing: dict[str, list[str]] = {}
    for char in text:
        if char in "\n\t" or char in _INVISIBLE:
            face: FontFace | None = current or SERIF
        else:
            neutral, face, script = _char_font(char, key)
            if neutral and current is not None and _covers(current, char):
                face = current
            if face is None:
                missing.setdefault(script, []).append(char)
                continue
        if face is not current and buffer:
            runs.append(Run("".join(buffer), current or SERIF))
            buffer = []
        current = face
        buffer.append(char)
    if missing:
        script, chars = next(iter(missing.items()))
        raise UncoveredTextError(text, script_name(script), "".join(dict.fromkeys(chars)))
    if buffer:
        runs.append(Run("".join(buffer), current or SERIF))
    return runs


def check_printable(texts: Iterable[str | None], language: str | None = None) -> None:
    """Raise UncoveredTextError for the first text that has a character no font covers."""
    for text in texts:
        if text:
            split_runs(text, language)


_registered: set[str] = set()
_register_lock = threading.Lock()


def register(face: FontFace, bold: bool = False) -> str:
    """Register the face with ReportLab (once per process) and return the registered name."""
    name = face.font_name(bold)
    if name in _registered:
        return name
    with _register_lock:
        if name in _registered:
            return name
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        file_name = face.bold if bold and face.bold else face.regular
        path = resource_path("fonts", file_name)
        font = TTFont(
            name,
            str(path),
            subfontIndex=face.subfont_index,
            shapable=face.shaping,
        )
        pdfmetrics.registerFont(font)
        _registered.add(name)
    return name


def preload(languages: Iterable[str | None] = (None,)) -> None:
    """Read the fonts that text in these languages will need, so that the first document made
    afterwards does not wait for them (the UI may call this in a worker at start-up)."""
    register(SERIF)
    register(SERIF, bold=True)
    coverage(SERIF)
    for language in languages:
        key = _cjk_key(language)
        base = (language or "").split("-")[0].lower()
        faces = {
            "ar": (ARABIC,),
            "he": (HEBREW,),
            "hi": (DEVANAGARI,),
            "mr": (DEVANAGARI,),
            "ne": (DEVANAGARI,),
            "th": (THAI,),
            "ja": _cjk_order(key)[:2],
            "zh": _cjk_order(key)[:1],
            "yue": _cjk_order("zh-hant")[:1],
            "ko": _cjk_order(key)[:2],
        }.get(base, ())
        for face in faces:
            coverage(face)
            register(face)
            register(face, bold=True)


def needs_shaping(runs: Iterable[Run]) -> bool:
    return any(run.face.shaping for run in runs)


def markup(text: str, language: str | None = None, bold: bool = False) -> str:
    """The text as ReportLab paragraph markup: escaped, each run in its font, newlines as breaks.

    Right-to-left runs must already be in visual order (see ``documents.bidi``) when this is used
    for a paragraph that ReportLab lays out.
    """
    return runs_markup(split_runs(text, language), bold)


def runs_markup(runs: Iterable[Run], bold: bool = False) -> str:
    parts: list[str] = []
    for run in runs:
        name = register(run.face, bold)
        body = escape(run.text).replace("\n", "<br/>")
        parts.append(f'<font face="{name}">{body}</font>')
    return "".join(parts)


def iter_scripts(text: str) -> Iterator[str]:
    """The scripts of the text's letters, in order of first appearance."""
    seen: set[str] = set()
    for char in text:
        script = script_of(char)
        if script not in _NEUTRAL_SCRIPTS and script not in seen:
            seen.add(script)
            yield script


def is_rtl(text: str) -> bool:
    """Whether the text's first strong letter is right to left (Arabic, Hebrew)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
