"""Every ``tr()`` is asked of ``self``: lupdate files ``picker.tr("…")`` under the variable's
name ("picker"), while the text is looked up at run time under the object's class, so its
translation is never found and the volunteer reads English (the hours dialog's pickers did).
Outside a class, ``QCoreApplication.translate("Context", "…")`` names the context."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "sistercommittee"


def tr_not_on_self(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
        ):
            found.append((node.lineno, ast.unparse(node.func.value)))
    return found


def test_tr_is_only_asked_of_self() -> None:
    found = {
        str(path.relative_to(PACKAGE.parent)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if (hits := tr_not_on_self(path.read_text(encoding="utf-8")))
    }
    assert not found, found


def test_the_check_catches_what_it_is_for() -> None:
    source = 'picker.line.setPlaceholderText(picker.tr("Type part of a name"))\nself.tr("Ok")\n'
    assert tr_not_on_self(source) == [(1, "picker")]
