"""Named reads of the money a board looks at: each project's financial lines phased by
month (``domain.evm_phased``), roll-ups per programme and for the portfolio
(``domain.evm_rollup``), and the figures frozen by the closed reporting periods.

The reads return plain rows; every figure is computed by ``domain`` (``evm_phased`` for
earned value, ``rag_calc`` for the calculated RAG), never in SQL. ``money_book`` puts
them together for the Financials view, the pack and ``pmo-desktop financials``.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain
from typing import Any

from pmo_desktop.domain import evm_grid as evg
from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain import evm_rollup as er
from pmo_desktop.domain.evm import EvmResult, compute
from pmo_desktop.domain.evm_eac import EAC_METHOD_NAMES
from pmo_desktop.domain.evm_months import month_index, month_of
from pmo_desktop.domain.settings_rules import DEFAULT_EAC_METHOD

from .queries_common import Source, database, one_read, parse_date


@dataclass(frozen=True)
class MoneyProject:
    """A project's own fields that its money needs."""

    id: int
    code: str
    name: str
    programme: str | None
    bac: float | None
    pct_complete: float | None
    eac: float | None
    start_baseline: date | None
    finish_baseline: date | None
    finish_forecast: date | None


@dataclass(frozen=True)
class PeriodMoney:
    """What a closed period froze, summed over the projects it covers (the indices of
    a trend come from these sums, never from averaged indices)."""

    as_of: str
    label: str
    projects: int
    bac: float | None
    pv: float | None
    ev: float | None
    ac: float | None
    eac: float | None

    @property
    def evm(self) -> EvmResult:
        """The period's indices, from its sums (``domain.evm.compute``)."""
        return compute(self.bac, self.pv, self.ev, self.ac, eac=self.eac)

    def index_points(self, at: float) -> tuple[tuple[float, float] | None,
                                                tuple[float, float] | None]:
        """``(at, CPI)`` and ``(at, SPI)`` for a trend chart (``None`` where undefined)."""
        e = self.evm
        return (None if e.cpi is None else (at, e.cpi),
                None if e.spi is None else (at, e.spi))


def _scope(programme: str | None, code: str | None,
           codes: Collection[str] | None = None,
           ids: Collection[int] | None = None) -> tuple[str, list[Any]]:
    if ids is not None:
        return "p.id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))]
    if codes is not None:
        return "p.code IN (SELECT value FROM json_each(?))", [json.dumps(sorted(codes))]
    if code is not None:
        return "p.code = ?", [code]
    if programme is not None:
        return "g.name = ?", [programme]
    return "1", []


def money_projects(source: Source, programme: str | None = None,
                   code: str | None = None,
                   codes: Collection[str] | None = None) -> list[MoneyProject]:
    """The projects (of one programme, one project by code, or those ``codes``), in
    code order."""
    where, params = _scope(programme, code, codes)
    rows = database(source).execute(f"""
        SELECT p.id, p.code, p.name, g.name, p.bac, p.pct_complete, p.eac,
               p.start_baseline, p.finish_baseline, COALESCE(p.finish_forecast,
               p.finish_baseline)
        FROM project p LEFT JOIN programme g ON g.id = p.programme_id
        WHERE {where} ORDER BY p.code""", params).fetchall()
    return [MoneyProject(int(r[0]), r[1], r[2] or "", r[3], r[4], r[5], r[6],
                         parse_date(r[7]), parse_date(r[8]), parse_date(r[9])) for r in rows]


def _line_scope(programme: str | None = None, code: str | None = None,
                codes: Collection[str] | None = None,
                ids: Collection[int] | None = None) -> tuple[str, list[Any]]:
    """A ``WHERE`` on ``financial f`` for the lines of the projects in scope."""
    if ids is not None:
        return "WHERE f.project_id IN (SELECT value FROM json_each(?))", [
            json.dumps(sorted(ids))]
    where, params = _scope(programme, code, codes)
    if where == "1":
        return "", []
    return f"""WHERE f.project_id IN (SELECT p.id FROM project p
        LEFT JOIN programme g ON g.id = p.programme_id WHERE {where})""", params


