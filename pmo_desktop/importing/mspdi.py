"""Microsoft Project XML (MSPDI) plans as one plan sheet.

MS Project, ProjectLibre, GanttProject and MPXJ all write MSPDI. The tasks become the
rows of one table (the layout of an Excel plan export: ID, WBS, name, outline level,
flags, dates, baseline, actuals, % complete, predecessors, resources, notes), so the
ordinary pipeline finds the header, matches the columns and takes tasks and milestones
from the rows. Every task but the project summary (UID 0 / outline level 0) is a row;
a manually scheduled task gives its manual dates; predecessors are written with the
ID of the task they name ("3FS+2d"); calendars and every other element are ignored.

Parsed with defusedxml, streaming: a DOCTYPE (and so any entity, internal or external)
is refused, and a plan over the task limit is refused as soon as the limit is passed,
before the rest of the file is read.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

NS = "{http://schemas.microsoft.com/project}"
HEADER = [
    "ID", "WBS", "Task Name", "Outline Level", "Summary", "Milestone", "Critical", "Start",
    "Finish", "Duration (days)", "Baseline Start", "Baseline Finish", "Actual Start",
    "Actual Finish", "% Complete", "Predecessors", "Resource Names", "Notes",
]
_LINK_TYPES = {"0": "FF", "1": "FS", "2": "SF", "3": "SS"}
_TASK_FIELDS = ("UID", "ID", "Name", "WBS", "OutlineNumber", "OutlineLevel", "Summary",
                "Milestone", "Critical", "Start", "Finish", "Duration", "Manual",
                "ManualStart", "ManualFinish", "ManualDuration", "ActualStart",
                "ActualFinish", "PercentComplete", "Notes", "IsNull")


def is_mspdi(data: bytes) -> bool:
    head = data[:4096]
    return b"schemas.microsoft.com/project" in head and b"<Project" in head


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        return None


def _flag(text: str | None) -> str:
    return "Yes" if (text or "").strip() in ("1", "true") else "No"


def _hours(text: str | None) -> float | None:
    """An XML duration ``PT40H30M0S`` in hours (None when absent or not one)."""
    if not text or not text.startswith("PT"):
        return None
    hours = 0.0
    number = ""
    for ch in text[2:]:
        if ch.isdigit() or ch == ".":
            number += ch
            continue
        if not number:
            return None
        hours += float(number) * {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}.get(ch, 0.0)
        number = ""
    return hours


class _Reader:
    """Collects what the rows need from the element stream."""

    def __init__(self, name: str, max_tasks: int) -> None:
        self.name = name
        self.max_tasks = max_tasks
        self.title = ""
        self.minutes_per_day = 480.0
        self.tasks: list[dict[str, Any]] = []
        self.resources: dict[str, str] = {}
        self.assignments: dict[str, list[str]] = {}

    def task(self, el: Any) -> None:
        if len(self.tasks) >= self.max_tasks:
            raise ValueError(f"{self.name} has more than {self.max_tasks:,} tasks, over the "
                             "limit of one import; split the plan.")
        t: dict[str, Any] = {f: el.findtext(f"{NS}{f}") for f in _TASK_FIELDS}
        baseline = next((b for b in el.findall(f"{NS}Baseline")
                         if (b.findtext(f"{NS}Number") or "0").strip() == "0"), None)
        t["BaselineStart"] = baseline.findtext(f"{NS}Start") if baseline is not None else None
        t["BaselineFinish"] = baseline.findtext(f"{NS}Finish") if baseline is not None else None
        t["links"] = [(link.findtext(f"{NS}PredecessorUID") or "",
                       link.findtext(f"{NS}Type") or "1",
                       link.findtext(f"{NS}LinkLag") or "0")
                      for link in el.findall(f"{NS}PredecessorLink")]
        self.tasks.append(t)

    def resource(self, el: Any) -> None:
        uid, rname = el.findtext(f"{NS}UID"), (el.findtext(f"{NS}Name") or "").strip()
        if uid is not None and rname:
            self.resources[uid.strip()] = rname

    def assignment(self, el: Any) -> None:
        task, res = el.findtext(f"{NS}TaskUID"), el.findtext(f"{NS}ResourceUID")
        if task is not None and res is not None:
            self.assignments.setdefault(task.strip(), []).append(res.strip())


def _read(name: str, data: bytes, max_tasks: int) -> _Reader:
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException, DTDForbidden

    if data.count(b"<Task>") > max_tasks:  # refused before any parsing (checked again below)
        raise ValueError(f"{name} has more than {max_tasks:,} tasks, over the limit of one "
                         "import; split the plan.")
    reader = _Reader(name, max_tasks)
    handlers = {f"{NS}Task": reader.task, f"{NS}Resource": reader.resource,
                f"{NS}Assignment": reader.assignment}
    depth = 0
    root_tag = None
    try:
        for event, el in ElementTree.iterparse(io.BytesIO(data), events=("start", "end"),
                                               forbid_dtd=True):
            if event == "start":
                depth += 1
                if depth == 1:
                    root_tag = el.tag
                    if root_tag != f"{NS}Project":
                        raise ValueError(f"{name} is not a Microsoft Project XML plan.")
                continue
            depth -= 1
            if depth == 1:  # a child of <Project>: the title, the calendar's day
                if el.tag == f"{NS}Title" or (el.tag == f"{NS}Name" and not reader.title):
                    reader.title = (el.text or "").strip()
                elif el.tag == f"{NS}MinutesPerDay":
                    try:
                        reader.minutes_per_day = float(el.text or 480) or 480.0
                    except ValueError:
                        pass
                el.clear()
            elif depth == 2:  # Tasks/Task, Resources/Resource, Assignments/Assignment
                handler = handlers.get(el.tag)
                if handler is not None:
                    handler(el)
                el.clear()
    except DTDForbidden as exc:
        raise ValueError(f"{name} declares a DOCTYPE, which no Microsoft Project XML plan "
                         "has; it was refused unread (it could expand entities or fetch "
                         "other files).") from exc
    except (ParseError, DefusedXmlException) as exc:
        raise ValueError(f"{name} is a damaged Microsoft Project XML file ({exc}).") from exc
    return reader


def mspdi_rows(name: str, data: bytes, max_tasks: int = 200_000) -> tuple[str, list[list[Any]]]:
    """(sheet title, grid) for the plan in ``data``; raises ValueError with a sentence."""
    reader = _read(name, data, max_tasks)
    title = reader.title or "Plan"
    day_hours = reader.minutes_per_day / 60.0
    tasks = [t for t in reader.tasks
             if (t["Name"] or "").strip() and (t["OutlineLevel"] or "").strip() != "0"
             and (t["UID"] or "").strip() != "0" and (t["IsNull"] or "0").strip() != "1"]
    ref_of = {(t["UID"] or "").strip(): (t["ID"] or t["UID"] or "").strip() for t in tasks}
    rows: list[list[Any]] = [[f"Project plan: {title}"], [], list(HEADER)]
    for t in tasks:
        manual = (t["Manual"] or "").strip() == "1"
        start = (manual and t["ManualStart"]) or t["Start"]
        finish = (manual and t["ManualFinish"]) or t["Finish"]
        hours = _hours((manual and t["ManualDuration"]) or t["Duration"])
        links = []
        for uid, kind, lag in t["links"]:
            ref = ref_of.get(uid.strip())
            if ref is None:
                continue  # a link to the project summary or to another project
            try:
                days = float(lag) / 10.0 / reader.minutes_per_day
            except ValueError:
                days = 0.0
            kind = _LINK_TYPES.get(kind.strip(), "FS")
            links.append(ref if kind == "FS" and not days else
                         f"{ref}{kind}{f'{round(days, 2):+g}d' if days else ''}")
        names = [reader.resources[r] for r in reader.assignments.get((t["UID"] or "").strip(), [])
                 if r in reader.resources]
        pct = t["PercentComplete"]
        level = (t["OutlineLevel"] or "").strip()
        rows.append([
            ref_of[(t["UID"] or "").strip()], (t["OutlineNumber"] or t["WBS"] or "").strip() or None,
            t["Name"].strip(), int(level) if level.isdigit() else 1,
            _flag(t["Summary"]), _flag(t["Milestone"]), _flag(t["Critical"]),
            _date(start), _date(finish),
            round(hours / day_hours, 2) if hours is not None and day_hours else None,
            _date(t["BaselineStart"]), _date(t["BaselineFinish"]),
            _date(t["ActualStart"]), _date(t["ActualFinish"]),
            f"{pct.strip()}%" if pct and pct.strip() else None,
            "; ".join(links) or None, "; ".join(dict.fromkeys(names)) or None,
            (t["Notes"] or "").strip() or None,
        ])
    if len(rows) == 3:
        raise ValueError(f"{name} is a Microsoft Project plan with no tasks.")
    width = len(HEADER)
    return title, [r + [None] * (width - len(r)) for r in rows]
