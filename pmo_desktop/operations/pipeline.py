"""The intake pipeline (issue 17): a proposal moves idea → submitted → assessed →
approved → started, or is rejected or deferred (``domain.governance.PIPELINE_STEPS``).

When it starts it becomes a project with the same code, in the same write (one batch:
one undo takes both back): its name, sponsor, department, description, estimated cost
(the project's budget), dates (its baseline start and finish) and expected benefits go
with it. Its scores and contributions name it by code, so they now score the project;
its own record stays, ``started``, with its history in the change log.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pmo_desktop.domain.governance import PipelineError, check_move
from pmo_desktop.store import Store, StoreError

from .result import Result

__all__ = ["move_proposal", "project_values"]

# proposal field → the project field it becomes when the proposal starts
_INTO_PROJECT = {"name": "name", "sponsor": "sponsor", "department": "department",
                 "description": "description", "estimated_cost": "bac",
                 "start_date": "start_baseline", "end_date": "finish_baseline",
                 "expected_benefits": "benefits"}


def project_values(proposal: Mapping[str, Any]) -> dict[str, Any]:
    """The new project's values from a starting proposal."""
    values = {"code": proposal["code"], "stage": "initiation", "state": "active"}
    values.update({target: proposal[source] for source, target in _INTO_PROJECT.items()
                   if proposal.get(source) not in (None, "")})
    return values


def move_proposal(store: Store, proposal_id: int, values: Mapping[str, Any], *,
                  expected: Mapping[str, Any] | None = None, source: str = "ui",
                  batch: str | None = None) -> Result:
    """Set a proposal's fields, its ``status`` among them, refusing a move the pipeline
    does not allow; a move to ``started`` creates its project (refused when a project
    already has its code). ``value`` is the new project's id, or ``None``."""
    with store.write(source, batch=None if batch is None else {"file_name": batch}) as tx:
        current = tx.get("proposal", proposal_id)
        if current is None:
            raise StoreError("That proposal no longer exists.")
        if expected is not None:
            moved = [k for k, v in expected.items() if current.get(k) != v]
            if moved:
                raise StoreError(f"proposal {current['code']} was changed elsewhere "
                                 f"({', '.join(moved)}); nothing was changed.")
        target = values.get("status", current.get("status"))
        try:
            check_move(current.get("status"), str(target))
        except PipelineError as exc:
            raise StoreError(str(exc)) from None
        tx.update("proposal", proposal_id, dict(values))
        project_id = None
        if target == "started" and current.get("status") != "started":
            code = current["code"]
            if store.project_id(code) is not None:
                raise StoreError(f"A project {code} already exists; the proposal cannot "
                                 "become it.")
            project_id = tx.create("project", project_values({**current, **values}))
    return Result.of(tx.changes, value=project_id)
