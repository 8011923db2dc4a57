"""Shared fixtures: every test gets its own database file and its own platform directories.

Property tests (hypothesis) run under the "ci" profile unless told otherwise: derandomized (the
same examples on every run and every machine), no example database, no deadline and no health
check that measures time, so that they pass or fail the same way everywhere. To explore with
random examples: ``HYPOTHESIS_PROFILE=dev .venv/bin/python -m pytest tests/services``; an example
that fails there is added to the test as an ``@example`` (the profile prints it). ``CI=true``
always means "ci".

The test command runs the suite on every core (pytest-xdist, ``--dist loadfile``): the tests of
one file stay together in one worker and in their order, so a module's fixtures (a generated
database, an HQ server) are made once; the packaging tests of several files share one frozen
build through a lock (tests/packaging/conftest.py).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", derandomize=False, max_examples=100, deadline=None, print_blob=True
)
settings.load_profile(
    "ci"
    if os.environ.get("CI", "").lower() == "true"
    else os.environ.get("HYPOTHESIS_PROFILE", "ci")
)


@pytest.fixture(scope="module", autouse=True)
def _collect_garbage_between_files() -> Iterator[None]:
    """Once a UI test has installed the app's collector (ui/collector.py), automatic collection
    stays off for the worker's life and cycles are collected only when Qt's event loop runs.
    The tests of other files in the same worker may never run it, and the garbage they leave
    made one full collection inside a later UI test take 11.6 s on a loaded machine, past its
    wait. So each file's garbage is collected when the file ends."""
    yield
    if not gc.isenabled():
        gc.collect()



@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the app's data, log and config folders inside the test's temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.sqlite"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[object]:
    """A fresh migrated database with no organization."""
    from sistercommittee.storage.database import open_database

    db = open_database(db_path, create=True)
    yield db
    db.close()


@pytest.fixture
def db(empty_db: object) -> object:
    """A fresh database with its organization: Springfield, Illinois, US."""
    from sistercommittee.services.organizations import create_organization

    create_organization(
        empty_db,  # type: ignore[arg-type]
        {
            "name": "Springfield Sister Cities",
            "city": "Springfield",
            "region": "Illinois",
            "country": "US",
            "time_zone": "America/Chicago",
        },
    )
    return empty_db
