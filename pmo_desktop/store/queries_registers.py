"""Named reads of the registers kept by hand: programmes (with how many projects each
holds) and lessons across projects (with their project's code and name)."""

from __future__ import annotations

from typing import Any

from .queries_common import Source, database


def programme_rows(source: Source) -> list[dict[str, Any]]:
    """Every programme with its number of projects and their budget (BAC), by name."""
    db = database(source)
    return list(db.query("""
        SELECT g.*, COUNT(p.id) AS projects, SUM(p.bac) AS bac FROM programme g
        LEFT JOIN project p ON p.programme_id = g.id
        GROUP BY g.id ORDER BY g.name COLLATE NOCASE"""))


def lesson_rows(source: Source, project_code: str | None = None) -> list[dict[str, Any]]:
    """Lessons with their project's code and name (one project's with ``project_code``),
    newest logged first."""
    db = database(source)
    where, params = "", []
    if project_code is not None:
        where, params = "WHERE p.code = ?", [project_code]
    return list(db.query(f"""
        SELECT l.*, p.code AS project_code, p.name AS project_name FROM lesson l
        JOIN project p ON p.id = l.project_id {where}
        ORDER BY l.date_logged IS NULL, l.date_logged DESC, p.code, l.ref""", params))


__all__ = ["lesson_rows", "programme_rows"]
