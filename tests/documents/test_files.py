"""Saved files: whole or not at all, with the permissions any saved document gets."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sistercommittee.documents.files import ExportFileError, current_umask, write_bytes


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    saved = write_bytes(tmp_path / "certificate.pdf", b"%PDF-1.4")
    assert saved.read_bytes() == b"%PDF-1.4"
    assert _mode(saved) == 0o666 & ~current_umask()
    assert _mode(saved) != 0o600 or current_umask() == 0o066


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_umask_is_read_not_changed(tmp_path: Path, umask_027: None) -> None:
    assert current_umask() == 0o027
    assert current_umask() == 0o027
    assert _mode(write_bytes(tmp_path / "report.pdf", b"x")) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"old")
    path.chmod(0o604)
    write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert _mode(path) == 0o604


def test_a_missing_folder_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportFileError, match="does not exist; choose another place"):
        write_bytes(tmp_path / "nowhere" / "x.pdf", b"x")
    assert not any(tmp_path.iterdir())
