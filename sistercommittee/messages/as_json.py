"""A message with identity as JSON, so that it can travel: HQ puts it in its error answers beside
the English ``detail``, and the app rebuilds the message to show it in the user's language.

    {"template": "Only ... your account is {role}.",
     "params": {"role": {"term": "volunteer", "context": "Nouns"}}}

A parameter is a JSON string or number as it is, or an object: ``{"term": text, "context": c}``
for a word translated in its own context, ``{"message": {...}}`` for a message inside a message,
``{"day": "2026-05-14", "skeleton": "dMMMM"}`` for a calendar day, ``{"ordinal": 3}``.

What arrives is checked before it is used: a template whose fields are anything but plain
names, a parameter of another form, or a message whose English is not the ``detail`` that came
with it, gives None, and the caller shows that ``detail`` as it is.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from datetime import date
from typing import Any

from sistercommittee.messages import Day, Message, Ordinal, Term

MAX_TEMPLATE = 2000
MAX_DEPTH = 4
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,40}$")
# The format specs templates use ("{count:,}", "{share:.0%}"); nothing that pads to any width.
_SPEC = re.compile(r"^[,_]?(\.\d)?[dfs%]?$")


def to_json(message: Message) -> dict[str, Any]:
    """The identity of ``message``: its template and its parameters."""
    data: dict[str, Any] = {
        "template": message.template,
        "params": {name: _param(value) for name, value in message.params.items()},
    }
    if not message.catalogued:
        data["catalogued"] = False
    return data


def _param(value: object) -> Any:
    if isinstance(value, Message):
        return {"message": to_json(value)}
    if isinstance(value, Term):
        return {"term": str.__str__(value), "context": value.context}
    if isinstance(value, Day):
        return {"day": value.day.isoformat(), "skeleton": value.skeleton}
    if isinstance(value, Ordinal):
        return {"ordinal": value.number}
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int | float):
        return value
    return str.__str__(value) if isinstance(value, str) else str(value)


def from_json(data: object, english: str | None = None) -> Message | None:
    """The message ``data`` describes (None when it is not one); with ``english``, only when
    the message's English is exactly that text."""
    try:
        message = _message(data, 0)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        return None
    if message is None or (english is not None and str.__str__(message) != english):
        return None
    return message


def _message(data: object, depth: int) -> Message | None:
    if depth > MAX_DEPTH or not isinstance(data, Mapping):
        return None
    template = data.get("template")
    params = data.get("params", {})
    if not isinstance(template, str) or len(template) > MAX_TEMPLATE:
        return None
    if not isinstance(params, Mapping) or not all(_NAME.match(str(k)) for k in params):
        return None
    wanted = set()
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if not _NAME.match(field) or conversion not in (None, "r", "s"):
            return None
        if spec and not _SPEC.match(spec):
            return None
        wanted.add(field)
    if wanted != set(params):
        return None
    values: dict[str, object] = {}
    for name, value in params.items():
        parsed = _value(value, depth)
        if parsed is None:
            return None
        values[str(name)] = parsed
    message = Message(template, **values)
    message.catalogued = data.get("catalogued", True) is not False
    return message


def _value(value: object, depth: int) -> object | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        return value
    if not isinstance(value, Mapping):
        return None
    if "message" in value:
        return _message(value["message"], depth + 1)
    if "term" in value:
        text, context = value.get("term"), value.get("context")
        if isinstance(text, str) and isinstance(context, str) and _NAME.match(context):
            return Term(text, context)
        return None
    if "day" in value:
        day, skeleton = value.get("day"), value.get("skeleton", "dMMMM")
        if isinstance(day, str) and isinstance(skeleton, str) and skeleton.isalpha():
            return Day(date.fromisoformat(day), skeleton)
        return None
    if "ordinal" in value:
        number = value.get("ordinal")
        return Ordinal(number) if isinstance(number, int) and not isinstance(number, bool) else None
    return None
