"""The registers at a date: current rows stepped back through the change log.

Everything a period pack shows that is not snapshotted (risks and other RAID items,
milestones, plan tasks, change requests, baselines, allocations and capacity, project
attributes) is *reconstructed from the change log*: the current rows are rewound by reversing,
newest first, every change logged after the period was closed (the period's own
``reporting_period`` entry in the log is the cut). So a pack of a past period is not
changed by later edits.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from .sqlitedb import Database

from pmo_desktop.domain.portfolio_rules import lookahead_months
from pmo_desktop.domain.schedule import iso_date as parse_day

from .pack_rows import (
    ChangeRow, MilestoneRow, PeriodInfo, PlanTaskRow, PortfolioState, RaidRow, UtilRow,
)

Rows = dict[str, dict[int, dict[str, Any]]]  # entity name -> id -> row

# Entities rewound through the change log (entity name -> table, RAID type).
REWOUND: dict[str, tuple[str, str | None]] = {
    "programme": ("programme", None), "project": ("project", None),
    "milestone": ("milestone", None), "change_request": ("change_request", None),
    "baseline": ("baseline", None), "role": ("role", None), "resource": ("resource", None),
    "capacity": ("capacity", None), "allocation": ("allocation", None),
    "task": ("task", None),
    **{t: ("raid_item", t) for t in ("risk", "issue", "assumption", "dependency",
                                      "decision", "action")},
}
# The entities whose state at the previous period is compared with (movement).
COMPARED = ("programme", "project", "milestone", "change_request", "risk", "issue",
            "decision", "action", "assumption", "dependency")
# Resource hotspots and over-allocation cover ``domain.portfolio_rules.lookahead_months``.


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class Rewinder:
    """Current rows of the rewound entities, stepped back through the change log."""

    def __init__(self, db: Database, only: Iterable[str] | None = None,
                 touched_after: int | None = None) -> None:
        """``only``: rewind just these entities (all of ``REWOUND`` by default).
        ``touched_after``: read only the rows the change log touched after that entry (a
        rewind to it or later leaves every other row as it is now); ``touched`` names
        them per entity."""
        wanted = [n for n in REWOUND if only is None or n in set(only)]
        self.rows: Rows = {}
        self.touched: dict[str, set[int]] | None = None
        names = ",".join(f"'{n}'" for n in wanted)
        if touched_after is not None:
            self.touched = {n: set() for n in wanted}
            for entity, eid in db.execute(
                    f"SELECT DISTINCT entity, entity_id FROM change_log WHERE id > ?"
                    f" AND entity IN ({names}) AND entity_id IS NOT NULL", [touched_after]):
                self.touched[entity].add(int(eid))

        def among(names: Iterable[str]) -> tuple[str, list[Any]]:
            if self.touched is None:
                return "", []
            ids = sorted(set().union(*(self.touched[n] for n in names)))
            return " AND id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]

        raid: Rows = defaultdict(dict)
        kinds = {REWOUND[n][1]: n for n in wanted if REWOUND[n][1]}
        if kinds:
            marks = ",".join("?" * len(kinds))
            extra, params = among(kinds.values())
            for row in db.query(f"SELECT * FROM raid_item WHERE type IN ({marks}){extra}",
                                [*kinds, *params]):
                rid = int(row["id"])
                if self.touched is None or rid in self.touched[kinds[row["type"]]]:
                    raid[row["type"]][rid] = row
        for name in wanted:
            table, raid_type = REWOUND[name]
            if raid_type:
                self.rows[name] = raid.get(raid_type, {})
            else:
                extra, params = among([name])
                self.rows[name] = {int(r["id"]): r for r in db.query(
                    f"SELECT * FROM {table} WHERE 1{extra}", params)}
        self._db = db
        self._names = names

    def rewind_to(self, cut: int, after: int | None = None) -> None:
        """Reverse every logged change with ``cut < id`` (``≤ after`` when given)."""
        sql = (f"SELECT entity, entity_id, op, field, old FROM change_log WHERE id > ?"
               f" AND entity IN ({self._names})")
        params: list[Any] = [cut]
        if after is not None:
            sql += " AND id <= ?"
            params.append(after)
        for e in self._db.query(sql + " ORDER BY id DESC", params):
            rows = self.rows[e["entity"]]
            eid = int(e["entity_id"])
            if e["op"] == "create":
                rows.pop(eid, None)
            elif e["op"] == "delete":
                rows[eid] = {"id": eid, **(_decode(e["old"]) or {})}
            elif e["op"] == "update" and eid in rows and e["field"]:
                rows[eid] = {**rows[eid], e["field"]: _decode(e["old"])}

    def copy(self, names: Iterable[str]) -> Rows:
        return {n: copy.copy(self.rows[n]) for n in names}


def registers(rows: Rows, as_of: date,
           with_util: bool) -> PortfolioState:
    code_of = {pid: str(p.get("code")) for pid, p in rows["project"].items()}
    prog_of = {gid: g.get("name") for gid, g in rows["programme"].items()}

    def code(r: dict[str, Any]) -> str:
        return code_of.get(int(r.get("project_id") or 0), f"#{r.get('project_id')}")

    out = PortfolioState()
    out.attributes = {
        str(p.get("code")): {**p, "programme": prog_of.get(int(p.get("programme_id") or 0))}
        for p in rows["project"].values()}
    for r in sorted(rows["milestone"].values(), key=lambda r: int(r["id"])):
        out.milestones.append(MilestoneRow(
            project_code=code(r), name=str(r.get("name")), ref=r.get("ref"),
            critical=bool(r.get("critical")), baseline_date=r.get("baseline_date"),
            forecast_date=r.get("forecast_date"), actual_date=r.get("actual_date"),
            status=r.get("status"), owner=r.get("owner"), pct_complete=r.get("pct_complete")))
    out.tasks = plan_tasks(rows.get("task", {}), code)
    raid_fields = set(RaidRow.__dataclass_fields__) - {"project_code", "type"}
    for kind in ("risk", "issue", "assumption", "dependency", "decision", "action"):
        for r in sorted(rows[kind].values(), key=lambda r: int(r["id"])):
            values: dict[str, Any] = {k: r.get(k) for k in raid_fields}
            values["title"] = values.get("title") or ""
            values["ref"] = str(values.get("ref") or "")
            out.raid.append(RaidRow(project_code=code(r), type=kind, **values))
    cr_fields = set(ChangeRow.__dataclass_fields__) - {"project_code"}
    for r in sorted(rows["change_request"].values(), key=lambda r: int(r["id"])):
        cr_values: dict[str, Any] = {k: r.get(k) for k in cr_fields}
        cr_values["title"] = cr_values.get("title") or ""
        cr_values["ref"] = str(cr_values.get("ref") or "")
        out.changes.append(ChangeRow(project_code=code(r), **cr_values))
    for r in rows["baseline"].values():
        if (r.get("version") or 0) > 0:
            c = code(r)
            out.rebaselines[c] = out.rebaselines.get(c, 0) + 1
    if with_util:
        out.utilisation = utilisation(rows, as_of, code_of)
    return out


def plan_tasks(rows: Mapping[int, dict[str, Any]],
               code: Callable[[dict[str, Any]], str]) -> list[PlanTaskRow]:
    """Tasks by project, in plan order (``sort_order``, then ref)."""
    ordered = sorted(rows.values(), key=lambda r: (
        code(r), r.get("sort_order") is None, r.get("sort_order") or 0, str(r.get("ref") or "")))
    return [PlanTaskRow(
        project_code=code(r), ref=str(r.get("ref") or ""), name=str(r.get("name") or ""),
        outline_level=int(r.get("outline_level") or 1), is_summary=bool(r.get("is_summary")),
        is_milestone=bool(r.get("is_milestone")), critical=bool(r.get("critical")),
        start_baseline=r.get("start_baseline"), finish_baseline=r.get("finish_baseline"),
        start_forecast=r.get("start_forecast"), finish_forecast=r.get("finish_forecast"),
        start_actual=r.get("start_actual"), finish_actual=r.get("finish_actual"),
        pct_complete=r.get("pct_complete"), status=r.get("status"),
        sort_order=r.get("sort_order")) for r in ordered]


def utilisation(rows: Rows, as_of: date,
                 code_of: dict[int, str]) -> list[UtilRow]:
    """Each person's committed load per month of the look-ahead, from rows by id."""
    months = set(lookahead_months(as_of))
    roles = {rid: r.get("name") for rid, r in rows["role"].items()}
    load = committed_load(((a["resource_id"], a.get("project_id"), a.get("period"),
                            a.get("hours"), a.get("booking"))
                           for a in rows["allocation"].values()), months, code_of)
    people = {rid: (p.get("name"), roles.get(int(p.get("role_id") or 0)), p.get("team"))
              for rid, p in rows["resource"].items()}
    return util_rows(((c["resource_id"], c.get("period"), c.get("hours"))
                      for c in rows["capacity"].values()), people, months, load)


