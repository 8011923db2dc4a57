"""Where the app's resource files are: fonts, certificate wording, and later icons and translations.

The folder ``resources/`` sits at the top of the checkout, beside the package, which is where an
editable install and the tests find it. A bundled app (or a wheel built with the resources copied
into the package as ``sistercommittee/_resources``) finds it there instead, and the environment
variable ``SISTERCOMMITTEE_RESOURCES`` overrides both, for packagers and for tests.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from sistercommittee.errors import SisterCommitteeError

ENVIRONMENT_VARIABLE = "SISTERCOMMITTEE_RESOURCES"


class MissingResourceError(SisterCommitteeError):
    """A file the app ships with is not where it should be: the installation is incomplete."""


def _candidates() -> list[Path]:
    package = Path(__file__).resolve().parent
    found: list[Path] = []
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks beside the code
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(package / "_resources")
    found.append(package.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder holding the resources, the first of the candidate places that exists."""
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    places = ", ".join(str(candidate) for candidate in candidates)
    raise MissingResourceError(
        f"The app's resource files (fonts, certificate wording) are missing; looked in {places}. "
        "Reinstall the app."
    )


def resource_path(*parts: str) -> Path:
    """The path of one resource file, e.g. ``resource_path("fonts", "NotoSerif-Regular.ttf")``.

    Raises MissingResourceError when the file is not there.
    """
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(
            f"The resource file {'/'.join(parts)} is missing from {resources_dir()}. "
            "Reinstall the app."
        )
    return path
