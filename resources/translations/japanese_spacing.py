"""Spacing in the Japanese translation: `japanese_spacing.py [--fix] FILE...` (.ts, .tsv, .md).

The Japanese texts follow the JTF style guide (日本翻訳連盟「日本語標準スタイルガイド」): no
half-width space between Japanese text and half-width characters next to it. So a number sits
against its counter and the words around it ("3人", "全5件中", "第2言語", "提携%n件"), a value
put into a sentence against its particles ("{city}との提携", "{name}さん"), and so do Latin
words ("MITライセンス", "Page UpとPage Downで"). Japanese needs this for the values above all:
a name, a city or a date put into the sentence may be Japanese itself (田中さん, not 田中 さん).

A text the app puts right after a number or value starts without a space (a spin box's
suffix "分": "30分"). What keeps its space: a space after half-width punctuation ("予定: 期限切れ
2件", "1. 本部に"), around separators ("提携3件 · ボランティア12人"), between two Latin words
("Page Up"; but not between two values, "{noun}{id}を削除": the value put in may be Japanese),
between two Japanese words where the text wants one (a reading: "たなか めい"),
after a command-line option ("--code コード"), after a date in digits that a name follows in an
example of what to type ("04-14 春祭り"; a particle after a date joins it: "2026-05-31や"), and
inside a guide's code spans (`sistercommittee --db パス`).

Without --fix it lists the texts that break the rule (exit status 1 when there are any); with
--fix it writes them right. tests/translations/test_japanese_spacing.py runs the check.
"""

from __future__ import annotations

import itertools
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Kana, CJK ideographs (and their extension A, iteration marks), CJK punctuation (、。「」),
# and the full-width forms (（）：？！).
_JAPANESE = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# Half-width characters that join Japanese text without a space: letters and digits, the end
# or start of a placeholder ({count}, %n, %1), brackets, quotes and the end of a tag. Not
# punctuation that a space follows (.,:;!?), nor separators (- / |).
_HALF_BEFORE = r"A-Za-z0-9}\])'\"%>&*+=~_@$^`"
_HALF_AFTER = r"A-Za-z0-9{\[('\"%<&*+=~_@$^`"
_SPACES = "[ \u00a0]"
# A date written in digits keeps the space before the name after it: the anniversaries' example
# "04-14 春祭り" is what to type.
_AFTER_HALF = re.compile(
    f"(?<=[{_HALF_BEFORE}])(?:(?<!\\d\\d-\\d\\d)|(?={_SPACES}[\u3040-\u309f]))"
    f"{_SPACES}(?=[{_JAPANESE}])"
)
_BEFORE_HALF = re.compile(f"(?<=[{_JAPANESE}]){_SPACES}(?=[{_HALF_AFTER}])")
# A text the app puts after a number or a value (a spin box's suffix " 分", " ほか%n件") joins it.
_LEADING = re.compile(f"^{_SPACES}+(?=[{_JAPANESE}])")
# Two values side by side ("{noun} {id}", "%1 %2"): each looks like a half-width word, but the
# value put in is often Japanese itself (a kind of record, a city: "イベント 0190…"), so in a
# Japanese text they join as a value joins its particles ("{noun}{id}を削除しました"). Two
# spaces or more between them are a gap between columns ("{day}  {what}"), kept.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n)")
_ONE_SPACE = re.compile(_SPACES)
_JAPANESE_TEXT = re.compile(f"[{_JAPANESE}]")


def _spots(text: str) -> list[int]:
    """Where the spaces to take out are. A command-line option keeps the space before what
    follows it ("--code コード" is typed so)."""
    found = []
    for pattern in (_AFTER_HALF, _BEFORE_HALF, _LEADING):
        for match in pattern.finditer(text):
            word = text[: match.start()].rsplit(" ", 1)[-1]
            if pattern is _AFTER_HALF and word.startswith("-"):
                continue
            found.extend(range(match.start(), match.end()))
    if _JAPANESE_TEXT.search(text):
        values = list(_PLACEHOLDER.finditer(text))
        for value, following in itertools.pairwise(values):
            if _ONE_SPACE.fullmatch(text, value.end(), following.start()):
                found.extend(range(value.end(), following.start()))
    return sorted(set(found))


def problems(text: str) -> list[str]:
    """The places in ``text`` where a space stands between Japanese and a half-width character,
    each with a few characters around it."""
    return [text[max(spot - 6, 0) : spot + 7] for spot in _spots(text)]


def tidied(text: str) -> str:
    """``text`` with those spaces taken out."""
    spots = set(_spots(text))
    return "".join(char for index, char in enumerate(text) if index not in spots)


def _ts_texts(path: Path, fix: bool) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                text = form.text or ""
                if problems(text):
                    found.append((message.findtext("source") or "", text))
                    if fix:
                        form.text = tidied(text)
    if fix and found:
        tree.write(path, encoding="utf-8", xml_declaration=True)  # as update_translations.py
    return found


def _table_texts(path: Path, fix: bool) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    found = []
    for index, line in enumerate(lines):
        source, tab, translation = line.partition("\t")
        if line.startswith("#") or not tab or not problems(translation):
            continue
        found.append((source, translation))
        lines[index] = f"{source}\t{tidied(translation)}"
    if fix and found:
        path.write_text("\n".join(lines), encoding="utf-8")
    return found


def _markdown_line(line: str) -> str:
    """``line`` of a guide tidied outside its code spans (`sistercommittee --db パス` stays as
    typed; the span joins the Japanese around it like a half-width word)."""
    masked = re.sub(r"`[^`]*`", lambda span: "`" + "x" * (len(span.group(0)) - 2) + "`", line)
    kept = tidied(masked)
    # Walk the masked line and its tidied copy together: what tidied dropped are spaces.
    result, j = [], 0
    for i, char in enumerate(line):
        if j < len(kept) and masked[i] == kept[j]:
            result.append(char)
            j += 1
    return "".join(result)


def _markdown_texts(path: Path, fix: bool) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    found, code = [], False
    for index, line in enumerate(lines):
        if line.startswith("```"):
            code = not code
            continue
        if code:
            continue
        tidy = _markdown_line(line)
        if tidy != line:
            found.append((f"line {index + 1}", line))
            lines[index] = tidy
    if fix and found:
        path.write_text("\n".join(lines), encoding="utf-8")
    return found


def check(path: Path, *, fix: bool = False) -> list[tuple[str, str]]:
    """(source, translation) of the texts of ``path`` that break the rule (fixed when ``fix``):
    a .ts file, a table (.tsv) or a guide in Markdown (.md, outside its code)."""
    if path.suffix == ".ts":
        return _ts_texts(path, fix)
    if path.suffix == ".md":
        return _markdown_texts(path, fix)
    return _table_texts(path, fix)


def main(arguments: list[str]) -> int:
    fix = "--fix" in arguments
    status = 0
    for name in (a for a in arguments if a != "--fix"):
        for source, translation in check(Path(name), fix=fix):
            print(f"{name}: {source!r}: {translation!r}")
            status = 0 if fix else 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
