"""Messages with identity: what the services tell the user, kept as data until it is shown.

Every sentence a service, the sync or an importer raises for the user (a validation problem, a
refusal, an error) is written as

    msg("{label} is too long: at most {limit} characters, not {length}.",
        label=Term(label, "Forms"), limit=200, length=len(value))

``msg`` returns a ``Message``: a ``str`` whose value is the English sentence, exactly as the user
has always read it, that also keeps its template (the message's identity) and its parameters. So
logs, exports and anything that only needs the English go on treating it as text, while the UI and
the command line render it in the user's language at the moment they show it::

    render(message, translate)   # translate(context, english) -> the translated text

The catalog is Qt's translation files: the templates are the "Messages" context of
``resources/translations/sistercommittee_<lang>.ts``, collected from the sources by
``resources/translations/update_translations.py`` (see ``catalog.py``) and translated like every
other interface string; placeholders ``{name}`` stay as they are in a translation. Parameters that
are themselves messages are rendered in the same language; a ``Term`` (a field's label, a word of
a vocabulary) is translated in its own context ("Forms" for the labels of the forms). Other
parameters (names, numbers, file names) are shown as they are.

Rules: the template is one literal string (the extraction reads it from the source); never build
a message with ``+``, ``%``, ``.join`` or an f-string around a message (that gives plain English
text): put the parts in a template, or join messages with ``join_messages``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

CONTEXT = "Messages"
LABELS = "Forms"

Translate = Callable[[str, str], str]
"""(context, English text) -> the text in the user's language (the English when none)."""


def english(context: str, text: str) -> str:
    """The translator of the source language: every text as it is written."""
    return text


class Term(str):
    """A word or label translated in its own context, e.g. a form's label "Start time" under
    "Forms". Its value is the English text."""

    context: str

    def __new__(cls, text: str, context: str = LABELS) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term

    def __str__(self) -> str:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Term, (str.__str__(self), self.context))


class Message(str):
    """A sentence for the user: its English text (the str value), its template and parameters.

    Attributes:
        template: the English template, the message's id in the catalog.
        params: the values of the template's placeholders.
    """

    template: str
    params: Mapping[str, object]
    catalogued: bool

    def __new__(cls, template: str, /, **params: object) -> Message:
        text = template.format(**{key: _english(value) for key, value in params.items()})
        message = super().__new__(cls, text)
        message.template = template
        message.params = params
        message.catalogued = True
        return message

    def __str__(self) -> str:
        # str(message) and str(exception) keep the message (and so its identity).
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.params), self.catalogued))

    def render(self, translate: Translate) -> str:
        template = translate(CONTEXT, self.template) or self.template
        values = {key: _rendered(value, translate) for key, value in self.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message: the English.
            return self.template.format(**values)


def _rebuild(template: str, params: dict[str, object], catalogued: bool) -> Message:
    message = Message(template, **params)
    message.catalogued = catalogued
    return message


def _rendered(value: object, translate: Translate) -> object:
    """A parameter in the user's language; numbers and the like stay themselves, so that a
    template's format spec ("{count:,}") applies to them."""
    if isinstance(value, Message | Term | BaseException):
        return render(value, translate)
    return value


def _english(value: object) -> object:
    if isinstance(value, Message | Term):
        return str.__str__(value)
    return value


def msg(template: str, /, **params: object) -> Message:
    """The message ``template`` with its parameters (the one spelling the extraction reads)."""
    return Message(template, **params)


def render(text: object, translate: Translate = english) -> str:
    """``text`` in the user's language: a Message or Term translated, anything else as it is."""
    if isinstance(text, Message):
        return text.render(translate)
    if isinstance(text, Term):
        return translate(text.context, str.__str__(text)) or str.__str__(text)
    if isinstance(text, BaseException):
        inner = text.args[0] if len(text.args) == 1 else getattr(text, "message", None)
        if isinstance(inner, Message | Term):
            return render(inner, translate)
    return str(text) if not isinstance(text, str) else str.__str__(text)


def join_messages(parts: Iterable[str], separator: str = " ") -> Message:
    """Several sentences as one message (each part rendered on its own)."""
    items = list(parts)
    template = separator.join(f"{{part{index}}}" for index in range(len(items)))
    message = Message(template, **{f"part{index}": item for index, item in enumerate(items)})
    message.catalogued = False  # only its parts are in the catalog
    return message


def is_message(text: object) -> bool:
    return isinstance(text, Message)


def error_text(error: BaseException, translate: Translate = english, separator: str = " ") -> str:
    """What ``error`` says to the user, rendered: a ValidationError's sentences joined."""
    errors = getattr(error, "errors", None)
    if isinstance(errors, Mapping) and errors:
        return separator.join(render(value, translate) for value in errors.values())
    message = getattr(error, "message", None)
    if message is None:
        message = error.args[0] if error.args else str(error)
    return render(message, translate)
