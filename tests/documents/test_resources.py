from __future__ import annotations

import pytest

from sistercommittee import resources
from sistercommittee.documents import fonts


@pytest.fixture(autouse=True)
def _fresh_cache():
    resources.resources_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()


def test_resources_found_beside_the_package():
    assert (resources.resources_dir() / "fonts" / "NotoSerif-Regular.ttf").is_file()
    assert resources.resource_path("certificates", "ja.json").is_file()


def test_override_and_missing(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    monkeypatch.setenv(resources.ENVIRONMENT_VARIABLE, str(tmp_path))
    assert resources.resources_dir() == tmp_path
    with pytest.raises(resources.MissingResourceError) as caught:
        resources.resource_path("fonts", "nothing.ttf")
    assert "Reinstall" in caught.value.message


def test_every_shipped_font_has_a_license_and_covers_its_scripts():
    folder = resources.resources_dir() / "fonts"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    samples = {
        "Latn": "Ả",
        "Grek": "Ω",
        "Cyrl": "Ж",
        "Arab": "ع",
        "Hebr": "ש",
        "Deva": "क",
        "Thai": "ก",
        "Hira": "あ",
        "Kana": "ア",
        "Hani": "中",
        "Bopo": "ㄅ",
        "Hang": "한",
    }
    for face in fonts.FACES:
        for name in filter(None, (face.regular, face.bold)):
            assert (folder / name).is_file(), name
            assert name.split("-")[0].split(".")[0] in readme, name
            assert (folder / name).stat().st_size < 7_000_000, name
        for script in face.scripts:
            assert ord(samples[script]) in fonts.coverage(face), (face.key, script)
    assert sorted(p.name for p in (folder / "licenses").iterdir()) == [
        "Apache-2.0.txt",
        "ArphicPL.txt",
        "OFL-BIZUDMincho.txt",
        "OFL-Nanum.txt",
        "OFL-Noto.txt",
    ]


def test_preload_registers_the_fonts_of_a_language():
    fonts.preload(["ja", "ar"])
    from reportlab.pdfbase import pdfmetrics

    registered = pdfmetrics.getRegisteredFontNames()
    assert fonts.JAPANESE.font_name() in registered and fonts.ARABIC.font_name(True) in registered
