"""The static check of the command line's sources: a line for people (ctx.say, print, a stream's
write, a prompt, an argparse help, description or group title, an argument error) never holds an
English literal that does not pass through translation (tr, marked, msg)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

TRANSLATED = {"tr", "marked", "msg", "shown"}
WRITERS = {"say", "write", "print", "getpass", "ArgumentTypeError", "add_argument_group"}
TEXT_KEYWORDS = {"help", "description", "epilog", "title", "usage"}
_LETTERS = re.compile(r"[A-Za-z]")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_command(text: str) -> bool:
    """A command line to type, such as "  sistercommittee sync conflicts"."""
    return text.lstrip().startswith("sistercommittee ")


def _english(node: ast.expr) -> bool:
    """Does the expression put literal English words into the text?"""
    if isinstance(node, ast.Constant):
        return (
            isinstance(node.value, str)
            and bool(_LETTERS.search(node.value))
            and not _is_command(node.value)
        )
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return bool(_LETTERS.search(literal)) and not _is_command(literal)
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATED:
            return False
        if isinstance(node.func, ast.Attribute) and node.func.attr == "join":
            return _english(node.func.value)
    return False


def english_literals_in(source: str) -> Iterator[tuple[int, str]]:
    """(line, source text) of each place that writes an English literal for people."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        texts: list[ast.expr] = []
        if _name(node.func) in WRITERS:
            texts += node.args if _name(node.func) == "print" else node.args[:1]
        texts += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for text in texts:
            if _english(text):
                yield node.lineno, ast.unparse(text)
