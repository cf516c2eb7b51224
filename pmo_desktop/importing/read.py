"""Step 1: open a file safely and hand back its cell values.

Values come from python-calamine (cached values of formulas). What calamine cannot
give is read straight from the workbook's XML parts (``xlsxparts``: formulas that have
no cached value, the fill colour of a RAG cell that holds no text); text files are read
by ``csvtext``, MS Project XML by ``mspdi`` (an ``.mpp`` plan too, as the XML MPXJ writes
for it: ``mpp``).

Limits (``Limits``) are checked while reading, before the cells are handed on: the file
size and the zip's expansion before anything is parsed; a sheet's rows, columns and
cells from its cell references streamed before calamine lays it out (``extent``), or
from calamine's extent before its cells become Python values; the length of a cell's
text as the sheet's values are taken. A file over a limit fails at the first sheet
over it, in one sentence naming the file, the sheet and the row or column.

Every refusal is a ``ReadError`` whose message is one sentence naming the file (and
the sheet where it applies). Heavy modules are imported inside the functions.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
import zlib
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any

from .book import (  # noqa: F401  (the step's shapes, imported from here by the others)
    ExcelTable, Grid, Limits, ReadError, Sheet, SheetHook, Workbook, col_index, col_letter,
)
from .csvtext import looks_like_csv, read_csv
from .mpp import MPP_EXTS, is_project_file
from .timelinebars import attach_timelines
from .xlsxparts import attach_uncached, sheet_parts

__all__ = ["ExcelTable", "Grid", "Limits", "ReadError", "Sheet", "SheetHook", "Workbook",
           "col_index", "col_letter", "read_workbook", "SUPPORTED"]


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EXCEL_EXTS = {".xlsx", ".xlsm", ".xltx", ".xltm"}


SUPPORTED = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".xml and .mpp (MS Project)")


# -- entry point ---------------------------------------------------------------------

def read_workbook(path: str | Path, limits: Limits | None = None, *,
                  on_sheet: SheetHook | None = None, as_of: date | None = None) -> Workbook:
    """Open ``path`` read-only and return its sheets, or raise ``ReadError``.

    ``on_sheet`` is called before each worksheet of a workbook is read (for progress;
    whatever it raises, such as a cancellation, ends the read). A Gantt sheet's bars
    become start and finish dates (``timelinebars``); ``as_of`` (default today) dates a
    timeline that names no year.
    """
    limits = limits or Limits()
    p = Path(path)
    name = p.name
    if not p.exists():
        raise ReadError(f"{name} was not found.")
    if p.is_dir():
        raise ReadError(f"{name} is a folder, not a spreadsheet.")
    try:
        size = p.stat().st_size
        if size == 0:
            raise ReadError(f"{name} is empty (0 bytes).")
        if size > limits.max_file_bytes:
            raise ReadError(f"{name} is {size // (1024 * 1024)} MB, over the "
                            f"{limits.max_file_bytes // (1024 * 1024)} MB limit for an import.")
        data = p.read_bytes()
    except OSError as exc:  # no permission, a file being synced, a vanished network drive
        why = (exc.strerror or type(exc).__name__).lower()
        raise ReadError(f"{name} cannot be read ({why}); check that it is not locked or "
                        "open elsewhere and that you may open it.") from exc
    digest = hashlib.sha256(data).hexdigest()
    kind = _sniff(name, p.suffix.lower(), data)
    note = None
    if kind == "csv":
        sheets = [read_csv(name, p.stem, data, limits)]
        if p.suffix.lower() not in (".csv", ".tsv", ".txt"):
            note = (f"{name} holds comma-separated text, not an Excel workbook: it was read "
                    "as CSV.")
    elif kind == "mspdi":
        from .mspdi import mspdi_rows

        try:
            title, grid = mspdi_rows(name, data)
        except ValueError as exc:
            raise ReadError(str(exc)) from exc
        sheets = [Sheet((title or "Plan")[:31], grid)]
    elif kind == "mpp":  # through MPXJ (importing/mpp.py); waits call on_sheet, to cancel
        from .mpp import mpp_rows

        try:
            title, grid = mpp_rows(name, data, on_wait=on_sheet and (
                lambda: on_sheet(0, 1, "Microsoft Project plan")))
        except ValueError as exc:
            raise ReadError(str(exc)) from exc
        sheets = [Sheet((title or "Plan")[:31], grid)]
    else:
        if kind in ("xlsx", "ods"):
            _check_zip(name, data, kind, limits)
        sheets = _read_calamine(p, name, kind, data, limits, on_sheet)
        if kind == "xlsx":
            attach_timelines(data, sheets, as_of or date.today(), limits)
    if not any(_has_value(s.rows) for s in sheets):
        raise ReadError(f"{name} holds no data: every sheet is empty.")
    return Workbook(p, kind, digest, sheets, note)


def _has_value(rows: Grid) -> bool:
    return any(v not in ("", None) for row in rows for v in row)


def _sniff(name: str, ext: str, data: bytes) -> str:
    head = data[:8]
    if head == OLE_MAGIC:
        if ext in MPP_EXTS or is_project_file(data):
            return "mpp"
        if ext in EXCEL_EXTS or ext == ".ods":
            raise ReadError(f"{name} is password-protected (encrypted); save it without a "
                            "password and import it again.")
        if ext in (".xls", ".xlt", ""):
            return "xls"
        raise ReadError(f"{name} is not a spreadsheet (it looks like an older Office document).")
    if head[:4] == ZIP_MAGIC or head[:4] == b"PK\x05\x06":
        if ext == ".ods":
            return "ods"
        return "xlsx"  # checked by _check_zip: could still be a .docx or any zip
    if ext in (".csv", ".tsv", ".txt"):
        return "csv"
    if ext == ".xml" and b"schemas.microsoft.com/project" in data[:4096]:
        return "mspdi"
    if (ext in EXCEL_EXTS or ext in (".xls", ".ods")) and looks_like_csv(data):
        return "csv"  # a CSV saved under a workbook's name (read_workbook says so)
    if ext in EXCEL_EXTS or ext in (".xls", ".ods"):
        if head.startswith(b"%PDF"):
            raise ReadError(f"{name} is not a spreadsheet (it is a PDF with a spreadsheet name).")
        raise ReadError(f"{name} is not a spreadsheet (its content is not an Excel or "
                        "OpenDocument workbook).")
    raise ReadError(f"{name} is not a spreadsheet this importer reads "
                    f"({', '.join(SUPPORTED)}).")


def _check_zip(name: str, data: bytes, kind: str, limits: Limits) -> None:
    """Zip-bomb and format guard, before any XML is parsed."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ReadError(f"{name} is damaged or incomplete (the workbook archive cannot be "
                        "opened).") from exc
    names = {i.filename for i in infos}
    if kind == "xlsx" and "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        if any(n.startswith("word/") for n in names):
            raise ReadError(f"{name} is not a spreadsheet (it is a Word document).")
        if any(n.startswith("ppt/") for n in names):
            raise ReadError(f"{name} is not a spreadsheet (it is a PowerPoint file).")
        raise ReadError(f"{name} is not a spreadsheet (the archive holds no workbook).")
    if kind == "xlsx" and "xl/workbook.bin" in names:
        raise ReadError(f"{name} is a binary workbook (.xlsb); save it as .xlsx and import "
                        "it again.")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise ReadError(f"{name} expands to more than "
                            f"{limits.max_uncompressed_bytes // (1024 * 1024)} MB when "
                            "unzipped; it is refused as a possible zip bomb.")
        if info.file_size > limits.ratio_from_bytes and info.compress_size > 0 and \
                info.file_size / info.compress_size > limits.max_ratio:
            raise ReadError(f"{name} has a part that expands {info.file_size // info.compress_size}"
                            " times when unzipped; it is refused as a possible zip bomb.")


