"""The project page's Baselines tab: every baseline version, oldest first, with what
each approved change moved (DOMAIN §6.3: versions are immutable, the latest is the one
slip, EVM and the calculated RAG measure against)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..viewkit.fmt import date_key, days, fmt_date, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import RIGHT, Column

Row = dict[str, Any]


def baseline_columns(money: Callable[[float | None], str]) -> list[Column[Row]]:
    def change(r: Row) -> str:
        delta = r.get("bac_change")
        if delta is None:
            return "—"
        return ("+" if delta > 0 else "") + money(delta)

    return [
        Column(tr("Version"), lambda r: f"v{r['version']}", key=lambda r: r["version"],
               width=66),
        Column(tr("Effective"), lambda r: fmt_date(r.get("effective_date")),
               key=lambda r: date_key(r.get("effective_date")), width=100),
        Column(tr("BAC"), lambda r: money(r.get("bac")), key=lambda r: r.get("bac") or 0.0,
               align=RIGHT, width=110),
        Column(tr("BAC change"), change, key=lambda r: r.get("bac_change") or 0.0,
               align=RIGHT, width=100),
        Column(tr("Finish"), lambda r: fmt_date(r.get("finish_date")),
               key=lambda r: date_key(r.get("finish_date")), width=100),
        Column(tr("Finish moved"), lambda r: days(r.get("finish_change_days")),
               key=lambda r: r.get("finish_change_days") or 0, align=RIGHT, width=96),
        Column(tr("Approved by"), lambda r: text_or_dash(r.get("approved_by")), width=150),
        Column(tr("Change request"), lambda r: text_or_dash(r.get("source_cr")), width=110),
        Column(tr("Reason"), lambda r: text_or_dash(r.get("reason")), width=260, fill=True,
               tooltip=lambda r: r.get("reason")),
    ]


__all__ = ["baseline_columns"]
