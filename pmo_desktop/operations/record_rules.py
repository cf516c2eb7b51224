"""The rules a record must keep that need the rest of the portfolio to check: a gate is
one of the portfolio's gates (the setting ``gate_names``, DOMAIN §7.1), and the scoring
criteria's weights add up to 100 % (§8.1). The rules themselves are ``domain``'s; this
module reads what they compare with.

The command line's ``add``/``edit``/``delete`` (``operations.registers``) and the app's
record form (``ui/record_form.py``) both ask here, so a refusal reads the same in
both. Only what a write changes is checked: a gate recorded under a name the sequence
has since dropped can still have its decision edited.

``set_weights`` sets several criteria's weights in one write, the only way to move
weight from one criterion to another once they add up to 100 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pmo_desktop.domain.governance import gate_problem
from pmo_desktop.domain.scoring import weights_problem
from pmo_desktop.store import Store
from pmo_desktop.store.queries_strategy import criterion_rows

from .fields import FieldError, field_spec, parse_value
from .result import Result

__all__ = ["delete_problem", "record_problems", "set_weights", "stored_weights"]

_HOW = ("set the weights together: Save weights in the Strategy view, or "
        "pmo-desktop weights NAME=PCT …")


def stored_weights(store: Store) -> dict[str, float | None]:
    """Each criterion's weight (a fraction) by name, in the model's order."""
    return {str(r["name"]): r["weight"] for r in criterion_rows(store)}


def record_problems(store: Store, entity: str, values: Mapping[str, Any], *,
                    entity_id: int | None = None) -> dict[str, str]:
    """What is wrong with writing ``values`` (by field name, as stored) to a record of
    ``entity`` (``entity_id``: the one edited; ``None``: a new one), by field name."""
    before = (store.get(entity, entity_id) or {}) if entity_id is not None else {}

    def changes(name: str) -> bool:
        return name in values and (entity_id is None or before.get(name) != values[name])

    errors: dict[str, str] = {}
    if entity == "gate" and changes("gate_code"):
        problem = gate_problem(values["gate_code"], store.gate_names())
        if problem:
            errors["gate_code"] = problem
    if entity == "criterion" and changes("weight") and (entity_id is not None
                                                         or values["weight"]):
        weights = stored_weights(store)
        name = str(values.get("name") or before.get("name") or "")
        if entity_id is not None and before.get("name") != name:
            weights.pop(str(before.get("name")), None)  # renamed in the same edit
        weights[name] = values["weight"]
        problem = weights_problem(weights)
        if problem:
            errors["weight"] = f"{problem[:-1]}; {_HOW}."
    return errors


def delete_problem(store: Store, entity: str, entity_id: int) -> str | None:
    """Why the record cannot be deleted as it is: a criterion that carries weight
    (the others would no longer add up to 100 %)."""
    if entity != "criterion":
        return None
    row = store.get(entity, entity_id) or {}
    weights = stored_weights(store)
    weights.pop(str(row.get("name")), None)
    if not row.get("weight") or not weights:
        return None
    if weights_problem(weights) is None:
        return None
    left = sum(w or 0.0 for w in weights.values())
    return (f"Deleting criterion {row.get('name')} (weight {float(row['weight']) * 100:.0f} %) "
            f"would leave the others adding up to {left * 100:.0f} %, not 100 %: give its weight "
            f"to them first ({_HOW}).")


def set_weights(store: Store, typed: Mapping[str, Any], *, source: str = "ui",
                batch: str | None = None, check: bool = True) -> Result:
    """Set the weights of the criteria named (typed as ``30%``, ``0.3`` or a fraction)
    in one write; the others keep theirs. Refused (``FieldError``, nothing written)
    when a name is not a criterion, a weight does not read, or (``check``) the whole
    set would not add up to 100 %. ``value`` is the names whose weight changed. With
    ``batch`` (a sentence), the write is a batch of its own that ``undo`` takes back."""
    spec = field_spec("criterion", "weight")
    weights = stored_weights(store)
    new: dict[str, float | None] = {}
    for name, text in typed.items():
        if name not in weights:
            raise FieldError(f"there is no criterion '{name}'; the criteria are "
                             + (", ".join(weights) or "none yet") + ".")
        try:
            new[name] = parse_value(spec, text)
        except FieldError as exc:
            raise FieldError(f"{name}: {exc}") from None
    problem = weights_problem({**weights, **new}) if check else None
    if problem:
        raise FieldError(f"{problem[:1].upper()}{problem[1:]}")
    ids = {str(r["name"]): int(r["id"]) for r in criterion_rows(store)}
    changed = [n for n, w in new.items() if weights[n] != w]
    if not changed:
        return Result(value=[])
    with store.write(source, batch=None if batch is None else {"file_name": batch}) as tx:
        for name in changed:
            tx.update("criterion", ids[name], {"weight": new[name]})
    return Result.of(tx.changes, value=changed)
