"""RAG status: the ordinal scale, trends, thresholds and the calculated status.

Rules follow DOMAIN.md §2. Every RAG-like value has an ordinal (``NOT_SET=0``,
``GREEN=1``, ``AMBER=2``, ``RED=3``) so the worst of several ratings is a ``max``;
``NOT_SET`` (grey: no data, not started) is shown but never aggregated.

Boundaries follow §2.3 exactly. For bad-when-high measures (cost overrun, slip,
TCPI, utilisation): *Green if x ≤ g; Amber if g < x ≤ r; Red if x > r*. For
good-when-high indices (CPI, SPI): *Green if x ≥ g; Amber if r ≤ x < g; Red if x < r*.
Thresholds compare the **unrounded** value (§5.6); the only rounding is to 9 decimal
places, which absorbs binary float artefacts so that an overrun of exactly 5 % is 5 %.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Any


DIMENSIONS = ("schedule", "cost", "scope", "risk", "resource", "benefits")
"""The rated dimensions of a project status; ``overall`` is derived from them."""

_ARTEFACT_DP = 9

_NOT_SET_WORDS = frozenset({"", "grey", "gray", "not set", "not_set", "none", "n/a"})


class Rag(IntEnum):
    """A red/amber/green rating; the value is the ordinal (higher is worse)."""

    NOT_SET = 0
    GREEN = 1
    AMBER = 2
    RED = 3

    @classmethod
    def parse(cls, value: str | Rag | None) -> Rag:
        """Read a stored value: ``'green'``/``'amber'``/``'red'`` in any case.

        ``None``, ``''`` and grey words (``'grey'``, ``'not set'``, ``'n/a'``) give
        ``NOT_SET``. Anything else raises ``ValueError``: synonyms such as ``'G'`` or
        ``'On track'`` are the importer's job.
        """
        if isinstance(value, Rag):
            return value
        if value is None:
            return cls.NOT_SET
        text = value.strip().lower()
        if text in _NOT_SET_WORDS:
            return cls.NOT_SET
        for rag in (cls.GREEN, cls.AMBER, cls.RED):
            if rag.name.lower() == text:
                return rag
        raise ValueError(f"Not a RAG value: {value!r}")

    @property
    def key(self) -> str | None:
        """The stored value (``enums.RAG_VALUES``), ``None`` for ``NOT_SET``."""
        return None if self is Rag.NOT_SET else self.name.lower()

    @property
    def label(self) -> str:
        """Text to print beside the colour (colour-blind and greyscale readers)."""
        return _LABELS[self]

    @property
    def colour(self) -> str:
        """Fill colour as ``#RRGGBB`` (GOV.UK palette)."""
        return _COLOURS[self]


_LABELS = {Rag.NOT_SET: "Not set", Rag.GREEN: "Green", Rag.AMBER: "Amber", Rag.RED: "Red"}
_COLOURS = {
    Rag.NOT_SET: "#B1B4B6", Rag.GREEN: "#00703C", Rag.AMBER: "#FFBF00", Rag.RED: "#D4351C",
}


def rag_or_not_set(value: str | Rag | None) -> Rag:
    """A stored RAG value as ``Rag``; anything unreadable counts as not set."""
    try:
        return Rag.parse(value)
    except ValueError:
        return Rag.NOT_SET


def overall(ratings: Iterable[Rag], *, two_ambers_red: bool = False) -> Rag:
    """Worst-of the set ratings (§2.4); ``NOT_SET`` when nothing is rated.

    With ``two_ambers_red`` (the escalation variant) two or more Ambers make Red.
    """
    rated = [r for r in ratings if r is not Rag.NOT_SET]
    if not rated:
        return Rag.NOT_SET
    if two_ambers_red and sum(1 for r in rated if r is Rag.AMBER) >= 2:
        return Rag.RED
    return max(rated)


# --- trends ---------------------------------------------------------------------------


class Trend(Enum):
    """Movement since the last period, labelled better/worse so ↑ is unambiguous."""

    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    DETERIORATED = "deteriorated"
    NEW = "new"

    @property
    def arrow(self) -> str:
        """``↑`` better, ``→`` no change, ``↓`` worse, ``★`` new."""
        return _ARROWS[self]

    @property
    def label(self) -> str:
        """``better``, ``no change``, ``worse`` or ``new``."""
        return _TREND_LABELS[self]


