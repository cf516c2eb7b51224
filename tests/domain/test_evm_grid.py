"""``evm_grid``: a project's span of flat columns phases exactly as ``evm_phased.phase``
over its lines, and a roll-up's months follow the rules of ``monthly_from_sums``
(weighted EV, the lumps in the last month up to the status month)."""

from __future__ import annotations

import math
import random
from array import array
from datetime import date

import pytest

from pmo_desktop.domain import evm_grid as evg
from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm_months import month_index, month_name, month_of
from pmo_desktop.domain.evm_rollup import MonthSums, lumps, monthly_from_sums

AS_OF = date(2026, 3, 31)  # status month 2026-03


def _grid(projects: dict[int, list[tuple]], irregular: dict[int, list[tuple]] | None = None
          ) -> evg.MoneyGrid:
    """A grid the way the store builds it, from each project's consecutive lines."""
    status = month_of(AS_OF)
    planned, outturn, earned = array("d"), array("d"), array("d")
    spans = {}
    for pid, lines in projects.items():
        has_earned = any(ln[4] is not None for ln in lines)
        spans[pid] = evg.Span(month_index(lines[0][0]), len(planned), len(lines),
                              len(earned) if has_earned else -1)
        for period, p, a, f, e in lines:
            planned.append(p or 0.0)
            outturn.append((a or 0.0) if period <= status else
                           (f if f is not None else (p or 0.0)))
            if has_earned:
                earned.append(e or 0.0)
    return evg.MoneyGrid(AS_OF, planned, outturn, earned, spans, irregular or {})


LINES = {
    1: [("2026-01", 100.0, 90.0, None, None), ("2026-02", 100.0, 120.0, None, None),
        ("2026-03", 50.0, None, None, None), ("2026-04", 100.0, None, 80.0, None),
        ("2026-05", None, None, None, None)],
    2: [("2025-12", 10.0, 10.0, None, 9.0), ("2026-01", 10.0, 12.0, None, None),
        ("2026-02", 30.0, 25.0, None, 31.0), ("2026-03", 30.0, 30.0, None, 20.0),
        ("2026-04", 20.0, None, 25.0, None)],
    3: [("2026-02", 0.0, 0.0, None, None), ("2026-03", 0.0, 0.0, None, None),
        ("2026-04", 40.0, None, None, None)],  # nothing planned or spent yet: a lump
    4: [("2026-05", 70.0, None, 60.0, None), ("2026-06", 70.0, None, None, None)],
}
FIELDS = {1: (1000.0, 0.3, 1100.0), 2: (100.0, None, None), 3: (400.0, 0.1, None),
          4: (140.0, 0.05, 150.0)}


@pytest.mark.parametrize("method", ["reported", "cpi", "atypical", "cpi_spi"])
def test_a_span_phases_exactly_as_its_lines(method):
    grid = _grid(LINES)
    for pid, lines in LINES.items():
        bac, pct, eac = FIELDS[pid]
        fast = evg.phase_project(grid, pid, bac=bac, pct_complete=pct, reported_eac=eac,
                                 method=method)
        assert fast == ep.phase(lines, AS_OF, bac=bac, pct_complete=pct, reported_eac=eac,
                                method=method, detail=False)


def test_irregular_and_lineless_projects_are_phased_from_their_lines():
    gap = [("2026-01", 10.0, 5.0, None, None), ("2026-03", 10.0, 5.0, None, None)]
    grid = _grid({}, {7: gap})
    assert evg.phase_project(grid, 7, bac=20.0, pct_complete=0.5) == ep.phase(
        gap, AS_OF, bac=20.0, pct_complete=0.5, detail=False)
    assert evg.phase_project(grid, 8, bac=20.0, pct_complete=0.5).evm.ev == 10.0


