"""ui/ has no import circle: start-up, the main window and the dialogs reach the database files
through a leaf module, not through one another.

Every import counts, at the top of a module, inside a function or under TYPE_CHECKING: a circle
through a function-level import still ties the modules together (neither can be understood,
tested or moved alone) and breaks as soon as one of the imports moves up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import sistercommittee

PACKAGE = Path(sistercommittee.__file__).resolve().parent
UI = "sistercommittee.ui"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(package: str = "ui") -> dict[str, Path]:
    return {_module_name(path): path for path in (PACKAGE / package).rglob("*.py")}


def _imports(path: Path, known: set[str]) -> set[str]:
    """The ui modules that ``path`` imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from sistercommittee.ui import errors" imports the module ui.errors
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name.startswith(UI + ".") and name in known:
                found.add(name)
    return found


def import_graph(package: str = "ui") -> dict[str, set[str]]:
    modules = _modules(package)
    known = set(modules)
    graph = {name: _imports(path, known) - {name} for name, path in modules.items()}
    for name in graph:  # a package's __init__ is not an edge to its own modules
        graph[name] = {other for other in graph[name] if not name.startswith(other + ".")}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_check_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = import_graph()
    assert "sistercommittee.ui.database_files" in graph["sistercommittee.ui.window_dialogs"]
    assert "sistercommittee.ui.dialogs.welcome_dialog" in graph["sistercommittee.ui.startup"]


@pytest.mark.parametrize("package", ["ui", "hq", "sync", "services", "storage", "documents"])
def test_no_package_has_an_import_circle(package: str) -> None:
    assert circles(import_graph(package)) == []


def test_the_database_files_module_is_a_leaf_of_ui() -> None:
    graph = import_graph()
    leaf = graph["sistercommittee.ui.database_files"]
    allowed = {
        "sistercommittee.ui.errors",
        "sistercommittee.ui.formatting",
        "sistercommittee.ui.widgets.file_choice",  # the file dialog, the same everywhere
    }
    assert leaf <= allowed, leaf
    # and what it uses is a leaf too: no window, page or dialog below it (ui.shown renders the
    # services' messages and imports nothing of ui)
    for module in leaf:
        assert graph[module] <= {"sistercommittee.ui.formatting", "sistercommittee.ui.shown"}, (
            module,
            graph[module],
        )
    assert graph["sistercommittee.ui.shown"] == set()
