"""Microsoft Project XML (MSPDI) plans as one plan sheet.

MS Project, ProjectLibre and GanttProject all write MSPDI. The tasks become the rows
of one table (the layout of an Excel plan export), so the ordinary pipeline finds the
header, matches the columns and takes milestones and dates from the task rows. Parsed
with defusedxml: no entities, no external references.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

NS = "{http://schemas.microsoft.com/project}"
HEADER = [
    "ID", "Task Name", "Outline Level", "Summary", "Milestone", "Critical", "Start", "Finish",
    "Baseline Start", "Baseline Finish", "Actual Finish", "% Complete", "Notes",
]


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


def mspdi_rows(name: str, data: bytes, max_tasks: int = 200_000) -> tuple[str, list[list[Any]]]:
    """(sheet title, grid) for the plan in ``data``; raises ValueError with a sentence."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise ValueError(f"{name} is a damaged Microsoft Project XML file ({exc}).") from exc
    if root.tag != f"{NS}Project":
        raise ValueError(f"{name} is not a Microsoft Project XML plan.")
    title = (root.findtext(f"{NS}Title") or root.findtext(f"{NS}Name") or "Plan").strip()
    tasks = root.findall(f"{NS}Tasks/{NS}Task")
    if len(tasks) > max_tasks:
        raise ValueError(f"{name} has {len(tasks):,} tasks, over the {max_tasks:,} limit.")
    rows: list[list[Any]] = [[f"Project plan: {title}"], [], list(HEADER)]
    for task in tasks:
        def text(tag: str, node: Any = task) -> str | None:
            return node.findtext(f"{NS}{tag}")

        task_name = (text("Name") or "").strip()
        if not task_name or (text("OutlineLevel") or "") == "0":
            continue  # the project summary task (UID 0) repeats the plan itself
        baseline = next((b for b in task.findall(f"{NS}Baseline")
                         if (b.findtext(f"{NS}Number") or "0") == "0"), None)
        pct = text("PercentComplete")
        rows.append([
            text("ID") or text("UID"), task_name, int(text("OutlineLevel") or 1),
            _flag(text("Summary")), _flag(text("Milestone")), _flag(text("Critical")),
            _date(text("Start")), _date(text("Finish")),
            _date(text("Start", baseline)) if baseline is not None else None,
            _date(text("Finish", baseline)) if baseline is not None else None,
            _date(text("ActualFinish")), f"{pct}%" if pct is not None else None,
            (text("Notes") or "").strip() or None,
        ])
    if len(rows) == 3:
        raise ValueError(f"{name} is a Microsoft Project plan with no tasks.")
    width = len(HEADER)
    return title, [r + [None] * (width - len(r)) for r in rows]