# -- calamine ----------------------------------------------------------------------

def _read_calamine(p: Path, name: str, kind: str, data: bytes, limits: Limits,
                   on_sheet: SheetHook | None = None) -> list[Sheet]:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_path(str(p), load_tables=(kind == "xlsx"))
    except Exception as exc:  # calamine raises its own error types
        raise _calamine_error(name, exc) from exc
    metas = list(wb.sheets_metadata)
    if len(metas) > limits.max_sheets:
        raise ReadError(f"{name} has {len(metas)} sheets, over the limit of {limits.max_sheets}.")
    parts = sheet_parts(data) if kind == "xlsx" else {}
    text_room = _text_room(data, kind)
    sheets: list[Sheet] = []
    for i, meta in enumerate(metas):
        if meta.typ != pc.SheetTypeEnum.WorkSheet:  # chart and macro sheets hold no cells
            continue
        if on_sheet is not None:
            on_sheet(i, len(metas), meta.name)
        hidden = meta.visible != pc.SheetVisibleEnum.Visible
        part = parts.get(meta.name)
        if part is not None:
            _check_extent(name, meta.name, data, part, limits)
        try:
            sh = wb.get_sheet_by_name(meta.name)
        except Exception as exc:
            raise _calamine_error(name, exc, meta.name) from exc
        end = sh.end
        if end is not None:
            _check_size(name, meta.name, end[0] + 1, end[1] + 1, limits)
        rows: Grid = sh.to_python(skip_empty_area=False) if end is not None else []
        if text_room > limits.max_text:
            _check_text(name, meta.name, rows, limits.max_text)
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (sh.merged_cell_ranges or [])]
        sheet = Sheet(meta.name, rows, hidden, merged, xml_part=part)
        sheets.append(sheet)
    if kind == "xlsx":
        _attach_tables(wb, sheets)
        attach_uncached(data, sheets)
    return sheets


