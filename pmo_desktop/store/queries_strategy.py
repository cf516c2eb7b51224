"""Named reads of strategy, demand and governance (issue 17): objectives and what
serves them, the scoring model and its scores, proposals, role demand and capacity by
month, gates, benefits with their actuals, stakeholders. Plain rows; the rules (scores,
alignment, selection, realised %) are ``domain``'s."""

from __future__ import annotations

from typing import Any

from pmo_desktop.domain.priorities import StrategyData, build_strategy

from .queries_common import Source, database


def objective_rows(source: Source) -> list[dict[str, Any]]:
    """Every objective, by code."""
    return list(database(source).query(
        "SELECT * FROM objective ORDER BY code COLLATE NOCASE"))


def contribution_rows(source: Source) -> list[dict[str, Any]]:
    """Every contribution with its objective's code: ``objective``, ``item``, ``level``,
    ``value``."""
    return list(database(source).query("""
        SELECT o.code AS objective, c.item, c.level, c.value FROM contribution c
        JOIN objective o ON o.id = c.objective_id ORDER BY o.code, c.item"""))


def criterion_rows(source: Source) -> list[dict[str, Any]]:
    """The scoring criteria in their order (then by name)."""
    return list(database(source).query(
        "SELECT * FROM criterion ORDER BY sort_order IS NULL, sort_order, "
        "name COLLATE NOCASE"))


def score_rows(source: Source) -> list[dict[str, Any]]:
    """Every score: ``criterion`` (its name), ``item``, ``value``."""
    return list(database(source).query("""
        SELECT k.name AS criterion, s.item, s.value FROM score s
        JOIN criterion k ON k.id = s.criterion_id WHERE s.value IS NOT NULL"""))


def candidate_projects(source: Source) -> list[dict[str, Any]]:
    """Every project with what prioritising and the strategy view need: code, name,
    programme, state, stage, budget (BAC), forecast (EAC), reported RAG."""
    return list(database(source).query("""
        SELECT p.id, p.code, p.name, g.name AS programme, p.state, p.stage, p.bac, p.eac,
               p.rag_overall, p.sponsor, p.manager
        FROM project p LEFT JOIN programme g ON g.id = p.programme_id
        ORDER BY p.code COLLATE NOCASE"""))


def proposal_rows(source: Source) -> list[dict[str, Any]]:
    """Every proposal, by code."""
    return list(database(source).query("SELECT * FROM proposal ORDER BY code COLLATE NOCASE"))


def role_capacity(source: Source) -> dict[tuple[str, str], float]:
    """Hours of capacity by (role, month) over the people who hold a role."""
    return {(r["role"], r["period"]): float(r["hours"] or 0.0) for r in database(source).query("""
        SELECT ro.name AS role, c.period, SUM(c.hours) AS hours FROM capacity c
        JOIN resource res ON res.id = c.resource_id JOIN role ro ON ro.id = res.role_id
        GROUP BY ro.name, c.period""")}


def role_demand(source: Source) -> dict[str, dict[tuple[str, str], float]]:
    """Each project's allocated hours by (role, month): the allocation's role, else its
    person's."""
    out: dict[str, dict[tuple[str, str], float]] = {}
    for r in database(source).query("""
            SELECT p.code, COALESCE(ar.name, rr.name) AS role, a.period,
                   SUM(a.hours) AS hours
            FROM allocation a JOIN project p ON p.id = a.project_id
            JOIN resource res ON res.id = a.resource_id
            LEFT JOIN role ar ON ar.id = a.role_id LEFT JOIN role rr ON rr.id = res.role_id
            WHERE COALESCE(ar.name, rr.name) IS NOT NULL
            GROUP BY p.code, COALESCE(ar.name, rr.name), a.period"""):
        out.setdefault(r["code"], {})[(r["role"], r["period"])] = float(r["hours"] or 0.0)
    return out


def gate_rows(source: Source) -> list[dict[str, Any]]:
    """Every gate with its project's code and name, by planned date."""
    return list(database(source).query("""
        SELECT gt.*, p.code AS project_code, p.name AS project_name FROM gate gt
        JOIN project p ON p.id = gt.project_id
        ORDER BY gt.planned_date IS NULL, gt.planned_date, p.code, gt.gate_code"""))


def benefit_rows(source: Source) -> list[dict[str, Any]]:
    """Every benefit, by ref."""
    return list(database(source).query("SELECT * FROM benefit ORDER BY ref COLLATE NOCASE"))


def benefit_actual_rows(source: Source) -> list[dict[str, Any]]:
    """Every measured actual: ``id``, ``benefit`` (its ref), ``actual_date``, ``value``,
    ``notes``."""
    return list(database(source).query("""
        SELECT a.id, b.ref AS benefit, a.actual_date, a.value, a.notes FROM benefit_actual a
        JOIN benefit b ON b.id = a.benefit_id ORDER BY b.ref, a.actual_date"""))


def stakeholder_rows(source: Source) -> list[dict[str, Any]]:
    """Every stakeholder, by name."""
    return list(database(source).query(
        "SELECT * FROM stakeholder ORDER BY name COLLATE NOCASE"))


def load_strategy(source: Source) -> StrategyData:
    """Everything scoring, alignment and selection read, in one pass over the file."""
    return build_strategy(criterion_rows(source), score_rows(source),
                          contribution_rows(source), objective_rows(source),
                          candidate_projects(source), proposal_rows(source),
                          role_demand(source), role_capacity(source))


__all__ = ["benefit_actual_rows", "load_strategy", "benefit_rows", "candidate_projects", "contribution_rows",
           "criterion_rows", "gate_rows", "objective_rows", "proposal_rows", "role_capacity",
           "role_demand", "score_rows", "stakeholder_rows"]
