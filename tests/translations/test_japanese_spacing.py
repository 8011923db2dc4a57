"""The Japanese texts keep one spacing convention (resources/translations/japanese_spacing.py):
a number against its counter ("3人", "5件"), a value put into a sentence against its particles
("{city}との提携"), no half-width space between Japanese and half-width text."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.translations.catalog import ROOT, TRANSLATIONS, ts_file


@pytest.fixture(scope="module")
def spacing() -> Iterator[ModuleType]:
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import japanese_spacing

        yield japanese_spacing
    finally:
        sys.path.remove(str(TRANSLATIONS))


@pytest.mark.parametrize(
    "path",
    [ts_file("ja"), TRANSLATIONS / "messages_ja.tsv", ROOT / "docs" / "user-guide.ja.md"],
    ids=["interface-and-messages", "table", "guide"],
)
def test_every_japanese_text_keeps_the_convention(spacing: ModuleType, path: Path) -> None:
    found = spacing.check(path)
    assert [f"{source!r}: {text!r}" for source, text in found] == [], (
        "run resources/translations/japanese_spacing.py --fix on the file"
    )


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("ボランティア %n 人", "ボランティア%n人"),
        ("期限切れ {overdue} 件、今日 {today} 件", "期限切れ{overdue}件、今日{today}件"),
        ("全 {total:,} 件中 {done:,} 件", "全{total:,}件中{done:,}件"),
        ("第 2 言語(&L):", "第2言語(&L):"),
        ("この 1 年間", "この1年間"),
        ("{name} さんは %n 泊分", "{name}さんは%n泊分"),
        ("{city} との提携", "{city}との提携"),
        ("MIT ライセンスの", "MITライセンスの"),
        ("Page Up と Page Down で", "Page UpとPage Downで"),
        ("2026-05-31 や「今日」", "2026-05-31や「今日」"),
        (" 分", "分"),  # a spin box's suffix, after the number
        # Two values side by side: the first is often Japanese ("イベント 0190…を削除").
        ("{noun} {id}を削除しました", "{noun}{id}を削除しました"),
        ("%1 %2件", "%1%2件"),
        # What keeps its space: after half-width punctuation, around separators, between
        # Latin words, within a reading, and a date before the name it marks in an example.
        ("予定: 期限切れ", "予定: 期限切れ"),
        ("1. 本部の管理者に", "1. 本部の管理者に"),
        ("提携3件 · ボランティア12人", "提携3件 · ボランティア12人"),
        ("たなか めい", "たなか めい"),
        ("例: 04-14 春祭り, 1936-11-01 市制施行", "例: 04-14 春祭り, 1936-11-01 市制施行"),
        ("{size:.1f} MB", "{size:.1f} MB"),
        ("{day}  {what}（更新証書）", "{day}  {what}（更新証書）"),  # a gap between columns
        ("{first} {last}", "{first} {last}"),  # no Japanese in it: nothing to join
        ("{typed:%Y-%m-%d %H:%M}は未来", "{typed:%Y-%m-%d %H:%M}は未来"),  # inside a value
        ("--code コード", "--code コード"),  # what a command line is typed as
    ],
)
def test_the_convention(spacing: ModuleType, written: str, kept: str) -> None:
    assert spacing.tidied(written) == kept
    assert bool(spacing.problems(written)) == (written != kept)
    assert spacing.problems(kept) == []


def test_a_count_reads_as_one_word_where_it_is_shown(qapp: Any) -> None:
    """What a Japanese volunteer sees: the compiled translation, a number filled in."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("sistercommittee_ja", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        translate = QCoreApplication.translate
        assert translate("VolunteersPage", "%n volunteer(s)", None, 3) == "ボランティア3人"
        assert translate("EventsPage", "Delete %n event(s)?", None, 5) == (
            "5件のイベントを削除しますか？"
        )
        shown = translate("AgendaPage", "{overdue} overdue, {today} today, {coming} coming")
        assert shown.format(overdue=2, today=1, coming=4) == "期限切れ2件、今日1件、今後4件"
    finally:
        qapp.removeTranslator(translator)