def _calamine_error(name: str, exc: Exception, sheet: str | None = None) -> ReadError:
    text = str(exc).lower()
    where = f"{name}, sheet '{sheet}'," if sheet else name
    if "password" in text or "encrypt" in text:
        return ReadError(f"{name} is password-protected (encrypted); save it without a "
                         "password and import it again.")
    limit = re.search(r"cell limit exceeded \((\d+) cells", text)
    if limit:  # an OpenDocument sheet with a stray cell far out (calamine's own guard)
        what = "has a cell" if sheet else "has a sheet with a cell"
        return ReadError(f"{where} {what} far beyond its data (reading it would take "
                         f"{int(limit.group(1)):,} cells); clear the cells past the data, save "
                         "and import again.")
    return ReadError(f"{where} is damaged or incomplete and cannot be read "
                     f"({str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__}).")


def _attach_tables(wb: Any, sheets: list[Sheet]) -> None:
    by_name = {s.name: s for s in sheets}
    try:
        names = list(wb.table_names or [])
    except Exception:
        return
    for tname in names:
        try:
            t = wb.get_table_by_name(tname)
        except Exception:
            continue
        sheet = by_name.get(t.sheet)
        if sheet is None or t.start is None or t.end is None:
            continue
        header = t.start[0]  # data starts one row below the header (0-based → 1-based)
        sheet.tables.append(ExcelTable(tname, header, t.start[1], t.end[1], t.end[0] + 1))


def _check_extent(name: str, sheet: str, data: bytes, part: str, limits: Limits) -> None:
    """Refuse a sheet whose cells reach past the cell limit (A1 to its farthest cell), from
    its cell references streamed before calamine lays it out (see ``extent``)."""
    from .extent import TooBig, sheet_extent

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            zf.getinfo(part)
            sheet_extent(lambda: zf.open(part), limits.max_cells, max_rows=limits.max_rows,
                         max_cols=limits.max_columns)
    except TooBig as exc:
        raise ReadError(f"{name}, sheet '{sheet}', {exc.message}.") from None
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, zlib.error):
        return  # calamine reports a damaged part in its own words


def _check_size(name: str, sheet: str, rows: int, cols: int, limits: Limits) -> None:
    """A sheet calamine has laid out (not yet made Python values) against the limits."""
    from .extent import too_many

    cells = rows * cols
    if cells > limits.max_cells:
        raise ReadError(f"{name}, sheet '{sheet}', has {cells:,} cells, over the "
                        f"limit of {limits.max_cells:,} per sheet.")
    if rows > limits.max_rows:
        raise ReadError(f"{name}, sheet '{sheet}', {too_many('rows', limits.max_rows, f'row {rows:,}')}.")
    if cols > limits.max_columns:
        raise ReadError(f"{name}, sheet '{sheet}', "
                        f"{too_many('columns', limits.max_columns, col_letter(cols - 1))}.")


def _text_room(data: bytes, kind: str) -> int:
    """The most characters one cell of the file could hold: its size once unzipped."""
    if kind not in ("xlsx", "ods"):
        return len(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        return len(data)


def _check_text(name: str, sheet: str, rows: Grid, max_text: int) -> None:
    """Refuse a sheet with a cell of more than ``max_text`` characters, naming the cell.

    The longest text is measured in C over every cell; only a sheet over the limit is
    walked again to find where."""
    longest = max(map(len, filter(str.__instancecheck__, chain.from_iterable(rows))), default=0)
    if longest <= max_text:
        return
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, str) and len(v) > max_text:
                raise ReadError(f"{name}, sheet '{sheet}', has a cell at {col_letter(c)}{r + 1} "
                                f"holding {len(v):,} characters, over the limit of "
                                f"{max_text:,} per cell; shorten it, save and import again.")
