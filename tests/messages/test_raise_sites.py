"""No plain English reaches the user from the services, the sync, the importers, the documents,
the storage or the command line: every message they raise is a catalogued ``msg(...)``.

Read from the sources (every raise site, every ``problems[...] = ...``), and checked at run time
on every form's validation with bad input of each kind.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import sistercommittee.services as services
from sistercommittee.errors import ValidationError
from sistercommittee.messages import Message
from sistercommittee.messages.catalog import message_templates
from sistercommittee.services.forms import FormSpec, OrgDefaults, validate

PACKAGE = Path(__file__).resolve().parents[2] / "sistercommittee"
# Where messages for the user come from (hq/ answers over HTTP; ui/ translates with self.tr).
SPEAKING = ("services", "sync", "importing", "documents", "storage", "cli", "domain", "sample")
ROOT_ERRORS = {"SisterCommitteeError", "FieldProblem", "TypedDateProblem"}
PROBLEM_DICTS = ("problems", "errors", "clash", "found")


def _trees() -> dict[Path, ast.Module]:
    paths = [PACKAGE / "errors.py", PACKAGE / "resources.py", PACKAGE / "config.py"]
    for layer in SPEAKING:
        paths.extend(sorted((PACKAGE / layer).rglob("*.py")))
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths if p.exists()}


def user_error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """The classes whose message the user reads: the roots and everything derived from them."""
    bases: dict[str, list[str]] = {}
    for tree in [*trees.values(), ast.parse((PACKAGE / "errors.py").read_text())]:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                ]
    found = set(ROOT_ERRORS)
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in found and any(p in found for p in parents):
                found.add(name)
                grew = True
    return found


def _plain_text(node: ast.expr) -> bool:
    """An English sentence written in place: a literal, an f-string, "a" + b, "…".format()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _plain_text(node.left) or _plain_text(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
        and isinstance(node.func.value, ast.Constant)
    ):
        return True
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_plain_text(v) for v in node.values)
    return False


def _message_arguments(call: ast.Call, classes: set[str]) -> list[ast.expr]:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    owner = func.value if isinstance(func, ast.Attribute) else None
    if name == "single" and isinstance(owner, ast.Name) and owner.id in classes:
        return call.args[1:2]
    if name not in classes:
        return []
    found: list[ast.expr] = list(call.args[:1])
    found += [k.value for k in call.keywords if k.arg == "message"]
    expanded: list[ast.expr] = []
    for node in found:
        if isinstance(node, ast.Dict):
            expanded.extend(v for v in node.values if v is not None)
        elif isinstance(node, ast.DictComp):
            expanded.append(node.value)
        else:
            expanded.append(node)
    return expanded


def plain_messages() -> list[str]:
    trees = _trees()
    classes = user_error_classes(trees)
    offenders: list[str] = []
    for path, tree in trees.items():
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            candidates: list[ast.expr] = []
            if isinstance(node, ast.Call):
                candidates = _message_arguments(node, classes)
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Dict):
                # a form's check: {"field": "the problem"}
                keys = node.value.keys
                if keys and all(
                    isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys
                ):
                    candidates = [v for v in node.value.values if v is not None]
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id.endswith(PROBLEM_DICTS)
                ):
                    candidates = [node.value]
            for candidate in candidates:
                if _plain_text(candidate):
                    offenders.append(f"{where}:{candidate.lineno}")
    return offenders


def test_every_message_raised_for_the_user_is_a_msg_of_the_catalog():
    offenders = plain_messages()
    assert offenders == [], (
        "plain text where a message for the user is raised; write msg(template, **params) "
        "(docs/translating.md): " + ", ".join(offenders)
    )


def test_the_check_finds_plain_text(tmp_path):
    sample = ast.parse(
        "raise ValidationError.single('x', f'{label} is wrong.')\n"
        "problems['y'] = 'Give a date.'\n"
        "raise NotFoundError('There is no ' + what)\n"
        "raise ValidationError.single('x', msg('{label} is wrong.', label=label))\n"
    )
    classes = {"ValidationError", "NotFoundError"}
    flagged = []
    for node in ast.walk(sample):
        if isinstance(node, ast.Call):
            flagged += [c.lineno for c in _message_arguments(node, classes) if _plain_text(c)]
        elif isinstance(node, ast.Assign) and _plain_text(node.value):
            flagged.append(node.lineno)
    assert sorted(flagged) == [1, 2, 3]


@pytest.fixture(scope="module")
def catalog() -> set[str]:
    return set(message_templates())


def form_specs() -> list[FormSpec]:
    found: list[FormSpec] = []
    for info in pkgutil.walk_packages(services.__path__, "sistercommittee.services."):
        module = importlib.import_module(info.name)
        found.extend(v for v in vars(module).values() if isinstance(v, FormSpec) and v not in found)
    return found


def assert_catalogued(text: str, catalog: set[str]) -> None:
    assert isinstance(text, Message), f"plain text, not a message: {text!r}"
    if text.catalogued:
        assert text.template in catalog, text.template
    for value in text.params.values():
        if isinstance(value, Message):
            assert_catalogued(value, catalog)


JUNK = ("\x01", "x" * 6000, "not-a-thing", "-5", "31/31/2026", "1", "2026-02-30", "  ")


@pytest.mark.parametrize("junk", JUNK)
def test_every_problem_a_form_finds_is_a_catalogued_message(catalog, junk):
    org = OrgDefaults("US", "USD", "America/Chicago")
    specs = form_specs()
    assert len(specs) >= 10
    seen = 0
    for spec in specs:
        raw = {field.name: junk for field in spec.fields}
        for attempt in ({**raw, "no_such_field": "x"}, raw):
            try:
                validate(spec, attempt, org)
            except ValidationError as error:
                for problem in error.errors.values():
                    assert_catalogued(problem, catalog)
                    seen += 1
    assert seen > len(specs)
