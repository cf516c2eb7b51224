"""Words and colours the importer's views show: entity and field names, action colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from pmo_desktop.importing.vocab import ENTITY_NAMES, SYNONYMS
from pmo_desktop.store.labels import field_label as store_field_label
from pmo_desktop.ui.viewkit.i18n import tr
from pmo_desktop.ui.viewkit.theme import colours

__all__ = ["ACTIONS", "ACTION_LABELS", "ENTITY_LABELS", "action_colour", "action_tint",
           "confidence_colour", "entity_choices", "entity_label", "field_choices",
           "field_label", "tr"]


ENTITY_LABELS: dict[str, str] = {
    "project": "Projects", "milestone": "Milestones", "financial": "Financials",
    "resource": "Resources", "allocation": "Allocations", "risk": "Risks",
    "issue": "Issues", "assumption": "Assumptions", "dependency": "Dependencies",
    "decision": "Decisions", "action": "Actions", "change_request": "Change requests",
    "lesson": "Lessons", "task": "Tasks", "benefit": "Benefits",
    "proposal": "Proposals", "score": "Scores", "contribution": "Objectives served",
    "stakeholder": "Stakeholders",
}

# The importer's own column roles (not fields of an entity); fields get their label
# from the one table in ``store.labels``.
_PSEUDO_LABELS: dict[str, str] = {
    "_type": "RAID type (splits the table)", "_start": "Task start",
    "_duration": "Task duration", "_flag": "Milestone flag", "_summary": "Summary-task flag",
    "_kind": "Item type (an epic heads its stories)", "_phase": "Phase (heads its tasks)",
    "_objectives": "Objectives served (linked by name)",
}

ACTIONS = ("create", "update", "unchanged", "merged", "skipped", "rejected")
ACTION_LABELS = {"create": "New", "update": "Changed", "unchanged": "Unchanged",
                 "merged": "Merged", "skipped": "Skipped", "rejected": "Rejected"}


def entity_label(entity: str | None) -> str:
    if not entity:
        return tr("Not imported")
    return tr(ENTITY_LABELS.get(entity, entity.replace("_", " ").capitalize()))


def entity_choices() -> list[tuple[str, str | None]]:
    """(label, entity) for the entity combo, "Not imported" first."""
    return [(tr("Not imported"), None)] + [(entity_label(e), e) for e in ENTITY_NAMES]


def field_label(field: str | None, entity: str | None = None) -> str:
    if not field:
        return tr("Not imported")
    if field.startswith("_score:"):  # a criterion's scores (importing.intake)
        return tr("Score on") + " " + field[len("_score:"):]
    return tr(_PSEUDO_LABELS.get(field) or store_field_label(field, entity))


def field_choices(entity: str | None) -> list[tuple[str, str | None]]:
    """(label, field) for the field combo of a table of ``entity``."""
    fields = list(SYNONYMS.get(entity or "", {}))
    items = sorted(((field_label(f, entity), f) for f in fields), key=lambda p: p[0].lower())
    return [(tr("Not imported"), None), *items]


def action_colour(action: str) -> QColor:
    """The text colour of an action: green new, amber changed, grey unchanged/skipped, red."""
    c = colours()
    return QColor({"create": c.success, "update": c.warning, "unchanged": c.muted,
                   "merged": c.muted, "skipped": c.muted, "rejected": c.danger}.get(action, c.text))


def action_tint(action: str) -> QColor | None:
    """A faint row background for an action (none for unchanged rows)."""
    if action in ("unchanged", "skipped"):
        return None
    colour = action_colour(action)
    colour.setAlpha(28 if not colours().dark else 40)
    return colour


def confidence_colour(confidence: float, mapped: bool) -> QColor:
    c = colours()
    if not mapped:
        return QColor(c.warning)
    if confidence >= 0.85:
        return QColor(c.success)
    if confidence >= 0.65:
        return QColor(c.warning)
    return QColor(c.danger)
