"""Chinese text from one script into the other (simplified ↔ traditional) with OpenCC.

Used only when the person making a certificate agrees to it: a conversion by dictionary is
good but not perfect (place names, set phrases), so the result is read through before signing.
Traditional text is converted with Taiwan's standard forms and phrases (``s2twp``), simplified
text with mainland China's (``t2s``).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

_CONFIGS = {"Hant": "s2twp", "Hans": "t2s"}


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def convert(text: str, target: Literal["Hans", "Hant"] | str) -> str:
    """``text`` in the ``target`` script ("Hans" simplified, "Hant" traditional)."""
    return str(_converter(_CONFIGS[target]).convert(text))
