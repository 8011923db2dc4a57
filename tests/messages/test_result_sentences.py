"""No plain English in what the services return for the user to read: the sentences and labels
of their results (a flag's reason, a checklist item's title, an agenda item's detail, a homestay
reason, a mailing list's left-out reasons …) are catalogued ``msg(...)`` messages, which the UI
and the command line render in the user's language.

Read from the sources of the services: every construction of one of their dataclasses (by
keyword or by position), and every ``problems.append(...)``-like call, where a field or list that
holds a sentence for the user is given plain text (a literal with letters, an f-string, "a" + b,
"…".format()). Fields that hold the user's own words (a record's title) are given names or
calls, never text written in place, so the rule holds for them too.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.messages.test_raise_sites import _plain_text as _written_in_place

PACKAGE = Path(__file__).resolve().parents[2] / "sistercommittee"
RESULT_LAYERS = ("services",)
# Fields of the services' results that a person reads as a sentence or a label.
SENTENCE_FIELDS = frozenset(
    {
        "title",
        "reason",
        "reasons",
        "text",
        "label",
        "detail",
        "why",
        "problem",
        "problems",
        "what",
        "summary",
        "notes",
        "suggestions",
        "open_tasks",
        "destination",
    }
)
# Results whose texts are not sentences of the catalog: a form's labels and help are translated
# in the "Forms" context (update_translations.py collects them); an export list's title names
# its sheet in the fixed English every export keeps.
NOT_RESULTS = frozenset({"Field", "FormSpec", "ListSpec"})
# Modules whose results are still plain English, each to be converted (none now).
STILL_PLAIN: frozenset[str] = frozenset()
# Lists a service fills with sentences for the user, one ``append`` at a time.
SENTENCE_LISTS = ("problems", "reasons", "refusals", "notes", "figures", "paragraphs", "flags")


def _plain_text(node: ast.expr) -> bool:
    """Words written in place: an f-string counts when its own text has letters (one that only
    puts the user's words together, "{name} · {title} ({day})", says nothing in English)."""
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
            for part in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    return _written_in_place(node)


def _trees() -> dict[Path, ast.Module]:
    paths = [p for layer in RESULT_LAYERS for p in sorted((PACKAGE / layer).rglob("*.py"))]
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths}


def _is_dataclass(node: ast.ClassDef) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
        if name == "dataclass":
            return True
    return False


def result_fields(trees: dict[Path, ast.Module]) -> dict[str, list[str]]:
    """Every dataclass of the services -> its field names, in order."""
    found: dict[str, list[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and _is_dataclass(node) and (
                node.name not in NOT_RESULTS
            ):
                found[node.name] = [
                    item.target.id
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                ]
    return found


def _values(node: ast.expr) -> list[ast.expr]:
    """The texts an argument gives: itself, or the items of a tuple or list written in place."""
    if isinstance(node, ast.Tuple | ast.List):
        return list(node.elts)
    return [node]


def _offending_arguments(call: ast.Call, fields: dict[str, list[str]]) -> list[ast.expr]:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    found: list[ast.expr] = []
    if name in fields:
        names = fields[name]
        given = [(names[i] if i < len(names) else "", arg) for i, arg in enumerate(call.args)]
        given += [(k.arg or "", k.value) for k in call.keywords]
        found += [v for field, arg in given if field in SENTENCE_FIELDS for v in _values(arg)]
    if (
        name in ("append", "extend")
        and isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id.endswith(SENTENCE_LISTS)
        and call.args
    ):
        found += _values(call.args[0])
    return [node for node in found if _plain_text(node)]


def plain_results(trees: dict[Path, ast.Module] | None = None) -> list[str]:
    trees = _trees() if trees is None else trees
    fields = result_fields(trees)
    offenders: list[str] = []
    for path, tree in trees.items():
        if str(path.relative_to(PACKAGE.parent)) in STILL_PLAIN:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for argument in _offending_arguments(node, fields):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{argument.lineno}")
    return offenders


def test_every_sentence_a_service_returns_is_a_msg_of_the_catalog():
    offenders = plain_results()
    assert offenders == [], (
        "plain text in a sentence or label a service returns for the user; write "
        "msg(template, **params) (docs/translating.md): " + ", ".join(offenders)
    )


def test_the_check_finds_plain_text_in_results():
    source = (
        "@dataclass(frozen=True)\n"
        "class Flag:\n"
        "    code: str\n"
        "    reason: str\n"
        "Flag('dormant', f'The partnership with {name} is dormant.')\n"  # 5: by position
        "Flag(code='x', reason='No contact is recorded.')\n"  # 6: by keyword
        "Flag('x', msg('No event with {city}.', city=name))\n"  # a message: fine
        "Flag(f'code-{n}', row.reason)\n"  # a code and the user's own words: fine
        "problems.append(f'{family} does not take minors.')\n"  # 9
        "reasons.append(msg('Both speak {languages}.', languages=x))\n"
        "Item(title=f'Visa for {name}')\n"  # not a dataclass of the services: not read
        "Flag('x', f'{name} · {title} ({day})')\n"  # the user's words put together: fine
        "Flag('x', f'{name}, ' + 'none in ' + home)\n"  # 13
    )
    tree = ast.parse(source)
    path = PACKAGE / "services" / "sample.py"
    found = plain_results({path: tree})
    assert [int(where.rsplit(":", 1)[1]) for where in found] == [5, 6, 9, 13]


def test_the_modules_left_plain_still_exist_and_still_are():
    """An entry of STILL_PLAIN goes once its module is converted (or gone)."""
    trees = _trees()
    fields = result_fields(trees)
    for name in STILL_PLAIN:
        path = PACKAGE.parent / name
        assert path in trees, name
        found = [
            argument
            for node in ast.walk(trees[path])
            if isinstance(node, ast.Call)
            for argument in _offending_arguments(node, fields)
        ]
        assert found, f"{name} has no plain text left: remove it from STILL_PLAIN"


def test_the_results_read_are_the_ones_the_user_sees():
    fields = result_fields(_trees())
    # The dataclasses converted to messages are among those read, with their sentence fields.
    assert {"reason"} <= set(fields["Flag"])
    assert {"title", "why", "problem"} <= set(fields["ChecklistItem"])
    assert {"title", "detail"} <= set(fields["AgendaItem"])
    assert {"reasons", "notes"} <= set(fields["Suggestion"])
    assert {"what"} <= set(fields["Anniversary"])
    assert {"text"} <= set(fields["LeftOut"])