def test_a_rollup_adds_up_the_months_by_the_rules_of_the_sums():
    gap = [("2026-01", 10.0, 5.0, None, None), ("2026-03", 10.0, 5.0, 7.0, None),
           ("2026-06", 10.0, None, 4.0, None)]
    grid = _grid(LINES, {7: gap})
    rollup = evg.Rollup(grid)
    phased = {}
    for pid, (bac, pct, eac) in {**FIELDS, 7: (30.0, 0.4, None)}.items():
        phased[pid] = evg.phase_project(grid, pid, bac=bac, pct_complete=pct, reported_eac=eac)
        rollup.add(pid, phased[pid].ev_phasing)
    assert phased[3].ev_phasing.lump == pytest.approx(40.0)  # 400 × 10 %, all in one month
    # By hand: each month's PV, EV (weighted), AC and outturn, as the store's sums are.
    sums: dict[str, MonthSums] = {}
    status = month_of(AS_OF)
    for pid, lines in {**LINES, 7: gap}.items():
        how = phased[pid].ev_phasing
        for period, p, a, f, e in lines:
            past = period <= status
            row = sums.get(period, MonthSums())
            sums[period] = MonthSums(
                row.planned + (p or 0.0),
                row.actual_to + ((a or 0.0) if past else 0.0),
                row.forecast_after + (f or 0.0 if not past and f is not None else 0.0),
                row.planned_unforecast_after + ((p or 0.0) if not past and f is None else 0.0),
                row.earned_to + ((e or 0.0) if past else 0.0),
                row.actual_weighted + ((a or 0.0) * how.per_actual if past else 0.0),
                row.planned_weighted + ((p or 0.0) * how.per_planned if past else 0.0))
    expected = monthly_from_sums(sums, AS_OF, lumps(phased.values()))
    got = rollup.months()
    assert [m.period for m in got] == [m.period for m in expected]
    for a, b in zip(got, expected):
        for key in ("pv", "ev", "ac", "outturn", "pv_cum", "ev_cum", "ac_cum", "outturn_cum"):
            assert getattr(a, key) == pytest.approx(getattr(b, key)), (a.period, key)
    # The lump sits in the status month, the last month up to it with a line.
    assert next(m for m in got if m.period == status).ev == pytest.approx(
        next(m for m in expected if m.period == status).ev)


def test_programmes_merge_into_the_portfolio():
    grid = _grid(LINES)
    parts, whole = [evg.Rollup(grid), evg.Rollup(grid)], evg.Rollup(grid)
    for pid, (bac, pct, eac) in FIELDS.items():
        how = evg.phase_project(grid, pid, bac=bac, pct_complete=pct, reported_eac=eac).ev_phasing
        parts[pid % 2].add(pid, how)
        whole.add(pid, how)
    merged = evg.Rollup(grid)
    merged.merge(parts)
    for a, b in zip(merged.months(), whole.months(), strict=True):
        assert (a.period, a.pv, a.ev, a.ac, a.outturn) == (
            b.period, pytest.approx(b.pv), pytest.approx(b.ev), pytest.approx(b.ac),
            pytest.approx(b.outturn))


def _random_lines(rng: random.Random, first: int, count: int, earned: bool
                  ) -> list[tuple]:
    def amount() -> float | None:
        roll = rng.random()
        return (None if roll < 0.1 else 0.0 if roll < 0.15 else -12.5 if roll < 0.18
                else rng.uniform(0, 9e4) if roll < 0.6 else round(rng.uniform(0, 9e4), 2))

    return [(month_name(first + k), amount(), amount(), amount(),
             (amount() if rng.random() < 0.8 else None) if earned else None)
            for k in range(count)]


@pytest.mark.parametrize("method", ["reported", "cpi", "atypical", "cpi_spi"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_many_projects_at_once_phase_as_each_alone_to_the_last_bit(method, seed):
    """``phase_projects`` (numpy columns) equals ``phase`` of each project's lines: long
    and one-month projects, projects starting after the status month, zeros, negative
    corrections, unrounded amounts, an infinite plan, BAC, % and EAC missing or ints."""
    rng = random.Random(seed)
    status = month_index(month_of(AS_OF))
    projects: dict[int, list[tuple]] = {}
    for pid in range(1, 301):
        count = rng.choice([1, 2, 5, 12, 36, 36, 36, 70])
        projects[pid] = _random_lines(rng, status + rng.randrange(-80, 4), count,
                                      rng.random() < 0.2)
    projects[300] = _random_lines(rng, status - 5, 36, False)
    projects[300][0] = (projects[300][0][0], math.inf, 1.0, None, None)
    grid = _grid(projects)
    items = [(pid, rng.choice([None, 0.0, 250_000, round(rng.uniform(1e4, 2e6), 2),
                               rng.uniform(1e4, 2e6)]),
              rng.choice([None, 0.0, 1, rng.random(), round(rng.random(), 2)]),
              rng.choice([None, 0.0, 300_000, round(rng.uniform(1e4, 2e6), -3)]))
             for pid in projects]
    items[-1] = (300, 1e6, 0.5, None)
    got = evg.phase_projects(grid, items, method)
    for (pid, bac, pct, eac), fast in zip(items, got, strict=True):
        plain = ep.phase(projects[pid], AS_OF, bac=bac, pct_complete=pct, reported_eac=eac,
                         method=method, detail=False)
        if pid == 300:  # an infinite PV makes NaN figures, never equal: compare the text
            assert repr(fast) == repr(plain) and "nan" in repr(fast)
            continue
        assert fast == plain, pid
        assert fast == evg.phase_project(grid, pid, bac=bac, pct_complete=pct,
                                         reported_eac=eac, method=method)
        assert [type(v) for v in (fast.es, fast.pd, fast.eac, *vars(fast.evm).values())] == \
            [type(v) for v in (plain.es, plain.pd, plain.eac, *vars(plain.evm).values())]
    with pytest.raises(ValueError):
        evg.phase_projects(grid, items, "guess")
