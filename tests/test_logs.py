from __future__ import annotations

import logging

from sistercommittee.logs import log_file, setup_logging


def test_log_goes_to_the_current_log_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "first"))
    first = setup_logging()
    logging.getLogger("test").warning("into the first")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "second"))
    second = setup_logging()
    logging.getLogger("test").warning("into the second")
    assert first != second and second == log_file()
    assert "into the second" in second.read_text(encoding="utf-8")
    assert "into the second" not in first.read_text(encoding="utf-8")
    handlers = [h for h in logging.getLogger().handlers if h.__class__.__name__ == "RotatingFileHandler"]
    assert len(handlers) == 1
