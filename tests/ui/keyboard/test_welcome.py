"""The welcome's "create the organization" form, typed into: leaving it with typed text asks
Create / Discard / Cancel, as every other dialog asks before what was typed is lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from sistercommittee.ui.dialogs.welcome_dialog import WelcomeDialog
from tests.ui.keyboard.typing import (
    activate,
    answer,
    close_popup,
    focused_name,
    press_escape,
    question,
    tab,
    type_fields,
    type_into_focused,
)


@pytest.fixture
def bare(translated_app: Any, settings: Any, shown_errors: Any, qtbot: Any) -> Any:
    """A context and window with no database yet, as the app starts on a new file."""
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow

    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    ctx.close()


def welcome(qtbot: Any, ctx: Any, window: Any, path: Path) -> WelcomeDialog:
    from sistercommittee.ui.startup import start

    start(ctx, window, path)
    found: list[WelcomeDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WelcomeDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    dialog = found[0]
    activate(qtbot, dialog)
    return dialog


def type_name_and_city(qtbot: Any, dialog: WelcomeDialog) -> None:
    assert focused_name(dialog) == "name"  # typing starts in the first field
    type_into_focused(qtbot, "Springfield Sister Cities")
    tab(qtbot)
    assert focused_name(dialog) == "city"
    type_into_focused(qtbot, "Springfield")


def test_escape_asks_cancel_keeps_the_text_and_discard_creates_nothing(
    qtbot, bare, tmp_path, shown_errors, snap
):
    ctx, window = bare
    path = tmp_path / "committee.sqlite"
    dialog = welcome(qtbot, ctx, window, path)
    type_name_and_city(qtbot, dialog)

    press_escape(qtbot)
    box = question(qtbot)
    assert box.text() == "Create the organization from the details you typed?"
    snap(box, "welcome-unsaved")
    answer(qtbot, box, "escape")  # Cancel
    assert dialog.isVisible()
    assert dialog.form.editor("name").value() == "Springfield Sister Cities"
    assert dialog.form.editor("city").value() == "Springfield"
    activate(qtbot, dialog)
    assert focused_name(dialog) == "city"  # typing goes on where it was

    press_escape(qtbot)
    answer(qtbot, question(qtbot), "d")  # Discard
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.opened is None and not ctx.ready
    assert not path.exists()  # nothing created
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)  # the app quits
    assert shown_errors == []


def test_escape_then_create_makes_the_organization_from_what_was_typed(
    qtbot, bare, tmp_path, shown_errors
):
    from sistercommittee.services.organizations import get_organization

    ctx, window = bare
    path = tmp_path / "committee.sqlite"
    dialog = welcome(qtbot, ctx, window, path)
    type_name_and_city(qtbot, dialog)
    tab(qtbot)
    assert focused_name(dialog) == "region"
    type_into_focused(qtbot, "Illinois")
    tab(qtbot)

    press_escape(qtbot)
    answer(qtbot, question(qtbot), "c")  # &Create Organization
    # Refused: the dialog stays, with what was typed and the message under the field.
    form = dialog.form
    qtbot.waitUntil(lambda: bool(form.error_text("country")), timeout=10_000)
    assert form.error_text("country") == "Country is required."
    assert dialog.isVisible() and not path.exists() and not ctx.ready
    assert form.editor("region").value() == "Illinois"

    activate(qtbot, dialog)
    type_fields(qtbot, dialog, {"country": "United States"})
    close_popup(qtbot)
    tab(qtbot)
    press_escape(qtbot)
    answer(qtbot, question(qtbot), "c")
    qtbot.waitUntil(lambda: ctx.ready, timeout=10_000)
    assert not dialog.isVisible() and dialog.created
    org = get_organization(ctx.db)
    assert (org.name, org.city, org.region, org.country, org.time_zone) == (
        "Springfield Sister Cities",
        "Springfield",
        "Illinois",
        "US",
        "America/Chicago",
    )
    assert ctx.db.path == path
    assert shown_errors == []


def test_escape_with_nothing_typed_quits_without_asking(qtbot, bare, tmp_path):
    ctx, window = bare
    path = tmp_path / "committee.sqlite"
    dialog = welcome(qtbot, ctx, window, path)
    press_escape(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "unsaved_question" and w.isVisible()
    ]
    assert not path.exists() and not ctx.ready
