"""The layers point one way: domain, storage and services never import Qt (or the UI)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sistercommittee"
QT_FREE = ("domain", "storage", "services", "sample", "sync", "hq", "documents", "importing")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_imports_no_qt_and_no_ui(layer):
    folder = PACKAGE / layer
    if not folder.exists():
        pytest.skip(f"{layer} does not exist yet")
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path)
            if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6")
            or name.startswith(("sistercommittee.ui", "sistercommittee.cli"))
        )
        for path in folder.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_domain_and_storage_do_not_import_services():
    for layer in ("domain", "storage"):
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = [n for n in _imports(path) if n.startswith("sistercommittee.services")]
            assert bad == [], path
