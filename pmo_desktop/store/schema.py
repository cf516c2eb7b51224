"""The portfolio schema: entity definitions and forward-only migrations.

Each importable/editable entity is declared once in ``ENTITIES``: its table, its
business key (what people type in spreadsheets) and its data fields. The generic
operations in ``ops.py``, the change log, the importer and ``info`` all read this
one declaration.

Money is stored as REAL in the portfolio's currency units (rounded only for display),
dates as ISO ``YYYY-MM-DD`` TEXT, RAG and enumerations as their canonical lower-case
names (``pmo_desktop.domain.enums``), percentages as fractions (0.85).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 11

# ``PRAGMA application_id`` of every portfolio file ("PMOD"): set by the migration
# ``mark_application_id`` (number 3).
APPLICATION_ID = 0x504D4F44


@dataclass(frozen=True)
class Entity:
    """One kind of record the user can create, import, edit and undo."""

    name: str
    table: str
    key: tuple[str, ...]  # business-key columns (a parent is given by its id column)
    fields: tuple[str, ...]  # data columns that are edited and change-logged
    parent: str | None = None  # "project" when the record belongs to one
    raid_type: str | None = None  # RAID items share the raid_item table
    money: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    required: tuple[str, ...] = field(default=())


_RAID_COMMON = (
    "title", "description", "owner", "status", "category", "raised_by", "date_raised",
    "due_date", "review_date", "closed_date", "priority", "severity", "escalation",
    "notes", "next_action",
)
_RAID_RISK = (
    "threat_or_opportunity", "probability", "impact", "impact_cost", "residual_probability",
    "residual_impact", "proximity", "response", "response_actions", "actionee",
    "trigger", "contingency", "trend", "expected_value", "linked_ref",
)
_RAID_ISSUE = ("issue_type", "impact_analysis", "impact_cost", "resolution", "decision",
               "decided_by", "linked_ref")
_RAID_DEP = (
    "direction", "dependency_type", "counterparty", "need_by_date", "committed_date",
)
_RAID_DECISION = ("options", "rationale", "decision_date", "impact_summary")
_RAID_ASSUMPTION = ("impact_if_false", "validation_method", "validate_by")

# The fields that mean something for each RAID type (all six share the raid_item table).
RAID_TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "risk": _RAID_COMMON + _RAID_RISK,
    "issue": _RAID_COMMON + _RAID_ISSUE,
    "assumption": _RAID_COMMON + _RAID_ASSUMPTION,
    "dependency": _RAID_COMMON + _RAID_DEP,
    "decision": _RAID_COMMON + ("decision", "decided_by") + _RAID_DECISION,
    "action": _RAID_COMMON,
}

RAID_FIELDS = tuple(dict.fromkeys(
    _RAID_COMMON + _RAID_RISK + _RAID_ISSUE + _RAID_DEP + _RAID_DECISION + _RAID_ASSUMPTION
    + ("source_text",)
))
# Columns that later migrations add to a table (the first schema is kept as it was):
# ``linked_ref`` — the ref of the RAID item this one came from or became (a risk that
# materialised and its issue); ``source_text`` — JSON ``{field: [text, value]}``: a
# tracker's own words where the importer mapped them onto a stored value ("Likely" → 4).
_RAID_LINKS = ("linked_ref", "source_text")
# Fields real trackers hold that the schema lacked (issue 14, migration 10): a risk's or
# issue's cost impact (money), a project's location, a lesson's owner (who acts on it,
# not who logged it) and a task's priority.
_TRACKER_FIELDS: dict[str, tuple[str, ...]] = {
    "raid_item": ("impact_cost",), "project": ("location",), "lesson": ("owner",),
    "task": ("priority",),
}
# Migration 11: whether a lesson is from what went well or from what is to improve.
_LESSON_FIELDS: dict[str, tuple[str, ...]] = {"lesson": ("effect_type",)}
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    t: (_RAID_LINKS if t == "raid_item" else ()) + cols + _LESSON_FIELDS.get(t, ())
    for t, cols in _TRACKER_FIELDS.items()}
_RAID_DATES = (
    "date_raised", "due_date", "review_date", "closed_date", "need_by_date",
    "committed_date", "decision_date", "validate_by",
)

PROJECT_FIELDS = (
    "name", "programme_id", "sponsor", "manager", "stage", "state", "priority", "tier",
    "start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
    "start_actual", "finish_actual", "bac", "eac", "pct_complete",
    "rag_overall", "rag_schedule", "rag_cost", "rag_scope", "rag_risk", "rag_resource",
    "rag_benefits", "rag_justification", "summary", "next_steps", "status_date",
    "dca_rating", "tolerance_cost_pct", "tolerance_time_days", "description",
    "benefits", "department", "location",
)

ENTITIES: dict[str, Entity] = {}


def _add(entity: Entity) -> None:
    ENTITIES[entity.name] = entity


_add(Entity("programme", "programme", ("name",), ("name", "sro", "description")))
_add(Entity(
    "project", "project", ("code",), PROJECT_FIELDS, money=("bac", "eac"),
    dates=("start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
           "start_actual", "finish_actual", "status_date"),
    required=("name",),
))
_add(Entity(
    "milestone", "milestone", ("project_id", "name"),
    ("name", "ref", "critical", "baseline_date", "forecast_date", "actual_date", "status",
     "owner", "notes", "pct_complete"),
    parent="project", dates=("baseline_date", "forecast_date", "actual_date"),
))
_add(Entity(
    "financial", "financial", ("project_id", "period"),
    ("period", "planned", "actual", "forecast", "earned", "category"),
    parent="project", money=("planned", "actual", "forecast", "earned"),
))
_add(Entity("role", "role", ("name",), ("name", "target_utilisation", "description")))
_add(Entity(
    "resource", "resource", ("name",),
    ("name", "email", "role_id", "team", "cost_rate", "fte", "hours_per_day", "location",
     "manager", "start_date", "end_date"),
    money=("cost_rate",), dates=("start_date", "end_date"),
))
_add(Entity(
    "capacity", "capacity", ("resource_id", "period"), ("period", "hours"),
))
_add(Entity(
    "allocation", "allocation", ("resource_id", "project_id", "period"),
    ("period", "hours", "booking", "role_id", "notes"), parent="project",
))
for _raid in ("risk", "issue", "assumption", "dependency", "decision", "action"):
    _add(Entity(
        _raid, "raid_item", ("project_id", "ref"), ("ref",) + RAID_FIELDS,
        parent="project", raid_type=_raid, money=("expected_value", "impact_cost"),
        dates=_RAID_DATES,
        required=("title",),
    ))
_add(Entity(
    "change_request", "change_request", ("project_id", "ref"),
    ("ref", "title", "description", "cr_type", "requester", "date_raised", "impact_cost",
     "impact_schedule_days", "impact_scope", "impact_benefits", "impact_risk", "priority",
     "authority_level", "funding_source", "status", "decision", "decision_date",
     "approver", "recommendation", "options", "implemented_date"),
    parent="project", money=("impact_cost",),
    dates=("date_raised", "decision_date", "implemented_date"), required=("title",),
))
_add(Entity(
    "baseline", "baseline", ("project_id", "version"),
    ("version", "effective_date", "bac", "finish_date", "approved_by", "reason",
     "source_cr"),
    parent="project", money=("bac",), dates=("effective_date", "finish_date"),
))
_add(Entity(
    "lesson", "lesson", ("project_id", "ref"),
    ("ref", "title", "lesson_type", "event", "effect", "effect_type", "causes", "early_warning",
     "recommendations", "date_logged", "logged_by", "owner", "category", "priority",
     "status"),
    parent="project", dates=("date_logged",), required=("title",),
))

# A task of a project's plan (Microsoft Project, an Excel plan or Gantt sheet, a Jira
# export): ``ref`` is its WBS or ID (the key a re-import matches), ``parent_ref`` the
# ref of its summary task, ``sort_order`` its place in the plan, ``predecessors`` as
# the plan wrote them in canonical form ("3FS+2d; 5SS"), ``resources`` the names
# assigned, ``duration_days`` working days.
TASK_FIELDS = (
    "ref", "wbs", "name", "outline_level", "parent_ref", "is_summary", "is_milestone",
    "start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
    "start_actual", "finish_actual", "duration_days", "pct_complete", "status", "priority",
    "owner", "resources", "predecessors", "critical", "notes", "sort_order",
)
_add(Entity(
    "task", "task", ("project_id", "ref"), TASK_FIELDS, parent="project",
    dates=("start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
           "start_actual", "finish_actual"),
    required=("name",),
))

# Strategy, demand and governance (issue 17; DOMAIN §7, §8). Objectives, criteria,
# proposals, benefits and stakeholders belong to the portfolio; a contribution (how much
# a project or proposal serves an objective) and a score (its 1–5 on a criterion) name
# the project or proposal by its code (``item``), so a proposal that starts keeps them
# as the project it becomes; a gate belongs to a project; a benefit's actuals to it.
_add(Entity("objective", "objective", ("code",),
            ("code", "name", "description", "owner", "weight"), required=("name",)))
_add(Entity("contribution", "contribution", ("objective_id", "item"),
            ("item", "level", "value", "notes")))
_add(Entity("criterion", "criterion", ("name",),
            ("name", "weight", "direction", "description", "rubric_1", "rubric_2",
             "rubric_3", "rubric_4", "rubric_5", "sort_order")))
_add(Entity("score", "score", ("criterion_id", "item"), ("item", "value", "notes")))
_add(Entity("proposal", "proposal", ("code",),
            ("code", "name", "sponsor", "department", "description", "status",
             "estimated_cost", "effort_by_role", "start_date", "end_date",
             "expected_benefits", "submitted_date", "decision_date", "decided_by",
             "notes"),
            money=("estimated_cost",),
            dates=("start_date", "end_date", "submitted_date", "decision_date"),
            required=("name",)))
_add(Entity("gate", "gate", ("project_id", "gate_code"),
            ("gate_code", "planned_date", "actual_date", "decision", "decided_by",
             "conditions", "dca_rating", "review_report_ref"),
            parent="project", dates=("planned_date", "actual_date")))
_add(Entity("benefit", "benefit", ("ref",),
            ("ref", "title", "description", "benefit_type", "category", "owner", "measure",
             "measurement_method", "frequency", "baseline_value", "baseline_date",
             "target_value", "target_date", "threshold", "linked_projects", "objective",
             "realisation_start", "realisation_end", "status"),
            dates=("baseline_date", "target_date", "realisation_start", "realisation_end"),
            required=("title",)))
_add(Entity("benefit_actual", "benefit_actual", ("benefit_id", "actual_date"),
            ("actual_date", "value", "notes"), dates=("actual_date",)))
_add(Entity("stakeholder", "stakeholder", ("name",),
            ("name", "organisation", "position", "side", "contact", "role_in_project",
             "projects", "requirements", "power", "interest", "current_engagement",
             "desired_engagement", "relationship_owner", "channel", "frequency",
             "last_contact", "notes"),
            dates=("last_contact",)))
STRATEGY_ENTITIES = ("objective", "contribution", "criterion", "score", "proposal", "gate",
                     "benefit", "benefit_actual", "stakeholder")

# Tables a later migration creates (the first schema is kept as it was): table → the
# migration's number.
ADDED_TABLES: dict[str, int] = {"task": 6, **{e: 9 for e in STRATEGY_ENTITIES}}

# Columns every entity table carries besides its fields: where it last came from.
PROVENANCE = ("source_file", "source_sheet", "source_row", "source_batch")

_TYPES = {
    "critical": "INTEGER", "hours": "REAL", "fte": "REAL", "hours_per_day": "REAL",
    "pct_complete": "REAL", "probability": "INTEGER", "impact": "INTEGER",
    "residual_probability": "INTEGER", "residual_impact": "INTEGER", "version": "INTEGER",
    "impact_schedule_days": "INTEGER", "tolerance_cost_pct": "REAL",
    "tolerance_time_days": "INTEGER", "tier": "INTEGER", "target_utilisation": "REAL",
    "source_row": "INTEGER", "source_batch": "INTEGER", "outline_level": "INTEGER",
    "is_summary": "INTEGER", "is_milestone": "INTEGER", "duration_days": "REAL",
    "sort_order": "INTEGER", "weight": "REAL", "value": "REAL", "estimated_cost": "REAL",
    "baseline_value": "REAL", "target_value": "REAL", "threshold": "REAL",
    "power": "INTEGER", "interest": "INTEGER",
}


def column_type(entity: Entity, column: str) -> str:
    if column.endswith("_id"):
        return "INTEGER"
    if column in entity.money:
        return "REAL"
    return _TYPES.get(column, "TEXT")


def _table_sql(entity: Entity) -> str:
    columns = ["id INTEGER PRIMARY KEY"]
    fks = {
        "programme_id": "programme(id) ON DELETE SET NULL",
        "project_id": "project(id) ON DELETE CASCADE",
        "resource_id": "resource(id) ON DELETE CASCADE",
        "role_id": "role(id) ON DELETE SET NULL",
        "objective_id": "objective(id) ON DELETE CASCADE",
        "criterion_id": "criterion(id) ON DELETE CASCADE",
        "benefit_id": "benefit(id) ON DELETE CASCADE",
    }
    later = ADDED_COLUMNS.get(entity.table, ())
    own = [c for c in entity.key if c not in entity.fields] + \
        [c for c in entity.fields if c not in later]
    if entity.raid_type:
        own.insert(0, "type")
    for column in dict.fromkeys(own):
        if column == "type":
            columns.append("type TEXT NOT NULL")
            continue
        ref = fks.get(column)
        decl = f"{column} {column_type(entity, column)}"
        if column in entity.key and column.endswith("_id"):
            decl += " NOT NULL"
        if ref:
            decl += f" REFERENCES {ref}"
        columns.append(decl)
    columns += [f"{c} {column_type(entity, c)}" for c in PROVENANCE]
    key = ("type",) + entity.key if entity.raid_type else entity.key
    unique = f"UNIQUE ({', '.join(key)})"
    return f"CREATE TABLE {entity.table} (\n  " + ",\n  ".join(columns + [unique]) + "\n)"


def _entity_tables_sql() -> list[str]:
    seen: set[str] = set()
    out = []
    for entity in ENTITIES.values():
        if entity.table in seen or entity.table in ADDED_TABLES:
            continue
        seen.add(entity.table)
        out.append(_table_sql(entity))
    return out


_SUPPORT_SQL = [
    """CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE import_batch (
      id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, path TEXT, sha256 TEXT,
      imported_at TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'import',
      project_code TEXT, summary TEXT, undone_at TEXT)""",
    """CREATE TABLE change_log (
      id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL,
      batch_id INTEGER REFERENCES import_batch(id), entity TEXT NOT NULL,
      entity_id INTEGER, key TEXT NOT NULL, op TEXT NOT NULL, field TEXT,
      old TEXT, new TEXT, user TEXT, sheet TEXT, row INTEGER)""",
    "CREATE INDEX change_log_entity ON change_log(entity, entity_id)",
    "CREATE INDEX change_log_batch ON change_log(batch_id)",  # undo of an import
    # No index on ``at``: nothing selects by time, and every write would pay for it.
    """CREATE TRIGGER change_log_append_only_u BEFORE UPDATE ON change_log
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    """CREATE TRIGGER change_log_append_only_d BEFORE DELETE ON change_log
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    """CREATE TABLE reporting_period (
      id INTEGER PRIMARY KEY, as_of TEXT NOT NULL UNIQUE, label TEXT,
      closed_at TEXT NOT NULL, notes TEXT)""",
    """CREATE TABLE status_snapshot (
      id INTEGER PRIMARY KEY,
      period_id INTEGER NOT NULL REFERENCES reporting_period(id),
      project_code TEXT NOT NULL, project_name TEXT, programme TEXT, manager TEXT,
      sponsor TEXT, stage TEXT, state TEXT, status_date TEXT, pct_complete REAL,
      bac REAL, pv REAL, ev REAL, ac REAL, eac REAL,
      start_baseline TEXT, finish_baseline TEXT, finish_forecast TEXT,
      rag_overall TEXT, rag_schedule TEXT, rag_cost TEXT, rag_scope TEXT, rag_risk TEXT,
      rag_resource TEXT, rag_benefits TEXT, rag_justification TEXT,
      calc_overall TEXT, calc_schedule TEXT, calc_cost TEXT, calc_risk TEXT,
      calc_resource TEXT, summary TEXT, next_steps TEXT, open_risks INTEGER,
      max_risk_score INTEGER, data TEXT,
      UNIQUE (period_id, project_code))""",
    """CREATE TRIGGER status_snapshot_immutable_u BEFORE UPDATE ON status_snapshot
      BEGIN SELECT RAISE(ABORT, 'status snapshots are immutable'); END""",
    """CREATE TRIGGER status_snapshot_immutable_d BEFORE DELETE ON status_snapshot
      BEGIN SELECT RAISE(ABORT, 'status snapshots are immutable'); END""",
    """CREATE TABLE mapping_profile (
      signature TEXT PRIMARY KEY, entity TEXT, mapping TEXT NOT NULL,
      header_row INTEGER, updated_at TEXT NOT NULL)""",
    """CREATE TABLE pack (
      id INTEGER PRIMARY KEY, generated_at TEXT NOT NULL, period_as_of TEXT,
      options TEXT NOT NULL, data_hash TEXT NOT NULL, path TEXT, pages INTEGER)""",
    "CREATE INDEX raid_item_project ON raid_item(project_id, type)",
    # Covering, project first: portfolio_status aggregates these tables per project
    # without touching the (wide) rows; they also serve the foreign-key lookups.
    "CREATE INDEX milestone_project ON milestone(project_id, actual_date, status, "
    "baseline_date, forecast_date, critical, name)",
    "CREATE INDEX financial_project ON financial(project_id, period, planned, actual, "
    "forecast, earned)",
    "CREATE INDEX allocation_project ON allocation(project_id)",
    # Covering: the utilisation queries read only these columns, by month.
    "CREATE INDEX allocation_period ON allocation(period, resource_id, project_id, hours, booking)",
    "CREATE INDEX project_programme ON project(programme_id)",
]


def migration_1() -> list[str]:
    """The first schema: every table of DOMAIN.md §9 that the mission needs."""
    return _entity_tables_sql() + _SUPPORT_SQL


def migration_2() -> list[str]:
    """Reopening the latest closed period.

    Snapshots stay immutable, and a closed period cannot be deleted, except inside a
    reopen: ``periods.reopen_period`` writes the period's id into ``period_reopening``
    for the length of its transaction, and the triggers let only the latest period's
    rows go, so an older period stays protected even then.
    """
    latest = "(SELECT id FROM reporting_period ORDER BY as_of DESC LIMIT 1)"
    return [
        "CREATE TABLE period_reopening (period_id INTEGER PRIMARY KEY)",
        "DROP TRIGGER status_snapshot_immutable_d",
        f"""CREATE TRIGGER status_snapshot_immutable_d BEFORE DELETE ON status_snapshot
          WHEN NOT EXISTS (SELECT 1 FROM period_reopening r
                           WHERE r.period_id = OLD.period_id AND r.period_id = {latest})
          BEGIN SELECT RAISE(ABORT, 'status snapshots are immutable'); END""",
        f"""CREATE TRIGGER reporting_period_permanent_d BEFORE DELETE ON reporting_period
          WHEN NOT EXISTS (SELECT 1 FROM period_reopening r
                           WHERE r.period_id = OLD.id AND r.period_id = {latest})
          BEGIN SELECT RAISE(ABORT, 'closed periods are permanent'); END""",
        """CREATE TRIGGER reporting_period_permanent_u BEFORE UPDATE ON reporting_period
          BEGIN SELECT RAISE(ABORT, 'closed periods are permanent'); END""",
    ]


def mark_application_id() -> list[str]:
    """Mark the file as a PMO Desktop portfolio (``PRAGMA application_id``), so another
    application's SQLite file is told apart before anything is written to it. Files of
    schema 1 (application_id 0) are still recognised by their tables, then marked here."""
    return [f"PRAGMA application_id = {APPLICATION_ID}"]


def immutable_baselines() -> list[str]:
    """Baseline versions are immutable (DOMAIN §6.3): no UPDATE ever, and a DELETE only
    inside a release written to ``baseline_release`` for the length of one transaction
    (``store.baselines.released``):

    - ``whole = 1`` while the project itself is deleted (its baselines go with it, and
      an undo of the delete puts them back);
    - ``whole = 0`` while an approval is undone: only the project's latest version may
      go, so undoing a decision can take back the version it wrote and nothing older.
    """
    latest = "(SELECT MAX(b.version) FROM baseline b WHERE b.project_id = OLD.project_id)"
    return [
        # IF NOT EXISTS: running it again on a file that has it changes nothing.
        "CREATE TABLE IF NOT EXISTS baseline_release (project_id INTEGER PRIMARY KEY, "
        "whole INTEGER NOT NULL DEFAULT 0)",
        """CREATE TRIGGER IF NOT EXISTS baseline_immutable_u BEFORE UPDATE ON baseline
          BEGIN SELECT RAISE(ABORT, 'baseline versions are immutable: an approved change request writes the next version'); END""",
        f"""CREATE TRIGGER IF NOT EXISTS baseline_immutable_d BEFORE DELETE ON baseline
          WHEN NOT EXISTS (SELECT 1 FROM baseline_release r
                           WHERE r.project_id = OLD.project_id
                             AND (r.whole = 1 OR OLD.version = {latest}))
          BEGIN SELECT RAISE(ABORT, 'baseline versions are immutable: only undoing the approval that wrote the latest one removes it'); END""",
    ]


def raid_links() -> list[str]:
    """RAID items remember the item they came from (an issue: the risk that materialised;
    the risk: its issue) and a tracker's own words for values the importer mapped."""
    return [f"ALTER TABLE raid_item ADD COLUMN {c} TEXT" for c in _RAID_LINKS]


