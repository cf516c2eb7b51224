"""The fields a person can type for each entity: their kinds, allowed values, labels, and
the reading of a typed value.

One catalogue for the app's record forms and the command line's ``fields``/``add``/
``edit``: each entity's data fields (``store.ENTITIES``), the kind the importer gives
each (``importing.fields.kind_of``) and its allowed values. A typed value is read by the
importer's own value parsers, so ``High``, ``15/03/2027``, ``£1.2m`` and ``80%`` read
as they would in a tracker. A link to another record (``programme_id``, ``role_id``,
``resource_id``) is shown and typed by that record's name (``programme``, ``role``,
``resource``); ``resolve_links`` turns names into ids against a store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pmo_desktop.importing import fields as importer_fields
from pmo_desktop.importing import values as V
from pmo_desktop.importing.detected import Column
from pmo_desktop.store import ENTITIES, RAID_TYPE_FIELDS, Store

__all__ = ["FieldError", "FieldSpec", "LINKS", "field_spec", "field_specs", "parse_value",
           "parse_values", "resolve_links", "validate"]

# A link column → (the field name people type, the entity it names, that entity's key).
LINKS: dict[str, tuple[str, str, str]] = {
    "programme_id": ("programme", "programme", "name"),
    "role_id": ("role", "role", "name"),
    "resource_id": ("resource", "resource", "name"),
    "project_id": ("project", "project", "code"),
    "objective_id": ("objective", "objective", "code"),
    "criterion_id": ("criterion", "criterion", "name"),
    "benefit_id": ("benefit", "benefit", "ref"),
}

# Fields that hold paragraphs rather than a line (a multi-line box in a form).
LONG_TEXT = frozenset({
    "description", "notes", "summary", "next_steps", "benefits", "rag_justification",
    "response_actions", "contingency", "impact_analysis", "resolution", "options",
    "rationale", "impact_summary", "impact_if_false", "event", "effect", "causes",
    "early_warning", "recommendations", "recommendation", "impact_scope",
    "impact_benefits", "impact_risk", "next_action", "trigger", "decision", "reason",
    "conditions", "requirements",
})

_LABELS = {
    "bac": "Budget (BAC)", "eac": "Forecast (EAC)", "pct_complete": "% complete",
    "rag_overall": "RAG overall", "rag_schedule": "RAG schedule", "rag_cost": "RAG cost",
    "rag_scope": "RAG scope", "rag_risk": "RAG risk", "rag_resource": "RAG resource",
    "rag_benefits": "RAG benefits", "rag_justification": "RAG justification",
    "dca_rating": "DCA rating", "sro": "SRO", "fte": "FTE", "ref": "Ref",
    "threat_or_opportunity": "Threat or opportunity",
    "residual_probability": "Residual probability", "residual_impact": "Residual impact",
    "impact_schedule_days": "Schedule impact (days)", "impact_cost": "Cost impact",
    "tolerance_cost_pct": "Cost tolerance (%)", "tolerance_time_days": "Time tolerance (days)",
    "cr_type": "Type", "target_utilisation": "Target utilisation",
    "hours_per_day": "Hours per day", "source_cr": "Change request",
    "cost_rate": "Cost rate (per hour)", "linked_ref": "Linked item",
    "wbs": "WBS", "parent_ref": "Parent task", "is_summary": "Summary task",
    "is_milestone": "Milestone", "duration_days": "Duration (working days)",
    "sort_order": "Order in plan", "gate_code": "Gate",
}


class FieldError(ValueError):
    """A typed value that does not read as its field; the message says why."""


@dataclass(frozen=True)
class FieldSpec:
    """One field of one entity as a person sees it."""

    entity: str
    name: str  # what people type (``programme`` for the column ``programme_id``)
    column: str  # where it is stored
    label: str
    kind: str  # text, longtext, date, money, pct, int, float, bool, enum, rag, scale, period, link
    choices: tuple[str, ...] = ()
    required: bool = False
    key: bool = False  # part of the record's business key
    link: str | None = None  # the entity a ``link`` names

    @property
    def points(self) -> bool:
        """A ``pct`` stored as per cent points (a cost tolerance of 10 is 10 %), not as a
        fraction (a % complete of 0.4 is 40 %)."""
        return self.kind == "pct" and self.column in importer_fields.POINTS_FIELDS

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "kind": self.kind,
                "choices": list(self.choices), "required": self.required, "key": self.key,
                **({"link": self.link} if self.link else {})}


def _label(name: str) -> str:
    if name in _LABELS:
        return _LABELS[name]
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:]


def _spec(entity: str, column: str) -> FieldSpec:
    ent = ENTITIES[entity]
    key = column in ent.key
    required = column in ent.required or (key and column != "ref")
    if column in LINKS:
        name, target, _key = LINKS[column]
        return FieldSpec(entity, name, column, _label(name), "link", (), required, key, target)
    kind = importer_fields.kind_of(entity, column)
    choices: tuple[str, ...] = ()
    if kind == "rag":
        choices = ("green", "amber", "red")
    elif kind == "enum":
        choices = tuple(importer_fields.enum_choices(entity, column) or ())
    elif kind == "text" and column in LONG_TEXT:
        kind = "longtext"
    elif kind == "fk":
        kind = "text"
    return FieldSpec(entity, column, column, _label(column), kind, choices, required, key)


_CACHE: dict[str, tuple[FieldSpec, ...]] = {}


def field_specs(entity: str) -> tuple[FieldSpec, ...]:
    """Every field of ``entity`` a person can set, key fields first; a RAID type only the
    fields that mean something for it (``FieldError`` for an entity that does not exist)."""
    if entity not in ENTITIES:
        raise FieldError(f"'{entity}' is not an entity; the entities are "
                         + ", ".join(ENTITIES) + ".")
    if entity not in _CACHE:
        ent = ENTITIES[entity]
        columns = [c for c in ent.key if c != "project_id" or ent.parent is None]
        own = RAID_TYPE_FIELDS.get(entity)
        data = [c for c in ent.fields if own is None or c == "ref" or c in own]
        columns = [c for c in columns if c not in data] + data
        _CACHE[entity] = tuple(_spec(entity, c) for c in dict.fromkeys(columns))
    return _CACHE[entity]


def field_spec(entity: str, name: str) -> FieldSpec:
    """The field people call ``name`` (or its column name); ``FieldError`` names the
    fields there are."""
    for spec in field_specs(entity):
        if name in (spec.name, spec.column):
            return spec
    raise FieldError(f"{entity} has no field '{name}'; its fields are "
                     + ", ".join(s.name for s in field_specs(entity)) + ".")


def parse_value(spec: FieldSpec, value: Any, *, as_of: date | None = None) -> Any:
    """``value`` (typed text or an already-typed value) as stored; ``None`` for empty.
    A ``link`` stays the name typed (``resolve_links`` finds its id)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if spec.kind in ("text", "link"):
        if spec.column in importer_fields.PERSON_FIELDS:
            return V.person(value)
        return str(value).strip()
    if spec.kind == "longtext":
        return str(value).strip()
    if spec.kind == "scale" and isinstance(value, (int, float)) and not isinstance(value, bool):
        number = int(value)
        if number != value or not 1 <= number <= 5:
            raise FieldError(f"{spec.label} is 1 to 5, not {value}.")
        return number
    parse = importer_fields.make_parser(spec.entity, spec.column, Column(0, spec.column),
                                        [value], as_of)
    try:
        parsed = parse(value)
    except (V.ValueProblem, ValueError, TypeError, OverflowError) as exc:
        raise FieldError(f"{spec.label}: {exc}" if str(exc) else
                         f"{spec.label}: '{value}' is not a {spec.kind}.") from None
    if parsed is None:
        raise FieldError(f"{spec.label}: '{value}' is not a {spec.kind}.")
    if spec.kind == "enum" and parsed not in spec.choices:
        raise FieldError(f"{spec.label}: '{value}' is not one of "
                         + ", ".join(spec.choices) + ".")
    return parsed


