"""Risk scoring on the 5×5 probability × impact grid (DOMAIN.md §3.2)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .rag import Rag, RagThresholds

SCALE = range(1, 6)

VALID_SCORES: tuple[int, ...] = tuple(sorted({p * i for p in SCALE for i in SCALE}))
"""The 14 products P × I can take: 1–6, 8–10, 12, 15, 16, 20, 25."""

PROBABILITY_LABELS: dict[int, str] = {
    1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain",
}
IMPACT_LABELS: dict[int, str] = {
    1: "Very low", 2: "Low", 3: "Moderate", 4: "High", 5: "Very high",
}

# Upper bounds (inclusive, in percent) of probability levels 1–4; above is level 5.
_PROBABILITY_BANDS = ((10.0, 1), (30.0, 2), (50.0, 3), (70.0, 4))


def _check_level(name: str, value: int) -> None:
    if isinstance(value, bool) or value not in SCALE:
        raise ValueError(f"{name} must be an integer 1–5, not {value!r}")


def score(probability: int | None, impact: int | None) -> int | None:
    """``P × I`` on the 1–5 scales; ``None`` when either is missing.

    Raises ``ValueError`` for a level outside 1..5.
    """
    if probability is None or impact is None:
        return None
    _check_level("probability", probability)
    _check_level("impact", impact)
    return probability * impact


def probability_from_percent(pct: float) -> int:
    """Map a likelihood in percent (0–100, not a 0–1 fraction) to the 1–5 scale.

    ≤ 10 → 1, ≤ 30 → 2, ≤ 50 → 3, ≤ 70 → 4, above → 5. Raises ``ValueError``
    outside 0–100 (or for NaN).
    """
    if math.isnan(pct) or not 0.0 <= pct <= 100.0:
        raise ValueError(f"probability must be a percentage 0–100, not {pct!r}")
    for upper, level in _PROBABILITY_BANDS:
        if pct <= upper:
            return level
    return 5


class Band(Enum):
    """A risk band, from the lowest to the highest."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def label(self) -> str:
        """``Low``, ``Medium``, ``High`` or ``Critical``."""
        return self.value.capitalize()

    @property
    def colour(self) -> str:
        """Green, yellow, orange, red (``#RRGGBB``)."""
        return _BAND_COLOURS[self]


_BAND_COLOURS = {
    Band.LOW: "#00703C", Band.MEDIUM: "#FFDD00", Band.HIGH: "#F47738", Band.CRITICAL: "#D4351C",
}


@dataclass(frozen=True)
class RiskBands:
    """A banding scheme as inclusive upper bounds of each band.

    The default is scheme A (Low 1–3, Medium 4–6, High 8–12, Critical 15–25).
    ``high_max=None`` means there is no Critical band: everything above
    ``medium_max`` is High (scheme B).
    """

    low_max: int = 3
    medium_max: int = 6
    high_max: int | None = 12

    def __post_init__(self) -> None:
        bounds = [self.low_max, self.medium_max] + ([] if self.high_max is None else [self.high_max])
        if bounds != sorted(set(bounds)) or bounds[0] < 1 or bounds[-1] > 25:
            raise ValueError(f"band bounds must rise strictly within 1–25: {bounds}")

    @property
    def bands(self) -> tuple[Band, ...]:
        """The bands this scheme uses, lowest first (for legends)."""
        if self.high_max is None:
            return (Band.LOW, Band.MEDIUM, Band.HIGH)
        return (Band.LOW, Band.MEDIUM, Band.HIGH, Band.CRITICAL)

    def band(self, value: int) -> Band:
        """The band of a score 1–25 (``ValueError`` outside)."""
        if isinstance(value, bool) or not 1 <= value <= 25:
            raise ValueError(f"a risk score is 1–25, not {value!r}")
        if value <= self.low_max:
            return Band.LOW
        if value <= self.medium_max:
            return Band.MEDIUM
        if self.high_max is None or value <= self.high_max:
            return Band.HIGH
        return Band.CRITICAL

    def ranges(self) -> tuple[tuple[Band, int, int], ...]:
        """Each band with its lowest and highest *possible* score (``VALID_SCORES``).

        Scheme A prints Low 1–3, Medium 4–6, High 8–12, Critical 15–25: 7, 13 and 14
        cannot occur, so no band starts or ends on them.
        """
        out = []
        for band in self.bands:
            scores = [v for v in VALID_SCORES if self.band(v) is band]
            if scores:
                out.append((band, scores[0], scores[-1]))
        return tuple(out)

    def rag(self, value: int) -> Rag:
        """The risk-dimension RAG of a highest open threat score (DOMAIN §2.3 and §3.2).

        One rule for the register and the calculated RAG: the top band is Red, the band
        below it Amber, the rest Green. Scheme A gives exactly §2.3: ≤ 6 Green
        (Low, Medium), 8–12 Amber (High), ≥ 15 Red (Critical).
        """
        order = self.bands.index(self.band(value)) - len(self.bands)
        return Rag.RED if order == -1 else Rag.AMBER if order == -2 else Rag.GREEN

    def rag_scores(self) -> tuple[int, int]:
        """The lowest possible scores that are Amber and Red under :meth:`rag`."""
        amber = min(v for v in VALID_SCORES if self.rag(v) >= Rag.AMBER)
        red = min(v for v in VALID_SCORES if self.rag(v) is Rag.RED)
        return amber, red

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the bounds."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RiskBands:
        """Build from a partial dict: unknown keys ignored, missing keys defaulted.

        An explicit ``high_max: None`` is kept (no Critical band).
        """
        values: dict[str, Any] = {}
        for name in ("low_max", "medium_max"):
            if data.get(name) is not None:
                values[name] = int(data[name])
        if "high_max" in data:
            values["high_max"] = None if data["high_max"] is None else int(data["high_max"])
        return cls(**values)


SCHEME_A = RiskBands()
SCHEME_B = RiskBands(low_max=4, medium_max=10, high_max=None)
"""Three bands: Low 1–4, Medium 5–10, High 12–25 (ISO 27001-style example)."""


def with_risk_bands(th: RagThresholds, bands: RiskBands) -> RagThresholds:
    """``th`` with its risk-dimension scores taken from ``bands``.

    The risk bands are the one rule for risk: the register's band and the calculated
    risk RAG of a score always agree (``bands.rag``), and the appendix prints them once.
    """
    amber, red = bands.rag_scores()
    return dataclasses.replace(th, risk_amber_score=amber, risk_red_score=red)


def heatmap(cells: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Count risks per cell: ``grid[probability − 1][impact − 1]``.

    Row 0 is probability 1; a view drawing probability 5 at the top reverses the rows.
    Raises ``ValueError`` for a level outside 1..5 (filter unscored risks first).
    """
    grid = [[0] * 5 for _ in SCALE]
    for probability, impact in cells:
        _check_level("probability", probability)
        _check_level("impact", impact)
        grid[probability - 1][impact - 1] += 1
    return grid
