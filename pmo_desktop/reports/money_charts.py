"""The financials section's vector charts (reportlab.graphics, never bitmaps): the
portfolio S-curve and CPI/SPI by closed period. Every line is labelled in a legend and
drawn in a distinct dash pattern too, so the charts read in greyscale."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String

from pmo_desktop.domain.money import format_money
from pmo_desktop.store.pack_money import PackMoney

from .theme import BOLD, COND, INK, MUTED, RULE, SANS, hex_colour


@dataclass(frozen=True)
class _Series:
    name: str
    colour: str
    points: list[tuple[float, float]]  # (x position, value)
    dash: tuple[float, ...] = ()


def _chart(title: str, labels: Sequence[str], series: Sequence[_Series], width: float,
           height: float, y_text: Callable[[float], str], floor: float | None = None,
           reference: float | None = None) -> Drawing:
    d = Drawing(width, height)
    left, right, bottom, top = 48.0, 8.0, 30.0, 18.0
    d.add(String(left, height - 11, title, fontName=BOLD, fontSize=8.5, fillColor=INK))
    values = [v for s in series for _x, v in s.points] + ([reference] if reference else [])
    low = floor if floor is not None else min(values, default=0.0)
    high = max(values, default=1.0)
    if high <= low:
        high = low + 1.0
    span_x = max(1, len(labels) - 1)
    plot_w, plot_h = width - left - right, height - top - bottom

    def x_of(x: float) -> float:
        return left + plot_w * x / span_x

    def y_of(v: float) -> float:
        return bottom + plot_h * (v - low) / (high - low)

    for k in range(5):  # grid and the value labels
        v = low + (high - low) * k / 4
        d.add(Line(left, y_of(v), left + plot_w, y_of(v), strokeColor=RULE, strokeWidth=0.4))
        d.add(String(left - 4, y_of(v) - 2.5, y_text(v), fontName=COND, fontSize=6.2,
                     fillColor=MUTED, textAnchor="end"))
    step = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        last = i == len(labels) - 1 and i % step >= step / 2
        if i % step == 0 or last:
            d.add(String(x_of(i), bottom - 10, label, fontName=COND, fontSize=6.0,
                         fillColor=MUTED, textAnchor="middle"))
    if reference is not None:
        d.add(Line(left, y_of(reference), left + plot_w, y_of(reference),
                   strokeColor=MUTED, strokeWidth=0.6, strokeDashArray=[2, 2]))
    legend_x = left
    for s in series:
        colour = hex_colour(s.colour)
        if len(s.points) > 1:
            flat = [c for x, v in s.points for c in (x_of(x), y_of(v))]
            d.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.4,
                           strokeDashArray=list(s.dash) or None))
        d.add(Line(legend_x, 4, legend_x + 14, 4, strokeColor=colour, strokeWidth=1.6,
                   strokeDashArray=list(s.dash) or None))
        d.add(String(legend_x + 17, 1.5, s.name, fontName=SANS, fontSize=6.6, fillColor=INK))
        legend_x += 24 + 4.2 * len(s.name)
    return d


def s_curve(money: PackMoney, currency: str, width: float, height: float = 170.0) -> Drawing:
    """Cumulative PV, EV and AC (by month, or by closed period for a period's pack), and
    the dashed EAC line to completion."""
    labels = [c[0] for c in money.curve]
    for label, _v in money.projection:
        if label not in labels:
            labels.append(label)
    at = {label: float(i) for i, label in enumerate(labels)}
    series = [
        _Series("PV (planned)", "#1D70B8", [(at[c[0]], c[1]) for c in money.curve]),
        _Series("EV (earned)", "#00703C", [(at[c[0]], c[2]) for c in money.curve
                                           if c[2] is not None], (4, 1.5)),
        _Series("AC (actual)", "#D4351C", [(at[c[0]], c[3]) for c in money.curve
                                           if c[3] is not None], (1.5, 1.5)),
        _Series("EAC projection", "#F47738", [(at[p], v) for p, v in money.projection],
                (5, 3)),
    ]
    what = "month" if money.by_month else "closed period"
    return _chart(f"Portfolio S-curve: cumulative PV, EV and AC by {what}, and the EAC",
                  labels, series, width, height,
                  lambda v: format_money(v, currency, compact=True), floor=0.0)


def index_trend(money: PackMoney, width: float, height: float = 150.0) -> Drawing:
    """CPI and SPI at each closed period, from the sums each period froze."""
    periods = [p for p in money.periods if p.projects]
    points = [p.index_points(float(i)) for i, p in enumerate(periods)]
    cpi = [c for c, _s in points if c is not None]
    spi = [s for _c, s in points if s is not None]
    series = [_Series("CPI", "#4C2C92", cpi), _Series("SPI", "#28A197", spi, (4, 1.5))]
    values = [v for _x, v in cpi + spi] + [1.0]
    return _chart("CPI and SPI by closed period (1.00 dashed)", [p.as_of for p in periods],
                  series, width, height, lambda v: f"{v:.2f}", floor=min(values) - 0.05,
                  reference=1.0)


__all__ = ["index_trend", "s_curve"]
