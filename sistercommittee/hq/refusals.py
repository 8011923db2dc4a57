"""The body of every refusal of the app's API: ``{"detail": English, "message": identity}``.

``detail`` is the sentence in English, as laptops have always read it; ``message`` is the same
sentence as a message with identity (its template and parameters, messages/as_json.py), from
which the app renders it in its user's language. Bad input (422) is said the same way: each of
pydantic's problems has a template of its own (``validation_message``), whose English is
pydantic's sentence exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sistercommittee.messages import Message, join_messages, msg
from sistercommittee.messages.as_json import to_json

SHOWN_PROBLEMS = 3


def refusal_body(detail: Message | str) -> dict[str, Any]:
    """The JSON of a refusal saying ``detail``."""
    answer: dict[str, Any] = {"detail": str.__str__(detail)}
    if isinstance(detail, Message):
        answer["message"] = to_json(detail)
    return answer


def validation_message(errors: Sequence[Mapping[str, Any]]) -> Message:
    """pydantic's problems with a request (the first three) as one sentence."""
    problems = []
    for item in errors[:SHOWN_PROBLEMS]:
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        text = str(item.get("msg", "invalid"))
        problem = _problem(str(item.get("type", "")), item.get("ctx") or {}, text)
        problems.append(msg("{where}: {problem}", where=where, problem=problem))
    return msg("The request is not valid: {problems}.", problems=join_messages(problems, "; "))


def _problem(kind: str, ctx: Mapping[str, Any], english: str) -> Message | str:
    """pydantic's sentence ``english`` for a problem of ``kind`` as a message (the English
    itself when the kind has no template here, or pydantic words it otherwise)."""
    found = _known(kind, ctx)
    return found if found is not None and str.__str__(found) == english else english


def _known(kind: str, ctx: Mapping[str, Any]) -> Message | None:
    if kind == "missing":
        return msg("Field required")
    if kind == "extra_forbidden":
        return msg("Extra inputs are not permitted")
    if kind == "string_type":
        return msg("Input should be a valid string")
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return msg("String should have at least 1 character")
        return msg(
            "String should have at least {min_length} characters", min_length=ctx["min_length"]
        )
    if kind == "string_too_long":
        if ctx.get("max_length") == 1:
            return msg("String should have at most 1 character")
        return msg(
            "String should have at most {max_length} characters", max_length=ctx["max_length"]
        )
    if kind == "string_pattern_mismatch":
        return msg("String should match pattern '{pattern}'", pattern=str(ctx["pattern"]))
    if kind == "int_type":
        return msg("Input should be a valid integer")
    if kind == "int_parsing":
        return msg("Input should be a valid integer, unable to parse string as an integer")
    if kind == "int_from_float":
        return msg("Input should be a valid integer, got a number with a fractional part")
    if kind == "float_parsing":
        return msg("Input should be a valid number, unable to parse string as a number")
    if kind == "bool_type":
        return msg("Input should be a valid boolean")
    if kind == "bool_parsing":
        return msg("Input should be a valid boolean, unable to interpret input")
    if kind == "dict_type":
        return msg("Input should be a valid dictionary")
    if kind == "list_type":
        return msg("Input should be a valid list")
    if kind == "model_attributes_type":
        return msg("Input should be a valid dictionary or object to extract fields from")
    if kind == "greater_than_equal":
        return msg("Input should be greater than or equal to {ge}", ge=ctx["ge"])
    if kind == "less_than_equal":
        return msg("Input should be less than or equal to {le}", le=ctx["le"])
    if kind == "greater_than":
        return msg("Input should be greater than {gt}", gt=ctx["gt"])
    if kind == "less_than":
        return msg("Input should be less than {lt}", lt=ctx["lt"])
    if kind == "json_invalid":
        return msg("Invalid JSON: {error}", error=str(ctx.get("error", "")))
    if kind in ("too_long", "too_short") and ctx.get("field_type") == "List":
        actual = ctx.get("actual_length")
        if kind == "too_long" and isinstance(actual, int):
            return msg(
                "List should have at most {max_length} items after validation, not {actual}",
                max_length=ctx["max_length"],
                actual=actual,
            )
        if kind == "too_short" and isinstance(actual, int) and ctx.get("min_length") != 1:
            return msg(
                "List should have at least {min_length} items after validation, not {actual}",
                min_length=ctx["min_length"],
                actual=actual,
            )
    return None


def http_message(status: int, detail: object) -> Message | None:
    """Starlette's own refusals (an address or method the API does not have) as messages."""
    if status == 404 and detail == "Not Found":
        return msg("Not Found")
    if status == 405 and detail == "Method Not Allowed":
        return msg("Method Not Allowed")
    return None