def parse_values(entity: str, typed: Mapping[str, Any], *,
                 as_of: date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Read each typed ``FIELD: value``: (values by field name, errors by field name)."""
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, value in typed.items():
        try:
            spec = field_spec(entity, name)
        except FieldError as exc:
            errors[name] = str(exc)
            continue
        try:
            out[spec.name] = parse_value(spec, value, as_of=as_of)
        except FieldError as exc:
            errors[spec.name] = str(exc)
    return out, errors


def validate(entity: str, values: Mapping[str, Any], *, creating: bool) -> dict[str, str]:
    """What is wrong with a record's values, by field name: a required field left empty
    (on create, or set to empty on edit), dates in the wrong order."""
    errors: dict[str, str] = {}
    for spec in field_specs(entity):
        if not spec.required or (spec.name not in values and not creating):
            continue
        if values.get(spec.name) in (None, ""):
            errors[spec.name] = f"{spec.label} is required."
    for first, then in (("start_baseline", "finish_baseline"),
                        ("start_forecast", "finish_forecast"),
                        ("start_actual", "finish_actual"), ("start_date", "end_date")):
        a, b = values.get(first), values.get(then)
        if a and b and str(b) < str(a):
            errors[then] = f"{_label(then)} is before {_label(first).lower()}."
    return errors


def resolve_links(store: Store, entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` by column, with each link name turned into its record's id
    (``FieldError`` naming a name that is not in the portfolio)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        spec = field_spec(entity, name)
        if spec.kind != "link" or value is None:
            out[spec.column] = value
            continue
        _name, target, key = LINKS[spec.column]
        found = store.find_id(target, {key: value})
        if found is None:
            raise FieldError(f"there is no {target} '{value}' in this portfolio.")
        out[spec.column] = found
    return out
