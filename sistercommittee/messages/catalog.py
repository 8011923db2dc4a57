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


# Data files shipped with the app whose sentences the user reads (through messages.shipped):
# (path under resources/, the CSV column that holds them).
SHIPPED_TEXTS = (("planner/visa_lead_times.csv", "note"),)


def shipped_templates() -> list[str]:
    """The sentences of the shipped data files (SHIPPED_TEXTS), each once."""
    import csv

    seen: dict[str, None] = {}
    for name, column in SHIPPED_TEXTS:
        path = PACKAGE.parent / "resources" / name
        with path.open(encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        for row in csv.DictReader(lines):
            text = (row.get(column) or "").strip()
            if text:
                seen.setdefault(text.replace("{", "{{").replace("}", "}}"), None)
    return list(seen)


def message_templates(root: Path = PACKAGE) -> list[str]:
    """Every template once, in the order of the sources, then the shipped data files' texts."""
    seen: dict[str, None] = {}
    for item in found_messages(root):
        seen.setdefault(item.template, None)
    if root == PACKAGE:
        for text in shipped_templates():
            seen.setdefault(text, None)
    return list(seen)


NOUN_PARAMETERS = ("what", "parent_what")


def _noun_positions(trees: list[ast.Module]) -> dict[str, dict[str, int]]:
    """Function name -> {parameter named what / parent_what: its position}."""
    found: dict[str, dict[str, int]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                for wanted in NOUN_PARAMETERS:
                    if wanted in names or wanted in [a.arg for a in node.args.kwonlyargs]:
                        found.setdefault(node.name, {})[wanted] = (
                            names.index(wanted) if wanted in names else -1
                        )
    return found


def noun_strings(root: Path = PACKAGE) -> list[str]:
    """The names of kinds of records that messages name: every literal passed as ``what`` or
    ``parent_what`` to a function that has such a parameter (rendered with ``noun()``), and
    every literal ``noun("...")``."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in source_files(root)]
    positions = _noun_positions(trees)
    seen: dict[str, None] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.id
                if isinstance(node.func, ast.Name)
                else node.func.attr
                if isinstance(node.func, ast.Attribute)
                else ""
            )
            if name == "noun" and node.args:
                word = node.args[0]  # noun("read-only"): a word named where it is written
                if isinstance(word, ast.Constant) and isinstance(word.value, str):
                    seen.setdefault(word.value, None)
                continue
            wanted = positions.get(name)
            if not wanted:
                continue
            values = [k.value for k in node.keywords if k.arg in wanted]
            values += [
                node.args[index] for index in wanted.values() if 0 <= index < len(node.args)
            ]
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    seen.setdefault(value.value, None)
    return list(seen)


def placeholders(template: str) -> set[str]:
    import string

    return {
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(template)
        if field is not None
    }


def mismatched_calls(root: Path = PACKAGE) -> list[str]:
    """``msg`` calls whose keyword arguments are not exactly the template's placeholders."""
    wrong: list[str] = []
    for path in source_files(root):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (_is_msg_call(node) and isinstance(node, ast.Call) and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if any(k.arg is None for k in node.keywords):  # **params: checked when it runs
                continue
            given = {k.arg for k in node.keywords if k.arg}
            wanted = placeholders(first.value)
            if given != wanted:
                wrong.append(
                    f"{path.relative_to(root.parent)}:{node.lineno}: "
                    f"missing {sorted(wanted - given)}, unused {sorted(given - wanted)}"
                )
    return wrong
