"""Named reads of the money a board looks at: each project's financial lines phased by
month (``domain.evm_phased``), roll-ups per programme and for the portfolio, and the
figures frozen by the closed reporting periods.

The reads return plain rows; every figure is computed by ``domain`` (``evm_phased`` for
earned value, ``rag_calc`` for the calculated RAG), never in SQL. ``money_book`` puts
them together for the Financials view, the pack and ``pmo-desktop financials``.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm import EvmResult, compute
from pmo_desktop.domain.settings_rules import DEFAULT_EAC_METHOD

from .queries_common import Source, database, parse_date


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
           codes: Collection[str] | None = None) -> tuple[str, list[Any]]:
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


def money_lines(source: Source, programme: str | None = None, code: str | None = None,
                codes: Collection[str] | None = None) -> dict[int, list[ep.Line]]:
    """Each project's financial lines in month order, by project id, as plain
    ``(period, planned, actual, forecast, earned)`` tuples (one ordered scan of the
    covering index ``financial_project``; the grouping is slicing)."""
    where, params = _scope(programme, code, codes)
    scope = "" if where == "1" else f"""WHERE f.project_id IN (SELECT p.id FROM project p
        LEFT JOIN programme g ON g.id = p.programme_id WHERE {where})"""
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
    return method if method in ep.EAC_METHOD_NAMES else DEFAULT_EAC_METHOD


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
               ) -> dict[str, dict[str, ep.MonthSums]]:
    """Plain sums of the financial lines by month (and by programme name when
    ``by_programme``, else under ``""``), split at the status month, with each
    project's actual and planned amounts weighted by its ``phasing`` (``domain``
    decides the weights; the sums are SQL's). ``weighted``: those weighted sums already
    added up (``ep.ev_by_month`` over lines in memory, group → month → EV), so SQL
    leaves them out. ``ep.monthly_from_sums`` turns the sums into months."""
    where, params = _scope(programme, code, codes)
    month = ep.month_of(as_of)
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
    out: dict[str, dict[str, ep.MonthSums]] = {}
    for r in rows:
        out.setdefault(r[0], {})[r[1]] = ep.MonthSums(*r[2:])
    return out


def money_book(source: Source, as_of: date, method: str = DEFAULT_EAC_METHOD,
               programme: str | None = None, code: str | None = None,
               by_programme: bool = True, codes: Collection[str] | None = None) -> MoneyBook:
    """Phase every project's money as of ``as_of`` with the EAC ``method`` (figures to
    date and Earned Schedule; the months of one project come from ``phase`` with
    detail) and roll it up per programme and in total: the figures are the sums of the
    projects', the months the store's sums by month, weighted by each project's EV
    phasing, so that no project's months need building."""
    lines = money_lines(source, programme, code, codes)
    projects = []
    for p in money_projects(source, programme, code, codes):
        phased = ep.phase(lines.get(p.id, ()), as_of, bac=p.bac, pct_complete=p.pct_complete,
                          reported_eac=p.eac, method=method, detail=False)
        projects.append(ProjectMoney(p, phased))
    phasing = {pm.project.id: pm.phased.ev_phasing for pm in projects}
    weighted: dict[str, dict[str, float]] = {}
    for pm in projects:  # the lines are in memory: weighting them here beats a join
        group = (pm.project.programme or NO_PROGRAMME) if by_programme else ""
        ep.ev_by_month(lines.get(pm.project.id, ()), pm.phased.ev_phasing, as_of,
                       weighted.setdefault(group, {}))
    sums = month_sums(source, as_of, phasing, programme, code, by_programme, codes, weighted)
    lumps = ep.lumps(pm.phased for pm in projects)
    groups: dict[str, list[ep.PhasedEvm]] = {}
    for pm in projects:
        groups.setdefault(pm.project.programme or NO_PROGRAMME, []).append(pm.phased)
    programmes = {}
    if by_programme:
        for name, items in sorted(groups.items()):
            own = ep.lumps(items)
            programmes[name] = ep.rollup(items, as_of, method, ep.monthly_from_sums(
                sums.get(name, {}), as_of, own))
    total_sums: dict[str, ep.MonthSums] = {}
    for per_month in sums.values():
        for period, row in per_month.items():
            seen = total_sums.get(period)
            total_sums[period] = row if seen is None else ep.MonthSums(
                *(a + b for a, b in zip(seen, row)))
    total = ep.rollup((pm.phased for pm in projects), as_of, method,
                      ep.monthly_from_sums(total_sums, as_of, lumps))
    finishes = [pm.project.finish_forecast for pm in projects if pm.project.finish_forecast]
    return MoneyBook(as_of, method, projects, programmes, total,
                     period_money(source, programme, code, codes), max(finishes, default=None))


__all__ = ["MoneyBook", "MoneyProject", "NO_PROGRAMME", "PeriodMoney", "ProjectMoney",
           "eac_method", "money_book", "money_lines", "month_sums", "money_projects", "period_money"]
