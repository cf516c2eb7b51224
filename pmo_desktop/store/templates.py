"""The portfolio's template secret (migration ``template_secret``): what signs and
checks a team template's identifying sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store


def template_secret(store: Store) -> str | None:
    """The portfolio's secret, or None in a file that has none (never migrated)."""
    try:
        rows = store.query("SELECT secret FROM template_secret WHERE id = 1")
    except Exception:  # a file from before the migration (read-only, not migrated)
        return None
    return str(rows[0]["secret"]) if rows else None
