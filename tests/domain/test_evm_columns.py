"""``evm_columns.compute_columns``: ``evm.compute`` of many rows at once, every figure
equal to the one-row function's to the last bit, ``None`` where it is undefined."""

from __future__ import annotations

import random

import numpy as np
import pytest

from pmo_desktop.domain import evm_columns as ec
from pmo_desktop.domain.evm import compute


def _value(rng: random.Random) -> float:
    return rng.choice([0.0, -0.0, 100.0, 250.0, -40.0, 1e-300, rng.uniform(-5e5, 5e6),
                       round(rng.uniform(0, 5e6), 2)])


@pytest.mark.parametrize("seed", [1, 2])
def test_columns_compute_each_row_as_compute_does(seed):
    rng = random.Random(seed)
    rows = []
    for _ in range(3000):
        bac, pv, ev, ac = (_value(rng) for _ in range(4))
        pick = rng.random()
        if pick < 0.1:
            ac = bac  # TCPI(BAC) undefined
        elif pick < 0.2:
            ev = 0.0
        rows.append((bac, pv, ev, ac, rng.choice([None, _value(rng), ac])))
    bac, pv, ev, ac = (np.array([r[i] for r in rows]) for i in range(4))
    eac = np.array([np.nan if r[4] is None else r[4] for r in rows])
    got = ec.results(ec.compute_columns(bac, pv, ev, ac, eac, ~np.isnan(eac)))
    expected = [compute(*r[:4], eac=r[4]) for r in rows]
    assert got == expected
    # None exactly where compute has None (== would let -0.0 and 0.0 pass either way)
    assert [[v is None for v in vars(g).values()] for g in got] == \
        [[v is None for v in vars(e).values()] for e in expected]
