"""One project given by two tables of an import — a programme's project list and that
project's status form, or its own sheet — is one record: the later table's other fields
are added to the record the first planned. Where the two give a field different values,
neither is guessed at: the later row is rejected as a duplicate and says which fields
disagree."""

from __future__ import annotations

from typing import Any

from .plancontext import Context, same_value
from .planned import Record

__all__ = ["merge_project"]


def merge_project(ctx: Context, earlier: Record, later: Record, key: tuple[Any, ...],
                  where: str) -> Record | tuple[str, str]:
    """Adds ``later``'s values (a later row giving ``earlier``'s project) to ``earlier``;
    returns ``later`` as a "merged" record (it writes nothing itself; its warning says
    where its fields went), or why it is rejected: a duplicate that disagrees."""
    values, display = later.values, later.key
    given = earlier.given if earlier.given is not None else earlier.values
    clash = sorted(k for k, v in values.items()
                   if v is not None and given.get(k) is not None and not same_value(given[k], v))
    kind = earlier.entity.replace("_", " ")
    if clash:
        return ("", f"duplicate: {display} is already in {where}, which gives other values "
                    f"for {', '.join(f.replace('_', ' ') for f in clash)}")
    new = {k: v for k, v in values.items() if v is not None and given.get(k) is None}
    later.action = "merged"
    if not new:
        later.warnings = (f"the same {kind} as {where}, which gives all of it",)
        return later
    if earlier.action == "create":
        earlier.values.update(new)
    else:  # an update of a stored project: what differs from the store changes
        stored = ctx.full_row(earlier.entity, key)
        assert earlier.given is not None
        for k, v in new.items():
            earlier.given[k] = v
            if not same_value(stored.get(k), v):
                earlier.changes[k] = (stored.get(k), v)
                earlier.values[k] = v
        if earlier.changes:
            earlier.action = "update"
    fields = ", ".join(f.replace("_", " ") for f in new)
    later.warnings = (f"the same {kind} as {where}: its {fields} are added there",)
    return later
