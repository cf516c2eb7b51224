"""Display formatting of money, percentages and indices (DOMAIN.md §5.6).

Values are rounded half-up through ``Decimal`` built from the float's shortest repr,
so 66.25 shows as 66.3 (Python's ``round`` would give 66.2). Negative numbers use the
typographic minus ``−`` (U+2212). Missing or non-finite values show as an em dash.
Display totals are sums of the rows as displayed, so a printed total always equals the
sum of its printed rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

MISSING = "—"
MINUS = "−"

CURRENCY_SYMBOLS: dict[str, str] = {"GBP": "£", "EUR": "€", "USD": "$"}

# (divisor, suffix, decimal places) for compact money, smallest first.
_COMPACT_SCALES = ((1, "", 0), (1_000, "k", 0), (1_000_000, "m", 1), (1_000_000_000, "bn", 1))


def round_half_up(value: float, places: int = 0) -> Decimal:
    """Round half away from zero to ``places`` decimals: ``2.675 → 2.68``, ``-0.5 → -1``.

    Raises ``ValueError`` for NaN or infinity.
    """
    if not math.isfinite(value):
        raise ValueError(f"cannot round {value!r}")
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def money_value(value: float | None) -> float | None:
    """An amount for machine-readable output: to the cent, half-up, as a float
    (``122999.79000000001 → 122999.79``); ``None`` and non-finite values give ``None``."""
    if value is None or not math.isfinite(value):
        return None
    return float(round_half_up(value, 2))


def shown(value: float | None, places: int = 2) -> Decimal | None:
    """An amount as displayed: rounded half-up to ``places`` (``None`` stays)."""
    if value is None or not math.isfinite(value):
        return None
    return round_half_up(value, places)


def shown_total(values: Iterable[float | None], places: int = 2) -> Decimal | None:
    """The total to display under rows: the sum of the rows *as displayed*, so the
    printed total equals the sum of the printed rows (``None`` when every row is)."""
    rounded = [d for d in (shown(v, places) for v in values) if d is not None]
    return sum(rounded, Decimal(0)) if rounded else None


def _grouped(number: Decimal, places: int) -> str:
    """Absolute value with thousands separators and exactly ``places`` decimals."""
    return f"{abs(number):,.{places}f}"


def _signed(number: Decimal, body: str) -> str:
    return (MINUS if number < 0 else "") + body


def _prefix(currency: str) -> str:
    code = currency.strip().upper()
    if not code:
        return ""
    return CURRENCY_SYMBOLS.get(code, code + " ")


def _compact(value: float) -> tuple[Decimal, str, int]:
    exact = abs(Decimal(repr(float(value))))
    for divisor, suffix, places in _COMPACT_SCALES:
        rounded = (exact / divisor).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        if rounded < 1000 or suffix == "bn":
            if places and rounded == rounded.to_integral_value():
                places = 0  # "£2m", not "£2.0m"
            return rounded, suffix, places
    raise AssertionError("unreachable")  # pragma: no cover


def format_money(value: float | None, currency: str = "GBP", *, compact: bool = False) -> str:
    """``£1,234,567``; compact ``£1.2m``, ``£350k``, ``£2bn``; ``−£1,200``; ``None`` → ``—``.

    GBP, EUR and USD get their symbol; another code is a prefix (``CHF 1,200``).
    Whole currency units. Compact moves up a unit when rounding reaches 1,000
    (999,950 → ``£1m``), and drops a ``.0``.
    """
    if value is None or not math.isfinite(value):
        return MISSING
    if compact:
        magnitude, suffix, places = _compact(value)
    else:
        magnitude, suffix, places = abs(round_half_up(value, 0)), "", 0
    body = _prefix(currency) + _grouped(magnitude, places) + suffix
    return _signed(-magnitude if value < 0 else magnitude, body)


def format_pct(value: float | None, places: int = 1) -> str:
    """A percent number to text: ``12.34 → '12.3%'``, ``-5 → '−5.0%'``, ``None → '—'``."""
    if value is None or not math.isfinite(value):
        return MISSING
    rounded = round_half_up(value, places)
    return _signed(rounded, _grouped(rounded, places) + "%")


def format_index(value: float | None) -> str:
    """An index such as CPI to 2 decimals: ``0.97222 → '0.97'``; ``None → '—'``."""
    if value is None or not math.isfinite(value):
        return MISSING
    rounded = round_half_up(value, 2)
    return _signed(rounded, _grouped(rounded, 2))