Load = tuple[dict[tuple[int, str], float], dict[tuple[int, str], set[str]]]
"""Per (resource id, month): the committed hours booked, and the projects they are on."""


def committed_load(allocations: Iterable[tuple[Any, Any, Any, Any, Any]],
                   months: set[str], code_of: dict[int, str]) -> Load:
    """Sum ``(resource_id, project_id, period, hours, booking)`` bookings that are
    committed (a blank booking is) in ``months``, in the order given."""
    load: dict[tuple[int, str], float] = defaultdict(float)
    on: dict[tuple[int, str], set[str]] = defaultdict(set)
    for rid, pid, period, hours, booking in allocations:
        if period not in months or (booking or "committed") != "committed":
            continue
        key = (int(rid), str(period))
        load[key] += float(hours or 0.0)
        on[key].add(code_of.get(int(pid or 0), "?"))
    return load, on


def util_rows(capacity: Iterable[tuple[Any, Any, Any]],
              people: Mapping[int, tuple[Any, str | None, str | None]],
              months: set[str], load: Load) -> list[UtilRow]:
    """One ``UtilRow`` per ``(resource_id, period, hours)`` of capacity in ``months``
    of a known person (``people``: id → name, role, team), by person then month."""
    hours_of, projects_of = load
    out: list[UtilRow] = []
    for rid, period, hours in capacity:
        if period not in months:
            continue
        rid = int(rid)
        person = people.get(rid)
        if person is None:
            continue
        name, role, team = person
        key = (rid, str(period))
        out.append(UtilRow(
            resource=str(name), role=role, team=team, period=str(period),
            capacity=float(hours or 0.0), allocated=hours_of.get(key, 0.0),
            projects=tuple(sorted(projects_of.get(key, ())))))
    out.sort(key=lambda u: (u.resource, u.period))
    return out


