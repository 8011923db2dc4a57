"""The folding that names are compared by: the app's and the finder snapshot script's are the
same, and taking the accent step only for non-ASCII names changes no result."""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from sistercommittee.services.countries import fold

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_finder_snapshot.py"


def _script_fold():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_finder_snapshot", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.fold


def _by_definition(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", " ", bare).strip().removeprefix("the ")


SCRIPT_FOLD = _script_fold()


@given(st.text(max_size=40))
@example("The Hague")
@example("São Paulo")
@example("Ｔｏｋｙｏ")  # full-width letters: NFKD makes them ASCII
@example("Straße_Nord")
@example("ﬁnland")  # a ligature
@example("東京都")
def test_fold_is_the_same_everywhere(name: str) -> None:
    assert fold(name) == SCRIPT_FOLD(name) == _by_definition(name)
