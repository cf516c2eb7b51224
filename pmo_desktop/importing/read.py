"""Step 1: open a workbook safely and hand back its cell values.

Values come from python-calamine (cached values of formulas). What calamine cannot
give is read straight from the workbook's XML parts (formulas that have no cached
value, the sheet's declared dimension) or, only when a table really needs it, from
openpyxl in read-only mode (the fill colour of a RAG cell that holds no text).

Every refusal is a ``ReadError`` whose message is one sentence naming the file (and
the sheet where it applies). Heavy modules are imported inside the functions.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

Grid = list[list[Any]]
SheetHook = Callable[[int, int, str], None]
"""``(index, count, name)`` before each sheet of a workbook is read; raising stops the read."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EXCEL_EXTS = {".xlsx", ".xlsm", ".xltx", ".xltm"}
UNCACHED_SCAN_BYTES = 16 * 1024 * 1024
SUPPORTED = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".xml (MS Project)")


class ReadError(Exception):
    """The file cannot be imported; the message is one sentence naming it."""


@dataclass(frozen=True)
class Limits:
    """What a file may weigh before we refuse it (zip-bomb and memory guards)."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed, for members past ratio_from_bytes
    # A few MB of repeated text (a pasted log in one cell, a column of the same word)
    # compresses 1000 times and is no threat: the ratio counts only for parts this big;
    # below it, the total size above and the cell limit (counted while reading) decide.
    ratio_from_bytes: int = 32 * 1024 * 1024
    max_cells: int = 5_000_000  # per sheet
    max_sheets: int = 500


@dataclass
class ExcelTable:
    """An Excel Table object (ListObject): its header row and extent, 1-based rows."""

    name: str
    header_row: int
    first_col: int  # 0-based
    last_col: int
    last_row: int
    totals_row: bool = False


@dataclass
class Sheet:
    """One sheet's values: ``rows[0]`` is Excel row 1 and ``rows[r][0]`` column A."""

    name: str
    rows: Grid
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r1,c1,r2,c2
    tables: list[ExcelTable] = field(default_factory=list)
    uncached: list[tuple[int, int]] = field(default_factory=list)  # 0-based formula cells
    xml_part: str | None = None


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx", "xls", "ods", "csv"
    sha256: str
    sheets: list[Sheet]
    note: str | None = None  # how it was read, when not as its name says

    @property
    def name(self) -> str:
        return self.path.name

    def fill_colours(self, sheet: str, cells: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """RGB hex (``"FF0000"``) of solid-filled cells; opens openpyxl only now."""
        if self.kind != "xlsx" or not cells:
            return {}
        return _fill_colours(self.path, sheet, cells)


# -- entry point ---------------------------------------------------------------------

def read_workbook(path: str | Path, limits: Limits | None = None, *,
                  on_sheet: SheetHook | None = None) -> Workbook:
    """Open ``path`` read-only and return its sheets, or raise ``ReadError``.

    ``on_sheet`` is called before each worksheet of a workbook is read (for progress;
    whatever it raises, such as a cancellation, ends the read).
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
        sheets = [_read_csv(name, p.stem, data, limits)]
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
    else:
        if kind in ("xlsx", "ods"):
            _check_zip(name, data, kind, limits)
        sheets = _read_calamine(p, name, kind, data, limits, on_sheet)
    if not any(_has_value(s.rows) for s in sheets):
        raise ReadError(f"{name} holds no data: every sheet is empty.")
    return Workbook(p, kind, digest, sheets, note)


def _has_value(rows: Grid) -> bool:
    return any(v not in ("", None) for row in rows for v in row)


def _sniff(name: str, ext: str, data: bytes) -> str:
    head = data[:8]
    if head == OLE_MAGIC:
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
    if (ext in EXCEL_EXTS or ext in (".xls", ".ods")) and _looks_like_csv(data):
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
    parts = _sheet_parts(data) if kind == "xlsx" else {}
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
            cells = (end[0] + 1) * (end[1] + 1)
            if cells > limits.max_cells:
                raise ReadError(f"{name}, sheet '{meta.name}', has {cells:,} cells, over the "
                                f"limit of {limits.max_cells:,} per sheet.")
        rows: Grid = sh.to_python(skip_empty_area=False) if end is not None else []
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (sh.merged_cell_ranges or [])]
        sheet = Sheet(meta.name, rows, hidden, merged, xml_part=part)
        sheets.append(sheet)
    if kind == "xlsx":
        _attach_tables(wb, sheets)
        _attach_uncached(data, sheets)
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


# -- raw XML helpers (xlsx only; regex over bytes, no XML entity expansion) ---------------

_REL_RE = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"')
_REL_RE2 = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bId="([^"]+)"')
_SHEET_RE = re.compile(rb'<(?:\w+:)?sheet\b([^>]*)/?>')
_ATTR_RE = re.compile(rb'([\w:]+)="([^"]*)"')
_CELL_OPEN = re.compile(rb'<(?:\w+:)?c\b([^>]*?)(/?)>')
_REF_RE = re.compile(rb'\br="([A-Z]+)(\d+)"')


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def _sheet_parts(data: bytes) -> dict[str, str]:
    """Sheet name → zip member of its XML (``xl/worksheets/sheet1.xml``)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        wb_xml = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile):
        return {}
    targets = {rid: tgt for rid, tgt in _REL_RE.findall(rels)}
    targets.update({rid: tgt for tgt, rid in _REL_RE2.findall(rels)})
    out: dict[str, str] = {}
    for attrs in _SHEET_RE.findall(wb_xml):
        a = dict(_ATTR_RE.findall(attrs))
        name = a.get(b"name")
        rid = next((v for k, v in a.items() if k.endswith(b":id")), None)
        if name is None or rid is None or rid not in targets:
            continue
        target = targets[rid].decode()
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        out[_unescape(name.decode("utf-8"))] = target
    return out