def plan_tasks() -> list[str]:
    """The tasks of projects' plans (issue 13): their own table, read per project in
    plan order."""
    return [_table_sql(ENTITIES["task"]),
            "CREATE INDEX task_project ON task(project_id, sort_order)"]


def template_secret() -> list[str]:
    """A secret of the portfolio's own (32 random bytes, hex) that signs the team
    templates it writes (``exporting.template``): a template whose signature does not
    match is not trusted to map itself when it comes back (issue 18)."""
    return ["CREATE TABLE IF NOT EXISTS template_secret (id INTEGER PRIMARY KEY "
            "CHECK (id = 1), secret TEXT NOT NULL)",
            "INSERT OR IGNORE INTO template_secret (id, secret) "
            "VALUES (1, lower(hex(randomblob(32))))"]


def financial_by_month() -> list[str]:
    """An index of the financial lines by month (issue 15), covering what the money
    roll-ups add up: the portfolio's and a programme's sums by month (the S-curve) then
    stream through it instead of sorting every line (at 2,000 projects × 36 months the
    sums took 300 ms of CPU without it, 75 ms with it). It changes no table."""
    return ["CREATE INDEX IF NOT EXISTS financial_period ON financial(period, planned, "
            "actual, forecast, earned)"]


def strategy_and_demand() -> list[str]:
    """Strategy, demand and governance (issue 17): objectives and the contributions of
    projects and proposals to them, scoring criteria and scores, the intake pipeline's
    proposals, stage gates, benefits with their actuals over time, and stakeholders."""
    return [_table_sql(ENTITIES[e]) for e in STRATEGY_ENTITIES] + [
        "CREATE INDEX contribution_item ON contribution(item)",
        "CREATE INDEX score_item ON score(item)",
        "CREATE INDEX gate_project ON gate(project_id)",
    ]


