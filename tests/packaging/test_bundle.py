"""The frozen app (PyInstaller, one folder): built from the one spec for every platform, holding
what the app finds at run time, smoke-tested after the build (the fixture fails otherwise)."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING


def test_the_spec_names_no_path_of_one_platform():
    """Every path in the spec is put together with os.path: no string holds a separator."""
    source = (PACKAGING / "sistercommittee.spec").read_text("utf-8")
    strings = [
        token.string
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.STRING
    ]
    assert strings, "the spec has no strings at all"
    with_separators = [text for text in strings if "/" in text or "\\\\" in text]
    assert with_separators == []


def test_the_bundle_is_complete_and_passes_its_smoke_test(bundle: Path):
    from build_bundle import check_contents, smoke_test

    check_contents(bundle)  # the fixture's build checked it too; this names what is there
    outcome = smoke_test(bundle)
    assert outcome["version"].splitlines()[0].endswith("(bundle)")
    assert outcome["partner"]


def test_the_smoke_test_refuses_unexpected_stderr():
    from build_bundle import unexpected_stderr

    assert unexpected_stderr("This plugin does not support propagateSizeHints()\n") == []
    assert unexpected_stderr("Fatal Python error: none_dealloc\n") == [
        "Fatal Python error: none_dealloc"
    ]


def test_a_missing_piece_fails_the_build(bundle: Path, tmp_path: Path):
    import shutil

    from build_bundle import BuildError, check_contents

    copy = tmp_path / "sistercommittee"
    shutil.copytree(bundle, copy, symlinks=True)
    shutil.rmtree(copy / "_internal" / "tzdata")
    with pytest.raises(BuildError, match="the tz database"):
        check_contents(copy)
