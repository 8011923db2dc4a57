"""A stored file opens through a read-only copy under its own name: the stored one has no
extension, and a viewer that saves must not change the content its hash vouches for."""

from __future__ import annotations

import stat
from pathlib import Path

from sistercommittee.services import stored_files


def _stored(tmp_path: Path, content: bytes) -> Path:
    source = tmp_path / "signed.pdf"
    source.write_bytes(content)
    files = tmp_path / "files"
    sha256, _ = stored_files.store(files, source, 1 << 20, "scan")
    return stored_files.stored_path(files, sha256)


def test_the_copy_has_the_files_name_and_content_and_cannot_be_written(tmp_path: Path) -> None:
    stored = _stored(tmp_path, b"%PDF-1.4 the signed MOU")
    copy = stored_files.viewing_copy(stored, "MOU Takayama 2019.pdf", tmp_path / "opened")
    assert copy.name == "MOU Takayama 2019.pdf"
    assert copy.suffix == ".pdf"
    assert copy.read_bytes() == stored.read_bytes()
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert stored_files.viewing_copy(stored, "MOU Takayama 2019.pdf", tmp_path / "opened") == copy


def test_a_copy_changed_by_a_viewer_is_made_again_and_the_stored_file_is_untouched(
    tmp_path: Path,
) -> None:
    stored = _stored(tmp_path, b"%PDF-1.4 the signed MOU")
    copy = stored_files.viewing_copy(stored, "mou.pdf", tmp_path / "opened")
    copy.chmod(0o644)
    copy.write_bytes(b"%PDF-1.4 the signed MOU, annotated")
    again = stored_files.viewing_copy(stored, "mou.pdf", tmp_path / "opened")
    assert again.read_bytes() == b"%PDF-1.4 the signed MOU"
    assert stored_files.hash_file(stored) == stored.name


def test_a_name_from_another_laptop_cannot_leave_the_folder(tmp_path: Path) -> None:
    stored = _stored(tmp_path, b"\x89PNG scan")
    opened = tmp_path / "opened"
    for name in ("../../etc/passwd", "..\\..\\boot.ini", "a:b*?.png", "..", ""):
        copy = stored_files.viewing_copy(stored, name, opened)
        assert copy.parent.parent == opened
        assert copy.read_bytes() == b"\x89PNG scan"
