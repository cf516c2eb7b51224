"""Every register by business key and typed values: list, add, edit, delete.

What the command line's ``list``, ``add``, ``edit`` and ``delete`` do (and what a
script may call): values are typed text read by the field catalogue
(``operations.fields``: ``High``, ``15/03/2027``, ``£1.2m``, ``80%``), records are
named by their key (``operations.keys``), and each edit is one batch of its own
(``records`` with ``batch``), which ``history`` lists and ``undo_batch`` undoes.

Everything is checked before anything is written: a bad entity, key, field or value
raises ``FieldError`` (one sentence naming it) and the store is as it was. A change
is reported by the field names people type (``programme``, not ``programme_id``),
links by name, other values as stored (ISO dates, fractions for percentages).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from pmo_desktop.domain import change_control as cc
from pmo_desktop.domain.governance import PipelineError, check_move
from pmo_desktop.store import ENTITIES, Store
from pmo_desktop.store.queries import as_of_date
from pmo_desktop.store.record_reads import register_rows

from . import pipeline, records
from .record_rules import delete_problem, record_problems
from .fields import FieldError, field_spec, field_specs, parse_values, resolve_links, validate
from .keys import find, key_text, typed_record
from .result import Result

__all__ = ["READ_ONLY", "add_record", "delete_record", "edit_record", "field_message",
           "list_records"]

# Entities no one edits by hand, and why.
READ_ONLY = {"baseline": "a baseline is written when a change request is approved "
                         "(decide-change); it cannot be added, edited or deleted by hand."}


def _label(entity: str) -> str:
    return entity.replace("_", " ")


def _editable(entity: str) -> None:
    field_specs(entity)  # an entity that does not exist is refused, naming them
    if entity in READ_ONLY:
        raise FieldError(READ_ONLY[entity])


# What a value of each kind looks like, added to a refusal that does not list them.
_EXPECTED = {
    "date": "a date such as 2027-03-15 or 15/03/2027", "money": "an amount such as "
    "250000, £1.2m or 1,200k", "pct": "a percentage such as 80%", "int": "a whole number",
    "float": "a number", "scale": "1 to 5, or Low, Medium, High", "bool": "yes or no",
    "period": "a month such as 2026-11",
}


def field_message(entity: str, name: str, message: str) -> str:
    """A field's refusal as one line that starts with the field's typed name and says
    what is allowed: ``impact: '9' is not a 1–5 rating (1 to 5, or Low, Medium, High)``."""
    try:
        spec = field_spec(entity, name)
    except FieldError:
        return message  # an unknown field: the message names it and the fields there are
    text = message
    if text.startswith(f"{spec.label}: "):
        text = f"{spec.name}: {text[len(spec.label) + 2:]}"
    elif text.startswith(f"{spec.label} "):
        text = f"{spec.name} {text[len(spec.label) + 1:]}"
    elif not text.startswith(spec.name):
        text = f"{spec.name}: {text}"
    allowed = ", ".join(spec.choices) if spec.choices else _EXPECTED.get(spec.kind)
    if allowed and "'" in text and allowed not in text:
        text = f"{text.rstrip('.')} (allowed: {allowed})."
    return text


def _first(entity: str, errors: Mapping[str, str]) -> None:
    """Refuse with the first error, as one line naming the field and the value."""
    for name, message in errors.items():
        raise FieldError(field_message(entity, name, message))


def _project_id(store: Store, entity: str, project: str | None) -> int | None:
    """The project a child record belongs to (``--project``); ``None`` for an entity
    that belongs to none."""
    if ENTITIES[entity].parent is None:
        if project is not None:
            raise FieldError(f"a {_label(entity)} does not belong to a project; "
                             "leave out the project.")
        return None
    if not project:
        raise FieldError(f"a {_label(entity)} belongs to a project: name it "
                         "(--project CODE).")
    found = store.project_id(project)
    if found is None:
        raise FieldError(f"there is no project '{project}' in this portfolio.")
    return found


def list_records(store: Store, entity: str, project: str | None = None
                 ) -> list[dict[str, Any]]:
    """Every record of ``entity`` (one project's with ``project``), by key: ``key``, a
    child's ``project``, then every field of the catalogue, links by name. One query
    (100,000 RAID items in about a second)."""
    specs = field_specs(entity)
    parent = ENTITIES[entity].parent is not None
    project_id = None
    if project is not None:
        project_id = _project_id(store, entity, project)
    columns = [*(["project_id"] if parent else []), *(s.column for s in specs)]
    names = [*(["project"] if parent else []), *(s.name for s in specs)]
    rows = register_rows(store, entity, columns, project_id, names)
    for row in rows:
        del row["id"]
    return rows


def _workflow(entity: str, old: str | None, values: Mapping[str, Any],
              creating: bool) -> None:
    """A change request's status moves only by its workflow, and a decision (approve,
    reject, defer) is taken with ``decide_change``, which checks the authority and
    writes the baseline version an approval makes."""
    new = values.get("status")
    if entity == "proposal" and new is not None:
        if creating and new == "started":
            raise FieldError("status: a proposal starts when an approved one moves to "
                             "started (edit it): that makes it a project.")
        if not creating:
            try:
                check_move(old, str(new))
            except PipelineError as exc:
                raise FieldError(f"status: {exc}") from None
        return
    if entity != "change_request" or new is None or (not creating and new == old):
        return
    if new in cc.DECISIONS:
        raise FieldError(f"status: a change request is {new} with decide-change (it checks "
                         "the authority needed and writes the new baseline), not by edit.")
    problem = None if creating else cc.transition_problem(old, str(new))
    if problem:
        raise FieldError(f"status: {problem}")


def _parsed(store: Store, entity: str, typed: Mapping[str, Any]) -> dict[str, Any]:
    values, errors = parse_values(entity, typed, as_of=as_of_date(store.settings()))
    _first(entity, errors)
    return values


def _change(name: str, old: Any, new: Any) -> dict[str, Any]:
    return {"field": name, "old": old, "new": new}


def add_record(store: Store, entity: str, typed: Mapping[str, Any], *,
               project: str | None = None, source: str = "cli") -> Result:
    """Create one record from typed ``FIELD: value`` (a child in ``project``); a RAID
    item, change request or lesson without a ref gets the project's next one. ``value``
    is ``{"key", "batch", "changes": [{"field", "old": None, "new"}]}``. A child's
    project may be typed as ``project`` too (as ``list_records`` shows it)."""
    _editable(entity)
    if ENTITIES[entity].parent and "project" in typed:
        typed = dict(typed)
        named = str(typed.pop("project")).strip()
        if project is not None and named != project:
            raise FieldError(f"project: '{named}' is not the project named with "
                             f"--project ({project}).")
        project = named
    project_id = _project_id(store, entity, project)
    values = _parsed(store, entity, typed)
    _first(entity, validate(entity, values, creating=True))
    _first(entity, record_problems(store, entity, values))
    _workflow(entity, None, values, creating=True)
    columns = resolve_links(store, entity, values)
    if project_id is not None:
        columns["project_id"] = project_id
        values = {"project": project, **values}
        if "ref" in ENTITIES[entity].key and not columns.get("ref"):
            columns["ref"] = values["ref"] = records.next_ref(store, entity, project_id)
    key = key_text(entity, values)
    if store.find_id(entity, {c: columns.get(c) for c in ENTITIES[entity].key}) is not None:
        raise FieldError(f"{_label(entity)} {key} already exists.")
    if entity == "proposal" and store.project_id(str(values.get("code"))) is not None:
        raise FieldError(f"code: a project {key} already exists; a proposal that starts "
                         "becomes the project of its code, so its code must be new.")
    result = records.create(store, entity, columns, source=source,
                            batch=f"add {_label(entity)} {key}")
    changes = [_change(s.name, None, values[s.name]) for s in field_specs(entity)
               if values.get(s.name) is not None]
    return replace(result, value={"key": key, "batch": result.batch_id, "changes": changes})


def edit_record(store: Store, entity: str, key: str, typed: Mapping[str, Any], *,
                source: str = "cli") -> Result:
    """Set typed fields of the record named ``key``. Only fields whose value differs
    are written; when none differs nothing is written and ``batch`` is ``None``.
    ``value`` is ``{"key" (its key after the edit), "batch", "changes"}``."""
    _editable(entity)
    entity_id = find(store, entity, key)
    if not typed:
        raise FieldError(f"nothing to change: give FIELD=VALUE for {_label(entity)} {key}.")
    row = store.get(entity, entity_id) or {}
    before = typed_record(store, entity, row)
    if ENTITIES[entity].parent and "project" in typed:
        typed = dict(typed)
        if str(typed.pop("project")).strip() != before["project"]:
            raise FieldError(f"project: a {_label(entity)} does not move to another project;"
                             " add it there and delete this one.")
    values = _parsed(store, entity, typed)
    after = {**before, **values}
    was = validate(entity, before, creating=False)
    _first(entity, {n: e for n, e in validate(entity, after, creating=False).items()
            if was.get(n) != e})  # only what this edit would break
    _first(entity, record_problems(store, entity, values, entity_id=entity_id))
    _workflow(entity, before.get("status"), values, creating=False)
    columns = resolve_links(store, entity, values)
    changed = {c: v for c, v in columns.items() if row.get(c) != v}
    new_key = key_text(entity, after)
    if not changed:
        return Result(value={"key": new_key, "batch": None, "changes": []})
    if new_key != key_text(entity, before) and store.find_id(
            entity, {c: {**row, **columns}.get(c) for c in ENTITIES[entity].key}) is not None:
        raise FieldError(f"{_label(entity)} {new_key} already exists.")
    specs = [s for s in field_specs(entity) if s.column in changed]
    label = (f"edit {_label(entity)} {key_text(entity, before)}: "
             + ", ".join(s.name for s in specs))
    expected = {c: row.get(c) for c in changed}
    if entity == "proposal" and "status" in changed:  # it may start: a project too
        result = pipeline.move_proposal(store, entity_id, changed, expected=expected,
                                        source=source, batch=label)
    else:
        result = records.update(store, entity, entity_id, changed, expected=expected,
                                source=source, batch=label)
    changes = [_change(s.name, before.get(s.name), values[s.name]) for s in specs]
    started = ({"project": after.get("code")}  # a proposal that started: its project
               if entity == "proposal" and isinstance(result.value, int) else {})
    return replace(result, value={"key": new_key, "batch": result.batch_id,
                                  "changes": changes, **started})


def delete_record(store: Store, entity: str, key: str, *, source: str = "cli") -> Result:
    """Delete the record named ``key`` and what goes with it (a project's children, a
    resource's allocations and capacity). ``value`` is ``{"key", "batch", "deleted":
    {entity: count}}``, the record's own entity first."""
    _editable(entity)
    entity_id = find(store, entity, key)
    row = store.get(entity, entity_id) or {}
    problem = delete_problem(store, entity, entity_id)
    if problem:
        raise FieldError(problem)
    shown = key_text(entity, typed_record(store, entity, row))
    others = sum(records.children_count(store, entity, entity_id).values())
    with_it = f" with {others} record{'s' if others != 1 else ''} of it" if others else ""
    result = records.delete(store, entity, entity_id, source=source,
                            batch=f"delete {_label(entity)} {shown}{with_it}")
    counts = Counter(e for e, _, _ in result.deleted)
    deleted = {entity: counts.pop(entity, 0), **dict(sorted(counts.items()))}
    return replace(result, value={"key": shown, "batch": result.batch_id,
                                  "deleted": deleted})
