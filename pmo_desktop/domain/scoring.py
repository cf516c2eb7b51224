"""The weighted scoring model (DOMAIN §8.1) and driver weights from pairwise
comparisons (§8.2).

``S_p = Σ_c w_c · s_pc`` over criteria whose weights sum to 1 (100 %), on a 1–5
scale; a negative criterion (risk, complexity) is reverse-scored, so a 5 typed for a
high risk counts as 1 and higher is always better; for display the score is
normalised to 0–100, ``(S_p − 1)/4 × 100``. Ranks break ties by the score on the
heaviest criterion, then cost ascending, then code: the same inputs give the same order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SCALE_MIN, SCALE_MAX = 1, 5
WEIGHT_TOLERANCE = 0.005  # weights summing to 99.5–100.5 % read as 100 %


class ScoringError(ValueError):
    """A model that cannot score: weights that do not sum to 100 %, a score off 1–5."""


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: float  # a fraction: 0.30 for 30 %
    reverse: bool = False  # a negative criterion: 5 typed = the worst


@dataclass(frozen=True)
class Ranked:
    code: str
    score: float  # 0–100
    rank: int  # 1 = best
    weighted: float | None  # 1–5, None when nothing was scored


def check_weights(criteria: Sequence[Criterion]) -> None:
    """Refuse weights that do not sum to 100 % (or a negative one)."""
    if not criteria:
        raise ScoringError("There are no criteria to score against.")
    if any(c.weight < 0 for c in criteria):
        raise ScoringError("A criterion's weight cannot be negative.")
    total = sum(c.weight for c in criteria)
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        raise ScoringError(f"The criteria's weights add up to {total:.1%}, not 100 %.")


def _pct(value: float) -> str:
    return f"{value * 100:.1f}".rstrip("0").rstrip(".") + " %"


def weights_problem(weights: Mapping[str, float | None]) -> str | None:
    """Why the criteria's weights (fractions by name; ``None`` counts as 0) cannot be
    saved as they are: they must add up to 100 % (§8.1), none negative. ``None`` when
    they may; no criteria at all is no model, and may be saved."""
    if not weights:
        return None
    negative = sorted(n for n, w in weights.items() if (w or 0.0) < 0)
    if negative:
        return f"a criterion's weight cannot be negative ({', '.join(negative)})."
    total = sum(w or 0.0 for w in weights.values())
    if abs(total - 1.0) <= WEIGHT_TOLERANCE:
        return None
    shown = ", ".join(f"{n} {_pct(w or 0.0)}" for n, w in weights.items())
    return (f"the criteria weights would add up to {_pct(total)} ({shown}); "
            "they must add up to 100 %.")


def whole_percents(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights (any scale) as fractions in whole per cent that add up to exactly
    100 %: scaled to 100, rounded down, and the points left over given to the largest
    remainders (ties by name), so 33.3/33.3/33.3 saves as 34/33/33."""
    shares = normalise_weights(weights)
    if not shares:
        return {}
    exact = {n: s * 100 for n, s in shares.items()}
    whole = {n: math.floor(v + 1e-9) for n, v in exact.items()}
    left = 100 - sum(whole.values())
    for n in sorted(exact, key=lambda n: (-(exact[n] - whole[n]), n))[:left]:
        whole[n] += 1
    return {n: whole[n] / 100 for n in weights}


def normalise_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights scaled to sum to 1 (all equal when they sum to nothing)."""
    total = sum(max(0.0, w) for w in weights.values())
    if total <= 0:
        return {k: 1.0 / len(weights) for k in weights} if weights else {}
    return {k: max(0.0, w) / total for k, w in weights.items()}


def effective(raw: float, reverse: bool) -> float:
    """A typed 1–5 score as it counts: reversed for a negative criterion (5 → 1)."""
    if not SCALE_MIN <= raw <= SCALE_MAX:
        raise ScoringError(f"A score is {SCALE_MIN} to {SCALE_MAX}, not {raw}.")
    return SCALE_MIN + SCALE_MAX - raw if reverse else raw


def weighted_score(scores: Mapping[str, float], criteria: Sequence[Criterion]) -> float | None:
    """``Σ w_c · s_c`` (1–5) of one candidate's scores by criterion name; a criterion left
    unscored counts as the scale's lowest (1), and nothing scored at all is ``None``."""
    if not any(c.name in scores for c in criteria):
        return None
    return sum(c.weight * (effective(scores[c.name], c.reverse) if c.name in scores
                           else SCALE_MIN) for c in criteria)


