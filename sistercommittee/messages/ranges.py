"""Ranges ("08:00–11:00", "{start} – {end}", "May 14–16") keep their order in right-to-left text.

In a right-to-left paragraph the Unicode bidi algorithm lays "08:00–11:00" out as "11:00–08:00":
the dash between two numbers is a neutral, and numbers count as right to left for the neutrals
beside them (rule N1), so the dash and the two times run right to left. Each time isolated on its
own (ui/formatting.py ``isolated``) does not help: the isolates are neutrals too. The whole range
is isolated instead, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: a range of numbers
or of Latin names reads left to right inside it, start before end, and a range of Arabic or
Hebrew words (whose first strong letter goes right to left) still reads right to left, as its
readers expect.

Only for text shown in a right-to-left layout: the callers ask (``Message.render`` when its
translate function says ``right_to_left``; ui/formatting.py for the interface's own ranges), so
English, Spanish and Japanese text, the command line, exports and PDFs stay as they are.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"

# A placeholder: Python's "{start}", "{end:%H:%M}", Qt's "%1", "%L2", "%n".
_PLACE = r"(?:\{[^{}]*\}|%L?\d|%n)"
_SPACE = "[ \u00a0\u2009\u202f]?"
# A range's dash: the en dash, or the wave dash (～) a translation may write, or a hyphen
# between the two ends; not an em dash, which puts two things side by side ("{city} — {signed}").
_DASH = rf"(?:{_SPACE}[\u2013~\uff5e]{_SPACE}|-)"
# A range of placeholders: from one to another, or from a day and a time to a day and a time
# ("{first_day} {start} – {last_day} {end}"), never taking in what follows a one-part range
# ("{start}–{end} {day}": the day is not a part of it).
_PAIR = rf"{_PLACE}[ \u00a0]{_PLACE}"
_PLACES = rf"{_PAIR}{_DASH}{_PAIR}|{_PLACE}{_DASH}{_PLACE}"
# A range written out ("8:00–18:00"); not with a hyphen, which would cut a date ("2026-04-11")
# in two (and a hyphen between two numbers keeps their order already: rule W4).
_NUMBER = r"\d+(?:[:.,]\d+)*"
_NUMBERS = rf"(?<![\w.:,\-\u2013]){_NUMBER}{_SPACE}[\u2013~\uff5e]{_SPACE}{_NUMBER}(?![\w\-\u2013])"
_RANGE = re.compile(rf"{_PLACES}|{_NUMBERS}")


def isolated_range(text: str) -> str:
    """``text`` (one range) between FSI and PDI: it keeps its own order in right-to-left text."""
    return f"{FSI}{text}{PDI}" if text else text


def isolate_ranges(text: str) -> str:
    """Every range in ``text`` (a template or a sentence) isolated: "{start}–{end} on {day}",
    "{first_day} {start} – {last_day} {end}", "(8:00–18:00 on weekdays)"."""
    return _RANGE.sub(lambda found: isolated_range(found.group()), text)
