"""A team template coming back (``operations.exports.export_template`` wrote it): its
very hidden sheet names the entity of each sheet and the field under each header, and
is signed with the portfolio's secret. A template whose signature matches maps itself:
no detection, no questions. One whose signature does not (forged, edited, or written
by another portfolio) is read as any workbook, its identifying sheet left out.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pmo_desktop.domain.team_template import LISTS_SHEET, META_SHEET, TemplateInfo, read_meta
from pmo_desktop.store.templates import template_secret

from . import columns as C
from .book import Sheet, Workbook
from .detected import DetectedTable

if TYPE_CHECKING:
    from pmo_desktop.store import Store

__all__ = ["apply_template", "recognise", "skips"]


def recognise(wb: Workbook, store: Store | None) -> TemplateInfo | None:
    """The template ``wb`` is, signed by ``store``'s portfolio; None for any other file."""
    sheet = next((s for s in wb.sheets if s.name == META_SHEET), None)
    if sheet is None or store is None:
        return None
    return read_meta(sheet.rows, template_secret(store))


def skips(wb: Workbook, sheet: Sheet, info: TemplateInfo | None) -> bool:
    """Whether ``sheet`` holds no records: a template's identifying sheet (trusted or
    not) and its drop-down lists."""
    if not any(s.name == META_SHEET for s in wb.sheets):
        return False
    return sheet.name in (META_SHEET, *(info.skip if info is not None else [LISTS_SHEET]))


def apply_template(table: DetectedTable, info: TemplateInfo, as_of: date) -> bool:
    """Map ``table`` as the template says its sheet is mapped; False for a sheet the
    template does not describe (then it is detected as usual)."""
    described = info.sheet(table.sheet)
    if described is None:
        return False
    mapping: dict[str, str | None] = {c.header: described.mapping.get(c.header)
                                      for c in table.columns}
    C.apply_profile(table, {"entity": described.entity, "mapping": mapping}, as_of)
    return True
