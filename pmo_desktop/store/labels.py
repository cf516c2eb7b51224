"""What people call the fields of ``schema.ENTITIES``: one table of human labels.

The importer's column choices, the views' column headers, the project page, its
change history and the CLI all show a field by the label here, never by its column
name ("dca_rating" is "Delivery confidence (DCA)", not "Dca rating").

It lives beside the schema because it names the schema's columns (a test checks every
field of every entity has a label) and because every layer that shows a field (importing,
reports, ui, the CLI) may import ``store`` while ``domain`` knows nothing of columns.
"""

from __future__ import annotations

# One label per column name; the same name means the same thing in every entity
# unless ``_BY_ENTITY`` says otherwise.
FIELD_LABELS: dict[str, str] = {
    # keys and links
    "code": "Project code",
    "ref": "ID",
    "type": "Type",
    "project_id": "Project",
    "programme_id": "Programme",
    "resource_id": "Person",
    "role_id": "Role",
    "version": "Version",
    # common
    "name": "Name",
    "title": "Title",
    "description": "Description",
    "owner": "Owner",
    "status": "Status",
    "category": "Category",
    "priority": "Priority",
    "notes": "Notes",
    "manager": "Manager",
    "period": "Month",
    "hours": "Hours",
    "pct_complete": "% complete",
    "critical": "Critical",
    # programme
    "sro": "Senior responsible owner (SRO)",
    # project
    "sponsor": "Sponsor",
    "stage": "Stage",
    "state": "State",
    "tier": "Tier",
    "start_baseline": "Baseline start",
    "finish_baseline": "Baseline finish",
    "start_forecast": "Forecast start",
    "finish_forecast": "Forecast finish",
    "start_actual": "Actual start",
    "finish_actual": "Actual finish",
    "bac": "Budget (BAC)",
    "eac": "Forecast cost (EAC)",
    "rag_overall": "RAG (overall)",
    "rag_schedule": "RAG (schedule)",
    "rag_cost": "RAG (cost)",
    "rag_scope": "RAG (scope)",
    "rag_risk": "RAG (risk)",
    "rag_resource": "RAG (resource)",
    "rag_benefits": "RAG (benefits)",
    "rag_justification": "RAG justification",
    "summary": "Summary",
    "next_steps": "Next steps",
    "status_date": "Status date",
    "dca_rating": "Delivery confidence (DCA)",
    "tolerance_cost_pct": "Cost tolerance (%)",
    "tolerance_time_days": "Time tolerance (days)",
    "benefits": "Benefits",
    "department": "Department",
    # milestone
    "baseline_date": "Baseline date",
    "forecast_date": "Forecast date",
    "actual_date": "Actual date",
    # financial
    "planned": "Planned",
    "actual": "Actual",
    "forecast": "Forecast",
    "earned": "Earned",
    # role, resource, capacity, allocation
    "target_utilisation": "Target utilisation",
    "email": "Email",
    "team": "Team",
    "cost_rate": "Cost rate",
    "fte": "FTE",
    "hours_per_day": "Hours per day",
    "location": "Location",
    "start_date": "Start date",
    "end_date": "End date",
    "booking": "Booking",
    # RAID
    "raised_by": "Raised by",
    "date_raised": "Date raised",
    "due_date": "Due date",
    "review_date": "Review date",
    "closed_date": "Closed date",
    "severity": "Severity",
    "escalation": "Escalation",
    "next_action": "Next action",
    "threat_or_opportunity": "Threat or opportunity",
    "probability": "Probability",
    "impact": "Impact",
    "residual_probability": "Residual probability",
    "residual_impact": "Residual impact",
    "proximity": "Proximity",
    "response": "Response",
    "response_actions": "Response actions",
    "actionee": "Actionee",
    "trigger": "Trigger",
    "contingency": "Contingency",
    "trend": "Trend",
    "expected_value": "Expected value",
    "issue_type": "Issue type",
    "impact_analysis": "Impact analysis",
    "resolution": "Resolution",
    "decision": "Decision",
    "decided_by": "Decided by",
    "direction": "Direction",
    "dependency_type": "Dependency type",
    "counterparty": "Counterparty",
    "need_by_date": "Needed by",
    "committed_date": "Committed date",
    "options": "Options",
    "rationale": "Rationale",
    "decision_date": "Decision date",
    "impact_summary": "Impact summary",
    "impact_if_false": "Impact if false",
    "validation_method": "Validation method",
    "validate_by": "Validate by",
    "linked_ref": "Linked item",
    "source_text": "Tracker's words",
    # change request
    "cr_type": "Change type",
    "requester": "Requester",
    "impact_cost": "Cost impact",
    "impact_schedule_days": "Time impact",
    "impact_scope": "Scope impact",
    "impact_benefits": "Benefits impact",
    "impact_risk": "Risk impact",
    "authority_level": "Decision authority",
    "funding_source": "Funding source",
    "approver": "Approver",
    "recommendation": "Recommendation",
    "implemented_date": "Implemented date",
    # baseline
    "effective_date": "Effective date",
    "finish_date": "Finish date",
    "approved_by": "Approved by",
    "reason": "Reason",
    "source_cr": "Change request",
    # lesson
    "lesson_type": "Lesson type",
    "event": "What happened",
    "effect": "Effect",
    "effect_type": "Went well or to improve",
    "causes": "Causes",
    "early_warning": "Early warning",
    "recommendations": "Recommendations",
    "date_logged": "Date logged",
    "logged_by": "Logged by",
    # task
    "wbs": "WBS",
    "outline_level": "Outline level",
    "parent_ref": "Parent task",
    "is_summary": "Summary task",
    "is_milestone": "Milestone",
    "duration_days": "Duration (working days)",
    "resources": "Resources",
    "predecessors": "Predecessors",
    "sort_order": "Order in plan",
    # strategy, demand and governance (issue 17)
    "objective_id": "Objective", "criterion_id": "Criterion", "benefit_id": "Benefit",
    "item": "Project or proposal", "level": "Contribution", "value": "Value",
    "weight": "Weight", "rubric_1": "1 means", "rubric_2": "2 means", "rubric_3": "3 means",
    "rubric_4": "4 means", "rubric_5": "5 means", "estimated_cost": "Estimated cost",
    "effort_by_role": "Effort by role (hours)", "expected_benefits": "Expected benefits",
    "submitted_date": "Submitted", "gate_code": "Gate", "planned_date": "Planned date",
    "conditions": "Conditions", "review_report_ref": "Review report",
    "benefit_type": "Benefit type", "measure": "Measure (KPI)",
    "measurement_method": "How it is measured", "frequency": "Frequency",
    "baseline_value": "Baseline", "target_value": "Target", "target_date": "Target date",
    "threshold": "Threshold (minimum acceptable)", "linked_projects": "Delivered by (projects)",
    "objective": "Objective", "realisation_start": "Realisation starts",
    "realisation_end": "Realisation ends", "organisation": "Organisation",
    "position": "Position", "side": "Internal or external", "contact": "Contact",
    "role_in_project": "Role", "projects": "Projects", "requirements": "Requirements",
    "power": "Power", "interest": "Interest", "current_engagement": "Engagement now",
    "desired_engagement": "Engagement wanted", "relationship_owner": "Relationship owner",
    "channel": "Channel", "last_contact": "Last contact",
}

