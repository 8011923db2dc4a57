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


def test_the_bundle_is_complete_and_passed_its_smoke_test(smoke_tested_bundle):
    from build_bundle import check_contents

    bundle, outcome = smoke_tested_bundle
    check_contents(bundle)
    lines = outcome["version"].splitlines()
    assert lines[0].endswith("(bundle)") and lines[2].startswith("Qt 6.")
    assert outcome["partner"]  # the sample data's Japanese partner city


def test_the_smoke_test_refuses_unexpected_stderr():
    from build_bundle import unexpected_stderr

    assert unexpected_stderr("This plugin does not support propagateSizeHints()\n") == []
    assert unexpected_stderr("Fatal Python error: none_dealloc\n") == [
        "Fatal Python error: none_dealloc"
    ]


def test_a_missing_piece_fails_the_build(bundle: Path, tmp_path: Path):
    import os
    import shutil

    from build_bundle import BuildError, check_contents

    copy = tmp_path / "sistercommittee"  # the folders copied, each file a link to the original
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.symlink)
    shutil.rmtree(copy / "_internal" / "tzdata")
    with pytest.raises(BuildError, match="the tz database"):
        check_contents(copy)
