"""Column specs of the change requests (also used by the project page)."""

from __future__ import annotations

from typing import Any

from pmo_desktop.domain.rag import Rag
from pmo_desktop.store.labels import field_label

from ..viewkit.fmt import BLUE, GREY, date_key, days, fmt_date, label, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import RIGHT, Column

CR = dict[str, Any]

STATUS_COLOURS = {
    "draft": GREY, "submitted": BLUE, "under_assessment": BLUE,
    "awaiting_decision": Rag.AMBER.colour, "approved": Rag.GREEN.colour,
    "implemented": Rag.GREEN.colour, "closed": GREY, "rejected": Rag.RED.colour,
    "deferred": "#85994B", "withdrawn": GREY,
}


def cr_columns(money: Any, with_project: bool = True) -> list[Column[CR]]:
    """``money`` formats an amount in the portfolio's currency."""
    cols: list[Column[CR]] = []
    if with_project:
        cols.append(Column(field_label("project_id"), lambda c: c["project_code"],
                           tooltip=lambda c: c["project_name"], width=74))
    cols += [
        Column(field_label("ref"), lambda c: text_or_dash(c["ref"]), width=64),
        Column(field_label("title"), lambda c: text_or_dash(c["title"]), width=260, fill=True,
               tooltip=lambda c: c["description"]),
        Column(tr("Type"), lambda c: label(c["cr_type"]), width=80,
               header_tip=field_label("cr_type")),
        Column(field_label("status"), lambda c: label(c["status"]), width=132,
               chip=lambda c: STATUS_COLOURS.get(c["status"] or "")),
        Column(field_label("impact_cost"), lambda c: money(c["impact_cost"]),
               key=lambda c: c["impact_cost"], align=RIGHT, width=96),
        Column(field_label("impact_schedule_days"), lambda c: days(c["impact_schedule_days"]),
               key=lambda c: c["impact_schedule_days"], align=RIGHT, width=96),
        Column(field_label("priority"), lambda c: label(c["priority"]), width=72),
        Column(tr("Authority"), lambda c: label(c["authority_level"]), width=118,
               header_tip=field_label("authority_level")),
        Column(tr("Raised"), lambda c: fmt_date(c["date_raised"]),
               key=lambda c: date_key(c["date_raised"]), width=92,
               header_tip=field_label("date_raised")),
        Column(tr("Decided"), lambda c: fmt_date(c["decision_date"]),
               key=lambda c: date_key(c["decision_date"]), width=92,
               header_tip=field_label("decision_date")),
    ]
    return cols