# Where a column name means something more specific in one entity.
_BY_ENTITY: dict[tuple[str, str], str] = {
    ("programme", "name"): "Programme",
    ("project", "name"): "Project name",
    ("milestone", "name"): "Milestone",
    ("task", "name"): "Task",
    ("task", "ref"): "ID / WBS",
    ("role", "name"): "Role",
    ("resource", "name"): "Name",
    ("resource", "manager"): "Line manager",
    ("capacity", "hours"): "Capacity (hours)",
    ("allocation", "hours"): "Hours allocated",
    ("financial", "category"): "Cost category",
    ("baseline", "bac"): "Baselined budget (BAC)",
    ("baseline", "version"): "Baseline version",
    ("objective", "code"): "Objective code", ("objective", "name"): "Objective",
    ("proposal", "code"): "Proposal code", ("proposal", "name"): "Proposal",
    ("proposal", "status"): "Pipeline stage", ("criterion", "name"): "Criterion",
    ("gate", "decision"): "Decision", ("benefit", "title"): "Benefit",
    ("benefit", "owner"): "Benefit owner", ("benefit_actual", "actual_date"): "Measured on",
    ("benefit_actual", "value"): "Measured value", ("score", "value"): "Score (1–5)",
    ("stakeholder", "name"): "Stakeholder", ("stakeholder", "frequency"): "Contact frequency",
}


def field_label(field: str, entity: str | None = None) -> str:
    """The label of ``field`` (of ``entity`` when given): ``dca_rating`` → ``Delivery
    confidence (DCA)``. A name not in the table is shown humanised, never raw."""
    if entity and (entity, field) in _BY_ENTITY:
        return _BY_ENTITY[(entity, field)]
    if field in FIELD_LABELS:
        return FIELD_LABELS[field]
    text = field.strip("_").replace("_", " ")
    return text[:1].upper() + text[1:]


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``n`` and the noun in the right number: ``1 file``, ``3 files``, ``1 person``
    (``plural_form`` for irregular nouns: ``plural(n, "person", "people")``)."""
    word = singular if n == 1 else (plural_form or singular + "s")
    return f"{n:,} {word}"
