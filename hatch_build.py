"""Build hook: the wheel carries the top-level resources/ folder inside the package, as
sistercommittee/_resources, where sistercommittee.resources finds it through importlib.resources.

Only the standard wheel gets the copy. An editable install (``uv sync``, the developers' and the
tests' environment) keeps reading the checkout's resources/, so an edited font or wording file
is seen at once instead of a stale copy in the environment.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ResourcesHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version != "standard":
            return
        root = Path(self.root) / "resources"
        for path in sorted(root.rglob("*")):
            if path.is_file() and not _for_developers_only(path.relative_to(root)):
                target = Path("sistercommittee", "_resources", path.relative_to(root))
                build_data["force_include"][str(path)] = target.as_posix()
        # The user guide, which Help > User Guide shows inside the app, with its pictures.
        for path, relative in _guide_files(Path(self.root)):
            build_data["force_include"][str(path)] = f"sistercommittee/_resources/{relative}"


def _guide_files(root: Path) -> list[tuple[Path, str]]:
    source = root / "packaging" / "guide_files.py"
    spec = importlib.util.spec_from_file_location("guide_files", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files: list[tuple[Path, str]] = module.guide_files(root)
    return files


def _for_developers_only(relative: Path) -> bool:
    """Translation sources, tables, glossary and the scripts that compile them: the app reads only
    the .qm files."""
    return relative.parts[0] == "translations" and relative.suffix in (".ts", ".py", ".md", ".tsv")
