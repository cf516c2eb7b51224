"""Named reads of the portfolio table (``ui/portfolio``): the projects' own fields,
their full statuses, and the last closed period the trends compare with.

Each takes a ``Store`` (the app passes the runner's reading copy off the GUI thread)
and returns plain dataclasses; ``queries.portfolio_status`` does the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .queries import ProjectStatus, last_period, portfolio_projects, portfolio_status, snapshots
from .store import Store


@dataclass(frozen=True)
class TrendBase:
    """The last closed reporting period: its label and each project's frozen status
    (by project code). ``exists`` is False before the first period is closed."""

    exists: bool = False
    label: str = ""
    snapshots: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class PortfolioFigures:
    """Every project's full status as of a date, with the trends' base."""

    statuses: list[ProjectStatus]
    base: TrendBase


def project_count(store: Store) -> int:
    """How many projects the portfolio holds."""
    return int(store.db.execute("SELECT COUNT(*) FROM project").fetchone()[0])


def project_rows(store: Store) -> list[ProjectStatus]:
    """Every project's own fields, by code, without the figures (``portfolio_projects``)."""
    return portfolio_projects(store.db)


def project_statuses(store: Store, as_of: date,
                     ids: Sequence[int] | None = None) -> list[ProjectStatus]:
    """The full status of every project (or of the projects ``ids``), by code."""
    if ids is None:
        return portfolio_status(store.db, as_of, store.thresholds())
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return portfolio_status(store.db, as_of, store.thresholds(), f"p.id IN ({marks})",
                            [int(i) for i in ids])


def trend_base(store: Store) -> TrendBase:
    """The last closed period and its snapshots (an empty base when there is none)."""
    period = last_period(store.db)
    if period is None:
        return TrendBase()
    return TrendBase(exists=True, label=str(period.get("label") or period.get("as_of")),
                     snapshots=snapshots(store.db, int(period["id"])))


def portfolio_figures(store: Store, as_of: date) -> PortfolioFigures:
    """Everything the portfolio table shows beyond the projects' own fields."""
    return PortfolioFigures(project_statuses(store, as_of), trend_base(store))


__all__ = ["PortfolioFigures", "TrendBase", "portfolio_figures", "project_count",
           "project_rows", "project_statuses", "trend_base"]
