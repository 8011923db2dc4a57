"""The user guide as an installed app carries it: every language's guide (docs/user-guide*.md)
and the pictures they show, kept in the same folders relative to each other. Read by the wheel's
build hook (hatch_build.py) and the bundle's spec, so both ship the same files."""

from __future__ import annotations

import re
from pathlib import Path

_PICTURE = re.compile(r"\]\((screenshots/[^)\s]+\.png)\)")


def guide_files(root: Path) -> list[tuple[Path, str]]:
    """(file, path under the resources folder) of each guide and each picture it names."""
    docs = root / "docs"
    guides = sorted(docs.glob("user-guide*.md"))
    pictures = sorted(
        {name for guide in guides for name in _PICTURE.findall(guide.read_text("utf-8"))}
    )
    found = [(guide, f"docs/{guide.name}") for guide in guides]
    found += [(docs / name, f"docs/{name}") for name in pictures if (docs / name).is_file()]
    return found
