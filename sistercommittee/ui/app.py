"""`sistercommittee` with no command: the desktop app.

Start-up paints the main window first and opens the database on a worker (see ui/startup.py), so
the window appears about as fast as an empty Qt window, even on a big database.

With the environment variable ``SISTERCOMMITTEE_QUIT_WHEN_READY=1`` the app quits by itself once
the database is open and the first page shows its data, through File > Quit as a user would: for
smoke tests of an installed or frozen app, and for the start-and-quit test.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from sistercommittee.ui import collector, errors, icons, theme

if TYPE_CHECKING:
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "SisterCommittee"
APPLICATION = "SisterCommittee"


def translations_dir() -> Path:
    return icons.resource_folder("translations")


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (buttons, dialogs) and ours, in the user's language when we have it."""
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    # Without a translation for the user's language, the English one: it holds the plural forms
    # ("1 volunteer", "2 volunteers") that the source texts only write as "%n volunteer(s)".
    if ours.load(locale, "sistercommittee", "_", str(translations_dir())) or ours.load(
        "sistercommittee_en", str(translations_dir())
    ):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def install_language(app: QApplication, language: str) -> QLocale:
    """The interface in ``language`` (a code from Preferences; "" for the system's): its locale
    for dates and numbers, its translators, and its direction (right to left mirrors the
    window)."""
    from sistercommittee.ui import languages

    locale = languages.locale_for(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): plain US English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    installed = install_translators(app, locale)
    if language in languages.PSEUDO_LANGUAGES:
        english = next((t for t in installed if "sistercommittee" in t.filePath()), None)
        app.installTranslator(languages.pseudo_translator(language, english, app))
    right_to_left = languages.is_right_to_left(language or locale.name())
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return locale


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("org.sistercommittee.SisterCommittee")
    settings = QSettings()
    language = str(settings.value("preferences/language", "") or "")
    install_language(app, language)
    theme.apply(app, str(settings.value("preferences/appearance", theme.FOLLOW_SYSTEM)))
    app.setWindowIcon(icons.app_icon())
    collector.install(app)
    return app


def run_app(db_path: Path | None) -> int:
    """Open the main window on ``db_path`` (the default database when None) until it closes."""
    from sistercommittee import config
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.startup import start

    app = create_application()
    errors.install_excepthook()
    path = Path(db_path) if db_path is not None else config.default_database_path()
    ctx = AppContext()
    window = MainWindow(ctx)
    window.show()
    if os.environ.get(QUIT_WHEN_READY) == "1":
        quit_when_ready(ctx, window)
    # After the first paint: the import of the services and the opening run on a worker.
    QTimer.singleShot(0, lambda: start(ctx, window, path))
    code = app.exec()
    ctx.close()
    log.info("the app closed with %s", code)
    return int(code)


QUIT_WHEN_READY = "SISTERCOMMITTEE_QUIT_WHEN_READY"


def quit_when_ready(ctx: AppContext, window: MainWindow) -> None:
    """Once the database is open and no worker has a job left (the first page shows its data,
    the daily backup is made), trigger File > Quit."""
    opened = False

    def on_ready() -> None:
        nonlocal opened
        opened = True
        if not ctx.runner.pending:
            on_idle(False)

    def on_idle(busy: bool) -> None:
        if opened and not busy:
            log.info("quitting once ready (%s)", QUIT_WHEN_READY)
            QTimer.singleShot(0, window.quit_action.trigger)

    ctx.signals.database_ready.connect(on_ready)
    ctx.runner.busy_changed.connect(on_idle)
