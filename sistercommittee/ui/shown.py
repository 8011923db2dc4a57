"""Messages of the services in the interface's language, at the moment they are shown.

The services raise messages with identity (sistercommittee/messages): ``shown(text)`` renders one
through the installed Qt translators (the "Messages" and "Forms" contexts of the .qm files);
plain text passes through unchanged. On screen in a right-to-left layout a message's ranges
("08:00–11:00") keep their order (messages/ranges.py); ``qt_translate``, for what is written
down (a PDF, a note stored in the database), renders them as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from sistercommittee.messages import error_text, render


class _QtTranslate:
    """Translate (sistercommittee.messages) through the installed Qt translators; its language
    is the interface's (for the days and numbers inside messages).

    Attributes:
        on_screen: the text is shown in the window: it follows the window's direction.
    """

    def __init__(self, on_screen: bool = False) -> None:
        self.on_screen = on_screen

    def __call__(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    @property
    def language(self) -> str:
        return QLocale().name()

    @property
    def right_to_left(self) -> bool:
        return self.on_screen and QGuiApplication.isRightToLeft()


qt_translate = _QtTranslate()
screen_translate = _QtTranslate(on_screen=True)


def shown(text: object) -> str:
    """``text`` (a Message, a Term or plain text) in the interface's language."""
    return render(text, screen_translate)


def shown_error(error: BaseException, separator: str = " ") -> str:
    """What ``error`` says, in the interface's language (a ValidationError's sentences joined)."""
    return error_text(error, screen_translate, separator)
