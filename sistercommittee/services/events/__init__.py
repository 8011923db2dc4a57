"""Events: when and where, which partnerships they concern, who staffs them, what they cost.

Times. An event's times are typed on the wall clock of its venue (``time_zone``, which defaults
to the organization's zone) and stored in UTC; shift times are typed on the same wall clock. A time
that does not exist on that clock (the hour skipped when summer time begins) is refused; a time
that exists twice (the hour repeated when it ends) is read as the first of the two.

Editing. Changing only the time zone keeps the wall-clock times and re-reads them in the new zone
(the venue was entered in the wrong zone; "18:00" stays 18:00). Changing the start without giving
an end keeps the event's length, and the shifts move with the event so that the staffing plan
stays as it was around it. Changing only the end leaves the shifts where they are, and is refused
if a shift would then fall outside the event.
"""

from __future__ import annotations

from sistercommittee.services.events.budget import (
    add_budget_line,
    budget_line_form_values,
    delete_budget_line,
    delete_budget_lines,
    edit_budget_line,
    restore_budget_line,
    restore_budget_lines,
)
from sistercommittee.services.events.event import (
    add_event,
    delete_event,
    delete_events,
    edit_event,
    event_form_values,
    restore_event,
    restore_events,
)
from sistercommittee.services.events.forms import BUDGET_LINE_FORM, EVENT_FORM, SHIFT_FORM
from sistercommittee.services.events.queries import get_event, list_events, upcoming_events
from sistercommittee.services.events.results import (
    Amounts,
    BudgetLineInfo,
    BudgetTotals,
    EventDetail,
    EventQuery,
    EventRow,
    LinkedPartnership,
    ShiftInfo,
    SortKey,
    budget_totals,
)
from sistercommittee.services.events.shifts import (
    add_shift,
    assign_shift,
    delete_shift,
    delete_shifts,
    edit_shift,
    restore_shift,
    restore_shifts,
    shift_form_values,
)
from sistercommittee.services.events.times import (
    DEFAULT_LENGTH,
    MAX_EVENT_LENGTH,
    MAX_SHIFT_LENGTH,
    SETUP_SLACK,
    wall_clock,
)

__all__ = [
    "BUDGET_LINE_FORM",
    "DEFAULT_LENGTH",
    "EVENT_FORM",
    "MAX_EVENT_LENGTH",
    "MAX_SHIFT_LENGTH",
    "SETUP_SLACK",
    "SHIFT_FORM",
    "Amounts",
    "BudgetLineInfo",
    "BudgetTotals",
    "EventDetail",
    "EventQuery",
    "EventRow",
    "LinkedPartnership",
    "ShiftInfo",
    "SortKey",
    "add_budget_line",
    "add_event",
    "add_shift",
    "assign_shift",
    "budget_line_form_values",
    "budget_totals",
    "delete_budget_line",
    "delete_budget_lines",
    "delete_event",
    "delete_events",
    "delete_shift",
    "delete_shifts",
    "edit_budget_line",
    "edit_event",
    "edit_shift",
    "event_form_values",
    "get_event",
    "list_events",
    "restore_budget_line",
    "restore_budget_lines",
    "restore_event",
    "restore_events",
    "restore_shift",
    "restore_shifts",
    "shift_form_values",
    "upcoming_events",
    "wall_clock",
]