_ARROWS = {Trend.IMPROVED: "↑", Trend.UNCHANGED: "→", Trend.DETERIORATED: "↓", Trend.NEW: "★"}
_TREND_LABELS = {
    Trend.IMPROVED: "better", Trend.UNCHANGED: "no change",
    Trend.DETERIORATED: "worse", Trend.NEW: "new",
}


def trend(previous: Rag | None, current: Rag) -> Trend:
    """Compare two ratings (§2.6).

    No previous rating (``None`` or ``NOT_SET``) gives ``NEW``. A current ``NOT_SET``
    after a set rating gives ``UNCHANGED``: losing the data is not a movement.
    """
    if previous is None or previous is Rag.NOT_SET:
        return Trend.NEW
    if current is Rag.NOT_SET or current == previous:
        return Trend.UNCHANGED
    return Trend.IMPROVED if current < previous else Trend.DETERIORATED


def numeric_trend(previous: float | None, current: float | None, *, dead_band: float,
                  higher_is_worse: bool) -> Trend:
    """Compare two measured values with a dead band against flicker (§2.6).

    A movement counts only when ``|current − previous| ≥ dead_band`` (e.g. 1 score
    point for risks, 0.02 for indices). No previous value gives ``NEW``; a missing
    current value gives ``UNCHANGED``.
    """
    if previous is None:
        return Trend.NEW
    if current is None:
        return Trend.UNCHANGED
    delta = round(current - previous, _ARTEFACT_DP)
    if abs(delta) < dead_band or delta == 0:
        return Trend.UNCHANGED
    worse = delta > 0 if higher_is_worse else delta < 0
    return Trend.DETERIORATED if worse else Trend.IMPROVED


# --- thresholds -----------------------------------------------------------------------


@dataclass(frozen=True)
class RagThresholds:
    """The configurable rules of §2.3, with its recommended defaults.

    Percentages are percent numbers (5.0 means 5 %); indices are ratios.
    ``stale_days`` is the age after which a status update counts as stale.
    """

    cost_amber_pct: float = 5.0
    cost_red_pct: float = 10.0
    schedule_amber_pct: float = 5.0
    schedule_red_pct: float = 10.0
    schedule_abs_days: int = 5
    cpi_amber: float = 0.95
    cpi_red: float = 0.90
    spi_amber: float = 0.95
    spi_red: float = 0.90
    tcpi_amber: float = 1.05
    tcpi_red: float = 1.10
    risk_amber_score: int = 8
    risk_red_score: int = 15
    resource_amber_pct: float = 100.0
    resource_red_pct: float = 110.0
    stale_days: int = 35
    two_ambers_red: bool = False
    bei_amber: float = 0.95
    bei_red: float = 0.85

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RagThresholds:
        """Build from a (possibly partial, possibly older) dict.

        Unknown keys are ignored, missing keys take the default, and values are
        coerced to the field's type (so ``"5"`` or ``"true"`` from an INI file work).
        """
        values: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            if field.name in data and data[field.name] is not None:
                values[field.name] = _coerce(data[field.name], type(field.default))
        return cls(**values)


