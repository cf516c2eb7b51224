"""RAID verbs beyond create/edit/delete: close, reopen, and a risk that happened
becoming an issue (DOMAIN.md §3.4: "a materialised risk becomes an issue: link them").

Each is one write through the store (one transaction, every field change in the change
log) and returns a ``Result``; the rules (which status closes each type, an issue's
severity from the risk's impact) are ``domain.raid``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pmo_desktop.domain import raid as rules
from pmo_desktop.store import RAID_TYPE_FIELDS, Store, StoreError

from .records import changed_since, entity_label, next_ref
from .result import Result

__all__ = ["close_item", "issue_values", "materialise", "reopen_item", "unmaterialise"]

# What an issue takes over from the risk it came from (the same fields mean the same).
_CARRIED = ("title", "description", "owner", "category", "escalation", "next_action")


def _item(store: Store, kind: str, item_id: int) -> dict[str, Any]:
    if kind not in RAID_TYPE_FIELDS:
        raise StoreError(f"'{kind}' is not a kind of RAID item.")
    row = store.get(kind, item_id)
    if row is None:
        raise StoreError(f"That {entity_label(kind)} no longer exists.")
    return row


def close_item(store: Store, kind: str, item_id: int, on: date, *,
               source: str = "ui") -> Result:
    """Close an open item: its type's closing status and ``closed_date`` = ``on``."""
    row = _item(store, kind, item_id)
    if not rules.can_close(row.get("status")):
        raise StoreError(f"{entity_label(kind).capitalize()} {row.get('ref')} is already closed.")
    with store.write(source) as tx:
        changed = tx.update(kind, item_id, rules.close_values(kind, on))
    return Result.of(tx.changes, value=changed)


def reopen_item(store: Store, kind: str, item_id: int, *, source: str = "ui") -> Result:
    """Reopen a closed item: its type's opening status, no closed date."""
    row = _item(store, kind, item_id)
    if not rules.can_reopen(row.get("status")):
        raise StoreError(f"{entity_label(kind).capitalize()} {row.get('ref')} is open.")
    with store.write(source) as tx:
        changed = tx.update(kind, item_id, rules.reopen_values(kind))
    return Result.of(tx.changes, value=changed)


def issue_values(risk: Mapping[str, Any], on: date) -> dict[str, Any]:
    """The issue a risk becomes: its title, description, owner, category, escalation
    and next action, its project, a severity from its impact, raised ``on``, open,
    linked to the risk by its ref."""
    values: dict[str, Any] = {k: risk.get(k) for k in _CARRIED if risk.get(k) is not None}
    values.update({
        "project_id": risk["project_id"], "status": "open", "date_raised": on.isoformat(),
        "linked_ref": risk.get("ref"),
        "severity": rules.severity_from_impact(risk.get("impact"),
                                               risk.get("residual_impact")),
    })
    if risk.get("response_actions") and "next_action" not in values:
        values["next_action"] = risk["response_actions"]
    return {k: v for k, v in values.items() if v is not None}


def materialise(store: Store, risk_id: int, on: date, *, source: str = "ui") -> Result:
    """A risk that happened: create its issue (``issue_values``, the project's next
    issue ref) and set the risk ``materialised`` with a link to the issue, in one write.
    ``value`` is the new issue's id. Refused for a risk that is closed or already
    materialised."""
    risk = _item(store, "risk", risk_id)
    if not rules.can_materialise("risk", risk.get("status")):
        raise StoreError(f"Risk {risk.get('ref')} is {risk.get('status')}: only an open risk "
                         "can become an issue.")
    values = issue_values(risk, on)
    values["ref"] = next_ref(store, "issue", int(risk["project_id"]))
    with store.write(source) as tx:
        issue_id = tx.create("issue", values)
        tx.update("risk", risk_id, {"status": rules.MATERIALISED, "linked_ref": values["ref"]})
    return Result.of(tx.changes, value=issue_id)


def unmaterialise(store: Store, risk_id: int, issue_id: int, risk_before: Mapping[str, Any],
                  *, issue_expected: Mapping[str, Any] | None = None,
                  source: str = "ui") -> Result:
    """Take back ``materialise``: delete the issue it created and put the risk's status
    and link back as ``risk_before`` held them, in one write. Refused (nothing written)
    when the risk, or the issue (its ``issue_expected`` values), was changed since."""
    issue = _item(store, "issue", issue_id)
    risk = _item(store, "risk", risk_id)
    moved = changed_since(issue, issue_expected or {})
    if risk.get("status") != rules.MATERIALISED or risk.get("linked_ref") != issue.get("ref"):
        moved.append("the risk")
    if moved:
        raise StoreError(f"Issue {issue.get('ref')} or risk {risk.get('ref')} was changed "
                         f"since ({', '.join(f.replace('_', ' ') for f in moved)}); "
                         "nothing was changed.")
    with store.write(source) as tx:
        tx.delete("issue", issue_id)
        tx.update("risk", risk_id, {k: risk_before.get(k) for k in ("status", "linked_ref")})
    return Result.of(tx.changes, value=risk_id)
