"""Change control: move a change request through its workflow, decide it, and — for an
approval with a cost or schedule impact — rebaseline the project (DOMAIN §6).

Each step is ONE write and one batch in the change log (``history`` lists it; the
app's undo and ``undo BATCH`` take it back with the import-undo conflict rules,
``operations.undo.undo_batch``): the CR's fields, the new baseline version, the
project's BAC and baseline finish and the moved milestone baseline dates.

Authority: the app has no log-in, so who decides is a name (``by``) and the store cannot
know their rank. ``decide_change`` records the authority level the CR needed
(``authority_level``, from the portfolio's delegation limits) next to the approver,
and warns — it does not refuse — when that level is above the project manager's, so
the record says plainly "needed the project board; decided by Mia Evans". Given the
decider's own ``level``, a decision below the level needed is refused.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pmo_desktop.domain import change_control as cc
from pmo_desktop.domain.enums import label
from pmo_desktop.domain.schedule import iso_date
from pmo_desktop.store import Store, StoreError, Tx
from pmo_desktop.store import baselines as bl
from pmo_desktop.store.queries_project import change_requests

from .result import Result

__all__ = ["DECISION_WORDS", "authority_for", "change_key", "change_register", "decide_change",
           "find_change", "move_change"]

#: What people type for a decision → the status it leaves the CR in.
DECISION_WORDS = {"approve": cc.APPROVED, "approved": cc.APPROVED,
                  "reject": cc.REJECTED, "rejected": cc.REJECTED,
                  "defer": cc.DEFERRED, "deferred": cc.DEFERRED}


def find_change(store: Store, key: str) -> int:
    """The id of the change request ``PROJECTCODE/CR-REF`` (e.g. ``DCX-101/CR-004``);
    ``StoreError`` naming what is not there."""
    code, sep, ref = key.strip().rpartition("/")
    if not sep or not code or not ref:
        raise StoreError(f"'{key}' is not a change request key: write PROJECTCODE/CR-REF, "
                         "e.g. DCX-101/CR-004.")
    project_id = store.find_id("project", {"code": code})
    if project_id is None:
        raise StoreError(f"There is no project '{code}' (in the change request key '{key}').")
    cr_id = store.find_id("change_request", {"project_id": project_id, "ref": ref})
    if cr_id is None:
        raise StoreError(f"Project {code} has no change request '{ref}'.")
    return cr_id


def _cr(store: Store, cr_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    cr = store.get("change_request", cr_id)
    if cr is None:
        raise StoreError("That change request no longer exists.")
    project = store.get("project", int(cr["project_id"]))
    assert project is not None  # a CR's project_id is NOT NULL REFERENCES project
    return cr, project


def change_key(project: dict[str, Any], cr: dict[str, Any]) -> str:
    return f"{project['code']}/{cr['ref']}"


def authority_for(store: Store, cr: dict[str, Any]) -> str:
    """The authority level (``enums.AUTHORITY_LEVELS``) the CR needs under the
    portfolio's delegation limits: its cost and schedule impact, and whether it
    changes scope (type ``scope`` or a scope impact written down)."""
    return _authority(cc.DelegationLimits.from_dict(store.setting(cc.DELEGATION_SETTING)), cr)


def _authority(limits: cc.DelegationLimits, cr: dict[str, Any]) -> str:
    scope = cr.get("cr_type") == "scope" or bool(str(cr.get("impact_scope") or "").strip())
    return cc.authority_needed(limits, _money(cr.get("impact_cost")),
                               _days(cr.get("impact_schedule_days")), scope)


def _money(value: Any) -> float:
    try:
        return float(value or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _days(value: Any) -> int:
    try:
        return int(round(float(value or 0)))
    except (TypeError, ValueError):
        return 0


def _batch(key: str, status: str, note: str | None, code: str) -> dict[str, Any]:
    text = f"Change request {key} {label(status).lower()}"
    return {"file_name": f"{text} — {note}" if note else text, "project_code": code}


def _refuse_step(key: str, status: str | None, to_status: str) -> None:
    problem = cc.transition_problem(status, to_status)
    if problem:
        raise StoreError(f"{key}: {problem[:1].upper()}{problem[1:]}")


def move_change(store: Store, cr_id: int, to_status: str, *, by: str | None = None,
                note: str | None = None, on: date | None = None,
                source: str = "ui") -> Result:
    """One workflow step of a change request (``domain.change_control.TRANSITIONS``):
    refused (``StoreError``, nothing written) when the workflow does not allow it.

    A decision (approved / rejected / deferred) is ``decide_change``. Putting a CR to a
    decision records the authority level it needs and ``note`` as its recommendation;
    implementing it records ``on`` (default today) as its implemented date; withdrawing
    it keeps ``note`` as its decision text. ``by`` is written in the change log as who
    made the step, and the batch's label carries the note, so ``history`` shows both.
    ``value``: ``{"key", "status", "from"}``."""
    to_status = DECISION_WORDS.get(to_status, to_status)
    if to_status in cc.DECISIONS:
        if not by:
            raise StoreError("A decision needs the name of who decided.")
        return decide_change(store, cr_id, to_status, by=by, note=note, on=on, source=source)
    day = on or date.today()
    with store.write(source, user=by or None) as outer:
        cr, project = _cr(store, cr_id)
        key = change_key(project, cr)
        _refuse_step(key, cr.get("status"), to_status)
        values: dict[str, Any] = {"status": to_status}
        if to_status == cc.AWAITING_DECISION:
            values["authority_level"] = authority_for(store, cr)
            if note:
                values["recommendation"] = note
        elif to_status == cc.IMPLEMENTED:
            values["implemented_date"] = day.isoformat()
        elif to_status == cc.WITHDRAWN and note:
            values["decision"] = note
        with store.write(source, batch=_batch(key, to_status, note, str(project["code"])),
                         user=by or None) as tx:
            tx.update("change_request", cr_id, values)
    return Result.of(outer.changes, batch_id=tx.batch_id,
                     value={"key": key, "status": to_status,
                            "from": cc.normal_status(cr.get("status"))})


def decide_change(store: Store, cr_id: int, decision: str, *, by: str,
                  note: str | None = None, on: date | None = None,
                  level: str | None = None, source: str = "ui") -> Result:
    """Approve, reject or defer a change request, in ONE write.

    Sets the CR's status, decision (``note``, else the decision's name), approver
    (``by``), decision date (``on``, default today) and the authority level it needed.
    An approval with a cost or schedule impact also writes the project's next baseline
    version (BAC + cost impact, baseline finish + schedule days; ``approved_by``,
    ``reason`` = the note or the CR's title, ``source_cr`` = the CR's ref; a project
    with no version yet first gets its original recorded as version 0), and moves the
    project's ``bac``/``finish_baseline`` and the baseline date of each milestone the
    change moves (``domain.change_control.moves_milestone``) to it — every field in the
    change log. ``value``: ``{"key", "status", "baseline"}`` with ``baseline`` the new
    version (``version``, ``effective_date``, ``bac``, ``finish_date``, ``approved_by``,
    ``reason``, ``source_cr``, ``previous_version``, ``milestones_moved``) or ``None``.
    ``warnings`` says when the CR needed more than the project manager's authority."""
    status = DECISION_WORDS.get(decision.strip().lower())
    if status is None:
        raise StoreError(f"'{decision}' is not a decision: approve, reject or defer.")
    if not by or not by.strip():
        raise StoreError("A decision needs the name of who decided.")
    by = by.strip()
    day = on or date.today()
    with store.write(source, user=by) as outer:
        # Read inside the write: nobody changes the CR between the check and the step.
        cr, project = _cr(store, cr_id)
        key = change_key(project, cr)
        _refuse_step(key, cr.get("status"), status)
        needed = authority_for(store, cr)
        if level is not None and not cc.outranks(level, needed):
            raise StoreError(f"{key} is for the {cc.LEVEL_NAMES[needed]} to decide; the "
                             f"{cc.LEVEL_NAMES.get(level, level)} cannot.")
        values = {"status": status, "decision": note or label(status), "approver": by,
                  "decision_date": day.isoformat(), "authority_level": needed}
        cost, days = _money(cr.get("impact_cost")), _days(cr.get("impact_schedule_days"))
        baseline: dict[str, Any] | None = None
        with store.write(source, batch=_batch(key, status, note, str(project["code"])),
                         user=by) as tx:
            tx.update("change_request", cr_id, values)
            if status == cc.APPROVED and cc.rebaselines(cost, days):
                baseline = _rebaseline(store, tx, project, cr, cost, days, day, by, note)
    result = Result.of(outer.changes, batch_id=tx.batch_id,
                       value={"key": key, "status": status, "baseline": baseline})
    if needed != cc.PM and level is None:
        result.warnings.append(
            f"{key} is for the {cc.LEVEL_NAMES[needed]} to decide ({_impact(cost, days)}); "
            f"recorded as {label(status).lower()} by {by}.")
    return result


