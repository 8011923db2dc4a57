"""Screenshots of every page, its detail tabs and the app's dialogs in one language (the tour of
tests/ui/tour.py, the list the pseudo-locale check walks too), for
docs/screenshots (es_<name>.png, ja_<name>.png). Run under a real X server, e.g. Xvfb:

    Xvfb :99 -screen 0 1366x768x24 &
    LANG=en_US.UTF-8 DISPLAY=:99 .venv/bin/python -m tests.translations.make_screenshots --language es

The pseudo-locales make the same set into docs/screenshots/pseudo (``--language en_XA``, every
text stretched) and docs/screenshots/rtl (``--language ar_XB``, mirrored), named without a prefix.

Each PNG is made small as it is saved (a palette of at most 256 colours, which a screenshot of
widgets and text needs no more than); ``--optimise FOLDER`` does the same to PNGs made elsewhere.

The language is chosen the way Preferences chooses it: the setting preferences/language, which
the app reads when it starts (here in settings kept in a temporary folder). The records are the
sample committee (`sistercommittee demo`, its texts in the language shown) in a temporary
database.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sistercommittee.messages.pseudo import MIRRORED, is_pseudo
from sistercommittee.ui.languages import PSEUDO_VARIABLE

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def optimise(path: Path) -> None:
    """Write ``path`` again as a palette PNG (about a fifth of the size of Qt's RGB one)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    small.save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", help="es or ja, or a pseudo-locale: en_XA or ar_XB")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--optimise", type=Path, help="make the PNGs of this folder small")
    args = parser.parse_args()
    if args.optimise:
        for path in sorted(args.optimise.glob("*.png")):
            optimise(path)
        return 0
    if not args.language:
        parser.error("--language is needed")
    folder = Path(tempfile.mkdtemp())
    os.environ[PSEUDO_VARIABLE] = "1"  # the pseudo-locales are offered only with it
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    db = folder / "committee.sqlite"
    command = Path(sys.executable).with_name("sistercommittee")
    # The sample in the language shown, as Try with Sample Data makes it for a Spanish or
    # Japanese volunteer (the pseudo-locales keep the English records).
    env = dict(os.environ)
    if not is_pseudo(args.language):
        env.pop("LC_ALL", None)
        env.pop("LANGUAGE", None)
        env["LC_MESSAGES"] = f"{args.language}.UTF-8"
    subprocess.run(
        [str(command), "--db", str(db), "demo"], check=True, capture_output=True, env=env
    )

    from PySide6.QtCore import QCoreApplication, QSettings

    from sistercommittee.ui.app import APPLICATION, ORGANIZATION

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    chosen = QSettings()
    chosen.setValue("preferences/language", args.language)
    chosen.sync()
    return Shooter(args.language, args.out, db).run()


class Shooter:
    def __init__(self, language: str, out: Path, db: Path) -> None:
        from sistercommittee.ui.app import create_application

        self.app = create_application([sys.argv[0]])
        self.language = language
        self.out = out
        self.prefix = f"{language}_"
        if is_pseudo(language):  # docs/screenshots/pseudo/<name>.png, rtl/<name>.png
            self.out = out / ("rtl" if language == MIRRORED else "pseudo")
            self.prefix = ""
        self.db = db
        self.unfinished: list[str] = []
        self.out.mkdir(parents=True, exist_ok=True)

    def idle(self) -> bool:
        """Wait until no worker job is under way; False if one still is after the bound."""
        end = time.monotonic() + 120  # a bound: a loaded machine can hold a job back long
        while time.monotonic() < end:
            self.app.processEvents()
            if self.ctx.runner.pending == 0:
                return True
            time.sleep(0.02)
        return False

    def wait(self, seconds: float = 0.6) -> None:
        self.idle()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def grab(self, widget: Any, name: str) -> None:
        # A page shot while its records are still being read is an empty page (the Japanese
        # agenda once was, under a CI run's load): no shot then, and the run fails.
        if not self.idle():
            print("still loading, no screenshot:", name, file=sys.stderr)
            self.unfinished.append(name)
            return
        screen = widget.screen()
        geometry = widget.frameGeometry()
        pixmap = screen.grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
        )
        path = self.out / f"{self.prefix}{name}.png"
        pixmap.save(str(path))
        optimise(path)
        print("saved", path)

    def dialog(self, trigger: Any, kind: type, name: str, prepare: Any = None) -> None:
        from PySide6.QtWidgets import QApplication

        trigger()
        end = time.monotonic() + 20
        found = None
        while found is None and time.monotonic() < end:
            self.app.processEvents()
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
            found = next((w for w in shown if w.isVisible()), None)
        if found is None:
            print("no dialog for", name)
            return
        self.wait(0.8)
        if prepare is not None:
            prepare(found)
            self.wait(0.8)
        self.grab(found, name)
        if hasattr(found, "done"):
            found.done(0)
        else:
            found.close()
        self.wait(0.3)

    def run(self) -> int:
        """The tour (tests/ui/tour.py): every page, its detail tabs and every dialog, the same
        list the pseudo-locale check walks."""
        from PySide6.QtCore import QSettings

        from sistercommittee.ui.context import AppContext
        from sistercommittee.ui.main_window import MainWindow
        from sistercommittee.ui.startup import start
        from tests.ui.tour import Tour, TourError, stops

        settings = QSettings(str(self.db.with_suffix(".ini")), QSettings.Format.IniFormat)
        settings.setValue("preferences/language", self.language)  # as Preferences shows it
        self.ctx = ctx = AppContext(settings)
        window = MainWindow(ctx)
        window.resize(1366, 740)
        window.move(0, 0)
        window.show()
        start(ctx, window, self.db)
        end = time.monotonic() + 60
        while not ctx.ready and time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)
        if not ctx.ready:
            print("the database did not open")
            return 1
        self.wait(1.0)

        def grab_inside(look: Any) -> None:  # a message box open in its own event loop
            self.wait(0.5)
            self.grab(look.widget, look.name)

        tour = Tour(window, self.db.parent, look_inside=grab_inside)
        for look in tour.pages():
            self.wait(0.5)  # the X server shows what was painted
            self.grab(look.widget, look.name)
        failed = []
        for stop in stops():
            try:
                for look in tour.visit(stop):
                    self.wait(0.5)
                    self.grab(look.widget, look.name)
            except TourError as error:
                print("no dialog for", stop.name, error)
                failed.append(stop.name)
        window.close()
        ctx.runner.wait_done()
        return 1 if failed or self.unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
