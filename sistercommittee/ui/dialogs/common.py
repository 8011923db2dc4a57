"""Small pieces the record dialogs share: a form dialog in one call, the delete question, common
editor sets."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sistercommittee.ui import formatting, labels
from sistercommittee.ui.dialogs.record_dialog import RecordDialog, save_letters
from sistercommittee.ui.widgets.editors import (
    BoolEditor,
    ChoiceEditor,
    EditorFactory,
    MultiChoiceEditor,
    MultilineEditor,
    SearchableEditor,
    TextEditor,
)
from sistercommittee.ui.widgets.form import FormWidget
from sistercommittee.ui.widgets.typed_editors import (
    AmountEditor,
    DateEditor,
    DateTimeEditor,
    TimeEditor,
)

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.forms import FormSpec
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.undo import Undoable


def form_dialog(
    ctx: AppContext,
    parent: QWidget | None,
    title: str,
    spec: FormSpec,
    editors: Mapping[str, EditorFactory],
    save: Callable[[dict[str, Any]], Callable[[], Undoable]],
    undo_text: str,
    *,
    values: Mapping[str, Any] | None = None,
    only: Iterable[str] | None = None,
    on_saved: Callable[[Changes], None] | None = None,
    settings_key: str = "",
    intro: str = "",
    helps: Mapping[str, str] | None = None,
    setup: Callable[[FormWidget], None] | None = None,
) -> RecordDialog:
    """Open a dialog for ``spec``'s fields; Save runs ``save(values)`` as an undoable action.
    ``setup`` may connect the editors to each other before the dialog shows."""
    # The dialog's Save button owns its letter; the fields take other letters.
    form = FormWidget(spec, editors, only=only, helps=helps, used_mnemonics=save_letters())
    if values:
        form.set_values(values)
    if setup is not None:
        setup(form)
    dialog = RecordDialog(
        ctx, title, form, save, undo_text, parent, settings_key=settings_key, intro=intro
    )
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


def confirm(parent: QWidget | None, question: str, detail: str = "", action: str = "") -> bool:
    """Ask before a delete; the destructive button is named for what it does."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Common", "Please confirm"))
    box.setText(question)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(
        action or QCoreApplication.translate("Common", "&Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QCoreApplication.translate("Common", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


# --- editor factories ---------------------------------------------------------------------------


def text(placeholder: str = "") -> EditorFactory:
    return lambda label: TextEditor(placeholder)


def multiline() -> EditorFactory:
    return lambda label: MultilineEditor()


def boolean() -> EditorFactory:
    return BoolEditor


def optional_date() -> EditorFactory:
    return lambda label: DateEditor(optional=True)


def required_date() -> EditorFactory:
    return lambda label: DateEditor(optional=False)


def date_time() -> EditorFactory:
    return lambda label: DateTimeEditor()


def clock_time() -> EditorFactory:
    return lambda label: TimeEditor()


def amount() -> EditorFactory:
    return lambda label: AmountEditor()


def choice(vocabulary: str, blank: str | None = None) -> EditorFactory:
    return lambda label: ChoiceEditor(labels.options(vocabulary), blank=blank)


def choices(vocabulary: str, columns: int = 2) -> EditorFactory:
    return lambda label: MultiChoiceEditor(labels.options(vocabulary), columns)


def country() -> EditorFactory:
    return lambda label: SearchableEditor(formatting.countries())


def language() -> EditorFactory:
    return lambda label: SearchableEditor(formatting.languages())


def time_zone() -> EditorFactory:
    return lambda label: SearchableEditor(
        [(zone, zone.replace("_", " ")) for zone in formatting.time_zones()]
    )


def currency() -> EditorFactory:
    from sistercommittee.ui.dialogs.welcome_dialog import currency_options

    return lambda label: SearchableEditor(currency_options())


def fit_wrapped_text(dialog: QWidget) -> None:
    """Make ``dialog`` tall enough for its word-wrapped texts at the width it has: a window
    takes the height its layout wanted at its narrower preferred width, which cuts off the last
    lines of a long text (and translations are often longer than the English)."""
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    # Qt gives a window with wrapped text at most 2/3 of the screen's width, even when its
    # buttons need more: never narrower than its layout can be.
    width = max(dialog.width(), dialog.minimumSizeHint().width())
    screen = dialog.screen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width())
    needed = layout.totalHeightForWidth(width)
    if width != dialog.width() or needed > dialog.height():
        dialog.resize(width, max(needed, dialog.height()))


def outcome_editors() -> dict[str, EditorFactory]:
    """Editors of the economic-development outcomes an event and an exchange share
    (services/outcomes.py); the counts are typed as text."""
    return {
        "trade_mission": boolean(),
        "investment_currency": currency(),
        "investment": amount(),
    }