def col_index(letters: str) -> int:
    """``"A"`` → 0, ``"AA"`` → 26."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def col_letter(index: int) -> str:
    """0 → ``"A"``, 26 → ``"AA"``."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _check_extent(name: str, sheet: str, data: bytes, part: str, limits: Limits) -> None:
    """Refuse a sheet whose cells reach past the cell limit (A1 to its farthest cell), from
    its cell references streamed before calamine lays it out (see ``extent``)."""
    from .extent import TooBig, sheet_extent

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            zf.getinfo(part)
            sheet_extent(lambda: zf.open(part), limits.max_cells)
    except TooBig as exc:
        raise ReadError(f"{name}, sheet '{sheet}', {exc.message}.") from None
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, zlib.error):
        return  # calamine reports a damaged part in its own words


def _attach_uncached(data: bytes, sheets: list[Sheet]) -> None:
    """Find formula cells that carry no cached value (never guessed, only reported)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for sheet in sheets:
            if not sheet.xml_part:
                continue
            try:
                if zf.getinfo(sheet.xml_part).file_size > UNCACHED_SCAN_BYTES:
                    continue  # a big data dump, not a hand-kept tracker: not worth the unzip
                xml = zf.read(sheet.xml_part)
            except KeyError:
                continue
            if b"<f" not in xml:
                continue
            sheet.uncached = _uncached_cells(xml)


def _uncached_cells(xml: bytes) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        f = xml.find(b"<f", pos)
        if f < 0:
            break
        nxt = xml[f + 2:f + 3]
        if nxt not in (b">", b" ", b"/"):
            pos = f + 2
            continue
        start = xml.rfind(b"<c ", 0, f)
        end = xml.find(b"</c>", f)
        if start < 0 or end < 0:
            break
        cell = xml[start:end]
        if b"<v>" not in cell and b"<v " not in cell and b"<is>" not in cell:
            m = _REF_RE.search(cell)
            if m:
                out.append((int(m.group(2)) - 1, col_index(m.group(1).decode())))
        pos = end
    return out


def _fill_colours(path: Path, sheet: str, cells: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    import openpyxl  # only when a RAG cell has a colour and no text

    wanted: dict[int, set[int]] = {}
    for r, c in cells:
        wanted.setdefault(c, set()).add(r)
    out: dict[tuple[int, int], str] = {}
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet]
        for col, rows_wanted in wanted.items():
            lo, hi = min(rows_wanted) + 1, max(rows_wanted) + 1
            for i, row in enumerate(ws.iter_rows(min_row=lo, max_row=hi, min_col=col + 1,
                                                 max_col=col + 1)):
                r = lo - 1 + i
                if r not in rows_wanted or not row:
                    continue
                cell = row[0]
                fill = getattr(cell, "fill", None)
                if fill is None or fill.fill_type != "solid":
                    continue
                rgb = getattr(fill.fgColor, "rgb", None)
                if isinstance(rgb, str) and len(rgb) >= 6:
                    out[(r, col)] = rgb[-6:].upper()
    finally:
        wb.close()
    return out


# -- CSV ----------------------------------------------------------------------------

def _utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text (Excel's "Unicode Text" and some CSV exports), by its byte
    order mark or, without one, by the zero byte beside each ASCII character."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and not even.count(0):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and not odd.count(0):
            return "utf-16-be"
    return None


def _decode(data: bytes) -> str:
    """Text from a CSV's bytes: UTF-16, UTF-8 (with or without BOM), else Windows-1252."""
    codec = _utf16(data)
    if codec:
        return data.decode(codec, errors="replace")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _looks_like_csv(data: bytes) -> bool:
    """Text whose first lines split on one delimiter into the same number (≥ 2) of fields."""
    head = data[:8192]
    if _utf16(head):
        text = _decode(head[:8190])
    elif b"\x00" in head or head.lstrip().startswith((b"<", b"{", b"%PDF")):
        return False
    else:
        try:
            text = head.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = head.decode("cp1252", errors="replace")
    if text.lstrip().startswith(("<", "{", "%PDF")):
        return False
    lines = [ln for ln in text.splitlines()[:6] if ln.strip()]
    if len(lines) < 2:
        return False
    if len(text) == len(head) or len(data) > len(head):  # it may end inside a line
        lines = lines[:-1] or lines
    return any(len({ln.count(d) for ln in lines}) == 1 and lines[0].count(d) >= 1
               for d in (",", ";", "\t", "|"))


def _read_csv(name: str, stem: str, data: bytes, limits: Limits) -> Sheet:
    text = _decode(data)
    if "\x00" in text[:4096]:
        raise ReadError(f"{name} is not a spreadsheet (it is a binary file, not CSV text).")
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: Grid = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            cells += len(row)
            if cells > limits.max_cells:
                raise ReadError(f"{name} has more than {limits.max_cells:,} cells, over the "
                                "limit for an import.")
            rows.append([v.strip() for v in row])
    except csv.Error as exc:
        raise ReadError(f"{name} is not valid CSV ({exc}).") from exc
    return Sheet(stem, rows)
