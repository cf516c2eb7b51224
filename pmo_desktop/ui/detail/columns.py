"""Column specs of the project page's tables."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pmo_desktop.domain.money import MISSING
from pmo_desktop.domain.rag import Trend
from pmo_desktop.store.labels import field_label, plural
from pmo_desktop.store.queries_periods import PeriodMix
from pmo_desktop.store.queries_project import HistoryRow

from ..viewkit.fmt import (
    MILESTONE_COLOURS, TREND_COLOURS, date_key, days, fmt_date, label, rag_chip, rag_text,
    text_or_dash,
)
from ..viewkit.i18n import tr
from ..viewkit.models import CENTRE, RIGHT, Column

Row = dict[str, Any]

DIMENSIONS = ("overall", "schedule", "cost", "scope", "risk", "resource", "benefits")


# -- RAG strip: one row per dimension, one column per closed period, then now --------------


def rag_columns(periods: list[PeriodMix | Row]) -> list[Column[Row]]:
    cols: list[Column[Row]] = [
        Column(tr("Dimension"), lambda r: label(r["dim"]), key=lambda r: r["order"], width=92),
    ]
    for k, period in enumerate(periods):
        title = str(period["short"]) if isinstance(period, dict) else period.label
        cols.append(Column(title, _history_text(k), chip=_history_chip(k), align=CENTRE,
                           width=66, key=_history_key(k),
                           header_tip=str(period["label"]) if isinstance(period, dict)
                           else None))
    cols += [
        Column(tr("Now"), lambda r: f"{rag_text(r['now'])} {r['trend'].arrow}",
               chip=lambda r: rag_chip(r["now"]), align=CENTRE, width=84,
               tooltip=lambda r: tr("Reported; {t} since the last period").format(
                   t=r["trend"].label)),
        Column(tr("Calculated"), lambda r: rag_text(r["calc"]) if r["calc"] else MISSING,
               chip=lambda r: rag_chip(r["calc"]) if r["calc"] else None, align=CENTRE,
               width=84, header_tip=tr("The RAG the rules give from the data")),
    ]
    return cols


def _history_text(k: int) -> Callable[[Row], str]:
    return lambda r: rag_text(r["history"][k]) if r["history"][k] else MISSING


def _history_chip(k: int) -> Callable[[Row], str | None]:
    return lambda r: rag_chip(r["history"][k]) if r["history"][k] else None


def _history_key(k: int) -> Callable[[Row], Any]:
    return lambda r: r["history"][k] or ""


def trend_colour(trend: Trend) -> str:
    return TREND_COLOURS[trend]


# -- milestones ----------------------------------------------------------------------------


def milestone_columns() -> list[Column[Row]]:
    return [
        Column(field_label("ref"), lambda m: text_or_dash(m["ref"]), width=56),
        Column(field_label("name", "milestone"),
               lambda m: m["name"] + ("  ★" if m["critical"] else ""), width=240, fill=True,
               tooltip=lambda m: tr("Critical milestone") if m["critical"] else None),
        Column(field_label("baseline_date"), lambda m: fmt_date(m["baseline_date"]),
               key=lambda m: date_key(m["baseline_date"]), width=106),
        Column(field_label("forecast_date"), lambda m: fmt_date(m["forecast_date"]),
               key=lambda m: date_key(m["forecast_date"]), width=106),
        Column(field_label("actual_date"), lambda m: fmt_date(m["actual_date"]),
               key=lambda m: date_key(m["actual_date"]), width=100),
        Column(tr("Slip"), lambda m: days(m["slip_days"]), key=lambda m: m["slip_days"],
               align=RIGHT, width=70,
               header_tip=tr("Forecast (or actual) minus baseline, calendar days")),
        Column(field_label("status"), lambda m: label(m["state"]), width=140,
               chip=lambda m: MILESTONE_COLOURS.get(m["state"])),
        Column(field_label("owner"), lambda m: text_or_dash(m["owner"]), width=140),
    ]


# -- financials ----------------------------------------------------------------------------


# The amount columns' titles (the Financials tab's month grid).
FIN_TITLES = {
    "planned": tr("Planned"), "actual": tr("Actual"), "forecast": tr("Forecast"),
    "earned": tr("Earned"), "planned_cum": tr("Planned to date"),
    "outturn_cum": tr("Actual + forecast to date"),
}


# -- history -------------------------------------------------------------------------------


def _value(value: Any) -> str:
    if value is None or value == "":
        return MISSING
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def change_text(h: HistoryRow) -> str:
    if h.op == "create":
        count = len(h.new) if isinstance(h.new, dict) else 0
        return tr("Created ({n})").format(n=plural(count, "field"))
    if h.op == "delete":
        return tr("Deleted")
    return f"{_value(h.old)} → {_value(h.new)}"


def change_tooltip(h: HistoryRow) -> str | None:
    values = h.new if h.op == "create" else h.old if h.op == "delete" else None
    if isinstance(values, dict):
        return "\n".join(f"{field_label(k, h.entity)}: {_value(v)}" for k, v in values.items())
    return json.dumps(h.new, ensure_ascii=False, default=str) if h.op == "update" else None


def import_text(h: HistoryRow) -> str:
    if h.batch_id is None:
        return MISSING
    parts = [h.file_name or tr("batch {n}").format(n=h.batch_id)]
    if h.sheet:
        parts.append(h.sheet)
    if h.row is not None:
        parts.append(tr("row {n}").format(n=h.row))
    return " · ".join(parts)


def history_columns() -> list[Column[HistoryRow]]:
    return [
        Column(tr("When"), lambda h: h.at.replace("T", " ")[:16], key=lambda h: h.at,
               width=130),
        Column(tr("Source"), lambda h: label(h.source), width=70),
        Column(tr("Record"), lambda h: f"{label(h.entity)} {h.key}", width=200),
        Column(tr("Field"), lambda h: field_label(h.field, h.entity) if h.field else MISSING,
               width=170),
        Column(tr("Change"), change_text, width=300, fill=True, tooltip=change_tooltip),
        Column(tr("Import"), import_text, width=220,
               header_tip=tr("Import batch: file · sheet · row")),
    ]
