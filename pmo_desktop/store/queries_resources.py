"""Named read of the resource heat map: committed utilisation per role and person × month."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from pmo_desktop.domain.capacity import UtilBand, cell_band

from .queries import resource_utilisation
from .queries_common import Source, database, month_range


class HeatCell(NamedTuple):
    """One (person or group, month): a tuple, as thousands are made on every redraw."""

    capacity: float
    allocated: float
    mark: str | None = None  # "worse" / "better" under a what-if scenario

    @property
    def pct(self) -> float | None:
        return self.allocated * 100.0 / self.capacity if self.capacity > 0 else None

    @property
    def band(self) -> UtilBand:
        """``NONE`` (not available: no capacity) differs from ``FREE`` (0 % booked)."""
        return cell_band(self.allocated, self.capacity)


@dataclass(frozen=True)
class HeatRow:
    """A role (sum of its people) or one person, with one cell per month."""

    kind: str  # "role" or "team" (a group: the sum of its people) or "person"
    name: str
    role: str
    team: str | None
    cells: tuple[HeatCell, ...]

    @cached_property
    def peak_pct(self) -> float | None:
        values = [c.pct for c in self.cells if c.pct is not None]
        return max(values) if values else None


@dataclass(frozen=True)
class ResourceHeatmap:
    months: list[str]
    rows: list[HeatRow]


def resource_heatmap(source: Source, first: str, months: int) -> ResourceHeatmap:
    """Committed utilisation per role and per person × month (roles first in each group)."""
    db = database(source)
    span = month_range(first, months)
    index = {m: k for k, m in enumerate(span)}
    people: dict[int, dict[str, Any]] = {}
    for r in resource_utilisation(db, span[0], span[-1]):
        person = people.setdefault(int(r["resource_id"]), {
            "name": r["name"], "role": r["role"] or "No role", "team": r["team"],
            "cells": [HeatCell(0.0, 0.0) for _ in span]})
        person["cells"][index[r["period"]]] = HeatCell(float(r["capacity"] or 0.0),
                                                       float(r["allocated"] or 0.0))
    by_role: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in people.values():
        by_role[person["role"]].append(person)
    rows: list[HeatRow] = []
    for role in sorted(by_role):
        members = sorted(by_role[role], key=lambda p: p["name"])
        totals = tuple(HeatCell(sum(p["cells"][k].capacity for p in members),
                                sum(p["cells"][k].allocated for p in members))
                       for k in range(len(span)))
        rows.append(HeatRow("role", role, role, None, totals))
        rows += [HeatRow("person", p["name"], role, p["team"], tuple(p["cells"]))
                 for p in members]
    return ResourceHeatmap(span, rows)


__all__ = ["HeatCell", "HeatRow", "ResourceHeatmap", "resource_heatmap"]
