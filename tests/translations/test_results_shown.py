"""What the services say in the agenda and a partnership's Health tab reaches a Spanish-speaking
user in Spanish: the agenda's lines and details, the flags with their reasons, the anniversaries
and the suggestions, as the app shows them (driven from the keyboard, as a person would)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from sistercommittee.services import exchanges, partnerships, volunteers
from tests.ui.helpers import select
from tests.ui.keyboard.typing import activate, alt

ZONE = ZoneInfo("America/Chicago")


def _today() -> date:
    return datetime.now(ZONE).date()


def _records(db: Any) -> str:
    today = _today()
    signed = today.replace(year=today.year - 25) + timedelta(days=40)
    pid = partnerships.add_partnership(
        db, {"city_name": "Takayama", "country": "JP", "status": "active",
             "signed_on": signed.isoformat(), "focus_areas": "education_youth"},
    ).id
    exchanges.add_exchange(
        db,
        {"title": "Estudiantes de Takayama", "direction": "inbound", "program": "youth",
         "partnership_id": pid, "starts_on": (today + timedelta(days=5)).isoformat(),
         "ends_on": (today + timedelta(days=9)).isoformat()},
    )
    volunteers.add_volunteer(
        db, {"given_name": "Ana", "family_name": "Ruiz", "email": "ana@example.org",
             "contact_consent": "yes",
             "consent_date": (today.replace(year=today.year - 2) + timedelta(days=3)).isoformat()},
    )
    return pid


def _window(qtbot: Any, ctx: Any, wait_idle: Any) -> Any:
    from sistercommittee.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main, before_close_func=lambda widget: wait_idle())
    main.show()
    qtbot.waitExposed(main)
    wait_idle()
    return main


def _show(qtbot: Any, window: Any, wait_idle: Any, number: int) -> Any:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    return window.current_page()


def _rows(tree: Any) -> list[tuple[str, str]]:
    found = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        found += [(group.child(n).text(1), group.child(n).text(2)) for n in range(group.childCount())]
    return found


@pytest.mark.parametrize("speaking", ["es_MX"], indirect=True)
def test_the_agenda_and_the_health_tab_speak_spanish(
    qtbot: Any, speaking: Any, ctx: Any, db: Any, wait_idle: Any, shown_errors: list[Any]
) -> None:
    _records(db)
    speaking()
    window = _window(qtbot, ctx, wait_idle)

    page = _show(qtbot, window, wait_idle, 8)
    assert page.key == "agenda"
    qtbot.waitUntil(lambda: page.agenda is not None)
    rows = dict(_rows(page.tree))
    assert rows["Llega la delegación de Takayama: Estudiantes de Takayama"].startswith("5 días, del ")
    assert "Vence el consentimiento de contacto: Ana Ruiz" in rows
    assert rows["25 años de la firma con Takayama"] == (
        "Se puede imprimir el certificado de renovación."
    )
    shown = " ".join(f"{title} {detail}" for title, detail in rows.items())
    for english in ("Delegation", "Consent to be contacted", "since the signing", "renewal"):
        assert english not in shown

    page = _show(qtbot, window, wait_idle, 2)
    assert page.key == "partnerships"
    select(page, lambda row: row.city_name == "Takayama")
    qtbot.waitUntil(lambda: page._detail is not None)
    page.table.setFocus()
    alt(qtbot, "d")  # «Salu&d»
    health = page.health
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is health)
    qtbot.waitUntil(lambda: health.health is not None or bool(shown_errors))
    assert shown_errors == []
    text = health.label.text()
    assert "No hay ningún evento registrado con Takayama." in text
    assert "No hay ningún contacto registrado en Takayama" in text
    assert "25 años de la firma con Takayama" in text
    assert "Empareje una clase de cada ciudad para intercambiar cartas o videos" in text
    for english in ("No event", "No contact", "since the signing", "pen-pal"):
        assert english not in text
