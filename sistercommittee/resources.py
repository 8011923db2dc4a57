"""Where the app's resource files are: fonts (with their licenses), certificate wording, icons and
translations.

The folder ``resources/`` sits at the top of the checkout, beside the package, which is where an
editable install and the tests find it. The wheel and the frozen bundle carry it inside the
package as ``sistercommittee/_resources`` (pyproject.toml, packaging/sistercommittee.spec), found
through ``importlib.resources``. The environment variable ``SISTERCOMMITTEE_RESOURCES`` overrides
both, for packagers and for tests.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

from sistercommittee.errors import SisterCommitteeError
from sistercommittee.messages import msg

ENVIRONMENT_VARIABLE = "SISTERCOMMITTEE_RESOURCES"


class MissingResourceError(SisterCommitteeError):
    """A file the app ships with is not where it should be: the installation is incomplete."""


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override:
        found.append(Path(override))
    # An installed wheel or a PyInstaller bundle: the package's own data. Every way the app is
    # installed keeps the package as files on disk, so the traversable is a real path (ReportLab
    # and Qt need file names).
    packaged = resources.files("sistercommittee").joinpath("_resources")
    if isinstance(packaged, Path):
        found.append(packaged)
    found.append(Path(__file__).resolve().parent.parent / "resources")  # a source checkout
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
        msg(
            "The app's resource files (fonts, certificate wording) are missing; looked in "
            "{places}. Reinstall the app.",
            places=places,
        )
    )


def resource_path(*parts: str) -> Path:
    """The path of one resource file, e.g. ``resource_path("fonts", "NotoSerif-Regular.ttf")``.

    Raises MissingResourceError when the file is not there.
    """
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(
            msg(
                "The resource file {name} is missing from {folder}. Reinstall the "
                "app.",
                name="/".join(parts), folder=resources_dir(),
            )
        )
    return path