def money_lines(source: Source, programme: str | None = None, code: str | None = None,
                codes: Collection[str] | None = None,
                ids: Collection[int] | None = None) -> dict[int, list[ep.Line]]:
    """Each project's financial lines in month order, by project id, as plain
    ``(period, planned, actual, forecast, earned)`` tuples (one ordered scan of the
    covering index ``financial_project``; the grouping is slicing)."""
    scope, params = _line_scope(programme, code, codes, ids)
    db = database(source)
    counts = db.execute(f"""SELECT f.project_id, COUNT(*) FROM financial f {scope}
        GROUP BY f.project_id ORDER BY f.project_id""", params).fetchall()
    rows = db.execute(f"""SELECT f.period, f.planned, f.actual, f.forecast, f.earned
        FROM financial f {scope} ORDER BY f.project_id, f.period""", params).fetchall()
    out: dict[int, list[ep.Line]] = {}
    start = 0
    for pid, count in counts:
        out[pid] = rows[start:start + count]
        start += count
    return out


def money_grid(source: Source, as_of: date, programme: str | None = None,
               code: str | None = None, codes: Collection[str] | None = None,
               ids: Collection[int] | None = None) -> evg.MoneyGrid:
    """The financial lines of the projects in scope as flat columns of floats
    (``domain.evm_grid``), as of ``as_of``, in one read transaction.

    One ordered scan of the covering index ``financial_project`` streams the planned
    amount and the outturn of each line straight into an array (no tuple per line is
    kept). Each project's first and last month (two index look-ups) place its lines:
    ``count`` months from the first, when the lines add up to that many (they cannot
    be more: one line a project and month); otherwise the lines are counted, and the
    few projects with a month missing get their plain lines (``money_lines``). The
    projects that record earned value get their ``earned`` column the same way.
    """
    scope, params = _line_scope(programme, code, codes, ids)
    where, project_params = _scope(programme, code, codes, ids)
    db = database(source)
    with one_read(db):
        heads = db.execute(f"""SELECT p.id,
            (SELECT MIN(period) FROM financial WHERE project_id = p.id),
            (SELECT MAX(period) FROM financial WHERE project_id = p.id)
            FROM project p LEFT JOIN programme g ON g.id = p.programme_id
            WHERE {where} ORDER BY p.id""", project_params).fetchall()
        values = array("d", chain.from_iterable(db.execute(f"""
            SELECT IFNULL(f.planned, 0.0), CASE WHEN f.period <= ? THEN IFNULL(f.actual, 0.0)
                   ELSE COALESCE(f.forecast, f.planned, 0.0) END
            FROM financial f {scope} ORDER BY f.project_id, f.period""",
            [month_of(as_of)] + params)))
        index = month_index
        months = {pid: (index(first), index(last) - index(first) + 1)
                  for pid, first, last in heads if first is not None}
        counts = {pid: span for pid, (_first, span) in months.items()}
        if sum(counts.values()) != len(values) // 2:  # some month has no line
            counts = dict(db.execute(f"""SELECT f.project_id, COUNT(*) FROM financial f
                {scope} GROUP BY f.project_id""", params).fetchall())
        earning = sorted(pid for (pid,) in db.execute(f"""SELECT DISTINCT f.project_id
            FROM financial f {scope} {"AND" if scope else "WHERE"} f.earned IS NOT NULL""",
            params))
        spans: dict[int, evg.Span] = {}
        start = 0
        for pid, (first, span) in months.items():
            count = counts[pid]
            if count == span:
                spans[pid] = evg.Span(first, start, count)
            start += count
        earned = array("d")
        earning = [pid for pid in earning if pid in spans]
        if earning:
            earned.extend(chain.from_iterable(db.execute(
                """SELECT IFNULL(f.earned, 0.0) FROM financial f
                WHERE f.project_id IN (SELECT value FROM json_each(?))
                ORDER BY f.project_id, f.period""", [json.dumps(earning)])))
        at = 0
        for pid in earning:  # ascending ids, as the lines came
            spans[pid] = replace(spans[pid], earned_at=at)
            at += spans[pid].count
        odd = [pid for pid in months if pid not in spans]
        irregular = money_lines(db, ids=odd) if odd else {}
    return evg.MoneyGrid(as_of, values[0::2], values[1::2], earned, spans, irregular)


