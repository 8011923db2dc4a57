"""The time zone editor of a form follows the place typed above it: the zone the city, region
and country tell (services.places), or, where they do not tell it, a pick among the country's
zones with the reason under the field."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from sistercommittee.ui import formatting
from sistercommittee.ui.shown import shown
from sistercommittee.ui.widgets.form import FormWidget


def _all_zones() -> list[tuple[str, str]]:
    return [(zone, zone.replace("_", " ")) for zone in formatting.time_zones()]


def follow_place(
    form: FormWidget,
    *,
    city: str,
    region: str,
    country: str = "country",
    zone: str = "time_zone",
    keep: Callable[[], bool] = lambda: False,
) -> Callable[[], None]:
    """Connect the place's editors to the zone's; returns the update, for a first call. ``keep``
    says when the user chose the zone themselves and it must not be replaced."""
    from sistercommittee.services import places

    # The city list takes a moment to load: start now, not at the first keystroke.
    threading.Thread(target=places.zone_for_place, args=("", None, "US"), daemon=True).start()
    zone_editor = form.editor(zone)
    note = form.error_label(zone)

    def update() -> None:
        code = form.editor(country).value()
        if not isinstance(code, str) or len(code) != 2 or keep():
            return
        answer = places.zone_for_place(
            str(form.editor(city).value() or "") or None,
            str(form.editor(region).value() or "") or None,
            code.upper(),
        )
        setter = getattr(zone_editor, "set_options", None)
        if answer.zone is not None:
            if setter is not None:
                setter(_all_zones())
            zone_editor.set_value(answer.zone)
            note.clear()
            note.setVisible(False)
        elif answer.choices:
            if setter is not None:
                setter([(z, z.replace("_", " ")) for z in answer.choices])
            zone_editor.set_value(None)
            note.setText(shown(answer.reason))
            note.setVisible(True)

    form.editor(country).edited.connect(update)
    for name in (city, region):
        target = form.editor(name).focus_target()
        if isinstance(target, QLineEdit):
            target.editingFinished.connect(update)  # when the field is left, not each key
        else:
            form.editor(name).edited.connect(update)
    return update