def closed_periods(db: Database) -> list[PeriodInfo]:
    cuts = {int(r["entity_id"]): int(r["id"]) for r in db.query(
        "SELECT id, entity_id FROM change_log WHERE entity = 'reporting_period'"
        " AND op = 'create' ORDER BY entity_id, id")}  # a reopened period's id is reused: last wins
    out = []
    for r in db.query("SELECT id, as_of, label FROM reporting_period ORDER BY as_of"):
        pid = int(r["id"])
        as_of = parse_day(r["as_of"])
        if as_of is None:
            continue
        out.append(PeriodInfo(pid, as_of, r["label"] or r["as_of"], cuts.get(pid, 0)))
    return out


def restrict(state: PortfolioState, codes: set[str]) -> None:
    """Keep the registers of the projects in scope (people: those working on them)."""
    state.milestones = [m for m in state.milestones if m.project_code in codes]
    state.tasks = [t for t in state.tasks if t.project_code in codes]
    state.raid = [r for r in state.raid if r.project_code in codes]
    state.changes = [c for c in state.changes if c.project_code in codes]
    people = {u.resource for u in state.utilisation if set(u.projects) & codes}
    state.utilisation = [u for u in state.utilisation if u.resource in people]



__all__ = ["COMPARED", "REWOUND", "Load", "Rewinder", "Rows", "closed_periods",
           "committed_load", "plan_tasks", "registers", "restrict", "util_rows", "utilisation"]
