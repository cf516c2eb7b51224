"""The portfolio table's columns: what each shows, how wide, whether it is editable."""

from __future__ import annotations

from dataclasses import dataclass

RAG_DIMENSIONS = ("schedule", "cost", "scope", "risk", "resource", "benefits")
_SHORT = {"schedule": "Sch.", "cost": "Cost", "scope": "Scp.", "risk": "Risk",
          "resource": "Res.", "benefits": "Ben."}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str  # text | rag | progress | money | date | days | count | index
    width: int
    visible: bool = True
    field: str | None = None  # the project field edited in place, if any
    tip: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("code", "Code", "text", 78),
    Column("name", "Project", "text", 186),
    Column("programme", "Programme", "text", 106),
    Column("manager", "Manager", "text", 120, visible=False),
    Column("sponsor", "Sponsor", "text", 120, visible=False),
    Column("stage", "Stage", "text", 80, visible=False),
    Column("state", "State", "text", 74, visible=False),
    Column("priority", "Priority", "text", 70, visible=False),
    Column("rag_overall", "Overall", "rag", 84, tip="Overall RAG (reported, else calculated) "
           "and its trend since the last closed period"),
    *(Column(f"rag_{d}", _SHORT[d], "rag", 44,
             tip=f"{d.capitalize()} RAG and its trend since the last closed period")
      for d in RAG_DIMENSIONS),
    Column("pct_complete", "Complete", "progress", 88, field="pct_complete"),
    Column("bac", "Budget", "money", 72, tip="Budget at completion (BAC)"),
    Column("actual", "Actual", "money", 78, visible=False, tip="Actual cost to date"),
    Column("forecast", "Forecast", "money", 74, tip="Estimate at completion (EAC)"),
    Column("variance", "Variance", "money", 76, visible=False,
           tip="Forecast minus budget (positive = overspend)"),
    Column("next_milestone", "Next milestone", "text", 150, visible=False),
    Column("milestone_date", "Due", "date", 80, visible=False, tip="Next milestone's forecast date"),
    Column("slip", "Slip", "days", 58,
           tip="Slip of the next milestone: its forecast against its baseline"),
    Column("bei", "BEI", "index", 54, visible=False,
           tip="Baseline Execution Index: plan tasks and milestones completed by the as-of "
               "date ÷ those baselined to complete by then (target 0.95 or more)"),
    Column("finish_forecast", "Forecast finish", "date", 96, visible=False,
           field="finish_forecast"),
    Column("high_risks", "Risks", "count", 50, tip="Open high risks: threats scored amber or red"),
    Column("status_date", "Updated", "date", 86,
           tip="Date of the last status update; stale ones are flagged"),
    Column("summary", "Summary", "text", 240, visible=False, field="summary"),
    Column("next_steps", "Next steps", "text", 200, visible=False, field="next_steps"),
)

COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
