"""Strategic alignment (issue 17): how much a project or proposal serves the
portfolio's objectives.

A contribution is one of §8.2's impact ratings (none/low/moderate/strong/extreme →
0–4, the app default DOMAIN suggests) or a number on the same 0–4 scale. A
candidate's alignment score is its objective-weighted contribution as a share of the
most it could contribute: ``Σ w_o·c_o / (4·Σ w_o) × 100`` over every objective (an
objective it does not serve counts as 0).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .governance import CONTRIBUTION_LEVELS

MAX_CONTRIBUTION = float(len(CONTRIBUTION_LEVELS) - 1)  # extreme = 4


def contribution_value(level: str | None, value: float | None = None) -> float:
    """A contribution as a number 0–4: ``value`` when given, else the level's rank."""
    if value is not None:
        return max(0.0, min(MAX_CONTRIBUTION, float(value)))
    if level is None:
        return 0.0
    text = str(level).strip().lower()
    if text in CONTRIBUTION_LEVELS:
        return float(CONTRIBUTION_LEVELS.index(text))
    try:
        return max(0.0, min(MAX_CONTRIBUTION, float(text)))
    except ValueError:
        return 0.0


def alignment_score(contributions: Mapping[str, float],
                    weights: Mapping[str, float | None]) -> float:
    """0–100: the candidate's objective-weighted contribution (by objective code) as a
    share of the most it could give; objectives without a weight weigh 1, and with no
    objectives at all the score is 0."""
    effective = {code: (1.0 if w is None else max(0.0, float(w))) for code, w in weights.items()}
    total = sum(effective.values())
    if total <= 0:
        return 0.0
    got = sum(effective[code] * contributions.get(code, 0.0) for code in effective)
    return got / (MAX_CONTRIBUTION * total) * 100.0


def unserved(objectives: Iterable[str], contributions: Iterable[tuple[str, float]]) -> list[str]:
    """The objectives no contribution above none serves, in the order given."""
    served = {code for code, value in contributions if value > 0}
    return [code for code in objectives if code not in served]
