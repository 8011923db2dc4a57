from __future__ import annotations

import pytest

from sistercommittee.documents import fonts
from sistercommittee.documents.text import ScriptText, _atoms, visual_order


def test_thai_breaks_between_words_only():
    text = "ขอให้สายสัมพันธ์นี้กระชับความเข้าใจระหว่างประชาชนของเรา"
    atoms = _atoms(text)
    assert "".join(atoms) == text
    assert "ประชาชน" in atoms and len(atoms) > 5
    flowable = ScriptText(text * 3, language="th", size=12)
    flowable.wrap(120, 1000)
    assert flowable.line_count > 3


def test_japanese_breaks_anywhere_but_not_before_closing_marks():
    atoms = _atoms("両市は、友好を深める。")
    assert "、" not in atoms and "。" not in atoms
    assert "は、" in atoms


def test_arabic_is_joined_and_reversed_for_drawing():
    shown = visual_order("مدينة الأقصر")
    assert shown != "مدينة الأقصر"
    assert all("\ufe70" <= char <= "\ufeff" or char == " " for char in shown)


def test_runs_pick_a_font_per_script():
    runs = fonts.split_runs("Springfield 高山市 Київ القاهرة", "ja")
    faces = [run.face.key for run in runs]
    assert faces[0] == "serif" and "ja" in faces and "arabic" in faces
    assert fonts.split_runs("台北", "zh-Hant")[0].face.key == "zh-hant"
    assert fonts.split_runs("台北", "zh-TW")[0].face.key == "zh-hant"
    assert fonts.split_runs("杭州", "zh-CN")[0].face.key == "zh"
    assert fonts.split_runs("서울", "ko")[0].face.key == "ko"


def test_markup_escapes_user_text():
    assert "&lt;b&gt;Smith &amp; Sons&lt;/b&gt;" in fonts.markup("<b>Smith & Sons</b>")


@pytest.mark.parametrize(("text", "script"), [("ქუთაისი", "Georgian"), ("Երևան", "Armenian")])
def test_uncovered_scripts_are_named(text, script):
    with pytest.raises(fonts.UncoveredTextError) as caught:
        fonts.check_printable(["fine", text])
    assert script in caught.value.message and text in caught.value.message


def test_long_text_splits_between_lines():
    flowable = ScriptText("word " * 400, size=10, leading=14)
    flowable.wrap(200, 10_000)
    first, rest = flowable.split(200, 140)
    assert first.wrap(200, 140)[1] == pytest.approx(140)
    assert first.line_count + rest.line_count == flowable.line_count
    assert flowable.split(200, 5) == []


def test_kept_stretches_are_never_broken_inside():
    from sistercommittee.documents.marks import keep_whole

    atoms = _atoms("Signed on " + keep_whole("May 8, 1999") + " at the hall")
    assert "May 8, 1999 " in atoms
    thai = _atoms("ลงนาม " + keep_whole("หวังสร้างบุญ") + "และคณะ")
    assert "หวังสร้างบุญ" in thai and "และคณะ" not in thai[thai.index("หวังสร้างบุญ")]
    japanese = _atoms("署名者" + keep_whole("森田 健二") + "、高山市長")
    assert any(atom.startswith("森田 健二") for atom in japanese)


def test_narrow_lines_move_whole_words_and_cut_only_what_is_wider_than_the_line():
    flowable = ScriptText("Signed at the Springfield Municipal Center", size=10)
    flowable.wrap(90, 1000)
    assert flowable.fits_unbroken(90)
    words = [w for line in flowable._lines for piece in line for w in piece.run.text.split()]
    assert words == ["Signed", "at", "the", "Springfield", "Municipal", "Center"]
    long_word = ScriptText("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", size=10)
    assert not long_word.fits_unbroken(90) and long_word.fits_unbroken(400)


def test_a_cjk_paragraph_never_ends_with_one_character_alone():
    flowable = ScriptText(
        "2024年5月3日、スプリングフィールド市役所にて署名", language="ja", size=10
    )
    for width in range(60, 260, 7):
        flowable.wrap(width, 1000)
        last = flowable._lines[-1]
        assert sum(len(piece.run.text) for piece in last) > 1 or flowable.line_count == 1, width
