"""Messages of the services in the interface's language, at the moment they are shown.

The services raise messages with identity (sistercommittee/messages): ``shown(text)`` renders one
through the installed Qt translators (the "Messages" and "Forms" contexts of the .qm files);
plain text passes through unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from sistercommittee.messages import error_text, render


class _QtTranslate:
    """Translate (sistercommittee.messages) through the installed Qt translators; its language
    is the interface's (for the days and numbers inside messages)."""

    def __call__(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    @property
    def language(self) -> str:
        return QLocale().name()


qt_translate = _QtTranslate()


def shown(text: object) -> str:
    """``text`` (a Message, a Term or plain text) in the interface's language."""
    return render(text, qt_translate)


def shown_error(error: BaseException, separator: str = " ") -> str:
    """What ``error`` says, in the interface's language (a ValidationError's sentences joined)."""
    return error_text(error, qt_translate, separator)
