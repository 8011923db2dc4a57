"""The layers point one way: domain, storage and services never import Qt (or the UI), and the
desktop app and the command line, side by side above the services, never import each other."""

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


def _imports_of_package(layer: str, other: str) -> dict[str, list[str]]:
    """The modules of ``other`` (a package) that each file of ``layer`` imports."""
    found = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path)
            if name == f"sistercommittee.{other}" or name.startswith(f"sistercommittee.{other}.")
        )
        for path in (PACKAGE / layer).rglob("*.py")
    }
    return {path: names for path, names in found.items() if names}


def test_the_ui_does_not_import_the_command_line():
    """What both need (the translations of a language, the vocabularies' words) lives below
    them, in sistercommittee/messages."""
    assert _imports_of_package("ui", "cli") == {}


def test_the_command_line_imports_the_ui_only_to_open_the_desktop_app():
    """``sistercommittee`` without a command opens the desktop app: the one import of the UI."""
    assert _imports_of_package("cli", "ui") == {"cli/main.py": ["sistercommittee.ui.app"]}