def period_money(source: Source, programme: str | None = None, code: str | None = None,
                 codes: Collection[str] | None = None,
                 until: date | None = None) -> list[PeriodMoney]:
    """The closed periods (up to ``until``), oldest first, each with the BAC, PV, EV, AC
    and EAC it froze (of one programme, one project or those ``codes`` when given;
    snapshots are immutable, so a past period's figures never change after later
    edits)."""
    cond, params = "", []
    if codes is not None:
        cond, params = ("AND s.project_code IN (SELECT value FROM json_each(?))",
                        [json.dumps(sorted(codes))])
    elif code is not None:
        cond, params = "AND s.project_code = ?", [code]
    elif programme is not None:
        cond, params = "AND s.programme = ?", [programme]
    where = "" if until is None else "WHERE r.as_of <= ?"
    rows = database(source).execute(f"""
        SELECT r.as_of, COALESCE(r.label, r.as_of), COUNT(s.id), SUM(s.bac), SUM(s.pv),
               SUM(s.ev), SUM(s.ac), SUM(COALESCE(s.eac, s.bac))
        FROM reporting_period r
        LEFT JOIN status_snapshot s ON s.period_id = r.id {cond} {where}
        GROUP BY r.id ORDER BY r.as_of""",
        params + ([] if until is None else [until.isoformat()])).fetchall()
    return [PeriodMoney(*r) for r in rows]


def eac_method(settings: dict[str, Any]) -> str:
    """The portfolio's ``eac_method`` setting (``reported`` when unset or unknown)."""
    method = settings.get("eac_method") or DEFAULT_EAC_METHOD
    return method if method in EAC_METHOD_NAMES else DEFAULT_EAC_METHOD


@dataclass(frozen=True)
class ProjectMoney:
    project: MoneyProject
    phased: ep.PhasedEvm


@dataclass
class MoneyBook:
    """The phased money of a set of projects: each project, each programme's roll-up
    and the total (the portfolio's, or the one programme's), as of one date."""

    as_of: date
    method: str
    projects: list[ProjectMoney]
    programmes: dict[str, ep.PhasedEvm]
    total: ep.PhasedEvm
    periods: list[PeriodMoney] = field(default_factory=list)
    finish: date | None = None  # the latest forecast finish, where the EAC line ends


NO_PROGRAMME = "(no programme)"


