"""The heat map's rows and columns, as the Resources view shows them.

``render`` turns the inputs a background read kept and the what-if moves into what the
view fills its table, chart and subtitle from (a ``HeatRead``): it runs off the GUI
thread on a load and on it for a redraw (a move, a switch of grouping or bookings).
``heat_columns`` says how each column reads a ``HeatRow``: a month's cell is its
utilisation, band colour, what-if arrow and tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from pmo_desktop.domain.capacity import UtilBand, cell_text
from pmo_desktop.domain.money import format_pct
from pmo_desktop.domain.portfolio_rules import is_over_allocated
from pmo_desktop.domain.whatif import Move
from pmo_desktop.operations.whatif import Utilisation, compute, heat_rows
from pmo_desktop.store.labels import plural
from pmo_desktop.store.queries_resources import HeatRow
from pmo_desktop.store.queries_whatif import UtilisationInputs

from ..viewkit.fmt import text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.keyed import PreparedRows
from ..viewkit.models import CENTRE, RIGHT, Column
from .role_chart import month_title as _month_title

__all__ = ["HeatRead", "LEGEND", "MARKS", "heat_columns", "legend_html", "render",
           "row_name"]

LEGEND = (UtilBand.FREE, UtilBand.LOW, UtilBand.UNDER, UtilBand.TARGET, UtilBand.OVER,
          UtilBand.HOTSPOT, UtilBand.NONE)
MARKS = {"worse": "▲", "better": "▼"}  # a what-if cell's arrow beside its figure


def legend_html() -> str:
    """The bands' colours and labels, and the what-if arrows, as one line of rich text."""
    return "&nbsp; ".join(
        f"<span style='background-color:{b.colour}; border:1px solid #888'>"
        f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{b.label}" for b in LEGEND) \
        + "&nbsp; ▲ worse ▼ better"


def _cell_text(k: int) -> Callable[[HeatRow], str]:
    def text(r: HeatRow) -> str:
        c = r.cells[k]
        shown = cell_text(c.allocated, c.capacity)
        return f"{MARKS[c.mark]} {shown}" if c.mark else shown
    return text


def _cell_heat(k: int) -> Callable[[HeatRow], str | None]:
    return lambda r: r.cells[k].band.colour


def _cell_key(k: int) -> Callable[[HeatRow], Any]:
    return lambda r: r.cells[k].pct


def _cell_tip(k: int) -> Callable[[HeatRow], str]:
    def tip(r: HeatRow) -> str:
        c = r.cells[k]
        text = tr("{who}: {a:,.0f} h allocated of {c:,.0f} h capacity ({p}) — {b}").format(
            who=r.name, a=c.allocated, c=c.capacity, p=format_pct(c.pct, 0), b=c.band.label)
        if c.mark:
            text += " · " + (tr("worse under this what-if") if c.mark == "worse"
                             else tr("better under this what-if"))
        return text
    return tip


def heat_columns(months: list[str], sizes: dict[str, int],
                 group_by: str = "role") -> list[Column[HeatRow]]:
    """``sizes`` is the number of people per group (shown on the group rows); a person's
    second column is their team when grouped by role, their role when by team."""
    other = (lambda r: text_or_dash(r.team)) if group_by == "role" else \
        (lambda r: text_or_dash(r.role))
    cols: list[Column[HeatRow]] = [
        Column(tr("Role / person") if group_by == "role" else tr("Team / person"),
               lambda r: r.name if r.kind != "person" else f"    {r.name}", width=200),
        Column(tr("Team") if group_by == "role" else tr("Role"),
               lambda r: other(r) if r.kind == "person" else
               plural(sizes.get(r.name, 0), "person", "people"), width=130),
    ]
    for k, month in enumerate(months):
        cols.append(Column(_month_title(month), _cell_text(k), key=_cell_key(k),
                           heat=_cell_heat(k), tooltip=_cell_tip(k), align=CENTRE, width=72,
                           searched=False))
    cols.append(Column(tr("Peak"), lambda r: format_pct(r.peak_pct, 0),
                       key=lambda r: r.peak_pct, align=RIGHT, width=64, searched=False))
    return cols


class HeatRead(NamedTuple):
    """What the background read hands to the view's ``fill``."""

    inputs: UtilisationInputs
    grid: Utilisation
    rows: list[HeatRow]
    sizes: dict[str, int]  # people per group
    columns: list[Column[HeatRow]]
    prepared: PreparedRows[HeatRow] | None  # None: a redraw, set on the GUI thread
    people: int
    over: int  # people over-allocated in some month


def _summary(rows: list[HeatRow]) -> tuple[dict[str, int], int, int]:
    """People per group, people, people over-allocated in some month."""
    sizes: dict[str, int] = {}
    group = ""
    people = over = 0
    for r in rows:
        if r.kind != "person":
            group = r.name
            sizes[group] = 0
            continue
        sizes[group] += 1
        people += 1
        over += is_over_allocated(r.peak_pct)
    return sizes, people, over


def row_name(row: HeatRow) -> str:
    return row.name


def render(inputs: UtilisationInputs, moves: list[Move], committed_only: bool,
           group_by: str, prepare: Any) -> HeatRead:
    """The heat map's rows and columns from ``inputs`` under ``moves``."""
    grid = compute(inputs, moves, committed_only=committed_only)
    rows = heat_rows(grid, group_by)
    sizes, people, over = _summary(rows)
    columns = heat_columns(grid.months, sizes, group_by)
    prepared = prepare(rows, columns) if prepare is not None else None
    return HeatRead(inputs, grid, rows, sizes, columns, prepared, people, over)
