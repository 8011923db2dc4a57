"""The catalog of messages, read from the sources: every ``msg("template", ...)`` call.

``update_translations.py`` puts these templates in the "Messages" context of each .ts file; the
tests check that every message a user can meet is one of them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Found:
    """One ``msg`` call: its template and where it is."""

    template: str
    path: Path
    line: int


def _is_msg_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "msg") or (
        isinstance(func, ast.Attribute) and func.attr == "msg"
    )


def calls_in(path: Path) -> Iterator[Found]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not (_is_msg_call(node) and isinstance(node, ast.Call)):
            continue
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            yield Found(first.value, path, node.lineno)
        else:
            raise ValueError(
                f"{path}:{node.lineno}: the template of msg() must be one literal string"
            )


def source_files(root: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def found_messages(root: Path = PACKAGE) -> list[Found]:
    found: list[Found] = []
    for path in source_files(root):
        found.extend(calls_in(path))
    return found


def message_templates(root: Path = PACKAGE) -> list[str]:
    """Every template once, in the order of the sources."""
    seen: dict[str, None] = {}
    for item in found_messages(root):
        seen.setdefault(item.template, None)
    return list(seen)