def month_sums(source: Source, as_of: date, phasing: dict[int, ep.EvPhasing],
               programme: str | None = None, code: str | None = None,
               by_programme: bool = False, codes: Collection[str] | None = None,
               weighted: Mapping[str, Mapping[str, float]] | None = None
               ) -> dict[str, dict[str, er.MonthSums]]:
    """Plain sums of the financial lines by month (and by programme name when
    ``by_programme``, else under ``""``), split at the status month, with each
    project's actual and planned amounts weighted by its ``phasing`` (``domain``
    decides the weights; the sums are SQL's). ``weighted``: those weighted sums already
    added up (``er.ev_by_month`` over lines in memory, group → month → EV), so SQL
    leaves them out. ``er.monthly_from_sums`` turns the sums into months."""
    where, params = _scope(programme, code, codes)
    month = month_of(as_of)
    weights = [[pid, w.per_actual, w.per_planned] for pid, w in phasing.items()
               if w.per_actual or w.per_planned]
    group = "COALESCE(g.name, ?)" if by_programme else "''"
    join = """JOIN project p ON p.id = f.project_id
        LEFT JOIN programme g ON g.id = p.programme_id""" if by_programme or where != "1" else ""
    first = [NO_PROGRAMME] if by_programme else []
    # By month alone the index ``financial_period`` streams the groups (no sort).
    by = "1, f.period" if by_programme else "f.period"
    db = database(source)
    rows = db.execute(f"""
        SELECT {group}, f.period, TOTAL(f.planned),
          TOTAL(CASE WHEN f.period <= ? THEN f.actual END),
          TOTAL(CASE WHEN f.period > ? THEN f.forecast END),
          TOTAL(CASE WHEN f.period > ? AND f.forecast IS NULL THEN f.planned END),
          TOTAL(CASE WHEN f.period <= ? THEN f.earned END)
        FROM financial f {join} WHERE {where} GROUP BY {by}""",
        first + [month] * 4 + params).fetchall()
    if weighted is not None:
        rows = [(*r, weighted.get(r[0], {}).get(r[1], 0.0), 0.0) for r in rows]
    else:
        # The weights' projects first, each one's lines by the index
        # ``financial_project`` (the other way round would scan the weights per line).
        found = {(r[0], r[1]): (r[2], r[3]) for r in db.execute(f"""
            WITH w(pid, ka, kp) AS (SELECT value ->> 0, value ->> 1, value ->> 2
                                    FROM json_each(?))
            SELECT {group}, f.period, TOTAL(f.actual * w.ka), TOTAL(f.planned * w.kp)
            FROM w CROSS JOIN financial f ON f.project_id = w.pid {join}
            WHERE f.period <= ? AND {where} GROUP BY {by}""",
            [json.dumps(weights)] + first + [month] + params)}
        rows = [(*r, *found.get((r[0], r[1]), (0.0, 0.0))) for r in rows]
    out: dict[str, dict[str, er.MonthSums]] = {}
    for r in rows:
        out.setdefault(r[0], {})[r[1]] = er.MonthSums(*r[2:])
    return out


def money_book(source: Source, as_of: date, method: str = DEFAULT_EAC_METHOD,
               programme: str | None = None, code: str | None = None,
               by_programme: bool = True, codes: Collection[str] | None = None,
               grid: evg.MoneyGrid | None = None) -> MoneyBook:
    """Phase every project's money as of ``as_of`` with the EAC ``method`` (figures to
    date and Earned Schedule, ``domain.evm_grid.phase_project``) and roll it up per
    programme and in total: the figures are the sums of the projects', the months the
    sums of the projects' months (each weighted by its EV phasing), the portfolio's
    from its programmes'. ``grid``: the lines of those projects already read
    (``money_grid``), so the read can serve other figures too."""
    if grid is None:
        grid = money_grid(source, as_of, programme, code, codes)
    found = money_projects(source, programme, code, codes)
    projects = [ProjectMoney(p, phased) for p, phased in zip(found, evg.phase_projects(
        grid, [(p.id, p.bac, p.pct_complete, p.eac) for p in found], method))]
    groups: dict[str, tuple[evg.Rollup, list[ep.PhasedEvm]]] = {}
    for pm in projects:
        name = (pm.project.programme or NO_PROGRAMME) if by_programme else ""
        rollup, parts = groups.get(name) or groups.setdefault(name, (evg.Rollup(grid), []))
        rollup.add(pm.project.id, pm.phased.ev_phasing)
        parts.append(pm.phased)
    programmes = {name: er.rollup(parts, as_of, method, rollup.months())
                  for name, (rollup, parts) in sorted(groups.items())} if by_programme else {}
    whole = evg.Rollup(grid)
    whole.merge(rollup for rollup, _parts in groups.values())
    total = er.rollup((pm.phased for pm in projects), as_of, method, whole.months())
    finishes = [pm.project.finish_forecast for pm in projects if pm.project.finish_forecast]
    return MoneyBook(as_of, method, projects, programmes, total,
                     period_money(source, programme, code, codes), max(finishes, default=None))


__all__ = ["MoneyBook", "MoneyProject", "NO_PROGRAMME", "PeriodMoney", "ProjectMoney",
           "eac_method", "money_book", "money_grid", "money_lines", "month_sums",
           "money_projects", "period_money"]