def _coerce(value: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return bool(value)
    if kind is int:
        return int(float(value))
    return float(value)


# --- rating functions -----------------------------------------------------------------


def _high_is_bad(x: float, amber: float, red: float) -> Rag:
    x = round(x, _ARTEFACT_DP)
    if x <= amber:
        return Rag.GREEN
    return Rag.AMBER if x <= red else Rag.RED


def _low_is_bad(x: float, amber: float, red: float) -> Rag:
    x = round(x, _ARTEFACT_DP)
    if x >= amber:
        return Rag.GREEN
    return Rag.AMBER if x >= red else Rag.RED


def cost_var_pct(bac: float | None, eac: float | None) -> float | None:
    """Forecast overrun ``(EAC − BAC)/BAC × 100``; ``None`` without a positive BAC."""
    if bac is None or eac is None or bac <= 0:
        return None
    return (eac - bac) * 100.0 / bac


def rate_cost(bac: float | None, eac: float | None, th: RagThresholds) -> Rag:
    """Cost from the forecast overrun: Green ≤ 5 %, Amber ≤ 10 %, else Red."""
    pct = cost_var_pct(bac, eac)
    if pct is None:
        return Rag.NOT_SET
    return _high_is_bad(pct, th.cost_amber_pct, th.cost_red_pct)


def rate_schedule(slip_pct: float | None, critical_missed: bool, th: RagThresholds,
                  slip_days: float | None = None) -> Rag:
    """Schedule from the finish slip (§2.3).

    Green needs ``slip_pct ≤ schedule_amber_pct`` and, when given,
    ``slip_days ≤ schedule_abs_days``; a small percentage with a larger absolute slip
    is Amber. A missed critical milestone is Red whatever the slip. Without a
    percentage the days alone can give Green or Amber (never Red); with neither the
    result is ``NOT_SET``.
    """
    if critical_missed:
        return Rag.RED
    days_ok = slip_days is None or round(slip_days, _ARTEFACT_DP) <= th.schedule_abs_days
    if slip_pct is None:
        if slip_days is None:
            return Rag.NOT_SET
        return Rag.GREEN if days_ok else Rag.AMBER
    rag = _high_is_bad(slip_pct, th.schedule_amber_pct, th.schedule_red_pct)
    if rag is Rag.GREEN and not days_ok:
        return Rag.AMBER
    return rag


def rate_milestones(critical_overdue: int, noncritical_overdue: int) -> Rag:
    """Overdue milestones: none Green, ≥1 non-critical Amber, ≥1 critical Red."""
    if critical_overdue > 0:
        return Rag.RED
    return Rag.AMBER if noncritical_overdue > 0 else Rag.GREEN


def rate_cpi(cpi: float | None, th: RagThresholds) -> Rag:
    """CPI: Green ≥ 0.95, Amber 0.90 ≤ x < 0.95, Red < 0.90."""
    return Rag.NOT_SET if cpi is None else _low_is_bad(cpi, th.cpi_amber, th.cpi_red)


def rate_spi(spi: float | None, th: RagThresholds) -> Rag:
    """SPI or SPI(t): Green ≥ 0.95, Amber 0.90 ≤ x < 0.95, Red < 0.90."""
    return Rag.NOT_SET if spi is None else _low_is_bad(spi, th.spi_amber, th.spi_red)


def rate_tcpi(tcpi: float | None, th: RagThresholds) -> Rag:
    """TCPI(BAC): Green ≤ 1.05, Amber ≤ 1.10, Red above.

    A negative TCPI means the budget is already exhausted (AC > BAC), so it is Red.
    ``None`` (undefined, e.g. BAC = AC) is ``NOT_SET``.
    """
    if tcpi is None:
        return Rag.NOT_SET
    if tcpi < 0:
        return Rag.RED
    return _high_is_bad(tcpi, th.tcpi_amber, th.tcpi_red)


def rate_risk(max_open_score: int | None, th: RagThresholds) -> Rag:
    """Highest open threat score (5×5): ≤ 6 Green, 8–12 Amber, ≥ 15 Red.

    ``None`` (no scored open risk) is ``NOT_SET``: an empty register is not evidence
    of health.
    """
    if max_open_score is None:
        return Rag.NOT_SET
    if max_open_score >= th.risk_red_score:
        return Rag.RED
    return Rag.AMBER if max_open_score >= th.risk_amber_score else Rag.GREEN


def rate_resource(peak_util_pct: float | None, th: RagThresholds) -> Rag:
    """Peak utilisation %: Green ≤ 100, Amber 100 < x ≤ 110, Red > 110."""
    if peak_util_pct is None:
        return Rag.NOT_SET
    return _high_is_bad(peak_util_pct, th.resource_amber_pct, th.resource_red_pct)


def false_green(reported: Rag, calculated: Rag) -> bool:
    """A false green: reported Green while the calculated rating is Red.

    The one definition (§2.4 "flag divergence") behind the Portfolio view's mark, the
    ``false_green`` data-quality check, the dashboard tile and the pack. Red, not
    merely Amber: the figures say a tolerance is breached (§2.1) while the report says
    all is well. A Green over a calculated Amber is a divergence (``diverges``) the
    tooltips show, not a false green. A missing rating is never a false green.
    """
    return reported is Rag.GREEN and calculated is Rag.RED


def diverges(reported: Rag, calculated: Rag) -> bool:
    """True when both ratings are set and differ (either direction)."""
    return Rag.NOT_SET not in (reported, calculated) and reported != calculated


# The calculated project status lives in ``rag_calc`` (with the why of each colour);
# its names stay importable from here.
from .rag_calc import ProjectFacts, calculate, rate_plan  # noqa: E402

__all__ = [
    "DIMENSIONS", "ProjectFacts", "Rag", "RagThresholds", "Trend", "calculate",
    "cost_var_pct", "diverges", "false_green", "numeric_trend", "overall", "rag_or_not_set",
    "rate_cost", "rate_cpi", "rate_milestones", "rate_plan", "rate_resource", "rate_risk",
    "rate_schedule", "rate_spi", "rate_tcpi", "trend",
]
