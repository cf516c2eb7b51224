"""Step 1, the parts of an .xlsx that calamine does not give: which XML part holds each
sheet, formula cells without a cached value, and the fill colour of cells (openpyxl,
opened only when a RAG cell holds a colour and no text).

Raw XML is searched as bytes with regular expressions: no XML entity is ever expanded.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from .book import Sheet, col_index

UNCACHED_SCAN_BYTES = 16 * 1024 * 1024


_REL_RE = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"')
_REL_RE2 = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bId="([^"]+)"')
_SHEET_RE = re.compile(rb'<(?:\w+:)?sheet\b([^>]*)/?>')
_ATTR_RE = re.compile(rb'([\w:]+)="([^"]*)"')
_CELL_OPEN = re.compile(rb'<(?:\w+:)?c\b([^>]*?)(/?)>')
_REF_RE = re.compile(rb'\br="([A-Z]+)(\d+)"')


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def sheet_parts(data: bytes) -> dict[str, str]:
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


def attach_uncached(data: bytes, sheets: list[Sheet]) -> None:
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


def fill_colours(path: Path, sheet: str, cells: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """RGB hex of each cell's solid fill or, on no fill, of its text's colour."""
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
                if fill is not None and fill.fill_type == "solid":
                    rgb = getattr(fill.fgColor, "rgb", None)
                elif isinstance(cell.value, str) and cell.value.strip():
                    # a shape ("●") drawn in the status's colour on no fill
                    colour = getattr(getattr(cell, "font", None), "color", None)
                    rgb = getattr(colour, "rgb", None)
                else:
                    continue
                if isinstance(rgb, str) and len(rgb) >= 6:
                    out[(r, col)] = rgb[-6:].upper()
    finally:
        wb.close()
    return out