def _impact(cost: float, days: int) -> str:
    return f"cost {cost:+,.0f}, schedule {days:+d} days"


def _rebaseline(store: Store, tx: Tx, project: dict[str, Any], cr: dict[str, Any],
                cost: float, days: int, day: date, by: str, note: str | None
                ) -> dict[str, Any]:
    """Write the next baseline version and move the project and its milestones to it."""
    pid = int(project["id"])
    current = bl.latest(store, pid)
    if current is None:  # keep the original: "vs original" stays readable
        tx.create("baseline", {
            "project_id": pid, "version": 0, "effective_date": project.get("start_baseline"),
            "bac": project.get("bac"), "finish_date": project.get("finish_baseline"),
            "reason": "Original baseline (recorded at the first approved change)"})
        previous = 0
    else:
        previous = int(current["version"])
    bac = project.get("bac")
    nxt = cc.next_baseline(previous, None if bac is None else float(bac),
                           iso_date(project.get("finish_baseline")), cost, days, day)
    row = {"version": nxt.version, "effective_date": day.isoformat(), "bac": nxt.bac,
           "finish_date": nxt.finish_date.isoformat() if nxt.finish_date else None,
           "approved_by": by, "reason": note or cr.get("title"), "source_cr": cr.get("ref")}
    tx.create("baseline", {"project_id": pid, **row})
    tx.update("project", pid, {"bac": row["bac"], "finish_baseline": row["finish_date"]})
    moved = 0
    if days:
        for m in bl.open_milestones(store, pid):
            when = iso_date(m["baseline_date"])
            if when is not None and cc.moves_milestone(when, None, day):
                tx.update("milestone", int(m["id"]),
                          {"baseline_date": cc.shifted(when, days).isoformat()})
                moved += 1
    return {**row, "previous_version": previous, "milestones_moved": moved}


def change_register(store: Store, project_code: str | None = None) -> list[dict[str, Any]]:
    """The change requests (of one project, or all), newest raised first: every stored
    column, ``project_code``/``project_name``, and two figures the register shows —
    ``authority_needed`` (from the delegation limits) and ``next_steps`` (the statuses
    the workflow allows next)."""
    limits = cc.DelegationLimits.from_dict(store.setting(cc.DELEGATION_SETTING))
    rows = change_requests(store, project_code)
    for row in rows:
        row["authority_needed"] = _authority(limits, row)
        row["next_steps"] = cc.next_steps(row.get("status"))
    return rows