def normalised(weighted: float | None) -> float:
    """A 1–5 weighted score on 0–100 (``None`` → 0)."""
    if weighted is None:
        return 0.0
    return (weighted - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 100.0


def rank(scores: Mapping[str, Mapping[str, float]], criteria: Sequence[Criterion],
         costs: Mapping[str, float | None] | None = None) -> list[Ranked]:
    """Every candidate (code → its scores by criterion) best first; ties broken by the
    score on the heaviest criterion, then cost ascending, then code."""
    check_weights(criteria)
    heaviest = max(criteria, key=lambda c: c.weight)
    costs = costs or {}
    rows = []
    for code, own in scores.items():
        weighted = weighted_score(own, criteria)
        lead = effective(own[heaviest.name], heaviest.reverse) if heaviest.name in own else 0
        cost = costs.get(code)
        rows.append((-round(normalised(weighted), 9), -lead,
                     math.inf if cost is None else cost, code, weighted))
    rows.sort()
    return [Ranked(code, -neg, i + 1, weighted)
            for i, (neg, _l, _c, code, weighted) in enumerate(rows)]


def rank_changes(before: Iterable[Ranked], after: Iterable[Ranked]) -> dict[str, int]:
    """How many places each candidate moved (positive: up), those that moved only."""
    old = {r.code: r.rank for r in before}
    return {r.code: old[r.code] - r.rank for r in after
            if r.code in old and old[r.code] != r.rank}


# -- pairwise comparison of drivers (§8.2, AHP) -----------------------------------------

# §8.2's seven levels as Saaty intensities: how much more important the row is.
PAIRWISE_SCALE: dict[str, float] = {
    "extremely_more": 9.0, "much_more": 5.0, "more": 3.0, "equally": 1.0,
    "less": 1 / 3, "much_less": 1 / 5, "extremely_less": 1 / 9,
}
# Saaty's random index by matrix size.
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41,
                9: 1.45, 10: 1.49}


@dataclass(frozen=True)
class PairwiseResult:
    weights: dict[str, float]  # sum to 1
    lambda_max: float
    consistency_ratio: float  # classical AHP CR: ≤ 0.10 is acceptable
    consistency: float  # PWA's presentation, 1 − CR: ≥ 0.80 acceptable (§8.2)


def pairwise_weights(drivers: Sequence[str],
                     judgements: Mapping[tuple[str, str], str | float]) -> PairwiseResult:
    """Driver weights from pairwise judgements (``(a, b) → "much_more"`` or an intensity:
    how much more important ``a`` is than ``b``; an unjudged pair is equal), by the
    principal eigenvector of the reciprocal matrix (power iteration), with Saaty's
    consistency ratio."""
    n = len(drivers)
    if n == 0:
        raise ScoringError("There are no drivers to compare.")
    index = {d: i for i, d in enumerate(drivers)}
    m = [[1.0] * n for _ in range(n)]
    for (a, b), judged in judgements.items():
        if a not in index or b not in index or a == b:
            raise ScoringError(f"'{a}' against '{b}' is not a pair of the drivers.")
        value = PAIRWISE_SCALE[judged] if isinstance(judged, str) else float(judged)
        if value <= 0:
            raise ScoringError("A pairwise judgement is a positive intensity.")
        m[index[a]][index[b]] = value
        m[index[b]][index[a]] = 1.0 / value
    w = [1.0 / n] * n
    for _ in range(200):
        nxt = [sum(m[i][j] * w[j] for j in range(n)) for i in range(n)]
        total = sum(nxt)
        nxt = [x / total for x in nxt]
        if max(abs(a - b) for a, b in zip(nxt, w)) < 1e-12:
            w = nxt
            break
        w = nxt
    lam = sum(sum(m[i][j] * w[j] for j in range(n)) / w[i] for i in range(n)) / n
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    ri = RANDOM_INDEX.get(n, 1.49)
    cr = ci / ri if ri else 0.0
    return PairwiseResult(dict(zip(drivers, w)), lam, cr, 1.0 - cr)
