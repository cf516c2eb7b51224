"""The fast money read (``queries_money.money_grid`` + ``domain.evm_grid``) against the
straightforward computation, on a random portfolio in a real SQLite file: each project's
figures to the last bit (``evm_phased.phase`` over its lines read plainly), every
programme's and the portfolio's months to the penny (the store's sums by month with the
weights joined in SQL, ``monthly_from_sums``)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from pmo_desktop.domain import evm_grid as evg
from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm_rollup import lumps, monthly_from_sums, rollup
from pmo_desktop.domain.money import shown
from pmo_desktop.store import open_store
from pmo_desktop.store import queries_money as qm

AS_OF = date(2026, 6, 30)


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _amount(rng: random.Random, scale: float) -> float | None:
    roll = rng.random()
    if roll < 0.08:
        return None
    if roll < 0.12:
        return 0.0
    if roll < 0.14:
        return -round(rng.uniform(1, scale / 10), 2)  # a correction
    return rng.uniform(0, scale) if roll < 0.3 else round(rng.uniform(0, scale), 2)


def _portfolio(path: Any, seed: int) -> None:
    rng = random.Random(seed)
    with open_store(path) as store, store.write("test") as tx:
        progs = tx.create_many("programme", [({"name": f"P{i}"}, None) for i in range(4)])
        rows = []
        for i in range(90):
            bac = rng.choice([None, 0.0, round(rng.uniform(1e4, 5e6), 2), rng.uniform(1e4, 5e6)])
            rows.append(({"code": f"X{i:03d}", "name": f"Project {i}",
                          "programme_id": rng.choice(progs + [None]), "bac": bac,
                          "pct_complete": rng.choice([None, 0.0, round(rng.random(), 3)]),
                          "eac": rng.choice([None, round(rng.uniform(1e4, 6e6), -3)])},
                         None))
        pids = tx.create_many("project", rows)
        lines = []
        for pid in pids:
            kind = rng.random()
            if kind < 0.08:
                continue  # no lines at all
            start = 2025 * 12 + rng.randrange(-6, 24)  # some start after the status month
            months = list(range(start, start + rng.randrange(1, 40)))
            if kind < 0.2 and len(months) > 3:  # a month missing
                del months[rng.randrange(1, len(months) - 1)]
            earned = kind > 0.85
            for m in months:
                line: dict[str, Any] = {"project_id": pid, "period": _month(m)}
                for name in ("planned", "actual", "forecast"):
                    value = _amount(rng, 2e5)
                    if value is not None:
                        line[name] = value
                if earned and rng.random() < 0.7:
                    line["earned"] = _amount(rng, 2e5) or 0.0
                lines.append((line, None))
        tx.create_many("financial", lines)


@pytest.fixture(params=[15, 16, 17])
def random_store(tmp_path, request):
    path = tmp_path / "random.pmo"
    _portfolio(path, request.param)
    with open_store(path) as store:
        yield store


def _plain_lines(store: Any, pid: int) -> list[tuple[Any, ...]]:
    return store.db.execute("""SELECT period, planned, actual, forecast, earned FROM financial
        WHERE project_id = ? ORDER BY period""", [pid]).fetchall()


def _shown_months(months: Any) -> list[tuple[Any, ...]]:
    return [(m.period, *(shown(getattr(m, k)) for k in (
        "pv", "ev", "ac", "outturn", "pv_cum", "ev_cum", "ac_cum", "outturn_cum")))
        for m in months]


def _same_rollup(fast: ep.PhasedEvm, plain: ep.PhasedEvm) -> None:
    """The figures to date are sums of the same project figures (equal); Earned
    Schedule reads the months, added up in another order (equal to 1e-12)."""
    assert (fast.evm, fast.eac, fast.at, fast.pd) == (plain.evm, plain.eac, plain.at, plain.pd)
    for key in ("es", "sv_t", "spi_t"):
        assert getattr(fast, key) == pytest.approx(getattr(plain, key), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("method", ["reported", "cpi", "cpi_spi"])
def test_the_fast_read_equals_the_straightforward_computation(random_store, method):
    store = random_store
    grid = qm.money_grid(store, AS_OF)
    assert grid.irregular and grid.spans and len(grid.earned)  # every path is taken
    book = qm.money_book(store, AS_OF, method, grid=grid)
    assert len(book.projects) == 90
    for pm in book.projects:
        p = pm.project
        plain = ep.phase(_plain_lines(store, p.id), AS_OF, bac=p.bac,
                         pct_complete=p.pct_complete, reported_eac=p.eac, method=method,
                         detail=False)
        assert pm.phased == plain, p.code  # every figure, to the last bit
    phasing = {pm.project.id: pm.phased.ev_phasing for pm in book.projects}
    sums = qm.month_sums(store, AS_OF, phasing, by_programme=True)
    for name, rolled in book.programmes.items():
        parts = [pm.phased for pm in book.projects
                 if (pm.project.programme or qm.NO_PROGRAMME) == name]
        months = monthly_from_sums(sums.get(name, {}), AS_OF, lumps(parts))
        assert _shown_months(rolled.months) == _shown_months(months), name
        _same_rollup(rolled, rollup(parts, AS_OF, method, months))
    total = qm.month_sums(store, AS_OF, phasing)[""]
    months = monthly_from_sums(total, AS_OF, lumps(pm.phased for pm in book.projects))
    assert _shown_months(book.total.months) == _shown_months(months)
    _same_rollup(book.total, rollup((pm.phased for pm in book.projects), AS_OF, method,
                                    months))


def test_a_scoped_read_holds_only_its_projects(random_store):
    store = random_store
    whole = qm.money_grid(store, AS_OF)
    some = sorted(whole.spans)[:5] + sorted(whole.irregular)[:2]
    part = qm.money_grid(store, AS_OF, ids=some)
    assert set(part.spans) | set(part.irregular) == set(some)
    for pid in part.spans:
        assert evg.phase_project(part, pid, bac=1e6, pct_complete=0.4) == \
            evg.phase_project(whole, pid, bac=1e6, pct_complete=0.4)
