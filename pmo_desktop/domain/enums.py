"""Canonical enumerations of the portfolio, as stored (lower-case names).

The store keeps these values as TEXT; the importer maps whatever a tracker says onto
them (synonyms live in ``importing``), the UI and reports show ``label(value)``.
"""

from __future__ import annotations

RAG_VALUES = ("green", "amber", "red")

PROJECT_STAGES = (
    "idea", "initiation", "planning", "delivery", "closing", "closed",
)
PROJECT_STATES = ("proposed", "active", "on_hold", "completed", "cancelled")
PRIORITIES = ("low", "medium", "high", "critical")

RAID_TYPES = ("risk", "issue", "assumption", "dependency", "decision", "action")

RISK_STATUSES = ("draft", "open", "monitoring", "materialised", "closed")
ISSUE_STATUSES = ("open", "in_progress", "escalated", "resolved", "closed")
ASSUMPTION_STATUSES = ("open", "validated", "invalid", "closed")
DEPENDENCY_STATUSES = ("on_track", "at_risk", "late", "delivered", "cancelled")
DECISION_STATUSES = ("proposed", "pending", "approved", "rejected", "deferred", "superseded")
ACTION_STATUSES = ("open", "done", "overdue", "cancelled")

RAID_STATUSES: dict[str, tuple[str, ...]] = {
    "risk": RISK_STATUSES,
    "issue": ISSUE_STATUSES,
    "assumption": ASSUMPTION_STATUSES,
    "dependency": DEPENDENCY_STATUSES,
    "decision": DECISION_STATUSES,
    "action": ACTION_STATUSES,
}
# Statuses after which an item no longer needs attention.
RAID_CLOSED_STATUSES = frozenset(
    {"closed", "resolved", "validated", "delivered", "cancelled", "approved",
     "rejected", "superseded", "done"}
)

THREAT_OR_OPPORTUNITY = ("threat", "opportunity")
RISK_RESPONSES = (
    "avoid", "reduce", "fallback", "transfer", "share", "accept",
    "exploit", "enhance", "reject", "escalate",
)
PROXIMITIES = ("imminent", "within_stage", "within_project", "beyond_project")
RISK_TRENDS = ("increasing", "stable", "decreasing")
ESCALATION_LEVELS = ("none", "programme", "portfolio", "board")
SEVERITIES = ("low", "medium", "high", "critical")
DEPENDENCY_DIRECTIONS = ("inbound", "outbound")

CR_TYPES = ("scope", "schedule", "cost", "quality", "resource", "benefits", "other")
CR_STATUSES = (
    "draft", "submitted", "under_assessment", "awaiting_decision", "approved",
    "rejected", "deferred", "withdrawn", "implemented", "closed",
)
CR_DECIDED_STATUSES = frozenset({"approved", "rejected", "deferred", "withdrawn"})
AUTHORITY_LEVELS = ("pm", "change_authority", "project_board", "portfolio_board")

BOOKINGS = ("proposed", "committed")
LESSON_TYPES = ("project", "corporate_or_programme", "both")
# Whether a lesson comes from what went well or from what is to improve (the sign of its
# effect, DOMAIN §7.3): the retrospective's two columns, a lessons log's "Type"
LESSON_EFFECT_TYPES = ("went_well", "to_improve")
TASK_STATUSES = ("not_started", "in_progress", "complete", "on_hold", "cancelled")
MILESTONE_STATUSES = (
    "not_due", "due_this_period", "complete_on_time", "complete_late", "missed",
    "forecast_late", "cancelled",
)


def label(value: str | None) -> str:
    """Human label for a canonical value: ``on_hold`` → ``On hold``."""
    if not value:
        return ""
    text = value.replace("_", " ")
    return text[:1].upper() + text[1:]
