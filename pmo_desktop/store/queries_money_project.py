"""One project's money page (``pmo-desktop project``, the Financials view's project):
its fields, its phased earned value, milestones, BEI, baseline versions and its RAG,
reported and calculated, with why each calculated colour is what it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain import rag_calc
from pmo_desktop.domain.settings_rules import DEFAULT_EAC_METHOD

from .baselines import version_history
from .queries import ProjectStatus, portfolio_status
from .queries_common import Source, database
from .queries_money import money_lines
from .queries_project import project_milestones


@dataclass(frozen=True)
class ProjectMoneyPage:
    """Everything ``pmo-desktop project`` prints: plain rows and domain results."""

    fields: dict[str, Any]
    status: ProjectStatus
    phased: ep.PhasedEvm
    milestones: list[dict[str, Any]]
    baselines: list[dict[str, Any]]
    calculated: dict[str, rag_calc.Rated]


def project_money(source: Source, code: str, as_of: date,
                  thresholds: ragmod.RagThresholds | None = None,
                  method: str = DEFAULT_EAC_METHOD) -> ProjectMoneyPage | None:
    """The project ``code`` as of ``as_of``; ``None`` when there is no such project.

    The calculated RAG, with why, is the project's status's (``portfolio_status``:
    the one rule of the projects list, the pack and the snapshots; SPI(t) near the
    end); the phased figures show the EAC the portfolio's ``method`` chose.
    """
    db = database(source)
    found = list(db.query("""SELECT p.*, g.name AS programme FROM project p
        LEFT JOIN programme g ON g.id = p.programme_id WHERE p.code = ?""", [code]))
    if not found:
        return None
    fields = found[0]
    pid = int(fields["id"])
    th = thresholds or ragmod.RagThresholds()
    status = portfolio_status(db, as_of, th, where="p.code = ?", params=[code])[0]
    phased = ep.phase(money_lines(db, code=code).get(pid, []), as_of, bac=status.bac,
                      pct_complete=status.pct_complete, reported_eac=status.eac,
                      method=method)
    return ProjectMoneyPage(fields, status, phased, project_milestones(db, pid, as_of),
                            version_history(db, pid), status.rated)


__all__ = ["ProjectMoneyPage", "project_money"]