def tracker_fields() -> list[str]:
    """Fields real trackers hold that the schema lacked (issue 14): a RAID item's cost
    impact, a project's location, a lesson's owner and a task's priority. Existing rows
    keep every value; the new columns start empty."""
    out = []
    for table, columns in _TRACKER_FIELDS.items():
        entity = next(e for e in ENTITIES.values() if e.table == table)
        out += [f"ALTER TABLE {table} ADD COLUMN {c} {column_type(entity, c)}"
                for c in columns]
    return out


def lesson_effect_type() -> list[str]:
    """A lesson's sign (issue 14): from what went well, or from what is to improve —
    what lessons logs and retrospectives classify each lesson by. Existing lessons keep
    every value; the new column starts empty."""
    return [f"ALTER TABLE lesson ADD COLUMN {c} {column_type(ENTITIES['lesson'], c)}"
            for c in _LESSON_FIELDS["lesson"]]


# Forward-only: MIGRATIONS[n-1] takes a file from version n-1 to n.
MIGRATIONS = [migration_1, migration_2, mark_application_id,
              immutable_baselines,  # 2: reopen, 3: application_id, 4: baselines
              raid_links,  # 5: RAID links and a tracker's words
              plan_tasks,  # 6: tasks of plans
              template_secret,  # 7: the secret that signs team templates
              financial_by_month,  # 8: the financial lines by month (issue 15)
              strategy_and_demand,  # 9: objectives, scoring, proposals, gates, benefits
              tracker_fields,  # 10: cost impact, location, lesson owner, task priority
              lesson_effect_type]  # 11: went well or to improve
# Migrations that change no table: a file still waiting for only these can be read
# as it is (opened read-only, where it cannot be migrated).
# (``immutable_baselines`` adds triggers and a table only writes use.)
READABLE_BEFORE = frozenset({MIGRATIONS.index(mark_application_id) + 1,
                             MIGRATIONS.index(immutable_baselines) + 1,
                             MIGRATIONS.index(financial_by_month) + 1})
assert len(MIGRATIONS) == SCHEMA_VERSION
