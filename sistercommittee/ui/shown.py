"""Messages of the services in the interface's language, at the moment they are shown.

The services raise messages with identity (sistercommittee/messages): ``shown(text)`` renders one
through the installed Qt translators (the "Messages" and "Forms" contexts of the .qm files);
plain text passes through unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sistercommittee.messages import error_text, render


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shown(text: object) -> str:
    """``text`` (a Message, a Term or plain text) in the interface's language."""
    return render(text, qt_translate)


def shown_error(error: BaseException, separator: str = " ") -> str:
    """What ``error`` says, in the interface's language (a ValidationError's sentences joined)."""
    return error_text(error, qt_translate, separator)
