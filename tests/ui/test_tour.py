"""The tour (tests/ui/tour.py) is complete: every dialog class of the app, every step of its
wizard and every function of sistercommittee/ui/dialogs that builds a record dialog is opened by
one of its stops. A dialog added to the app without a stop fails here, so the pseudo-locale check
and the screenshots keep covering all of them."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWizardPage

import sistercommittee.ui
from tests.ui.tour import stops

UI = Path(sistercommittee.ui.__file__).parent
DIALOGS = UI / "dialogs"
# The functions that make a record dialog out of a form: the builders below call them.
FORM_MAKERS = {"form_dialog", "RecordDialog"}


def _classes() -> set[type]:
    found: set[type] = set()
    for info in pkgutil.walk_packages([str(UI)], "sistercommittee.ui."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == module.__name__ and issubclass(value, QDialog | QWizardPage):
                found.add(value)
    return found


def _bases(classes: set[type]) -> set[type]:
    """Classes the others are made from and that the app never opens itself (no call of theirs
    in its sources)."""
    sources = "\n".join(path.read_text(encoding="utf-8") for path in UI.rglob("*.py"))
    return {
        kind
        for kind in classes
        if any(other is not kind and issubclass(other, kind) for other in classes)
        and f"{kind.__name__}(" not in sources.replace(f"class {kind.__name__}(", "")
    }


def _calls(node: ast.AST) -> set[str]:
    return {
        call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
        for call in ast.walk(node)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute | ast.Name)
    }


def _builders() -> set[str]:
    """``module.function`` for each public function of ui/dialogs that opens a record dialog,
    itself or through a helper of its module."""
    found = set()
    for path in sorted(DIALOGS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {
            node.name: _calls(node)
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name not in FORM_MAKERS
        }
        building = set(FORM_MAKERS)
        while True:
            more = {name for name, calls in functions.items() if calls & building} - building
            if not more:
                break
            building |= more
        found |= {f"{path.stem}.{name}" for name in building - FORM_MAKERS if name[0] != "_"}
    return found


def test_every_dialog_class_and_wizard_step_is_on_the_tour() -> None:
    classes = _classes()
    bases = _bases(classes)
    covered = {stop.kind for stop in stops()} | {
        c for stop in stops() for c in stop.covers if isinstance(c, type)
    }
    assert sorted(c.__name__ for c in classes - bases - covered) == []
    # A base is on the tour through a class made from it.
    assert all(any(issubclass(c, base) for c in covered) for base in bases)
    assert {c.__name__ for c in bases} == {"FieldsDialog", "WorkerPage"}


def test_every_function_that_builds_a_record_dialog_is_on_the_tour() -> None:
    covered = {
        f"{c.__module__.rsplit('.', 1)[1]}.{c.__name__}"
        for stop in stops()
        for c in stop.covers
        if inspect.isfunction(c)
    }
    assert sorted(_builders() - covered) == []
    assert len(_builders()) > 15  # the scan finds them


def test_every_stop_has_its_own_name() -> None:
    names = [stop.name for stop in stops()]
    names += [f"{stop.name}-{suffix}" for stop in stops() for suffix, _step in stop.steps]
    assert len(names) == len(set(names))
