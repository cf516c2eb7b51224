"""Named reads behind utilisation and what-if: people, their capacity per month, every
booking (person or role × project × month) and the allocation rows of the projects a
scenario moves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pmo_desktop.domain.whatif import Booking

from .queries_common import Source, add_months, database


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    team: str | None


@dataclass(eq=False)
class UtilisationInputs:
    """What a utilisation grid and its what-if scenarios are computed from.

    ``capacity``: hours per (person, month) of ``first``..``last``; ``bookings``: every
    allocation from ``margin`` months before ``first`` to ``margin`` after ``last`` (so a
    shift of up to ``margin`` months brings the right hours into the window)."""

    first: str
    last: str
    people: list[Person]
    capacity: dict[tuple[str, str], float]
    bookings: list[Booking]
    project_names: dict[str, str]


def utilisation_inputs(source: Source, first: str, last: str,
                       margin: int = 24) -> UtilisationInputs:
    db = database(source)
    people = [Person(r["name"], r["role"] or "No role", r["team"]) for r in db.query(
        """SELECT r.name, ro.name AS role, r.team FROM resource r
           LEFT JOIN role ro ON ro.id = r.role_id ORDER BY r.name""")]
    capacity = {(name, period): float(hours or 0.0) for name, period, hours in db.execute(
        """SELECT r.name, c.period, c.hours FROM capacity c
           JOIN resource r ON r.id = c.resource_id
           WHERE c.period >= ? AND c.period <= ?""", [first, last]).fetchall()}
    rows = db.execute(
        """SELECT r.name, p.code, a.period, a.hours, COALESCE(a.booking, 'committed'),
                  COALESCE(ar.name, rr.name)
           FROM allocation a JOIN resource r ON r.id = a.resource_id
           JOIN project p ON p.id = a.project_id
           LEFT JOIN role ar ON ar.id = a.role_id LEFT JOIN role rr ON rr.id = r.role_id
           WHERE a.period >= ? AND a.period <= ? AND a.hours IS NOT NULL""",
        [add_months(first, -margin), add_months(last, margin)]).fetchall()
    bookings = [Booking(name, code, period, float(hours), booking, role)
                for name, code, period, hours, booking, role in rows]
    names = {str(r["code"]): str(r["name"] or "") for r in db.query(
        "SELECT code, name FROM project")}
    return UtilisationInputs(first, last, people, capacity, bookings, names)


def project_allocations(source: Source, code: str) -> list[dict[str, Any]]:
    """Every allocation record of project ``code`` (id, period, hours), by period."""
    return list(database(source).query(
        """SELECT a.id, a.period, a.hours FROM allocation a JOIN project p ON p.id = a.project_id
           WHERE p.code = ? ORDER BY a.period""", [code]))


def project_dates(source: Source, code: str) -> dict[str, Any] | None:
    """Project ``code``'s id and its baseline and forecast start and finish."""
    rows = list(database(source).query(
        """SELECT id, start_baseline, finish_baseline, start_forecast, finish_forecast
           FROM project WHERE code = ?""", [code]))
    return rows[0] if rows else None


__all__ = ["Person", "UtilisationInputs", "project_allocations", "project_dates",
           "utilisation_inputs"]
